//! The roster (学员名单): learners on units' rosters.

use chrono::{NaiveDate, Utc};
use entity::{account, learner, unit};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::domain::accounts;
use crate::domain::paging::{Page, PageOf};
use crate::domain::phone::PhoneNumber;
use crate::error::{AppError, AppResult};
use crate::scope::{self, Actor};

/// Employment status (在职状态).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmploymentStatus {
    /// 在职
    InService,
    /// 退休
    Retired,
    /// 调出: between units
    Transferring,
    /// 离职
    Left,
}

impl EmploymentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EmploymentStatus::InService => "IN_SERVICE",
            EmploymentStatus::Retired => "RETIRED",
            EmploymentStatus::Transferring => "TRANSFERRING",
            EmploymentStatus::Left => "LEFT",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::InService,
            Self::Retired,
            Self::Transferring,
            Self::Left,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }
}

pub struct NewLearner<'a> {
    pub phone: &'a PhoneNumber,
    pub name: &'a str,
    pub rank: Option<&'a str>,
    pub retirement_date: Option<NaiveDate>,
}

/// Puts a person on a unit's roster, opening an account on the initial password if the phone
/// has none. The caller has checked that it may; a phone already on a roster is a conflict.
pub async fn enroll<C: ConnectionTrait>(
    db: &C,
    unit: &unit::Model,
    new: NewLearner<'_>,
) -> AppResult<learner::Model> {
    let account = accounts::ensure_account(db, new.phone, new.name).await?;
    if let Some(existing) = learner::Entity::find()
        .filter(learner::Column::AccountId.eq(account.id))
        .one(db)
        .await?
    {
        return Err(if existing.unit_id == Some(unit.id) {
            AppError::conflict(format!("{} 已在本单位名单中", new.phone))
        } else {
            AppError::conflict(format!(
                "{} 已在其他单位的名单中，请通过调动（调出/调进）办理",
                new.phone
            ))
        });
    }
    let now = Utc::now();
    Ok(learner::ActiveModel {
        account_id: Set(account.id),
        unit_id: Set(Some(unit.id)),
        name: Set(new.name.trim().to_owned()),
        rank: Set(new
            .rank
            .map(|r| r.trim().to_owned())
            .filter(|r| !r.is_empty())),
        status: Set(EmploymentStatus::InService.as_str().to_owned()),
        status_since: Set(None),
        retirement_date: Set(new.retirement_date),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// A learner the caller can see (itself, or one on a roster it manages); otherwise NOT_FOUND.
pub async fn find_learner(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> AppResult<learner::Model> {
    let Some(l) = learner::Entity::find_by_id(id).one(db).await? else {
        return Err(AppError::not_found());
    };
    let unit = match l.unit_id {
        Some(unit_id) => unit::Entity::find_by_id(unit_id).one(db).await?,
        None => None,
    };
    if actor.sees_learner(&l, unit.as_ref()) {
        Ok(l)
    } else {
        Err(AppError::not_found())
    }
}

/// The roster of a unit the caller manages, by id.
pub async fn learners_of_unit(
    db: &DatabaseConnection,
    actor: &Actor,
    unit: &unit::Model,
    page: Page,
) -> AppResult<PageOf<learner::Model>> {
    scope::require(
        actor.sees_unit(unit),
        actor.manages_unit(unit),
        "查看该单位的学员名单",
    )?;
    let base = learner::Entity::find().filter(learner::Column::UnitId.eq(unit.id));
    let total_count = base.clone().count(db).await?;
    let mut query = base;
    if let Some(after) = page.after_id {
        query = query.filter(learner::Column::Id.gt(after));
    }
    let mut rows = query
        .order_by_asc(learner::Column::Id)
        .limit(page.first + 1)
        .all(db)
        .await?;
    let has_next_page = rows.len() as u64 > page.first;
    rows.truncate(page.first as usize);
    Ok(PageOf {
        rows,
        has_next_page,
        total_count,
    })
}

pub async fn learner_of_account(
    db: &DatabaseConnection,
    account_id: i32,
) -> AppResult<Option<learner::Model>> {
    Ok(learner::Entity::find()
        .filter(learner::Column::AccountId.eq(account_id))
        .one(db)
        .await?)
}

pub async fn accounts_by_id(
    db: &DatabaseConnection,
    ids: &[i32],
) -> AppResult<Vec<account::Model>> {
    Ok(account::Entity::find()
        .filter(account::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?)
}
