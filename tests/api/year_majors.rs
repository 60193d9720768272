//! The majors of issue 28, where one step of the year meets another: the dates a learner reads
//! are computed from today (4), closing the exam page and opening it again is a return (5), a
//! learner between units is told the step to take and how its request stands (6), a started
//! exam-centre session stays open for booking (8), an empty unit has no rate and is listed (9),
//! the import template's sample row never imports (11), and the integrity tolerance reads back
//! as saved (13). Tests move the server's clock instead of waiting.

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::{Value, json};

use crate::helpers::exam::{BOOK, CENTRE, SUBMIT, cst, start, unit_session};
use crate::helpers::{Backend, TestApp, assert_error, learner_of, region_id, unit_id};
use crate::on_both_backends;

on_both_backends!(
    the_days_a_learner_reads_are_never_past,
    reopening_the_paper_ends_the_time_away,
    a_learner_between_units_is_told_the_step_and_how_its_request_stands,
    a_started_centre_session_takes_bookings_while_a_whole_exam_still_fits,
    an_empty_unit_has_no_rate_and_is_on_an_action_list,
    the_templates_sample_row_never_imports,
    the_integrity_tolerance_reads_back_as_saved,
);

const CAMPAIGN: &str = "{ currentCampaign { id year mainWindow { start end } makeupWindow { start end } } }";
const ELIGIBILITY: &str = "query($c: ID!) { myEligibility(campaignId: $c) { mayStartNow obstacle reason fromDay studyDeadline openSession { id kind } nextSession { id kind } } }";

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

/// A day as the pages write it on `today`: 1月6日, or 2027年1月6日 in another year.
fn written(day: NaiveDate, today: NaiveDate) -> String {
    if day.year() == today.year() {
        format!("{}月{}日", day.month(), day.day())
    } else {
        format!("{}年{}月{}日", day.year(), day.month(), day.day())
    }
}

async fn campaign(app: &TestApp, token: &str) -> Value {
    let body = app.gql(Some(token), CAMPAIGN, json!({})).await;
    assert!(body["errors"].is_null(), "currentCampaign: {body}");
    body["data"]["currentCampaign"].clone()
}

async fn eligibility(app: &TestApp, token: &str, campaign: &str) -> Value {
    let body = app.gql(Some(token), ELIGIBILITY, json!({"c": campaign})).await;
    assert!(body["errors"].is_null(), "myEligibility: {body}");
    body["data"]["myEligibility"].clone()
}

/// Marks a demo learner's required points as reached on `day` (as a completed reading would).
async fn reached_on(app: &TestApp, phone: &str, day: NaiveDate) {
    use entity::study_progress;
    let l = learner_of(app, phone).await;
    let c = entity::campaign::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let row = study_progress::ActiveModel {
        learner_id: Set(l.id),
        campaign_id: Set(c.id),
        total_points: Set(100),
        completed_on: Set(Some(day)),
        updated_at: Set(Utc::now()),
    };
    study_progress::Entity::insert(row)
        .on_conflict(
            sea_orm::sea_query::OnConflict::columns([
                study_progress::Column::LearnerId,
                study_progress::Column::CampaignId,
            ])
            .update_columns([
                study_progress::Column::TotalPoints,
                study_progress::Column::CompletedOn,
            ])
            .to_owned(),
        )
        .exec(&app.db)
        .await
        .unwrap();
}

// ------------------------------------------------------------------------------------ 4

/// The demo's unit session of the main exam runs every day of the main window; the make-up is
/// a month later (across the new year when the demo stands in December). The day by which the
/// points are needed, and the day from which the exam may be taken, are read from today.
async fn the_days_a_learner_reads_are_never_past(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let partway = app.learner("13900000021").await;
    // Leaves the initial password; its tokens come after the clock has moved.
    app.learner("13900000022").await;
    let c = campaign(&app, &partway).await;
    let id = c["id"].as_str().unwrap().to_owned();
    let main_end = date(&c["mainWindow"]["end"]);
    let makeup = date(&c["makeupWindow"]["start"]);

    // The day before the main window's last: the session runs tomorrow, so points reached
    // today still count: the deadline is today, never yesterday.
    let today = main_end - Duration::days(1);
    app.clock.set(china(today, 10));
    let partway = app.login("13900000021", "Study2026x").await;
    let reached = app.login("13900000022", "Study2026x").await;
    let e = eligibility(&app, &partway, &id).await;
    assert_eq!(e["obstacle"], "STUDY_INCOMPLETE", "{e}");
    assert_eq!(date(&e["studyDeadline"]), today, "{e}");
    let reason = e["reason"].as_str().unwrap();
    assert!(
        reason.contains(&format!("今天（{}）", written(today, today))),
        "{reason}"
    );
    // Reached today: from tomorrow, which is a day of the session.
    reached_on(&app, "13900000022", today).await;
    let e = eligibility(&app, &reached, &id).await;
    assert_eq!(e["obstacle"], "STUDY_INCOMPLETE", "{e}");
    assert_eq!(date(&e["fromDay"]), main_end, "{e}");
    assert!(e["studyDeadline"].is_null(), "nothing to chase: {e}");
    let reason = e["reason"].as_str().unwrap();
    assert!(
        reason.contains(&format!("明天（{}）起", written(main_end, today))),
        "{reason}"
    );

    // The main window's last day: tomorrow there is no main session, the make-up comes next,
    // so the deadline is the day before the make-up (never a day already past), written with
    // its year when the make-up falls in the next one.
    let today = main_end;
    app.clock.set(china(today, 10));
    let partway = app.login("13900000021", "Study2026x").await;
    let e = eligibility(&app, &partway, &id).await;
    assert_eq!(e["obstacle"], "STUDY_INCOMPLETE", "{e}");
    let deadline = date(&e["studyDeadline"]);
    assert_eq!(deadline, makeup - Duration::days(1), "{e}");
    assert!(deadline >= today, "{e}");
    let reason = e["reason"].as_str().unwrap();
    assert!(reason.contains(&written(deadline, today)), "{reason}");
    // Reached today, the last day of the main window: not "from tomorrow" (no session then),
    // but from the make-up's day.
    reached_on(&app, "13900000022", today).await;
    let reached = app.login("13900000022", "Study2026x").await;
    let e = eligibility(&app, &reached, &id).await;
    assert_eq!(e["obstacle"], "STUDY_INCOMPLETE", "{e}");
    assert_eq!(date(&e["fromDay"]), makeup, "{e}");
    let reason = e["reason"].as_str().unwrap();
    assert!(!reason.contains("明天"), "{reason}");
    assert!(reason.contains(&written(makeup, today)), "{reason}");
    // startExam refuses it today with no promise about tomorrow.
    let session = unit_session(&app, &reached, &id, "MAIN").await;
    let refused = app
        .gql(
            Some(&reached),
            "mutation($s: ID!) { startExam(sessionId: $s) { id } }",
            json!({"s": session}),
        )
        .await;
    assert_error(&refused, &["NOT_ELIGIBLE"]);
    let message = refused["errors"][0]["message"].as_str().unwrap();
    assert!(!message.contains("明天起"), "{message}");

    // The make-up day: eligible at last.
    app.clock.set(china(makeup, 10));
    let reached = app.login("13900000022", "Study2026x").await;
    let e = eligibility(&app, &reached, &id).await;
    assert_eq!(e["mayStartNow"], true, "{e}");
    assert_eq!(e["openSession"]["kind"], "MAKEUP", "{e}");
}

// ------------------------------------------------------------------------------------ 5

const REPORT: &str =
    "mutation($a: ID!, $e: [AttemptEventInput!]!) { reportAttemptEvents(attemptId: $a, events: $e) }";
const REVIEW: &str =
    "query($a: ID!) { attemptIntegrity(attemptId: $a) { leaves awaySeconds events { kind at } } }";
const PAPER: &str = "query($id: ID!) { examAttempt(id: $id) { id questions { id } } }";

async fn reopening_the_paper_ends_the_time_away(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let learner = app.learner("13900000003").await;
    let c = campaign(&app, &learner).await;
    let id = c["id"].as_str().unwrap().to_owned();
    let session = unit_session(&app, &learner, &id, "MAIN").await;
    let attempt = start(&app, &learner, &session).await;
    let attempt = attempt["id"].as_str().unwrap().to_owned();

    // The page is closed: its departure reaches the server, its return never does.
    let left = app.clock.now();
    let body = app
        .gql(
            Some(&learner),
            REPORT,
            json!({"a": attempt, "e": [{"kind": "LEAVE", "at": cst(left)}]}),
        )
        .await;
    assert_eq!(body["data"]["reportAttemptEvents"], 1, "{body}");
    // 16 seconds on, the learner opens the paper again: that is the return.
    app.clock.advance(Duration::seconds(16));
    let paper = app.gql(Some(&learner), PAPER, json!({"id": attempt})).await;
    assert!(paper["errors"].is_null(), "{paper}");
    // Opening it once more (a reload) with nothing left open records nothing.
    app.clock.advance(Duration::seconds(5));
    let paper = app.gql(Some(&learner), PAPER, json!({"id": attempt})).await;
    assert!(paper["errors"].is_null(), "{paper}");
    let r = app.gql(Some(&learner), REVIEW, json!({"a": attempt})).await;
    let r = &r["data"]["attemptIntegrity"];
    let kinds: Vec<&Value> = r["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["kind"])
        .collect();
    assert_eq!(kinds, [&json!("LEAVE"), &json!("RETURN")], "{r}");
    assert_eq!(r["awaySeconds"], 16, "{r}");

    // A minute later the learner hands in: still 16 seconds away, not 76.
    app.clock.advance(Duration::seconds(60));
    let submitted = app.gql(Some(&learner), SUBMIT, json!({"a": attempt})).await;
    assert!(submitted["errors"].is_null(), "{submitted}");
    let r = app.gql(Some(&learner), REVIEW, json!({"a": attempt})).await;
    assert_eq!(r["data"]["attemptIntegrity"]["leaves"], 1, "{r}");
    assert_eq!(r["data"]["attemptIntegrity"]["awaySeconds"], 16, "{r}");

    // The unit's administrator reading the paper is no return of the learner's.
    let other = app.learner("13900000004").await;
    let session = unit_session(&app, &other, &id, "MAIN").await;
    let attempt = start(&app, &other, &session).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let left = app.clock.now();
    app.gql(
        Some(&other),
        REPORT,
        json!({"a": attempt, "e": [{"kind": "LEAVE", "at": cst(left)}]}),
    )
    .await;
    app.clock.advance(Duration::seconds(30));
    let unit_admin = app.admin("13800000005").await;
    app.gql(Some(&unit_admin), PAPER, json!({"id": attempt})).await;
    let r = app.gql(Some(&other), REVIEW, json!({"a": attempt})).await;
    assert_eq!(
        r["data"]["attemptIntegrity"]["events"].as_array().unwrap().len(),
        1,
        "{r}"
    );
    assert_eq!(r["data"]["attemptIntegrity"]["awaySeconds"], 30, "{r}");
}

// ------------------------------------------------------------------------------------ 6

const ME: &str = "{ me { learner { id status unit { name } transferRequest { status unit { id name } requestedAt decidedAt } } } }";
const TRANSFER_IN: &str =
    "mutation($p: String!, $u: ID!) { transferIn(phone: $p, unitId: $u) { id unit { name } } }";

async fn a_learner_between_units_is_told_the_step_and_how_its_request_stands(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // 13900000029 is between units; the roster is frozen (the demo stands on exam day).
    let moving = app.learner("13900000029").await;
    let c = campaign(&app, &moving).await;
    let id = c["id"].as_str().unwrap().to_owned();

    // Not "不需参加本年度考试": the step to take.
    let e = eligibility(&app, &moving, &id).await;
    assert_eq!(e["obstacle"], "BETWEEN_UNITS", "{e}");
    let reason = e["reason"].as_str().unwrap();
    assert!(
        reason.contains("调入新单位") && !reason.contains("不需参加"),
        "{reason}"
    );
    let me = app.gql(Some(&moving), ME, json!({})).await;
    assert!(me["data"]["me"]["learner"]["transferRequest"].is_null(), "{me}");

    // Asks 雁峰区司法局: waiting, and told so by name.
    let yanfeng = unit_id(&app, "雁峰区司法局").await;
    let asked = app
        .gql(
            Some(&moving),
            TRANSFER_IN,
            json!({"p": "13900000029", "u": yanfeng}),
        )
        .await;
    assert!(asked["errors"].is_null(), "{asked}");
    assert!(asked["data"]["transferIn"]["unit"].is_null(), "waits: {asked}");
    let me = app.gql(Some(&moving), ME, json!({})).await;
    let request = &me["data"]["me"]["learner"]["transferRequest"];
    assert_eq!(request["status"], "PENDING", "{me}");
    assert_eq!(request["unit"]["name"], "雁峰区司法局", "{me}");
    assert!(request["decidedAt"].is_null(), "{me}");
    let e = eligibility(&app, &moving, &id).await;
    assert_eq!(e["obstacle"], "BETWEEN_UNITS", "{e}");
    let reason = e["reason"].as_str().unwrap();
    assert!(
        reason.contains("雁峰区司法局") && reason.contains("等待"),
        "{reason}"
    );

    // Another unit's administrator cannot refuse it; 雁峰区司法局's refuses.
    let learner_id = me["data"]["me"]["learner"]["id"].as_str().unwrap().to_owned();
    let refuse = "mutation($l: ID!) { refuseTransferIn(learnerId: $l) }";
    let stranger = app.admin("13800000005").await;
    let body = app.gql(Some(&stranger), refuse, json!({"l": learner_id})).await;
    assert_error(&body, &["NOT_FOUND"]);
    let yanfeng_admin = app.admin("13800000006").await;
    let body = app
        .gql(Some(&yanfeng_admin), refuse, json!({"l": learner_id}))
        .await;
    assert_eq!(body["data"]["refuseTransferIn"], true, "{body}");
    // Refused: gone from the unit's queue, the learner sees it and what to do.
    let queue = app
        .gql(
            Some(&yanfeng_admin),
            "query($u: ID!) { pendingTransfersIn(unitId: $u) { learner { id } } }",
            json!({"u": yanfeng}),
        )
        .await;
    assert_eq!(queue["data"]["pendingTransfersIn"], json!([]), "{queue}");
    let me = app.gql(Some(&moving), ME, json!({})).await;
    let request = &me["data"]["me"]["learner"]["transferRequest"];
    assert_eq!(request["status"], "REFUSED", "{me}");
    assert!(request["decidedAt"].is_string(), "{me}");
    let e = eligibility(&app, &moving, &id).await;
    let reason = e["reason"].as_str().unwrap();
    assert!(
        reason.contains("未同意") && reason.contains("重新选择"),
        "{reason}"
    );
    // Refusing twice finds nothing waiting.
    let body = app
        .gql(Some(&yanfeng_admin), refuse, json!({"l": learner_id}))
        .await;
    assert_error(&body, &["NOT_FOUND"]);

    // Asks again; this time the unit accepts: on its roster, the request shown accepted.
    let asked = app
        .gql(
            Some(&moving),
            TRANSFER_IN,
            json!({"p": "13900000029", "u": yanfeng}),
        )
        .await;
    assert!(asked["errors"].is_null(), "{asked}");
    let me = app.gql(Some(&moving), ME, json!({})).await;
    assert_eq!(
        me["data"]["me"]["learner"]["transferRequest"]["status"], "PENDING",
        "{me}"
    );
    let accepted = app
        .gql(
            Some(&yanfeng_admin),
            "mutation($l: ID!) { acceptTransferIn(learnerId: $l) { unit { name } } }",
            json!({"l": learner_id}),
        )
        .await;
    assert_eq!(
        accepted["data"]["acceptTransferIn"]["unit"]["name"], "雁峰区司法局",
        "{accepted}"
    );
    let moving = app.login("13900000029", "Study2026x").await;
    let me = app.gql(Some(&moving), ME, json!({})).await;
    let l = &me["data"]["me"]["learner"];
    assert_eq!(l["unit"]["name"], "雁峰区司法局", "{me}");
    assert_eq!(l["status"], "IN_SERVICE", "{me}");
    assert_eq!(l["transferRequest"]["status"], "ACCEPTED", "{me}");
    let e = eligibility(&app, &moving, &id).await;
    assert_ne!(e["obstacle"], "BETWEEN_UNITS", "{e}");
}

// ------------------------------------------------------------------------------------ 8

const CENTRE_SESSIONS: &str = "query($c: ID!, $r: ID!) { examCentreSessions(campaignId: $c, regionId: $r) { id startsAt endsAt bookableUntil } }";

async fn a_started_centre_session_takes_bookings_while_a_whole_exam_still_fits(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let city = app.admin("13800000002").await;
    let district = app.admin("13800000003").await;
    let c = campaign(&app, &city).await;
    let id = c["id"].as_str().unwrap().to_owned();
    let main_end = date(&c["mainWindow"]["end"]);
    let hengyang = region_id(&app, "430400").await;
    let chengxiang = unit_id(&app, "呈祥街道").await;
    // Learners of 呈祥街道, a unit without internet.
    let add = "mutation($u: ID!, $n: String!, $p: String!) { addLearner(input: {unitId: $u, name: $n, phone: $p}) { id } }";
    let mut learners = Vec::new();
    for (n, p) in [
        ("考生甲", "13700000281"),
        ("考生乙", "13700000282"),
        ("考生丙", "13700000283"),
    ] {
        let body = app
            .gql(Some(&district), add, json!({"u": chengxiang, "n": n, "p": p}))
            .await;
        learners.push(
            body["data"]["addLearner"]["id"]
                .as_str()
                .unwrap_or_else(|| panic!("addLearner: {body}"))
                .to_owned(),
        );
    }
    // A centre session from tomorrow 09:00 to the last day of the main window, 17:00 (days).
    let tomorrow = xuefa::infra::clock::today() + Duration::days(1);
    let (starts, ends) = (china(tomorrow, 9), china(main_end, 17));
    let body = app
        .gql(
            Some(&city),
            CENTRE,
            json!({"i": {"campaignId": id, "regionId": hengyang, "centreName": "衡阳市多日考场", "kind": "MAIN",
                "startsAt": cst(starts), "endsAt": cst(ends), "seats": 10}}),
        )
        .await;
    let session = body["data"]["createExamCenterSession"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("createExamCenterSession: {body}"))
        .to_owned();
    // Bookable until the exam's duration (60 minutes) before it ends.
    let listed = app
        .gql(Some(&city), CENTRE_SESSIONS, json!({"c": id, "r": hengyang}))
        .await;
    let row = listed["data"]["examCentreSessions"]
        .as_array()
        .unwrap_or_else(|| panic!("{listed}"))
        .iter()
        .find(|s| s["id"] == session.as_str())
        .unwrap()
        .clone();
    let until = crate::helpers::exam::parse_time(&row["bookableUntil"]);
    assert_eq!(until, ends - Duration::minutes(60), "{row}");

    // Started a day ago: still booked.
    app.clock.set(starts + Duration::days(1));
    let district = app.admin("13800000003").await;
    let body = app
        .gql(Some(&district), BOOK, json!({"s": session, "l": [learners[0]]}))
        .await;
    assert_eq!(body["data"]["bookExamCenterSeats"]["booked"], 1, "{body}");
    // A second before the booking closes: still.
    app.clock.set(until - Duration::seconds(1));
    let district = app.admin("13800000003").await;
    let body = app
        .gql(Some(&district), BOOK, json!({"s": session, "l": [learners[1]]}))
        .await;
    assert_eq!(body["data"]["bookExamCenterSeats"]["booked"], 2, "{body}");
    // From then on a booked learner could not sit a whole exam: refused, with the reason.
    app.clock.set(until);
    let district = app.admin("13800000003").await;
    let body = app
        .gql(Some(&district), BOOK, json!({"s": session, "l": [learners[2]]}))
        .await;
    assert_error(&body, &["EXAM_CLOSED"]);
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("不足一场考试"), "{message}");
}

// ------------------------------------------------------------------------------------ 9

const STATS: &str = "query($c: ID!, $n: ID!) { stats(campaignId: $c, nodeId: $n) { name shouldTake participationRate passRate noRateReason emptyUnits children { nodeId name isUnit shouldTake participationRate passRate noRateReason emptyUnits } } }";
const EMPTY: &str = "query($n: ID!) { unitsWithoutRoster(nodeId: $n) { totalCount nodes { id name } } }";

async fn an_empty_unit_has_no_rate_and_is_on_an_action_list(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let district = app.admin("13800000003").await;
    let c = campaign(&app, &district).await;
    let id = c["id"].as_str().unwrap().to_owned();
    let zhengxiang = region_id(&app, "430408").await;
    let chengxiang = unit_id(&app, "呈祥街道").await;

    // 呈祥街道 has nobody on its roster: no rate, 名单未报, counted and listed.
    let s = app
        .gql(Some(&district), STATS, json!({"c": id, "n": zhengxiang}))
        .await;
    assert!(s["errors"].is_null(), "{s}");
    let row = s["data"]["stats"]["children"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["nodeId"] == chengxiang.as_str())
        .unwrap_or_else(|| panic!("呈祥街道 among the children: {s}"))
        .clone();
    assert_eq!(row["shouldTake"], 0, "{row}");
    assert!(
        row["participationRate"].is_null() && row["passRate"].is_null(),
        "{row}"
    );
    assert_eq!(row["noRateReason"], "名单未报", "{row}");
    assert_eq!(row["emptyUnits"], 1, "{row}");
    assert!(s["data"]["stats"]["emptyUnits"].as_i64().unwrap() >= 1, "{s}");
    // A unit with learners keeps its rate and no reason.
    let with_rate = s["data"]["stats"]["children"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["shouldTake"].as_i64().unwrap() > 0)
        .unwrap()
        .clone();
    assert!(with_rate["participationRate"].is_f64(), "{with_rate}");
    assert!(with_rate["noRateReason"].is_null(), "{with_rate}");
    let unit = app
        .gql(Some(&district), STATS, json!({"c": id, "n": chengxiang}))
        .await;
    assert!(unit["data"]["stats"]["passRate"].is_null(), "{unit}");
    assert_eq!(unit["data"]["stats"]["emptyUnits"], 1, "{unit}");
    let empty = app.gql(Some(&district), EMPTY, json!({"n": zhengxiang})).await;
    let names: Vec<&str> = empty["data"]["unitsWithoutRoster"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{empty}"))
        .iter()
        .map(|u| u["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"呈祥街道"), "{empty}");
    let listed = empty["data"]["unitsWithoutRoster"]["totalCount"]
        .as_i64()
        .unwrap();
    assert_eq!(
        listed,
        s["data"]["stats"]["emptyUnits"].as_i64().unwrap(),
        "{empty}"
    );
    // A unit administrator of another unit cannot list the district's.
    let unit_admin = app.admin("13800000005").await;
    let body = app.gql(Some(&unit_admin), EMPTY, json!({"n": zhengxiang})).await;
    assert_error(&body, &["FORBIDDEN", "NOT_FOUND"]);

    // Its roster arrives: off the list, with rates (0 % until someone sits the exam).
    let body = app
        .gql(
            Some(&district),
            "mutation($u: ID!) { addLearner(input: {unitId: $u, name: \"新报名\", phone: \"13700000291\"}) { id } }",
            json!({"u": chengxiang}),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let unit = app
        .gql(Some(&district), STATS, json!({"c": id, "n": chengxiang}))
        .await;
    assert_eq!(unit["data"]["stats"]["participationRate"], 0.0, "{unit}");
    assert_eq!(unit["data"]["stats"]["emptyUnits"], 0, "{unit}");
    assert!(unit["data"]["stats"]["noRateReason"].is_null(), "{unit}");
    let empty = app.gql(Some(&district), EMPTY, json!({"n": zhengxiang})).await;
    assert_eq!(
        empty["data"]["unitsWithoutRoster"]["totalCount"]
            .as_i64()
            .unwrap(),
        listed - 1,
        "{empty}"
    );
}

// ------------------------------------------------------------------------------------ 11

const IMPORT: &str = "mutation($u: ID!, $file: Upload!, $dry: Boolean, $valid: Boolean) { importLearners(unitId: $u, file: $file, dryRun: $dry, importValidRows: $valid) { created written errors { row message } } }";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async fn the_templates_sample_row_never_imports(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let district = app.admin("13800000003").await;
    let chengxiang = unit_id(&app, "呈祥街道").await;
    let template = app
        .client
        .get(format!("{}/export/roster-template.xlsx", app.base))
        .send()
        .await
        .unwrap();
    assert!(template.status().is_success(), "{}", template.status());
    let template = template.bytes().await.unwrap().to_vec();

    // The template as downloaded: its sample row is refused with a message, in a dry run and
    // when the valid rows are imported anyway.
    for (dry, valid) in [(true, false), (false, true)] {
        let body = app
            .upload(
                &district,
                IMPORT,
                json!({"u": chengxiang, "dry": dry, "valid": valid}),
                "学员名单导入模板.xlsx",
                XLSX,
                template.clone(),
            )
            .await;
        let report = &body["data"]["importLearners"];
        assert_eq!(report["created"], 0, "{body}");
        assert_eq!(report["errors"][0]["row"], 2, "{body}");
        let message = report["errors"][0]["message"].as_str().unwrap();
        assert!(message.contains("示例行"), "{message}");
    }
    // Filled in below the sample: the real row imports, the sample does not.
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (col, h) in ["姓名", "手机号", "职级"].iter().enumerate() {
        sheet.write_string(0, col as u16, *h).unwrap();
    }
    for (row, (name, phone)) in [("张三", "13800138000"), ("李四", "13700000301")]
        .iter()
        .enumerate()
    {
        sheet.write_string(row as u32 + 1, 0, *name).unwrap();
        sheet.write_string(row as u32 + 1, 1, *phone).unwrap();
        sheet.write_string(row as u32 + 1, 2, "科员").unwrap();
    }
    let file = workbook.save_to_buffer().unwrap();
    let body = app
        .upload(
            &district,
            IMPORT,
            json!({"u": chengxiang, "dry": false, "valid": true}),
            "名单.xlsx",
            XLSX,
            file,
        )
        .await;
    let report = &body["data"]["importLearners"];
    assert_eq!(report["created"], 1, "{body}");
    assert_eq!(report["errors"][0]["row"], 2, "{body}");
    let sample = entity::account::Entity::find()
        .filter(entity::account::Column::Phone.eq("13800138000"))
        .one(&app.db)
        .await
        .unwrap();
    assert!(sample.is_none(), "the sample became an account");
}

// ------------------------------------------------------------------------------------ 13

const TOLERANCE: &str = "mutation($c: ID!, $l: Int, $s: Int) { setIntegrityTolerance(campaignId: $c, maxLeaves: $l, maxAwaySeconds: $s) }";
const READ_TOLERANCE: &str =
    "query($y: Int!) { campaign(year: $y) { id integrityMaxLeaves integrityMaxAwaySeconds } }";

async fn the_integrity_tolerance_reads_back_as_saved(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let c = campaign(&app, &province).await;
    let (id, year) = (c["id"].as_str().unwrap().to_owned(), c["year"].clone());
    let read = |token: String| {
        let app = &app;
        let year = year.clone();
        async move {
            let body = app.gql(Some(&token), READ_TOLERANCE, json!({"y": year})).await;
            assert!(body["errors"].is_null(), "{body}");
            body["data"]["campaign"].clone()
        }
    };
    // Nothing set: both empty.
    let t = read(province.clone()).await;
    assert!(
        t["integrityMaxLeaves"].is_null() && t["integrityMaxAwaySeconds"].is_null(),
        "{t}"
    );
    // Saved, then read back as saved (the form loads these).
    let body = app
        .gql(Some(&province), TOLERANCE, json!({"c": id, "l": 3, "s": 120}))
        .await;
    assert_eq!(body["data"]["setIntegrityTolerance"], true, "{body}");
    let t = read(province.clone()).await;
    assert_eq!(t["integrityMaxLeaves"], 3, "{t}");
    assert_eq!(t["integrityMaxAwaySeconds"], 120, "{t}");
    // An administrator below sees them too; a learner does not.
    let t = read(app.admin("13800000005").await).await;
    assert_eq!(t["integrityMaxLeaves"], 3, "{t}");
    let t = read(app.learner("13900000005").await).await;
    assert!(
        t["integrityMaxLeaves"].is_null() && t["integrityMaxAwaySeconds"].is_null(),
        "{t}"
    );
    // One check switched off on purpose, the other kept.
    let body = app
        .gql(Some(&province), TOLERANCE, json!({"c": id, "l": null, "s": 120}))
        .await;
    assert_eq!(body["data"]["setIntegrityTolerance"], true, "{body}");
    let t = read(province.clone()).await;
    assert!(t["integrityMaxLeaves"].is_null(), "{t}");
    assert_eq!(t["integrityMaxAwaySeconds"], 120, "{t}");
}
