//! Exam sessions (考试场次) and exam-centre seats (考试中心): scheduling a unit's own session or
//! a centre's with seats, inside the campaign's window and on a bank that can fill a paper;
//! booking seats; the sessions a caller sits or administers; and changing a session after it
//! was scheduled (move or cancel one that has not started, list a centre's bookings, cancel a
//! seat).
//!
//! Rules for changes: only a session that has not started may change; its new times lie in
//! the future, inside the campaign's window, and last at least the exam's duration; a session
//! in which a learner has started an attempt never changes; a centre session with booked seats
//! is not cancelled until those bookings are cancelled or moved (nobody is left with a seat in
//! a session that no longer exists). Every change is audited.
//!
//! Seats are booked while a learner booked now could still sit the whole exam in the session:
//! until the exam's duration before it ends ([`booking_closes_at`]). A session that has
//! started (a centre's may run for days) stays open for booking until then; its bookings are
//! no longer cancelled once it has started.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use entity::{campaign, exam_attempt, exam_session, learner, seat_booking, unit};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set, TransactionTrait,
};
use serde_json::json;

use super::bank::check_bank;
use crate::domain::audit::{self, Change};
use crate::domain::campaign as campaigns;
use crate::domain::ids::{CampaignId, LearnerId, RegionId, SessionId, UnitId};
use crate::domain::{org, roster};
use crate::error::{AppError, AppResult};
use crate::infra::clock;
use crate::scope::{self, Actor, Role};

pub use entity::exam_session::ExamKind;

/// Refuses a session outside the campaign's window of its kind, or ending before it starts.
pub fn check_window(
    c: &campaign::Model,
    kind: ExamKind,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
) -> AppResult<()> {
    if ends_at <= starts_at {
        return Err(AppError::bad_input("结束时间须晚于开始时间"));
    }
    let (start, end, name) = match kind {
        ExamKind::Main => (c.main_start, c.main_end, "统一考试"),
        ExamKind::Makeup => (c.makeup_start, c.makeup_end, "补考"),
    };
    let first = starts_at.with_timezone(&clock::CHINA).date_naive();
    let last = ends_at.with_timezone(&clock::CHINA).date_naive();
    if first < start || last > end {
        return Err(AppError::bad_input(format!(
            "startsAt/endsAt：场次须在{name}时间 {start} 至 {end} 之内"
        )));
    }
    Ok(())
}

/// The times of a session being created or moved: inside the campaign's window of its kind,
/// not started yet, and at least the exam's duration long (a learner starting on time must
/// have the whole exam).
pub fn check_times(
    c: &campaign::Model,
    kind: ExamKind,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
) -> AppResult<()> {
    if starts_at <= crate::infra::clock::now() {
        return Err(AppError::bad_input("开始时间已过，请选择以后的时间"));
    }
    check_window(c, kind, starts_at, ends_at)?;
    if ends_at - starts_at < Duration::minutes(i64::from(c.duration_minutes)) {
        return Err(AppError::bad_input(format!(
            "场次时长不能短于考试时长 {} 分钟",
            c.duration_minutes
        )));
    }
    Ok(())
}

/// Where a session takes place: a unit's own room, or an exam centre (考试中心) a city runs
/// with a number of seats.
pub enum SessionPlace<'a> {
    Unit {
        unit_id: i32,
        region_path: &'a str,
    },
    Centre {
        region_path: &'a str,
        name: &'a str,
        seats: i32,
    },
}

/// A new session row, not yet inserted: the one place that fills in a session's columns
/// (scheduling, the demo and the generator all build sessions through it).
pub fn new_session(
    campaign_id: i32,
    kind: ExamKind,
    place: SessionPlace<'_>,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    created_by: i32,
    created_at: DateTime<Utc>,
) -> exam_session::ActiveModel {
    let (unit_id, region_path, centre_name, seats) = match place {
        SessionPlace::Unit { unit_id, region_path } => (Some(unit_id), region_path, None, None),
        SessionPlace::Centre {
            region_path,
            name,
            seats,
        } => (None, region_path, Some(name.to_owned()), Some(seats)),
    };
    exam_session::ActiveModel {
        campaign_id: Set(campaign_id),
        kind: Set(kind),
        unit_id: Set(unit_id),
        region_path: Set(region_path.to_owned()),
        centre_name: Set(centre_name),
        seats: Set(seats),
        booked: Set(0),
        starts_at: Set(starts_at),
        ends_at: Set(ends_at),
        created_by: Set(created_by),
        created_at: Set(created_at),
        ..Default::default()
    }
}

/// A unit's own session, by its administrator or an office above it.
pub async fn schedule_session(
    db: &DatabaseConnection,
    actor: &Actor,
    CampaignId(campaign_id): CampaignId,
    UnitId(unit_id): UnitId,
    kind: ExamKind,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
) -> AppResult<exam_session::Model> {
    let c = campaigns::find(db, actor, campaign_id).await?;
    let u = org::find_unit(db, actor, unit_id).await?;
    scope::require(true, actor.manages_unit(&u), "为该单位安排考试场次")?;
    if !u.has_internet {
        return Err(AppError::bad_input(
            "该单位无网络条件，请由区委法制办为其学员预约考试中心的座位",
        ));
    }
    let place = SessionPlace::Unit {
        unit_id: u.id,
        region_path: &u.region_path,
    };
    open_session(db, actor, &c, kind, place, (starts_at, ends_at)).await
}

/// Writes a session the caller may open, once its times fit the campaign and the bank can
/// fill its papers.
async fn open_session(
    db: &DatabaseConnection,
    actor: &Actor,
    c: &campaign::Model,
    kind: ExamKind,
    place: SessionPlace<'_>,
    (starts_at, ends_at): (DateTime<Utc>, DateTime<Utc>),
) -> AppResult<exam_session::Model> {
    check_times(c, kind, starts_at, ends_at)?;
    check_bank(db, c).await?;
    Ok(new_session(
        c.id,
        kind,
        place,
        starts_at,
        ends_at,
        actor.account_id,
        crate::infra::clock::now(),
    )
    .insert(db)
    .await?)
}

/// An exam-centre session as a city office asks for it.
pub struct NewCentreSession<'a> {
    pub campaign: CampaignId,
    /// The city whose centre it is.
    pub region: RegionId,
    pub centre_name: &'a str,
    pub kind: ExamKind,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub seats: i32,
}

/// An exam-centre session with seats, by a city office (or the province).
pub async fn create_centre_session(
    db: &DatabaseConnection,
    actor: &Actor,
    session: NewCentreSession<'_>,
) -> AppResult<exam_session::Model> {
    let NewCentreSession {
        campaign: CampaignId(campaign_id),
        region: RegionId(region_id),
        centre_name,
        kind,
        starts_at,
        ends_at,
        seats,
    } = session;
    let c = campaigns::find(db, actor, campaign_id).await?;
    let region = org::find_region(db, actor, region_id).await?;
    if org::level_of(&region)? != scope::Level::City {
        return Err(AppError::bad_input("考试中心由市级开设，请选择市"));
    }
    scope::require(
        true,
        actor.may_appoint(Role::CityAdmin, &region.path, None),
        "开设考试中心场次（市委法制办）",
    )?;
    let name = centre_name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(AppError::bad_input("考试中心名称不能为空，且不超过 100 字"));
    }
    if !(1..=10_000).contains(&seats) {
        return Err(AppError::bad_input("座位数应在 1 至 10000 之间"));
    }
    let place = SessionPlace::Centre {
        region_path: &region.path,
        name,
        seats,
    };
    open_session(db, actor, &c, kind, place, (starts_at, ends_at)).await
}

/// A session as it stands, without a scope check: for [`find_session`], and to answer with
/// the count of seats a booking or a cancellation has just committed.
async fn session_by_id(db: &DatabaseConnection, id: i32) -> AppResult<exam_session::Model> {
    exam_session::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)
}

pub async fn find_session(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<exam_session::Model> {
    let s = session_by_id(db, id).await?;
    if scope::sees_session(db, actor, &s).await? {
        Ok(s)
    } else {
        Err(AppError::not_found())
    }
}

/// Until when seats of an exam-centre session can be booked (none for a unit's own session):
/// while a learner booked now could still sit the whole exam in it, that is until the exam's
/// duration before the session ends, whether or not it has started.
pub fn booking_closes_at(s: &exam_session::Model, c: &campaign::Model) -> Option<DateTime<Utc>> {
    s.seats
        .map(|_| s.ends_at - Duration::minutes(i64::from(c.duration_minutes)))
}

/// [`booking_closes_at`] of a session, reading its campaign (none for a unit's own session).
pub async fn bookable_until(
    db: &DatabaseConnection,
    s: &exam_session::Model,
) -> AppResult<Option<DateTime<Utc>>> {
    if s.seats.is_none() {
        return Ok(None);
    }
    let c = campaign::Entity::find_by_id(s.campaign_id).one(db).await?;
    Ok(c.and_then(|c| booking_closes_at(s, &c)))
}

/// Books seats for learners of the district office's units without internet. Seats are never
/// overbooked: the count rises in one conditional update, whatever arrives at once.
pub async fn book_seats(
    db: &DatabaseConnection,
    actor: &Actor,
    session_id: i32,
    learner_ids: &[i32],
) -> AppResult<exam_session::Model> {
    let s = find_session(db, actor, session_id).await?;
    let Some(seats) = s.seats else {
        return Err(AppError::bad_input("这不是考试中心的场次，无需预约座位"));
    };
    let c = campaign::Entity::find_by_id(s.campaign_id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    if let Some(closes) = booking_closes_at(&s, &c)
        && crate::infra::clock::now() >= closes
    {
        return Err(AppError::new(
            crate::error::Code::ExamClosed,
            format!(
                "该场次 {} 结束，剩余时间已不足一场考试（{} 分钟），不能再预约座位；请预约之后的场次",
                s.ends_at.with_timezone(&clock::CHINA).format("%Y-%m-%d %H:%M"),
                c.duration_minutes
            ),
        ));
    }
    if learner_ids.is_empty() || learner_ids.len() > 1000 {
        return Err(AppError::bad_input("一次预约 1 至 1000 名学员"));
    }
    let mut wanted: Vec<i32> = learner_ids.to_vec();
    wanted.sort_unstable();
    wanted.dedup();
    for id in &wanted {
        let l = roster::find_learner(db, actor, *id).await?;
        let u = roster::unit_of(db, &l).await?.ok_or_else(AppError::not_found)?;
        if !actor.is_office_over(&u.region_path) {
            return Err(AppError::forbidden("考试中心座位由区委法制办（或以上）预约"));
        }
        if !scope::within(&u.region_path, &s.region_path) {
            return Err(AppError::bad_input(format!(
                "{} 所在单位不在该考试中心所属的市",
                l.name
            )));
        }
        if u.has_internet {
            return Err(AppError::bad_input(format!(
                "{} 所在单位有网络条件，应在本单位参加考试",
                l.name
            )));
        }
    }
    let txn = db.begin().await?;
    let already: HashSet<i32> = seat_booking::Entity::find()
        .filter(seat_booking::Column::SessionId.eq(s.id))
        .filter(seat_booking::Column::LearnerId.is_in(wanted.iter().copied()))
        .all(&txn)
        .await?
        .into_iter()
        .map(|b| b.learner_id)
        .collect();
    let new: Vec<i32> = wanted.into_iter().filter(|id| !already.contains(id)).collect();
    check_one_seat_per_window(&txn, &s, &new).await?;
    if !new.is_empty() {
        let n = new.len() as i32;
        let claimed = exam_session::Entity::update_many()
            .col_expr(
                exam_session::Column::Booked,
                ExprTrait::add(Expr::col(exam_session::Column::Booked), n),
            )
            .filter(exam_session::Column::Id.eq(s.id))
            .filter(ExprTrait::lte(
                ExprTrait::add(Expr::col(exam_session::Column::Booked), n),
                seats,
            ))
            .exec(&txn)
            .await?;
        if claimed.rows_affected != 1 {
            let current = exam_session::Entity::find_by_id(s.id)
                .one(&txn)
                .await?
                .map(|x| x.booked)
                .unwrap_or(seats);
            return Err(AppError::conflict(format!(
                "座位不足：该场次共 {seats} 座，剩余 {} 座，本次需要 {n} 座",
                Ord::max(seats - current, 0)
            )));
        }
        let now = crate::infra::clock::now();
        let rows: Vec<seat_booking::ActiveModel> = new
            .iter()
            .map(|id| seat_booking::ActiveModel {
                session_id: Set(s.id),
                learner_id: Set(*id),
                booked_by: Set(actor.account_id),
                booked_at: Set(now),
                ..Default::default()
            })
            .collect();
        seat_booking::Entity::insert_many(rows)
            .exec_without_returning(&txn)
            .await?;
    }
    txn.commit().await?;
    session_by_id(db, s.id).await
}

/// Sessions a caller may sit or administer: a learner's unit sessions and booked centre
/// sessions; for administrators, a unit's sessions (and the centres of its city).
pub async fn sessions(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    unit_id: Option<i32>,
) -> AppResult<Vec<exam_session::Model>> {
    let c = campaigns::find(db, actor, campaign_id).await?;
    match unit_id {
        Some(id) => {
            let u = org::find_unit(db, actor, id).await?;
            let city = &u.region_path[..u.region_path.len().min(12)];
            Ok(exam_session::Entity::find()
                .filter(exam_session::Column::CampaignId.eq(c.id))
                .filter(
                    sea_orm::Condition::any()
                        .add(exam_session::Column::UnitId.eq(u.id))
                        .add(
                            sea_orm::Condition::all()
                                .add(exam_session::Column::UnitId.is_null())
                                .add(exam_session::Column::RegionPath.eq(city)),
                        ),
                )
                .order_by_asc(exam_session::Column::StartsAt)
                .all(db)
                .await?)
        }
        None => learner_sessions(db, actor, &c).await,
    }
}

/// The sessions of campaign `c` the calling learner may sit: its unit's, and the exam-centre
/// sessions it holds a seat in (one statement: the exam page asks on every visit).
pub async fn learner_sessions(
    db: &DatabaseConnection,
    actor: &Actor,
    c: &campaign::Model,
) -> AppResult<Vec<exam_session::Model>> {
    let Some(own) = &actor.learner else {
        return Ok(Vec::new());
    };
    let booked = seat_booking::Entity::find()
        .select_only()
        .column(seat_booking::Column::SessionId)
        .filter(seat_booking::Column::LearnerId.eq(own.learner_id))
        .into_query();
    let mut any = sea_orm::Condition::any().add(exam_session::Column::Id.in_subquery(booked));
    if let Some(unit) = own.unit_id {
        any = any.add(exam_session::Column::UnitId.eq(unit));
    }
    Ok(exam_session::Entity::find()
        .filter(exam_session::Column::CampaignId.eq(c.id))
        .filter(any)
        .order_by_asc(exam_session::Column::StartsAt)
        .all(db)
        .await?)
}

/// The unit of an exam-centre or unit session, for display.
pub async fn session_unit(
    db: &DatabaseConnection,
    s: &exam_session::Model,
) -> AppResult<Option<unit::Model>> {
    match s.unit_id {
        Some(id) => Ok(unit::Entity::find_by_id(id).one(db).await?),
        None => Ok(None),
    }
}

async fn changeable(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    what: &str,
) -> AppResult<exam_session::Model> {
    let s = find_session(db, actor, id).await?;
    scope::require(true, scope::changes_session(db, actor, &s).await?, what)?;
    if s.starts_at <= crate::infra::clock::now() {
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
        "kind": sea_orm::ActiveEnum::to_value(&s.kind),
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
    check_times(&c, s.kind, starts_at, ends_at)?;
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
        .filter(exam_session::Column::StartsAt.gt(crate::infra::clock::now()))
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
    CampaignId(campaign_id): CampaignId,
    RegionId(region_id): RegionId,
) -> AppResult<Vec<exam_session::Model>> {
    let c = campaigns::find(db, actor, campaign_id).await?;
    let region = org::find_region(db, actor, region_id).await?;
    scope::require(true, actor.manages_region(&region), "查看考试中心场次")?;
    let city = &region.path[..region.path.len().min(12)];
    Ok(exam_session::Entity::find()
        .filter(exam_session::Column::CampaignId.eq(c.id))
        .filter(exam_session::Column::UnitId.is_null())
        .filter(scope::within_subtree(exam_session::Column::RegionPath, city))
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
    let s = find_session(db, actor, session_id).await?;
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
    // Units the caller cannot see hold no learner of a district it is the office of.
    let units = org::units_by_id(db, actor, &unit_ids).await?;
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

/// A seat one of a unit's learners holds in an exam-centre session.
pub struct UnitSeat {
    pub session: exam_session::Model,
    pub learner: learner::Model,
    pub booking: seat_booking::Model,
}

/// The seats a unit's learners hold in the campaign's exam-centre sessions (booked by the
/// district office), for the unit's administrators and the offices above: where and when its
/// learners sit, read-only. The centre's sessions and other units' bookings stay the offices'.
/// A learner transferring out counts with its last unit, as in `bookings`. Earliest session
/// first, then by name (pinyin order).
pub async fn unit_seats(
    db: &DatabaseConnection,
    actor: &Actor,
    CampaignId(campaign_id): CampaignId,
    UnitId(unit_id): UnitId,
) -> AppResult<Vec<UnitSeat>> {
    let c = campaigns::find(db, actor, campaign_id).await?;
    let u = org::find_unit(db, actor, unit_id).await?;
    scope::require(true, actor.manages_unit(&u), "查看本单位学员的考试中心座位")?;
    let own_learners = sea_orm::sea_query::Query::select()
        .column(learner::Column::Id)
        .from(learner::Entity)
        .cond_where(
            sea_orm::Condition::any()
                .add(learner::Column::UnitId.eq(u.id))
                .add(
                    sea_orm::Condition::all()
                        .add(learner::Column::UnitId.is_null())
                        .add(learner::Column::LastUnitId.eq(u.id)),
                ),
        )
        .to_owned();
    let centre_sessions = sea_orm::sea_query::Query::select()
        .column(exam_session::Column::Id)
        .from(exam_session::Entity)
        .and_where(exam_session::Column::CampaignId.eq(c.id))
        .and_where(exam_session::Column::UnitId.is_null())
        .to_owned();
    let rows = seat_booking::Entity::find()
        .filter(seat_booking::Column::LearnerId.in_subquery(own_learners))
        .filter(seat_booking::Column::SessionId.in_subquery(centre_sessions))
        .all(db)
        .await?;
    let sessions: HashMap<i32, exam_session::Model> = exam_session::Entity::find()
        .filter(exam_session::Column::Id.is_in(rows.iter().map(|b| b.session_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let learners: HashMap<i32, learner::Model> = learner::Entity::find()
        .filter(learner::Column::Id.is_in(rows.iter().map(|b| b.learner_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|l| (l.id, l))
        .collect();
    let mut out: Vec<UnitSeat> = rows
        .into_iter()
        .filter_map(|booking| {
            Some(UnitSeat {
                session: sessions.get(&booking.session_id)?.clone(),
                learner: learners.get(&booking.learner_id)?.clone(),
                booking,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        (
            a.session.starts_at,
            a.session.id,
            &a.learner.name_key,
            a.learner.id,
        )
            .cmp(&(
                b.session.starts_at,
                b.session.id,
                &b.learner.name_key,
                b.learner.id,
            ))
    });
    Ok(out)
}

/// Cancels a learner's seat in a centre session that has not started; the seat is free again.
/// The offices over the learner's unit may. Audited.
pub async fn cancel_booking(
    db: &DatabaseConnection,
    actor: &Actor,
    SessionId(session_id): SessionId,
    LearnerId(learner_id): LearnerId,
) -> AppResult<exam_session::Model> {
    let s = find_session(db, actor, session_id).await?;
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
    if s.starts_at <= crate::infra::clock::now() {
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
    session_by_id(db, s.id).await
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
        .filter(exam_session::Column::Kind.eq(s.kind))
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
