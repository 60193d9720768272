//! A sitting of the exam: a unit's own session, or an exam centre's (考试中心) with seats.
use sea_orm::entity::prelude::*;

/// The main exam or the make-up (补考).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::None)",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
pub enum ExamKind {
    Main,
    Makeup,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exam_sessions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub campaign_id: i32,
    pub kind: ExamKind,
    /// The unit whose learners sit it; none for an exam-centre session.
    pub unit_id: Option<i32>,
    /// The region of the unit, or the city running the exam centre.
    pub region_path: String,
    /// Where an exam centre is; none for a unit's session.
    pub centre_name: Option<String>,
    pub seats: Option<i32>,
    pub booked: i32,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    pub created_by: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
