//! What every request shares.

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::domain::exam::{ExamContext, PaperCache};
use crate::infra::config::Settings;
use crate::live::LiveStore;

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub live: Arc<dyn LiveStore>,
    /// The same live store for the background work (write-behind, deadline sweep): over Redis,
    /// on a connection of its own (`redis_conn`); in-process, the same store.
    pub background_live: Arc<dyn LiveStore>,
    /// Who is calling: the caller cache and this replica's memory of live writers.
    pub callers: Arc<crate::auth::Callers>,
    pub settings: Arc<Settings>,
    pub papers: Arc<PaperCache>,
    pub metrics: Arc<crate::infra::metrics::Metrics>,
    /// Password checks per client address, in this replica's memory.
    pub login_guard: Arc<crate::auth::throttle::LoginGuard>,
    /// The recovery page's anonymous unit searches per client address, in this replica's memory.
    pub recovery_search: Arc<crate::domain::recovery::SearchGuard>,
    /// The time every rule reads (the system's; tests move it).
    pub clock: crate::infra::clock::Clock,
}

impl AppState {
    /// What the exam path needs.
    pub fn exam(&self) -> ExamContext<'_> {
        ExamContext {
            db: &self.db,
            live: self.live.as_ref(),
            papers: &self.papers,
            writes: self.settings.answer_writes,
        }
    }

    /// What the exam's background work needs: the same, over the background live store.
    pub fn background_exam(&self) -> ExamContext<'_> {
        ExamContext {
            live: self.background_live.as_ref(),
            ..self.exam()
        }
    }
}
