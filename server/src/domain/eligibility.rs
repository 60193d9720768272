//! Whether a learner may sit the exam, and from which day: the learners' home page asks
//! this once instead of re-deriving `startExam`'s rules in the browser.

use chrono::{Duration, NaiveDate, Utc};
use entity::exam_session;
use sea_orm::{DatabaseConnection, EntityTrait};

use crate::domain::campaign as campaigns;
use crate::domain::exam;
pub use crate::domain::standing::Obstacle;
use crate::domain::standing::Standing;
use crate::error::{AppError, AppResult};
use crate::infra::clock;
use crate::scope::Actor;

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
    let standing = Standing::load(db, learner_id, c.id)
        .await?
        .ok_or_else(AppError::not_found)?;
    let now = crate::infra::clock::now();
    let today = clock::today();
    let day_of = |t: chrono::DateTime<Utc>| t.with_timezone(&clock::CHINA).date_naive();

    let live = standing.live().filter(|a| a.deadline > now).map(|a| a.id);
    let usable: Vec<exam_session::Model> = exam::learner_sessions(db, actor, &c)
        .await?
        .into_iter()
        .filter(|s| s.ends_at > now)
        .filter(|s| standing.attempts_left(&c, s.kind))
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

    let from_day = standing.completed_on.and_then(|done| {
        let ready = done + Duration::days(1);
        usable
            .iter()
            .find(|s| day_of(s.ends_at) >= Ord::max(ready, today))
            .map(|s| Ord::max(Ord::max(ready, day_of(s.starts_at)), today))
    });

    // The learner's own record first (the refusal `startExam` gives, judged for today), then
    // the sessions; missing points only matter once there is a session to sit.
    let (obstacle, reason): (Option<Obstacle>, Option<String>) = if live.is_some() {
        (None, None)
    } else if let Some((obstacle, reason)) = standing
        .refusal(&c, None, today)
        .filter(|(o, _)| *o != Obstacle::StudyIncomplete || next_session.is_some())
    {
        (Some(obstacle), Some(reason))
    } else if next_session.is_none() {
        let unit_offline = match standing.unit_id {
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
