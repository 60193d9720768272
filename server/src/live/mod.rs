//! The live exam store: where attempts in progress live. Redis in production (shared by every
//! replica); in-process for the embedded single-machine default.

mod memory;
mod redis_store;

use async_trait::async_trait;

pub use memory::MemoryStore;
pub use redis_store::RedisStore;

use crate::error::AppResult;

#[async_trait]
pub trait LiveStore: Send + Sync {
    /// Which implementation this is, for logs and start-up output.
    fn describe(&self) -> &'static str;
    /// Answers when the store is reachable (the readiness probe).
    async fn ping(&self) -> AppResult<()>;
}
