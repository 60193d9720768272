//! Bulk writing: rows gathered into multi-row INSERTs through sea-orm.

use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, DatabaseTransaction, DbErr,
    EntityTrait, TransactionTrait,
};

use crate::error::{AppError, AppResult};

/// Bound parameters one statement may carry.
fn parameter_limit(backend: DatabaseBackend) -> usize {
    match backend {
        DatabaseBackend::Postgres => 65_535,
        DatabaseBackend::Sqlite => 32_766,
        _ => 65_535,
    }
}

/// Rows gathered into multi-row INSERTs of as many rows as the parameter limit allows.
pub(super) struct Batch<A: ActiveModelTrait> {
    rows: Vec<A>,
    per_statement: usize,
    written: u64,
    what: &'static str,
}

impl<A> Batch<A>
where
    A: ActiveModelTrait + Send,
{
    pub(super) fn new(backend: DatabaseBackend, columns: usize, what: &'static str) -> Batch<A> {
        let per_statement = (parameter_limit(backend) / columns).clamp(1, 10_000);
        Batch {
            rows: Vec::with_capacity(per_statement),
            per_statement,
            written: 0,
            what,
        }
    }

    /// Writes all of `rows`, returning how many were written.
    pub(super) async fn write_all<C: ConnectionTrait>(
        db: &C,
        backend: DatabaseBackend,
        columns: usize,
        what: &'static str,
        rows: impl IntoIterator<Item = A>,
    ) -> AppResult<u64> {
        let mut batch = Batch::new(backend, columns, what);
        for row in rows {
            batch.push(db, row).await?;
        }
        batch.finish(db).await
    }

    pub(super) async fn push<C: ConnectionTrait>(&mut self, db: &C, row: A) -> AppResult<()> {
        self.rows.push(row);
        if self.rows.len() >= self.per_statement {
            self.flush(db).await?;
        }
        Ok(())
    }

    async fn flush<C: ConnectionTrait>(&mut self, db: &C) -> AppResult<()> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let rows = std::mem::replace(&mut self.rows, Vec::with_capacity(self.per_statement));
        let n = rows.len() as u64;
        <A::Entity as EntityTrait>::insert_many(rows)
            .exec_without_returning(db)
            .await
            .map_err(|e| db_error(self.what, e))?;
        self.written += n;
        Ok(())
    }

    pub(super) async fn finish<C: ConnectionTrait>(mut self, db: &C) -> AppResult<u64> {
        self.flush(db).await?;
        Ok(self.written)
    }
}

pub(super) fn db_error(what: &str, e: DbErr) -> AppError {
    AppError::internal(format!("writing {what}: {e}"))
}

/// A transaction for a large write; on PostgreSQL without waiting for each commit's flush (a
/// crash loses the run, which is started again on an empty database anyway).
pub(super) async fn begin(db: &DatabaseConnection) -> AppResult<DatabaseTransaction> {
    let txn = db.begin().await?;
    if db.get_database_backend() == DatabaseBackend::Postgres {
        txn.execute_unprepared("SET LOCAL synchronous_commit = off")
            .await?;
    }
    Ok(txn)
}
