//! Exemptions (免考): a learner's application with its scan, the unit's decision, and its
//! passing to the district office after the roster freeze.
use async_graphql::{Context, Enum, ID, Object, Result, SimpleObject, Upload};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use super::roster::read_upload;
use chrono::{DateTime, FixedOffset};
use entity::exemption;

use super::ContextExt;
use super::loaders::{AccountKey, LearnerKey, unshare};
use super::types::{Conn, Learner, connection, cst, loader};
use crate::domain::exemption::{self as exemptions, Attachment, ExemptionStatus as DomainStatus};
use crate::domain::org;
use crate::domain::paging::{self, Page};
use crate::graphql::ids::{self, Kind};

/// State of an exemption application.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "DomainStatus")]
pub enum ExemptionStatus {
    Pending,
    Approved,
    Rejected,
}

pub struct Exemption(pub exemption::Model);

/// An application for exemption from the year's exam (免考).
#[Object]
impl Exemption {
    async fn id(&self) -> ID {
        ids::encode(Kind::Exemption, self.0.id)
    }
    async fn status(&self) -> ExemptionStatus {
        self.0.status.into()
    }
    async fn reason(&self) -> &str {
        &self.0.reason
    }
    async fn applied_at(&self) -> DateTime<FixedOffset> {
        cst(self.0.applied_at)
    }
    /// File name of the attached scan, if any.
    async fn attachment_name(&self) -> Option<&str> {
        self.0.attachment_name.as_deref()
    }
    /// When the unit administrator passed it to the district office (转交), if it did.
    async fn escalated_at(&self) -> Option<DateTime<FixedOffset>> {
        self.0.escalated_at.map(cst)
    }
    /// Why the unit passed it on.
    async fn escalation_comment(&self) -> Option<&str> {
        self.0.escalation_comment.as_deref()
    }
    async fn learner(&self, ctx: &Context<'_>) -> Result<Option<Learner>> {
        Ok(loader(ctx)?
            .load_one(LearnerKey(self.0.learner_id))
            .await
            .map_err(unshare)?
            .map(Learner))
    }
    /// Every decision, oldest first: the unit's, and any office's overruling one.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::FEW, child_complexity)")]
    async fn decisions(&self, ctx: &Context<'_>) -> Result<Vec<ExemptionDecision>> {
        let rows = exemptions::decisions_of(&ctx.state()?.db, self.0.id).await?;
        Ok(rows
            .into_iter()
            .map(|d| ExemptionDecision {
                approve: d.approve,
                comment: d.comment,
                overrule: d.overrule,
                decided_at: cst(d.decided_at),
                decided_by_account: d.decided_by,
            })
            .collect())
    }
}

/// One decision on an exemption.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct ExemptionDecision {
    approve: bool,
    comment: Option<String>,
    /// Made by an office over an earlier decision.
    overrule: bool,
    decided_at: DateTime<FixedOffset>,
    #[graphql(skip)]
    decided_by_account: i32,
}

#[async_graphql::ComplexObject]
impl ExemptionDecision {
    /// Name of who decided.
    async fn decided_by(&self, ctx: &Context<'_>) -> Result<String> {
        let account = loader(ctx)?
            .load_one(AccountKey(self.decided_by_account))
            .await
            .map_err(unshare)?;
        Ok(account.map(|a| a.name).unwrap_or_default())
    }
}

/// An exemption application's attached scan.
#[derive(SimpleObject)]
pub struct ExemptionAttachment {
    name: String,
    content_type: String,
    /// The file as a `data:` URL, to show or save in a browser.
    data_url: String,
}

#[derive(Default)]
pub struct ExemptionQuery;

#[Object]
impl ExemptionQuery {
    /// Exemption applications under a region or unit the caller administers, newest first.
    #[graphql(complexity = "first.unwrap_or(paging::DEFAULT_PAGE).max(0) as usize * child_complexity")]
    // The field's own arguments, as API.md names them: async-graphql takes a resolver's
    // arguments one by one, and gathering them in an input object would change the API.
    #[allow(clippy::too_many_arguments)]
    async fn exemptions(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        node_id: ID,
        status: Option<ExemptionStatus>,
        #[graphql(
            desc = "true: only those a unit passed to the district (转交); false: only those not passed on"
        )]
        escalated: Option<bool>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Conn<Exemption>> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        let campaign =
            crate::domain::campaign::find(db, actor, ids::decode(Kind::Campaign, &campaign_id)?).await?;
        let node = org::find_node(db, actor, ids::node_ref(&node_id)?).await?;
        let page = Page::new(first, after.as_deref())?;
        let rows = exemptions::under_node(
            db,
            actor,
            &node,
            campaign.id,
            status.map(Into::into),
            escalated,
            page,
        )
        .await?;
        Ok(connection(rows, after.is_some(), |e| e.id, Exemption))
    }

    /// The caller's own exemption applications in a campaign, newest first.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::FEW, child_complexity)")]
    async fn my_exemptions(&self, ctx: &Context<'_>, campaign_id: ID) -> Result<Vec<Exemption>> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Campaign, &campaign_id)?;
        Ok(exemptions::mine(&ctx.state()?.db, actor, id)
            .await?
            .into_iter()
            .map(Exemption)
            .collect())
    }
    /// The scan attached to an exemption application, for the administrators who decide it.
    /// None when nothing was attached. Opening it is recorded in the audit log.
    async fn exemption_attachment(&self, ctx: &Context<'_>, id: ID) -> Result<Option<ExemptionAttachment>> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Exemption, &id)?;
        Ok(exemptions::attachment(&ctx.state()?.db, actor, id)
            .await?
            .map(|a| ExemptionAttachment {
                data_url: format!("data:{};base64,{}", a.content_type, BASE64.encode(&a.bytes)),
                name: a.name,
                content_type: a.content_type,
            }))
    }
}

#[derive(Default)]
pub struct ExemptionMutation;

#[Object]
impl ExemptionMutation {
    /// A learner applies for exemption (免考) with a reason and optionally a scan (PDF, JPG or
    /// PNG, at most 5 MB). Refused (NOT_ELIGIBLE) unless retirement falls within two years
    /// after December 30 of the campaign year.
    async fn apply_exemption(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        reason: String,
        attachment: Option<Upload>,
    ) -> Result<Exemption> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        let attachment = match attachment {
            Some(upload) => {
                let (name, content_type, bytes) =
                    read_upload(ctx, &upload, exemptions::MAX_ATTACHMENT_BYTES)?;
                Some(Attachment {
                    name,
                    content_type: content_type.unwrap_or_default(),
                    bytes,
                })
            }
            None => None,
        };
        Ok(Exemption(
            exemptions::apply(&ctx.state()?.db, actor, campaign, &reason, attachment).await?,
        ))
    }

    /// Approves or rejects an exemption: the unit administrator for a pending one; the
    /// district office (or above) may overrule any decision.
    async fn decide_exemption(
        &self,
        ctx: &Context<'_>,
        id: ID,
        approve: bool,
        comment: Option<String>,
    ) -> Result<Exemption> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Exemption, &id)?;
        Ok(Exemption(
            exemptions::decide(&ctx.state()?.db, actor, id, approve, comment.as_deref()).await?,
        ))
    }
    /// 转交区委法制办: after the roster freeze, the unit administrator passes a pending
    /// exemption application to the district office, which decides it. Audited.
    async fn escalate_exemption(
        &self,
        ctx: &Context<'_>,
        id: ID,
        comment: Option<String>,
    ) -> Result<Exemption> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Exemption, &id)?;
        Ok(Exemption(
            exemptions::escalate(&ctx.state()?.db, actor, id, comment.as_deref()).await?,
        ))
    }
}
