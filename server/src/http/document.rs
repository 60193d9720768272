//! The parsed-document cache, and what the HTTP handler needs to know of an operation before
//! running it (its metric label, what its root fields make it by the live write's registry).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_graphql::parser::types::ExecutableDocument;

use crate::auth::live_write::RootFields;

/// What the handler needs to know of a request's document before running it.
#[derive(Debug, PartialEq, Eq)]
pub struct Prepared {
    /// The root field of the operation, for the metric label (bounded by the schema, unlike
    /// client-chosen operation names).
    pub label: String,
    /// Whether it writes live only, whether it is heavy (`auth::live_write`).
    pub root_fields: RootFields,
    /// Why the operation is refused before it runs: too many aliases of one field, or too
    /// many fields once its fragments are spread out ([`check_shape`]).
    pub refusal: Option<String>,
}

/// The most names one field may be asked under in one selection set (`a: f b: f …`). The
/// pages alias nothing; 999 aliases of `accountRecoveryStatus`, each a lookup, fitted under
/// the complexity limit, and 20,000 of `__typename` cost 0.12 s of CPU.
pub const MAX_ALIASES: usize = 5;
/// The most fields an operation may select, counting a fragment once for every place it is
/// spread. The largest page asks for about 150.
pub const MAX_FIELDS: usize = 1_000;

/// Refuses an operation that asks for one field under more than [`MAX_ALIASES`] names in a
/// selection set, or for more than [`MAX_FIELDS`] fields. The walk stops at the first excess,
/// so it costs at most [`MAX_FIELDS`] steps whatever the document; a fragment spread inside
/// itself is skipped (validation reports it).
pub fn check_shape(
    doc: &ExecutableDocument,
    selection_set: &async_graphql::parser::types::SelectionSet,
) -> Result<(), String> {
    let mut fields = 0;
    shape_of(doc, selection_set, &mut fields, &mut Vec::new())
}

fn shape_of<'a>(
    doc: &'a ExecutableDocument,
    set: &'a async_graphql::parser::types::SelectionSet,
    fields: &mut usize,
    spreading: &mut Vec<&'a str>,
) -> Result<(), String> {
    // (field name, response key) of this level, inline fragments and spreads merged in.
    let mut keys: Vec<(&str, &str)> = Vec::new();
    level(doc, set, fields, spreading, &mut keys)?;
    keys.sort_unstable();
    keys.dedup();
    let mut at = 0;
    while at < keys.len() {
        let name = keys[at].0;
        let names = keys[at..].iter().take_while(|(n, _)| *n == name).count();
        if names > MAX_ALIASES {
            return Err(format!(
                "同一字段 {name} 在一处最多只能以 {MAX_ALIASES} 个别名查询（此处 {names} 个），请合并或分次查询"
            ));
        }
        at += names;
    }
    Ok(())
}

fn level<'a>(
    doc: &'a ExecutableDocument,
    set: &'a async_graphql::parser::types::SelectionSet,
    fields: &mut usize,
    spreading: &mut Vec<&'a str>,
    keys: &mut Vec<(&'a str, &'a str)>,
) -> Result<(), String> {
    use async_graphql::parser::types::Selection;
    for item in &set.items {
        match &item.node {
            Selection::Field(field) => {
                *fields += 1;
                if *fields > MAX_FIELDS {
                    return Err(format!(
                        "查询的字段过多：一次最多 {MAX_FIELDS} 个（片段每展开一次都计入），请分次查询"
                    ));
                }
                let field = &field.node;
                keys.push((field.name.node.as_str(), field.response_key().node.as_str()));
                shape_of(doc, &field.selection_set.node, fields, spreading)?;
            }
            Selection::InlineFragment(inline) => {
                level(doc, &inline.node.selection_set.node, fields, spreading, keys)?;
            }
            Selection::FragmentSpread(spread) => {
                let name = &spread.node.fragment_name.node;
                if spreading.contains(&name.as_str()) {
                    continue;
                }
                if let Some(fragment) = doc.fragments.get(name) {
                    spreading.push(name.as_str());
                    let walked = level(doc, &fragment.node.selection_set.node, fields, spreading, keys);
                    spreading.pop();
                    walked?;
                }
            }
        }
    }
    Ok(())
}

fn prepared(doc: &ExecutableDocument, operation_name: Option<&str>) -> Prepared {
    use async_graphql::parser::types::Selection;
    let op = doc
        .operations
        .iter()
        .find(|(name, _)| operation_name.is_none() || name.map(|n| n.as_str()) == operation_name)
        .map(|(_, op)| op);
    let Some(op) = op else {
        return Prepared {
            label: "unknown".into(),
            root_fields: RootFields::default(),
            refusal: None,
        };
    };
    let items = &op.node.selection_set.node.items;
    let label = items
        .iter()
        .find_map(|item| match &item.node {
            Selection::Field(f) => Some(f.node.name.node.to_string()),
            _ => None,
        })
        .unwrap_or_else(|| "unknown".into());
    Prepared {
        label,
        root_fields: RootFields::of(&op.node),
        refusal: check_shape(doc, &op.node.selection_set.node).err(),
    }
}

/// Parsed GraphQL documents by query text. Clients send the same few queries over and over
/// (an exam page saves with one mutation text); parsing one costs more than running a save,
/// so each text is parsed once and the document handed to the engine (and to the metric
/// label) from here.
#[derive(Default)]
pub struct DocumentCache {
    documents: Mutex<HashMap<String, Arc<ExecutableDocument>>>,
}

impl DocumentCache {
    /// Texts kept; past this the cache starts over (clients' query texts are a small set).
    const CAPACITY: usize = 512;
    /// Longer texts are parsed every time.
    const MAX_QUERY_BYTES: usize = 16 * 1024;

    /// The request's document, parsed once per distinct text, and what the handler needs of it. A text
    /// that does not parse is left to the engine, which reports the error.
    pub fn prepare(&self, request: &mut async_graphql::Request) -> Prepared {
        let cached = self
            .documents
            .lock()
            .ok()
            .and_then(|m| m.get(&request.query).cloned());
        let doc = match cached {
            Some(doc) => doc,
            None => {
                let Ok(doc) = async_graphql::parser::parse_query(&request.query) else {
                    return Prepared {
                        label: "invalid".into(),
                        root_fields: RootFields::default(),
                        refusal: None,
                    };
                };
                let doc = Arc::new(doc);
                if request.query.len() <= Self::MAX_QUERY_BYTES
                    && let Ok(mut m) = self.documents.lock()
                {
                    if m.len() >= Self::CAPACITY {
                        m.clear();
                    }
                    m.insert(request.query.clone(), doc.clone());
                }
                doc
            }
        };
        let prepared = prepared(&doc, request.operation_name.as_deref());
        request.set_parsed_query((*doc).clone());
        prepared
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_parsed_once_per_text_and_labelled_by_root_field() {
        let cache = DocumentCache::default();
        let text = "query A { me { phone } } mutation B { logout }";
        let mut first = async_graphql::Request::new(text).operation_name("B");
        assert_eq!(cache.prepare(&mut first).label, "logout");
        assert!(first.parsed_query().is_ok());
        assert_eq!(cache.documents.lock().unwrap().len(), 1);
        let mut again = async_graphql::Request::new(text).operation_name("A");
        assert_eq!(cache.prepare(&mut again).label, "me");
        assert_eq!(
            cache.documents.lock().unwrap().len(),
            1,
            "the same text is parsed once"
        );

        let mut broken = async_graphql::Request::new("{ me { ");
        assert_eq!(cache.prepare(&mut broken).label, "invalid");
        assert_eq!(
            cache.documents.lock().unwrap().len(),
            1,
            "unparsable texts are not kept"
        );
    }

    #[test]
    fn aliases_and_spread_out_fields_are_bounded() {
        let refusal = |text: &str| {
            let mut request = async_graphql::Request::new(text);
            DocumentCache::default().prepare(&mut request).refusal
        };
        let aliases = |n: usize, field: &str| {
            (0..n)
                .map(|i| format!("a{i}: {field}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(refusal(&format!("{{ {} }}", aliases(5, "__typename"))), None);
        assert!(refusal(&format!("{{ {} }}", aliases(6, "__typename"))).is_some());
        assert!(refusal(&format!("{{ {} }}", aliases(20_000, "__typename"))).is_some());
        // Spread from fragments into one level, or nested: still counted.
        let spread = format!(
            "{{ ...A ...B }} fragment A on Query {{ {} }} fragment B on Query {{ x1: me {{ id }} x2: me {{ id }} x3: me {{ id }} }}",
            aliases(3, "me { id }")
        );
        assert!(
            refusal(&spread).is_some(),
            "six names of `me` across two fragments"
        );
        assert_eq!(
            refusal("{ me { a: id b: id } studyItems(campaignId: \"c\") { id } }"),
            None
        );
        // A fragment bomb: each level spreads the next twice.
        let mut bomb = String::from("{ ...F0 }");
        for i in 0..30 {
            bomb.push_str(&format!(
                " fragment F{i} on Query {{ ...F{} ...F{} }}",
                i + 1,
                i + 1
            ));
        }
        bomb.push_str(" fragment F30 on Query { __typename }");
        assert!(refusal(&bomb).unwrap().contains("字段过多"));
        // A fragment spread inside itself is left to validation.
        assert_eq!(refusal("{ ...F } fragment F on Query { ...F me { id } }"), None);
    }
}
