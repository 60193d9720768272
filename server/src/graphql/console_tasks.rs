//! The console's remaining tasks: moving and cancelling exam sessions, exam-centre bookings,
//! passing an exemption to the district and opening its scan, editing and withdrawing
//! notices, and the administrators below a node.

use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, FixedOffset, Utc};

use super::ContextExt;
use super::exam::{ExamKind, ExamSession};
use super::roster::{Exemption, Notice};
use super::types::{Conn, Learner, RoleGrant, Unit, connection, cst};
use crate::domain::paging::{self, Page};
use crate::domain::{console as place, exam_schedule, exemption as exemptions, notice as notices, org};
use crate::graphql::ids::{self, Kind};
use crate::scope;

/// New times for an exam session that has not started.
#[derive(InputObject)]
pub struct UpdateExamSessionInput {
    /// In the future, inside the campaign's window for the session's kind.
    starts_at: DateTime<FixedOffset>,
    /// At least the exam's duration after `startsAt`.
    ends_at: DateTime<FixedOffset>,
}

/// A notice's new text.
#[derive(InputObject)]
pub struct UpdateNoticeInput {
    title: String,
    body: String,
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

/// An exemption application's attached scan.
#[derive(SimpleObject)]
pub struct ExemptionAttachment {
    name: String,
    content_type: String,
    /// The file as a `data:` URL, to show or save in a browser.
    data_url: String,
}

/// An administrator grant below a node, with who holds it.
#[derive(SimpleObject)]
pub struct Administrator {
    grant: RoleGrant,
    name: String,
    /// Masked (138****0001): the list carries no whole phone numbers.
    phone_masked: String,
    appointed_at: DateTime<FixedOffset>,
    /// Whether the caller may revoke it with `revokeRole` (never its own).
    revocable: bool,
}

fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(TABLE[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[derive(Default)]
pub struct ConsoleTasksQuery;

#[Object]
impl ConsoleTasksQuery {
    /// The exam-centre sessions (考试中心) an office works with: a city's own, a district's
    /// city's (where it books seats), every city's for the province. Earliest first.
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
            exam_schedule::centre_sessions(&ctx.state()?.db, actor, campaign, region)
                .await?
                .into_iter()
                .map(ExamSession)
                .collect(),
        )
    }

    /// Who is booked in an exam-centre session, as far as the caller administers them (a
    /// district office sees its own learners, the city office everybody), in booking order.
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
    async fn unit_exam_centre_seats(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        unit_id: ID,
    ) -> Result<Vec<UnitExamCentreSeat>> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        let unit = ids::decode(Kind::Unit, &unit_id)?;
        Ok(exam_schedule::unit_seats(&ctx.state()?.db, actor, campaign, unit)
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
            .collect())
    }

    /// The scan attached to an exemption application, for the administrators who decide it.
    /// None when nothing was attached. Opening it is recorded in the audit log.
    async fn exemption_attachment(&self, ctx: &Context<'_>, id: ID) -> Result<Option<ExemptionAttachment>> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Exemption, &id)?;
        Ok(exemptions::attachment(&ctx.state()?.db, actor, id)
            .await?
            .map(|a| ExemptionAttachment {
                data_url: format!("data:{};base64,{}", a.content_type, base64(&a.bytes)),
                name: a.name,
                content_type: a.content_type,
            }))
    }

    /// The administrators at and below a region or unit the caller administers (its offices
    /// and sub-regions' offices, its units' administrators), oldest first.
    #[graphql(complexity = "first.unwrap_or(paging::DEFAULT_PAGE).max(0) as usize * child_complexity")]
    async fn administrators(
        &self,
        ctx: &Context<'_>,
        node_id: ID,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Conn<Administrator>> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        let node = org::find_node(db, actor, ids::node_ref(&node_id)?).await?;
        let rows = place::administrators(db, actor, &node, Page::new(first, after.as_deref())?).await?;
        let mut converted = Vec::with_capacity(rows.rows.len());
        for a in rows.rows {
            converted.push((
                a.grant.id,
                Administrator {
                    appointed_at: cst(a.grant.created_at),
                    grant: RoleGrant::from_row(a.grant)?,
                    name: a.account.name,
                    phone_masked: scope::mask_phone(&a.account.phone),
                    revocable: a.revocable,
                },
            ));
        }
        let page = paging::PageOf {
            rows: converted,
            has_next_page: rows.has_next_page,
            total_count: rows.total_count,
        };
        Ok(connection(page, after.is_some(), |(id, _)| *id, |(_, a)| a))
    }
}

#[derive(Default)]
pub struct ConsoleTasksMutation;

#[Object]
impl ConsoleTasksMutation {
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
            exam_schedule::cancel_booking(&ctx.state()?.db, actor, session, learner).await?,
        ))
    }

    /// 转交区委法制办: after the roster freeze, the unit administrator passes a pending
    /// exemption application to the district office, which decides it. Audited.
    async fn escalate_exemption(
        &self,
        ctx: &Context<'_>,
        id: ID,
        comment: Option<String>,
    ) -> Result<Exemption> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Exemption, &id)?;
        Ok(Exemption(
            exemptions::escalate(&ctx.state()?.db, actor, id, comment.as_deref()).await?,
        ))
    }

    /// Replaces a notice's title and body: an office over the region it was posted to.
    /// Audited.
    async fn update_notice(&self, ctx: &Context<'_>, id: ID, input: UpdateNoticeInput) -> Result<Notice> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Notice, &id)?;
        Ok(Notice(
            notices::update(&ctx.state()?.db, actor, id, &input.title, &input.body).await?,
        ))
    }

    /// Withdraws a notice: nobody sees it any more; its text stays in the audit log.
    async fn withdraw_notice(&self, ctx: &Context<'_>, id: ID) -> Result<bool> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Notice, &id)?;
        notices::withdraw(&ctx.state()?.db, actor, id).await?;
        Ok(true)
    }
}
