//! Issue 28, majors 7 and 10. (7) A recovery request names its unit from a search, or the
//! district when the unit cannot be found; a request that is not on the roster of the place it
//! names waits in that district's queue, which routes it to the right unit or acts on it, and
//! every public status still says the same words. (10) Every audit entry reads as a Chinese
//! sentence with masked phones, and revealing a phone stays an audited action.

use entity::{audit_entry, recovery_request};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, assert_error, code, learner_of, other_province, region_id, unit_id};
use crate::on_both_backends;

on_both_backends!(
    a_unit_picked_from_the_search_and_a_mismatch_that_the_district_routes,
    a_learner_who_cannot_find_the_unit_names_the_district,
    the_unit_search_is_literal_province_scoped_and_rate_limited,
    every_audit_entry_reads_as_a_sentence_with_masked_phones,
);

const SEARCH: &str =
    "query($s: String!, $p: ID) { recoveryUnits(search: $s, provinceId: $p) { id name districtName } }";
const PLACES: &str = "query($p: ID) { recoveryPlaces(provinceId: $p) { provinces { id name } province { id name } districts { id name cityName } } }";
const REQUEST: &str = "mutation($p: String!, $n: String!, $u: ID, $d: ID, $t: String) { requestAccountRecovery(phone: $p, name: $n, unitId: $u, districtId: $d, unitName: $t) { code message } }";
const STATUS: &str = "query($c: String!) { accountRecoveryStatus(code: $c) { status message } }";
const QUEUE: &str = "{ recoveryRequests { id learnerId matched name phone unitName escalated rosterName rosterUnitId rosterUnitName } }";
const RESOLVE: &str = "mutation($id: ID!, $a: RecoveryAction!) { resolveRecoveryRequest(id: $id, action: $a) { password expiresAt } }";
const ROUTE: &str = "mutation($id: ID!, $u: ID!) { routeRecoveryRequest(id: $id, unitId: $u) { id matched phone unitName learnerId } }";
const AUDIT: &str = "query($n: ID!, $after: String, $f: AuditFilter) { auditLog(nodeId: $n, first: 100, after: $after, filter: $f) { totalCount pageInfo { hasNextPage endCursor } nodes { id action actionName summary details actor learnerId before after late } } }";

async fn ask(app: &TestApp, phone: &str, name: &str, place: Value) -> Value {
    let mut vars = json!({"p": phone, "n": name});
    for (k, v) in place.as_object().unwrap() {
        vars[k] = v.clone();
    }
    app.gql(None, REQUEST, vars).await
}

fn receipt(body: &Value) -> String {
    body["data"]["requestAccountRecovery"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("requestAccountRecovery: {body}"))
        .to_owned()
}

async fn queue(app: &TestApp, token: &str) -> Vec<Value> {
    let body = app.gql(Some(token), QUEUE, json!({})).await;
    body["data"]["recoveryRequests"]
        .as_array()
        .unwrap_or_else(|| panic!("recoveryRequests: {body}"))
        .clone()
}

async fn status(app: &TestApp, code: &str) -> (String, String) {
    let body = app.gql(None, STATUS, json!({"c": code})).await;
    let s = &body["data"]["accountRecoveryStatus"];
    (
        s["status"]
            .as_str()
            .unwrap_or_else(|| panic!("{body}"))
            .to_owned(),
        s["message"].as_str().unwrap().to_owned(),
    )
}

async fn requests(app: &TestApp) -> u64 {
    recovery_request::Entity::find().count(&app.db).await.unwrap()
}

async fn a_unit_picked_from_the_search_and_a_mismatch_that_the_district_routes(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // The search answers names and districts, without a login.
    let body = app.gql(None, SEARCH, json!({"s": "蒸湘"})).await;
    let found = body["data"]["recoveryUnits"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"));
    let zx = found
        .iter()
        .find(|u| u["name"] == "蒸湘区司法局")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(zx["districtName"], "蒸湘区");
    assert_eq!(zx.as_object().unwrap().len(), 3, "names and districts only: {zx}");
    let zx_unit = zx["id"].as_str().unwrap().to_owned();
    let yf_unit = unit_id(&app, "雁峰区司法局").await;

    let learner = learner_of(&app, "13900000001").await;
    // Picked unit, phone and name agree: the unit's own queue, as before.
    let matched = receipt(&ask(&app, "13900000001", &learner.name, json!({"u": zx_unit})).await);
    // A slightly wrong name (the unit is right): the district's queue at once, not "waiting for ever".
    let wrong = format!("{}x", learner.name);
    let mismatch = receipt(&ask(&app, "13900000002", &wrong, json!({"u": zx_unit})).await);
    // A stranger's phone at the same unit: the district's queue too, with nobody on a roster.
    let stranger = receipt(&ask(&app, "13712345678", "路人甲", json!({"u": zx_unit})).await);

    // Every pending request reads the same.
    let words = status(&app, &matched).await;
    assert_eq!(words.0, "PENDING");
    assert_eq!(status(&app, &mismatch).await, words);
    assert_eq!(status(&app, &stranger).await, words);

    let unit_admin = app.admin("13800000005").await;
    let items = queue(&app, &unit_admin).await;
    assert_eq!(
        items.len(),
        1,
        "only the matched request is the unit's: {items:?}"
    );
    assert_eq!(items[0]["matched"], true);
    assert_eq!(items[0]["phone"], "13900000001");

    let district = app.admin("13800000003").await;
    let items = queue(&app, &district).await;
    assert_eq!(items.len(), 2, "{items:?}");
    let by_phone = |p: &str| {
        items
            .iter()
            .find(|i| i["phone"] == p)
            .cloned()
            .unwrap_or_else(|| panic!("{p}: {items:?}"))
    };
    let m = by_phone("139****0002");
    assert_eq!(m["matched"], false);
    assert!(m["learnerId"].is_null());
    assert_eq!(m["name"], wrong.as_str());
    assert_eq!(m["unitName"], "蒸湘区司法局");
    // The district learns where the phone is on its rosters, to route it.
    let on_roster = learner_of(&app, "13900000002").await;
    assert_eq!(m["rosterName"], on_roster.name.as_str());
    assert_eq!(m["rosterUnitName"], "蒸湘区司法局");
    assert_eq!(m["rosterUnitId"], zx_unit.as_str());
    let s = by_phone("137****5678");
    assert!(s["rosterName"].is_null() && s["rosterUnitId"].is_null(), "{s}");
    // The other district sees neither, and cannot act on them: like a missing request.
    let other_district = app.admin("13800000004").await;
    assert!(queue(&app, &other_district).await.is_empty());
    let mid = m["id"].as_str().unwrap().to_owned();
    let body = app
        .gql(Some(&other_district), ROUTE, json!({"id": mid, "u": yf_unit}))
        .await;
    assert_error(&body, &["NOT_FOUND"]);
    let body = app
        .gql(Some(&unit_admin), ROUTE, json!({"id": mid, "u": zx_unit}))
        .await;
    assert_error(&body, &["NOT_FOUND"]);
    // Routing to a unit whose roster does not have the phone is refused, in words.
    let body = app
        .gql(Some(&district), ROUTE, json!({"id": mid, "u": yf_unit}))
        .await;
    assert_error(&body, &["NOT_FOUND", "BAD_USER_INPUT", "FORBIDDEN"]);
    // (雁峰区司法局 is outside 蒸湘区: not found. A unit of the district without the phone:)
    let body = app
        .gql(
            Some(&district),
            "mutation($r: ID!) { createUnit(input: {regionId: $r, name: \"蒸湘区财政局\", hasInternet: true}) { id } }",
            json!({"r": region_id(&app, "430408").await}),
        )
        .await;
    let empty_unit = body["data"]["createUnit"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_owned();
    let body = app
        .gql(Some(&district), ROUTE, json!({"id": mid, "u": empty_unit}))
        .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("蒸湘区财政局"),
        "{body}"
    );
    // The stranger's request cannot be reset (nobody to reset), only declined.
    let sid = s["id"].as_str().unwrap().to_owned();
    let body = app
        .gql(Some(&district), RESOLVE, json!({"id": sid, "a": "RESET"}))
        .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    let body = app
        .gql(Some(&district), RESOLVE, json!({"id": sid, "a": "DECLINE"}))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    assert_eq!(status(&app, &stranger).await.0, "DECLINED");

    // Routed to the roster's unit: it is now the unit's request, with the full phone there.
    let body = app
        .gql(Some(&district), ROUTE, json!({"id": mid, "u": zx_unit}))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    assert_eq!(body["data"]["routeRecoveryRequest"]["matched"], true);
    assert_eq!(body["data"]["routeRecoveryRequest"]["phone"], "139****0002");
    let again = app
        .gql(Some(&district), ROUTE, json!({"id": mid, "u": zx_unit}))
        .await;
    assert_error(&again, &["NOT_FOUND", "CONFLICT"]);
    let items = queue(&app, &unit_admin).await;
    assert_eq!(items.len(), 2, "{items:?}");
    let routed = items
        .iter()
        .find(|i| i["id"] == mid.as_str())
        .unwrap_or_else(|| panic!("{items:?}"));
    assert_eq!(routed["phone"], "13900000002");
    assert_eq!(routed["escalated"], false);
    // The unit resets it: a temporary password, never 000000; the status says only to ask the unit.
    let body = app
        .gql(Some(&unit_admin), RESOLVE, json!({"id": mid, "a": "RESET"}))
        .await;
    let temporary = app.temporary_password(&body["data"]["resolveRecoveryRequest"]);
    assert_ne!(temporary, "000000");
    let (state, message) = status(&app, &mismatch).await;
    assert_eq!(state, "RESET");
    assert!(message.contains("请联系本单位管理员获取临时密码"), "{message}");
    assert!(
        !message.contains(&temporary) && !message.contains("000000"),
        "{message}"
    );
    let login = app.login_raw("13900000002", &temporary).await;
    assert_eq!(login["data"]["login"]["mustChangePassword"], true, "{login}");
    // Each step is in the log.
    for action in [
        "recovery.request",
        "recovery.route",
        "recovery.reset",
        "recovery.decline",
    ] {
        let n = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq(action))
            .count(&app.db)
            .await
            .unwrap();
        assert!(n >= 1, "{action}");
    }
}

async fn a_learner_who_cannot_find_the_unit_names_the_district(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let body = app.gql(None, PLACES, json!({})).await;
    let places = &body["data"]["recoveryPlaces"];
    assert_eq!(places["province"]["name"], "湖南省", "{body}");
    let districts = places["districts"].as_array().unwrap();
    let zx = districts
        .iter()
        .find(|d| d["name"] == "蒸湘区")
        .unwrap_or_else(|| panic!("{districts:?}"));
    assert_eq!(zx["cityName"], "衡阳市");
    assert!(
        districts
            .iter()
            .all(|d| d["name"] != "衡阳市" && d["name"] != "湖南省")
    );
    let zx = zx["id"].as_str().unwrap().to_owned();
    let yf = districts.iter().find(|d| d["name"] == "雁峰区").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();

    // Bad places are refused in words and file nothing.
    let province = places["province"]["id"].as_str().unwrap().to_owned();
    assert_error(
        &ask(&app, "13900000003", "张三", json!({"d": province})).await,
        &["BAD_USER_INPUT"],
    );
    let unit = unit_id(&app, "蒸湘区司法局").await;
    assert_error(
        &ask(&app, "13900000003", "张三", json!({"d": zx, "u": unit})).await,
        &["BAD_USER_INPUT"],
    );
    assert_error(
        &ask(&app, "13900000003", "张三", json!({"t": ""})).await,
        &["BAD_USER_INPUT"],
    );
    assert_eq!(requests(&app).await, 0);

    // The right district and the roster's name and phone: the learner's unit's own queue.
    let learner = learner_of(&app, "13900000003").await;
    ask(
        &app,
        "13900000003",
        &learner.name,
        json!({"d": zx, "t": "区司法局"}),
    )
    .await;
    let unit_admin = app.admin("13800000005").await;
    let items = queue(&app, &unit_admin).await;
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0]["matched"], true);
    assert_eq!(items[0]["unitName"], "蒸湘区司法局");
    // The wrong district: that district's queue (the learner's district does not see it).
    let wrong_district = receipt(&ask(&app, "13900000004", "某某", json!({"d": yf, "t": "司法所"})).await);
    let district = app.admin("13800000003").await;
    assert!(queue(&app, &district).await.is_empty());
    let other_district = app.admin("13800000004").await;
    let items = queue(&app, &other_district).await;
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0]["matched"], false);
    assert_eq!(items[0]["unitName"], "司法所");
    // The phone is on no roster that district manages: nothing to route to, nothing to reset.
    assert!(items[0]["rosterName"].is_null(), "{items:?}");
    let id = items[0]["id"].as_str().unwrap().to_owned();
    let body = app
        .gql(Some(&other_district), RESOLVE, json!({"id": id, "a": "RESET"}))
        .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    assert_eq!(status(&app, &wrong_district).await.0, "PENDING");
    // The city above both sees it too; the province as well.
    let city = app.admin("13800000002").await;
    assert!(queue(&app, &city).await.iter().any(|i| i["id"] == id.as_str()));
    let body = app
        .gql(Some(&city), RESOLVE, json!({"id": id, "a": "DECLINE"}))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    assert_eq!(status(&app, &wrong_district).await.0, "DECLINED");
    assert!(queue(&app, &other_district).await.is_empty());

    // 找不到我的单位 in the right district with a slightly wrong name: the district acts on it
    // itself (it manages the learner's unit), with a temporary password.
    let code_ = receipt(&ask(&app, "13900000005", "王五", json!({"d": zx})).await);
    let items = queue(&app, &district).await;
    let item = items
        .iter()
        .find(|i| i["phone"] == "139****0005")
        .unwrap_or_else(|| panic!("{items:?}"));
    assert_eq!(item["unitName"], "");
    let body = app
        .gql(Some(&district), RESOLVE, json!({"id": item["id"], "a": "RESET"}))
        .await;
    let temporary = app.temporary_password(&body["data"]["resolveRecoveryRequest"]);
    assert_ne!(temporary, "000000");
    assert_eq!(status(&app, &code_).await.0, "RESET");
}

async fn the_unit_search_is_literal_province_scoped_and_rate_limited(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let search = |s: &'static str| app.gql(None, SEARCH, json!({"s": s}));
    assert_error(&search("蒸").await, &["BAD_USER_INPUT"]);
    assert_error(&search(" ").await, &["BAD_USER_INPUT"]);
    // LIKE wildcards are themselves: "%%" and "__" find no unit.
    for wild in ["%%", "__", "司_局", "\\\\"] {
        let body = search(wild).await;
        assert_eq!(body["data"]["recoveryUnits"], json!([]), "{wild}: {body}");
    }
    let body = search("司法局").await;
    assert_eq!(
        body["data"]["recoveryUnits"].as_array().unwrap().len(),
        2,
        "{body}"
    );

    // A second province: the search needs it named, and answers within it only.
    let (other, admin) = other_province(&app, "440000", "广东省", "13811112222").await;
    let body = app
        .gql(
            Some(&admin),
            "mutation($r: ID!) { createUnit(input: {regionId: $r, name: \"广东省司法厅\", hasInternet: true}) { id } }",
            json!({"r": xuefa::graphql::ids::encode(xuefa::graphql::ids::Kind::Region, other.id)}),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
    assert_error(&search("司法").await, &["BAD_USER_INPUT"]);
    let places = app.gql(None, PLACES, json!({})).await;
    assert_eq!(places["data"]["recoveryPlaces"], Value::Null, "{places}");
    let body = app
        .gql(
            None,
            "{ recoveryPlaces(provinceId: null) { province { id } } }",
            json!({}),
        )
        .await;
    assert_error(&body, &["BAD_USER_INPUT"]);
    let hunan = region_id(&app, "430000").await;
    let body = app.gql(None, SEARCH, json!({"s": "司法", "p": hunan})).await;
    let names: Vec<&str> = body["data"]["recoveryUnits"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|u| u["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(!names.contains(&"广东省司法厅"));
    // A unit id is not a province.
    let unit = unit_id(&app, "蒸湘区司法局").await;
    assert_error(
        &app.gql(None, SEARCH, json!({"s": "司法", "p": unit})).await,
        &["BAD_USER_INPUT", "NOT_FOUND"],
    );

    // One address searching without end is told to wait.
    let mut refused = None;
    for n in 0..(xuefa::domain::recovery::SEARCH_BURST as usize + 5) {
        let body = app.gql(None, SEARCH, json!({"s": "司法局", "p": hunan})).await;
        if !body["errors"].is_null() {
            refused = Some((n, body));
            break;
        }
    }
    let (n, body) = refused.expect("never rate limited");
    assert_eq!(code(&body), "RATE_LIMITED", "{body}");
    assert!(
        n as f64 >= xuefa::domain::recovery::SEARCH_BURST - 15.0,
        "refused after {n}"
    );
    assert!(body["errors"][0]["message"].as_str().unwrap().contains("请稍等"));
    assert_error(
        &app.gql(None, PLACES, json!({"p": hunan})).await,
        &["RATE_LIMITED"],
    );
}

/// Whether a text has an internal code in it: `learner.transfer_out`, JSON, an English word,
/// or a whole phone number.
fn raw_in(text: &str) -> Option<String> {
    if text.contains('{') || text.contains('"') {
        return Some("JSON".into());
    }
    let mut word = String::new();
    let mut digits = 0;
    for c in text.chars().chain([' ']) {
        if c.is_ascii_alphabetic() || c == '_' {
            word.push(c);
        } else {
            if word.len() > 2 {
                return Some(word);
            }
            word.clear();
        }
        digits = if c.is_ascii_digit() { digits + 1 } else { 0 };
        if digits >= 11 {
            return Some("an unmasked phone".into());
        }
    }
    None
}

async fn every_audit_entry_reads_as_a_sentence_with_masked_phones(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // A few more kinds of entry on top of the demo story's: a recovery request routed to the
    // district, a unit created, a phone revealed.
    let unit = unit_id(&app, "蒸湘区司法局").await;
    ask(&app, "13900000006", "别名", json!({"u": unit})).await;
    let district = app.admin("13800000003").await;
    let body = app
        .gql(
            Some(&district),
            "mutation($r: ID!) { createUnit(input: {regionId: $r, name: \"蒸湘区教育局\", hasInternet: false}) { id } }",
            json!({"r": region_id(&app, "430408").await}),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");

    let province = app.admin("13800000001").await;
    let hunan = region_id(&app, "430000").await;
    let mut entries = Vec::new();
    let mut after = Value::Null;
    loop {
        let body = app
            .gql(Some(&province), AUDIT, json!({"n": hunan, "after": after}))
            .await;
        let log = &body["data"]["auditLog"];
        entries.extend(
            log["nodes"]
                .as_array()
                .unwrap_or_else(|| panic!("{body}"))
                .iter()
                .cloned(),
        );
        if log["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = log["pageInfo"]["endCursor"].clone();
    }
    let kinds: std::collections::HashSet<&str> =
        entries.iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert!(kinds.len() >= 5, "{kinds:?}");
    for e in &entries {
        let summary = e["summary"].as_str().unwrap();
        let details: Vec<&str> = e["details"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d.as_str().unwrap())
            .collect();
        for text in std::iter::once(summary).chain(details.iter().copied()) {
            assert_eq!(raw_in(text), None, "{}: {text}", e["action"]);
        }
        assert!(!e["actionName"].as_str().unwrap().is_ascii(), "{e}");
        if let Some(actor) = e["actor"].as_str() {
            assert_eq!(raw_in(actor), None, "{actor}");
            assert!(actor.contains("****"), "{actor}");
        }
        // The raw snapshots, where still asked for, carry masked phones only.
        for raw in [&e["before"], &e["after"]] {
            if let Some(raw) = raw.as_str() {
                let v: Value = serde_json::from_str(raw).unwrap();
                if let Some(p) = v.get("phone").and_then(Value::as_str) {
                    assert!(p.contains("****"), "{raw}");
                }
            }
        }
    }
    // The demo's 调出 reads as the issue asks: who, whom (masked), which unit.
    let moved = learner_of(&app, "13900000029").await;
    let out = entries
        .iter()
        .find(|e| e["action"] == "learner.transfer_out")
        .unwrap_or_else(|| panic!("{kinds:?}"));
    let summary = out["summary"].as_str().unwrap();
    assert!(
        summary.contains(&format!("将 {}（139****0029）调出 蒸湘区司法局", moved.name)),
        "{summary}"
    );
    let created = entries
        .iter()
        .find(|e| e["action"] == "unit.create" && e["summary"].as_str().unwrap().contains("蒸湘区教育局"))
        .unwrap();
    assert!(
        created["summary"]
            .as_str()
            .unwrap()
            .contains("在 蒸湘区 新建了单位 蒸湘区教育局"),
        "{created}"
    );
    assert!(
        created["details"][0].as_str().unwrap().contains("考试中心"),
        "{created}"
    );
    let request = entries
        .iter()
        .find(|e| e["action"] == "recovery.request")
        .unwrap();
    assert!(
        request["summary"].as_str().unwrap().contains("139****0006"),
        "{request}"
    );

    // Revealing the learner's phone from an entry: the full number, and a new entry in words.
    let learner_id = out["learnerId"].as_str().unwrap().to_owned();
    let body = app
        .gql(
            Some(&province),
            "mutation($id: ID!) { revealPhone(learnerId: $id) }",
            json!({"id": learner_id}),
        )
        .await;
    assert_eq!(body["data"]["revealPhone"], "13900000029", "{body}");
    let body = app
        .gql(
            Some(&province),
            AUDIT,
            json!({"n": hunan, "f": {"action": "learner.phone_reveal"}}),
        )
        .await;
    let reveal = &body["data"]["auditLog"]["nodes"][0];
    assert!(
        reveal["summary"].as_str().unwrap().contains(&format!(
            "查看了 蒸湘区司法局 的学员 {}（139****0029）的完整手机号",
            moved.name
        )),
        "{body}"
    );
    // The filter offers every action by name.
    let body = app
        .gql(Some(&province), "{ auditActions { action name } }", json!({}))
        .await;
    let actions = body["data"]["auditActions"].as_array().unwrap();
    for kind in &kinds {
        assert!(actions.iter().any(|a| a["action"] == *kind), "{kind} not offered");
    }
}
