//! A new year's campaign: the roster verification starts from last year's roster (a learner is
//! one roster entry per person, kept from year to year with its account, password, unit and
//! record), with the year's retirements flagged for the unit's administrator.

use chrono::NaiveDate;
use entity::{campaign, learner};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use crate::domain::ids::{CampaignId, UnitId};
use crate::domain::roster::EmploymentStatus;
use crate::domain::{campaign as campaigns, org};
use crate::error::AppResult;
use crate::scope::{self, Actor};

/// Where a learner's expected retirement date falls against a campaign's year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetirementTiming {
    /// Before the year's study starts: should be recorded as retired (退休) at verification.
    BeforeWindow,
    /// From the study start to the make-up's end: leaves the "should take" count that day.
    WithinWindow,
}

/// The timing of a retirement date in a campaign, if it falls before the make-up's end.
pub fn timing(c: &campaign::Model, retirement: Option<NaiveDate>) -> Option<RetirementTiming> {
    let day = retirement?;
    if day < c.study_start {
        Some(RetirementTiming::BeforeWindow)
    } else if day <= c.makeup_end {
        Some(RetirementTiming::WithinWindow)
    } else {
        None
    }
}

/// The learners in service on a unit's roster whose retirement falls before the campaign's
/// make-up ends, earliest first: what the administrator checks at the year's verification.
pub async fn retirements_due(
    db: &DatabaseConnection,
    actor: &Actor,
    CampaignId(campaign_id): CampaignId,
    UnitId(unit_id): UnitId,
) -> AppResult<(campaign::Model, Vec<learner::Model>)> {
    let c = campaigns::find(db, actor, campaign_id).await?;
    let u = org::find_unit(db, actor, unit_id).await?;
    scope::require(true, actor.manages_unit(&u), "查看该单位的名单")?;
    let due = learner::Entity::find()
        .filter(learner::Column::UnitId.eq(u.id))
        .filter(learner::Column::Status.eq(EmploymentStatus::InService))
        .filter(learner::Column::RetirementDate.lte(c.makeup_end))
        .order_by_asc(learner::Column::RetirementDate)
        .order_by_asc(learner::Column::Id)
        .all(db)
        .await?;
    Ok((c, due))
}

/// What `copy_material` copied, and what it left because the target already had it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CopiedMaterial {
    pub study_items: u64,
    pub questions: u64,
    /// Items of the source whose category and title the target already has.
    pub study_items_already_there: u64,
    /// Questions of the source whose type and stem the target already has (withdrawn there
    /// too: a question the office pulled from the new year is not brought back by a copy).
    pub questions_already_there: u64,
}

/// Copies the study material and the question bank (what is not withdrawn) of one campaign into
/// another of the same province, at any time, on request: what the target already has (an item
/// of the same category and title, a question of the same type and stem) is left as the target
/// has it, so copying twice copies nothing the second time and the new year's own edits stay.
/// In one transaction.
pub async fn copy_material(
    db: &DatabaseConnection,
    actor: &Actor,
    CampaignId(from_id): CampaignId,
    CampaignId(to_id): CampaignId,
) -> AppResult<CopiedMaterial> {
    use entity::{question, region, study_item};
    use sea_orm::{ConnectionTrait, PaginatorTrait, Statement, TransactionTrait, Value};

    let from = campaigns::find(db, actor, from_id).await?;
    let to = campaigns::find(db, actor, to_id).await?;
    let province = region::Entity::find_by_id(to.region_id)
        .one(db)
        .await?
        .ok_or_else(crate::error::AppError::not_found)?;
    scope::require(
        true,
        actor.may_appoint(scope::Role::ProvinceAdmin, &province.path, None),
        "复制年度活动的题库和学习资料",
    )?;
    if from.id == to.id || from.region_id != to.region_id {
        return Err(crate::error::AppError::bad_input(
            "请选择本省另一年度的活动作为来源",
        ));
    }
    // A practice flag (added by the practice bank) is carried over where the column exists, so
    // a practice question never becomes an exam question by being copied. Asked outside the
    // transaction: on PostgreSQL a failed statement ends the transaction.
    let practice = db
        .execute_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT practice FROM questions WHERE 1 = 0",
        ))
        .await
        .is_ok();
    let txn = db.begin().await?;
    let source_items = study_item::Entity::find()
        .filter(study_item::Column::CampaignId.eq(from.id))
        .filter(study_item::Column::Withdrawn.eq(false))
        .count(&txn)
        .await?;
    let source_questions = question::Entity::find()
        .filter(question::Column::CampaignId.eq(from.id))
        .filter(question::Column::Withdrawn.eq(false))
        .count(&txn)
        .await?;
    let backend = txn.get_database_backend();
    let run = |sql: String, values: Vec<Value>| {
        let sql = match backend {
            sea_orm::DatabaseBackend::Postgres => sql.replace('?', "$"),
            _ => sql,
        };
        Statement::from_sql_and_values(backend, sql, values)
    };
    let now = crate::infra::clock::now();
    let extra = if practice { ", practice" } else { "" };
    let copied_items = txn
        .execute_raw(run(
            "INSERT INTO study_items (campaign_id, category, title, body, points, min_reading_seconds, position, \
             withdrawn, created_at, updated_at)
             SELECT ?1, category, title, body, points, min_reading_seconds, position, withdrawn, ?2, ?2
             FROM study_items s WHERE campaign_id = ?3 AND withdrawn = ?4
             AND NOT EXISTS (SELECT 1 FROM study_items t
                             WHERE t.campaign_id = ?1 AND t.category = s.category AND t.title = s.title)
             ORDER BY position, id"
                .to_owned(),
            vec![to.id.into(), now.into(), from.id.into(), false.into()],
        ))
        .await?
        .rows_affected();
    let copied_questions = txn
        .execute_raw(run(
            format!(
                "INSERT INTO questions (campaign_id, question_type, stem, options, answer, explanation, law_source, \
                 fingerprint, withdrawn, created_at, updated_at{extra})
                 SELECT ?1, question_type, stem, options, answer, explanation, law_source, fingerprint, withdrawn, ?2, ?2{extra}
                 FROM questions s WHERE campaign_id = ?3 AND withdrawn = ?4
                 AND NOT EXISTS (SELECT 1 FROM questions t WHERE t.campaign_id = ?1 AND t.fingerprint = s.fingerprint)
                 ORDER BY id"
            ),
            vec![to.id.into(), now.into(), from.id.into(), false.into()],
        ))
        .await?
        .rows_affected();
    if copied_questions > 0 {
        crate::domain::exam::bank_changed(&txn, to.id).await?;
    }
    txn.commit().await?;
    Ok(CopiedMaterial {
        study_items: copied_items,
        questions: copied_questions,
        study_items_already_there: source_items - copied_items,
        questions_already_there: source_questions - copied_questions,
    })
}
