//! Grading: submission by the learner or at the deadline, exactly once, with the score from
//! the bank's keys; and the review of a submitted attempt once the key may be shown.

use std::collections::HashMap;

use chrono::{DateTime, Duration, SubsecRound, Utc};
use entity::{campaign, exam_attempt, question};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
};

use super::paper::paper_of;
use super::write_behind::{grace_of, stored_answers, write_answers};
use super::{ExamContext, TAKES_EXAM};
use crate::domain::campaign::ReviewMode;
use crate::domain::ids::{CampaignId, LearnerId};
use crate::error::{AppError, AppResult, Code};
use crate::live::AnswerRecord;
use crate::scope::Actor;

/// Submits the caller's attempt; a second submit returns the same result.
/// Only the device holding the attempt may submit it, exactly as only it may save: a device
/// the attempt was taken over from cannot end the exam being taken on the new one.
pub async fn submit(
    ctx: &ExamContext<'_>,
    actor: &Actor,
    device: &str,
    attempt_id: i32,
) -> AppResult<exam_attempt::Model> {
    let learner_id = actor.own_learner(TAKES_EXAM)?;
    let a = exam_attempt::Entity::find_by_id(attempt_id)
        .one(ctx.db)
        .await?
        .ok_or_else(AppError::not_found)?;
    if a.learner_id != learner_id {
        return Err(AppError::not_found());
    }
    if a.status == entity::exam_attempt::AttemptStatus::Submitted {
        return Ok(a);
    }
    // The database holds the device of the last start (a takeover writes it there first).
    if a.device != device {
        return Err(taken_over());
    }
    finalize(ctx, a, false).await
}

/// Grades and stores an attempt with every answer saved, exactly once: the LIVE to SUBMITTED
/// update is conditional, inside the transaction that writes the answers.
pub async fn finalize(
    ctx: &ExamContext<'_>,
    a: exam_attempt::Model,
    auto: bool,
) -> AppResult<exam_attempt::Model> {
    ctx.live.close(a.id).await?;
    let mut answers: HashMap<i32, (String, i64)> = stored_answers(ctx.db, a.id)
        .await?
        .into_iter()
        .map(|r| (r.question_id, (r.choices, r.seq)))
        .collect();
    if let Some((_, live)) = ctx.live.load(a.id).await? {
        for (q, (choices, seq)) in live {
            if answers.get(&q).is_none_or(|(_, old)| *old <= seq) {
                answers.insert(q, (choices, seq));
            }
        }
    }
    let c = campaign::Entity::find_by_id(a.campaign_id)
        .one(ctx.db)
        .await?
        .ok_or_else(AppError::not_found)?;
    let paper = paper_of(&a)?;
    // The answer keys as of the campaign row just read (the bank in replica memory).
    let bank = ctx.papers.banks.bank(ctx.db, &c).await?;
    let score: i32 = paper
        .iter()
        .filter(|e| {
            let given = answers.get(&e.question_id).map(|(c, _)| c.as_str()).unwrap_or("");
            bank.question(e.question_id)
                .is_some_and(|q| !given.is_empty() && *q.answer == *given)
        })
        .map(|e| e.points)
        .sum();
    let passed = score >= c.pass_score;
    // Microseconds, as PostgreSQL keeps them, so that the row returned below is the stored one.
    let now = crate::infra::clock::now().trunc_subsecs(6);
    let records: Vec<AnswerRecord> = answers
        .into_iter()
        .map(|(q, (choices, seq))| AnswerRecord {
            attempt_id: a.id,
            question_id: q,
            choices,
            seq,
            saved_at_ms: now.timestamp_millis(),
        })
        .collect();
    let txn = ctx.db.begin().await?;
    write_answers(&txn, &records).await?;
    let done = exam_attempt::Entity::update_many()
        .col_expr(
            exam_attempt::Column::Status,
            Expr::value(entity::exam_attempt::AttemptStatus::Submitted),
        )
        .col_expr(exam_attempt::Column::SubmittedAt, Expr::value(now))
        .col_expr(exam_attempt::Column::AutoSubmitted, Expr::value(auto))
        .col_expr(exam_attempt::Column::Score, Expr::value(score))
        .col_expr(exam_attempt::Column::Passed, Expr::value(passed))
        .filter(exam_attempt::Column::Id.eq(a.id))
        .filter(exam_attempt::Column::Status.eq(entity::exam_attempt::AttemptStatus::Live))
        .exec(&txn)
        .await?;
    if done.rows_affected == 1 {
        crate::domain::stats::refresh_learner(&txn, CampaignId(a.campaign_id), LearnerId(a.learner_id))
            .await?;
        txn.commit().await?;
        tracing::info!(attempt = a.id, score, passed, auto, "exam submitted");
        ctx.live.remove(a.id).await?;
        // The row as just written: not read back (with its paper) for each of the thousands
        // a deadline submits at once.
        return Ok(exam_attempt::Model {
            status: entity::exam_attempt::AttemptStatus::Submitted,
            submitted_at: Some(now),
            auto_submitted: auto,
            score: Some(score),
            passed: Some(passed),
            ..a
        });
    }
    // Submitted by someone else in the meantime (another replica, the other device): theirs.
    txn.rollback().await?;
    ctx.live.remove(a.id).await?;
    exam_attempt::Entity::find_by_id(a.id)
        .one(ctx.db)
        .await?
        .ok_or_else(AppError::not_found)
}

/// The review of a submitted attempt, when the campaign shows answers.
pub struct ReviewItem {
    /// The question's place in the paper (1-based).
    pub place: i32,
    pub correct: Vec<String>,
    pub explanation: String,
    pub law_source: String,
}

/// The answer key is shown only once nobody can sit the campaign's exam any more: after the
/// last day of its last window (main and make-up), China Standard Time. Before that a
/// learner who has submitted could pass the key to those still sitting.
pub fn review_open(c: &campaign::Model) -> bool {
    crate::infra::clock::today() > std::cmp::Ord::max(c.main_end, c.makeup_end)
}

pub async fn review(db: &DatabaseConnection, a: &exam_attempt::Model) -> AppResult<Option<Vec<ReviewItem>>> {
    if a.status != entity::exam_attempt::AttemptStatus::Submitted {
        return Ok(None);
    }
    let c = campaign::Entity::find_by_id(a.campaign_id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    if c.review_mode != ReviewMode::Answers || !review_open(&c) {
        return Ok(None);
    }
    let paper = paper_of(a)?;
    let ids: Vec<i32> = paper.iter().map(|e| e.question_id).collect();
    let bank: HashMap<i32, question::Model> = question::Entity::find()
        .filter(question::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|q| (q.id, q))
        .collect();
    Ok(Some(
        paper
            .iter()
            .zip(1..)
            .filter_map(|(e, place)| {
                let q = bank.get(&e.question_id)?;
                let mut correct: Vec<String> = q
                    .answer
                    .chars()
                    .filter_map(|k| e.label_of(&k.to_string()))
                    .collect();
                correct.sort();
                Some(ReviewItem {
                    place,
                    correct,
                    explanation: q.explanation.clone(),
                    law_source: q.law_source.clone(),
                })
            })
            .collect(),
    ))
}

/// Submits every attempt still live past its deadline and grace. Returns how many this call
/// submitted; replicas may run it at once.
pub async fn sweep_due(ctx: &ExamContext<'_>) -> AppResult<usize> {
    let now = crate::infra::clock::now();
    // Ids and deadlines first: a session's attempts sit here through the grace, and their
    // rows carry their papers (kilobytes each), read only once they are ready.
    let due: Vec<(i32, i32, DateTime<Utc>)> = exam_attempt::Entity::find()
        .select_only()
        .column(exam_attempt::Column::Id)
        .column(exam_attempt::Column::CampaignId)
        .column(exam_attempt::Column::Deadline)
        .filter(exam_attempt::Column::Status.eq(entity::exam_attempt::AttemptStatus::Live))
        .filter(exam_attempt::Column::Deadline.lt(now))
        .order_by_asc(exam_attempt::Column::Deadline)
        .into_tuple()
        .all(ctx.db)
        .await?;
    let mut graces: HashMap<i32, i32> = HashMap::new();
    let mut ready_ids = Vec::new();
    for (id, campaign_id, deadline) in due {
        let grace = match graces.get(&campaign_id) {
            Some(g) => *g,
            None => {
                let g = grace_of(ctx.db, campaign_id).await?;
                graces.insert(campaign_id, g);
                g
            }
        };
        if now > deadline + Duration::seconds(i64::from(grace)) {
            ready_ids.push(id);
        }
    }
    let mut ready = Vec::with_capacity(ready_ids.len());
    for chunk in ready_ids.chunks(500) {
        ready.extend(
            exam_attempt::Entity::find()
                .filter(exam_attempt::Column::Id.is_in(chunk.iter().copied()))
                .filter(exam_attempt::Column::Status.eq(entity::exam_attempt::AttemptStatus::Live))
                .order_by_asc(exam_attempt::Column::Deadline)
                .all(ctx.db)
                .await?,
        );
    }
    // Several at a time: a whole session shares one deadline, and one after the other they
    // took 48 s for 2,669 attempts under `loadtest exam-day` (issue 16). Each finalize is
    // exactly-once on its own (the conditional update), so their order does not matter.
    use futures_util::StreamExt;
    let results: Vec<AppResult<exam_attempt::Model>> = futures_util::stream::iter(ready)
        .map(|a| finalize(ctx, a, true))
        .buffer_unordered(SWEEP_CONCURRENCY)
        .collect()
        .await;
    let mut submitted = 0;
    for done in results {
        let done = done?;
        if done.auto_submitted && done.submitted_at.is_some_and(|t| t >= now) {
            submitted += 1;
        }
    }
    Ok(submitted)
}

/// Attempts the sweeper finalizes at once: half of the PostgreSQL pool (32), so logins,
/// starts and submissions keep connections. A finalize waits on about ten round trips more
/// than it computes: at 8 at a time the 2,948 attempts a 20,000-learner exam day left to its
/// deadline took 11.7 s past the grace (`loadtest exam-day`, issue 16).
const SWEEP_CONCURRENCY: usize = 16;

/// The answer to a device the attempt has left (`TAKEN_OVER`: the pages stop on it).
pub(super) fn taken_over() -> AppError {
    AppError::new(
        Code::TakenOver,
        "本场考试已在另一台设备上继续作答，此设备不能再保存或交卷；请在新设备上作答",
    )
}
