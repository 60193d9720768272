//! The seams of the year, where the calendar turns (issue 28, blockers 1 and 2): next year's
//! campaign, created in December, does not hide this year's make-up in January, and becomes
//! current on its study start; a learner entered with every optional field missing can still
//! reach the required points. Tests move the server's clock instead of waiting.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use serde_json::{Value, json};

use crate::helpers::exam::{SESSIONS, SUBMIT, start, unit_session};
use crate::helpers::{Backend, TestApp, assert_error, campaign_input, region_id};
use crate::on_both_backends;

on_both_backends!(
    next_years_campaign_leaves_this_years_make_up_current,
    a_learner_with_every_optional_field_missing_reaches_the_required_points,
);

const CURRENT: &str = "{ currentCampaign { id year studyStart makeupWindow { start end } } }";
const ELIGIBILITY: &str = "query($c: ID!) { myEligibility(campaignId: $c) { mayStartNow obstacle reason openSession { id kind } } }";
const MY_STUDY: &str = "query($c: ID!) { myStudy(campaignId: $c) { total eligible completedOn profileMissing byCategory { category points } } }";
const OPEN: &str = "mutation($i: ID!) { openStudyItem(itemId: $i) { openedAt completableAt } }";
const COMPLETE: &str = "mutation($i: ID!) { completeStudyItem(itemId: $i) { total } }";
const UPDATE: &str = "mutation($id: ID!, $i: UpdateLearnerInput!) { updateLearner(id: $id, input: $i) { id rank retirementDate } }";

/// `hour` o'clock, China Standard Time, on `day`.
fn china(day: NaiveDate, hour: u32) -> DateTime<Utc> {
    xuefa::infra::clock::CHINA
        .from_local_datetime(&day.and_hms_opt(hour, 0, 0).unwrap())
        .single()
        .unwrap()
        .with_timezone(&Utc)
}

fn date(v: &Value) -> NaiveDate {
    v.as_str()
        .unwrap_or_else(|| panic!("not a date: {v}"))
        .parse()
        .unwrap()
}

/// The caller's current campaign.
async fn current(app: &TestApp, token: &str) -> Value {
    let body = app.gql(Some(token), CURRENT, json!({})).await;
    assert!(body["errors"].is_null(), "currentCampaign: {body}");
    body["data"]["currentCampaign"].clone()
}

/// Logs a demo learner in with the password `TestApp::learner` gave it.
async fn relogin(app: &TestApp, phone: &str) -> String {
    app.login(phone, "Study2026x").await
}

async fn next_years_campaign_leaves_this_years_make_up_current(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let this_year = current(&app, &province).await;
    let year = this_year["year"].as_i64().unwrap() as i32;
    let makeup_day = date(&this_year["makeupWindow"]["start"]);

    // The main window is open (the demo stands on exam day): one learner sits it and fails
    // (hands in an empty paper), another never sits it (absent).
    let failing = app.learner("13900000002").await;
    let absent = app.learner("13900000001").await;
    let this_id = this_year["id"].as_str().unwrap().to_owned();
    let main = unit_session(&app, &failing, &this_id, "MAIN").await;
    let attempt = start(&app, &failing, &main).await;
    let submitted = app.gql(Some(&failing), SUBMIT, json!({"a": attempt["id"]})).await;
    assert_eq!(submitted["data"]["submitExam"]["passed"], false, "{submitted}");

    // December, right after the main exam: the province creates next year's campaign.
    let hunan = region_id(&app, "430000").await;
    let created = app
        .gql(
            Some(&province),
            "mutation($i: CampaignInput!) { createCampaign(input: $i) { id studyStart } }",
            json!({"i": campaign_input(&hunan, year + 1)}),
        )
        .await;
    let next_id = created["data"]["createCampaign"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("createCampaign: {created}"))
        .to_owned();
    let next_study = date(&created["data"]["createCampaign"]["studyStart"]);
    assert!(
        next_study > makeup_day,
        "next year's study starts after this make-up"
    );

    // The make-up day: this year's campaign is everyone's current one, and both learners
    // may sit the make-up.
    app.clock.set(china(makeup_day, 10));
    let province = app.admin("13800000001").await;
    let unit_admin = app.admin("13800000005").await;
    assert_eq!(current(&app, &province).await["id"], this_id.as_str());
    assert_eq!(current(&app, &unit_admin).await["id"], this_id.as_str());
    for phone in ["13900000001", "13900000002"] {
        let token = relogin(&app, phone).await;
        let mine = current(&app, &token).await;
        assert_eq!(mine["id"], this_id.as_str(), "{phone} on the make-up day: {mine}");
        let e = app.gql(Some(&token), ELIGIBILITY, json!({"c": this_id})).await;
        let e = &e["data"]["myEligibility"];
        assert_eq!(e["mayStartNow"], true, "{phone}: {e}");
        assert_eq!(e["openSession"]["kind"], "MAKEUP", "{phone}: {e}");
    }
    // The absent learner starts the make-up.
    let absent = {
        drop(absent);
        relogin(&app, "13900000001").await
    };
    let makeup = unit_session(&app, &absent, &this_id, "MAKEUP").await;
    let attempt = start(&app, &absent, &makeup).await;
    assert_eq!(attempt["kind"], "MAKEUP", "{attempt}");
    // The unit's sessions page (its current campaign) still lists this year's sessions.
    let unit = app
        .id_of(
            &unit_admin,
            "{ me { roles { unit { id } } } }",
            "/data/me/roles/0/unit/id",
        )
        .await;
    let unit_current = current(&app, &unit_admin).await;
    let sessions = app
        .gql(
            Some(&unit_admin),
            "query($c: ID!, $u: ID) { examSessions(campaignId: $c, unitId: $u) { id kind } }",
            json!({"c": unit_current["id"], "u": unit}),
        )
        .await;
    let kinds: Vec<&Value> = sessions["data"]["examSessions"]
        .as_array()
        .unwrap_or_else(|| panic!("examSessions: {sessions}"))
        .iter()
        .map(|s| &s["kind"])
        .collect();
    assert!(
        kinds.contains(&&json!("MAIN")) && kinds.contains(&&json!("MAKEUP")),
        "{sessions}"
    );

    // The day before next year's study starts: still this year's; on that day: next year's.
    app.clock.set(china(next_study - Duration::days(1), 23));
    for phone in ["13800000001", "13800000005"] {
        let token = app.admin(phone).await;
        assert_eq!(current(&app, &token).await["id"], this_id.as_str(), "{phone}");
    }
    let learner = relogin(&app, "13900000002").await;
    assert_eq!(current(&app, &learner).await["id"], this_id.as_str());

    app.clock.set(china(next_study, 0) + Duration::minutes(5));
    for phone in ["13800000001", "13800000005"] {
        let token = app.admin(phone).await;
        assert_eq!(current(&app, &token).await["id"], next_id.as_str(), "{phone}");
    }
    let learner = relogin(&app, "13900000002").await;
    let mine = current(&app, &learner).await;
    assert_eq!(mine["id"], next_id.as_str(), "{mine}");
    assert_eq!(mine["year"], year + 1);
    // Last year's sessions are still there under last year's campaign.
    let old = app.gql(Some(&learner), SESSIONS, json!({"c": this_id})).await;
    assert!(old["errors"].is_null(), "{old}");
}

async fn a_learner_with_every_optional_field_missing_reaches_the_required_points(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let unit = app
        .id_of(
            &unit_admin,
            "{ me { roles { unit { id } } } }",
            "/data/me/roles/0/unit/id",
        )
        .await;
    // Name and phone only: no rank, no retirement date (both optional on the form).
    let added = app
        .gql(
            Some(&unit_admin),
            "mutation($u: ID!) { addLearner(input: {unitId: $u, name: \"资料不全\", phone: \"13600000951\"}) { id rank retirementDate } }",
            json!({"u": unit}),
        )
        .await;
    let learner_id = added["data"]["addLearner"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("addLearner: {added}"))
        .to_owned();
    assert!(added["data"]["addLearner"]["rank"].is_null());
    assert!(added["data"]["addLearner"]["retirementDate"].is_null());
    let learner = app.learner("13600000951").await;
    let campaign = current(&app, &learner).await;
    let c = campaign["id"].as_str().unwrap().to_owned();

    // Told what is missing for the profile points: the rank, which it may always fill in.
    let p = app.gql(Some(&learner), MY_STUDY, json!({"c": c})).await;
    assert_eq!(p["data"]["myStudy"]["profileMissing"], json!(["职级"]), "{p}");
    assert_eq!(p["data"]["myStudy"]["total"], 0, "{p}");
    // The roster is frozen (the demo stands on exam day): the rank is still the learner's.
    let updated = app
        .gql(
            Some(&learner),
            UPDATE,
            json!({"id": learner_id, "i": {"rank": "科员"}}),
        )
        .await;
    assert!(updated["errors"].is_null(), "{updated}");
    let p = app.gql(Some(&learner), MY_STUDY, json!({"c": c})).await;
    assert_eq!(p["data"]["myStudy"]["profileMissing"], json!([]), "{p}");
    assert_eq!(
        p["data"]["myStudy"]["total"], 5,
        "profile points without a retirement date: {p}"
    );

    // Reads every item of the campaign, one after the other, for its reading time.
    let items = app
        .gql(
            Some(&learner),
            "query($c: ID!) { studyItems(campaignId: $c) { id minReadingSeconds } }",
            json!({"c": c}),
        )
        .await;
    let items = items["data"]["studyItems"]
        .as_array()
        .unwrap_or_else(|| panic!("studyItems: {items}"))
        .clone();
    let mut total = 0;
    for item in &items {
        let opened = app.gql(Some(&learner), OPEN, json!({"i": item["id"]})).await;
        assert!(opened["errors"].is_null(), "{opened}");
        let seconds = item["minReadingSeconds"].as_i64().unwrap();
        app.clock.advance(Duration::seconds(seconds + 1));
        let done = app.gql(Some(&learner), COMPLETE, json!({"i": item["id"]})).await;
        total = done["data"]["completeStudyItem"]["total"]
            .as_i64()
            .unwrap_or_else(|| panic!("completeStudyItem: {done}"));
    }
    assert_eq!(total, 100);
    let p = app.gql(Some(&learner), MY_STUDY, json!({"c": c})).await;
    assert_eq!(p["data"]["myStudy"]["total"], 100, "{p}");
    assert_eq!(
        p["data"]["myStudy"]["eligible"], false,
        "reached today: from tomorrow"
    );
    let reached = date(&p["data"]["myStudy"]["completedOn"]);

    // The next morning, inside the main window: eligible, and may start.
    app.clock.set(china(reached + Duration::days(1), 10));
    let learner = app.login("13600000951", "Study2026x").await;
    let p = app.gql(Some(&learner), MY_STUDY, json!({"c": c})).await;
    assert_eq!(p["data"]["myStudy"]["eligible"], true, "{p}");
    let e = app.gql(Some(&learner), ELIGIBILITY, json!({"c": c})).await;
    assert_eq!(e["data"]["myEligibility"]["mayStartNow"], true, "{e}");

    // On the make-up day (still frozen by this year's campaign, whatever the calendar year),
    // the learner may fill in a retirement date that opens no exemption this year, not one that
    // would.
    let year = campaign["year"].as_i64().unwrap() as i32;
    app.clock.set(china(date(&campaign["makeupWindow"]["start"]), 10));
    let learner = app.login("13600000951", "Study2026x").await;
    let near = app
        .gql(
            Some(&learner),
            UPDATE,
            json!({"id": learner_id, "i": {"retirementDate": format!("{}-06-01", year + 1)}}),
        )
        .await;
    assert_error(&near, &["FORBIDDEN"]);
    let far = app
        .gql(
            Some(&learner),
            UPDATE,
            json!({"id": learner_id, "i": {"retirementDate": format!("{}-06-01", year + 3)}}),
        )
        .await;
    assert!(far["errors"].is_null(), "{far}");
    assert_eq!(
        far["data"]["updateLearner"]["retirementDate"],
        format!("{}-06-01", year + 3)
    );
}
