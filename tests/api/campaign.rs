//! The yearly campaign: creation by the province office, reading it back from below, every
//! inconsistent input refused with the field named, updates while nothing depends on it.

use chrono::Datelike;
use entity::campaign;
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{Value, json};

use crate::helpers::campaign_input;
use crate::helpers::region_id;
use crate::helpers::{Backend, TestApp, assert_error, code};
use crate::on_both_backends;

on_both_backends!(
    province_creates_a_campaign_everyone_below_reads_it,
    a_second_campaign_for_the_same_year_is_a_conflict,
    inconsistent_campaign_input_names_the_field_and_writes_nothing,
    only_the_province_office_creates_campaigns,
    update_campaign_until_something_depends_on_it,
    campaign_of_a_year_without_one_is_not_found,
    demo_campaign_freezes_the_roster,
);

const FIELDS: &str = "id year title readerTitle province { name code } verificationDeadline rosterFrozen \
     studyStart requiredPoints categories { category points required } mainWindow { start end } \
     makeupWindow { start end } passScore durationMinutes blueprint { type count pointsEach } \
     mainAttempts makeupAttempts answerGraceSeconds";

fn create_mutation() -> String {
    format!("mutation($i: CampaignInput!) {{ createCampaign(input: $i) {{ {FIELDS} }} }}")
}

fn update_mutation() -> String {
    format!("mutation($id: ID!, $i: CampaignInput!) {{ updateCampaign(id: $id, input: $i) {{ {FIELDS} }} }}")
}

fn read_query() -> String {
    format!("query($y: Int!) {{ campaign(year: $y) {{ {FIELDS} }} }}")
}

fn this_year(app: &TestApp) -> i32 {
    app.clock.today().year()
}

async fn campaign_count(app: &TestApp) -> u64 {
    campaign::Entity::find().count(&app.db).await.unwrap()
}

async fn create(app: &TestApp, token: &str, input: Value) -> Value {
    app.gql(Some(token), &create_mutation(), json!({"i": input}))
        .await
}

async fn province_creates_a_campaign_everyone_below_reads_it(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let hunan = region_id(&app, "430000").await;
    let year = this_year(&app) + 1;

    let body = create(&app, &province, campaign_input(&hunan, year)).await;
    let created = &body["data"]["createCampaign"];
    assert_eq!(created["year"], year, "{body}");
    assert_eq!(created["title"], "学法考法");
    assert_eq!(created["readerTitle"], "读本");
    assert_eq!(created["province"]["name"], "湖南省");
    assert_eq!(created["verificationDeadline"], format!("{year}-08-10"));
    assert_eq!(created["studyStart"], format!("{year}-08-01"));
    assert_eq!(
        created["mainWindow"],
        json!({"start": format!("{year}-09-25"), "end": format!("{year}-10-08")})
    );
    assert_eq!(
        created["makeupWindow"],
        json!({"start": format!("{year}-10-23"), "end": format!("{year}-10-24")})
    );
    assert_eq!(
        created["categories"],
        json!([
            {"category": "PROFILE", "points": 5, "required": false},
            {"category": "READER", "points": 60, "required": true},
            {"category": "HOT_EVENT", "points": 15, "required": false},
            {"category": "OTHER_LAW", "points": 20, "required": false}
        ])
    );
    assert_eq!(
        created["blueprint"],
        json!([
            {"type": "SINGLE", "count": 40, "pointsEach": 1},
            {"type": "MULTIPLE", "count": 20, "pointsEach": 2},
            {"type": "TRUE_FALSE", "count": 20, "pointsEach": 1}
        ])
    );
    // The 2017 notice's defaults for what the input left out.
    assert_eq!(created["requiredPoints"], 100);
    assert_eq!(created["passScore"], 60);
    assert_eq!(created["durationMinutes"], 60);
    assert_eq!(created["mainAttempts"], 1);
    assert_eq!(created["makeupAttempts"], 1);
    assert_eq!(created["answerGraceSeconds"], 10);
    assert_eq!(created["rosterFrozen"], false);
    let stored = campaign::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.year == year)
        .expect("the campaign is stored");
    assert_eq!(created["id"], format!("camp_{}", stored.id));

    // A learner and a district office of the province read the very same campaign.
    let learner = app.learner("13900000001").await;
    let district = app.admin("13800000003").await;
    for token in [&learner, &district, &province] {
        let read = app.gql(Some(token), &read_query(), json!({"y": year})).await;
        assert_eq!(&read["data"]["campaign"], created, "{read}");
    }
}

async fn a_second_campaign_for_the_same_year_is_a_conflict(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let hunan = region_id(&app, "430000").await;
    let year = this_year(&app) + 1;
    let first = create(&app, &province, campaign_input(&hunan, year)).await;
    assert!(first["data"]["createCampaign"]["id"].is_string(), "{first}");
    let before = campaign_count(&app).await;

    let mut again = campaign_input(&hunan, year);
    again["title"] = json!("另一个活动");
    let body = create(&app, &province, again).await;
    assert_error(&body, &["CONFLICT"]);
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("year"), "the message names the field: {message}");
    assert_eq!(campaign_count(&app).await, before);

    // The demo's campaign of this year counts as well.
    let body = create(&app, &province, campaign_input(&hunan, this_year(&app))).await;
    assert_error(&body, &["CONFLICT"]);
    assert_eq!(campaign_count(&app).await, before);
}

async fn inconsistent_campaign_input_names_the_field_and_writes_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let hunan = region_id(&app, "430000").await;
    let year = this_year(&app) + 2;
    let valid = campaign_input(&hunan, year);
    let before = campaign_count(&app).await;

    let with = |pointer: &str, value: Value| {
        let mut input = valid.clone();
        match input.pointer_mut(pointer) {
            Some(slot) => *slot = value,
            // A field the valid input leaves to its default.
            None => input[&pointer[1..]] = value,
        }
        input
    };
    let cases: Vec<(&str, Value, &str)> = vec![
        (
            "main window ends before it starts",
            with(
                "/mainWindow",
                json!({"start": format!("{year}-09-25"), "end": format!("{year}-09-20")}),
            ),
            "mainWindow.end",
        ),
        (
            "make-up starts before the main window ends",
            with(
                "/makeupWindow",
                json!({"start": format!("{year}-10-05"), "end": format!("{year}-10-24")}),
            ),
            "makeupWindow.start",
        ),
        (
            "make-up ends before it starts",
            with(
                "/makeupWindow",
                json!({"start": format!("{year}-10-24"), "end": format!("{year}-10-23")}),
            ),
            "makeupWindow.end",
        ),
        (
            "blueprint totals 101",
            with("/blueprint/0/count", json!(41)),
            "blueprint",
        ),
        (
            "blueprint totals 90",
            with("/blueprint/2/count", json!(10)),
            "blueprint",
        ),
        (
            "categories sum to 90, not 100",
            with("/categories/1/points", json!(50)),
            "categories",
        ),
        (
            "categories sum to 100, required points 90",
            with("/requiredPoints", json!(90)),
            "categories",
        ),
        (
            "no required category",
            with("/categories/1/required", json!(false)),
            "categories",
        ),
        (
            "verification deadline after the main window starts",
            with("/verificationDeadline", json!(format!("{year}-09-30"))),
            "verificationDeadline",
        ),
    ];
    for (what, input, field) in cases {
        let body = create(&app, &province, input).await;
        assert_eq!(code(&body), "BAD_USER_INPUT", "{what}: {body}");
        let message = body["errors"][0]["message"].as_str().unwrap_or("");
        assert!(
            message.contains(field),
            "{what}: the message should name `{field}`: {message}"
        );
        assert_eq!(campaign_count(&app).await, before, "{what} wrote a campaign");
    }
    // The valid input itself goes through.
    let ok = create(&app, &province, valid).await;
    assert_eq!(ok["data"]["createCampaign"]["year"], year, "{ok}");
    assert_eq!(campaign_count(&app).await, before + 1);
}

async fn only_the_province_office_creates_campaigns(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let hunan = region_id(&app, "430000").await;
    let year = this_year(&app) + 1;
    let before = campaign_count(&app).await;
    for phone in ["13800000002", "13800000003", "13800000005"] {
        let token = app.admin(phone).await;
        let body = create(&app, &token, campaign_input(&hunan, year)).await;
        assert_error(&body, &["FORBIDDEN"]);
        assert!(body["data"].is_null() || body["data"]["createCampaign"].is_null());
    }
    let learner = app.learner("13900000001").await;
    let body = create(&app, &learner, campaign_input(&hunan, year)).await;
    assert_error(&body, &["FORBIDDEN"]);
    assert_eq!(campaign_count(&app).await, before);
}

async fn update_campaign_until_something_depends_on_it(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let hunan = region_id(&app, "430000").await;
    let year = this_year(&app) + 1;
    let created = create(&app, &province, campaign_input(&hunan, year)).await;
    let id = created["data"]["createCampaign"]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let mut changed = campaign_input(&hunan, year);
    changed["title"] = json!(format!("{year}年度学法考法（修订）"));
    changed["passScore"] = json!(70);
    changed["durationMinutes"] = json!(90);
    changed["mainWindow"] = json!({"start": format!("{year}-09-20"), "end": format!("{year}-10-10")});
    changed["blueprint"] = json!([
        {"type": "SINGLE", "count": 50, "pointsEach": 1},
        {"type": "TRUE_FALSE", "count": 25, "pointsEach": 2}
    ]);
    let body = app
        .gql(
            Some(&province),
            &update_mutation(),
            json!({"id": id, "i": changed}),
        )
        .await;
    let updated = &body["data"]["updateCampaign"];
    assert_eq!(updated["id"], id.as_str(), "{body}");
    assert_eq!(updated["title"], format!("{year}年度学法考法（修订）"));
    assert_eq!(updated["passScore"], 70);
    assert_eq!(updated["durationMinutes"], 90);
    assert_eq!(updated["mainWindow"]["start"], format!("{year}-09-20"));
    assert_eq!(
        updated["blueprint"][1],
        json!({"type": "TRUE_FALSE", "count": 25, "pointsEach": 2})
    );
    let district = app.admin("13800000003").await;
    let read = app.gql(Some(&district), &read_query(), json!({"y": year})).await;
    assert_eq!(&read["data"]["campaign"], updated, "{read}");

    // An inconsistent update and a change of year are refused and change nothing.
    let mut bad = campaign_input(&hunan, year);
    bad["blueprint"][0]["count"] = json!(10);
    let refused = app
        .gql(Some(&province), &update_mutation(), json!({"id": id, "i": bad}))
        .await;
    assert_error(&refused, &["BAD_USER_INPUT"]);
    assert!(
        refused["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("blueprint")
    );
    let other_year = app
        .gql(
            Some(&province),
            &update_mutation(),
            json!({"id": id, "i": campaign_input(&hunan, year + 1)}),
        )
        .await;
    assert_error(&other_year, &["BAD_USER_INPUT"]);
    assert!(
        other_year["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("year")
    );
    // Only the province office updates.
    let by_district = app
        .gql(
            Some(&district),
            &update_mutation(),
            json!({"id": id, "i": campaign_input(&hunan, year)}),
        )
        .await;
    assert_error(&by_district, &["FORBIDDEN"]);
    let read = app.gql(Some(&district), &read_query(), json!({"y": year})).await;
    assert_eq!(&read["data"]["campaign"], updated, "{read}");

    // The demo campaign already has an exemption application: its rules are fixed.
    let demo = app
        .gql(Some(&province), &read_query(), json!({"y": this_year(&app)}))
        .await;
    let demo = demo["data"]["campaign"].clone();
    let body = app
        .gql(
            Some(&province),
            &update_mutation(),
            json!({"id": demo["id"], "i": campaign_input(&hunan, this_year(&app))}),
        )
        .await;
    assert_error(&body, &["CONFLICT"]);
    let after = app
        .gql(Some(&province), &read_query(), json!({"y": this_year(&app)}))
        .await;
    assert_eq!(
        after["data"]["campaign"], demo,
        "a refused update changed the campaign"
    );
}

async fn campaign_of_a_year_without_one_is_not_found(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let learner = app.learner("13900000001").await;
    let province = app.admin("13800000001").await;
    for token in [&learner, &province] {
        let body = app
            .gql(Some(token), &read_query(), json!({"y": this_year(&app) + 3}))
            .await;
        assert_error(&body, &["NOT_FOUND"]);
        assert!(
            body["data"].is_null() || body["data"]["campaign"].is_null(),
            "{body}"
        );
    }
}

async fn demo_campaign_freezes_the_roster(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let today = app.clock.today();
    let unit_admin = app.admin("13800000005").await;
    let body = app
        .gql(Some(&unit_admin), &read_query(), json!({"y": this_year(&app)}))
        .await;
    let c = &body["data"]["campaign"];
    assert_eq!(c["year"], this_year(&app), "{body}");
    assert_eq!(c["rosterFrozen"], true, "{body}");
    assert_eq!(
        c["verificationDeadline"],
        (today - chrono::Duration::days(20)).to_string()
    );
    assert!(
        c["title"]
            .as_str()
            .unwrap()
            .contains(&this_year(&app).to_string())
    );
}
