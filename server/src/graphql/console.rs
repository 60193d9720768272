//! What the administrators' console (`/admin`) needs beyond the areas' own fields: where the
//! caller stands and what it may do, breadcrumbs for drill-down, the campaign's daily
//! progress, browser download links, a learner's password reset by learner, and the audited
//! reveal of a masked phone number.

use async_graphql::{Context, Enum, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, FixedOffset};
use serde_json::json;

use super::ContextExt;
use super::stats::ActionKind;
use super::types::{Date, Role, cst};
use crate::domain::audit::{self, Change};
use crate::domain::console::{self as place, Crumb};
use crate::domain::{accounts, downloads, org, progress, roster};
use crate::error::AppError;
use crate::graphql::ids::{self, Kind};
use crate::scope;

/// A part of the console, offered only to the roles that may use it.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "scope::ConsoleSection")]
pub enum ConsoleSection {
    /// Figures, children and charts of the caller's node.
    Dashboard,
    /// Learners needing action, and their downloads.
    ActionLists,
    Roster,
    /// Roster import from a spreadsheet.
    Import,
    Exemptions,
    /// The unit's exam sessions.
    ExamSessions,
    /// Exam centres' sessions, seats and bookings.
    ExamCentres,
    Notices,
    AuditLog,
    /// Learners' account-recovery requests (找回账号).
    RecoveryRequests,
    Administrators,
    /// The campaign, question bank and study material.
    Campaign,
}

/// Level of a node in a breadcrumb.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum NodeLevel {
    Province,
    City,
    District,
    Unit,
}

/// One step of a breadcrumb: province › city › district › unit.
#[derive(SimpleObject)]
pub struct BreadcrumbItem {
    /// The region's or unit's id (a `nodeId`).
    id: ID,
    name: String,
    level: NodeLevel,
    /// Whether the caller administers it and may open it; regions above the caller's scope
    /// are shown by name only.
    manageable: bool,
}

impl From<Crumb> for BreadcrumbItem {
    fn from(c: Crumb) -> Self {
        let level = match c.level {
            Some(scope::Level::Province) => NodeLevel::Province,
            Some(scope::Level::City) => NodeLevel::City,
            Some(scope::Level::District) => NodeLevel::District,
            None => NodeLevel::Unit,
        };
        BreadcrumbItem {
            id: ids::encode_node(c.node),
            name: c.name,
            level,
            manageable: c.manageable,
        }
    }
}

fn crumbs(items: Vec<Crumb>) -> Result<Vec<BreadcrumbItem>> {
    Ok(items.into_iter().map(BreadcrumbItem::from).collect())
}

/// Where the caller stands in the console and what it may do there.
#[derive(SimpleObject)]
pub struct ConsoleContext {
    /// The caller's highest administrator role.
    role: Role,
    /// The node the console opens at: the office's region, or the unit administrator's unit.
    home: BreadcrumbItem,
    /// From the province down to `home`.
    breadcrumb: Vec<BreadcrumbItem>,
    /// The parts of the console the caller may use, in menu order.
    sections: Vec<ConsoleSection>,
    /// True for offices above the unit: learners' phone numbers come masked (138****0001);
    /// `revealPhone` shows one, and is audited.
    masks_phones: bool,
}

/// The campaign's progress at the end of one day (China Standard Time), counted like the
/// statistics: over the learners now below the node who should take the exam.
#[derive(SimpleObject)]
pub struct DailyProgress {
    day: Date,
    /// Had reached the required study points by the end of the day.
    study_completed: i64,
    /// Had submitted an attempt by the end of the day.
    participated: i64,
    /// Had passed by the end of the day.
    passed: i64,
}

/// Which spreadsheet to download.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum DownloadKind {
    /// The node's figures and its children's.
    Stats,
    /// One action list (`list`), with unit, points and best score.
    ActionList,
    /// Everybody on the rosters below the node, with points and scores.
    Roster,
}

/// A download to prepare.
#[derive(InputObject)]
pub struct DownloadInput {
    kind: DownloadKind,
    campaign_id: ID,
    /// A region's or unit's id.
    node_id: ID,
    /// The list, for ACTION_LIST.
    list: Option<ActionKind>,
}

/// A link a browser can open once, within a few minutes, as the caller; the bearer token
/// stays out of the URL.
#[derive(SimpleObject)]
pub struct DownloadLink {
    /// Path and query on this server, e.g. `/export/learners.xlsx?...&ticket=...`.
    url: String,
    expires_at: DateTime<FixedOffset>,
}

fn action_word(kind: ActionKind) -> &'static str {
    match kind {
        ActionKind::NotStudied => "NOT_STUDIED",
        ActionKind::NotTaken => "NOT_TAKEN",
        ActionKind::Failed => "FAILED",
        ActionKind::GradeDeferred => "GRADE_DEFERRED",
        ActionKind::NotExcellent => "NOT_EXCELLENT",
    }
}

#[derive(Default)]
pub struct ConsoleQuery;

#[Object]
impl ConsoleQuery {
    /// Where the caller stands in the console (`/admin`) and what it may do there. Learners
    /// get FORBIDDEN.
    async fn console_context(&self, ctx: &Context<'_>) -> Result<ConsoleContext> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        let (role, node) = place::home(db, actor).await?;
        let breadcrumb = crumbs(place::breadcrumb(db, actor, &node).await?)?;
        let home = breadcrumb
            .last()
            .map(|c| BreadcrumbItem {
                id: c.id.clone(),
                name: c.name.clone(),
                level: c.level,
                manageable: c.manageable,
            })
            .ok_or_else(|| AppError::internal("empty breadcrumb"))?;
        Ok(ConsoleContext {
            role: role.into(),
            home,
            breadcrumb,
            sections: actor.console_sections().into_iter().map(Into::into).collect(),
            masks_phones: actor.console_masks_phones(),
        })
    }

    /// The breadcrumb of a region or unit the caller can see, from its province down to it.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::FEW, child_complexity)")]
    async fn breadcrumb(&self, ctx: &Context<'_>, node_id: ID) -> Result<Vec<BreadcrumbItem>> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        let node = org::find_node(db, actor, ids::node_ref(&node_id)?).await?;
        crumbs(place::breadcrumb(db, actor, &node).await?)
    }

    /// The campaign's progress by day below a region or unit the caller administers, from the
    /// study start to today: cumulative study completed, took part, passed. The last day
    /// equals `stats`.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::DAYS, child_complexity)")]
    async fn daily_progress(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        node_id: ID,
    ) -> Result<Vec<DailyProgress>> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        let node = org::find_node(db, actor, ids::node_ref(&node_id)?).await?;
        Ok(progress::daily(db, actor, campaign, &node)
            .await?
            .into_iter()
            .map(|d| DailyProgress {
                day: Date(d.day),
                study_completed: d.study_completed,
                participated: d.participated,
                passed: d.passed,
            })
            .collect())
    }
}

#[derive(Default)]
pub struct ConsoleMutation;

#[Object]
impl ConsoleMutation {
    /// A one-time link (valid a few minutes) that downloads a spreadsheet in a browser, as
    /// the caller, without the token in the URL. Every download is recorded in the audit log.
    async fn create_download_link(&self, ctx: &Context<'_>, input: DownloadInput) -> Result<DownloadLink> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        // Refuse now what the download would refuse, with the same answer.
        let (campaign, _) = downloads::downloadable(
            db,
            actor,
            ids::decode(Kind::Campaign, &input.campaign_id)?,
            ids::node_ref(&input.node_id)?,
        )
        .await?;
        let c = ids::encode(Kind::Campaign, campaign.id).0;
        let n = input.node_id.as_str();
        let target = match (input.kind, input.list) {
            (DownloadKind::Stats, _) => format!("/export/stats.xlsx?campaignId={c}&nodeId={n}"),
            (DownloadKind::Roster, _) => format!("/export/roster.xlsx?campaignId={c}&nodeId={n}"),
            (DownloadKind::ActionList, Some(list)) => format!(
                "/export/learners.xlsx?campaignId={c}&nodeId={n}&kind={}",
                action_word(list)
            ),
            (DownloadKind::ActionList, None) => {
                return Err(AppError::bad_input("下载名单时请指定 list（例如 NOT_TAKEN）").into());
            }
        };
        let minted_by = &ctx.caller()?.session()?.token_hash;
        let (ticket, expires_at) = downloads::mint(db, actor, minted_by, &target).await?;
        Ok(DownloadLink {
            url: format!("{target}&ticket={ticket}"),
            expires_at: cst(expires_at),
        })
    }

    /// Resets a learner's password to a one-time temporary password (to be changed at the
    /// next login, valid 72 hours), by the learner's id, under the rules of `resetPassword`.
    /// The password is in this answer only: tell it to the learner in person or by phone.
    async fn reset_learner_password(
        &self,
        ctx: &Context<'_>,
        learner_id: ID,
    ) -> Result<crate::graphql::types::TemporaryPassword> {
        let actor = ctx.actor()?;
        let state = ctx.state()?;
        let learner =
            roster::find_learner(&state.db, actor, ids::decode(Kind::Learner, &learner_id)?).await?;
        let issued = accounts::reset_password(
            &state.db,
            &state.callers,
            actor,
            learner.account_id,
            state.clock.now(),
        )
        .await?;
        Ok(issued.into())
    }

    /// 解锁: lifts the login waits of a learner's phone after repeated wrong passwords, by the
    /// learner's id, under the rules of `unlockAccount`.
    async fn unlock_learner(&self, ctx: &Context<'_>, learner_id: ID) -> Result<bool> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        let learner = roster::find_learner(db, actor, ids::decode(Kind::Learner, &learner_id)?).await?;
        accounts::unlock(db, actor, learner.account_id).await?;
        Ok(true)
    }

    /// The full phone number of a learner the caller administers, where lists show it masked.
    /// Recorded in the audit log.
    async fn reveal_phone(&self, ctx: &Context<'_>, learner_id: ID) -> Result<String> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        let learner = roster::find_learner(db, actor, ids::decode(Kind::Learner, &learner_id)?).await?;
        let account = accounts::find_account(db, learner.account_id).await?;
        if actor.sees_full_phone(learner.id, learner.unit_id) {
            return Ok(account.phone);
        }
        let unit = roster::unit_of(db, &learner)
            .await?
            .ok_or_else(AppError::not_found)?;
        audit::record(
            db,
            Change {
                actor_account_id: Some(actor.account_id),
                action: "learner.phone_reveal",
                target_kind: "learner",
                target_id: learner.id,
                region_path: &unit.region_path,
                unit_id: Some(unit.id),
                before: None,
                after: Some(json!({"name": learner.name})),
                late: false,
            },
        )
        .await?;
        Ok(account.phone)
    }
}
