//! Certificates of passing (成绩证明): one per learner and campaign, with a random verification
//! code anyone can check at `/verify/<code>`. What it certifies (name, unit, campaign, score,
//! date) is kept as issued, so a later transfer or rename does not change a printed certificate.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("certificates")
                    .col(pk_auto("id"))
                    // The printed code (20 base32 characters, 100 random bits).
                    .col(string_len("code", 32))
                    // SHA-256 of the code, hex: what a verification looks up.
                    .col(string_len("code_digest", 64))
                    .col(integer("learner_id"))
                    .col(integer("campaign_id"))
                    .col(integer("attempt_id"))
                    .col(string_len("name", 100))
                    .col(string_len("unit_name", 200))
                    .col(string_len("campaign_title", 200))
                    .col(integer("year"))
                    .col(integer("score"))
                    .col(date("passed_on"))
                    .col(timestamp_with_time_zone("issued_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("certificates", "learner_id")
                            .to("learners", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("certificates", "campaign_id")
                            .to("campaigns", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("certificates_code_digest")
                    .table("certificates")
                    .col("code_digest")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("certificates_learner_campaign")
                    .table("certificates")
                    .col("learner_id")
                    .col("campaign_id")
                    .unique()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("certificates").to_owned())
            .await
    }
}
