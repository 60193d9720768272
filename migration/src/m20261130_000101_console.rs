//! What the administrators' console needs: a pinyin sort key for learners' names (so that a
//! roster lists 陈 before 张 in the same order on SQLite and PostgreSQL), and short-lived
//! download tickets (a browser link to an export without the bearer token in the URL).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Filled by the server for rows that have none (`roster::fill_name_keys` at start) and
        // written with every name from then on. Byte order on both back ends.
        let mut key = ColumnDef::new(Alias::new("name_key"));
        key.string_len(400).null();
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            key.extra("COLLATE \"C\"");
        }
        manager
            .alter_table(Table::alter().table("learners").add_column(key).to_owned())
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("learners_unit_name_key")
                    .table("learners")
                    .col("unit_id")
                    .col("name_key")
                    .col("id")
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("download_tickets")
                    // SHA-256 of the ticket, hex; the ticket itself is only in the link.
                    .col(string_len("ticket_hash", 64).primary_key())
                    .col(integer("account_id"))
                    // The export's path and query the ticket opens, exactly.
                    .col(string_len("target", 1000))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("download_tickets", "account_id")
                            .to("accounts", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("download_tickets").to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("learners_unit_name_key")
                    .table("learners")
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("learners")
                    .drop_column("name_key")
                    .to_owned(),
            )
            .await
    }
}
