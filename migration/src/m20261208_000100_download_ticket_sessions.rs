//! A download ticket remembers the session that minted it (issue 26, smaller findings): a
//! ticket opens its export only while that session is still valid, so a logout, a password
//! change or a reset also ends the links it handed out. `None` on tickets minted before; those
//! open nothing (they last a few minutes anyway).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("download_tickets")
                    // SHA-256 of the minting session's token, hex (auth_tokens.token_hash).
                    .add_column(string_len_null("token_hash", 64))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("download_tickets")
                    .drop_column("token_hash")
                    .to_owned(),
            )
            .await
    }
}
