//! The calling learner's standing for the exam: whether and from which day it may start.

use async_graphql::{Context, ID, Object, Result};

use super::ContextExt;
use super::exam::ExamSession;
use super::types::Date;
use crate::domain::eligibility::{self as domain, Eligibility};
use crate::graphql::ids::{self, Kind};

pub struct ExamEligibility(Eligibility);

/// Whether the calling learner may sit the exam, by the rules `startExam` applies.
#[Object]
impl ExamEligibility {
    /// A session is open now and the learner may start, or resume, an attempt in it.
    async fn may_start_now(&self) -> bool {
        self.0.may_start_now
    }
    /// The live attempt to resume, if there is one.
    async fn live_attempt_id(&self) -> Option<ID> {
        self.0
            .live_attempt_id
            .map(|id| ids::encode(Kind::ExamAttempt, id))
    }
    /// Why not now, as a code: BETWEEN_UNITS (transferred out, not yet on a new unit: the
    /// step to take is 调入新单位; see `Learner.transferRequest`), NOT_IN_SERVICE, EXEMPTED,
    /// NO_ATTEMPTS_LEFT, NO_SESSION,
    /// STUDY_INCOMPLETE or NOT_YET_OPEN; null when the learner may start.
    async fn obstacle(&self) -> Option<&'static str> {
        self.0.obstacle.map(|o| o.as_str())
    }
    /// Why not now, in words (Chinese); null when the learner may start.
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }
    /// The first day the learner may start: the day after the required points were
    /// reached, not before the first session the learner may use. Null while the points
    /// are missing or no session is coming.
    async fn from_day(&self) -> Option<Date> {
        self.0.from_day.map(Date)
    }
    /// The last day on which reaching the required points still lets the learner sit a
    /// session: the day before the first exam day from tomorrow on (points reached today count
    /// from tomorrow), so never a day already past. Null once the points are reached, or when
    /// no session is left that they could still count for.
    async fn study_deadline(&self) -> Option<Date> {
        self.0.study_deadline.map(Date)
    }
    /// The session open now that the learner may sit.
    async fn open_session(&self) -> Option<ExamSession> {
        self.0.open_session.clone().map(ExamSession)
    }
    /// The first session, open or to come, that the learner may sit.
    async fn next_session(&self) -> Option<ExamSession> {
        self.0.next_session.clone().map(ExamSession)
    }
}

#[derive(Default)]
pub struct EligibilityQuery;

#[Object]
impl EligibilityQuery {
    /// The calling learner's standing for the campaign's exam: whether it may start now,
    /// why not, and from which day it may.
    async fn my_eligibility(&self, ctx: &Context<'_>, campaign_id: ID) -> Result<ExamEligibility> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        Ok(ExamEligibility(
            domain::of_caller(&ctx.state()?.db, actor, campaign).await?,
        ))
    }
}
