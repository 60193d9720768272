//! Study material and study points.

use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject, Upload};
use chrono::{DateTime, FixedOffset};
use entity::study_item;

use super::ContextExt;
use super::campaign::StudyCategory;
pub use super::progress::StudyProgress;
use super::roster::{ImportReport, import_campaign_sheet};
use super::types::{Conn, connection, cst};
use crate::domain::paging::Page;
use crate::domain::study::{self, ItemDraft};
use crate::graphql::ids::{self, Kind};

pub struct StudyItem(pub study_item::Model);

/// A piece of reading material: a chapter of the designated reader, a hot legal event, or
/// another law or regulation.
#[Object]
impl StudyItem {
    async fn id(&self) -> ID {
        ids::encode(Kind::StudyItem, self.0.id)
    }
    async fn category(&self) -> Result<StudyCategory> {
        Ok(self.0.category.into())
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// The text to read (it can be long: ask for it on one item, not on lists).
    #[graphql(complexity = "crate::graphql::cost::STUDY_BODY")]
    async fn body(&self, ctx: &Context<'_>) -> Result<&str> {
        super::charged(ctx, &self.0.body)
    }
    /// Points credited when read, within the category's cap.
    async fn points(&self) -> i32 {
        self.0.points
    }
    /// Seconds that must pass between opening and completing for the points to count.
    async fn min_reading_seconds(&self) -> i32 {
        self.0.min_reading_seconds
    }
    /// Order within the category.
    async fn position(&self) -> i32 {
        self.0.position
    }
    /// Withdrawn items are not offered and credit nothing.
    async fn withdrawn(&self) -> bool {
        self.0.withdrawn
    }
}

/// A learner's reading of one item.
#[derive(SimpleObject)]
pub struct StudyItemProgress {
    item: StudyItem,
    /// When the learner first opened the item (the server's clock).
    opened_at: DateTime<FixedOffset>,
    /// The earliest moment `completeStudyItem` credits the item, as things stand: one person
    /// reads one thing at a time, so reading time already credited to other items open at the
    /// same moment does not count again (completing another item first moves this later).
    completable_at: DateTime<FixedOffset>,
    /// Points credited for the item; null until completed.
    credited_points: Option<i32>,
}

/// A study item to create or replace.
#[derive(InputObject)]
pub struct StudyItemInput {
    category: StudyCategory,
    title: String,
    body: String,
    points: i32,
    min_reading_seconds: i32,
    /// Order within the category; new items go last.
    position: Option<i32>,
}

impl StudyItemInput {
    fn draft(&self) -> ItemDraft {
        ItemDraft {
            category: self.category.into(),
            title: self.title.clone(),
            body: self.body.clone(),
            points: self.points,
            min_reading_seconds: self.min_reading_seconds,
            position: self.position,
        }
    }
}

/// A study item for a campaign.
#[derive(InputObject)]
pub struct CreateStudyItemInput {
    campaign_id: ID,
    #[graphql(flatten)]
    item: StudyItemInput,
}

#[derive(Default)]
pub struct StudyQuery;

#[Object]
impl StudyQuery {
    /// The campaign's reading material, in order (withdrawn items only for the province office, on request).
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::ROWS, child_complexity)")]
    async fn study_items(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        category: Option<StudyCategory>,
        #[graphql(default = false)] include_withdrawn: bool,
    ) -> Result<Vec<StudyItem>> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        let rows = study::items(
            &ctx.state()?.db,
            actor,
            campaign,
            category.map(Into::into),
            include_withdrawn,
        )
        .await?;
        Ok(rows.into_iter().map(StudyItem).collect())
    }

    /// The campaign's material for the console (province office), by id, withdrawn items
    /// too: those whose title contains `search`; only the withdrawn (`true`) or only the
    /// offered (`false`) ones when `withdrawn` is given.
    async fn study_material(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        search: Option<String>,
        withdrawn: Option<bool>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Conn<StudyItem>> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        let page = Page::new(first, after.as_deref())?;
        let rows = study::items_page(
            &ctx.state()?.db,
            actor,
            campaign,
            search.as_deref(),
            withdrawn,
            page,
        )
        .await?;
        Ok(connection(rows, after.is_some(), |i| i.id, StudyItem))
    }

    /// One item, with its text.
    async fn study_item(&self, ctx: &Context<'_>, id: ID) -> Result<Option<StudyItem>> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::StudyItem, &id)?;
        Ok(Some(StudyItem(study::item(&ctx.state()?.db, actor, id).await?)))
    }

    /// The caller's own study points.
    async fn my_study(&self, ctx: &Context<'_>, campaign_id: ID) -> Result<StudyProgress> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        Ok(StudyProgress(
            study::my_progress(&ctx.state()?.db, actor, campaign).await?,
        ))
    }
}

#[derive(Default)]
pub struct StudyMutation;

#[Object]
impl StudyMutation {
    /// Adds reading material to a campaign (province office).
    async fn create_study_item(&self, ctx: &Context<'_>, input: CreateStudyItemInput) -> Result<StudyItem> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &input.campaign_id)?;
        Ok(StudyItem(
            study::add_item(&ctx.state()?.db, actor, campaign, &input.item.draft()).await?,
        ))
    }

    /// Replaces an item's text, points, reading time or position (province office). Points
    /// already credited stay.
    async fn update_study_item(&self, ctx: &Context<'_>, id: ID, input: StudyItemInput) -> Result<StudyItem> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::StudyItem, &id)?;
        Ok(StudyItem(
            study::update_item(&ctx.state()?.db, actor, id, &input.draft()).await?,
        ))
    }

    /// Withdraws an item (or, with `withdrawn: false`, restores it).
    async fn withdraw_study_item(
        &self,
        ctx: &Context<'_>,
        id: ID,
        #[graphql(default = true)] withdrawn: bool,
    ) -> Result<StudyItem> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::StudyItem, &id)?;
        Ok(StudyItem(
            study::set_withdrawn(&ctx.state()?.db, actor, id, withdrawn).await?,
        ))
    }

    /// Imports items from a spreadsheet: 标题/title, 类别/category (指定读本, 热点事件,
    /// 其他法律法规), 分值/points, 最短阅读秒数/minReadingSeconds, 正文/body. An item with the
    /// same title in the same category is updated, so a second import changes nothing.
    async fn import_study_items(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        file: Upload,
        #[graphql(default_with = "Some(false)")] dry_run: Option<bool>,
    ) -> Result<ImportReport> {
        import_campaign_sheet(ctx, &campaign_id, &file, dry_run, study::import_items).await
    }

    /// Records that the caller opened an item; reading time counts from the first opening.
    async fn open_study_item(&self, ctx: &Context<'_>, item_id: ID) -> Result<StudyItemProgress> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::StudyItem, &item_id)?;
        let p = study::open_item(&ctx.state()?.db, actor, id).await?;
        let completable_at =
            p.reading_from + chrono::Duration::seconds(i64::from(p.item.min_reading_seconds));
        Ok(StudyItemProgress {
            opened_at: cst(p.opened_at),
            completable_at: cst(completable_at),
            credited_points: p.credited_points,
            item: StudyItem(p.item),
        })
    }

    /// Credits an item once its minimum reading time has passed since it was opened
    /// (the server's clock), not counting time already credited to another item read at the
    /// same moment (NOT_ELIGIBLE says how many seconds are missing and why); completing again
    /// credits nothing more.
    async fn complete_study_item(&self, ctx: &Context<'_>, item_id: ID) -> Result<StudyProgress> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::StudyItem, &item_id)?;
        Ok(StudyProgress(
            study::complete_item(&ctx.state()?.db, actor, id).await?,
        ))
    }
}
