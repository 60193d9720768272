//! The smaller findings of the second attack run (issue 26): each test runs the finding over
//! HTTP and fails on the build before its fix.

use chrono::{Duration, Utc};
use entity::login_throttle;
use reqwest::header::{HeaderMap, HeaderValue};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde_json::{Value, json};
use xuefa::auth::throttle::ClientSource;

use crate::helpers::exam::{
    SAVE, SUBMIT, attempt, campaign_of, questions_of, start, start_mutation, str_of, unit_session,
};
use crate::helpers::{Backend, TestApp, assert_error, eventually, region_id};
use crate::on_both_backends;

on_both_backends!(
    no_field_suggestions_without_introspection,
    unit_search_takes_wildcards_literally_and_stays_in_ones_province,
    a_download_link_ends_with_the_session_that_made_it,
    exam_writes_wait_for_the_forced_password_change,
    graphiql_files_are_not_served_when_graphiql_is_off,
    readyz_names_no_store,
    the_proxys_last_header_line_names_the_address_and_ipv6_counts_by_64,
    old_login_failures_are_forgotten
);

/// The message of every error, joined.
fn messages(body: &Value) -> String {
    body["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("no errors in {body}"))
        .iter()
        .map(|e| e["message"].as_str().unwrap_or("").to_owned())
        .collect::<Vec<_>>()
        .join(" | ")
}

async fn no_field_suggestions_without_introspection(backend: Backend) {
    let misspelt = [
        "{ campain(year: 2026) { id } }",
        "{ campaign(yeer: 2026) { id } }",
        "{ searchUnit(name: \"司法局\") { id } }",
    ];
    let production = TestApp::spawn_with(backend, |s| {
        s.introspection = Some(false);
        s.graphiql = Some(false);
    })
    .await;
    for query in misspelt {
        let body = production.gql(None, query, json!({})).await;
        let said = messages(&body);
        assert!(
            !said.is_empty() && !said.contains("Did you mean"),
            "{query}: {body}"
        );
    }
    // With introspection on (the demo) the same mistakes get their hints, which is what the
    // production answer above must not give.
    let demo = TestApp::spawn(Backend::Sqlite).await;
    let body = demo.gql(None, misspelt[0], json!({})).await;
    assert!(messages(&body).contains("Did you mean"), "{body}");
}

const SEARCH: &str = "query($n: String!) { searchUnits(name: $n) { id name regionName } }";

fn names(body: &Value) -> Vec<String> {
    body["data"]["searchUnits"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|u| u["name"].as_str().unwrap().to_owned())
        .collect()
}

async fn unit_search_takes_wildcards_literally_and_stays_in_ones_province(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let learner = app.learner("13900000001").await;
    let district = app.admin("13800000003").await;
    let zx = region_id(&app, "430408").await;
    let created = app
        .gql(
            Some(&district),
            "mutation($r: ID!) { createUnit(input: {regionId: $r, name: \"法_律%中心\\\\站\"}) { id } }",
            json!({"r": zx}),
        )
        .await;
    assert!(created["errors"].is_null(), "{created}");

    // Wildcards match only themselves.
    for pattern in ["%%", "__", "%_", "\\\\", "_%"] {
        let body = app.gql(Some(&learner), SEARCH, json!({"n": pattern})).await;
        assert_eq!(names(&body), Vec::<String>::new(), "{pattern}: {body}");
    }
    for pattern in ["_律%", "%中心", "心\\站", "法_"] {
        let body = app.gql(Some(&learner), SEARCH, json!({"n": pattern})).await;
        assert_eq!(
            names(&body),
            vec!["法_律%中心\\站".to_owned()],
            "{pattern}: {body}"
        );
    }
    // Too short or blank: a clear refusal.
    for pattern in ["", "  ", "%", " _ "] {
        let body = app.gql(Some(&learner), SEARCH, json!({"n": pattern})).await;
        assert_error(&body, &["BAD_USER_INPUT"]);
    }
    // Ordinary searches still work.
    let body = app.gql(Some(&learner), SEARCH, json!({"n": "司法局"})).await;
    assert!(names(&body).contains(&"蒸湘区司法局".to_owned()), "{body}");

    // Another province's units are not found by this province's learner, nor the other way.
    let (guangdong, gd) = crate::helpers::other_province(&app, "440000", "广东省", "13700004400").await;
    let gd_unit = app
        .gql(
            Some(&gd),
            "mutation($r: ID!) { createUnit(input: {regionId: $r, name: \"广东省司法厅\"}) { id } }",
            json!({"r": format!("reg_{}", guangdong.id)}),
        )
        .await;
    assert!(gd_unit["errors"].is_null(), "{gd_unit}");
    let hunan = names(&app.gql(Some(&learner), SEARCH, json!({"n": "司法"})).await);
    assert!(
        !hunan.is_empty() && !hunan.contains(&"广东省司法厅".to_owned()),
        "{hunan:?}"
    );
    let theirs = names(&app.gql(Some(&gd), SEARCH, json!({"n": "司法"})).await);
    assert_eq!(theirs, vec!["广东省司法厅".to_owned()]);

    // An account that belongs nowhere (its only grant revoked, no roster entry) finds nothing.
    let unit = app.second_unit(&district).await;
    let phone = "13700000777";
    let (grant, temporary) = app
        .appoint(
            &district,
            json!({"phone": phone, "name": "临时管理员", "role": "UNIT_ADMIN", "unitId": unit}),
        )
        .await;
    app.leave_temporary_password(
        phone,
        &temporary.expect("a new account gets a temporary password"),
    )
    .await;
    let revoked = app
        .gql(
            Some(&district),
            "mutation($id: ID!) { revokeRole(id: $id) }",
            json!({"id": grant}),
        )
        .await;
    assert_eq!(revoked["data"]["revokeRole"], true, "{revoked}");
    let nobody = app.login(phone, "Study2026x").await;
    let body = app.gql(Some(&nobody), SEARCH, json!({"n": "司法局"})).await;
    assert_eq!(names(&body), Vec::<String>::new(), "{body}");
}

const LINK: &str = "mutation($i: DownloadInput!) { createDownloadLink(input: $i) { url expiresAt } }";
const RECORD_LINK: &str = "mutation($l: ID!) { createRecordLink(learnerId: $l) { url expiresAt } }";

async fn download(app: &TestApp, url: &str) -> (u16, String) {
    let response = app.client.get(format!("{}{url}", app.base)).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn a_download_link_ends_with_the_session_that_made_it(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let campaign = format!(
        "camp_{}",
        entity::campaign::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id
    );
    let zx = region_id(&app, "430408").await;
    let district = app.admin("13800000003").await;
    let mint = |token: String, node: String| {
        let app = &app;
        let input = json!({"i": {"kind": "ROSTER", "campaignId": campaign, "nodeId": node}});
        async move {
            let link = app.gql(Some(&token), LINK, input).await;
            link["data"]["createDownloadLink"]["url"]
                .as_str()
                .unwrap_or_else(|| panic!("{link}"))
                .to_owned()
        }
    };
    // What an unknown ticket answers; a dead ticket must answer exactly the same.
    let live = mint(district.clone(), zx.clone()).await;
    let (base, _) = live.split_once("&ticket=").unwrap();
    let unknown = download(&app, &format!("{base}&ticket=nosuchticket")).await;
    assert_eq!(unknown.0, 401, "{unknown:?}");
    // A link whose session is alive opens.
    assert_eq!(download(&app, &live).await.0, 200);

    // Minted, then logged out: the link is dead.
    let url = mint(district.clone(), zx.clone()).await;
    let out = app.gql(Some(&district), "mutation { logout }", json!({})).await;
    assert_eq!(out["data"]["logout"], true, "{out}");
    assert_eq!(download(&app, &url).await, unknown);

    // Minted on one device, the password changed on another (which ends the first session).
    let learner = app.learner("13900000001").await;
    let me = format!("lrn_{}", crate::helpers::learner_of(&app, "13900000001").await.id);
    let record = app.gql(Some(&learner), RECORD_LINK, json!({"l": me})).await;
    let url = record["data"]["createRecordLink"]["url"]
        .as_str()
        .unwrap_or_else(|| panic!("{record}"))
        .to_owned();
    let other_device = app.login("13900000001", "Study2026x").await;
    let changed = app
        .gql(
            Some(&other_device),
            "mutation { changePassword(oldPassword: \"Study2026x\", newPassword: \"Study2027y\") }",
            json!({}),
        )
        .await;
    assert_eq!(changed["data"]["changePassword"], true, "{changed}");
    assert_eq!(download(&app, &url).await, unknown);

    // Minted, then the account reset by its office: dead too.
    let unit_admin = app.admin("13800000005").await;
    let own_unit = crate::helpers::unit_id(&app, "蒸湘区司法局").await;
    let url = mint(unit_admin.clone(), own_unit).await;
    let account = app.id_of(&unit_admin, "{ me { id } }", "/data/me/id").await;
    let district = app.admin("13800000003").await;
    app.reset_password(&district, &account).await;
    assert_eq!(download(&app, &url).await, unknown);
}

async fn exam_writes_wait_for_the_forced_password_change(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let phone = "13900000001";
    let learner = app.learner(phone).await;
    let campaign = campaign_of(&app, &learner).await;
    let session = unit_session(&app, &learner, &campaign, "MAIN").await;
    // On the initial password: no start.
    let initial = app.login("13900000002", "000000").await;
    let body = app
        .gql(Some(&initial), &start_mutation(), json!({"s": session}))
        .await;
    assert_error(&body, &["PASSWORD_CHANGE_REQUIRED"]);
    assert!(
        body["data"].is_null() || body["data"]["startExam"].is_null(),
        "{body}"
    );

    // A learner starts; its office then resets it (a temporary password, every session ended).
    let started = start(&app, &learner, &session).await;
    let id = str_of(&started, "id").to_owned();
    let question = str_of(&questions_of(&started)[0], "id").to_owned();
    let account = app.id_of(&learner, "{ me { id } }", "/data/me/id").await;
    let temporary = app
        .reset_password(&app.admin("13800000003").await, &account)
        .await;
    let again = app.login(phone, &temporary).await;
    // Neither a save nor the submission runs before the password is changed.
    let saved = app
        .gql(
            Some(&again),
            SAVE,
            json!({"a": id, "q": question, "c": ["A"], "s": 1}),
        )
        .await;
    assert_error(&saved, &["PASSWORD_CHANGE_REQUIRED"]);
    let submitted = app.gql(Some(&again), SUBMIT, json!({"a": id})).await;
    assert_error(&submitted, &["PASSWORD_CHANGE_REQUIRED"]);
    assert!(
        submitted["data"].is_null() || submitted["data"]["submitExam"].is_null(),
        "{submitted}"
    );
    let started_again = app
        .gql(Some(&again), &start_mutation(), json!({"s": session}))
        .await;
    assert_error(&started_again, &["PASSWORD_CHANGE_REQUIRED"]);

    // Nothing changed: after the change the attempt is still live, with no answer and no score.
    app.leave_password(&again, &temporary).await;
    let now = attempt(&app, &again, &id).await;
    assert_eq!(now["status"], "LIVE", "{now}");
    assert!(now["submittedAt"].is_null() && now["score"].is_null(), "{now}");
    assert_eq!(now["answers"], json!([]), "{now}");

    // A submitted attempt's result is not answered to a session on a temporary password either.
    let phone = "13900000005";
    let learner = app.learner(phone).await;
    let done = start(&app, &learner, &session).await;
    let done = str_of(&done, "id").to_owned();
    let submitted = app.gql(Some(&learner), SUBMIT, json!({"a": done})).await;
    assert!(
        submitted["data"]["submitExam"]["score"].is_number(),
        "{submitted}"
    );
    let account = app.id_of(&learner, "{ me { id } }", "/data/me/id").await;
    let temporary = app
        .reset_password(&app.admin("13800000003").await, &account)
        .await;
    let again = app.login(phone, &temporary).await;
    let body = app.gql(Some(&again), SUBMIT, json!({"a": done})).await;
    assert_error(&body, &["PASSWORD_CHANGE_REQUIRED"]);
    assert!(!body.to_string().contains("score\":"), "{body}");
}

async fn graphiql_files_are_not_served_when_graphiql_is_off(backend: Backend) {
    // The demo serves GraphiQL: its page and the script only it loads.
    let demo = TestApp::spawn(Backend::Sqlite).await;
    let page = demo
        .client
        .get(format!("{}/graphiql/index.html", demo.base))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    let script = html
        .split('"')
        .find(|s| s.starts_with("/assets/graphiql-") && s.ends_with(".js"))
        .unwrap_or_else(|| panic!("no GraphiQL script in {html}"))
        .to_owned();

    let app = TestApp::spawn_with(backend, |s| {
        s.graphiql = Some(false);
        s.introspection = Some(false);
    })
    .await;
    for path in ["/graphiql/index.html", script.as_str(), "/graphiql/"] {
        let response = app
            .client
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 404, "{path}");
        assert!(!response.text().await.unwrap().contains("GraphiQL"), "{path}");
    }
    // The pages themselves are still served.
    for path in ["/", "/admin"] {
        let response = app
            .client
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{path}");
    }
}

async fn readyz_names_no_store(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ready = app
        .client
        .get(format!("{}/readyz", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(ready.status(), 200);
    let text = ready.text().await.unwrap();
    let body: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(body, json!({"status": "ready"}));
    for word in ["redis", "Redis", "memory", "in-process", "sqlite", "postgres"] {
        assert!(!text.contains(word), "{text}");
    }
}

const WRONG_LOGIN: &str = "mutation { login(phone: \"13900000001\", password: \"Wrong2026x\") { token } }";

/// Posts a wrong login with these `X-Forwarded-For` lines, in order.
async fn wrong_login_from(app: &TestApp, lines: &[&str]) {
    let mut headers = HeaderMap::new();
    for line in lines {
        headers.append("x-forwarded-for", HeaderValue::from_str(line).unwrap());
    }
    let body: Value = app
        .client
        .post(format!("{}/graphql", app.base))
        .headers(headers)
        .json(&json!({"query": WRONG_LOGIN}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_error(&body, &["UNAUTHENTICATED", "BAD_USER_INPUT", "ACCOUNT_LOCKED"]);
}

/// The failures counted for the demo learner's phone from `address`.
async fn failures_from(app: &TestApp, address: &str) -> Option<i32> {
    let key = format!("13900000001|{}", ClientSource(address.parse().unwrap()).key());
    login_throttle::Entity::find_by_id(key)
        .one(&app.db)
        .await
        .unwrap()
        .map(|row| row.failures)
}

async fn the_proxys_last_header_line_names_the_address_and_ipv6_counts_by_64(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| {
        s.client_ip_header = Some("X-Forwarded-For".into());
    })
    .await;
    // The client's own line first (naming someone else), the proxy's line last.
    wrong_login_from(&app, &["203.0.113.9", "198.51.100.20, 198.51.100.7"]).await;
    assert_eq!(failures_from(&app, "198.51.100.7").await, Some(1));
    assert_eq!(failures_from(&app, "203.0.113.9").await, None);
    assert_eq!(failures_from(&app, "198.51.100.20").await, None);

    // Two addresses of one IPv6 /64 are one address; the next /64 is another.
    wrong_login_from(&app, &["2001:db8:7:1::1"]).await;
    wrong_login_from(&app, &["2001:db8:7:1:abcd::99"]).await;
    assert_eq!(failures_from(&app, "2001:db8:7:1::").await, Some(2));
    wrong_login_from(&app, &["2001:db8:7:2::1"]).await;
    assert_eq!(failures_from(&app, "2001:db8:7:2::").await, Some(1));
    // IPv4-mapped IPv6 is the IPv4 address.
    wrong_login_from(&app, &["::ffff:198.51.100.7"]).await;
    assert_eq!(failures_from(&app, "198.51.100.7").await, Some(2));
}

async fn old_login_failures_are_forgotten(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let now = app.clock.now();
    let row = |key: &str, updated: chrono::DateTime<Utc>, locked: Option<chrono::DateTime<Utc>>| {
        login_throttle::ActiveModel {
            phone: Set(key.to_owned()),
            failures: Set(3),
            locked_until: Set(locked),
            updated_at: Set(updated),
        }
    };
    row("13900000001|stale", now - Duration::days(2), None)
        .insert(&app.db)
        .await
        .unwrap();
    row(
        "13900000002|stale-lock-over",
        now - Duration::days(3),
        Some(now - Duration::days(3)),
    )
    .insert(&app.db)
    .await
    .unwrap();
    row("13900000003|recent", now - Duration::hours(2), None)
        .insert(&app.db)
        .await
        .unwrap();
    row(
        "13900000004|still-waiting",
        now - Duration::days(2),
        Some(now + Duration::hours(1)),
    )
    .insert(&app.db)
    .await
    .unwrap();
    // A replica forgets old failures as it starts (and hourly after).
    let _sibling = app.spawn_sibling().await;
    let keys = || async {
        let mut keys: Vec<String> = login_throttle::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .map(|r| r.phone)
            .collect();
        keys.sort();
        keys
    };
    let wanted = vec![
        "13900000003|recent".to_owned(),
        "13900000004|still-waiting".to_owned(),
    ];
    // The sibling's janitor is a background task: it forgets them in its own time.
    let kept = eventually(std::time::Duration::from_secs(10), keys, |k| *k == wanted).await;
    assert_eq!(kept, wanted);
}
