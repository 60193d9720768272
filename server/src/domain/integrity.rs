//! Integrity events of exam attempts, for review and never for automatic punishment: the exam
//! page reports when it was left (hidden, lost focus) and came back; administrators in scope see
//! them per attempt against the tolerance the province sets on the campaign; the learner may
//! add a note (a phone call, an SMS pop-up). Nothing here fails or submits an attempt.
//!
//! Reports travel apart from answer saves (their own request, fire-and-forget with retry), so
//! they never slow saving; they are bounded per attempt so a client cannot flood storage.

use chrono::{DateTime, Duration, SubsecRound, Utc};
use entity::{attempt_event, attempt_note, campaign, exam_attempt, learner};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::domain::ids::{CampaignId, UnitId};
use crate::domain::{campaign as campaigns, roster};
use crate::error::{AppError, AppResult};
use crate::scope::{self, Actor};

/// Events kept per attempt; later ones are accepted and dropped (the page stops sending).
pub const MAX_EVENTS_PER_ATTEMPT: usize = 200;
/// Events one report may carry.
pub const MAX_EVENTS_PER_REPORT: usize = 50;
/// How long after submission late reports (a retry from a flaky network) are still taken.
pub const LATE_REPORT_MINUTES: i64 = 30;
/// Longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 500;

pub use entity::attempt_event::EventKind;

/// One attempt's events with what they add up to.
pub struct Review {
    pub attempt: exam_attempt::Model,
    pub events: Vec<attempt_event::Model>,
    pub leaves: i32,
    pub away_seconds: i64,
    pub max_leaves: Option<i32>,
    pub max_away_seconds: Option<i32>,
    pub note: Option<String>,
}

impl Review {
    /// Above the province's tolerance: to be looked at by a person, nothing more.
    pub fn flagged(&self) -> bool {
        self.max_leaves.is_some_and(|m| self.leaves > m)
            || self
                .max_away_seconds
                .is_some_and(|m| self.away_seconds > i64::from(m))
    }
}

/// Departures and time away: each LEAVE counts once; time away runs to the next RETURN (or the
/// attempt's end when the page never came back). Repeated LEAVEs (blur then hidden) count once.
pub fn tally(events: &[attempt_event::Model], end: DateTime<Utc>) -> (i32, i64) {
    let mut leaves = 0;
    let mut away = 0i64;
    let mut left_at: Option<DateTime<Utc>> = None;
    for e in events {
        match (e.kind, left_at) {
            (EventKind::Leave, None) => {
                leaves += 1;
                left_at = Some(e.at);
            }
            (EventKind::Return, Some(from)) => {
                away += (e.at - from).num_seconds().max(0);
                left_at = None;
            }
            _ => {}
        }
    }
    if let Some(from) = left_at {
        away += (end - from).num_seconds().max(0);
    }
    (leaves, away)
}

fn own_attempt(actor: &Actor, a: &exam_attempt::Model) -> bool {
    actor
        .learner
        .as_ref()
        .is_some_and(|l| l.learner_id == a.learner_id)
}

async fn attempt(db: &DatabaseConnection, id: i32) -> AppResult<exam_attempt::Model> {
    exam_attempt::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)
}

/// Records a report of the caller's own attempt; answers how many events were kept.
pub async fn report(
    db: &DatabaseConnection,
    actor: &Actor,
    attempt_id: i32,
    events: &[(EventKind, DateTime<Utc>)],
) -> AppResult<usize> {
    let a = attempt(db, attempt_id).await?;
    if !own_attempt(actor, &a) {
        return Err(AppError::not_found());
    }
    if events.len() > MAX_EVENTS_PER_REPORT {
        return Err(AppError::bad_input(format!(
            "一次最多报告 {MAX_EVENTS_PER_REPORT} 条离开或返回记录"
        )));
    }
    let now = crate::infra::clock::now();
    if a.submitted_at
        .is_some_and(|s| now > s + Duration::minutes(LATE_REPORT_MINUTES))
    {
        return Ok(0);
    }
    // Client clocks drift; an hour either way is taken as reported, beyond that it is not a clock.
    let (earliest, latest) = (a.started_at - Duration::hours(1), now + Duration::hours(1));
    if let Some((_, at)) = events.iter().find(|(_, at)| *at < earliest || *at > latest) {
        return Err(AppError::bad_input(format!(
            "记录的时间 {} 不在本场考试前后，请检查手机时间",
            at.with_timezone(&crate::infra::clock::CHINA)
                .format("%Y-%m-%d %H:%M:%S")
        )));
    }
    let existing = attempt_event::Entity::find()
        .filter(attempt_event::Column::AttemptId.eq(a.id))
        .all(db)
        .await?;
    let room = MAX_EVENTS_PER_ATTEMPT.saturating_sub(existing.len());
    // Milliseconds, as pages measure them and as both databases keep them exactly.
    let events: Vec<(EventKind, DateTime<Utc>)> =
        events.iter().map(|(k, at)| (*k, at.trunc_subsecs(3))).collect();
    // A retried report carries the same events again: those already kept are skipped.
    let mut fresh: Vec<attempt_event::ActiveModel> = Vec::new();
    for (kind, at) in &events {
        let seen = existing.iter().any(|e| e.kind == *kind && e.at == *at)
            || fresh
                .iter()
                .any(|f| f.kind.as_ref() == kind && f.at.as_ref() == at);
        if !seen && fresh.len() < room {
            fresh.push(attempt_event::ActiveModel {
                attempt_id: Set(a.id),
                kind: Set(*kind),
                at: Set(*at),
                received_at: Set(now),
                ..Default::default()
            });
        }
    }
    let kept = fresh.len();
    if kept > 0 {
        attempt_event::Entity::insert_many(fresh).exec(db).await?;
    }
    Ok(kept)
}

/// Opening the paper again is a return. A page closed (or reloaded) during the exam reports
/// its departure and, gone, never its return, so the time away would run on to the end of the
/// attempt: when the learner opens its own live paper while its last event is a departure, a
/// return is recorded at the server's time (never before that departure).
pub async fn note_paper_opened(
    db: &DatabaseConnection,
    actor: &Actor,
    a: &exam_attempt::Model,
) -> AppResult<()> {
    if !own_attempt(actor, a) || a.status != entity::exam_attempt::AttemptStatus::Live {
        return Ok(());
    }
    let last = attempt_event::Entity::find()
        .filter(attempt_event::Column::AttemptId.eq(a.id))
        .order_by_desc(attempt_event::Column::At)
        .order_by_desc(attempt_event::Column::Id)
        .one(db)
        .await?;
    let Some(left) = last.filter(|e| e.kind == EventKind::Leave) else {
        return Ok(());
    };
    let now = crate::infra::clock::now();
    attempt_event::Entity::insert(attempt_event::ActiveModel {
        attempt_id: Set(a.id),
        kind: Set(EventKind::Return),
        at: Set(Ord::max(now, left.at).trunc_subsecs(3)),
        received_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The learner's note on its own attempt's events (empty removes it).
pub async fn set_note(db: &DatabaseConnection, actor: &Actor, attempt_id: i32, note: &str) -> AppResult<()> {
    let a = attempt(db, attempt_id).await?;
    if !own_attempt(actor, &a) {
        return Err(AppError::not_found());
    }
    let note = note.trim();
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(AppError::bad_input(format!("说明最多 {MAX_NOTE_CHARS} 字")));
    }
    if note.is_empty() {
        attempt_note::Entity::delete_by_id(a.id).exec(db).await?;
        return Ok(());
    }
    attempt_note::Entity::insert(attempt_note::ActiveModel {
        attempt_id: Set(a.id),
        note: Set(note.to_owned()),
        updated_at: Set(crate::infra::clock::now()),
    })
    .on_conflict(
        OnConflict::column(attempt_note::Column::AttemptId)
            .update_columns([attempt_note::Column::Note, attempt_note::Column::UpdatedAt])
            .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

/// Whether the caller sees the attempt's events: the learner itself, and the administrators
/// of the learner's unit and the offices above it.
async fn may_review(db: &DatabaseConnection, actor: &Actor, a: &exam_attempt::Model) -> AppResult<bool> {
    if own_attempt(actor, a) {
        return Ok(true);
    }
    let Some(l) = learner::Entity::find_by_id(a.learner_id).one(db).await? else {
        return Ok(false);
    };
    Ok(roster::unit_of(db, &l)
        .await?
        .is_some_and(|u| actor.reviews_attempts_of(&u)))
}

async fn review_of(
    db: &DatabaseConnection,
    a: exam_attempt::Model,
    c: &campaign::Model,
) -> AppResult<Review> {
    let events = attempt_event::Entity::find()
        .filter(attempt_event::Column::AttemptId.eq(a.id))
        .order_by_asc(attempt_event::Column::At)
        .order_by_asc(attempt_event::Column::Id)
        .all(db)
        .await?;
    let end = a
        .submitted_at
        .unwrap_or(a.deadline)
        .min(crate::infra::clock::now());
    let (leaves, away_seconds) = tally(&events, end);
    let note = attempt_note::Entity::find_by_id(a.id)
        .one(db)
        .await?
        .map(|n| n.note);
    Ok(Review {
        attempt: a,
        events,
        leaves,
        away_seconds,
        max_leaves: c.integrity_max_leaves,
        max_away_seconds: c.integrity_max_away_seconds,
        note,
    })
}

/// One attempt's events for the learner itself or an administrator in scope.
pub async fn review(db: &DatabaseConnection, actor: &Actor, attempt_id: i32) -> AppResult<Review> {
    let a = attempt(db, attempt_id).await?;
    if !may_review(db, actor, &a).await? {
        return Err(AppError::not_found());
    }
    let c = campaign::Entity::find_by_id(a.campaign_id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    review_of(db, a, &c).await
}

/// Every attempt of a campaign by the current learners of a unit the caller administers,
/// with its events' tally (for the console's review list), flagged ones first.
pub async fn reviews_of_unit(
    db: &DatabaseConnection,
    actor: &Actor,
    CampaignId(campaign_id): CampaignId,
    UnitId(unit_id): UnitId,
) -> AppResult<Vec<(learner::Model, Review)>> {
    let c = campaigns::find(db, actor, campaign_id).await?;
    let u = crate::domain::org::find_unit(db, actor, unit_id).await?;
    scope::require(true, actor.reviews_attempts_of(&u), "查看考试离开页面记录")?;
    let learners = learner::Entity::find()
        .filter(learner::Column::UnitId.eq(u.id))
        .all(db)
        .await?;
    let attempts = exam_attempt::Entity::find()
        .filter(exam_attempt::Column::CampaignId.eq(c.id))
        .filter(exam_attempt::Column::LearnerId.is_in(learners.iter().map(|l| l.id).collect::<Vec<_>>()))
        .order_by_asc(exam_attempt::Column::StartedAt)
        .all(db)
        .await?;
    let mut out = Vec::new();
    for a in attempts {
        let Some(l) = learners.iter().find(|l| l.id == a.learner_id).cloned() else {
            continue;
        };
        out.push((l, review_of(db, a, &c).await?));
    }
    out.sort_by_key(|(_, r)| !r.flagged());
    Ok(out)
}

/// The province sets the tolerance on its campaign (none: nothing is flagged).
pub async fn set_tolerance(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    max_leaves: Option<i32>,
    max_away_seconds: Option<i32>,
) -> AppResult<campaign::Model> {
    let c = campaigns::find(db, actor, campaign_id).await?;
    scope::require(
        true,
        actor.sets_campaign_rules(&c),
        "设置考试离开页面的容忍度（仅限省级管理员）",
    )?;
    if max_leaves.is_some_and(|n| !(0..=1000).contains(&n)) {
        return Err(AppError::bad_input("允许离开的次数应在 0 至 1000 之间"));
    }
    if max_away_seconds.is_some_and(|n| !(0..=86_400).contains(&n)) {
        return Err(AppError::bad_input("允许离开的时长应在 0 至 86400 秒之间"));
    }
    let mut active: campaign::ActiveModel = c.into();
    active.integrity_max_leaves = Set(max_leaves);
    active.integrity_max_away_seconds = Set(max_away_seconds);
    active.updated_at = Set(crate::infra::clock::now());
    Ok(active.update(db).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(kind: EventKind, second: i64) -> attempt_event::Model {
        let at = DateTime::<Utc>::from_timestamp(1_000_000 + second, 0).unwrap_or_default();
        attempt_event::Model {
            id: 0,
            attempt_id: 1,
            kind,
            at,
            received_at: at,
        }
    }

    #[test]
    fn leaves_and_time_away_add_up() {
        let events = [
            event(EventKind::Leave, 0),
            event(EventKind::Leave, 1), // blur, then hidden: one departure
            event(EventKind::Return, 30),
            event(EventKind::Return, 31),
            event(EventKind::Leave, 100),
        ];
        let end = DateTime::<Utc>::from_timestamp(1_000_000 + 160, 0).unwrap_or_default();
        assert_eq!(tally(&events, end), (2, 30 + 60));
    }
}
