//! Connecting to the database and bringing its schema up to date.

use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection};

use crate::infra::config::DatabaseSettings;

pub async fn connect(settings: &DatabaseSettings) -> Result<DatabaseConnection, sea_orm::DbErr> {
    let mut options = ConnectOptions::new(settings.connect_url());
    options
        .sqlx_logging(false)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(30));
    if settings.is_sqlite() {
        // SQLite allows one writer; a single connection serialises writers in the pool's
        // queue instead of failing them with SQLITE_BUSY halfway through a transaction.
        options.max_connections(1).min_connections(1);
    } else {
        options.max_connections(32).min_connections(2);
    }
    let db = Database::connect(options).await?;
    if settings.is_sqlite() {
        db.execute_unprepared("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;")
            .await?;
    }
    Ok(db)
}

/// Brings the schema up to date (the data the rules keep up to date is
/// [`crate::domain::migrate`]'s).
pub async fn migrate_schema(db: &DatabaseConnection) -> Result<(), sea_orm::DbErr> {
    Migrator::up(db, None).await
}
