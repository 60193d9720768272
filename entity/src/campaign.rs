//! A province's campaign for one year: every date and rule of the year.
use sea_orm::entity::prelude::*;

/// What a learner sees after submitting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::None)",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
pub enum ReviewMode {
    /// The score and pass or fail only.
    #[default]
    Score,
    /// Also the correct answers, explanations and the laws they come from.
    Answers,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "campaigns")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The province region.
    pub region_id: i32,
    pub region_path: String,
    pub year: i32,
    pub title: String,
    /// The designated reader (指定读本).
    pub reader_title: String,
    /// Roster verification deadline: after it the roster is frozen for unit administrators.
    pub verification_deadline: Date,
    pub study_start: Date,
    pub required_points: i32,
    /// JSON: `[{"category": "READER", "points": 60, "required": true}, ...]`.
    pub categories: String,
    pub main_start: Date,
    pub main_end: Date,
    pub makeup_start: Date,
    pub makeup_end: Date,
    pub pass_score: i32,
    pub duration_minutes: i32,
    /// JSON: `[{"type": "SINGLE", "count": 40, "pointsEach": 1}, ...]`.
    pub blueprint: String,
    pub main_attempts: i32,
    pub makeup_attempts: i32,
    pub answer_grace_seconds: i32,
    /// Most study points a learner may earn in one day; none means no cap.
    pub daily_points_cap: Option<i32>,
    /// What a learner sees after submitting.
    pub review_mode: ReviewMode,
    /// Integrity tolerance: more departures from the exam page than this are flagged for review ...
    pub integrity_max_leaves: Option<i32>,
    /// ... and so is more time away (seconds) in total. Nothing is failed automatically.
    pub integrity_max_away_seconds: Option<i32>,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
