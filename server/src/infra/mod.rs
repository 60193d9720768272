//! What the rules stand on: the clock, the settings, the database and Redis connections,
//! logging and the metrics counters. Nothing here knows a rule of the programme.

pub mod clock;
pub mod config;
pub mod db;
pub mod metrics;
pub mod redis_conn;
pub mod response_budget;
pub mod telemetry;
