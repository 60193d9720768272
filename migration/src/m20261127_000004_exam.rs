//! The question bank, exam sessions and exam-centre seats, attempts and their answers.
use sea_orm_migration::sea_orm::ConnectionTrait;
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
                    .table("questions")
                    .col(pk_auto("id"))
                    .col(integer("campaign_id"))
                    .col(string_len("question_type", 16))
                    .col(text("stem"))
                    .col(text("options"))
                    .col(string_len("answer", 8))
                    .col(text("explanation"))
                    .col(string("law_source"))
                    .col(string_len("fingerprint", 64))
                    .col(boolean("withdrawn"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("questions", "campaign_id")
                            .to("campaigns", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("questions_fingerprint")
                    .table("questions")
                    .col("campaign_id")
                    .col("fingerprint")
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("exam_sessions")
                    .col(pk_auto("id"))
                    .col(integer("campaign_id"))
                    .col(string_len("kind", 8))
                    .col(integer_null("unit_id"))
                    .col(path_column(manager, "region_path"))
                    .col(string_null("centre_name"))
                    .col(integer_null("seats"))
                    .col(integer("booked"))
                    .col(timestamp_with_time_zone("starts_at"))
                    .col(timestamp_with_time_zone("ends_at"))
                    .col(integer("created_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("exam_sessions", "campaign_id")
                            .to("campaigns", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("exam_sessions", "unit_id")
                            .to("units", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("exam_sessions_unit")
                    .table("exam_sessions")
                    .col("campaign_id")
                    .col("unit_id")
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("seat_bookings")
                    .col(pk_auto("id"))
                    .col(integer("session_id"))
                    .col(integer("learner_id"))
                    .col(integer("booked_by"))
                    .col(timestamp_with_time_zone("booked_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("seat_bookings", "session_id")
                            .to("exam_sessions", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("seat_bookings", "learner_id")
                            .to("learners", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("seat_bookings_once")
                    .table("seat_bookings")
                    .col("session_id")
                    .col("learner_id")
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("exam_attempts")
                    .col(pk_auto("id"))
                    .col(integer("campaign_id"))
                    .col(integer("session_id"))
                    .col(integer("learner_id"))
                    .col(string_len("kind", 8))
                    .col(string_len("status", 12))
                    .col(timestamp_with_time_zone("started_at"))
                    .col(timestamp_with_time_zone("deadline"))
                    .col(text("paper"))
                    .col(string_len("device", 64))
                    .col(timestamp_with_time_zone_null("submitted_at"))
                    .col(boolean("auto_submitted"))
                    .col(integer_null("score"))
                    .col(boolean_null("passed"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("exam_attempts", "session_id")
                            .to("exam_sessions", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("exam_attempts", "learner_id")
                            .to("learners", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("exam_attempts_learner")
                    .table("exam_attempts")
                    .col("learner_id")
                    .col("campaign_id")
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("exam_attempts_due")
                    .table("exam_attempts")
                    .col("status")
                    .col("deadline")
                    .to_owned(),
            )
            .await?;

        // At most one live attempt per learner and campaign, whatever races.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX exam_attempts_one_live ON exam_attempts (learner_id, campaign_id) WHERE status = 'LIVE'",
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("attempt_answers")
                    .col(integer("attempt_id"))
                    .col(integer("question_id"))
                    .col(string_len("choices", 8))
                    .col(big_integer("seq"))
                    .col(timestamp_with_time_zone("saved_at"))
                    .primary_key(Index::create().col("attempt_id").col("question_id"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("attempt_answers", "attempt_id")
                            .to("exam_attempts", "id"),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .alter_table(
                Table::alter()
                    .table("campaigns")
                    .add_column(string_len("review_mode", 16).default("SCORE"))
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
                    .drop_column("review_mode")
                    .to_owned(),
            )
            .await?;
        for table in [
            "attempt_answers",
            "exam_attempts",
            "seat_bookings",
            "exam_sessions",
            "questions",
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
