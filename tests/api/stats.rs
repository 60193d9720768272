//! Statistics: figures that roll up and change with every event, the action lists, the
//! spreadsheet downloads, scope, and a randomised check of the maintained figures against a
//! plain recount.

use calamine::{Data, Reader, Xlsx};
use chrono::Duration;
use entity::{campaign, exam_attempt, exam_session, unit};
use rand::{Rng, SeedableRng};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait,
};
use serde_json::{Value, json};
use xuefa::domain::ids::{CampaignId, LearnerId, UnitId};
use xuefa::domain::stats::{self, Counts, Difference};

use crate::helpers::{Backend, TestApp, assert_error};
use crate::helpers::{learner_of, unit_named};
use crate::on_both_backends;

/// The action lists' plans (which index each list reads).
mod plans;

on_both_backends!(
    figures_roll_up_and_follow_events,
    action_lists_and_downloads,
    random_events_match_a_recount,
    concurrent_events_match_a_recount
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

/// A learner's token and a MAIN attempt it has started.
async fn start_main(app: &TestApp, phone: &str) -> (String, Value) {
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
    assert!(attempt.is_string(), "{started}");
    (token, attempt)
}

const SUBMIT: &str = "mutation($a: ID!) { submitExam(attemptId: $a) { score passed } }";

async fn submit_empty(app: &TestApp, phone: &str) {
    let (token, attempt) = start_main(app, phone).await;
    let done = app.gql(Some(&token), SUBMIT, json!({"a": attempt})).await;
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
    let exemption = first_exemption(&app, &district, &campaign, &zhengxiang).await;
    approve_exemption(&app, &district, &exemption).await;
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

    // A unit's own figures; nothing due means no rate (名单未报), not 100 % nor a division
    // by zero.
    let empty_unit = format!("unit_{}", unit_named(&app, "呈祥街道").await.id);
    let u = app
        .gql(Some(&district), STATS, json!({"c": campaign, "n": empty_unit}))
        .await;
    assert_eq!(u["data"]["stats"]["shouldTake"], 0, "{u}");
    assert!(u["data"]["stats"]["passRate"].is_null(), "{u}");
    assert_eq!(u["data"]["stats"]["deduction"], false);

    let c = campaign::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert!(stats::verify(&app.db, c.id).await.unwrap().is_empty());

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
    // The district sees the numbers masked.
    assert!(all.contains(&"139****0021".to_owned()) && !all.contains(&"139****0001".to_owned()));
    let failed = app
        .gql(
            Some(&district),
            list,
            json!({"c": campaign, "n": zhengxiang, "k": "FAILED"}),
        )
        .await;
    assert_eq!(phones(&failed), vec!["139****0001"]);
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
    // Each report's sheet is named for what it holds, not "Sheet1".
    assert_eq!(book.sheet_names(), vec!["参考情况统计".to_owned()]);
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    let rows: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
    // A title row, the headers, then the figures.
    assert!(
        rows[0][0].to_string().starts_with("蒸湘区 参考情况统计"),
        "{:?}",
        rows[0]
    );
    assert_eq!(rows[1][2], Data::String("应考人数".into()));
    assert_eq!(rows[2][0], Data::String("蒸湘区".into()));
    assert_eq!(rows[2][2], Data::Float(29.0));
    assert_eq!(rows[2][4], Data::Float(1.0));
    assert_eq!(rows.len(), 2 + 1 + 3, "the district and its three units");

    let learners_url = format!(
        "{}/export/learners.xlsx?campaignId={campaign}&nodeId={zhengxiang}&kind=NOT_TAKEN",
        app.base
    );
    let response = get(learners_url.clone(), Some(district.clone())).await;
    assert_eq!(response.status(), 200);
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(response.bytes().await.unwrap().to_vec()))
            .unwrap();
    assert_eq!(book.sheet_names(), vec!["未参考名单".to_owned()]);
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    assert_eq!(sheet.rows().count(), 2 + 28);
    // For phoning people unit by unit: units, then names within each, in pinyin order.
    let keyed: Vec<(String, String)> = sheet
        .rows()
        .skip(2)
        .map(|r| {
            (
                xuefa::domain::name_key::of(&r[2].to_string()),
                xuefa::domain::name_key::of(&r[0].to_string()),
            )
        })
        .collect();
    let mut sorted = keyed.clone();
    sorted.sort();
    assert_eq!(keyed, sorted, "the action list in pinyin order");
    assert!(
        keyed.windows(2).any(|w| w[0].1 != w[1].1),
        "more than one name: the order is checked on real rows"
    );

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
/// figures and every learner's row against a plain recount, the region sums against the
/// recounts' sums, and every action list, paged through, against its totalCount and the
/// recount.
async fn random_events_match_a_recount(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (campaign, hunan, _, zhengxiang) = ids(&app).await;
    let province = app.admin("13800000001").await;
    let district = app.admin("13800000003").await;
    let c = campaign::Entity::find().one(&app.db).await.unwrap().unwrap();
    let units = ["蒸湘区司法局", "联合街道", "雁峰区司法局"];
    let mut unit_ids = Vec::new();
    for u in units {
        unit_ids.push(format!("unit_{}", unit_named(&app, u).await.id));
    }
    let exemption = first_exemption(&app, &district, &campaign, &zhengxiang).await;

    // Make-up results (the make-up window is weeks away in the demo, so written directly):
    // failed both, failed then passed the make-up, failed the make-up only; 30 has a pending
    // exemption, 32 is in the other district.
    record_attempt(&app, "13900000005", "MAIN", false).await;
    record_attempt(&app, "13900000005", "MAKEUP", false).await;
    record_attempt(&app, "13900000006", "MAIN", false).await;
    record_attempt(&app, "13900000006", "MAKEUP", true).await;
    record_attempt(&app, "13900000007", "MAKEUP", false).await;
    record_attempt(&app, "13900000030", "MAKEUP", false).await;
    record_attempt(&app, "13900000032", "MAKEUP", false).await;
    // Offices see the numbers masked.
    let phones = |ns: &[u32]| -> Vec<String> { ns.iter().map(|n| format!("139****{n:04}")).collect() };
    let not_excellent = whole_list(&app, &province, &campaign, &hunan, "NOT_EXCELLENT").await;
    assert_eq!(not_excellent, (4, phones(&[5, 7, 30, 32])));
    let failed = whole_list(&app, &district, &campaign, &zhengxiang, "FAILED").await;
    assert_eq!(failed, (3, phones(&[5, 7, 30])), "passing the make-up is passing");
    // An exemption cannot take a learner who has sat the exam off the lists: 30 failed his
    // make-up, so approving his application is refused and he stays.
    let refused = app
        .gql(
            Some(&district),
            "mutation($id: ID!) { decideExemption(id: $id, approve: true) { status } }",
            json!({"id": exemption}),
        )
        .await;
    assert_eq!(
        refused["errors"][0]["extensions"]["code"], "CONFLICT",
        "{refused}"
    );
    let not_excellent = whole_list(&app, &province, &campaign, &hunan, "NOT_EXCELLENT").await;
    assert_eq!(not_excellent, (4, phones(&[5, 7, 30, 32])));
    let zx_justice = &unit_ids[0];
    let yf_justice = &unit_ids[2];
    assert_eq!(
        whole_list(&app, &district, &campaign, &zhengxiang, "NOT_EXCELLENT").await,
        (3, phones(&[5, 7, 30]))
    );
    assert_eq!(
        whole_list(&app, &province, &campaign, yf_justice, "NOT_EXCELLENT").await,
        (1, phones(&[32]))
    );

    let mut rng = rand::rngs::StdRng::seed_from_u64(20171010);
    let mut added = 0u64;
    for step in 0..40 {
        let phone = format!("139{:08}", rng.random_range(1..=40));
        let l = learner_of(&app, &phone).await;
        let id = format!("lrn_{}", l.id);
        let unit = &unit_ids[rng.random_range(0..unit_ids.len())];
        let body = match rng.random_range(0..7) {
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
            5 => {
                app.gql(
                    Some(&province),
                    "mutation($id: ID!, $yes: Boolean!) { decideExemption(id: $id, approve: $yes) { status } }",
                    json!({"id": exemption, "yes": rng.random_bool(0.5)}),
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
    let wrong = stats::verify(&app.db, c.id).await.unwrap();
    assert!(wrong.is_empty(), "kept figures differ from a recount: {wrong:?}");
    let all_units: Vec<unit::Model> = unit::Entity::find().all(&app.db).await.unwrap();
    let sum = recount_of(&app, c.id, &all_units).await;
    let p = app
        .gql(Some(&province), STATS, json!({"c": campaign, "n": hunan}))
        .await;
    assert_eq!(
        figures(&p),
        (sum.should_take, sum.study_completed, sum.participated, sum.passed)
    );

    // Every list, paged through three at a time, holds as many learners as its totalCount
    // says, and as many as the recount of the units below the node says.
    let district_path =
        entity::region::Entity::find_by_id(zhengxiang.trim_start_matches("reg_").parse::<i32>().unwrap())
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .path;
    let in_district: Vec<unit::Model> = all_units
        .iter()
        .filter(|u| u.region_path.starts_with(&district_path))
        .cloned()
        .collect();
    let unit_of = |node: &str| {
        let id: i32 = node.trim_start_matches("unit_").parse().unwrap();
        all_units
            .iter()
            .filter(|u| u.id == id)
            .cloned()
            .collect::<Vec<_>>()
    };
    let nodes = [
        (hunan.clone(), all_units.clone()),
        (zhengxiang.clone(), in_district),
        (zx_justice.clone(), unit_of(zx_justice)),
        (yf_justice.clone(), unit_of(yf_justice)),
    ];
    let makeup_over = app.clock.today() > c.makeup_end;
    for (node, below) in &nodes {
        let recount = recount_of(&app, c.id, below).await;
        for kind in KINDS {
            let (total, learners) = whole_list(&app, &province, &campaign, node, kind).await;
            assert_eq!(
                total,
                learners.len() as i64,
                "{kind} under {node}: totalCount against the pages"
            );
            assert_eq!(
                total,
                expected_length(kind, &recount, makeup_over),
                "{kind} under {node}: totalCount against the recount {recount:?}"
            );
        }
    }

    // Once the make-up window has closed, whoever never took the exam is deferred.
    let mut closed: campaign::ActiveModel = c.clone().into();
    closed.makeup_end = Set(app.clock.today() - Duration::days(1));
    closed.update(&app.db).await.unwrap();
    let deferred = whole_list(&app, &province, &campaign, &hunan, "GRADE_DEFERRED").await;
    assert_eq!(
        deferred,
        whole_list(&app, &province, &campaign, &hunan, "NOT_TAKEN").await
    );
    assert!(deferred.0 > 0);

    // verify notices a learner's row that no longer matches, and its unit's sum with it; a
    // recount of the unit puts both right.
    let row = entity::learner_figure::Entity::find()
        .filter(entity::learner_figure::Column::UnitId.is_not_null())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    app.db
        .execute_unprepared(&format!(
            "UPDATE learner_figures SET should_take = NOT should_take WHERE learner_id = {}",
            row.learner_id
        ))
        .await
        .unwrap();
    let wrong = stats::verify(&app.db, c.id).await.unwrap();
    assert!(
        wrong
            .iter()
            .any(|d| matches!(d, Difference::Learner { learner_id, .. } if *learner_id == row.learner_id)),
        "{wrong:?}"
    );
    assert!(
        wrong
            .iter()
            .any(|d| matches!(d, Difference::UnitSum { unit_id, .. } if Some(*unit_id) == row.unit_id)),
        "{wrong:?}"
    );
    let txn = app.db.begin().await.unwrap();
    stats::refresh_unit(&txn, CampaignId(c.id), UnitId(row.unit_id.unwrap()))
        .await
        .unwrap();
    txn.commit().await.unwrap();
    let wrong = stats::verify(&app.db, c.id).await.unwrap();
    assert!(wrong.is_empty(), "{wrong:?}");
}

/// Events on learners of one unit at the same moment (submissions, an exemption decision, a
/// retirement, a transfer): each adds its own difference to the unit's row, none is lost.
async fn concurrent_events_match_a_recount(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (campaign, _, _, zhengxiang) = ids(&app).await;
    let district = app.admin("13800000003").await;
    let c = campaign::Entity::find().one(&app.db).await.unwrap().unwrap();
    let exemption = first_exemption(&app, &district, &campaign, &zhengxiang).await;
    // Started one by one, submitted all at once.
    let mut attempts = Vec::new();
    for n in 1..=10 {
        attempts.push(start_main(&app, &format!("139{n:08}")).await);
    }
    let retiring = format!("lrn_{}", learner_of(&app, "13900000011").await.id);
    let leaving = format!("lrn_{}", learner_of(&app, "13900000012").await.id);
    let mut calls: Vec<(&str, String, Value)> = attempts
        .iter()
        .map(|(token, attempt)| (SUBMIT, token.clone(), json!({"a": attempt})))
        .collect();
    calls.push((
        "mutation($id: ID!) { decideExemption(id: $id, approve: true) { status } }",
        district.clone(),
        json!({"id": exemption}),
    ));
    calls.push((
        "mutation($id: ID!) { setEmploymentStatus(learnerId: $id, status: RETIRED) { status } }",
        district.clone(),
        json!({"id": retiring}),
    ));
    calls.push((
        "mutation($id: ID!) { transferOut(learnerId: $id) { status } }",
        district.clone(),
        json!({"id": leaving}),
    ));
    let bodies = futures_util::future::join_all(
        calls
            .iter()
            .map(|(query, token, variables)| app.gql(Some(token), query, variables.clone())),
    )
    .await;
    for body in &bodies {
        assert!(body["errors"].is_null(), "{body}");
    }
    let wrong = stats::verify(&app.db, c.id).await.unwrap();
    assert!(wrong.is_empty(), "kept figures differ from a recount: {wrong:?}");
    // 29 in service before: one exempted, one retired, one transferred out; 10 took it.
    let z = app
        .gql(Some(&district), STATS, json!({"c": campaign, "n": zhengxiang}))
        .await;
    assert_eq!(figures(&z), (26, 18, 10, 0));
}

const KINDS: [&str; 5] = [
    "NOT_STUDIED",
    "NOT_TAKEN",
    "FAILED",
    "GRADE_DEFERRED",
    "NOT_EXCELLENT",
];

const LIST_PAGE: &str = "query($c: ID!, $n: ID!, $k: ActionKind!, $a: String) { learnersNeedingAction(campaignId: $c, nodeId: $n, kind: $k, first: 3, after: $a) { totalCount edges { node { id phone } } pageInfo { hasNextPage endCursor } } }";

/// An action list paged through three at a time: its totalCount and its learners' phones, in
/// id order, each once.
async fn whole_list(
    app: &TestApp,
    token: &str,
    campaign: &str,
    node: &str,
    kind: &str,
) -> (i64, Vec<String>) {
    let mut after = Value::Null;
    let mut total = None;
    let mut phones = Vec::new();
    let mut last_id = 0;
    loop {
        let body = app
            .gql(
                Some(token),
                LIST_PAGE,
                json!({"c": campaign, "n": node, "k": kind, "a": after}),
            )
            .await;
        let list = &body["data"]["learnersNeedingAction"];
        assert!(list.is_object(), "{kind} under {node}: {body}");
        let count = list["totalCount"].as_i64().unwrap();
        assert_eq!(
            *total.get_or_insert(count),
            count,
            "{kind} under {node}: totalCount moved"
        );
        for edge in list["edges"].as_array().unwrap() {
            let id: i32 = edge["node"]["id"]
                .as_str()
                .unwrap()
                .trim_start_matches("lrn_")
                .parse()
                .unwrap();
            assert!(id > last_id, "{kind} under {node}: {body}");
            last_id = id;
            phones.push(edge["node"]["phone"].as_str().unwrap().to_owned());
        }
        if list["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = list["pageInfo"]["endCursor"].clone();
    }
    (total.unwrap_or(0), phones)
}

/// The plain recount of some units, summed.
async fn recount_of(app: &TestApp, campaign_id: i32, units: &[unit::Model]) -> Counts {
    let mut sum = Counts::default();
    for u in units {
        let r = stats::recount_unit(&app.db, CampaignId(campaign_id), UnitId(u.id))
            .await
            .unwrap();
        sum.should_take += r.should_take;
        sum.study_completed += r.study_completed;
        sum.participated += r.participated;
        sum.passed += r.passed;
        sum.makeup_failed += r.makeup_failed;
    }
    sum
}

/// How long an action list should be, from the figures of the units below its node.
fn expected_length(kind: &str, c: &Counts, makeup_over: bool) -> i64 {
    match kind {
        "NOT_STUDIED" => c.should_take - c.study_completed,
        "NOT_TAKEN" => c.should_take - c.participated,
        "FAILED" => c.participated - c.passed,
        "GRADE_DEFERRED" if makeup_over => c.should_take - c.participated,
        "GRADE_DEFERRED" => 0,
        "NOT_EXCELLENT" => c.makeup_failed,
        _ => unreachable!("{kind}"),
    }
}

/// A submitted attempt written straight into the database, and the learner's figures
/// refreshed in the same transaction as a submission does.
async fn record_attempt(app: &TestApp, phone: &str, kind: &str, passed: bool) {
    let c = campaign::Entity::find().one(&app.db).await.unwrap().unwrap();
    let l = learner_of(app, phone).await;
    let session = exam_session::Entity::find()
        .filter(exam_session::Column::CampaignId.eq(c.id))
        .filter(exam_session::Column::Kind.eq(kind))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let now = app.clock.now();
    let txn = app.db.begin().await.unwrap();
    exam_attempt::ActiveModel {
        campaign_id: Set(c.id),
        session_id: Set(session.id),
        learner_id: Set(l.id),
        kind: Set(sea_orm::ActiveEnum::try_from_value(&kind.to_owned()).unwrap()),
        status: Set(exam_attempt::AttemptStatus::Submitted),
        started_at: Set(now - Duration::minutes(30)),
        deadline: Set(now),
        paper: Set("[]".to_owned()),
        device: Set("test".to_owned()),
        submitted_at: Set(Some(now)),
        auto_submitted: Set(false),
        score: Set(Some(if passed { 90 } else { 10 })),
        passed: Set(Some(passed)),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .unwrap();
    stats::refresh_learner(&txn, CampaignId(c.id), LearnerId(l.id))
        .await
        .unwrap();
    txn.commit().await.unwrap();
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

/// Approves an exemption as `token` (an office above the learner's unit) and checks it took.
async fn approve_exemption(app: &TestApp, token: &str, exemption: &Value) {
    let decided = app
        .gql(
            Some(token),
            "mutation($id: ID!) { decideExemption(id: $id, approve: true) { status } }",
            json!({"id": exemption}),
        )
        .await;
    assert_eq!(
        decided["data"]["decideExemption"]["status"], "APPROVED",
        "{decided}"
    );
}

/// The id of the first exemption application under `node`, as `token` lists them.
async fn first_exemption(app: &TestApp, token: &str, campaign: &str, node: &str) -> Value {
    app.gql(
        Some(token),
        "query($c: ID!, $n: ID!) { exemptions(campaignId: $c, nodeId: $n) { edges { node { id } } } }",
        json!({"c": campaign, "n": node}),
    )
    .await["data"]["exemptions"]["edges"][0]["node"]["id"]
        .clone()
}
