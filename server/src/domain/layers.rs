//! The domain modules form layers: no module reaches, through others, back to itself.
//!
//! A circle (`accounts → study → roster → accounts`) means none of its modules can be read,
//! changed or tested without all the others. This test reads the sources' paths to other
//! domain modules (`crate::domain::x`, `use crate::domain::{x, y}`, and `super::x` at the top
//! level) and fails on any circle, naming it. Nor does the domain know the API: it names
//! nothing of GraphQL.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The domain module a source file belongs to (`exam/attempt.rs` belongs to `exam`), and
/// whether its `super::` is the domain itself.
fn module_of(domain: &Path, file: &Path) -> Option<(String, bool)> {
    let rel = file.strip_prefix(domain).ok()?;
    let parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let first = parts.first()?.trim_end_matches(".rs").to_owned();
    if first == "mod" {
        return None;
    }
    let top = parts.len() == 1 || (parts.len() == 2 && parts[1] == "mod.rs");
    Some((first, top))
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn identifier(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The first names after each occurrence of `prefix`: `x` of `prefix x::y`, and `x`, `y`
/// of `prefix {x, y::z}`.
fn names_after<'a>(code: &'a str, prefix: &str) -> Vec<&'a str> {
    let mut names = Vec::new();
    for (at, _) in code.match_indices(prefix) {
        let rest = &code[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // Only the top level of a nested group names modules.
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth > 0 => depth -= 1,
                    ',' | '}' if depth == 0 => {
                        names.push(identifier(group[start..i].trim()));
                        start = i + 1;
                        if c == '}' {
                            break;
                        }
                    }
                    _ => {}
                }
            }
        } else {
            names.push(identifier(rest));
        }
    }
    names
}

/// Each domain module's paths to the others.
fn dependencies(domain: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    sources(domain, &mut files);
    let modules: BTreeSet<String> = files
        .iter()
        .filter_map(|f| module_of(domain, f))
        .map(|(m, _)| m)
        .collect();
    let mut deps: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let Some((module, top)) = module_of(domain, file) else {
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap_or_default();
        // Comments may name paths they do not use.
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut named = names_after(&code, "crate::domain::");
        if top {
            named.extend(names_after(&code, "super::"));
        }
        let entry = deps.entry(module.clone()).or_default();
        for name in named {
            if name != module && modules.contains(name) {
                entry.insert(name.to_owned());
            }
        }
    }
    deps
}

/// A circle through the graph, as the modules along it, if there is one.
fn circle(deps: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        deps: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut found = path[at..].to_vec();
            found.push(node.to_owned());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in deps.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, deps, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    deps.keys()
        .find_map(|m| visit(m, deps, &mut Vec::new(), &mut done))
}

#[test]
fn no_circle_among_domain_modules() {
    let domain = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let deps = dependencies(&domain);
    // The reader itself: it must see the modules and their paths, or it proves nothing.
    assert!(deps.len() > 10, "{deps:?}");
    assert!(
        deps.get("study").is_some_and(|d| d.contains("campaign")),
        "{deps:?}"
    );
    if let Some(found) = circle(&deps) {
        panic!("domain modules in a circle: {}", found.join(" → "));
    }
}

/// The domain returns rows and typed references; the API's ids are encoded in `graphql/`.
#[test]
fn the_domain_knows_no_graphql() {
    let domain = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut files = Vec::new();
    sources(&domain, &mut files);
    assert!(files.len() > 10, "{files:?}");
    // This file names what it looks for.
    for file in files.into_iter().filter(|f| !f.ends_with("layers.rs")) {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            assert!(
                !line.contains("async_graphql") && !line.contains("crate::graphql"),
                "{}: {line}",
                file.display()
            );
        }
    }
}

#[test]
fn finds_a_circle_and_reads_grouped_paths() {
    let code = "use crate::domain::{a, b::{c, d}, self};\nlet x = crate::domain::e::f();";
    assert_eq!(names_after(code, "crate::domain::"), ["a", "b", "self", "e"]);
    let deps: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.into_iter().map(str::to_owned).collect()))
    .collect();
    assert_eq!(
        circle(&deps).map(|c| c.join(" → ")),
        Some("a → b → c → a".to_owned())
    );
    let mut layered = deps;
    layered.insert("c".to_owned(), BTreeSet::new());
    assert_eq!(circle(&layered), None);
}
