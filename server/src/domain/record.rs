//! The personal record (学法档案): every year's study points, exam attempts, scores, exemption
//! and consequences of one person.
//!
//! A person is one login account with one roster entry (`learners.account_id` is unique): the
//! entry is not renewed each year, and a transfer (调出/调进) moves the same entry to another
//! unit. Points, attempts and exemptions hang on the entry's id with their campaign, so the
//! record follows the person across units and years by construction.

use std::collections::{BTreeSet, HashMap};

use entity::exemption::ExemptionStatus;
use entity::{campaign, exam_attempt, exemption, learner, learner_figure, study_progress};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::domain::roster;
use crate::error::AppResult;
use crate::scope::Actor;

/// How a year ended (or stands) for the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Passed the exam (main or make-up).
    Passed,
    /// Exempted (免考) by an approved application.
    Exempted,
    /// Not required to take it: retired, left or between units for that year's figures.
    NotRequired,
    /// The year's exam windows are still open and nothing is decided yet.
    InProgress,
    /// Took the exam and did not pass.
    Failed,
    /// Should have taken it and never did.
    NotTaken,
}

/// What the year's result means for the person's annual appraisal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Consequence {
    /// Should have taken it, never did, windows closed: 暂缓确定考核等次.
    GradeDeferred,
    /// Failed the make-up too: 不得确定为优秀.
    NotExcellent,
}

/// One submitted attempt.
#[derive(Clone, Debug)]
pub struct AttemptLine {
    pub kind: entity::exam_session::ExamKind,
    pub submitted_at: Option<chrono::DateTime<chrono::Utc>>,
    pub score: Option<i32>,
    pub passed: bool,
    pub auto_submitted: bool,
}

/// One campaign year of the record.
#[derive(Clone, Debug)]
pub struct RecordYear {
    pub campaign: campaign::Model,
    pub points: i32,
    pub study_completed: bool,
    /// The latest exemption application's status, if any.
    pub exemption: Option<ExemptionStatus>,
    pub attempts: Vec<AttemptLine>,
    pub best_score: Option<i32>,
    pub outcome: Outcome,
    pub consequences: Vec<Consequence>,
}

/// A person's record, newest year first.
#[derive(Clone, Debug)]
pub struct Record {
    pub learner: learner::Model,
    pub years: Vec<RecordYear>,
}

/// The record of a learner the caller sees (itself, or one it manages); else NOT_FOUND.
pub async fn of_learner(db: &DatabaseConnection, actor: &Actor, learner_id: i32) -> AppResult<Record> {
    let l = roster::find_learner(db, actor, learner_id).await?;
    build(db, l).await
}

async fn build(db: &DatabaseConnection, l: learner::Model) -> AppResult<Record> {
    let figures = learner_figure::Entity::find()
        .filter(learner_figure::Column::LearnerId.eq(l.id))
        .all(db)
        .await?;
    let progress = study_progress::Entity::find()
        .filter(study_progress::Column::LearnerId.eq(l.id))
        .all(db)
        .await?;
    let attempts = exam_attempt::Entity::find()
        .filter(exam_attempt::Column::LearnerId.eq(l.id))
        .filter(exam_attempt::Column::Status.eq(entity::exam_attempt::AttemptStatus::Submitted))
        .order_by_asc(exam_attempt::Column::SubmittedAt)
        .order_by_asc(exam_attempt::Column::Id)
        .all(db)
        .await?;
    let exemptions = exemption::Entity::find()
        .filter(exemption::Column::LearnerId.eq(l.id))
        .order_by_asc(exemption::Column::AppliedAt)
        .order_by_asc(exemption::Column::Id)
        .all(db)
        .await?;

    // Every campaign the person has anything in.
    let mut ids: BTreeSet<i32> = BTreeSet::new();
    ids.extend(figures.iter().map(|f| f.campaign_id));
    ids.extend(progress.iter().map(|p| p.campaign_id));
    ids.extend(attempts.iter().map(|a| a.campaign_id));
    ids.extend(exemptions.iter().map(|e| e.campaign_id));
    let campaigns = campaign::Entity::find()
        .filter(campaign::Column::Id.is_in(ids))
        .order_by_desc(campaign::Column::Year)
        .order_by_desc(campaign::Column::Id)
        .limit(100)
        .all(db)
        .await?;

    let figures: HashMap<i32, learner_figure::Model> =
        figures.into_iter().map(|f| (f.campaign_id, f)).collect();
    let points: HashMap<i32, i32> = progress.iter().map(|p| (p.campaign_id, p.total_points)).collect();
    let today = crate::infra::clock::today();

    let mut years = Vec::with_capacity(campaigns.len());
    for c in campaigns {
        let mine: Vec<&exam_attempt::Model> = attempts.iter().filter(|a| a.campaign_id == c.id).collect();
        let lines: Vec<AttemptLine> = mine
            .iter()
            .map(|a| AttemptLine {
                kind: a.kind,
                submitted_at: a.submitted_at,
                score: a.score,
                passed: a.passed == Some(true),
                auto_submitted: a.auto_submitted,
            })
            .collect();
        let best_score = mine.iter().filter_map(|a| a.score).max();
        let passed = lines.iter().any(|a| a.passed);
        let took = !lines.is_empty();
        let exemption = exemptions
            .iter()
            .rev()
            .find(|e| e.campaign_id == c.id)
            .map(|e| e.status);
        let f = figures.get(&c.id);
        let should_take = f.is_some_and(|f| f.should_take);
        let closed = today > c.makeup_end;
        let points = points.get(&c.id).copied().unwrap_or(0);
        let outcome = if passed {
            Outcome::Passed
        } else if exemption == Some(ExemptionStatus::Approved) {
            Outcome::Exempted
        } else if !should_take && !took {
            Outcome::NotRequired
        } else if !closed {
            Outcome::InProgress
        } else if took {
            Outcome::Failed
        } else {
            Outcome::NotTaken
        };
        let mut consequences = Vec::new();
        // As the statistics count them (`stats::ActionKind`).
        if should_take && !took && closed {
            consequences.push(Consequence::GradeDeferred);
        }
        if f.is_some_and(|f| f.makeup_failed) {
            consequences.push(Consequence::NotExcellent);
        }
        years.push(RecordYear {
            study_completed: points >= c.required_points,
            points,
            exemption,
            attempts: lines,
            best_score,
            outcome,
            consequences,
            campaign: c,
        });
    }
    Ok(Record { learner: l, years })
}
