//! Moving learners between units (调出 / 调入): a unit lets a learner go, the learner or the new
//! unit takes it in, and after the verification deadline the new unit accepts or refuses the
//! move. Rows and checks of the roster itself are `roster`'s.

use chrono::Utc;
use std::collections::HashMap;

use entity::transfer_request::TransferStatus;
use entity::{account, learner, transfer_request, unit};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};
use serde_json::json;

use crate::auth::Callers;
use crate::domain::campaign;
use crate::domain::phone::PhoneNumber;
use crate::domain::roster::{
    EmploymentStatus, LearnerChange, audit_learner, check_freeze, managed_learner, settle_change,
};
use crate::error::{AppError, AppResult, Code};
use crate::infra::clock;
use crate::scope::{self, Actor};

/// 调出: takes a learner off its unit's roster; account, password, points and results stay.
pub async fn transfer_out(
    db: &DatabaseConnection,
    callers: &Callers,
    actor: &Actor,
    id: i32,
) -> AppResult<learner::Model> {
    let (l, unit) = managed_learner(db, actor, id, "办理该学员的调出").await?;
    if l.unit_id != Some(unit.id) {
        return Err(AppError::conflict("该学员已调出，正在等待新单位调进"));
    }
    let txn = db.begin().await?;
    let late = check_freeze(&txn, actor, &unit).await?;
    // Conditional on the learner still being on this roster: of two transfers at once,
    // exactly one succeeds.
    let moved = learner::Entity::update_many()
        .col_expr(learner::Column::UnitId, Expr::value(Option::<i32>::None))
        .col_expr(learner::Column::LastUnitId, Expr::value(unit.id))
        .col_expr(
            learner::Column::Status,
            Expr::value(EmploymentStatus::Transferring),
        )
        .col_expr(learner::Column::StatusSince, Expr::value(clock::today()))
        .col_expr(
            learner::Column::UpdatedAt,
            Expr::value(crate::infra::clock::now()),
        )
        .filter(learner::Column::Id.eq(l.id))
        .filter(learner::Column::UnitId.eq(unit.id))
        .exec(&txn)
        .await?;
    // A new move starts afresh: the decision on an earlier request is no longer the learner's.
    if moved.rows_affected == 1 {
        transfer_request::Entity::delete_by_id(l.id).exec(&txn).await?;
    }
    let change = Move {
        action: "learner.transfer_out",
        unit: &unit,
        late,
        taken: "该学员刚被他人调动，请刷新后再试",
    };
    finish_move(txn, callers, actor, &l, moved.rows_affected, change).await
}

/// 调进: moves a transferring learner into a unit, by that unit's administrators or by the
/// learner itself.
pub async fn transfer_in(
    db: &DatabaseConnection,
    callers: &Callers,
    actor: &Actor,
    phone: &str,
    unit_id: i32,
) -> AppResult<learner::Model> {
    let phone = PhoneNumber::parse(phone)?;
    let target = crate::domain::org::find_unit_in_province(db, actor, unit_id).await?;
    let account = account::Entity::find()
        .filter(account::Column::Phone.eq(phone.as_str()))
        .one(db)
        .await?;
    let l = match account {
        Some(a) => {
            learner::Entity::find()
                .filter(learner::Column::AccountId.eq(a.id))
                .one(db)
                .await?
        }
        None => None,
    };
    // Only the new unit's administrators, or the learner itself, move a learner in: anyone
    // else is refused whatever the phone, before anything about it is told.
    let by_self = l.as_ref().is_some_and(|l| actor.is_self(l));
    let by_admin = actor.manages_unit(&target);
    if !by_self && !by_admin {
        return Err(AppError::forbidden("只有新单位的管理员或学员本人可以办理调进"));
    }
    // One answer for a phone nobody has, a learner of another province, and a learner on a
    // roster the caller does not manage: an administrator learns nothing about a phone it
    // cannot take in (issue 26: the messages told "on a roster elsewhere" from "no such phone").
    let no_such_learner = || {
        AppError::new(
            Code::NotFound,
            format!(
                "手机号 {phone} 没有可调进的学员：新学员请在名单中直接添加；仍在其他单位名单中的，\
                 须由原单位先办理调出（本人可联系原单位）"
            ),
        )
    };
    let Some(l) = l else {
        return Err(no_such_learner());
    };
    // Transfers stay inside a province: a learner whose unit (or last unit, while between
    // units) lies in another province answers exactly like a phone nobody has, so another
    // province's administrator can neither take the account nor learn that it exists. A
    // learner still on a roster the caller does not manage answers alike too.
    if !by_self {
        let home = match l.unit_id.or(l.last_unit_id) {
            Some(id) => unit::Entity::find_by_id(id).one(db).await?,
            None => None,
        };
        let Some(home) = home.filter(|u| scope::same_province(&u.region_path, &target.region_path)) else {
            return Err(no_such_learner());
        };
        if l.unit_id.is_some_and(|id| id != target.id) && !actor.manages_unit(&home) {
            return Err(no_such_learner());
        }
    }
    match l.unit_id {
        Some(id) if id == target.id => return Err(AppError::conflict(format!("{phone} 已在本单位名单中"))),
        Some(_) => {
            return Err(AppError::conflict(format!(
                "{phone} 仍在原单位名单中，请原单位管理员先办理调出"
            )));
        }
        None => {}
    }
    // After the verification deadline a unit's roster changes only by its administrators: a
    // learner's own move waits for the unit (or its district) to accept it, so nobody can
    // carry a failure into a unit that cannot remove him.
    let frozen = campaign::roster_frozen(db, &target.region_path).await?;
    if frozen && !by_admin {
        let txn = db.begin().await?;
        let now = crate::infra::clock::now();
        transfer_request::Entity::insert(transfer_request::ActiveModel {
            learner_id: Set(l.id),
            unit_id: Set(target.id),
            requested_at: Set(now),
            status: Set(TransferStatus::Pending),
            decided_at: Set(None),
        })
        .on_conflict(
            OnConflict::column(transfer_request::Column::LearnerId)
                .update_columns([
                    transfer_request::Column::UnitId,
                    transfer_request::Column::RequestedAt,
                    transfer_request::Column::Status,
                    transfer_request::Column::DecidedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
        audit_learner(
            &txn,
            actor,
            &l,
            LearnerChange {
                action: "learner.transfer_request",
                unit: &target,
                before: None,
                after: Some(json!({"unitId": target.id, "phone": phone.as_str()})),
                late: true,
            },
        )
        .await?;
        txn.commit().await?;
        return Ok(l);
    }
    move_in(db, callers, actor, &l, &target, frozen).await
}

/// A learner's own moves into `unit` after the deadline, waiting for acceptance.
pub async fn pending_transfers_in(
    db: &DatabaseConnection,
    actor: &Actor,
    unit_id: i32,
) -> AppResult<Vec<(learner::Model, chrono::DateTime<Utc>)>> {
    let unit = crate::domain::org::find_unit(db, actor, unit_id).await?;
    scope::require(true, actor.manages_unit(&unit), "查看调进申请")?;
    let requests = transfer_request::Entity::find()
        .filter(transfer_request::Column::UnitId.eq(unit.id))
        .filter(transfer_request::Column::Status.eq(TransferStatus::Pending))
        .order_by_asc(transfer_request::Column::RequestedAt)
        .all(db)
        .await?;
    let ids: Vec<i32> = requests.iter().map(|r| r.learner_id).collect();
    let learners: HashMap<i32, learner::Model> = learner::Entity::find()
        .filter(learner::Column::Id.is_in(ids))
        .filter(learner::Column::UnitId.is_null())
        .all(db)
        .await?
        .into_iter()
        .map(|l| (l.id, l))
        .collect();
    Ok(requests
        .into_iter()
        .filter_map(|r| learners.get(&r.learner_id).cloned().map(|l| (l, r.requested_at)))
        .collect())
}

/// The unit a learner asked to move into after the deadline, while it waits.
pub async fn pending_transfer_of(db: &DatabaseConnection, learner_id: i32) -> AppResult<Option<unit::Model>> {
    Ok(match transfer_request_of(db, learner_id).await? {
        Some((r, unit)) if r.status == TransferStatus::Pending => Some(unit),
        _ => None,
    })
}

/// A learner's own latest move into a unit after the deadline and that unit: waiting,
/// accepted or refused (kept until the learner is transferred out again).
pub async fn transfer_request_of<C: ConnectionTrait>(
    db: &C,
    learner_id: i32,
) -> AppResult<Option<(transfer_request::Model, unit::Model)>> {
    let Some(request) = transfer_request::Entity::find_by_id(learner_id).one(db).await? else {
        return Ok(None);
    };
    Ok(unit::Entity::find_by_id(request.unit_id)
        .one(db)
        .await?
        .map(|u| (request, u)))
}

/// The unit's administrator (or an office above it) refuses a learner's own move into it; the
/// learner is told, and may ask another unit.
pub async fn refuse_transfer_in(db: &DatabaseConnection, actor: &Actor, learner_id: i32) -> AppResult<()> {
    let request = transfer_request::Entity::find_by_id(learner_id)
        .one(db)
        .await?
        .filter(|r| r.status == TransferStatus::Pending)
        .ok_or_else(AppError::not_found)?;
    let target = unit::Entity::find_by_id(request.unit_id)
        .one(db)
        .await?
        .filter(|u| actor.manages_unit(u))
        .ok_or_else(AppError::not_found)?;
    let l = learner::Entity::find_by_id(learner_id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    let txn = db.begin().await?;
    let decided = transfer_request::Entity::update_many()
        .col_expr(
            transfer_request::Column::Status,
            Expr::value(TransferStatus::Refused),
        )
        .col_expr(
            transfer_request::Column::DecidedAt,
            Expr::value(crate::infra::clock::now()),
        )
        .filter(transfer_request::Column::LearnerId.eq(l.id))
        .filter(transfer_request::Column::UnitId.eq(target.id))
        .filter(transfer_request::Column::Status.eq(TransferStatus::Pending))
        .exec(&txn)
        .await?;
    if decided.rows_affected != 1 {
        return Err(AppError::conflict("该调进申请刚被处理，请刷新后再试"));
    }
    audit_learner(
        &txn,
        actor,
        &l,
        LearnerChange {
            action: "learner.transfer_refuse",
            unit: &target,
            before: Some(json!({"unitId": target.id, "status": "PENDING"})),
            after: Some(json!({"unitId": target.id, "status": "REFUSED"})),
            late: true,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The unit's administrator (or an office above it) accepts a learner's own move into it.
pub async fn accept_transfer_in(
    db: &DatabaseConnection,
    callers: &Callers,
    actor: &Actor,
    learner_id: i32,
) -> AppResult<learner::Model> {
    let request = transfer_request::Entity::find_by_id(learner_id)
        .one(db)
        .await?
        .filter(|r| r.status == TransferStatus::Pending)
        .ok_or_else(AppError::not_found)?;
    let target = unit::Entity::find_by_id(request.unit_id)
        .one(db)
        .await?
        .filter(|u| actor.manages_unit(u))
        .ok_or_else(AppError::not_found)?;
    let l = learner::Entity::find_by_id(learner_id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    if l.unit_id.is_some() {
        return Err(AppError::conflict(
            "该调进申请已失效：该学员已不在调动中，请刷新后查看",
        ));
    }
    let frozen = campaign::roster_frozen(db, &target.region_path).await?;
    move_in(db, callers, actor, &l, &target, frozen).await
}

/// Puts a learner between units onto `target`'s roster; `late` marks a change after the
/// verification deadline in the audit log.
async fn move_in(
    db: &DatabaseConnection,
    callers: &Callers,
    actor: &Actor,
    l: &learner::Model,
    target: &unit::Model,
    late: bool,
) -> AppResult<learner::Model> {
    let txn = db.begin().await?;
    // The learner's own request into this unit is accepted by the move; one into another unit
    // is moot.
    transfer_request::Entity::update_many()
        .col_expr(
            transfer_request::Column::Status,
            Expr::value(TransferStatus::Accepted),
        )
        .col_expr(
            transfer_request::Column::DecidedAt,
            Expr::value(crate::infra::clock::now()),
        )
        .filter(transfer_request::Column::LearnerId.eq(l.id))
        .filter(transfer_request::Column::UnitId.eq(target.id))
        .filter(transfer_request::Column::Status.eq(TransferStatus::Pending))
        .exec(&txn)
        .await?;
    transfer_request::Entity::delete_many()
        .filter(transfer_request::Column::LearnerId.eq(l.id))
        .filter(transfer_request::Column::UnitId.ne(target.id))
        .exec(&txn)
        .await?;
    let moved = learner::Entity::update_many()
        .col_expr(learner::Column::UnitId, Expr::value(target.id))
        .col_expr(learner::Column::Status, Expr::value(EmploymentStatus::InService))
        .col_expr(learner::Column::StatusSince, Expr::value(clock::today()))
        .col_expr(
            learner::Column::UpdatedAt,
            Expr::value(crate::infra::clock::now()),
        )
        .filter(learner::Column::Id.eq(l.id))
        .filter(learner::Column::UnitId.is_null())
        .exec(&txn)
        .await?;
    let change = Move {
        action: "learner.transfer_in",
        unit: target,
        late,
        taken: "该学员刚被其他单位调进，请刷新后再试",
    };
    finish_move(txn, callers, actor, l, moved.rows_affected, change).await
}

/// A transfer's conditional update, as it ended.
struct Move<'a> {
    action: &'a str,
    /// The unit the learner left or joined.
    unit: &'a unit::Model,
    late: bool,
    /// The refusal when another change moved the learner first (the update touched no row).
    taken: &'a str,
}

/// Ends a transfer: refused when another got there first, otherwise settled and committed,
/// retiring the learner's cached caller.
async fn finish_move(
    txn: DatabaseTransaction,
    callers: &Callers,
    actor: &Actor,
    before: &learner::Model,
    rows_affected: u64,
    change: Move<'_>,
) -> AppResult<learner::Model> {
    if rows_affected != 1 {
        return Err(AppError::conflict(change.taken));
    }
    let updated = learner::Entity::find_by_id(before.id)
        .one(&txn)
        .await?
        .ok_or_else(AppError::not_found)?;
    settle_change(
        &txn,
        actor,
        Some(before),
        &updated,
        change.unit,
        change.action,
        change.late,
    )
    .await?;
    callers.commit(txn, &[updated.account_id]).await?;
    Ok(updated)
}
