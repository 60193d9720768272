//! The rules, one module per area. Nothing here knows GraphQL or HTTP; every function that
//! acts for a caller takes the caller's [`crate::scope::Actor`], so it cannot forget it.

pub mod accounts;
pub mod audit;
pub mod audit_words;
pub mod campaign;
pub mod certificate;
pub mod console;
pub mod downloads;
pub mod eligibility;
pub mod exam;
pub mod exemption;
pub mod ids;
pub mod import;
pub mod integrity;
pub mod name_key;
pub mod new_year;
pub mod node;
pub mod notice;
pub mod org;
pub mod paging;
pub mod phone;
pub mod points;
pub mod practice;
pub mod progress;
pub mod record;
pub mod recovery;
pub mod report;
pub mod roster;
pub mod standing;
pub mod stats;
pub mod study;
#[cfg(test)]
pub(crate) mod testkit;
pub mod transfer;

/// Session changes after scheduling, under the name callers knew before `exam` was split.
pub use exam::sessions as exam_schedule;

/// Brings the database up to date: the schema, then what the rules derive from rows written
/// before they existed (learners' name sort keys).
pub async fn migrate(db: &sea_orm::DatabaseConnection) -> Result<(), sea_orm::DbErr> {
    crate::infra::db::migrate_schema(db).await?;
    name_key::fill_missing(db)
        .await
        .map_err(|e| sea_orm::DbErr::Custom(format!("filling name keys: {e:?}")))?;
    Ok(())
}
