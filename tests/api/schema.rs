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

#[test]
fn every_type_and_root_field_is_described() {
    let sdl = xuefa::graphql::sdl();
    for needle in [
        "A unit (单位)",
        "An administrative region",
        "Logs in with the mobile number",
    ] {
        assert!(sdl.contains(needle), "missing description: {needle}");
    }
}
