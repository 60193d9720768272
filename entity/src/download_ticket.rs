//! A short-lived ticket that opens one export from a browser link, without the bearer token in
//! the URL.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "download_tickets")]
pub struct Model {
    /// SHA-256 of the ticket, hex.
    #[sea_orm(primary_key, auto_increment = false)]
    pub ticket_hash: String,
    pub account_id: i32,
    /// SHA-256 of the minting session's token: the ticket opens nothing once that session
    /// ended (logout, password change, reset). `None` on tickets minted before it was kept.
    pub token_hash: Option<String>,
    /// The export's path and query the ticket opens, exactly.
    pub target: String,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
