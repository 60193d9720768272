//! A learner's standing in a campaign: what the exam's rules need to know of its record
//! (employment, exemption, study, attempts), read in one statement, and the one place those
//! rules are written. `startExam` refuses by [`Standing::refusal`]; the learners' home page
//! (`domain::eligibility`) explains by it; the statistics count the same flags in SQL
//! (`stats::figures_sql`), and a test compares the two on a generated province, as
//! `stats::verify` compares the stored figures with a recount.

use chrono::{DateTime, NaiveDate, Utc};
use entity::exam_attempt::AttemptStatus;
use entity::exam_session::ExamKind;
use entity::exemption::ExemptionStatus;
use entity::learner::EmploymentStatus;
use entity::{campaign, exam_attempt, exemption, learner, study_progress};
use sea_orm::sea_query::{Condition, Expr, ExprTrait, JoinType};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait};

use crate::domain::ids::{CampaignId, LearnerId};
use crate::error::AppResult;

/// Why a learner may not start the exam now, most fundamental first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Obstacle {
    /// Transferred out (调出) and not yet on a new unit's roster: the step to take is 调入新单位.
    BetweenUnits,
    /// Not in service (retired, left).
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
            Obstacle::BetweenUnits => "BETWEEN_UNITS",
            Obstacle::NotInService => "NOT_IN_SERVICE",
            Obstacle::Exempted => "EXEMPTED",
            Obstacle::NoAttemptsLeft => "NO_ATTEMPTS_LEFT",
            Obstacle::NoSession => "NO_SESSION",
            Obstacle::StudyIncomplete => "STUDY_INCOMPLETE",
            Obstacle::NotYetOpen => "NOT_YET_OPEN",
        }
    }
}

/// Whether points reached on `completed_on` let the learner sit an exam on `exam_day`: they
/// must be reached on an earlier day (SPEC: "by the day before the learner's exam day").
pub fn studied_in_time(completed_on: Option<NaiveDate>, exam_day: NaiveDate) -> bool {
    completed_on.is_some_and(|done| done < exam_day)
}

/// What the exam's rules need to know of one learner in one campaign.
#[derive(Clone, Debug)]
pub struct Standing {
    pub status: EmploymentStatus,
    pub unit_id: Option<i32>,
    /// An approved exemption (免考) for the campaign.
    pub exempted: bool,
    /// The day the required study points were reached.
    pub completed_on: Option<NaiveDate>,
    /// Every attempt in the campaign, oldest first, without its paper.
    pub attempts: Vec<AttemptSummary>,
}

/// An attempt as the rules see it.
#[derive(Clone, Debug)]
pub struct AttemptSummary {
    pub id: i32,
    pub kind: ExamKind,
    pub status: AttemptStatus,
    pub passed: Option<bool>,
    pub deadline: DateTime<Utc>,
}

impl Standing {
    /// Reads a learner's standing in one statement (the learner's row with its exemption and
    /// study, joined with its attempts); `None` when the learner does not exist.
    pub async fn load<C: ConnectionTrait>(
        db: &C,
        LearnerId(learner_id): LearnerId,
        CampaignId(campaign_id): CampaignId,
    ) -> AppResult<Option<Standing>> {
        let exempted = exemption::Entity::find()
            .select_only()
            .expr(Expr::val(1))
            .filter(exemption::Column::CampaignId.eq(campaign_id))
            .filter(exemption::Column::LearnerId.eq(learner_id))
            .filter(exemption::Column::Status.eq(ExemptionStatus::Approved))
            .into_query();
        let completed_on = study_progress::Entity::find()
            .select_only()
            .column(study_progress::Column::CompletedOn)
            .filter(study_progress::Column::LearnerId.eq(learner_id))
            .filter(study_progress::Column::CampaignId.eq(campaign_id))
            .into_query();
        let mut select = learner::Entity::find_by_id(learner_id)
            .select_only()
            .column(learner::Column::Status)
            .column(learner::Column::UnitId)
            .expr_as(Expr::exists(exempted), "exempted")
            .expr_as(Expr::from(completed_on), "completed_on")
            .column(exam_attempt::Column::Id)
            .column(exam_attempt::Column::Kind)
            .column(exam_attempt::Column::Status)
            .column(exam_attempt::Column::Passed)
            .column(exam_attempt::Column::Deadline)
            .order_by_asc(exam_attempt::Column::Id);
        QueryTrait::query(&mut select).join(
            JoinType::LeftJoin,
            exam_attempt::Entity,
            Condition::all()
                .add(ExprTrait::equals(
                    Expr::col((exam_attempt::Entity, exam_attempt::Column::LearnerId)),
                    (learner::Entity, learner::Column::Id),
                ))
                .add(ExprTrait::eq(
                    Expr::col((exam_attempt::Entity, exam_attempt::Column::CampaignId)),
                    campaign_id,
                )),
        );
        type Row = (
            EmploymentStatus,
            Option<i32>,
            bool,
            Option<NaiveDate>,
            Option<i32>,
            Option<ExamKind>,
            Option<AttemptStatus>,
            Option<bool>,
            Option<DateTime<Utc>>,
        );
        let rows: Vec<Row> = select.into_tuple().all(db).await?;
        let Some((status, unit_id, exempted, completed_on, ..)) = rows.first().cloned() else {
            return Ok(None);
        };
        let attempts = rows
            .into_iter()
            .filter_map(|(.., id, kind, status, passed, deadline)| {
                Some(AttemptSummary {
                    id: id?,
                    kind: kind?,
                    status: status?,
                    passed,
                    deadline: deadline?,
                })
            })
            .collect();
        Ok(Some(Standing {
            status,
            unit_id,
            exempted,
            completed_on,
            attempts,
        }))
    }

    /// Should take the exam: on a unit's roster, in service, not exempted.
    pub fn should_take(&self) -> bool {
        self.unit_id.is_some() && self.status == EmploymentStatus::InService && !self.exempted
    }

    /// Reached the required study points (on any day).
    pub fn studied(&self) -> bool {
        self.completed_on.is_some()
    }

    fn submitted(&self) -> impl Iterator<Item = &AttemptSummary> {
        self.attempts
            .iter()
            .filter(|a| a.status == AttemptStatus::Submitted)
    }

    /// Submitted at least one attempt, main or make-up.
    pub fn took(&self) -> bool {
        self.submitted().next().is_some()
    }

    /// Passed an attempt, main or make-up.
    pub fn passed(&self) -> bool {
        self.submitted().any(|a| a.passed == Some(true))
    }

    fn used(&self, kind: ExamKind) -> i32 {
        self.submitted().filter(|a| a.kind == kind).count() as i32
    }

    fn passed_main(&self) -> bool {
        self.submitted()
            .any(|a| a.kind == ExamKind::Main && a.passed == Some(true))
    }

    /// Attempts of this kind left: up to the campaign's number in the main window; in the
    /// make-up window only after a main exam that was absent or failed (SPEC "Who may start").
    pub fn attempts_left(&self, c: &campaign::Model, kind: ExamKind) -> bool {
        match kind {
            ExamKind::Main => self.used(ExamKind::Main) < c.main_attempts,
            ExamKind::Makeup => !self.passed_main() && self.used(ExamKind::Makeup) < c.makeup_attempts,
        }
    }

    /// The live attempt, if there is one.
    pub fn live(&self) -> Option<&AttemptSummary> {
        self.attempts.iter().find(|a| a.status == AttemptStatus::Live)
    }

    /// Why the learner's own record keeps it from starting an attempt of `kind` (of any kind:
    /// `None`) with the exam on `exam_day`, most fundamental first, with the reason in words;
    /// `None` when nothing does. Sessions and live attempts are the caller's to judge.
    pub fn refusal(
        &self,
        c: &campaign::Model,
        kind: Option<ExamKind>,
        exam_day: NaiveDate,
    ) -> Option<(Obstacle, String)> {
        if self.status == EmploymentStatus::Transferring || self.unit_id.is_none() {
            return Some((
                Obstacle::BetweenUnits,
                "您已从原单位调出，尚未调入新单位：请在“我的”页面“调入新单位”中选择新单位，调入后即可参加考试"
                    .to_owned(),
            ));
        }
        if self.status != EmploymentStatus::InService {
            return Some((
                Obstacle::NotInService,
                "您当前不是在职状态，不需参加本年度考试".to_owned(),
            ));
        }
        if self.exempted {
            return Some((Obstacle::Exempted, "您本年度已获准免考".to_owned()));
        }
        let left = |k: ExamKind| self.attempts_left(c, k);
        let no_attempts = match kind {
            Some(ExamKind::Main) if !left(ExamKind::Main) => {
                Some(format!("统一考试次数（{} 次）已用完", c.main_attempts))
            }
            Some(ExamKind::Makeup) if self.passed_main() => Some("您已通过统一考试，无需补考".to_owned()),
            Some(ExamKind::Makeup) if !left(ExamKind::Makeup) => {
                Some(format!("补考次数（{} 次）已用完", c.makeup_attempts))
            }
            None if !left(ExamKind::Main) && !left(ExamKind::Makeup) => Some(if self.passed() {
                "您已通过本年度考试".to_owned()
            } else {
                "本年度的考试次数已用完".to_owned()
            }),
            _ => None,
        };
        if let Some(message) = no_attempts {
            return Some((Obstacle::NoAttemptsLeft, message));
        }
        if !studied_in_time(self.completed_on, exam_day) {
            let required = c.required_points;
            let message = match self.completed_on {
                Some(_) => format!("今天刚达到 {required} 分：积分须在考试日前一天达到，今天还不能参加考试"),
                None => format!("学法积分须在考试日前一天达到 {required} 分，您尚不符合参考条件"),
            };
            return Some((Obstacle::StudyIncomplete, message));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveTime, TimeZone};

    use super::*;
    use crate::domain::testkit::{Province, day, rules};

    fn at(date: NaiveDate, hour: u32) -> DateTime<Utc> {
        Utc.from_utc_datetime(&date.and_time(NaiveTime::from_hms_opt(hour, 0, 0).expect("a time")))
    }

    async fn standing(p: &Province, l: &learner::Model, c: &campaign::Model) -> Standing {
        Standing::load(&p.db, LearnerId(l.id), CampaignId(c.id))
            .await
            .expect("load")
            .expect("the learner exists")
    }

    fn obstacle(
        s: &Standing,
        c: &campaign::Model,
        kind: Option<ExamKind>,
        exam_day: NaiveDate,
    ) -> Option<Obstacle> {
        s.refusal(c, kind, exam_day).map(|(o, _)| o)
    }

    #[tokio::test]
    async fn a_missing_learner_has_no_standing() {
        let p = Province::new().await;
        let c = p.campaign(&rules(2026)).await;
        let none = Standing::load(&p.db, LearnerId(9999), CampaignId(c.id))
            .await
            .expect("load");
        assert!(none.is_none());
    }

    /// Points reached the day before the exam day count; reached on the exam day they do not
    /// (SPEC: "by the day before the learner's exam day"); both sides of the date.
    #[tokio::test]
    async fn study_must_be_done_the_day_before() {
        let mut p = Province::new().await;
        let c = p.campaign(&rules(2026)).await;
        let exam_day = day(2026, 12, 10);
        let early = p.learner("早学").create().await;
        let late = p.learner("晚学").create().await;
        let never = p.learner("未学").create().await;
        p.studied(&early, &c, day(2026, 12, 9)).await;
        p.studied(&late, &c, exam_day).await;
        assert_eq!(
            obstacle(&standing(&p, &early, &c).await, &c, None, exam_day),
            None
        );
        let s = standing(&p, &late, &c).await;
        assert!(s.studied() && s.should_take());
        assert_eq!(obstacle(&s, &c, None, exam_day), Some(Obstacle::StudyIncomplete));
        // The next day the same points count.
        assert_eq!(obstacle(&s, &c, None, day(2026, 12, 11)), None);
        let s = standing(&p, &never, &c).await;
        assert!(!s.studied());
        let (o, message) = s.refusal(&c, None, exam_day).expect("refused");
        assert_eq!(o, Obstacle::StudyIncomplete);
        assert!(message.contains("100"), "{message}");
    }

    /// The most fundamental reason comes first: between units before not in service before
    /// exempted before attempts before study.
    #[tokio::test]
    async fn refusals_come_most_fundamental_first() {
        let mut p = Province::new().await;
        let c = p.campaign(&rules(2026)).await;
        let exam_day = day(2026, 12, 10);
        let moving = p.learner("调动").between_units().create().await;
        let retired = p.learner("退休").status(EmploymentStatus::Retired).create().await;
        let exempted = p.learner("免考").create().await;
        let pending = p.learner("待批").create().await;
        p.exemption(&exempted, &c, ExemptionStatus::Approved).await;
        p.exemption(&pending, &c, ExemptionStatus::Pending).await;
        // None of them studied: each still gets its own, more fundamental reason.
        let s = standing(&p, &moving, &c).await;
        assert!(!s.should_take());
        assert_eq!(obstacle(&s, &c, None, exam_day), Some(Obstacle::BetweenUnits));
        let s = standing(&p, &retired, &c).await;
        assert!(!s.should_take());
        assert_eq!(obstacle(&s, &c, None, exam_day), Some(Obstacle::NotInService));
        let s = standing(&p, &exempted, &c).await;
        assert!(s.exempted && !s.should_take());
        assert_eq!(obstacle(&s, &c, None, exam_day), Some(Obstacle::Exempted));
        // A pending exemption exempts nobody.
        let s = standing(&p, &pending, &c).await;
        assert!(!s.exempted && s.should_take());
        assert_eq!(obstacle(&s, &c, None, exam_day), Some(Obstacle::StudyIncomplete));
    }

    /// One main attempt by the notice; the make-up is for those who failed or were absent,
    /// never for those who passed the main exam; a failed make-up leaves nothing.
    #[tokio::test]
    async fn attempts_and_the_makeup() {
        let mut p = Province::new().await;
        let c = p.campaign(&rules(2026)).await;
        let main = p.session(&c, ExamKind::Main, at(day(2026, 12, 10), 1)).await;
        let makeup = p.session(&c, ExamKind::Makeup, at(day(2027, 1, 6), 1)).await;
        let [passed, failed, absent, live] = ["及格", "不及格", "缺考", "答题中"];
        let passed = p.learner(passed).create().await;
        let failed = p.learner(failed).create().await;
        let absent = p.learner(absent).create().await;
        let live = p.learner(live).create().await;
        for l in [&passed, &failed, &absent, &live] {
            p.studied(l, &c, day(2026, 11, 1)).await;
        }
        p.attempt(&passed, &main, Some(true)).await;
        p.attempt(&failed, &main, Some(false)).await;
        let live_attempt = p.attempt(&live, &main, None).await;
        let makeup_day = day(2027, 1, 6);

        let s = standing(&p, &passed, &c).await;
        assert!(s.took() && s.passed());
        assert!(!s.attempts_left(&c, ExamKind::Main) && !s.attempts_left(&c, ExamKind::Makeup));
        let (o, message) = s
            .refusal(&c, Some(ExamKind::Makeup), makeup_day)
            .expect("refused");
        assert_eq!(o, Obstacle::NoAttemptsLeft);
        assert!(message.contains("无需补考"), "{message}");
        assert_eq!(obstacle(&s, &c, None, makeup_day), Some(Obstacle::NoAttemptsLeft));

        let s = standing(&p, &failed, &c).await;
        assert!(s.took() && !s.passed());
        assert_eq!(
            obstacle(&s, &c, Some(ExamKind::Main), makeup_day),
            Some(Obstacle::NoAttemptsLeft)
        );
        assert_eq!(obstacle(&s, &c, Some(ExamKind::Makeup), makeup_day), None);
        p.attempt(&failed, &makeup, Some(false)).await;
        let s = standing(&p, &failed, &c).await;
        let (o, message) = s.refusal(&c, None, makeup_day).expect("refused");
        assert_eq!(o, Obstacle::NoAttemptsLeft);
        assert!(message.contains("已用完"), "{message}");

        let s = standing(&p, &absent, &c).await;
        assert!(!s.took());
        assert_eq!(obstacle(&s, &c, Some(ExamKind::Makeup), makeup_day), None);

        // A live attempt is not a used one; the standing names it.
        let s = standing(&p, &live, &c).await;
        assert!(!s.took() && s.attempts_left(&c, ExamKind::Main));
        assert_eq!(s.live().map(|a| a.id), Some(live_attempt.id));
    }

    /// Another campaign's attempts and exemptions are not this campaign's.
    #[tokio::test]
    async fn a_standing_is_of_one_campaign() {
        let mut p = Province::new().await;
        let this = p.campaign(&rules(2026)).await;
        let next = p.campaign(&rules(2027)).await;
        let main = p.session(&this, ExamKind::Main, at(day(2026, 12, 10), 1)).await;
        let l = p.learner("跨年").create().await;
        p.studied(&l, &this, day(2026, 11, 1)).await;
        p.attempt(&l, &main, Some(true)).await;
        p.exemption(&l, &this, ExemptionStatus::Approved).await;
        let s = standing(&p, &l, &next).await;
        assert!(s.attempts.is_empty() && !s.exempted && !s.studied());
        let s = standing(&p, &l, &this).await;
        assert_eq!(s.attempts.len(), 1);
        assert!(s.exempted && s.passed());
    }
}
