//! Notices over HTTP: reaching the subtree, newest first.

use super::*;
use crate::on_both_backends;

on_both_backends!(notices_reach_the_subtree_newest_first, notice_needs_a_title,);

// ---------------------------------------------------------------------------------------------
// Notices

pub(super) const NOTICES: &str = "{ notices { totalCount nodes { title body region { name } } } }";

pub(super) async fn notice_titles(app: &TestApp, token: &str) -> Vec<String> {
    let body = app.gql(Some(token), NOTICES, json!({})).await;
    body["data"]["notices"]["nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|n| n["title"].as_str().unwrap().to_owned())
        .collect()
}

pub(super) async fn post_notice(app: &TestApp, token: &str, region: &str, title: &str, body: &str) -> Value {
    app.gql(
        Some(token),
        "mutation($i: PostNoticeInput!) { postNotice(input: $i) { id title body region { name } } }",
        json!({"i": {"regionId": region, "title": title, "body": body}}),
    )
    .await
}

async fn notices_reach_the_subtree_newest_first(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let city = app.admin("13800000002").await;
    let hengyang = region_id(&app, "430400").await;
    let body = post_notice(&app, &city, &hengyang, "统一考试安排", "请各单位按时组织考试。").await;
    assert_eq!(body["data"]["postNotice"]["region"]["name"], "衡阳市", "{body}");
    assert_eq!(body["data"]["postNotice"]["title"], "统一考试安排");

    let learner = app.learner("13900000001").await;
    let unit_admin = app.admin("13800000005").await;
    let yanfeng_admin = app.admin("13800000004").await;
    for token in [&learner, &unit_admin, &yanfeng_admin] {
        let seen = app.gql(Some(token), NOTICES, json!({})).await;
        assert_eq!(
            seen["data"]["notices"]["nodes"],
            json!([{"title": "统一考试安排", "body": "请各单位按时组织考试。", "region": {"name": "衡阳市"}}]),
            "{seen}"
        );
        assert_eq!(seen["data"]["notices"]["totalCount"], 1);
    }

    // The 雁峰区 office's notice stays in 雁峰区.
    let yanfeng = region_id(&app, "430406").await;
    let body = post_notice(
        &app,
        &yanfeng_admin,
        &yanfeng,
        "雁峰区补考通知",
        "补考安排另行通知。",
    )
    .await;
    assert_eq!(body["data"]["postNotice"]["region"]["name"], "雁峰区", "{body}");
    for token in [&learner, &unit_admin, &app.admin("13800000003").await] {
        assert_eq!(notice_titles(&app, token).await, vec!["统一考试安排"]);
    }
    // 雁峰区 and the offices above it see it, newest first; so does a 雁峰区 unit.
    for token in [
        &yanfeng_admin,
        &city,
        &app.admin("13800000001").await,
        &app.admin("13800000006").await,
    ] {
        assert_eq!(
            notice_titles(&app, token).await,
            vec!["雁峰区补考通知", "统一考试安排"]
        );
    }
    // The province's notice reaches everyone, on top.
    let province = app.admin("13800000001").await;
    post_notice(
        &app,
        &province,
        &region_id(&app, "430000").await,
        "全省通知",
        "正文",
    )
    .await;
    assert_eq!(
        notice_titles(&app, &learner).await,
        vec!["全省通知", "统一考试安排"]
    );
    let seen = app.gql(Some(&learner), NOTICES, json!({})).await;
    assert_eq!(seen["data"]["notices"]["nodes"][0]["region"]["name"], "湖南省");
    // A transferring learner still hears from its last unit's offices.
    let moving = app.learner("13900000029").await;
    assert!(
        notice_titles(&app, &moving)
            .await
            .contains(&"全省通知".to_owned())
    );
}

async fn notice_needs_a_title(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let city = app.admin("13800000002").await;
    let hengyang = region_id(&app, "430400").await;
    for title in ["", "   "] {
        let body = post_notice(&app, &city, &hengyang, title, "正文").await;
        assert_error(&body, &["BAD_USER_INPUT"]);
    }
    let body = post_notice(&app, &city, &hengyang, "标题", "").await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    // Only offices post: a unit administrator and a learner cannot.
    let unit_admin = app.admin("13800000005").await;
    let body = post_notice(
        &app,
        &unit_admin,
        &region_id(&app, "430408").await,
        "标题",
        "正文",
    )
    .await;
    assert_error(&body, &["FORBIDDEN"]);
    assert!(notice_titles(&app, &city).await.is_empty());
    assert_eq!(entity::notice::Entity::find().count(&app.db).await.unwrap(), 0);
}
