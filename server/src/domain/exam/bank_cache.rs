//! Each campaign's drawable bank in replica memory (issue 16): what drawing a paper, showing
//! it and grading it need of the bank (ids by type, stems, options, answer keys), read once
//! per version of the bank instead of on every start, every paper shown and every submission.
//!
//! The version is the campaign row's `updated_at`. Every writer of the `questions` table moves
//! it inside its own transaction ([`bank_changed`]), and starts and submissions read the
//! campaign row anyway, so checking it costs no query. A copy loaded under another stamp is
//! loaded again before it is used: once a withdrawal is acknowledged its stamp is committed,
//! so no start that reads the campaign afterwards draws the withdrawn question, on any
//! replica. Stamps are compared for equality only, so the replicas' clocks need not agree.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use entity::{campaign, question};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};

use super::question::parse_options;
use crate::domain::campaign::QuestionType;
use crate::error::{AppError, AppResult};

/// What drawing, showing and grading need of one question.
#[derive(Debug)]
pub(super) struct BankQuestion {
    /// The option keys in the bank's order ("ABCD"; "AB" for true/false).
    pub(super) keys: Box<str>,
    /// The correct keys, sorted ("ACD").
    pub(super) answer: Box<str>,
    pub(super) stem: Box<str>,
    /// The options' texts, in the order of `keys`.
    pub(super) texts: Box<[Box<str>]>,
}

impl BankQuestion {
    /// The text of the option with this bank key.
    pub(super) fn text_of(&self, key: &str) -> Option<&str> {
        let mut chars = key.chars();
        let (Some(wanted), None) = (chars.next(), chars.next()) else {
            return None;
        };
        self.keys
            .chars()
            .position(|k| k == wanted)
            .and_then(|i| self.texts.get(i))
            .map(|t| &**t)
    }
}

/// One version of a campaign's bank.
#[derive(Debug)]
pub(super) struct CachedBank {
    stamp: DateTime<Utc>,
    /// The drawable questions (neither withdrawn nor practice) by type.
    pools: HashMap<QuestionType, Vec<i32>>,
    /// Every question of the campaign, withdrawn and practice ones too: papers drawn before a
    /// withdrawal keep their questions and are graded on them.
    questions: HashMap<i32, BankQuestion>,
}

impl CachedBank {
    pub(super) fn pool(&self, t: QuestionType) -> &[i32] {
        self.pools.get(&t).map(Vec::as_slice).unwrap_or_default()
    }

    pub(super) fn question(&self, id: i32) -> Option<&BankQuestion> {
        self.questions.get(&id)
    }

    /// Reads the stamp, then the bank: the bank read is at least as new as the stamp, so a
    /// change in between only makes the copy load again, never hides the change.
    async fn load(db: &DatabaseConnection, campaign_id: i32) -> AppResult<CachedBank> {
        let stamp: DateTime<Utc> = campaign::Entity::find_by_id(campaign_id)
            .select_only()
            .column(campaign::Column::UpdatedAt)
            .into_tuple()
            .one(db)
            .await?
            .ok_or_else(AppError::not_found)?;
        let rows: Vec<(i32, QuestionType, String, String, String, bool, bool)> = question::Entity::find()
            .select_only()
            .column(question::Column::Id)
            .column(question::Column::QuestionType)
            .column(question::Column::Stem)
            .column(question::Column::Options)
            .column(question::Column::Answer)
            .column(question::Column::Withdrawn)
            .column(question::Column::Practice)
            .filter(question::Column::CampaignId.eq(campaign_id))
            .into_tuple()
            .all(db)
            .await?;
        let mut pools: HashMap<QuestionType, Vec<i32>> = HashMap::new();
        let mut questions = HashMap::with_capacity(rows.len());
        for (id, question_type, stem, options, answer, withdrawn, practice) in rows {
            let options = parse_options(id, &options)?;
            let keys: String = options.iter().map(|o| o.key.as_str()).collect();
            let texts = options.into_iter().map(|o| o.text.into_boxed_str()).collect();
            if !withdrawn && !practice {
                pools.entry(question_type).or_default().push(id);
            }
            questions.insert(
                id,
                BankQuestion {
                    keys: keys.into_boxed_str(),
                    answer: answer.into_boxed_str(),
                    stem: stem.into_boxed_str(),
                    texts,
                },
            );
        }
        // Ids in order, so that a draw depends only on the bank and the random numbers.
        for pool in pools.values_mut() {
            pool.sort_unstable();
        }
        Ok(CachedBank {
            stamp,
            pools,
            questions,
        })
    }
}

/// The banks of the campaigns this replica draws from.
#[derive(Default)]
pub struct BankCache {
    banks: Mutex<HashMap<i32, Arc<CachedBank>>>,
    /// One load at a time: a start burst on a cold or changed bank reads it once, not once
    /// per learner.
    loading: tokio::sync::Mutex<()>,
}

impl BankCache {
    /// More campaigns than a replica serves at once (one a year per province).
    const CAPACITY: usize = 64;

    /// The bank of `c` as of its stamp (the campaign row the caller has just read).
    pub(super) async fn bank(
        &self,
        db: &DatabaseConnection,
        c: &campaign::Model,
    ) -> AppResult<Arc<CachedBank>> {
        if let Some(bank) = self.current(c) {
            return Ok(bank);
        }
        let _one = self.loading.lock().await;
        if let Some(bank) = self.current(c) {
            return Ok(bank);
        }
        let bank = Arc::new(CachedBank::load(db, c.id).await?);
        if let Ok(mut banks) = self.banks.lock() {
            if banks.len() >= Self::CAPACITY {
                banks.clear();
            }
            banks.insert(c.id, bank.clone());
        }
        Ok(bank)
    }

    fn current(&self, c: &campaign::Model) -> Option<Arc<CachedBank>> {
        self.banks
            .lock()
            .ok()
            .and_then(|banks| banks.get(&c.id).cloned())
            .filter(|bank| bank.stamp == c.updated_at)
    }
}

/// Marks a campaign's bank as changed: call it inside the transaction that writes the
/// campaign's `questions` rows. The stamp always moves, even when the clock gives the time
/// it already holds.
pub(crate) async fn bank_changed<C: ConnectionTrait>(db: &C, campaign_id: i32) -> AppResult<()> {
    let now = crate::infra::clock::now();
    let moved = campaign::Entity::update_many()
        .col_expr(campaign::Column::UpdatedAt, Expr::value(now))
        .filter(campaign::Column::Id.eq(campaign_id))
        .filter(campaign::Column::UpdatedAt.ne(now))
        .exec(db)
        .await?;
    if moved.rows_affected == 0 {
        campaign::Entity::update_many()
            .col_expr(
                campaign::Column::UpdatedAt,
                Expr::value(now + Duration::milliseconds(1)),
            )
            .filter(campaign::Column::Id.eq(campaign_id))
            .exec(db)
            .await?;
    }
    Ok(())
}
