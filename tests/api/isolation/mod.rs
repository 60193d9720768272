//! The tenant-isolation matrix: for each role, every operation tried against an object of
//! another city, another district, another unit and another learner answers NOT_FOUND or
//! FORBIDDEN and changes nothing. A last check makes sure no root field escapes the matrix.

use std::collections::{BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};
use entity::{
    account, audit_entry, auth_token, campaign, exemption, exemption_decision, learner, notice, region,
    role_grant, unit,
};
use sea_orm::{ActiveEnum, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};
use xuefa::domain::exemption as exemptions;
use xuefa::domain::phone::PhoneNumber;
use xuefa::domain::roster::{self, NewLearner};

use crate::helpers::{Backend, TestApp, account_of, assert_error, campaign_input, learner_of, unit_named};
use crate::on_both_backends;

mod operations;
use operations::operations;

on_both_backends!(isolation_matrix);

/// Root fields that act only on the caller itself.
const SELF_ONLY: &[&str] = &[
    "me",
    "myScope",
    "login",
    "logout",
    "changePassword",
    // The campaign of the caller's own province, its own applications, the notices addressed to it.
    "campaign",
    "myExemptions",
    "notices",
    "applyExemption",
    // The caller's own campaign's reading material and its own reading.
    "studyItems",
    "studyItem",
    "myStudy",
    "openStudyItem",
    "completeStudyItem",
    // The caller's own attempts.
    "myAttempts",
    // Where the caller itself stands in the console.
    "consoleContext",
    // The caller's own province's current campaign and the caller's own eligibility.
    "currentCampaign",
    // The campaigns of the caller's own province (the console's year selector).
    "campaigns",
    "myEligibility",
    // Names of units in the caller's own province, to pick the unit to move into (no roster,
    // no figures: unit ids and names only).
    "searchUnits",
    // The caller's own certificate and personal record.
    "myCertificate",
    "myRecord",
    // Account recovery from the login page: no login, no object (a code only its requester
    // holds), and the caller's own queue.
    "requestAccountRecovery",
    "accountRecoveryStatus",
    "recoveryRequests",
    // The recovery page's unit search and districts: names only, no login, no object.
    "recoveryUnits",
    "recoveryPlaces",
    // The names of the audit log's actions (a fixed list).
    "auditActions",
    // Practice on the caller's own province's practice questions, its own wrong-answer book.
    "practiceQuestions",
    "practiceLaws",
    "myMistakes",
    "answerPractice",
    "removeMistake",
];

/// Objects the actor must not reach.
struct Foreign {
    region: String,
    /// A code that would be valid below `region`, so only scope can refuse it.
    child_code: &'static str,
    region_role: &'static str,
    unit: String,
    learner: String,
    learner_account: String,
    learner_phone: &'static str,
    grant: String,
    exemption: String,
    /// The province and its campaign: above everyone but the province office.
    province: String,
    campaign: String,
    /// A study item of the campaign (managed by the province office only).
    item: String,
    /// A session of the foreign unit, an attempt of the foreign learner, a question of the
    /// bank, and the city's exam centre.
    session: String,
    attempt: String,
    question: String,
    centre: String,
    /// A pending, escalated account-recovery request of the learner.
    recovery: String,
    /// A notice posted to the foreign region by an office above it.
    notice: String,
}

/// The exam objects of a foreign case.
struct Exam {
    session: String,
    attempt: String,
    question: String,
    centre: String,
}

/// Marks a learner as having reached the required points days ago (test setup).
async fn eligible(app: &TestApp, learner_id: i32, campaign_id: i32) {
    use sea_orm::{ActiveModelTrait, Set};
    let exists = entity::study_progress::Entity::find_by_id((learner_id, campaign_id))
        .one(&app.db)
        .await
        .unwrap();
    if exists.is_some() {
        return;
    }
    entity::study_progress::ActiveModel {
        learner_id: Set(learner_id),
        campaign_id: Set(campaign_id),
        total_points: Set(100),
        completed_on: Set(Some(app.clock.today() - chrono::Duration::days(3))),
        updated_at: Set(app.clock.now()),
    }
    .insert(&app.db)
    .await
    .unwrap();
}

/// Everything an operation could change, in one comparable string.
async fn snapshot(app: &TestApp) -> String {
    let db = &app.db;
    let accounts: Vec<String> = account::Entity::find()
        .order_by_asc(account::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| {
            format!(
                "{}:{}:{:?}:{}",
                a.phone, a.name, a.password_hash, a.must_change_password
            )
        })
        .collect();
    let learners: Vec<String> = learner::Entity::find()
        .order_by_asc(learner::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|l| {
            format!(
                "{:?}:{}:{:?}:{:?}:{:?}",
                l.unit_id,
                l.status.to_value(),
                l.rank,
                l.retirement_date,
                l.status_since
            )
        })
        .collect();
    let items: Vec<String> = entity::study_item::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|i| format!("{}:{}:{}", i.title, i.points, i.withdrawn))
        .collect();
    let attempts: Vec<String> = entity::exam_attempt::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| format!("{}:{}:{:?}:{}", a.id, a.status.to_value(), a.score, a.device))
        .collect();
    let exam_counts = format!(
        "sessions={} seats={} answers={} questions={:?}",
        entity::exam_session::Entity::find().count(db).await.unwrap(),
        entity::seat_booking::Entity::find().count(db).await.unwrap(),
        entity::attempt_answer::Entity::find().count(db).await.unwrap(),
        entity::question::Entity::find()
            .filter(entity::question::Column::Withdrawn.eq(true))
            .count(db)
            .await
            .unwrap(),
    );
    let exemption_states: Vec<String> = exemption::Entity::find()
        .order_by_asc(exemption::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.status.to_value())
        .collect();
    format!(
        "regions={} units={} grants={} audit={} revoked={} campaigns={} decisions={} notices={} \
         accounts={accounts:?} learners={learners:?} exemptions={exemption_states:?} items={items:?} attempts={attempts:?} {exam_counts}",
        region::Entity::find().count(db).await.unwrap(),
        unit::Entity::find().count(db).await.unwrap(),
        role_grant::Entity::find().count(db).await.unwrap(),
        audit_entry::Entity::find().count(db).await.unwrap(),
        auth_token::Entity::find()
            .filter(auth_token::Column::Revoked.eq(true))
            .count(db)
            .await
            .unwrap(),
        campaign::Entity::find().count(db).await.unwrap(),
        exemption_decision::Entity::find().count(db).await.unwrap(),
        notice::Entity::find().count(db).await.unwrap(),
    )
}

async fn region_id(app: &TestApp, code: &str) -> String {
    let r = region::Entity::find()
        .filter(region::Column::Code.eq(code))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    format!("reg_{}", r.id)
}

async fn grant_of(app: &TestApp, phone: &str) -> String {
    let a = account_of(app, phone).await;
    let g = role_grant::Entity::find()
        .filter(role_grant::Column::AccountId.eq(a.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    format!("grant_{}", g.id)
}

async fn enroll(app: &TestApp, unit: &unit::Model, phone: &str, name: &str) {
    let phone = PhoneNumber::parse(phone).unwrap();
    let retirement = NaiveDate::from_ymd_opt(app.clock.today().year() + 1, 3, 1);
    roster::enroll(
        &app.db,
        unit,
        NewLearner {
            phone: &phone,
            name,
            rank: None,
            retirement_date: retirement,
        },
    )
    .await
    .unwrap();
}

/// An exemption application by a learner, made through the domain as that learner.
async fn application(app: &TestApp, phone: &str, campaign_id: i32) -> String {
    let account = account_of(app, phone).await;
    let actor = xuefa::auth::load_actor(&app.db, account.id).await.unwrap();
    let e = exemptions::apply(&app.db, &actor, campaign_id, "即将退休", None)
        .await
        .unwrap();
    format!("exm_{}", e.id)
}

async fn isolation_matrix(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let hunan = region_id(&app, "430000").await;
    let campaign_row = campaign::Entity::find().one(&app.db).await.unwrap().unwrap();
    let campaign_id = format!("camp_{}", campaign_row.id);
    let item_id = format!(
        "item_{}",
        entity::study_item::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id
    );

    // A second city with a district, a unit, its administrators and a learner.
    let city = app
        .gql(
            Some(&province),
            "mutation($p: ID!) { createRegion(input: {parentId: $p, code: \"430100\", name: \"长沙市\"}) { id } }",
            json!({"p": hunan}),
        )
        .await;
    let changsha = city["data"]["createRegion"]["id"].as_str().unwrap().to_owned();
    let district = app
        .gql(
            Some(&province),
            "mutation($p: ID!) { createRegion(input: {parentId: $p, code: \"430102\", name: \"芙蓉区\"}) { id } }",
            json!({"p": changsha}),
        )
        .await;
    let furong = district["data"]["createRegion"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let unit = app
        .gql(
            Some(&province),
            "mutation($r: ID!) { createUnit(input: {regionId: $r, name: \"芙蓉区司法局\"}) { id } }",
            json!({"r": furong}),
        )
        .await;
    let furong_unit = unit["data"]["createUnit"]["id"].as_str().unwrap().to_owned();
    let grant = app
        .gql(
            Some(&province),
            "mutation($r: ID!) { grantRole(input: {phone: \"13700000010\", name: \"芙蓉区管理员\", role: DISTRICT_ADMIN, regionId: $r}) { id } }",
            json!({"r": furong}),
        )
        .await;
    let furong_grant = grant["data"]["grantRole"]["id"].as_str().unwrap().to_owned();
    enroll(
        &app,
        &unit_named(&app, "芙蓉区司法局").await,
        "13900000100",
        "长沙学员",
    )
    .await;
    enroll(
        &app,
        &unit_named(&app, "联合街道").await,
        "13900000101",
        "联合学员",
    )
    .await;
    enroll(
        &app,
        &unit_named(&app, "雁峰区司法局").await,
        "13900000102",
        "雁峰学员",
    )
    .await;

    let ids = |l: &learner::Model| (format!("lrn_{}", l.id), format!("acct_{}", l.account_id));
    let (changsha_learner, changsha_account) = ids(&learner_of(&app, "13900000100").await);
    let (lianhe_learner, lianhe_account) = ids(&learner_of(&app, "13900000101").await);
    let (yanfeng_learner, yanfeng_account) = ids(&learner_of(&app, "13900000102").await);
    let (peer_learner, peer_account) = ids(&learner_of(&app, "13900000002").await);
    let changsha_exemption = application(&app, "13900000100", campaign_row.id).await;
    let lianhe_exemption = application(&app, "13900000101", campaign_row.id).await;
    let yanfeng_exemption = application(&app, "13900000102", campaign_row.id).await;
    // The demo's pending application of 13900000030, a peer in the learner's own unit.
    let peer_exemption = format!(
        "exm_{}",
        exemption::Entity::find().one(&app.db).await.unwrap().unwrap().id
    );
    let yanfeng = region_id(&app, "430406").await;
    let yanfeng_unit = format!("unit_{}", unit_named(&app, "雁峰区司法局").await.id);
    let lianhe_unit = format!("unit_{}", unit_named(&app, "联合街道").await.id);
    let yanfeng_grant = grant_of(&app, "13800000004").await;
    let yanfeng_unit_grant = grant_of(&app, "13800000006").await;

    // Exam sessions and live attempts of the foreign learners.
    // A session under way: written straight into the database, as the API refuses one that
    // has started.
    let now = app.clock.now();
    let furong_session = crate::helpers::exam::insert_unit_session(
        &app.db,
        &campaign_id,
        &furong_unit,
        "MAIN",
        now - chrono::Duration::hours(1),
        now + chrono::Duration::hours(3),
    )
    .await;
    let session_of = |unit: &str| {
        let unit = unit.to_owned();
        let db = app.db.clone();
        async move {
            let u: i32 = unit.trim_start_matches("unit_").parse().unwrap();
            let s = entity::exam_session::Entity::find()
                .filter(entity::exam_session::Column::UnitId.eq(u))
                .filter(entity::exam_session::Column::Kind.eq("MAIN"))
                .one(&db)
                .await
                .unwrap()
                .unwrap();
            format!("sess_{}", s.id)
        }
    };
    let yanfeng_session = session_of(&yanfeng_unit).await;
    let lianhe_session = session_of(&lianhe_unit).await;
    let own_session = session_of(&format!("unit_{}", unit_named(&app, "蒸湘区司法局").await.id)).await;
    let centre = format!(
        "sess_{}",
        entity::exam_session::Entity::find()
            .filter(entity::exam_session::Column::CentreName.is_not_null())
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id
    );
    let question = format!(
        "q_{}",
        entity::question::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id
    );
    let mut attempts = HashMap::new();
    for (phone, session) in [
        ("13900000100", &furong_session),
        ("13900000102", &yanfeng_session),
        ("13900000101", &lianhe_session),
        ("13900000002", &own_session),
    ] {
        let l = learner_of(&app, phone).await;
        eligible(&app, l.id, campaign_row.id).await;
        let token = app.learner(phone).await;
        let started = app
            .gql(
                Some(&token),
                "mutation($s: ID!) { startExam(sessionId: $s) { id } }",
                json!({"s": session}),
            )
            .await;
        attempts.insert(
            phone,
            started["data"]["startExam"]["id"]
                .as_str()
                .unwrap_or_else(|| panic!("{started}"))
                .to_owned(),
        );
    }

    // Each foreign learner has asked for a reset, long enough ago for the offices to see it.
    let mut recoveries = HashMap::new();
    for phone in ["13900000100", "13900000102", "13900000101", "13900000002"] {
        use sea_orm::{ActiveModelTrait, Set};
        let l = learner_of(&app, phone).await;
        let u = entity::unit::Entity::find_by_id(l.unit_id.unwrap())
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let at = app.clock.now() - chrono::Duration::hours(30);
        let row = entity::recovery_request::ActiveModel {
            code_digest: Set(format!("isolation-{phone}")),
            phone: Set(phone.to_owned()),
            name: Set(l.name.clone()),
            unit_name: Set(u.name.clone()),
            learner_id: Set(Some(l.id)),
            unit_id: Set(Some(u.id)),
            region_path: Set(Some(u.region_path.clone())),
            source_key: Set("isolation".into()),
            status: Set(entity::recovery_request::RecoveryStatus::Pending),
            created_at: Set(at),
            escalate_at: Set(at),
            resolved_at: Set(None),
            resolved_by: Set(None),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
        recoveries.insert(phone, format!("rec_{}", row.id));
    }

    // A notice in each foreign region, posted by the province office.
    let mut notices_of = HashMap::new();
    for region in [&changsha, &yanfeng] {
        let body = app
            .gql(
                Some(&province),
                "mutation($r: ID!) { postNotice(input: {regionId: $r, title: \"外地通知\", body: \"正文\"}) { id } }",
                json!({"r": region}),
            )
            .await;
        let id = body["data"]["postNotice"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("postNotice: {body}"))
            .to_owned();
        notices_of.insert(region.as_str(), id);
    }

    let city_admin = app.admin("13800000002").await;
    let district_admin = app.admin("13800000003").await;
    let unit_admin = app.admin("13800000005").await;
    let learner = app.learner("13900000001").await;

    let foreign = |region: &str,
                   unit: &str,
                   learner: (&str, &str, &'static str),
                   grant: &str,
                   exemption: &str,
                   exam: Exam| {
        Foreign {
            session: exam.session,
            attempt: exam.attempt,
            question: exam.question,
            centre: exam.centre,
            region: region.to_owned(),
            child_code: if region == changsha { "430103" } else { "430499" },
            region_role: if region == changsha {
                "CITY_ADMIN"
            } else {
                "DISTRICT_ADMIN"
            },
            unit: unit.to_owned(),
            learner: learner.0.to_owned(),
            learner_account: learner.1.to_owned(),
            learner_phone: learner.2,
            grant: grant.to_owned(),
            exemption: exemption.to_owned(),
            province: hunan.clone(),
            campaign: campaign_id.clone(),
            item: item_id.clone(),
            recovery: recoveries[learner.2].clone(),
            notice: notices_of[region].clone(),
        }
    };
    let exam = |session: &str, phone: &str| Exam {
        session: session.to_owned(),
        attempt: attempts[phone].clone(),
        question: question.clone(),
        centre: centre.clone(),
    };
    let another_city = foreign(
        &changsha,
        &furong_unit,
        (&changsha_learner, &changsha_account, "13900000100"),
        &furong_grant,
        &changsha_exemption,
        exam(&furong_session, "13900000100"),
    );
    let another_district = foreign(
        &yanfeng,
        &yanfeng_unit,
        (&yanfeng_learner, &yanfeng_account, "13900000102"),
        &yanfeng_grant,
        &yanfeng_exemption,
        exam(&yanfeng_session, "13900000102"),
    );
    let another_unit = foreign(
        &yanfeng,
        &lianhe_unit,
        (&lianhe_learner, &lianhe_account, "13900000101"),
        &yanfeng_unit_grant,
        &lianhe_exemption,
        exam(&lianhe_session, "13900000101"),
    );
    let another_learner = foreign(
        &yanfeng,
        &lianhe_unit,
        (&peer_learner, &peer_account, "13900000002"),
        &yanfeng_unit_grant,
        &peer_exemption,
        exam(&lianhe_session, "13900000002"),
    );
    let cases: Vec<(&str, &String, Vec<&Foreign>)> = vec![
        ("CITY_ADMIN", &city_admin, vec![&another_city]),
        (
            "DISTRICT_ADMIN",
            &district_admin,
            vec![&another_city, &another_district],
        ),
        (
            "UNIT_ADMIN",
            &unit_admin,
            vec![&another_city, &another_district, &another_unit],
        ),
        (
            "LEARNER",
            &learner,
            vec![&another_city, &another_district, &another_unit, &another_learner],
        ),
    ];

    let before = snapshot(&app).await;
    let mut covered = BTreeSet::new();
    for (role, token, foreigners) in &cases {
        for foreign in foreigners {
            for (field, query, variables) in operations(foreign) {
                let body = app.gql(Some(token), query, variables.clone()).await;
                assert!(
                    matches!(crate::helpers::code(&body), "NOT_FOUND" | "FORBIDDEN"),
                    "{role} {field} {variables}: {body}"
                );
                assert_error(&body, &["NOT_FOUND", "FORBIDDEN"]);
                covered.insert(field);
            }
            // File uploads go as multipart requests.
            let import =
                "mutation($u: ID!, $file: Upload!) { importLearners(unitId: $u, file: $file) { created } }";
            let csv = "姓名,手机号\n越权,13799999997\n".as_bytes().to_vec();
            let body = app
                .upload(
                    token,
                    import,
                    json!({"u": foreign.unit}),
                    "r.csv",
                    "text/csv",
                    csv,
                )
                .await;
            assert_error(&body, &["NOT_FOUND", "FORBIDDEN"]);
            covered.insert("importLearners");
            let items = "mutation($c: ID!, $file: Upload!) { importStudyItems(campaignId: $c, file: $file) { created } }";
            let csv = "标题,类别,分值,最短阅读秒数,正文\n越权,指定读本,5,0,越权\n"
                .as_bytes()
                .to_vec();
            let body = app
                .upload(
                    token,
                    items,
                    json!({"c": foreign.campaign}),
                    "i.csv",
                    "text/csv",
                    csv,
                )
                .await;
            assert_error(&body, &["NOT_FOUND", "FORBIDDEN"]);
            covered.insert("importStudyItems");
            let bank = "mutation($c: ID!, $file: Upload!) { importQuestions(campaignId: $c, file: $file) { created } }";
            let csv = "题型,题干,选项A,选项B,答案\n判断,越权题,正确,错误,A\n"
                .as_bytes()
                .to_vec();
            let body = app
                .upload(
                    token,
                    bank,
                    json!({"c": foreign.campaign}),
                    "q.csv",
                    "text/csv",
                    csv,
                )
                .await;
            assert_error(&body, &["NOT_FOUND", "FORBIDDEN"]);
            covered.insert("importQuestions");
        }
    }
    // The learner sees its own unit but not its roster, nor the district's audit log.
    let own_unit = format!("unit_{}", unit_named(&app, "蒸湘区司法局").await.id);
    let roster = app
        .gql(
            Some(&learner),
            "query($id: ID!) { unit(id: $id) { name learners { totalCount } } }",
            json!({"id": own_unit}),
        )
        .await;
    assert_eq!(roster["data"]["unit"]["name"], "蒸湘区司法局", "{roster}");
    assert_error(&roster, &["FORBIDDEN"]);
    assert_eq!(
        snapshot(&app).await,
        before,
        "a refused operation changed something"
    );

    // Every root field is either in the matrix or acts on the caller alone.
    let schema = app
        .gql(
            None,
            "{ __schema { queryType { fields { name } } mutationType { fields { name } } } }",
            json!({}),
        )
        .await;
    let mut all = BTreeSet::new();
    for kind in ["queryType", "mutationType"] {
        for field in schema["data"]["__schema"][kind]["fields"].as_array().unwrap() {
            all.insert(field["name"].as_str().unwrap().to_owned());
        }
    }
    let accounted: BTreeSet<String> = covered
        .iter()
        .map(|s| s.to_string())
        .chain(SELF_ONLY.iter().map(|s| s.to_string()))
        .collect();
    let missing: Vec<_> = all.difference(&accounted).collect();
    assert!(
        missing.is_empty(),
        "root fields not in the isolation matrix: {missing:?}"
    );
}
