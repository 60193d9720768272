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
    frozen_roster_refuses_unit_admin_removals,
    district_office_changes_a_frozen_roster_marked_late,
    before_the_deadline_unit_admin_removes_not_late,
    the_deadline_day_itself_is_still_open,
    adding_learners_stays_open_while_frozen,
    transfer_out_and_in_keeps_the_account,
    learner_transfers_itself_in,
    transfer_in_refusals,
    concurrent_transfer_outs_succeed_once,
    concurrent_transfer_ins_end_in_one_unit,
    employment_status_retired_then_back_in_service,
    exemption_refused_when_retirement_is_too_far,
    exemption_cutoff_is_december_30_two_years_on,
    exemption_decided_then_overruled_by_the_district,
    exemption_with_an_uploaded_scan,
    notices_reach_the_subtree_newest_first,
    notice_needs_a_title,
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

// ---------------------------------------------------------------------------------------------
// The freeze, from both sides of the deadline

const FREEZE_WORDS: [&str; 2] = ["冻结", "截止"];

fn about_the_freeze(body: &Value) -> bool {
    FREEZE_WORDS.iter().any(|w| message(body).contains(w))
}

/// The demo's pending application of 13900000030, through the unit administrator's list.
async fn pending_application(app: &TestApp, token: &str) -> String {
    let campaign = format!("camp_{}", demo_campaign(app).await.id);
    let unit = unit_id(app, "蒸湘区司法局").await;
    let body = app
        .gql(
            Some(token),
            "query($c: ID!, $n: ID!) { exemptions(campaignId: $c, nodeId: $n, status: PENDING) { totalCount nodes { id learner { phone } } } }",
            json!({"c": campaign, "n": unit}),
        )
        .await;
    let list = &body["data"]["exemptions"];
    assert_eq!(list["totalCount"], 1, "{body}");
    // Offices above the unit see the number masked.
    let phone = list["nodes"][0]["learner"]["phone"].as_str().unwrap();
    assert!(["13900000030", "139****0030"].contains(&phone), "{phone}");
    list["nodes"][0]["id"].as_str().unwrap().to_owned()
}

async fn frozen_roster_refuses_unit_admin_removals(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let exemption = pending_application(&app, &unit_admin).await;
    let before = roster_state(&app).await;

    let out = transfer_out(&app, &unit_admin, &learner_id(&app, "13900000003").await).await;
    assert_error(&out, &["FORBIDDEN"]);
    assert!(about_the_freeze(&out), "{out}");
    for status in ["RETIRED", "LEFT"] {
        let body = set_status(
            &app,
            &unit_admin,
            &learner_id(&app, "13900000004").await,
            status,
            None,
        )
        .await;
        assert_error(&body, &["FORBIDDEN"]);
        assert!(about_the_freeze(&body), "{body}");
    }
    let approve = decide(&app, &unit_admin, &exemption, true, Some("同意")).await;
    assert_error(&approve, &["FORBIDDEN"]);
    assert!(about_the_freeze(&approve), "{approve}");

    assert_eq!(
        roster_state(&app).await,
        before,
        "a refused change changed something"
    );
    let l = learner_of(&app, "13900000003").await;
    assert_eq!(
        (l.status.to_value().as_str(), l.unit_id.is_some()),
        ("IN_SERVICE", true)
    );
    assert_eq!(
        learner_of(&app, "13900000004").await.status.to_value(),
        "IN_SERVICE"
    );
}

async fn district_office_changes_a_frozen_roster_marked_late(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let district = app.admin("13800000003").await;
    let exemption = pending_application(&app, &district).await;
    let three = learner_id(&app, "13900000003").await;
    let four = learner_id(&app, "13900000004").await;

    let out = transfer_out(&app, &district, &three).await;
    assert_eq!(out["data"]["transferOut"]["status"], "TRANSFERRING", "{out}");
    assert!(out["data"]["transferOut"]["unit"].is_null());
    let retired = set_status(&app, &district, &four, "RETIRED", None).await;
    assert_eq!(
        retired["data"]["setEmploymentStatus"]["status"], "RETIRED",
        "{retired}"
    );
    let approved = decide(&app, &district, &exemption, true, Some("材料齐全")).await;
    assert_eq!(
        approved["data"]["decideExemption"]["status"], "APPROVED",
        "{approved}"
    );
    assert_eq!(
        approved["data"]["decideExemption"]["decisions"][0]["decidedBy"],
        "蒸湘区管理员"
    );

    let log = audit_log(&app, &district, &region_id(&app, "430408").await).await;
    for (action, target) in [
        ("learner.transfer_out", row_id(&json!(three))),
        ("learner.status", row_id(&json!(four))),
        ("exemption.decide", row_id(&json!(exemption))),
    ] {
        let e = entry(&log, action, target);
        assert_eq!(e["late"], true, "{action} after the deadline is late: {e}");
        assert!(e["actor"].as_str().unwrap().contains("138****0003"), "{e}");
    }
    let out = entry(&log, "learner.transfer_out", row_id(&json!(three)));
    let before: Value = serde_json::from_str(out["before"].as_str().unwrap()).unwrap();
    let after: Value = serde_json::from_str(out["after"].as_str().unwrap()).unwrap();
    assert_eq!(before["status"], "IN_SERVICE");
    assert_eq!(after["status"], "TRANSFERRING");
    assert!(after["unitId"].is_null());
    // The rows agree.
    let l = learner_of(&app, "13900000003").await;
    assert_eq!((l.status.to_value().as_str(), l.unit_id), ("TRANSFERRING", None));
    assert_eq!(learner_of(&app, "13900000004").await.status.to_value(), "RETIRED");
}

async fn before_the_deadline_unit_admin_removes_not_late(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    move_deadline(&app, 5).await;
    let unit_admin = app.admin("13800000005").await;
    let year = app.clock.today().year();
    let c = app
        .gql(
            Some(&unit_admin),
            "query($y: Int!) { campaign(year: $y) { rosterFrozen verificationDeadline } }",
            json!({"y": year}),
        )
        .await;
    assert_eq!(c["data"]["campaign"]["rosterFrozen"], false, "{c}");
    let three = learner_id(&app, "13900000003").await;
    let four = learner_id(&app, "13900000004").await;
    let exemption = pending_application(&app, &unit_admin).await;

    let out = transfer_out(&app, &unit_admin, &three).await;
    assert_eq!(out["data"]["transferOut"]["status"], "TRANSFERRING", "{out}");
    let retired = set_status(&app, &unit_admin, &four, "RETIRED", None).await;
    assert_eq!(
        retired["data"]["setEmploymentStatus"]["status"], "RETIRED",
        "{retired}"
    );
    let approved = decide(&app, &unit_admin, &exemption, true, None).await;
    assert_eq!(
        approved["data"]["decideExemption"]["status"], "APPROVED",
        "{approved}"
    );

    let district = app.admin("13800000003").await;
    let log = audit_log(&app, &district, &region_id(&app, "430408").await).await;
    for (action, target) in [
        ("learner.transfer_out", row_id(&json!(three))),
        ("learner.status", row_id(&json!(four))),
        ("exemption.decide", row_id(&json!(exemption))),
    ] {
        let e = entry(&log, action, target);
        assert_eq!(e["late"], false, "{action} before the deadline is not late: {e}");
        assert!(e["actor"].as_str().unwrap().contains("138****0005"), "{e}");
    }
}

async fn the_deadline_day_itself_is_still_open(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    // On the deadline day the unit still verifies its roster.
    move_deadline(&app, 0).await;
    let out = transfer_out(&app, &unit_admin, &learner_id(&app, "13900000003").await).await;
    assert_eq!(out["data"]["transferOut"]["status"], "TRANSFERRING", "{out}");
    // From the day after, it is frozen.
    move_deadline(&app, -1).await;
    let before = roster_state(&app).await;
    let body = set_status(
        &app,
        &unit_admin,
        &learner_id(&app, "13900000004").await,
        "RETIRED",
        None,
    )
    .await;
    assert_error(&body, &["FORBIDDEN"]);
    assert!(about_the_freeze(&body), "{body}");
    assert_eq!(roster_state(&app).await, before);
}

async fn adding_learners_stays_open_while_frozen(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let campaign = app
        .gql(
            Some(&unit_admin),
            "query($y: Int!) { campaign(year: $y) { rosterFrozen } }",
            json!({"y": app.clock.today().year()}),
        )
        .await;
    assert_eq!(campaign["data"]["campaign"]["rosterFrozen"], true, "{campaign}");
    let body = add_learner(
        &app,
        &unit_admin,
        json!({"unitId": unit_id(&app, "蒸湘区司法局").await, "name": "赵新员", "phone": "13900000060"}),
    )
    .await;
    assert_eq!(body["data"]["addLearner"]["status"], "IN_SERVICE", "{body}");
    let district = app.admin("13800000003").await;
    let log = audit_log(&app, &district, &region_id(&app, "430408").await).await;
    let e = entry(&log, "learner.add", row_id(&body["data"]["addLearner"]["id"]));
    assert_eq!(e["late"], false);
}

// ---------------------------------------------------------------------------------------------
// Transfers

async fn transfer_out_and_in_keeps_the_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    move_deadline(&app, 5).await;
    // The learner has its own password before the transfer.
    app.learner("13900000002").await;
    let zx_admin = app.admin("13800000005").await;
    let yf_admin = app.admin("13800000006").await;
    let zx = unit_id(&app, "蒸湘区司法局").await;
    let yf = unit_id(&app, "雁峰区司法局").await;
    let id = learner_id(&app, "13900000002").await;

    let out = transfer_out(&app, &zx_admin, &id).await;
    let moved = &out["data"]["transferOut"];
    assert_eq!(moved["status"], "TRANSFERRING", "{out}");
    assert!(moved["unit"].is_null(), "{out}");
    assert_eq!(moved["phone"], "13900000002");
    let list = roster(&app, &zx_admin, &zx, json!(null), "CREATED", Some(100)).await;
    assert_eq!(list["totalCount"], 28);
    assert!(!phones(&list).contains(&"13900000002".to_owned()));
    // Out twice is a conflict.
    assert_error(&transfer_out(&app, &zx_admin, &id).await, &["CONFLICT"]);

    let body = transfer_in(&app, &yf_admin, "13900000002", &yf).await;
    let arrived = &body["data"]["transferIn"];
    assert_eq!(arrived["status"], "IN_SERVICE", "{body}");
    assert_eq!(arrived["unit"]["name"], "雁峰区司法局");
    assert_eq!(arrived["id"], id.as_str(), "the same person, not a new learner");
    let list = roster(
        &app,
        &yf_admin,
        &yf,
        json!({"phone": "13900000002"}),
        "NAME",
        None,
    )
    .await;
    assert_eq!(phones(&list), vec!["13900000002"]);
    let row = learner_of(&app, "13900000002").await;
    assert_eq!(row.unit_id, Some(unit_named(&app, "雁峰区司法局").await.id));
    assert_eq!(row.status.to_value(), "IN_SERVICE");

    // The password is unchanged, and nothing forces a change.
    let login = app.login_raw("13900000002", "Study2026x").await;
    assert_eq!(login["data"]["login"]["mustChangePassword"], false, "{login}");
    let token = login["data"]["login"]["token"].as_str().unwrap();
    let me = app
        .gql(Some(token), "{ me { learner { id unit { name } } } }", json!({}))
        .await;
    assert_eq!(
        me["data"]["me"]["learner"]["unit"]["name"], "雁峰区司法局",
        "{me}"
    );
    // The old unit's administrator no longer reaches the learner.
    let seen = app
        .gql(
            Some(&zx_admin),
            "query($id: ID!) { learner(id: $id) { id } }",
            json!({"id": id}),
        )
        .await;
    assert!(seen["data"]["learner"].is_null(), "{seen}");

    // Both districts' offices see their half in the audit log.
    let zx_log = audit_log(
        &app,
        &app.admin("13800000003").await,
        &region_id(&app, "430408").await,
    )
    .await;
    assert_eq!(
        entry(&zx_log, "learner.transfer_out", row_id(&json!(id)))["late"],
        false
    );
    let yf_log = audit_log(
        &app,
        &app.admin("13800000004").await,
        &region_id(&app, "430406").await,
    )
    .await;
    entry(&yf_log, "learner.transfer_in", row_id(&json!(id)));
}

async fn learner_transfers_itself_in(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.learner("13900000029").await;
    let me = app
        .gql(
            Some(&token),
            "{ me { learner { status unit { name } } } }",
            json!({}),
        )
        .await;
    assert_eq!(me["data"]["me"]["learner"]["status"], "TRANSFERRING", "{me}");
    assert!(me["data"]["me"]["learner"]["unit"].is_null());

    let lianhe = unit_id(&app, "联合街道").await;
    // After the verification deadline (the demo's day) the move waits for the unit, here its
    // district office, to accept it.
    let asked = transfer_in(&app, &token, "13900000029", &lianhe).await;
    assert_eq!(asked["data"]["transferIn"]["status"], "TRANSFERRING", "{asked}");
    assert!(learner_of(&app, "13900000029").await.unit_id.is_none());
    let district = app.admin("13800000003").await;
    let body = app
        .gql(
            Some(&district),
            &format!("mutation($l: ID!) {{ acceptTransferIn(learnerId: $l) {{ {LEARNER} status }} }}"),
            json!({"l": learner_id(&app, "13900000029").await}),
        )
        .await;
    let arrived = &body["data"]["acceptTransferIn"];
    assert_eq!(arrived["status"], "IN_SERVICE", "{body}");
    let row = learner_of(&app, "13900000029").await;
    assert_eq!(row.unit_id, Some(unit_named(&app, "联合街道").await.id));
    assert_eq!(row.status.to_value(), "IN_SERVICE");
    let list = roster(&app, &district, &lianhe, json!(null), "NAME", None).await;
    // Offices above the unit see phone numbers masked.
    assert_eq!(phones(&list), vec!["139****0029"]);
    let me = app
        .gql(
            Some(&token),
            "{ me { learner { status unit { name } } } }",
            json!({}),
        )
        .await;
    assert_eq!(me["data"]["me"]["learner"]["unit"]["name"], "联合街道", "{me}");
    // Now on a roster: a second transfer in is a conflict.
    let again = transfer_in(&app, &token, "13900000029", &unit_id(&app, "呈祥街道").await).await;
    assert_error(&again, &["CONFLICT"]);
    // The mutation's own answer names the new unit as well.
    assert_eq!(arrived["unit"]["name"], "联合街道", "{body}");
}

async fn transfer_in_refusals(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let yf_admin = app.admin("13800000006").await;
    let zx_admin = app.admin("13800000005").await;
    let learner = app.learner("13900000001").await;
    let yf = unit_id(&app, "雁峰区司法局").await;
    let before = roster_state(&app).await;
    // Still on 蒸湘区司法局's roster.
    let body = transfer_in(&app, &yf_admin, "13900000003", &yf).await;
    assert_error(&body, &["CONFLICT"]);
    assert!(message(&body).contains("调出"), "{body}");
    // Already on this roster.
    assert_error(
        &transfer_in(&app, &yf_admin, "13900000031", &yf).await,
        &["CONFLICT"],
    );
    // Nobody has this phone.
    assert_error(
        &transfer_in(&app, &yf_admin, "13712345678", &yf).await,
        &["NOT_FOUND"],
    );
    // An administrator without a roster entry.
    assert_error(
        &transfer_in(&app, &yf_admin, "13800000001", &yf).await,
        &["NOT_FOUND"],
    );
    assert_error(
        &transfer_in(&app, &yf_admin, "139", &yf).await,
        &["BAD_USER_INPUT"],
    );
    // A learner cannot move someone else, nor a unit administrator into another unit.
    assert_error(
        &transfer_in(&app, &learner, "13900000029", &yf).await,
        &["FORBIDDEN", "NOT_FOUND"],
    );
    assert_error(
        &transfer_in(&app, &zx_admin, "13900000029", &yf).await,
        &["FORBIDDEN", "NOT_FOUND"],
    );
    assert_eq!(roster_state(&app).await, before);
}

async fn concurrent_transfer_outs_succeed_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let district = app.admin("13800000003").await;
    let id = learner_id(&app, "13900000003").await;
    let query = with_learner("mutation($id: ID!) { transferOut(learnerId: $id) { LEARNER } }");
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..10 {
        let client = app.client.clone();
        let url = format!("{}/graphql", app.base);
        let token = district.clone();
        let body = json!({"query": query, "variables": {"id": id}});
        tasks.spawn(async move {
            let response = client
                .post(url)
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap();
            response.json::<Value>().await.unwrap()
        });
    }
    let mut succeeded = 0;
    while let Some(done) = tasks.join_next().await {
        let body = done.unwrap();
        if body["errors"].is_null() {
            assert_eq!(body["data"]["transferOut"]["status"], "TRANSFERRING", "{body}");
            succeeded += 1;
        } else {
            assert_eq!(code(&body), "CONFLICT", "{body}");
        }
    }
    assert_eq!(succeeded, 1, "exactly one transfer out succeeds");
    let row = learner_of(&app, "13900000003").await;
    assert_eq!(
        (row.status.to_value().as_str(), row.unit_id),
        ("TRANSFERRING", None)
    );
    assert_eq!(row.last_unit_id, Some(unit_named(&app, "蒸湘区司法局").await.id));
    let entries = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("learner.transfer_out"))
        .filter(audit_entry::Column::TargetId.eq(row.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(entries, 1);
}

async fn concurrent_transfer_ins_end_in_one_unit(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let units = [
        unit_id(&app, "联合街道").await,
        unit_id(&app, "雁峰区司法局").await,
    ];
    let query =
        with_learner("mutation($p: String!, $u: ID!) { transferIn(phone: $p, unitId: $u) { LEARNER } }");
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..10 {
        let client = app.client.clone();
        let url = format!("{}/graphql", app.base);
        let token = province.clone();
        let unit = units[i % 2].clone();
        let query = query.clone();
        tasks.spawn(async move {
            let body: Value = client
                .post(url)
                .bearer_auth(token)
                .json(&json!({"query": query, "variables": {"p": "13900000029", "u": unit}}))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            (unit, body)
        });
    }
    let mut winners = Vec::new();
    while let Some(done) = tasks.join_next().await {
        let (unit, body) = done.unwrap();
        if body["errors"].is_null() {
            assert_eq!(body["data"]["transferIn"]["unit"]["id"], unit.as_str(), "{body}");
            winners.push(unit);
        } else {
            assert_eq!(code(&body), "CONFLICT", "{body}");
        }
    }
    assert_eq!(winners.len(), 1, "exactly one transfer in succeeds: {winners:?}");
    let winner = &winners[0];

    let row = learner_of(&app, "13900000029").await;
    assert_eq!(
        row.unit_id.map(|id| format!("unit_{id}")).as_deref(),
        Some(winner.as_str())
    );
    assert_eq!(row.status.to_value(), "IN_SERVICE");
    let id = learner_id(&app, "13900000029").await;
    let seen = app
        .gql(
            Some(&province),
            "query($id: ID!) { learner(id: $id) { status unit { id } } }",
            json!({"id": id}),
        )
        .await;
    assert_eq!(seen["data"]["learner"]["unit"]["id"], winner.as_str(), "{seen}");
    assert_eq!(seen["data"]["learner"]["status"], "IN_SERVICE");
    for unit in &units {
        let list = roster(
            &app,
            &province,
            unit,
            json!({"phone": "13900000029"}),
            "NAME",
            None,
        )
        .await;
        let expected = if unit == winner { 1 } else { 0 };
        assert_eq!(list["totalCount"], expected, "{unit}: {list}");
    }
    let transfers = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("learner.transfer_in"))
        .filter(audit_entry::Column::TargetId.eq(row.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(transfers, 1, "one transfer, one audit entry");
}

// ---------------------------------------------------------------------------------------------
// Status changes

async fn employment_status_retired_then_back_in_service(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    move_deadline(&app, 5).await;
    let unit_admin = app.admin("13800000005").await;
    let id = learner_id(&app, "13900000006").await;

    let body = set_status(&app, &unit_admin, &id, "RETIRED", Some("2026-06-30")).await;
    assert_eq!(body["data"]["setEmploymentStatus"]["status"], "RETIRED", "{body}");
    assert_eq!(
        body["data"]["setEmploymentStatus"]["unit"]["name"],
        "蒸湘区司法局"
    );
    let row = learner_of(&app, "13900000006").await;
    assert_eq!(row.status.to_value(), "RETIRED");
    assert_eq!(row.status_since, NaiveDate::from_ymd_opt(2026, 6, 30));

    let body = set_status(&app, &unit_admin, &id, "IN_SERVICE", None).await;
    assert_eq!(
        body["data"]["setEmploymentStatus"]["status"], "IN_SERVICE",
        "{body}"
    );
    let row = learner_of(&app, "13900000006").await;
    assert_eq!(row.status.to_value(), "IN_SERVICE");
    assert_eq!(row.status_since, Some(app.clock.today()), "today by default");

    let body = set_status(&app, &unit_admin, &id, "LEFT", Some("2026-01-15")).await;
    assert_eq!(body["data"]["setEmploymentStatus"]["status"], "LEFT", "{body}");
    let body = set_status(&app, &unit_admin, &id, "IN_SERVICE", None).await;
    assert_eq!(
        body["data"]["setEmploymentStatus"]["status"], "IN_SERVICE",
        "{body}"
    );

    let before = roster_state(&app).await;
    let body = set_status(&app, &unit_admin, &id, "TRANSFERRING", None).await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    // A learner between units has no status to change until it is taken in.
    let district = app.admin("13800000003").await;
    let moving = learner_id(&app, "13900000029").await;
    let body = set_status(&app, &district, &moving, "RETIRED", None).await;
    assert_error(&body, &["CONFLICT"]);
    assert_eq!(roster_state(&app).await, before);

    let log = audit_log(&app, &district, &region_id(&app, "430408").await).await;
    let changes: Vec<&Value> = log
        .iter()
        .filter(|e| e["action"] == "learner.status" && e["targetId"] == row.id)
        .collect();
    assert_eq!(changes.len(), 4, "{changes:?}");
    // Newest first: the first change is the last entry.
    let first_after: Value = serde_json::from_str(changes[3]["after"].as_str().unwrap()).unwrap();
    assert_eq!(first_after["status"], "RETIRED");
    assert_eq!(first_after["statusSince"], "2026-06-30");
}

// ---------------------------------------------------------------------------------------------
// Exemptions

async fn own_learner_id(app: &TestApp, token: &str) -> String {
    app.id_of(token, "{ me { learner { id } } }", "/data/me/learner/id")
        .await
}

async fn campaign_id(app: &TestApp, token: &str) -> String {
    let year = app.clock.today().year();
    let body = app
        .gql(
            Some(token),
            "query($y: Int!) { campaign(year: $y) { id } }",
            json!({"y": year}),
        )
        .await;
    body["data"]["campaign"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned()
}

async fn exemption_refused_when_retirement_is_too_far(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // After the verification deadline (the demo's day) the unit records retirement dates.
    let unit_admin = app.admin("13800000005").await;
    let token = app.learner("13900000001").await;
    let campaign = campaign_id(&app, &token).await;
    let retirement = learner_of(&app, "13900000001").await.retirement_date.unwrap();
    assert!(retirement.year() >= 2030, "the demo's 13900000001 retires late");
    let before = roster_state(&app).await;

    let body = apply(&app, &token, &campaign, "申请免考").await;
    assert_error(&body, &["NOT_ELIGIBLE"]);
    assert!(
        message(&body).contains(&retirement.to_string()),
        "the reason mentions the date: {body}"
    );
    assert_eq!(roster_state(&app).await, before);

    // Brought forward to within two years after December 30 of the campaign year.
    let year = app.clock.today().year();
    let id = own_learner_id(&app, &token).await;
    let soon = format!("{}-07-01", year + 1);
    let body = update_learner(&app, &unit_admin, &id, json!({"retirementDate": soon})).await;
    assert_eq!(body["data"]["updateLearner"]["retirementDate"], soon, "{body}");
    let body = apply(&app, &token, &campaign, "明年七月退休").await;
    let applied = &body["data"]["applyExemption"];
    assert_eq!(applied["status"], "PENDING", "{body}");
    assert_eq!(applied["reason"], "明年七月退休");
    assert_eq!(applied["learner"]["phone"], "13900000001");
    assert_eq!(applied["decisions"], json!([]));
    assert!(applied["attachmentName"].is_null());

    // A second application while one is pending is a conflict.
    let again = apply(&app, &token, &campaign, "再次申请").await;
    assert_error(&again, &["CONFLICT"]);
    let count = exemption::Entity::find()
        .filter(exemption::Column::LearnerId.eq(learner_of(&app, "13900000001").await.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(count, 1);
    // An empty reason is bad input.
    let learner2 = app.learner("13900000002").await;
    let id2 = own_learner_id(&app, &learner2).await;
    update_learner(&app, &unit_admin, &id2, json!({"retirementDate": soon})).await;
    assert_error(
        &apply(&app, &learner2, &campaign, "   ").await,
        &["BAD_USER_INPUT"],
    );
}

async fn exemption_cutoff_is_december_30_two_years_on(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // After the verification deadline (the demo's day) the unit records retirement dates.
    let unit_admin = app.admin("13800000005").await;
    let token = app.learner("13900000001").await;
    let campaign = campaign_id(&app, &token).await;
    let id = own_learner_id(&app, &token).await;
    let year = app.clock.today().year();

    let dec31 = format!("{}-12-31", year + 2);
    let body = update_learner(&app, &unit_admin, &id, json!({"retirementDate": dec31})).await;
    assert_eq!(body["data"]["updateLearner"]["retirementDate"], dec31, "{body}");
    let body = apply(&app, &token, &campaign, "申请免考").await;
    assert_error(&body, &["NOT_ELIGIBLE"]);
    assert!(message(&body).contains(&dec31), "{body}");

    let dec30 = format!("{}-12-30", year + 2);
    let body = update_learner(&app, &unit_admin, &id, json!({"retirementDate": dec30})).await;
    assert_eq!(body["data"]["updateLearner"]["retirementDate"], dec30, "{body}");
    let body = apply(&app, &token, &campaign, "申请免考").await;
    assert_eq!(body["data"]["applyExemption"]["status"], "PENDING", "{body}");
}

async fn exemption_decided_then_overruled_by_the_district(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // After the verification deadline (the demo's day) the unit records retirement dates.
    let unit_admin = app.admin("13800000005").await;
    let token = app.learner("13900000001").await;
    let campaign = campaign_id(&app, &token).await;
    let id = own_learner_id(&app, &token).await;
    let year = app.clock.today().year();
    update_learner(
        &app,
        &unit_admin,
        &id,
        json!({"retirementDate": format!("{}-03-01", year + 2)}),
    )
    .await;
    let body = apply(&app, &token, &campaign, "后年三月退休").await;
    let exemption = body["data"]["applyExemption"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned();

    let district = app.admin("13800000003").await;
    let approved = decide(&app, &district, &exemption, true, Some("符合条件")).await;
    let e = &approved["data"]["decideExemption"];
    assert_eq!(e["status"], "APPROVED", "{approved}");
    assert_eq!(
        e["decisions"],
        json!([{"approve": true, "comment": "符合条件", "overrule": false, "decidedBy": "蒸湘区管理员"}])
    );
    // A unit administrator may not change a decided application.
    let unit_admin = app.admin("13800000005").await;
    assert_error(
        &decide(&app, &unit_admin, &exemption, false, Some("不同意")).await,
        &["FORBIDDEN"],
    );
    let rejected = decide(&app, &district, &exemption, false, Some("经核实退休日期有误")).await;
    let e = &rejected["data"]["decideExemption"];
    assert_eq!(e["status"], "REJECTED", "{rejected}");
    assert_eq!(
        e["decisions"],
        json!([
            {"approve": true, "comment": "符合条件", "overrule": false, "decidedBy": "蒸湘区管理员"},
            {"approve": false, "comment": "经核实退休日期有误", "overrule": true, "decidedBy": "蒸湘区管理员"}
        ])
    );

    let mine = app
        .gql(
            Some(&token),
            &format!("query($c: ID!) {{ myExemptions(campaignId: $c) {{ {EXEMPTION} }} }}"),
            json!({"c": campaign}),
        )
        .await;
    let mine = mine["data"]["myExemptions"]
        .as_array()
        .unwrap_or_else(|| panic!("{mine}"));
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0]["id"], exemption.as_str());
    assert_eq!(mine[0]["status"], "REJECTED");
    assert_eq!(mine[0]["decisions"][1]["comment"], "经核实退休日期有误");

    let list = "query($c: ID!, $n: ID!, $s: ExemptionStatus) { exemptions(campaignId: $c, nodeId: $n, status: $s) { totalCount nodes { id status learner { phone } } } }";
    let zhengxiang = region_id(&app, "430408").await;
    let body = app
        .gql(
            Some(&district),
            list,
            json!({"c": campaign, "n": zhengxiang, "s": "REJECTED"}),
        )
        .await;
    assert_eq!(body["data"]["exemptions"]["totalCount"], 1, "{body}");
    assert_eq!(
        body["data"]["exemptions"]["nodes"][0],
        // Offices above the unit see phone numbers masked.
        json!({"id": exemption, "status": "REJECTED", "learner": {"phone": "139****0001"}})
    );
    let body = app
        .gql(
            Some(&district),
            list,
            json!({"c": campaign, "n": zhengxiang, "s": "PENDING"}),
        )
        .await;
    assert_eq!(body["data"]["exemptions"]["totalCount"], 1, "{body}");
    assert_eq!(
        body["data"]["exemptions"]["nodes"][0]["learner"]["phone"],
        "139****0030"
    );
    let body = app
        .gql(
            Some(&district),
            list,
            json!({"c": campaign, "n": zhengxiang, "s": null}),
        )
        .await;
    assert_eq!(body["data"]["exemptions"]["totalCount"], 2, "{body}");
    // Newest first.
    assert_eq!(body["data"]["exemptions"]["nodes"][0]["id"], exemption.as_str());

    // The approval after the deadline was an office's late change; the rejection is not a
    // removal. Both are in the log.
    let log = audit_log(&app, &district, &zhengxiang).await;
    assert_eq!(
        entry(&log, "exemption.decide", row_id(&json!(exemption)))["late"],
        true
    );
    entry(&log, "exemption.overrule", row_id(&json!(exemption)));
    entry(&log, "exemption.apply", row_id(&json!(exemption)));
}

/// A GraphQL multipart request (graphql-multipart-request-spec) with one file bound to
/// `variables.<file_variable>`.
#[allow(clippy::too_many_arguments)]
async fn upload(
    app: &TestApp,
    token: &str,
    query: &str,
    variables: Value,
    file_variable: &str,
    filename: &str,
    content_type: &str,
    bytes: &[u8],
) -> Value {
    use reqwest::multipart::{Form, Part};
    let operations = json!({"query": query, "variables": variables});
    let map = json!({"0": [format!("variables.{file_variable}")]});
    let file = Part::bytes(bytes.to_vec())
        .file_name(filename.to_owned())
        .mime_str(content_type)
        .unwrap();
    let form = Form::new()
        .text("operations", operations.to_string())
        .text("map", map.to_string())
        .part("0", file);
    let response = app
        .client
        .post(format!("{}/graphql", app.base))
        .header("graphql-preflight", "1")
        .bearer_auth(token)
        .multipart(form)
        .send()
        .await
        .expect("request reaches the server");
    response.json().await.expect("response is JSON")
}

async fn exemption_with_an_uploaded_scan(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // After the verification deadline (the demo's day) the unit records retirement dates.
    let unit_admin = app.admin("13800000005").await;
    let token = app.learner("13900000002").await;
    let campaign = campaign_id(&app, &token).await;
    let id = own_learner_id(&app, &token).await;
    let year = app.clock.today().year();
    update_learner(
        &app,
        &unit_admin,
        &id,
        json!({"retirementDate": format!("{}-05-01", year + 1)}),
    )
    .await;
    let mutation = format!(
        "mutation($c: ID!, $r: String!, $f: Upload) {{ applyExemption(campaignId: $c, reason: $r, attachment: $f) {{ {EXEMPTION} }} }}"
    );
    let variables = json!({"c": campaign, "r": "明年五月退休，附退休审批表", "f": null});
    let learner_row = learner_of(&app, "13900000002").await.id;
    let applications = || async {
        exemption::Entity::find()
            .filter(exemption::Column::LearnerId.eq(learner_row))
            .all(&app.db)
            .await
            .unwrap()
    };

    // A program is not a scan.
    let body = upload(
        &app,
        &token,
        &mutation,
        variables.clone(),
        "f",
        "setup.exe",
        "application/octet-stream",
        b"MZ\x90\x00\x03\x00\x00\x00",
    )
    .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    assert!(applications().await.is_empty(), "nothing written");

    let pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    let body = upload(
        &app,
        &token,
        &mutation,
        variables,
        "f",
        "retirement-approval.pdf",
        "application/pdf",
        pdf,
    )
    .await;
    let applied = &body["data"]["applyExemption"];
    assert_eq!(applied["status"], "PENDING", "{body}");
    assert_eq!(applied["attachmentName"], "retirement-approval.pdf");
    assert_eq!(applied["reason"], "明年五月退休，附退休审批表");
    let rows = applications().await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].attachment.as_deref(), Some(&pdf[..]));
    assert_eq!(rows[0].attachment_type.as_deref(), Some("application/pdf"));
    // The unit administrator sees the file's name on the application.
    let unit_admin = app.admin("13800000005").await;
    let list = app
        .gql(
            Some(&unit_admin),
            "query($c: ID!, $n: ID!) { exemptions(campaignId: $c, nodeId: $n) { nodes { attachmentName learner { phone } } } }",
            json!({"c": campaign, "n": unit_id(&app, "蒸湘区司法局").await}),
        )
        .await;
    assert_eq!(
        list["data"]["exemptions"]["nodes"][0],
        json!({"attachmentName": "retirement-approval.pdf", "learner": {"phone": "13900000002"}}),
        "{list}"
    );
}

// ---------------------------------------------------------------------------------------------
// Notices

const NOTICES: &str = "{ notices { totalCount nodes { title body region { name } } } }";

async fn notice_titles(app: &TestApp, token: &str) -> Vec<String> {
    let body = app.gql(Some(token), NOTICES, json!({})).await;
    body["data"]["notices"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|n| n["title"].as_str().unwrap().to_owned())
        .collect()
}

async fn post_notice(app: &TestApp, token: &str, region: &str, title: &str, body: &str) -> Value {
    app.gql(
        Some(token),
        "mutation($i: PostNoticeInput!) { postNotice(input: $i) { id title body region { name } } }",
        json!({"i": {"regionId": region, "title": title, "body": body}}),
    )
    .await
}

async fn notices_reach_the_subtree_newest_first(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let city = app.admin("13800000002").await;
    let hengyang = region_id(&app, "430400").await;
    let body = post_notice(&app, &city, &hengyang, "统一考试安排", "请各单位按时组织考试。").await;
    assert_eq!(body["data"]["postNotice"]["region"]["name"], "衡阳市", "{body}");
    assert_eq!(body["data"]["postNotice"]["title"], "统一考试安排");

    let learner = app.learner("13900000001").await;
    let unit_admin = app.admin("13800000005").await;
    let yanfeng_admin = app.admin("13800000004").await;
    for token in [&learner, &unit_admin, &yanfeng_admin] {
        let seen = app.gql(Some(token), NOTICES, json!({})).await;
        assert_eq!(
            seen["data"]["notices"]["nodes"],
            json!([{"title": "统一考试安排", "body": "请各单位按时组织考试。", "region": {"name": "衡阳市"}}]),
            "{seen}"
        );
        assert_eq!(seen["data"]["notices"]["totalCount"], 1);
    }

    // The 雁峰区 office's notice stays in 雁峰区.
    let yanfeng = region_id(&app, "430406").await;
    let body = post_notice(
        &app,
        &yanfeng_admin,
        &yanfeng,
        "雁峰区补考通知",
        "补考安排另行通知。",
    )
    .await;
    assert_eq!(body["data"]["postNotice"]["region"]["name"], "雁峰区", "{body}");
    for token in [&learner, &unit_admin, &app.admin("13800000003").await] {
        assert_eq!(notice_titles(&app, token).await, vec!["统一考试安排"]);
    }
    // 雁峰区 and the offices above it see it, newest first; so does a 雁峰区 unit.
    for token in [
        &yanfeng_admin,
        &city,
        &app.admin("13800000001").await,
        &app.admin("13800000006").await,
    ] {
        assert_eq!(
            notice_titles(&app, token).await,
            vec!["雁峰区补考通知", "统一考试安排"]
        );
    }
    // The province's notice reaches everyone, on top.
    let province = app.admin("13800000001").await;
    post_notice(
        &app,
        &province,
        &region_id(&app, "430000").await,
        "全省通知",
        "正文",
    )
    .await;
    assert_eq!(
        notice_titles(&app, &learner).await,
        vec!["全省通知", "统一考试安排"]
    );
    let seen = app.gql(Some(&learner), NOTICES, json!({})).await;
    assert_eq!(seen["data"]["notices"]["nodes"][0]["region"]["name"], "湖南省");
    // A transferring learner still hears from its last unit's offices.
    let moving = app.learner("13900000029").await;
    assert!(
        notice_titles(&app, &moving)
            .await
            .contains(&"全省通知".to_owned())
    );
}

async fn notice_needs_a_title(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let city = app.admin("13800000002").await;
    let hengyang = region_id(&app, "430400").await;
    for title in ["", "   "] {
        let body = post_notice(&app, &city, &hengyang, title, "正文").await;
        assert_error(&body, &["BAD_USER_INPUT"]);
    }
    let body = post_notice(&app, &city, &hengyang, "标题", "").await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    // Only offices post: a unit administrator and a learner cannot.
    let unit_admin = app.admin("13800000005").await;
    let body = post_notice(
        &app,
        &unit_admin,
        &region_id(&app, "430408").await,
        "标题",
        "正文",
    )
    .await;
    assert_error(&body, &["FORBIDDEN"]);
    assert!(notice_titles(&app, &city).await.is_empty());
    assert_eq!(entity::notice::Entity::find().count(&app.db).await.unwrap(), 0);
}
