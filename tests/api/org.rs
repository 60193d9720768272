//! Regions and units: creation rules, bad input, subtree listing.

use entity::{audit_entry, region, unit};
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::json;

use crate::helpers::{Backend, TestApp, assert_error};
use crate::on_both_backends;

on_both_backends!(
    create_regions_and_units,
    bad_region_and_unit_input_changes_nothing,
    units_page_through_a_subtree
);

const CREATE_REGION: &str =
    "mutation($i: CreateRegionInput!) { createRegion(input: $i) { id code name level parent { code } } }";
const CREATE_UNIT: &str =
    "mutation($i: CreateUnitInput!) { createUnit(input: $i) { id name hasInternet region { code } } }";

async fn province_id(app: &TestApp, token: &str) -> String {
    app.id_of(token, "{ myScope { id } }", "/data/myScope/0/id").await
}

async fn create_regions_and_units(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let hunan = province_id(&app, &province).await;
    // The demo data leaves audit entries of its own (it goes through the domain).
    let audited_before = audit_entry::Entity::find().count(&app.db).await.unwrap();
    let city = app
        .gql(
            Some(&province),
            CREATE_REGION,
            json!({"i": {"parentId": hunan, "code": "430100", "name": "长沙市"}}),
        )
        .await;
    assert_eq!(city["data"]["createRegion"]["level"], "CITY", "{city}");
    assert_eq!(city["data"]["createRegion"]["parent"]["code"], "430000");
    let city_id = city["data"]["createRegion"]["id"].as_str().unwrap().to_owned();
    let district = app
        .gql(
            Some(&province),
            CREATE_REGION,
            json!({"i": {"parentId": city_id, "code": "430102", "name": "芙蓉区"}}),
        )
        .await;
    assert_eq!(
        district["data"]["createRegion"]["level"], "DISTRICT",
        "{district}"
    );
    let district_id = district["data"]["createRegion"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let unit = app
        .gql(
            Some(&province),
            CREATE_UNIT,
            json!({"i": {"regionId": district_id, "name": "芙蓉区司法局", "hasInternet": false}}),
        )
        .await;
    assert_eq!(unit["data"]["createUnit"]["hasInternet"], false, "{unit}");
    assert_eq!(unit["data"]["createUnit"]["region"]["code"], "430102");
    // A province-level unit (省直).
    let direct = app
        .gql(
            Some(&province),
            CREATE_UNIT,
            json!({"i": {"regionId": hunan, "name": "省司法厅"}}),
        )
        .await;
    assert_eq!(direct["data"]["createUnit"]["hasInternet"], true, "{direct}");

    // A city administrator creates in its own city only.
    let city_admin = app.admin("13800000002").await;
    let hengyang = province_id(&app, &city_admin).await;
    let ok = app
        .gql(
            Some(&city_admin),
            CREATE_REGION,
            json!({"i": {"parentId": hengyang, "code": "430405", "name": "珠晖区"}}),
        )
        .await;
    assert_eq!(ok["data"]["createRegion"]["code"], "430405", "{ok}");
    let foreign = app
        .gql(
            Some(&city_admin),
            CREATE_REGION,
            json!({"i": {"parentId": city_id, "code": "430103", "name": "天心区"}}),
        )
        .await;
    assert_error(&foreign, &["NOT_FOUND"]);

    let children = app
        .gql(
            Some(&province),
            "query($id: ID!) { region(id: $id) { children { code } } }",
            json!({"id": hunan}),
        )
        .await;
    assert_eq!(
        children["data"]["region"]["children"],
        json!([{"code": "430100"}, {"code": "430400"}]),
        "{children}"
    );
    // A city, a district, two units and the city administrator's district: the
    // refused one leaves nothing.
    let audited = audit_entry::Entity::find().count(&app.db).await.unwrap();
    assert_eq!(audited - audited_before, 5);
}

async fn bad_region_and_unit_input_changes_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let hunan = province_id(&app, &province).await;
    let regions_before = region::Entity::find().count(&app.db).await.unwrap();
    let units_before = unit::Entity::find().count(&app.db).await.unwrap();

    for (code, expected) in [
        ("43010", "BAD_USER_INPUT"),
        ("4301A0", "BAD_USER_INPUT"),
        ("440100", "BAD_USER_INPUT"),
        ("430101", "BAD_USER_INPUT"),
        ("430400", "CONFLICT"),
    ] {
        let body = app
            .gql(
                Some(&province),
                CREATE_REGION,
                json!({"i": {"parentId": hunan, "code": code, "name": "某市"}}),
            )
            .await;
        assert_error(&body, &[expected]);
    }
    let blank = app
        .gql(
            Some(&province),
            CREATE_REGION,
            json!({"i": {"parentId": hunan, "code": "430100", "name": "  "}}),
        )
        .await;
    assert_error(&blank, &["BAD_USER_INPUT"]);
    let unknown = app
        .gql(
            Some(&province),
            CREATE_REGION,
            json!({"i": {"parentId": "reg_999", "code": "430100", "name": "长沙市"}}),
        )
        .await;
    assert_error(&unknown, &["NOT_FOUND"]);
    let garbage = app
        .gql(
            Some(&province),
            CREATE_REGION,
            json!({"i": {"parentId": "zzz", "code": "430100", "name": "长沙市"}}),
        )
        .await;
    assert_error(&garbage, &["NOT_FOUND"]);

    let district = app.admin("13800000003").await;
    let zhengxiang = province_id(&app, &district).await;
    let below_district = app
        .gql(
            Some(&district),
            CREATE_REGION,
            json!({"i": {"parentId": zhengxiang, "code": "430408", "name": "x"}}),
        )
        .await;
    assert_error(&below_district, &["BAD_USER_INPUT", "CONFLICT"]);
    let duplicate = app
        .gql(
            Some(&district),
            CREATE_UNIT,
            json!({"i": {"regionId": zhengxiang, "name": "联合街道"}}),
        )
        .await;
    assert_error(&duplicate, &["CONFLICT"]);

    assert_eq!(
        region::Entity::find().count(&app.db).await.unwrap(),
        regions_before
    );
    assert_eq!(unit::Entity::find().count(&app.db).await.unwrap(), units_before);
}

async fn units_page_through_a_subtree(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let province = app.admin("13800000001").await;
    let query = "query($after: String) { myScope { units(first: 3, after: $after, wholeSubtree: true) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } } }";
    let first = app.gql(Some(&province), query, json!({})).await;
    let units = &first["data"]["myScope"][0]["units"];
    assert_eq!(units["totalCount"], 4, "{first}");
    assert_eq!(units["edges"].as_array().unwrap().len(), 3);
    assert_eq!(units["pageInfo"]["hasNextPage"], true);
    let next = app
        .gql(
            Some(&province),
            query,
            json!({"after": units["pageInfo"]["endCursor"]}),
        )
        .await;
    let rest = &next["data"]["myScope"][0]["units"];
    assert_eq!(rest["edges"][0]["node"]["name"], "雁峰区司法局", "{next}");
    assert_eq!(rest["pageInfo"]["hasNextPage"], false);
    // Directly attached units only, without wholeSubtree: the province has none.
    let direct = app
        .gql(Some(&province), "{ myScope { units { totalCount } } }", json!({}))
        .await;
    assert_eq!(direct["data"]["myScope"][0]["units"]["totalCount"], 0);
    // The page size is capped.
    let too_many = app
        .gql(
            Some(&province),
            "{ myScope { units(first: 1000) { totalCount } } }",
            json!({}),
        )
        .await;
    assert_error(&too_many, &["BAD_USER_INPUT"]);
    let bad_cursor = app
        .gql(
            Some(&province),
            "{ myScope { units(after: \"zz\") { totalCount } } }",
            json!({}),
        )
        .await;
    assert_error(&bad_cursor, &["BAD_USER_INPUT"]);
}
