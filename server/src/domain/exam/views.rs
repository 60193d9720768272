//! What learners and administrators read of attempts: the lists, the paper as shown (labels,
//! no answers) and the answers given so far.

use std::collections::HashMap;

use entity::{campaign, exam_attempt};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Select};

use super::paper::paper_of;
use super::question::{KEYS, QuestionOption};
use super::write_behind::stored_answers;
use super::{ExamContext, TAKES_EXAM};
use crate::domain::campaign as campaigns;
use crate::domain::ids::{CampaignId, LearnerId};
use crate::error::{AppError, AppResult};
use crate::scope::Actor;

/// A learner's attempts in a campaign, to be narrowed further.
pub(crate) fn learner_attempts(learner_id: i32, campaign_id: i32) -> Select<exam_attempt::Entity> {
    exam_attempt::Entity::find()
        .filter(exam_attempt::Column::LearnerId.eq(learner_id))
        .filter(exam_attempt::Column::CampaignId.eq(campaign_id))
}

pub async fn attempts_of(
    db: &DatabaseConnection,
    LearnerId(learner_id): LearnerId,
    CampaignId(campaign_id): CampaignId,
) -> AppResult<Vec<exam_attempt::Model>> {
    Ok(learner_attempts(learner_id, campaign_id)
        .order_by_asc(exam_attempt::Column::Id)
        .all(db)
        .await?)
}

pub async fn my_attempts(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
) -> AppResult<Vec<exam_attempt::Model>> {
    let learner_id = actor.own_learner(TAKES_EXAM)?;
    let c = campaigns::find(db, actor, campaign_id).await?;
    attempts_of(db, LearnerId(learner_id), CampaignId(c.id)).await
}

/// A question as a learner sees it in its paper: shown labels, no answer.
pub struct PaperQuestionView {
    pub question_id: i32,
    pub question_type: crate::domain::campaign::QuestionType,
    pub stem: String,
    pub options: Vec<QuestionOption>,
    pub points: i32,
}

/// The paper as shown, from this replica's copy of the campaign's bank (the campaign row is
/// read for the bank's version): no question row is read per paper.
pub async fn paper_view(ctx: &ExamContext<'_>, a: &exam_attempt::Model) -> AppResult<Vec<PaperQuestionView>> {
    let paper = paper_of(a)?;
    let c = campaign::Entity::find_by_id(a.campaign_id)
        .one(ctx.db)
        .await?
        .ok_or_else(AppError::not_found)?;
    let bank = ctx.papers.banks.bank(ctx.db, &c).await?;
    let mut out = Vec::with_capacity(paper.len());
    for e in &paper {
        let Some(q) = bank.question(e.question_id) else {
            continue;
        };
        let options = e
            .order
            .iter()
            .enumerate()
            .map(|(i, key)| QuestionOption {
                key: KEYS[i].to_owned(),
                text: q.text_of(key).unwrap_or_default().to_owned(),
            })
            .collect();
        out.push(PaperQuestionView {
            question_id: e.question_id,
            question_type: e.question_type,
            stem: q.stem.to_string(),
            options,
            points: e.points,
        });
    }
    Ok(out)
}

/// The attempt's answers as shown labels: the live store's newest, else the database's.
pub async fn answers_view(
    ctx: &ExamContext<'_>,
    a: &exam_attempt::Model,
) -> AppResult<Vec<(i32, Vec<String>)>> {
    let mut answers: HashMap<i32, (String, i64)> = stored_answers(ctx.db, a.id)
        .await?
        .into_iter()
        .map(|r| (r.question_id, (r.choices, r.seq)))
        .collect();
    if a.status == entity::exam_attempt::AttemptStatus::Live
        && let Some((_, live)) = ctx.live.load(a.id).await?
    {
        for (q, (choices, seq)) in live {
            if answers.get(&q).is_none_or(|(_, old)| *old <= seq) {
                answers.insert(q, (choices, seq));
            }
        }
    }
    let paper = paper_of(a)?;
    Ok(paper
        .iter()
        .zip(1..)
        .filter_map(|(e, place)| {
            let (choices, _) = answers.get(&e.question_id)?;
            let labels = choices
                .chars()
                .filter_map(|k| e.label_of(&k.to_string()))
                .collect::<Vec<_>>();
            let mut labels = labels;
            labels.sort();
            Some((place, labels))
        })
        .collect())
}

/// Attempts in progress, in every campaign (a gauge of `/metrics`).
pub async fn live_attempt_count(db: &DatabaseConnection) -> AppResult<u64> {
    use sea_orm::PaginatorTrait;
    Ok(exam_attempt::Entity::find()
        .filter(exam_attempt::Column::Status.eq(exam_attempt::AttemptStatus::Live))
        .count(db)
        .await?)
}
