//! Database migrations. Each runs on SQLite and PostgreSQL alike.
pub use sea_orm_migration::prelude::*;

mod m20261127_000001_foundation;
mod m20261127_000002_campaign_roster;
mod m20261127_000003_study;
mod m20261127_000004_exam;
mod m20261127_000005_stats;
mod m20261127_000006_learner_figures;
mod m20261130_000101_console;
mod m20261130_000201_hardening;
mod m20261201_000001_figure_days;
mod m20261201_000100_console_gaps;
mod m20261201_000300_recovery_practice_integrity;
mod m20261201_000400_certificates;
mod m20261207_000100_temporary_passwords;
mod m20261208_000100_download_ticket_sessions;
mod m20261209_000100_transfer_decisions;

/// The action lists' conditions, which the server's queries share with the partial indexes.
pub use m20261127_000006_learner_figures::ActionList;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261127_000001_foundation::Migration),
            Box::new(m20261127_000002_campaign_roster::Migration),
            Box::new(m20261127_000003_study::Migration),
            Box::new(m20261127_000004_exam::Migration),
            Box::new(m20261127_000005_stats::Migration),
            Box::new(m20261127_000006_learner_figures::Migration),
            Box::new(m20261130_000101_console::Migration),
            Box::new(m20261130_000201_hardening::Migration),
            Box::new(m20261201_000001_figure_days::Migration),
            Box::new(m20261201_000100_console_gaps::Migration),
            Box::new(m20261201_000300_recovery_practice_integrity::Migration),
            Box::new(m20261201_000400_certificates::Migration),
            Box::new(m20261207_000100_temporary_passwords::Migration),
            Box::new(m20261208_000100_download_ticket_sessions::Migration),
            Box::new(m20261209_000100_transfer_decisions::Migration),
        ]
    }
}

/// A column holding a materialized region path. On PostgreSQL it uses the "C" collation,
/// so that a range scan `path >= p AND path < p || ':'` selects exactly a subtree through
/// the index whatever the database's locale; SQLite compares bytes already.
pub(crate) fn path_column(manager: &SchemaManager, name: &'static str) -> ColumnDef {
    let mut column = ColumnDef::new(Alias::new(name));
    column.string_len(120).not_null();
    if manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        column.extra("COLLATE \"C\"");
    }
    column
}

/// [`path_column`] that may be NULL.
pub(crate) fn path_column_null(manager: &SchemaManager, name: &'static str) -> ColumnDef {
    let mut column = ColumnDef::new(Alias::new(name));
    column.string_len(120).null();
    if manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        column.extra("COLLATE \"C\"");
    }
    column
}
