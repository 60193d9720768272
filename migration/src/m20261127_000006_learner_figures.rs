//! Per-learner figures of each campaign (`learner_figures`), which `unit_stats` sums, and the
//! make-up failures (`unit_stats.makeup_failed`), so that statistics and action lists read
//! indexed rows instead of recounting learners.
use sea_orm_migration::{prelude::*, schema::*};

use crate::path_column_null;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The action lists' conditions on a learner's row, word for word as
/// `stats::learners_needing_action` writes them, so that the planners match them with these
/// partial indexes.
const LISTS: [(&str, &str); 4] = [
    ("not_studied", "should_take AND NOT studied"),
    ("not_taken", "should_take AND NOT took"),
    ("failed", "took AND NOT passed"),
    ("not_excellent", "makeup_failed"),
];

/// Fills the new table and column for campaigns that exist already, with the conditions of the
/// statistics as they stand at this migration (the server keeps them from then on).
const BACKFILL_FIGURES: &str = "
INSERT INTO learner_figures (campaign_id, learner_id, unit_id, region_path, should_take, studied, took, passed, makeup_failed)
SELECT campaign_id, learner_id, unit_id, region_path, should, should AND studied, should AND took,
  should AND passed, should AND took_makeup AND NOT passed
FROM (
  SELECT c.id AS campaign_id, l.id AS learner_id, u.id AS unit_id, u.region_path,
    (l.status = 'IN_SERVICE' AND NOT EXISTS (SELECT 1 FROM exemptions e
      WHERE e.learner_id = l.id AND e.campaign_id = c.id AND e.status = 'APPROVED')) AS should,
    EXISTS (SELECT 1 FROM study_progress p
      WHERE p.learner_id = l.id AND p.campaign_id = c.id AND p.completed_on IS NOT NULL) AS studied,
    EXISTS (SELECT 1 FROM exam_attempts a
      WHERE a.learner_id = l.id AND a.campaign_id = c.id AND a.status = 'SUBMITTED') AS took,
    EXISTS (SELECT 1 FROM exam_attempts a
      WHERE a.learner_id = l.id AND a.campaign_id = c.id AND a.status = 'SUBMITTED' AND a.passed = TRUE) AS passed,
    EXISTS (SELECT 1 FROM exam_attempts a
      WHERE a.learner_id = l.id AND a.campaign_id = c.id AND a.status = 'SUBMITTED' AND a.kind = 'MAKEUP') AS took_makeup
  FROM campaigns c
  JOIN units u ON u.region_path >= c.region_path AND u.region_path < c.region_path || ':'
  JOIN learners l ON l.unit_id = u.id
) figures";

const BACKFILL_MAKEUP_FAILED: &str = "
UPDATE unit_stats SET makeup_failed = (SELECT COUNT(*) FROM learner_figures f
  WHERE f.campaign_id = unit_stats.campaign_id AND f.unit_id = unit_stats.unit_id AND f.makeup_failed)";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("learner_figures")
                    .col(integer("campaign_id"))
                    .col(integer("learner_id"))
                    // NULL while the learner is on no roster (transferring).
                    .col(integer_null("unit_id"))
                    .col(path_column_null(manager, "region_path"))
                    .col(boolean("should_take"))
                    .col(boolean("studied"))
                    .col(boolean("took"))
                    .col(boolean("passed"))
                    .col(boolean("makeup_failed"))
                    .primary_key(Index::create().col("campaign_id").col("learner_id"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("learner_figures", "campaign_id")
                            .to("campaigns", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("learner_figures", "learner_id")
                            .to("learners", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("learner_figures", "unit_id")
                            .to("units", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        // A unit's rows: its action lists, and its recount after a bulk load.
        manager
            .create_index(
                Index::create()
                    .name("learner_figures_unit")
                    .table("learner_figures")
                    .col("campaign_id")
                    .col("unit_id")
                    .col("learner_id")
                    .to_owned(),
            )
            .await?;
        // The action lists of a province and of a region: for each list, its learners alone,
        // in learner order and by region path, so that a page is a short index range whether the
        // list holds most learners (early in the year) or hardly any.
        let db = manager.get_connection();
        for (list, condition) in LISTS {
            db.execute_unprepared(&format!(
                "CREATE INDEX learner_figures_{list} ON learner_figures (campaign_id, learner_id) WHERE {condition}"
            ))
            .await?;
            db.execute_unprepared(&format!(
                "CREATE INDEX learner_figures_{list}_path ON learner_figures (campaign_id, region_path, learner_id) \
                 WHERE {condition}"
            ))
            .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table("unit_stats")
                    .add_column(integer("makeup_failed").default(0))
                    .to_owned(),
            )
            .await?;
        db.execute_unprepared(BACKFILL_FIGURES).await?;
        db.execute_unprepared(BACKFILL_MAKEUP_FAILED).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("unit_stats")
                    .drop_column("makeup_failed")
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table("learner_figures").to_owned())
            .await
    }
}
