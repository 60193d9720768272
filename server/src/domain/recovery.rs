//! Getting back into one's account (找回账号): a locked-out or forgetful learner asks for a
//! reset on the login page with phone, name and unit; the request waits in the unit
//! administrators' queue and, when nobody there acts within the escalation time, in the
//! offices' above; an administrator with power over the account resets it with one click.
//!
//! Nothing here tells a requester whether a phone number has an account: every well-formed
//! request answers with a fresh request code and the same message, whether it matched a
//! learner or not, after the same lookups. A request whose phone, name and unit all agree with
//! one learner reaches that unit's queue. The requester picks the unit from a search
//! ([`search_units`]) or, not finding it, names the district ([`districts`]); a picked unit
//! or district that the phone and name do not match sends the request to the queue of the
//! offices over that place (the district's), which route it to the right unit or act on it
//! (issue 28, major 7). Only a request typed as free text by an older page and matching nothing
//! stays "waiting" until it expires. The requester follows the request by its code; the code is
//! stored only as a digest.

use chrono::{DateTime, Duration, Utc};
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Instant;

use entity::region::Level;
use entity::{account, learner, recovery_request, region, unit};
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

/// Unit searches (and district lists) one address may make in a burst on the recovery page ...
pub const SEARCH_BURST: f64 = 60.0;
/// ... and how many it earns back a minute (a learner typing a unit's name a few times an hour
/// stays well inside it; a script listing every unit of the province does not).
pub const SEARCHES_PER_MINUTE: f64 = 30.0;
/// The most units one search answers.
pub const SEARCH_LIMIT: u64 = 20;

/// The recovery page's anonymous searches per client address, in this replica's memory.
#[derive(Default)]
pub struct SearchGuard {
    buckets: Mutex<HashMap<IpAddr, (f64, Instant)>>,
}

impl SearchGuard {
    /// Takes one search from the address's bucket, or refuses it (RATE_LIMITED).
    pub fn take(&self, source: ClientSource) -> AppResult<()> {
        let mut buckets = self
            .buckets
            .lock()
            .map_err(|_| AppError::internal("search guard poisoned"))?;
        let now = Instant::now();
        if buckets.len() > 100_000 {
            buckets.retain(|_, (tokens, at)| {
                *tokens + now.duration_since(*at).as_secs_f64() / 60.0 * SEARCHES_PER_MINUTE < SEARCH_BURST
            });
        }
        let (tokens, at) = buckets.entry(source.network()).or_insert((SEARCH_BURST, now));
        *tokens =
            (*tokens + now.duration_since(*at).as_secs_f64() / 60.0 * SEARCHES_PER_MINUTE).min(SEARCH_BURST);
        *at = now;
        if *tokens < 1.0 {
            return Err(AppError::new(
                Code::RateLimited,
                "该网络地址查询单位过于频繁，请稍等一两分钟再试",
            ));
        }
        *tokens -= 1.0;
        Ok(())
    }
}

/// The province an anonymous caller's search is in: the one asked for, or the deployment's
/// only province.
async fn province_of(db: &DatabaseConnection, province_id: Option<i32>) -> AppResult<region::Model> {
    let provinces = region::Entity::find()
        .filter(region::Column::Level.eq(Level::Province))
        .order_by_asc(region::Column::Path)
        .limit(50)
        .all(db)
        .await?;
    match province_id {
        Some(id) => provinces
            .into_iter()
            .find(|p| p.id == id)
            .ok_or_else(|| AppError::new(Code::NotFound, "没有找到该省份，请重新选择")),
        None => {
            let mut provinces = provinces;
            if provinces.len() == 1 {
                Ok(provinces.remove(0))
            } else {
                Err(AppError::bad_input("请先选择所在省份"))
            }
        }
    }
}

/// The provinces of the deployment (for a page serving more than one).
pub async fn provinces(db: &DatabaseConnection) -> AppResult<Vec<region::Model>> {
    Ok(region::Entity::find()
        .filter(region::Column::Level.eq(Level::Province))
        .order_by_asc(region::Column::Path)
        .limit(50)
        .all(db)
        .await?)
}

/// A unit as the recovery page offers it: its name and the region it is in (the district).
pub struct UnitChoice {
    pub unit: unit::Model,
    pub district: Option<region::Model>,
}

/// The units of a province whose name contains `text` (literally: `%` and `_` are themselves),
/// in name order, at most [`SEARCH_LIMIT`]: names and districts only, for the recovery page.
pub async fn search_units(
    db: &DatabaseConnection,
    province_id: Option<i32>,
    text: &str,
) -> AppResult<Vec<UnitChoice>> {
    let text = normalise(text);
    if text.chars().count() < 2 {
        return Err(AppError::bad_input("请至少输入单位名称中的两个字"));
    }
    if text.chars().count() > 50 {
        return Err(AppError::bad_input("单位名称过长：最多 50 个字"));
    }
    let province = province_of(db, province_id).await?;
    let units = unit::Entity::find()
        .filter(scope::within_subtree(unit::Column::RegionPath, &province.path))
        .filter(unit::Column::Name.like(crate::domain::org::contains_literally(&text)))
        .order_by_asc(unit::Column::Name)
        .order_by_asc(unit::Column::Id)
        .limit(SEARCH_LIMIT)
        .all(db)
        .await?;
    let region_ids: Vec<i32> = units.iter().map(|u| u.region_id).collect();
    let regions = region::Entity::find()
        .filter(region::Column::Id.is_in(region_ids))
        .all(db)
        .await?;
    Ok(units
        .into_iter()
        .map(|unit| UnitChoice {
            district: regions.iter().find(|r| r.id == unit.region_id).cloned(),
            unit,
        })
        .collect())
}

/// The districts of a province, in code order, with the city each is in: for a requester who
/// cannot find the unit.
pub async fn districts(
    db: &DatabaseConnection,
    province_id: Option<i32>,
) -> AppResult<(region::Model, Vec<(region::Model, Option<region::Model>)>)> {
    let province = province_of(db, province_id).await?;
    let below = region::Entity::find()
        .filter(scope::within_subtree(region::Column::Path, &province.path))
        .filter(region::Column::Level.ne(Level::Province))
        .order_by_asc(region::Column::Path)
        .limit(2000)
        .all(db)
        .await?;
    let districts = below
        .iter()
        .filter(|r| r.level == Level::District)
        .map(|d| {
            (
                d.clone(),
                below.iter().find(|c| Some(c.id) == d.parent_id).cloned(),
            )
        })
        .collect();
    Ok((province, districts))
}

/// Where the requester says it works: a unit picked from the search, a district (the unit was
/// not found), or, from an older page, a unit name as typed.
#[derive(Clone, Copy, Debug)]
pub enum Place<'a> {
    Unit(i32),
    District(i32),
    Typed(&'a str),
}

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
#[allow(clippy::too_many_arguments)]
pub async fn request(
    db: &DatabaseConnection,
    settings: &Settings,
    guard: &LoginGuard,
    source: ClientSource,
    phone: &str,
    name: &str,
    place: Place<'_>,
    unit_text: Option<&str>,
) -> AppResult<String> {
    let phone = PhoneNumber::parse(phone)?;
    let name = required_text(name, "姓名", 50)?;
    let unit_text = match (place, unit_text.map(str::trim).filter(|t| !t.is_empty())) {
        (Place::Typed(typed), _) => required_text(typed, "工作单位", 100)?,
        (_, Some(text)) => required_text(text, "工作单位", 100)?,
        (_, None) => String::new(),
    };
    // The place picked on the page: a unit or a district of the deployment.
    let (picked_unit, picked_region) = match place {
        Place::Unit(id) => {
            let u = unit::Entity::find_by_id(id)
                .one(db)
                .await?
                .ok_or_else(|| AppError::bad_input("所选单位不存在，请重新搜索并选择您的单位"))?;
            (Some(u), None)
        }
        Place::District(id) => {
            let r = region::Entity::find_by_id(id)
                .one(db)
                .await?
                .filter(|r| r.level == Level::District)
                .ok_or_else(|| AppError::bad_input("所选区县不存在，请重新选择单位所在的区县"))?;
            (None, Some(r))
        }
        Place::Typed(_) => (None, None),
    };
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
    let same_place = |u: &unit::Model| match (&picked_unit, &picked_region) {
        (Some(p), _) => p.id == u.id,
        (None, Some(d)) => scope::within(&u.region_path, &d.path),
        (None, None) => normalise(&u.name) == normalise(&unit_text),
    };
    let matched = match (&learner, &unit) {
        (Some(l), Some(u)) if normalise(&l.name) == normalise(&name) && same_place(u) => Some((l, u)),
        _ => None,
    };
    // Not on that roster: the offices over the place named (the district's) see it at once.
    let office_path = match (&matched, &picked_unit, &picked_region) {
        (Some(_), _, _) => None,
        (None, Some(u), _) => Some(u.region_path.clone()),
        (None, None, Some(d)) => Some(d.path.clone()),
        (None, None, None) => None,
    };
    let stored_unit_name = match &picked_unit {
        Some(u) => u.name.clone(),
        None => unit_text.clone(),
    };
    let escalate_at = if office_path.is_some() {
        now
    } else {
        now + Duration::minutes(settings.recovery_escalate_minutes.max(0))
    };
    let code = new_code();
    let txn = db.begin().await?;
    let row = recovery_request::ActiveModel {
        code_digest: Set(digest(&code)),
        phone: Set(phone.as_str().to_owned()),
        name: Set(name.clone()),
        unit_name: Set(stored_unit_name),
        learner_id: Set(matched.map(|(l, _)| l.id)),
        unit_id: Set(matched.map(|(_, u)| u.id)),
        region_path: Set(matched
            .map(|(_, u)| u.region_path.clone())
            .or_else(|| office_path.clone())),
        source_key: Set(source_key),
        status: Set(RecoveryStatus::Pending),
        created_at: Set(now),
        escalate_at: Set(escalate_at),
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
    } else if let Some(path) = &office_path {
        audit::record(
            &txn,
            Change {
                actor_account_id: None,
                action: "recovery.request",
                target_kind: "recovery_request",
                target_id: row.id,
                region_path: path,
                unit_id: None,
                before: None,
                after: Some(json!({
                    "request": row.id,
                    "name": row.name,
                    "phone": row.phone,
                    "unitName": row.unit_name,
                    "unmatched": true,
                })),
                late: false,
            },
        )
        .await?;
    }
    txn.commit().await?;
    tracing::info!(
        request = row.id,
        matched = matched.is_some(),
        to_district = office_path.is_some(),
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
        .filter(recovery_request::Column::RegionPath.is_not_null())
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
        // Not on the roster of the place named: the offices over it (the district's).
        (None, Some(path)) => actor.is_office_over(path),
        _ => false,
    }
}

/// The learner a request is about: the one it matched, or, for a request in a district's
/// queue, the learner with that phone if the caller manages its unit (the caller checks the
/// phone with the requester before acting).
pub async fn learner_for(
    db: &DatabaseConnection,
    actor: &Actor,
    r: &recovery_request::Model,
) -> AppResult<Option<(learner::Model, Option<unit::Model>)>> {
    let learner = match r.learner_id {
        Some(id) => learner::Entity::find_by_id(id).one(db).await?,
        None => {
            let Some(account) = account::Entity::find()
                .filter(account::Column::Phone.eq(r.phone.as_str()))
                .one(db)
                .await?
            else {
                return Ok(None);
            };
            learner::Entity::find()
                .filter(learner::Column::AccountId.eq(account.id))
                .one(db)
                .await?
        }
    };
    let Some(learner) = learner else {
        return Ok(None);
    };
    let unit = unit::Entity::find_by_id(learner.unit_id.unwrap_or(-1))
        .one(db)
        .await?;
    if r.learner_id.is_none() && !unit.as_ref().is_some_and(|u| actor.manages_unit(u)) {
        return Ok(None);
    }
    Ok(Some((learner, unit)))
}

/// For a district's queue: the learner on a roster the caller manages whose phone the request
/// gives (name and unit), to route the request to; `None` for matched requests and strangers.
pub async fn roster_match(
    db: &DatabaseConnection,
    actor: &Actor,
    r: &recovery_request::Model,
) -> AppResult<Option<(learner::Model, unit::Model)>> {
    if r.unit_id.is_some() {
        return Ok(None);
    }
    Ok(learner_for(db, actor, r)
        .await?
        .and_then(|(l, u)| u.map(|u| (l, u))))
}

/// A pending request in the caller's queue; anything else is NOT_FOUND.
async fn pending_in_queue(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> AppResult<recovery_request::Model> {
    let now = crate::infra::clock::now();
    let r = recovery_request::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|r| visible(actor, r, now))
        .ok_or_else(AppError::not_found)?;
    if status_of(&r, now) != RecoveryStatus::Pending {
        return Err(AppError::conflict("该申请已处理或已过期，请刷新列表"));
    }
    Ok(r)
}

/// A pending request in the caller's queue and the learner's account it resets.
async fn in_queue(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> AppResult<(recovery_request::Model, learner::Model)> {
    let r = pending_in_queue(db, actor, id).await?;
    let (learner, _) = learner_for(db, actor, &r).await?.ok_or_else(|| {
        AppError::bad_input(
            "该手机号不在您管辖的单位名单上，不能重置；请核实后转交给学员所在单位，或选择不予通过",
        )
    })?;
    Ok((r, learner))
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
    let (r, learner) = in_queue(db, actor, id).await?;
    let account_id = learner.account_id;
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
        .col_expr(recovery_request::Column::LearnerId, learner.id.into())
        .filter(
            Condition::any()
                .add(recovery_request::Column::LearnerId.eq(learner.id))
                .add(recovery_request::Column::Id.eq(r.id)),
        )
        .filter(recovery_request::Column::Status.eq(RecoveryStatus::Pending))
        .exec(&txn)
        .await?;
    record(&txn, actor, &r, Some(&learner), "recovery.reset", None).await?;
    callers.commit(txn, &[account_id]).await?;
    Ok(issued.temporary)
}

/// Closes a request the administrator could not confirm with the learner (the password stays).
pub async fn decline(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<()> {
    let r = pending_in_queue(db, actor, id).await?;
    let learner = match r.learner_id {
        Some(_) => {
            let (learner, _) = learner_for(db, actor, &r)
                .await?
                .ok_or_else(AppError::not_found)?;
            accounts::require_power_over(db, actor, learner.account_id).await?;
            Some(learner)
        }
        // A district's request about nobody it manages can still be closed.
        None => None,
    };
    let txn = db.begin().await?;
    let mut active: recovery_request::ActiveModel = r.clone().into();
    active.status = Set(RecoveryStatus::Declined);
    active.resolved_at = Set(Some(crate::infra::clock::now()));
    active.resolved_by = Set(Some(actor.account_id));
    active.update(&txn).await?;
    record(&txn, actor, &r, learner.as_ref(), "recovery.decline", None).await?;
    txn.commit().await?;
    Ok(())
}

/// Routes a request in a district's queue (not on the roster of the place named) to the unit
/// whose roster has the phone: from then on it is that unit's request, the unit's
/// administrators see it (with the full phone) and the offices above once it escalates again.
/// The unit must be one the caller manages, with the phone on its roster.
pub async fn route(
    db: &DatabaseConnection,
    actor: &Actor,
    settings: &Settings,
    id: i32,
    unit_id: i32,
) -> AppResult<recovery_request::Model> {
    let r = pending_in_queue(db, actor, id).await?;
    if r.unit_id.is_some() {
        return Err(AppError::conflict(
            "该申请已在学员所在单位的待办中，无需转交；可直接重置或不予通过",
        ));
    }
    let target = crate::domain::org::find_unit(db, actor, unit_id).await?;
    scope::require(true, actor.manages_unit(&target), "把申请转交给该单位")?;
    let learner = learner_for(db, actor, &r)
        .await?
        .map(|(l, _)| l)
        .filter(|l| l.unit_id == Some(target.id))
        .ok_or_else(|| {
            AppError::bad_input(format!(
                "该手机号不在「{}」的名单上，不能转交；请核对学员所在单位，或先把该学员加入名单",
                target.name
            ))
        })?;
    let now = crate::infra::clock::now();
    let txn = db.begin().await?;
    let mut active: recovery_request::ActiveModel = r.clone().into();
    active.unit_id = Set(Some(target.id));
    active.learner_id = Set(Some(learner.id));
    active.region_path = Set(Some(target.region_path.clone()));
    active.escalate_at = Set(now + Duration::minutes(settings.recovery_escalate_minutes.max(0)));
    let routed = active.update(&txn).await?;
    record(
        &txn,
        actor,
        &routed,
        Some(&learner),
        "recovery.route",
        Some(&target.name),
    )
    .await?;
    txn.commit().await?;
    Ok(routed)
}

async fn record<C: sea_orm::ConnectionTrait>(
    txn: &C,
    actor: &Actor,
    r: &recovery_request::Model,
    learner: Option<&learner::Model>,
    action: &str,
    routed_to: Option<&str>,
) -> AppResult<()> {
    let (kind, target) = match learner {
        Some(l) => ("learner", l.id),
        None => ("recovery_request", r.id),
    };
    let mut after = json!({"request": r.id, "name": r.name, "phone": r.phone, "unitName": r.unit_name});
    if let Some(unit) = routed_to {
        after["routedTo"] = json!(unit);
    }
    audit::record(
        txn,
        Change {
            actor_account_id: Some(actor.account_id),
            action,
            target_kind: kind,
            target_id: target,
            region_path: r.region_path.as_deref().unwrap_or_default(),
            unit_id: r.unit_id,
            before: Some(json!({"request": r.id, "status": RecoveryStatus::Pending.to_value()})),
            after: Some(after),
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
