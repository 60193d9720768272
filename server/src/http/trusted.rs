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

/// A document of the pages, for tests: the first that contains `needle`.
pub fn page_document(needle: &str) -> Option<String> {
    const OPENING: &str = "new TypedDocumentString(`";
    GENERATED
        .split(OPENING)
        .skip(1)
        .filter_map(|part| part.split_once('`').map(|(text, _)| text))
        .find(|text| text.contains(needle))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
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
}
