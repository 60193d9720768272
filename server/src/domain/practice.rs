//! Practice (模拟练习): the province marks questions of the bank as practice questions; learners
//! answer them at random or by law and see the answer, the explanation and the law at once; what
//! they got wrong goes to their wrong-answer book (错题本), from which they may remove a question
//! once they have answered it right.
//!
//! A question is either practice or exam: practice questions are never drawn into a paper
//! (`exam::draw_paper` leaves them out), and an exam question never appears here, nor answers
//! here (it is NOT_FOUND, exactly like a missing one). Practice never counts towards the exam or
//! study points: nothing here writes an attempt or a credit.

use std::collections::BTreeMap;

use entity::{campaign, exam_attempt, practice_mistake, question};
use rand::seq::IndexedRandom;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait,
};

use crate::domain::campaign as campaigns;
use crate::domain::exam;
use crate::error::{AppError, AppResult};
use crate::scope::Actor;

/// The most questions one practice round asks for.
pub const MAX_ROUND: usize = 50;

/// The campaign the caller practises in: its province's current one.
async fn practice_campaign(db: &DatabaseConnection, actor: &Actor) -> AppResult<campaign::Model> {
    if actor.learner.is_none() {
        return Err(AppError::forbidden("模拟练习仅供学员使用"));
    }
    campaigns::current(db, actor)
        .await?
        .filter(|c| actor.practises_in(c))
        .ok_or_else(|| AppError::new(crate::error::Code::NotFound, "本省暂无年度考试，暂时没有练习题"))
}

fn practice_pool(c: &campaign::Model) -> sea_orm::Select<question::Entity> {
    question::Entity::find()
        .filter(question::Column::CampaignId.eq(c.id))
        .filter(question::Column::Practice.eq(true))
        .filter(question::Column::Withdrawn.eq(false))
}

/// The laws practice questions come from, with how many each, for practising by law.
pub async fn laws(db: &DatabaseConnection, actor: &Actor) -> AppResult<Vec<(String, u64)>> {
    let c = practice_campaign(db, actor).await?;
    let sources: Vec<String> = practice_pool(&c)
        .select_only()
        .column(question::Column::LawSource)
        .into_tuple()
        .all(db)
        .await?;
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    for s in sources {
        *counts.entry(s).or_default() += 1;
    }
    Ok(counts.into_iter().collect())
}

/// A round of practice questions at random, all or of one law.
pub async fn round(
    db: &DatabaseConnection,
    actor: &Actor,
    law: Option<&str>,
    count: i32,
) -> AppResult<Vec<question::Model>> {
    if !(1..=MAX_ROUND as i32).contains(&count) {
        return Err(AppError::bad_input(format!("每次练习 1 至 {MAX_ROUND} 题")));
    }
    let c = practice_campaign(db, actor).await?;
    let mut pool = practice_pool(&c);
    if let Some(law) = law.map(str::trim).filter(|l| !l.is_empty()) {
        pool = pool.filter(question::Column::LawSource.eq(law));
    }
    let ids: Vec<i32> = pool
        .select_only()
        .column(question::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let chosen: Vec<i32> = ids
        .choose_multiple(&mut rand::rng(), count as usize)
        .copied()
        .collect();
    let mut rows = question::Entity::find()
        .filter(question::Column::Id.is_in(chosen.clone()))
        .all(db)
        .await?;
    rows.sort_by_key(|q| chosen.iter().position(|id| *id == q.id));
    Ok(rows)
}

/// A practice question the caller may answer; an exam question is NOT_FOUND.
async fn practice_question(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<question::Model> {
    let c = practice_campaign(db, actor).await?;
    practice_pool(&c)
        .filter(question::Column::Id.eq(id))
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)
}

/// The choices as the bank stores an answer: keys sorted, each once ("ACD").
fn normalise_answer(q: &question::Model, choices: &[String]) -> AppResult<String> {
    let keys: Vec<String> = exam::options_of(q)?.into_iter().map(|o| o.key).collect();
    let mut chosen: Vec<&str> = Vec::new();
    for c in choices {
        let c = c.trim();
        if !keys.iter().any(|k| k == c) {
            return Err(AppError::bad_input(format!(
                "选项“{}”不存在",
                c.chars().take(5).collect::<String>()
            )));
        }
        chosen.push(c);
    }
    chosen.sort_unstable();
    chosen.dedup();
    if chosen.is_empty() {
        return Err(AppError::bad_input("请至少选择一个选项"));
    }
    if q.question_type != entity::question::QuestionType::Multiple && chosen.len() > 1 {
        return Err(AppError::bad_input("单选题和判断题只能选一个选项"));
    }
    Ok(chosen.concat())
}

/// Answers a practice question: whether it was right, and the question with its answer.
/// A wrong answer puts it in the wrong-answer book; a right one marks a booked question as
/// answered right (removable).
pub async fn answer(
    db: &DatabaseConnection,
    actor: &Actor,
    question_id: i32,
    choices: &[String],
) -> AppResult<(bool, question::Model)> {
    let q = practice_question(db, actor, question_id).await?;
    let given = normalise_answer(&q, choices)?;
    let learner_id = actor.own_learner("模拟练习仅供学员使用")?;
    let correct = given == q.answer;
    let now = crate::infra::clock::now();
    if correct {
        practice_mistake::Entity::update_many()
            .col_expr(practice_mistake::Column::AnsweredRight, Expr::value(true))
            .filter(practice_mistake::Column::LearnerId.eq(learner_id))
            .filter(practice_mistake::Column::QuestionId.eq(q.id))
            .exec(db)
            .await?;
    } else {
        practice_mistake::Entity::insert(practice_mistake::ActiveModel {
            learner_id: Set(learner_id),
            question_id: Set(q.id),
            wrong_count: Set(1),
            last_wrong_at: Set(now),
            answered_right: Set(false),
        })
        .on_conflict(
            OnConflict::columns([
                practice_mistake::Column::LearnerId,
                practice_mistake::Column::QuestionId,
            ])
            .value(
                practice_mistake::Column::WrongCount,
                Expr::col((practice_mistake::Entity, practice_mistake::Column::WrongCount)).add(1),
            )
            .value(practice_mistake::Column::LastWrongAt, Expr::value(now))
            .value(practice_mistake::Column::AnsweredRight, Expr::value(false))
            .to_owned(),
        )
        .exec(db)
        .await?;
    }
    Ok((correct, q))
}

/// The caller's wrong-answer book, most recent mistake first, with the questions.
pub async fn mistakes(
    db: &DatabaseConnection,
    actor: &Actor,
) -> AppResult<Vec<(practice_mistake::Model, question::Model)>> {
    let Some(learner) = &actor.learner else {
        return Ok(Vec::new());
    };
    let rows = practice_mistake::Entity::find()
        .filter(practice_mistake::Column::LearnerId.eq(learner.learner_id))
        .order_by_desc(practice_mistake::Column::LastWrongAt)
        .limit(500)
        .all(db)
        .await?;
    let questions = question::Entity::find()
        .filter(question::Column::Id.is_in(rows.iter().map(|r| r.question_id).collect::<Vec<_>>()))
        .filter(question::Column::Practice.eq(true))
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|m| {
            let q = questions.iter().find(|q| q.id == m.question_id)?.clone();
            Some((m, q))
        })
        .collect())
}

/// Removes a question from the caller's wrong-answer book, once answered right.
pub async fn remove_mistake(db: &DatabaseConnection, actor: &Actor, question_id: i32) -> AppResult<()> {
    let learner_id = actor
        .learner
        .as_ref()
        .map(|l| l.learner_id)
        .ok_or_else(AppError::not_found)?;
    let entry = practice_mistake::Entity::find_by_id((learner_id, question_id))
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    if !entry.answered_right {
        return Err(AppError::bad_input("请先在练习中答对这道题，再将其移出错题本"));
    }
    practice_mistake::Entity::delete_by_id((learner_id, question_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Marks a question of the bank as a practice question (province office only). Refused for
/// a question already drawn into a paper (learners have seen it as an exam question); a
/// practice question never goes back to the exam (its answer has been shown).
pub async fn set_practice(
    db: &DatabaseConnection,
    actor: &Actor,
    question_id: i32,
    practice: bool,
) -> AppResult<question::Model> {
    let q = exam::question_for_bank(db, actor, question_id).await?;
    if q.practice == practice {
        return Ok(q);
    }
    if !practice {
        return Err(AppError::conflict(
            "练习题的答案已向学员公开，不能再改为考试题；请另行导入新的考试题",
        ));
    }
    // Papers store their questions as JSON entries `{"q":<id>,...}`.
    let drawn = exam_attempt::Entity::find()
        .filter(exam_attempt::Column::CampaignId.eq(q.campaign_id))
        .filter(Expr::col(exam_attempt::Column::Paper).like(format!("%\"q\":{},%", q.id)))
        .count(db)
        .await?;
    if drawn > 0 {
        return Err(AppError::conflict(
            "这道题已出现在考生的试卷中，不能改为练习题（练习不得泄露考试题）",
        ));
    }
    let campaign_id = q.campaign_id;
    let mut active: question::ActiveModel = q.into();
    active.practice = Set(true);
    active.updated_at = Set(crate::infra::clock::now());
    // A practice question is drawn no more: the bank's stamp moves with it.
    let txn = db.begin().await?;
    let updated = active.update(&txn).await?;
    exam::bank_changed(&txn, campaign_id).await?;
    txn.commit().await?;
    Ok(updated)
}
