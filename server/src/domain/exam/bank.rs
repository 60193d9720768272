//! The question bank (题库): questions as the province office writes them, their import from a
//! spreadsheet, edits and withdrawals, and the check that a bank can fill the blueprint.

use std::collections::{HashMap, HashSet};

use entity::{campaign, question};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveEnum, ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};
use sha2::{Digest, Sha256};

use super::bank_cache::bank_changed;
use super::question::KEYS;
pub use super::question::{QuestionOption, options_of};
use crate::domain::campaign::{self as campaigns, QuestionType};
use crate::domain::paging::{self, Page, PageOf};
use crate::domain::report::{ImportReport, RowError};
use crate::error::{AppError, AppResult};
use crate::formats::sheet::{Column, SheetFile};
use crate::scope::Actor;

fn type_from_word(word: &str) -> Option<QuestionType> {
    match word.trim().to_ascii_uppercase().replace([' ', '-'], "_").as_str() {
        "单选" | "单选题" | "SINGLE" => Some(QuestionType::Single),
        "多选" | "多选题" | "MULTIPLE" => Some(QuestionType::Multiple),
        "判断" | "判断题" | "TRUE_FALSE" | "TRUEFALSE" => Some(QuestionType::TrueFalse),
        _ => None,
    }
}

/// A question as the province office writes it.
#[derive(Clone, Debug)]
pub struct QuestionDraft {
    pub question_type: QuestionType,
    pub stem: String,
    pub options: Vec<QuestionOption>,
    /// Option keys, e.g. "ACD"; for true/false "A" (正确) or "B" (错误).
    pub answer: String,
    pub explanation: String,
    pub law_source: String,
}

/// Reads an answer as people write it: "ACD", "A,C,D", "A、C", "正确", "×".
fn normalize_answer(raw: &str, question_type: QuestionType) -> String {
    let trimmed = raw.trim();
    if question_type == QuestionType::TrueFalse {
        match trimmed.to_ascii_uppercase().as_str() {
            "正确" | "对" | "是" | "√" | "T" | "TRUE" | "Y" => return "A".into(),
            "错误" | "错" | "否" | "×" | "F" | "FALSE" | "N" => return "B".into(),
            _ => {}
        }
    }
    let mut keys: Vec<char> = trimmed
        .to_ascii_uppercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys.into_iter().collect()
}

impl QuestionDraft {
    /// A question from its option texts in order (A, B, …): the one way both the spreadsheet
    /// import and `updateQuestion` build a question, so that neither drops an option the
    /// other keeps. More texts than [`KEYS`] is refused, never cut short; empty texts are
    /// left for [`QuestionDraft::validate`] (an option left out in the middle is refused).
    pub fn new(
        question_type: QuestionType,
        stem: String,
        option_texts: Vec<String>,
        answer: String,
        explanation: String,
        law_source: String,
    ) -> AppResult<QuestionDraft> {
        if option_texts.len() > KEYS.len() {
            return Err(AppError::bad_input(format!(
                "选项最多 {} 个（A 至 {}），现有 {} 个",
                KEYS.len(),
                KEYS[KEYS.len() - 1],
                option_texts.len()
            )));
        }
        let options = KEYS
            .iter()
            .zip(option_texts)
            .map(|(key, text)| QuestionOption {
                key: (*key).to_owned(),
                text,
            })
            .collect();
        Ok(QuestionDraft {
            question_type,
            stem,
            options,
            answer,
            explanation,
            law_source,
        })
    }

    /// Checks the question and normalises it: true/false questions get their two options.
    pub fn validate(mut self) -> AppResult<QuestionDraft> {
        self.stem = self.stem.trim().to_owned();
        if self.stem.is_empty() || self.stem.chars().count() > 2000 {
            return Err(AppError::bad_input("题干不能为空，且不超过 2000 字"));
        }
        // Blank cells are no options: a true/false row of the sheet leaves A to G empty
        // and gets its two options below.
        self.options.retain(|o| !o.text.trim().is_empty());
        if self.question_type == QuestionType::TrueFalse && self.options.is_empty() {
            self.options = vec![
                QuestionOption {
                    key: "A".into(),
                    text: "正确".into(),
                },
                QuestionOption {
                    key: "B".into(),
                    text: "错误".into(),
                },
            ];
        }
        let expected = match self.question_type {
            QuestionType::TrueFalse => 2..=2,
            _ => 2..=KEYS.len(),
        };
        if !expected.contains(&self.options.len()) {
            return Err(AppError::bad_input(match self.question_type {
                QuestionType::TrueFalse => "判断题应有两个选项（正确、错误）".to_owned(),
                _ => format!(
                    "选择题应有 2 至 {} 个选项，现有 {} 个",
                    KEYS.len(),
                    self.options.len()
                ),
            }));
        }
        for (i, o) in self.options.iter().enumerate() {
            if o.key != KEYS[i] {
                return Err(AppError::bad_input("选项须从 A 起连续填写，中间不能空缺"));
            }
        }
        self.answer = normalize_answer(&self.answer, self.question_type);
        let valid_keys: HashSet<char> = self.options.iter().filter_map(|o| o.key.chars().next()).collect();
        if self.answer.is_empty() || !self.answer.chars().all(|c| valid_keys.contains(&c)) {
            return Err(AppError::bad_input(format!("答案“{}”不在选项之中", self.answer)));
        }
        let n = self.answer.chars().count();
        match self.question_type {
            QuestionType::Single | QuestionType::TrueFalse if n != 1 => {
                return Err(AppError::bad_input("单选题和判断题只能有一个正确答案"));
            }
            QuestionType::Multiple if n < 2 => return Err(AppError::bad_input("多选题至少要有两个正确答案")),
            _ => {}
        }
        Ok(self)
    }

    fn fingerprint(&self) -> String {
        hex::encode(Sha256::digest(
            format!("{}\n{}", self.question_type.to_value(), self.stem).as_bytes(),
        ))
    }
}

/// What a caller who may not manage the bank is told.
const MANAGES_BANK: &str = "管理题库（仅限省级管理员）";

/// A column the sheet must have.
const fn required(key: &'static str, headers: &'static [&'static str]) -> Column {
    Column {
        key,
        headers,
        required: true,
    }
}

/// A column the sheet may leave out.
const fn optional(key: &'static str, headers: &'static [&'static str]) -> Column {
    Column {
        key,
        headers,
        required: false,
    }
}

pub const QUESTION_COLUMNS: &[Column] = &[
    required("type", &["题型", "type"]),
    required("stem", &["题干", "stem"]),
    optional("A", &["选项A", "optionA", "A"]),
    optional("B", &["选项B", "optionB", "B"]),
    optional("C", &["选项C", "optionC", "C"]),
    optional("D", &["选项D", "optionD", "D"]),
    optional("E", &["选项E", "optionE", "E"]),
    optional("F", &["选项F", "optionF", "F"]),
    optional("G", &["选项G", "optionG", "G"]),
    required("answer", &["答案", "answer"]),
    optional("explanation", &["解析", "explanation"]),
    optional("law", &["法律依据", "lawSource", "law"]),
];

/// Imports questions from a spreadsheet; a question with the same type and stem is updated,
/// so the same file twice changes nothing.
pub async fn import_questions(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    file: SheetFile,
    dry_run: bool,
) -> AppResult<ImportReport> {
    let c = campaigns::find_managed(db, actor, campaign_id, MANAGES_BANK).await?;
    let table = file.read(QUESTION_COLUMNS).await?;
    let mut report = ImportReport {
        dry_run,
        ..Default::default()
    };
    let mut drafts = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for row in &table.rows {
        let get = |k: &str| row.cells.get(k).map(|s| s.trim().to_owned()).unwrap_or_default();
        let Some(question_type) = type_from_word(&get("type")) else {
            report.errors.push(RowError {
                row: row.number,
                message: format!("题型“{}”无法识别，应为 单选、多选 或 判断", get("type")),
            });
            continue;
        };
        let draft = QuestionDraft::new(
            question_type,
            get("stem"),
            KEYS.iter().map(|k| get(k)).collect(),
            get("answer"),
            get("explanation"),
            get("law"),
        );
        match draft.and_then(QuestionDraft::validate) {
            Ok(d) => {
                let fp = d.fingerprint();
                if let Some(first) = seen.get(&fp) {
                    report.errors.push(RowError {
                        row: row.number,
                        message: format!("与第 {first} 行是同一道题"),
                    });
                } else {
                    seen.insert(fp, row.number);
                    drafts.push(d);
                }
            }
            Err(e) => report.errors.push(RowError {
                row: row.number,
                message: e.public_message().to_owned(),
            }),
        }
    }
    let txn = db.begin().await?;
    for d in &drafts {
        match upsert_question(&txn, &c, d).await? {
            Upserted::Created => report.created += 1,
            Upserted::Updated => report.updated += 1,
            Upserted::Unchanged => report.unchanged += 1,
        }
    }
    if dry_run || !report.errors.is_empty() {
        txn.rollback().await?;
        return Ok(report);
    }
    if report.created + report.updated > 0 {
        bank_changed(&txn, c.id).await?;
    }
    txn.commit().await?;
    report.written = report.created + report.updated > 0;
    Ok(report)
}

enum Upserted {
    Created,
    Updated,
    Unchanged,
}

async fn upsert_question<C: ConnectionTrait>(
    db: &C,
    c: &campaign::Model,
    d: &QuestionDraft,
) -> AppResult<Upserted> {
    let options = serde_json::to_string(&d.options).map_err(AppError::internal)?;
    let fingerprint = d.fingerprint();
    let existing = question::Entity::find()
        .filter(question::Column::CampaignId.eq(c.id))
        .filter(question::Column::Fingerprint.eq(fingerprint.as_str()))
        .one(db)
        .await?;
    let now = crate::infra::clock::now();
    match existing {
        None => {
            question::ActiveModel {
                campaign_id: Set(c.id),
                question_type: Set(d.question_type),
                stem: Set(d.stem.clone()),
                options: Set(options),
                answer: Set(d.answer.clone()),
                explanation: Set(d.explanation.clone()),
                law_source: Set(d.law_source.clone()),
                fingerprint: Set(fingerprint),
                withdrawn: Set(false),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
            Ok(Upserted::Created)
        }
        Some(q)
            if q.options == options
                && q.answer == d.answer
                && q.explanation == d.explanation
                && q.law_source == d.law_source =>
        {
            Ok(Upserted::Unchanged)
        }
        Some(q) => {
            let mut active: question::ActiveModel = q.into();
            active.options = Set(options);
            active.answer = Set(d.answer.clone());
            active.explanation = Set(d.explanation.clone());
            active.law_source = Set(d.law_source.clone());
            active.updated_at = Set(now);
            active.update(db).await?;
            Ok(Upserted::Updated)
        }
    }
}

/// Creates questions for a campaign without a caller (demo data).
pub async fn seed_question<C: ConnectionTrait>(
    db: &C,
    c: &campaign::Model,
    d: QuestionDraft,
) -> AppResult<()> {
    match upsert_question(db, c, &d.validate()?).await? {
        Upserted::Unchanged => Ok(()),
        Upserted::Created | Upserted::Updated => bank_changed(db, c.id).await,
    }
}

/// The bank, with answers: the province office only.
pub async fn bank(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
) -> AppResult<Vec<question::Model>> {
    let c = campaigns::find_managed(db, actor, campaign_id, MANAGES_BANK).await?;
    Ok(question::Entity::find()
        .filter(question::Column::CampaignId.eq(c.id))
        .order_by_asc(question::Column::Id)
        .all(db)
        .await?)
}

/// One page of the bank for the console (province office), by id: questions whose stem or law
/// contains `search`, only the withdrawn (or only the drawable) ones when `withdrawn` is given.
pub async fn bank_page(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    search: Option<&str>,
    withdrawn: Option<bool>,
    page: Page,
) -> AppResult<PageOf<question::Model>> {
    let c = campaigns::find_managed(db, actor, campaign_id, MANAGES_BANK).await?;
    let mut base = question::Entity::find().filter(question::Column::CampaignId.eq(c.id));
    if let Some(text) = paging::search_text(search) {
        base = base.filter(
            Condition::any()
                .add(Expr::col(question::Column::Stem).like(paging::contains_pattern(text)))
                .add(Expr::col(question::Column::LawSource).like(paging::contains_pattern(text))),
        );
    }
    if let Some(withdrawn) = withdrawn {
        base = base.filter(question::Column::Withdrawn.eq(withdrawn));
    }
    let total_count = base.clone().count(db).await?;
    let mut query = base;
    if let Some(after) = page.after_id {
        query = query.filter(question::Column::Id.gt(after));
    }
    let rows = query
        .order_by_asc(question::Column::Id)
        .limit(page.first + 1)
        .all(db)
        .await?;
    Ok(PageOf::from_rows(rows, page, total_count))
}

pub(crate) async fn question_for_bank(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> AppResult<question::Model> {
    let q = question::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    campaigns::find_managed(db, actor, q.campaign_id, MANAGES_BANK).await?;
    Ok(q)
}

/// Replaces a question's text, options and answer. Attempts already submitted keep their
/// grades; papers drawn before see the new text.
pub async fn update_question(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    draft: QuestionDraft,
) -> AppResult<question::Model> {
    let q = question_for_bank(db, actor, id).await?;
    let d = draft.validate()?;
    let campaign_id = q.campaign_id;
    let mut active: question::ActiveModel = q.into();
    active.question_type = Set(d.question_type);
    active.stem = Set(d.stem.clone());
    active.options = Set(serde_json::to_string(&d.options).map_err(AppError::internal)?);
    active.answer = Set(d.answer.clone());
    active.explanation = Set(d.explanation.clone());
    active.law_source = Set(d.law_source.clone());
    active.fingerprint = Set(d.fingerprint());
    store_question(db, campaign_id, active).await
}

pub async fn set_question_withdrawn(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    withdrawn: bool,
) -> AppResult<question::Model> {
    let q = question_for_bank(db, actor, id).await?;
    let campaign_id = q.campaign_id;
    let mut active: question::ActiveModel = q.into();
    active.withdrawn = Set(withdrawn);
    store_question(db, campaign_id, active).await
}

/// Writes a changed question in one transaction with the bank's stamp: once this is
/// acknowledged, no replica draws the old version (or a withdrawn question).
async fn store_question(
    db: &DatabaseConnection,
    campaign_id: i32,
    mut active: question::ActiveModel,
) -> AppResult<question::Model> {
    active.updated_at = Set(crate::infra::clock::now());
    let txn = db.begin().await?;
    let updated = active.update(&txn).await?;
    bank_changed(&txn, campaign_id).await?;
    txn.commit().await?;
    Ok(updated)
}

/// Refuses a bank too small for the blueprint (checked when sessions are scheduled, so the
/// window never opens on a bank that cannot fill a paper).
pub(super) async fn check_bank<C: ConnectionTrait>(db: &C, c: &campaign::Model) -> AppResult<()> {
    for part in campaigns::blueprint_of(c)? {
        let available = question::Entity::find()
            .filter(question::Column::CampaignId.eq(c.id))
            .filter(question::Column::QuestionType.eq(part.question_type))
            .filter(question::Column::Withdrawn.eq(false))
            .filter(question::Column::Practice.eq(false))
            .count(db)
            .await?;
        if (available as i32) < part.count {
            return Err(AppError::bad_input(format!(
                "题库中{}只有 {available} 道，少于试卷所需的 {} 道；请先补充题库",
                type_label(part.question_type),
                part.count
            )));
        }
    }
    Ok(())
}

fn type_label(t: QuestionType) -> &'static str {
    match t {
        QuestionType::Single => "单选题",
        QuestionType::Multiple => "多选题",
        QuestionType::TrueFalse => "判断题",
    }
}
