//! The holes found by attacking the demo, each closed and kept closed: power over accounts
//! (no office-account takeover through a roster entry or a grant), login protection that a
//! stranger cannot turn into a lockout, password checks counted wherever they happen, and
//! late changes that would lift a unit's rates.

use entity::{account, audit_entry};
use sea_orm::{ActiveEnum, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, assert_error, code};
use crate::on_both_backends;

on_both_backends!(
    power_over_accounts_follows_every_holding,
    a_roster_entry_or_a_grant_gives_no_power_over_an_office_account,
    a_stranger_cannot_lock_the_owner_out,
    one_password_check_per_request_and_per_address_limits,
    a_wrong_old_password_counts_like_a_failed_login,
    late_changes_cannot_lift_a_units_rates,
    a_frozen_roster_refuses_retirement_by_import,
    another_province_answers_like_nothing,
    nested_fields_never_lead_out_of_scope,
    overload_sheds_logins_with_busy_and_saves_go_on,
);

const RESET: &str = "mutation($id: ID!) { resetPassword(accountId: $id) { password expiresAt } }";
const UNLOCK: &str = "mutation($id: ID!) { unlockAccount(accountId: $id) }";

async fn account_id(app: &TestApp, phone: &str) -> String {
    let a = account::Entity::find()
        .filter(account::Column::Phone.eq(phone))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no account {phone}"));
    format!("acct_{}", a.id)
}

/// A client whose connections come from another loopback address: another person's phone.
fn client_from(addr: [u8; 4]) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(std::net::IpAddr::from(addr))
        .build()
        .unwrap()
}

async fn login_from(app: &TestApp, client: &reqwest::Client, phone: &str, password: &str) -> Value {
    client
        .post(format!("{}/graphql", app.base))
        .json(&json!({
            "query": "mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }",
            "variables": {"p": phone, "w": password},
        }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

const PROVINCE: &str = "13800000001";
const CITY: &str = "13800000002";
const ZHENGXIANG: &str = "13800000003";
const YANFENG: &str = "13800000004";
const ZX_UNIT: &str = "13800000005";
const YF_UNIT: &str = "13800000006";
const ZX_LEARNER: &str = "13900000002";
const YF_LEARNER: &str = "13900000031";

/// Every pair of caller and target among the demo's offices, unit administrators and
/// learners: a reset goes through exactly when every holding of the target lies inside the
/// caller's scope and strictly below its level.
async fn power_over_accounts_follows_every_holding(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let callers = [ZX_UNIT, YF_UNIT, ZHENGXIANG, YANFENG, CITY, PROVINCE];
    let targets = [
        PROVINCE, CITY, ZHENGXIANG, YANFENG, ZX_UNIT, YF_UNIT, ZX_LEARNER, YF_LEARNER,
    ];
    let allowed = |caller: &str, target: &str| -> bool {
        match caller {
            PROVINCE => target != PROVINCE,
            CITY => ![PROVINCE, CITY].contains(&target),
            ZHENGXIANG => [ZX_UNIT, ZX_LEARNER].contains(&target),
            YANFENG => [YF_UNIT, YF_LEARNER].contains(&target),
            ZX_UNIT => target == ZX_LEARNER,
            YF_UNIT => target == YF_LEARNER,
            _ => false,
        }
    };
    let mut ids = std::collections::HashMap::new();
    for t in targets {
        ids.insert(t, account_id(&app, t).await);
    }
    let mut tokens = std::collections::HashMap::new();
    for c in callers {
        tokens.insert(c, app.admin(c).await);
    }
    // Refusals first: nothing may change.
    for c in callers {
        for t in targets {
            if allowed(c, t) {
                continue;
            }
            let body = app.gql(Some(&tokens[c]), RESET, json!({"id": ids[t]})).await;
            let expected: &[&str] = if c == t {
                &["BAD_USER_INPUT"]
            } else {
                &["NOT_FOUND", "FORBIDDEN"]
            };
            assert_error(&body, expected);
            assert!(
                body["data"].is_null() || body["data"]["resetPassword"].is_null(),
                "{c} -> {t}: {body}"
            );
        }
    }
    for t in [PROVINCE, CITY, ZHENGXIANG, YANFENG, ZX_UNIT, YF_UNIT] {
        app.admin(t).await;
    }
    // A target outside the caller's sight answers like a missing account.
    let missing = app
        .gql(Some(&tokens[ZX_UNIT]), RESET, json!({"id": "acct_99999"}))
        .await;
    let foreign = app
        .gql(Some(&tokens[ZX_UNIT]), RESET, json!({"id": ids[YF_LEARNER]}))
        .await;
    assert_eq!(missing["errors"][0]["message"], foreign["errors"][0]["message"]);
    assert_eq!(code(&missing), code(&foreign));

    // Then the allowed ones, lowest callers first (a reset ends the target's sessions).
    for c in callers {
        for t in targets {
            if !allowed(c, t) {
                continue;
            }
            let body = app.gql(Some(&tokens[c]), RESET, json!({"id": ids[t]})).await;
            app.temporary_password(&body["data"]["resetPassword"]);
        }
    }
    let resets = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("password.reset"))
        .count(&app.db)
        .await
        .unwrap();
    let expected = callers
        .iter()
        .flat_map(|c| targets.iter().map(move |t| (*c, *t)))
        .filter(|(c, t)| allowed(c, t))
        .count() as u64;
    assert_eq!(resets, expected);
}

/// The attack found on the demo: a unit administrator puts the province administrator's
/// phone on its roster, or a district grants a unit role to the city office's phone, and then
/// resets the password.
async fn a_roster_entry_or_a_grant_gives_no_power_over_an_office_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin(ZX_UNIT).await;
    let unit = app
        .id_of(
            &unit_admin,
            "{ me { roles { unit { id } } } }",
            "/data/me/roles/0/unit/id",
        )
        .await;
    let added = app
        .gql(
            Some(&unit_admin),
            "mutation($i: AddLearnerInput!) { addLearner(input: $i) { id } }",
            json!({"i": {"unitId": unit, "name": "x", "phone": PROVINCE}}),
        )
        .await;
    // Putting an office holder on a roster may be legitimate (offices study too) ...
    let learner_id = added["data"]["addLearner"]["id"].as_str().map(str::to_owned);
    let province_account = account_id(&app, PROVINCE).await;
    // ... but gives no power over the account.
    let body = app
        .gql(Some(&unit_admin), RESET, json!({"id": province_account}))
        .await;
    assert_error(&body, &["FORBIDDEN", "NOT_FOUND"]);
    let body = app
        .gql(Some(&unit_admin), UNLOCK, json!({"id": province_account}))
        .await;
    assert_error(&body, &["FORBIDDEN", "NOT_FOUND"]);
    if let Some(learner_id) = learner_id {
        // Nor over its login phone or name.
        let body = app
            .gql(
                Some(&unit_admin),
                "mutation($id: ID!, $i: UpdateLearnerInput!) { updateLearner(id: $id, input: $i) { id } }",
                json!({"id": learner_id, "i": {"phone": "13711110000"}}),
            )
            .await;
        assert_error(&body, &["FORBIDDEN", "NOT_FOUND"]);
    }
    let province = app.admin(PROVINCE).await;
    let questions_still_mine = app.gql(Some(&province), "{ me { phone } }", json!({})).await;
    assert_eq!(questions_still_mine["data"]["me"]["phone"], PROVINCE);

    // A district grants UNIT_ADMIN to the city office's phone: refused (an existing account is
    // appointed only by one who already has power over it), naming nobody; a reset stays
    // refused too.
    let district = app.admin(ZHENGXIANG).await;
    let grant = app
        .gql(
            Some(&district),
            "mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }",
            json!({"i": {"phone": CITY, "name": "x", "role": "UNIT_ADMIN", "unitId": unit}}),
        )
        .await;
    assert_error(&grant, &["FORBIDDEN"]);
    let city_name = crate::helpers::account_of(&app, CITY).await.name;
    assert!(!grant.to_string().contains(&city_name), "{grant}");
    let city_account = account_id(&app, CITY).await;
    let body = app.gql(Some(&district), RESET, json!({"id": city_account})).await;
    assert_error(&body, &["FORBIDDEN", "NOT_FOUND"]);
    // The city office still logs in with its own password.
    app.admin(CITY).await;
    // The province, above every holding, still can.
    let body = app.gql(Some(&province), RESET, json!({"id": city_account})).await;
    app.temporary_password(&body["data"]["resetPassword"]);
}

/// Five wrong passwords from a stranger's address make that address wait; the owner, on his
/// own address, logs in at once. An administrator's unlock lifts the stranger's wait too.
async fn a_stranger_cannot_lock_the_owner_out(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let stranger = client_from([127, 0, 0, 2]);
    for attempt in 1..=5 {
        let body = login_from(&app, &stranger, ZX_UNIT, "Wrong2017").await;
        let expected = if attempt < 5 {
            "UNAUTHENTICATED"
        } else {
            "ACCOUNT_LOCKED"
        };
        assert_eq!(code(&body), expected, "attempt {attempt}: {body}");
    }
    // The stranger now waits, even with the right password ...
    assert_eq!(
        code(&login_from(&app, &stranger, ZX_UNIT, xuefa::tools::demo::ADMIN_PASSWORD).await),
        "ACCOUNT_LOCKED"
    );
    // ... the owner does not.
    let owner = app.admin(ZX_UNIT).await;
    assert!(!owner.is_empty());
    // The district unlocks the account: the stranger's address may try again (and fails).
    let district = app.admin(ZHENGXIANG).await;
    let unit_admin_account = account_id(&app, ZX_UNIT).await;
    let body = app
        .gql(Some(&district), UNLOCK, json!({"id": unit_admin_account}))
        .await;
    assert_eq!(body["data"]["unlockAccount"], true, "{body}");
    assert_eq!(
        code(&login_from(&app, &stranger, ZX_UNIT, "Wrong2017").await),
        "UNAUTHENTICATED"
    );
    let unlocks = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("account.unlock"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(unlocks, 1);
    // Outside its scope, an unlock answers like a missing account.
    let other = app.admin(YANFENG).await;
    assert_error(
        &app.gql(Some(&other), UNLOCK, json!({"id": unit_admin_account}))
            .await,
        &["NOT_FOUND"],
    );
}

/// Aliased `login` fields in one request run one password check; an address that fails too
/// often across many numbers is slowed before any argon2 work, others are not.
async fn one_password_check_per_request_and_per_address_limits(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let aliases = (1..=5)
        .map(|i| format!("l{i}: login(phone: \"{ZX_UNIT}\", password: \"Wrong2017\") {{ token }}"))
        .collect::<Vec<_>>()
        .join(" ");
    let body = app
        .gql(None, &format!("mutation {{ {aliases} }}"), json!({}))
        .await;
    let codes: Vec<&str> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["extensions"]["code"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        codes.iter().filter(|c| **c == "UNAUTHENTICATED").count(),
        1,
        "{body}"
    );
    assert_eq!(
        codes.iter().filter(|c| **c == "BAD_USER_INPUT").count(),
        4,
        "{body}"
    );
    // Only one failure was counted: four more wrong ones do not yet lock.
    for _ in 0..3 {
        assert_eq!(
            code(&app.login_raw(ZX_UNIT, "Wrong2017").await),
            "UNAUTHENTICATED"
        );
    }
    app.admin(ZX_UNIT).await;

    // One address guessing across many numbers runs out of failures.
    let guesser = client_from([127, 0, 0, 3]);
    let mut limited = None;
    for i in 0..260 {
        let phone = format!("137{:08}", i / 4);
        let body = login_from(&app, &guesser, &phone, "Wrong2017").await;
        if code(&body) == "RATE_LIMITED" {
            limited = Some(i);
            break;
        }
        assert!(
            ["UNAUTHENTICATED", "ACCOUNT_LOCKED"].contains(&code(&body)),
            "{body}"
        );
    }
    let limited = limited.expect("an address failing 260 times in a row is slowed down");
    assert!(limited >= 150, "slowed after {limited} failures");
    // Others log in as usual.
    app.admin(ZX_UNIT).await;
}

async fn a_wrong_old_password_counts_like_a_failed_login(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.admin(YF_UNIT).await;
    let change = "mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }";
    for attempt in 1..=5 {
        let body = app
            .gql(
                Some(&token),
                change,
                json!({"o": "Guess2017", "n": "NewPass2026"}),
            )
            .await;
        let expected = if attempt < 5 {
            "BAD_USER_INPUT"
        } else {
            "ACCOUNT_LOCKED"
        };
        assert_eq!(code(&body), expected, "attempt {attempt}: {body}");
    }
    // Even the right old password now waits, from this address.
    let body = app
        .gql(
            Some(&token),
            change,
            json!({"o": xuefa::tools::demo::ADMIN_PASSWORD, "n": "NewPass2026"}),
        )
        .await;
    assert_eq!(code(&body), "ACCOUNT_LOCKED", "{body}");
    // Two changes in one request are refused.
    let body = app
        .gql(
            Some(&token),
            "mutation { a: changePassword(oldPassword: \"x1\", newPassword: \"NewPass2026\") b: changePassword(oldPassword: \"x2\", newPassword: \"NewPass2026\") }",
            json!({}),
        )
        .await;
    let codes: Vec<&str> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["extensions"]["code"].as_str().unwrap_or(""))
        .collect();
    assert!(codes.contains(&"BAD_USER_INPUT"), "{body}");
}

/// The demo stands after the verification deadline. (a) an exemption cannot be approved for
/// a learner who has sat the exam; (b) a learner cannot change his own retirement date any
/// more, his unit can, audited as late; (c) a learner's own move into a unit waits for the
/// unit to accept it, and both steps are audited as late.
async fn late_changes_cannot_lift_a_units_rates(backend: Backend) {
    use crate::helpers::exam::{campaign_of, eligible, number, start, submit, unit_session};
    let app = TestApp::spawn(backend).await;
    let district = app.admin(ZHENGXIANG).await;
    let unit_admin = app.admin(ZX_UNIT).await;

    // (a) 13900000030 applied for an exemption; he sits (and submits) the exam first.
    let learner = app.learner("13900000030").await;
    let campaign = campaign_of(&app, &learner).await;
    let me = crate::helpers::learner_of(&app, "13900000030").await;
    eligible(&app, me.id, number(&campaign)).await;
    let session = unit_session(&app, &learner, &campaign, "MAIN").await;
    let attempt = start(&app, &learner, &session).await;
    submit(&app, &learner, attempt["id"].as_str().unwrap()).await;
    let unit = app
        .id_of(
            &unit_admin,
            "{ me { roles { unit { id } } } }",
            "/data/me/roles/0/unit/id",
        )
        .await;
    let pending = app
        .gql(
            Some(&district),
            "query($c: ID!, $n: ID!) { exemptions(campaignId: $c, nodeId: $n) { edges { node { id status } } } }",
            json!({"c": campaign, "n": unit}),
        )
        .await;
    let exemption = pending["data"]["exemptions"]["edges"][0]["node"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{pending}"))
        .to_owned();
    let decide = "mutation($id: ID!) { decideExemption(id: $id, approve: true) { status } }";
    let refused = app.gql(Some(&district), decide, json!({"id": exemption})).await;
    assert_error(&refused, &["CONFLICT"]);
    let figures = app
        .gql(
            Some(&district),
            "query($c: ID!, $n: ID!) { stats(campaignId: $c, nodeId: $n) { participated } }",
            json!({"c": campaign, "n": unit}),
        )
        .await;
    assert_eq!(figures["data"]["stats"]["participated"], 1, "{figures}");

    // (b) The retirement date after the deadline.
    let update = "mutation($id: ID!, $i: UpdateLearnerInput!) { updateLearner(id: $id, input: $i) { retirementDate } }";
    let learner_id = format!("lrn_{}", me.id);
    let own = app
        .gql(
            Some(&learner),
            update,
            json!({"id": learner_id, "i": {"retirementDate": "2027-01-01"}}),
        )
        .await;
    assert_error(&own, &["FORBIDDEN"]);
    let by_unit = app
        .gql(
            Some(&unit_admin),
            update,
            json!({"id": learner_id, "i": {"retirementDate": "2027-01-01"}}),
        )
        .await;
    assert_eq!(
        by_unit["data"]["updateLearner"]["retirementDate"], "2027-01-01",
        "{by_unit}"
    );
    let late_update = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("learner.update"))
        .filter(audit_entry::Column::Late.eq(true))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(late_update, 1);

    // (c) 13900000029 is between units and moves himself into 蒸湘区司法局.
    let mover = app.learner("13900000029").await;
    let moved = app
        .gql(
            Some(&mover),
            "mutation($p: String!, $u: ID!) { transferIn(phone: $p, unitId: $u) { unit { id } pendingTransferUnit { id } } }",
            json!({"p": "13900000029", "u": unit}),
        )
        .await;
    assert!(moved["data"]["transferIn"]["unit"].is_null(), "{moved}");
    assert_eq!(
        moved["data"]["transferIn"]["pendingTransferUnit"]["id"],
        unit.as_str()
    );
    let waiting = app
        .gql(
            Some(&unit_admin),
            "query($u: ID!) { pendingTransfersIn(unitId: $u) { learner { id name } requestedAt } }",
            json!({"u": unit}),
        )
        .await;
    let waiting = waiting["data"]["pendingTransfersIn"]
        .as_array()
        .unwrap_or_else(|| panic!("{waiting}"))
        .clone();
    assert_eq!(waiting.len(), 1);
    // Another unit's administrator neither sees nor accepts it.
    let other = app.admin(YF_UNIT).await;
    let accept = "mutation($l: ID!) { acceptTransferIn(learnerId: $l) { unit { id } } }";
    let learner_29 = waiting[0]["learner"]["id"].as_str().unwrap().to_owned();
    assert_error(
        &app.gql(Some(&other), accept, json!({"l": learner_29})).await,
        &["NOT_FOUND"],
    );
    let accepted = app.gql(Some(&unit_admin), accept, json!({"l": learner_29})).await;
    assert_eq!(
        accepted["data"]["acceptTransferIn"]["unit"]["id"],
        unit.as_str(),
        "{accepted}"
    );
    for action in ["learner.transfer_request", "learner.transfer_in"] {
        let entry = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq(action))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no {action} entry"));
        assert!(entry.late, "{action} must be audited as late");
    }
}

/// After the deadline, a unit administrator's spreadsheet that marks existing learners 退休 or
/// 离职 is refused row by row and changes nothing; the district can.
async fn a_frozen_roster_refuses_retirement_by_import(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin(ZX_UNIT).await;
    let unit = app
        .id_of(
            &unit_admin,
            "{ me { roles { unit { id } } } }",
            "/data/me/roles/0/unit/id",
        )
        .await;
    let import = "mutation($u: ID!, $file: Upload!) { importLearners(unitId: $u, file: $file) { created updated unchanged errors { row message } } }";
    let csv = "姓名,手机号,在职状态\n学员3,13900000003,退休\n学员4,13900000004,离职\n";
    let status = |phone: &'static str| {
        let app = &app;
        async move { crate::helpers::learner_of(app, phone).await.status.to_value() }
    };
    let body = app
        .upload(
            &unit_admin,
            import,
            json!({"u": unit}),
            "名单.csv",
            "text/csv",
            csv.as_bytes().to_vec(),
        )
        .await;
    let report = &body["data"]["importLearners"];
    let errors = report["errors"].as_array().unwrap_or_else(|| panic!("{body}"));
    assert_eq!(errors.len(), 2, "{body}");
    for e in errors {
        assert!(e["message"].as_str().unwrap().contains("名单核实已截止"), "{e}");
    }
    assert_eq!(report["updated"], 0, "{body}");
    assert_eq!(status("13900000003").await, "IN_SERVICE");
    assert_eq!(status("13900000004").await, "IN_SERVICE");
    // The district office may, and it is audited as late.
    let district = app.admin(ZHENGXIANG).await;
    let body = app
        .upload(
            &district,
            import,
            json!({"u": unit}),
            "名单.csv",
            "text/csv",
            csv.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(body["data"]["importLearners"]["updated"], 2, "{body}");
    assert_eq!(status("13900000003").await, "RETIRED");
    assert_eq!(status("13900000004").await, "LEFT");
    let late = audit_entry::Entity::find()
        .filter(audit_entry::Column::Late.eq(true))
        .count(&app.db)
        .await
        .unwrap();
    assert!(late >= 2, "late entries: {late}");
}

/// Every `"id"` value of a kind (`unit_`, `lrn_`, …) anywhere in a response.
fn ids_of_kind(value: &Value, prefix: &str, into: &mut std::collections::BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "id"
                    && let Some(id) = v.as_str().filter(|id| id.starts_with(prefix))
                {
                    into.insert(id.to_owned());
                }
                ids_of_kind(v, prefix, into);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| ids_of_kind(v, prefix, into)),
        _ => {}
    }
}

/// A second province with its own office: each province's objects answer the other's office
/// byte for byte like ids that do not exist, and a learner's own-only fields too.
async fn another_province_answers_like_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (guangdong, gd) = crate::helpers::other_province(&app, "440000", "广东省", "13700004400").await;
    let hunan = app.admin(PROVINCE).await;
    let learner = app.learner("13900000001").await;
    let gd_region = format!("reg_{}", guangdong.id);
    let gd_unit = app
        .gql(
            Some(&gd),
            "mutation($r: ID!) { createUnit(input: {regionId: $r, name: \"广东省司法厅\"}) { id } }",
            json!({"r": gd_region}),
        )
        .await["data"]["createUnit"]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let hn_region = app
        .id_of(&hunan, "{ myScope { id } }", "/data/myScope/0/id")
        .await;
    let hn_learner = format!("lrn_{}", crate::helpers::learner_of(&app, "13900000001").await.id);
    let hn_unit = format!(
        "unit_{}",
        crate::helpers::learner_of(&app, "13900000001")
            .await
            .unit_id
            .unwrap()
    );
    let hn_campaign = crate::helpers::exam::campaign_of(&app, &learner).await;
    let probes: Vec<(&str, Value, Value)> = vec![
        (
            "query($id: ID!) { region(id: $id) { id name } }",
            json!({"id": hn_region}),
            json!({"id": "reg_999999"}),
        ),
        (
            "query($id: ID!) { unit(id: $id) { id name } }",
            json!({"id": hn_unit}),
            json!({"id": "unit_999999"}),
        ),
        (
            "query($id: ID!) { learner(id: $id) { id name } }",
            json!({"id": hn_learner}),
            json!({"id": "lrn_999999"}),
        ),
        (
            "query($c: ID!, $n: ID!) { stats(campaignId: $c, nodeId: $n) { shouldTake } }",
            json!({"c": hn_campaign, "n": hn_region}),
            json!({"c": "camp_999999", "n": "reg_999999"}),
        ),
        (
            "query($c: ID!, $n: ID!) { learnersNeedingAction(campaignId: $c, nodeId: $n, kind: NOT_TAKEN) { totalCount } }",
            json!({"c": hn_campaign, "n": hn_region}),
            json!({"c": "camp_999999", "n": "reg_999999"}),
        ),
        (
            "query($n: ID!) { auditLog(nodeId: $n) { totalCount } }",
            json!({"n": hn_region}),
            json!({"n": "reg_999999"}),
        ),
        (
            "mutation($id: ID!) { resetPassword(accountId: $id) { password } }",
            json!({"id": account_id(&app, "13900000001").await}),
            json!({"id": "acct_999999"}),
        ),
    ];
    for (query, foreign, missing) in &probes {
        let a = app.gql(Some(&gd), query, foreign.clone()).await;
        let b = app.gql(Some(&gd), query, missing.clone()).await;
        assert_error(&a, &["NOT_FOUND"]);
        assert_eq!(
            a, b,
            "{query}: a foreign id must answer exactly like a missing one"
        );
    }
    // The other way round, and the learner's own-only fields with another province's ids.
    for (token, query, foreign, missing) in [
        (
            &hunan,
            "query($id: ID!) { unit(id: $id) { id name } }",
            json!({"id": gd_unit}),
            json!({"id": "unit_999999"}),
        ),
        (
            &hunan,
            "query($id: ID!) { region(id: $id) { id name } }",
            json!({"id": gd_region}),
            json!({"id": "reg_999999"}),
        ),
        (
            &learner,
            "query($id: ID!) { unit(id: $id) { id name } }",
            json!({"id": gd_unit}),
            json!({"id": "unit_999999"}),
        ),
        (
            &learner,
            "query($c: ID!) { myStudy(campaignId: $c) { total } }",
            json!({"c": "camp_999998"}),
            json!({"c": "camp_999999"}),
        ),
        (
            &learner,
            "query($id: ID!) { learner(id: $id) { id } }",
            json!({"id": format!("lrn_{}", crate::helpers::learner_of(&app, "13900000002").await.id)}),
            json!({"id": "lrn_999999"}),
        ),
    ] {
        let a = app.gql(Some(token), query, foreign).await;
        let b = app.gql(Some(token), query, missing).await;
        assert_error(&a, &["NOT_FOUND"]);
        assert_eq!(a, b, "{query}");
    }
    // Guangdong's office sees one province, its own.
    let scope = app.gql(Some(&gd), "{ myScope { id name } }", json!({})).await;
    assert_eq!(
        scope["data"]["myScope"],
        json!([{"id": gd_region, "name": "广东省"}])
    );
}

/// Walking from what one may see (one's unit, its region, that region's parent and children)
/// never reaches another unit's roster or learners.
async fn nested_fields_never_lead_out_of_scope(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin(ZX_UNIT).await;
    let learner = app.learner("13900000001").await;
    // Pages of 5 and `nodes`: the whole walk stays under the complexity limit, which counts
    // every list, and the depth limit (with `edges { node }` it was refused as too deep).
    let walk = "{ me { roles { unit { id region { id parent { id children { id units(first: 5) { nodes { id learners(first: 5) { nodes { id } } } } } } } } } learner { id unit { id region { parent { children { units(first: 5) { nodes { id } } } } } } } } }";
    let own_unit = app
        .id_of(
            &unit_admin,
            "{ me { roles { unit { id } } } }",
            "/data/me/roles/0/unit/id",
        )
        .await;
    for token in [&unit_admin, &learner] {
        let body = app.gql(Some(token), walk, json!({})).await;
        assert!(body["data"]["me"].is_object(), "the walk runs: {body}");
        let mut units = std::collections::BTreeSet::new();
        ids_of_kind(&body["data"], "unit_", &mut units);
        assert!(
            units.iter().all(|u| *u == own_unit),
            "reached other units {units:?}: {body}"
        );
        let mut learners = std::collections::BTreeSet::new();
        ids_of_kind(&body["data"], "lrn_", &mut learners);
        let own_learner = format!("lrn_{}", crate::helpers::learner_of(&app, "13900000001").await.id);
        if token == &learner {
            assert!(learners.iter().all(|l| *l == own_learner), "{learners:?}");
        }
    }
}

/// Past capacity a replica answers logins and starts at once with BUSY (HTTP 503 and
/// Retry-After) instead of slowing everyone; saves of running attempts are never shed.
async fn overload_sheds_logins_with_busy_and_saves_go_on(backend: Backend) {
    use crate::helpers::exam::{campaign_of, questions_of, save, start, str_of, unit_session};
    let app = TestApp::spawn_with(backend, |s| s.busy_after = 1).await;
    let learner = app.learner("13900000011").await;
    let campaign = campaign_of(&app, &learner).await;
    let session = unit_session(&app, &learner, &campaign, "MAIN").await;
    let attempt = start(&app, &learner, &session).await;
    let id = str_of(&attempt, "id").to_owned();
    let question = str_of(&questions_of(&attempt)[0], "id").to_owned();

    let logins = (0..24).map(|_| {
        let client = app.client.clone();
        let url = format!("{}/graphql", app.base);
        async move {
            let response = client
                .post(url)
                .json(&json!({
                    "query": "mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }",
                    "variables": {"p": ZX_UNIT, "w": xuefa::tools::demo::ADMIN_PASSWORD},
                }))
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            let retry = response
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned);
            let body: Value = response.json().await.unwrap();
            (status, retry, body)
        }
    });
    // As many saves at once as one account may run (its page sends them one by one).
    let saves = (0..xuefa::http::admission::LIVE_WRITES_PER_ACCOUNT).map(|i| {
        let label = ["A", "B"][i % 2].to_owned();
        let (learner, id, question, app) = (&learner, &id, &question, &app);
        async move { save(app, learner, id, question, &[label], Some(i as i64 + 1)).await }
    });
    let (logins, _saves) = tokio::join!(
        futures_util::future::join_all(logins),
        futures_util::future::join_all(saves)
    );
    let busy: Vec<_> = logins.iter().filter(|(status, _, _)| *status == 503).collect();
    let served = logins
        .iter()
        .filter(|(_, _, body)| body["data"]["login"]["token"].is_string())
        .count();
    assert!(!busy.is_empty(), "no login was shed at a capacity of one");
    assert!(served >= 1, "every login was shed");
    for (_, retry, body) in &busy {
        assert_eq!(retry.as_deref(), Some("2"));
        assert_eq!(code(body), "BUSY", "{body}");
    }
    // Every save went through (save() asserts no error) while logins were shed.
}
