//! A login account, identified by a mainland mobile number.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "accounts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub phone: String,
    pub name: String,
    /// argon2id PHC string; `None` means the account is on the initial password.
    pub password_hash: Option<String>,
    /// Set for a new account and after an administrator's reset.
    pub must_change_password: bool,
    pub created_at: DateTimeUtc,
    /// When the account's own password was last set by its holder; `None` for an account that
    /// has never had one (only such an account, with no grant, accepts the initial password).
    pub password_changed_at: Option<DateTimeUtc>,
    /// When the temporary password a reset or an appointment issued stops working; `None` for
    /// any other password.
    pub temporary_password_until: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
