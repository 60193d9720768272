//! The day each of a learner's figures became true (`learner_figures.studied_on`, `took_on`,
//! `passed_on`, China Standard Time), so that a node's daily series is a sum over the same rows
//! as its statistics instead of a regrouping of every study record and attempt.
use sea_orm_migration::sea_orm::DatabaseBackend;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const COLUMNS: [&str; 3] = ["studied_on", "took_on", "passed_on"];

/// The days of the rows that exist, as the statistics define them at this migration (the
/// server keeps them from then on).
fn backfill(backend: DatabaseBackend) -> String {
    let day = |moment: &str| match backend {
        DatabaseBackend::Postgres => {
            format!("CAST(({moment} AT TIME ZONE 'UTC') + INTERVAL '8 hours' AS DATE)")
        }
        _ => format!("DATE({moment}, '+8 hours')"),
    };
    let first = |passing: &str| {
        format!(
            "(SELECT {} FROM exam_attempts a WHERE a.learner_id = learner_figures.learner_id \
             AND a.campaign_id = learner_figures.campaign_id AND a.status = 'SUBMITTED'{passing})",
            day("MIN(a.submitted_at)")
        )
    };
    format!(
        "UPDATE learner_figures SET
  studied_on = CASE WHEN studied THEN (SELECT MIN(p.completed_on) FROM study_progress p
    WHERE p.learner_id = learner_figures.learner_id AND p.campaign_id = learner_figures.campaign_id) END,
  took_on = CASE WHEN took THEN {} END,
  passed_on = CASE WHEN passed THEN {} END
WHERE studied OR took OR passed",
        first(""),
        first(" AND a.passed = TRUE")
    )
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column a statement: SQLite alters a table one column at a time.
        for column in COLUMNS {
            manager
                .alter_table(
                    Table::alter()
                        .table("learner_figures")
                        .add_column(date_null(column))
                        .to_owned(),
                )
                .await?;
        }
        let db = manager.get_connection();
        db.execute_unprepared(&backfill(manager.get_database_backend()))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in COLUMNS {
            manager
                .alter_table(
                    Table::alter()
                        .table("learner_figures")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
