//! Study points (学法积分): reading material, credited reading, category caps, the profile
//! points, and the eligibility rule the exam uses.
//!
//! An item is credited once per learner, only after its minimum reading time has passed on
//! the server's clock since the learner first opened it. Credits never take a category past
//! its cap. A learner's running total lives in `study_progress`, updated in the same
//! transaction as each credit, with the day the required points were reached.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate, Utc};
use entity::{campaign, learner, reading_clock, study_credit, study_item, study_opening, study_progress};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set, TransactionTrait,
};

use crate::domain::campaign::{self as campaigns, StudyCategory};
use crate::domain::ids::{CampaignId, LearnerId};
use crate::domain::{points, roster, standing};
use crate::error::{AppError, AppResult, Code};
use crate::formats::sheet::SheetFile;
use crate::infra::clock;
use crate::scope::{self, Actor};

/// A category's points for one learner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategoryProgress {
    pub category: StudyCategory,
    pub points: i32,
    pub cap: i32,
    pub required: bool,
}

/// A learner's study progress in a campaign.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub learner_id: i32,
    pub campaign_id: i32,
    pub total: i32,
    pub required: i32,
    pub by_category: Vec<CategoryProgress>,
    /// The day the required points were reached.
    pub completed_on: Option<NaiveDate>,
}

impl Progress {
    /// May take an exam on `day`: the required points were reached on an earlier day
    /// (SPEC: "by the day before the learner's exam day").
    pub fn eligible_on(&self, day: NaiveDate) -> bool {
        standing::studied_in_time(self.completed_on, day)
    }
}

/// Progress of a learner, computed from its credits.
pub async fn progress<C: ConnectionTrait>(
    db: &C,
    c: &campaign::Model,
    learner_id: i32,
) -> AppResult<Progress> {
    let credits = study_credit::Entity::find()
        .filter(study_credit::Column::LearnerId.eq(learner_id))
        .filter(study_credit::Column::CampaignId.eq(c.id))
        .all(db)
        .await?;
    let mut sums: HashMap<StudyCategory, i32> = HashMap::new();
    for credit in &credits {
        *sums.entry(credit.category).or_default() += credit.points;
    }
    let by_category: Vec<CategoryProgress> = campaigns::categories_of(c)?
        .into_iter()
        .map(|rule| CategoryProgress {
            category: rule.category,
            points: sums.get(&rule.category).copied().unwrap_or(0).min(rule.points),
            cap: rule.points,
            required: rule.required,
        })
        .collect();
    let completed_on = study_progress::Entity::find_by_id((learner_id, c.id))
        .one(db)
        .await?
        .and_then(|p| p.completed_on);
    Ok(Progress {
        learner_id,
        campaign_id: c.id,
        total: by_category.iter().map(|p| p.points).sum(),
        required: c.required_points,
        by_category,
        completed_on,
    })
}

/// Who may study and read its own points: the refusal for anyone else.
const STUDIES: &str = "只有学员本人可以学习和查看自己的积分";

/// The caller's own progress.
pub async fn my_progress(db: &DatabaseConnection, actor: &Actor, campaign_id: i32) -> AppResult<Progress> {
    let learner_id = actor.own_learner(STUDIES)?;
    let c = campaigns::find(db, actor, campaign_id).await?;
    progress(db, &c, learner_id).await
}

/// A learner's progress, for itself or its administrators.
pub async fn learner_progress(
    db: &DatabaseConnection,
    actor: &Actor,
    LearnerId(learner_id): LearnerId,
    CampaignId(campaign_id): CampaignId,
) -> AppResult<Progress> {
    let l = roster::find_learner(db, actor, learner_id).await?;
    let c = campaigns::find(db, actor, campaign_id).await?;
    progress(db, &c, l.id).await
}

pub async fn history(
    db: &DatabaseConnection,
    LearnerId(learner_id): LearnerId,
    CampaignId(campaign_id): CampaignId,
) -> AppResult<Vec<study_credit::Model>> {
    Ok(study_credit::Entity::find()
        .filter(study_credit::Column::LearnerId.eq(learner_id))
        .filter(study_credit::Column::CampaignId.eq(campaign_id))
        .order_by_desc(study_credit::Column::Id)
        .all(db)
        .await?)
}

/// Study runs from the campaign's study start to the end of its make-up window.
fn check_study_open(c: &campaign::Model) -> AppResult<()> {
    let today = clock::today();
    if today < c.study_start {
        return Err(AppError::new(
            Code::NotEligible,
            format!("本年度学习将于 {} 开始", c.study_start),
        ));
    }
    if today > c.makeup_end {
        return Err(AppError::new(
            Code::NotEligible,
            format!("{} 年度的学习已经结束", c.year),
        ));
    }
    Ok(())
}

/// An item of a campaign covering the caller (its province); otherwise NOT_FOUND.
async fn find_item(
    db: &DatabaseConnection,
    actor: &Actor,
    item_id: i32,
) -> AppResult<(study_item::Model, campaign::Model)> {
    let item = study_item::Entity::find_by_id(item_id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    let c = campaigns::find(db, actor, item.campaign_id).await?;
    Ok((item, c))
}

/// What a learner sees of one item: when it was opened and whether it has been credited.
pub struct ItemProgress {
    pub item: study_item::Model,
    pub opened_at: chrono::DateTime<Utc>,
    /// Where this item's reading counts from on the learner's reading clock as it stands now:
    /// the opening, or the end of reading time already credited to other items.
    pub reading_from: chrono::DateTime<Utc>,
    pub credited_points: Option<i32>,
}

/// Records when the learner opened an item (the first opening counts).
pub async fn open_item(db: &DatabaseConnection, actor: &Actor, item_id: i32) -> AppResult<ItemProgress> {
    let learner_id = actor.own_learner(STUDIES)?;
    let (item, c) = find_item(db, actor, item_id).await?;
    if item.withdrawn {
        return Err(AppError::bad_input("该学习材料已下架"));
    }
    check_study_open(&c)?;
    study_opening::Entity::insert(study_opening::ActiveModel {
        learner_id: Set(learner_id),
        item_id: Set(item.id),
        opened_at: Set(crate::infra::clock::now()),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([study_opening::Column::LearnerId, study_opening::Column::ItemId])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    // The profile points a campaign opened since, or the daily cap, left for a later write.
    points::award_profile(db, learner_id).await?;
    let opening = study_opening::Entity::find()
        .filter(study_opening::Column::LearnerId.eq(learner_id))
        .filter(study_opening::Column::ItemId.eq(item.id))
        .one(db)
        .await?
        .ok_or_else(|| AppError::internal("opening vanished"))?;
    let credited_points = study_credit::Entity::find()
        .filter(study_credit::Column::LearnerId.eq(learner_id))
        .filter(study_credit::Column::CampaignId.eq(c.id))
        .filter(study_credit::Column::CreditKey.eq(format!("item:{}", item.id)))
        .one(db)
        .await?
        .map(|credit| credit.points);
    let read_until = reading_clock::Entity::find_by_id(learner_id)
        .one(db)
        .await?
        .map(|c| c.read_until)
        .unwrap_or(chrono::DateTime::UNIX_EPOCH);
    Ok(ItemProgress {
        item,
        opened_at: opening.opened_at,
        reading_from: opening.opened_at.max(read_until),
        credited_points,
    })
}

/// Credits an item once its minimum reading time has passed since it was opened, on the
/// learner's reading clock: one person reads one thing at a time, so time already credited to
/// another item (read while this one was open too) does not count again. Each credit takes
/// exactly the item's minimum time from the clock, starting no earlier than the opening.
pub async fn complete_item(db: &DatabaseConnection, actor: &Actor, item_id: i32) -> AppResult<Progress> {
    let learner_id = actor.own_learner(STUDIES)?;
    let (item, c) = find_item(db, actor, item_id).await?;
    if item.withdrawn {
        return Err(AppError::bad_input("该学习材料已下架，不再计分"));
    }
    check_study_open(&c)?;
    let opening = study_opening::Entity::find()
        .filter(study_opening::Column::LearnerId.eq(learner_id))
        .filter(study_opening::Column::ItemId.eq(item.id))
        .one(db)
        .await?
        .ok_or_else(|| AppError::bad_input("请先打开并阅读该学习材料"))?;
    let category = item.category;
    let txn = db.begin().await?;
    // The clock row serialises one learner's completions.
    reading_clock::Entity::insert(reading_clock::ActiveModel {
        learner_id: Set(learner_id),
        read_until: Set(chrono::DateTime::UNIX_EPOCH),
    })
    .on_conflict(
        OnConflict::column(reading_clock::Column::LearnerId)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    let clock_row = reading_clock::Entity::find_by_id(learner_id)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::internal("reading clock vanished"))?;
    let already = study_credit::Entity::find()
        .filter(study_credit::Column::LearnerId.eq(learner_id))
        .filter(study_credit::Column::CampaignId.eq(c.id))
        .filter(study_credit::Column::CreditKey.eq(format!("item:{}", item.id)))
        .count(&txn)
        .await?;
    if already == 0 {
        let start = opening.opened_at.max(clock_row.read_until);
        let read = crate::infra::clock::now() - start;
        let needed = Duration::seconds(i64::from(item.min_reading_seconds));
        if read < needed {
            let left = (needed - read).num_seconds().max(1);
            let message = if clock_row.read_until > opening.opened_at {
                format!(
                    "阅读时间不足：同一时间只计一篇材料的阅读时间，本篇打开期间已有其他材料计分，还需阅读 {left} 秒后才能计分"
                )
            } else {
                format!("阅读时间不足，还需阅读 {left} 秒后才能计分")
            };
            return Err(AppError::new(Code::NotEligible, message));
        }
        if points::credit(
            &txn,
            &c,
            LearnerId(learner_id),
            category,
            Some(item.id),
            item.points,
        )
        .await?
        {
            reading_clock::Entity::update_many()
                .col_expr(reading_clock::Column::ReadUntil, Expr::value(start + needed))
                .filter(reading_clock::Column::LearnerId.eq(learner_id))
                .exec(&txn)
                .await?;
        }
    }
    txn.commit().await?;
    progress(db, &c, learner_id).await
}

/// Learners of a unit below the required points, for its administrators.
pub async fn below_required(
    db: &DatabaseConnection,
    actor: &Actor,
    unit: &entity::unit::Model,
    campaign_id: i32,
    page: crate::domain::paging::Page,
) -> AppResult<crate::domain::paging::PageOf<learner::Model>> {
    scope::require(
        actor.sees_unit(unit),
        actor.manages_unit(unit),
        "查看该单位的学习情况",
    )?;
    let c = campaigns::find(db, actor, campaign_id).await?;
    let done = study_progress::Entity::find()
        .select_only()
        .column(study_progress::Column::LearnerId)
        .filter(study_progress::Column::CampaignId.eq(c.id))
        .filter(study_progress::Column::CompletedOn.is_not_null())
        .into_query();
    let base = learner::Entity::find()
        .filter(learner::Column::UnitId.eq(unit.id))
        .filter(learner::Column::Status.eq(roster::EmploymentStatus::InService))
        .filter(learner::Column::Id.not_in_subquery(done));
    let total_count = base.clone().count(db).await?;
    let mut query = base;
    if let Some(after) = page.after_id {
        query = query.filter(learner::Column::Id.gt(after));
    }
    let rows = query
        .order_by_asc(learner::Column::Id)
        .limit(page.first + 1)
        .all(db)
        .await?;
    Ok(crate::domain::paging::PageOf::from_rows(rows, page, total_count))
}

/// The reading material a learner sees (and, for the province office, withdrawn items too).
pub async fn items(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    category: Option<StudyCategory>,
    include_withdrawn: bool,
) -> AppResult<Vec<study_item::Model>> {
    let c = campaigns::find(db, actor, campaign_id).await?;
    let mut query = study_item::Entity::find().filter(study_item::Column::CampaignId.eq(c.id));
    if let Some(category) = category {
        query = query.filter(study_item::Column::Category.eq(category));
    }
    if !(include_withdrawn && actor.manages_campaign(&c)) {
        query = query.filter(study_item::Column::Withdrawn.eq(false));
    }
    Ok(query
        .order_by_asc(study_item::Column::Category)
        .order_by_asc(study_item::Column::Position)
        .order_by_asc(study_item::Column::Id)
        .all(db)
        .await?)
}

/// One page of the campaign's material for the console (province office), by id: items whose
/// title contains `search`, only the withdrawn (or only the offered) ones when `withdrawn` is
/// given.
pub async fn items_page(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    search: Option<&str>,
    withdrawn: Option<bool>,
    page: crate::domain::paging::Page,
) -> AppResult<crate::domain::paging::PageOf<study_item::Model>> {
    use crate::domain::paging;
    use sea_orm::sea_query::ExprTrait;
    let c = campaigns::find_managed(db, actor, campaign_id, MANAGES_MATERIAL).await?;
    let mut base = study_item::Entity::find().filter(study_item::Column::CampaignId.eq(c.id));
    if let Some(text) = paging::search_text(search) {
        base = base.filter(Expr::col(study_item::Column::Title).like(paging::contains_pattern(text)));
    }
    if let Some(withdrawn) = withdrawn {
        base = base.filter(study_item::Column::Withdrawn.eq(withdrawn));
    }
    let total_count = base.clone().count(db).await?;
    let mut query = base;
    if let Some(after) = page.after_id {
        query = query.filter(study_item::Column::Id.gt(after));
    }
    let rows = query
        .order_by_asc(study_item::Column::Id)
        .limit(page.first + 1)
        .all(db)
        .await?;
    Ok(paging::PageOf::from_rows(rows, page, total_count))
}

pub async fn item(db: &DatabaseConnection, actor: &Actor, item_id: i32) -> AppResult<study_item::Model> {
    let (item, c) = find_item(db, actor, item_id).await?;
    if item.withdrawn && !actor.manages_campaign(&c) {
        return Err(AppError::not_found());
    }
    Ok(item)
}

/// What the province office gives for an item.
#[derive(Clone, Debug)]
pub struct ItemDraft {
    pub category: StudyCategory,
    pub title: String,
    pub body: String,
    pub points: i32,
    pub min_reading_seconds: i32,
    pub position: Option<i32>,
}

impl ItemDraft {
    pub fn validate(&self) -> AppResult<()> {
        if self.category == StudyCategory::Profile {
            return Err(AppError::bad_input(
                "category：个人资料积分自动计入，不能作为学习材料",
            ));
        }
        let title = self.title.trim();
        if title.is_empty() || title.chars().count() > 200 {
            return Err(AppError::bad_input("title：标题不能为空，且不超过 200 字"));
        }
        if self.body.trim().is_empty() || self.body.len() > 2_000_000 {
            return Err(AppError::bad_input("body：正文不能为空，且不超过 2 MB"));
        }
        if !(1..=100).contains(&self.points) {
            return Err(AppError::bad_input("points：分值应在 1 至 100 之间"));
        }
        if !(0..=7200).contains(&self.min_reading_seconds) {
            return Err(AppError::bad_input(
                "minReadingSeconds：最短阅读时间应在 0 至 7200 秒之间",
            ));
        }
        Ok(())
    }
}

/// What a caller who may not manage the study material is told.
const MANAGES_MATERIAL: &str = "管理学习材料（仅限省级管理员）";

pub async fn create_item<C: ConnectionTrait>(
    db: &C,
    c: &campaign::Model,
    draft: &ItemDraft,
) -> AppResult<study_item::Model> {
    draft.validate()?;
    let category = draft.category;
    let position = match draft.position {
        Some(p) => p,
        None => {
            study_item::Entity::find()
                .filter(study_item::Column::CampaignId.eq(c.id))
                .filter(study_item::Column::Category.eq(category))
                .count(db)
                .await? as i32
                + 1
        }
    };
    let now = crate::infra::clock::now();
    Ok(study_item::ActiveModel {
        campaign_id: Set(c.id),
        category: Set(category),
        title: Set(draft.title.trim().to_owned()),
        body: Set(draft.body.clone()),
        points: Set(draft.points),
        min_reading_seconds: Set(draft.min_reading_seconds),
        position: Set(position),
        withdrawn: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

pub async fn add_item(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    draft: &ItemDraft,
) -> AppResult<study_item::Model> {
    let c = campaigns::find_managed(db, actor, campaign_id, MANAGES_MATERIAL).await?;
    create_item(db, &c, draft).await
}

/// Edits an item. Points already credited stay as they were.
pub async fn update_item(
    db: &DatabaseConnection,
    actor: &Actor,
    item_id: i32,
    draft: &ItemDraft,
) -> AppResult<study_item::Model> {
    let (item, c) = find_item(db, actor, item_id).await?;
    campaigns::find_managed(db, actor, c.id, MANAGES_MATERIAL).await?;
    draft.validate()?;
    let mut active: study_item::ActiveModel = item.clone().into();
    active.category = Set(draft.category);
    active.title = Set(draft.title.trim().to_owned());
    active.body = Set(draft.body.clone());
    active.points = Set(draft.points);
    active.min_reading_seconds = Set(draft.min_reading_seconds);
    active.position = Set(draft.position.unwrap_or(item.position));
    active.updated_at = Set(crate::infra::clock::now());
    Ok(active.update(db).await?)
}

/// Withdraws (or restores) an item: withdrawn items are not offered and credit nothing.
pub async fn set_withdrawn(
    db: &DatabaseConnection,
    actor: &Actor,
    item_id: i32,
    withdrawn: bool,
) -> AppResult<study_item::Model> {
    let (item, c) = find_item(db, actor, item_id).await?;
    campaigns::find_managed(db, actor, c.id, MANAGES_MATERIAL).await?;
    study_item::Entity::update_many()
        .col_expr(study_item::Column::Withdrawn, Expr::value(withdrawn))
        .col_expr(
            study_item::Column::UpdatedAt,
            Expr::value(crate::infra::clock::now()),
        )
        .filter(study_item::Column::Id.eq(item.id))
        .exec(db)
        .await?;
    study_item::Entity::find_by_id(item.id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)
}

pub const ITEM_COLUMNS: &[crate::formats::sheet::Column] = &[
    crate::formats::sheet::Column {
        key: "title",
        headers: &["标题", "title"],
        required: true,
    },
    crate::formats::sheet::Column {
        key: "category",
        headers: &["类别", "category"],
        required: true,
    },
    crate::formats::sheet::Column {
        key: "points",
        headers: &["分值", "points"],
        required: true,
    },
    crate::formats::sheet::Column {
        key: "seconds",
        headers: &["最短阅读秒数", "minReadingSeconds"],
        required: true,
    },
    crate::formats::sheet::Column {
        key: "body",
        headers: &["正文", "body"],
        required: true,
    },
];

fn category_from_word(word: &str) -> Option<StudyCategory> {
    match word.trim().to_ascii_uppercase().replace([' ', '-'], "_").as_str() {
        "指定读本" | "读本" | "READER" => Some(StudyCategory::Reader),
        "热点事件" | "HOT_EVENT" => Some(StudyCategory::HotEvent),
        "其他法律法规" | "法律法规" | "OTHER_LAW" => Some(StudyCategory::OtherLaw),
        _ => None,
    }
}

/// Imports items in bulk from a spreadsheet; a title already in the category is updated,
/// so the same file twice changes nothing. Returns (created, updated, unchanged, row errors).
pub async fn import_items(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    file: SheetFile,
    dry_run: bool,
) -> AppResult<crate::domain::report::ImportReport> {
    use crate::domain::report::{ImportReport, RowError};
    let c = campaigns::find_managed(db, actor, campaign_id, MANAGES_MATERIAL).await?;
    let table = file.read(ITEM_COLUMNS).await?;
    let mut drafts = Vec::new();
    let mut report = ImportReport {
        dry_run,
        ..Default::default()
    };
    for row in &table.rows {
        let get = |k: &str| row.cells.get(k).map(|s| s.trim().to_owned()).unwrap_or_default();
        let draft = (|| {
            let category = category_from_word(&get("category")).ok_or_else(|| {
                format!(
                    "类别“{}”无法识别，应为 指定读本、热点事件 或 其他法律法规",
                    get("category")
                )
            })?;
            let points = get("points")
                .parse::<i32>()
                .map_err(|_| format!("分值“{}”不是整数", get("points")))?;
            let seconds = get("seconds")
                .parse::<i32>()
                .map_err(|_| format!("最短阅读秒数“{}”不是整数", get("seconds")))?;
            let draft = ItemDraft {
                category,
                title: get("title"),
                body: get("body"),
                points,
                min_reading_seconds: seconds,
                position: None,
            };
            draft.validate().map_err(|e| e.public_message().to_owned())?;
            Ok::<_, String>(draft)
        })();
        match draft {
            Ok(d) => drafts.push(d),
            Err(message) => report.errors.push(RowError {
                row: row.number,
                message,
            }),
        }
    }
    if dry_run || !report.errors.is_empty() {
        report.created = drafts.len() as u32;
        return Ok(report);
    }
    let txn = db.begin().await?;
    for draft in &drafts {
        let existing = study_item::Entity::find()
            .filter(study_item::Column::CampaignId.eq(c.id))
            .filter(study_item::Column::Category.eq(draft.category))
            .filter(study_item::Column::Title.eq(draft.title.trim()))
            .one(&txn)
            .await?;
        match existing {
            None => {
                create_item(&txn, &c, draft).await?;
                report.created += 1;
            }
            Some(item)
                if item.body == draft.body
                    && item.points == draft.points
                    && item.min_reading_seconds == draft.min_reading_seconds =>
            {
                report.unchanged += 1;
            }
            Some(item) => {
                let mut active: study_item::ActiveModel = item.into();
                active.body = Set(draft.body.clone());
                active.points = Set(draft.points);
                active.min_reading_seconds = Set(draft.min_reading_seconds);
                active.updated_at = Set(crate::infra::clock::now());
                active.update(&txn).await?;
                report.updated += 1;
            }
        }
    }
    txn.commit().await?;
    report.written = report.created + report.updated > 0;
    Ok(report)
}
