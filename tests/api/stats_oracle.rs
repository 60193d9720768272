//! A hand-computed oracle for the statistics: a small province built through the API (two
//! cities, three districts, six units, 21 learners who pass, fail, stay away, pass or fail the
//! make-up, are exempted, retire or are transferred out), and the figures every node must show
//! written down as literal numbers, worked out by hand below. Not the statistics' SQL checked
//! against itself (`stats.rs` compares the maintained figures with a recount; this compares
//! both with arithmetic).
//!
//! Set-up through the domain, as a deployment makes them: the province and its administrator
//! (`other_province`; the API cannot appoint above a province) and the learners' study points
//! (`eligible`; earning 100 points through the study pages is another test's subject). Every
//! event the figures count (exemption, retirement, transfer, attempts) goes through the API.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc};
use serde_json::{Value, json};

use crate::helpers::exam::{IMPORT, cst, eligible, number, str_of};
use crate::helpers::{Backend, TestApp, campaign_input, other_province};
use crate::on_both_backends;

on_both_backends!(a_small_province_counts_as_worked_out_by_hand);

const PROVINCE_ADMIN: &str = "13900000001";

const STATS: &str = "query($c: ID!, $n: ID!) { stats(campaignId: $c, nodeId: $n) { name shouldTake studyCompleted participated passed participationRate passRate } }";

/// What happens to a learner in the campaign.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Case {
    /// Passes the main exam.
    Passed,
    /// Fails the main exam, sits no make-up.
    Failed,
    /// Fails the main exam, passes the make-up.
    MakeupPassed,
    /// Fails the main exam and the make-up.
    MakeupFailed,
    /// Sits nothing.
    Absent,
    /// Absent from the main exam, passes the make-up.
    AbsentThenMakeupPassed,
    /// An approved exemption (免考).
    Exempt,
    /// Retired (退休) before the exam.
    Retired,
    /// Transferred out (调出), on no unit's roster.
    Transferred,
}
use Case::*;

async fn ok(app: &TestApp, token: &str, query: &str, variables: Value) -> Value {
    let body = app.gql(Some(token), query, variables).await;
    assert!(body["errors"].is_null(), "{query}: {body}");
    body["data"].clone()
}

/// A learner's token: its first login leaves the initial password for `Study2026x`.
async fn learner_login(app: &TestApp, phone: &str) -> String {
    let body = app.login_raw(phone, "Study2026x").await;
    if let Some(token) = body["data"]["login"]["token"].as_str() {
        return token.to_owned();
    }
    let token = app.login(phone, "000000").await;
    app.leave_initial_password(&token).await;
    token
}

async fn region(app: &TestApp, token: &str, parent: &str, code: &str, name: &str) -> String {
    let data = ok(
        app,
        token,
        "mutation($i: CreateRegionInput!) { createRegion(input: $i) { id } }",
        json!({"i": {"parentId": parent, "code": code, "name": name}}),
    )
    .await;
    str_of(&data["createRegion"], "id").to_owned()
}

/// Takes the exam in the learner's open session of `kind`: both questions right (100) or
/// none answered (0).
async fn sit(
    app: &TestApp,
    learner: &str,
    campaign: &str,
    kind: &str,
    right: &HashMap<String, String>,
    pass: bool,
) {
    let sessions = ok(
        app,
        learner,
        "query($c: ID!) { examSessions(campaignId: $c) { id kind } }",
        json!({"c": campaign}),
    )
    .await;
    let session = sessions["examSessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind} session: {sessions}"))["id"]
        .clone();
    let started = ok(
        app,
        learner,
        "mutation($s: ID!) { startExam(sessionId: $s) { id questions { id stem options { key text } } } }",
        json!({"s": session}),
    )
    .await;
    let attempt = &started["startExam"];
    if pass {
        for q in attempt["questions"].as_array().unwrap() {
            let text = &right[str_of(q, "stem")];
            let label = q["options"]
                .as_array()
                .unwrap()
                .iter()
                .find(|o| o["text"] == text.as_str())
                .unwrap()["key"]
                .clone();
            ok(
                app,
                learner,
                "mutation($a: ID!, $q: ID!, $c: [String!]!) { saveAnswer(attemptId: $a, questionId: $q, choices: $c) { saved } }",
                json!({"a": attempt["id"], "q": q["id"], "c": [label]}),
            )
            .await;
        }
    }
    let submitted = ok(
        app,
        learner,
        "mutation($a: ID!) { submitExam(attemptId: $a) { score passed } }",
        json!({"a": attempt["id"]}),
    )
    .await;
    assert_eq!(submitted["submitExam"]["passed"], pass, "{submitted}");
}

/// Sessions of `kind` for these units from an hour after `day`'s 09:00 (China time) for two
/// hours; the clock is then moved into them. Answers the province administrator's new token.
async fn open_sessions(app: &TestApp, campaign: &str, units: &[&str], kind: &str, day: NaiveDate) -> String {
    let nine = Utc.from_utc_datetime(&day.and_hms_opt(1, 0, 0).unwrap());
    app.clock.set(nine);
    // Months later: every earlier login has ended.
    let province = &app.login(PROVINCE_ADMIN, "Other2026x").await;
    for unit in units {
        ok(
            app,
            province,
            "mutation($i: ScheduleExamSessionInput!) { scheduleExamSession(input: $i) { id } }",
            json!({"i": {"campaignId": campaign, "unitId": unit, "kind": kind,
                "startsAt": cst(nine + Duration::hours(1)), "endsAt": cst(nine + Duration::hours(3))}}),
        )
        .await;
    }
    app.clock.set(nine + Duration::minutes(65));
    province.to_owned()
}

async fn a_small_province_counts_as_worked_out_by_hand(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (province, p) = other_province(&app, "440000", "粤省", PROVINCE_ADMIN).await;
    let province_id = format!("reg_{}", province.id);
    let year = app.clock.today().year() + 1;

    // A campaign whose paper is two single-choice questions of 50 points (pass mark 60).
    let mut input = campaign_input(&province_id, year);
    input["blueprint"] = json!([{"type": "SINGLE", "count": 2, "pointsEach": 50}]);
    let campaign = str_of(
        &ok(
            &app,
            &p,
            "mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }",
            json!({"i": input}),
        )
        .await["createCampaign"],
        "id",
    )
    .to_owned();
    let bank =
        "题型,题干,选项A,选项B,答案\n单选,第一题（　）。,对一,错一,A\n单选,第二题（　）。,错二,对二,B\n";
    let imported = app
        .upload(
            &p,
            IMPORT,
            json!({"c": campaign}),
            "题库.csv",
            "text/csv",
            bank.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(imported["data"]["importQuestions"]["created"], 2, "{imported}");
    let right: HashMap<String, String> = [("第一题（　）。", "对一"), ("第二题（　）。", "对二")]
        .into_iter()
        .map(|(s, t)| (s.to_owned(), t.to_owned()))
        .collect();

    // Two cities, three districts, six units.
    let city_a = region(&app, &p, &province_id, "440100", "甲市").await;
    let city_b = region(&app, &p, &province_id, "440200", "乙市").await;
    let a1 = region(&app, &p, &city_a, "440101", "甲一区").await;
    let a2 = region(&app, &p, &city_a, "440102", "甲二区").await;
    let b1 = region(&app, &p, &city_b, "440201", "乙一区").await;
    let mut units = Vec::new();
    for (district, name) in [
        (&a1, "单位一"),
        (&a1, "单位二"),
        (&a2, "单位三"),
        (&b1, "单位四"),
        (&b1, "单位五"),
        (&b1, "单位六"),
    ] {
        let data = ok(
            &app,
            &p,
            "mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }",
            json!({"i": {"regionId": district, "name": name}}),
        )
        .await;
        units.push(str_of(&data["createUnit"], "id").to_owned());
    }

    // The learners, unit by unit.
    let roster: [(usize, &[Case]); 6] = [
        (0, &[Passed, Passed, Failed, Absent]),
        (1, &[Passed, Exempt, MakeupPassed]),
        (2, &[Passed, MakeupFailed, Transferred, Absent]),
        (3, &[Passed, Passed, Passed, Retired]),
        (4, &[Failed, AbsentThenMakeupPassed, Exempt]),
        (5, &[Absent, Absent, Transferred]),
    ];
    let mut learners: Vec<(Case, String, String)> = Vec::new(); // (case, learner id, phone)
    let mut n = 0;
    for (unit, cases) in roster {
        for case in cases {
            n += 1;
            let phone = format!("139000010{n:02}");
            // Within two years after 12-30 of the campaign year: may apply for exemption.
            let retirement = (*case == Exempt).then(|| format!("{}-06-30", year + 1));
            let data = ok(
                &app,
                &p,
                "mutation($i: AddLearnerInput!) { addLearner(input: $i) { id } }",
                json!({"i": {"unitId": units[unit], "name": format!("学员{n}"), "phone": phone, "retirementDate": retirement}}),
            )
            .await;
            let id = str_of(&data["addLearner"], "id").to_owned();
            learners.push((*case, id, phone));
        }
    }
    assert_eq!(learners.len(), 21);

    // The events before the exam: exemptions applied for and approved, a retirement, transfers.
    for (case, id, phone) in &learners {
        match case {
            Exempt => {
                let token = &learner_login(&app, phone).await;
                let applied = ok(
                    &app,
                    token,
                    "mutation($c: ID!) { applyExemption(campaignId: $c, reason: \"明年退休\") { id } }",
                    json!({"c": campaign}),
                )
                .await;
                ok(
                    &app,
                    &p,
                    "mutation($id: ID!) { decideExemption(id: $id, approve: true) { id status } }",
                    json!({"id": applied["applyExemption"]["id"]}),
                )
                .await;
            }
            Retired => {
                ok(
                    &app,
                    &p,
                    "mutation($l: ID!) { setEmploymentStatus(learnerId: $l, status: RETIRED) { id } }",
                    json!({"l": id}),
                )
                .await;
            }
            Transferred => {
                ok(
                    &app,
                    &p,
                    "mutation($l: ID!) { transferOut(learnerId: $l) { id } }",
                    json!({"l": id}),
                )
                .await;
            }
            Absent | Passed | Failed | MakeupPassed | MakeupFailed | AbsentThenMakeupPassed => {}
        }
    }

    // The main exam, in the main window (09-25 to 10-08).
    let unit_refs: Vec<&str> = units.iter().map(String::as_str).collect();
    open_sessions(
        &app,
        &campaign,
        &unit_refs,
        "MAIN",
        NaiveDate::from_ymd_opt(year, 9, 26).unwrap(),
    )
    .await;
    let campaign_id = number(&campaign);
    for (case, id, phone) in &learners {
        let pass = match case {
            Passed => true,
            Failed | MakeupPassed | MakeupFailed => false,
            _ => continue,
        };
        eligible(&app, number(id), campaign_id).await;
        let token = &learner_login(&app, phone).await;
        sit(&app, token, &campaign, "MAIN", &right, pass).await;
    }

    // The make-up, in the make-up window (10-23 to 10-24), for the units that have one to sit.
    let makeup_units = [units[1].as_str(), units[2].as_str(), units[4].as_str()];
    let p = open_sessions(
        &app,
        &campaign,
        &makeup_units,
        "MAKEUP",
        NaiveDate::from_ymd_opt(year, 10, 23).unwrap(),
    )
    .await;
    for (case, id, phone) in &learners {
        let pass = match case {
            MakeupPassed | AbsentThenMakeupPassed => true,
            MakeupFailed => false,
            _ => continue,
        };
        eligible(&app, number(id), campaign_id).await;
        let token = &learner_login(&app, phone).await;
        sit(&app, token, &campaign, "MAKEUP", &right, pass).await;
    }

    // The figures, by hand. "Should take": on a unit's roster, in service, not exempted.
    // "Participated": submitted a main or a make-up attempt. "Passed": passed either. Study
    // completed: the learners who sat (the absent ones were given no points). Rates are
    // participated / shouldTake and passed / shouldTake.
    //
    // 单位一: Passed, Passed, Failed, Absent        -> should 4, studied 3, took 3, passed 2
    // 单位二: Passed, Exempt, MakeupPassed          -> should 2, studied 2, took 2, passed 2
    // 单位三: Passed, MakeupFailed, Transferred, Absent
    //                                              -> should 3, studied 2, took 2, passed 1
    // 单位四: Passed, Passed, Passed, Retired       -> should 3, studied 3, took 3, passed 3
    // 单位五: Failed, AbsentThenMakeupPassed, Exempt -> should 2, studied 2, took 2, passed 1
    // 单位六: Absent, Absent, Transferred           -> should 2, studied 0, took 0, passed 0
    // 甲一区 = 单位一 + 单位二: should 4+2 = 6, studied 3+2 = 5, took 3+2 = 5, passed 2+2 = 4
    // 甲二区 = 单位三:          should 3, studied 2, took 2, passed 1
    // 乙一区 = 单位四 + 五 + 六: should 3+2+2 = 7, studied 3+2+0 = 5, took 5, passed 3+1+0 = 4
    // 甲市 = 甲一区 + 甲二区:   should 6+3 = 9, studied 5+2 = 7, took 7, passed 4+1 = 5
    // 乙市 = 乙一区:            should 7, studied 5, took 5, passed 4
    // 粤省 = 甲市 + 乙市:       should 9+7 = 16, studied 7+5 = 12, took 12, passed 5+4 = 9
    let expected: [(&str, &str, [i64; 4], f64, f64); 12] = [
        (&units[0], "单位一", [4, 3, 3, 2], 3.0 / 4.0, 2.0 / 4.0),
        (&units[1], "单位二", [2, 2, 2, 2], 1.0, 1.0),
        (&units[2], "单位三", [3, 2, 2, 1], 2.0 / 3.0, 1.0 / 3.0),
        (&units[3], "单位四", [3, 3, 3, 3], 1.0, 1.0),
        (&units[4], "单位五", [2, 2, 2, 1], 1.0, 0.5),
        (&units[5], "单位六", [2, 0, 0, 0], 0.0, 0.0),
        (&a1, "甲一区", [6, 5, 5, 4], 5.0 / 6.0, 4.0 / 6.0),
        (&a2, "甲二区", [3, 2, 2, 1], 2.0 / 3.0, 1.0 / 3.0),
        (&b1, "乙一区", [7, 5, 5, 4], 5.0 / 7.0, 4.0 / 7.0),
        (&city_a, "甲市", [9, 7, 7, 5], 7.0 / 9.0, 5.0 / 9.0),
        (&city_b, "乙市", [7, 5, 5, 4], 5.0 / 7.0, 4.0 / 7.0),
        (&province_id, "粤省", [16, 12, 12, 9], 0.75, 0.5625),
    ];
    for (node, name, [should, studied, took, passed], participation, pass) in expected {
        let data = ok(&app, &p, STATS, json!({"c": campaign, "n": node})).await;
        let s = &data["stats"];
        assert_eq!(s["name"], name, "{s}");
        let got = [
            &s["shouldTake"],
            &s["studyCompleted"],
            &s["participated"],
            &s["passed"],
        ]
        .map(|v| v.as_i64().unwrap());
        assert_eq!(got, [should, studied, took, passed], "{name}: {s}");
        let rate = |field: &str| s[field].as_f64().unwrap_or_else(|| panic!("{name} {field}: {s}"));
        assert!(
            (rate("participationRate") - participation).abs() < 1e-9,
            "{name}: {s}"
        );
        assert!((rate("passRate") - pass).abs() < 1e-9, "{name}: {s}");
    }
    app.stop().await;
}
