//! A piece of reading material of a campaign: a chapter of the designated reader, a hot legal
//! event, or another law or regulation.
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Study categories (学法积分的类别). Serialized as stored (the campaign's category rules).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, EnumIter, DeriveActiveEnum)]
#[sea_orm(
    rs_type = "String",
    db_type = "String(StringLen::None)",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum StudyCategory {
    /// Complete personal profile: credited automatically, never an item's category.
    Profile,
    /// The designated reader (指定读本).
    Reader,
    /// Hot legal events (热点事件).
    HotEvent,
    /// Other laws and regulations.
    OtherLaw,
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "study_items")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub campaign_id: i32,
    /// Never `Profile`.
    pub category: StudyCategory,
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
