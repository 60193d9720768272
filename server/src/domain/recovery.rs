//! Getting back into one's account (找回账号): a locked-out or forgetful learner asks for a
//! reset on the login page with phone, name and unit; the request waits in the unit
//! administrators' queue and, when nobody there acts within the escalation time, in the
//! offices' above; an administrator with power over the account resets it with one click.
//!
//! Nothing here tells a requester whether a phone number has an account: every well-formed
//! request answers with a fresh request code and the same message, whether it matched a
//! learner or not, after the same lookups. Only a request whose phone, name and unit all agree
//! with one learner reaches a queue; the others simply stay "waiting" until they expire.
//! The requester follows the request by its code; the code is stored only as a digest.

use chrono::{DateTime, Duration, Utc};
use entity::{account, learner, recovery_request, unit};
use rand::Rng;
use sea_orm::{
    ActiveEnum, ActiveModelTrait, ColumnTrait, Condition, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::auth::Callers;
use crate::auth::throttle::{ClientSource, LoginGuard};
use crate::domain::accounts;
use crate::domain::audit::{self, Change};
use crate::domain::phone::PhoneNumber;
use crate::error::{AppError, AppResult, Code};
use crate::infra::config::Settings;
use crate::scope::{self, Actor};

/// Requests one address may make in an hour (an office's NAT address with a few forgetful
/// colleagues stays well inside it; a script trying numbers does not).
pub const PER_ADDRESS_PER_HOUR: u64 = 20;
/// A request nobody acted on is closed after this many days.
pub const EXPIRES_AFTER_DAYS: i64 = 7;
/// The most requests a queue shows at once (oldest first).
pub const QUEUE_LIMIT: u64 = 200;

pub use entity::recovery_request::RecoveryStatus;

/// The status of a stored request as of `now` (a pending one past its time has expired).
pub fn status_of(r: &recovery_request::Model, now: DateTime<Utc>) -> RecoveryStatus {
    match r.status {
        RecoveryStatus::Pending if r.created_at + Duration::days(EXPIRES_AFTER_DAYS) <= now => {
            RecoveryStatus::Expired
        }
        s => s,
    }
}

/// Whether the offices above the unit see the request too.
pub fn escalated(r: &recovery_request::Model, now: DateTime<Utc>) -> bool {
    r.escalate_at <= now
}

/// Code alphabet: no 0/O, 1/I/L, so it can be read out over the phone.
const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LEN: usize = 10;

fn new_code() -> String {
    let mut rng = rand::rng();
    let raw: String = (0..CODE_LEN)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect();
    format!("{}-{}", &raw[..5], &raw[5..])
}

/// The digest a code is stored and looked up by: case, spaces and dashes do not matter.
fn digest(code: &str) -> String {
    let clean: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    hex::encode(Sha256::digest(clean.as_bytes()))
}

/// Names and unit names compare without spaces (全角 or not).
fn normalise(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn required_text(value: &str, what: &str, max: usize) -> AppResult<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(AppError::bad_input(format!("请填写{what}")));
    }
    if v.chars().count() > max {
        return Err(AppError::bad_input(format!("{what}过长：最多 {max} 个字")));
    }
    Ok(v.to_owned())
}

/// Files a request and answers its code. The answer is the same whether or not the phone has
/// an account; only the address's rate tells a flood apart.
pub async fn request(
    db: &DatabaseConnection,
    settings: &Settings,
    guard: &LoginGuard,
    source: ClientSource,
    phone: &str,
    name: &str,
    unit_name: &str,
) -> AppResult<String> {
    let phone = PhoneNumber::parse(phone)?;
    let name = required_text(name, "姓名", 50)?;
    let unit_name = required_text(unit_name, "工作单位", 100)?;
    // An address that has used up its failed logins may not file requests either.
    guard.precheck(source)?;
    let now = crate::infra::clock::now();
    let source_key = source.key();
    let recent = recovery_request::Entity::find()
        .filter(recovery_request::Column::SourceKey.eq(source_key.as_str()))
        .filter(recovery_request::Column::CreatedAt.gt(now - Duration::hours(1)))
        .count(db)
        .await?;
    if recent >= PER_ADDRESS_PER_HOUR {
        return Err(AppError::new(
            Code::RateLimited,
            "该网络地址提交的找回申请过多，请一小时后再试，或直接联系本单位管理员",
        ));
    }
    // The same three lookups whatever matches, so the work does not tell either.
    let account = account::Entity::find()
        .filter(account::Column::Phone.eq(phone.as_str()))
        .one(db)
        .await?;
    let learner = learner::Entity::find()
        .filter(learner::Column::AccountId.eq(account.as_ref().map_or(-1, |a| a.id)))
        .one(db)
        .await?;
    let unit = unit::Entity::find_by_id(learner.as_ref().and_then(|l| l.unit_id).unwrap_or(-1))
        .one(db)
        .await?;
    let matched = match (&learner, &unit) {
        (Some(l), Some(u))
            if normalise(&l.name) == normalise(&name) && normalise(&u.name) == normalise(&unit_name) =>
        {
            Some((l, u))
        }
        _ => None,
    };
    let code = new_code();
    let txn = db.begin().await?;
    let row = recovery_request::ActiveModel {
        code_digest: Set(digest(&code)),
        phone: Set(phone.as_str().to_owned()),
        name: Set(name.clone()),
        unit_name: Set(unit_name.clone()),
        learner_id: Set(matched.map(|(l, _)| l.id)),
        unit_id: Set(matched.map(|(_, u)| u.id)),
        region_path: Set(matched.map(|(_, u)| u.region_path.clone())),
        source_key: Set(source_key),
        status: Set(RecoveryStatus::Pending),
        created_at: Set(now),
        escalate_at: Set(now + Duration::minutes(settings.recovery_escalate_minutes.max(0))),
        resolved_at: Set(None),
        resolved_by: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    if let Some((l, u)) = matched {
        audit::record(
            &txn,
            Change {
                actor_account_id: None,
                action: "recovery.request",
                target_kind: "learner",
                target_id: l.id,
                region_path: &u.region_path,
                unit_id: Some(u.id),
                before: None,
                after: Some(json!({"request": row.id, "name": l.name})),
                late: false,
            },
        )
        .await?;
    }
    txn.commit().await?;
    tracing::info!(
        request = row.id,
        matched = matched.is_some(),
        "account recovery requested"
    );
    Ok(code)
}

/// A request as its requester follows it, by code.
pub async fn by_code(db: &DatabaseConnection, code: &str) -> AppResult<recovery_request::Model> {
    if code.len() > 40 {
        return Err(not_found_code());
    }
    recovery_request::Entity::find()
        .filter(recovery_request::Column::CodeDigest.eq(digest(code)))
        .one(db)
        .await?
        .ok_or_else(not_found_code)
}

fn not_found_code() -> AppError {
    AppError::new(
        Code::NotFound,
        "没有找到该查询码的申请，请核对查询码（不区分大小写）",
    )
}

/// The pending requests in the caller's queue, oldest first: those of the units it
/// The units the requests name (for the queue's unit names).
pub async fn units_of(
    db: &DatabaseConnection,
    rows: &[recovery_request::Model],
) -> AppResult<Vec<entity::unit::Model>> {
    let unit_ids: Vec<i32> = rows.iter().filter_map(|r| r.unit_id).collect();
    Ok(entity::unit::Entity::find()
        .filter(entity::unit::Column::Id.is_in(unit_ids))
        .all(db)
        .await?)
}

/// administers, and, for an office, the escalated ones of its subtree.
pub async fn queue(db: &DatabaseConnection, actor: &Actor) -> AppResult<Vec<recovery_request::Model>> {
    let now = crate::infra::clock::now();
    let mut reach = Condition::any();
    let units: Vec<i32> = actor.unit_grants.iter().map(|g| g.unit_id).collect();
    if !units.is_empty() {
        reach = reach.add(recovery_request::Column::UnitId.is_in(units));
    }
    for root in actor.scope_roots() {
        reach = reach.add(
            Condition::all()
                .add(scope::within_subtree(recovery_request::Column::RegionPath, &root))
                .add(recovery_request::Column::EscalateAt.lte(now)),
        );
    }
    if reach.is_empty() {
        return Ok(Vec::new());
    }
    let rows = recovery_request::Entity::find()
        .filter(recovery_request::Column::Status.eq(RecoveryStatus::Pending))
        .filter(recovery_request::Column::LearnerId.is_not_null())
        .filter(recovery_request::Column::CreatedAt.gt(now - Duration::days(EXPIRES_AFTER_DAYS)))
        .filter(reach)
        .order_by_asc(recovery_request::Column::CreatedAt)
        .order_by_asc(recovery_request::Column::Id)
        .limit(QUEUE_LIMIT)
        .all(db)
        .await?;
    // The one rule, asked again per row.
    Ok(rows.into_iter().filter(|r| visible(actor, r, now)).collect())
}

fn visible(actor: &Actor, r: &recovery_request::Model, now: DateTime<Utc>) -> bool {
    match (r.unit_id, r.region_path.as_deref()) {
        (Some(unit_id), Some(path)) => actor.handles_recovery_request(unit_id, path, escalated(r, now)),
        _ => false,
    }
}

/// A pending request in the caller's queue; anything else is NOT_FOUND.
async fn in_queue(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> AppResult<(recovery_request::Model, i32)> {
    let now = crate::infra::clock::now();
    let r = recovery_request::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|r| visible(actor, r, now))
        .ok_or_else(AppError::not_found)?;
    if status_of(&r, now) != RecoveryStatus::Pending {
        return Err(AppError::conflict("该申请已处理或已过期，请刷新列表"));
    }
    let learner_id = r.learner_id.ok_or_else(AppError::not_found)?;
    let learner = learner::Entity::find_by_id(learner_id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok((r, learner.account_id))
}

/// Resets the learner's password to a temporary password under the rules of `resetPassword`
/// (power over the whole account), closing every pending request of that learner with it;
/// answers the password, for the administrator to give the learner after confirming who is
/// asking. No requester learns it from the request: the status of every closed request says
/// only to ask the unit. The account's cached callers are retired with the commit.
pub async fn reset(
    db: &DatabaseConnection,
    callers: &Callers,
    actor: &Actor,
    id: i32,
    now: DateTime<Utc>,
) -> AppResult<accounts::TemporaryPassword> {
    let (r, account_id) = in_queue(db, actor, id).await?;
    let path = accounts::require_power_over(db, actor, account_id).await?;
    let account = accounts::find_account(db, account_id).await?;
    let issued = accounts::prepare_temporary(now).await?;
    let txn = db.begin().await?;
    accounts::reset_in(&txn, actor, account, &path, &issued).await?;
    recovery_request::Entity::update_many()
        .col_expr(
            recovery_request::Column::Status,
            sea_orm::sea_query::Expr::value(RecoveryStatus::Reset),
        )
        .col_expr(recovery_request::Column::ResolvedAt, now.into())
        .col_expr(recovery_request::Column::ResolvedBy, actor.account_id.into())
        .filter(recovery_request::Column::LearnerId.eq(r.learner_id))
        .filter(recovery_request::Column::Status.eq(RecoveryStatus::Pending))
        .exec(&txn)
        .await?;
    record(&txn, actor, &r, "recovery.reset").await?;
    callers.commit(txn, &[account_id]).await?;
    Ok(issued.temporary)
}

/// Closes a request the administrator could not confirm with the learner (the password stays).
pub async fn decline(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<()> {
    let (r, account_id) = in_queue(db, actor, id).await?;
    accounts::require_power_over(db, actor, account_id).await?;
    let txn = db.begin().await?;
    let mut active: recovery_request::ActiveModel = r.clone().into();
    active.status = Set(RecoveryStatus::Declined);
    active.resolved_at = Set(Some(crate::infra::clock::now()));
    active.resolved_by = Set(Some(actor.account_id));
    active.update(&txn).await?;
    record(&txn, actor, &r, "recovery.decline").await?;
    txn.commit().await?;
    Ok(())
}

async fn record<C: sea_orm::ConnectionTrait>(
    txn: &C,
    actor: &Actor,
    r: &recovery_request::Model,
    action: &str,
) -> AppResult<()> {
    audit::record(
        txn,
        Change {
            actor_account_id: Some(actor.account_id),
            action,
            target_kind: "learner",
            target_id: r.learner_id.unwrap_or_default(),
            region_path: r.region_path.as_deref().unwrap_or_default(),
            unit_id: r.unit_id,
            before: Some(json!({"request": r.id, "status": RecoveryStatus::Pending.to_value()})),
            after: Some(json!({"request": r.id, "name": r.name})),
            late: false,
        },
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_alike_however_typed() {
        let code = new_code();
        assert_eq!(code.len(), CODE_LEN + 1);
        assert_eq!(digest(&code), digest(&code.to_lowercase().replace('-', " ")));
        assert_ne!(digest(&code), digest(&new_code()));
    }
}
