//! What the administrators' console needs from the API: where the caller stands and what it
//! may do, the roster in pinyin order, masked phones with an audited reveal, a password reset
//! and an unlock by learner, browser download links, and the campaign's daily progress.

use calamine::{Data, Reader, Xlsx};
use entity::{audit_entry, campaign, exam_attempt, learner_figure, study_progress};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::region_id;
use crate::helpers::{Backend, TestApp, assert_error, code};
use crate::helpers::{learner_of, unit_named};
use crate::on_both_backends;

on_both_backends!(
    the_console_context_follows_the_role,
    roster_lists_names_in_pinyin_order,
    offices_see_masked_phones_and_a_reveal_is_audited,
    password_reset_and_unlock_by_learner,
    a_download_link_opens_once_without_the_token,
    daily_progress_ends_at_the_statistics,
);

const CONTEXT: &str = "{ consoleContext { role home { id name level } breadcrumb { name level manageable } sections masksPhones } }";

async fn campaign_id(app: &TestApp) -> String {
    let c = campaign::Entity::find().one(&app.db).await.unwrap().unwrap();
    format!("camp_{}", c.id)
}

async fn the_console_context_follows_the_role(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let unit_admin = app.admin("13800000005").await;
    let body = app.gql(Some(&unit_admin), CONTEXT, json!({})).await;
    let c = &body["data"]["consoleContext"];
    assert_eq!(c["role"], "UNIT_ADMIN", "{body}");
    assert_eq!(c["home"]["name"], "蒸湘区司法局");
    assert_eq!(c["home"]["level"], "UNIT");
    let crumbs: Vec<(&str, bool)> = c["breadcrumb"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["name"].as_str().unwrap(), b["manageable"].as_bool().unwrap()))
        .collect();
    assert_eq!(
        crumbs,
        [
            ("湖南省", false),
            ("衡阳市", false),
            ("蒸湘区", false),
            ("蒸湘区司法局", true)
        ]
    );
    let sections: Vec<&str> = c["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert!(
        sections.contains(&"ROSTER") && sections.contains(&"IMPORT") && sections.contains(&"EXAM_SESSIONS")
    );
    assert!(!sections.contains(&"AUDIT_LOG") && !sections.contains(&"CAMPAIGN"));
    assert_eq!(c["masksPhones"], false);

    let district = app.admin("13800000003").await;
    let body = app.gql(Some(&district), CONTEXT, json!({})).await;
    let c = &body["data"]["consoleContext"];
    assert_eq!(c["role"], "DISTRICT_ADMIN");
    assert_eq!(c["home"]["name"], "蒸湘区");
    assert_eq!(c["breadcrumb"].as_array().unwrap().len(), 3);
    assert_eq!(c["breadcrumb"][1]["manageable"], false);
    assert_eq!(c["breadcrumb"][2]["manageable"], true);
    assert_eq!(c["masksPhones"], true);
    let sections = c["sections"].to_string();
    assert!(sections.contains("AUDIT_LOG") && sections.contains("DASHBOARD") && !sections.contains("IMPORT"));

    let province = app.admin("13800000001").await;
    let body = app.gql(Some(&province), CONTEXT, json!({})).await;
    assert_eq!(body["data"]["consoleContext"]["role"], "PROVINCE_ADMIN");
    assert!(
        body["data"]["consoleContext"]["sections"]
            .to_string()
            .contains("CAMPAIGN")
    );

    // A breadcrumb of a unit below, for drill-down; another district's unit is not found.
    let unit = format!("unit_{}", unit_named(&app, "蒸湘区司法局").await.id);
    let crumbs = app
        .gql(
            Some(&district),
            "query($n: ID!) { breadcrumb(nodeId: $n) { name level manageable } }",
            json!({"n": unit}),
        )
        .await;
    assert_eq!(
        crumbs["data"]["breadcrumb"][3]["name"], "蒸湘区司法局",
        "{crumbs}"
    );
    assert_eq!(crumbs["data"]["breadcrumb"][3]["manageable"], true);
    let other = format!("unit_{}", unit_named(&app, "雁峰区司法局").await.id);
    let refused = app
        .gql(
            Some(&district),
            "query($n: ID!) { breadcrumb(nodeId: $n) { name } }",
            json!({"n": other}),
        )
        .await;
    assert_error(&refused, &["NOT_FOUND"]);

    // Learners have no console.
    let learner = app.learner("13900000001").await;
    assert_error(&app.gql(Some(&learner), CONTEXT, json!({})).await, &["FORBIDDEN"]);
}

const ROSTER: &str = "query($u: ID!, $f: LearnerFilter, $d: Boolean = false, $a: String, $n: Int) { unit(id: $u) { learners(first: $n, after: $a, filter: $f, descending: $d) { totalCount pageInfo { hasNextPage endCursor } nodes { name rank } } } }";

fn names(body: &Value) -> Vec<String> {
    body["data"]["unit"]["learners"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|n| n["name"].as_str().unwrap().to_owned())
        .collect()
}

async fn roster_lists_names_in_pinyin_order(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin("13800000005").await;
    let unit = format!("unit_{}", unit_named(&app, "蒸湘区司法局").await.id);
    // Code-point order would put 张 (U+5F20) before 陈 (U+9648) and 阿 (U+963F).
    for (i, (name, rank)) in [
        ("张三", "科员"),
        ("陈明", "副科级"),
        ("阿依古丽", "科员"),
        ("李四", "正科级"),
        ("林五", "科员"),
    ]
    .iter()
    .enumerate()
    {
        let body = app
            .gql(
                Some(&admin),
                "mutation($i: AddLearnerInput!) { addLearner(input: $i) { id } }",
                json!({"i": {"unitId": unit, "name": name, "phone": format!("1371111000{i}"), "rank": rank}}),
            )
            .await;
        assert!(body["data"]["addLearner"]["id"].is_string(), "{body}");
    }
    let filter = json!({"phone": "137111"});
    let all = app
        .gql(Some(&admin), ROSTER, json!({"u": unit, "f": filter, "n": 10}))
        .await;
    assert_eq!(names(&all), ["阿依古丽", "陈明", "李四", "林五", "张三"]);
    let reversed = app
        .gql(
            Some(&admin),
            ROSTER,
            json!({"u": unit, "f": filter, "d": true, "n": 10}),
        )
        .await;
    assert_eq!(names(&reversed), ["张三", "林五", "李四", "陈明", "阿依古丽"]);

    // Pages in that order, each learner once, both ways.
    for (descending, expected) in [(false, names(&all)), (true, names(&reversed))] {
        let mut seen = Vec::new();
        let mut after: Option<String> = None;
        loop {
            let page = app
                .gql(
                    Some(&admin),
                    ROSTER,
                    json!({"u": unit, "f": filter, "d": descending, "n": 2, "a": after}),
                )
                .await;
            seen.extend(names(&page));
            let info = &page["data"]["unit"]["learners"]["pageInfo"];
            if info["hasNextPage"] != true {
                break;
            }
            after = info["endCursor"].as_str().map(str::to_owned);
        }
        assert_eq!(seen, expected, "descending {descending}");
    }

    // A rank filter, with the others.
    let by_rank = app
        .gql(
            Some(&admin),
            ROSTER,
            json!({"u": unit, "f": {"phone": "137111", "rank": "科员"}, "n": 10}),
        )
        .await;
    assert_eq!(names(&by_rank), ["阿依古丽", "林五", "张三"]);
    assert_eq!(by_rank["data"]["unit"]["learners"]["totalCount"], 3);

    // A renamed learner moves to its new place.
    let chen = learner_of(&app, "13711110001").await;
    let renamed = app
        .gql(
            Some(&admin),
            "mutation($id: ID!) { updateLearner(id: $id, input: {name: \"周明\"}) { name } }",
            json!({"id": format!("lrn_{}", chen.id)}),
        )
        .await;
    assert_eq!(renamed["data"]["updateLearner"]["name"], "周明", "{renamed}");
    let all = app
        .gql(Some(&admin), ROSTER, json!({"u": unit, "f": filter, "n": 10}))
        .await;
    assert_eq!(names(&all), ["阿依古丽", "李四", "林五", "张三", "周明"]);
}

const LEARNER_PHONE: &str = "query($id: ID!) { learner(id: $id) { phone phoneMasked } }";

async fn offices_see_masked_phones_and_a_reveal_is_audited(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let l = learner_of(&app, "13900000007").await;
    let id = format!("lrn_{}", l.id);
    let unit_admin = app.admin("13800000005").await;
    let district = app.admin("13800000003").await;
    let full = app.gql(Some(&unit_admin), LEARNER_PHONE, json!({"id": id})).await;
    assert_eq!(full["data"]["learner"]["phone"], "13900000007", "{full}");
    assert_eq!(full["data"]["learner"]["phoneMasked"], false);
    let masked = app.gql(Some(&district), LEARNER_PHONE, json!({"id": id})).await;
    assert_eq!(masked["data"]["learner"]["phone"], "139****0007", "{masked}");
    assert_eq!(masked["data"]["learner"]["phoneMasked"], true);
    // The learner itself sees its own number.
    let own = app.learner("13900000007").await;
    let mine = app.gql(Some(&own), LEARNER_PHONE, json!({"id": id})).await;
    assert_eq!(mine["data"]["learner"]["phone"], "13900000007");

    let reveal = "mutation($id: ID!) { revealPhone(learnerId: $id) }";
    let before = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("learner.phone_reveal"))
        .all(&app.db)
        .await
        .unwrap()
        .len();
    assert_eq!(before, 0);
    let shown = app.gql(Some(&district), reveal, json!({"id": id})).await;
    assert_eq!(shown["data"]["revealPhone"], "13900000007", "{shown}");
    let entries = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("learner.phone_reveal"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].target_id, l.id);
    // Visible in the district's audit log.
    let zx = region_id(&app, "430408").await;
    let log = app
        .gql(
            Some(&district),
            "query($n: ID!) { auditLog(nodeId: $n, first: 5) { nodes { action actor } } }",
            json!({"n": zx}),
        )
        .await;
    assert_eq!(
        log["data"]["auditLog"]["nodes"][0]["action"], "learner.phone_reveal",
        "{log}"
    );
    // Another district cannot reveal it.
    let other = app.admin("13800000004").await;
    assert_error(
        &app.gql(Some(&other), reveal, json!({"id": id})).await,
        &["NOT_FOUND"],
    );
}

async fn password_reset_and_unlock_by_learner(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let learner_token = app.learner("13900000008").await;
    drop(learner_token);
    let l = learner_of(&app, "13900000008").await;
    let id = format!("lrn_{}", l.id);
    let unit_admin = app.admin("13800000005").await;
    let reset = "mutation($id: ID!) { resetLearnerPassword(learnerId: $id) { password expiresAt } }";
    let body = app.gql(Some(&unit_admin), reset, json!({"id": id})).await;
    let temporary = app.temporary_password(&body["data"]["resetLearnerPassword"]);
    assert_error(
        &app.login_raw("13900000008", "000000").await,
        &["UNAUTHENTICATED"],
    );
    let login = app.login_raw("13900000008", &temporary).await;
    assert_eq!(login["data"]["login"]["mustChangePassword"], true, "{login}");
    // Not in scope: another unit's administrator.
    let other = app.admin("13800000006").await;
    assert_error(
        &app.gql(Some(&other), reset, json!({"id": id})).await,
        &["NOT_FOUND"],
    );

    // Locked by wrong passwords, unlocked by the unit administrator.
    let mut locked = false;
    for _ in 0..12 {
        let body = app.login_raw("13900000008", "wrong-password-1").await;
        if code(&body) == "ACCOUNT_LOCKED" {
            locked = true;
            break;
        }
    }
    assert!(locked, "wrong passwords lock the account");
    assert_eq!(
        code(&app.login_raw("13900000008", &temporary).await),
        "ACCOUNT_LOCKED"
    );
    let unlock = "mutation($id: ID!) { unlockLearner(learnerId: $id) }";
    let body = app.gql(Some(&unit_admin), unlock, json!({"id": id})).await;
    assert_eq!(body["data"]["unlockLearner"], true, "{body}");
    let login = app.login_raw("13900000008", &temporary).await;
    assert!(login["data"]["login"]["token"].is_string(), "{login}");
    assert_error(
        &app.gql(Some(&other), unlock, json!({"id": id})).await,
        &["NOT_FOUND"],
    );
}

const LINK: &str = "mutation($i: DownloadInput!) { createDownloadLink(input: $i) { url expiresAt } }";

async fn a_download_link_opens_once_without_the_token(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let district = app.admin("13800000003").await;
    let campaign = campaign_id(&app).await;
    let zx = region_id(&app, "430408").await;
    let link = app
        .gql(
            Some(&district),
            LINK,
            json!({"i": {"kind": "ACTION_LIST", "campaignId": campaign, "nodeId": zx, "list": "NOT_TAKEN"}}),
        )
        .await;
    let url = link["data"]["createDownloadLink"]["url"]
        .as_str()
        .unwrap_or_else(|| panic!("{link}"))
        .to_owned();
    assert!(
        url.starts_with("/export/learners.xlsx?") && url.contains("ticket="),
        "{url}"
    );
    let response = app.client.get(format!("{}{url}", app.base)).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    // 蒸湘区-未参考名单-<date>.xlsx, percent-encoded.
    assert!(
        disposition.contains(
            "filename*=UTF-8''%E8%92%B8%E6%B9%98%E5%8C%BA-%E6%9C%AA%E5%8F%82%E8%80%83%E5%90%8D%E5%8D%95-"
        ),
        "{disposition}"
    );
    let bytes = response.bytes().await.unwrap().to_vec();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    let rows: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
    let title = rows[0][0].to_string();
    assert!(
        title.contains("蒸湘区") && title.contains("未参考名单"),
        "{title}"
    );
    assert_eq!(rows[1][0], Data::String("姓名".into()));
    assert_eq!(rows[1][4], Data::String("学习积分".into()));
    // The rows are the list's, phones masked for the district.
    let list = app
        .gql(
            Some(&district),
            "query($c: ID!, $n: ID!) { learnersNeedingAction(campaignId: $c, nodeId: $n, kind: NOT_TAKEN, first: 100) { totalCount nodes { name phone points(campaignId: $c) } } }",
            json!({"c": campaign, "n": zx}),
        )
        .await;
    let nodes = list["data"]["learnersNeedingAction"]["nodes"].as_array().unwrap();
    assert_eq!(rows.len() - 2, nodes.len(), "{list}");
    // The sheet is in pinyin order for phoning, the page in paging order: the same people.
    let mut from_sheet: Vec<(String, String, String)> = rows[2..]
        .iter()
        .map(|row| {
            assert!(row[1].to_string().contains("****"));
            (row[0].to_string(), row[1].to_string(), row[4].to_string())
        })
        .collect();
    let mut from_page: Vec<(String, String, String)> = nodes
        .iter()
        .map(|node| {
            (
                node["name"].as_str().unwrap().to_owned(),
                node["phone"].as_str().unwrap().to_owned(),
                Data::Float(node["points"].as_f64().unwrap()).to_string(),
            )
        })
        .collect();
    from_sheet.sort();
    from_page.sort();
    assert_eq!(from_sheet, from_page);

    // Once only; and only for what it was made for.
    let again = app.client.get(format!("{}{url}", app.base)).send().await.unwrap();
    assert_eq!(again.status(), 401);
    let link = app
        .gql(
            Some(&district),
            LINK,
            json!({"i": {"kind": "ACTION_LIST", "campaignId": campaign, "nodeId": zx, "list": "NOT_TAKEN"}}),
        )
        .await;
    let url = link["data"]["createDownloadLink"]["url"]
        .as_str()
        .unwrap()
        .to_owned();
    let tampered = url.replace("NOT_TAKEN", "FAILED");
    let response = app
        .client
        .get(format!("{}{tampered}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);

    // Every download is in the audit log: who, which node and list, how many rows.
    let exports = audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("export.download"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(exports.len(), 1);
    let after: Value = serde_json::from_str(exports[0].after.as_deref().unwrap()).unwrap();
    assert_eq!(after["list"], "未参考名单");
    assert_eq!(after["rows"], nodes.len());

    // The full roster of the district, and another district's node is refused at once.
    let link = app
        .gql(
            Some(&district),
            LINK,
            json!({"i": {"kind": "ROSTER", "campaignId": campaign, "nodeId": zx}}),
        )
        .await;
    let url = link["data"]["createDownloadLink"]["url"]
        .as_str()
        .unwrap()
        .to_owned();
    let response = app.client.get(format!("{}{url}", app.base)).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(response.bytes().await.unwrap().to_vec()))
            .unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    let on_rosters = sheet.rows().count() - 2;
    let z = app
        .gql(
            Some(&district),
            "query($n: ID!) { region(id: $n) { units(first: 100) { nodes { learners(first: 1) { totalCount } } } } }",
            json!({"n": zx}),
        )
        .await;
    let total: i64 = z["data"]["region"]["units"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["learners"]["totalCount"].as_i64().unwrap())
        .sum();
    assert_eq!(on_rosters as i64, total, "{z}");
    let yf = region_id(&app, "430406").await;
    let refused = app
        .gql(
            Some(&district),
            LINK,
            json!({"i": {"kind": "STATS", "campaignId": campaign, "nodeId": yf}}),
        )
        .await;
    assert_error(&refused, &["NOT_FOUND"]);
}

const PROGRESS: &str = "query($c: ID!, $n: ID!) { dailyProgress(campaignId: $c, nodeId: $n) { day studyCompleted participated passed } stats(campaignId: $c, nodeId: $n) { studyCompleted participated passed } }";

/// The series recounted from the stored rows, learner by learner, in China Standard Time.
async fn recount(
    app: &TestApp,
    campaign: i32,
    unit_ids: &[i32],
) -> std::collections::BTreeMap<String, [i64; 3]> {
    let mut days: std::collections::BTreeMap<String, [i64; 3]> = Default::default();
    let rows = learner_figure::Entity::find()
        .filter(learner_figure::Column::CampaignId.eq(campaign))
        .all(&app.db)
        .await
        .unwrap();
    for f in rows
        .iter()
        .filter(|f| f.unit_id.is_some_and(|u| unit_ids.contains(&u)))
    {
        if f.studied {
            let p = study_progress::Entity::find_by_id((f.learner_id, campaign))
                .one(&app.db)
                .await
                .unwrap()
                .unwrap();
            days.entry(p.completed_on.unwrap().to_string()).or_default()[0] += 1;
        }
        let attempts = exam_attempt::Entity::find()
            .filter(exam_attempt::Column::LearnerId.eq(f.learner_id))
            .filter(exam_attempt::Column::CampaignId.eq(campaign))
            .filter(exam_attempt::Column::Status.eq("SUBMITTED"))
            .all(&app.db)
            .await
            .unwrap();
        let day = |a: &exam_attempt::Model| {
            a.submitted_at
                .unwrap()
                .with_timezone(&chrono::FixedOffset::east_opt(8 * 3600).unwrap())
                .date_naive()
                .to_string()
        };
        if f.took {
            let first = attempts.iter().map(day).min().unwrap();
            days.entry(first).or_default()[1] += 1;
        }
        if f.passed {
            let first = attempts
                .iter()
                .filter(|a| a.passed == Some(true))
                .map(day)
                .min()
                .unwrap();
            days.entry(first).or_default()[2] += 1;
        }
    }
    days
}

async fn daily_progress_ends_at_the_statistics(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let district = app.admin("13800000003").await;
    let c = campaign::Entity::find().one(&app.db).await.unwrap().unwrap();
    let campaign = format!("camp_{}", c.id);
    let zx = region_id(&app, "430408").await;
    // One learner takes the exam today (and fails: nothing answered).
    let token = app.learner("13900000001").await;
    let sessions = app
        .gql(
            Some(&token),
            "query($c: ID!) { examSessions(campaignId: $c) { id kind } }",
            json!({"c": campaign}),
        )
        .await;
    let session = sessions["data"]["examSessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == "MAIN")
        .unwrap()["id"]
        .clone();
    let started = app
        .gql(
            Some(&token),
            "mutation($s: ID!) { startExam(sessionId: $s) { id } }",
            json!({"s": session}),
        )
        .await;
    let submitted = app
        .gql(
            Some(&token),
            "mutation($a: ID!) { submitExam(attemptId: $a) { passed } }",
            json!({"a": started["data"]["startExam"]["id"]}),
        )
        .await;
    assert_eq!(submitted["data"]["submitExam"]["passed"], false, "{submitted}");

    let body = app
        .gql(Some(&district), PROGRESS, json!({"c": campaign, "n": zx}))
        .await;
    let series = body["data"]["dailyProgress"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"));
    assert!(series.len() > 1, "{body}");
    assert_eq!(series[0]["day"], c.study_start.to_string());
    let last = series.last().unwrap();
    let stats = &body["data"]["stats"];
    for field in ["studyCompleted", "participated", "passed"] {
        assert_eq!(last[field], stats[field], "{field}: {body}");
    }
    assert_eq!(last["participated"], 1);
    assert!(last["studyCompleted"].as_i64().unwrap() >= 20);
    // Never decreasing, day after day.
    for pair in series.windows(2) {
        for field in ["studyCompleted", "participated", "passed"] {
            assert!(
                pair[0][field].as_i64() <= pair[1][field].as_i64(),
                "{field}: {pair:?}"
            );
        }
    }
    // Each day's increase is what the stored rows say happened that day.
    let units: Vec<i32> = {
        let mut ids = Vec::new();
        for name in ["蒸湘区司法局", "联合街道", "呈祥街道"] {
            ids.push(unit_named(&app, name).await.id);
        }
        ids
    };
    let expected = recount(&app, c.id, &units).await;
    let mut previous = [0i64; 3];
    for day in series {
        let now = [
            day["studyCompleted"].as_i64().unwrap(),
            day["participated"].as_i64().unwrap(),
            day["passed"].as_i64().unwrap(),
        ];
        let on_day = expected
            .get(day["day"].as_str().unwrap())
            .copied()
            .unwrap_or_default();
        for i in 0..3 {
            assert_eq!(now[i] - previous[i], on_day[i], "{day}");
        }
        previous = now;
    }
}
