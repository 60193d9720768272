//! A certificate of passing (成绩证明) for one learner and campaign, as issued.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "certificates")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The printed verification code: 20 base32 characters (100 random bits).
    pub code: String,
    /// SHA-256 of the code, hex; verifications look it up by this.
    #[sea_orm(unique)]
    pub code_digest: String,
    pub learner_id: i32,
    pub campaign_id: i32,
    /// The best passing attempt when issued.
    pub attempt_id: i32,
    /// The name, unit and campaign as certified.
    pub name: String,
    pub unit_name: String,
    pub campaign_title: String,
    pub year: i32,
    pub score: i32,
    /// The day (China Standard Time) the certified attempt was submitted.
    pub passed_on: Date,
    pub issued_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
