//! What the console's remaining tasks keep: an exemption a unit administrator passed to the
//! district after the roster freeze (who, when, why), and when a notice was last edited.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column a statement: SQLite alters a table one column at a time.
        let exemption_columns = [
            timestamp_with_time_zone_null("escalated_at"),
            integer_null("escalated_by"),
            string_len_null("escalation_comment", 1000),
        ];
        for column in exemption_columns {
            manager
                .alter_table(Table::alter().table("exemptions").add_column(column).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table("notices")
                    .add_column(timestamp_with_time_zone_null("edited_at"))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["escalated_at", "escalated_by", "escalation_comment"] {
            manager
                .alter_table(Table::alter().table("exemptions").drop_column(column).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table("notices")
                    .drop_column("edited_at")
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
