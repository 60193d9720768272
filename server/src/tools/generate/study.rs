//! Study: only the running totals statistics read, no credits.

use chrono::Duration;
use entity::study_progress;
use sea_orm::{ConnectionTrait, Set};

use super::bulk::Batch;
use super::{Mix, Year};
use crate::error::AppResult;
use crate::tools::china_hour;

pub(super) async fn progress<C: ConnectionTrait>(db: &C, year: &Year<'_>, mix: &mut Mix) -> AppResult<u64> {
    let mut batch = Batch::<study_progress::ActiveModel>::new(year.run.backend, 5, "study progress");
    for i in 0..year.shape.unit_of.len() {
        let id = i as i32 + 1;
        let p = year.plan(id);
        if p.completed_on.is_some() {
            mix.studied += 1;
        }
        batch
            .push(
                db,
                study_progress::ActiveModel {
                    learner_id: Set(id),
                    campaign_id: Set(year.campaign_id),
                    total_points: Set(p.points),
                    completed_on: Set(p.completed_on),
                    updated_at: Set(p
                        .completed_on
                        .and_then(|day| china_hour(day, 20).ok())
                        .unwrap_or(year.run.now - Duration::days(1))),
                },
            )
            .await?;
    }
    batch.finish(db).await
}
