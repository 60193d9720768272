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

on_both_backends!(
    exam_sessions_move_and_cancel_only_before_they_start,
    sessions_in_the_past_or_shorter_than_the_exam_are_refused_when_created,
    a_unit_sees_its_own_learners_exam_centre_seats_only,
    exam_centre_bookings_are_listed_and_cancelled,
    an_exemption_passes_to_the_district_after_the_freeze,
    notices_are_edited_and_withdrawn_by_the_offices_over_them,
    administrators_below_a_node_are_listed_and_revoked,
    the_audit_log_filters_by_actor_action_and_day,
    the_import_preview_lists_every_row,
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

const EXEMPTIONS: &str = "query($c: ID!, $n: ID!, $e: Boolean) { exemptions(campaignId: $c, nodeId: $n, escalated: $e) { totalCount nodes { id status escalatedAt escalationComment attachmentName } } }";

async fn an_exemption_passes_to_the_district_after_the_freeze(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let other_unit_admin = app.admin("13800000006").await;
    let district = app.admin("13800000003").await;
    let campaign = campaign_of(&app, &unit_admin).await;
    let zhengxiang = region_id(&app, "430408").await;
    // The demo's pending application (13900000030), with a scan attached.
    let applicant = learner_of(&app, "13900000030").await;
    let row = exemption::Entity::find()
        .filter(exemption::Column::LearnerId.eq(applicant.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut active: exemption::ActiveModel = row.clone().into();
    active.attachment_name = Set(Some("退休审批表.png".into()));
    active.attachment_type = Set(Some("image/png".into()));
    active.attachment = Set(Some(b"\x89PNG scan".to_vec()));
    active.update(&app.db).await.unwrap();
    let id = format!("exm_{}", row.id);

    // The roster is frozen: the unit may not approve, so it passes the application on.
    let body = app
        .gql(
            Some(&unit_admin),
            "mutation($id: ID!) { decideExemption(id: $id, approve: true) { id } }",
            json!({"id": id}),
        )
        .await;
    assert_error(&body, &["FORBIDDEN"]);
    let body = app
        .gql(
            Some(&other_unit_admin),
            "mutation($id: ID!) { escalateExemption(id: $id) { id } }",
            json!({"id": id}),
        )
        .await;
    assert_error(&body, &["NOT_FOUND"]);
    let escalate = "mutation($id: ID!, $c: String) { escalateExemption(id: $id, comment: $c) { id status escalatedAt escalationComment } }";
    let body = app
        .gql(
            Some(&unit_admin),
            escalate,
            json!({"id": id, "c": "名单已冻结，请区里审核"}),
        )
        .await;
    let passed = &body["data"]["escalateExemption"];
    assert_eq!(passed["status"], "PENDING", "{body}");
    assert!(passed["escalatedAt"].is_string(), "{body}");
    assert_eq!(passed["escalationComment"], "名单已冻结，请区里审核");
    let body = app.gql(Some(&unit_admin), escalate, json!({"id": id})).await;
    assert_error(&body, &["CONFLICT"]);
    assert_eq!(audited(&app, "exemption.escalate").await, 1);

    // The district's queue of passed-on applications holds it; the others' does not.
    let body = app
        .gql(
            Some(&district),
            EXEMPTIONS,
            json!({"c": campaign, "n": zhengxiang, "e": true}),
        )
        .await;
    let queue = body["data"]["exemptions"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"));
    assert_eq!(queue.len(), 1, "{body}");
    assert_eq!(queue[0]["id"], id.as_str());
    assert_eq!(queue[0]["attachmentName"], "退休审批表.png");
    let body = app
        .gql(
            Some(&district),
            EXEMPTIONS,
            json!({"c": campaign, "n": zhengxiang, "e": false}),
        )
        .await;
    assert!(!body.to_string().contains(&id), "{body}");

    // The scan, as a data URL; opening it is audited.
    let body = app
        .gql(
            Some(&district),
            "query($id: ID!) { exemptionAttachment(id: $id) { name contentType dataUrl } }",
            json!({"id": id}),
        )
        .await;
    let scan = &body["data"]["exemptionAttachment"];
    assert_eq!(scan["contentType"], "image/png", "{body}");
    // "\x89PNG scan" in base64.
    assert_eq!(scan["dataUrl"], "data:image/png;base64,iVBORyBzY2Fu");
    assert_eq!(audited(&app, "exemption.attachment_view").await, 1);

    // The district decides it (late, audited), and the unit's queue shows the outcome.
    let body = app
        .gql(
            Some(&district),
            "mutation($id: ID!) { decideExemption(id: $id, approve: true, comment: \"同意\") { status } }",
            json!({"id": id}),
        )
        .await;
    assert_eq!(body["data"]["decideExemption"]["status"], "APPROVED", "{body}");
    let late = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("exemption.decide"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(late.late);
    let body = app.gql(Some(&unit_admin), escalate, json!({"id": id})).await;
    assert_error(&body, &["CONFLICT"]);
}

const NOTICES: &str = "{ notices(first: 50) { nodes { id title body editable editedAt } } }";
const UPDATE_NOTICE: &str = "mutation($id: ID!, $t: String!, $b: String!) { updateNotice(id: $id, input: {title: $t, body: $b}) { id title body editedAt editable } }";
const WITHDRAW: &str = "mutation($id: ID!) { withdrawNotice(id: $id) }";

fn notice_in<'a>(body: &'a Value, id: &str) -> Option<&'a Value> {
    body["data"]["notices"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .find(|n| n["id"] == id)
}

async fn notices_are_edited_and_withdrawn_by_the_offices_over_them(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let city = app.admin("13800000002").await;
    let district = app.admin("13800000003").await;
    let other_district = app.admin("13800000004").await;
    let unit_admin = app.admin("13800000005").await;
    let learner = app.learner("13900000001").await;
    let post = "mutation($r: ID!, $t: String!) { postNotice(input: {regionId: $r, title: $t, body: \"正文\"}) { id } }";
    let zhengxiang = region_id(&app, "430408").await;
    let hunan = region_id(&app, "430000").await;
    let own = id_at(
        &app.gql(Some(&district), post, json!({"r": zhengxiang, "t": "考试安排"}))
            .await,
        "postNotice",
    );
    let from_above = id_at(
        &app.gql(Some(&province), post, json!({"r": hunan, "t": "全省通知"}))
            .await,
        "postNotice",
    );

    // The district edits its own; the edit is kept and audited.
    let body = app
        .gql(
            Some(&district),
            UPDATE_NOTICE,
            json!({"id": own, "t": "考试安排（更正）", "b": "改到周五"}),
        )
        .await;
    let edited = &body["data"]["updateNotice"];
    assert_eq!(edited["title"], "考试安排（更正）", "{body}");
    assert!(edited["editedAt"].is_string());
    assert_eq!(audited(&app, "notice.update").await, 1);
    // Bad text is refused and changes nothing.
    let body = app
        .gql(
            Some(&district),
            UPDATE_NOTICE,
            json!({"id": own, "t": "  ", "b": "x"}),
        )
        .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    // The city above may edit it too; the unit below and the learner read it only.
    let body = app
        .gql(
            Some(&city),
            UPDATE_NOTICE,
            json!({"id": own, "t": "考试安排（市里更正）", "b": "改到周六"}),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    for token in [&unit_admin, &learner] {
        let list = app.gql(Some(token), NOTICES, json!({})).await;
        let n = notice_in(&list, &own).unwrap_or_else(|| panic!("{list}"));
        assert_eq!(n["title"], "考试安排（市里更正）");
        assert_eq!(n["editable"], false);
        let body = app.gql(Some(token), WITHDRAW, json!({"id": own})).await;
        assert_error(&body, &["FORBIDDEN"]);
    }
    // The other district does not see it; the district may not touch the province's notice.
    let body = app.gql(Some(&other_district), WITHDRAW, json!({"id": own})).await;
    assert_error(&body, &["NOT_FOUND"]);
    let list = app.gql(Some(&district), NOTICES, json!({})).await;
    assert_eq!(
        notice_in(&list, &from_above).unwrap()["editable"],
        false,
        "{list}"
    );
    assert_eq!(notice_in(&list, &own).unwrap()["editable"], true, "{list}");
    let body = app
        .gql(
            Some(&district),
            UPDATE_NOTICE,
            json!({"id": from_above, "t": "改", "b": "改"}),
        )
        .await;
    assert_error(&body, &["FORBIDDEN"]);

    // Withdrawn: nobody below sees it; its text stays in the audit log.
    let body = app.gql(Some(&district), WITHDRAW, json!({"id": own})).await;
    assert_eq!(body["data"]["withdrawNotice"], true, "{body}");
    let list = app.gql(Some(&learner), NOTICES, json!({})).await;
    assert!(notice_in(&list, &own).is_none(), "{list}");
    let entry = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("notice.withdraw"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(entry.before.unwrap().contains("考试安排（市里更正）"));
    let body = app.gql(Some(&district), WITHDRAW, json!({"id": own})).await;
    assert_error(&body, &["NOT_FOUND"]);
}

const ADMINS: &str = "query($n: ID!, $a: String) { administrators(nodeId: $n, first: 2, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { grant { id role unit { name } region { name } } name phoneMasked revocable } } }";

async fn all_admins(app: &TestApp, token: &str, node: &str) -> Vec<Value> {
    let mut out = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let body = app.gql(Some(token), ADMINS, json!({"n": node, "a": after})).await;
        let page = &body["data"]["administrators"];
        out.extend(
            page["nodes"]
                .as_array()
                .unwrap_or_else(|| panic!("{body}"))
                .iter()
                .cloned(),
        );
        if page["pageInfo"]["hasNextPage"] != true {
            assert_eq!(page["totalCount"].as_u64().unwrap() as usize, out.len());
            return out;
        }
        after = page["pageInfo"]["endCursor"].as_str().map(str::to_owned);
    }
}

async fn administrators_below_a_node_are_listed_and_revoked(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let district = app.admin("13800000003").await;
    let unit_admin = app.admin("13800000005").await;
    let zhengxiang = region_id(&app, "430408").await;
    let yanfeng = region_id(&app, "430406").await;
    let zx = unit_id(&app, "蒸湘区司法局").await;
    // A second administrator for the unit, appointed by the district.
    let body = app
        .gql(
            Some(&district),
            "mutation($u: ID!) { grantRole(input: {phone: \"13700000088\", name: \"新管理员\", role: UNIT_ADMIN, unitId: $u}) { id } }",
            json!({"u": zx}),
        )
        .await;
    let new_grant = id_at(&body, "grantRole");

    let admins = all_admins(&app, &district, &zhengxiang).await;
    let names: Vec<&str> = admins.iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"新管理员"), "{admins:?}");
    assert_eq!(
        admins.len(),
        3,
        "the district office and two unit administrators: {admins:?}"
    );
    let own = admins
        .iter()
        .find(|a| a["grant"]["role"] == "DISTRICT_ADMIN")
        .unwrap();
    assert_eq!(own["revocable"], false, "its own grant");
    assert_eq!(own["grant"]["region"]["name"], "蒸湘区");
    let appointed = admins
        .iter()
        .find(|a| a["grant"]["id"] == new_grant.as_str())
        .unwrap();
    assert_eq!(appointed["phoneMasked"], "137****0088");
    assert_eq!(appointed["revocable"], true);
    assert_eq!(appointed["grant"]["unit"]["name"], "蒸湘区司法局");

    // The unit administrator sees its unit's administrators; another district is not found.
    let unit_view = all_admins(&app, &unit_admin, &zx).await;
    assert_eq!(unit_view.len(), 2, "{unit_view:?}");
    assert!(
        unit_view
            .iter()
            .any(|a| a["revocable"] == false && a["name"] != "新管理员")
    );
    let body = app.gql(Some(&district), ADMINS, json!({"n": yanfeng})).await;
    assert_error(&body, &["NOT_FOUND"]);

    // Revoked from the list, it is gone.
    let body = app
        .gql(
            Some(&district),
            "mutation($id: ID!) { revokeRole(id: $id) }",
            json!({"id": new_grant}),
        )
        .await;
    assert_eq!(body["data"]["revokeRole"], true, "{body}");
    let admins = all_admins(&app, &district, &zhengxiang).await;
    assert_eq!(admins.len(), 2, "{admins:?}");
}

const AUDIT: &str = "query($n: ID!, $f: AuditFilter, $first: Int) { auditLog(nodeId: $n, filter: $f, first: $first) { totalCount pageInfo { hasNextPage } nodes { action actor at } } }";

fn actions(body: &Value) -> Vec<String> {
    body["data"]["auditLog"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|n| n["action"].as_str().unwrap().to_owned())
        .collect()
}

async fn the_audit_log_filters_by_actor_action_and_day(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let district = app.admin("13800000003").await;
    let unit_admin = app.admin("13800000005").await;
    let zhengxiang = region_id(&app, "430408").await;
    let zx = unit_id(&app, "蒸湘区司法局").await;
    for i in 0..3 {
        let body = app
            .gql(
                Some(&unit_admin),
                "mutation($i: AddLearnerInput!) { addLearner(input: $i) { id } }",
                json!({"i": {"unitId": zx, "name": format!("新人{i}"), "phone": format!("1370000100{i}")}}),
            )
            .await;
        assert!(body["errors"].is_null(), "{body}");
    }
    let body = app
        .gql(
            Some(&district),
            "mutation($r: ID!) { postNotice(input: {regionId: $r, title: \"通知\", body: \"正文\"}) { id } }",
            json!({"r": zhengxiang}),
        )
        .await;
    let notice = id_at(&body, "postNotice");
    let body = app
        .gql(
            Some(&district),
            UPDATE_NOTICE,
            json!({"id": notice, "t": "通知二", "b": "正文二"}),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");

    let everything = app.gql(Some(&district), AUDIT, json!({"n": zhengxiang})).await;
    let total = everything["data"]["auditLog"]["totalCount"].as_u64().unwrap();
    assert!(total >= 4, "{everything}");

    // By area and by exact action.
    let body = app
        .gql(
            Some(&district),
            AUDIT,
            json!({"n": zhengxiang, "f": {"action": "notice"}}),
        )
        .await;
    assert_eq!(actions(&body), ["notice.update"], "{body}");
    let body = app
        .gql(
            Some(&district),
            AUDIT,
            json!({"n": zhengxiang, "f": {"action": "learner.add"}}),
        )
        .await;
    assert_eq!(actions(&body), ["learner.add"; 3], "{body}");
    // By who: a phone, or part of a name.
    let body = app
        .gql(
            Some(&district),
            AUDIT,
            json!({"n": zhengxiang, "f": {"actor": "13800000005"}}),
        )
        .await;
    assert!(actions(&body).iter().all(|a| a == "learner.add"), "{body}");
    assert_eq!(body["data"]["auditLog"]["totalCount"], 3);
    let body = app
        .gql(
            Some(&district),
            AUDIT,
            json!({"n": zhengxiang, "f": {"actor": "蒸湘区管理员"}}),
        )
        .await;
    assert!(
        !actions(&body).is_empty() && actions(&body).iter().all(|a| a.starts_with("notice")),
        "{body}"
    );
    // By day (China Standard Time): today holds them, tomorrow nothing.
    let today = app.clock.today();
    let body = app
        .gql(
            Some(&district),
            AUDIT,
            json!({"n": zhengxiang, "f": {"from": today.to_string(), "to": today.to_string(), "action": "learner"}}),
        )
        .await;
    assert_eq!(body["data"]["auditLog"]["totalCount"], 3, "{body}");
    let tomorrow = (today + Duration::days(1)).to_string();
    let body = app
        .gql(
            Some(&district),
            AUDIT,
            json!({"n": zhengxiang, "f": {"from": tomorrow}}),
        )
        .await;
    assert_eq!(body["data"]["auditLog"]["totalCount"], 0, "{body}");
    let body = app
        .gql(
            Some(&district),
            AUDIT,
            json!({"n": zhengxiang, "f": {"from": tomorrow, "to": today.to_string()}}),
        )
        .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    // With paging: the filter holds on every page.
    let body = app
        .gql(
            Some(&district),
            AUDIT,
            json!({"n": zhengxiang, "first": 2, "f": {"action": "learner"}}),
        )
        .await;
    assert_eq!(actions(&body).len(), 2);
    assert_eq!(body["data"]["auditLog"]["pageInfo"]["hasNextPage"], true);
    // By node: the unit's log holds the additions, not the district's notice.
    let body = app
        .gql(
            Some(&district),
            AUDIT,
            json!({"n": zx, "f": {"action": "notice"}}),
        )
        .await;
    assert_eq!(body["data"]["auditLog"]["totalCount"], 0, "{body}");
}

const IMPORT: &str = "mutation($u: ID!, $file: Upload!, $d: Boolean) { importLearners(unitId: $u, file: $file, dryRun: $d) { created updated unchanged written errors { row message } preview { row action name phone changes } } }";

async fn the_import_preview_lists_every_row(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let zx = unit_id(&app, "蒸湘区司法局").await;
    let known = learner_of(&app, "13900000001").await;
    let same = learner_of(&app, "13900000002").await;
    let rank = |l: &learner::Model| l.rank.clone().unwrap_or_default();
    let csv = format!(
        "姓名,手机号,职级\n新同事,＋86 １３７-0000-2001,科员\n{},13900000001,处级\n{},13900000002,{}\n坏号码,12345,科员\n",
        known.name,
        same.name,
        rank(&same)
    );
    let count = || async { learner::Entity::find().count(&app.db).await.unwrap() };
    let before = count().await;
    let body = app
        .upload(
            &unit_admin,
            IMPORT,
            json!({"u": zx, "d": true}),
            "r.csv",
            "text/csv",
            csv.into_bytes(),
        )
        .await;
    let report = &body["data"]["importLearners"];
    assert_eq!(report["written"], false, "{body}");
    let preview = report["preview"].as_array().unwrap_or_else(|| panic!("{body}"));
    assert_eq!(preview.len(), 3, "{body}");
    assert_eq!(preview[0]["row"], 2);
    assert_eq!(preview[0]["action"], "CREATE");
    assert_eq!(
        preview[0]["phone"], "13700002001",
        "full-width digits and +86 normalised"
    );
    assert_eq!(preview[1]["action"], "UPDATE");
    assert_eq!(
        preview[1]["changes"],
        json!([format!(
            "职级：{} → 处级",
            if rank(&known).is_empty() {
                "（空）".to_owned()
            } else {
                rank(&known)
            }
        )])
    );
    assert_eq!(preview[2]["action"], "UNCHANGED");
    assert_eq!(preview[2]["changes"], json!([]));
    assert_eq!(report["errors"][0]["row"], 5);
    assert!(
        report["errors"][0]["message"].as_str().unwrap().contains("12345"),
        "{body}"
    );
    assert_eq!(count().await, before, "a dry run writes nothing");
}
