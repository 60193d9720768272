//! The tenant-isolation matrix: for each role, every operation tried against an object of
//! another district, another unit and another learner answers NOT_FOUND or FORBIDDEN and
//! changes nothing. A last check makes sure no root field escapes the matrix.

use std::collections::BTreeSet;

use entity::{account, audit_entry, auth_token, learner, region, role_grant, unit};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};
use xuefa::domain::phone::PhoneNumber;
use xuefa::domain::roster::{self, NewLearner};

use crate::helpers::{Backend, TestApp, assert_error};
use crate::on_both_backends;

on_both_backends!(isolation_matrix);

/// Root fields that act only on the caller itself (or on nobody yet).
const SELF_ONLY: &[&str] = &["me", "myScope", "login", "logout", "changePassword"];

/// Objects the actor must not reach.
struct Foreign {
    region: String,
    /// A code that would be valid below `region`, so only scope can refuse it.
    child_code: &'static str,
    region_role: &'static str,
    unit: String,
    learner: String,
    learner_account: String,
    grant: String,
}

/// Every operation on someone else's object, as (root field, query, variables).
fn operations(f: &Foreign) -> Vec<(&'static str, &'static str, Value)> {
    vec![
        (
            "region",
            "query($id: ID!) { region(id: $id) { id name children { id } units { totalCount } } }",
            json!({"id": f.region}),
        ),
        (
            "unit",
            "query($id: ID!) { unit(id: $id) { id name learners { totalCount } } }",
            json!({"id": f.unit}),
        ),
        (
            "learner",
            "query($id: ID!) { learner(id: $id) { id name phone } }",
            json!({"id": f.learner}),
        ),
        (
            "createRegion",
            "mutation($i: CreateRegionInput!) { createRegion(input: $i) { id } }",
            json!({"i": {"parentId": f.region, "code": f.child_code, "name": "越权区"}}),
        ),
        (
            "createUnit",
            "mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }",
            json!({"i": {"regionId": f.region, "name": "越权单位"}}),
        ),
        (
            "resetPassword",
            "mutation($id: ID!) { resetPassword(accountId: $id) }",
            json!({"id": f.learner_account}),
        ),
        (
            "grantRole",
            "mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }",
            json!({"i": {"phone": "13799999999", "name": "越权", "role": "UNIT_ADMIN", "unitId": f.unit}}),
        ),
        (
            "grantRole",
            "mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }",
            json!({"i": {"phone": "13799999999", "name": "越权", "role": f.region_role, "regionId": f.region}}),
        ),
        (
            "revokeRole",
            "mutation($id: ID!) { revokeRole(id: $id) }",
            json!({"id": f.grant}),
        ),
    ]
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
                "{}:{:?}:{}",
                a.phone, a.password_hash, a.must_change_password
            )
        })
        .collect();
    format!(
        "regions={} units={} grants={} learners={} audit={} revoked={} accounts={accounts:?}",
        region::Entity::find().count(db).await.unwrap(),
        unit::Entity::find().count(db).await.unwrap(),
        role_grant::Entity::find().count(db).await.unwrap(),
        learner::Entity::find().count(db).await.unwrap(),
        audit_entry::Entity::find().count(db).await.unwrap(),
        auth_token::Entity::find()
            .filter(auth_token::Column::Revoked.eq(true))
            .count(db)
            .await
            .unwrap(),
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

async fn unit_named(app: &TestApp, name: &str) -> unit::Model {
    unit::Entity::find()
        .filter(unit::Column::Name.eq(name))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn learner_ids(app: &TestApp, phone: &str) -> (String, String) {
    let a = account::Entity::find()
        .filter(account::Column::Phone.eq(phone))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let l = learner::Entity::find()
        .filter(learner::Column::AccountId.eq(a.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    (format!("lrn_{}", l.id), format!("acct_{}", a.id))
}

async fn grant_of(app: &TestApp, phone: &str) -> String {
    let a = account::Entity::find()
        .filter(account::Column::Phone.eq(phone))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
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
    roster::enroll(
        &app.db,
        unit,
        NewLearner {
            phone: &phone,
            name,
            rank: None,
            retirement_date: None,
        },
    )
    .await
    .unwrap();
}

async fn isolation_matrix(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let hunan = region_id(&app, "430000").await;

    // A second city with a district, a unit, its administrators and a learner.
    let city = app
        .gql(Some(&province), "mutation($p: ID!) { createRegion(input: {parentId: $p, code: \"430100\", name: \"长沙市\"}) { id } }", json!({"p": hunan}))
        .await;
    let changsha = city["data"]["createRegion"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let district = app
        .gql(Some(&province), "mutation($p: ID!) { createRegion(input: {parentId: $p, code: \"430102\", name: \"芙蓉区\"}) { id } }", json!({"p": changsha}))
        .await;
    let furong = district["data"]["createRegion"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let unit = app
        .gql(Some(&province), "mutation($r: ID!) { createUnit(input: {regionId: $r, name: \"芙蓉区司法局\"}) { id } }", json!({"r": furong}))
        .await;
    let furong_unit = unit["data"]["createUnit"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let grant = app
        .gql(
            Some(&province),
            "mutation($r: ID!) { grantRole(input: {phone: \"13700000010\", name: \"芙蓉区管理员\", role: DISTRICT_ADMIN, regionId: $r}) { id } }",
            json!({"r": furong}),
        )
        .await;
    let furong_grant = grant["data"]["grantRole"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
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
    let (changsha_learner, changsha_account) = learner_ids(&app, "13900000100").await;
    let (lianhe_learner, lianhe_account) = learner_ids(&app, "13900000101").await;
    let (yanfeng_learner, yanfeng_account) = learner_ids(&app, "13900000031").await;
    let (peer_learner, peer_account) = learner_ids(&app, "13900000002").await;
    let yanfeng = region_id(&app, "430406").await;
    let yanfeng_unit = format!("unit_{}", unit_named(&app, "雁峰区司法局").await.id);
    let lianhe_unit = format!("unit_{}", unit_named(&app, "联合街道").await.id);
    let yanfeng_grant = grant_of(&app, "13800000004").await;
    let yanfeng_unit_grant = grant_of(&app, "13800000006").await;

    let city_admin = app.admin("13800000002").await;
    let district_admin = app.admin("13800000003").await;
    let unit_admin = app.admin("13800000005").await;
    let learner = app.learner("13900000001").await;

    let another_city = Foreign {
        region: changsha.clone(),
        child_code: "430103",
        region_role: "CITY_ADMIN",
        unit: furong_unit.clone(),
        learner: changsha_learner.clone(),
        learner_account: changsha_account.clone(),
        grant: furong_grant.clone(),
    };
    let another_district = Foreign {
        region: yanfeng.clone(),
        child_code: "430499",
        region_role: "DISTRICT_ADMIN",
        unit: yanfeng_unit.clone(),
        learner: yanfeng_learner.clone(),
        learner_account: yanfeng_account.clone(),
        grant: yanfeng_grant.clone(),
    };
    let another_unit = Foreign {
        region: yanfeng.clone(),
        child_code: "430499",
        region_role: "DISTRICT_ADMIN",
        unit: lianhe_unit.clone(),
        learner: lianhe_learner.clone(),
        learner_account: lianhe_account.clone(),
        grant: yanfeng_unit_grant.clone(),
    };
    let another_learner = Foreign {
        region: yanfeng.clone(),
        child_code: "430499",
        region_role: "DISTRICT_ADMIN",
        unit: lianhe_unit.clone(),
        learner: peer_learner.clone(),
        learner_account: peer_account.clone(),
        grant: yanfeng_unit_grant.clone(),
    };
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
            vec![
                &another_city,
                &another_district,
                &another_unit,
                &another_learner,
            ],
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
        }
    }
    // The learner also sees its own unit but not its roster.
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
        for field in schema["data"]["__schema"][kind]["fields"]
            .as_array()
            .unwrap()
        {
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
