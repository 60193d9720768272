//! Changing exam sessions after they were scheduled, and exam-centre bookings (考试中心):
//! move or cancel a session that has not started, list a centre's bookings, cancel a seat.
//! Kept apart from `exam`, which creates sessions and books seats.
//!
//! Rules: only a session that has not started may change; its new times lie in the future,
//! inside the campaign's window, and last at least the exam's duration; a session in which a
//! learner has started an attempt never changes; a centre session with booked seats is not
//! cancelled until those bookings are cancelled or moved (nobody is left with a seat in a
//! session that no longer exists). Every change is audited.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use entity::{exam_attempt, exam_session, learner, seat_booking, unit};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set, TransactionTrait,
};
use serde_json::json;

use crate::clock;
use crate::domain::audit::{self, Change};
use crate::domain::campaign as campaigns;
use crate::domain::exam::{self, ExamKind};
use crate::domain::{org, roster};
use crate::error::{AppError, AppResult};
use crate::scope::{self, Actor, Role};

/// Whether the caller may change a session: a unit's session by its administrators and the
/// offices above; a centre's by the city office (or the province).
async fn may_change(db: &DatabaseConnection, actor: &Actor, s: &exam_session::Model) -> AppResult<bool> {
    match s.unit_id {
        Some(unit_id) => org::unit_managed(db, actor, unit_id).await,
        None => Ok(actor.may_appoint(Role::CityAdmin, &s.region_path, None)),
    }
}

async fn changeable(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    what: &str,
) -> AppResult<exam_session::Model> {
    let s = exam::find_session(db, actor, id).await?;
    scope::require(true, may_change(db, actor, &s).await?, what)?;
    if s.starts_at <= Utc::now() {
        return Err(AppError::bad_input(
            "该场次已开始（或已结束），不能再修改或取消；如需补救，请安排新的场次",
        ));
    }
    let started = exam_attempt::Entity::find()
        .filter(exam_attempt::Column::SessionId.eq(s.id))
        .count(db)
        .await?;
    if started > 0 {
        return Err(AppError::conflict(format!(
            "已有 {started} 名学员在该场次开始考试，不能修改或取消该场次"
        )));
    }
    Ok(s)
}

fn snapshot(s: &exam_session::Model) -> serde_json::Value {
    json!({
        "kind": s.kind,
        "startsAt": s.starts_at.with_timezone(&clock::CHINA).to_rfc3339(),
        "endsAt": s.ends_at.with_timezone(&clock::CHINA).to_rfc3339(),
        "centreName": s.centre_name,
        "seats": s.seats,
        "booked": s.booked,
    })
}

fn audit_change<'a>(
    actor: &Actor,
    action: &'a str,
    s: &'a exam_session::Model,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
) -> Change<'a> {
    Change {
        actor_account_id: Some(actor.account_id),
        action,
        target_kind: "exam_session",
        target_id: s.id,
        region_path: &s.region_path,
        unit_id: s.unit_id,
        before,
        after,
        late: false,
    }
}

/// Moves a session that has not started to new times (same kind, same place).
pub async fn update_session(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
) -> AppResult<exam_session::Model> {
    let s = changeable(db, actor, id, "修改该考试场次").await?;
    let c = campaigns::find(db, actor, s.campaign_id).await?;
    if starts_at <= Utc::now() {
        return Err(AppError::bad_input("startsAt：开始时间已过，请选择以后的时间"));
    }
    let kind = ExamKind::parse(&s.kind).ok_or_else(|| AppError::internal("session kind"))?;
    exam::check_window(&c, kind, starts_at, ends_at)?;
    if ends_at - starts_at < Duration::minutes(i64::from(c.duration_minutes)) {
        return Err(AppError::bad_input(format!(
            "endsAt：场次时长不能短于考试时长 {} 分钟",
            c.duration_minutes
        )));
    }
    let txn = db.begin().await?;
    let mut active: exam_session::ActiveModel = s.clone().into();
    active.starts_at = Set(starts_at);
    active.ends_at = Set(ends_at);
    let updated = active.update(&txn).await?;
    audit::record(
        &txn,
        audit_change(
            actor,
            "exam_session.update",
            &s,
            Some(snapshot(&s)),
            Some(snapshot(&updated)),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

/// Cancels a session that has not started. A centre session with booked seats is refused:
/// its bookings are cancelled (or moved) first, so no learner keeps a seat that is gone.
pub async fn cancel_session(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<()> {
    let s = changeable(db, actor, id, "取消该考试场次").await?;
    let txn = db.begin().await?;
    let booked = seat_booking::Entity::find()
        .filter(seat_booking::Column::SessionId.eq(s.id))
        .count(&txn)
        .await?;
    if booked > 0 {
        return Err(AppError::conflict(format!(
            "该场次已有 {booked} 名学员预约座位，请先取消这些预约（或为他们改约其他场次），再取消场次"
        )));
    }
    // Nobody may start between the check above and the deletion: the row goes only if it
    // still has not started.
    let deleted = exam_session::Entity::delete_many()
        .filter(exam_session::Column::Id.eq(s.id))
        .filter(exam_session::Column::StartsAt.gt(Utc::now()))
        .exec(&txn)
        .await?;
    if deleted.rows_affected != 1 {
        return Err(AppError::conflict("该场次已开始，不能取消"));
    }
    audit::record(
        &txn,
        audit_change(actor, "exam_session.cancel", &s, Some(snapshot(&s)), None),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The exam-centre sessions an office works with: a city's own; for a district office, its
/// city's (where it books seats); for the province, every city's. Earliest first.
pub async fn centre_sessions(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    region_id: i32,
) -> AppResult<Vec<exam_session::Model>> {
    let c = campaigns::find(db, actor, campaign_id).await?;
    let region = org::find_region(db, actor, region_id).await?;
    scope::require(true, actor.manages_region(&region), "查看考试中心场次")?;
    let city = &region.path[..region.path.len().min(12)];
    Ok(exam_session::Entity::find()
        .filter(exam_session::Column::CampaignId.eq(c.id))
        .filter(exam_session::Column::UnitId.is_null())
        .filter(exam_session::Column::RegionPath.starts_with(city))
        .order_by_asc(exam_session::Column::StartsAt)
        .order_by_asc(exam_session::Column::Id)
        .all(db)
        .await?)
}

/// One booked seat, with whom it is for.
pub struct Booking {
    pub booking: seat_booking::Model,
    pub learner: learner::Model,
    pub unit: Option<unit::Model>,
}

/// Who is booked in a centre session, as far as the caller administers them (a district
/// office sees its own district's learners, the city office everybody's), in booking order.
pub async fn bookings(db: &DatabaseConnection, actor: &Actor, session_id: i32) -> AppResult<Vec<Booking>> {
    let s = exam::find_session(db, actor, session_id).await?;
    if s.seats.is_none() {
        return Err(AppError::bad_input("这不是考试中心的场次，没有座位预约"));
    }
    let rows = seat_booking::Entity::find()
        .filter(seat_booking::Column::SessionId.eq(s.id))
        .order_by_asc(seat_booking::Column::Id)
        .all(db)
        .await?;
    let learner_ids: Vec<i32> = rows.iter().map(|b| b.learner_id).collect();
    let learners: HashMap<i32, learner::Model> = learner::Entity::find()
        .filter(learner::Column::Id.is_in(learner_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|l| (l.id, l))
        .collect();
    let unit_ids: Vec<i32> = learners
        .values()
        .filter_map(|l| l.unit_id.or(l.last_unit_id))
        .collect();
    let units: HashMap<i32, unit::Model> = unit::Entity::find()
        .filter(unit::Column::Id.is_in(unit_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let mut out = Vec::new();
    for booking in rows {
        let Some(l) = learners.get(&booking.learner_id) else {
            continue;
        };
        let u = l.unit_id.or(l.last_unit_id).and_then(|id| units.get(&id));
        if !u.is_some_and(|u| actor.is_office_over(&u.region_path)) {
            continue;
        }
        out.push(Booking {
            booking,
            learner: l.clone(),
            unit: u.cloned(),
        });
    }
    Ok(out)
}

/// Cancels a learner's seat in a centre session that has not started; the seat is free again.
/// The offices over the learner's unit may. Audited.
pub async fn cancel_booking(
    db: &DatabaseConnection,
    actor: &Actor,
    session_id: i32,
    learner_id: i32,
) -> AppResult<exam_session::Model> {
    let s = exam::find_session(db, actor, session_id).await?;
    let l = roster::find_learner(db, actor, learner_id).await?;
    let u = roster::unit_of(db, &l).await?.ok_or_else(AppError::not_found)?;
    scope::require(
        true,
        actor.is_office_over(&u.region_path),
        "取消考试中心座位（区委法制办或以上）",
    )?;
    if s.seats.is_none() {
        return Err(AppError::bad_input("这不是考试中心的场次，没有座位预约"));
    }
    if s.starts_at <= Utc::now() {
        return Err(AppError::bad_input("该场次已开始，不能再取消预约"));
    }
    let txn = db.begin().await?;
    let started = exam_attempt::Entity::find()
        .filter(exam_attempt::Column::SessionId.eq(s.id))
        .filter(exam_attempt::Column::LearnerId.eq(l.id))
        .count(&txn)
        .await?;
    if started > 0 {
        return Err(AppError::conflict(format!(
            "{} 已在该场次开始考试，不能取消预约",
            l.name
        )));
    }
    let deleted = seat_booking::Entity::delete_many()
        .filter(seat_booking::Column::SessionId.eq(s.id))
        .filter(seat_booking::Column::LearnerId.eq(l.id))
        .exec(&txn)
        .await?;
    if deleted.rows_affected == 0 {
        return Err(AppError::new(
            crate::error::Code::NotFound,
            format!("{} 没有预约该场次的座位", l.name),
        ));
    }
    exam_session::Entity::update_many()
        .col_expr(
            exam_session::Column::Booked,
            ExprTrait::sub(
                Expr::col(exam_session::Column::Booked),
                deleted.rows_affected as i32,
            ),
        )
        .filter(exam_session::Column::Id.eq(s.id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        Change {
            actor_account_id: Some(actor.account_id),
            action: "seat.cancel",
            target_kind: "learner",
            target_id: l.id,
            region_path: &u.region_path,
            unit_id: Some(u.id),
            before: Some(json!({
                "sessionId": s.id,
                "centreName": s.centre_name,
                "startsAt": s.starts_at.with_timezone(&clock::CHINA).to_rfc3339(),
                "name": l.name,
            })),
            after: None,
            late: false,
        },
    )
    .await?;
    txn.commit().await?;
    exam_session::Entity::find_by_id(s.id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)
}

/// One seat per learner per window: refuses learners who already hold a seat in another
/// centre session of the same campaign and kind (main or make-up).
pub async fn check_one_seat_per_window<C: ConnectionTrait>(
    db: &C,
    s: &exam_session::Model,
    learner_ids: &[i32],
) -> AppResult<()> {
    if learner_ids.is_empty() {
        return Ok(());
    }
    // Two bookings of one learner into two sessions at once: the first to write these rows
    // holds them until it commits, so the second then sees its seat (row locks on PostgreSQL,
    // the single writer on SQLite).
    learner::Entity::update_many()
        .col_expr(learner::Column::UpdatedAt, Expr::col(learner::Column::UpdatedAt))
        .filter(learner::Column::Id.is_in(learner_ids.iter().copied()))
        .exec(db)
        .await?;
    let others: Vec<i32> = exam_session::Entity::find()
        .filter(exam_session::Column::CampaignId.eq(s.campaign_id))
        .filter(exam_session::Column::Kind.eq(s.kind.as_str()))
        .filter(exam_session::Column::UnitId.is_null())
        .filter(exam_session::Column::Id.ne(s.id))
        .all(db)
        .await?
        .into_iter()
        .map(|x| x.id)
        .collect();
    if others.is_empty() {
        return Ok(());
    }
    let held = seat_booking::Entity::find()
        .filter(seat_booking::Column::SessionId.is_in(others))
        .filter(seat_booking::Column::LearnerId.is_in(learner_ids.iter().copied()))
        .one(db)
        .await?;
    if let Some(b) = held {
        let name = learner::Entity::find_by_id(b.learner_id)
            .one(db)
            .await?
            .map(|l| l.name)
            .unwrap_or_default();
        return Err(AppError::conflict(format!(
            "{name} 已预约本考试时间窗口内另一场考试中心的座位；每名学员每个窗口只能预约一个座位，请先取消原预约"
        )));
    }
    Ok(())
}
