//! sea-orm models of xuefa's tables: one module a table, no business rules.

pub mod account;
pub mod attempt_answer;
pub mod audit_entry;
pub mod auth_token;
pub mod campaign;
pub mod download_ticket;
pub mod exam_attempt;
pub mod exam_session;
pub mod exemption;
pub mod exemption_decision;
pub mod learner;
pub mod learner_figure;
pub mod login_throttle;
pub mod notice;
pub mod question;
pub mod reading_clock;
pub mod region;
pub mod role_grant;
pub mod seat_booking;
pub mod study_credit;
pub mod study_item;
pub mod study_opening;
pub mod study_progress;
pub mod transfer_request;
pub mod unit;
pub mod unit_stat;
