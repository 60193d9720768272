//! Practice (模拟练习): questions the province marks as practice are never the exam's; learners
//! practise at random or by law, see the answer, explanation and law after each answer, and
//! keep a wrong-answer book (错题本) they may clear once they answer right.

use entity::{exam_attempt, question, study_credit};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};

use crate::helpers::record::{current_campaign, sit_exam};
use crate::helpers::{Backend, TestApp, assert_error, learner_of};
use crate::on_both_backends;

on_both_backends!(
    practice_questions_are_never_the_exams,
    the_wrong_answer_book_fills_and_clears,
    a_question_drawn_into_a_paper_stays_an_exam_question,
);

const MARK: &str =
    "mutation($q: ID!, $p: Boolean!) { setQuestionPractice(questionId: $q, practice: $p) { id practice } }";
const ROUND: &str = "query($law: String, $n: Int!) { practiceQuestions(lawSource: $law, count: $n) { id type stem options { key text } lawSource } }";
const ANSWER: &str = "mutation($q: ID!, $a: [String!]!) { answerPractice(questionId: $q, answer: $a) { correct correctAnswer explanation lawSource } }";
const BOOK: &str = "{ myMistakes { question { id stem } wrongCount lastWrongAt answeredRight } }";
const REMOVE: &str = "mutation($q: ID!) { removeMistake(questionId: $q) }";

/// Bank questions of a type, by id order (the demo's bank).
async fn bank(app: &TestApp, question_type: &str) -> Vec<question::Model> {
    question::Entity::find()
        .filter(question::Column::QuestionType.eq(question_type))
        .order_by_asc(question::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

async fn mark(app: &TestApp, province: &str, q: &question::Model) {
    let body = app
        .gql(
            Some(province),
            MARK,
            json!({"q": format!("q_{}", q.id), "p": true}),
        )
        .await;
    assert_eq!(body["data"]["setQuestionPractice"]["practice"], true, "{body}");
}

fn ids(body: &Value, field: &str) -> Vec<String> {
    body["data"][field]
        .as_array()
        .unwrap_or_else(|| panic!("{field}: {body}"))
        .iter()
        .map(|q| q["id"].as_str().unwrap().to_owned())
        .collect()
}

async fn practice_questions_are_never_the_exams(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let singles = bank(&app, "SINGLE").await;
    let law = singles[0].law_source.clone();
    let same_law: Vec<&question::Model> = singles.iter().filter(|q| q.law_source == law).take(2).collect();
    let other = singles.iter().find(|q| q.law_source != law).unwrap();
    let multiple = &bank(&app, "MULTIPLE").await[0];
    let marked = [same_law[0], same_law[1], other, multiple];
    for q in marked {
        mark(&app, &province, q).await;
    }
    let marked_ids: Vec<String> = marked.iter().map(|q| format!("q_{}", q.id)).collect();

    let learner = app.learner("13900000001").await;
    // Everything practice, and nothing else, however many are asked for.
    let body = app.gql(Some(&learner), ROUND, json!({"n": 50})).await;
    let mut got = ids(&body, "practiceQuestions");
    got.sort();
    let mut want = marked_ids.clone();
    want.sort();
    assert_eq!(got, want, "{body}");
    // By law: only that law's.
    let body = app.gql(Some(&learner), ROUND, json!({"law": law, "n": 10})).await;
    let by_law = ids(&body, "practiceQuestions");
    assert_eq!(by_law.len(), 2, "{body}");
    assert!(
        body["data"]["practiceQuestions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|q| q["lawSource"] == law.as_str())
    );
    let laws = app
        .gql(
            Some(&learner),
            "{ practiceLaws { lawSource questions } }",
            json!({}),
        )
        .await;
    let entry = laws["data"]["practiceLaws"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lawSource"] == law.as_str())
        .cloned()
        .unwrap_or_else(|| panic!("{laws}"));
    assert_eq!(entry["questions"], 2);

    // An exam question answers like a missing one: its answer never leaks through practice.
    let exam_question = singles
        .iter()
        .find(|q| !marked.iter().any(|m| m.id == q.id))
        .unwrap();
    let body = app
        .gql(
            Some(&learner),
            ANSWER,
            json!({"q": format!("q_{}", exam_question.id), "a": ["A"]}),
        )
        .await;
    assert_error(&body, &["NOT_FOUND"]);
    assert!(body["data"].is_null() || body["data"]["answerPractice"].is_null());

    // Bad input changes nothing.
    let body = app.gql(Some(&learner), ROUND, json!({"n": 0})).await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    let body = app.gql(Some(&learner), ROUND, json!({"n": 51})).await;
    assert_error(&body, &["BAD_USER_INPUT"]);

    // Administrators do not practise; learners do not mark; a practice question stays one.
    let unit_admin = app.admin("13800000005").await;
    let body = app.gql(Some(&unit_admin), ROUND, json!({"n": 5})).await;
    assert_error(&body, &["FORBIDDEN"]);
    let body = app
        .gql(
            Some(&learner),
            MARK,
            json!({"q": format!("q_{}", exam_question.id), "p": true}),
        )
        .await;
    assert_error(&body, &["NOT_FOUND", "FORBIDDEN"]);
    let body = app
        .gql(Some(&province), MARK, json!({"q": marked_ids[0], "p": false}))
        .await;
    assert_error(&body, &["CONFLICT"]);
    let practice_rows = question::Entity::find()
        .filter(question::Column::Practice.eq(true))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(practice_rows, 4);
}

async fn the_wrong_answer_book_fills_and_clears(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let q = bank(&app, "SINGLE").await[3].clone();
    mark(&app, &province, &q).await;
    let id = format!("q_{}", q.id);
    let wrong = ["A", "B", "C", "D"].into_iter().find(|k| *k != q.answer).unwrap();
    let learner = app.learner("13900000004").await;
    let me = learner_of(&app, "13900000004").await;
    let credits_before = study_credit::Entity::find()
        .filter(study_credit::Column::LearnerId.eq(me.id))
        .count(&app.db)
        .await
        .unwrap();

    // Wrong: the answer, the explanation and the law come back at once; it goes to the book.
    let body = app
        .gql(Some(&learner), ANSWER, json!({"q": id, "a": [wrong]}))
        .await;
    let r = &body["data"]["answerPractice"];
    assert_eq!(r["correct"], false, "{body}");
    assert_eq!(r["correctAnswer"], q.answer.as_str());
    assert_eq!(r["explanation"], q.explanation.as_str());
    assert_eq!(r["lawSource"], q.law_source.as_str());
    let book = app.gql(Some(&learner), BOOK, json!({})).await;
    let entries = book["data"]["myMistakes"].as_array().unwrap();
    assert_eq!(entries.len(), 1, "{book}");
    assert_eq!(entries[0]["question"]["id"], id.as_str());
    assert_eq!(entries[0]["wrongCount"], 1);
    assert_eq!(entries[0]["answeredRight"], false);
    // Not removable before it is answered right.
    assert_error(
        &app.gql(Some(&learner), REMOVE, json!({"q": id})).await,
        &["BAD_USER_INPUT"],
    );

    app.gql(Some(&learner), ANSWER, json!({"q": id, "a": [wrong]}))
        .await;
    // Bad answers are refused and count nothing.
    assert_error(
        &app.gql(Some(&learner), ANSWER, json!({"q": id, "a": ["Z"]}))
            .await,
        &["BAD_USER_INPUT"],
    );
    assert_error(
        &app.gql(Some(&learner), ANSWER, json!({"q": id, "a": ["A", "B"]}))
            .await,
        &["BAD_USER_INPUT"],
    );
    assert_error(
        &app.gql(Some(&learner), ANSWER, json!({"q": id, "a": []})).await,
        &["BAD_USER_INPUT"],
    );
    let book = app.gql(Some(&learner), BOOK, json!({})).await;
    assert_eq!(book["data"]["myMistakes"][0]["wrongCount"], 2, "{book}");

    // Another learner's book is its own.
    let other = app.learner("13900000005").await;
    let theirs = app.gql(Some(&other), BOOK, json!({})).await;
    assert_eq!(theirs["data"]["myMistakes"], json!([]), "{theirs}");
    assert_error(
        &app.gql(Some(&other), REMOVE, json!({"q": id})).await,
        &["NOT_FOUND"],
    );

    // Right (keys in any case of order and spacing): removable, then gone.
    let body = app
        .gql(
            Some(&learner),
            ANSWER,
            json!({"q": id, "a": [format!(" {} ", q.answer)]}),
        )
        .await;
    assert_eq!(body["data"]["answerPractice"]["correct"], true, "{body}");
    let book = app.gql(Some(&learner), BOOK, json!({})).await;
    assert_eq!(book["data"]["myMistakes"][0]["answeredRight"], true, "{book}");
    let body = app.gql(Some(&learner), REMOVE, json!({"q": id})).await;
    assert_eq!(body["data"]["removeMistake"], true, "{body}");
    let book = app.gql(Some(&learner), BOOK, json!({})).await;
    assert_eq!(book["data"]["myMistakes"], json!([]), "{book}");

    // Practice never counts: no attempt, no study credit.
    let attempts = exam_attempt::Entity::find()
        .filter(exam_attempt::Column::LearnerId.eq(me.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(attempts, 0);
    let credits_after = study_credit::Entity::find()
        .filter(study_credit::Column::LearnerId.eq(me.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(credits_after, credits_before);
}

async fn a_question_drawn_into_a_paper_stays_an_exam_question(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let truths = bank(&app, "TRUE_FALSE").await;
    let practice: Vec<i32> = truths.iter().take(5).map(|q| q.id).collect();
    for q in truths.iter().take(5) {
        mark(&app, &province, q).await;
    }
    let learner = app.learner("13900000006").await;
    let campaign = current_campaign(&app, &learner).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    sit_exam(&app, &learner, &campaign, true).await;

    let me = learner_of(&app, "13900000006").await;
    let attempt = exam_attempt::Entity::find()
        .filter(exam_attempt::Column::LearnerId.eq(me.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let paper: Vec<Value> = serde_json::from_str(&attempt.paper).unwrap();
    let drawn: Vec<i64> = paper.iter().map(|e| e["q"].as_i64().unwrap()).collect();
    assert!(!drawn.is_empty());
    assert!(
        drawn.iter().all(|q| !practice.contains(&(*q as i32))),
        "a practice question was drawn: {drawn:?}"
    );
    // A question a learner has seen in a paper cannot become a practice question.
    let body = app
        .gql(
            Some(&province),
            MARK,
            json!({"q": format!("q_{}", drawn[0]), "p": true}),
        )
        .await;
    assert_error(&body, &["CONFLICT"]);
    let still_exam = question::Entity::find_by_id(drawn[0] as i32)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(!still_exam.practice);
}
