//! Whether a learner may sit the exam, and from which day: the learners' home page asks
//! this once instead of re-deriving `startExam`'s rules in the browser.

use chrono::{Datelike, Duration, NaiveDate, Utc};
use entity::exam_session;
use sea_orm::{DatabaseConnection, EntityTrait};

use crate::domain::campaign as campaigns;
use crate::domain::exam;
use crate::domain::ids::{CampaignId, LearnerId};
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
    /// The last day on which reaching the required points still lets the learner sit a session
    /// (the day before the first exam day from tomorrow on); never a day already past. None
    /// once the points are reached, or when no session is left that they could still count for.
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
    let standing = Standing::load(db, LearnerId(learner_id), CampaignId(c.id))
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
    // Points reached today count from tomorrow: the first exam day they can still be reached
    // for is the first day from tomorrow on which a usable session runs.
    let tomorrow = today + Duration::days(1);
    let first_exam_day_ahead = usable
        .iter()
        .filter(|s| day_of(s.ends_at) >= tomorrow)
        .map(|s| Ord::max(day_of(s.starts_at), tomorrow))
        .min();
    let study_deadline = if standing.studied() {
        None
    } else {
        first_exam_day_ahead.map(|d| d - Duration::days(1))
    };

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
        let reason = if obstacle == Obstacle::BetweenUnits {
            between_units_reason(db, learner_id).await?.unwrap_or(reason)
        } else if obstacle == Obstacle::StudyIncomplete {
            // The page's words carry the days, computed from today and the sessions.
            let required = c.required_points;
            match (standing.completed_on, from_day, study_deadline) {
                (Some(_), Some(from), _) => {
                    format!(
                        "今天刚达到 {required} 分，{}起可以参加考试",
                        day_words(from, today)
                    )
                }
                (Some(_), None, _) => format!(
                    "今天刚达到 {required} 分，但积分须在考试日前一天达到，之后已没有您可参加的考试场次"
                ),
                (None, _, Some(deadline)) => format!(
                    "学法积分须在考试日前一天达到 {required} 分：请在{}或之前达到",
                    day_words(deadline, today)
                ),
                (None, _, None) => {
                    format!("学法积分须在考试日前一天达到 {required} 分，之后已没有来得及参加的考试场次")
                }
            }
        } else {
            reason
        };
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
                let at = s.starts_at.with_timezone(&clock::CHINA);
                format!("{} {}", day_words(at.date_naive(), today), at.format("%H:%M"))
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

/// What a learner between units is told of its own move into a new unit, if it asked one.
async fn between_units_reason(db: &DatabaseConnection, learner_id: i32) -> AppResult<Option<String>> {
    use entity::transfer_request::TransferStatus;
    Ok(crate::domain::transfer::transfer_request_of(db, learner_id)
        .await?
        .and_then(|(request, unit)| match request.status {
            TransferStatus::Pending => Some(format!(
                "您已申请调入 {}，正在等待该单位确认；确认后即可参加本年度考试",
                unit.name
            )),
            TransferStatus::Refused => Some(format!(
                "{} 未同意您的调入申请：请与该单位联系，或在“我的”页面“调入新单位”中重新选择单位",
                unit.name
            )),
            TransferStatus::Accepted => None,
        }))
}

/// A day as a person reads it on `today`: 今天（12月7日）, 明天（12月8日）, 12月23日, and with
/// the year when it is not this year's (2027年1月6日).
pub fn day_words(day: NaiveDate, today: NaiveDate) -> String {
    let date = if day.year() == today.year() {
        format!("{}月{}日", day.month(), day.day())
    } else {
        format!("{}年{}月{}日", day.year(), day.month(), day.day())
    };
    if day == today {
        format!("今天（{date}）")
    } else if day == today + Duration::days(1) {
        format!("明天（{date}）")
    } else {
        date
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_read_from_today_with_the_year_across_its_end() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        assert_eq!(day_words(d(2026, 12, 7), d(2026, 12, 7)), "今天（12月7日）");
        assert_eq!(day_words(d(2026, 12, 8), d(2026, 12, 7)), "明天（12月8日）");
        assert_eq!(day_words(d(2026, 12, 23), d(2026, 12, 7)), "12月23日");
        assert_eq!(day_words(d(2027, 1, 1), d(2026, 12, 31)), "明天（2027年1月1日）");
        assert_eq!(day_words(d(2027, 1, 6), d(2026, 12, 7)), "2027年1月6日");
    }
}
