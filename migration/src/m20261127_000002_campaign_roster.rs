//! Campaigns, exemptions and their decisions, notices; learners remember their last unit.
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
                    .table("campaigns")
                    .col(pk_auto("id"))
                    .col(integer("region_id"))
                    .col(path_column(manager, "region_path"))
                    .col(integer("year"))
                    .col(string("title"))
                    .col(string("reader_title"))
                    .col(date("verification_deadline"))
                    .col(date("study_start"))
                    .col(integer("required_points"))
                    .col(text("categories"))
                    .col(date("main_start"))
                    .col(date("main_end"))
                    .col(date("makeup_start"))
                    .col(date("makeup_end"))
                    .col(integer("pass_score"))
                    .col(integer("duration_minutes"))
                    .col(text("blueprint"))
                    .col(integer("main_attempts"))
                    .col(integer("makeup_attempts"))
                    .col(integer("answer_grace_seconds"))
                    .col(integer_null("created_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("campaigns", "region_id")
                            .to("regions", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("campaigns_region_year")
                    .table("campaigns")
                    .col("region_id")
                    .col("year")
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("exemptions")
                    .col(pk_auto("id"))
                    .col(integer("campaign_id"))
                    .col(integer("learner_id"))
                    .col(integer("unit_id"))
                    .col(path_column(manager, "region_path"))
                    .col(text("reason"))
                    .col(string_len("status", 16))
                    .col(string_null("attachment_name"))
                    .col(string_null("attachment_type"))
                    .col(blob_null("attachment"))
                    .col(timestamp_with_time_zone("applied_at"))
                    .col(timestamp_with_time_zone_null("decided_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("exemptions", "campaign_id")
                            .to("campaigns", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("exemptions", "learner_id")
                            .to("learners", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("exemptions", "unit_id")
                            .to("units", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("exemptions_campaign_learner")
                    .table("exemptions")
                    .col("campaign_id")
                    .col("learner_id")
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("exemptions_path")
                    .table("exemptions")
                    .col("region_path")
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("exemption_decisions")
                    .col(pk_auto("id"))
                    .col(integer("exemption_id"))
                    .col(integer("decided_by"))
                    .col(boolean("approve"))
                    .col(text_null("comment"))
                    .col(boolean("overrule"))
                    .col(timestamp_with_time_zone("decided_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("exemption_decisions", "exemption_id")
                            .to("exemptions", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("exemption_decisions_exemption")
                    .table("exemption_decisions")
                    .col("exemption_id")
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("notices")
                    .col(pk_auto("id"))
                    .col(integer("region_id"))
                    .col(path_column(manager, "region_path"))
                    .col(string("title"))
                    .col(text("body"))
                    .col(integer("posted_by"))
                    .col(timestamp_with_time_zone("posted_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("notices", "region_id")
                            .to("regions", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("notices_path")
                    .table("notices")
                    .col("region_path")
                    .col("id")
                    .to_owned(),
            )
            .await?;

        manager
            .alter_table(
                Table::alter()
                    .table("learners")
                    .add_column(integer_null("last_unit_id"))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("learners")
                    .drop_column("last_unit_id")
                    .to_owned(),
            )
            .await?;
        for table in ["notices", "exemption_decisions", "exemptions", "campaigns"] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
