//! Driving the exam over GraphQL, for the tests of several files: the client side (log in,
//! start, save, submit, read back), the bank as an administrator sees it, and set-up steps
//! (make a learner eligible, close the windows).

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Datelike, FixedOffset, SecondsFormat, Utc};
use sea_orm::{DatabaseConnection, EntityTrait};
use serde_json::{Value, json};
use xuefa::domain::exam::sessions::{ExamKind, SessionPlace, new_session};

use crate::helpers::TestApp;

/// Anything that answers GraphQL: the in-process test server or a server process.
pub(crate) trait Gql {
    async fn call(&self, token: Option<&str>, query: &str, variables: Value) -> Value;
    /// The clock the server reads.
    fn clock(&self) -> &xuefa::infra::clock::Clock;
}

impl Gql for TestApp {
    async fn call(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        self.gql(token, query, variables).await
    }
    fn clock(&self) -> &xuefa::infra::clock::Clock {
        &self.clock
    }
}

/// Every field a learner can ask of an attempt.
pub(crate) const ATTEMPT: &str = "id kind status startedAt deadline remainingSeconds \
     questions { id type stem options { key text } points } answers { questionId choices } \
     submittedAt autoSubmitted score passed review { questionId correct explanation lawSource }";

pub(crate) fn start_mutation() -> String {
    format!("mutation($s: ID!) {{ startExam(sessionId: $s) {{ {ATTEMPT} }} }}")
}

pub(crate) fn attempt_query() -> String {
    format!("query($id: ID!) {{ examAttempt(id: $id) {{ {ATTEMPT} }} }}")
}

pub(crate) fn my_attempts_query() -> String {
    format!("query($c: ID!) {{ myAttempts(campaignId: $c) {{ {ATTEMPT} }} }}")
}

pub(crate) const SAVE: &str = "mutation($a: ID!, $q: ID!, $c: [String!]!, $s: Int) { saveAnswer(attemptId: $a, questionId: $q, choices: $c, clientSeq: $s) { saved savedAt remainingSeconds } }";
pub(crate) const SUBMIT: &str =
    "mutation($a: ID!) { submitExam(attemptId: $a) { attemptId score passed submittedAt } }";
pub(crate) const SESSIONS: &str = "query($c: ID!) { examSessions(campaignId: $c) { id kind startsAt endsAt centreName seats booked unit { name } } }";
pub(crate) const SCHEDULE: &str = "mutation($i: ScheduleExamSessionInput!) { scheduleExamSession(input: $i) { id kind startsAt endsAt unit { name } } }";
pub(crate) const CENTRE: &str = "mutation($i: CreateExamCenterSessionInput!) { createExamCenterSession(input: $i) { id kind seats booked centreName } }";
pub(crate) const BOOK: &str = "mutation($s: ID!, $l: [ID!]!) { bookExamCenterSeats(sessionId: $s, learnerIds: $l) { id seats booked } }";
pub(crate) const BANK: &str = "query($c: ID!) { questions(campaignId: $c) { id type stem answer explanation lawSource withdrawn options { key text } } }";
pub(crate) const IMPORT: &str = "mutation($c: ID!, $file: Upload!) { importQuestions(campaignId: $c, file: $file) { created updated unchanged dryRun written errors { row message } } }";

/// A demo learner's token after the forced password change.
pub(crate) async fn learner_token(c: &impl Gql, phone: &str) -> String {
    let body = c
        .call(
            None,
            "mutation($p: String!) { login(phone: $p, password: \"000000\") { token } }",
            json!({"p": phone}),
        )
        .await;
    let token = body["data"]["login"]["token"]
        .as_str()
        .unwrap_or_else(|| panic!("login {phone}: {body}"))
        .to_owned();
    let changed = c
        .call(
            Some(&token),
            "mutation { changePassword(oldPassword: \"000000\", newPassword: \"Study2026x\") }",
            json!({}),
        )
        .await;
    assert_eq!(changed["data"]["changePassword"], true, "{changed}");
    token
}

/// The id of this year's campaign, as the caller reads it.
pub(crate) async fn campaign_of(c: &impl Gql, token: &str) -> String {
    let body = c
        .call(
            Some(token),
            "query($y: Int!) { campaign(year: $y) { id } }",
            json!({"y": c.clock().today().year()}),
        )
        .await;
    body["data"]["campaign"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("campaign: {body}"))
        .to_owned()
}

/// The learner's own unit session of a kind (MAIN or MAKEUP).
pub(crate) async fn unit_session(c: &impl Gql, token: &str, campaign: &str, kind: &str) -> String {
    let body = c.call(Some(token), SESSIONS, json!({"c": campaign})).await;
    body["data"]["examSessions"]
        .as_array()
        .unwrap_or_else(|| panic!("examSessions: {body}"))
        .iter()
        .find(|s| s["kind"] == kind && s["centreName"].is_null())
        .unwrap_or_else(|| panic!("no {kind} session in {body}"))["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

pub(crate) async fn start_raw(c: &impl Gql, token: &str, session: &str) -> Value {
    c.call(Some(token), &start_mutation(), json!({"s": session}))
        .await
}

/// Starts (or resumes) an attempt; panics on an error.
pub(crate) async fn start(c: &impl Gql, token: &str, session: &str) -> Value {
    let body = start_raw(c, token, session).await;
    assert!(body["errors"].is_null(), "startExam: {body}");
    body["data"]["startExam"].clone()
}

pub(crate) async fn save_raw(
    c: &impl Gql,
    token: &str,
    attempt: &str,
    question: &str,
    choices: &[String],
    seq: Option<i64>,
) -> Value {
    c.call(
        Some(token),
        SAVE,
        json!({"a": attempt, "q": question, "c": choices, "s": seq}),
    )
    .await
}

/// Saves an answer; returns `saved`, panics on an error.
pub(crate) async fn save(
    c: &impl Gql,
    token: &str,
    attempt: &str,
    question: &str,
    choices: &[String],
    seq: Option<i64>,
) -> bool {
    let body = save_raw(c, token, attempt, question, choices, seq).await;
    assert!(body["errors"].is_null(), "saveAnswer: {body}");
    body["data"]["saveAnswer"]["saved"].as_bool().unwrap()
}

pub(crate) async fn submit(c: &impl Gql, token: &str, attempt: &str) -> Value {
    let body = c.call(Some(token), SUBMIT, json!({"a": attempt})).await;
    assert!(body["errors"].is_null(), "submitExam: {body}");
    body["data"]["submitExam"].clone()
}

pub(crate) async fn attempt_raw(c: &impl Gql, token: &str, id: &str) -> Value {
    c.call(Some(token), &attempt_query(), json!({"id": id})).await
}

pub(crate) async fn attempt(c: &impl Gql, token: &str, id: &str) -> Value {
    let body = attempt_raw(c, token, id).await;
    assert!(body["errors"].is_null(), "examAttempt: {body}");
    body["data"]["examAttempt"].clone()
}

pub(crate) async fn my_attempts(c: &impl Gql, token: &str, campaign: &str) -> Vec<Value> {
    let body = c
        .call(Some(token), &my_attempts_query(), json!({"c": campaign}))
        .await;
    assert!(body["errors"].is_null(), "myAttempts: {body}");
    body["data"]["myAttempts"].as_array().unwrap().clone()
}

pub(crate) fn str_of<'a>(v: &'a Value, field: &str) -> &'a str {
    v[field]
        .as_str()
        .unwrap_or_else(|| panic!("{field} missing in {v}"))
}

pub(crate) fn questions_of(attempt: &Value) -> &Vec<Value> {
    attempt["questions"]
        .as_array()
        .unwrap_or_else(|| panic!("no questions in {attempt}"))
}

/// The saved answers by question id (labels sorted).
pub(crate) fn answers_of(attempt: &Value) -> HashMap<String, Vec<String>> {
    attempt["answers"]
        .as_array()
        .unwrap_or_else(|| panic!("no answers in {attempt}"))
        .iter()
        .map(|a| {
            let mut labels: Vec<String> = a["choices"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_str().unwrap().to_owned())
                .collect();
            labels.sort();
            (str_of(a, "questionId").to_owned(), labels)
        })
        .collect()
}

/// A question of the bank as the province office sees it.
pub(crate) struct BankQuestion {
    /// The bank's id (`q_…`); a paper names its questions by place (`pq_…`) instead.
    pub id: String,
    pub question_type: String,
    /// Option texts in the bank's order (A, B, ...).
    pub texts: Vec<String>,
    pub keys: Vec<String>,
    /// Texts of the correct options.
    pub correct_texts: BTreeSet<String>,
    pub explanation: String,
}

/// The campaign's bank by stem (the demo's stems are unique): a paper names its questions
/// by their place, so a test finds the bank question of a paper question by its text.
pub(crate) async fn bank(c: &impl Gql, province: &str, campaign: &str) -> HashMap<String, BankQuestion> {
    let body = c.call(Some(province), BANK, json!({"c": campaign})).await;
    body["data"]["questions"]
        .as_array()
        .unwrap_or_else(|| panic!("questions: {body}"))
        .iter()
        .map(|q| {
            let options = q["options"].as_array().unwrap();
            let texts: Vec<String> = options.iter().map(|o| str_of(o, "text").to_owned()).collect();
            let keys: Vec<String> = options.iter().map(|o| str_of(o, "key").to_owned()).collect();
            let answer = str_of(q, "answer");
            let correct_texts = keys
                .iter()
                .zip(&texts)
                .filter(|(k, _)| answer.contains(k.as_str()))
                .map(|(_, t)| t.clone())
                .collect();
            (
                str_of(q, "stem").to_owned(),
                BankQuestion {
                    id: str_of(q, "id").to_owned(),
                    question_type: str_of(q, "type").to_owned(),
                    texts,
                    keys,
                    correct_texts,
                    explanation: str_of(q, "explanation").to_owned(),
                },
            )
        })
        .collect()
}

/// The labels shown in this paper for the correct options (options are shuffled per attempt,
/// so the mapping goes through the option texts).
pub(crate) fn correct_labels(q: &Value, bank: &HashMap<String, BankQuestion>) -> Vec<String> {
    let b = &bank[str_of(q, "stem")];
    let mut labels: Vec<String> = q["options"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| b.correct_texts.contains(str_of(o, "text")))
        .map(|o| str_of(o, "key").to_owned())
        .collect();
    labels.sort();
    assert!(!labels.is_empty(), "no correct option found for {q}");
    labels
}

/// The bank key behind a label shown in this paper.
pub(crate) fn bank_key(q: &Value, label: &str, bank: &HashMap<String, BankQuestion>) -> String {
    let b = &bank[str_of(q, "stem")];
    let text = q["options"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["key"] == label)
        .map(|o| str_of(o, "text"))
        .unwrap();
    let i = b.texts.iter().position(|t| t == text).unwrap();
    b.keys[i].clone()
}

/// A time as the API takes it: RFC 3339 with the China offset.
pub(crate) fn cst(t: DateTime<Utc>) -> String {
    t.with_timezone(&FixedOffset::east_opt(8 * 3600).unwrap())
        .to_rfc3339_opts(SecondsFormat::Millis, false)
}

pub(crate) fn parse_time(v: &Value) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(v.as_str().unwrap_or_else(|| panic!("not a time: {v}")))
        .unwrap()
        .with_timezone(&Utc)
}

pub(crate) async fn schedule(
    c: &impl Gql,
    token: &str,
    campaign: &str,
    unit: &str,
    kind: &str,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
) -> Value {
    c.call(
        Some(token),
        SCHEDULE,
        json!({"i": {"campaignId": campaign, "unitId": unit, "kind": kind, "startsAt": cst(starts), "endsAt": cst(ends)}}),
    )
    .await
}

/// A unit's session written straight into the database, for tests of deadlines and of
/// sessions already under way: the API refuses a session in the past or shorter than the
/// exam, so such a session only exists through the domain's constructor (as the demo makes
/// its open sessions). Returns the session's API id.
pub(crate) async fn insert_unit_session(
    db: &DatabaseConnection,
    campaign: &str,
    unit: &str,
    kind: &str,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
) -> String {
    let kind: ExamKind = sea_orm::ActiveEnum::try_from_value(&kind.to_owned())
        .unwrap_or_else(|_| panic!("no exam kind {kind}"));
    let u = entity::unit::Entity::find_by_id(number(unit))
        .one(db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no unit {unit}"));
    let place = SessionPlace::Unit {
        unit_id: u.id,
        region_path: &u.region_path,
    };
    insert_session(db, campaign, kind, place, starts, ends).await
}

/// An exam-centre session of a city written straight into the database (see
/// `insert_unit_session`).
pub(crate) async fn insert_centre_session(
    db: &DatabaseConnection,
    campaign: &str,
    city: &str,
    name: &str,
    seats: i32,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
) -> String {
    let region = entity::region::Entity::find_by_id(number(city))
        .one(db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no region {city}"));
    let place = SessionPlace::Centre {
        region_path: &region.path,
        name,
        seats,
    };
    insert_session(db, campaign, ExamKind::Main, place, starts, ends).await
}

async fn insert_session(
    db: &DatabaseConnection,
    campaign: &str,
    kind: ExamKind,
    place: SessionPlace<'_>,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
) -> String {
    use sea_orm::ActiveModelTrait;
    // Scheduled the day before it starts.
    let scheduled = starts - chrono::Duration::days(1);
    let row = new_session(number(campaign), kind, place, starts, ends, 1, scheduled)
        .insert(db)
        .await
        .unwrap();
    xuefa::graphql::ids::encode(xuefa::graphql::ids::Kind::ExamSession, row.id).0
}

/// Answers every question of the paper correctly; returns the labels saved by question.
pub(crate) async fn answer_all_correctly(
    c: &impl Gql,
    token: &str,
    attempt: &Value,
    bank: &HashMap<String, BankQuestion>,
) -> HashMap<String, Vec<String>> {
    let id = str_of(attempt, "id");
    let mut saved = HashMap::new();
    for q in questions_of(attempt) {
        let labels = correct_labels(q, bank);
        assert!(save(c, token, id, str_of(q, "id"), &labels, None).await);
        saved.insert(str_of(q, "id").to_owned(), labels);
    }
    saved
}

/// Marks a learner as having reached the required points days ago (test set-up).
pub(crate) async fn eligible(app: &TestApp, learner_id: i32, campaign_id: i32) {
    use sea_orm::{ActiveModelTrait, Set};
    if entity::study_progress::Entity::find_by_id((learner_id, campaign_id))
        .one(&app.db)
        .await
        .unwrap()
        .is_some_and(|p| p.completed_on.is_some())
    {
        return;
    }
    entity::study_progress::Entity::delete_by_id((learner_id, campaign_id))
        .exec(&app.db)
        .await
        .unwrap();
    entity::study_progress::ActiveModel {
        learner_id: Set(learner_id),
        campaign_id: Set(campaign_id),
        total_points: Set(100),
        completed_on: Set(Some(app.clock.today() - chrono::Duration::days(3))),
        updated_at: Set(app.clock.now()),
    }
    .insert(&app.db)
    .await
    .unwrap();
}

/// Moves the campaign's main and make-up windows into the past (test set-up).
pub(crate) async fn close_exam_windows(app: &TestApp, campaign: &str) {
    use sea_orm::{ActiveModelTrait, Set};
    let c = entity::campaign::Entity::find_by_id(number(campaign))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let yesterday = app.clock.today() - chrono::Duration::days(1);
    let mut active: entity::campaign::ActiveModel = c.into();
    active.main_end = Set(yesterday);
    active.makeup_start = Set(yesterday);
    active.makeup_end = Set(yesterday);
    active.update(&app.db).await.unwrap();
}

pub(crate) fn number(id: &str) -> i32 {
    id.rsplit_once('_').unwrap().1.parse().unwrap()
}
