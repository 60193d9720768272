//! Statistics: figures that roll up and change with every event, the action lists, the
//! spreadsheet downloads, scope, and a randomised check of the maintained figures against a
//! plain recount.

use calamine::{Data, Reader, Xlsx};
use entity::campaign;
use rand::{Rng, SeedableRng};
use sea_orm::EntityTrait;
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, assert_error};
use crate::isolation::{learner_of, unit_named};
use crate::on_both_backends;

on_both_backends!(
    figures_roll_up_and_follow_events,
    action_lists_and_downloads,
    random_events_match_a_recount
);

const STATS: &str = "query($c: ID!, $n: ID!) { stats(campaignId: $c, nodeId: $n) { nodeId name shouldTake studyCompleted participated passed participationRate passRate deduction deductionUnits children(orderBy: SHOULD_TAKE, descending: true) { name isUnit shouldTake studyCompleted participated passed participationRate } } }";

async fn ids(app: &TestApp) -> (String, String, String, String) {
    let c = campaign::Entity::find().one(&app.db).await.unwrap().unwrap();
    let region = |code: &'static str| {
        let db = app.db.clone();
        async move {
            use sea_orm::{ColumnTrait, QueryFilter};
            let r = entity::region::Entity::find()
                .filter(entity::region::Column::Code.eq(code))
                .one(&db)
                .await
                .unwrap()
                .unwrap();
            format!("reg_{}", r.id)
        }
    };
    (
        format!("camp_{}", c.id),
        region("430000").await,
        region("430400").await,
        region("430408").await,
    )
}

fn figures(body: &Value) -> (i64, i64, i64, i64) {
    let s = &body["data"]["stats"];
    assert!(s.is_object(), "{body}");
    (
        s["shouldTake"].as_i64().unwrap(),
        s["studyCompleted"].as_i64().unwrap(),
        s["participated"].as_i64().unwrap(),
        s["passed"].as_i64().unwrap(),
    )
}

async fn submit_empty(app: &TestApp, phone: &str) {
    let token = app.learner(phone).await;
    let c = campaign::Entity::find().one(&app.db).await.unwrap().unwrap();
    let sessions = app
        .gql(
            Some(&token),
            "query($c: ID!) { examSessions(campaignId: $c) { id kind } }",
            json!({"c": format!("camp_{}", c.id)}),
        )
        .await;
    let main = sessions["data"]["examSessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == "MAIN")
        .unwrap()["id"]
        .clone();
    let started = app
        .gql(
            Some(&token),
            "mutation($s: ID!) { startExam(sessionId: $s) { id } }",
            json!({"s": main}),
        )
        .await;
    let attempt = started["data"]["startExam"]["id"].clone();
    let done = app
        .gql(
            Some(&token),
            "mutation($a: ID!) { submitExam(attemptId: $a) { score passed } }",
            json!({"a": attempt}),
        )
        .await;
    assert_eq!(done["data"]["submitExam"]["passed"], false, "{done}");
}

async fn figures_roll_up_and_follow_events(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (campaign, hunan, hengyang, zhengxiang) = ids(&app).await;
    let province = app.admin("13800000001").await;
    let district = app.admin("13800000003").await;

    // The demo: 29 in service in 蒸湘区司法局 (29 is between units), 20 of them studied;
    // 10 in 雁峰区司法局.
    let p = app
        .gql(Some(&province), STATS, json!({"c": campaign, "n": hunan}))
        .await;
    assert_eq!(figures(&p), (39, 20, 0, 0));
    assert_eq!(p["data"]["stats"]["participationRate"], 0.0);
    assert_eq!(p["data"]["stats"]["deduction"], true);
    assert_eq!(p["data"]["stats"]["children"][0]["name"], "衡阳市");
    let city = app
        .gql(Some(&province), STATS, json!({"c": campaign, "n": hengyang}))
        .await;
    let children: Vec<(&str, i64)> = city["data"]["stats"]["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["name"].as_str().unwrap(), c["shouldTake"].as_i64().unwrap()))
        .collect();
    assert_eq!(children, vec![("蒸湘区", 29), ("雁峰区", 10)]);

    // A submitted (failed) attempt counts at once, up to the province.
    submit_empty(&app, "13900000001").await;
    let z = app
        .gql(Some(&district), STATS, json!({"c": campaign, "n": zhengxiang}))
        .await;
    assert_eq!(figures(&z), (29, 20, 1, 0));
    let rate = z["data"]["stats"]["participationRate"].as_f64().unwrap();
    assert!(
        (rate - 1.0 / 29.0).abs() < 1e-12,
        "an exact ratio, not integer division: {rate}"
    );
    assert_eq!(
        figures(
            &app.gql(Some(&province), STATS, json!({"c": campaign, "n": hunan}))
                .await
        ),
        (39, 20, 1, 0)
    );

    // An approved exemption leaves the count (the district may act after the deadline).
    let exemption = app
        .gql(
            Some(&district),
            "query($c: ID!, $n: ID!) { exemptions(campaignId: $c, nodeId: $n) { edges { node { id } } } }",
            json!({"c": campaign, "n": zhengxiang}),
        )
        .await["data"]["exemptions"]["edges"][0]["node"]["id"]
        .clone();
    let decided = app
        .gql(
            Some(&district),
            "mutation($id: ID!) { decideExemption(id: $id, approve: true) { status } }",
            json!({"id": exemption}),
        )
        .await;
    assert_eq!(
        decided["data"]["decideExemption"]["status"], "APPROVED",
        "{decided}"
    );
    assert_eq!(
        figures(
            &app.gql(Some(&district), STATS, json!({"c": campaign, "n": zhengxiang}))
                .await
        ),
        (28, 20, 1, 0)
    );

    // A transfer takes the learner's study along to the new unit.
    let l2 = learner_of(&app, "13900000002").await;
    let out = app
        .gql(
            Some(&district),
            "mutation($id: ID!) { transferOut(learnerId: $id) { status } }",
            json!({"id": format!("lrn_{}", l2.id)}),
        )
        .await;
    assert_eq!(out["data"]["transferOut"]["status"], "TRANSFERRING", "{out}");
    let yanfeng_unit = format!("unit_{}", unit_named(&app, "雁峰区司法局").await.id);
    let moved = app
        .gql(
            Some(&app.admin("13800000006").await),
            "mutation($u: ID!) { transferIn(phone: \"13900000002\", unitId: $u) { status } }",
            json!({"u": yanfeng_unit}),
        )
        .await;
    assert_eq!(moved["data"]["transferIn"]["status"], "IN_SERVICE", "{moved}");
    let city = app
        .gql(Some(&province), STATS, json!({"c": campaign, "n": hengyang}))
        .await;
    let rows: Vec<(&str, i64, i64)> = city["data"]["stats"]["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap(),
                c["shouldTake"].as_i64().unwrap(),
                c["studyCompleted"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(rows, vec![("蒸湘区", 27, 19), ("雁峰区", 11, 1)]);

    // Retirement leaves the count from the day it is recorded.
    let l3 = learner_of(&app, "13900000003").await;
    app.gql(
        Some(&district),
        "mutation($id: ID!) { setEmploymentStatus(learnerId: $id, status: RETIRED) { status } }",
        json!({"id": format!("lrn_{}", l3.id)}),
    )
    .await;
    assert_eq!(
        figures(
            &app.gql(Some(&district), STATS, json!({"c": campaign, "n": zhengxiang}))
                .await
        ),
        (26, 18, 1, 0)
    );

    // A unit's own figures; nothing due means 1.0, not a division by zero.
    let empty_unit = format!("unit_{}", unit_named(&app, "呈祥街道").await.id);
    let u = app
        .gql(Some(&district), STATS, json!({"c": campaign, "n": empty_unit}))
        .await;
    assert_eq!(u["data"]["stats"]["shouldTake"], 0, "{u}");
    assert_eq!(u["data"]["stats"]["passRate"], 1.0);
    assert_eq!(u["data"]["stats"]["deduction"], false);

    let c = campaign::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert!(
        xuefa::domain::stats::verify(&app.db, c.id)
            .await
            .unwrap()
            .is_empty()
    );

    // Scope: another district's figures are not found; a learner gets nothing.
    let yanfeng = app
        .gql(
            Some(&app.admin("13800000004").await),
            STATS,
            json!({"c": campaign, "n": zhengxiang}),
        )
        .await;
    assert_error(&yanfeng, &["NOT_FOUND"]);
    let learner = app.learner("13900000005").await;
    assert_error(
        &app.gql(Some(&learner), STATS, json!({"c": campaign, "n": zhengxiang}))
            .await,
        &["NOT_FOUND", "FORBIDDEN"],
    );
}

async fn action_lists_and_downloads(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (campaign, _, _, zhengxiang) = ids(&app).await;
    let district = app.admin("13800000003").await;
    submit_empty(&app, "13900000001").await;
    let list = "query($c: ID!, $n: ID!, $k: ActionKind!, $a: String) { learnersNeedingAction(campaignId: $c, nodeId: $n, kind: $k, first: 5, after: $a) { totalCount edges { node { phone } } pageInfo { hasNextPage endCursor } } }";
    let phones = |body: &Value| -> Vec<String> {
        body["data"]["learnersNeedingAction"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["node"]["phone"].as_str().unwrap().to_owned())
            .collect()
    };
    let not_studied = app
        .gql(
            Some(&district),
            list,
            json!({"c": campaign, "n": zhengxiang, "k": "NOT_STUDIED"}),
        )
        .await;
    assert_eq!(
        not_studied["data"]["learnersNeedingAction"]["totalCount"], 9,
        "{not_studied}"
    );
    let next = app
        .gql(
            Some(&district),
            list,
            json!({"c": campaign, "n": zhengxiang, "k": "NOT_STUDIED", "a": not_studied["data"]["learnersNeedingAction"]["pageInfo"]["endCursor"]}),
        )
        .await;
    let mut all = phones(&not_studied);
    all.extend(phones(&next));
    assert_eq!(all.len(), 9);
    assert!(all.contains(&"13900000021".to_owned()) && !all.contains(&"13900000001".to_owned()));
    let failed = app
        .gql(
            Some(&district),
            list,
            json!({"c": campaign, "n": zhengxiang, "k": "FAILED"}),
        )
        .await;
    assert_eq!(phones(&failed), vec!["13900000001"]);
    let not_taken = app
        .gql(
            Some(&district),
            list,
            json!({"c": campaign, "n": zhengxiang, "k": "NOT_TAKEN"}),
        )
        .await;
    assert_eq!(not_taken["data"]["learnersNeedingAction"]["totalCount"], 28);
    // The make-up is still to come: nobody is deferred or barred from "excellent" yet.
    for kind in ["GRADE_DEFERRED", "NOT_EXCELLENT"] {
        let body = app
            .gql(
                Some(&district),
                list,
                json!({"c": campaign, "n": zhengxiang, "k": kind}),
            )
            .await;
        assert_eq!(
            body["data"]["learnersNeedingAction"]["totalCount"], 0,
            "{kind}: {body}"
        );
    }

    // Downloads carry the same numbers, with the same scope.
    let get = |path: String, token: Option<String>| {
        let client = app.client.clone();
        async move {
            let mut req = client.get(path);
            if let Some(t) = token {
                req = req.bearer_auth(t);
            }
            req.send().await.unwrap()
        }
    };
    let stats_url = format!(
        "{}/export/stats.xlsx?campaignId={campaign}&nodeId={zhengxiang}",
        app.base
    );
    let response = get(stats_url.clone(), Some(district.clone())).await;
    assert_eq!(response.status(), 200);
    let bytes = response.bytes().await.unwrap().to_vec();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    let rows: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
    assert_eq!(rows[0][2], Data::String("应考人数".into()));
    assert_eq!(rows[1][0], Data::String("蒸湘区".into()));
    assert_eq!(rows[1][2], Data::Float(29.0));
    assert_eq!(rows[1][4], Data::Float(1.0));
    assert_eq!(rows.len(), 1 + 1 + 3, "the district and its three units");

    let learners_url = format!(
        "{}/export/learners.xlsx?campaignId={campaign}&nodeId={zhengxiang}&kind=NOT_TAKEN",
        app.base
    );
    let response = get(learners_url.clone(), Some(district.clone())).await;
    assert_eq!(response.status(), 200);
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(response.bytes().await.unwrap().to_vec()))
            .unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    assert_eq!(sheet.rows().count(), 1 + 28);

    assert_eq!(get(stats_url.clone(), None).await.status(), 401);
    assert_eq!(
        get(stats_url, Some(app.admin("13800000004").await))
            .await
            .status(),
        404
    );
    assert_eq!(
        get(learners_url.replace("NOT_TAKEN", "NOPE"), Some(district.clone()))
            .await
            .status(),
        400
    );
}

/// Random sequences of roster, exemption, study and exam events, then every unit's kept
/// figures against a plain recount, and the region sums against the recounts' sums.
async fn random_events_match_a_recount(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (campaign, hunan, _, _) = ids(&app).await;
    let province = app.admin("13800000001").await;
    let district = app.admin("13800000003").await;
    let units = ["蒸湘区司法局", "联合街道", "雁峰区司法局"];
    let mut unit_ids = Vec::new();
    for u in units {
        unit_ids.push(format!("unit_{}", unit_named(&app, u).await.id));
    }
    let mut rng = rand::rngs::StdRng::seed_from_u64(20171010);
    let mut added = 0u64;
    for step in 0..40 {
        let phone = format!("139{:08}", rng.random_range(1..=40));
        let l = learner_of(&app, &phone).await;
        let id = format!("lrn_{}", l.id);
        let unit = &unit_ids[rng.random_range(0..unit_ids.len())];
        let body = match rng.random_range(0..6) {
            0 => {
                added += 1;
                app.gql(
                    Some(&province),
                    "mutation($u: ID!, $p: String!) { addLearner(input: {unitId: $u, name: \"新人\", phone: $p}) { id } }",
                    json!({"u": unit, "p": format!("1370000{added:04}")}),
                )
                .await
            }
            1 => {
                app.gql(
                    Some(&province),
                    "mutation($id: ID!) { transferOut(learnerId: $id) { id } }",
                    json!({"id": id}),
                )
                .await
            }
            2 => {
                app.gql(
                    Some(&province),
                    "mutation($p: String!, $u: ID!) { transferIn(phone: $p, unitId: $u) { id } }",
                    json!({"p": phone, "u": unit}),
                )
                .await
            }
            3 => {
                app.gql(
                    Some(&province),
                    "mutation($id: ID!) { setEmploymentStatus(learnerId: $id, status: RETIRED) { id } }",
                    json!({"id": id}),
                )
                .await
            }
            4 => {
                app.gql(
                    Some(&province),
                    "mutation($id: ID!) { setEmploymentStatus(learnerId: $id, status: IN_SERVICE) { id } }",
                    json!({"id": id}),
                )
                .await
            }
            _ => {
                if rng.random_bool(0.5) && l.unit_id.is_some() {
                    submit_empty_if_possible(&app, &phone).await;
                }
                json!({"data": "submitted"})
            }
        };
        // Refusals (a conflict, someone not eligible) are part of the game; nothing else is.
        if let Some(code) = body["errors"][0]["extensions"]["code"].as_str() {
            assert!(
                matches!(code, "CONFLICT" | "NOT_FOUND" | "FORBIDDEN" | "BAD_USER_INPUT"),
                "step {step}: {body}"
            );
        }
    }
    let c = campaign::Entity::find().one(&app.db).await.unwrap().unwrap();
    let wrong = xuefa::domain::stats::verify(&app.db, c.id).await.unwrap();
    assert!(wrong.is_empty(), "kept figures differ from a recount: {wrong:?}");
    let mut sum = (0, 0, 0, 0);
    for u in entity::unit::Entity::find().all(&app.db).await.unwrap() {
        let r = xuefa::domain::stats::recount_unit(&app.db, c.id, u.id)
            .await
            .unwrap();
        sum = (
            sum.0 + r.should_take,
            sum.1 + r.study_completed,
            sum.2 + r.participated,
            sum.3 + r.passed,
        );
    }
    let p = app
        .gql(Some(&province), STATS, json!({"c": campaign, "n": hunan}))
        .await;
    assert_eq!(figures(&p), sum);
    let _ = district;
}

async fn submit_empty_if_possible(app: &TestApp, phone: &str) {
    let token = app.login_raw(phone, "000000").await;
    let token = match token["data"]["login"]["token"].as_str() {
        Some(t) => {
            let t = t.to_owned();
            app.gql(
                Some(&t),
                "mutation { changePassword(oldPassword: \"000000\", newPassword: \"Study2026x\") }",
                json!({}),
            )
            .await;
            t
        }
        None => match app.login_raw(phone, "Study2026x").await["data"]["login"]["token"].as_str() {
            Some(t) => t.to_owned(),
            None => return,
        },
    };
    let c = campaign::Entity::find().one(&app.db).await.unwrap().unwrap();
    let sessions = app
        .gql(
            Some(&token),
            "query($c: ID!) { examSessions(campaignId: $c) { id kind } }",
            json!({"c": format!("camp_{}", c.id)}),
        )
        .await;
    let Some(main) = sessions["data"]["examSessions"]
        .as_array()
        .and_then(|s| s.iter().find(|s| s["kind"] == "MAIN"))
        .map(|s| s["id"].clone())
    else {
        return;
    };
    let started = app
        .gql(
            Some(&token),
            "mutation($s: ID!) { startExam(sessionId: $s) { id } }",
            json!({"s": main}),
        )
        .await;
    if let Some(attempt) = started["data"]["startExam"]["id"].as_str() {
        app.gql(
            Some(&token),
            "mutation($a: ID!) { submitExam(attemptId: $a) { score } }",
            json!({"a": attempt}),
        )
        .await;
    }
}
