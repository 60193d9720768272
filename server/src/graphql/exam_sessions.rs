//! Exam sessions after they are scheduled: moving and cancelling them, and the seats the
//! district offices book for their learners in the city's exam-centre sessions (考试中心).
use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, FixedOffset, Utc};

use super::ContextExt;
use super::exam::{ExamKind, ExamSession};
use super::types::{Learner, Unit, cst};
use crate::domain::exam_schedule;
use crate::domain::ids::{CampaignId, LearnerId, RegionId, SessionId, UnitId};
use crate::graphql::ids::{self, Kind};

/// New times for an exam session that has not started.
#[derive(InputObject)]
pub struct UpdateExamSessionInput {
    /// In the future, inside the campaign's window for the session's kind.
    starts_at: DateTime<FixedOffset>,
    /// At least the exam's duration after `startsAt`.
    ends_at: DateTime<FixedOffset>,
}

/// A learner's seat in an exam-centre session.
#[derive(SimpleObject)]
pub struct SeatBooking {
    learner: Learner,
    /// The learner's unit (its last unit while transferring).
    unit: Option<Unit>,
    booked_at: DateTime<FixedOffset>,
}

/// A seat one of a unit's learners holds in an exam-centre session, as the unit sees it: where
/// and when, not the centre's other bookings.
#[derive(SimpleObject)]
pub struct UnitExamCentreSeat {
    centre_name: String,
    kind: ExamKind,
    starts_at: DateTime<FixedOffset>,
    ends_at: DateTime<FixedOffset>,
    learner: Learner,
    booked_at: DateTime<FixedOffset>,
}

#[derive(Default)]
pub struct ExamSessionsQuery;

#[Object]
impl ExamSessionsQuery {
    /// The exam-centre sessions (考试中心) an office works with: a city's own, a district's
    /// city's (where it books seats), every city's for the province. Earliest first.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::ROWS, child_complexity)")]
    async fn exam_centre_sessions(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        region_id: ID,
    ) -> Result<Vec<ExamSession>> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        let region = ids::decode(Kind::Region, &region_id)?;
        Ok(
            exam_schedule::centre_sessions(&ctx.state()?.db, actor, CampaignId(campaign), RegionId(region))
                .await?
                .into_iter()
                .map(ExamSession)
                .collect(),
        )
    }

    /// Who is booked in an exam-centre session, as far as the caller administers them (a
    /// district office sees its own learners, the city office everybody), in booking order.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::ROWS, child_complexity)")]
    async fn exam_centre_bookings(&self, ctx: &Context<'_>, session_id: ID) -> Result<Vec<SeatBooking>> {
        let actor = ctx.actor()?;
        let session = ids::decode(Kind::ExamSession, &session_id)?;
        Ok(exam_schedule::bookings(&ctx.state()?.db, actor, session)
            .await?
            .into_iter()
            .map(|b| SeatBooking {
                learner: Learner(b.learner),
                unit: b.unit.map(Unit),
                booked_at: cst(b.booking.booked_at),
            })
            .collect())
    }

    /// The seats the unit's learners hold in the campaign's exam-centre sessions (booked by
    /// the district office), for the unit's administrators and the offices above; earliest
    /// first, then by name. Read-only.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::ROWS, child_complexity)")]
    async fn unit_exam_centre_seats(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        unit_id: ID,
    ) -> Result<Vec<UnitExamCentreSeat>> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        let unit = ids::decode(Kind::Unit, &unit_id)?;
        Ok(
            exam_schedule::unit_seats(&ctx.state()?.db, actor, CampaignId(campaign), UnitId(unit))
                .await?
                .into_iter()
                .map(|s| UnitExamCentreSeat {
                    centre_name: s.session.centre_name.unwrap_or_default(),
                    kind: s.session.kind.into(),
                    starts_at: cst(s.session.starts_at),
                    ends_at: cst(s.session.ends_at),
                    learner: Learner(s.learner),
                    booked_at: cst(s.booking.booked_at),
                })
                .collect(),
        )
    }
}

#[derive(Default)]
pub struct ExamSessionsMutation;

#[Object]
impl ExamSessionsMutation {
    /// Moves an exam session that has not started (a unit's by its administrator or an office
    /// above; a centre's by the city office). Refused once a learner has started in it, for
    /// times in the past, outside the window or shorter than the exam. Audited.
    async fn update_exam_session(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: UpdateExamSessionInput,
    ) -> Result<ExamSession> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::ExamSession, &id)?;
        Ok(ExamSession(
            exam_schedule::update_session(
                &ctx.state()?.db,
                actor,
                id,
                input.starts_at.with_timezone(&Utc),
                input.ends_at.with_timezone(&Utc),
            )
            .await?,
        ))
    }

    /// Cancels an exam session that has not started. Refused once a learner has started in
    /// it, and for a centre session while seats are booked (cancel those first). Audited.
    async fn cancel_exam_session(&self, ctx: &Context<'_>, id: ID) -> Result<bool> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::ExamSession, &id)?;
        exam_schedule::cancel_session(&ctx.state()?.db, actor, id).await?;
        Ok(true)
    }

    /// Cancels a learner's seat in an exam-centre session that has not started (the district
    /// office over the learner, or above); the seat is free again. Audited.
    async fn cancel_exam_center_booking(
        &self,
        ctx: &Context<'_>,
        session_id: ID,
        learner_id: ID,
    ) -> Result<ExamSession> {
        let actor = ctx.actor()?;
        let session = ids::decode(Kind::ExamSession, &session_id)?;
        let learner = ids::decode(Kind::Learner, &learner_id)?;
        Ok(ExamSession(
            exam_schedule::cancel_booking(&ctx.state()?.db, actor, SessionId(session), LearnerId(learner))
                .await?,
        ))
    }
}
