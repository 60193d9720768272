//! Study points: credited reading on the server's clock, category caps, exactly-once credits,
//! profile points, eligibility, the daily cap, and who sees whose progress.

use entity::{campaign, study_credit};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, assert_error};
use crate::helpers::{campaign_input, learner_of};
use crate::on_both_backends;
use xuefa::domain::ids::{CampaignId, LearnerId};

on_both_backends!(
    reading_time_is_checked_on_the_server_clock,
    items_read_at_the_same_time_share_the_reading_time,
    categories_are_capped_and_credits_happen_once,
    twenty_parallel_completions_credit_once,
    profile_points_and_eligibility,
    profile_points_come_with_a_write_never_with_a_read,
    daily_cap_when_the_campaign_sets_one,
    progress_is_visible_to_self_and_administrators_only,
    study_material_is_managed_by_the_province,
);

const MY_STUDY: &str = "query($c: ID!) { myStudy(campaignId: $c) { total required eligible completedOn byCategory { category points cap required } history { category points itemId } } }";
const OPEN: &str = "mutation($i: ID!) { openStudyItem(itemId: $i) { openedAt completableAt creditedPoints item { title } } }";
const COMPLETE: &str =
    "mutation($i: ID!) { completeStudyItem(itemId: $i) { total byCategory { category points cap } } }";
const CREATE: &str =
    "mutation($i: CreateStudyItemInput!) { createStudyItem(input: $i) { id points minReadingSeconds } }";

async fn demo_campaign(app: &TestApp) -> String {
    format!(
        "camp_{}",
        campaign::Entity::find().one(&app.db).await.unwrap().unwrap().id
    )
}

async fn new_item(
    app: &TestApp,
    province: &str,
    campaign: &str,
    category: &str,
    points: i32,
    seconds: i32,
) -> String {
    let body = app
        .gql(
            Some(province),
            CREATE,
            json!({"i": {"campaignId": campaign, "category": category, "title": format!("测试材料 {category} {points} {seconds} {}", rand_suffix()), "body": "正文", "points": points, "minReadingSeconds": seconds}}),
        )
        .await;
    body["data"]["createStudyItem"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned()
}

fn rand_suffix() -> u32 {
    use rand::RngCore;
    rand::rng().next_u32()
}

fn category_points(progress: &Value, category: &str) -> i64 {
    progress["byCategory"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["category"] == category)
        .unwrap()["points"]
        .as_i64()
        .unwrap()
}

async fn reading_time_is_checked_on_the_server_clock(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let campaign = demo_campaign(&app).await;
    let item = new_item(&app, &province, &campaign, "OTHER_LAW", 5, 1).await;
    let learner = app.learner("13900000021").await;
    let before = app.gql(Some(&learner), MY_STUDY, json!({"c": campaign})).await;
    let total_before = before["data"]["myStudy"]["total"].as_i64().unwrap();

    // Not opened yet.
    assert_error(
        &app.gql(Some(&learner), COMPLETE, json!({"i": item})).await,
        &["BAD_USER_INPUT"],
    );
    let opened = app.gql(Some(&learner), OPEN, json!({"i": item})).await;
    assert!(
        opened["data"]["openStudyItem"]["creditedPoints"].is_null(),
        "{opened}"
    );
    // Too soon: the server's clock decides, whatever the client says.
    let early = app.gql(Some(&learner), COMPLETE, json!({"i": item})).await;
    assert_error(&early, &["NOT_ELIGIBLE"]);
    assert!(early["errors"][0]["message"].as_str().unwrap().contains("秒"));
    app.clock.advance(chrono::Duration::milliseconds(1100));
    let done = app.gql(Some(&learner), COMPLETE, json!({"i": item})).await;
    assert_eq!(
        done["data"]["completeStudyItem"]["total"].as_i64().unwrap(),
        total_before + 5,
        "{done}"
    );
    // Reopening shows the credit and credits nothing more; completing again neither.
    let reopened = app.gql(Some(&learner), OPEN, json!({"i": item})).await;
    assert_eq!(reopened["data"]["openStudyItem"]["creditedPoints"], 5);
    let again = app.gql(Some(&learner), COMPLETE, json!({"i": item})).await;
    assert_eq!(
        again["data"]["completeStudyItem"]["total"].as_i64().unwrap(),
        total_before + 5
    );

    // Withdrawn and unknown items.
    let withdrawn = new_item(&app, &province, &campaign, "OTHER_LAW", 5, 0).await;
    app.gql(Some(&learner), OPEN, json!({"i": withdrawn})).await;
    let w = app
        .gql(
            Some(&province),
            "mutation($i: ID!) { withdrawStudyItem(id: $i) { withdrawn } }",
            json!({"i": withdrawn}),
        )
        .await;
    assert_eq!(w["data"]["withdrawStudyItem"]["withdrawn"], true, "{w}");
    assert_error(
        &app.gql(Some(&learner), COMPLETE, json!({"i": withdrawn})).await,
        &["BAD_USER_INPUT"],
    );
    assert_error(
        &app.gql(Some(&learner), COMPLETE, json!({"i": "item_99999"}))
            .await,
        &["NOT_FOUND"],
    );
    let items = app
        .gql(
            Some(&learner),
            "query($c: ID!) { studyItems(campaignId: $c) { id } }",
            json!({"c": campaign}),
        )
        .await;
    assert!(
        !items["data"]["studyItems"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["id"] == withdrawn.as_str())
    );
    // An administrator has no study points to earn, nor can it credit any by hand.
    assert_error(
        &app.gql(Some(&province), COMPLETE, json!({"i": item})).await,
        &["FORBIDDEN"],
    );
    let after = app.gql(Some(&learner), MY_STUDY, json!({"c": campaign})).await;
    assert_eq!(
        after["data"]["myStudy"]["total"].as_i64().unwrap(),
        total_before + 5
    );
}

/// Opening every item at once and completing them all after one item's reading time used to
/// credit them all: one person reads one thing at a time.
async fn items_read_at_the_same_time_share_the_reading_time(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let campaign = demo_campaign(&app).await;
    let mut items = Vec::new();
    for _ in 0..3 {
        items.push(new_item(&app, &province, &campaign, "OTHER_LAW", 5, 2).await);
    }
    let learner = app.learner("13900000024").await;
    let total = |body: &Value| body["data"]["completeStudyItem"]["total"].as_i64();
    let before = app.gql(Some(&learner), MY_STUDY, json!({"c": campaign})).await["data"]["myStudy"]["total"]
        .as_i64()
        .unwrap();
    for item in &items {
        app.gql(Some(&learner), OPEN, json!({"i": item})).await;
    }
    app.clock.advance(chrono::Duration::milliseconds(2200));
    let first = app.gql(Some(&learner), COMPLETE, json!({"i": items[0]})).await;
    assert_eq!(total(&first), Some(before + 5), "{first}");
    // The same two seconds do not count again for the second item.
    let second = app.gql(Some(&learner), COMPLETE, json!({"i": items[1]})).await;
    assert_error(&second, &["NOT_ELIGIBLE"]);
    let why = second["errors"][0]["message"].as_str().unwrap();
    assert!(why.contains("同一时间只计一篇"), "{why}");
    // Reopening says when it will count.
    let reopened = app.gql(Some(&learner), OPEN, json!({"i": items[1]})).await;
    let opened_at = reopened["data"]["openStudyItem"]["openedAt"].as_str().unwrap();
    let completable_at = reopened["data"]["openStudyItem"]["completableAt"]
        .as_str()
        .unwrap();
    let gap = chrono::DateTime::parse_from_rfc3339(completable_at).unwrap()
        - chrono::DateTime::parse_from_rfc3339(opened_at).unwrap();
    assert!(gap.num_milliseconds() >= 3500, "{reopened}");
    app.clock.advance(chrono::Duration::seconds(2));
    let second = app.gql(Some(&learner), COMPLETE, json!({"i": items[1]})).await;
    assert_eq!(total(&second), Some(before + 10), "{second}");
    assert_error(
        &app.gql(Some(&learner), COMPLETE, json!({"i": items[2]})).await,
        &["NOT_ELIGIBLE"],
    );
    app.clock.advance(chrono::Duration::seconds(2));
    let third = app.gql(Some(&learner), COMPLETE, json!({"i": items[2]})).await;
    assert_eq!(total(&third), Some(before + 15), "{third}");
}

async fn categories_are_capped_and_credits_happen_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let campaign = demo_campaign(&app).await;
    let learner = app.learner("13900000022").await;
    // Four 5-point hot events against a cap of 15.
    let mut last = Value::Null;
    for _ in 0..4 {
        let item = new_item(&app, &province, &campaign, "HOT_EVENT", 5, 0).await;
        app.gql(Some(&learner), OPEN, json!({"i": item})).await;
        last = app.gql(Some(&learner), COMPLETE, json!({"i": item})).await;
    }
    let progress = &last["data"]["completeStudyItem"];
    assert_eq!(category_points(progress, "HOT_EVENT"), 15, "{last}");
    let history = app.gql(Some(&learner), MY_STUDY, json!({"c": campaign})).await;
    let hot: Vec<i64> = history["data"]["myStudy"]["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["category"] == "HOT_EVENT")
        .map(|c| c["points"].as_i64().unwrap())
        .collect();
    assert_eq!(hot, vec![0, 5, 5, 5], "{history}");
}

async fn twenty_parallel_completions_credit_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let campaign = demo_campaign(&app).await;
    let item = new_item(&app, &province, &campaign, "OTHER_LAW", 5, 0).await;
    let learner = app.learner("13900000023").await;
    let total_before =
        app.gql(Some(&learner), MY_STUDY, json!({"c": campaign})).await["data"]["myStudy"]["total"]
            .as_i64()
            .unwrap();
    app.gql(Some(&learner), OPEN, json!({"i": item})).await;
    let calls = (0..20).map(|_| app.gql(Some(&learner), COMPLETE, json!({"i": item})));
    let results = futures_util::future::join_all(calls).await;
    for r in &results {
        assert_eq!(
            r["data"]["completeStudyItem"]["total"].as_i64(),
            Some(total_before + 5),
            "{r}"
        );
    }
    let l = learner_of(&app, "13900000023").await;
    let item_id: i32 = item.trim_start_matches("item_").parse().unwrap();
    let credits = study_credit::Entity::find()
        .filter(study_credit::Column::LearnerId.eq(l.id))
        .filter(study_credit::Column::ItemId.eq(item_id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(credits, 1);
}

async fn profile_points_and_eligibility(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let campaign = demo_campaign(&app).await;
    let today = app.clock.today();

    // Reached the required points days ago: eligible today.
    let done = app.learner("13900000001").await;
    let p = app.gql(Some(&done), MY_STUDY, json!({"c": campaign})).await;
    assert_eq!(p["data"]["myStudy"]["total"], 100, "{p}");
    assert_eq!(p["data"]["myStudy"]["eligible"], true);
    assert_eq!(
        p["data"]["myStudy"]["completedOn"],
        (today - chrono::Duration::days(3)).to_string()
    );

    // A new learner without rank: no profile points until the rank is filled in (the retirement
    // date is not needed: issue 28, blocker 2; this test fills in both).
    let unit_admin = app.admin("13800000005").await;
    let unit = app
        .id_of(
            &unit_admin,
            "{ me { roles { unit { id } } } }",
            "/data/me/roles/0/unit/id",
        )
        .await;
    let added = app
        .gql(
            Some(&unit_admin),
            "mutation($u: ID!) { addLearner(input: {unitId: $u, name: \"新学员\", phone: \"13600000901\"}) { id } }",
            json!({"u": unit}),
        )
        .await;
    let learner_id = added["data"]["addLearner"]["id"].as_str().unwrap().to_owned();
    let newcomer = app.learner("13600000901").await;
    let p = app.gql(Some(&newcomer), MY_STUDY, json!({"c": campaign})).await;
    assert_eq!(category_points(&p["data"]["myStudy"], "PROFILE"), 0, "{p}");
    let update = "mutation($id: ID!) { updateLearner(id: $id, input: {rank: \"科员\", retirementDate: \"2050-01-01\"}) { id } }";
    assert!(
        app.gql(Some(&newcomer), update, json!({"id": learner_id}))
            .await
            .get("errors")
            .is_none()
    );
    let p = app.gql(Some(&newcomer), MY_STUDY, json!({"c": campaign})).await;
    assert_eq!(category_points(&p["data"]["myStudy"], "PROFILE"), 5, "{p}");

    // Reaching the required points today: not eligible until tomorrow.
    for (category, count, points) in [("READER", 6, 10), ("HOT_EVENT", 3, 5), ("OTHER_LAW", 4, 5)] {
        for _ in 0..count {
            let item = new_item(&app, &province, &campaign, category, points, 0).await;
            app.gql(Some(&newcomer), OPEN, json!({"i": item})).await;
            app.gql(Some(&newcomer), COMPLETE, json!({"i": item})).await;
        }
    }
    let p = app.gql(Some(&newcomer), MY_STUDY, json!({"c": campaign})).await;
    assert_eq!(p["data"]["myStudy"]["total"], 100, "{p}");
    assert_eq!(p["data"]["myStudy"]["completedOn"], today.to_string());
    assert_eq!(p["data"]["myStudy"]["eligible"], false);
    let l = learner_of(&app, "13600000901").await;
    let c = campaign::Entity::find().one(&app.db).await.unwrap().unwrap();
    let standing = xuefa::domain::standing::Standing::load(&app.db, LearnerId(l.id), CampaignId(c.id))
        .await
        .unwrap()
        .expect("the learner exists");
    let refused = |day| standing.refusal(&c, None, day).map(|(o, _)| o);
    assert_eq!(
        refused(today),
        Some(xuefa::domain::standing::Obstacle::StudyIncomplete)
    );
    assert_eq!(refused(today + chrono::Duration::days(1)), None);
}

/// Reading one's progress writes nothing: the profile points of a campaign opened after the
/// profile was complete come with the learner's next write (opening an item), not with a read.
async fn profile_points_come_with_a_write_never_with_a_read(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let hunan = app
        .id_of(&province, "{ myScope { id } }", "/data/myScope/0/id")
        .await;
    // The profile is complete (the demo gives every learner a rank and a retirement date, the
    // password is changed here) before the new campaign exists.
    let learner = app.learner("13900000026").await;
    let l = learner_of(&app, "13900000026").await;
    assert!(l.rank.is_some() && l.retirement_date.is_some(), "{l:?}");

    let today = app.clock.today();
    let mut input = campaign_input(&hunan, chrono::Datelike::year(&today) + 1);
    input["studyStart"] = json!((today - chrono::Duration::days(1)).to_string());
    input["verificationDeadline"] = json!((today + chrono::Duration::days(5)).to_string());
    input["mainWindow"] = json!({"start": (today + chrono::Duration::days(10)).to_string(), "end": (today + chrono::Duration::days(20)).to_string()});
    input["makeupWindow"] = json!({"start": (today + chrono::Duration::days(30)).to_string(), "end": (today + chrono::Duration::days(31)).to_string()});
    let created = app
        .gql(
            Some(&province),
            "mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }",
            json!({"i": input}),
        )
        .await;
    let campaign = created["data"]["createCampaign"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{created}"))
        .to_owned();
    let campaign_id: i32 = campaign.trim_start_matches("camp_").parse().unwrap();

    for _ in 0..2 {
        let p = app.gql(Some(&learner), MY_STUDY, json!({"c": campaign})).await;
        assert_eq!(category_points(&p["data"]["myStudy"], "PROFILE"), 0, "{p}");
    }
    assert_eq!(credits(&app, l.id, campaign_id).await, 0, "a read wrote a credit");

    let item = new_item(&app, &province, &campaign, "READER", 10, 60).await;
    let opened = app.gql(Some(&learner), OPEN, json!({"i": item})).await;
    assert!(opened.get("errors").is_none(), "{opened}");
    let p = app.gql(Some(&learner), MY_STUDY, json!({"c": campaign})).await;
    assert_eq!(category_points(&p["data"]["myStudy"], "PROFILE"), 5, "{p}");
    assert_eq!(p["data"]["myStudy"]["total"], 5, "{p}");
    assert_eq!(credits(&app, l.id, campaign_id).await, 1);
}

async fn credits(app: &TestApp, learner_id: i32, campaign_id: i32) -> u64 {
    study_credit::Entity::find()
        .filter(study_credit::Column::LearnerId.eq(learner_id))
        .filter(study_credit::Column::CampaignId.eq(campaign_id))
        .count(&app.db)
        .await
        .unwrap()
}

async fn daily_cap_when_the_campaign_sets_one(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let hunan = app
        .id_of(&province, "{ myScope { id } }", "/data/myScope/0/id")
        .await;
    let today = app.clock.today();
    let year = chrono::Datelike::year(&today) + 1;
    let mut input = campaign_input(&hunan, year);
    input["studyStart"] = json!((today - chrono::Duration::days(1)).to_string());
    input["verificationDeadline"] = json!((today + chrono::Duration::days(5)).to_string());
    input["mainWindow"] = json!({"start": (today + chrono::Duration::days(10)).to_string(), "end": (today + chrono::Duration::days(20)).to_string()});
    input["makeupWindow"] = json!({"start": (today + chrono::Duration::days(30)).to_string(), "end": (today + chrono::Duration::days(31)).to_string()});
    input["dailyPointsCap"] = json!(10);
    let created = app
        .gql(
            Some(&province),
            "mutation($i: CampaignInput!) { createCampaign(input: $i) { id dailyPointsCap } }",
            json!({"i": input}),
        )
        .await;
    assert_eq!(
        created["data"]["createCampaign"]["dailyPointsCap"], 10,
        "{created}"
    );
    let capped = created["data"]["createCampaign"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let learner = app.learner("13900000024").await;
    let mut answers = Vec::new();
    for _ in 0..3 {
        let item = new_item(&app, &province, &capped, "OTHER_LAW", 5, 0).await;
        app.gql(Some(&learner), OPEN, json!({"i": item})).await;
        answers.push(app.gql(Some(&learner), COMPLETE, json!({"i": item})).await);
    }
    // The profile (5) came first with the password change, then one item: 10 for today.
    assert!(answers[0].get("errors").is_none(), "{:?}", answers[0]);
    assert_error(&answers[1], &["RATE_LIMITED"]);
    assert_error(&answers[2], &["RATE_LIMITED"]);
    let p = app.gql(Some(&learner), MY_STUDY, json!({"c": capped})).await;
    assert_eq!(p["data"]["myStudy"]["total"], 10, "{p}");
}

async fn progress_is_visible_to_self_and_administrators_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let campaign = demo_campaign(&app).await;
    let l21 = learner_of(&app, "13900000021").await;
    let query = "query($l: ID!, $c: ID!) { learner(id: $l) { name study(campaignId: $c) { total } } }";
    let vars = json!({"l": format!("lrn_{}", l21.id), "c": campaign});
    let own = app.learner("13900000021").await;
    let unit_admin = app.admin("13800000005").await;
    let seen = app.gql(Some(&unit_admin), query, vars.clone()).await;
    assert!(
        seen["data"]["learner"]["study"]["total"].as_i64().unwrap() > 0,
        "{seen}"
    );
    assert_error(
        &app.gql(Some(&app.admin("13800000006").await), query, vars.clone())
            .await,
        &["NOT_FOUND"],
    );
    assert_error(
        &app.gql(Some(&app.learner("13900000022").await), query, vars.clone())
            .await,
        &["NOT_FOUND"],
    );
    assert_eq!(
        app.gql(Some(&own), query, vars).await["data"]["learner"]["study"]["total"],
        seen["data"]["learner"]["study"]["total"]
    );

    // Who is below the required points in the unit: 21..28 part-way and 30, not 1..20 nor 29 (transferring).
    let unit = format!("unit_{}", l21.unit_id.unwrap());
    let below = app
        .gql(
            Some(&unit_admin),
            "query($u: ID!, $c: ID!) { unit(id: $u) { learnersBelowRequired(campaignId: $c, first: 100) { totalCount edges { node { phone } } } } }",
            json!({"u": unit, "c": campaign}),
        )
        .await;
    let conn = &below["data"]["unit"]["learnersBelowRequired"];
    assert_eq!(conn["totalCount"], 9, "{below}");
    let phones: Vec<&str> = conn["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["node"]["phone"].as_str().unwrap())
        .collect();
    assert!(phones.contains(&"13900000021") && phones.contains(&"13900000030"));
    assert!(!phones.contains(&"13900000001") && !phones.contains(&"13900000029"));
    let learner = app.learner("13900000025").await;
    assert_error(
        &app.gql(
            Some(&learner),
            "query($u: ID!, $c: ID!) { unit(id: $u) { learnersBelowRequired(campaignId: $c) { totalCount } } }",
            json!({"u": unit, "c": campaign}),
        )
        .await,
        &["FORBIDDEN"],
    );
}

async fn study_material_is_managed_by_the_province(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let district = app.admin("13800000003").await;
    let campaign = demo_campaign(&app).await;
    let input = |category: &str| json!({"i": {"campaignId": campaign, "category": category, "title": "标题", "body": "正文", "points": 5, "minReadingSeconds": 30}});
    assert_error(
        &app.gql(Some(&district), CREATE, input("READER")).await,
        &["FORBIDDEN"],
    );
    assert_error(
        &app.gql(Some(&province), CREATE, input("PROFILE")).await,
        &["BAD_USER_INPUT"],
    );
    let mut bad = input("READER");
    bad["i"]["points"] = json!(0);
    let refused = app.gql(Some(&province), CREATE, bad).await;
    assert_error(&refused, &["BAD_USER_INPUT"]);
    assert!(
        refused["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("points")
    );

    let csv = "标题,类别,分值,最短阅读秒数,正文\n宪法修正案,指定读本,10,60,正文一\n优化营商环境条例,其他法律法规,5,30,\"正文二，含逗号\"\n";
    let import = "mutation($c: ID!, $file: Upload!) { importStudyItems(campaignId: $c, file: $file) { created updated unchanged errors { row message } } }";
    let first = app
        .upload(
            &province,
            import,
            json!({"c": campaign}),
            "items.csv",
            "text/csv",
            csv.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(first["data"]["importStudyItems"]["created"], 2, "{first}");
    let again = app
        .upload(
            &province,
            import,
            json!({"c": campaign}),
            "items.csv",
            "text/csv",
            csv.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(again["data"]["importStudyItems"]["unchanged"], 2, "{again}");
    let bad_rows = "标题,类别,分值,最短阅读秒数,正文\n甲,不存在的类别,10,60,正文\n乙,热点事件,十,60,正文\n";
    let refused = app
        .upload(
            &province,
            import,
            json!({"c": campaign}),
            "items.csv",
            "text/csv",
            bad_rows.as_bytes().to_vec(),
        )
        .await;
    let rows: Vec<i64> = refused["data"]["importStudyItems"]["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["row"].as_i64().unwrap())
        .collect();
    assert_eq!(rows, vec![2, 3], "{refused}");
    let items = app
        .gql(
            Some(&district),
            "query($c: ID!) { studyItems(campaignId: $c, category: OTHER_LAW) { title } }",
            json!({"c": campaign}),
        )
        .await;
    assert!(
        items["data"]["studyItems"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["title"] == "优化营商环境条例"),
        "{items}"
    );
    let upload_by_district = app
        .upload(
            &district,
            import,
            json!({"c": campaign}),
            "items.csv",
            "text/csv",
            csv.as_bytes().to_vec(),
        )
        .await;
    assert_error(&upload_by_district, &["FORBIDDEN"]);
}
