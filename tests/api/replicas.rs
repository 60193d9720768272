//! Replicas share nothing but PostgreSQL and Redis: a login on one is valid on the other, a
//! lockout on one holds on the other, an attempt started on one continues on the other.
//! And `/metrics` moves with traffic.

use chrono::Datelike;
use serde_json::json;

use std::time::Duration;

use crate::helpers::exam::{campaign_of, questions_of, save, save_raw, start, str_of, unit_session};
use crate::helpers::{
    Backend, TestApp, assert_error, code, eventually, unique_prefix, wipe_redis_prefix, write_behind_drained,
};
use crate::on_both_backends;

on_both_backends!(metrics_move_with_traffic);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_share_logins_lockouts_and_attempts() {
    let Some(backend) = Backend::postgres() else {
        crate::helpers::skipped(concat!(
            module_path!(),
            "::two_replicas_share_logins_lockouts_and_attempts"
        ));
        return;
    };
    let one = TestApp::spawn(backend).await;
    let two = one.spawn_sibling().await;

    // A token from one replica works on the other; a logout on the other ends it everywhere.
    let token = one.admin("13800000003").await;
    let me = two.gql(Some(&token), "{ me { phone } }", json!({})).await;
    assert_eq!(me["data"]["me"]["phone"], "13800000003", "{me}");

    // Failures on one replica lock the number on both.
    for _ in 0..5 {
        two.login_raw("13800000006", "Wrong2017").await;
    }
    assert_eq!(
        code(&one.login_raw("13800000006", "Xuefa2017").await),
        "ACCOUNT_LOCKED"
    );

    // An attempt started on one continues on the other, with its answers.
    let learner = one.learner("13900000001").await;
    let sessions = one
        .gql(
            Some(&learner),
            "query($y: Int!) { campaign(year: $y) { id } }",
            json!({"y": one.clock.today().year()}),
        )
        .await;
    let campaign = sessions["data"]["campaign"]["id"].clone();
    let list = one
        .gql(
            Some(&learner),
            "query($c: ID!) { examSessions(campaignId: $c) { id kind } }",
            json!({"c": campaign}),
        )
        .await;
    let main = list["data"]["examSessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == "MAIN")
        .unwrap()["id"]
        .clone();
    let started = one
        .gql(
            Some(&learner),
            "mutation($s: ID!) { startExam(sessionId: $s) { id questions { id options { key } } } }",
            json!({"s": main}),
        )
        .await;
    let attempt = started["data"]["startExam"]["id"].clone();
    let question = started["data"]["startExam"]["questions"][0]["id"].clone();
    let saved = two
        .gql(
            Some(&learner),
            "mutation($a: ID!, $q: ID!) { saveAnswer(attemptId: $a, questionId: $q, choices: [\"A\"]) { saved } }",
            json!({"a": attempt, "q": question}),
        )
        .await;
    assert_eq!(saved["data"]["saveAnswer"]["saved"], true, "{saved}");
    let resumed = one
        .gql(
            Some(&learner),
            "mutation($s: ID!) { startExam(sessionId: $s) { id answers { questionId choices } } }",
            json!({"s": main}),
        )
        .await;
    assert_eq!(resumed["data"]["startExam"]["id"], attempt);
    assert_eq!(
        resumed["data"]["startExam"]["answers"][0]["questionId"], question,
        "{resumed}"
    );

    let out = two.gql(Some(&token), "mutation { logout }", json!({})).await;
    assert_eq!(out["data"]["logout"], true);
    assert_error(
        &one.gql(Some(&token), "{ me { phone } }", json!({})).await,
        &["UNAUTHENTICATED"],
    );
}

async fn metrics_move_with_traffic(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let scrape = || async {
        let response = app
            .client
            .get(format!("{}/metrics", app.metrics_base))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        response.text().await.unwrap()
    };
    let value = |text: &str, series: &str| -> f64 {
        text.lines()
            .find(|l| l.starts_with(series))
            .and_then(|l| l.rsplit(' ').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no series {series} in the metrics:\n{text}"))
    };
    // Counters not yet bumped have no series; `absent` says so without reading a value.
    let absent = |text: &str, series: &str| !text.lines().any(|l| l.starts_with(series));
    let before = scrape().await;
    let ok = "xuefa_graphql_operations_total{operation=\"login\",outcome=\"ok\"}";
    let failed = "xuefa_graphql_operations_total{operation=\"login\",outcome=\"UNAUTHENTICATED\"}";
    assert!(absent(&before, ok), "{before}");
    app.admin("13800000001").await;
    app.admin("13800000002").await;
    app.login_raw("13800000001", "Wrong2017").await;
    let learner = app.learner("13900000001").await;
    let c = app
        .gql(
            Some(&learner),
            "query($y: Int!) { campaign(year: $y) { id } }",
            json!({"y": app.clock.today().year()}),
        )
        .await["data"]["campaign"]["id"]
        .clone();
    let list = app
        .gql(
            Some(&learner),
            "query($c: ID!) { examSessions(campaignId: $c) { id kind } }",
            json!({"c": c}),
        )
        .await;
    let main = list["data"]["examSessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == "MAIN")
        .unwrap()["id"]
        .clone();
    app.gql(
        Some(&learner),
        "mutation($s: ID!) { startExam(sessionId: $s) { id } }",
        json!({"s": main}),
    )
    .await;

    let after = scrape().await;
    assert_eq!(value(&after, ok), 3.0, "{after}");
    assert_eq!(value(&after, failed), 1.0);
    assert!(
        value(
            &after,
            "xuefa_graphql_operation_seconds_count{operation=\"login\",outcome=\"ok\"}"
        ) >= 3.0
    );
    assert_eq!(value(&after, "xuefa_live_attempts"), 1.0);
    assert!(after.contains("xuefa_answer_backlog "));
    assert!(after.contains("xuefa_db_pool_connections{state=\"idle\"}"));
    assert!(after.contains("xuefa_redis_errors_total"));
    // Nothing was shed at these few requests; the scrape itself is not a GraphQL request.
    assert_eq!(value(&after, "xuefa_requests_in_flight"), 0.0, "{after}");
    for kind in ["live_write", "heavy", "other"] {
        let series = format!("xuefa_requests_shed_total{{kind=\"{kind}\"}}");
        assert!(after.contains(&series), "{after}");
        assert_eq!(value(&after, &series), 0.0);
    }
}

/// Each replica answers "who is calling" from the caller cache in Redis; a change made through
/// one replica (a grant, a revocation, a password reset) must hold on the other at once, even
/// for a token the other has just cached.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cached_callers_follow_changes_made_on_another_replica() {
    let Some(backend) = Backend::postgres() else {
        crate::helpers::skipped(concat!(
            module_path!(),
            "::cached_callers_follow_changes_made_on_another_replica"
        ));
        return;
    };
    let one = TestApp::spawn(backend).await;
    let two = one.spawn_sibling().await;
    let district = one.admin("13800000003").await;
    let unit = one.second_unit(&district).await;
    let read_unit = "query($id: ID!) { unit(id: $id) { name } }";

    // A learner's token, cached by replica two: the unit is not theirs to see.
    let learner = one.learner("13900000001").await;
    for _ in 0..2 {
        assert_error(
            &two.gql(Some(&learner), read_unit, json!({"id": unit})).await,
            &["NOT_FOUND"],
        );
    }

    // Granted on one: replica two sees the new administrator at once.
    let grant = one.grant_unit_admin(&district, "13900000001", &unit).await;
    let seen = two.gql(Some(&learner), read_unit, json!({"id": unit})).await;
    assert!(seen["data"]["unit"]["name"].is_string(), "{seen}");

    // Revoked on one: gone on two at once.
    let revoked = one
        .gql(
            Some(&district),
            "mutation($id: ID!) { revokeRole(id: $id) }",
            json!({"id": grant}),
        )
        .await;
    assert_eq!(revoked["data"]["revokeRole"], true, "{revoked}");
    assert_error(
        &two.gql(Some(&learner), read_unit, json!({"id": unit})).await,
        &["NOT_FOUND"],
    );

    // A password reset on one ends the learner's sessions on two at once.
    let account = one.id_of(&learner, "{ me { id } }", "/data/me/id").await;
    one.reset_password(&district, &account).await;
    assert_error(
        &two.gql(Some(&learner), "{ me { phone } }", json!({})).await,
        &["UNAUTHENTICATED"],
    );
    // Both replicas answered from the cache for part of this.
    assert!(lookups(&two, "cache").await >= 1);
}

/// A replica keeps the callers of its saves in memory and lets Redis confirm them with each
/// write: a logout or a new role made through the other replica, and a wipe of Redis, must
/// hold for the very next save on this one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn saves_on_one_replica_follow_changes_made_on_the_other() {
    let Some(backend) = Backend::postgres() else {
        crate::helpers::skipped(concat!(
            module_path!(),
            "::saves_on_one_replica_follow_changes_made_on_the_other"
        ));
        return;
    };
    let prefix = unique_prefix();
    let one = TestApp::spawn_with(backend, {
        let prefix = prefix.clone();
        move |s| s.redis_prefix = prefix
    })
    .await;
    let two = one.spawn_sibling().await;
    let redis_url = one.redis_url.clone().expect("redis");
    let district = one.admin("13800000003").await;
    let campaign = campaign_of(&one, &district).await;
    let answer = vec!["A".to_owned()];
    let local_before = lookups(&two, "replica").await;

    // Two learners save on replica two: their callers are now in its memory.
    let mut learners = Vec::new();
    for phone in ["13900000001", "13900000002"] {
        let token = one.learner(phone).await;
        let session = unit_session(&one, &token, &campaign, "MAIN").await;
        let a = start(&one, &token, &session).await;
        let id = str_of(&a, "id").to_owned();
        let q: Vec<String> = questions_of(&a)
            .iter()
            .map(|q| str_of(q, "id").to_owned())
            .collect();
        for question in &q[..2] {
            assert!(save(&two, &token, &id, question, &answer, None).await);
        }
        learners.push((phone, token, id, q));
    }
    assert!(
        lookups(&two, "replica").await >= local_before + 2,
        "the second saves did not take their callers from the replica's memory"
    );

    // A role granted on one: the next save on two acts as the new caller, and saves.
    let (phone, token, id, q) = &learners[0];
    let unit = one.second_unit(&district).await;
    one.grant_unit_admin(&district, phone, &unit).await;
    assert!(save(&two, token, id, &q[2], &answer, None).await);

    // A logout on one: refused on two at once.
    let out = one.gql(Some(token), "mutation { logout }", json!({})).await;
    assert_eq!(out["data"]["logout"], true, "{out}");
    assert_error(
        &save_raw(&two, token, id, &q[3], &answer, None).await,
        &["UNAUTHENTICATED"],
    );

    // A logout on one, then Redis wiped before two saves again: the caller two remembers is
    // no longer in Redis to confirm it, so two asks the database, which refuses the token.
    let (_, token, id, q) = &learners[1];
    let out = one.gql(Some(token), "mutation { logout }", json!({})).await;
    assert_eq!(out["data"]["logout"], true, "{out}");
    // The write-behind has written the answers it took before they are wiped with the rest.
    let drained = eventually(
        Duration::from_secs(10),
        async || write_behind_drained(&redis_url, &prefix).await,
        |d| *d,
    )
    .await;
    assert!(drained, "the write-behind still holds answers");
    assert!(wipe_redis_prefix(&redis_url, &prefix).await >= 2);
    assert_error(
        &save_raw(&two, token, id, &q[2], &answer, None).await,
        &["UNAUTHENTICATED"],
    );

    one.stop().await;
    two.stop().await;
    wipe_redis_prefix(&redis_url, &prefix).await;
}

/// `xuefa_caller_lookups_total` of one source, as a replica reports it.
pub(crate) async fn lookups(app: &TestApp, source: &str) -> u64 {
    let metrics = app
        .client
        .get(format!("{}/metrics", app.metrics_base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let label = format!("xuefa_caller_lookups_total{{source=\"{source}\"}}");
    metrics
        .lines()
        .find(|l| l.starts_with(&label))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|n| n.parse::<u64>().ok())
        .unwrap_or_else(|| panic!("no {label} in {metrics}"))
}
