//! Login, lockout, forced password change, logout, token expiry, resets and role grants.

use entity::{account, audit_entry, role_grant};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;

use crate::helpers::{Backend, TestApp, assert_error, code};
use crate::on_both_backends;

on_both_backends!(
    login_and_me,
    unknown_phone_and_wrong_password_answer_alike,
    lockout_and_its_expiry,
    initial_password_forces_a_change,
    logout_revokes_the_token,
    tokens_expire,
    reset_password_in_scope,
    grant_and_revoke_roles,
);

const ME: &str =
    "{ me { phone name roles { role region { name code } unit { name } } learner { name unit { name } } } }";

async fn login_and_me(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.admin("13800000003").await;
    let body = app.gql(Some(&token), ME, json!({})).await;
    assert_eq!(body["data"]["me"]["phone"], "13800000003", "{body}");
    assert_eq!(body["data"]["me"]["roles"][0]["role"], "DISTRICT_ADMIN");
    assert_eq!(body["data"]["me"]["roles"][0]["region"]["code"], "430408");
    assert!(body["data"]["me"]["learner"].is_null());

    let anonymous = app.gql(None, ME, json!({})).await;
    assert_error(&anonymous, &["UNAUTHENTICATED"]);
    let bogus = app.gql(Some("not-a-token"), ME, json!({})).await;
    assert_error(&bogus, &["UNAUTHENTICATED"]);

    let malformed = app.login_raw("1380000000", "Xuefa2017").await;
    assert_error(&malformed, &["BAD_USER_INPUT"]);
}

async fn unknown_phone_and_wrong_password_answer_alike(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let wrong = app.login_raw("13800000003", "Wrong2017").await;
    let unknown = app.login_raw("13711112222", "Wrong2017").await;
    assert_eq!(code(&wrong), "UNAUTHENTICATED");
    assert_eq!(wrong["errors"][0]["message"], unknown["errors"][0]["message"]);
    assert_eq!(code(&wrong), code(&unknown));
}

async fn lockout_and_its_expiry(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.lockout_seconds = 2).await;
    for attempt in 1..=5 {
        let body = app.login_raw("13800000005", "Wrong2017").await;
        let expected = if attempt < 5 {
            "UNAUTHENTICATED"
        } else {
            "ACCOUNT_LOCKED"
        };
        assert_eq!(code(&body), expected, "attempt {attempt}: {body}");
    }
    // Locked: even the right password is refused, with the same answer as for a number
    // without an account that failed as often.
    let locked = app.login_raw("13800000005", "Xuefa2017").await;
    assert_error(&locked, &["ACCOUNT_LOCKED"]);
    for _ in 1..=5 {
        app.login_raw("13722223333", "Wrong2017").await;
    }
    assert_eq!(
        code(&app.login_raw("13722223333", "Wrong2017").await),
        "ACCOUNT_LOCKED"
    );
    // Other numbers are untouched.
    app.admin("13800000006").await;

    // The wait (2 s here) is over.
    app.clock.advance(chrono::Duration::milliseconds(2300));
    app.admin("13800000005").await;
    // A success clears the count: four more failures do not lock.
    for _ in 1..=4 {
        assert_eq!(
            code(&app.login_raw("13800000005", "Wrong2017").await),
            "UNAUTHENTICATED"
        );
    }
    app.admin("13800000005").await;
}

async fn initial_password_forces_a_change(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let first = app.login_raw("13900000001", "000000").await;
    assert_eq!(first["data"]["login"]["mustChangePassword"], true, "{first}");
    let token = first["data"]["login"]["token"].as_str().unwrap().to_owned();

    assert_error(
        &app.gql(Some(&token), ME, json!({})).await,
        &["PASSWORD_CHANGE_REQUIRED"],
    );
    assert_error(
        &app.gql(Some(&token), "{ myScope { id } }", json!({})).await,
        &["PASSWORD_CHANGE_REQUIRED"],
    );

    let change = "mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }";
    for bad in ["000000", "abc123", "abcdefghij", "1234567890"] {
        let body = app
            .gql(Some(&token), change, json!({"o": "000000", "n": bad}))
            .await;
        assert_error(&body, &["BAD_USER_INPUT"]);
    }
    let wrong_old = app
        .gql(Some(&token), change, json!({"o": "111111", "n": "Study2026x"}))
        .await;
    assert_error(&wrong_old, &["BAD_USER_INPUT"]);
    let ok = app
        .gql(Some(&token), change, json!({"o": "000000", "n": "Study2026x"}))
        .await;
    assert_eq!(ok["data"]["changePassword"], true, "{ok}");

    let me = app.gql(Some(&token), ME, json!({})).await;
    assert_eq!(
        me["data"]["me"]["learner"]["unit"]["name"], "蒸湘区司法局",
        "{me}"
    );
    assert_eq!(me["data"]["me"]["roles"][0]["role"], "LEARNER");
    assert_eq!(
        code(&app.login_raw("13900000001", "000000").await),
        "UNAUTHENTICATED"
    );
    let again = app.login_raw("13900000001", "Study2026x").await;
    assert_eq!(again["data"]["login"]["mustChangePassword"], false, "{again}");
}

async fn logout_revokes_the_token(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let token = app.admin("13800000002").await;
    let other = app.admin("13800000002").await;
    let body = app.gql(Some(&token), "mutation { logout }", json!({})).await;
    assert_eq!(body["data"]["logout"], true, "{body}");
    assert_error(&app.gql(Some(&token), ME, json!({})).await, &["UNAUTHENTICATED"]);
    // Only that session ends.
    assert_eq!(
        app.gql(Some(&other), ME, json!({})).await["data"]["me"]["phone"],
        "13800000002"
    );
}

async fn tokens_expire(backend: Backend) {
    let app = TestApp::spawn_with(backend, |s| s.token_ttl_seconds = 3600).await;
    let token = app.admin("13800000002").await;
    assert_eq!(
        app.gql(Some(&token), ME, json!({})).await["data"]["me"]["phone"],
        "13800000002"
    );
    // Still valid a minute before its end, by the server's clock (read from the cache).
    app.clock.advance(chrono::Duration::minutes(59));
    assert_eq!(
        app.gql(Some(&token), ME, json!({})).await["data"]["me"]["phone"],
        "13800000002"
    );
    // Past its end by the server's clock, the token is refused at once: the cached caller
    // (in Redis, whose own TTL runs on real time) carries the moment it stops counting.
    app.clock.advance(chrono::Duration::minutes(2));
    assert_error(&app.gql(Some(&token), ME, json!({})).await, &["UNAUTHENTICATED"]);
}

async fn reset_password_in_scope(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let learner_token = app.learner("13900000002").await;
    let unit_admin = app.admin("13800000005").await;
    let account_id = format!(
        "acct_{}",
        account::Entity::find()
            .filter(account::Column::Phone.eq("13900000002"))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id
    );
    let reset = "mutation($id: ID!) { resetPassword(accountId: $id) { password expiresAt } }";

    // The other district's unit administrator cannot, and nothing changes.
    let other = app.admin("13800000006").await;
    assert_error(
        &app.gql(Some(&other), reset, json!({"id": account_id})).await,
        &["NOT_FOUND"],
    );
    assert_eq!(
        app.gql(Some(&learner_token), ME, json!({})).await["data"]["me"]["phone"],
        "13900000002"
    );

    let body = app.gql(Some(&unit_admin), reset, json!({"id": account_id})).await;
    let temporary = app.temporary_password(&body["data"]["resetPassword"]);
    // The learner's sessions end; neither the old password nor the initial one opens the
    // account: only the temporary password, which must be changed.
    assert_error(
        &app.gql(Some(&learner_token), ME, json!({})).await,
        &["UNAUTHENTICATED"],
    );
    for known in ["000000", "Study2026x"] {
        assert_error(&app.login_raw("13900000002", known).await, &["UNAUTHENTICATED"]);
    }
    let again = app.login_raw("13900000002", &temporary).await;
    assert_eq!(again["data"]["login"]["mustChangePassword"], true, "{again}");
    let token = again["data"]["login"]["token"].as_str().unwrap();
    assert_error(
        &app.gql(Some(token), ME, json!({})).await,
        &["PASSWORD_CHANGE_REQUIRED"],
    );
    // The audit entry says a temporary password was issued, never which.
    let audited = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("password.reset"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(audited.len(), 1);
    let after = audited[0].after.clone().unwrap().to_string();
    assert!(after.contains("\"temporaryPassword\":\"issued\""), "{after}");
    assert!(!after.contains(&temporary), "{after}");
}

async fn grant_and_revoke_roles(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let district = app.admin("13800000003").await;
    let lianhe = app
        .id_of(
            &district,
            "{ myScope { units { edges { node { id name } } } } }",
            "/data/myScope/0/units/edges/1/node/id",
        )
        .await;
    let grant = "mutation($i: GrantRoleInput!) { grantRole(input: $i) { id role unit { name } region { name } temporaryPassword { password expiresAt } } }";
    let body = app
        .gql(Some(&district), grant, json!({"i": {"phone": "13700000001", "name": "联合街道管理员", "role": "UNIT_ADMIN", "unitId": lianhe}}))
        .await;
    assert_eq!(body["data"]["grantRole"]["unit"]["name"], "联合街道", "{body}");
    let grant_id = body["data"]["grantRole"]["id"].as_str().unwrap().to_owned();
    let temporary = app.temporary_password(&body["data"]["grantRole"]["temporaryPassword"]);

    // The same grant twice is a conflict.
    let twice = app
        .gql(
            Some(&district),
            grant,
            json!({"i": {"phone": "13700000001", "name": "x", "role": "UNIT_ADMIN", "unitId": lianhe}}),
        )
        .await;
    assert_error(&twice, &["CONFLICT"]);

    // The new administrator starts on the temporary password, never on the initial one
    // (the appointed number is announced: a stranger would log in first).
    assert_error(
        &app.login_raw("13700000001", "000000").await,
        &["UNAUTHENTICATED"],
    );
    let new_admin = app.leave_temporary_password("13700000001", &temporary).await;
    let unit = app
        .gql(
            Some(&new_admin),
            "query($id: ID!) { unit(id: $id) { name } }",
            json!({"id": lianhe}),
        )
        .await;
    assert_eq!(unit["data"]["unit"]["name"], "联合街道", "{unit}");

    // Above its own level: refused. A district admin sees its city (an ancestor) but may not
    // appoint a city administrator; another district is not found at all.
    let city_id = app
        .id_of(
            &district,
            "{ myScope { parent { id } } }",
            "/data/myScope/0/parent/id",
        )
        .await;
    let above = app
        .gql(
            Some(&district),
            grant,
            json!({"i": {"phone": "13700000002", "name": "某", "role": "CITY_ADMIN", "regionId": city_id}}),
        )
        .await;
    assert_error(&above, &["FORBIDDEN"]);
    let province = app.admin("13800000001").await;
    let yanfeng = app
        .id_of(
            &province,
            "{ myScope { children { children { id code } } } }",
            "/data/myScope/0/children/0/children/0/id",
        )
        .await;
    let elsewhere = app
        .gql(Some(&district), grant, json!({"i": {"phone": "13700000002", "name": "某", "role": "DISTRICT_ADMIN", "regionId": yanfeng}}))
        .await;
    assert_error(&elsewhere, &["NOT_FOUND"]);
    let wrong_level = app
        .gql(
            Some(&province),
            grant,
            json!({"i": {"phone": "13700000002", "name": "某", "role": "CITY_ADMIN", "regionId": yanfeng}}),
        )
        .await;
    assert_error(&wrong_level, &["BAD_USER_INPUT"]);
    let learner_role = app
        .gql(
            Some(&province),
            grant,
            json!({"i": {"phone": "13700000002", "name": "某", "role": "LEARNER", "regionId": yanfeng}}),
        )
        .await;
    assert_error(&learner_role, &["BAD_USER_INPUT"]);
    assert_eq!(
        account::Entity::find()
            .filter(account::Column::Phone.eq("13700000002"))
            .count(&app.db)
            .await
            .unwrap(),
        0
    );

    // Revoking: not by the other district, then by this one; the grant stops working at once.
    let other_district = app.admin("13800000004").await;
    let revoke = "mutation($id: ID!) { revokeRole(id: $id) }";
    assert_error(
        &app.gql(Some(&other_district), revoke, json!({"id": grant_id}))
            .await,
        &["NOT_FOUND"],
    );
    assert_eq!(
        app.gql(Some(&district), revoke, json!({"id": grant_id})).await["data"]["revokeRole"],
        true
    );
    let gone = app
        .gql(
            Some(&new_admin),
            "query($id: ID!) { unit(id: $id) { name } }",
            json!({"id": lianhe}),
        )
        .await;
    assert_error(&gone, &["NOT_FOUND"]);
    assert_eq!(role_grant::Entity::find().count(&app.db).await.unwrap(), 6);
    // Nobody revokes their own grant.
    let own = app
        .id_of(&district, "{ me { roles { id } } }", "/data/me/roles/0/id")
        .await;
    assert_error(
        &app.gql(Some(&district), revoke, json!({"id": own})).await,
        &["BAD_USER_INPUT"],
    );
}
