use async_trait::async_trait;

use super::LiveStore;
use crate::error::AppResult;

/// The in-process store: nothing to reach, so always ready.
#[derive(Default)]
pub struct MemoryStore;

#[async_trait]
impl LiveStore for MemoryStore {
    fn describe(&self) -> &'static str {
        "in-process"
    }
    async fn ping(&self) -> AppResult<()> {
        Ok(())
    }
}
