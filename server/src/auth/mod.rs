//! Passwords, tokens and turning a bearer token into the caller ([`Actor`]).

pub mod password;
pub mod token;

use chrono::Utc;
use entity::{auth_token, learner, role_grant, unit};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use crate::error::{AppError, AppResult, Code};
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

/// Reads the caller from an `Authorization: Bearer` header value.
pub async fn caller_from_header(db: &DatabaseConnection, header: Option<&str>) -> AppResult<Caller> {
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
    let Some(row) = auth_token::Entity::find_by_id(token_hash.clone())
        .filter(auth_token::Column::Revoked.eq(false))
        .filter(auth_token::Column::ExpiresAt.gt(Utc::now()))
        .one(db)
        .await?
    else {
        return Ok(Caller::Invalid);
    };
    let Some(account) = entity::account::Entity::find_by_id(row.account_id)
        .one(db)
        .await?
    else {
        return Ok(Caller::Invalid);
    };
    let actor = load_actor(db, account.id).await?;
    Ok(Caller::Authenticated(Session {
        token_hash,
        must_change_password: account.must_change_password,
        actor,
    }))
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
