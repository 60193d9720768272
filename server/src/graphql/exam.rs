//! The exam: question bank, sessions, exam-centre seats, live attempts.

use async_graphql::{Context, Enum, ID, InputObject, Object, Result, SimpleObject, Upload};
use chrono::{DateTime, FixedOffset, Utc};
use entity::{exam_attempt, exam_session, question};

use super::ContextExt;
use super::campaign::QuestionType;
use super::roster::{ImportReport, import_campaign_sheet};
use super::types::{Conn, Unit, connection, cst};
use crate::auth::{LiveWrite, Session};
use crate::domain::exam::{self, ExamContext, ExamKind as DomainKind, QuestionDraft, QuestionOption, Saved};
use crate::domain::ids::{AttemptId, CampaignId, RegionId, UnitId};
use crate::domain::paging::Page;
use crate::error::AppResult;
use crate::graphql::ids::{self, Kind};
use crate::live::CallerCheck;

/// Main exam or make-up.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "DomainKind")]
pub enum ExamKind {
    /// 统一考试
    Main,
    /// 补考: only for learners absent from or failed in the main exam.
    Makeup,
}

pub struct ExamSession(pub exam_session::Model);

/// A sitting of the exam: a unit's own, or an exam centre's (考试中心) with limited seats.
#[Object]
impl ExamSession {
    async fn id(&self) -> ID {
        ids::encode(Kind::ExamSession, self.0.id)
    }
    async fn kind(&self) -> ExamKind {
        self.0.kind.into()
    }
    async fn starts_at(&self) -> DateTime<FixedOffset> {
        cst(self.0.starts_at)
    }
    async fn ends_at(&self) -> DateTime<FixedOffset> {
        cst(self.0.ends_at)
    }
    /// The unit whose learners sit it; null for an exam centre.
    async fn unit(&self, ctx: &Context<'_>) -> Result<Option<Unit>> {
        Ok(exam::session_unit(&ctx.state()?.db, &self.0).await?.map(Unit))
    }
    /// The exam centre's name; null for a unit's session.
    async fn centre_name(&self) -> Option<&str> {
        self.0.centre_name.as_deref()
    }
    /// Seats of an exam-centre session.
    async fn seats(&self) -> Option<i32> {
        self.0.seats
    }
    /// Seats booked so far.
    async fn booked(&self) -> i32 {
        self.0.booked
    }
    /// Until when seats of an exam-centre session can be booked: while a learner booked now
    /// could still sit the whole exam in it (the exam's duration before the session ends),
    /// whether or not it has started. Null for a unit's own session.
    async fn bookable_until(&self, ctx: &Context<'_>) -> Result<Option<DateTime<FixedOffset>>> {
        Ok(exam::bookable_until(&ctx.state()?.db, &self.0).await?.map(cst))
    }
}

/// An option as shown in a paper: labels A, B, ... in this attempt's shuffled order.
#[derive(SimpleObject)]
pub struct PaperOption {
    key: String,
    text: String,
}

impl From<QuestionOption> for PaperOption {
    fn from(QuestionOption { key, text }: QuestionOption) -> Self {
        PaperOption { key, text }
    }
}

/// A question of an attempt's paper. Never carries the answer.
#[derive(SimpleObject)]
pub struct PaperQuestion {
    /// The question's place in this attempt's paper (`pq_1`, `pq_2`, …), what `saveAnswer`
    /// takes: the same id names different questions in different attempts.
    id: ID,
    #[graphql(name = "type")]
    question_type: QuestionType,
    #[graphql(complexity = "crate::graphql::cost::QUESTION_TEXT")]
    stem: String,
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::OPTIONS, child_complexity)")]
    options: Vec<PaperOption>,
    /// Points of the question in this paper.
    points: i32,
}

/// An answer as saved: the shown labels chosen.
#[derive(SimpleObject)]
pub struct SavedAnswer {
    question_id: ID,
    choices: Vec<String>,
}

/// After submission, where the campaign shows answers: the correct labels and why.
#[derive(SimpleObject)]
pub struct ReviewedQuestion {
    question_id: ID,
    correct: Vec<String>,
    #[graphql(complexity = "crate::graphql::cost::QUESTION_TEXT")]
    explanation: String,
    law_source: String,
}

pub struct ExamAttempt(pub exam_attempt::Model);

/// An attempt at the exam. Its paper and deadline are fixed when it starts.
#[Object]
impl ExamAttempt {
    async fn id(&self) -> ID {
        ids::encode(Kind::ExamAttempt, self.0.id)
    }
    async fn kind(&self) -> ExamKind {
        self.0.kind.into()
    }
    /// LIVE while it can be answered; SUBMITTED after.
    async fn status(&self) -> String {
        sea_orm::ActiveEnum::to_value(&self.0.status)
    }
    async fn started_at(&self) -> DateTime<FixedOffset> {
        cst(self.0.started_at)
    }
    /// When answering ends: start plus duration, never past the session's end.
    async fn deadline(&self) -> DateTime<FixedOffset> {
        cst(self.0.deadline)
    }
    /// Seconds left until the deadline by the server's clock (0 once past or submitted).
    async fn remaining_seconds(&self) -> i64 {
        if self.0.status != entity::exam_attempt::AttemptStatus::Live {
            return 0;
        }
        (self.0.deadline - crate::infra::clock::now())
            .num_seconds()
            .max(0)
    }
    /// The paper, in this attempt's order. The learner opening its own live paper again
    /// comes back to it: a departure left open (a page closed) ends here.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::PAPER, child_complexity)")]
    async fn questions(&self, ctx: &Context<'_>) -> Result<Vec<PaperQuestion>> {
        let state = ctx.state()?;
        crate::domain::integrity::note_paper_opened(&state.db, ctx.actor()?, &self.0).await?;
        let views = exam::paper_view(&state.exam(), &self.0).await?;
        views
            .into_iter()
            .zip(1..)
            .map(|(v, place)| {
                Ok(PaperQuestion {
                    id: ids::encode(Kind::PaperQuestion, place),
                    question_type: v.question_type.into(),
                    stem: v.stem,
                    options: v.options.into_iter().map(Into::into).collect(),
                    points: v.points,
                })
            })
            .collect()
    }
    /// The answers saved so far.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::PAPER, child_complexity)")]
    async fn answers(&self, ctx: &Context<'_>) -> Result<Vec<SavedAnswer>> {
        let state = ctx.state()?;
        let answers = exam::answers_view(&state.exam(), &self.0).await?;
        Ok(answers
            .into_iter()
            .map(|(place, choices)| SavedAnswer {
                question_id: ids::encode(Kind::PaperQuestion, place),
                choices,
            })
            .collect())
    }
    async fn submitted_at(&self) -> Option<DateTime<FixedOffset>> {
        self.0.submitted_at.map(cst)
    }
    /// Submitted by the server at the deadline.
    async fn auto_submitted(&self) -> bool {
        self.0.auto_submitted
    }
    async fn score(&self) -> Option<i32> {
        self.0.score
    }
    async fn passed(&self) -> Option<bool> {
        self.0.passed
    }
    /// Correct answers and explanations: only after submission, and only when the
    /// campaign's review setting shows them; null otherwise.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::PAPER, child_complexity)")]
    async fn review(&self, ctx: &Context<'_>) -> Result<Option<Vec<ReviewedQuestion>>> {
        let items = exam::review(&ctx.state()?.db, &self.0).await?;
        Ok(items.map(|items| {
            items
                .into_iter()
                .map(|r| ReviewedQuestion {
                    question_id: ids::encode(Kind::PaperQuestion, r.place),
                    correct: r.correct,
                    explanation: r.explanation,
                    law_source: r.law_source,
                })
                .collect()
        }))
    }
}

/// The acknowledgement of a saved answer.
#[derive(SimpleObject)]
pub struct SaveAnswerResult {
    /// False when a newer save of the same question was already there (it stays).
    saved: bool,
    saved_at: DateTime<FixedOffset>,
    remaining_seconds: i64,
}

/// The result of a submission.
#[derive(SimpleObject)]
pub struct ExamResult {
    attempt_id: ID,
    score: i32,
    passed: bool,
    submitted_at: DateTime<FixedOffset>,
}

/// A question of the bank, with its answer: the province office only.
pub struct Question(pub question::Model);

/// A question of a campaign's bank, with its answer (province office only).
#[Object]
impl Question {
    async fn id(&self) -> ID {
        ids::encode(Kind::Question, self.0.id)
    }
    #[graphql(name = "type")]
    async fn question_type(&self) -> QuestionType {
        self.0.question_type.into()
    }
    #[graphql(complexity = "crate::graphql::cost::QUESTION_TEXT")]
    async fn stem(&self) -> &str {
        &self.0.stem
    }
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::OPTIONS, child_complexity)")]
    async fn options(&self) -> Result<Vec<PaperOption>> {
        Ok(exam::options_of(&self.0)?.into_iter().map(Into::into).collect())
    }
    /// The correct option keys, e.g. "ACD".
    async fn answer(&self) -> &str {
        &self.0.answer
    }
    #[graphql(complexity = "crate::graphql::cost::QUESTION_TEXT")]
    async fn explanation(&self) -> &str {
        &self.0.explanation
    }
    /// The law the question comes from (法律依据).
    async fn law_source(&self) -> &str {
        &self.0.law_source
    }
    async fn withdrawn(&self) -> bool {
        self.0.withdrawn
    }
    /// A practice question (模拟练习): never drawn into a paper.
    async fn practice(&self) -> bool {
        self.0.practice
    }
}

/// A unit's exam session.
#[derive(InputObject)]
pub struct ScheduleExamSessionInput {
    campaign_id: ID,
    unit_id: ID,
    kind: ExamKind,
    starts_at: DateTime<FixedOffset>,
    ends_at: DateTime<FixedOffset>,
}

/// An exam-centre session with seats, run by a city.
#[derive(InputObject)]
pub struct CreateExamCenterSessionInput {
    campaign_id: ID,
    /// The city running the centre.
    region_id: ID,
    centre_name: String,
    kind: ExamKind,
    starts_at: DateTime<FixedOffset>,
    ends_at: DateTime<FixedOffset>,
    seats: i32,
}

/// A question to replace.
#[derive(InputObject)]
pub struct QuestionInput {
    #[graphql(name = "type")]
    question_type: QuestionType,
    stem: String,
    /// Option texts in order, labelled A to G (at most seven; true/false: leave empty for
    /// 正确, 错误).
    options: Vec<String>,
    /// Correct keys, e.g. "ACD"; true/false "A" (正确) or "B" (错误).
    answer: String,
    #[graphql(default)]
    explanation: String,
    #[graphql(default)]
    law_source: String,
}

fn device_of(ctx: &Context<'_>) -> Result<String> {
    Ok(ctx.caller()?.session()?.token_hash.clone())
}

#[derive(Default)]
pub struct ExamQuery;

#[Object]
impl ExamQuery {
    /// Sessions of a unit (for its administrators), or, without `unitId`, the sessions the
    /// calling learner may sit (its unit's and its booked exam-centre seats).
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::ROWS, child_complexity)")]
    async fn exam_sessions(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        unit_id: Option<ID>,
    ) -> Result<Vec<ExamSession>> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        let unit = unit_id
            .as_ref()
            .map(|id| ids::decode(Kind::Unit, id))
            .transpose()?;
        Ok(exam::sessions(&ctx.state()?.db, actor, campaign, unit)
            .await?
            .into_iter()
            .map(ExamSession)
            .collect())
    }

    /// The caller's attempts in a campaign, oldest first.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::ATTEMPTS, child_complexity)")]
    async fn my_attempts(&self, ctx: &Context<'_>, campaign_id: ID) -> Result<Vec<ExamAttempt>> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        Ok(exam::my_attempts(&ctx.state()?.db, actor, campaign)
            .await?
            .into_iter()
            .map(ExamAttempt)
            .collect())
    }

    /// One attempt: the caller's own, or a learner's it administers.
    async fn exam_attempt(&self, ctx: &Context<'_>, id: ID) -> Result<Option<ExamAttempt>> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::ExamAttempt, &id)?;
        Ok(Some(ExamAttempt(
            exam::find_attempt(&ctx.state()?.db, actor, id).await?,
        )))
    }

    /// The campaign's question bank with answers (province office only).
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::ROWS, child_complexity)")]
    async fn questions(&self, ctx: &Context<'_>, campaign_id: ID) -> Result<Vec<Question>> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        Ok(exam::bank(&ctx.state()?.db, actor, campaign)
            .await?
            .into_iter()
            .map(Question)
            .collect())
    }

    /// The campaign's question bank for the console (province office), by id: questions
    /// whose stem or law contains `search`; only the withdrawn (`true`) or only the drawable
    /// (`false`) ones when `withdrawn` is given.
    async fn question_bank(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        search: Option<String>,
        withdrawn: Option<bool>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Conn<Question>> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        let page = Page::new(first, after.as_deref())?;
        let rows = exam::bank_page(
            &ctx.state()?.db,
            actor,
            campaign,
            search.as_deref(),
            withdrawn,
            page,
        )
        .await?;
        Ok(connection(rows, after.is_some(), |q| q.id, Question))
    }
}

#[derive(Default)]
pub struct ExamMutation;

#[Object]
impl ExamMutation {
    /// Imports questions from a spreadsheet: 题型/type (单选, 多选, 判断), 题干/stem,
    /// 选项A..选项G, 答案/answer, 解析/explanation, 法律依据/lawSource. Rows with errors are
    /// reported and nothing is written; the same file twice changes nothing.
    async fn import_questions(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        file: Upload,
        #[graphql(default_with = "Some(false)")] dry_run: Option<bool>,
    ) -> Result<ImportReport> {
        import_campaign_sheet(ctx, &campaign_id, &file, dry_run, exam::import_questions).await
    }

    /// Replaces a question (province office).
    async fn update_question(&self, ctx: &Context<'_>, id: ID, input: QuestionInput) -> Result<Question> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Question, &id)?;
        let draft = QuestionDraft::new(
            input.question_type.into(),
            input.stem,
            input.options,
            input.answer,
            input.explanation,
            input.law_source,
        )?;
        Ok(Question(
            exam::update_question(&ctx.state()?.db, actor, id, draft).await?,
        ))
    }

    /// Withdraws a question from future papers (or, with `withdrawn: false`, restores it).
    /// A paper already drawn keeps it as drawn and grades it by the bank's key (correct the
    /// key with `updateQuestion`); submitted attempts keep their scores.
    async fn withdraw_question(
        &self,
        ctx: &Context<'_>,
        id: ID,
        #[graphql(default = true)] withdrawn: bool,
    ) -> Result<Question> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Question, &id)?;
        Ok(Question(
            exam::set_question_withdrawn(&ctx.state()?.db, actor, id, withdrawn).await?,
        ))
    }

    /// Schedules a session for a unit (its administrator or the district office), inside the
    /// campaign's window for that kind. Refused while the bank cannot fill a paper.
    async fn schedule_exam_session(
        &self,
        ctx: &Context<'_>,
        input: ScheduleExamSessionInput,
    ) -> Result<ExamSession> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &input.campaign_id)?;
        let unit = ids::decode(Kind::Unit, &input.unit_id)?;
        let s = exam::schedule_session(
            &ctx.state()?.db,
            actor,
            CampaignId(campaign),
            UnitId(unit),
            input.kind.into(),
            input.starts_at.with_timezone(&Utc),
            input.ends_at.with_timezone(&Utc),
        )
        .await?;
        Ok(ExamSession(s))
    }

    /// Opens an exam-centre session with seats (city office), for units without internet.
    async fn create_exam_center_session(
        &self,
        ctx: &Context<'_>,
        input: CreateExamCenterSessionInput,
    ) -> Result<ExamSession> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &input.campaign_id)?;
        let region = ids::decode(Kind::Region, &input.region_id)?;
        let session = exam::NewCentreSession {
            campaign: CampaignId(campaign),
            region: RegionId(region),
            centre_name: &input.centre_name,
            kind: input.kind.into(),
            starts_at: input.starts_at.with_timezone(&Utc),
            ends_at: input.ends_at.with_timezone(&Utc),
            seats: input.seats,
        };
        let s = exam::create_centre_session(&ctx.state()?.db, actor, session).await?;
        Ok(ExamSession(s))
    }

    /// Books exam-centre seats for learners of the district office's units without internet.
    /// Never overbooks: a booking that does not fit is refused whole (CONFLICT).
    async fn book_exam_center_seats(
        &self,
        ctx: &Context<'_>,
        session_id: ID,
        learner_ids: Vec<ID>,
    ) -> Result<ExamSession> {
        let actor = ctx.actor()?;
        let session = ids::decode(Kind::ExamSession, &session_id)?;
        let learners = learner_ids
            .iter()
            .map(|id| ids::decode(Kind::Learner, id))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ExamSession(
            exam::book_seats(&ctx.state()?.db, actor, session, &learners).await?,
        ))
    }

    /// Starts an attempt, or resumes the live one with the same paper, answers and remaining
    /// time. Starting on another device takes the attempt over.
    async fn start_exam(&self, ctx: &Context<'_>, session_id: ID) -> Result<ExamAttempt> {
        let actor = ctx.actor()?;
        let device = device_of(ctx)?;
        let session = ids::decode(Kind::ExamSession, &session_id)?;
        let state = ctx.state()?;
        Ok(ExamAttempt(
            exam::start(&state.exam(), actor, &device, session).await?,
        ))
    }

    /// Saves an answer (the shown option labels; empty clears it). One ordering per attempt
    /// and question: `clientSeq` (a non-negative number the device raises with every save,
    /// e.g. a counter kept with its offline queue) replaces the stored answer only when it is
    /// higher than the highest `clientSeq` stored for the question, so an older save arriving
    /// late never replaces a newer one (`saved: false`). A save without `clientSeq` always
    /// replaces the stored answer (arrival order) and leaves the stored `clientSeq` as it was,
    /// so the device's next numbered save still counts. Refused after the deadline (plus
    /// grace: `EXAM_CLOSED`) and from a device the attempt has left (`TAKEN_OVER`).
    async fn save_answer(
        &self,
        ctx: &Context<'_>,
        attempt_id: ID,
        question_id: ID,
        choices: Vec<String>,
        client_seq: Option<i64>,
    ) -> Result<SaveAnswerResult> {
        let state = ctx.state()?;
        let save = SaveAnswer {
            exam: state.exam(),
            attempt: ids::decode(Kind::ExamAttempt, &attempt_id)?,
            question: ids::decode(Kind::PaperQuestion, &question_id)?,
            choices: &choices,
            client_seq,
        };
        let saved = state.callers.live_write(ctx.caller()?, &save).await?;
        Ok(SaveAnswerResult {
            saved: saved.saved,
            saved_at: cst(saved.at),
            remaining_seconds: saved.remaining_seconds,
        })
    }

    /// Submits and grades the attempt; submitting again returns the same result. Refused from
    /// a device the attempt has left (`TAKEN_OVER`).
    async fn submit_exam(&self, ctx: &Context<'_>, attempt_id: ID) -> Result<ExamResult> {
        let caller = ctx.caller()?;
        // Refused on the initial or a temporary password, like every other write.
        let actor = caller.actor()?;
        let device = &caller.session()?.token_hash;
        let attempt = ids::decode(Kind::ExamAttempt, &attempt_id)?;
        let state = ctx.state()?;
        let a = exam::submit(&state.exam(), actor, device, attempt).await?;
        Ok(ExamResult {
            attempt_id: ids::encode(Kind::ExamAttempt, a.id),
            score: a.score.unwrap_or(0),
            passed: a.passed.unwrap_or(false),
            submitted_at: cst(a.submitted_at.unwrap_or_else(Utc::now)),
        })
    }
}

/// One `saveAnswer`, written as whichever caller `auth` confirms.
struct SaveAnswer<'a> {
    exam: ExamContext<'a>,
    attempt: i32,
    question: i32,
    choices: &'a [String],
    client_seq: Option<i64>,
}

impl LiveWrite for SaveAnswer<'_> {
    type Done = Saved;
    async fn write(&self, session: &Session, check: Option<CallerCheck<'_>>) -> AppResult<Option<Saved>> {
        let answer = exam::GivenAnswer {
            attempt: AttemptId(self.attempt),
            place: self.question,
            labels: self.choices,
            client_seq: self.client_seq,
        };
        let reply = exam::save_answer(&self.exam, &session.actor, &session.token_hash, answer, check).await?;
        Ok(reply.written())
    }
}
