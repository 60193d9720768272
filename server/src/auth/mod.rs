//! Passwords, tokens and turning a bearer token into the caller ([`Actor`]).

pub mod password;
pub mod token;

use std::sync::atomic::Ordering;

use chrono::Utc;
use entity::{auth_token, learner, role_grant, unit};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult, Code};
use crate::live::{CachedCaller, LiveStore};
use crate::scope::{Actor, RegionGrant, Role, SelfLearner, UnitGrant};

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
}

impl Caller {
    /// The session, for the few operations allowed before a forced password change
    /// (`changePassword`, `logout`).
    pub fn session(&self) -> AppResult<&Session> {
        match self {
            Caller::Anonymous => Err(AppError::new(Code::Unauthenticated, "请先登录")),
            Caller::Invalid => Err(AppError::new(Code::Unauthenticated, "登录已失效，请重新登录")),
            Caller::Authenticated(session) => Ok(session),
        }
    }

    /// The actor, for everything else: refused until the initial password has been changed.
    pub fn actor(&self) -> AppResult<&Actor> {
        let session = self.session()?;
        if session.must_change_password {
            return Err(AppError::new(
                Code::PasswordChangeRequired,
                "您正在使用初始密码或管理员重置的密码，请先修改密码",
            ));
        }
        Ok(&session.actor)
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
        })
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
    let Some(raw) = header else {
        return Ok(Caller::Anonymous);
    };
    let Some(token) = raw
        .strip_prefix("Bearer ")
        .map(str::trim)
        .filter(|t| !t.is_empty())
    else {
        return Ok(Caller::Invalid);
    };
    let token_hash = token::digest(token);
    match live.cached_caller(&token_hash).await {
        Ok(Some(entry)) => {
            if let Ok(cached) = serde_json::from_str::<CachedSession>(&entry.payload) {
                if cached.actor.account_id == entry.account_id {
                    crate::metrics::CALLER_CACHE_HITS.fetch_add(1, Ordering::Relaxed);
                    return Ok(cached.into_caller(token_hash));
                }
            }
        }
        Ok(None) => {}
        // The database still knows: a cache that cannot answer only costs time.
        Err(e) => tracing::warn!(error = ?e, "caller cache unavailable"),
    }
    crate::metrics::CALLER_CACHE_MISSES.fetch_add(1, Ordering::Relaxed);
    let Some(row) = valid_token(db, &token_hash).await? else {
        return Ok(Caller::Invalid);
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
            None => return Ok(Caller::Invalid),
        }
    } else {
        row
    };
    let Some(account) = entity::account::Entity::find_by_id(row.account_id)
        .one(db)
        .await?
    else {
        return Ok(Caller::Invalid);
    };
    let session = CachedSession {
        must_change_password: account.must_change_password,
        actor: load_actor(db, account.id).await?,
    };
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
        if let Err(e) = live.cache_caller(&token_hash, &entry, ttl_ms).await {
            tracing::warn!(error = ?e, "caller cache unavailable");
        }
    }
    Ok(session.into_caller(token_hash))
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
        match (Role::parse(&grant.role), grant.unit_id) {
            (Some(Role::UnitAdmin), Some(unit_id)) => unit_grants.push(UnitGrant {
                unit_id,
                region_path: grant.scope_path,
            }),
            (Some(role), None) if role.region_level().is_some() => region_grants.push(RegionGrant {
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
