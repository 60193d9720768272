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

mod grading;
mod saves;
mod starting;

on_both_backends!(
    a_learner_answers_everything_correctly_and_scores_100,
    no_answer_is_reachable_before_submission,
    a_second_device_resumes_and_takes_the_attempt_over,
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
