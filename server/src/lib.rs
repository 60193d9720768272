//! xuefa: the yearly "study law, take the law exam" programme (学法考法) for state employees.
//!
//! `domain` holds the rules, `scope` decides what a caller may see and change, `graphql`
//! is a thin layer of resolvers over both, and `app` serves it over HTTP with poem.

// Unit tests may unwrap: a panic there is a failed test, not a crash of the server.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod admission;
pub mod app;
pub mod auth;
pub mod certificate;
pub mod clock;
pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod export;
pub mod graphql;
pub mod limits;
pub mod live;
pub mod metrics;
pub mod pdf;
pub mod policy;
pub mod record_export;
pub mod redis_conn;
pub mod scope;
pub mod serve;
pub mod sheet;
pub mod state;
pub mod telemetry;
pub mod text;
pub mod tools;
pub mod web;
