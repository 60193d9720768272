//! What every request shares.

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::config::Settings;
use crate::live::LiveStore;

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub live: Arc<dyn LiveStore>,
    pub settings: Arc<Settings>,
}
