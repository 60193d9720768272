//! Live attempts: starting one (or resuming the live one, taken over on this device), and
//! saving answers into the live store.

use chrono::{DateTime, Duration, Utc};
use entity::exam_attempt;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set,
};

use super::grading::{finalize, taken_over};
use super::paper::{draw_paper, paper_info};
use super::sessions::find_session;
use super::views::learner_attempts;
use super::write_behind::{grace_of, stored_answers, write_answers};
use super::{ExamContext, TAKES_EXAM};
use crate::domain::campaign as campaigns;
use crate::domain::ids::{AttemptId, CampaignId, LearnerId};
use crate::domain::roster;
use crate::domain::standing::Standing;
use crate::error::{AppError, AppResult, Code};
use crate::infra::clock;
use crate::infra::config::AnswerWrites;
use crate::live::{AnswerRecord, CallerCheck, LiveAttempt, Save, SaveOutcome, UNSEQUENCED};
use crate::scope::Actor;

fn now_ms() -> i64 {
    crate::infra::clock::now().timestamp_millis()
}

fn live_of(a: &exam_attempt::Model, grace_seconds: i32) -> LiveAttempt {
    LiveAttempt {
        attempt_id: a.id,
        learner_id: a.learner_id,
        device: if a.status == entity::exam_attempt::AttemptStatus::Live {
            a.device.clone()
        } else {
            String::new()
        },
        closes_at_ms: (a.deadline + Duration::seconds(i64::from(grace_seconds))).timestamp_millis(),
    }
}

/// Starts an attempt in a session, or resumes the live one (taking it over on this device).
pub async fn start(
    ctx: &ExamContext<'_>,
    actor: &Actor,
    device: &str,
    session_id: i32,
) -> AppResult<exam_attempt::Model> {
    let learner_id = actor.own_learner(TAKES_EXAM)?;
    let s = find_session(ctx.db, actor, session_id).await?;
    let c = campaigns::find(ctx.db, actor, s.campaign_id).await?;
    let kind = s.kind;
    let mut standing = Standing::load(ctx.db, LearnerId(learner_id), CampaignId(c.id))
        .await?
        .ok_or_else(AppError::not_found)?;

    if let Some(live_id) = standing.live().map(|a| a.id) {
        let live = exam_attempt::Entity::find_by_id(live_id)
            .one(ctx.db)
            .await?
            .ok_or_else(|| AppError::conflict("请重试"))?;
        let grace = Duration::seconds(i64::from(c.answer_grace_seconds));
        if crate::infra::clock::now() <= live.deadline + grace {
            return take_over(ctx, live, device, c.answer_grace_seconds).await;
        }
        // Past its deadline: submit it now, then judge the new start on its own.
        finalize(ctx, live, true).await?;
        standing = Standing::load(ctx.db, LearnerId(learner_id), CampaignId(c.id))
            .await?
            .ok_or_else(AppError::not_found)?;
    }

    let now = crate::infra::clock::now();
    if now < s.starts_at {
        let at = s.starts_at.with_timezone(&clock::CHINA);
        return Err(AppError::new(
            Code::ExamClosed,
            format!("本场考试尚未开始，开始时间 {}", at.format("%m-%d %H:%M")),
        ));
    }
    if now >= s.ends_at {
        return Err(AppError::new(Code::ExamClosed, "本场考试已经结束"));
    }
    if let Some((_, why)) = standing.refusal(&c, Some(kind), clock::today()) {
        return Err(AppError::new(Code::NotEligible, why));
    }

    let paper = draw_paper(ctx, &c).await?;
    let deadline = Ord::min(now + Duration::minutes(i64::from(c.duration_minutes)), s.ends_at);
    let inserted = exam_attempt::ActiveModel {
        campaign_id: Set(c.id),
        session_id: Set(s.id),
        learner_id: Set(learner_id),
        kind: Set(kind),
        status: Set(entity::exam_attempt::AttemptStatus::Live),
        started_at: Set(now),
        deadline: Set(deadline),
        paper: Set(serde_json::to_string(&paper).map_err(AppError::internal)?),
        device: Set(device.to_owned()),
        submitted_at: Set(None),
        auto_submitted: Set(false),
        score: Set(None),
        passed: Set(None),
        ..Default::default()
    }
    .insert(ctx.db)
    .await;
    let attempt = match inserted {
        Ok(a) => a,
        // Started at the same moment on another device: resume that one.
        Err(e) if matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => {
            let live = live_attempt(ctx.db, learner_id, c.id)
                .await?
                .ok_or_else(|| AppError::conflict("请重试"))?;
            return take_over(ctx, live, device, c.answer_grace_seconds).await;
        }
        Err(e) => return Err(e.into()),
    };
    ctx.live
        .put(&live_of(&attempt, c.answer_grace_seconds), &[])
        .await?;
    tracing::info!(attempt = attempt.id, learner = learner_id, "exam started");
    Ok(attempt)
}

async fn live_attempt<C: ConnectionTrait>(
    db: &C,
    learner_id: i32,
    campaign_id: i32,
) -> AppResult<Option<exam_attempt::Model>> {
    Ok(learner_attempts(learner_id, campaign_id)
        .filter(exam_attempt::Column::Status.eq(entity::exam_attempt::AttemptStatus::Live))
        .one(db)
        .await?)
}

/// Moves a live attempt to this device; the old device's next save is refused.
async fn take_over(
    ctx: &ExamContext<'_>,
    mut attempt: exam_attempt::Model,
    device: &str,
    grace: i32,
) -> AppResult<exam_attempt::Model> {
    if attempt.device != device {
        exam_attempt::Entity::update_many()
            .col_expr(exam_attempt::Column::Device, Expr::value(device))
            .filter(exam_attempt::Column::Id.eq(attempt.id))
            .filter(exam_attempt::Column::Status.eq(entity::exam_attempt::AttemptStatus::Live))
            .exec(ctx.db)
            .await?;
        attempt.device = device.to_owned();
    }
    ensure_live(ctx, &attempt, grace).await?;
    ctx.live.set_device(attempt.id, device).await?;
    Ok(attempt)
}

/// Puts an attempt back in the live store from the database when the store lost it.
async fn ensure_live(ctx: &ExamContext<'_>, attempt: &exam_attempt::Model, grace: i32) -> AppResult<()> {
    if ctx.live.load(attempt.id).await?.is_some() {
        return Ok(());
    }
    let answers = stored_answers(ctx.db, attempt.id).await?;
    ctx.live.put(&live_of(attempt, grace), &answers).await?;
    tracing::warn!(
        attempt = attempt.id,
        answers = answers.len(),
        "attempt restored into the live store from the database"
    );
    Ok(())
}

/// An attempt of the caller's (or, for administrators, of a learner they manage).
pub async fn find_attempt(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<exam_attempt::Model> {
    let a = exam_attempt::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    if actor.is_learner(a.learner_id) {
        return Ok(a);
    }
    roster::find_learner(db, actor, a.learner_id).await?;
    Ok(a)
}

/// What became of a save.
pub enum SaveReply {
    Saved(Saved),
    /// The unconfirmed caller it was checked against no longer holds: nothing was stored.
    CallerChanged,
}

impl SaveReply {
    /// The save, or `None` when nothing was stored because the caller changed (the form
    /// `auth::LiveWrite` answers in).
    pub fn written(self) -> Option<Saved> {
        match self {
            SaveReply::Saved(saved) => Some(saved),
            SaveReply::CallerChanged => None,
        }
    }
}

pub struct Saved {
    /// False when a newer save of the question was already there (it stays).
    pub saved: bool,
    pub at: DateTime<Utc>,
    /// Seconds to the deadline.
    pub remaining_seconds: i64,
}

/// Most options a question has; a save never carries more choices than this.
const MAX_OPTIONS: usize = 10;

/// One answer as the client gives it.
pub struct GivenAnswer<'a> {
    pub attempt: AttemptId,
    /// The question's place in the paper (1, 2, …).
    pub place: i32,
    /// The shown option labels chosen.
    pub labels: &'a [String],
    /// When the client numbers its saves, decides which of two saves is newer.
    pub client_seq: Option<i64>,
}

/// Saves one answer (autosave). With `check` (an unconfirmed caller), the live store confirms
/// the caller in the same step as the save.
pub async fn save_answer(
    ctx: &ExamContext<'_>,
    actor: &Actor,
    device: &str,
    answer: GivenAnswer<'_>,
    check: Option<CallerCheck<'_>>,
) -> AppResult<SaveReply> {
    let GivenAnswer {
        attempt: AttemptId(attempt_id),
        place,
        labels,
        client_seq,
    } = answer;
    let learner_id = actor.own_learner(TAKES_EXAM)?;
    if client_seq.is_some_and(|s| s < 0) {
        return Err(AppError::bad_input("clientSeq 须为非负整数，且每次保存递增"));
    }
    let info = paper_info(ctx, attempt_id).await?;
    if info.learner_id != learner_id {
        return Err(AppError::not_found());
    }
    let question_id = info
        .question_at(place)
        .ok_or_else(|| AppError::bad_input("该题不在您的试卷中"))?;
    let slot = info
        .slot(question_id)
        .ok_or_else(|| AppError::bad_input("该题不在您的试卷中"))?;
    // More choices than the question has options (at most MAX_OPTIONS) is never an answer.
    if labels.len() > (slot.len as usize).min(MAX_OPTIONS) {
        return Err(AppError::bad_input(format!(
            "所选选项过多：本题只有 {} 个选项",
            slot.len
        )));
    }
    let mut keys = Vec::with_capacity(labels.len());
    for label in labels {
        let key = slot.key_of(label.trim()).ok_or_else(|| {
            // A long label is not echoed back.
            let shown: String = label.chars().take(8).collect();
            let more = if label.chars().count() > 8 { "…" } else { "" };
            AppError::bad_input(format!("选项“{shown}{more}”不存在"))
        })?;
        keys.push(key);
    }
    keys.sort();
    keys.dedup();
    let max = if slot.multiple { slot.len as usize } else { 1 };
    if keys.len() > max {
        return Err(AppError::bad_input("单选题和判断题只能选一个选项"));
    }
    let now = now_ms();
    let record = AnswerRecord {
        attempt_id,
        question_id,
        choices: keys.iter().collect(),
        // Without a client sequence, arrival order decides (see `UNSEQUENCED`).
        seq: client_seq.unwrap_or(UNSEQUENCED),
        saved_at_ms: now,
    };
    let queue = ctx.live.writes_behind() && ctx.writes == AnswerWrites::Behind;
    let save = Save {
        record: &record,
        learner_id,
        device,
        now_ms: now,
        queue,
        check,
    };
    let mut outcome = ctx.live.save(save).await?;
    if outcome == SaveOutcome::Missing {
        let a = exam_attempt::Entity::find_by_id(attempt_id)
            .one(ctx.db)
            .await?
            .ok_or_else(AppError::not_found)?;
        ensure_live(ctx, &a, grace_of(ctx.db, a.campaign_id).await?).await?;
        // The caller held a moment ago (the store answered Missing only after checking it).
        outcome = ctx.live.save(Save { check: None, ..save }).await?;
    }
    let remaining_seconds = Ord::max((info.deadline - crate::infra::clock::now()).num_seconds(), 0);
    match outcome {
        SaveOutcome::Saved(seq) => {
            if !queue {
                let record = AnswerRecord { seq, ..record };
                write_answers(ctx.db, std::slice::from_ref(&record)).await?;
            }
            Ok(SaveReply::Saved(Saved {
                saved: true,
                at: crate::infra::clock::now(),
                remaining_seconds,
            }))
        }
        SaveOutcome::Stale => Ok(SaveReply::Saved(Saved {
            saved: false,
            at: crate::infra::clock::now(),
            remaining_seconds,
        })),
        SaveOutcome::OtherDevice => Err(taken_over()),
        SaveOutcome::NotOwner => Err(AppError::not_found()),
        SaveOutcome::CallerChanged => Ok(SaveReply::CallerChanged),
        SaveOutcome::Closed | SaveOutcome::Missing => {
            Err(AppError::new(Code::ExamClosed, "考试已结束或已交卷，答案未保存"))
        }
    }
}
