//! The question bank and the study material in the console (issue 28, major 12): listed with
//! search and cursor paging, withdrawn and restored at any time (a withdrawn question stays in
//! the papers already drawn and leaves every new draw), and copied from an earlier year at any
//! time without duplicates; the campaigns the console's year selector offers.

use std::collections::HashSet;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use serde_json::{Value, json};

use crate::helpers::exam::{
    attempt, bank, correct_labels, questions_of, save, start, str_of, submit, unit_session,
};
use crate::helpers::record::{DISTRICT, PROVINCE, UNIT_ADMIN, current_campaign, province_gid};
use crate::helpers::{Backend, TestApp, assert_error, campaign_input};
use crate::on_both_backends;

on_both_backends!(
    the_bank_and_the_material_are_listed_searched_and_paged,
    a_withdrawn_question_stays_in_papers_drawn_and_leaves_new_draws,
    material_is_copied_from_an_earlier_year_at_any_time_without_duplicates,
    the_year_selector_lists_every_year_and_opens_on_the_current_one,
);

const QUESTION_BANK: &str = "query($c: ID!, $s: String, $w: Boolean, $f: Int, $a: String) { \
     questionBank(campaignId: $c, search: $s, withdrawn: $w, first: $f, after: $a) { \
     totalCount pageInfo { hasNextPage endCursor } nodes { id type stem lawSource withdrawn practice } } }";
const STUDY_MATERIAL: &str = "query($c: ID!, $s: String, $w: Boolean, $f: Int, $a: String) { \
     studyMaterial(campaignId: $c, search: $s, withdrawn: $w, first: $f, after: $a) { \
     totalCount pageInfo { hasNextPage endCursor } nodes { id category title withdrawn } } }";
const ALL_QUESTIONS: &str = "query($c: ID!) { questions(campaignId: $c) { id stem lawSource withdrawn } }";
const ALL_ITEMS: &str =
    "query($c: ID!) { studyItems(campaignId: $c, includeWithdrawn: true) { id title withdrawn } }";
const LEARNER_ITEMS: &str = "query($c: ID!) { studyItems(campaignId: $c) { id } }";
const WITHDRAW_QUESTION: &str =
    "mutation($id: ID!, $w: Boolean!) { withdrawQuestion(id: $id, withdrawn: $w) { id withdrawn } }";
const WITHDRAW_ITEM: &str =
    "mutation($id: ID!, $w: Boolean!) { withdrawStudyItem(id: $id, withdrawn: $w) { id withdrawn } }";
const COPY: &str = "mutation($f: ID!, $t: ID!) { copyCampaignMaterial(fromCampaignId: $f, toCampaignId: $t) { \
     studyItems questions studyItemsAlreadyThere questionsAlreadyThere } }";
const CAMPAIGNS: &str = "{ campaigns { id year } currentCampaign { id year } }";

/// Every row of a connection, page by page (`first` each), with the total each page told.
async fn every_page(
    app: &TestApp,
    token: &str,
    query: &str,
    field: &str,
    variables: Value,
    first: i64,
) -> (Vec<Value>, i64) {
    let mut rows = Vec::new();
    let mut after: Option<String> = None;
    let mut total = None;
    loop {
        let mut v = variables.clone();
        v["f"] = json!(first);
        v["a"] = json!(after);
        let body = app.gql(Some(token), query, v).await;
        assert!(body["errors"].is_null(), "{field}: {body}");
        let conn = &body["data"][field];
        let nodes = conn["nodes"].as_array().unwrap();
        assert!(nodes.len() as i64 <= first, "a page longer than first: {conn}");
        let count = conn["totalCount"].as_i64().unwrap();
        assert_eq!(
            *total.get_or_insert(count),
            count,
            "the total changed between pages"
        );
        rows.extend(nodes.iter().cloned());
        if conn["pageInfo"]["hasNextPage"] != true {
            break;
        }
        assert_eq!(nodes.len() as i64, first, "a short page before the last: {conn}");
        after = Some(str_of(&conn["pageInfo"], "endCursor").to_owned());
    }
    (rows, total.unwrap_or(0))
}

fn ids(rows: &[Value]) -> Vec<String> {
    rows.iter().map(|r| str_of(r, "id").to_owned()).collect()
}

async fn listed(app: &TestApp, token: &str, query: &str, field: &str, c: &str) -> Vec<Value> {
    let body = app.gql(Some(token), query, json!({"c": c})).await;
    body["data"][field]
        .as_array()
        .cloned()
        .unwrap_or_else(|| panic!("{field}: {body}"))
}

async fn the_bank_and_the_material_are_listed_searched_and_paged(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin(PROVINCE).await;
    let c = current_campaign(&app, &province).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let all = listed(&app, &province, ALL_QUESTIONS, "questions", &c).await;
    assert!(all.len() > 100, "the demo bank: {}", all.len());

    // Every question once, in id order, across pages of 37.
    let (rows, total) = every_page(
        &app,
        &province,
        QUESTION_BANK,
        "questionBank",
        json!({"c": c}),
        37,
    )
    .await;
    assert_eq!(total, all.len() as i64);
    assert_eq!(
        ids(&rows),
        ids(&all),
        "the pages hold the bank in id order, each question once"
    );

    // A search finds exactly the questions whose stem or law holds the text; `%` and `_` are
    // taken literally.
    let stem = str_of(&all[3], "stem");
    let word: String = stem.chars().skip(2).take(4).collect();
    for text in [word.as_str(), "宪法", "%", "_", "《"] {
        let expected: Vec<String> = all
            .iter()
            .filter(|q| str_of(q, "stem").contains(text) || str_of(q, "lawSource").contains(text))
            .map(|q| str_of(q, "id").to_owned())
            .collect();
        let (found, total) = every_page(
            &app,
            &province,
            QUESTION_BANK,
            "questionBank",
            json!({"c": c, "s": format!("  {text} ")}),
            50,
        )
        .await;
        assert_eq!(ids(&found), expected, "search {text:?}");
        assert_eq!(total, expected.len() as i64);
    }
    assert!(
        every_page(
            &app,
            &province,
            QUESTION_BANK,
            "questionBank",
            json!({"c": c, "s": word}),
            50
        )
        .await
        .0
        .iter()
        .any(|q| q["id"] == all[3]["id"]),
        "the question searched for is found"
    );

    // Withdrawn ones, then only the others.
    let pulled = str_of(&all[5], "id").to_owned();
    let body = app
        .gql(
            Some(&province),
            WITHDRAW_QUESTION,
            json!({"id": pulled, "w": true}),
        )
        .await;
    assert_eq!(body["data"]["withdrawQuestion"]["withdrawn"], true, "{body}");
    let (withdrawn, _) = every_page(
        &app,
        &province,
        QUESTION_BANK,
        "questionBank",
        json!({"c": c, "w": true}),
        20,
    )
    .await;
    let before: usize = all.iter().filter(|q| q["withdrawn"] == true).count();
    assert_eq!(withdrawn.len(), before + 1);
    assert!(withdrawn.iter().all(|q| q["withdrawn"] == true));
    assert!(withdrawn.iter().any(|q| q["id"] == pulled.as_str()));
    let (drawable, _) = every_page(
        &app,
        &province,
        QUESTION_BANK,
        "questionBank",
        json!({"c": c, "w": false}),
        100,
    )
    .await;
    assert_eq!(drawable.len() + withdrawn.len(), all.len());
    assert!(drawable.iter().all(|q| q["withdrawn"] == false));

    // The material likewise: every item once, a search by title, withdrawn filter.
    let items = listed(&app, &province, ALL_ITEMS, "studyItems", &c).await;
    assert!(items.len() > 3, "the demo material: {}", items.len());
    let mut by_id = items.clone();
    by_id.sort_by_key(|i| {
        str_of(i, "id")
            .rsplit('_')
            .next()
            .unwrap()
            .parse::<i64>()
            .unwrap()
    });
    let (rows, total) = every_page(
        &app,
        &province,
        STUDY_MATERIAL,
        "studyMaterial",
        json!({"c": c}),
        3,
    )
    .await;
    assert_eq!(total, items.len() as i64);
    assert_eq!(ids(&rows), ids(&by_id));
    let title: String = str_of(&by_id[1], "title").chars().take(3).collect();
    let expected: Vec<String> = by_id
        .iter()
        .filter(|i| str_of(i, "title").contains(title.as_str()))
        .map(|i| str_of(i, "id").to_owned())
        .collect();
    let (found, _) = every_page(
        &app,
        &province,
        STUDY_MATERIAL,
        "studyMaterial",
        json!({"c": c, "s": title}),
        100,
    )
    .await;
    assert_eq!(ids(&found), expected);
    let item = str_of(&by_id[1], "id").to_owned();
    let learner = app.learner("13900000021").await;
    let offered = listed(&app, &learner, LEARNER_ITEMS, "studyItems", &c).await;
    assert!(offered.iter().any(|i| i["id"] == item.as_str()));
    let body = app
        .gql(Some(&province), WITHDRAW_ITEM, json!({"id": item, "w": true}))
        .await;
    assert_eq!(body["data"]["withdrawStudyItem"]["withdrawn"], true, "{body}");
    let (withdrawn, _) = every_page(
        &app,
        &province,
        STUDY_MATERIAL,
        "studyMaterial",
        json!({"c": c, "w": true}),
        100,
    )
    .await;
    assert_eq!(ids(&withdrawn), vec![item.clone()]);
    // Learners no longer see it, in the list or by id; restored, it is back.
    let offered = listed(&app, &learner, LEARNER_ITEMS, "studyItems", &c).await;
    assert!(!offered.iter().any(|i| i["id"] == item.as_str()));
    assert_error(
        &app.gql(
            Some(&learner),
            "query($i: ID!) { studyItem(id: $i) { id } }",
            json!({"i": item}),
        )
        .await,
        &["NOT_FOUND"],
    );
    let body = app
        .gql(Some(&province), WITHDRAW_ITEM, json!({"id": item, "w": false}))
        .await;
    assert_eq!(body["data"]["withdrawStudyItem"]["withdrawn"], false, "{body}");
    let offered = listed(&app, &learner, LEARNER_ITEMS, "studyItems", &c).await;
    assert!(offered.iter().any(|i| i["id"] == item.as_str()));

    // Only the province office; a bad page size is told, and changes nothing.
    for phone in [DISTRICT, UNIT_ADMIN] {
        let token = app.admin(phone).await;
        for (query, _) in [(QUESTION_BANK, "questionBank"), (STUDY_MATERIAL, "studyMaterial")] {
            assert_error(
                &app.gql(Some(&token), query, json!({"c": c})).await,
                &["FORBIDDEN"],
            );
        }
        assert_error(
            &app.gql(Some(&token), WITHDRAW_QUESTION, json!({"id": pulled, "w": false}))
                .await,
            &["FORBIDDEN"],
        );
    }
    assert_error(
        &app.gql(Some(&learner), QUESTION_BANK, json!({"c": c})).await,
        &["FORBIDDEN"],
    );
    for first in [0, 101] {
        assert_error(
            &app.gql(Some(&province), QUESTION_BANK, json!({"c": c, "f": first}))
                .await,
            &["BAD_USER_INPUT"],
        );
    }
    assert_error(
        &app.gql(Some(&province), STUDY_MATERIAL, json!({"c": c, "a": "nonsense"}))
            .await,
        &["BAD_USER_INPUT"],
    );
    // Another campaign id that does not exist answers like a missing one.
    assert_error(
        &app.gql(Some(&province), QUESTION_BANK, json!({"c": "camp_99999"}))
            .await,
        &["NOT_FOUND"],
    );
}

async fn a_withdrawn_question_stays_in_papers_drawn_and_leaves_new_draws(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin(PROVINCE).await;
    let first = app.learner("13900000001").await;
    let second = app.learner("13900000002").await;
    let c = current_campaign(&app, &first).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let session = unit_session(&app, &first, &c, "MAIN").await;
    let key = bank(&app, &province, &c).await;

    // A question found wrong mid-window, in a paper already drawn: withdrawn.
    let drawn = start(&app, &first, &session).await;
    let pulled_stem = str_of(&questions_of(&drawn)[0], "stem").to_owned();
    let pulled = key[&pulled_stem].id.clone();
    let body = app
        .gql(
            Some(&province),
            WITHDRAW_QUESTION,
            json!({"id": pulled, "w": true}),
        )
        .await;
    assert_eq!(body["data"]["withdrawQuestion"]["withdrawn"], true, "{body}");

    // The paper already drawn keeps it as drawn (same questions, same order)...
    let again = attempt(&app, &first, str_of(&drawn, "id")).await;
    let stems = |a: &Value| -> Vec<String> {
        questions_of(a)
            .iter()
            .map(|q| str_of(q, "stem").to_owned())
            .collect()
    };
    assert_eq!(
        stems(&again),
        stems(&drawn),
        "a drawn paper does not change under the learner"
    );
    // ... and grades it by the bank's key: every answer right is 100.
    for q in questions_of(&again) {
        assert!(
            save(
                &app,
                &first,
                str_of(&again, "id"),
                str_of(q, "id"),
                &correct_labels(q, &key),
                None
            )
            .await
        );
    }
    assert_eq!(submit(&app, &first, str_of(&again, "id")).await["score"], 100);

    // A new draw never holds it; restored, it may be drawn again (the bank says so).
    let fresh = start(&app, &second, &session).await;
    assert_eq!(questions_of(&fresh).len(), 80);
    assert!(
        !stems(&fresh).contains(&pulled_stem),
        "a withdrawn question was drawn into a new paper"
    );
    let body = app
        .gql(
            Some(&province),
            WITHDRAW_QUESTION,
            json!({"id": pulled, "w": false}),
        )
        .await;
    assert_eq!(body["data"]["withdrawQuestion"]["withdrawn"], false, "{body}");
    let (drawable, _) = every_page(
        &app,
        &province,
        QUESTION_BANK,
        "questionBank",
        json!({"c": c, "w": false, "s": pulled_stem}),
        20,
    )
    .await;
    assert!(drawable.iter().any(|q| q["id"] == pulled.as_str()));
    // The submitted attempt kept its score.
    let kept = attempt(&app, &first, str_of(&drawn, "id")).await;
    assert_eq!(kept["score"], 100);
}

/// `hour` o'clock, China Standard Time, on `day`.
fn china(day: NaiveDate, hour: u32) -> DateTime<Utc> {
    xuefa::infra::clock::CHINA
        .from_local_datetime(&day.and_hms_opt(hour, 0, 0).unwrap())
        .single()
        .unwrap()
        .with_timezone(&Utc)
}

async fn create_year(app: &TestApp, province: &str, year: i64) -> (String, NaiveDate) {
    let body = app
        .gql(
            Some(province),
            "mutation($i: CampaignInput!) { createCampaign(input: $i) { id studyStart } }",
            json!({"i": campaign_input(&province_gid(app).await, year as i32)}),
        )
        .await;
    let created = &body["data"]["createCampaign"];
    (
        created["id"]
            .as_str()
            .unwrap_or_else(|| panic!("createCampaign: {body}"))
            .to_owned(),
        str_of(created, "studyStart").parse().unwrap(),
    )
}

async fn copy(app: &TestApp, province: &str, from: &str, to: &str) -> Value {
    let body = app.gql(Some(province), COPY, json!({"f": from, "t": to})).await;
    assert!(body["errors"].is_null(), "copyCampaignMaterial: {body}");
    body["data"]["copyCampaignMaterial"].clone()
}

async fn material_is_copied_from_an_earlier_year_at_any_time_without_duplicates(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin(PROVINCE).await;
    let this = current_campaign(&app, &province).await;
    let year = this["year"].as_i64().unwrap();
    let this = str_of(&this, "id").to_owned();
    let (next, next_study) = create_year(&app, &province, year + 1).await;
    let live_questions = listed(&app, &province, ALL_QUESTIONS, "questions", &this)
        .await
        .iter()
        .filter(|q| q["withdrawn"] == false)
        .count() as i64;
    let live_items = listed(&app, &province, ALL_ITEMS, "studyItems", &this)
        .await
        .iter()
        .filter(|q| q["withdrawn"] == false)
        .count() as i64;

    // December: the first copy brings everything not withdrawn.
    let copied = copy(&app, &province, &this, &next).await;
    assert_eq!(copied["questions"], live_questions, "{copied}");
    assert_eq!(copied["studyItems"], live_items, "{copied}");
    assert_eq!(copied["questionsAlreadyThere"], 0);

    // The new year edits its own: one question withdrawn there, one item withdrawn there.
    let next_questions = listed(&app, &province, ALL_QUESTIONS, "questions", &next).await;
    let next_items = listed(&app, &province, ALL_ITEMS, "studyItems", &next).await;
    assert_eq!(next_questions.len() as i64, live_questions);
    let pulled = str_of(&next_questions[0], "id");
    app.gql(
        Some(&province),
        WITHDRAW_QUESTION,
        json!({"id": pulled, "w": true}),
    )
    .await;
    let pulled_item = str_of(&next_items[0], "id");
    app.gql(
        Some(&province),
        WITHDRAW_ITEM,
        json!({"id": pulled_item, "w": true}),
    )
    .await;

    // The day before next year's study starts and on that day (when the old offer was long
    // gone): a copy again copies nothing twice and brings nothing pulled back.
    app.learner("13900000021").await;
    for day in [next_study - Duration::days(1), next_study] {
        app.clock.set(china(day, 9));
        let province = app.admin(PROVINCE).await;
        let again = copy(&app, &province, &this, &next).await;
        assert_eq!(again["questions"], 0, "{day}: {again}");
        assert_eq!(again["studyItems"], 0, "{day}: {again}");
        assert_eq!(again["questionsAlreadyThere"], live_questions, "{day}: {again}");
        assert_eq!(again["studyItemsAlreadyThere"], live_items, "{day}: {again}");
        let now = listed(&app, &province, ALL_QUESTIONS, "questions", &next).await;
        assert_eq!(now.len(), next_questions.len(), "{day}: no question twice");
        assert!(now.iter().any(|q| q["id"] == pulled && q["withdrawn"] == true));
        let items = listed(&app, &province, ALL_ITEMS, "studyItems", &next).await;
        assert_eq!(items.len(), next_items.len(), "{day}: no item twice");
        let titles: HashSet<&str> = items.iter().map(|i| str_of(i, "title")).collect();
        assert_eq!(titles.len(), items.len(), "{day}: a title twice");
        // Learners of next year see what is offered there.
        let learner = app.login("13900000021", "Study2026x").await;
        let offered = listed(&app, &learner, LEARNER_ITEMS, "studyItems", &next).await;
        assert_eq!(offered.len() as i64, live_items - 1, "{day}");
    }

    // A question added to last year's bank later is copied on its own.
    let province = app.admin(PROVINCE).await;
    let csv = "题型,题干,选项A,选项B,答案,解析,法律依据\n单选,复制测试：我国的根本法是（　）。,民法典,宪法,B,宪法是国家的根本法。,《宪法》\n";
    let body = app
        .upload(
            &province,
            "mutation($c: ID!, $file: Upload!) { importQuestions(campaignId: $c, file: $file) { created errors { row message } } }",
            json!({"c": this}),
            "题库.csv",
            "text/csv",
            csv.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(body["data"]["importQuestions"]["created"], 1, "{body}");
    let later = copy(&app, &province, &this, &next).await;
    assert_eq!(later["questions"], 1, "{later}");
    assert_eq!(later["studyItems"], 0, "{later}");

    // Refused, and nothing changes: the same campaign as source, a district office.
    assert_error(
        &app.gql(Some(&province), COPY, json!({"f": next, "t": next}))
            .await,
        &["BAD_USER_INPUT"],
    );
    let district = app.admin(DISTRICT).await;
    assert_error(
        &app.gql(Some(&district), COPY, json!({"f": this, "t": next}))
            .await,
        &["FORBIDDEN"],
    );
    assert_eq!(
        listed(&app, &province, ALL_QUESTIONS, "questions", &next)
            .await
            .len(),
        next_questions.len() + 1
    );
}

async fn the_year_selector_lists_every_year_and_opens_on_the_current_one(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin(PROVINCE).await;
    let this = current_campaign(&app, &province).await;
    let year = this["year"].as_i64().unwrap();
    let (next, next_study) = create_year(&app, &province, year + 1).await;

    // Every year, the latest first, for offices, units and learners alike; the one it opens
    // on is this year's until the day before next year's study starts, next year's from then.
    app.learner("13900000021").await;
    for (day, current) in [
        (next_study - Duration::days(1), this["id"].as_str().unwrap()),
        (next_study, next.as_str()),
    ] {
        app.clock.set(china(day, 9));
        for token in [
            app.admin(PROVINCE).await,
            app.admin(DISTRICT).await,
            app.admin(UNIT_ADMIN).await,
            app.login("13900000021", "Study2026x").await,
        ] {
            let body = app.gql(Some(&token), CAMPAIGNS, json!({})).await;
            let years: Vec<i64> = body["data"]["campaigns"]
                .as_array()
                .unwrap_or_else(|| panic!("campaigns: {body}"))
                .iter()
                .map(|c| c["year"].as_i64().unwrap())
                .collect();
            assert_eq!(years[..2], [year + 1, year], "{day}: {body}");
            assert!(years.windows(2).all(|w| w[0] > w[1]), "{years:?}");
            assert_eq!(body["data"]["currentCampaign"]["id"], current, "{day}: {body}");
        }
    }
    assert_error(&app.gql(None, CAMPAIGNS, json!({})).await, &["UNAUTHENTICATED"]);
}
