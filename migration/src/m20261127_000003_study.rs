//! Study items, openings, credits and per-learner progress; an optional daily points cap.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("study_items")
                    .col(pk_auto("id"))
                    .col(integer("campaign_id"))
                    .col(string_len("category", 16))
                    .col(string("title"))
                    .col(text("body"))
                    .col(integer("points"))
                    .col(integer("min_reading_seconds"))
                    .col(integer("position"))
                    .col(boolean("withdrawn"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("study_items", "campaign_id")
                            .to("campaigns", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("study_items_campaign")
                    .table("study_items")
                    .col("campaign_id")
                    .col("category")
                    .col("position")
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("study_openings")
                    .col(pk_auto("id"))
                    .col(integer("learner_id"))
                    .col(integer("item_id"))
                    .col(timestamp_with_time_zone("opened_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("study_openings", "learner_id")
                            .to("learners", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("study_openings", "item_id")
                            .to("study_items", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("study_openings_learner_item")
                    .table("study_openings")
                    .col("learner_id")
                    .col("item_id")
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("study_credits")
                    .col(pk_auto("id"))
                    .col(integer("learner_id"))
                    .col(integer("campaign_id"))
                    .col(string_len("category", 16))
                    .col(string_len("credit_key", 32))
                    .col(integer_null("item_id"))
                    .col(integer("points"))
                    .col(timestamp_with_time_zone("credited_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("study_credits", "learner_id")
                            .to("learners", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("study_credits", "campaign_id")
                            .to("campaigns", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("study_credits_once")
                    .table("study_credits")
                    .col("learner_id")
                    .col("campaign_id")
                    .col("credit_key")
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("study_progress")
                    .col(integer("learner_id"))
                    .col(integer("campaign_id"))
                    .col(integer("total_points"))
                    .col(date_null("completed_on"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .primary_key(Index::create().col("learner_id").col("campaign_id"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("study_progress", "learner_id")
                            .to("learners", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("study_progress", "campaign_id")
                            .to("campaigns", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("study_progress_campaign")
                    .table("study_progress")
                    .col("campaign_id")
                    .col("completed_on")
                    .to_owned(),
            )
            .await?;

        manager
            .alter_table(
                Table::alter()
                    .table("campaigns")
                    .add_column(integer_null("daily_points_cap"))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("campaigns")
                    .drop_column("daily_points_cap")
                    .to_owned(),
            )
            .await?;
        for table in ["study_progress", "study_credits", "study_openings", "study_items"] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
