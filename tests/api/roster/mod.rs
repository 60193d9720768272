//! The roster over HTTP: adding and correcting learners, the paged roster, the freeze from both
//! sides of the verification deadline, transfers (also concurrent ones), status changes,
//! exemptions (with a multipart upload) and notices.

use std::collections::BTreeSet;

use chrono::{Datelike, Duration, NaiveDate};
use entity::{audit_entry, campaign, exemption, exemption_decision, learner};
use sea_orm::{ActiveEnum, ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, assert_error, code};
use crate::helpers::{learner_of, region_id, unit_id, unit_named};
use crate::on_both_backends;

mod exemptions;
mod freeze;
mod notices;
mod transfers;

on_both_backends!(
    unit_admin_adds_a_learner_on_the_initial_password,
    a_phone_on_another_roster_must_be_transferred,
    adding_a_learner_is_audited_for_offices_only,
    admin_changes_rank_and_phone_and_the_password_stays,
    learner_corrects_own_profile_but_not_own_phone,
    a_phone_in_use_is_a_conflict,
    roster_filters_by_name_phone_and_status,
    roster_orders_by_name_or_by_creation,
    roster_pages_visit_every_learner_once,
    roster_page_size_is_bounded,
);

// ---------------------------------------------------------------------------------------------
// Helpers (also used by campaign.rs)

/// The GraphQL id of a learner, by its phone.
pub(crate) async fn learner_id(app: &TestApp, phone: &str) -> String {
    format!("lrn_{}", learner_of(app, phone).await.id)
}

/// The row id behind a GraphQL id such as `lrn_12`.
fn row_id(id: &Value) -> i64 {
    id.as_str()
        .and_then(|s| s.rsplit_once('_'))
        .and_then(|(_, n)| n.parse().ok())
        .unwrap_or_else(|| panic!("not an id: {id}"))
}

/// The demo campaign (this year's).
async fn demo_campaign(app: &TestApp) -> campaign::Model {
    let year = app.clock.today().year();
    campaign::Entity::find()
        .filter(campaign::Column::Year.eq(year))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

/// Test-only setup: moves the demo campaign's verification deadline `days` from today, so the
/// roster is (not) frozen. `updateCampaign` cannot do it: the demo has an exemption already.
async fn move_deadline(app: &TestApp, days: i64) {
    let c = demo_campaign(app).await;
    let mut active: campaign::ActiveModel = c.into();
    active.verification_deadline = Set(app.clock.today() + Duration::days(days));
    active.update(&app.db).await.unwrap();
}

fn message(body: &Value) -> &str {
    body["errors"][0]["message"].as_str().unwrap_or("")
}

const LEARNER: &str = "id name phone rank status retirementDate unit { id name }";

fn with_learner(mutation: &str) -> String {
    mutation.replace("LEARNER", LEARNER)
}

async fn add_learner(app: &TestApp, token: &str, input: Value) -> Value {
    app.gql(
        Some(token),
        &with_learner("mutation($i: AddLearnerInput!) { addLearner(input: $i) { LEARNER } }"),
        json!({"i": input}),
    )
    .await
}

async fn update_learner(app: &TestApp, token: &str, id: &str, input: Value) -> Value {
    app.gql(
        Some(token),
        &with_learner(
            "mutation($id: ID!, $i: UpdateLearnerInput!) { updateLearner(id: $id, input: $i) { LEARNER } }",
        ),
        json!({"id": id, "i": input}),
    )
    .await
}

async fn transfer_out(app: &TestApp, token: &str, learner: &str) -> Value {
    app.gql(
        Some(token),
        &with_learner("mutation($id: ID!) { transferOut(learnerId: $id) { LEARNER } }"),
        json!({"id": learner}),
    )
    .await
}

async fn transfer_in(app: &TestApp, token: &str, phone: &str, unit: &str) -> Value {
    app.gql(
        Some(token),
        &with_learner("mutation($p: String!, $u: ID!) { transferIn(phone: $p, unitId: $u) { LEARNER } }"),
        json!({"p": phone, "u": unit}),
    )
    .await
}

async fn set_status(app: &TestApp, token: &str, learner: &str, status: &str, date: Option<&str>) -> Value {
    app.gql(
        Some(token),
        &with_learner(
            "mutation($id: ID!, $s: EmploymentStatus!, $d: Date) { setEmploymentStatus(learnerId: $id, status: $s, effectiveDate: $d) { LEARNER } }",
        ),
        json!({"id": learner, "s": status, "d": date}),
    )
    .await
}

const EXEMPTION: &str = "id status reason attachmentName learner { phone } \
     decisions { approve comment overrule decidedBy }";

async fn decide(app: &TestApp, token: &str, id: &str, approve: bool, comment: Option<&str>) -> Value {
    app.gql(
        Some(token),
        &format!(
            "mutation($id: ID!, $a: Boolean!, $c: String) {{ decideExemption(id: $id, approve: $a, comment: $c) {{ {EXEMPTION} }} }}"
        ),
        json!({"id": id, "a": approve, "c": comment}),
    )
    .await
}

async fn apply(app: &TestApp, token: &str, campaign: &str, reason: &str) -> Value {
    app.gql(
        Some(token),
        &format!(
            "mutation($c: ID!, $r: String!) {{ applyExemption(campaignId: $c, reason: $r) {{ {EXEMPTION} }} }}"
        ),
        json!({"c": campaign, "r": reason}),
    )
    .await
}

/// The audit log of a node, newest first, as the office `token` sees it.
async fn audit_log(app: &TestApp, token: &str, node: &str) -> Vec<Value> {
    let body = app
        .gql(
            Some(token),
            "query($n: ID!) { auditLog(nodeId: $n, first: 100) { totalCount nodes { action actor targetKind targetId before after late } } }",
            json!({"n": node}),
        )
        .await;
    body["data"]["auditLog"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("auditLog failed: {body}"))
        .clone()
}

/// The single audit entry with this action on this target.
fn entry<'a>(log: &'a [Value], action: &str, target: i64) -> &'a Value {
    let found: Vec<&Value> = log
        .iter()
        .filter(|e| e["action"] == action && e["targetId"] == target)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "one {action} entry for {target} expected in {log:?}"
    );
    found[0]
}

const ROSTER: &str = "query($u: ID!, $f: LearnerFilter, $o: LearnerOrder!, $n: Int, $a: String) { \
     unit(id: $u) { learners(filter: $f, orderBy: $o, first: $n, after: $a) { totalCount \
     pageInfo { hasNextPage endCursor } nodes { id name phone status } } } }";

async fn roster(
    app: &TestApp,
    token: &str,
    unit: &str,
    filter: Value,
    order: &str,
    first: Option<i32>,
) -> Value {
    let body = app
        .gql(
            Some(token),
            ROSTER,
            json!({"u": unit, "f": filter, "o": order, "n": first, "a": null}),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    body["data"]["unit"]["learners"].clone()
}

fn phones(connection: &Value) -> Vec<String> {
    connection["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["phone"].as_str().unwrap().to_owned())
        .collect()
}

/// Everything a refused roster change could have touched.
async fn roster_state(app: &TestApp) -> String {
    let learners: Vec<String> = learner::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|l| {
            format!(
                "{}:{:?}:{:?}:{}:{:?}",
                l.id,
                l.unit_id,
                l.last_unit_id,
                l.status.to_value(),
                l.status_since
            )
        })
        .collect();
    let exemptions: Vec<String> = exemption::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| format!("{}:{}", e.id, e.status.to_value()))
        .collect();
    format!(
        "{learners:?} {exemptions:?} audit={} decisions={}",
        audit_entry::Entity::find().count(&app.db).await.unwrap(),
        exemption_decision::Entity::find().count(&app.db).await.unwrap()
    )
}

// ---------------------------------------------------------------------------------------------
// Adding learners

async fn unit_admin_adds_a_learner_on_the_initial_password(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let unit = unit_id(&app, "蒸湘区司法局").await;
    let body = add_learner(
        &app,
        &unit_admin,
        json!({"unitId": unit, "name": " 刘新员 ", "phone": "13900000050", "rank": "科员", "retirementDate": "2045-05-01"}),
    )
    .await;
    let added = &body["data"]["addLearner"];
    assert_eq!(added["name"], "刘新员", "{body}");
    assert_eq!(added["phone"], "13900000050");
    assert_eq!(added["rank"], "科员");
    assert_eq!(added["status"], "IN_SERVICE");
    assert_eq!(added["retirementDate"], "2045-05-01");
    assert_eq!(added["unit"]["name"], "蒸湘区司法局");
    assert_eq!(added["id"], learner_id(&app, "13900000050").await);

    // The new account logs in with 000000 and must change the password before anything else.
    let login = app.login_raw("13900000050", "000000").await;
    assert_eq!(login["data"]["login"]["mustChangePassword"], true, "{login}");
    let token = login["data"]["login"]["token"].as_str().unwrap();
    let me = app.gql(Some(token), "{ me { phone } }", json!({})).await;
    assert_error(&me, &["PASSWORD_CHANGE_REQUIRED"]);
    let learner = app.learner("13900000050").await;
    let me = app
        .gql(
            Some(&learner),
            "{ me { phone learner { name unit { name } } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        me["data"]["me"]["learner"]["unit"]["name"], "蒸湘区司法局",
        "{me}"
    );

    // On the unit's roster now.
    let list = roster(
        &app,
        &unit_admin,
        &unit,
        json!({"phone": "13900000050"}),
        "NAME",
        None,
    )
    .await;
    assert_eq!(phones(&list), vec!["13900000050"]);
    // The same phone in the same unit again is a conflict too.
    let again = add_learner(
        &app,
        &unit_admin,
        json!({"unitId": unit, "name": "刘新员", "phone": "13900000050"}),
    )
    .await;
    assert_error(&again, &["CONFLICT"]);
}

async fn a_phone_on_another_roster_must_be_transferred(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let district = app.admin("13800000003").await;
    let zx = unit_id(&app, "蒸湘区司法局").await;
    let lianhe = unit_id(&app, "联合街道").await;
    let body = add_learner(
        &app,
        &unit_admin,
        json!({"unitId": zx, "name": "刘新员", "phone": "13900000050"}),
    )
    .await;
    assert!(body["data"]["addLearner"]["id"].is_string(), "{body}");
    let before = roster_state(&app).await;

    let body = add_learner(
        &app,
        &district,
        json!({"unitId": lianhe, "name": "刘新员", "phone": "13900000050"}),
    )
    .await;
    assert_error(&body, &["CONFLICT"]);
    assert!(
        message(&body).contains("调动") || message(&body).contains("调出"),
        "the answer says to transfer: {body}"
    );
    // A demo learner of the unit, and the one between units, likewise.
    let body = add_learner(
        &app,
        &district,
        json!({"unitId": lianhe, "name": "李芳", "phone": "13900000001"}),
    )
    .await;
    assert_error(&body, &["CONFLICT"]);
    assert!(message(&body).contains("调"), "{body}");
    let body = add_learner(
        &app,
        &district,
        json!({"unitId": lianhe, "name": "调动中", "phone": "13900000029"}),
    )
    .await;
    assert_error(&body, &["CONFLICT"]);
    assert!(message(&body).contains("调进"), "{body}");

    for bad in ["1390000005", "23900000051", "139000000511", "1390000abcd", ""] {
        let body = add_learner(
            &app,
            &unit_admin,
            json!({"unitId": zx, "name": "坏号码", "phone": bad}),
        )
        .await;
        assert_error(&body, &["BAD_USER_INPUT"]);
    }
    let blank_name = add_learner(
        &app,
        &unit_admin,
        json!({"unitId": zx, "name": "  ", "phone": "13900000052"}),
    )
    .await;
    assert_error(&blank_name, &["BAD_USER_INPUT"]);
    assert_eq!(
        roster_state(&app).await,
        before,
        "a refused add changed something"
    );
}

async fn adding_a_learner_is_audited_for_offices_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let district = app.admin("13800000003").await;
    let zx = unit_id(&app, "蒸湘区司法局").await;
    let zhengxiang = region_id(&app, "430408").await;
    let body = add_learner(
        &app,
        &unit_admin,
        json!({"unitId": zx, "name": "刘新员", "phone": "13900000050", "rank": "科员"}),
    )
    .await;
    let id = row_id(&body["data"]["addLearner"]["id"]);

    let log = audit_log(&app, &district, &zhengxiang).await;
    let added = entry(&log, "learner.add", id);
    assert_eq!(added["targetKind"], "learner");
    assert_eq!(added["late"], false);
    assert!(added["before"].is_null(), "{added}");
    assert!(
        added["actor"].as_str().unwrap().contains("138****0005"),
        "{added}"
    );
    let after: Value = serde_json::from_str(added["after"].as_str().unwrap()).unwrap();
    assert_eq!(after["phone"], "139****0050");
    assert_eq!(after["name"], "刘新员");
    assert_eq!(after["rank"], "科员");
    assert_eq!(after["status"], "IN_SERVICE");
    // The unit's own log shows it as well, to the office.
    let unit_log = audit_log(&app, &district, &zx).await;
    entry(&unit_log, "learner.add", id);

    // A unit administrator sees no audit log, neither of its unit nor of its district.
    for node in [&zx, &zhengxiang] {
        let body = app
            .gql(
                Some(&unit_admin),
                "query($n: ID!) { auditLog(nodeId: $n) { totalCount } }",
                json!({"n": node}),
            )
            .await;
        assert_error(&body, &["FORBIDDEN"]);
    }
}

// ---------------------------------------------------------------------------------------------
// Correcting learners

async fn admin_changes_rank_and_phone_and_the_password_stays(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    app.learner("13900000003").await;
    let unit_admin = app.admin("13800000005").await;
    let id = learner_id(&app, "13900000003").await;
    let body = update_learner(
        &app,
        &unit_admin,
        &id,
        json!({"rank": "正处级", "phone": "13700000003"}),
    )
    .await;
    let updated = &body["data"]["updateLearner"];
    assert_eq!(updated["rank"], "正处级", "{body}");
    assert_eq!(updated["phone"], "13700000003");
    assert_eq!(updated["id"], id.as_str());
    assert_eq!(updated["unit"]["name"], "蒸湘区司法局");

    // The learner logs in with the new phone and its old password; the old phone is gone.
    let login = app.login_raw("13700000003", "Study2026x").await;
    assert_eq!(login["data"]["login"]["mustChangePassword"], false, "{login}");
    assert_eq!(login["data"]["login"]["account"]["phone"], "13700000003");
    assert_error(
        &app.login_raw("13900000003", "Study2026x").await,
        &["UNAUTHENTICATED"],
    );
    let token = login["data"]["login"]["token"].as_str().unwrap();
    let me = app
        .gql(Some(token), "{ me { learner { id rank phone } } }", json!({}))
        .await;
    assert_eq!(
        me["data"]["me"]["learner"],
        json!({"id": id, "rank": "正处级", "phone": "13700000003"})
    );

    // Audited with before and after (phones masked in the log).
    let district = app.admin("13800000003").await;
    let log = audit_log(&app, &district, &region_id(&app, "430408").await).await;
    let change = entry(&log, "learner.update", row_id(&json!(id)));
    let before: Value = serde_json::from_str(change["before"].as_str().unwrap()).unwrap();
    let after: Value = serde_json::from_str(change["after"].as_str().unwrap()).unwrap();
    assert_eq!(before["phone"], "139****0003");
    assert_eq!(after["phone"], "137****0003");
    assert_eq!(after["rank"], "正处级");

    // A bad phone is refused.
    let bad = update_learner(&app, &unit_admin, &id, json!({"phone": "12345"})).await;
    assert_error(&bad, &["BAD_USER_INPUT"]);
}

async fn learner_corrects_own_profile_but_not_own_phone(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.learner("13900000004").await;
    let me = app
        .gql(Some(&token), "{ me { learner { id } } }", json!({}))
        .await;
    let id = me["data"]["me"]["learner"]["id"].as_str().unwrap().to_owned();
    assert_eq!(id, learner_id(&app, "13900000004").await);

    // After the verification deadline (the demo's day) the retirement date is the unit's to
    // change: it decides exemptions.
    let own_date = update_learner(&app, &token, &id, json!({"retirementDate": "2027-03-31"})).await;
    assert_error(&own_date, &["FORBIDDEN"]);
    let unit_admin = app.admin("13800000005").await;
    let body = update_learner(&app, &unit_admin, &id, json!({"retirementDate": "2027-03-31"})).await;
    assert_eq!(
        body["data"]["updateLearner"]["retirementDate"], "2027-03-31",
        "{body}"
    );
    let body = update_learner(&app, &token, &id, json!({"rank": "副科级"})).await;
    assert_eq!(body["data"]["updateLearner"]["rank"], "副科级", "{body}");
    assert_eq!(body["data"]["updateLearner"]["retirementDate"], "2027-03-31");
    assert_eq!(body["data"]["updateLearner"]["phone"], "13900000004");
    let row = learner_of(&app, "13900000004").await;
    assert_eq!(row.rank.as_deref(), Some("副科级"));
    assert_eq!(row.retirement_date, NaiveDate::from_ymd_opt(2027, 3, 31));

    let before = roster_state(&app).await;
    let body = update_learner(&app, &token, &id, json!({"phone": "13700000004"})).await;
    assert_error(&body, &["FORBIDDEN"]);
    let body = update_learner(
        &app,
        &token,
        &id,
        json!({"rank": "正科级", "phone": "13700000004"}),
    )
    .await;
    assert_error(&body, &["FORBIDDEN"]);
    assert_eq!(roster_state(&app).await, before);
    assert_eq!(
        learner_of(&app, "13900000004").await.rank.as_deref(),
        Some("副科级")
    );
    // Another learner's record is not the learner's to touch.
    let peer = learner_id(&app, "13900000005").await;
    let body = update_learner(&app, &token, &peer, json!({"rank": "正科级"})).await;
    assert_error(&body, &["NOT_FOUND"]);
}

async fn a_phone_in_use_is_a_conflict(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let id = learner_id(&app, "13900000005").await;
    let before = roster_state(&app).await;
    // Another learner's phone, and an administrator's.
    for taken in ["13900000006", "13800000001"] {
        let body = update_learner(&app, &unit_admin, &id, json!({"phone": taken, "rank": "正科级"})).await;
        assert_error(&body, &["CONFLICT"]);
    }
    assert_eq!(roster_state(&app).await, before);
    let row = learner_of(&app, "13900000005").await;
    assert_ne!(
        row.rank.as_deref(),
        Some("正科级"),
        "a refused update must not half-apply"
    );
    // The own phone again is no change at all.
    let body = update_learner(&app, &unit_admin, &id, json!({"phone": "13900000005"})).await;
    assert_eq!(body["data"]["updateLearner"]["phone"], "13900000005", "{body}");
}

// ---------------------------------------------------------------------------------------------
// The roster connection

async fn roster_filters_by_name_phone_and_status(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let unit = unit_id(&app, "蒸湘区司法局").await;

    let all = roster(&app, &unit_admin, &unit, json!(null), "CREATED", Some(100)).await;
    // 30 demo learners, less 13900000029 who is between units.
    assert_eq!(all["totalCount"], 29, "{all}");
    assert!(!phones(&all).contains(&"13900000029".to_owned()));

    // Part of the name: the demo's 王 are learners 10, 20 and 30.
    let wang = roster(&app, &unit_admin, &unit, json!({"name": "王"}), "CREATED", None).await;
    assert_eq!(phones(&wang), vec!["13900000010", "13900000020", "13900000030"]);
    assert_eq!(wang["totalCount"], 3);
    for n in wang["nodes"].as_array().unwrap() {
        assert!(n["name"].as_str().unwrap().contains('王'));
    }
    // A part from the middle of a name.
    let middle_char = all["nodes"][0]["name"]
        .as_str()
        .unwrap()
        .chars()
        .nth(1)
        .unwrap()
        .to_string();
    let middle = roster(
        &app,
        &unit_admin,
        &unit,
        json!({"name": middle_char}),
        "CREATED",
        Some(100),
    )
    .await;
    let expected: Vec<String> = all["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["name"].as_str().unwrap().contains(&middle_char))
        .map(|n| n["phone"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(phones(&middle), expected);

    // The start of the phone number.
    let teens = roster(
        &app,
        &unit_admin,
        &unit,
        json!({"phone": "1390000001"}),
        "CREATED",
        None,
    )
    .await;
    let expected: Vec<String> = (10..=19).map(|n| format!("139000000{n}")).collect();
    assert_eq!(phones(&teens), expected);
    assert_eq!(teens["totalCount"], 10);
    // Only the start: the end of a number matches nothing.
    let end = roster(
        &app,
        &unit_admin,
        &unit,
        json!({"phone": "00011"}),
        "CREATED",
        None,
    )
    .await;
    assert_eq!(end["totalCount"], 0, "{end}");
    // A letter in a phone filter is bad input.
    let body = app
        .gql(
            Some(&unit_admin),
            ROSTER,
            json!({"u": unit, "f": {"phone": "139abc"}, "o": "NAME"}),
        )
        .await;
    assert_error(&body, &["BAD_USER_INPUT"]);

    // By status: the district office records a retirement (the roster is frozen for the unit).
    let district = app.admin("13800000003").await;
    let retired = set_status(
        &app,
        &district,
        &learner_id(&app, "13900000005").await,
        "RETIRED",
        None,
    )
    .await;
    assert_eq!(
        retired["data"]["setEmploymentStatus"]["status"], "RETIRED",
        "{retired}"
    );
    let list = roster(
        &app,
        &unit_admin,
        &unit,
        json!({"status": "RETIRED"}),
        "NAME",
        None,
    )
    .await;
    assert_eq!(phones(&list), vec!["13900000005"]);
    assert_eq!(list["nodes"][0]["status"], "RETIRED");
    let list = roster(
        &app,
        &unit_admin,
        &unit,
        json!({"status": "IN_SERVICE"}),
        "NAME",
        Some(100),
    )
    .await;
    assert_eq!(list["totalCount"], 28);
    assert!(!phones(&list).contains(&"13900000005".to_owned()));
    // Filters combine.
    let list = roster(
        &app,
        &unit_admin,
        &unit,
        json!({"status": "IN_SERVICE", "phone": "1390000000"}),
        "CREATED",
        None,
    )
    .await;
    assert_eq!(
        phones(&list),
        ["01", "02", "03", "04", "06", "07", "08", "09"]
            .iter()
            .map(|n| format!("139000000{n}"))
            .collect::<Vec<_>>()
    );
}

async fn roster_orders_by_name_or_by_creation(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let unit = unit_id(&app, "蒸湘区司法局").await;
    let created = roster(&app, &unit_admin, &unit, json!(null), "CREATED", Some(100)).await;
    let by_name = roster(&app, &unit_admin, &unit, json!(null), "NAME", Some(100)).await;

    // Creation order: the demo enrolled 13900000001 .. 30 in turn.
    let expected: Vec<String> = (1..=30)
        .filter(|n| *n != 29)
        .map(|n| format!("139{n:08}"))
        .collect();
    assert_eq!(phones(&created), expected);

    // Name order by pinyin (陈 before 张) on both databases, ties in creation order.
    let mut sorted: Vec<(String, usize, String)> = created["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .map(|(i, n)| {
            (
                xuefa::domain::name_key::of(n["name"].as_str().unwrap()),
                i,
                n["phone"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    sorted.sort();
    let expected_by_name: Vec<String> = sorted.into_iter().map(|(_, _, p)| p).collect();
    assert_eq!(phones(&by_name), expected_by_name);
    assert_ne!(phones(&by_name), phones(&created), "the two orders differ");
    // The default order is by name.
    let default = app
        .gql(
            Some(&unit_admin),
            "query($u: ID!) { unit(id: $u) { learners(first: 100) { nodes { phone } } } }",
            json!({"u": unit}),
        )
        .await;
    assert_eq!(phones(&default["data"]["unit"]["learners"]), phones(&by_name));
}

async fn roster_pages_visit_every_learner_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let unit = unit_id(&app, "蒸湘区司法局").await;
    for order in ["NAME", "CREATED"] {
        let whole = roster(&app, &unit_admin, &unit, json!(null), order, Some(100)).await;
        let mut ids: Vec<String> = Vec::new();
        let mut after: Option<String> = None;
        let mut pages = 0;
        loop {
            let body = app
                .gql(
                    Some(&unit_admin),
                    ROSTER,
                    json!({"u": unit, "f": null, "o": order, "n": 7, "a": after}),
                )
                .await;
            let page = &body["data"]["unit"]["learners"];
            let nodes = page["nodes"].as_array().unwrap_or_else(|| panic!("{body}"));
            assert!(nodes.len() <= 7);
            assert_eq!(page["totalCount"], 29);
            ids.extend(nodes.iter().map(|n| n["id"].as_str().unwrap().to_owned()));
            pages += 1;
            assert!(pages <= 10, "paging does not end");
            if page["pageInfo"]["hasNextPage"] == false {
                assert_eq!(nodes.len(), 1, "29 = 4 * 7 + 1");
                break;
            }
            assert_eq!(nodes.len(), 7);
            after = Some(page["pageInfo"]["endCursor"].as_str().unwrap().to_owned());
        }
        assert_eq!(pages, 5, "{order}");
        assert_eq!(ids.len(), 29, "{order}: {ids:?}");
        let distinct: BTreeSet<&String> = ids.iter().collect();
        assert_eq!(distinct.len(), 29, "{order}: a learner came twice");
        let whole_ids: Vec<String> = whole["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["id"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(ids, whole_ids, "{order}: pages in the same order as one big page");
    }
}

async fn roster_page_size_is_bounded(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let unit = unit_id(&app, "蒸湘区司法局").await;
    for first in [0, -1, 101] {
        for order in ["NAME", "CREATED"] {
            let body = app
                .gql(
                    Some(&unit_admin),
                    ROSTER,
                    json!({"u": unit, "o": order, "n": first}),
                )
                .await;
            assert_eq!(code(&body), "BAD_USER_INPUT", "first: {first}, {order}: {body}");
        }
    }
    let max = roster(&app, &unit_admin, &unit, json!(null), "NAME", Some(100)).await;
    assert_eq!(max["nodes"].as_array().unwrap().len(), 29);
    let default = roster(&app, &unit_admin, &unit, json!(null), "NAME", None).await;
    assert_eq!(default["nodes"].as_array().unwrap().len(), 20);
    assert_eq!(default["pageInfo"]["hasNextPage"], true);
    // A forged cursor is bad input, not a server error.
    let body = app
        .gql(
            Some(&unit_admin),
            ROSTER,
            json!({"u": unit, "o": "NAME", "n": 5, "a": "garbage"}),
        )
        .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
}
