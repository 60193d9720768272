//! What learners and administrators read of attempts: the lists, the paper as shown (labels,
//! no answers) and the answers given so far.

use std::collections::HashMap;

use entity::{exam_attempt, question};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::bank::{KEYS, QuestionOption, parse_options};
use super::paper::paper_of;
use super::write_behind::stored_answers;
use super::{ExamContext, TAKES_EXAM};
use crate::domain::campaign as campaigns;
use crate::error::AppResult;
use crate::scope::Actor;

pub async fn attempts_of(
    db: &DatabaseConnection,
    learner_id: i32,
    campaign_id: i32,
) -> AppResult<Vec<exam_attempt::Model>> {
    Ok(exam_attempt::Entity::find()
        .filter(exam_attempt::Column::LearnerId.eq(learner_id))
        .filter(exam_attempt::Column::CampaignId.eq(campaign_id))
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
    attempts_of(db, learner_id, c.id).await
}

/// A question as a learner sees it in its paper: shown labels, no answer.
pub struct PaperQuestionView {
    pub question_id: i32,
    pub question_type: crate::domain::campaign::QuestionType,
    pub stem: String,
    pub options: Vec<QuestionOption>,
    pub points: i32,
}

pub async fn paper_view(
    db: &DatabaseConnection,
    a: &exam_attempt::Model,
) -> AppResult<Vec<PaperQuestionView>> {
    let paper = paper_of(a)?;
    let ids: Vec<i32> = paper.iter().map(|e| e.question_id).collect();
    // Stem and options only: answers and explanations are not read on this path at all.
    let bank: HashMap<i32, (String, String)> = question::Entity::find()
        .select_only()
        .column(question::Column::Id)
        .column(question::Column::Stem)
        .column(question::Column::Options)
        .filter(question::Column::Id.is_in(ids))
        .into_tuple::<(i32, String, String)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, stem, options)| (id, (stem, options)))
        .collect();
    let mut out = Vec::with_capacity(paper.len());
    for e in &paper {
        let Some((stem, raw_options)) = bank.get(&e.question_id) else {
            continue;
        };
        let texts: HashMap<String, String> = parse_options(e.question_id, raw_options)?
            .into_iter()
            .map(|o| (o.key, o.text))
            .collect();
        let options = e
            .order
            .iter()
            .enumerate()
            .map(|(i, key)| QuestionOption {
                key: KEYS[i].to_owned(),
                text: texts.get(key).cloned().unwrap_or_default(),
            })
            .collect();
        out.push(PaperQuestionView {
            question_id: e.question_id,
            question_type: e.question_type,
            stem: stem.clone(),
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
