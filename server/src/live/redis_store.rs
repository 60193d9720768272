use async_trait::async_trait;
use redis::aio::ConnectionManager;

use super::LiveStore;
use crate::error::{AppError, AppResult};

/// The Redis store. The connection manager reconnects by itself after Redis restarts.
pub struct RedisStore {
    connection: ConnectionManager,
}

impl RedisStore {
    pub async fn connect(url: &str) -> Result<Self, redis::RedisError> {
        let client = redis::Client::open(url)?;
        let connection = ConnectionManager::new(client).await?;
        Ok(RedisStore { connection })
    }
}

#[async_trait]
impl LiveStore for RedisStore {
    fn describe(&self) -> &'static str {
        "redis"
    }
    async fn ping(&self) -> AppResult<()> {
        let mut connection = self.connection.clone();
        let _: String = redis::cmd("PING")
            .query_async(&mut connection)
            .await
            .map_err(|e| AppError::internal(format!("redis: {e}")))?;
        Ok(())
    }
}
