//! xuefa: the yearly "study law, take the law exam" programme (学法考法) for state employees.
//!
//! `domain` holds the rules, `scope` decides what a caller may see and change, `graphql`
//! is a thin layer of resolvers over both, and `app` serves it over HTTP with poem.

// Unit tests may unwrap: a panic there is a failed test, not a crash of the server.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

// The layers, lowest first; each names only those above it in this list
// (`tests::layers` fails on a circle at any level).
pub mod auth;
pub mod domain;
pub mod error;
pub mod formats;
pub mod graphql;
pub mod http;
pub mod infra;
pub mod live;
pub mod scope;
pub mod state;
pub mod tools;

#[cfg(test)]
mod layers;
