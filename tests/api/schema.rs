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

/// The root fields the edge treats apart (`auth::live_write::ROOT_FIELDS`: the live writes,
/// classified and run as such, and the heavy ones, shed first) are fields of the schema's
/// `Mutation`: a field renamed in the schema but not in the registry would otherwise fall back
/// to the ordinary class without a word.
#[tokio::test]
async fn the_live_write_registry_names_mutations_of_the_schema() {
    let schema = xuefa::graphql::builder().finish();
    let response = schema
        .execute("{ __schema { mutationType { fields { name } } } }")
        .await;
    assert!(response.errors.is_empty(), "{:?}", response.errors);
    let data = response.data.into_json().unwrap();
    let mutations: Vec<&str> = data["__schema"]["mutationType"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    let registry = xuefa::auth::live_write::ROOT_FIELDS;
    assert!(
        registry
            .iter()
            .any(|f| f.treatment == xuefa::auth::live_write::Treatment::LiveWrite)
    );
    for field in registry {
        assert!(
            mutations.contains(&field.name),
            "{} ({:?}) is not a mutation of the schema",
            field.name,
            field.treatment
        );
    }
}
