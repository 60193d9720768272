//! The personal record (学法档案) across transfers and years, its spreadsheet, and the next
//! year's campaign: returning learners keep account, password, unit and record; the new year's
//! verification flags the year's retirements.

use entity::audit_entry;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::record::{
    DISTRICT, OTHER_UNIT_ADMIN, PROVINCE, UNIT_ADMIN, current_campaign, get, province_gid, sit_exam, unit_gid,
};
use crate::helpers::{Backend, TestApp, assert_error};
use crate::on_both_backends;

on_both_backends!(
    the_record_follows_the_person_across_a_transfer_and_into_next_year,
    the_new_years_verification_flags_retirements,
    next_years_campaign_copies_material_on_request
);

const RECORD: &str = "query($l: ID!) { learnerRecord(learnerId: $l) { learner { id name unit { name } } years { year points requiredPoints studyCompleted exemption bestScore outcome consequences attempts { kind score passed submittedAt } } } }";
const MY_RECORD: &str =
    "{ myRecord { learner { id } years { year bestScore outcome attempts { score passed } } } }";

/// A campaign input for `year`, its dates in that year.
fn campaign_input(province: &str, year: i64) -> Value {
    json!({
        "provinceId": province,
        "year": year,
        "title": format!("{year}年度学法考法"),
        "readerTitle": "读本",
        "verificationDeadline": format!("{year}-08-10"),
        "studyStart": format!("{year}-08-01"),
        "requiredPoints": 100,
        "categories": [
            {"category": "PROFILE", "points": 5, "required": false},
            {"category": "READER", "points": 60, "required": true},
            {"category": "HOT_EVENT", "points": 15, "required": false},
            {"category": "OTHER_LAW", "points": 20, "required": false}
        ],
        "mainWindow": {"start": format!("{year}-09-25"), "end": format!("{year}-10-08")},
        "makeupWindow": {"start": format!("{year}-10-23"), "end": format!("{year}-10-24")},
        "blueprint": [
            {"type": "SINGLE", "count": 40, "pointsEach": 1},
            {"type": "MULTIPLE", "count": 20, "pointsEach": 2},
            {"type": "TRUE_FALSE", "count": 20, "pointsEach": 1}
        ]
    })
}

async fn next_year(app: &TestApp, year: i64) -> String {
    let province = app.admin(PROVINCE).await;
    let input = campaign_input(&province_gid(app).await, year + 1);
    let body = app
        .gql(
            Some(&province),
            "mutation($i: CampaignInput!) { createCampaign(input: $i) { id year } }",
            json!({"i": input}),
        )
        .await;
    body["data"]["createCampaign"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned()
}

async fn the_record_follows_the_person_across_a_transfer_and_into_next_year(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let learner = app.learner("13900000004").await;
    let campaign = current_campaign(&app, &learner).await;
    let c = campaign["id"].as_str().unwrap().to_owned();
    let year = campaign["year"].as_i64().unwrap();
    assert_eq!(sit_exam(&app, &learner, &c, true).await, 100);

    // The learner's own record.
    let mine = app.gql(Some(&learner), MY_RECORD, json!({})).await;
    let lid = mine["data"]["myRecord"]["learner"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{mine}"))
        .to_owned();
    let this_year = &mine["data"]["myRecord"]["years"][0];
    assert_eq!(this_year["year"], year);
    assert_eq!(this_year["bestScore"], 100);
    assert_eq!(this_year["outcome"], "PASSED");
    assert_eq!(this_year["attempts"][0]["passed"], true);

    // Its unit's administrator and the offices above see it; another district does not.
    let unit_admin = app.admin(UNIT_ADMIN).await;
    let seen = app.gql(Some(&unit_admin), RECORD, json!({"l": lid})).await;
    assert_eq!(
        seen["data"]["learnerRecord"]["years"][0]["bestScore"], 100,
        "{seen}"
    );
    assert!(
        seen["data"]["learnerRecord"]["years"][0]["points"]
            .as_i64()
            .unwrap()
            >= 100
    );
    let other = app.admin(OTHER_UNIT_ADMIN).await;
    assert_error(
        &app.gql(Some(&other), RECORD, json!({"l": lid})).await,
        &["NOT_FOUND"],
    );
    let colleague = app.learner("13900000005").await;
    assert_error(
        &app.gql(Some(&colleague), RECORD, json!({"l": lid})).await,
        &["NOT_FOUND"],
    );

    // Transferred to 雁峰区司法局 (the district office moves people on a frozen roster).
    let district = app.admin(DISTRICT).await;
    let out = app
        .gql(
            Some(&district),
            "mutation($l: ID!) { transferOut(learnerId: $l) { id } }",
            json!({"l": lid}),
        )
        .await;
    assert_eq!(out["data"]["transferOut"]["id"], lid.as_str(), "{out}");
    let target = unit_gid(&app, "雁峰区司法局").await;
    let moved = app
        .gql(
            Some(&other),
            "mutation($p: String!, $u: ID!) { transferIn(phone: $p, unitId: $u) { id unit { name } } }",
            json!({"p": "13900000004", "u": target}),
        )
        .await;
    assert_eq!(
        moved["data"]["transferIn"]["unit"]["name"], "雁峰区司法局",
        "{moved}"
    );

    // The record moved with the person: the new unit sees the year's result, the old one no longer.
    let there = app.gql(Some(&other), RECORD, json!({"l": lid})).await;
    let record = &there["data"]["learnerRecord"];
    assert_eq!(record["learner"]["unit"]["name"], "雁峰区司法局", "{there}");
    assert_eq!(record["years"][0]["bestScore"], 100);
    assert_eq!(record["years"][0]["attempts"].as_array().unwrap().len(), 1);
    assert_error(
        &app.gql(Some(&unit_admin), RECORD, json!({"l": lid})).await,
        &["NOT_FOUND"],
    );

    // Next year: the same account and password, the same unit, the record kept.
    let next = next_year(&app, year).await;
    let again = app.login("13900000004", "Study2026x").await;
    let me = app
        .gql(Some(&again), "{ me { learner { id unit { name } } } }", json!({}))
        .await;
    assert_eq!(me["data"]["me"]["learner"]["id"], lid.as_str(), "{me}");
    assert_eq!(me["data"]["me"]["learner"]["unit"]["name"], "雁峰区司法局");
    let both = app.gql(Some(&again), MY_RECORD, json!({})).await;
    let years: Vec<i64> = both["data"]["myRecord"]["years"]
        .as_array()
        .unwrap_or_else(|| panic!("{both}"))
        .iter()
        .map(|y| y["year"].as_i64().unwrap())
        .collect();
    assert_eq!(years, vec![year + 1, year], "newest first: {both}");
    let old = &both["data"]["myRecord"]["years"][1];
    assert_eq!(old["bestScore"], 100);
    assert_eq!(old["outcome"], "PASSED");
    let new = &both["data"]["myRecord"]["years"][0];
    assert_eq!(new["outcome"], "IN_PROGRESS");
    assert_eq!(new["attempts"].as_array().unwrap().len(), 0);
    let _ = next;

    // The record as a spreadsheet, through a one-time link; an office's download is audited.
    let link = app
        .gql(
            Some(&other),
            "mutation($l: ID!) { createRecordLink(learnerId: $l) { url } }",
            json!({"l": lid}),
        )
        .await;
    let url = link["data"]["createRecordLink"]["url"]
        .as_str()
        .unwrap_or_else(|| panic!("{link}"))
        .to_owned();
    let response = get(&app, &url).await;
    assert_eq!(response.status(), 200);
    let xlsx = response.bytes().await.unwrap();
    assert!(xlsx.starts_with(b"PK"), "an xlsx is a zip");
    assert_eq!(get(&app, &url).await.status(), 401, "a link opens once");
    let audited = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("export.download"))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.after.as_deref().is_some_and(|a| a.contains("学法档案")))
        .count();
    assert_eq!(audited, 1);
    // The learner downloads its own (not audited), and nobody else's.
    let own = app
        .gql(
            Some(&again),
            "mutation($l: ID!) { createRecordLink(learnerId: $l) { url } }",
            json!({"l": lid}),
        )
        .await;
    assert!(own["data"]["createRecordLink"]["url"].is_string(), "{own}");
    assert_error(
        &app.gql(
            Some(&unit_admin),
            "mutation($l: ID!) { createRecordLink(learnerId: $l) { url } }",
            json!({"l": lid}),
        )
        .await,
        &["NOT_FOUND"],
    );
}

async fn the_new_years_verification_flags_retirements(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let district = app.admin(DISTRICT).await;
    let campaign = current_campaign(&app, &district).await;
    let year = campaign["year"].as_i64().unwrap();
    let next = next_year(&app, year).await;
    let unit = unit_gid(&app, "蒸湘区司法局").await;

    let id_of = |phone: &str| {
        let phone = phone.to_owned();
        let app = &app;
        async move {
            let a = entity::account::Entity::find()
                .filter(entity::account::Column::Phone.eq(phone))
                .one(&app.db)
                .await
                .unwrap()
                .unwrap();
            let l = entity::learner::Entity::find()
                .filter(entity::learner::Column::AccountId.eq(a.id))
                .one(&app.db)
                .await
                .unwrap()
                .unwrap();
            format!("lrn_{}", l.id)
        }
    };
    // One retires before next year's study starts, one during its exam window, one after it.
    let before = id_of("13900000011").await;
    let within = id_of("13900000012").await;
    let after = id_of("13900000013").await;
    for (learner, day) in [
        (&before, format!("{}-03-01", year + 1)),
        (&within, format!("{}-09-30", year + 1)),
        (&after, format!("{}-12-31", year + 1)),
    ] {
        let body = app
            .gql(
                Some(&district),
                "mutation($l: ID!, $d: Date!) { updateLearner(id: $l, input: {retirementDate: $d}) { retirementDate } }",
                json!({"l": learner, "d": day}),
            )
            .await;
        assert_eq!(
            body["data"]["updateLearner"]["retirementDate"],
            day.as_str(),
            "{body}"
        );
    }

    const DUE: &str = "query($c: ID!, $u: ID!) { retirementsDue(campaignId: $c, unitId: $u) { timing learner { id retirementDate } } }";
    let admin = app.admin(UNIT_ADMIN).await;
    let body = app.gql(Some(&admin), DUE, json!({"c": next, "u": unit})).await;
    let due = body["data"]["retirementsDue"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"));
    let flagged: Vec<(&str, &str)> = due
        .iter()
        .map(|d| {
            (
                d["learner"]["id"].as_str().unwrap(),
                d["timing"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(flagged.contains(&(before.as_str(), "BEFORE_WINDOW")), "{body}");
    assert!(flagged.contains(&(within.as_str(), "WITHIN_WINDOW")), "{body}");
    assert!(!flagged.iter().any(|(id, _)| *id == after), "{body}");

    // Recorded as retired, the learner leaves the list.
    let retired = app
        .gql(
            Some(&district),
            "mutation($l: ID!) { setEmploymentStatus(learnerId: $l, status: RETIRED) { status } }",
            json!({"l": before}),
        )
        .await;
    assert_eq!(
        retired["data"]["setEmploymentStatus"]["status"], "RETIRED",
        "{retired}"
    );
    let body = app.gql(Some(&admin), DUE, json!({"c": next, "u": unit})).await;
    assert!(
        !body["data"]["retirementsDue"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["learner"]["id"] == before.as_str())
    );

    // Another district's unit: NOT_FOUND; a learner: FORBIDDEN on its own unit.
    let other = app.admin(OTHER_UNIT_ADMIN).await;
    assert_error(
        &app.gql(Some(&other), DUE, json!({"c": next, "u": unit})).await,
        &["NOT_FOUND"],
    );
    let learner = app.learner("13900000001").await;
    assert_error(
        &app.gql(Some(&learner), DUE, json!({"c": next, "u": unit})).await,
        &["FORBIDDEN"],
    );
}

async fn next_years_campaign_copies_material_on_request(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin(PROVINCE).await;
    let campaign = current_campaign(&app, &province).await;
    let this = campaign["id"].as_str().unwrap().to_owned();
    let year = campaign["year"].as_i64().unwrap();
    let next = next_year(&app, year).await;

    let count = |c: String| {
        let app = &app;
        let province = province.clone();
        async move {
            let body = app
                .gql(
                    Some(&province),
                    "query($c: ID!) { questions(campaignId: $c) { id withdrawn } studyItems(campaignId: $c) { id } }",
                    json!({"c": c}),
                )
                .await;
            let questions = body["data"]["questions"]
                .as_array()
                .unwrap_or_else(|| panic!("{body}"));
            let live = questions.iter().filter(|q| q["withdrawn"] == false).count();
            (live, body["data"]["studyItems"].as_array().unwrap().len())
        }
    };
    let (questions, items) = count(this.clone()).await;
    assert!(questions > 0 && items > 0);
    assert_eq!(count(next.clone()).await, (0, 0), "a new campaign starts empty");

    const COPY: &str = "mutation($f: ID!, $t: ID!) { copyCampaignMaterial(fromCampaignId: $f, toCampaignId: $t) { studyItems questions } }";
    // Offices below the province may not.
    let district = app.admin(DISTRICT).await;
    assert_error(
        &app.gql(Some(&district), COPY, json!({"f": this, "t": next}))
            .await,
        &["FORBIDDEN"],
    );
    assert_error(
        &app.gql(Some(&province), COPY, json!({"f": this, "t": this}))
            .await,
        &["BAD_USER_INPUT"],
    );

    let body = app
        .gql(Some(&province), COPY, json!({"f": this, "t": next}))
        .await;
    assert_eq!(
        body["data"]["copyCampaignMaterial"]["questions"], questions as i64,
        "{body}"
    );
    assert_eq!(body["data"]["copyCampaignMaterial"]["studyItems"], items as i64);
    assert_eq!(count(next.clone()).await, (questions, items));
    // Again: nothing is copied twice (bank_lists.rs tests copying at any time in full).
    let again = app
        .gql(Some(&province), COPY, json!({"f": this, "t": next}))
        .await;
    assert_eq!(again["data"]["copyCampaignMaterial"]["questions"], 0, "{again}");
    assert_eq!(again["data"]["copyCampaignMaterial"]["studyItems"], 0, "{again}");
    assert_eq!(count(next).await, (questions, items));
}
