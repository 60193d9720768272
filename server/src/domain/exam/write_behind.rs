//! Answers on their way to the database: the batched upsert where an older save never
//! replaces a newer one, the write-behind flush of the live store's queue, and the sweeper
//! that submits attempts left past their deadline.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use entity::{attempt_answer, exam_attempt};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect, Set,
    TransactionTrait,
};
use serde::Serialize;

use crate::error::{AppError, AppResult};
use crate::live::{AnswerRecord, LiveStore};

pub(super) async fn stored_answers<C: ConnectionTrait>(
    db: &C,
    attempt_id: i32,
) -> AppResult<Vec<AnswerRecord>> {
    Ok(attempt_answer::Entity::find()
        .filter(attempt_answer::Column::AttemptId.eq(attempt_id))
        .all(db)
        .await?
        .into_iter()
        .map(|a| AnswerRecord {
            attempt_id: a.attempt_id,
            question_id: a.question_id,
            choices: a.choices,
            seq: a.seq,
            saved_at_ms: a.saved_at.timestamp_millis(),
        })
        .collect())
}

/// Writes answers to the database; an older save never replaces a newer one.
pub async fn write_answers<C: ConnectionTrait>(db: &C, records: &[AnswerRecord]) -> AppResult<()> {
    // Keep the newest save of each question of the batch.
    let mut newest: HashMap<(i32, i32), &AnswerRecord> = HashMap::new();
    for r in records {
        let key = (r.attempt_id, r.question_id);
        // Equal sequences: the later save wins (see `UNSEQUENCED`).
        if newest.get(&key).is_none_or(|old| old.seq <= r.seq) {
            newest.insert(key, r);
        }
    }
    if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        return write_answers_postgres(db, newest.values().copied()).await;
    }
    let rows: Vec<attempt_answer::ActiveModel> = newest
        .values()
        .map(|r| attempt_answer::ActiveModel {
            attempt_id: Set(r.attempt_id),
            question_id: Set(r.question_id),
            choices: Set(r.choices.clone()),
            seq: Set(r.seq),
            saved_at: Set(DateTime::from_timestamp_millis(r.saved_at_ms).unwrap_or_else(Utc::now)),
        })
        .collect();
    for chunk in rows.chunks(500) {
        attempt_answer::Entity::insert_many(chunk.to_vec())
            .on_conflict(
                OnConflict::columns([
                    attempt_answer::Column::AttemptId,
                    attempt_answer::Column::QuestionId,
                ])
                .update_columns([
                    attempt_answer::Column::Choices,
                    attempt_answer::Column::Seq,
                    attempt_answer::Column::SavedAt,
                ])
                .action_and_where(ExprTrait::lte(
                    Expr::col((attempt_answer::Entity, attempt_answer::Column::Seq)),
                    Expr::col((
                        sea_orm::sea_query::Alias::new("excluded"),
                        attempt_answer::Column::Seq,
                    )),
                ))
                .to_owned(),
            )
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// The same upsert on PostgreSQL as one statement of fixed text with the rows as one JSON
/// parameter: prepared once, whatever the batch size (a multi-row VALUES list is a new
/// statement to parse and plan for every batch size, with five parameters a row).
async fn write_answers_postgres<'a, C: ConnectionTrait>(
    db: &C,
    records: impl Iterator<Item = &'a AnswerRecord>,
) -> AppResult<()> {
    const UPSERT: &str = "INSERT INTO attempt_answers (attempt_id, question_id, choices, seq, saved_at)
SELECT r.attempt_id, r.question_id, r.choices, r.seq, to_timestamp(r.saved_at_ms / 1000.0)
FROM json_to_recordset($1::json) AS r(attempt_id int, question_id int, choices text, seq bigint, saved_at_ms bigint)
ON CONFLICT (attempt_id, question_id) DO UPDATE
SET choices = excluded.choices, seq = excluded.seq, saved_at = excluded.saved_at
WHERE attempt_answers.seq <= excluded.seq";
    #[derive(Serialize)]
    struct Row<'r> {
        attempt_id: i32,
        question_id: i32,
        choices: &'r str,
        seq: i64,
        saved_at_ms: i64,
    }
    let rows: Vec<Row<'_>> = records
        .map(|r| Row {
            attempt_id: r.attempt_id,
            question_id: r.question_id,
            choices: &r.choices,
            seq: r.seq,
            saved_at_ms: r.saved_at_ms,
        })
        .collect();
    if rows.is_empty() {
        return Ok(());
    }
    let json =
        serde_json::to_string(&rows).map_err(|e| AppError::internal(format!("answers as JSON: {e}")))?;
    db.execute_raw(sea_orm::Statement::from_sql_and_values(
        sea_orm::DatabaseBackend::Postgres,
        UPSERT,
        [json.into()],
    ))
    .await?;
    Ok(())
}

/// The seconds after the deadline that answers still count in the campaign.
pub(super) async fn grace_of<C: ConnectionTrait>(db: &C, campaign_id: i32) -> AppResult<i32> {
    Ok(entity::campaign::Entity::find_by_id(campaign_id)
        .one(db)
        .await?
        .map(|c| c.answer_grace_seconds)
        .unwrap_or(0))
}

/// Moves queued answers from the live store into the database; the queue entries are
/// acknowledged only after the commit. Returns how many were written.
pub async fn flush_answers(db: &DatabaseConnection, live: &dyn LiveStore) -> AppResult<usize> {
    let batch = live.take_pending(1000).await?;
    if batch.is_empty() {
        return Ok(0);
    }
    let records: Vec<AnswerRecord> = batch.iter().map(|(_, r)| r.clone()).collect();
    let txn = db.begin().await?;
    // Answers of attempts that are gone (a test's or a deleted one) must not block the queue.
    let attempt_ids: HashSet<i32> = records.iter().map(|r| r.attempt_id).collect();
    // Only the ids: the rows carry their papers, kilobytes each, not needed here.
    let existing: HashSet<i32> = exam_attempt::Entity::find()
        .select_only()
        .column(exam_attempt::Column::Id)
        .filter(exam_attempt::Column::Id.is_in(attempt_ids))
        .into_tuple::<i32>()
        .all(&txn)
        .await?
        .into_iter()
        .collect();
    let known: Vec<AnswerRecord> = records
        .into_iter()
        .filter(|r| existing.contains(&r.attempt_id))
        .collect();
    write_answers(&txn, &known).await?;
    txn.commit().await?;
    let ids: Vec<String> = batch.into_iter().map(|(id, _)| id).collect();
    live.ack(&ids).await?;
    Ok(known.len())
}
