#![allow(clippy::unwrap_used, clippy::expect_used)]

//! End-to-end tests: each starts the real server on a random port with a database of its own
//! and drives it over HTTP, on SQLite and, when `TEST_DATABASE_URL` and `TEST_REDIS_URL` are
//! set, on PostgreSQL and Redis as well.

mod helpers;

mod accounts;
mod admission;
mod bank_lists;
mod bank_memory;
mod binary;
mod campaign;
mod certificate;
mod compression;
mod connections;
mod console;
mod console_tasks;
mod constraints;
mod edge;
mod edge_limits;
mod eligibility;
mod exam;
mod exam_crash;
mod fuzz;
mod hardening;
mod hardening_small;
mod hardening_small2;
mod http;
mod import;
mod integrity;
mod isolation;
mod org;
mod practice;
mod question_options;
mod record;
mod recovery;
mod replicas;
mod roster;
mod schema;
mod smaller_findings;
mod stats;
mod stats_oracle;
mod study;
mod takeover;
mod web;
mod year_majors;
mod year_majors2;
mod year_seams;
