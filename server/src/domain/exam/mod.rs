//! The exam: the question bank, sessions and exam-centre seats, live attempts that never lose
//! an acknowledged answer, grading and automatic submission.
//!
//! An attempt's paper and deadline are written to the database when it starts. Answers go to
//! the live store (Redis on production) and, from there, to the database: through a stream
//! drained in batches within about a second (write-behind), or before the acknowledgement
//! (the in-process store, and the `sync` comparison mode). Submission, by the learner or by
//! the sweeper at the deadline, is one conditional update from LIVE to SUBMITTED inside the
//! transaction that stores the answers, so it happens exactly once whichever replica gets
//! there first.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use entity::{
    attempt_answer, campaign, exam_attempt, exam_session, exemption, learner, question, seat_booking, unit,
};
use rand::seq::{IndexedRandom, SliceRandom};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::clock;
use crate::config::AnswerWrites;
use crate::domain::campaign::{self as campaigns, QuestionType, ReviewMode};
use crate::domain::import::{ImportReport, RowError};
use crate::domain::{org, roster, study};
use crate::error::{AppError, AppResult, Code};
use crate::live::{AnswerRecord, CallerCheck, LiveAttempt, LiveStore, SaveOutcome, UNSEQUENCED};
use crate::scope::{self, Actor, Role};
use crate::sheet::{self, Column};

// ---------------------------------------------------------------- question bank

pub fn type_str(t: QuestionType) -> &'static str {
    match t {
        QuestionType::Single => "SINGLE",
        QuestionType::Multiple => "MULTIPLE",
        QuestionType::TrueFalse => "TRUE_FALSE",
    }
}

pub fn parse_type(s: &str) -> Option<QuestionType> {
    [
        QuestionType::Single,
        QuestionType::Multiple,
        QuestionType::TrueFalse,
    ]
    .into_iter()
    .find(|t| type_str(*t) == s)
}

fn type_from_word(word: &str) -> Option<QuestionType> {
    match word.trim().to_ascii_uppercase().replace([' ', '-'], "_").as_str() {
        "单选" | "单选题" | "SINGLE" => Some(QuestionType::Single),
        "多选" | "多选题" | "MULTIPLE" => Some(QuestionType::Multiple),
        "判断" | "判断题" | "TRUE_FALSE" | "TRUEFALSE" => Some(QuestionType::TrueFalse),
        _ => None,
    }
}

/// An option of a question, with the bank's key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionOption {
    pub key: String,
    pub text: String,
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

const KEYS: [&str; 6] = ["A", "B", "C", "D", "E", "F"];

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
    /// Checks the question and normalises it: true/false questions get their two options.
    pub fn validate(mut self) -> AppResult<QuestionDraft> {
        self.stem = self.stem.trim().to_owned();
        if self.stem.is_empty() || self.stem.chars().count() > 2000 {
            return Err(AppError::bad_input("题干不能为空，且不超过 2000 字"));
        }
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
        self.options.retain(|o| !o.text.trim().is_empty());
        let expected = match self.question_type {
            QuestionType::TrueFalse => 2..=2,
            _ => 2..=6,
        };
        if !expected.contains(&self.options.len()) {
            return Err(AppError::bad_input(match self.question_type {
                QuestionType::TrueFalse => "判断题应有两个选项（正确、错误）".to_owned(),
                _ => format!("选择题应有 2 至 6 个选项，现有 {} 个", self.options.len()),
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
            format!("{}\n{}", type_str(self.question_type), self.stem).as_bytes(),
        ))
    }
}

pub fn options_of(q: &question::Model) -> AppResult<Vec<QuestionOption>> {
    parse_options(q.id, &q.options)
}

/// A question's options from their stored JSON.
fn parse_options(question_id: i32, raw: &str) -> AppResult<Vec<QuestionOption>> {
    serde_json::from_str(raw).map_err(|e| AppError::internal(format!("question {question_id} options: {e}")))
}

fn manages_campaign(actor: &Actor, c: &campaign::Model) -> bool {
    actor.may_appoint(Role::ProvinceAdmin, &c.region_path, None)
}

async fn campaign_for_bank(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
) -> AppResult<campaign::Model> {
    let c = campaigns::find(db, actor, campaign_id).await?;
    scope::require(true, manages_campaign(actor, &c), "管理题库（仅限省级管理员）")?;
    Ok(c)
}

pub const QUESTION_COLUMNS: &[Column] = &[
    Column {
        key: "type",
        headers: &["题型", "type"],
        required: true,
    },
    Column {
        key: "stem",
        headers: &["题干", "stem"],
        required: true,
    },
    Column {
        key: "A",
        headers: &["选项A", "optionA", "A"],
        required: false,
    },
    Column {
        key: "B",
        headers: &["选项B", "optionB", "B"],
        required: false,
    },
    Column {
        key: "C",
        headers: &["选项C", "optionC", "C"],
        required: false,
    },
    Column {
        key: "D",
        headers: &["选项D", "optionD", "D"],
        required: false,
    },
    Column {
        key: "E",
        headers: &["选项E", "optionE", "E"],
        required: false,
    },
    Column {
        key: "F",
        headers: &["选项F", "optionF", "F"],
        required: false,
    },
    Column {
        key: "answer",
        headers: &["答案", "answer"],
        required: true,
    },
    Column {
        key: "explanation",
        headers: &["解析", "explanation"],
        required: false,
    },
    Column {
        key: "law",
        headers: &["法律依据", "lawSource", "law"],
        required: false,
    },
];

/// Imports questions from a spreadsheet; a question with the same type and stem is updated,
/// so the same file twice changes nothing.
pub async fn import_questions(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    filename: String,
    bytes: Vec<u8>,
    dry_run: bool,
) -> AppResult<ImportReport> {
    let c = campaign_for_bank(db, actor, campaign_id).await?;
    let table = tokio::task::spawn_blocking(move || sheet::read_table(&filename, &bytes, QUESTION_COLUMNS))
        .await
        .map_err(AppError::internal)?
        .map_err(|e| AppError::bad_input(e.message()))?;
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
        let options = KEYS
            .iter()
            .map(|k| QuestionOption {
                key: (*k).to_owned(),
                text: get(k),
            })
            .filter(|o| !o.text.is_empty())
            .collect();
        let draft = QuestionDraft {
            question_type,
            stem: get("stem"),
            options,
            answer: get("answer"),
            explanation: get("explanation"),
            law_source: get("law"),
        };
        match draft.validate() {
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
    let now = Utc::now();
    match existing {
        None => {
            question::ActiveModel {
                campaign_id: Set(c.id),
                question_type: Set(type_str(d.question_type).to_owned()),
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
    upsert_question(db, c, &d.validate()?).await.map(|_| ())
}

/// The bank, with answers: the province office only.
pub async fn bank(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
) -> AppResult<Vec<question::Model>> {
    let c = campaign_for_bank(db, actor, campaign_id).await?;
    Ok(question::Entity::find()
        .filter(question::Column::CampaignId.eq(c.id))
        .order_by_asc(question::Column::Id)
        .all(db)
        .await?)
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
    campaign_for_bank(db, actor, q.campaign_id).await?;
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
    let mut active: question::ActiveModel = q.into();
    active.question_type = Set(type_str(d.question_type).to_owned());
    active.stem = Set(d.stem.clone());
    active.options = Set(serde_json::to_string(&d.options).map_err(AppError::internal)?);
    active.answer = Set(d.answer.clone());
    active.explanation = Set(d.explanation.clone());
    active.law_source = Set(d.law_source.clone());
    active.fingerprint = Set(d.fingerprint());
    active.updated_at = Set(Utc::now());
    Ok(active.update(db).await?)
}

pub async fn set_question_withdrawn(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    withdrawn: bool,
) -> AppResult<question::Model> {
    let q = question_for_bank(db, actor, id).await?;
    let mut active: question::ActiveModel = q.into();
    active.withdrawn = Set(withdrawn);
    active.updated_at = Set(Utc::now());
    Ok(active.update(db).await?)
}

/// Refuses a bank too small for the blueprint (checked when sessions are scheduled, so the
/// window never opens on a bank that cannot fill a paper).
async fn check_bank<C: ConnectionTrait>(db: &C, c: &campaign::Model) -> AppResult<()> {
    for part in campaigns::blueprint_of(c)? {
        let available = question::Entity::find()
            .filter(question::Column::CampaignId.eq(c.id))
            .filter(question::Column::QuestionType.eq(type_str(part.question_type)))
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

// ---------------------------------------------------------------- sessions and seats

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExamKind {
    Main,
    Makeup,
}

impl ExamKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ExamKind::Main => "MAIN",
            ExamKind::Makeup => "MAKEUP",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "MAIN" => Some(ExamKind::Main),
            "MAKEUP" => Some(ExamKind::Makeup),
            _ => None,
        }
    }
}

/// Refuses a session outside the campaign's window of its kind, or ending before it starts.
pub fn check_window(
    c: &campaign::Model,
    kind: ExamKind,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
) -> AppResult<()> {
    if ends_at <= starts_at {
        return Err(AppError::bad_input("endsAt：结束时间须晚于开始时间"));
    }
    let (start, end, name) = match kind {
        ExamKind::Main => (c.main_start, c.main_end, "统一考试"),
        ExamKind::Makeup => (c.makeup_start, c.makeup_end, "补考"),
    };
    let first = starts_at.with_timezone(&clock::CHINA).date_naive();
    let last = ends_at.with_timezone(&clock::CHINA).date_naive();
    if first < start || last > end {
        return Err(AppError::bad_input(format!(
            "startsAt/endsAt：场次须在{name}时间 {start} 至 {end} 之内"
        )));
    }
    Ok(())
}

/// Where a session takes place: a unit's own room, or an exam centre (考试中心) a city runs
/// with a number of seats.
pub enum SessionPlace<'a> {
    Unit {
        unit_id: i32,
        region_path: &'a str,
    },
    Centre {
        region_path: &'a str,
        name: &'a str,
        seats: i32,
    },
}

/// A new session row, not yet inserted: the one place that fills in a session's columns
/// (scheduling, the demo and the generator all build sessions through it).
pub fn new_session(
    campaign_id: i32,
    kind: ExamKind,
    place: SessionPlace<'_>,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    created_by: i32,
    created_at: DateTime<Utc>,
) -> exam_session::ActiveModel {
    let (unit_id, region_path, centre_name, seats) = match place {
        SessionPlace::Unit { unit_id, region_path } => (Some(unit_id), region_path, None, None),
        SessionPlace::Centre {
            region_path,
            name,
            seats,
        } => (None, region_path, Some(name.to_owned()), Some(seats)),
    };
    exam_session::ActiveModel {
        campaign_id: Set(campaign_id),
        kind: Set(kind.as_str().to_owned()),
        unit_id: Set(unit_id),
        region_path: Set(region_path.to_owned()),
        centre_name: Set(centre_name),
        seats: Set(seats),
        booked: Set(0),
        starts_at: Set(starts_at),
        ends_at: Set(ends_at),
        created_by: Set(created_by),
        created_at: Set(created_at),
        ..Default::default()
    }
}

/// A unit's own session, by its administrator or an office above it.
pub async fn schedule_session(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    unit_id: i32,
    kind: ExamKind,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
) -> AppResult<exam_session::Model> {
    let c = campaigns::find(db, actor, campaign_id).await?;
    let u = org::find_unit(db, actor, unit_id).await?;
    scope::require(true, actor.manages_unit(&u), "为该单位安排考试场次")?;
    if !u.has_internet {
        return Err(AppError::bad_input(
            "该单位无网络条件，请由区委法制办为其学员预约考试中心的座位",
        ));
    }
    check_window(&c, kind, starts_at, ends_at)?;
    check_bank(db, &c).await?;
    let place = SessionPlace::Unit {
        unit_id: u.id,
        region_path: &u.region_path,
    };
    Ok(new_session(
        c.id,
        kind,
        place,
        starts_at,
        ends_at,
        actor.account_id,
        Utc::now(),
    )
    .insert(db)
    .await?)
}

/// An exam-centre session with seats, by a city office (or the province).
#[allow(clippy::too_many_arguments)]
pub async fn create_centre_session(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    region_id: i32,
    centre_name: &str,
    kind: ExamKind,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    seats: i32,
) -> AppResult<exam_session::Model> {
    let c = campaigns::find(db, actor, campaign_id).await?;
    let region = org::find_region(db, actor, region_id).await?;
    if org::level_of(&region)? != scope::Level::City {
        return Err(AppError::bad_input("regionId：考试中心由市级开设，请选择市"));
    }
    scope::require(
        true,
        actor.may_appoint(Role::CityAdmin, &region.path, None),
        "开设考试中心场次（市委法制办）",
    )?;
    let name = centre_name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(AppError::bad_input(
            "centreName：考试中心名称不能为空，且不超过 100 字",
        ));
    }
    if !(1..=10_000).contains(&seats) {
        return Err(AppError::bad_input("seats：座位数应在 1 至 10000 之间"));
    }
    check_window(&c, kind, starts_at, ends_at)?;
    check_bank(db, &c).await?;
    let place = SessionPlace::Centre {
        region_path: &region.path,
        name,
        seats,
    };
    Ok(new_session(
        c.id,
        kind,
        place,
        starts_at,
        ends_at,
        actor.account_id,
        Utc::now(),
    )
    .insert(db)
    .await?)
}

/// Whether the caller can see a session: its unit's administrators and offices, the offices
/// of the city running a centre and below, learners of the unit or with a seat.
async fn sees_session(db: &DatabaseConnection, actor: &Actor, s: &exam_session::Model) -> AppResult<bool> {
    if let Some(unit_id) = s.unit_id {
        if actor.learner.as_ref().is_some_and(|l| l.unit_id == Some(unit_id)) {
            return Ok(true);
        }
        return org::unit_managed(db, actor, unit_id).await;
    }
    if actor
        .region_grants
        .iter()
        .any(|g| scope::within(&g.path, &s.region_path) || scope::within(&s.region_path, &g.path))
    {
        return Ok(true);
    }
    match &actor.learner {
        Some(l) => Ok(seat_booking::Entity::find()
            .filter(seat_booking::Column::SessionId.eq(s.id))
            .filter(seat_booking::Column::LearnerId.eq(l.learner_id))
            .count(db)
            .await?
            > 0),
        None => Ok(false),
    }
}

pub async fn find_session(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<exam_session::Model> {
    let s = exam_session::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    if sees_session(db, actor, &s).await? {
        Ok(s)
    } else {
        Err(AppError::not_found())
    }
}

/// Books seats for learners of the district office's units without internet. Seats are never
/// overbooked: the count rises in one conditional update, whatever arrives at once.
pub async fn book_seats(
    db: &DatabaseConnection,
    actor: &Actor,
    session_id: i32,
    learner_ids: &[i32],
) -> AppResult<exam_session::Model> {
    let s = find_session(db, actor, session_id).await?;
    let Some(seats) = s.seats else {
        return Err(AppError::bad_input("这不是考试中心的场次，无需预约座位"));
    };
    if learner_ids.is_empty() || learner_ids.len() > 1000 {
        return Err(AppError::bad_input("learnerIds：一次预约 1 至 1000 名学员"));
    }
    let mut wanted: Vec<i32> = learner_ids.to_vec();
    wanted.sort_unstable();
    wanted.dedup();
    for id in &wanted {
        let l = roster::find_learner(db, actor, *id).await?;
        let u = roster::unit_of(db, &l).await?.ok_or_else(AppError::not_found)?;
        if !actor.is_office_over(&u.region_path) {
            return Err(AppError::forbidden("考试中心座位由区委法制办（或以上）预约"));
        }
        if !scope::within(&u.region_path, &s.region_path) {
            return Err(AppError::bad_input(format!(
                "{} 所在单位不在该考试中心所属的市",
                l.name
            )));
        }
        if u.has_internet {
            return Err(AppError::bad_input(format!(
                "{} 所在单位有网络条件，应在本单位参加考试",
                l.name
            )));
        }
    }
    let txn = db.begin().await?;
    let already: HashSet<i32> = seat_booking::Entity::find()
        .filter(seat_booking::Column::SessionId.eq(s.id))
        .filter(seat_booking::Column::LearnerId.is_in(wanted.iter().copied()))
        .all(&txn)
        .await?
        .into_iter()
        .map(|b| b.learner_id)
        .collect();
    let new: Vec<i32> = wanted.into_iter().filter(|id| !already.contains(id)).collect();
    crate::domain::exam_schedule::check_one_seat_per_window(&txn, &s, &new).await?;
    if !new.is_empty() {
        let n = new.len() as i32;
        let claimed = exam_session::Entity::update_many()
            .col_expr(
                exam_session::Column::Booked,
                ExprTrait::add(Expr::col(exam_session::Column::Booked), n),
            )
            .filter(exam_session::Column::Id.eq(s.id))
            .filter(ExprTrait::lte(
                ExprTrait::add(Expr::col(exam_session::Column::Booked), n),
                seats,
            ))
            .exec(&txn)
            .await?;
        if claimed.rows_affected != 1 {
            let current = exam_session::Entity::find_by_id(s.id)
                .one(&txn)
                .await?
                .map(|x| x.booked)
                .unwrap_or(seats);
            return Err(AppError::conflict(format!(
                "座位不足：该场次共 {seats} 座，剩余 {} 座，本次需要 {n} 座",
                Ord::max(seats - current, 0)
            )));
        }
        let now = Utc::now();
        let rows: Vec<seat_booking::ActiveModel> = new
            .iter()
            .map(|id| seat_booking::ActiveModel {
                session_id: Set(s.id),
                learner_id: Set(*id),
                booked_by: Set(actor.account_id),
                booked_at: Set(now),
                ..Default::default()
            })
            .collect();
        seat_booking::Entity::insert_many(rows)
            .exec_without_returning(&txn)
            .await?;
    }
    txn.commit().await?;
    exam_session::Entity::find_by_id(s.id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)
}

/// Sessions a caller may sit or administer: a learner's unit sessions and booked centre
/// sessions; for administrators, a unit's sessions (and the centres of its city).
pub async fn sessions(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    unit_id: Option<i32>,
) -> AppResult<Vec<exam_session::Model>> {
    let c = campaigns::find(db, actor, campaign_id).await?;
    let base = exam_session::Entity::find().filter(exam_session::Column::CampaignId.eq(c.id));
    let rows = match unit_id {
        Some(id) => {
            let u = org::find_unit(db, actor, id).await?;
            let city = &u.region_path[..u.region_path.len().min(12)];
            base.filter(
                sea_orm::Condition::any()
                    .add(exam_session::Column::UnitId.eq(u.id))
                    .add(
                        sea_orm::Condition::all()
                            .add(exam_session::Column::UnitId.is_null())
                            .add(exam_session::Column::RegionPath.eq(city)),
                    ),
            )
            .order_by_asc(exam_session::Column::StartsAt)
            .all(db)
            .await?
        }
        None => {
            let Some(own) = &actor.learner else {
                return Ok(Vec::new());
            };
            let booked: Vec<i32> = seat_booking::Entity::find()
                .filter(seat_booking::Column::LearnerId.eq(own.learner_id))
                .all(db)
                .await?
                .into_iter()
                .map(|b| b.session_id)
                .collect();
            let mut any = sea_orm::Condition::any().add(exam_session::Column::Id.is_in(booked));
            if let Some(unit) = own.unit_id {
                any = any.add(exam_session::Column::UnitId.eq(unit));
            }
            base.filter(any)
                .order_by_asc(exam_session::Column::StartsAt)
                .all(db)
                .await?
        }
    };
    Ok(rows)
}

// ---------------------------------------------------------------- papers

/// One drawn question: the bank's id and type, and its options' keys in the shown order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperEntry {
    #[serde(rename = "q")]
    pub question_id: i32,
    #[serde(rename = "t")]
    pub question_type: String,
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
struct Slot {
    question_id: i32,
    multiple: bool,
    len: u8,
    order: [u8; 6],
}

impl PaperInfo {
    fn new(learner_id: i32, deadline: DateTime<Utc>, paper: &[PaperEntry]) -> AppResult<PaperInfo> {
        let mut slots = Vec::with_capacity(paper.len());
        for e in paper {
            let mut order = [0u8; 6];
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
                multiple: e.question_type == "MULTIPLE",
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
    fn question_at(&self, place: i32) -> Option<i32> {
        usize::try_from(place)
            .ok()
            .and_then(|p| p.checked_sub(1))
            .and_then(|i| self.by_place.get(i).copied())
    }

    fn slot(&self, question_id: i32) -> Option<&Slot> {
        self.slots
            .binary_search_by_key(&question_id, |s| s.question_id)
            .ok()
            .map(|i| &self.slots[i])
    }
}

impl Slot {
    /// The bank key behind a shown label.
    fn key_of(&self, label: &str) -> Option<char> {
        KEYS.iter()
            .position(|k| *k == label)
            .filter(|i| *i < self.len as usize)
            .map(|i| self.order[i] as char)
    }
}

/// A bounded cache of papers by attempt id.
#[derive(Default)]
pub struct PaperCache {
    papers: Mutex<HashMap<i32, Arc<PaperInfo>>>,
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
/// (true/false keeps 正确 before 错误). Only the bank's ids are read to choose; the options of
/// the chosen questions are read afterwards, in one query (a start must stay cheap when a
/// whole unit starts at once).
async fn draw_paper<C: ConnectionTrait>(db: &C, c: &campaign::Model) -> AppResult<Vec<PaperEntry>> {
    let mut chosen: Vec<(i32, QuestionType, i32)> = Vec::new();
    for part in campaigns::blueprint_of(c)? {
        let pool: Vec<i32> = question::Entity::find()
            .select_only()
            .column(question::Column::Id)
            .filter(question::Column::CampaignId.eq(c.id))
            .filter(question::Column::QuestionType.eq(type_str(part.question_type)))
            .filter(question::Column::Withdrawn.eq(false))
            .filter(question::Column::Practice.eq(false))
            .into_tuple()
            .all(db)
            .await?;
        if (pool.len() as i32) < part.count {
            return Err(AppError::new(
                Code::NotEligible,
                "题库题量不足，暂时无法组卷，请联系管理员",
            ));
        }
        chosen.extend(
            pool.choose_multiple(&mut rand::rng(), part.count as usize)
                .map(|id| (*id, part.question_type, part.points_each)),
        );
    }
    let options: HashMap<i32, String> = question::Entity::find()
        .select_only()
        .column(question::Column::Id)
        .column(question::Column::Options)
        .filter(question::Column::Id.is_in(chosen.iter().map(|(id, _, _)| *id)))
        .into_tuple::<(i32, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut rng = rand::rng();
    let mut paper = Vec::with_capacity(chosen.len());
    for (id, question_type, points) in chosen {
        let raw = options
            .get(&id)
            .ok_or_else(|| AppError::internal(format!("question {id} vanished while drawing a paper")))?;
        let mut order: Vec<String> = parse_options(id, raw)?.into_iter().map(|o| o.key).collect();
        if question_type != QuestionType::TrueFalse {
            order.shuffle(&mut rng);
        }
        paper.push(PaperEntry {
            question_id: id,
            question_type: type_str(question_type).to_owned(),
            order,
            points,
        });
    }
    paper.shuffle(&mut rng);
    Ok(paper)
}

// ---------------------------------------------------------------- attempts

/// Everything the exam path needs besides the caller.
pub struct ExamContext<'a> {
    pub db: &'a DatabaseConnection,
    pub live: &'a dyn LiveStore,
    pub papers: &'a PaperCache,
    pub writes: AnswerWrites,
}

fn now_ms() -> i64 {
    Utc::now().timestamp_millis()
}

fn live_of(a: &exam_attempt::Model, grace_seconds: i32) -> LiveAttempt {
    LiveAttempt {
        attempt_id: a.id,
        learner_id: a.learner_id,
        device: if a.status == "LIVE" {
            a.device.clone()
        } else {
            String::new()
        },
        closes_at_ms: (a.deadline + Duration::seconds(i64::from(grace_seconds))).timestamp_millis(),
    }
}

async fn grace_of<C: ConnectionTrait>(db: &C, campaign_id: i32) -> AppResult<i32> {
    Ok(campaign::Entity::find_by_id(campaign_id)
        .one(db)
        .await?
        .map(|c| c.answer_grace_seconds)
        .unwrap_or(0))
}

fn own_learner(actor: &Actor) -> AppResult<i32> {
    actor
        .learner
        .as_ref()
        .map(|l| l.learner_id)
        .ok_or_else(|| AppError::forbidden("只有学员可以参加考试"))
}

/// Starts an attempt in a session, or resumes the live one (taking it over on this device).
pub async fn start(
    ctx: &ExamContext<'_>,
    actor: &Actor,
    device: &str,
    session_id: i32,
) -> AppResult<exam_attempt::Model> {
    let learner_id = own_learner(actor)?;
    let s = find_session(ctx.db, actor, session_id).await?;
    let c = campaigns::find(ctx.db, actor, s.campaign_id).await?;
    let kind = ExamKind::parse(&s.kind).ok_or_else(|| AppError::internal("session kind"))?;

    if let Some(live) = live_attempt(ctx.db, learner_id, c.id).await? {
        let grace = Duration::seconds(i64::from(c.answer_grace_seconds));
        if Utc::now() <= live.deadline + grace {
            return take_over(ctx, live, device, c.answer_grace_seconds).await;
        }
        // Past its deadline: submit it now, then judge the new start on its own.
        finalize(ctx, live, true).await?;
    }

    let now = Utc::now();
    if now < s.starts_at {
        let at = s.starts_at.with_timezone(&clock::CHINA);
        return Err(AppError::new(
            Code::ExamClosed,
            format!("本场考试尚未开始，开始时间 {}", at.format("%m-%d %H:%M")),
        ));
    }
    if now >= s.ends_at {
        return Err(AppError::new(Code::ExamClosed, "本场考试已经结束"));
    }
    let l = learner::Entity::find_by_id(learner_id)
        .one(ctx.db)
        .await?
        .ok_or_else(AppError::not_found)?;
    if l.status != roster::EmploymentStatus::InService.as_str() {
        return Err(AppError::new(
            Code::NotEligible,
            "您当前不是在职状态，不需参加本年度考试",
        ));
    }
    let exempted = exemption::Entity::find()
        .filter(exemption::Column::CampaignId.eq(c.id))
        .filter(exemption::Column::LearnerId.eq(learner_id))
        .filter(exemption::Column::Status.eq("APPROVED"))
        .count(ctx.db)
        .await?;
    if exempted > 0 {
        return Err(AppError::new(Code::NotEligible, "您本年度已获准免考"));
    }
    let today = clock::today();
    if !study::eligible_on(ctx.db, c.id, learner_id, today).await? {
        return Err(AppError::new(
            Code::NotEligible,
            format!(
                "学法积分须在考试日前一天达到 {} 分，您尚不符合参考条件",
                c.required_points
            ),
        ));
    }
    let submitted = exam_attempt::Entity::find()
        .filter(exam_attempt::Column::LearnerId.eq(learner_id))
        .filter(exam_attempt::Column::CampaignId.eq(c.id))
        .filter(exam_attempt::Column::Status.eq("SUBMITTED"))
        .all(ctx.db)
        .await?;
    let passed_main = submitted
        .iter()
        .any(|a| a.kind == "MAIN" && a.passed == Some(true));
    let used = submitted.iter().filter(|a| a.kind == kind.as_str()).count() as i32;
    match kind {
        ExamKind::Main if used >= c.main_attempts => {
            return Err(AppError::new(
                Code::NotEligible,
                format!("统一考试次数（{} 次）已用完", c.main_attempts),
            ));
        }
        ExamKind::Makeup if passed_main => {
            return Err(AppError::new(Code::NotEligible, "您已通过统一考试，无需补考"));
        }
        ExamKind::Makeup if used >= c.makeup_attempts => {
            return Err(AppError::new(
                Code::NotEligible,
                format!("补考次数（{} 次）已用完", c.makeup_attempts),
            ));
        }
        _ => {}
    }

    let paper = draw_paper(ctx.db, &c).await?;
    let deadline = Ord::min(now + Duration::minutes(i64::from(c.duration_minutes)), s.ends_at);
    let inserted = exam_attempt::ActiveModel {
        campaign_id: Set(c.id),
        session_id: Set(s.id),
        learner_id: Set(learner_id),
        kind: Set(kind.as_str().to_owned()),
        status: Set("LIVE".into()),
        started_at: Set(now),
        deadline: Set(deadline),
        paper: Set(serde_json::to_string(&paper).map_err(AppError::internal)?),
        device: Set(device.to_owned()),
        submitted_at: Set(None),
        auto_submitted: Set(false),
        score: Set(None),
        passed: Set(None),
        ..Default::default()
    }
    .insert(ctx.db)
    .await;
    let attempt = match inserted {
        Ok(a) => a,
        // Started at the same moment on another device: resume that one.
        Err(e) if matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => {
            let live = live_attempt(ctx.db, learner_id, c.id)
                .await?
                .ok_or_else(|| AppError::conflict("请重试"))?;
            return take_over(ctx, live, device, c.answer_grace_seconds).await;
        }
        Err(e) => return Err(e.into()),
    };
    ctx.live
        .put(&live_of(&attempt, c.answer_grace_seconds), &[])
        .await?;
    tracing::info!(attempt = attempt.id, learner = learner_id, "exam started");
    Ok(attempt)
}

async fn live_attempt<C: ConnectionTrait>(
    db: &C,
    learner_id: i32,
    campaign_id: i32,
) -> AppResult<Option<exam_attempt::Model>> {
    Ok(exam_attempt::Entity::find()
        .filter(exam_attempt::Column::LearnerId.eq(learner_id))
        .filter(exam_attempt::Column::CampaignId.eq(campaign_id))
        .filter(exam_attempt::Column::Status.eq("LIVE"))
        .one(db)
        .await?)
}

/// Moves a live attempt to this device; the old device's next save is refused.
async fn take_over(
    ctx: &ExamContext<'_>,
    mut attempt: exam_attempt::Model,
    device: &str,
    grace: i32,
) -> AppResult<exam_attempt::Model> {
    if attempt.device != device {
        exam_attempt::Entity::update_many()
            .col_expr(exam_attempt::Column::Device, Expr::value(device))
            .filter(exam_attempt::Column::Id.eq(attempt.id))
            .filter(exam_attempt::Column::Status.eq("LIVE"))
            .exec(ctx.db)
            .await?;
        attempt.device = device.to_owned();
    }
    ensure_live(ctx, &attempt, grace).await?;
    ctx.live.set_device(attempt.id, device).await?;
    Ok(attempt)
}

/// Puts an attempt back in the live store from the database when the store lost it.
async fn ensure_live(ctx: &ExamContext<'_>, attempt: &exam_attempt::Model, grace: i32) -> AppResult<()> {
    if ctx.live.load(attempt.id).await?.is_some() {
        return Ok(());
    }
    let answers = stored_answers(ctx.db, attempt.id).await?;
    ctx.live.put(&live_of(attempt, grace), &answers).await?;
    tracing::warn!(
        attempt = attempt.id,
        answers = answers.len(),
        "attempt restored into the live store from the database"
    );
    Ok(())
}

async fn stored_answers<C: ConnectionTrait>(db: &C, attempt_id: i32) -> AppResult<Vec<AnswerRecord>> {
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

/// An attempt of the caller's (or, for administrators, of a learner they manage).
pub async fn find_attempt(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<exam_attempt::Model> {
    let a = exam_attempt::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    if actor
        .learner
        .as_ref()
        .is_some_and(|l| l.learner_id == a.learner_id)
    {
        return Ok(a);
    }
    roster::find_learner(db, actor, a.learner_id).await?;
    Ok(a)
}

async fn paper_info(ctx: &ExamContext<'_>, attempt_id: i32) -> AppResult<Arc<PaperInfo>> {
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

/// What became of a save.
pub enum SaveReply {
    Saved(Saved),
    /// The unconfirmed caller it was checked against no longer holds: nothing was stored.
    CallerChanged,
}

impl SaveReply {
    /// The save of a confirmed caller, which the store never answers with `CallerChanged`.
    pub fn confirmed(self) -> AppResult<Saved> {
        match self {
            SaveReply::Saved(saved) => Ok(saved),
            SaveReply::CallerChanged => Err(AppError::internal("an unchecked save found the caller changed")),
        }
    }
}

pub struct Saved {
    /// False when a newer save of the question was already there (it stays).
    pub saved: bool,
    pub at: DateTime<Utc>,
    /// Seconds to the deadline.
    pub remaining_seconds: i64,
}

/// Most options a question has; a save never carries more choices than this.
const MAX_OPTIONS: usize = 10;

/// Saves one answer (autosave). `labels` are the shown option labels; `client_seq`, when the
/// client numbers its saves, decides which of two saves is newer. With `check` (an
/// unconfirmed caller), the live store confirms the caller in the same step as the save.
#[allow(clippy::too_many_arguments)]
pub async fn save_answer(
    ctx: &ExamContext<'_>,
    actor: &Actor,
    device: &str,
    attempt_id: i32,
    place: i32,
    labels: &[String],
    client_seq: Option<i64>,
    check: Option<CallerCheck<'_>>,
) -> AppResult<SaveReply> {
    let learner_id = own_learner(actor)?;
    if client_seq.is_some_and(|s| s < 0) {
        return Err(AppError::bad_input("clientSeq 须为非负整数，且每次保存递增"));
    }
    let info = paper_info(ctx, attempt_id).await?;
    if info.learner_id != learner_id {
        return Err(AppError::not_found());
    }
    let question_id = info
        .question_at(place)
        .ok_or_else(|| AppError::bad_input("该题不在您的试卷中"))?;
    let slot = info
        .slot(question_id)
        .ok_or_else(|| AppError::bad_input("该题不在您的试卷中"))?;
    // More choices than the question has options (at most MAX_OPTIONS) is never an answer.
    if labels.len() > (slot.len as usize).min(MAX_OPTIONS) {
        return Err(AppError::bad_input(format!(
            "所选选项过多：本题只有 {} 个选项",
            slot.len
        )));
    }
    let mut keys = Vec::with_capacity(labels.len());
    for label in labels {
        let key = slot.key_of(label.trim()).ok_or_else(|| {
            // A long label is not echoed back.
            let shown: String = label.chars().take(8).collect();
            let more = if label.chars().count() > 8 { "…" } else { "" };
            AppError::bad_input(format!("选项“{shown}{more}”不存在"))
        })?;
        keys.push(key);
    }
    keys.sort();
    keys.dedup();
    let max = if slot.multiple { slot.len as usize } else { 1 };
    if keys.len() > max {
        return Err(AppError::bad_input("单选题和判断题只能选一个选项"));
    }
    let now = now_ms();
    let record = AnswerRecord {
        attempt_id,
        question_id,
        choices: keys.iter().collect(),
        // Without a client sequence, arrival order decides (see `UNSEQUENCED`).
        seq: client_seq.unwrap_or(UNSEQUENCED),
        saved_at_ms: now,
    };
    let queue = ctx.live.writes_behind() && ctx.writes == AnswerWrites::Behind;
    let mut outcome = ctx
        .live
        .save(&record, learner_id, device, now, queue, check)
        .await?;
    if outcome == SaveOutcome::Missing {
        let a = exam_attempt::Entity::find_by_id(attempt_id)
            .one(ctx.db)
            .await?
            .ok_or_else(AppError::not_found)?;
        ensure_live(ctx, &a, grace_of(ctx.db, a.campaign_id).await?).await?;
        // The caller held a moment ago (the store answered Missing only after checking it).
        outcome = ctx
            .live
            .save(&record, learner_id, device, now, queue, None)
            .await?;
    }
    let remaining_seconds = Ord::max((info.deadline - Utc::now()).num_seconds(), 0);
    match outcome {
        SaveOutcome::Saved(seq) => {
            if !queue {
                let record = AnswerRecord { seq, ..record };
                write_answers(ctx.db, std::slice::from_ref(&record)).await?;
            }
            Ok(SaveReply::Saved(Saved {
                saved: true,
                at: Utc::now(),
                remaining_seconds,
            }))
        }
        SaveOutcome::Stale => Ok(SaveReply::Saved(Saved {
            saved: false,
            at: Utc::now(),
            remaining_seconds,
        })),
        SaveOutcome::OtherDevice => Err(taken_over()),
        SaveOutcome::NotOwner => Err(AppError::not_found()),
        SaveOutcome::CallerChanged => Ok(SaveReply::CallerChanged),
        SaveOutcome::Closed | SaveOutcome::Missing => {
            Err(AppError::new(Code::ExamClosed, "考试已结束或已交卷，答案未保存"))
        }
    }
}

/// The answer to a device the attempt has left.
fn taken_over() -> AppError {
    AppError::conflict("本场考试已在另一台设备上继续作答，此设备不能再保存或交卷；请在新设备上作答")
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

/// Submits the caller's attempt; a second submit returns the same result.
/// Only the device holding the attempt may submit it, exactly as only it may save: a device
/// the attempt was taken over from cannot end the exam being taken on the new one.
pub async fn submit(
    ctx: &ExamContext<'_>,
    actor: &Actor,
    device: &str,
    attempt_id: i32,
) -> AppResult<exam_attempt::Model> {
    let learner_id = own_learner(actor)?;
    let a = exam_attempt::Entity::find_by_id(attempt_id)
        .one(ctx.db)
        .await?
        .ok_or_else(AppError::not_found)?;
    if a.learner_id != learner_id {
        return Err(AppError::not_found());
    }
    if a.status == "SUBMITTED" {
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
    let ids: Vec<i32> = paper.iter().map(|e| e.question_id).collect();
    let bank: HashMap<i32, question::Model> = question::Entity::find()
        .filter(question::Column::Id.is_in(ids))
        .all(ctx.db)
        .await?
        .into_iter()
        .map(|q| (q.id, q))
        .collect();
    let score: i32 = paper
        .iter()
        .filter(|e| {
            let given = answers.get(&e.question_id).map(|(c, _)| c.as_str()).unwrap_or("");
            bank.get(&e.question_id)
                .is_some_and(|q| !given.is_empty() && q.answer == given)
        })
        .map(|e| e.points)
        .sum();
    let passed = score >= c.pass_score;
    let now = Utc::now();
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
        .col_expr(exam_attempt::Column::Status, Expr::value("SUBMITTED"))
        .col_expr(exam_attempt::Column::SubmittedAt, Expr::value(now))
        .col_expr(exam_attempt::Column::AutoSubmitted, Expr::value(auto))
        .col_expr(exam_attempt::Column::Score, Expr::value(score))
        .col_expr(exam_attempt::Column::Passed, Expr::value(passed))
        .filter(exam_attempt::Column::Id.eq(a.id))
        .filter(exam_attempt::Column::Status.eq("LIVE"))
        .exec(&txn)
        .await?;
    if done.rows_affected == 1 {
        crate::domain::stats::refresh_learner(&txn, a.campaign_id, a.learner_id).await?;
        txn.commit().await?;
        tracing::info!(attempt = a.id, score, passed, auto, "exam submitted");
    } else {
        txn.rollback().await?;
    }
    ctx.live.remove(a.id).await?;
    exam_attempt::Entity::find_by_id(a.id)
        .one(ctx.db)
        .await?
        .ok_or_else(AppError::not_found)
}

/// Submits every attempt still live past its deadline and grace. Returns how many this call
/// submitted; replicas may run it at once.
pub async fn sweep_due(ctx: &ExamContext<'_>) -> AppResult<usize> {
    let now = Utc::now();
    let due = exam_attempt::Entity::find()
        .filter(exam_attempt::Column::Status.eq("LIVE"))
        .filter(exam_attempt::Column::Deadline.lt(now))
        .order_by_asc(exam_attempt::Column::Deadline)
        .all(ctx.db)
        .await?;
    let mut graces: HashMap<i32, i32> = HashMap::new();
    let mut ready = Vec::new();
    for a in due {
        let grace = match graces.get(&a.campaign_id) {
            Some(g) => *g,
            None => {
                let g = grace_of(ctx.db, a.campaign_id).await?;
                graces.insert(a.campaign_id, g);
                g
            }
        };
        if now > a.deadline + Duration::seconds(i64::from(grace)) {
            ready.push(a);
        }
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

/// Attempts the sweeper finalizes at once: a quarter of the PostgreSQL pool (32), so logins,
/// starts and submissions keep connections.
const SWEEP_CONCURRENCY: usize = 8;

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

// ---------------------------------------------------------------- reading attempts

pub async fn attempts_of(
    db: &DatabaseConnection,
    learner_id: i32,
    campaign_id: i32,
) -> AppResult<Vec<exam_attempt::Model>> {
    Ok(exam_attempt::Entity::find()
        .filter(exam_attempt::Column::LearnerId.eq(learner_id))
        .filter(exam_attempt::Column::CampaignId.eq(campaign_id))
        .order_by_asc(exam_attempt::Column::Id)
        .all(db)
        .await?)
}

pub async fn my_attempts(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
) -> AppResult<Vec<exam_attempt::Model>> {
    let learner_id = own_learner(actor)?;
    let c = campaigns::find(db, actor, campaign_id).await?;
    attempts_of(db, learner_id, c.id).await
}

/// A question as a learner sees it in its paper: shown labels, no answer.
pub struct PaperQuestionView {
    pub question_id: i32,
    pub question_type: String,
    pub stem: String,
    pub options: Vec<QuestionOption>,
    pub points: i32,
}

pub async fn paper_view(
    db: &DatabaseConnection,
    a: &exam_attempt::Model,
) -> AppResult<Vec<PaperQuestionView>> {
    let paper = paper_of(a)?;
    let ids: Vec<i32> = paper.iter().map(|e| e.question_id).collect();
    // Stem and options only: answers and explanations are not read on this path at all.
    let bank: HashMap<i32, (String, String)> = question::Entity::find()
        .select_only()
        .column(question::Column::Id)
        .column(question::Column::Stem)
        .column(question::Column::Options)
        .filter(question::Column::Id.is_in(ids))
        .into_tuple::<(i32, String, String)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, stem, options)| (id, (stem, options)))
        .collect();
    let mut out = Vec::with_capacity(paper.len());
    for e in &paper {
        let Some((stem, raw_options)) = bank.get(&e.question_id) else {
            continue;
        };
        let texts: HashMap<String, String> = parse_options(e.question_id, raw_options)?
            .into_iter()
            .map(|o| (o.key, o.text))
            .collect();
        let options = e
            .order
            .iter()
            .enumerate()
            .map(|(i, key)| QuestionOption {
                key: KEYS[i].to_owned(),
                text: texts.get(key).cloned().unwrap_or_default(),
            })
            .collect();
        out.push(PaperQuestionView {
            question_id: e.question_id,
            question_type: e.question_type.clone(),
            stem: stem.clone(),
            options,
            points: e.points,
        });
    }
    Ok(out)
}

/// The attempt's answers as shown labels: the live store's newest, else the database's.
pub async fn answers_view(
    ctx: &ExamContext<'_>,
    a: &exam_attempt::Model,
) -> AppResult<Vec<(i32, Vec<String>)>> {
    let mut answers: HashMap<i32, (String, i64)> = stored_answers(ctx.db, a.id)
        .await?
        .into_iter()
        .map(|r| (r.question_id, (r.choices, r.seq)))
        .collect();
    if a.status == "LIVE"
        && let Some((_, live)) = ctx.live.load(a.id).await?
    {
        for (q, (choices, seq)) in live {
            if answers.get(&q).is_none_or(|(_, old)| *old <= seq) {
                answers.insert(q, (choices, seq));
            }
        }
    }
    let paper = paper_of(a)?;
    Ok(paper
        .iter()
        .zip(1..)
        .filter_map(|(e, place)| {
            let (choices, _) = answers.get(&e.question_id)?;
            let labels = choices
                .chars()
                .filter_map(|k| e.label_of(&k.to_string()))
                .collect::<Vec<_>>();
            let mut labels = labels;
            labels.sort();
            Some((place, labels))
        })
        .collect())
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
    crate::clock::today() > std::cmp::Ord::max(c.main_end, c.makeup_end)
}

pub async fn review(db: &DatabaseConnection, a: &exam_attempt::Model) -> AppResult<Option<Vec<ReviewItem>>> {
    if a.status != "SUBMITTED" {
        return Ok(None);
    }
    let c = campaign::Entity::find_by_id(a.campaign_id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    if ReviewMode::parse(&c.review_mode) != ReviewMode::Answers || !review_open(&c) {
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

/// The unit of an exam-centre or unit session, for display.
pub async fn session_unit(
    db: &DatabaseConnection,
    s: &exam_session::Model,
) -> AppResult<Option<unit::Model>> {
    match s.unit_id {
        Some(id) => Ok(unit::Entity::find_by_id(id).one(db).await?),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(question_id: i32, question_type: &str, order: &[&str]) -> PaperEntry {
        PaperEntry {
            question_id,
            question_type: question_type.to_owned(),
            order: order.iter().map(|k| (*k).to_owned()).collect(),
            points: 1,
        }
    }

    #[test]
    fn the_cached_paper_maps_shown_labels_to_bank_keys() {
        let paper = [
            entry(9, "MULTIPLE", &["C", "A", "D", "B"]),
            entry(3, "SINGLE", &["B", "A", "C", "D"]),
            entry(5, "TRUE_FALSE", &["A", "B"]),
        ];
        let info = PaperInfo::new(1, Utc::now(), &paper).unwrap();
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
        assert!(PaperInfo::new(1, Utc::now(), &[entry(1, "SINGLE", &["AA", "B"])]).is_err());
        let seven = ["A", "B", "C", "D", "E", "F", "G"];
        assert!(PaperInfo::new(1, Utc::now(), &[entry(1, "MULTIPLE", &seven)]).is_err());
    }
}
