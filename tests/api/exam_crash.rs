//! No acknowledged answer is lost, on PostgreSQL + Redis: the server process killed with
//! SIGKILL in the middle of an attempt, Redis wiped in the middle of an attempt, and two
//! server replicas submitting an attempt at its deadline exactly once.
//!
//! These run the real `xuefa` binary as child processes, started by the load tool's harness
//! (`loadtest::services::ServerProcess`; except the Redis wipe, which uses the
//! in-process server) and are skipped when `TEST_DATABASE_URL`/`TEST_REDIS_URL` are unset.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use entity::{attempt_answer, exam_attempt};
use loadtest::{ServerProcess, ServerSpec};
use sea_orm::{
    ColumnTrait, ConnectionTrait, Database, DatabaseConnection, EntityTrait, QueryFilter, TransactionTrait,
};
use serde_json::{Value, json};

use crate::helpers::exam::{
    Gql, answers_of, bank, campaign_of, correct_labels, insert_unit_session, learner_token, my_attempts,
    parse_time, questions_of, save, start, str_of, submit, unit_session,
};
use crate::helpers::{Backend, TestApp, eventually, fresh_database, unique_prefix, wipe_redis_prefix};

fn postgres() -> Option<(Backend, String)> {
    let backend = Backend::postgres();
    match &backend {
        Some(Backend::Postgres { redis_url, .. }) => {
            let redis_url = redis_url.clone();
            backend.map(|b| (b, redis_url))
        }
        _ => {
            crate::helpers::skipped(concat!(module_path!(), " (a crash test)"));
            None
        }
    }
}

/// A `xuefa serve` child process (the load tool's harness, `loadtest::services`), logging
/// JSON lines to a file.
struct Server {
    process: ServerProcess,
    client: reqwest::Client,
    /// The process's clock: the system's, or where `start_again_at` put it.
    clock: xuefa::infra::clock::Clock,
    _logs: tempfile::TempDir,
}

impl Server {
    async fn start(database_url: &str, redis_url: &str, prefix: &str) -> Server {
        let logs = tempfile::tempdir().unwrap();
        let spec = ServerSpec {
            bin: PathBuf::from(env!("CARGO_BIN_EXE_xuefa")),
            database_url: database_url.to_owned(),
            redis_url: Some(redis_url.to_owned()),
            redis_prefix: prefix.to_owned(),
            port: loadtest::free_port().unwrap(),
            env: [
                ("XUEFA_LOG_FORMAT", "json"),
                ("RUST_LOG", "info,sqlx=warn,sea_orm=warn"),
                ("XUEFA_SHUTDOWN_GRACE_SECONDS", "1"),
            ]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .to_vec(),
            log: logs.path().join("server.log"),
        };
        let process = ServerProcess::start(spec, Duration::from_secs(60))
            .await
            .unwrap_or_else(|e| panic!("start xuefa serve: {e}"));
        Server {
            process,
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(60))
                .build()
                .unwrap(),
            clock: xuefa::infra::clock::Clock::system(),
            _logs: logs,
        }
    }

    /// SIGKILL: no shutdown, no last flush.
    async fn kill(&mut self) {
        self.process.kill9().await;
    }

    fn alive(&mut self) -> bool {
        self.process.alive()
    }

    /// SIGTERM, and waits until the process has exited (after its last flush).
    async fn terminate(&mut self) {
        let _ = std::process::Command::new("kill")
            .args(["-TERM", &self.process.pid.to_string()])
            .status();
        let stopped = eventually(Duration::from_secs(15), async || !self.process.alive(), |s| *s).await;
        assert!(stopped, "xuefa serve still running 15 s after SIGTERM");
    }

    /// Starts the terminated server again (same port, database and Redis) with its clock put at
    /// `at` (`XUEFA_NOW`): a process's clock cannot be moved from outside while it runs.
    async fn start_again_at(&mut self, at: chrono::DateTime<chrono::Utc>) {
        self.process.spec.env.retain(|(k, _)| k != "XUEFA_NOW");
        self.process
            .spec
            .env
            .push(("XUEFA_NOW".to_owned(), at.to_rfc3339()));
        self.process
            .restart(Duration::from_secs(60))
            .await
            .unwrap_or_else(|e| panic!("start xuefa serve again: {e}"));
        self.clock.set(at);
    }

    /// The JSON log events it printed.
    fn events(&self) -> Vec<Value> {
        std::fs::read_to_string(&self.process.spec.log)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter(|v| v.is_object())
            .collect()
    }
}

impl Gql for Server {
    async fn call(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut request = self
            .client
            .post(format!("{}/graphql", self.process.base))
            .json(&json!({"query": query, "variables": variables}));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request
            .send()
            .await
            .expect("request reaches the server")
            .json()
            .await
            .expect("response is JSON")
    }
    fn clock(&self) -> &xuefa::infra::clock::Clock {
        &self.clock
    }
}

/// A fresh PostgreSQL database with the demo loaded by `xuefa demo`.
async fn demo_database(backend: &Backend, dir: &tempfile::TempDir) -> (String, DatabaseConnection) {
    let url = fresh_database(backend, dir).await;
    loadtest::services::run_xuefa(std::path::Path::new(env!("CARGO_BIN_EXE_xuefa")), &url, &["demo"])
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let db = Database::connect(url.as_str()).await.unwrap();
    (url, db)
}

fn number(id: &str) -> i32 {
    id.rsplit_once('_').unwrap().1.parse().unwrap()
}

/// The bank question at a paper place (`pq_3`), from the attempt's stored paper.
fn bank_id_at(paper: &[Value], place: &str) -> i32 {
    let index = usize::try_from(number(place) - 1).unwrap();
    i32::try_from(paper[index]["q"].as_i64().unwrap()).unwrap()
}

/// The bank keys behind the labels of a paper question, from the attempt's stored paper.
fn keys_in_paper(paper: &[Value], question: i32, labels: &[String]) -> String {
    let entry = paper
        .iter()
        .find(|e| e["q"] == question)
        .unwrap_or_else(|| panic!("question {question} not in the paper"));
    let order: Vec<&str> = entry["o"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    let mut keys: Vec<&str> = labels
        .iter()
        .map(|l| order[(l.as_bytes()[0] - b'A') as usize])
        .collect();
    keys.sort_unstable();
    keys.concat()
}

async fn stored_answers(db: &DatabaseConnection, attempt: i32) -> HashMap<i32, String> {
    attempt_answer::Entity::find()
        .filter(attempt_answer::Column::AttemptId.eq(attempt))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| (a.question_id, a.choices))
        .collect()
}

async fn stream_length(redis_url: &str, prefix: &str) -> i64 {
    let client = redis::Client::open(redis_url).unwrap();
    let mut c = client.get_multiplexed_async_connection().await.unwrap();
    redis::cmd("XLEN")
        .arg(format!("{prefix}:wb"))
        .query_async(&mut c)
        .await
        .unwrap()
}

/// How many stream entries were read by a flusher and not yet acknowledged.
async fn pending(redis_url: &str, prefix: &str) -> i64 {
    let client = redis::Client::open(redis_url).unwrap();
    let mut c = client.get_multiplexed_async_connection().await.unwrap();
    let summary: redis::Value = redis::cmd("XPENDING")
        .arg(format!("{prefix}:wb"))
        .arg("flushers")
        .query_async(&mut c)
        .await
        .unwrap();
    match summary {
        redis::Value::Array(parts) => match parts.first() {
            Some(redis::Value::Int(n)) => *n,
            other => panic!("XPENDING: {other:?}"),
        },
        other => panic!("XPENDING: {other:?}"),
    }
}

/// Some labels to save for a question: a different pattern per question.
fn some_labels(q: &Value, i: usize) -> Vec<String> {
    let n = q["options"].as_array().unwrap().len();
    if q["type"] == "MULTIPLE" {
        let mut labels = vec!["A".to_owned(), ["B", "C", "D"][i % 3].to_owned()];
        labels.sort();
        labels
    } else {
        vec![["A", "B", "C", "D"][i % n.min(4)].to_owned()]
    }
}

// ---------------------------------------------------------------- 10. SIGKILL

#[tokio::test(flavor = "multi_thread")]
async fn sigkill_mid_attempt_loses_no_acknowledged_answer() {
    let Some((backend, redis_url)) = postgres() else {
        return;
    };
    let began = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let (url, db) = demo_database(&backend, &dir).await;
    let prefix = unique_prefix();

    let mut first = Server::start(&url, &redis_url, &prefix).await;
    let token = learner_token(&first, "13900000001").await;
    let campaign = campaign_of(&first, &token).await;
    let session = unit_session(&first, &token, &campaign, "MAIN").await;
    let a = start(&first, &token, &session).await;
    let id = str_of(&a, "id").to_owned();
    let mut saved: HashMap<String, Vec<String>> = HashMap::new();
    for (i, q) in questions_of(&a).iter().take(30).enumerate() {
        let labels = some_labels(q, i);
        assert!(save(&first, &token, &id, str_of(q, "id"), &labels, None).await);
        saved.insert(str_of(q, "id").to_owned(), labels);
    }
    // Straight after the last acknowledgement.
    first.kill().await;
    assert!(!first.alive());
    let before_restart = stored_answers(&db, number(&id)).await.len();
    eprintln!("at the kill, {before_restart} of 30 answers were in the database");

    let second = Server::start(&url, &redis_url, &prefix).await;
    let resumed = start(&second, &token, &session).await;
    assert_eq!(resumed["id"], id.as_str());
    assert_eq!(resumed["questions"], a["questions"]);
    assert_eq!(answers_of(&resumed), saved, "answers lost by the crash");

    // The new process's flusher takes over what the dead one had read but not written.
    let (stored, left) = eventually(
        Duration::from_secs(10),
        async || {
            let stored = stored_answers(&db, number(&id)).await;
            (stored, stream_length(&redis_url, &prefix).await)
        },
        |(stored, left)| stored.len() == 30 && *left == 0,
    )
    .await;
    let row = exam_attempt::Entity::find_by_id(number(&id))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let paper: Vec<Value> = serde_json::from_str(&row.paper).unwrap();
    assert_eq!(stored.len(), 30, "answers in the database: {stored:?}");
    for (q, labels) in &saved {
        let q = bank_id_at(&paper, q);
        assert_eq!(stored[&q], keys_in_paper(&paper, q, labels), "question {q}");
    }
    assert_eq!(left, 0, "entries left in the stream");

    // Again, this time certainly with entries the dead process had read but not written:
    // the answers table is locked, so its flusher hangs in the insert until it is killed.
    let mut second = second;
    let lock = db.begin().await.unwrap();
    lock.execute_unprepared("LOCK TABLE attempt_answers IN EXCLUSIVE MODE")
        .await
        .unwrap();
    for (i, q) in questions_of(&a).iter().enumerate().skip(30).take(10) {
        let labels = some_labels(q, i);
        assert!(save(&second, &token, &id, str_of(q, "id"), &labels, None).await);
        saved.insert(str_of(q, "id").to_owned(), labels);
    }
    let held = eventually(
        Duration::from_secs(5),
        async || pending(&redis_url, &prefix).await,
        |held| *held >= 1,
    )
    .await;
    assert!(held >= 1, "the flusher should hold an entry it cannot write");
    eprintln!("at the second kill the flusher held {held} entries read but not written");
    second.kill().await;
    lock.rollback().await.unwrap();
    assert_eq!(stored_answers(&db, number(&id)).await.len(), 30);

    let third = Server::start(&url, &redis_url, &prefix).await;
    let resumed = start(&third, &token, &session).await;
    assert_eq!(answers_of(&resumed), saved, "answers lost by the second crash");
    let (stored, left, held) = eventually(
        Duration::from_secs(10),
        async || {
            let stored = stored_answers(&db, number(&id)).await;
            let left = stream_length(&redis_url, &prefix).await;
            (stored, left, pending(&redis_url, &prefix).await)
        },
        |(stored, left, held)| stored.len() == 40 && *left == 0 && *held == 0,
    )
    .await;
    assert_eq!(
        stored.len(),
        40,
        "the dead flusher's entries were not claimed: {stored:?}"
    );
    for (q, labels) in &saved {
        let q = bank_id_at(&paper, q);
        assert_eq!(stored[&q], keys_in_paper(&paper, q, labels), "question {q}");
    }
    assert_eq!(left, 0);
    assert_eq!(held, 0);

    drop(third);
    wipe_redis_prefix(&redis_url, &prefix).await;
    eprintln!("sigkill test took {:?}", began.elapsed());
}

// ---------------------------------------------------------------- 11. Redis wiped

#[tokio::test(flavor = "multi_thread")]
async fn redis_wiped_mid_attempt_resumes_from_the_database() {
    let Some((backend, redis_url)) = postgres() else {
        return;
    };
    let began = Instant::now();
    let prefix = unique_prefix();
    let app = TestApp::spawn_with(backend, {
        let prefix = prefix.clone();
        move |s| s.redis_prefix = prefix
    })
    .await;
    let province = app.admin("13800000001").await;
    let token = app.learner("13900000001").await;
    let campaign = campaign_of(&app, &token).await;
    let session = unit_session(&app, &token, &campaign, "MAIN").await;
    let bank = bank(&app, &province, &campaign).await;
    let a = start(&app, &token, &session).await;
    let id = str_of(&a, "id").to_owned();
    let questions = questions_of(&a).clone();

    let mut saved = HashMap::new();
    for q in questions.iter().take(20) {
        let labels = correct_labels(q, &bank);
        assert!(save(&app, &token, &id, str_of(q, "id"), &labels, None).await);
        saved.insert(str_of(q, "id").to_owned(), labels);
    }
    let stored = eventually(
        Duration::from_millis(1500),
        async || stored_answers(&app.db, number(&id)).await.len(),
        |n| *n == 20,
    )
    .await;
    assert_eq!(
        stored, 20,
        "acknowledged answers did not reach the database within 1.5 s"
    );

    let deleted = wipe_redis_prefix(&redis_url, &prefix).await;
    assert!(deleted >= 2, "nothing to wipe under {prefix}");

    let resumed = start(&app, &token, &session).await;
    assert_eq!(resumed["id"], id.as_str());
    assert_eq!(resumed["questions"], a["questions"]);
    assert_eq!(answers_of(&resumed), saved, "answers lost with Redis");

    // Saving works again: the live store was rehydrated.
    for q in questions.iter().skip(20).take(10) {
        let labels = correct_labels(q, &bank);
        assert!(save(&app, &token, &id, str_of(q, "id"), &labels, None).await);
        saved.insert(str_of(q, "id").to_owned(), labels);
    }
    let live = crate::helpers::exam::attempt(&app, &token, &id).await;
    assert_eq!(answers_of(&live), saved);
    // And the write-behind recovers its stream and group.
    let stored = eventually(
        Duration::from_secs(3),
        async || stored_answers(&app.db, number(&id)).await.len(),
        |n| *n == 30,
    )
    .await;
    assert_eq!(
        stored, 30,
        "answers saved after the wipe did not reach the database"
    );

    let expected: i64 = questions
        .iter()
        .take(30)
        .map(|q| q["points"].as_i64().unwrap())
        .sum();
    let result = submit(&app, &token, &id).await;
    assert_eq!(result["score"], expected, "{result}");
    assert_eq!(result["passed"], expected >= 60);
    assert_eq!(stored_answers(&app.db, number(&id)).await.len(), 30);
    let left = eventually(
        Duration::from_secs(5),
        async || stream_length(&redis_url, &prefix).await,
        |n| *n == 0,
    )
    .await;
    assert_eq!(left, 0);

    app.stop().await;
    wipe_redis_prefix(&redis_url, &prefix).await;
    eprintln!("redis wipe test took {:?}", began.elapsed());
}

// ---------------------------------------------------------------- 12. two replicas

#[tokio::test(flavor = "multi_thread")]
async fn two_replicas_submit_at_the_deadline_exactly_once() {
    let Some((backend, redis_url)) = postgres() else {
        return;
    };
    let began = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let (url, db) = demo_database(&backend, &dir).await;
    let prefix = unique_prefix();
    let mut one = Server::start(&url, &redis_url, &prefix).await;
    let mut two = Server::start(&url, &redis_url, &prefix).await;

    let token = learner_token(&one, "13900000001").await;
    let campaign = campaign_of(&one, &token).await;
    let zx = entity::unit::Entity::find()
        .filter(entity::unit::Column::Name.eq("蒸湘区司法局"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let now = one.clock.now();
    let ends = now + chrono::Duration::seconds(3);
    // Under way and shorter than the exam: only the database holds such a session.
    let session = insert_unit_session(
        &db,
        &campaign,
        &format!("unit_{}", zx.id),
        "MAIN",
        now - chrono::Duration::minutes(1),
        ends,
    )
    .await;

    // Starts on one replica, goes on answering on the other.
    let a = start(&one, &token, &session).await;
    let id = str_of(&a, "id").to_owned();
    let deadline = parse_time(&a["deadline"]);
    let mut saved = HashMap::new();
    for (i, q) in questions_of(&a).iter().take(5).enumerate() {
        let labels = some_labels(q, i);
        assert!(save(&two, &token, &id, str_of(q, "id"), &labels, None).await);
        saved.insert(str_of(q, "id").to_owned(), labels);
    }
    assert_eq!(
        answers_of(&crate::helpers::exam::attempt(&one, &token, &id).await),
        saved
    );

    // The deadline and its grace (10 s in the demo) pass: both replicas stop and start again
    // together on a clock put past them; both sweepers (every second) then find it due.
    let past = deadline + chrono::Duration::seconds(12);
    one.terminate().await;
    two.terminate().await;
    tokio::join!(one.start_again_at(past), two.start_again_at(past));
    let row = eventually(
        Duration::from_secs(10),
        async || {
            exam_attempt::Entity::find_by_id(number(&id))
                .one(&db)
                .await
                .unwrap()
                .unwrap()
        },
        |row| sea_orm::ActiveEnum::to_value(&row.status) == "SUBMITTED",
    )
    .await;
    assert_eq!(
        sea_orm::ActiveEnum::to_value(&row.status),
        "SUBMITTED",
        "not submitted at the deadline"
    );
    assert!(row.auto_submitted);
    // Let both sweepers pass over it a few more times. Real time: they are background tasks
    // of other processes, ticking every second, and what is checked is that none submits again.
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert!(one.alive() && two.alive());

    let attempt_number = number(&id);
    let submissions = |s: &Server| {
        s.events()
            .iter()
            .filter(|e| e["message"] == "exam submitted" && e["attempt"] == attempt_number)
            .count()
    };
    let (by_one, by_two) = (submissions(&one), submissions(&two));
    assert_eq!(
        by_one + by_two,
        1,
        "'exam submitted' logged {by_one} times by replica 1 and {by_two} times by replica 2"
    );
    let after = exam_attempt::Entity::find_by_id(attempt_number)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.submitted_at, row.submitted_at, "submitted twice");
    assert_eq!(after.score, row.score);

    let paper: Vec<Value> = serde_json::from_str(&row.paper).unwrap();
    let stored = stored_answers(&db, attempt_number).await;
    assert_eq!(stored.len(), 5, "{stored:?}");
    for (q, labels) in &saved {
        let q = bank_id_at(&paper, q);
        assert_eq!(stored[&q], keys_in_paper(&paper, q, labels));
    }
    for server in [&one, &two] {
        let mine = my_attempts(server, &token, &campaign).await;
        let m = mine.iter().find(|m| m["id"] == id.as_str()).unwrap();
        assert_eq!(m["status"], "SUBMITTED");
        assert_eq!(m["autoSubmitted"], true);
        assert_eq!(answers_of(m), saved);
    }
    let again = submit(&two, &token, &id).await;
    assert_eq!(again["score"].as_i64(), row.score.map(i64::from));

    drop(one);
    drop(two);
    wipe_redis_prefix(&redis_url, &prefix).await;
    eprintln!("two-replica test took {:?}", began.elapsed());
}
