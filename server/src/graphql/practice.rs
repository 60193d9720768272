//! Practice (模拟练习) and the wrong-answer book (错题本).

use async_graphql::{Context, ID, Object, Result, SimpleObject};
use chrono::{DateTime, FixedOffset};
use entity::question;

use super::ContextExt;
use super::campaign::QuestionType;
use super::exam::Question;
use super::types::cst;
use crate::domain::exam::{self, QuestionOption};
use crate::domain::practice;
use crate::error::AppError;
use crate::graphql::ids::{self, Kind};

/// A practice question as a learner sees it before answering: no answer.
pub struct PracticeQuestion(question::Model);

/// An option of a practice question, in the bank's order.
#[derive(SimpleObject)]
pub struct PracticeOption {
    /// The option's key (A, B, …), what `answerPractice` takes.
    key: String,
    text: String,
}

impl From<QuestionOption> for PracticeOption {
    fn from(QuestionOption { key, text }: QuestionOption) -> Self {
        PracticeOption { key, text }
    }
}

/// A practice question (模拟练习), without its answer.
#[Object]
impl PracticeQuestion {
    /// The bank question (`q_…`).
    async fn id(&self) -> ID {
        ids::encode(Kind::Question, self.0.id)
    }
    /// SINGLE, MULTIPLE or TRUE_FALSE.
    #[graphql(name = "type")]
    async fn question_type(&self) -> QuestionType {
        self.0.question_type.into()
    }
    /// The question's text.
    #[graphql(complexity = "crate::graphql::cost::QUESTION_TEXT")]
    async fn stem(&self) -> &str {
        &self.0.stem
    }
    /// The options, in the bank's order.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::OPTIONS, child_complexity)")]
    async fn options(&self) -> Result<Vec<PracticeOption>> {
        Ok(exam::options_of(&self.0)?.into_iter().map(Into::into).collect())
    }
    /// The law the question comes from (法律依据).
    async fn law_source(&self) -> &str {
        &self.0.law_source
    }
}

/// The answer to a practice answer: right or wrong, with the answer, explanation and law.
#[derive(SimpleObject)]
pub struct PracticeResult {
    correct: bool,
    /// The correct option keys, e.g. "ACD".
    correct_answer: String,
    explanation: String,
    /// The law the question comes from (法律依据).
    law_source: String,
}

/// A law practice questions come from, with how many there are.
#[derive(SimpleObject)]
pub struct PracticeLaw {
    law_source: String,
    questions: i32,
}

/// An entry of the learner's wrong-answer book (错题本).
#[derive(SimpleObject)]
pub struct MistakeEntry {
    question: PracticeQuestion,
    /// How many times it was answered wrong.
    wrong_count: i32,
    last_wrong_at: DateTime<FixedOffset>,
    /// Answered right since the last wrong answer: it may now be removed.
    answered_right: bool,
}

#[derive(Default)]
pub struct PracticeQuery;

#[Object]
impl PracticeQuery {
    /// A round of practice questions at random (1–50), all or of one law. Learners only;
    /// practice questions are never the exam's and nothing here counts towards the exam or
    /// study points.
    #[graphql(complexity = "crate::graphql::cost::asked(count, child_complexity)")]
    async fn practice_questions(
        &self,
        ctx: &Context<'_>,
        law_source: Option<String>,
        #[graphql(default = 10)] count: i32,
    ) -> Result<Vec<PracticeQuestion>> {
        let actor = ctx.actor()?;
        Ok(
            practice::round(&ctx.state()?.db, actor, law_source.as_deref(), count)
                .await?
                .into_iter()
                .map(PracticeQuestion)
                .collect(),
        )
    }

    /// The laws of the practice questions, with their counts, for practising by law.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::ROWS, child_complexity)")]
    async fn practice_laws(&self, ctx: &Context<'_>) -> Result<Vec<PracticeLaw>> {
        let actor = ctx.actor()?;
        Ok(practice::laws(&ctx.state()?.db, actor)
            .await?
            .into_iter()
            .map(|(law_source, n)| PracticeLaw {
                law_source,
                questions: n as i32,
            })
            .collect())
    }

    /// The caller's own wrong-answer book (错题本), most recent mistake first.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::ROWS, child_complexity)")]
    async fn my_mistakes(&self, ctx: &Context<'_>) -> Result<Vec<MistakeEntry>> {
        let actor = ctx.actor()?;
        Ok(practice::mistakes(&ctx.state()?.db, actor)
            .await?
            .into_iter()
            .map(|(m, q)| MistakeEntry {
                question: PracticeQuestion(q),
                wrong_count: m.wrong_count,
                last_wrong_at: cst(m.last_wrong_at),
                answered_right: m.answered_right,
            })
            .collect())
    }
}

#[derive(Default)]
pub struct PracticeMutation;

#[Object]
impl PracticeMutation {
    /// Answers a practice question with option keys (["A"], ["A","C"]): answers whether it was
    /// right, with the answer, explanation and law. A wrong answer goes to the wrong-answer
    /// book. An exam question is NOT_FOUND.
    async fn answer_practice(
        &self,
        ctx: &Context<'_>,
        question_id: ID,
        answer: Vec<String>,
    ) -> Result<PracticeResult> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Question, &question_id)?;
        if answer.len() > 10 {
            return Err(AppError::bad_input("所选选项过多").into());
        }
        let (correct, q) = practice::answer(&ctx.state()?.db, actor, id, &answer).await?;
        Ok(PracticeResult {
            correct,
            correct_answer: q.answer,
            explanation: q.explanation,
            law_source: q.law_source,
        })
    }

    /// Removes a question from one's own wrong-answer book, once answered right in practice.
    async fn remove_mistake(&self, ctx: &Context<'_>, question_id: ID) -> Result<bool> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Question, &question_id)?;
        practice::remove_mistake(&ctx.state()?.db, actor, id).await?;
        Ok(true)
    }

    /// Marks a bank question as a practice question (province office): refused for a question
    /// already drawn into a paper; a practice question never returns to the exam.
    async fn set_question_practice(
        &self,
        ctx: &Context<'_>,
        question_id: ID,
        #[graphql(default = true)] practice: bool,
    ) -> Result<Question> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Question, &question_id)?;
        Ok(Question(
            practice::set_practice(&ctx.state()?.db, actor, id, practice).await?,
        ))
    }
}
