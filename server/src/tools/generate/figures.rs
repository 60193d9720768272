//! After the rows: the sequences past the ids given explicitly, the statistics' tables filled
//! set-based from their own definitions, and the planner's statistics.

use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection};

use super::Clock;
use super::bulk::db_error;
use crate::domain::stats;
use crate::error::{AppError, AppResult};

pub(super) async fn finish(
    db: &DatabaseConnection,
    campaign_id: i32,
    clock: &mut Clock<'_>,
) -> AppResult<()> {
    let backend = db.get_database_backend();
    if backend == DatabaseBackend::Postgres {
        for table in ["regions", "units", "accounts", "learners", "exam_sessions"] {
            db.execute_unprepared(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM {table}"
            ))
            .await
            .map_err(|e| db_error("sequences", e))?;
        }
    }

    let rows = stats::fill_learner_figures(db, campaign_id)
        .await
        .map_err(|e| AppError::internal(format!("writing learner_figures: {e:?}")))?;
    clock.done("learner_figures (one statement)", rows);
    let rows = stats::fill_unit_stats(db, campaign_id)
        .await
        .map_err(|e| AppError::internal(format!("writing unit_stats: {e:?}")))?;
    clock.done("unit_stats (one statement)", rows);

    if backend == DatabaseBackend::Postgres {
        db.execute_unprepared(
            "VACUUM (ANALYZE) regions, units, accounts, learners, study_progress, exemptions, \
             exam_sessions, exam_attempts, learner_figures, unit_stats, campaigns, questions",
        )
        .await
        .map_err(|e| db_error("VACUUM ANALYZE", e))?;
        clock.done("vacuum analyze", 0);
    } else {
        db.execute_unprepared("ANALYZE")
            .await
            .map_err(|e| db_error("ANALYZE", e))?;
        clock.done("analyze", 0);
    }
    Ok(())
}
