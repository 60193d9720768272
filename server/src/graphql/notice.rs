//! Notices (通知公告): posted by an office to its region, read by everybody below it; edited
//! and withdrawn by an office over that region.
use async_graphql::{Context, ID, InputObject, Object, Result};
use chrono::{DateTime, FixedOffset};
use entity::notice;

use super::ContextExt;
use super::types::{Conn, Region, connection, cst};
use crate::domain::notice as notices;
use crate::domain::paging::{self, Page};
use crate::graphql::ids::{self, Kind};

/// A notice to post.
#[derive(InputObject)]
pub struct PostNoticeInput {
    region_id: ID,
    title: String,
    body: String,
}

pub struct Notice(pub notice::Model);

/// A notice from an office to its subtree.
#[Object]
impl Notice {
    async fn id(&self) -> ID {
        ids::encode(Kind::Notice, self.0.id)
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    #[graphql(complexity = "crate::graphql::cost::NOTICE_BODY")]
    async fn body(&self, ctx: &Context<'_>) -> Result<&str> {
        super::charged(ctx, &self.0.body)
    }
    async fn posted_at(&self) -> DateTime<FixedOffset> {
        cst(self.0.posted_at)
    }
    /// When it was last edited, if ever.
    async fn edited_at(&self) -> Option<DateTime<FixedOffset>> {
        self.0.edited_at.map(cst)
    }
    /// Whether the caller may edit or withdraw it (an office over the region it was posted
    /// to); notices from above are read-only.
    async fn editable(&self, ctx: &Context<'_>) -> Result<bool> {
        Ok(notices::may_change(ctx.actor()?, &self.0))
    }
    /// The region whose office posted it.
    async fn region(&self, ctx: &Context<'_>) -> Result<Option<Region>> {
        Region::load(ctx, self.0.region_id).await
    }
}
/// A notice's new text.
#[derive(InputObject)]
pub struct UpdateNoticeInput {
    title: String,
    body: String,
}

#[derive(Default)]
pub struct NoticeQuery;

#[Object]
impl NoticeQuery {
    /// Notices of the offices above the caller (and, for an office, those inside its subtree), newest first.
    #[graphql(complexity = "first.unwrap_or(paging::DEFAULT_PAGE).max(0) as usize * child_complexity")]
    async fn notices(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Conn<Notice>> {
        let actor = ctx.actor()?;
        let rows = notices::visible(&ctx.state()?.db, actor, Page::new(first, after.as_deref())?).await?;
        Ok(connection(rows, after.is_some(), |n| n.id, Notice))
    }
}

#[derive(Default)]
pub struct NoticeMutation;

#[Object]
impl NoticeMutation {
    /// Posts a notice to a region's subtree (offices).
    async fn post_notice(&self, ctx: &Context<'_>, input: PostNoticeInput) -> Result<Notice> {
        let actor = ctx.actor()?;
        let region = ids::decode(Kind::Region, &input.region_id)?;
        Ok(Notice(
            notices::post(&ctx.state()?.db, actor, region, &input.title, &input.body).await?,
        ))
    }
    /// Replaces a notice's title and body: an office over the region it was posted to.
    /// Audited.
    async fn update_notice(&self, ctx: &Context<'_>, id: ID, input: UpdateNoticeInput) -> Result<Notice> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Notice, &id)?;
        Ok(Notice(
            notices::update(&ctx.state()?.db, actor, id, &input.title, &input.body).await?,
        ))
    }

    /// Withdraws a notice: nobody sees it any more; its text stays in the audit log.
    async fn withdraw_notice(&self, ctx: &Context<'_>, id: ID) -> Result<bool> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Notice, &id)?;
        notices::withdraw(&ctx.state()?.db, actor, id).await?;
        Ok(true)
    }
}
