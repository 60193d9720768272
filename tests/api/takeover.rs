//! The account-takeover chains of the second attack run (issue 26, items 1 to 5), end to end
//! over HTTP: a stranger who knows a learner's phone, name and unit (all on the unit's notice
//! board), an appointed number that is announced, a unit administrator who wants more power, and
//! another province's administrator. Each chain ends with the stranger's login refused.

use entity::{audit_entry, learner};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, account_of, assert_error, learner_of, other_province};
use crate::on_both_backends;

on_both_backends!(
    a_strangers_recovery_request_never_opens_the_account,
    a_temporary_password_ends_after_72_hours,
    an_appointment_never_starts_on_the_initial_password,
    only_grants_below_or_ones_own_are_revoked,
    another_province_can_neither_take_nor_find_a_learner,
    the_roster_owns_the_name,
);

const ZX_UNIT_ADMIN: &str = "13800000005";
const ZX_DISTRICT: &str = "13800000003";
const PROVINCE: &str = "13800000001";

const REQUEST: &str = "mutation($p: String!, $n: String!, $u: String!) { requestAccountRecovery(phone: $p, name: $n, unitName: $u) { code } }";
const STATUS: &str = "query($c: String!) { accountRecoveryStatus(code: $c) { status message } }";
const QUEUE: &str = "{ recoveryRequests { id phone } }";
const RESOLVE: &str = "mutation($id: ID!, $a: RecoveryAction!) { resolveRecoveryRequest(id: $id, action: $a) { password expiresAt } }";
const RESET_LEARNER: &str =
    "mutation($id: ID!) { resetLearnerPassword(learnerId: $id) { password expiresAt } }";
const GRANT: &str =
    "mutation($i: GrantRoleInput!) { grantRole(input: $i) { id temporaryPassword { password expiresAt } } }";
const REVOKE: &str = "mutation($id: ID!) { revokeRole(id: $id) }";
const UPDATE: &str =
    "mutation($id: ID!, $i: UpdateLearnerInput!) { updateLearner(id: $id, input: $i) { name rank } }";

async fn file_request(app: &TestApp, phone: &str, name: &str, unit: &str) -> String {
    let body = app
        .gql(None, REQUEST, json!({"p": phone, "n": name, "u": unit}))
        .await;
    body["data"]["requestAccountRecovery"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("request: {body}"))
        .to_owned()
}

async fn status_of(app: &TestApp, code: &str) -> Value {
    app.gql(None, STATUS, json!({"c": code})).await["data"]["accountRecoveryStatus"].clone()
}

/// The recovery race: the stranger files a request for the learner and follows it by its code;
/// the unit resets the learner (directly, and by resolving the stranger's own request, which it
/// cannot tell from the learner's). The stranger's status never gives a password, `000000`
/// never opens the account, and only the temporary password the administrator holds does.
async fn a_strangers_recovery_request_never_opens_the_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let phone = "13900000003";
    let learner_token = app.learner(phone).await;
    let l = learner_of(&app, phone).await;
    let strangers = file_request(&app, phone, &l.name, "蒸湘区司法局").await;
    let learners_own = file_request(&app, phone, &l.name, "蒸湘区司法局").await;

    // A reset for any reason: the old password and the initial one stop working.
    let unit_admin = app.admin(ZX_UNIT_ADMIN).await;
    let first = app
        .gql(
            Some(&unit_admin),
            RESET_LEARNER,
            json!({"id": format!("lrn_{}", l.id)}),
        )
        .await;
    let first = app.temporary_password(&first["data"]["resetLearnerPassword"]);
    assert_error(
        &app.gql(Some(&learner_token), "{ me { id } }", json!({})).await,
        &["UNAUTHENTICATED"],
    );
    for guess in ["000000", "Study2026x"] {
        assert_error(&app.login_raw(phone, guess).await, &["UNAUTHENTICATED"]);
    }

    // The unit resolves the first request in its queue: the stranger's.
    let queue = app.gql(Some(&unit_admin), QUEUE, json!({})).await;
    let items = queue["data"]["recoveryRequests"].as_array().unwrap().clone();
    assert_eq!(items.len(), 2, "{queue}");
    let id = items[0]["id"].as_str().unwrap();
    let body = app
        .gql(Some(&unit_admin), RESOLVE, json!({"id": id, "a": "RESET"}))
        .await;
    let second = app.temporary_password(&body["data"]["resolveRecoveryRequest"]);
    assert_ne!(first, second);

    // Both requesters read the same words, with no password in them.
    let (a, b) = (
        status_of(&app, &strangers).await,
        status_of(&app, &learners_own).await,
    );
    assert_eq!(a, b);
    assert_eq!(a["status"], "RESET", "{a}");
    let words = a["message"].as_str().unwrap();
    assert!(words.contains("临时密码") && !words.contains("000000"), "{words}");
    assert!(!words.contains(&first) && !words.contains(&second), "{words}");

    // The stranger has nothing that opens the account; the first temporary password was
    // replaced by the second.
    for guess in ["000000", "Study2026x", first.as_str()] {
        assert_error(&app.login_raw(phone, guess).await, &["UNAUTHENTICATED"]);
    }
    // The learner, given the password by the unit, must change it at once; then it is spent.
    app.leave_temporary_password(phone, &second).await;
    assert_error(&app.login_raw(phone, &second).await, &["UNAUTHENTICATED"]);
    app.login(phone, "Study2026x").await;
}

/// A temporary password works for 72 hours and not after: both sides of the line, with the
/// server's clock moved instead of waiting.
async fn a_temporary_password_ends_after_72_hours(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let phone = "13900000004";
    app.learner(phone).await;
    let l = learner_of(&app, phone).await;
    let unit_admin = app.admin(ZX_UNIT_ADMIN).await;
    let body = app
        .gql(
            Some(&unit_admin),
            RESET_LEARNER,
            json!({"id": format!("lrn_{}", l.id)}),
        )
        .await;
    let temporary = app.temporary_password(&body["data"]["resetLearnerPassword"]);

    // 71 hours on: it still opens the account (a session that must change it).
    app.clock.advance(chrono::Duration::hours(71));
    let login = app.login_raw(phone, &temporary).await;
    assert_eq!(login["data"]["login"]["mustChangePassword"], true, "{login}");
    let token = login["data"]["login"]["token"].as_str().unwrap().to_owned();

    // 73 hours on: the login says it has run out (only to its holder), and the session opened
    // before cannot change it either.
    app.clock.advance(chrono::Duration::hours(2));
    let late = app.login_raw(phone, &temporary).await;
    assert_error(&late, &["UNAUTHENTICATED"]);
    assert!(
        late["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("临时密码已过期"),
        "{late}"
    );
    let change = app
        .gql(
            Some(&token),
            "mutation($o: String!) { changePassword(oldPassword: $o, newPassword: \"Study2026x\") }",
            json!({"o": temporary}),
        )
        .await;
    assert_error(&change, &["UNAUTHENTICATED"]);
    // A wrong password still reads as a wrong password, not as an expired one.
    let wrong = app.login_raw(phone, "Wrong2026x").await;
    assert!(!wrong.to_string().contains("过期"), "{wrong}");

    // The unit (signed in again: its own session of three days ago has ended) issues a fresh
    // one, which works.
    let unit_admin = app.admin(ZX_UNIT_ADMIN).await;
    let body = app
        .gql(
            Some(&unit_admin),
            RESET_LEARNER,
            json!({"id": format!("lrn_{}", l.id)}),
        )
        .await;
    let fresh = body["data"]["resetLearnerPassword"]["password"]
        .as_str()
        .unwrap()
        .to_owned();
    app.leave_temporary_password(phone, &fresh).await;
}

/// An announced appointment: a stranger who logs in first with `000000` is refused, for a new
/// account and for a learner who never left the initial password; a learner with a password of
/// its own keeps it and gets none.
async fn an_appointment_never_starts_on_the_initial_password(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let district = app.admin(ZX_DISTRICT).await;
    let zx_justice = crate::helpers::unit_id(&app, "蒸湘区司法局").await;
    let lianhe = crate::helpers::unit_id(&app, "联合街道").await;

    // A new phone.
    let body = app
        .gql(Some(&district), GRANT, json!({"i": {"phone": "13700000077", "name": "新任管理员", "role": "UNIT_ADMIN", "unitId": lianhe}}))
        .await;
    let temporary = app.temporary_password(&body["data"]["grantRole"]["temporaryPassword"]);
    assert_error(
        &app.login_raw("13700000077", "000000").await,
        &["UNAUTHENTICATED"],
    );
    let admin = app.leave_temporary_password("13700000077", &temporary).await;
    let unit = app
        .gql(
            Some(&admin),
            "query($id: ID!) { unit(id: $id) { name } }",
            json!({"id": lianhe}),
        )
        .await;
    assert_eq!(unit["data"]["unit"]["name"], "联合街道", "{unit}");

    // A learner of the unit who never logged in (still on 000000).
    let body = app
        .gql(
            Some(&district),
            GRANT,
            json!({"i": {"phone": "13900000021", "name": "x", "role": "UNIT_ADMIN", "unitId": zx_justice}}),
        )
        .await;
    let temporary = app.temporary_password(&body["data"]["grantRole"]["temporaryPassword"]);
    assert_error(
        &app.login_raw("13900000021", "000000").await,
        &["UNAUTHENTICATED"],
    );
    app.leave_temporary_password("13900000021", &temporary).await;
    // The name typed with the appointment did not rename the account.
    assert_ne!(account_of(&app, "13900000021").await.name, "x");

    // A learner with a password of its own keeps it.
    app.learner("13900000022").await;
    let body = app
        .gql(
            Some(&district),
            GRANT,
            json!({"i": {"phone": "13900000022", "name": "x", "role": "UNIT_ADMIN", "unitId": zx_justice}}),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    assert!(body["data"]["grantRole"]["temporaryPassword"].is_null(), "{body}");
    app.login("13900000022", "Study2026x").await;

    // The audit entries say a temporary password was issued, never which.
    let grants = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("role.grant"))
        .all(&app.db)
        .await
        .unwrap();
    let afters: Vec<Value> = grants
        .iter()
        .filter_map(|g| g.after.as_deref())
        .map(|a| serde_json::from_str(a).unwrap())
        .collect();
    let issued: Vec<&str> = afters
        .iter()
        .filter(|a| a["temporaryPassword"] == "issued")
        .filter_map(|a| a["phone"].as_str())
        .filter(|p| ["13700000077", "13900000021", "13900000022"].contains(p))
        .collect();
    assert_eq!(issued, ["13700000077", "13900000021"]);
    assert!(!afters.iter().any(|a| a.to_string().contains(&temporary)));
}

async fn grant_of(app: &TestApp, token: &str) -> String {
    app.id_of(token, "{ me { roles { id role } } }", "/data/me/roles/0/id")
        .await
}

/// Peer revocation: a fresh unit administrator cannot remove the one who appointed it, nor a
/// second province administrator the first; each may remove what it appointed itself, and the
/// office above removes a unit's last administrator.
async fn only_grants_below_or_ones_own_are_revoked(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin(ZX_UNIT_ADMIN).await;
    let zx_justice = crate::helpers::unit_id(&app, "蒸湘区司法局").await;
    let (b_grant, temporary) = app
        .appoint(
            &unit_admin,
            json!({"phone": "13700000078", "name": "副管理员", "role": "UNIT_ADMIN", "unitId": zx_justice}),
        )
        .await;
    let b = app
        .leave_temporary_password("13700000078", &temporary.unwrap())
        .await;
    let a_grant = grant_of(&app, &unit_admin).await;
    let refused = app.gql(Some(&b), REVOKE, json!({"id": a_grant})).await;
    assert_error(&refused, &["FORBIDDEN"]);
    // Nothing changed: the appointer still administers the unit.
    let unit = app
        .gql(
            Some(&unit_admin),
            "query($id: ID!) { unit(id: $id) { name } }",
            json!({"id": zx_justice}),
        )
        .await;
    assert_eq!(unit["data"]["unit"]["name"], "蒸湘区司法局", "{unit}");
    // The administrators list offers B no revoke on A's grant.
    assert_eq!(
        app.gql(Some(&unit_admin), REVOKE, json!({"id": b_grant})).await["data"]["revokeRole"],
        true
    );

    // Two province administrators: the second cannot strip the first.
    let province = app.admin(PROVINCE).await;
    let hunan = app
        .id_of(&province, "{ myScope { id } }", "/data/myScope/0/id")
        .await;
    let (second_grant, temporary) = app
        .appoint(&province, json!({"phone": "13700000079", "name": "省管理员二", "role": "PROVINCE_ADMIN", "regionId": hunan}))
        .await;
    let second = app
        .leave_temporary_password("13700000079", &temporary.unwrap())
        .await;
    let first_grant = grant_of(&app, &province).await;
    assert_error(
        &app.gql(Some(&second), REVOKE, json!({"id": first_grant})).await,
        &["FORBIDDEN"],
    );
    app.gql(Some(&province), "{ myScope { id } }", json!({})).await["data"]["myScope"][0]["id"]
        .as_str()
        .expect("the first province administrator keeps the province");
    assert_eq!(
        app.gql(Some(&province), REVOKE, json!({"id": second_grant}))
            .await["data"]["revokeRole"],
        true
    );

    // From above: the district removes the unit's last administrator.
    let district = app.admin(ZX_DISTRICT).await;
    assert_eq!(
        app.gql(Some(&district), REVOKE, json!({"id": a_grant})).await["data"]["revokeRole"],
        true
    );
    let gone = app
        .gql(
            Some(&unit_admin),
            "query($id: ID!) { unit(id: $id) { name } }",
            json!({"id": zx_justice}),
        )
        .await;
    assert!(gone["data"]["unit"]["name"].is_null(), "{gone}");
}

/// Another province's administrators: a learner between units there answers like a phone
/// nobody has, an appointment of a learner here is refused without the learner's name, and the
/// learner's own offices keep their power over it.
async fn another_province_can_neither_take_nor_find_a_learner(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (guangdong, gd) = other_province(&app, "440000", "广东省", "13700004400").await;
    let body = app
        .gql(
            Some(&gd),
            "mutation($r: ID!) { createUnit(input: {regionId: $r, name: \"广东省司法厅\"}) { id } }",
            json!({"r": format!("reg_{}", guangdong.id)}),
        )
        .await;
    let gd_unit = body["data"]["createUnit"]["id"].as_str().unwrap().to_owned();
    let (_, temporary) = app
        .appoint(
            &gd,
            json!({"phone": "13700004401", "name": "粤单位管理员", "role": "UNIT_ADMIN", "unitId": gd_unit}),
        )
        .await;
    let gd_unit_admin = app
        .leave_temporary_password("13700004401", &temporary.unwrap())
        .await;

    // 13900000029 is between units in 湖南省 (the demo's transfer).
    let in_transit = learner_of(&app, "13900000029").await;
    assert!(in_transit.unit_id.is_none());
    let transfer = "mutation($p: String!, $u: ID!) { transferIn(phone: $p, unitId: $u) { id } }";
    let taken = app
        .gql(
            Some(&gd_unit_admin),
            transfer,
            json!({"p": "13900000029", "u": gd_unit}),
        )
        .await;
    let nobody = app
        .gql(
            Some(&gd_unit_admin),
            transfer,
            json!({"p": "13712340029", "u": gd_unit}),
        )
        .await;
    assert_error(&taken, &["NOT_FOUND"]);
    assert_eq!(
        taken["errors"][0]["message"]
            .as_str()
            .unwrap()
            .replace("13900000029", "#"),
        nobody["errors"][0]["message"]
            .as_str()
            .unwrap()
            .replace("13712340029", "#"),
    );
    // Nothing moved.
    let still = learner::Entity::find_by_id(in_transit.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(still.unit_id, None);
    assert_eq!(still.last_unit_id, in_transit.last_unit_id);

    // Appointing a learner of 湖南省: refused, naming nobody.
    let target = learner_of(&app, "13900000001").await;
    let grab = app
        .gql(
            Some(&gd),
            GRANT,
            json!({"i": {"phone": "13900000001", "name": "x", "role": "UNIT_ADMIN", "unitId": gd_unit}}),
        )
        .await;
    assert_error(&grab, &["FORBIDDEN"]);
    assert!(!grab.to_string().contains(&target.name), "{grab}");
    // The learner's own unit still manages it: a reset works.
    let unit_admin = app.admin(ZX_UNIT_ADMIN).await;
    let body = app
        .gql(
            Some(&unit_admin),
            RESET_LEARNER,
            json!({"id": format!("lrn_{}", target.id)}),
        )
        .await;
    app.temporary_password(&body["data"]["resetLearnerPassword"]);
}

/// A learner cannot rename itself (its certificate carries the roster's name); it may still
/// send its profile with the name unchanged, and its unit corrects the name.
async fn the_roster_owns_the_name(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let phone = "13900000005";
    let token = app.learner(phone).await;
    let l = learner_of(&app, phone).await;
    let id = format!("lrn_{}", l.id);
    let renamed = app
        .gql(Some(&token), UPDATE, json!({"id": id, "i": {"name": "自选名"}}))
        .await;
    assert_error(&renamed, &["FORBIDDEN"]);
    assert!(
        renamed["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("单位管理员"),
        "{renamed}"
    );
    assert_eq!(learner_of(&app, phone).await.name, l.name);
    assert_eq!(account_of(&app, phone).await.name, l.name);

    let same = app
        .gql(
            Some(&token),
            UPDATE,
            json!({"id": id, "i": {"name": l.name, "rank": "科员"}}),
        )
        .await;
    assert_eq!(same["data"]["updateLearner"]["rank"], "科员", "{same}");

    let unit_admin = app.admin(ZX_UNIT_ADMIN).await;
    let corrected = app
        .gql(
            Some(&unit_admin),
            UPDATE,
            json!({"id": id, "i": {"name": "更正名"}}),
        )
        .await;
    assert_eq!(
        corrected["data"]["updateLearner"]["name"], "更正名",
        "{corrected}"
    );
    assert_eq!(account_of(&app, phone).await.name, "更正名");
}
