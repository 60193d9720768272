//! Per-unit figures of each campaign, for statistics that roll up without scanning learners.
use sea_orm_migration::{prelude::*, schema::*};

use crate::path_column;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("unit_stats")
                    .col(integer("campaign_id"))
                    .col(integer("unit_id"))
                    .col(path_column(manager, "region_path"))
                    .col(integer("should_take"))
                    .col(integer("study_completed"))
                    .col(integer("participated"))
                    .col(integer("passed"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .primary_key(Index::create().col("campaign_id").col("unit_id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("unit_stats_path")
                    .table("unit_stats")
                    .col("campaign_id")
                    .col("region_path")
                    .to_owned(),
            )
            .await?;
        // Lists of learners by unit and status, and attempts by learner, for the action lists.
        manager
            .create_index(
                Index::create()
                    .name("learners_unit_status")
                    .table("learners")
                    .col("unit_id")
                    .col("status")
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("exemptions_learner")
                    .table("exemptions")
                    .col("learner_id")
                    .col("campaign_id")
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("unit_stats").to_owned())
            .await
    }
}
