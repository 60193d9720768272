//! A piece of reading material of a campaign: a chapter of the designated reader, a hot legal
//! event, or another law or regulation.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "study_items")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub campaign_id: i32,
    /// READER, HOT_EVENT or OTHER_LAW (PROFILE points are credited automatically).
    pub category: String,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub points: i32,
    pub min_reading_seconds: i32,
    /// Order within the category.
    pub position: i32,
    /// Withdrawn items are no longer offered and credit nothing.
    pub withdrawn: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
