//! Crediting study points (学法积分) under the category caps and the daily cap, and the
//! profile points. Below `study`, `roster` and `accounts`, which all credit through here, so
//! none of them needs another.

use chrono::{TimeZone, Utc};
use entity::{campaign, learner, study_credit, study_progress, unit};
use sea_orm::sea_query::{Expr, Func, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QuerySelect, Set, TransactionTrait,
};

use crate::domain::campaign::{self as campaigns, StudyCategory};
use crate::domain::ids::{CampaignId, LearnerId};
use crate::error::{AppError, AppResult, Code};
use crate::infra::clock;

/// Credits points once (by key) within the category's cap, the daily cap, and keeps the
/// running total. Returns whether a new credit was made.
pub(crate) async fn credit(
    txn: &DatabaseTransaction,
    c: &campaign::Model,
    LearnerId(learner_id): LearnerId,
    category: StudyCategory,
    item_id: Option<i32>,
    points: i32,
) -> AppResult<bool> {
    let key = item_id
        .map(|id| format!("item:{id}"))
        .unwrap_or_else(|| "profile".to_owned());
    let now = crate::infra::clock::now();
    // The progress row is the lock that serialises one learner's credits (PostgreSQL takes
    // a row lock; SQLite has one writer anyway).
    study_progress::Entity::insert(study_progress::ActiveModel {
        learner_id: Set(learner_id),
        campaign_id: Set(c.id),
        total_points: Set(0),
        completed_on: Set(None),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            study_progress::Column::LearnerId,
            study_progress::Column::CampaignId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(txn)
    .await?;
    let row = study_progress::Entity::find_by_id((learner_id, c.id))
        .lock_exclusive()
        .one(txn)
        .await?
        .ok_or_else(|| AppError::internal("progress row vanished"))?;
    let done = study_credit::Entity::find()
        .filter(study_credit::Column::LearnerId.eq(learner_id))
        .filter(study_credit::Column::CampaignId.eq(c.id))
        .filter(study_credit::Column::CreditKey.eq(key.as_str()))
        .count(txn)
        .await?;
    if done > 0 {
        return Ok(false);
    }
    let cap = campaigns::categories_of(c)?
        .into_iter()
        .find(|rule| rule.category == category)
        .map(|rule| rule.points)
        .unwrap_or(0);
    let so_far: i32 = sum_points(txn, learner_id, c.id, Some(category), None).await?;
    let granted = points.min(cap - so_far).max(0);
    if let Some(daily) = c.daily_points_cap {
        let start_of_day = clock::CHINA
            .from_local_datetime(&clock::today().and_hms_opt(0, 0, 0).unwrap_or_default())
            .single()
            .map(|t| t.with_timezone(&Utc))
            .ok_or_else(|| AppError::internal("start of day"))?;
        let today_points = sum_points(txn, learner_id, c.id, None, Some(start_of_day)).await?;
        if granted > 0 && today_points + granted > daily {
            return Err(AppError::new(
                Code::RateLimited,
                format!("今日已获得 {today_points} 分，每日积分上限为 {daily} 分，请明天继续学习"),
            ));
        }
    }
    study_credit::ActiveModel {
        learner_id: Set(learner_id),
        campaign_id: Set(c.id),
        category: Set(category),
        credit_key: Set(key),
        item_id: Set(item_id),
        points: Set(granted),
        credited_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let total = row.total_points + granted;
    let mut active: study_progress::ActiveModel = row.clone().into();
    active.total_points = Set(total);
    let completes = row.completed_on.is_none() && total >= c.required_points;
    if completes {
        active.completed_on = Set(Some(clock::today()));
    }
    active.updated_at = Set(now);
    active.update(txn).await?;
    if completes {
        crate::domain::stats::refresh_learner(txn, CampaignId(c.id), LearnerId(learner_id)).await?;
    }
    Ok(true)
}

async fn sum_points<C: ConnectionTrait>(
    db: &C,
    learner_id: i32,
    campaign_id: i32,
    category: Option<StudyCategory>,
    since: Option<chrono::DateTime<Utc>>,
) -> AppResult<i32> {
    let mut query = study_credit::Entity::find()
        .select_only()
        .column_as(
            Expr::expr(Func::sum(Expr::col(study_credit::Column::Points))),
            "sum",
        )
        .filter(study_credit::Column::LearnerId.eq(learner_id))
        .filter(study_credit::Column::CampaignId.eq(campaign_id));
    if let Some(category) = category {
        query = query.filter(study_credit::Column::Category.eq(category));
    }
    if let Some(since) = since {
        query = query.filter(study_credit::Column::CreditedAt.gte(since));
    }
    let sum: Option<i64> = query.into_tuple::<Option<i64>>().one(db).await?.flatten();
    Ok(sum.unwrap_or(0) as i32)
}

/// What a learner still has to fill in for the profile points, as the page names it; empty
/// when the profile is complete. Only what the learner can always provide itself: the rank
/// (its own to write at any time) and a password of its own. The name is the roster's, and
/// never empty. The retirement date is not required: it is optional on the roster, and after
/// the verification deadline a learner near retirement may not enter it itself (it decides
/// exemptions), so requiring it could leave a learner short of the required points for ever.
pub fn profile_missing(l: &learner::Model, account: &entity::account::Model) -> Vec<&'static str> {
    let mut missing = Vec::new();
    if l.name.trim().is_empty() {
        missing.push("姓名");
    }
    if l.rank.as_deref().is_none_or(|r| r.trim().is_empty()) {
        missing.push("职级");
    }
    if account.password_hash.is_none() || account.must_change_password {
        missing.push("修改初始密码");
    }
    missing
}

/// What the learner still has to fill in for the profile points (see [`profile_missing`]).
pub async fn profile_missing_of<C: ConnectionTrait>(db: &C, learner_id: i32) -> AppResult<Vec<&'static str>> {
    let l = learner::Entity::find_by_id(learner_id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    let account = entity::account::Entity::find_by_id(l.account_id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    Ok(profile_missing(&l, &account))
}

/// Credits the profile points once the profile is complete ([`profile_missing`] is empty).
/// Runs for every campaign of the learner's province whose study period is open. Called where
/// the profile is written (the learner's details, the password) and at the learner's next
/// opening of an item, which catches a campaign opened since, or points the daily cap
/// postponed; never on a read.
pub async fn award_profile(db: &DatabaseConnection, learner_id: i32) -> AppResult<()> {
    let Some(l) = learner::Entity::find_by_id(learner_id).one(db).await? else {
        return Ok(());
    };
    let Some(account) = entity::account::Entity::find_by_id(l.account_id).one(db).await? else {
        return Ok(());
    };
    if !profile_missing(&l, &account).is_empty() {
        return Ok(());
    }
    // The learner's unit, or the last one while transferring (as the roster's home unit).
    let Some(unit_id) = l.unit_id.or(l.last_unit_id) else {
        return Ok(());
    };
    let Some(unit) = unit::Entity::find_by_id(unit_id).one(db).await? else {
        return Ok(());
    };
    let province = &unit.region_path[..unit.region_path.len().min(6)];
    let today = clock::today();
    let open = campaign::Entity::find()
        .filter(campaign::Column::RegionPath.eq(province))
        .filter(campaign::Column::StudyStart.lte(today))
        .filter(campaign::Column::MakeupEnd.gte(today))
        .all(db)
        .await?;
    for c in open {
        let Some(rule) = campaigns::categories_of(&c)?
            .into_iter()
            .find(|r| r.category == StudyCategory::Profile)
        else {
            continue;
        };
        let txn = db.begin().await?;
        match credit(
            &txn,
            &c,
            LearnerId(l.id),
            StudyCategory::Profile,
            None,
            rule.points,
        )
        .await
        {
            Ok(_) => txn.commit().await?,
            // The daily cap postpones the profile points to another day, silently.
            Err(AppError::User {
                code: Code::RateLimited,
                ..
            }) => txn.rollback().await?,
            Err(e) => return Err(e),
        }
    }
    Ok(())
}
