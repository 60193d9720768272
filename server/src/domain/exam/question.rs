//! A question's options as stored: the keys they are shown under, and their JSON. Below the
//! bank, its cache, the paper and the views, which all read them.

use entity::question;
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult};

/// An option of a question, with the bank's key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionOption {
    pub key: String,
    pub text: String,
}

/// The keys of a question's options, in order: a question has at most seven (A to G), from
/// the spreadsheet import and from `updateQuestion` alike ([`super::bank::QuestionDraft::new`]).
pub(crate) const KEYS: [&str; 7] = ["A", "B", "C", "D", "E", "F", "G"];

pub fn options_of(q: &question::Model) -> AppResult<Vec<QuestionOption>> {
    parse_options(q.id, &q.options)
}

/// A question's options from their stored JSON.
pub(super) fn parse_options(question_id: i32, raw: &str) -> AppResult<Vec<QuestionOption>> {
    serde_json::from_str(raw).map_err(|e| AppError::internal(format!("question {question_id} options: {e}")))
}
