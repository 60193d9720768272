//! Whether a learner may sit the exam, and from which day: the learners' home page asks
//! this once instead of re-deriving `startExam`'s rules in the browser.

use chrono::{Duration, NaiveDate, Utc};
use entity::{exam_attempt, exam_session, exemption, learner, study_progress};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

use crate::clock;
use crate::domain::campaign as campaigns;
use crate::domain::exam::{self, ExamKind};
use crate::domain::roster::EmploymentStatus;
use crate::error::{AppError, AppResult};
use crate::scope::Actor;

/// Why a learner may not start the exam now, most fundamental first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Obstacle {
    /// Not in service (retired, left, between units).
    NotInService,
    /// An approved exemption (免考).
    Exempted,
    /// Passed, or no attempts left in any window.
    NoAttemptsLeft,
    /// No session of the unit, nor a booked exam-centre seat, still to come.
    NoSession,
    /// The required study points are not reached, or were reached only today.
    StudyIncomplete,
    /// A session is coming, none is open now.
    NotYetOpen,
}

impl Obstacle {
    pub fn as_str(self) -> &'static str {
        match self {
            Obstacle::NotInService => "NOT_IN_SERVICE",
            Obstacle::Exempted => "EXEMPTED",
            Obstacle::NoAttemptsLeft => "NO_ATTEMPTS_LEFT",
            Obstacle::NoSession => "NO_SESSION",
            Obstacle::StudyIncomplete => "STUDY_INCOMPLETE",
            Obstacle::NotYetOpen => "NOT_YET_OPEN",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Eligibility {
    /// A session is open now and every rule lets the learner start (or resume) in it.
    pub may_start_now: bool,
    /// The learner has a live attempt to resume.
    pub live_attempt_id: Option<i32>,
    pub obstacle: Option<Obstacle>,
    /// The reason in words, for the page.
    pub reason: Option<String>,
    /// The first day the learner may start: the day after the points were reached, and not
    /// before the first usable session. None while the points are missing or no session comes.
    pub from_day: Option<NaiveDate>,
    /// The day by which the required points are needed: the day before the exam day.
    pub study_deadline: Option<NaiveDate>,
    /// The session open now that the learner may use, if any.
    pub open_session: Option<exam_session::Model>,
    /// The first session still to come or open that the learner may use.
    pub next_session: Option<exam_session::Model>,
}

/// The calling learner's standing for the campaign's exam, by the rules `startExam` applies.
pub async fn of_caller(db: &DatabaseConnection, actor: &Actor, campaign_id: i32) -> AppResult<Eligibility> {
    let learner_id = actor.own_learner("只有学员可以查看自己的参考资格")?;
    let c = campaigns::find(db, actor, campaign_id).await?;
    let l = learner::Entity::find_by_id(learner_id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    let now = Utc::now();
    let today = clock::today();
    let day_of = |t: chrono::DateTime<Utc>| t.with_timezone(&clock::CHINA).date_naive();

    let attempts = exam_attempt::Entity::find()
        .filter(exam_attempt::Column::LearnerId.eq(learner_id))
        .filter(exam_attempt::Column::CampaignId.eq(c.id))
        .all(db)
        .await?;
    let live = attempts
        .iter()
        .find(|a| a.status == entity::exam_attempt::AttemptStatus::Live && a.deadline > now)
        .map(|a| a.id);
    let submitted: Vec<&exam_attempt::Model> = attempts
        .iter()
        .filter(|a| a.status == entity::exam_attempt::AttemptStatus::Submitted)
        .collect();
    let passed = submitted.iter().any(|a| a.passed == Some(true));
    let used = |kind: ExamKind| submitted.iter().filter(|a| a.kind == kind).count() as i32;
    let main_left = !passed && used(ExamKind::Main) < c.main_attempts;
    let makeup_left = !passed && used(ExamKind::Makeup) < c.makeup_attempts;

    let usable: Vec<exam_session::Model> = exam::sessions(db, actor, c.id, None)
        .await?
        .into_iter()
        .filter(|s| s.ends_at > now)
        .filter(|s| match s.kind {
            ExamKind::Main => main_left,
            ExamKind::Makeup => makeup_left,
        })
        .collect();
    let open_session = usable
        .iter()
        .find(|s| s.starts_at <= now && now < s.ends_at)
        .cloned();
    let next_session = open_session.clone().or_else(|| usable.first().cloned());
    let exam_day = next_session
        .as_ref()
        .map(|s| Ord::max(day_of(s.starts_at), today));
    let study_deadline = exam_day.map(|d| d - Duration::days(1));

    let completed_on = study_progress::Entity::find_by_id((learner_id, c.id))
        .one(db)
        .await?
        .and_then(|p| p.completed_on);
    let from_day = completed_on.and_then(|done| {
        let ready = done + Duration::days(1);
        usable
            .iter()
            .find(|s| day_of(s.ends_at) >= Ord::max(ready, today))
            .map(|s| Ord::max(Ord::max(ready, day_of(s.starts_at)), today))
    });

    let exempted = exemption::Entity::find()
        .filter(exemption::Column::CampaignId.eq(c.id))
        .filter(exemption::Column::LearnerId.eq(learner_id))
        .filter(exemption::Column::Status.eq(entity::exemption::ExemptionStatus::Approved))
        .count(db)
        .await?
        > 0;

    let required = c.required_points;
    let (obstacle, reason): (Option<Obstacle>, Option<String>) = if live.is_some() {
        (None, None)
    } else if l.status != EmploymentStatus::InService {
        (
            Some(Obstacle::NotInService),
            Some("您当前不是在职状态，不需参加本年度考试".to_owned()),
        )
    } else if exempted {
        (Some(Obstacle::Exempted), Some("您本年度已获准免考".to_owned()))
    } else if passed {
        (
            Some(Obstacle::NoAttemptsLeft),
            Some("您已通过本年度考试".to_owned()),
        )
    } else if !main_left && !makeup_left {
        (
            Some(Obstacle::NoAttemptsLeft),
            Some("本年度的考试次数已用完".to_owned()),
        )
    } else if next_session.is_none() {
        let unit_offline = match l.unit_id {
            Some(unit) => entity::unit::Entity::find_by_id(unit)
                .one(db)
                .await?
                .is_some_and(|u| !u.has_internet),
            None => false,
        };
        let message = if unit_offline {
            "您所在单位须到市考试中心参加考试，区法制办尚未为您预约座位"
        } else {
            "本单位尚未安排可参加的考试场次，请留意单位通知"
        };
        (Some(Obstacle::NoSession), Some(message.to_owned()))
    } else if completed_on.is_none_or(|done| done >= today) {
        let message = match completed_on {
            Some(_) => format!("今天刚达到 {required} 分，明天起可以参加考试"),
            None => format!("学法积分须在考试日前一天达到 {required} 分，您尚不符合参考条件"),
        };
        (Some(Obstacle::StudyIncomplete), Some(message))
    } else if open_session.is_none() {
        let at = next_session
            .as_ref()
            .map(|s| {
                s.starts_at
                    .with_timezone(&clock::CHINA)
                    .format("%m月%d日 %H:%M")
                    .to_string()
            })
            .unwrap_or_default();
        (
            Some(Obstacle::NotYetOpen),
            Some(format!("考试尚未开始，开始时间 {at}")),
        )
    } else {
        (None, None)
    };

    Ok(Eligibility {
        may_start_now: live.is_some() || obstacle.is_none(),
        live_attempt_id: live,
        obstacle,
        reason,
        from_day,
        study_deadline,
        open_session,
        next_session,
    })
}
