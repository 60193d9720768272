//! Transfers (also concurrent ones) and employment status changes over HTTP.

use super::*;
use crate::on_both_backends;

on_both_backends!(
    transfer_out_and_in_keeps_the_account,
    learner_transfers_itself_in,
    transfer_in_refusals,
    concurrent_transfer_outs_succeed_once,
    concurrent_transfer_ins_end_in_one_unit,
    employment_status_retired_then_back_in_service,
);

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
    // Still on 蒸湘区司法局's roster, which 雁峰区司法局 does not manage: answered like a phone
    // nobody has (issue 26), and the message says what to do.
    let body = transfer_in(&app, &yf_admin, "13900000003", &yf).await;
    assert_error(&body, &["NOT_FOUND"]);
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
