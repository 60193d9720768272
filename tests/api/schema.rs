//! `schema.graphql` is generated from the code; this fails when it drifts.

#[test]
fn schema_file_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../schema.graphql");
    let on_disk = std::fs::read_to_string(path).expect("schema.graphql exists");
    let generated = xuefa::graphql::sdl();
    assert!(
        on_disk == generated,
        "schema.graphql is out of date: run `cargo run -p server -- schema > schema.graphql`"
    );
}

/// Every type of the API says what it is (the root types, async-graphql's generated
/// connection types, the built-in scalars and introspection aside), and so does every root
/// field. (Fields of other types and arguments are not all described yet.)
#[tokio::test]
async fn every_type_and_root_field_is_described() {
    let schema = xuefa::graphql::builder().finish();
    let response = schema
        .execute("{ __schema { types { name description fields(includeDeprecated: true) { name description } } } }")
        .await;
    assert!(response.errors.is_empty(), "{:?}", response.errors);
    let data = response.data.into_json().unwrap();
    let described = |v: &serde_json::Value| v["description"].as_str().is_some_and(|d| !d.trim().is_empty());
    let builtin = ["String", "Int", "Float", "Boolean", "ID", "Query", "Mutation"];
    let mut missing = Vec::new();
    let types = data["__schema"]["types"].as_array().unwrap();
    assert!(types.len() > 50, "the schema has its types");
    let mut root_fields = 0;
    for t in types {
        let name = t["name"].as_str().unwrap();
        let generated = name.ends_with("Connection") || name.ends_with("Edge");
        if !name.starts_with("__") && !builtin.contains(&name) && !generated && !described(t) {
            missing.push(format!("type {name}"));
        }
        if name == "Query" || name == "Mutation" {
            for f in t["fields"].as_array().unwrap() {
                root_fields += 1;
                if !described(f) {
                    missing.push(format!("field {name}.{}", f["name"].as_str().unwrap()));
                }
            }
        }
    }
    assert!(root_fields > 40, "the root types have their fields");
    assert!(
        missing.is_empty(),
        "{} schema elements have no description:\n{}",
        missing.len(),
        missing.join("\n")
    );
}
