//! The offices' console tasks over HTTP: exemptions after the freeze, notices, administrators, the audit log and the import preview.

#[allow(unused_imports)]
use super::*;
use crate::on_both_backends;

on_both_backends!(
    an_exemption_passes_to_the_district_after_the_freeze,
    notices_are_edited_and_withdrawn_by_the_offices_over_them,
    administrators_below_a_node_are_listed_and_revoked,
    the_audit_log_filters_by_actor_action_and_day,
    the_import_preview_lists_every_row,
);

pub(super) const EXEMPTIONS: &str = "query($c: ID!, $n: ID!, $e: Boolean) { exemptions(campaignId: $c, nodeId: $n, escalated: $e) { totalCount nodes { id status escalatedAt escalationComment attachmentName } } }";

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

pub(super) const NOTICES: &str = "{ notices(first: 50) { nodes { id title body editable editedAt } } }";
pub(super) const UPDATE_NOTICE: &str = "mutation($id: ID!, $t: String!, $b: String!) { updateNotice(id: $id, input: {title: $t, body: $b}) { id title body editedAt editable } }";
pub(super) const WITHDRAW: &str = "mutation($id: ID!) { withdrawNotice(id: $id) }";

pub(super) fn notice_in<'a>(body: &'a Value, id: &str) -> Option<&'a Value> {
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

pub(super) const ADMINS: &str = "query($n: ID!, $a: String) { administrators(nodeId: $n, first: 2, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { grant { id role unit { name } region { name } } name phoneMasked revocable } } }";

pub(super) async fn all_admins(app: &TestApp, token: &str, node: &str) -> Vec<Value> {
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

pub(super) const AUDIT: &str = "query($n: ID!, $f: AuditFilter, $first: Int) { auditLog(nodeId: $n, filter: $f, first: $first) { totalCount pageInfo { hasNextPage } nodes { action actor at } } }";

pub(super) fn actions(body: &Value) -> Vec<String> {
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

pub(super) const IMPORT: &str = "mutation($u: ID!, $file: Upload!, $d: Boolean) { importLearners(unitId: $u, file: $file, dryRun: $d) { created updated unchanged written errors { row message } preview { row action name phone changes } } }";

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
