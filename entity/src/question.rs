//! A question of a campaign's bank.
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Question types. Serialized as stored (the campaign's blueprint, a drawn paper).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, EnumIter, DeriveActiveEnum)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::None)",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum QuestionType {
    Single,
    /// All or nothing.
    Multiple,
    TrueFalse,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "questions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub campaign_id: i32,
    pub question_type: QuestionType,
    #[sea_orm(column_type = "Text")]
    pub stem: String,
    /// JSON: `[{"key": "A", "text": "..."}, ...]`.
    #[sea_orm(column_type = "Text")]
    pub options: String,
    /// The correct option keys, sorted: "A", "ACD".
    pub answer: String,
    #[sea_orm(column_type = "Text")]
    pub explanation: String,
    /// The law the question comes from (法律依据).
    pub law_source: String,
    /// SHA-256 of type and stem: the same question imported twice is the same row.
    pub fingerprint: String,
    pub withdrawn: bool,
    /// A practice question (模拟练习): never drawn into a paper; its answer is shown after each practice answer.
    pub practice: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
