//! Temporary passwords (issue 26): a reset or an appointment gives an account a one-time random
//! password that must be changed at the next login and stops working after a few days. The
//! column holds that end; `None` for every other password (and for the initial one).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("accounts")
                    .add_column(timestamp_with_time_zone_null("temporary_password_until"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("accounts")
                    .drop_column("temporary_password_until")
                    .to_owned(),
            )
            .await
    }
}
