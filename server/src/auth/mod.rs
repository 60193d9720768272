//! Passwords, tokens and turning a bearer token into the caller ([`Actor`]).

pub mod cache;
pub mod live_write;
pub mod password;
pub mod throttle;
pub mod token;

use std::sync::atomic::{AtomicU64, Ordering};

use entity::{auth_token, learner, role_grant, unit};
use sea_orm::{ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};

pub use self::live_write::{LiveWrite, Seen};

use self::cache::{CALLER_CACHE_TTL_MS, CachedCaller, CallerCache};
use self::live_write::LocalCallers;
use crate::error::{AppError, AppResult, Code};
use crate::scope::{self, Actor, RegionGrant, Role, SelfLearner, UnitGrant};

/// The caller as the request's token makes it.
#[derive(Clone, Debug)]
pub enum Caller {
    /// No token.
    Anonymous,
    /// A token that is unknown, revoked or expired.
    Invalid,
    Authenticated(Session),
}

/// A valid token and who holds it.
#[derive(Clone, Debug)]
pub struct Session {
    pub token_hash: String,
    pub must_change_password: bool,
    pub actor: Actor,
    /// Set when the session comes from this replica's memory and is still to be confirmed in
    /// the same step as a live write ([`Callers::live_write`], `live_write.rs`): the generation
    /// the caller cache must still hold.
    unconfirmed: Option<u64>,
}

impl Caller {
    /// The session, for the few operations allowed before a forced password change
    /// (`changePassword`, `logout`).
    pub fn session(&self) -> AppResult<&Session> {
        let session = self.any_session()?;
        if session.unconfirmed.is_some() {
            // Only a live write may act on an unconfirmed session, through `Callers::live_write`.
            return Err(AppError::internal("an unconfirmed caller outside a live write"));
        }
        Ok(session)
    }

    /// The actor, for everything else: refused until the initial password has been changed.
    pub fn actor(&self) -> AppResult<&Actor> {
        let session = self.session()?;
        session.refuse_initial_password()?;
        Ok(&session.actor)
    }

    fn any_session(&self) -> AppResult<&Session> {
        match self {
            Caller::Anonymous => Err(AppError::new(Code::Unauthenticated, "请先登录")),
            Caller::Invalid => Err(AppError::new(Code::Unauthenticated, "登录已失效，请重新登录")),
            Caller::Authenticated(session) => Ok(session),
        }
    }
}

impl Session {
    fn refuse_initial_password(&self) -> AppResult<()> {
        if self.must_change_password {
            return Err(AppError::new(
                Code::PasswordChangeRequired,
                "您正在使用初始密码或管理员重置的密码，请先修改密码",
            ));
        }
        Ok(())
    }
}

/// What is cached of a session besides the token.
#[derive(Serialize, Deserialize)]
struct CachedSession {
    must_change_password: bool,
    actor: Actor,
    /// When the entry stops counting, by the application's clock: the token's end or the
    /// cache's own limit, whichever comes first. The cache's expiry (Redis's TTL) runs on real
    /// time; this keeps an entry from outliving its token when the clock is moved (tests, the
    /// `XUEFA_NOW` aid). Entries written before the field existed have none.
    #[serde(default)]
    valid_until: Option<chrono::DateTime<chrono::Utc>>,
}

impl CachedSession {
    fn into_caller(self, token_hash: String) -> Caller {
        Caller::Authenticated(Session {
            token_hash,
            must_change_password: self.must_change_password,
            actor: self.actor,
            unconfirmed: None,
        })
    }
}

/// Why a request has no token to resolve.
enum NoToken {
    Anonymous,
    Malformed,
}

impl From<NoToken> for Caller {
    fn from(why: NoToken) -> Caller {
        match why {
            NoToken::Anonymous => Caller::Anonymous,
            NoToken::Malformed => Caller::Invalid,
        }
    }
}

/// The token's digest from an `Authorization: Bearer` header value.
fn token_of(header: Option<&str>) -> Result<String, NoToken> {
    let Some(raw) = header else {
        return Err(NoToken::Anonymous);
    };
    match raw.strip_prefix("Bearer ").map(str::trim) {
        Some(token) if !token.is_empty() => Ok(token::digest(token)),
        _ => Err(NoToken::Malformed),
    }
}

/// Who is calling, for every request of one server: the caller cache (shared by the
/// replicas through Redis, or in-process), this replica's own memory of the callers of live
/// writes (`live_write.rs`, with the live write's protocol), and the database behind both. The one place that turns a token into a caller and
/// retires cached callers when what they are made of changes.
pub struct Callers {
    db: DatabaseConnection,
    cache: Box<dyn CallerCache>,
    local: LocalCallers,
    /// Callers answered from the cache.
    cache_hits: AtomicU64,
    /// Callers read from the database.
    database_reads: AtomicU64,
    /// Token digests the database refused (unknown, expired, revoked), with when: answered
    /// at once for a minute, before admission, so a flood of one fake token costs nothing.
    rejected: std::sync::Mutex<std::collections::HashMap<String, i64>>,
}

/// How long a refused token is answered from memory, and how many are kept.
const REJECTED_FOR_MS: i64 = 60_000;
const REJECTED_CAPACITY: usize = 100_000;

/// `xuefa_caller_lookups_total` by source, counted per server so that one process running
/// several (the tests) reports each one's own.
pub struct CallerLookups {
    pub cache: u64,
    pub database: u64,
    pub replica: u64,
}

impl Callers {
    pub fn new(db: DatabaseConnection, cache: Box<dyn CallerCache>) -> Self {
        Callers {
            db,
            cache,
            local: LocalCallers::default(),
            cache_hits: AtomicU64::new(0),
            database_reads: AtomicU64::new(0),
            rejected: std::sync::Mutex::default(),
        }
    }

    fn was_rejected(&self, token_hash: &str) -> bool {
        let now = crate::infra::clock::now().timestamp_millis();
        self.rejected
            .lock()
            .is_ok_and(|r| r.get(token_hash).is_some_and(|at| now - at < REJECTED_FOR_MS))
    }

    fn remember_rejected(&self, token_hash: &str) {
        let now = crate::infra::clock::now().timestamp_millis();
        if let Ok(mut rejected) = self.rejected.lock() {
            if rejected.len() >= REJECTED_CAPACITY {
                rejected.retain(|_, at| now - *at < REJECTED_FOR_MS);
                if rejected.len() >= REJECTED_CAPACITY {
                    rejected.clear();
                }
            }
            rejected.insert(token_hash.to_owned(), now);
        }
    }

    /// Reads the caller from an `Authorization: Bearer` header value: from the caller cache
    /// when it holds the token at the account's current generation, otherwise from the
    /// database (token, account, grants, roster entry), then cached. A learner who may write
    /// is remembered for its live writes (as [`Callers::for_live_write`] does), so that its
    /// first save after opening the paper already counts as a live write for admission.
    pub async fn from_header(&self, header: Option<&str>) -> AppResult<Caller> {
        match token_of(header) {
            Ok(token_hash) => {
                let (caller, generation) = self.resolve(token_hash).await?;
                self.remember_writer(&caller, generation);
                Ok(caller)
            }
            Err(why) => Ok(why.into()),
        }
    }

    /// Retires the cached callers of these accounts, after a committed change to their tokens,
    /// password state, grants or roster entry. A failure is logged, not returned: the change is
    /// committed, and the entries expire within [`CALLER_CACHE_TTL_MS`].
    pub async fn forget(&self, account_ids: &[i32]) {
        if let Err(e) = self.cache.forget(account_ids).await {
            tracing::error!(error = ?e, accounts = ?account_ids, "retiring cached callers failed");
        }
    }

    /// Commits a transaction that changed what the callers of these accounts are made of
    /// (tokens, password state, grants, roster entry), then retires their cached callers: the
    /// way every such change commits, so that none can forget the second half.
    pub async fn commit(&self, txn: DatabaseTransaction, account_ids: &[i32]) -> AppResult<()> {
        txn.commit().await?;
        self.forget(account_ids).await;
        Ok(())
    }

    pub fn lookups(&self) -> CallerLookups {
        CallerLookups {
            cache: self.cache_hits.load(Ordering::Relaxed),
            database: self.database_reads.load(Ordering::Relaxed),
            replica: self.local.hits.load(Ordering::Relaxed),
        }
    }

    /// The caller of a token digest, and the generation at which the cache holds it (none
    /// when the cache could not be asked).
    async fn resolve(&self, token_hash: String) -> AppResult<(Caller, Option<u64>)> {
        let db = &self.db;
        match self.cache.get(&token_hash).await {
            Ok(Some(entry)) => {
                if let Ok(cached) = serde_json::from_str::<CachedSession>(&entry.payload)
                    && cached.actor.account_id == entry.account_id
                    && cached
                        .valid_until
                        .is_none_or(|until| until > crate::infra::clock::now())
                {
                    self.cache_hits.fetch_add(1, Ordering::Relaxed);
                    return Ok((cached.into_caller(token_hash), Some(entry.generation)));
                }
            }
            Ok(None) => {}
            // The database still knows: a cache that cannot answer only costs time.
            Err(e) => tracing::warn!(error = ?e, "caller cache unavailable"),
        }
        self.database_reads.fetch_add(1, Ordering::Relaxed);
        let Some(row) = valid_token(db, &token_hash).await? else {
            self.remember_rejected(&token_hash);
            return Ok((Caller::Invalid, None));
        };
        // Read the generation before what it guards: a change committed after this point bumps
        // it, so an entry written below from older rows is stale at once.
        let generation = match self.cache.generation(row.account_id).await {
            Ok(g) => Some(g),
            Err(e) => {
                tracing::warn!(error = ?e, "caller cache unavailable");
                None
            }
        };
        let row = if generation.is_some() {
            // The token again, after the generation: a logout in between is seen.
            match valid_token(db, &token_hash).await? {
                Some(row) => row,
                None => return Ok((Caller::Invalid, None)),
            }
        } else {
            row
        };
        let Some(account) = entity::account::Entity::find_by_id(row.account_id)
            .one(db)
            .await?
        else {
            return Ok((Caller::Invalid, None));
        };
        let now = crate::infra::clock::now();
        let session = CachedSession {
            must_change_password: account.must_change_password,
            actor: load_actor(db, account.id).await?,
            valid_until: Some(
                row.expires_at
                    .min(now + chrono::Duration::milliseconds(CALLER_CACHE_TTL_MS)),
            ),
        };
        let mut cached_at = None;
        if let Some(generation) = generation {
            let ttl_ms = (row.expires_at - now).num_milliseconds().min(CALLER_CACHE_TTL_MS);
            let entry = CachedCaller {
                account_id: account.id,
                generation,
                payload: serde_json::to_string(&session)
                    .map_err(|e| AppError::internal(format!("encoding a caller: {e}")))?,
            };
            match self.cache.put(&token_hash, &entry, ttl_ms).await {
                Ok(()) => cached_at = Some(generation),
                Err(e) => tracing::warn!(error = ?e, "caller cache unavailable"),
            }
        }
        Ok((session.into_caller(token_hash), cached_at))
    }
}

async fn valid_token(db: &DatabaseConnection, token_hash: &str) -> AppResult<Option<auth_token::Model>> {
    Ok(auth_token::Entity::find_by_id(token_hash.to_owned())
        .filter(auth_token::Column::Revoked.eq(false))
        .filter(auth_token::Column::ExpiresAt.gt(crate::infra::clock::now()))
        .one(db)
        .await?)
}

/// Everything an account holds: its grants and its roster entry.
pub async fn load_actor(db: &DatabaseConnection, account_id: i32) -> AppResult<Actor> {
    let grants = role_grant::Entity::find()
        .filter(role_grant::Column::AccountId.eq(account_id))
        .all(db)
        .await?;
    let mut region_grants = Vec::new();
    let mut unit_grants = Vec::new();
    for grant in grants {
        match (grant.role, grant.unit_id) {
            (Role::UnitAdmin, Some(unit_id)) => unit_grants.push(UnitGrant {
                unit_id,
                region_path: grant.scope_path,
            }),
            (role, None) if scope::granted_level(role).is_some() => region_grants.push(RegionGrant {
                role,
                path: grant.scope_path,
            }),
            _ => {
                return Err(AppError::internal(format!("malformed role grant {}", grant.id)));
            }
        }
    }
    let learner = match learner::Entity::find()
        .filter(learner::Column::AccountId.eq(account_id))
        .one(db)
        .await?
    {
        Some(l) => {
            // A learner between units still belongs to its last unit's province.
            let unit = match l.unit_id.or(l.last_unit_id) {
                Some(id) => unit::Entity::find_by_id(id).one(db).await?,
                None => None,
            };
            Some(SelfLearner {
                learner_id: l.id,
                unit_id: l.unit_id,
                unit_region_path: unit.map(|u| u.region_path),
            })
        }
        None => None,
    };
    Ok(Actor {
        account_id,
        region_grants,
        unit_grants,
        learner,
    })
}
