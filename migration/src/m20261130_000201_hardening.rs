//! What closing the holes found by attacking the demo needs: each learner's reading clock
//! (time already credited to one item is not credited again to another read at the same
//! moment) and learners' own transfers into a unit after the verification deadline, waiting
//! for that unit (or its district) to accept them.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("reading_clocks")
                    .col(integer("learner_id").primary_key())
                    // The end of the reading time already credited: the next item's reading
                    // counts from here at the earliest.
                    .col(timestamp_with_time_zone("read_until"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("reading_clocks", "learner_id")
                            .to("learners", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("transfer_requests")
                    .col(integer("learner_id").primary_key())
                    .col(integer("unit_id"))
                    .col(timestamp_with_time_zone("requested_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("transfer_requests", "learner_id")
                            .to("learners", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("transfer_requests", "unit_id")
                            .to("units", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("transfer_requests_unit")
                    .table("transfer_requests")
                    .col("unit_id")
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["transfer_requests", "reading_clocks"] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
