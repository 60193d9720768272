//! The learners' home page questions: the current campaign, and whether and from which day a
//! learner may start the exam.

use chrono::Duration;
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, assert_error, fresh_database};
use crate::on_both_backends;
use xuefa::domain::ids::{CampaignId, LearnerId};

on_both_backends!(
    the_current_campaign_needs_no_year,
    eligibility_says_why_and_from_which_day,
    after_a_failed_main_exam_the_makeup_is_next,
    a_learner_between_units_finds_units_by_name,
    the_rules_and_the_statistics_agree_on_every_learner,
);

const CURRENT: &str = "{ currentCampaign { id year requiredPoints } }";
const ELIGIBILITY: &str = "query($c: ID!) { myEligibility(campaignId: $c) { mayStartNow liveAttemptId obstacle reason fromDay studyDeadline openSession { id kind } nextSession { id kind startsAt } } }";

async fn current_campaign(app: &TestApp, token: &str) -> String {
    let body = app.gql(Some(token), CURRENT, json!({})).await;
    body["data"]["currentCampaign"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("currentCampaign: {body}"))
        .to_owned()
}

async fn eligibility(app: &TestApp, token: &str, campaign: &str) -> Value {
    let body = app.gql(Some(token), ELIGIBILITY, json!({"c": campaign})).await;
    assert!(body["errors"].is_null(), "myEligibility: {body}");
    body["data"]["myEligibility"].clone()
}

fn day(app: &TestApp, offset: i64) -> String {
    (app.clock.today() + Duration::days(offset)).to_string()
}

async fn the_current_campaign_needs_no_year(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let learner = app.learner("13900000001").await;
    let office = app.admin("13800000003").await;
    let year = chrono::Datelike::year(&app.clock.today());
    let body = app.gql(Some(&learner), CURRENT, json!({})).await;
    assert_eq!(body["data"]["currentCampaign"]["year"], year, "{body}");
    assert_eq!(body["data"]["currentCampaign"]["requiredPoints"], 100, "{body}");
    // The same campaign as the one asked for by year, for a learner and an office alike.
    let by_year = app
        .gql(
            Some(&office),
            "query($y: Int!) { campaign(year: $y) { id } }",
            json!({"y": year}),
        )
        .await;
    assert_eq!(
        by_year["data"]["campaign"]["id"].as_str(),
        Some(current_campaign(&app, &learner).await.as_str())
    );
    assert_eq!(
        current_campaign(&app, &office).await,
        current_campaign(&app, &learner).await
    );
    // Not without logging in.
    let anonymous = app.gql(None, CURRENT, json!({})).await;
    assert_error(&anonymous, &["UNAUTHENTICATED"]);
}

async fn eligibility_says_why_and_from_which_day(backend: Backend) {
    let app = TestApp::spawn(backend).await;

    // Reached the points three days ago, the unit's MAIN session is open.
    let ready = app.learner("13900000001").await;
    let campaign = current_campaign(&app, &ready).await;
    let e = eligibility(&app, &ready, &campaign).await;
    assert_eq!(e["mayStartNow"], true, "{e}");
    assert!(e["obstacle"].is_null() && e["reason"].is_null(), "{e}");
    assert_eq!(e["fromDay"], day(&app, 0), "{e}");
    assert!(e["studyDeadline"].is_null(), "the points are reached: {e}");
    assert_eq!(e["openSession"]["kind"], "MAIN", "{e}");
    assert_eq!(e["openSession"]["id"], e["nextSession"]["id"], "{e}");

    // Part-way through the reading: says so, with the required points, and no day yet.
    let partway = app.learner("13900000021").await;
    let e = eligibility(&app, &partway, &campaign).await;
    assert_eq!(e["mayStartNow"], false, "{e}");
    assert_eq!(e["obstacle"], "STUDY_INCOMPLETE", "{e}");
    assert!(e["reason"].as_str().unwrap().contains("100 分"), "{e}");
    assert!(e["fromDay"].is_null(), "{e}");
    // The session runs on tomorrow: points reached today still count (never a past day).
    assert_eq!(e["studyDeadline"], day(&app, 0), "{e}");

    // Between units: told the step to take (issue 28, major 6; tests/api/year_majors.rs).
    let moving = app.learner("13900000029").await;
    let e = eligibility(&app, &moving, &campaign).await;
    assert_eq!(e["mayStartNow"], false, "{e}");
    assert_eq!(e["obstacle"], "BETWEEN_UNITS", "{e}");

    // The answer agrees with startExam: the part-way learner is refused there too.
    let session = e_session(&app, &ready, &campaign).await;
    let refused = app
        .gql(
            Some(&partway),
            "mutation($s: ID!) { startExam(sessionId: $s) { id } }",
            json!({"s": session}),
        )
        .await;
    assert_error(&refused, &["NOT_ELIGIBLE"]);

    // Only a learner has a standing.
    let office = app.admin("13800000003").await;
    let body = app.gql(Some(&office), ELIGIBILITY, json!({"c": campaign})).await;
    assert_error(&body, &["FORBIDDEN"]);
}

async fn e_session(app: &TestApp, token: &str, campaign: &str) -> String {
    eligibility(app, token, campaign).await["openSession"]["id"]
        .as_str()
        .expect("an open session")
        .to_owned()
}

async fn after_a_failed_main_exam_the_makeup_is_next(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let learner = app.learner("13900000002").await;
    let campaign = current_campaign(&app, &learner).await;
    let session = e_session(&app, &learner, &campaign).await;
    let started = app
        .gql(
            Some(&learner),
            "mutation($s: ID!) { startExam(sessionId: $s) { id } }",
            json!({"s": session}),
        )
        .await;
    let attempt = started["data"]["startExam"]["id"]
        .as_str()
        .expect("started")
        .to_owned();

    // A live attempt: the page offers to resume it.
    let e = eligibility(&app, &learner, &campaign).await;
    assert_eq!(e["mayStartNow"], true, "{e}");
    assert_eq!(e["liveAttemptId"], attempt.as_str(), "{e}");

    // Submitted with nothing answered: failed, the one MAIN attempt used, the make-up next.
    let submitted = app
        .gql(
            Some(&learner),
            "mutation($a: ID!) { submitExam(attemptId: $a) { passed } }",
            json!({"a": attempt}),
        )
        .await;
    assert_eq!(submitted["data"]["submitExam"]["passed"], false, "{submitted}");
    let e = eligibility(&app, &learner, &campaign).await;
    assert_eq!(e["mayStartNow"], false, "{e}");
    assert!(e["liveAttemptId"].is_null(), "{e}");
    assert_eq!(e["obstacle"], "NOT_YET_OPEN", "{e}");
    assert_eq!(e["nextSession"]["kind"], "MAKEUP", "{e}");
    assert!(e["openSession"].is_null(), "{e}");
    // The demo's make-up window opens 30 days from today.
    assert_eq!(e["fromDay"], day(&app, 30), "{e}");
    assert!(e["studyDeadline"].is_null(), "the points are reached: {e}");
}

async fn a_learner_between_units_finds_units_by_name(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // Between units: no unit of its own, still finds the province's units by name.
    let moving = app.learner("13900000029").await;
    let body = app
        .gql(
            Some(&moving),
            "query($n: String!) { searchUnits(name: $n) { id name regionName } }",
            json!({"n": "司法局"}),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    let found: Vec<(String, String)> = body["data"]["searchUnits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            (
                u["name"].as_str().unwrap().to_owned(),
                u["regionName"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    assert!(
        found.contains(&("蒸湘区司法局".into(), "蒸湘区".into())),
        "{body}"
    );
    assert!(
        found.contains(&("雁峰区司法局".into(), "雁峰区".into())),
        "{body}"
    );
    assert!(found.iter().all(|(name, _)| name.contains("司法局")), "{body}");

    // One character matches too much to be useful: the answer says so.
    let short = app
        .gql(Some(&moving), "{ searchUnits(name: \"局\") { id } }", json!({}))
        .await;
    assert_error(&short, &["BAD_USER_INPUT"]);
    // Not without logging in.
    let anonymous = app
        .gql(None, "{ searchUnits(name: \"司法局\") { id } }", json!({}))
        .await;
    assert_error(&anonymous, &["UNAUTHENTICATED"]);
}

/// The exam's rules read a learner's record through `Standing`; the statistics count the same
/// flags in SQL. On a generated province (retired and departed learners, exemptions, study
/// done and not, main and make-up attempts passed and failed) the two agree on every learner,
/// as `stats::verify` checks the stored figures against a recount.
async fn the_rules_and_the_statistics_agree_on_every_learner(backend: Backend) {
    use entity::{learner, learner_figure};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    use std::collections::HashMap;
    use xuefa::domain::standing::Standing;

    let dir = tempfile::tempdir().expect("temp dir");
    let url = fresh_database(&backend, &dir).await;
    let settings = xuefa::infra::config::DatabaseSettings { database_url: url };
    let db = xuefa::infra::db::connect(&settings).await.expect("connect");
    xuefa::domain::migrate(&db).await.expect("migrate");
    let options = xuefa::tools::generate::Options {
        learners: 1_500,
        units: 30,
        seed: 16,
    };
    let g = xuefa::tools::generate::generate(&db, &options, &|_| {})
        .await
        .expect("generate");
    let figures: HashMap<i32, learner_figure::Model> = learner_figure::Entity::find()
        .filter(learner_figure::Column::CampaignId.eq(g.campaign_id))
        .all(&db)
        .await
        .expect("figures")
        .into_iter()
        .map(|f| (f.learner_id, f))
        .collect();
    let learners = learner::Entity::find().all(&db).await.expect("learners");
    assert_eq!(learners.len(), 1_500);
    let mut seen = [0usize; 5];
    for l in &learners {
        let s = Standing::load(&db, LearnerId(l.id), CampaignId(g.campaign_id))
            .await
            .expect("standing")
            .expect("the learner exists");
        let should = s.should_take();
        let rules = (
            should,
            should && s.studied(),
            should && s.took(),
            should && s.passed(),
        );
        let counted = figures
            .get(&l.id)
            .map(|f| (f.should_take, f.studied, f.took, f.passed))
            .unwrap_or_default();
        assert_eq!(
            rules, counted,
            "learner {} ({:?}): rules vs statistics",
            l.id, l.status
        );
        for (i, flag) in [!should, rules.0, rules.1, rules.2, rules.3]
            .into_iter()
            .enumerate()
        {
            seen[i] += usize::from(flag);
        }
    }
    // The province is varied enough for the comparison to mean something: learners who should
    // not take it, and among those who should, some who studied, took and passed, and not all.
    for (i, n) in seen.iter().enumerate() {
        assert!(
            *n > 0 && *n < learners.len(),
            "flag {i} held for {n} of {}",
            learners.len()
        );
    }
}
