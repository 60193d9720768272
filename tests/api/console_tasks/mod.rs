//! The console's remaining tasks over the API: moving and cancelling exam sessions, exam-centre
//! bookings (one seat per learner per window, cancel a booking), an exemption passed to the
//! district after the freeze and its scan, notices edited and withdrawn, the administrators
//! below a node, the audit log's filters, and the import preview row by row.

use chrono::Duration;
use entity::{audit_entry, exam_session, exemption, learner};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use serde_json::{Value, json};

use crate::helpers::exam::{campaign_of, cst, parse_time};
use crate::helpers::{Backend, TestApp, assert_error, learner_of, region_id, unit_id};
use crate::on_both_backends;

mod offices;

on_both_backends!(
    exam_sessions_move_and_cancel_only_before_they_start,
    sessions_in_the_past_or_shorter_than_the_exam_are_refused_when_created,
    a_unit_sees_its_own_learners_exam_centre_seats_only,
    exam_centre_bookings_are_listed_and_cancelled,
);

const UPDATE: &str = "mutation($id: ID!, $s: DateTime!, $e: DateTime!) { updateExamSession(id: $id, input: {startsAt: $s, endsAt: $e}) { id startsAt endsAt } }";
const CANCEL: &str = "mutation($id: ID!) { cancelExamSession(id: $id) }";
const SCHEDULE: &str = "mutation($i: ScheduleExamSessionInput!) { scheduleExamSession(input: $i) { id } }";
const CENTRE: &str =
    "mutation($i: CreateExamCenterSessionInput!) { createExamCenterSession(input: $i) { id seats booked } }";
const BOOK: &str =
    "mutation($s: ID!, $l: [ID!]!) { bookExamCenterSeats(sessionId: $s, learnerIds: $l) { booked } }";
const BOOKINGS: &str = "query($s: ID!) { examCentreBookings(sessionId: $s) { learner { id name phone } unit { name } bookedAt } }";
const CANCEL_BOOKING: &str =
    "mutation($s: ID!, $l: ID!) { cancelExamCenterBooking(sessionId: $s, learnerId: $l) { booked } }";

fn message(body: &Value) -> &str {
    body["errors"][0]["message"].as_str().unwrap_or_default()
}

async fn audited(app: &TestApp, action: &str) -> u64 {
    audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq(action))
        .count(&app.db)
        .await
        .unwrap()
}

fn id_at(body: &Value, field: &str) -> String {
    body["data"][field]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{field}: {body}"))
        .to_owned()
}

async fn exam_sessions_move_and_cancel_only_before_they_start(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let other_unit_admin = app.admin("13800000006").await;
    let campaign = campaign_of(&app, &unit_admin).await;
    let zx = unit_id(&app, "蒸湘区司法局").await;
    let tomorrow = app.clock.now() + Duration::days(1);
    let body = app
        .gql(
            Some(&unit_admin),
            SCHEDULE,
            json!({"i": {"campaignId": campaign, "unitId": zx, "kind": "MAIN",
                "startsAt": cst(tomorrow), "endsAt": cst(tomorrow + Duration::hours(2))}}),
        )
        .await;
    let session = id_at(&body, "scheduleExamSession");

    // Moved an hour later: the new times are kept and the change is audited.
    let moved = app
        .gql(
            Some(&unit_admin),
            UPDATE,
            json!({"id": session, "s": cst(tomorrow + Duration::hours(1)), "e": cst(tomorrow + Duration::hours(3))}),
        )
        .await;
    assert!(moved["errors"].is_null(), "{moved}");
    let stored =
        exam_session::Entity::find_by_id(session.trim_start_matches("sess_").parse::<i32>().unwrap())
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
    assert_eq!(
        stored.starts_at.timestamp(),
        (tomorrow + Duration::hours(1)).timestamp()
    );
    assert_eq!(audited(&app, "exam_session.update").await, 1);

    // Into the past, shorter than the 60-minute exam, outside the window: refused, unchanged.
    let past = app.clock.now() - Duration::hours(2);
    for (starts, ends, expect) in [
        (past, past + Duration::hours(2), "开始时间已过"),
        (tomorrow, tomorrow + Duration::minutes(30), "60 分钟"),
        (
            tomorrow + Duration::days(30),
            tomorrow + Duration::days(30) + Duration::hours(2),
            "之内",
        ),
    ] {
        let body = app
            .gql(
                Some(&unit_admin),
                UPDATE,
                json!({"id": session, "s": cst(starts), "e": cst(ends)}),
            )
            .await;
        assert_error(&body, &["BAD_USER_INPUT"]);
        assert!(message(&body).contains(expect), "{body}");
    }
    assert_eq!(audited(&app, "exam_session.update").await, 1);

    // Another unit's administrator does not see it.
    let body = app
        .gql(Some(&other_unit_admin), CANCEL, json!({"id": session}))
        .await;
    assert_error(&body, &["NOT_FOUND"]);

    // The demo's main session has started: it can be neither moved nor cancelled.
    let open = exam_session::Entity::find()
        .filter(exam_session::Column::UnitId.eq(zx.trim_start_matches("unit_").parse::<i32>().unwrap()))
        .filter(exam_session::Column::Kind.eq("MAIN"))
        .filter(exam_session::Column::StartsAt.lt(app.clock.now()))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let body = app
        .gql(
            Some(&unit_admin),
            CANCEL,
            json!({"id": format!("sess_{}", open.id)}),
        )
        .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    assert!(message(&body).contains("已开始"), "{body}");

    // Cancelled: gone from the unit's sessions, audited with what it was.
    let body = app.gql(Some(&unit_admin), CANCEL, json!({"id": session})).await;
    assert_eq!(body["data"]["cancelExamSession"], true, "{body}");
    let listed = app
        .gql(
            Some(&unit_admin),
            "query($c: ID!, $u: ID) { examSessions(campaignId: $c, unitId: $u) { id } }",
            json!({"c": campaign, "u": zx}),
        )
        .await;
    assert!(!listed.to_string().contains(&session), "{listed}");
    assert_eq!(audited(&app, "exam_session.cancel").await, 1);
}

/// Creating a session follows the same rule as moving one: not in the past, not shorter than
/// the exam (60 minutes in the demo); a refused session writes nothing.
async fn sessions_in_the_past_or_shorter_than_the_exam_are_refused_when_created(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let city = app.admin("13800000002").await;
    let campaign = campaign_of(&app, &unit_admin).await;
    let zx = unit_id(&app, "蒸湘区司法局").await;
    let hengyang = region_id(&app, "430400").await;
    let sessions = || async { exam_session::Entity::find().count(&app.db).await.unwrap() };
    let before = sessions().await;
    let tomorrow = app.clock.now() + Duration::days(1);
    // Started an hour ago (inside the window, long enough), and tomorrow for 30 minutes.
    let started = app.clock.now() - Duration::hours(1);
    let cases = [
        (
            started,
            started + Duration::hours(3),
            "开始时间已过，请选择以后的时间",
        ),
        (
            tomorrow,
            tomorrow + Duration::minutes(30),
            "场次时长不能短于考试时长 60 分钟",
        ),
        (
            tomorrow,
            tomorrow + Duration::minutes(59),
            "场次时长不能短于考试时长 60 分钟",
        ),
    ];
    for (starts, ends, expect) in cases {
        let body = app
            .gql(
                Some(&unit_admin),
                SCHEDULE,
                json!({"i": {"campaignId": campaign, "unitId": zx, "kind": "MAIN",
                    "startsAt": cst(starts), "endsAt": cst(ends)}}),
            )
            .await;
        assert_error(&body, &["BAD_USER_INPUT"]);
        assert_eq!(message(&body), expect, "{body}");
        let body = app
            .gql(
                Some(&city),
                CENTRE,
                json!({"i": {"campaignId": campaign, "regionId": hengyang, "centreName": "不该开设的考场",
                    "kind": "MAIN", "startsAt": cst(starts), "endsAt": cst(ends), "seats": 5}}),
            )
            .await;
        assert_error(&body, &["BAD_USER_INPUT"]);
        assert_eq!(message(&body), expect, "{body}");
    }
    assert_eq!(sessions().await, before, "a refused session was written");

    // Exactly the exam's length, starting later: accepted, for both.
    let body = app
        .gql(
            Some(&unit_admin),
            SCHEDULE,
            json!({"i": {"campaignId": campaign, "unitId": zx, "kind": "MAIN",
                "startsAt": cst(tomorrow), "endsAt": cst(tomorrow + Duration::minutes(60))}}),
        )
        .await;
    id_at(&body, "scheduleExamSession");
    let body = app
        .gql(
            Some(&city),
            CENTRE,
            json!({"i": {"campaignId": campaign, "regionId": hengyang, "centreName": "衡阳市第三考场",
                "kind": "MAIN", "startsAt": cst(tomorrow), "endsAt": cst(tomorrow + Duration::minutes(60)), "seats": 5}}),
        )
        .await;
    id_at(&body, "createExamCenterSession");
    assert_eq!(sessions().await, before + 2);
}

const UNIT_SEATS: &str = "query($c: ID!, $u: ID!) { unitExamCentreSeats(campaignId: $c, unitId: $u) { centreName kind startsAt endsAt bookedAt learner { id name } } }";

/// A unit administrator sees which of his learners hold exam-centre seats (the centre's
/// sessions themselves are the offices'), and nobody else's in the same session; another
/// unit's administrator gets the unit as not found.
async fn a_unit_sees_its_own_learners_exam_centre_seats_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let city = app.admin("13800000002").await;
    let district = app.admin("13800000003").await;
    let other_unit_admin = app.admin("13800000005").await;
    let campaign = campaign_of(&app, &city).await;
    let hengyang = region_id(&app, "430400").await;
    let zhengxiang = region_id(&app, "430408").await;
    let chengxiang = unit_id(&app, "呈祥街道").await;
    // 呈祥街道's administrator (a new account, on a temporary password until changed), and a
    // second unit without internet in the same district.
    let (_, temporary) = app
        .appoint(
            &district,
            json!({"phone": "13700000166", "name": "呈祥街道管理员", "role": "UNIT_ADMIN", "unitId": chengxiang}),
        )
        .await;
    let unit_admin = app
        .leave_temporary_password(
            "13700000166",
            &temporary.expect("a new account's temporary password"),
        )
        .await;
    let body = app
        .gql(
            Some(&district),
            "mutation($r: ID!) { createUnit(input: {regionId: $r, name: \"另一无网单位\", hasInternet: false}) { id } }",
            json!({"r": zhengxiang}),
        )
        .await;
    let other_unit = id_at(&body, "createUnit");
    let add = "mutation($u: ID!, $n: String!, $p: String!) { addLearner(input: {unitId: $u, name: $n, phone: $p}) { id } }";
    let own = id_at(
        &app.gql(
            Some(&district),
            add,
            json!({"u": chengxiang, "n": "本单位考生", "p": "13700000167"}),
        )
        .await,
        "addLearner",
    );
    let foreign = id_at(
        &app.gql(
            Some(&district),
            add,
            json!({"u": other_unit, "n": "外单位考生", "p": "13700000168"}),
        )
        .await,
        "addLearner",
    );

    let before = app
        .gql(
            Some(&unit_admin),
            UNIT_SEATS,
            json!({"c": campaign, "u": chengxiang}),
        )
        .await;
    assert!(before["errors"].is_null(), "{before}");
    let before = before["data"]["unitExamCentreSeats"].as_array().unwrap().len();

    let starts = app.clock.now() + Duration::days(1);
    let body = app
        .gql(
            Some(&city),
            CENTRE,
            json!({"i": {"campaignId": campaign, "regionId": hengyang, "centreName": "衡阳市座位考场", "kind": "MAIN",
                "startsAt": cst(starts), "endsAt": cst(starts + Duration::hours(2)), "seats": 5}}),
        )
        .await;
    let session = id_at(&body, "createExamCenterSession");
    let body = app
        .gql(
            Some(&district),
            "mutation($s: ID!, $l: [ID!]!) { bookExamCenterSeats(sessionId: $s, learnerIds: $l) { booked } }",
            json!({"s": session, "l": [own, foreign]}),
        )
        .await;
    assert_eq!(body["data"]["bookExamCenterSeats"]["booked"], 2, "{body}");

    // His unit's seat is listed with the centre and the times; the other unit's is not.
    let body = app
        .gql(
            Some(&unit_admin),
            UNIT_SEATS,
            json!({"c": campaign, "u": chengxiang}),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let seats = body["data"]["unitExamCentreSeats"].as_array().unwrap();
    assert_eq!(seats.len(), before + 1, "{body}");
    let seat = seats
        .iter()
        .find(|s| s["learner"]["id"] == own.as_str())
        .unwrap_or_else(|| panic!("own learner's seat missing: {body}"));
    assert_eq!(seat["centreName"], "衡阳市座位考场");
    assert_eq!(seat["kind"], "MAIN");
    assert_eq!(parse_time(&seat["startsAt"]).timestamp(), starts.timestamp());
    assert_eq!(
        parse_time(&seat["endsAt"]).timestamp(),
        (starts + Duration::hours(2)).timestamp()
    );
    assert!(
        seats.iter().all(|s| s["learner"]["id"] != foreign.as_str()),
        "another unit's learner is listed: {body}"
    );
    // The centre's session itself stays hidden from the unit: its bookings answer as missing.
    let body = app
        .gql(
            Some(&unit_admin),
            "query($s: ID!) { examCentreBookings(sessionId: $s) { learner { id } } }",
            json!({"s": session}),
        )
        .await;
    assert_error(&body, &["NOT_FOUND"]);
    // Another unit's administrator: 呈祥街道 is not found, as a unit that does not exist.
    let body = app
        .gql(
            Some(&other_unit_admin),
            UNIT_SEATS,
            json!({"c": campaign, "u": chengxiang}),
        )
        .await;
    assert_error(&body, &["NOT_FOUND"]);
    let missing = app
        .gql(
            Some(&other_unit_admin),
            UNIT_SEATS,
            json!({"c": campaign, "u": "unit_999999"}),
        )
        .await;
    assert_eq!(
        body["errors"][0]["extensions"],
        missing["errors"][0]["extensions"]
    );
    assert_eq!(body["errors"][0]["message"], missing["errors"][0]["message"]);
    // The district office sees the same list for its unit.
    let body = app
        .gql(
            Some(&district),
            UNIT_SEATS,
            json!({"c": campaign, "u": chengxiang}),
        )
        .await;
    assert_eq!(
        body["data"]["unitExamCentreSeats"].as_array().map(Vec::len),
        Some(before + 1),
        "{body}"
    );
}

async fn exam_centre_bookings_are_listed_and_cancelled(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let city = app.admin("13800000002").await;
    let district = app.admin("13800000003").await;
    let other_district = app.admin("13800000004").await;
    let campaign = campaign_of(&app, &city).await;
    let hengyang = region_id(&app, "430400").await;
    let zhengxiang = region_id(&app, "430408").await;
    let chengxiang = unit_id(&app, "呈祥街道").await;
    let tomorrow = app.clock.now() + Duration::days(1);
    let mut centres = Vec::new();
    for (i, name) in ["第一考场", "第二考场"].iter().enumerate() {
        let starts = tomorrow + Duration::hours(3 * i as i64);
        let body = app
            .gql(
                Some(&city),
                CENTRE,
                json!({"i": {"campaignId": campaign, "regionId": hengyang, "centreName": name, "kind": "MAIN",
                    "startsAt": cst(starts), "endsAt": cst(starts + Duration::hours(2)), "seats": 3}}),
            )
            .await;
        centres.push(id_at(&body, "createExamCenterSession"));
    }
    let added = app
        .gql(
            Some(&district),
            "mutation($i: AddLearnerInput!) { addLearner(input: $i) { id } }",
            json!({"i": {"unitId": chengxiang, "name": "无网考生", "phone": "13700000077"}}),
        )
        .await;
    let learner = id_at(&added, "addLearner");

    // The district sees its city's centres (the demo's and both new ones).
    let listed = app
        .gql(
            Some(&district),
            "query($c: ID!, $r: ID!) { examCentreSessions(campaignId: $c, regionId: $r) { id centreName seats booked } }",
            json!({"c": campaign, "r": zhengxiang}),
        )
        .await;
    let ids: Vec<&str> = listed["data"]["examCentreSessions"]
        .as_array()
        .unwrap_or_else(|| panic!("{listed}"))
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert!(centres.iter().all(|c| ids.contains(&c.as_str())), "{listed}");
    assert_eq!(ids.len(), 3, "{listed}");

    // One seat per learner per window: a second centre in the same window is refused.
    let body = app
        .gql(Some(&district), BOOK, json!({"s": centres[0], "l": [learner]}))
        .await;
    assert_eq!(body["data"]["bookExamCenterSeats"]["booked"], 1, "{body}");
    let body = app
        .gql(Some(&district), BOOK, json!({"s": centres[1], "l": [learner]}))
        .await;
    assert_error(&body, &["CONFLICT"]);
    assert!(message(&body).contains("无网考生"), "{body}");

    // Who is booked: the district sees its learner (phone masked), the other district nobody.
    let body = app.gql(Some(&district), BOOKINGS, json!({"s": centres[0]})).await;
    let bookings = body["data"]["examCentreBookings"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"));
    assert_eq!(bookings.len(), 1, "{body}");
    assert_eq!(bookings[0]["learner"]["name"], "无网考生");
    assert_eq!(bookings[0]["learner"]["phone"], "137****0077");
    assert_eq!(bookings[0]["unit"]["name"], "呈祥街道");
    let body = app
        .gql(Some(&other_district), BOOKINGS, json!({"s": centres[0]}))
        .await;
    assert_eq!(body["data"]["examCentreBookings"], json!([]), "{body}");

    // A centre with a booked seat is not cancelled: nobody keeps a seat that is gone.
    let body = app.gql(Some(&city), CANCEL, json!({"id": centres[0]})).await;
    assert_error(&body, &["CONFLICT"]);
    // The other district cannot cancel the booking; the district can, and the seat is free.
    let body = app
        .gql(
            Some(&other_district),
            CANCEL_BOOKING,
            json!({"s": centres[0], "l": learner}),
        )
        .await;
    assert_error(&body, &["NOT_FOUND"]);
    let body = app
        .gql(
            Some(&district),
            CANCEL_BOOKING,
            json!({"s": centres[0], "l": learner}),
        )
        .await;
    assert_eq!(body["data"]["cancelExamCenterBooking"]["booked"], 0, "{body}");
    assert_eq!(audited(&app, "seat.cancel").await, 1);
    let body = app
        .gql(
            Some(&district),
            CANCEL_BOOKING,
            json!({"s": centres[0], "l": learner}),
        )
        .await;
    assert_error(&body, &["NOT_FOUND"]);
    // Now it may move to the second centre, and the first may be cancelled.
    let body = app
        .gql(Some(&district), BOOK, json!({"s": centres[1], "l": [learner]}))
        .await;
    assert_eq!(body["data"]["bookExamCenterSeats"]["booked"], 1, "{body}");
    let body = app.gql(Some(&city), CANCEL, json!({"id": centres[0]})).await;
    assert_eq!(body["data"]["cancelExamSession"], true, "{body}");
    // A district office may not cancel the city's centre.
    let body = app.gql(Some(&district), CANCEL, json!({"id": centres[1]})).await;
    assert_error(&body, &["FORBIDDEN"]);
}
