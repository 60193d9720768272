//! The roster (学员名单): learners on units' rosters, and every change to it.
//!
//! Removal-type changes (transfer out, retire, leave, exempt) close for unit administrators
//! after the campaign's verification deadline; offices (district and above) can still make
//! them, and such late changes are marked in the audit log. Otherwise a unit could raise its
//! pass rate by removing the people who failed.

use chrono::NaiveDate;

use entity::{account, learner, unit};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set, TransactionTrait,
};
use serde_json::{Value, json};

use crate::auth::Callers;
use crate::domain::audit::{self, Change};
use crate::domain::ids::{LearnerId, UnitId};
use crate::domain::paging::Page;
use crate::domain::phone::PhoneNumber;
use crate::domain::{accounts, campaign, name_key};
use crate::error::{AppError, AppResult};
use crate::infra::clock;
use crate::scope::{self, Actor};

pub use entity::learner::EmploymentStatus;

/// The employment status a spreadsheet's word names: Chinese or English, any case.
pub fn employment_status_from_word(word: &str) -> Option<EmploymentStatus> {
    use EmploymentStatus as S;
    match word.trim().to_ascii_uppercase().replace([' ', '-'], "_").as_str() {
        "" | "在职" | "IN_SERVICE" | "INSERVICE" => Some(S::InService),
        "退休" | "RETIRED" => Some(S::Retired),
        "离职" | "LEFT" => Some(S::Left),
        "调出" | "TRANSFERRING" => Some(S::Transferring),
        _ => None,
    }
}

/// The status as the roster's pages and spreadsheets name it.
pub fn status_word(status: EmploymentStatus) -> &'static str {
    match status {
        EmploymentStatus::InService => "在职",
        EmploymentStatus::Retired => "退休",
        EmploymentStatus::Transferring => "调出",
        EmploymentStatus::Left => "离职",
    }
}

pub struct NewLearner<'a> {
    pub phone: &'a PhoneNumber,
    pub name: &'a str,
    pub rank: Option<&'a str>,
    pub retirement_date: Option<NaiveDate>,
}

pub fn validate_name(name: &str) -> AppResult<String> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 40 {
        return Err(AppError::bad_input("姓名不能为空，且不超过 40 个字"));
    }
    Ok(name.to_owned())
}

pub fn clean_rank(rank: Option<&str>) -> AppResult<Option<String>> {
    let rank = rank.map(str::trim).filter(|r| !r.is_empty());
    if rank.is_some_and(|r| r.chars().count() > 40) {
        return Err(AppError::bad_input("职级不超过 40 个字"));
    }
    Ok(rank.map(str::to_owned))
}

/// The learner as the audit log records it.
pub fn snapshot(l: &learner::Model, phone: &str) -> Value {
    json!({
        "name": l.name,
        "phone": phone,
        "rank": l.rank,
        "status": l.status,
        "statusSince": l.status_since,
        "retirementDate": l.retirement_date,
        "unitId": l.unit_id,
    })
}

/// The refusal of a phone that is a learner somewhere else: on another unit's roster (of this
/// province or another) or between units. One message for all of them, so that adding (or
/// importing) a phone tells nobody where its holder is, only that a transfer is the way.
pub(crate) fn elsewhere_message(phone: &str) -> String {
    format!(
        "{phone} 已是其他单位的学员（或正在调动），不能重复添加：请其原单位办理调出后，在本单位办理“调进”；\
         如联系不上原单位，请联系区委法制办"
    )
}

/// Puts a person on a unit's roster, opening an account on the initial password if the phone
/// has none. The caller has checked that it may; a phone already on a roster is a conflict.
pub async fn enroll<C: ConnectionTrait>(
    db: &C,
    unit: &unit::Model,
    new: NewLearner<'_>,
) -> AppResult<learner::Model> {
    let name = validate_name(new.name)?;
    let rank = clean_rank(new.rank)?;
    let account = accounts::ensure_account(db, new.phone, &name, crate::infra::clock::now()).await?;
    if let Some(existing) = learner::Entity::find()
        .filter(learner::Column::AccountId.eq(account.id))
        .one(db)
        .await?
    {
        return Err(match existing.unit_id {
            Some(id) if id == unit.id => AppError::conflict(format!("{} 已在本单位名单中", new.phone)),
            _ => AppError::conflict(elsewhere_message(new.phone.as_str())),
        });
    }
    let now = crate::infra::clock::now();
    Ok(learner::ActiveModel {
        account_id: Set(account.id),
        unit_id: Set(Some(unit.id)),
        last_unit_id: Set(None),
        name_key: Set(Some(name_key::of(&name))),
        name: Set(name),
        rank: Set(rank),
        status: Set(EmploymentStatus::InService),
        status_since: Set(None),
        retirement_date: Set(new.retirement_date),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// The unit through which a learner is managed: its unit, or its last one while transferring.
pub async fn home_unit<C: ConnectionTrait>(db: &C, l: &learner::Model) -> AppResult<Option<unit::Model>> {
    match l.unit_id.or(l.last_unit_id) {
        Some(id) => Ok(unit::Entity::find_by_id(id).one(db).await?),
        None => Ok(None),
    }
}

fn managed_through(actor: &Actor, l: &learner::Model, unit: Option<&unit::Model>) -> bool {
    unit.is_some_and(|u| actor.manages_unit(u))
        && (l.unit_id == unit.map(|u| u.id) || l.last_unit_id == unit.map(|u| u.id))
}

/// A learner the caller can see (itself, or one on a roster it manages); otherwise NOT_FOUND.
pub async fn find_learner(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<learner::Model> {
    let Some(l) = learner::Entity::find_by_id(id).one(db).await? else {
        return Err(AppError::not_found());
    };
    let unit = home_unit(db, &l).await?;
    if actor.is_self(&l) || managed_through(actor, &l, unit.as_ref()) {
        Ok(l)
    } else {
        Err(AppError::not_found())
    }
}

/// A learner the caller manages, with the unit it is managed through.
pub(crate) async fn managed_learner(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    what: &str,
) -> AppResult<(learner::Model, unit::Model)> {
    let l = find_learner(db, actor, id).await?;
    let unit = home_unit(db, &l).await?;
    match unit {
        Some(u) if managed_through(actor, &l, Some(&u)) => Ok((l, u)),
        _ => Err(AppError::forbidden(format!("您没有权限{what}"))),
    }
}

/// After the verification deadline only offices may make removal-type changes; returns
/// whether the change is late (to be marked in the audit log).
pub(crate) async fn check_freeze<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    unit: &unit::Model,
) -> AppResult<bool> {
    if !campaign::roster_frozen(db, &unit.region_path).await? {
        return Ok(false);
    }
    if actor.is_office_over(&unit.region_path) {
        Ok(true)
    } else {
        Err(AppError::forbidden(
            "名单核实已截止，名单已冻结：调出、退休、离职和免考须由区委法制办（或以上）办理",
        ))
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LearnerOrder {
    /// By the name's pinyin (陈 before 张), then id.
    #[default]
    Name,
    /// In the order they were added.
    Created,
}

/// How a roster page is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RosterSort {
    pub by: LearnerOrder,
    pub descending: bool,
}

#[derive(Clone, Debug, Default)]
pub struct LearnerFilter {
    /// Part of the name.
    pub name: Option<String>,
    /// The start of the phone number.
    pub phone: Option<String>,
    pub status: Option<EmploymentStatus>,
    /// Part of the rank (职级).
    pub rank: Option<String>,
}

/// A cursor for name order: the name's sort key (hex, so any character survives) and the id.
fn name_cursor(l: &learner::Model) -> String {
    let key = l.name_key.clone().unwrap_or_else(|| name_key::of(&l.name));
    format!("n{}.{}", hex::encode(key.as_bytes()), l.id)
}

fn parse_name_cursor(cursor: &str) -> AppResult<(String, i32)> {
    let bad = || AppError::bad_input("分页游标 after 无效，请使用上一页返回的 endCursor");
    let (name, id) = cursor
        .strip_prefix('n')
        .and_then(|c| c.split_once('.'))
        .ok_or_else(bad)?;
    let name = String::from_utf8(hex::decode(name).map_err(|_| bad())?).map_err(|_| bad())?;
    Ok((name, id.parse().map_err(|_| bad())?))
}

/// One page of a unit's roster, as (cursor, learner) pairs.
pub struct RosterPage {
    pub rows: Vec<(String, learner::Model)>,
    pub has_next_page: bool,
    pub total_count: u64,
}

/// The roster of a unit the caller manages, filtered, sorted and paged.
pub async fn learners_of_unit(
    db: &DatabaseConnection,
    actor: &Actor,
    unit: &unit::Model,
    filter: &LearnerFilter,
    sort: RosterSort,
    first: Option<i32>,
    after: Option<&str>,
) -> AppResult<RosterPage> {
    let RosterSort {
        by: order,
        descending,
    } = sort;
    let direction = if descending {
        sea_orm::Order::Desc
    } else {
        sea_orm::Order::Asc
    };
    scope::require(
        actor.sees_unit(unit),
        actor.manages_unit(unit),
        "查看该单位的学员名单",
    )?;
    let mut condition = Condition::all().add(learner::Column::UnitId.eq(unit.id));
    if let Some(name) = filter.name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        condition = condition.add(learner::Column::Name.contains(name));
    }
    if let Some(phone) = filter.phone.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        if !phone.bytes().all(|b| b.is_ascii_digit()) {
            return Err(AppError::bad_input("按手机号筛选时只能输入数字"));
        }
        let accounts = account::Entity::find()
            .select_only()
            .column(account::Column::Id)
            .filter(account::Column::Phone.starts_with(phone))
            .into_query();
        condition = condition.add(learner::Column::AccountId.in_subquery(accounts));
    }
    if let Some(status) = filter.status {
        condition = condition.add(learner::Column::Status.eq(status));
    }
    if let Some(rank) = filter.rank.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        condition = condition.add(learner::Column::Rank.contains(rank));
    }
    let total_count = learner::Entity::find()
        .filter(condition.clone())
        .count(db)
        .await?;
    let page_size = Page::new(first, None)?.first;
    let mut query = learner::Entity::find().filter(condition);
    query = match order {
        LearnerOrder::Created => {
            if let Some(after) = after {
                let after_id = Page::new(first, Some(after))?.after_id.unwrap_or(0);
                query = query.filter(if descending {
                    learner::Column::Id.lt(after_id)
                } else {
                    learner::Column::Id.gt(after_id)
                });
            }
            query.order_by(learner::Column::Id, direction.clone())
        }
        LearnerOrder::Name => {
            if let Some(after) = after {
                let (key, id) = parse_name_cursor(after)?;
                let (beyond_key, beyond_id) = if descending {
                    (
                        learner::Column::NameKey.lt(key.clone()),
                        learner::Column::Id.lt(id),
                    )
                } else {
                    (
                        learner::Column::NameKey.gt(key.clone()),
                        learner::Column::Id.gt(id),
                    )
                };
                query = query.filter(
                    Condition::any().add(beyond_key).add(
                        Condition::all()
                            .add(learner::Column::NameKey.eq(key))
                            .add(beyond_id),
                    ),
                );
            }
            query
                .order_by(learner::Column::NameKey, direction.clone())
                .order_by(learner::Column::Id, direction.clone())
        }
    };
    let mut rows = query.limit(page_size + 1).all(db).await?;
    let has_next_page = rows.len() as u64 > page_size;
    rows.truncate(page_size as usize);
    let rows = rows
        .into_iter()
        .map(|l| {
            let cursor = match order {
                LearnerOrder::Name => name_cursor(&l),
                LearnerOrder::Created => crate::domain::paging::encode_cursor(l.id),
            };
            (cursor, l)
        })
        .collect();
    Ok(RosterPage {
        rows,
        has_next_page,
        total_count,
    })
}

/// Learners by id, only those the caller can see.
pub async fn learners_by_id(
    db: &DatabaseConnection,
    actor: &Actor,
    ids: &[i32],
) -> AppResult<Vec<learner::Model>> {
    let rows = learner::Entity::find()
        .filter(learner::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    let unit_ids: Vec<i32> = rows.iter().filter_map(|l| l.unit_id.or(l.last_unit_id)).collect();
    let units = crate::domain::org::units_by_id(db, actor, &unit_ids).await?;
    Ok(rows
        .into_iter()
        .filter(|l| {
            actor.is_self(l)
                || managed_through(
                    actor,
                    l,
                    l.unit_id.or(l.last_unit_id).and_then(|id| units.get(&id)),
                )
        })
        .collect())
}

pub async fn learner_of_account(
    db: &DatabaseConnection,
    account_id: i32,
) -> AppResult<Option<learner::Model>> {
    Ok(learner::Entity::find()
        .filter(learner::Column::AccountId.eq(account_id))
        .one(db)
        .await?)
}

pub async fn accounts_by_id(db: &DatabaseConnection, ids: &[i32]) -> AppResult<Vec<account::Model>> {
    Ok(account::Entity::find()
        .filter(account::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?)
}

async fn phone_of<C: ConnectionTrait>(db: &C, l: &learner::Model) -> AppResult<String> {
    Ok(account::Entity::find_by_id(l.account_id)
        .one(db)
        .await?
        .map(|a| a.phone)
        .unwrap_or_default())
}

pub(crate) struct LearnerChange<'a> {
    pub(crate) action: &'a str,
    pub(crate) unit: &'a unit::Model,
    pub(crate) before: Option<Value>,
    pub(crate) after: Option<Value>,
    pub(crate) late: bool,
}

pub(crate) async fn audit_learner<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    l: &learner::Model,
    change: LearnerChange<'_>,
) -> AppResult<()> {
    audit::record(
        db,
        Change {
            actor_account_id: Some(actor.account_id),
            action: change.action,
            target_kind: "learner",
            target_id: l.id,
            region_path: &change.unit.region_path,
            unit_id: Some(change.unit.id),
            before: change.before,
            after: change.after,
            late: change.late,
        },
    )
    .await
}

/// The end of every change to a learner's place on a roster (added, moved, status changed),
/// inside its transaction: each campaign's statistics follow the learner to `unit`, and the
/// audit log keeps the change, before and after.
pub(crate) async fn settle_change<C: ConnectionTrait>(
    txn: &C,
    actor: &Actor,
    before: Option<&learner::Model>,
    after: &learner::Model,
    unit: &unit::Model,
    action: &str,
    late: bool,
) -> AppResult<()> {
    crate::domain::stats::refresh_learner_all_campaigns(txn, LearnerId(after.id), UnitId(unit.id)).await?;
    let phone = phone_of(txn, after).await?;
    audit_learner(
        txn,
        actor,
        after,
        LearnerChange {
            action,
            unit,
            before: before.map(|l| snapshot(l, &phone)),
            after: Some(snapshot(after, &phone)),
            late,
        },
    )
    .await
}

/// Adds a learner to a unit the caller manages. Adding stays open after the deadline.
pub async fn add_learner(
    db: &DatabaseConnection,
    callers: &Callers,
    actor: &Actor,
    unit_id: i32,
    new: NewLearner<'_>,
) -> AppResult<learner::Model> {
    let unit = crate::domain::org::find_unit(db, actor, unit_id).await?;
    scope::require(true, actor.manages_unit(&unit), "向该单位名单添加学员")?;
    let txn = db.begin().await?;
    let l = enroll(&txn, &unit, new).await?;
    settle_change(&txn, actor, None, &l, &unit, "learner.add", false).await?;
    // The account may be an administrator's, now also a learner.
    callers.commit(txn, &[l.account_id]).await?;
    Ok(l)
}

#[derive(Clone, Debug, Default)]
pub struct LearnerUpdate {
    pub name: Option<String>,
    pub rank: Option<String>,
    pub retirement_date: Option<NaiveDate>,
    /// A new login phone; administrators only.
    pub phone: Option<String>,
}

/// Corrects a learner's record: administrators of its unit, or the learner itself (its
/// profile: name, rank, retirement date; not its phone).
pub async fn update_learner(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    update: LearnerUpdate,
) -> AppResult<learner::Model> {
    let l = find_learner(db, actor, id).await?;
    let unit = home_unit(db, &l).await?.ok_or_else(AppError::not_found)?;
    let as_admin = managed_through(actor, &l, Some(&unit));
    if !as_admin && update.phone.is_some() {
        return Err(AppError::forbidden("登录手机号须由单位管理员更改"));
    }
    // The roster owns the name (it is what a certificate carries): a learner cannot rename
    // itself; the unit corrects it. Sending the name unchanged is harmless.
    if !as_admin && update.name.as_deref().is_some_and(|name| name.trim() != l.name) {
        return Err(AppError::forbidden(
            "姓名以单位名单为准，不能自行修改；如有错误，请联系本单位管理员更正",
        ));
    }
    // The login phone and the name belong to the account, which may hold more than this
    // roster entry (an office grant): changing them is power over the whole account.
    if as_admin && !actor.is_self(&l) && (update.phone.is_some() || update.name.is_some()) {
        accounts::require_power_over(db, actor, l.account_id).await?;
    }
    // After the verification deadline the retirement date decides exemptions: the learner
    // can no longer set it, and an administrator's change is recorded as late.
    // A learner may still fill in a missing date that opens no exemption (his profile).
    // The freezing campaign's year decides what opens an exemption (in January, during last
    // year's make-up, that is last year).
    let mut late = false;
    if let Some(date) = update.retirement_date.filter(|d| Some(*d) != l.retirement_date)
        && let Some(frozen_year) = campaign::frozen_year(db, &unit.region_path).await?
    {
        if !as_admin {
            let cutoff = campaign::exemption_cutoff(frozen_year);
            let harmless = l.retirement_date.is_none() && cutoff.is_some_and(|c| date > c);
            if !harmless {
                return Err(AppError::forbidden(
                    "名单核实已截止：退休日期须由单位管理员（或区委法制办）更改",
                ));
            }
        } else {
            late = true;
        }
    }
    let txn = db.begin().await?;
    let old_phone = phone_of(&txn, &l).await?;
    let before = snapshot(&l, &old_phone);
    let mut phone = old_phone.clone();
    if let Some(new_phone) = update.phone.as_deref() {
        let new_phone = PhoneNumber::parse(new_phone)?;
        if new_phone.as_str() != old_phone {
            let taken = account::Entity::find()
                .filter(account::Column::Phone.eq(new_phone.as_str()))
                .count(&txn)
                .await?;
            if taken > 0 {
                return Err(AppError::conflict(format!("手机号 {new_phone} 已被其他账号使用")));
            }
            account::Entity::update_many()
                .col_expr(account::Column::Phone, Expr::value(new_phone.as_str()))
                .filter(account::Column::Id.eq(l.account_id))
                .exec(&txn)
                .await?;
            phone = new_phone.as_str().to_owned();
        }
    }
    let mut active: learner::ActiveModel = l.clone().into();
    if let Some(name) = update.name.as_deref() {
        let name = validate_name(name)?;
        account::Entity::update_many()
            .col_expr(account::Column::Name, Expr::value(name.as_str()))
            .filter(account::Column::Id.eq(l.account_id))
            .exec(&txn)
            .await?;
        active.name_key = Set(Some(name_key::of(&name)));
        active.name = Set(name);
    }
    if let Some(rank) = update.rank.as_deref() {
        active.rank = Set(clean_rank(Some(rank))?);
    }
    if let Some(date) = update.retirement_date {
        active.retirement_date = Set(Some(date));
    }
    active.updated_at = Set(crate::infra::clock::now());
    let updated = active.update(&txn).await?;
    let after = snapshot(&updated, &phone);
    if after != before {
        audit_learner(
            &txn,
            actor,
            &updated,
            LearnerChange {
                action: "learner.update",
                unit: &unit,
                before: Some(before),
                after: Some(after),
                late,
            },
        )
        .await?;
    }
    txn.commit().await?;
    crate::domain::points::award_profile(db, updated.id).await?;
    Ok(updated)
}

/// Records retirement, leaving, or a return to service, from a date (today by default).
pub async fn set_status(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    status: EmploymentStatus,
    effective: Option<NaiveDate>,
) -> AppResult<learner::Model> {
    if status == EmploymentStatus::Transferring {
        return Err(AppError::bad_input("调动请使用“调出”（transferOut）办理"));
    }
    if effective.is_some_and(|d| d > clock::today()) {
        return Err(AppError::bad_input(
            "生效日期不能是将来的日期：请在状态变更生效当天或之后登记",
        ));
    }
    let (l, unit) = managed_learner(db, actor, id, "变更该学员的在职状态").await?;
    if l.unit_id != Some(unit.id) {
        return Err(AppError::conflict("该学员正在调动中，请先办理调进"));
    }
    let txn = db.begin().await?;
    let late = if status == EmploymentStatus::InService {
        false
    } else {
        check_freeze(&txn, actor, &unit).await?
    };
    let mut active: learner::ActiveModel = l.clone().into();
    active.status = Set(status);
    active.status_since = Set(Some(effective.unwrap_or_else(clock::today)));
    active.updated_at = Set(crate::infra::clock::now());
    let updated = active.update(&txn).await?;
    settle_change(&txn, actor, Some(&l), &updated, &unit, "learner.status", late).await?;
    txn.commit().await?;
    Ok(updated)
}

/// Exposed to the exemption module: the freeze rule for a decision on a learner of `unit`.
pub async fn freeze_check_for<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    unit: &unit::Model,
) -> AppResult<bool> {
    check_freeze(db, actor, unit).await
}

/// Exposed to the exemption module: the unit a learner is managed through.
pub async fn unit_of<C: ConnectionTrait>(db: &C, l: &learner::Model) -> AppResult<Option<unit::Model>> {
    home_unit(db, l).await
}

/// Exposed to the import: a learner change recorded in the audit log.
pub async fn record_change<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    l: &learner::Model,
    unit: &unit::Model,
    action: &str,
    before: Option<Value>,
    after: Option<Value>,
) -> AppResult<()> {
    audit_learner(
        db,
        actor,
        l,
        LearnerChange {
            action,
            unit,
            before,
            after,
            late: false,
        },
    )
    .await
}

/// The units at or below a node (a node the caller was allowed to open), in path order, and
/// the learners on their rosters, unit by unit in pinyin order, at most `max_rows` of them.
pub async fn rosters_below(
    db: &DatabaseConnection,
    node: &crate::domain::org::Node,
    max_rows: usize,
) -> AppResult<(Vec<unit::Model>, Vec<learner::Model>)> {
    use crate::domain::org::Node;
    let units: Vec<unit::Model> = match node {
        Node::Unit(u) => vec![u.clone()],
        Node::Region(x) => {
            unit::Entity::find()
                .filter(scope::within_subtree(unit::Column::RegionPath, &x.path))
                .order_by_asc(unit::Column::RegionPath)
                .order_by_asc(unit::Column::Id)
                .all(db)
                .await?
        }
    };
    let mut learners = Vec::new();
    for chunk in units.chunks(500) {
        let rows = learner::Entity::find()
            .filter(learner::Column::UnitId.is_in(chunk.iter().map(|u| u.id)))
            .order_by_asc(learner::Column::NameKey)
            .order_by_asc(learner::Column::Id)
            .limit((max_rows - learners.len().min(max_rows)) as u64)
            .all(db)
            .await?;
        learners.extend(rows);
    }
    Ok((units, learners))
}
