//! The exam end to end over HTTP: a full attempt graded 100, secrecy of the answers before
//! submission, resume and takeover from a second device, newer saves winning, the deadline
//! with its grace and the automatic submission, who may start, exam-centre seats under 50
//! bookings at once, scheduling rules, and the question-bank import.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::time::Duration;

use chrono::{DateTime, Datelike, Utc};
use entity::{attempt_answer, exam_attempt, exam_session, exemption, question, seat_booking};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::exam::*;
use crate::helpers::{
    Backend, TestApp, assert_error, code, eventually, unique_prefix, wipe_redis_prefix, write_behind_drained,
};
use crate::helpers::{campaign_input, learner_of};
use crate::helpers::{region_id, unit_id};
use crate::on_both_backends;

on_both_backends!(
    a_learner_answers_everything_correctly_and_scores_100,
    no_answer_is_reachable_before_submission,
    a_second_device_resumes_and_takes_the_attempt_over,
    a_newer_save_wins_over_an_older_one_arriving_late,
    a_save_acts_as_the_caller_is_at_that_moment,
    saves_after_deadline_and_grace_are_refused_and_the_attempt_is_submitted_automatically,
    only_eligible_learners_with_attempts_left_may_start,
    exam_centre_seats_are_never_overbooked,
    sessions_are_checked_when_scheduled,
    questions_import_from_csv_with_chinese_headers,
    grading_best_score_and_the_makeup,
);

// ---------------------------------------------------------------- test set-up

/// The demo server with a Redis key prefix of its own.
async fn spawn(backend: Backend) -> (TestApp, String) {
    let prefix = unique_prefix();
    let app = TestApp::spawn_with(backend, {
        let prefix = prefix.clone();
        move |s| s.redis_prefix = prefix
    })
    .await;
    (app, prefix)
}

/// Stops the server and removes its keys from the shared Redis.
async fn finish(app: TestApp, prefix: &str) {
    let redis_url = app.redis_url.clone();
    // Its workers stop, after a last flush, before its keys go.
    app.stop().await;
    if let Some(redis_url) = redis_url {
        wipe_redis_prefix(&redis_url, prefix).await;
    }
}

async fn attempts_in_db(app: &TestApp, learner_id: i32) -> u64 {
    exam_attempt::Entity::find()
        .filter(exam_attempt::Column::LearnerId.eq(learner_id))
        .count(&app.db)
        .await
        .unwrap()
}

fn type_counts(attempt: &Value) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for q in questions_of(attempt) {
        *counts.entry(str_of(q, "type").to_owned()).or_insert(0) += 1;
    }
    counts
}

// ---------------------------------------------------------------- 1. the full flow

async fn a_learner_answers_everything_correctly_and_scores_100(backend: Backend) {
    let (app, prefix) = spawn(backend).await;
    let province = app.admin("13800000001").await;
    let first = app.learner("13900000001").await;
    let second = app.learner("13900000002").await;
    let campaign = campaign_of(&app, &first).await;
    let session = unit_session(&app, &first, &campaign, "MAIN").await;

    let a1 = start(&app, &first, &session).await;
    let a2 = start(&app, &second, &session).await;
    for a in [&a1, &a2] {
        assert_eq!(a["status"], "LIVE", "{a}");
        assert_eq!(a["kind"], "MAIN");
        assert_eq!(questions_of(a).len(), 80);
        let counts = type_counts(a);
        assert_eq!(counts.get("SINGLE"), Some(&40), "{counts:?}");
        assert_eq!(counts.get("MULTIPLE"), Some(&20), "{counts:?}");
        assert_eq!(counts.get("TRUE_FALSE"), Some(&20), "{counts:?}");
        let total: i64 = questions_of(a)
            .iter()
            .map(|q| q["points"].as_i64().unwrap())
            .sum();
        assert_eq!(total, 100);
        for q in questions_of(a) {
            let expected = if q["type"] == "MULTIPLE" { 2 } else { 1 };
            assert_eq!(q["points"], expected, "{q}");
        }
        let ids: HashSet<&str> = questions_of(a).iter().map(|q| str_of(q, "id")).collect();
        assert_eq!(ids.len(), 80, "a question drawn twice");
        assert!(a["answers"].as_array().unwrap().is_empty());
        assert!(a["review"].is_null());
        assert!(a["score"].is_null());
        assert!(a["submittedAt"].is_null());
    }
    assert_ne!(a1["id"], a2["id"]);

    // About an hour from now, on the server's clock, shown in China time.
    let deadline = str_of(&a1, "deadline");
    assert!(deadline.ends_with("+08:00"), "{deadline}");
    let ahead = parse_time(&a1["deadline"]) - app.clock.now();
    assert!(
        ahead > chrono::Duration::minutes(59) && ahead <= chrono::Duration::minutes(60),
        "deadline {deadline} is {ahead} ahead"
    );
    let remaining = a1["remainingSeconds"].as_i64().unwrap();
    assert!((3540..=3600).contains(&remaining), "{remaining}");

    // Two learners' papers come in different orders, under the same per-attempt ids: an id
    // says nothing about which bank question it is, so no key can be shared by id.
    let order = |a: &Value, field: &str| -> Vec<String> {
        questions_of(a)
            .iter()
            .map(|q| str_of(q, field).to_owned())
            .collect()
    };
    assert_ne!(
        order(&a1, "stem"),
        order(&a2, "stem"),
        "two papers in the same order"
    );
    let places: Vec<String> = (1..=80).map(|i| format!("pq_{i}")).collect();
    assert_eq!(order(&a1, "id"), places);
    assert_eq!(order(&a2, "id"), places);

    // Options are the bank's, shuffled per attempt.
    let bank = bank(&app, &province, &campaign).await;
    assert_eq!(bank.len(), 300);
    let mut reordered = 0;
    for q in questions_of(&a1) {
        let b = &bank[str_of(q, "stem")];
        assert_eq!(q["type"], b.question_type.as_str());
        let shown: Vec<String> = q["options"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| str_of(o, "text").to_owned())
            .collect();
        let labels: Vec<&str> = q["options"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| str_of(o, "key"))
            .collect();
        assert_eq!(labels, ["A", "B", "C", "D", "E", "F"][..labels.len()], "{q}");
        let mut sorted_shown = shown.clone();
        sorted_shown.sort();
        let mut sorted_bank = b.texts.clone();
        sorted_bank.sort();
        assert_eq!(sorted_shown, sorted_bank, "{q}");
        if b.question_type != "TRUE_FALSE" && shown != b.texts {
            reordered += 1;
        }
    }
    assert!(
        reordered >= 30,
        "options of only {reordered} of 60 questions shuffled"
    );

    // Every answer right.
    let attempt_id = str_of(&a1, "id").to_owned();
    let saved = answer_all_correctly(&app, &first, &a1, &bank).await;
    let live = attempt(&app, &first, &attempt_id).await;
    assert_eq!(answers_of(&live), saved);
    assert!(live["review"].is_null());

    let result = submit(&app, &first, &attempt_id).await;
    assert_eq!(result["attemptId"], attempt_id.as_str());
    assert_eq!(result["score"], 100, "{result}");
    assert_eq!(result["passed"], true);

    let mine = my_attempts(&app, &first, &campaign).await;
    assert_eq!(mine.len(), 1, "{mine:?}");
    let done = &mine[0];
    assert_eq!(done["id"], attempt_id.as_str());
    assert_eq!(done["status"], "SUBMITTED");
    assert_eq!(done["score"], 100);
    assert_eq!(done["passed"], true);
    assert_eq!(done["autoSubmitted"], false);
    assert_eq!(done["remainingSeconds"], 0);
    assert_eq!(done["submittedAt"], result["submittedAt"]);
    assert_eq!(answers_of(done), saved);

    // Review mode ANSWERS, but others may still be sitting the exam: no key yet.
    assert!(
        done["review"].is_null(),
        "review while the windows are open: {done}"
    );
    close_exam_windows(&app, &campaign).await;
    let mine = my_attempts(&app, &first, &campaign).await;
    let done = &mine[0];
    // Once the last window has closed: the correct labels of this paper and why.
    let review = done["review"]
        .as_array()
        .unwrap_or_else(|| panic!("no review: {done}"));
    assert_eq!(review.len(), 80);
    let stems: HashMap<&str, &str> = questions_of(done)
        .iter()
        .map(|q| (str_of(q, "id"), str_of(q, "stem")))
        .collect();
    for r in review {
        let q = str_of(r, "questionId");
        let mut correct: Vec<String> = r["correct"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().to_owned())
            .collect();
        correct.sort();
        assert_eq!(correct, saved[q], "{r}");
        assert_eq!(str_of(r, "explanation"), bank[stems[q]].explanation);
        assert!(!str_of(r, "lawSource").is_empty());
    }

    // A second submit returns the same result.
    let again = submit(&app, &first, &attempt_id).await;
    assert_eq!(again, result);

    // Stored durably with every answer.
    let stored = attempt_answer::Entity::find()
        .filter(attempt_answer::Column::AttemptId.eq(number(&attempt_id)))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(stored, 80);
    let row = exam_attempt::Entity::find_by_id(number(&attempt_id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(sea_orm::ActiveEnum::to_value(&row.status), "SUBMITTED");
    assert_eq!(row.score, Some(100));
    assert_eq!(row.passed, Some(true));
    assert!(!row.auto_submitted);
    finish(app, &prefix).await;
}

// ---------------------------------------------------------------- 2. secrecy

/// Keys that would carry a correct answer.
const SECRET_KEYS: &[&str] = &[
    "answer",
    "correct",
    "explanation",
    "lawSource",
    "solution",
    "isCorrect",
];

fn assert_no_secret(body: &Value, bank: &HashMap<String, BankQuestion>, what: &str) {
    fn walk(v: &Value, path: &str, what: &str) {
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    assert!(
                        !SECRET_KEYS.contains(&k.as_str()),
                        "{what}: field {path}.{k} present before submission"
                    );
                    if k == "review" {
                        assert!(child.is_null(), "{what}: review before submission: {child}");
                    }
                    walk(child, &format!("{path}.{k}"), what);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, &format!("{path}[{i}]"), what);
                }
            }
            _ => {}
        }
    }
    assert!(body["errors"].is_null(), "{what}: {body}");
    walk(body, "", what);
    let text = body.to_string();
    for b in bank.values() {
        assert!(
            b.explanation.is_empty() || !text.contains(&b.explanation),
            "{what}: an explanation leaked: {}",
            b.explanation
        );
    }
}

async fn field_names(app: &TestApp, token: &str, type_name: &str) -> BTreeSet<String> {
    let body = app
        .gql(
            Some(token),
            "query($n: String!) { __type(name: $n) { fields { name } } }",
            json!({"n": type_name}),
        )
        .await;
    body["data"]["__type"]["fields"]
        .as_array()
        .unwrap_or_else(|| panic!("{type_name}: {body}"))
        .iter()
        .map(|f| str_of(f, "name").to_owned())
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| (*s).to_owned()).collect()
}

async fn no_answer_is_reachable_before_submission(backend: Backend) {
    let (app, prefix) = spawn(backend).await;
    let province = app.admin("13800000001").await;
    let learner = app.learner("13900000001").await;
    let other = app.learner("13900000002").await;
    let campaign = campaign_of(&app, &learner).await;
    let session = unit_session(&app, &learner, &campaign, "MAIN").await;
    let bank = bank(&app, &province, &campaign).await;

    let started = start_raw(&app, &learner, &session).await;
    assert_no_secret(&started, &bank, "startExam");
    let a = started["data"]["startExam"].clone();
    let id = str_of(&a, "id").to_owned();
    for q in questions_of(&a).iter().take(5) {
        let labels = correct_labels(q, &bank);
        let body = save_raw(&app, &learner, &id, str_of(q, "id"), &labels, None).await;
        assert_no_secret(&body, &bank, "saveAnswer");
    }

    let resumed = start_raw(&app, &learner, &session).await;
    assert_no_secret(&resumed, &bank, "startExam (resume)");
    assert_eq!(answers_of(&resumed["data"]["startExam"]).len(), 5);
    let read = attempt_raw(&app, &learner, &id).await;
    assert_no_secret(&read, &bank, "examAttempt");
    let mine = app
        .gql(Some(&learner), &my_attempts_query(), json!({"c": campaign}))
        .await;
    assert_no_secret(&mine, &bank, "myAttempts");
    assert_eq!(mine["data"]["myAttempts"].as_array().unwrap().len(), 1);
    let sessions = app.gql(Some(&learner), SESSIONS, json!({"c": campaign})).await;
    assert_no_secret(&sessions, &bank, "examSessions");

    // The types themselves have no place for an answer.
    assert_eq!(
        field_names(&app, &learner, "PaperQuestion").await,
        set(&["id", "type", "stem", "options", "points"])
    );
    assert_eq!(
        field_names(&app, &learner, "PaperOption").await,
        set(&["key", "text"])
    );
    assert_eq!(
        field_names(&app, &learner, "SavedAnswer").await,
        set(&["questionId", "choices"])
    );
    assert_eq!(
        field_names(&app, &learner, "SaveAnswerResult").await,
        set(&["saved", "savedAt", "remainingSeconds"])
    );
    let attempt_fields = field_names(&app, &learner, "ExamAttempt").await;
    for f in &attempt_fields {
        let lower = f.to_lowercase();
        assert!(
            f == "answers"
                || f == "review"
                || !(lower.contains("answer")
                    || lower.contains("correct")
                    || lower.contains("explanation")
                    || lower.contains("solution")),
            "ExamAttempt.{f} may carry answers"
        );
    }
    let asked = app
        .gql(
            Some(&learner),
            "query($id: ID!) { examAttempt(id: $id) { questions { id answer } } }",
            json!({"id": id}),
        )
        .await;
    assert_error(&asked, &["BAD_USER_INPUT"]);

    // The bank is the province office's.
    let bank_body = app.gql(Some(&learner), BANK, json!({"c": campaign})).await;
    assert_error(&bank_body, &["FORBIDDEN"]);
    assert!(bank_body["data"].is_null() || bank_body["data"]["questions"].is_null());

    // Nor do the bank's mutations, which answer with a whole question, or an office below
    // the province.
    let q0 = str_of(&questions_of(&a)[0], "id").to_owned();
    let body = app
        .gql(
            Some(&learner),
            "mutation($id: ID!) { withdrawQuestion(id: $id, withdrawn: false) { id answer explanation } }",
            json!({"id": q0}),
        )
        .await;
    assert_error(&body, &["FORBIDDEN", "NOT_FOUND"]);
    assert!(!body.to_string().contains("\"answer\":\""), "{body}");
    let body = app
        .gql(
            Some(&learner),
            "mutation($id: ID!) { updateQuestion(id: $id, input: {type: TRUE_FALSE, stem: \"x\", options: [], answer: \"A\"}) { id answer } }",
            json!({"id": q0}),
        )
        .await;
    assert_error(&body, &["FORBIDDEN", "NOT_FOUND"]);
    let unit_admin = app.admin("13800000005").await;
    let body = app.gql(Some(&unit_admin), BANK, json!({"c": campaign})).await;
    assert_error(&body, &["FORBIDDEN", "NOT_FOUND"]);
    let withdrawn = question::Entity::find_by_id(number(&q0))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(!withdrawn.withdrawn && withdrawn.stem != "x");

    // Another learner reaches nothing of this attempt.
    let foreign = attempt_raw(&app, &other, &id).await;
    assert_error(&foreign, &["NOT_FOUND"]);
    assert!(foreign["data"]["examAttempt"].is_null(), "{foreign}");
    let q = str_of(&questions_of(&a)[0], "id").to_owned();
    let foreign_save = save_raw(&app, &other, &id, &q, &["A".to_owned()], None).await;
    assert_error(&foreign_save, &["NOT_FOUND"]);
    let foreign_submit = app.gql(Some(&other), SUBMIT, json!({"a": id})).await;
    assert_error(&foreign_submit, &["NOT_FOUND"]);
    let still = attempt(&app, &learner, &id).await;
    assert_eq!(still["status"], "LIVE");
    assert_eq!(answers_of(&still).len(), 5);

    // After submission the review appears (the demo shows answers), once the campaign's last
    // exam window has closed: not while others still sit the exam.
    submit(&app, &learner, &id).await;
    let done = attempt(&app, &learner, &id).await;
    assert!(done["review"].is_null(), "{done}");
    let campaign = campaign_of(&app, &learner).await;
    close_exam_windows(&app, &campaign).await;
    let done = attempt(&app, &learner, &id).await;
    assert_eq!(done["review"].as_array().map(Vec::len), Some(80), "{done}");
    let foreign = attempt_raw(&app, &other, &id).await;
    assert_error(&foreign, &["NOT_FOUND"]);
    finish(app, &prefix).await;
}

// ---------------------------------------------------------------- 3. resume and takeover

async fn a_second_device_resumes_and_takes_the_attempt_over(backend: Backend) {
    let (app, prefix) = spawn(backend).await;
    let device_a = app.learner("13900000003").await;
    let device_b = app.login("13900000003", "Study2026x").await;
    assert_ne!(device_a, device_b);
    let campaign = campaign_of(&app, &device_a).await;
    let session = unit_session(&app, &device_a, &campaign, "MAIN").await;

    let a = start(&app, &device_a, &session).await;
    let id = str_of(&a, "id").to_owned();
    let mut saved = HashMap::new();
    for (i, q) in questions_of(&a).iter().take(3).enumerate() {
        let label = ["A", "B", "A"][i].to_owned();
        assert!(
            save(
                &app,
                &device_a,
                &id,
                str_of(q, "id"),
                std::slice::from_ref(&label),
                None
            )
            .await
        );
        saved.insert(str_of(q, "id").to_owned(), vec![label]);
    }
    app.clock.advance(chrono::Duration::seconds(2));

    let b = start(&app, &device_b, &session).await;
    assert_eq!(b["id"], a["id"], "a second start must resume the live attempt");
    assert_eq!(b["questions"], a["questions"], "same paper, same order");
    assert_eq!(answers_of(&b), saved);
    assert_eq!(b["deadline"], a["deadline"], "the deadline is not reset");
    assert_eq!(b["startedAt"], a["startedAt"]);
    assert!(
        b["remainingSeconds"].as_i64().unwrap() < a["remainingSeconds"].as_i64().unwrap(),
        "remaining time reset: {} then {}",
        a["remainingSeconds"],
        b["remainingSeconds"]
    );

    let q4 = str_of(&questions_of(&a)[3], "id").to_owned();
    let refused = save_raw(&app, &device_a, &id, &q4, &["A".to_owned()], None).await;
    assert_error(&refused, &["TAKEN_OVER"]);
    let message = refused["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("另一台设备"), "{message}");
    // Nor can it submit: the exam being taken on the new device goes on.
    let refused = app.gql(Some(&device_a), SUBMIT, json!({"a": id})).await;
    assert_error(&refused, &["TAKEN_OVER"]);
    assert_eq!(attempt(&app, &device_b, &id).await["status"], "LIVE");
    assert!(save(&app, &device_b, &id, &q4, &["B".to_owned()], None).await);
    saved.insert(q4.clone(), vec!["B".to_owned()]);
    assert_eq!(answers_of(&attempt(&app, &device_b, &id).await), saved);

    // Taking it back the other way works the same.
    let back = start(&app, &device_a, &session).await;
    assert_eq!(back["id"], a["id"]);
    assert_eq!(answers_of(&back), saved);
    let refused = save_raw(&app, &device_b, &id, &q4, &["A".to_owned()], None).await;
    assert_error(&refused, &["TAKEN_OVER"]);
    assert!(save(&app, &device_a, &id, &q4, &["A".to_owned()], None).await);
    assert_eq!(
        attempts_in_db(&app, learner_of(&app, "13900000003").await.id).await,
        1
    );

    // Four devices starting at the same moment share one attempt.
    let mut devices = vec![app.learner("13900000008").await];
    for _ in 0..3 {
        devices.push(app.login("13900000008", "Study2026x").await);
    }
    let starts = devices.iter().map(|t| start_raw(&app, t, &session));
    let bodies = futures_util::future::join_all(starts).await;
    let ids: HashSet<String> = bodies
        .iter()
        .map(|b| {
            assert!(b["errors"].is_null(), "{b}");
            str_of(&b["data"]["startExam"], "id").to_owned()
        })
        .collect();
    assert_eq!(ids.len(), 1, "{ids:?}");
    assert_eq!(
        attempts_in_db(&app, learner_of(&app, "13900000008").await.id).await,
        1
    );
    // Exactly one of them holds it now.
    let shared = ids.into_iter().next().unwrap();
    let first_q = str_of(&questions_of(&bodies[0]["data"]["startExam"])[0], "id").to_owned();
    let mut holders = 0;
    for t in &devices {
        let body = save_raw(&app, t, &shared, &first_q, &["A".to_owned()], None).await;
        if body["errors"].is_null() {
            holders += 1;
        } else {
            assert_error(&body, &["TAKEN_OVER"]);
        }
    }
    assert_eq!(holders, 1);
    finish(app, &prefix).await;
}

// ---------------------------------------------------------------- saves and the caller

/// Saves take their caller from the replica's memory after the first one, confirmed by the
/// live store with the write: a change to the caller (a new role, a logout, a password reset)
/// must still hold from the very next save, and a refused save must store nothing.
async fn a_save_acts_as_the_caller_is_at_that_moment(backend: Backend) {
    let (app, prefix) = spawn(backend).await;
    let district = app.admin("13800000003").await;
    let phone = "13900000001";
    let token = app.learner(phone).await;
    let campaign = campaign_of(&app, &token).await;
    let session = unit_session(&app, &token, &campaign, "MAIN").await;
    let a = start(&app, &token, &session).await;
    let id = str_of(&a, "id").to_owned();
    let q: Vec<String> = questions_of(&a)
        .iter()
        .take(7)
        .map(|q| str_of(q, "id").to_owned())
        .collect();
    let answer = vec!["A".to_owned()];
    let mut saved = HashMap::new();
    let local = crate::replicas::lookups(&app, "replica").await;
    for question in &q[..2] {
        assert!(save(&app, &token, &id, question, &answer, None).await);
        saved.insert(question.clone(), answer.clone());
    }
    // Opening the paper remembered the learner, so both saves take the caller from the
    // replica's memory (and count as live writes for admission from the first).
    assert_eq!(
        crate::replicas::lookups(&app, "replica").await,
        local + 2,
        "the saves did not take their caller from the replica's memory"
    );

    // A new role changes the caller but not the right to save.
    let unit = app.second_unit(&district).await;
    app.grant_unit_admin(&district, phone, &unit).await;
    assert!(save(&app, &token, &id, &q[2], &answer, None).await);
    saved.insert(q[2].clone(), answer.clone());

    // After a logout the very next save is refused, and stores nothing.
    let out = app.gql(Some(&token), "mutation { logout }", json!({})).await;
    assert_eq!(out["data"]["logout"], true, "{out}");
    assert_error(
        &save_raw(&app, &token, &id, &q[3], &answer, None).await,
        &["UNAUTHENTICATED"],
    );

    // A new device takes the attempt over and saves; a password reset ends that too.
    let device = app.login(phone, "Study2026x").await;
    let resumed = start(&app, &device, &session).await;
    assert_eq!(answers_of(&resumed), saved, "a refused save stored an answer");
    for question in &q[4..6] {
        assert!(save(&app, &device, &id, question, &answer, None).await);
        saved.insert(question.clone(), answer.clone());
    }
    let account = app.id_of(&device, "{ me { id } }", "/data/me/id").await;
    let temporary = app.reset_password(&district, &account).await;
    assert_error(
        &save_raw(&app, &device, &id, &q[6], &answer, None).await,
        &["UNAUTHENTICATED"],
    );

    // On the temporary password: no save until it is changed.
    let again = app.login(phone, &temporary).await;
    assert_error(
        &save_raw(&app, &again, &id, &q[6], &answer, None).await,
        &["PASSWORD_CHANGE_REQUIRED"],
    );
    app.leave_password(&again, &temporary).await;
    let resumed = start(&app, &again, &session).await;
    assert_eq!(answers_of(&resumed), saved, "a refused save stored an answer");
    assert!(save(&app, &again, &id, &q[6], &answer, None).await);
    finish(app, &prefix).await;
}

// ---------------------------------------------------------------- 4. newer save wins

async fn a_newer_save_wins_over_an_older_one_arriving_late(backend: Backend) {
    let (app, prefix) = spawn(backend).await;
    let province = app.admin("13800000001").await;
    let learner = app.learner("13900000004").await;
    let campaign = campaign_of(&app, &learner).await;
    let session = unit_session(&app, &learner, &campaign, "MAIN").await;
    let bank = bank(&app, &province, &campaign).await;
    let a = start(&app, &learner, &session).await;
    let id = str_of(&a, "id").to_owned();
    let q = questions_of(&a)
        .iter()
        .find(|q| q["type"] == "SINGLE")
        .unwrap()
        .clone();
    let qid = str_of(&q, "id").to_owned();
    let answer_now = || async { answers_of(&attempt(&app, &learner, &id).await).get(&qid).cloned() };
    let label = |l: &str| vec![l.to_owned()];

    assert!(save(&app, &learner, &id, &qid, &label("A"), Some(5)).await);
    assert!(!save(&app, &learner, &id, &qid, &label("B"), Some(3)).await);
    assert_eq!(answer_now().await, Some(label("A")));
    assert!(save(&app, &learner, &id, &qid, &label("B"), Some(6)).await);
    assert!(!save(&app, &learner, &id, &qid, &label("C"), Some(4)).await);
    assert_eq!(answer_now().await, Some(label("B")));

    // Without clientSeq, arrival order decides.
    assert!(save(&app, &learner, &id, &qid, &label("C"), None).await);
    assert_eq!(answer_now().await, Some(label("C")));
    assert!(save(&app, &learner, &id, &qid, &label("D"), None).await);
    assert_eq!(answer_now().await, Some(label("D")));
    // Mixed: a numbered save after unnumbered ones still counts, and a late older one does not.
    assert!(save(&app, &learner, &id, &qid, &label("A"), Some(7)).await);
    assert_eq!(answer_now().await, Some(label("A")));
    assert!(!save(&app, &learner, &id, &qid, &label("B"), Some(6)).await);
    assert!(save(&app, &learner, &id, &qid, &label("C"), None).await);
    assert!(save(&app, &learner, &id, &qid, &label("D"), Some(8)).await);
    assert_eq!(answer_now().await, Some(label("D")));
    assert_error(
        &save_raw(&app, &learner, &id, &qid, &label("A"), Some(-1)).await,
        &["BAD_USER_INPUT"],
    );

    // Quick saves in a row (a learner clicking through the options): each one is the newest.
    let other = questions_of(&a)
        .iter()
        .filter(|q| q["type"] == "SINGLE")
        .nth(1)
        .unwrap();
    let other_id = str_of(other, "id");
    let mut stale = Vec::new();
    for i in 0..40 {
        let l = ["A", "B", "C", "D"][i % 4];
        if !save(&app, &learner, &id, other_id, &label(l), None).await {
            stale.push(i);
        }
    }
    let last = answers_of(&attempt(&app, &learner, &id).await)
        .get(other_id)
        .cloned();
    assert!(
        stale.is_empty(),
        "saves without clientSeq {stale:?} were refused as older although they arrived later; answer now {last:?}"
    );
    assert_eq!(last, Some(label("D")));

    // Labels outside the paper are refused.
    let body = save_raw(&app, &learner, &id, &qid, &label("Z"), None).await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    let two = vec!["A".to_owned(), "B".to_owned()];
    let body = save_raw(&app, &learner, &id, &qid, &two, None).await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    // A place beyond the paper, and a bank id (papers name their questions by place).
    let beyond = format!("pq_{}", questions_of(&a).len() + 1);
    let body = save_raw(&app, &learner, &id, &beyond, &label("A"), None).await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    let bank_id = &bank[str_of(&q, "stem")].id;
    let body = save_raw(&app, &learner, &id, bank_id, &label("A"), None).await;
    assert_error(&body, &["NOT_FOUND"]);
    assert_eq!(answer_now().await, Some(label("D")));

    // And the database ends up with the newest one too (within about a second).
    let want = bank_key(&q, "D", &bank);
    let key = (number(&id), number(&bank[str_of(&q, "stem")].id));
    let stored_now = async || {
        attempt_answer::Entity::find_by_id(key)
            .one(&app.db)
            .await
            .unwrap()
            .map(|r| r.choices)
    };
    let stored = eventually(Duration::from_secs(3), stored_now, |s| {
        s.as_deref() == Some(want.as_str())
    })
    .await;
    assert_eq!(stored.as_deref(), Some(want.as_str()));
    // Nothing older overwrites it later: once the write-behind has written all it took.
    if let Some(redis_url) = &app.redis_url {
        let drained = eventually(
            Duration::from_secs(10),
            async || write_behind_drained(redis_url, &prefix).await,
            |d| *d,
        )
        .await;
        assert!(drained, "the write-behind still holds answers");
    }
    let later = stored_now().await;
    assert_eq!(later.as_deref(), Some(want.as_str()));
    let graded = submit(&app, &learner, &id).await;
    // Both questions answered D in the end: graded on that.
    let right = [&q, other]
        .iter()
        .filter(|q| correct_labels(q, &bank) == label("D"))
        .count();
    assert_eq!(graded["score"], right, "{graded}");
    finish(app, &prefix).await;
}

// ---------------------------------------------------------------- 5. the deadline

async fn saves_after_deadline_and_grace_are_refused_and_the_attempt_is_submitted_automatically(
    backend: Backend,
) {
    let (app, prefix) = spawn(backend).await;
    let learner = app.learner("13900000006").await;
    let campaign = campaign_of(&app, &learner).await;
    let unit = unit_id(&app, "蒸湘区司法局").await;

    let now = app.clock.now();
    let ends = now + chrono::Duration::seconds(3);
    // Under way and shorter than the exam: only the database holds such a session.
    let session = insert_unit_session(
        &app.db,
        &campaign,
        &unit,
        "MAIN",
        now - chrono::Duration::minutes(1),
        ends,
    )
    .await;

    let a = start(&app, &learner, &session).await;
    let id = str_of(&a, "id").to_owned();
    let deadline = parse_time(&a["deadline"]);
    assert!(
        (deadline - ends).num_milliseconds().abs() < 1000,
        "deadline {deadline} should be the session's end {ends}"
    );
    assert!(a["remainingSeconds"].as_i64().unwrap() <= 3);
    let q1 = questions_of(&a)[0].clone();
    let q2 = questions_of(&a)[1].clone();
    assert!(save(&app, &learner, &id, str_of(&q1, "id"), &["A".to_owned()], None).await);

    // Within the grace (10 s in the demo) a save is still taken.
    let grace = chrono::Duration::seconds(10);
    app.clock.set(deadline + chrono::Duration::milliseconds(1500));
    assert!(save(&app, &learner, &id, str_of(&q2, "id"), &["B".to_owned()], None).await);

    // After deadline and grace: refused.
    app.clock
        .set(deadline + grace + chrono::Duration::milliseconds(300));
    let late = save_raw(&app, &learner, &id, str_of(&q1, "id"), &["B".to_owned()], None).await;
    assert_error(&late, &["EXAM_CLOSED"]);

    // The sweeper (a background task, every second) submits it with what was saved.
    let mine = eventually(
        Duration::from_secs(4),
        async || my_attempts(&app, &learner, &campaign).await,
        |mine| mine.first().is_some_and(|m| m["status"] == "SUBMITTED"),
    )
    .await;
    let done = &mine[0];
    assert_eq!(done["status"], "SUBMITTED", "not submitted automatically: {done}");
    assert_eq!(done["autoSubmitted"], true);
    let submitted_at = parse_time(&done["submittedAt"]);
    assert!(
        submitted_at - (deadline + grace) < chrono::Duration::seconds(3),
        "submitted at {submitted_at}, deadline {deadline}"
    );
    let answers = answers_of(done);
    assert_eq!(answers.len(), 2, "{done}");
    assert_eq!(answers[str_of(&q1, "id")], vec!["A".to_owned()]);
    assert_eq!(answers[str_of(&q2, "id")], vec!["B".to_owned()]);
    assert!(done["score"].is_i64());

    // Still refused, and submitting again returns the same result.
    let late = save_raw(&app, &learner, &id, str_of(&q2, "id"), &["A".to_owned()], None).await;
    assert_error(&late, &["EXAM_CLOSED"]);
    let again = submit(&app, &learner, &id).await;
    assert_eq!(again["score"], done["score"]);
    assert_eq!(again["submittedAt"], done["submittedAt"]);
    let row = exam_attempt::Entity::find_by_id(number(&id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(row.auto_submitted);
    assert_eq!(sea_orm::ActiveEnum::to_value(&row.status), "SUBMITTED");
    finish(app, &prefix).await;
}

// ---------------------------------------------------------------- 6. who may start

async fn only_eligible_learners_with_attempts_left_may_start(backend: Backend) {
    let (app, prefix) = spawn(backend).await;
    let province = app.admin("13800000001").await;
    let district = app.admin("13800000003").await;

    // Below the required points.
    let short = app.learner("13900000021").await;
    let campaign = campaign_of(&app, &short).await;
    let campaign_number = number(&campaign);
    let session = unit_session(&app, &short, &campaign, "MAIN").await;
    let body = start_raw(&app, &short, &session).await;
    assert_error(&body, &["NOT_ELIGIBLE"]);
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("积分"), "{message}");
    assert_eq!(
        attempts_in_db(&app, learner_of(&app, "13900000021").await.id).await,
        0
    );

    // An approved exemption (the demo's pending application, approved by the district office
    // since the roster is frozen), with the points in place so only the exemption refuses.
    let exempt = learner_of(&app, "13900000030").await;
    eligible(&app, exempt.id, campaign_number).await;
    let application = exemption::Entity::find()
        .filter(exemption::Column::LearnerId.eq(exempt.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let decided = app
        .gql(
            Some(&district),
            "mutation($id: ID!) { decideExemption(id: $id, approve: true) { status } }",
            json!({"id": format!("exm_{}", application.id)}),
        )
        .await;
    assert_eq!(
        decided["data"]["decideExemption"]["status"], "APPROVED",
        "{decided}"
    );
    let exempt_token = app.learner("13900000030").await;
    let body = start_raw(&app, &exempt_token, &session).await;
    assert_error(&body, &["NOT_ELIGIBLE"]);
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("免考"), "{message}");
    assert_eq!(attempts_in_db(&app, exempt.id).await, 0);

    // Passed the main exam: no make-up, no second main attempt.
    let passer = app.learner("13900000005").await;
    let passer_id = learner_of(&app, "13900000005").await.id;
    let bank = bank(&app, &province, &campaign).await;
    let a = start(&app, &passer, &session).await;
    answer_all_correctly(&app, &passer, &a, &bank).await;
    let result = submit(&app, &passer, str_of(&a, "id")).await;
    assert_eq!(result["passed"], true);

    let makeup = unit_session(&app, &passer, &campaign, "MAKEUP").await;
    let body = start_raw(&app, &passer, &makeup).await;
    assert_error(&body, &["NOT_ELIGIBLE", "EXAM_CLOSED"]);
    assert!(body["data"].is_null() || body["data"]["startExam"].is_null());
    assert_eq!(attempts_in_db(&app, passer_id).await, 1);

    let body = start_raw(&app, &passer, &session).await;
    assert_error(&body, &["NOT_ELIGIBLE"]);
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("次数"), "{message}");
    assert_eq!(attempts_in_db(&app, passer_id).await, 1);

    // Failing the main exam does not open a second main attempt either (main attempts 1).
    let failer = app.learner("13900000007").await;
    let failer_id = learner_of(&app, "13900000007").await.id;
    let a = start(&app, &failer, &session).await;
    let result = submit(&app, &failer, str_of(&a, "id")).await;
    assert_eq!(result["score"], 0);
    assert_eq!(result["passed"], false);
    let body = start_raw(&app, &failer, &session).await;
    assert_error(&body, &["NOT_ELIGIBLE"]);
    assert_eq!(attempts_in_db(&app, failer_id).await, 1);

    // Administrators do not sit exams.
    let body = start_raw(&app, &district, &session).await;
    assert!(
        ["FORBIDDEN", "NOT_FOUND"].contains(&code(&body)),
        "an administrator started an exam: {body}"
    );
    finish(app, &prefix).await;
}

// ---------------------------------------------------------------- 7. exam-centre seats

async fn exam_centre_seats_are_never_overbooked(backend: Backend) {
    let (app, prefix) = spawn(backend).await;
    let city = app.admin("13800000002").await;
    let district = app.admin("13800000003").await;
    let other_district = app.admin("13800000004").await;
    let campaign = campaign_of(&app, &city).await;
    let hengyang = region_id(&app, "430400").await;
    let now = app.clock.now();

    let created = app
        .gql(
            Some(&city),
            CENTRE,
            json!({"i": {
                "campaignId": campaign,
                "regionId": hengyang,
                "centreName": "衡阳市考试中心（测试考场）",
                "kind": "MAIN",
                "startsAt": cst(now + chrono::Duration::hours(1)),
                "endsAt": cst(now + chrono::Duration::hours(3)),
                "seats": 10,
            }}),
        )
        .await;
    let centre = &created["data"]["createExamCenterSession"];
    assert_eq!(centre["seats"], 10, "{created}");
    assert_eq!(centre["booked"], 0);
    let session = str_of(centre, "id").to_owned();

    let chengxiang = unit_id(&app, "呈祥街道").await;
    let mut learners = Vec::new();
    for i in 0..20 {
        let body = app
            .gql(
                Some(&district),
                "mutation($i: AddLearnerInput!) { addLearner(input: $i) { id } }",
                json!({"i": {"unitId": chengxiang, "name": format!("考生{i}"), "phone": format!("1370000{i:04}")}}),
            )
            .await;
        learners.push(
            body["data"]["addLearner"]["id"]
                .as_str()
                .unwrap_or_else(|| panic!("addLearner: {body}"))
                .to_owned(),
        );
    }

    let calls = (0..50).map(|i| {
        let learner = learners[i % learners.len()].clone();
        let app = &app;
        let district = &district;
        let session = &session;
        async move {
            app.gql(Some(district), BOOK, json!({"s": session, "l": [learner]}))
                .await
        }
    });
    let results = futures_util::future::join_all(calls).await;
    let mut accepted = 0;
    let mut refused = 0;
    for body in &results {
        if body["errors"].is_null() {
            let booked = body["data"]["bookExamCenterSeats"]["booked"].as_i64().unwrap();
            assert!(booked <= 10, "overbooked: {body}");
            accepted += 1;
        } else {
            assert_error(body, &["CONFLICT"]);
            refused += 1;
        }
    }
    assert!(refused >= 10, "accepted {accepted}, refused {refused}");

    let session_number = number(&session);
    let row = exam_session::Entity::find_by_id(session_number)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let bookings = seat_booking::Entity::find()
        .filter(seat_booking::Column::SessionId.eq(session_number))
        .all(&app.db)
        .await
        .unwrap();
    let distinct: HashSet<i32> = bookings.iter().map(|b| b.learner_id).collect();
    assert_eq!(distinct.len(), bookings.len(), "a learner booked twice");
    assert!(row.booked <= 10, "booked {}", row.booked);
    assert_eq!(row.booked as usize, distinct.len());
    assert_eq!(row.booked, 10, "every fresh learner fits until the seats run out");
    let ours: HashSet<i32> = learners.iter().map(|l| number(l)).collect();
    assert!(distinct.is_subset(&ours));

    // A learner of a unit with internet sits in its own unit.
    let online = learner_of(&app, "13900000001").await;
    let body = app
        .gql(
            Some(&district),
            BOOK,
            json!({"s": session, "l": [format!("lrn_{}", online.id)]}),
        )
        .await;
    assert_error(&body, &["BAD_USER_INPUT"]);

    // Another district's office cannot reach 蒸湘区's learners.
    let unbooked = learners
        .iter()
        .find(|l| !distinct.contains(&number(l)))
        .unwrap()
        .clone();
    let body = app
        .gql(
            Some(&other_district),
            BOOK,
            json!({"s": session, "l": [unbooked]}),
        )
        .await;
    assert_error(&body, &["NOT_FOUND"]);
    let after = exam_session::Entity::find_by_id(session_number)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.booked, 10);
    assert_eq!(
        seat_booking::Entity::find()
            .filter(seat_booking::Column::SessionId.eq(session_number))
            .count(&app.db)
            .await
            .unwrap(),
        10
    );

    // A booked seat is what lets a learner of a unit without internet sit the exam.
    // Already under way: written straight into the database, as the API refuses it.
    let open = insert_centre_session(
        &app.db,
        &campaign,
        &hengyang,
        "衡阳市考试中心（开考中）",
        5,
        now - chrono::Duration::minutes(1),
        now + chrono::Duration::hours(2),
    )
    .await;
    // One seat per learner per window: both come from those without a seat above.
    let free: Vec<usize> = (0..learners.len())
        .filter(|i| !distinct.contains(&number(&learners[*i])))
        .collect();
    let seated = &learners[free[0]];
    let unseated = &learners[free[1]];
    let body = app
        .gql(Some(&district), BOOK, json!({"s": open, "l": [seated]}))
        .await;
    assert_eq!(body["data"]["bookExamCenterSeats"]["booked"], 1, "{body}");
    for l in [seated, unseated] {
        eligible(&app, number(l), number(&campaign)).await;
    }
    let seated_token = app.learner(&format!("1370000{:04}", free[0])).await;
    let unseated_token = app.learner(&format!("1370000{:04}", free[1])).await;
    let sessions = app
        .gql(Some(&seated_token), SESSIONS, json!({"c": campaign}))
        .await;
    assert!(
        sessions["data"]["examSessions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == open.as_str()),
        "{sessions}"
    );
    let a = start(&app, &seated_token, &open).await;
    assert_eq!(questions_of(&a).len(), 80);
    let body = start_raw(&app, &unseated_token, &open).await;
    assert_error(&body, &["NOT_FOUND", "NOT_ELIGIBLE", "FORBIDDEN"]);
    assert_eq!(attempts_in_db(&app, number(unseated)).await, 0);
    finish(app, &prefix).await;
}

// ---------------------------------------------------------------- 8. scheduling

async fn sessions_are_checked_when_scheduled(backend: Backend) {
    let (app, prefix) = spawn(backend).await;
    let province = app.admin("13800000001").await;
    let district = app.admin("13800000003").await;
    let unit_admin = app.admin("13800000005").await;
    let campaign = campaign_of(&app, &unit_admin).await;
    let zx = unit_id(&app, "蒸湘区司法局").await;
    let count = || async { exam_session::Entity::find().count(&app.db).await.unwrap() };
    let before = count().await;
    let now = app.clock.now();

    // Outside the main window (it ends 12 days from now in the demo).
    let far = now + chrono::Duration::days(20);
    let body = schedule(
        &app,
        &unit_admin,
        &campaign,
        &zx,
        "MAIN",
        far,
        far + chrono::Duration::hours(2),
    )
    .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("startsAt") && message.contains("endsAt"),
        "{message}"
    );
    // A make-up session in the main window is outside the make-up window.
    let body = schedule(
        &app,
        &unit_admin,
        &campaign,
        &zx,
        "MAKEUP",
        now + chrono::Duration::hours(1),
        now + chrono::Duration::hours(2),
    )
    .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    // Ending before it starts.
    let body = schedule(
        &app,
        &unit_admin,
        &campaign,
        &zx,
        "MAIN",
        now + chrono::Duration::hours(2),
        now + chrono::Duration::hours(1),
    )
    .await;
    assert_error(&body, &["BAD_USER_INPUT"]);

    // A unit without internet goes to an exam centre instead.
    let chengxiang = unit_id(&app, "呈祥街道").await;
    let body = schedule(
        &app,
        &district,
        &campaign,
        &chengxiang,
        "MAIN",
        now + chrono::Duration::hours(1),
        now + chrono::Duration::hours(2),
    )
    .await;
    assert_error(&body, &["BAD_USER_INPUT"]);

    // A bank too small for the blueprint: refused when the session is scheduled.
    let hunan = region_id(&app, "430000").await;
    let year = app.clock.today().year() + 1;
    let created = app
        .gql(
            Some(&province),
            "mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }",
            json!({"i": campaign_input(&hunan, year)}),
        )
        .await;
    let next = created["data"]["createCampaign"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("createCampaign: {created}"))
        .to_owned();
    let starts = DateTime::parse_from_rfc3339(&format!("{year}-09-26T09:00:00+08:00"))
        .unwrap()
        .with_timezone(&Utc);
    let body = schedule(
        &app,
        &unit_admin,
        &next,
        &zx,
        "MAIN",
        starts,
        starts + chrono::Duration::hours(2),
    )
    .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("题库"), "{message}");
    assert_eq!(count().await, before, "a refused session was written");

    // Inside the window, for its own unit: scheduled.
    let body = schedule(
        &app,
        &unit_admin,
        &campaign,
        &zx,
        "MAIN",
        now + chrono::Duration::hours(1),
        now + chrono::Duration::hours(2),
    )
    .await;
    assert!(body["errors"].is_null(), "{body}");
    let s = &body["data"]["scheduleExamSession"];
    assert_eq!(s["kind"], "MAIN");
    assert_eq!(s["unit"]["name"], "蒸湘区司法局");
    assert!(str_of(s, "startsAt").ends_with("+08:00"));
    assert_eq!(count().await, before + 1);
    finish(app, &prefix).await;
}

// ---------------------------------------------------------------- 9. importing questions

async fn questions_import_from_csv_with_chinese_headers(backend: Backend) {
    let (app, prefix) = spawn(backend).await;
    let province = app.admin("13800000001").await;
    let hunan = region_id(&app, "430000").await;
    let year = app.clock.today().year() + 1;
    let created = app
        .gql(
            Some(&province),
            "mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }",
            json!({"i": campaign_input(&hunan, year)}),
        )
        .await;
    let campaign = created["data"]["createCampaign"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("createCampaign: {created}"))
        .to_owned();
    let import = |bytes: Vec<u8>| {
        let app = &app;
        let province = &province;
        let campaign = &campaign;
        async move {
            let body = app
                .upload(
                    province,
                    IMPORT,
                    json!({"c": campaign}),
                    "题库.csv",
                    "text/csv",
                    bytes,
                )
                .await;
            assert!(body["errors"].is_null(), "importQuestions: {body}");
            body["data"]["importQuestions"].clone()
        }
    };
    let good = "题型,题干,选项A,选项B,选项C,选项D,答案,解析,法律依据\n\
        单选,我国的根本法是（　）。,民法典,宪法,刑法,行政法,B,宪法是国家的根本法。,《宪法》\n\
        多选,下列属于国家机关的有（　）。,国务院,某公司,最高人民法院,某协会,\"A,C\",国务院和法院是国家机关。,《宪法》\n\
        判断,居住权自登记时设立。,,,,,正确,民法典规定居住权自登记时设立。,《民法典》\n";

    let report = import(good.as_bytes().to_vec()).await;
    assert_eq!(report["created"], 3, "{report}");
    assert_eq!(report["updated"], 0);
    assert_eq!(report["unchanged"], 0);
    assert_eq!(report["written"], true);
    assert!(report["errors"].as_array().unwrap().is_empty(), "{report}");

    let body = app.gql(Some(&province), BANK, json!({"c": campaign})).await;
    let questions = body["data"]["questions"].as_array().unwrap().clone();
    assert_eq!(questions.len(), 3, "{body}");
    let by_type = |t: &str| questions.iter().find(|q| q["type"] == t).unwrap().clone();
    let single = by_type("SINGLE");
    assert_eq!(single["answer"], "B");
    assert_eq!(single["options"].as_array().unwrap().len(), 4);
    assert_eq!(single["options"][1]["text"], "宪法");
    assert_eq!(single["lawSource"], "《宪法》");
    assert_eq!(single["explanation"], "宪法是国家的根本法。");
    let multiple = by_type("MULTIPLE");
    assert_eq!(multiple["answer"], "AC");
    let tf = by_type("TRUE_FALSE");
    assert_eq!(tf["answer"], "A");
    let tf_texts: Vec<&str> = tf["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| str_of(o, "text"))
        .collect();
    assert_eq!(tf_texts, ["正确", "错误"]);

    // The same file again changes nothing.
    let again = import(good.as_bytes().to_vec()).await;
    assert_eq!(again["created"], 0, "{again}");
    assert_eq!(again["updated"], 0);
    assert_eq!(again["unchanged"], 3);
    assert_eq!(again["written"], false);

    // Bad rows are reported by row number and nothing is written, not even the good row.
    let bad = "题型,题干,选项A,选项B,选项C,选项D,答案,解析,法律依据\n\
        单选,一道新的好题（　）。,甲,乙,丙,丁,A,,\n\
        填空,题型不对的题（　）。,甲,乙,丙,丁,A,,\n\
        单选,答案不在选项中的题（　）。,甲,乙,丙,丁,E,,\n\
        多选,只有一个答案的多选题（　）。,甲,乙,丙,丁,B,,\n";
    let report = import(bad.as_bytes().to_vec()).await;
    assert_eq!(report["written"], false, "{report}");
    let rows: Vec<i64> = report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            assert!(!str_of(e, "message").is_empty());
            e["row"].as_i64().unwrap()
        })
        .collect();
    assert_eq!(rows, [3, 4, 5], "{report}");
    let total = question::Entity::find()
        .filter(question::Column::CampaignId.eq(number(&campaign)))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(total, 3, "a file with errors wrote questions");
    finish(app, &prefix).await;
}

// ---------------------------------------------------------------- grading and the make-up

/// Saves answers that score exactly `target` on an 80-question demo paper (40 single and
/// 20 true/false at 1 point, 20 multiple at 2): singles and true/false right in paper order
/// until the target, everything else wrong; each multiple-choice question gets part of its
/// correct options only (all or nothing: worth 0).
async fn answer_for_score(
    app: &TestApp,
    token: &str,
    attempt: &Value,
    bank: &HashMap<String, BankQuestion>,
    target: i64,
) {
    let id = str_of(attempt, "id");
    let mut score = 0;
    for q in questions_of(attempt) {
        let correct = correct_labels(q, bank);
        let labels: Vec<String> = q["options"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| str_of(o, "key").to_owned())
            .collect();
        let wrong = labels.iter().find(|l| !correct.contains(l)).cloned();
        let choice = if q["type"] == "MULTIPLE" {
            // Part of the answer: one right option, plus a wrong one when only one is right.
            let mut partial = vec![correct[0].clone()];
            if correct.len() == 1 {
                partial.extend(wrong);
            }
            partial
        } else if score < target {
            score += q["points"].as_i64().unwrap();
            correct
        } else {
            wrong.into_iter().collect()
        };
        assert!(save(app, token, id, str_of(q, "id"), &choice, None).await);
    }
    assert_eq!(
        score, target,
        "the paper cannot make {target} from singles and true/false"
    );
}

/// Opens a make-up window today with a session of the learners' unit open now.
async fn open_makeup_now(app: &TestApp, campaign: &str, learner_phone: &str) -> String {
    use sea_orm::{ActiveModelTrait, Set};
    let c = entity::campaign::Entity::find_by_id(number(campaign))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let today = app.clock.today();
    let mut active: entity::campaign::ActiveModel = c.clone().into();
    active.makeup_start = Set(today);
    active.makeup_end = Set(today);
    active.main_attempts = Set(2);
    active.update(&app.db).await.unwrap();
    let l = learner_of(app, learner_phone).await;
    let unit = entity::unit::Entity::find_by_id(l.unit_id.unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let now = app.clock.now();
    let session = entity::exam_session::ActiveModel {
        campaign_id: Set(c.id),
        kind: Set(entity::exam_session::ExamKind::Makeup),
        unit_id: Set(Some(unit.id)),
        region_path: Set(unit.region_path.clone()),
        centre_name: Set(None),
        seats: Set(None),
        booked: Set(0),
        starts_at: Set(now - chrono::Duration::minutes(1)),
        ends_at: Set(now + chrono::Duration::hours(2)),
        created_by: Set(1),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    format!("sess_{}", session.id)
}

/// 59 fails and 60 passes; a multiple-choice question partly right is worth nothing; with two
/// main attempts the best counts; the make-up is for the failed and the absent, not for
/// those who passed.
async fn grading_best_score_and_the_makeup(backend: Backend) {
    let (app, prefix) = spawn(backend).await;
    let province = app.admin("13800000001").await;
    let district = app.admin("13800000003").await;
    let twice = app.learner("13900000006").await;
    let failed = app.learner("13900000007").await;
    let absent = app.learner("13900000009").await;
    let campaign = campaign_of(&app, &twice).await;
    let main = unit_session(&app, &twice, &campaign, "MAIN").await;
    let makeup = open_makeup_now(&app, &campaign, "13900000006").await;
    let bank = bank(&app, &province, &campaign).await;
    let unit = format!("unit_{}", learner_of(&app, "13900000006").await.unit_id.unwrap());
    let passed_in_unit = || async {
        let body = app
            .gql(
                Some(&district),
                "query($c: ID!, $n: ID!) { stats(campaignId: $c, nodeId: $n) { passed participated } }",
                json!({"c": campaign, "n": unit}),
            )
            .await;
        (
            body["data"]["stats"]["passed"]
                .as_i64()
                .unwrap_or_else(|| panic!("{body}")),
            body["data"]["stats"]["participated"].as_i64().unwrap(),
        )
    };
    let (passed_before, took_before) = passed_in_unit().await;

    // 59: failed, multiple choice partly right scoring nothing.
    let first = start(&app, &twice, &main).await;
    answer_for_score(&app, &twice, &first, &bank, 59).await;
    let result = submit(&app, &twice, str_of(&first, "id")).await;
    assert_eq!(
        (result["score"].as_i64(), result["passed"].as_bool()),
        (Some(59), Some(false)),
        "{result}"
    );
    // 60 on the second main attempt: passed, and the best score counts.
    let second = start(&app, &twice, &main).await;
    assert_ne!(second["id"], first["id"]);
    answer_for_score(&app, &twice, &second, &bank, 60).await;
    let result = submit(&app, &twice, str_of(&second, "id")).await;
    assert_eq!(
        (result["score"].as_i64(), result["passed"].as_bool()),
        (Some(60), Some(true)),
        "{result}"
    );
    // No third main attempt, and no make-up after passing.
    assert_error(&start_raw(&app, &twice, &main).await, &["NOT_ELIGIBLE"]);
    assert_error(&start_raw(&app, &twice, &makeup).await, &["NOT_ELIGIBLE"]);

    // Failed the main exam (twice, nothing answered): the make-up is open to him.
    for _ in 0..2 {
        let a = start(&app, &failed, &main).await;
        let r = submit(&app, &failed, str_of(&a, "id")).await;
        assert_eq!(r["passed"], false);
    }
    let m = start(&app, &failed, &makeup).await;
    assert_eq!(m["kind"], "MAKEUP");
    answer_all_correctly(&app, &failed, &m, &bank).await;
    assert_eq!(submit(&app, &failed, str_of(&m, "id")).await["score"], 100);
    // One make-up attempt only.
    assert_error(&start_raw(&app, &failed, &makeup).await, &["NOT_ELIGIBLE"]);

    // Never sat the main exam: the make-up is open to him too.
    let m = start(&app, &absent, &makeup).await;
    answer_for_score(&app, &absent, &m, &bank, 60).await;
    assert_eq!(submit(&app, &absent, str_of(&m, "id")).await["passed"], true);

    // Three more took part and passed, each counted once, on the best attempt.
    let (passed_after, took_after) = passed_in_unit().await;
    assert_eq!(took_after - took_before, 3);
    assert_eq!(passed_after - passed_before, 3);
    let attempts = my_attempts(&app, &twice, &campaign).await;
    let mut scores: Vec<i64> = attempts.iter().map(|a| a["score"].as_i64().unwrap()).collect();
    scores.sort();
    assert_eq!(scores, vec![59, 60]);
    finish(app, &prefix).await;
}
