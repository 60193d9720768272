//! Papers: drawing one by the campaign's blueprint, the paper as stored on the attempt, and
//! the per-replica cache of what the save path needs of it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use entity::{campaign, exam_attempt};
use rand::seq::{IndexedRandom, SliceRandom};
use sea_orm::EntityTrait;
use serde::{Deserialize, Serialize};

use super::ExamContext;
use super::bank_cache::BankCache;
use super::question::KEYS;
use crate::domain::campaign::{self as campaigns, QuestionType};
use crate::error::{AppError, AppResult, Code};

/// One drawn question: the bank's id and type, and its options' keys in the shown order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperEntry {
    #[serde(rename = "q")]
    pub question_id: i32,
    #[serde(rename = "t")]
    pub question_type: QuestionType,
    #[serde(rename = "o")]
    pub order: Vec<String>,
    #[serde(rename = "p")]
    pub points: i32,
}

impl PaperEntry {
    /// The label shown for a bank key ("A" for the first option shown).
    pub fn label_of(&self, key: &str) -> Option<String> {
        self.order
            .iter()
            .position(|k| k == key)
            .map(|i| KEYS[i].to_owned())
    }
    /// The bank key behind a shown label.
    pub fn key_of(&self, label: &str) -> Option<&str> {
        KEYS.iter()
            .position(|k| *k == label)
            .and_then(|i| self.order.get(i))
            .map(String::as_str)
    }
}

/// What the save path needs of an attempt, cached: papers never change. About 1 KB for an
/// 80-question paper (the JSON form, parsed, would be about 20 KB).
#[derive(Clone, Debug)]
pub struct PaperInfo {
    pub learner_id: i32,
    pub deadline: DateTime<Utc>,
    /// By question id.
    slots: Box<[Slot]>,
    /// The bank question at each place of the paper: clients name a paper's questions by
    /// their place (1, 2, …), never by bank id, so no two attempts share question ids.
    by_place: Box<[i32]>,
}

/// One question of a cached paper: its bank keys (single letters) in the shown order.
#[derive(Clone, Copy, Debug)]
pub(super) struct Slot {
    question_id: i32,
    pub(super) multiple: bool,
    pub(super) len: u8,
    order: [u8; KEYS.len()],
}

impl PaperInfo {
    pub(super) fn new(
        learner_id: i32,
        deadline: DateTime<Utc>,
        paper: &[PaperEntry],
    ) -> AppResult<PaperInfo> {
        let mut slots = Vec::with_capacity(paper.len());
        for e in paper {
            let mut order = [0u8; KEYS.len()];
            if e.order.len() > order.len() {
                return Err(AppError::internal(format!(
                    "question {}: too many options",
                    e.question_id
                )));
            }
            for (i, key) in e.order.iter().enumerate() {
                match key.as_bytes() {
                    [b] if b.is_ascii_uppercase() => order[i] = *b,
                    _ => {
                        return Err(AppError::internal(format!(
                            "question {}: option key {key}",
                            e.question_id
                        )));
                    }
                }
            }
            slots.push(Slot {
                question_id: e.question_id,
                multiple: e.question_type == QuestionType::Multiple,
                len: e.order.len() as u8,
                order,
            });
        }
        let by_place = slots.iter().map(|s| s.question_id).collect();
        slots.sort_by_key(|s| s.question_id);
        Ok(PaperInfo {
            learner_id,
            deadline,
            slots: slots.into_boxed_slice(),
            by_place,
        })
    }

    /// The bank question at a place of the paper (1-based).
    pub(super) fn question_at(&self, place: i32) -> Option<i32> {
        usize::try_from(place)
            .ok()
            .and_then(|p| p.checked_sub(1))
            .and_then(|i| self.by_place.get(i).copied())
    }

    pub(super) fn slot(&self, question_id: i32) -> Option<&Slot> {
        self.slots
            .binary_search_by_key(&question_id, |s| s.question_id)
            .ok()
            .map(|i| &self.slots[i])
    }
}

impl Slot {
    /// The bank key behind a shown label.
    pub(super) fn key_of(&self, label: &str) -> Option<char> {
        KEYS.iter()
            .position(|k| *k == label)
            .filter(|i| *i < self.len as usize)
            .map(|i| self.order[i] as char)
    }
}

/// A bounded cache of papers by attempt id, and the campaigns' banks papers are drawn from.
#[derive(Default)]
pub struct PaperCache {
    papers: Mutex<HashMap<i32, Arc<PaperInfo>>>,
    pub(super) banks: BankCache,
}

impl PaperCache {
    const CAPACITY: usize = 100_000;

    fn get(&self, attempt_id: i32) -> Option<Arc<PaperInfo>> {
        self.papers.lock().ok().and_then(|m| m.get(&attempt_id).cloned())
    }
    fn insert(&self, attempt_id: i32, info: Arc<PaperInfo>) {
        if let Ok(mut m) = self.papers.lock() {
            if m.len() >= Self::CAPACITY {
                m.clear();
            }
            m.insert(attempt_id, info);
        }
    }
}

pub fn paper_of(a: &exam_attempt::Model) -> AppResult<Vec<PaperEntry>> {
    serde_json::from_str(&a.paper).map_err(|e| AppError::internal(format!("attempt {} paper: {e}", a.id)))
}

/// Draws a paper by the blueprint: random questions of each type, shuffled, options shuffled
/// (true/false keeps 正确 before 错误). The bank comes from replica memory, checked against
/// the campaign's stamp (`bank_cache`): a start reads no question row (a start must stay
/// cheap when a whole unit starts at once).
pub(super) async fn draw_paper(ctx: &ExamContext<'_>, c: &campaign::Model) -> AppResult<Vec<PaperEntry>> {
    let bank = ctx.papers.banks.bank(ctx.db, c).await?;
    let mut rng = rand::rng();
    let mut paper = Vec::new();
    for part in campaigns::blueprint_of(c)? {
        let pool = bank.pool(part.question_type);
        if (pool.len() as i32) < part.count {
            return Err(AppError::new(
                Code::NotEligible,
                "题库题量不足，暂时无法组卷，请联系管理员",
            ));
        }
        for id in pool.choose_multiple(&mut rng, part.count as usize) {
            let q = bank
                .question(*id)
                .ok_or_else(|| AppError::internal(format!("question {id} missing from its bank")))?;
            let mut order: Vec<String> = q.keys.chars().map(String::from).collect();
            if part.question_type != QuestionType::TrueFalse {
                order.shuffle(&mut rng);
            }
            paper.push(PaperEntry {
                question_id: *id,
                question_type: part.question_type,
                order,
                points: part.points_each,
            });
        }
    }
    paper.shuffle(&mut rng);
    Ok(paper)
}

pub(super) async fn paper_info(ctx: &ExamContext<'_>, attempt_id: i32) -> AppResult<Arc<PaperInfo>> {
    if let Some(info) = ctx.papers.get(attempt_id) {
        return Ok(info);
    }
    let a = exam_attempt::Entity::find_by_id(attempt_id)
        .one(ctx.db)
        .await?
        .ok_or_else(AppError::not_found)?;
    let info = Arc::new(PaperInfo::new(a.learner_id, a.deadline, &paper_of(&a)?)?);
    ctx.papers.insert(attempt_id, info.clone());
    Ok(info)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(question_id: i32, question_type: QuestionType, order: &[&str]) -> PaperEntry {
        PaperEntry {
            question_id,
            question_type,
            order: order.iter().map(|k| (*k).to_owned()).collect(),
            points: 1,
        }
    }

    #[test]
    fn the_cached_paper_maps_shown_labels_to_bank_keys() {
        let paper = [
            entry(9, QuestionType::Multiple, &["C", "A", "D", "B"]),
            entry(3, QuestionType::Single, &["B", "A", "C", "D"]),
            entry(5, QuestionType::TrueFalse, &["A", "B"]),
        ];
        let info = PaperInfo::new(1, crate::infra::clock::now(), &paper).unwrap();
        let multiple = info.slot(9).unwrap();
        assert!(multiple.multiple);
        assert_eq!(multiple.len, 4);
        assert_eq!(multiple.key_of("A"), Some('C'));
        assert_eq!(multiple.key_of("D"), Some('B'));
        assert_eq!(multiple.key_of("E"), None, "only as many labels as options");
        assert_eq!(info.slot(3).unwrap().key_of("A"), Some('B'));
        assert_eq!(info.slot(5).unwrap().key_of("C"), None);
        assert!(!info.slot(5).unwrap().multiple);
        assert!(info.slot(4).is_none());
    }

    #[test]
    fn a_paper_with_keys_the_cache_cannot_hold_is_refused() {
        assert!(
            PaperInfo::new(
                1,
                crate::infra::clock::now(),
                &[entry(1, QuestionType::Single, &["AA", "B"])]
            )
            .is_err()
        );
        let seven = ["A", "B", "C", "D", "E", "F", "G"];
        let info = PaperInfo::new(
            1,
            crate::infra::clock::now(),
            &[entry(1, QuestionType::Multiple, &seven)],
        )
        .unwrap();
        assert_eq!(info.slot(1).unwrap().key_of("G"), Some('G'));
        let eight = ["A", "B", "C", "D", "E", "F", "G", "H"];
        assert!(
            PaperInfo::new(
                1,
                crate::infra::clock::now(),
                &[entry(1, QuestionType::Multiple, &eight)]
            )
            .is_err()
        );
    }
}
