//! The crate's modules form layers at every level: no module reaches, through others, back to
//! itself, whether among the top-level layers (`infra`, `domain`, `graphql`, `http`, …) or
//! among the modules of one directory (`domain/exam/attempt.rs` beside `grading.rs`).
//!
//! A circle (`accounts → study → roster → accounts`) means none of its modules can be read,
//! changed or tested without all the others. This test reads every source file's paths to
//! other modules (`crate::a::b`, `use crate::{a, b::{c, d}}`, `super::x`, `super::super::x`),
//! resolves each to the deepest module it names, and draws an edge between the two siblings
//! where the paths part: `crate::graphql::ids` from `graphql/roster.rs` is `roster → ids` inside
//! `graphql`, `crate::domain::org` from `graphql/roster.rs` is `graphql → domain` at the top.
//! A child naming its own ancestors' items is no edge. It fails on any circle, naming it.
//! Test modules (`#[cfg(test)] mod …` to the end of a file) and comments are not read.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Module = Vec<String>;
/// Edges between sibling modules, by the directory (module path) they sit in.
type Graph = BTreeMap<Module, BTreeMap<String, BTreeSet<String>>>;

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

/// The module a file defines: `graphql/roster.rs` and `graphql/roster/mod.rs` are
/// `[graphql, roster]`; `lib.rs` is the crate (`[]`).
fn module_of(root: &Path, file: &Path) -> Option<Module> {
    let rel = file.strip_prefix(root).ok()?;
    let mut parts: Module = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop()?;
    let stem = last.trim_end_matches(".rs");
    if !matches!(stem, "mod" | "lib" | "main") {
        parts.push(stem.to_owned());
    }
    Some(parts)
}

fn identifier(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The paths of a use tree starting at `text`: `a::b` gives `[a, b]`; `{a, b::{c, d}}` gives
/// `[a]`, `[b, c]`, `[b, d]`.
fn tree(text: &str) -> Vec<Module> {
    let mut segments = Module::new();
    let mut rest = text;
    loop {
        let name = identifier(rest);
        if !name.is_empty() {
            segments.push(name.to_owned());
            rest = &rest[name.len()..];
            if let Some(more) = rest.strip_prefix("::") {
                rest = more;
                continue;
            }
            return vec![segments];
        }
        let Some(group) = rest.strip_prefix('{') else {
            return vec![segments];
        };
        let mut paths = Vec::new();
        let (mut depth, mut start) = (0, 0);
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth > 0 => depth -= 1,
                ',' | '}' if depth == 0 => {
                    for sub in tree(group[start..i].trim()) {
                        let mut path = segments.clone();
                        path.extend(sub);
                        paths.push(path);
                    }
                    start = i + 1;
                    if c == '}' {
                        break;
                    }
                }
                _ => {}
            }
        }
        return paths;
    }
}

/// Where `prefix` starts a path of its own (not inside `xcrate::` or `a::crate::`).
fn starts(code: &str, prefix: &str) -> Vec<usize> {
    code.match_indices(prefix)
        .filter(|(at, _)| {
            code[..*at]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
        })
        .map(|(at, _)| at)
        .collect()
}

/// The code of a file without comments and without its trailing test module.
fn code_of(text: &str) -> String {
    let mut kept = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]")
            && lines
                .peek()
                .is_some_and(|next| next.trim_start().starts_with("mod "))
        {
            break;
        }
        if !trimmed.starts_with("//") {
            kept.push(line);
        }
    }
    kept.join("\n")
}

/// The modules every file names, as edges between siblings.
fn graph(root: &Path) -> Graph {
    let mut files = Vec::new();
    sources(root, &mut files);
    let mut modules: BTreeSet<Module> = BTreeSet::new();
    let mut code = Vec::new();
    for file in &files {
        // This file names paths only in its tests and strings.
        if file.ends_with("layers.rs") {
            continue;
        }
        let Some(module) = module_of(root, file) else {
            continue;
        };
        for len in 0..=module.len() {
            modules.insert(module[..len].to_vec());
        }
        code.push((
            module,
            code_of(&std::fs::read_to_string(file).unwrap_or_default()),
        ));
    }
    let mut graph = Graph::new();
    for (from, code) in &code {
        let mut named: Vec<Module> = Vec::new();
        for at in starts(code, "crate::") {
            named.extend(tree(&code[at + "crate::".len()..]));
        }
        for at in starts(code, "super::") {
            let mut rest = &code[at..];
            let mut base = from.clone();
            while let Some(more) = rest.strip_prefix("super::") {
                base.pop();
                rest = more;
            }
            for path in tree(rest) {
                let mut full = base.clone();
                full.extend(path);
                named.push(full);
            }
        }
        for mut to in named {
            // The deepest module the path names (the rest are items).
            while !modules.contains(&to) {
                to.pop();
            }
            let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
            if common < from.len() && common < to.len() {
                graph
                    .entry(from[..common].to_vec())
                    .or_default()
                    .entry(from[common].clone())
                    .or_default()
                    .insert(to[common].clone());
            }
        }
    }
    graph
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

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn no_circle_at_any_level() {
    let graph = graph(&src());
    // The reader itself: it must see the layers and their paths, or it proves nothing.
    let top = graph.get(&Module::new()).cloned().unwrap_or_default();
    assert!(top.get("http").is_some_and(|d| d.contains("graphql")), "{top:?}");
    assert!(
        top.get("graphql").is_some_and(|d| d.contains("domain")),
        "{top:?}"
    );
    let domain = graph.get(&vec!["domain".to_owned()]).cloned().unwrap_or_default();
    assert!(
        domain.get("study").is_some_and(|d| d.contains("campaign")),
        "{domain:?}"
    );
    let exam = graph
        .get(&vec!["domain".to_owned(), "exam".to_owned()])
        .cloned()
        .unwrap_or_default();
    assert!(
        exam.get("attempt").is_some_and(|d| d.contains("grading")),
        "{exam:?}"
    );
    let circles: Vec<String> = graph
        .iter()
        .filter_map(|(dir, deps)| {
            circle(deps).map(|c| format!("in crate::{}: {}", dir.join("::"), c.join(" → ")))
        })
        .collect();
    assert!(circles.is_empty(), "modules in a circle:\n{}", circles.join("\n"));
}

/// The layers, lowest first, as `lib.rs` lists them: each names only those below it.
#[test]
fn the_top_level_layers_point_down() {
    let order = [
        "error", "infra", "formats", "scope", "live", "auth", "domain", "state", "graphql", "http", "tools",
    ];
    let graph = graph(&src());
    let top = graph.get(&Module::new()).cloned().unwrap_or_default();
    let rank = |m: &str| order.iter().position(|o| *o == m);
    for (from, tos) in &top {
        let Some(from_rank) = rank(from) else {
            continue;
        };
        for to in tos {
            let to_rank = rank(to).unwrap_or_else(|| panic!("{to} is not a layer"));
            assert!(to_rank < from_rank, "{from} names {to}, a layer above it");
        }
    }
    assert!(top.len() >= order.len() - 1, "{top:?}");
}

/// The domain returns rows and typed references; the API's ids are encoded in `graphql/`.
#[test]
fn the_domain_knows_no_graphql() {
    let domain = src().join("domain");
    let mut files = Vec::new();
    sources(&domain, &mut files);
    assert!(files.len() > 10, "{files:?}");
    for file in files {
        let code = code_of(&std::fs::read_to_string(&file).unwrap_or_default());
        for line in code.lines() {
            assert!(
                !line.contains("async_graphql") && !line.contains("crate::graphql"),
                "{}: {line}",
                file.display()
            );
        }
    }
}

#[test]
fn reads_grouped_and_relative_paths_and_finds_a_circle() {
    assert_eq!(
        tree("domain::{a, b::{c, d}, self};"),
        [
            vec!["domain", "a"],
            vec!["domain", "b", "c"],
            vec!["domain", "b", "d"],
            vec!["domain", "self"]
        ]
    );
    assert_eq!(starts("use crate::a; xcrate::b; a::crate::c", "crate::"), [4]);
    assert_eq!(
        code_of("use a;\n// use b;\n#[cfg(test)]\nmod tests {\nuse c;\n}"),
        "use a;"
    );
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
