//! A learner's own move into a unit after the verification deadline is decided, and the
//! learner sees how (issue 28, major 6): the request keeps its status (PENDING, ACCEPTED,
//! REFUSED) and when it was decided, instead of disappearing when accepted.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column a statement: SQLite adds one at a time.
        manager
            .alter_table(
                Table::alter()
                    .table("transfer_requests")
                    .add_column(string_len("status", 16).default("PENDING"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("transfer_requests")
                    .add_column(timestamp_with_time_zone_null("decided_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["decided_at", "status"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("transfer_requests")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
