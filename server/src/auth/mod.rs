//! Passwords, tokens and turning a bearer token into the caller ([`Actor`]).

pub mod password;
pub mod throttle;
pub mod token;

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::Utc;
use entity::{auth_token, learner, role_grant, unit};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult, Code};
use crate::live::{CachedCaller, CallerCheck, LiveStore};
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
    /// Set when the session comes from this replica's memory and is still to be confirmed by
    /// the live store, in the same step as a live write ([`caller_for_live_write`]): the
    /// generation the store must still hold.
    unconfirmed: Option<u64>,
}

impl Caller {
    /// The session, for the few operations allowed before a forced password change
    /// (`changePassword`, `logout`).
    pub fn session(&self) -> AppResult<&Session> {
        let session = self.any_session()?;
        if session.unconfirmed.is_some() {
            // Only a live write may act on an unconfirmed session, through `for_live_write`.
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

    /// The session for a live write (`saveAnswer`), and the check the live store must make
    /// in the same step when the session is not confirmed yet: a write that fails it
    /// ([`crate::live::SaveOutcome::CallerChanged`]) stores nothing and is retried with the
    /// caller from [`confirm`].
    pub fn for_live_write(&self) -> AppResult<(&Session, Option<CallerCheck<'_>>)> {
        let session = self.any_session()?;
        session.refuse_initial_password()?;
        let check = session.unconfirmed.map(|generation| CallerCheck {
            token_hash: &session.token_hash,
            generation,
        });
        Ok((session, check))
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

/// How long a resolved caller is kept in the live store before the database is asked again.
/// Every change to what a caller is made of retires its entries at once (`forget`), so this
/// only bounds what a lost retirement (the store failing right after a commit) could keep.
pub const CALLER_CACHE_TTL_MS: i64 = 5 * 60 * 1000;

/// What is cached of a session besides the token.
#[derive(Serialize, Deserialize)]
struct CachedSession {
    must_change_password: bool,
    actor: Actor,
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

/// Reads the caller from an `Authorization: Bearer` header value: from the live store's
/// caller cache when it holds the token at the account's current generation, otherwise from
/// the database (token, account, grants, roster entry), then cached.
pub async fn caller_from_header(
    db: &DatabaseConnection,
    live: &dyn LiveStore,
    header: Option<&str>,
) -> AppResult<Caller> {
    match token_of(header) {
        Ok(token_hash) => Ok(resolve(db, live, token_hash).await?.0),
        Err(why) => Ok(why.into()),
    }
}

/// Reads the caller for a request that only writes to the live store (`saveAnswer`, the
/// request an exam page sends most): from this replica's memory when it holds the token,
/// unconfirmed, to be confirmed by the live store in the same step as the write (one round
/// trip to the store instead of two); otherwise as [`caller_from_header`] does, remembered.
pub async fn caller_for_live_write(
    db: &DatabaseConnection,
    live: &dyn LiveStore,
    local: &LocalCallers,
    header: Option<&str>,
) -> AppResult<Caller> {
    let token_hash = match token_of(header) {
        Ok(token_hash) => token_hash,
        Err(why) => return Ok(why.into()),
    };
    if let Some(caller) = local.get(&token_hash) {
        return Ok(caller);
    }
    confirm(db, live, local, token_hash).await
}

/// Resolves a token's caller as [`caller_from_header`] does and remembers it in `local`, for
/// a live write whose unconfirmed caller did not hold.
pub async fn confirm(
    db: &DatabaseConnection,
    live: &dyn LiveStore,
    local: &LocalCallers,
    token_hash: String,
) -> AppResult<Caller> {
    local.forget(&token_hash);
    let (caller, generation) = resolve(db, live, token_hash).await?;
    // Only a caller who may write is kept: a refusal is never made on a copy (a learner who
    // has changed the initial password since would be refused by a stale one).
    if let (Caller::Authenticated(session), Some(generation)) = (&caller, generation)
        && !session.must_change_password
        && session.actor.learner.is_some()
    {
        local.insert(session, generation);
    }
    Ok(caller)
}

/// The caller of a token digest, and the generation at which the live store caches it (none
/// when the store could not be asked).
async fn resolve(
    db: &DatabaseConnection,
    live: &dyn LiveStore,
    token_hash: String,
) -> AppResult<(Caller, Option<u64>)> {
    match live.cached_caller(&token_hash).await {
        Ok(Some(entry)) => {
            if let Ok(cached) = serde_json::from_str::<CachedSession>(&entry.payload)
                && cached.actor.account_id == entry.account_id
            {
                live.caller_lookups().hits.fetch_add(1, Ordering::Relaxed);
                return Ok((cached.into_caller(token_hash), Some(entry.generation)));
            }
        }
        Ok(None) => {}
        // The database still knows: a cache that cannot answer only costs time.
        Err(e) => tracing::warn!(error = ?e, "caller cache unavailable"),
    }
    live.caller_lookups().misses.fetch_add(1, Ordering::Relaxed);
    let Some(row) = valid_token(db, &token_hash).await? else {
        return Ok((Caller::Invalid, None));
    };
    // Read the generation before what it guards: a change committed after this point bumps
    // it, so an entry written below from older rows is stale at once.
    let generation = match live.caller_generation(row.account_id).await {
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
    let session = CachedSession {
        must_change_password: account.must_change_password,
        actor: load_actor(db, account.id).await?,
    };
    let mut cached_at = None;
    if let Some(generation) = generation {
        let ttl_ms = (row.expires_at - Utc::now())
            .num_milliseconds()
            .min(CALLER_CACHE_TTL_MS);
        let entry = CachedCaller {
            account_id: account.id,
            generation,
            payload: serde_json::to_string(&session)
                .map_err(|e| AppError::internal(format!("encoding a caller: {e}")))?,
        };
        match live.cache_caller(&token_hash, &entry, ttl_ms).await {
            Ok(()) => cached_at = Some(generation),
            Err(e) => tracing::warn!(error = ?e, "caller cache unavailable"),
        }
    }
    Ok((session.into_caller(token_hash), cached_at))
}

/// Callers this replica has resolved for live writes, by token digest, each with the
/// generation the live store cached it at; only learners past the initial password (callers
/// who may write). Handed out unconfirmed: the live store confirms, in the same step as the
/// write, that it still caches the token's caller at that generation and that the generation
/// is still the account's, which is the rule its own cache answers by. So an entry here is
/// never trusted on its own, never refuses anything, and one the store no longer holds costs
/// one resolution more.
#[derive(Default)]
pub struct LocalCallers {
    entries: Mutex<HashMap<String, LocalCaller>>,
    /// Callers handed out from here (`xuefa_caller_lookups_total{source="replica"}`).
    hits: AtomicU64,
}

/// A kept caller; never one on the initial password (see [`confirm`]).
struct LocalCaller {
    actor: Actor,
    generation: u64,
    /// Unix ms; past it the caller is resolved again (bounds what a long-idle entry holds).
    until_ms: i64,
}

impl LocalCallers {
    /// Past this many entries, expired ones are dropped (and, if that is not enough, all).
    const CAPACITY: usize = 100_000;

    fn get(&self, token_hash: &str) -> Option<Caller> {
        let now = Utc::now().timestamp_millis();
        let entries = self.entries.lock().ok()?;
        let entry = entries.get(token_hash).filter(|e| e.until_ms > now)?;
        self.hits.fetch_add(1, Ordering::Relaxed);
        Some(Caller::Authenticated(Session {
            token_hash: token_hash.to_owned(),
            must_change_password: false,
            actor: entry.actor.clone(),
            unconfirmed: Some(entry.generation),
        }))
    }

    fn insert(&self, session: &Session, generation: u64) {
        let now = Utc::now().timestamp_millis();
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        if entries.len() >= Self::CAPACITY {
            entries.retain(|_, e| e.until_ms > now);
            if entries.len() >= Self::CAPACITY {
                entries.clear();
            }
        }
        entries.insert(
            session.token_hash.clone(),
            LocalCaller {
                actor: session.actor.clone(),
                generation,
                until_ms: now + CALLER_CACHE_TTL_MS,
            },
        );
    }

    pub fn hits(&self) -> u64 {
        self.hits.load(Ordering::Relaxed)
    }

    fn forget(&self, token_hash: &str) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.remove(token_hash);
        }
    }
}

async fn valid_token(db: &DatabaseConnection, token_hash: &str) -> AppResult<Option<auth_token::Model>> {
    Ok(auth_token::Entity::find_by_id(token_hash.to_owned())
        .filter(auth_token::Column::Revoked.eq(false))
        .filter(auth_token::Column::ExpiresAt.gt(Utc::now()))
        .one(db)
        .await?)
}

/// Retires the cached callers of these accounts, after a committed change to their tokens,
/// password state, grants or roster entry. A failure is logged, not returned: the change is
/// committed, and the entries expire within [`CALLER_CACHE_TTL_MS`].
pub async fn forget(live: &dyn LiveStore, account_ids: &[i32]) {
    if let Err(e) = live.forget_callers(account_ids).await {
        tracing::error!(error = ?e, accounts = ?account_ids, "retiring cached callers failed");
    }
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
