//! The parsed-document cache, and what the HTTP handler needs to know of an operation before
//! running it (its metric label, whether it only writes live, whether it is heavy).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_graphql::parser::types::ExecutableDocument;

/// What the handler needs to know of a request's document before running it.
#[derive(Debug, PartialEq, Eq)]
pub struct Prepared {
    /// The root field of the operation, for the metric label (bounded by the schema, unlike
    /// client-chosen operation names).
    pub label: String,
    /// The operation is a mutation of live writes only (`saveAnswer`), so its caller may come
    /// unconfirmed from the replica's memory (`auth::Callers::for_live_write`).
    pub live_writes_only: bool,
    /// The operation starts costly work a crowd does at once (a login's argon2, a start's
    /// paper draw): shed with BUSY past capacity, while saves keep going.
    pub heavy: bool,
}

/// Root fields whose work is shed first under overload.
const HEAVY: &[&str] = &["login", "changePassword", "startExam"];

/// Root fields that only write to the live store, confirming an unconfirmed caller in the
/// same step (`auth::Callers::live_write`).
const LIVE_WRITES: &[&str] = &["saveAnswer"];

fn prepared(doc: &ExecutableDocument, operation_name: Option<&str>) -> Prepared {
    use async_graphql::parser::types::{OperationType, Selection};
    let op = doc
        .operations
        .iter()
        .find(|(name, _)| operation_name.is_none() || name.map(|n| n.as_str()) == operation_name)
        .map(|(_, op)| op);
    let Some(op) = op else {
        return Prepared {
            label: "unknown".into(),
            live_writes_only: false,
            heavy: false,
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
    let live_writes_only = op.node.ty == OperationType::Mutation
        && !items.is_empty()
        && items.iter().all(|item| match &item.node {
            Selection::Field(f) => LIVE_WRITES.contains(&f.node.name.node.as_str()),
            _ => false,
        });
    let heavy = items.iter().any(|item| match &item.node {
        Selection::Field(f) => HEAVY.contains(&f.node.name.node.as_str()),
        _ => false,
    });
    Prepared {
        label,
        live_writes_only,
        heavy,
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
                        live_writes_only: false,
                        heavy: false,
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
    fn only_a_mutation_of_live_writes_alone_is_marked_as_such() {
        let cache = DocumentCache::default();
        let marked = |text: &str, name: Option<&str>| {
            let mut request = async_graphql::Request::new(text);
            if let Some(name) = name {
                request = request.operation_name(name);
            }
            cache.prepare(&mut request).live_writes_only
        };
        let save = r#"saveAnswer(attemptId: "a", questionId: "q", choices: ["A"]) { saved }"#;
        assert!(marked(&format!("mutation {{ {save} }}"), None));
        assert!(marked(&format!("mutation {{ one: {save} two: {save} }}"), None));
        assert!(!marked(&format!("mutation {{ {save} logout }}"), None));
        assert!(!marked(&format!("mutation {{ {save} __typename }}"), None));
        assert!(!marked("mutation { logout }", None));
        assert!(!marked("{ __typename }", None));
        assert!(!marked(
            &format!("mutation {{ ...F }} fragment F on MutationRoot {{ {save} }}"),
            None
        ));
        let two = format!("query Q {{ me {{ phone }} }} mutation S {{ {save} }}");
        assert!(marked(&two, Some("S")));
        assert!(!marked(&two, Some("Q")));
        assert!(!marked("mutation { saveAnswer(", None));
    }
}
