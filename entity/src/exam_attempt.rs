//! One attempt at the exam: its paper, its deadline (recorded when it starts), its result.
use sea_orm::entity::prelude::*;

/// Where an attempt stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::None)",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
pub enum AttemptStatus {
    /// Being answered, until submitted or the deadline.
    Live,
    Submitted,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exam_attempts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub campaign_id: i32,
    pub session_id: i32,
    pub learner_id: i32,
    pub kind: super::exam_session::ExamKind,
    pub status: AttemptStatus,
    pub started_at: DateTimeUtc,
    /// Start plus duration, never past the session's end.
    pub deadline: DateTimeUtc,
    /// JSON: the drawn questions in order, each with its options' order.
    #[sea_orm(column_type = "Text")]
    pub paper: String,
    /// The login session (token digest) allowed to save answers: the last device that started.
    pub device: String,
    pub submitted_at: Option<DateTimeUtc>,
    pub auto_submitted: bool,
    pub score: Option<i32>,
    pub passed: Option<bool>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
