//! The HTTP edge: the server and its routes, the GraphQL-over-HTTP handler, what a request
//! may be (policy, limits, admission), the web pages and the downloads. It sits on top of
//! `graphql`, `domain` and `state`; nothing below it names it.

pub mod admission;
pub mod app;
pub mod certificate;
pub mod compression;
pub mod document;
pub mod export;
pub mod graphql_handler;
pub mod limits;
pub mod metrics;
pub mod policy;
pub mod record_export;
pub mod serve;
pub mod trusted;
pub mod web;

use std::sync::Arc;

/// What the edge keeps beside the shared [`AppState`](crate::state::AppState): what this
/// replica admits at once, the GraphQL documents it has parsed, and the bytes of answers it
/// is building.
#[derive(Clone)]
pub struct Edge {
    pub admission: Arc<admission::Admission>,
    pub documents: Arc<document::DocumentCache>,
    pub response_bytes: Arc<crate::infra::response_budget::ResponseBytes>,
    /// The uploads being read now.
    pub uploads: Arc<admission::Uploads>,
}
