//! Who may start an exam, exam-centre seats, scheduling sessions and importing questions, over HTTP.

#[allow(unused_imports)]
use super::*;
use crate::on_both_backends;

on_both_backends!(
    only_eligible_learners_with_attempts_left_may_start,
    exam_centre_seats_are_never_overbooked,
    sessions_are_checked_when_scheduled,
    questions_import_from_csv_with_chinese_headers,
);

// ---------------------------------------------------------------- 6. who may start

async fn only_eligible_learners_with_attempts_left_may_start(backend: Backend) {
    let (app, prefix) = spawn(backend).await;
    let province = app.admin("13800000001").await;
    let district = app.admin("13800000003").await;

    // Below the required points.
    let short = app.learner("13900000021").await;
    let campaign = campaign_of(&app, &short).await;
    let campaign_number = number(&campaign);
    let session = unit_session(&app, &short, &campaign, "MAIN").await;
    let body = start_raw(&app, &short, &session).await;
    assert_error(&body, &["NOT_ELIGIBLE"]);
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("积分"), "{message}");
    assert_eq!(
        attempts_in_db(&app, learner_of(&app, "13900000021").await.id).await,
        0
    );

    // An approved exemption (the demo's pending application, approved by the district office
    // since the roster is frozen), with the points in place so only the exemption refuses.
    let exempt = learner_of(&app, "13900000030").await;
    eligible(&app, exempt.id, campaign_number).await;
    let application = exemption::Entity::find()
        .filter(exemption::Column::LearnerId.eq(exempt.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let decided = app
        .gql(
            Some(&district),
            "mutation($id: ID!) { decideExemption(id: $id, approve: true) { status } }",
            json!({"id": format!("exm_{}", application.id)}),
        )
        .await;
    assert_eq!(
        decided["data"]["decideExemption"]["status"], "APPROVED",
        "{decided}"
    );
    let exempt_token = app.learner("13900000030").await;
    let body = start_raw(&app, &exempt_token, &session).await;
    assert_error(&body, &["NOT_ELIGIBLE"]);
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("免考"), "{message}");
    assert_eq!(attempts_in_db(&app, exempt.id).await, 0);

    // Passed the main exam: no make-up, no second main attempt.
    let passer = app.learner("13900000005").await;
    let passer_id = learner_of(&app, "13900000005").await.id;
    let bank = bank(&app, &province, &campaign).await;
    let a = start(&app, &passer, &session).await;
    answer_all_correctly(&app, &passer, &a, &bank).await;
    let result = submit(&app, &passer, str_of(&a, "id")).await;
    assert_eq!(result["passed"], true);

    let makeup = unit_session(&app, &passer, &campaign, "MAKEUP").await;
    let body = start_raw(&app, &passer, &makeup).await;
    assert_error(&body, &["NOT_ELIGIBLE", "EXAM_CLOSED"]);
    assert!(body["data"].is_null() || body["data"]["startExam"].is_null());
    assert_eq!(attempts_in_db(&app, passer_id).await, 1);

    let body = start_raw(&app, &passer, &session).await;
    assert_error(&body, &["NOT_ELIGIBLE"]);
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("次数"), "{message}");
    assert_eq!(attempts_in_db(&app, passer_id).await, 1);

    // Failing the main exam does not open a second main attempt either (main attempts 1).
    let failer = app.learner("13900000007").await;
    let failer_id = learner_of(&app, "13900000007").await.id;
    let a = start(&app, &failer, &session).await;
    let result = submit(&app, &failer, str_of(&a, "id")).await;
    assert_eq!(result["score"], 0);
    assert_eq!(result["passed"], false);
    let body = start_raw(&app, &failer, &session).await;
    assert_error(&body, &["NOT_ELIGIBLE"]);
    assert_eq!(attempts_in_db(&app, failer_id).await, 1);

    // Administrators do not sit exams.
    let body = start_raw(&app, &district, &session).await;
    assert!(
        ["FORBIDDEN", "NOT_FOUND"].contains(&code(&body)),
        "an administrator started an exam: {body}"
    );
    finish(app, &prefix).await;
}

// ---------------------------------------------------------------- 7. exam-centre seats

async fn exam_centre_seats_are_never_overbooked(backend: Backend) {
    let (app, prefix) = spawn(backend).await;
    let city = app.admin("13800000002").await;
    let district = app.admin("13800000003").await;
    let other_district = app.admin("13800000004").await;
    let campaign = campaign_of(&app, &city).await;
    let hengyang = region_id(&app, "430400").await;
    let now = app.clock.now();

    let created = app
        .gql(
            Some(&city),
            CENTRE,
            json!({"i": {
                "campaignId": campaign,
                "regionId": hengyang,
                "centreName": "衡阳市考试中心（测试考场）",
                "kind": "MAIN",
                "startsAt": cst(now + chrono::Duration::hours(1)),
                "endsAt": cst(now + chrono::Duration::hours(3)),
                "seats": 10,
            }}),
        )
        .await;
    let centre = &created["data"]["createExamCenterSession"];
    assert_eq!(centre["seats"], 10, "{created}");
    assert_eq!(centre["booked"], 0);
    let session = str_of(centre, "id").to_owned();

    let chengxiang = unit_id(&app, "呈祥街道").await;
    let mut learners = Vec::new();
    for i in 0..20 {
        let body = app
            .gql(
                Some(&district),
                "mutation($i: AddLearnerInput!) { addLearner(input: $i) { id } }",
                json!({"i": {"unitId": chengxiang, "name": format!("考生{i}"), "phone": format!("1370000{i:04}")}}),
            )
            .await;
        learners.push(
            body["data"]["addLearner"]["id"]
                .as_str()
                .unwrap_or_else(|| panic!("addLearner: {body}"))
                .to_owned(),
        );
    }

    let calls = (0..50).map(|i| {
        let learner = learners[i % learners.len()].clone();
        let app = &app;
        let district = &district;
        let session = &session;
        async move {
            app.gql(Some(district), BOOK, json!({"s": session, "l": [learner]}))
                .await
        }
    });
    let results = futures_util::future::join_all(calls).await;
    let mut accepted = 0;
    let mut refused = 0;
    for body in &results {
        if body["errors"].is_null() {
            let booked = body["data"]["bookExamCenterSeats"]["booked"].as_i64().unwrap();
            assert!(booked <= 10, "overbooked: {body}");
            accepted += 1;
        } else {
            assert_error(body, &["CONFLICT"]);
            refused += 1;
        }
    }
    assert!(refused >= 10, "accepted {accepted}, refused {refused}");

    let session_number = number(&session);
    let row = exam_session::Entity::find_by_id(session_number)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let bookings = seat_booking::Entity::find()
        .filter(seat_booking::Column::SessionId.eq(session_number))
        .all(&app.db)
        .await
        .unwrap();
    let distinct: HashSet<i32> = bookings.iter().map(|b| b.learner_id).collect();
    assert_eq!(distinct.len(), bookings.len(), "a learner booked twice");
    assert!(row.booked <= 10, "booked {}", row.booked);
    assert_eq!(row.booked as usize, distinct.len());
    assert_eq!(row.booked, 10, "every fresh learner fits until the seats run out");
    let ours: HashSet<i32> = learners.iter().map(|l| number(l)).collect();
    assert!(distinct.is_subset(&ours));

    // A learner of a unit with internet sits in its own unit.
    let online = learner_of(&app, "13900000001").await;
    let body = app
        .gql(
            Some(&district),
            BOOK,
            json!({"s": session, "l": [format!("lrn_{}", online.id)]}),
        )
        .await;
    assert_error(&body, &["BAD_USER_INPUT"]);

    // Another district's office cannot reach 蒸湘区's learners.
    let unbooked = learners
        .iter()
        .find(|l| !distinct.contains(&number(l)))
        .unwrap()
        .clone();
    let body = app
        .gql(
            Some(&other_district),
            BOOK,
            json!({"s": session, "l": [unbooked]}),
        )
        .await;
    assert_error(&body, &["NOT_FOUND"]);
    let after = exam_session::Entity::find_by_id(session_number)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.booked, 10);
    assert_eq!(
        seat_booking::Entity::find()
            .filter(seat_booking::Column::SessionId.eq(session_number))
            .count(&app.db)
            .await
            .unwrap(),
        10
    );

    // A booked seat is what lets a learner of a unit without internet sit the exam.
    // Already under way: written straight into the database, as the API refuses it.
    let open = insert_centre_session(
        &app.db,
        &campaign,
        &hengyang,
        "衡阳市考试中心（开考中）",
        5,
        now - chrono::Duration::minutes(1),
        now + chrono::Duration::hours(2),
    )
    .await;
    // One seat per learner per window: both come from those without a seat above.
    let free: Vec<usize> = (0..learners.len())
        .filter(|i| !distinct.contains(&number(&learners[*i])))
        .collect();
    let seated = &learners[free[0]];
    let unseated = &learners[free[1]];
    let body = app
        .gql(Some(&district), BOOK, json!({"s": open, "l": [seated]}))
        .await;
    assert_eq!(body["data"]["bookExamCenterSeats"]["booked"], 1, "{body}");
    for l in [seated, unseated] {
        eligible(&app, number(l), number(&campaign)).await;
    }
    let seated_token = app.learner(&format!("1370000{:04}", free[0])).await;
    let unseated_token = app.learner(&format!("1370000{:04}", free[1])).await;
    let sessions = app
        .gql(Some(&seated_token), SESSIONS, json!({"c": campaign}))
        .await;
    assert!(
        sessions["data"]["examSessions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == open.as_str()),
        "{sessions}"
    );
    let a = start(&app, &seated_token, &open).await;
    assert_eq!(questions_of(&a).len(), 80);
    let body = start_raw(&app, &unseated_token, &open).await;
    assert_error(&body, &["NOT_FOUND", "NOT_ELIGIBLE", "FORBIDDEN"]);
    assert_eq!(attempts_in_db(&app, number(unseated)).await, 0);
    finish(app, &prefix).await;
}

// ---------------------------------------------------------------- 8. scheduling

async fn sessions_are_checked_when_scheduled(backend: Backend) {
    let (app, prefix) = spawn(backend).await;
    let province = app.admin("13800000001").await;
    let district = app.admin("13800000003").await;
    let unit_admin = app.admin("13800000005").await;
    let campaign = campaign_of(&app, &unit_admin).await;
    let zx = unit_id(&app, "蒸湘区司法局").await;
    let count = || async { exam_session::Entity::find().count(&app.db).await.unwrap() };
    let before = count().await;
    let now = app.clock.now();

    // Outside the main window (it ends 12 days from now in the demo).
    let far = now + chrono::Duration::days(20);
    let body = schedule(
        &app,
        &unit_admin,
        &campaign,
        &zx,
        "MAIN",
        far,
        far + chrono::Duration::hours(2),
    )
    .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("startsAt") && message.contains("endsAt"),
        "{message}"
    );
    // A make-up session in the main window is outside the make-up window.
    let body = schedule(
        &app,
        &unit_admin,
        &campaign,
        &zx,
        "MAKEUP",
        now + chrono::Duration::hours(1),
        now + chrono::Duration::hours(2),
    )
    .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    // Ending before it starts.
    let body = schedule(
        &app,
        &unit_admin,
        &campaign,
        &zx,
        "MAIN",
        now + chrono::Duration::hours(2),
        now + chrono::Duration::hours(1),
    )
    .await;
    assert_error(&body, &["BAD_USER_INPUT"]);

    // A unit without internet goes to an exam centre instead.
    let chengxiang = unit_id(&app, "呈祥街道").await;
    let body = schedule(
        &app,
        &district,
        &campaign,
        &chengxiang,
        "MAIN",
        now + chrono::Duration::hours(1),
        now + chrono::Duration::hours(2),
    )
    .await;
    assert_error(&body, &["BAD_USER_INPUT"]);

    // A bank too small for the blueprint: refused when the session is scheduled.
    let hunan = region_id(&app, "430000").await;
    let year = app.clock.today().year() + 1;
    let created = app
        .gql(
            Some(&province),
            "mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }",
            json!({"i": campaign_input(&hunan, year)}),
        )
        .await;
    let next = created["data"]["createCampaign"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("createCampaign: {created}"))
        .to_owned();
    let starts = DateTime::parse_from_rfc3339(&format!("{year}-09-26T09:00:00+08:00"))
        .unwrap()
        .with_timezone(&Utc);
    let body = schedule(
        &app,
        &unit_admin,
        &next,
        &zx,
        "MAIN",
        starts,
        starts + chrono::Duration::hours(2),
    )
    .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("题库"), "{message}");
    assert_eq!(count().await, before, "a refused session was written");

    // Inside the window, for its own unit: scheduled.
    let body = schedule(
        &app,
        &unit_admin,
        &campaign,
        &zx,
        "MAIN",
        now + chrono::Duration::hours(1),
        now + chrono::Duration::hours(2),
    )
    .await;
    assert!(body["errors"].is_null(), "{body}");
    let s = &body["data"]["scheduleExamSession"];
    assert_eq!(s["kind"], "MAIN");
    assert_eq!(s["unit"]["name"], "蒸湘区司法局");
    assert!(str_of(s, "startsAt").ends_with("+08:00"));
    assert_eq!(count().await, before + 1);
    finish(app, &prefix).await;
}

// ---------------------------------------------------------------- 9. importing questions

async fn questions_import_from_csv_with_chinese_headers(backend: Backend) {
    let (app, prefix) = spawn(backend).await;
    let province = app.admin("13800000001").await;
    let hunan = region_id(&app, "430000").await;
    let year = app.clock.today().year() + 1;
    let created = app
        .gql(
            Some(&province),
            "mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }",
            json!({"i": campaign_input(&hunan, year)}),
        )
        .await;
    let campaign = created["data"]["createCampaign"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("createCampaign: {created}"))
        .to_owned();
    let import = |bytes: Vec<u8>| {
        let app = &app;
        let province = &province;
        let campaign = &campaign;
        async move {
            let body = app
                .upload(
                    province,
                    IMPORT,
                    json!({"c": campaign}),
                    "题库.csv",
                    "text/csv",
                    bytes,
                )
                .await;
            assert!(body["errors"].is_null(), "importQuestions: {body}");
            body["data"]["importQuestions"].clone()
        }
    };
    let good = "题型,题干,选项A,选项B,选项C,选项D,答案,解析,法律依据\n\
        单选,我国的根本法是（　）。,民法典,宪法,刑法,行政法,B,宪法是国家的根本法。,《宪法》\n\
        多选,下列属于国家机关的有（　）。,国务院,某公司,最高人民法院,某协会,\"A,C\",国务院和法院是国家机关。,《宪法》\n\
        判断,居住权自登记时设立。,,,,,正确,民法典规定居住权自登记时设立。,《民法典》\n";

    let report = import(good.as_bytes().to_vec()).await;
    assert_eq!(report["created"], 3, "{report}");
    assert_eq!(report["updated"], 0);
    assert_eq!(report["unchanged"], 0);
    assert_eq!(report["written"], true);
    assert!(report["errors"].as_array().unwrap().is_empty(), "{report}");

    let body = app.gql(Some(&province), BANK, json!({"c": campaign})).await;
    let questions = body["data"]["questions"].as_array().unwrap().clone();
    assert_eq!(questions.len(), 3, "{body}");
    let by_type = |t: &str| questions.iter().find(|q| q["type"] == t).unwrap().clone();
    let single = by_type("SINGLE");
    assert_eq!(single["answer"], "B");
    assert_eq!(single["options"].as_array().unwrap().len(), 4);
    assert_eq!(single["options"][1]["text"], "宪法");
    assert_eq!(single["lawSource"], "《宪法》");
    assert_eq!(single["explanation"], "宪法是国家的根本法。");
    let multiple = by_type("MULTIPLE");
    assert_eq!(multiple["answer"], "AC");
    let tf = by_type("TRUE_FALSE");
    assert_eq!(tf["answer"], "A");
    let tf_texts: Vec<&str> = tf["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| str_of(o, "text"))
        .collect();
    assert_eq!(tf_texts, ["正确", "错误"]);

    // The same file again changes nothing.
    let again = import(good.as_bytes().to_vec()).await;
    assert_eq!(again["created"], 0, "{again}");
    assert_eq!(again["updated"], 0);
    assert_eq!(again["unchanged"], 3);
    assert_eq!(again["written"], false);

    // Bad rows are reported by row number and nothing is written, not even the good row.
    let bad = "题型,题干,选项A,选项B,选项C,选项D,答案,解析,法律依据\n\
        单选,一道新的好题（　）。,甲,乙,丙,丁,A,,\n\
        填空,题型不对的题（　）。,甲,乙,丙,丁,A,,\n\
        单选,答案不在选项中的题（　）。,甲,乙,丙,丁,E,,\n\
        多选,只有一个答案的多选题（　）。,甲,乙,丙,丁,B,,\n";
    let report = import(bad.as_bytes().to_vec()).await;
    assert_eq!(report["written"], false, "{report}");
    let rows: Vec<i64> = report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            assert!(!str_of(e, "message").is_empty());
            e["row"].as_i64().unwrap()
        })
        .collect();
    assert_eq!(rows, [3, 4, 5], "{report}");
    let total = question::Entity::find()
        .filter(question::Column::CampaignId.eq(number(&campaign)))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(total, 3, "a file with errors wrote questions");
    finish(app, &prefix).await;
}
