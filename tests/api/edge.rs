//! Hardening at the edge: ids in canonical form only, production defaults and headers,
//! refused text and dates.

use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

on_both_backends!(ids_are_accepted_in_canonical_form_only);

async fn ids_are_accepted_in_canonical_form_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.admin("13800000003").await;
    let learner = app
        .id_of(
            &admin,
            "{ myScope { units { edges { node { learners(first: 1) { edges { node { id } } } } } } } }",
            "/data/myScope/0/units/edges/0/node/learners/edges/0/node/id",
        )
        .await;
    let unit = app
        .id_of(
            &admin,
            "{ myScope { units { edges { node { id } } } } }",
            "/data/myScope/0/units/edges/0/node/id",
        )
        .await;
    let ask = |query: &'static str, id: String| {
        let app = &app;
        let admin = &admin;
        async move { app.gql(Some(admin), query, json!({"id": id})).await }
    };
    let learner_query = "query($id: ID!) { learner(id: $id) { id name } }";
    let unit_query = "query($id: ID!) { unit(id: $id) { id name } }";
    let found = ask(learner_query, learner.clone()).await;
    assert_eq!(found["data"]["learner"]["id"], learner.as_str(), "{found}");
    assert_eq!(
        ask(unit_query, unit.clone()).await["data"]["unit"]["id"],
        unit.as_str()
    );

    let (prefix, number) = learner.split_once('_').unwrap();
    let missing_learner = ask(learner_query, format!("{prefix}_99999999")).await;
    for variant in [
        format!("{prefix}_0{number}"),
        format!("{prefix}_00{number}"),
        format!("{prefix}_+{number}"),
        format!("{prefix}_{number} "),
        format!("{prefix}_ {number}"),
        format!("{prefix}_{number}\u{0}"),
    ] {
        let body = ask(learner_query, variant.clone()).await;
        assert_eq!(body, missing_learner, "{variant:?} must answer like a missing id");
    }
    let (prefix, number) = unit.split_once('_').unwrap();
    let missing_unit = ask(unit_query, format!("{prefix}_99999999")).await;
    for variant in [format!("{prefix}_0{number}"), format!("{prefix}_+{number}")] {
        let body: Value = ask(unit_query, variant.clone()).await;
        assert_eq!(body, missing_unit, "{variant:?} must answer like a missing id");
    }
}
