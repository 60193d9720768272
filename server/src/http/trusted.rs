//! Trusted documents: the GraphQL documents the pages are built from, registered at build time
//! by their SHA-256.
//!
//! `accountRecoveryStatus` needs no login, and 999 aliases of it fitted under the complexity
//! limit: 64 connections of such documents held every honest save for seconds. The pages send
//! a fixed set of documents, generated into `web/src/gql/graphql.ts` by the GraphQL code
//! generator (`npm run codegen`, string mode: each document, its fragments included, is the
//! text of one `new TypedDocumentString(`…`)`) and sent as exactly that text. This binary
//! embeds that file and knows the digest of each document, so a caller who may send only
//! those (`XUEFA_TRUSTED_DOCUMENTS`) is refused anything else before it is parsed.

use std::collections::HashSet;
use std::sync::OnceLock;

use sha2::{Digest, Sha256};

/// The generated documents of the pages, as this binary was built with them.
const GENERATED: &str = include_str!("../../../web/src/gql/graphql.ts");

/// The digests of the documents in `generated`'s `TypedDocumentString`s.
fn digests_in(generated: &str) -> HashSet<[u8; 32]> {
    const OPENING: &str = "new TypedDocumentString(`";
    let mut digests = HashSet::new();
    let mut rest = generated;
    while let Some(at) = rest.find(OPENING) {
        rest = &rest[at + OPENING.len()..];
        let Some(end) = rest.find('`') else {
            break;
        };
        digests.insert(Sha256::digest(&rest.as_bytes()[..end]).into());
        rest = &rest[end + 1..];
    }
    digests
}

fn trusted() -> &'static HashSet<[u8; 32]> {
    static TRUSTED: OnceLock<HashSet<[u8; 32]>> = OnceLock::new();
    TRUSTED.get_or_init(|| digests_in(GENERATED))
}

/// Whether `query` is, byte for byte, one of the pages' documents.
pub fn is_trusted(query: &str) -> bool {
    let digest: [u8; 32] = Sha256::digest(query.as_bytes()).into();
    trusted().contains(&digest)
}

/// How many documents are registered (for the start-up banner and tests).
pub fn registered() -> usize {
    trusted().len()
}

/// Every document of the pages, as sent.
pub fn page_documents() -> impl Iterator<Item = &'static str> {
    const OPENING: &str = "new TypedDocumentString(`";
    GENERATED
        .split(OPENING)
        .skip(1)
        .filter_map(|part| part.split_once('`').map(|(text, _)| text))
}

/// A document of the pages, for tests: the first that contains `needle`.
pub fn page_document(needle: &str) -> Option<String> {
    page_documents()
        .find(|text| text.contains(needle))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use async_graphql::extensions::{Extension, ExtensionContext, ExtensionFactory, NextValidation};
    use async_graphql::{ServerError, ValidationResult, Variables};

    use super::*;

    #[test]
    fn the_pages_documents_are_registered_and_nothing_else() {
        assert!(registered() > 50, "{}", registered());
        let login = page_document("mutation Login(").unwrap();
        assert!(is_trusted(&login));
        assert!(!is_trusted(&format!("{login} ")), "byte for byte");
        assert!(!is_trusted("{ __typename }"));
        let two = digests_in("x new TypedDocumentString(`a`) y new TypedDocumentString(`b");
        assert_eq!(two.len(), 1, "an unterminated text is not a document");
    }

    /// Records the complexity the schema computed, and stops the request there.
    struct Measure(Arc<Mutex<Option<usize>>>);

    #[async_trait::async_trait]
    impl Extension for Measure {
        async fn validation(
            &self,
            ctx: &ExtensionContext<'_>,
            next: NextValidation<'_>,
        ) -> Result<ValidationResult, Vec<ServerError>> {
            let result = next.run(ctx).await?;
            *self.0.lock().unwrap() = Some(result.complexity);
            Err(vec![ServerError::new("measured", None)])
        }
    }

    struct MeasureFactory(Arc<Mutex<Option<usize>>>);

    impl ExtensionFactory for MeasureFactory {
        fn create(&self) -> Arc<dyn Extension> {
            Arc::new(Measure(self.0.clone()))
        }
    }

    /// Every page document passes the complexity limit (issue 26, item 8: lists count their
    /// rows, large texts their size), with every `Int` variable (a page's `first`) at the
    /// largest page; and what the pages must not ask, a list of study bodies, is refused.
    #[tokio::test]
    async fn every_page_document_passes_the_complexity_limit() {
        let seen = Arc::new(Mutex::new(None));
        let schema = crate::graphql::builder()
            .extension(MeasureFactory(seen.clone()))
            .finish();
        let complexity = |document: &str| {
            let parsed = async_graphql::parser::parse_query(document).ok()?;
            let mut variables = serde_json::Map::new();
            for (_, operation) in parsed.operations.iter() {
                for definition in &operation.node.variable_definitions {
                    let ty = definition.node.var_type.node.to_string();
                    if ty.trim_end_matches('!') == "Int" {
                        let page = crate::domain::paging::MAX_PAGE;
                        variables.insert(definition.node.name.node.to_string(), page.into());
                    }
                }
            }
            let request = async_graphql::Request::new(document)
                .variables(Variables::from_json(serde_json::Value::Object(variables)));
            Some((request, seen.clone()))
        };
        let mut largest = (0, String::new());
        let mut count = 0;
        for document in page_documents() {
            // A fragment alone is no request: it is measured inside the documents it is in.
            let Some((request, seen)) = complexity(document) else {
                assert!(document.trim_start().starts_with("fragment"), "{document}");
                continue;
            };
            *seen.lock().unwrap() = None;
            let response = schema.execute(request).await;
            let measured = seen.lock().unwrap().take();
            let Some(cost) = measured else {
                panic!("refused before measuring: {:?}\n{document}", response.errors);
            };
            assert!(
                cost <= crate::graphql::MAX_COMPLEXITY,
                "a page document costs {cost}: {document}"
            );
            if cost > largest.0 {
                largest = (cost, document.lines().next().unwrap_or("").to_owned());
            }
            count += 1;
        }
        assert!(count > 50, "{count}");
        println!(
            "{count} page documents; the costliest: {} ({})",
            largest.0, largest.1
        );
        assert!(
            largest.0 * 2 < crate::graphql::MAX_COMPLEXITY,
            "little headroom: {largest:?}"
        );

        let bodies = "query($c: ID!) { studyItems(campaignId: $c) { id title body } }";
        let response = schema.execute(async_graphql::Request::new(bodies)).await;
        assert!(seen.lock().unwrap().is_none(), "measured, not refused");
        assert_eq!(response.errors[0].message, "Query is too complex.");
    }
}
