//! Account recovery requests (a learner asks for a reset from the login page), the practice
//! bank (questions marked as practice, never drawn into a paper) with each learner's
//! wrong-answer book (错题本), and the integrity events an exam page reports (leaving the page
//! and coming back) with the province's tolerance on the campaign and the learner's note.
use sea_orm_migration::{prelude::*, schema::*};

use crate::path_column_null;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("recovery_requests")
                    .col(pk_auto("id"))
                    // SHA-256 of the request code shown to the requester, hex.
                    .col(string_len("code_digest", 64))
                    // What the requester typed.
                    .col(string_len("phone", 20))
                    .col(string_len("name", 100))
                    .col(string_len("unit_name", 200))
                    // The learner it matched (phone, name and unit all agree), if any: only
                    // matched requests reach a queue.
                    .col(integer_null("learner_id"))
                    .col(integer_null("unit_id"))
                    .col(path_column_null(manager, "region_path"))
                    // Key of the requesting address (as the login throttle keys it).
                    .col(string_len("source_key", 32))
                    // PENDING, RESET, DECLINED or EXPIRED.
                    .col(string_len("status", 16))
                    .col(timestamp_with_time_zone("created_at"))
                    // From then on the offices above the unit see it in their queue too.
                    .col(timestamp_with_time_zone("escalate_at"))
                    .col(timestamp_with_time_zone_null("resolved_at"))
                    .col(integer_null("resolved_by"))
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            ("recovery_requests_code", &["code_digest"][..]),
            ("recovery_requests_unit", &["unit_id", "status"][..]),
            ("recovery_requests_path", &["region_path", "status"][..]),
            ("recovery_requests_phone", &["phone", "status"][..]),
            ("recovery_requests_source", &["source_key", "created_at"][..]),
        ] {
            let mut index = Index::create();
            index.name(name).table("recovery_requests");
            for col in cols {
                index.col(Alias::new(*col));
            }
            if name == "recovery_requests_code" {
                index.unique();
            }
            manager.create_index(index.to_owned()).await?;
        }

        manager
            .alter_table(
                Table::alter()
                    .table("questions")
                    .add_column(boolean("practice").default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("practice_mistakes")
                    .col(integer("learner_id"))
                    .col(integer("question_id"))
                    .col(integer("wrong_count"))
                    .col(timestamp_with_time_zone("last_wrong_at"))
                    // Answered right since the last wrong answer: only then may it be removed.
                    .col(boolean("answered_right"))
                    .primary_key(Index::create().col("learner_id").col("question_id"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("practice_mistakes", "learner_id")
                            .to("learners", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("practice_mistakes", "question_id")
                            .to("questions", "id"),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .alter_table(
                Table::alter()
                    .table("campaigns")
                    .add_column(integer_null("integrity_max_leaves"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("campaigns")
                    .add_column(integer_null("integrity_max_away_seconds"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("attempt_events")
                    .col(pk_auto("id"))
                    .col(integer("attempt_id"))
                    // LEAVE or RETURN.
                    .col(string_len("kind", 16))
                    // When the page saw it (the client's clock, kept as reported) ...
                    .col(timestamp_with_time_zone("at"))
                    // ... and when the server received it.
                    .col(timestamp_with_time_zone("received_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("attempt_events", "attempt_id")
                            .to("exam_attempts", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("attempt_events_attempt")
                    .table("attempt_events")
                    .col("attempt_id")
                    .col("at")
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("attempt_notes")
                    .col(integer("attempt_id").primary_key())
                    .col(text("note"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("attempt_notes", "attempt_id")
                            .to("exam_attempts", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "attempt_notes",
            "attempt_events",
            "practice_mistakes",
            "recovery_requests",
        ] {
            manager
                .drop_table(Table::drop().table(Alias::new(table)).to_owned())
                .await?;
        }
        for (table, column) in [
            ("campaigns", "integrity_max_away_seconds"),
            ("campaigns", "integrity_max_leaves"),
            ("questions", "practice"),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .drop_column(Alias::new(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
