//! Per-learner figures of each campaign (`learner_figures`), which `unit_stats` sums, and the
//! make-up failures (`unit_stats.makeup_failed`), so that statistics and action lists read
//! indexed rows instead of recounting learners.
use sea_orm_migration::{prelude::*, schema::*};

use crate::path_column_null;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// An action list's condition on a learner's `learner_figures` row, and the partial indexes
/// this migration builds on it. The server's action lists write [`ActionList::condition`] into
/// their WHERE from here, so that the planners match it with the indexes' predicates; it is
/// fixed once this migration has run (databases keep the indexes it built), so a list that
/// needs another condition needs a new migration and a new index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActionList {
    /// The indexes' names are `learner_figures_{name}` and `learner_figures_{name}_path`.
    pub name: &'static str,
    pub condition: &'static str,
}

impl ActionList {
    /// Should take, has not completed the study.
    pub const NOT_STUDIED: ActionList = ActionList {
        name: "not_studied",
        condition: "should_take AND NOT studied",
    };
    /// Should take, has not submitted an attempt.
    pub const NOT_TAKEN: ActionList = ActionList {
        name: "not_taken",
        condition: "should_take AND NOT took",
    };
    /// Took the exam and never passed.
    pub const FAILED: ActionList = ActionList {
        name: "failed",
        condition: "took AND NOT passed",
    };
    /// Failed the make-up too.
    pub const NOT_EXCELLENT: ActionList = ActionList {
        name: "not_excellent",
        condition: "makeup_failed",
    };
    pub const ALL: [ActionList; 4] = [
        ActionList::NOT_STUDIED,
        ActionList::NOT_TAKEN,
        ActionList::FAILED,
        ActionList::NOT_EXCELLENT,
    ];

    /// The index of the list's rows in learner order, for a whole province.
    pub fn index(&self) -> String {
        format!("learner_figures_{}", self.name)
    }

    /// The index of the list's rows by region path, for a region.
    pub fn path_index(&self) -> String {
        format!("learner_figures_{}_path", self.name)
    }

    /// The statements that build the list's two indexes.
    fn create_indexes(&self) -> [String; 2] {
        let (index, path_index, condition) = (self.index(), self.path_index(), self.condition);
        [
            format!("CREATE INDEX {index} ON learner_figures (campaign_id, learner_id) WHERE {condition}"),
            format!(
                "CREATE INDEX {path_index} ON learner_figures (campaign_id, region_path, learner_id) \
                 WHERE {condition}"
            ),
        ]
    }
}

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
        for list in ActionList::ALL {
            for sql in list.create_indexes() {
                db.execute_unprepared(&sql).await?;
            }
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

#[cfg(test)]
mod tests {
    use super::ActionList;

    /// Databases keep the indexes this migration built when it ran, and the server's queries
    /// must match them: the statements stay those it ran, to the letter.
    #[test]
    fn the_indexes_are_built_as_they_were_run() {
        let built: Vec<String> = ActionList::ALL
            .iter()
            .flat_map(|list| list.create_indexes())
            .collect();
        assert_eq!(
            built,
            [
                "CREATE INDEX learner_figures_not_studied ON learner_figures (campaign_id, learner_id) WHERE should_take AND NOT studied",
                "CREATE INDEX learner_figures_not_studied_path ON learner_figures (campaign_id, region_path, learner_id) WHERE should_take AND NOT studied",
                "CREATE INDEX learner_figures_not_taken ON learner_figures (campaign_id, learner_id) WHERE should_take AND NOT took",
                "CREATE INDEX learner_figures_not_taken_path ON learner_figures (campaign_id, region_path, learner_id) WHERE should_take AND NOT took",
                "CREATE INDEX learner_figures_failed ON learner_figures (campaign_id, learner_id) WHERE took AND NOT passed",
                "CREATE INDEX learner_figures_failed_path ON learner_figures (campaign_id, region_path, learner_id) WHERE took AND NOT passed",
                "CREATE INDEX learner_figures_not_excellent ON learner_figures (campaign_id, learner_id) WHERE makeup_failed",
                "CREATE INDEX learner_figures_not_excellent_path ON learner_figures (campaign_id, region_path, learner_id) WHERE makeup_failed",
            ]
        );
    }
}
