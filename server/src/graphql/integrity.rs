//! Integrity events of exam attempts (leaving the exam page), for review only.

use async_graphql::{Context, Enum, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, FixedOffset, Utc};

use super::ContextExt;
use super::types::{Learner, cst};
use crate::domain::ids::{CampaignId, UnitId};
use crate::domain::integrity::{self, EventKind, Review};
use crate::error::AppError;
use crate::graphql::ids::{self, Kind};

/// What the exam page saw.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "EventKind")]
pub enum AttemptEventKind {
    /// The page was hidden or lost focus (切出).
    Leave,
    /// It came back.
    Return,
}

/// One event as the page reports it.
#[derive(InputObject)]
pub struct AttemptEventInput {
    kind: AttemptEventKind,
    /// When the page saw it (the device's clock).
    at: DateTime<FixedOffset>,
}

/// One event as kept.
#[derive(SimpleObject)]
pub struct AttemptEvent {
    kind: AttemptEventKind,
    /// When the page saw it (the device's clock).
    at: DateTime<FixedOffset>,
    /// When the server received it.
    received_at: DateTime<FixedOffset>,
}

/// An attempt's integrity events and what they add up to, against the campaign's tolerance.
/// Flagged attempts are for a person to look at; nothing is failed automatically.
#[derive(SimpleObject)]
pub struct AttemptIntegrity {
    attempt_id: ID,
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::EVENTS, child_complexity)")]
    events: Vec<AttemptEvent>,
    /// Departures from the page.
    leaves: i32,
    /// Total time away, in seconds.
    away_seconds: i32,
    /// Above the tolerance the province set (departures or time away).
    flagged: bool,
    /// The campaign's tolerance: more departures than this are flagged (none: not checked).
    max_leaves: Option<i32>,
    /// The campaign's tolerance on total time away, seconds (none: not checked).
    max_away_seconds: Option<i32>,
    /// The learner's note (e.g. a phone call at 9:12).
    note: Option<String>,
}

/// A learner's attempt in a unit's review list.
#[derive(SimpleObject)]
pub struct AttemptIntegrityRow {
    learner: Learner,
    integrity: AttemptIntegrity,
}

fn shape(r: Review) -> AttemptIntegrity {
    let flagged = r.flagged();
    AttemptIntegrity {
        attempt_id: ids::encode(Kind::ExamAttempt, r.attempt.id),
        events: r
            .events
            .into_iter()
            .map(|e| AttemptEvent {
                kind: e.kind.into(),
                at: cst(e.at),
                received_at: cst(e.received_at),
            })
            .collect(),
        leaves: r.leaves,
        away_seconds: i32::try_from(r.away_seconds).unwrap_or(i32::MAX),
        flagged,
        max_leaves: r.max_leaves,
        max_away_seconds: r.max_away_seconds,
        note: r.note,
    }
}

#[derive(Default)]
pub struct IntegrityQuery;

#[Object]
impl IntegrityQuery {
    /// The integrity events of an attempt: the learner's own, or one of a learner of a unit the
    /// caller administers (or an office above it).
    async fn attempt_integrity(&self, ctx: &Context<'_>, attempt_id: ID) -> Result<AttemptIntegrity> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::ExamAttempt, &attempt_id)?;
        Ok(shape(integrity::review(&ctx.state()?.db, actor, id).await?))
    }

    /// Every attempt of a campaign by a unit's current learners with its integrity tally,
    /// flagged ones first: for the unit's administrators and the offices above it.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::ROWS, child_complexity)")]
    async fn unit_attempt_integrity(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        unit_id: ID,
    ) -> Result<Vec<AttemptIntegrityRow>> {
        let actor = ctx.actor()?;
        let campaign_id = ids::decode(Kind::Campaign, &campaign_id)?;
        let unit_id = ids::decode(Kind::Unit, &unit_id)?;
        Ok(
            integrity::reviews_of_unit(&ctx.state()?.db, actor, CampaignId(campaign_id), UnitId(unit_id))
                .await?
                .into_iter()
                .map(|(l, r)| AttemptIntegrityRow {
                    learner: Learner(l),
                    integrity: shape(r),
                })
                .collect(),
        )
    }
}

#[derive(Default)]
pub struct IntegrityMutation;

#[Object]
impl IntegrityMutation {
    /// The exam page reports, apart from saving answers, when it was left and came back (at
    /// most 50 a report). Only for one's own attempt, until 30 minutes after it was submitted;
    /// a report sent again is not counted twice; past 200 events an attempt keeps no more
    /// (answers how many were kept). Nothing is failed or submitted because of them.
    async fn report_attempt_events(
        &self,
        ctx: &Context<'_>,
        attempt_id: ID,
        events: Vec<AttemptEventInput>,
    ) -> Result<i32> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::ExamAttempt, &attempt_id)?;
        if events.len() > integrity::MAX_EVENTS_PER_REPORT {
            return Err(AppError::bad_input("一次最多报告 50 条离开或返回记录").into());
        }
        let events: Vec<(EventKind, DateTime<Utc>)> = events
            .into_iter()
            .map(|e| (e.kind.into(), e.at.with_timezone(&Utc)))
            .collect();
        let kept = integrity::report(&ctx.state()?.db, actor, id, &events).await?;
        Ok(kept as i32)
    }

    /// The learner's note on its own attempt's events (at most 500 characters; empty removes it).
    async fn note_attempt_events(&self, ctx: &Context<'_>, attempt_id: ID, note: String) -> Result<bool> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::ExamAttempt, &attempt_id)?;
        integrity::set_note(&ctx.state()?.db, actor, id, &note).await?;
        Ok(true)
    }

    /// The province's tolerance on its campaign: attempts with more departures, or more time
    /// away in total, are flagged for review (null: not checked). Nothing is failed automatically.
    async fn set_integrity_tolerance(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        max_leaves: Option<i32>,
        max_away_seconds: Option<i32>,
    ) -> Result<bool> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Campaign, &campaign_id)?;
        integrity::set_tolerance(&ctx.state()?.db, actor, id, max_leaves, max_away_seconds).await?;
        Ok(true)
    }
}
