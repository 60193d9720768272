//! A practice question a learner got wrong: an entry of the wrong-answer book (错题本).
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "practice_mistakes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub learner_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub question_id: i32,
    pub wrong_count: i32,
    pub last_wrong_at: DateTimeUtc,
    /// Answered right since the last wrong answer: only then may the learner remove it.
    pub answered_right: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
