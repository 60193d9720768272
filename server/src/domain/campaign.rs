//! The yearly campaign: one per province and year, holding every date and rule of the year.

use chrono::NaiveDate;
use entity::{campaign, exemption, region};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};
use serde::{Deserialize, Serialize};

use crate::domain::org;
use crate::error::{AppError, AppResult};
use crate::infra::clock;
use crate::scope::{self, Actor, Level};

pub use entity::campaign::ReviewMode;
pub use entity::study_item::StudyCategory;

pub use entity::question::QuestionType;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CategoryRule {
    pub category: StudyCategory,
    /// The category's cap.
    pub points: i32,
    pub required: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BlueprintPart {
    #[serde(rename = "type")]
    pub question_type: QuestionType,
    pub count: i32,
    pub points_each: i32,
}

/// Everything a campaign holds, as given by the province office.
#[derive(Clone, Debug)]
pub struct CampaignRules {
    pub year: i32,
    pub title: String,
    pub reader_title: String,
    pub verification_deadline: NaiveDate,
    pub study_start: NaiveDate,
    pub required_points: i32,
    pub categories: Vec<CategoryRule>,
    pub main_window: (NaiveDate, NaiveDate),
    pub makeup_window: (NaiveDate, NaiveDate),
    pub pass_score: i32,
    pub duration_minutes: i32,
    pub blueprint: Vec<BlueprintPart>,
    pub main_attempts: i32,
    pub makeup_attempts: i32,
    pub answer_grace_seconds: i32,
    /// Most study points a learner may earn in one day (some provinces cap it to stop
    /// scripted clicking); none: no cap.
    pub daily_points_cap: Option<i32>,
    /// What a learner sees of a submitted attempt.
    pub review_mode: ReviewMode,
}

fn field_error(field: &str, message: impl std::fmt::Display) -> AppError {
    AppError::bad_input(format!("{field}：{message}"))
}

impl CampaignRules {
    /// Refuses every inconsistent input with a message that names the field.
    pub fn validate(&self) -> AppResult<()> {
        if !(2000..=2100).contains(&self.year) {
            return Err(field_error("year", "年度应在 2000 至 2100 之间"));
        }
        for (field, text, max) in [
            ("title", &self.title, 100),
            ("readerTitle", &self.reader_title, 100),
        ] {
            if text.trim().is_empty() || text.chars().count() > max {
                return Err(field_error(field, format!("不能为空，且不超过 {max} 个字")));
            }
        }
        let (main_start, main_end) = self.main_window;
        let (makeup_start, makeup_end) = self.makeup_window;
        if main_end < main_start {
            return Err(field_error("mainWindow.end", "统一考试结束日期早于开始日期"));
        }
        if makeup_end < makeup_start {
            return Err(field_error("makeupWindow.end", "补考结束日期早于开始日期"));
        }
        if makeup_start <= main_end {
            return Err(field_error("makeupWindow.start", "补考须在统一考试结束之后开始"));
        }
        if self.verification_deadline >= main_start {
            return Err(field_error(
                "verificationDeadline",
                "名单核实截止日期须早于统一考试开始日期",
            ));
        }
        if self.study_start >= main_start {
            return Err(field_error("studyStart", "学习开始日期须早于统一考试开始日期"));
        }
        if self.required_points <= 0 || self.required_points > 1000 {
            return Err(field_error("requiredPoints", "应为 1 至 1000 之间的整数"));
        }
        let mut seen = Vec::new();
        for (i, rule) in self.categories.iter().enumerate() {
            if seen.contains(&rule.category) {
                return Err(field_error(
                    &format!("categories[{i}].category"),
                    "同一类别出现了两次",
                ));
            }
            seen.push(rule.category);
            if rule.points <= 0 {
                return Err(field_error(&format!("categories[{i}].points"), "分值须大于 0"));
            }
        }
        if !self.categories.iter().any(|c| c.required) {
            return Err(field_error("categories", "至少要有一个必修类别（例如指定读本）"));
        }
        let category_sum: i32 = self.categories.iter().map(|c| c.points).sum();
        if category_sum != self.required_points {
            return Err(field_error(
                "categories",
                format!(
                    "各类别分值之和为 {category_sum}，应等于所需积分 {}",
                    self.required_points
                ),
            ));
        }
        if !(1..=100).contains(&self.pass_score) {
            return Err(field_error("passScore", "及格分应在 1 至 100 之间"));
        }
        if !(5..=300).contains(&self.duration_minutes) {
            return Err(field_error("durationMinutes", "考试时长应在 5 至 300 分钟之间"));
        }
        let mut types = Vec::new();
        for (i, part) in self.blueprint.iter().enumerate() {
            if types.contains(&part.question_type) {
                return Err(field_error(&format!("blueprint[{i}].type"), "同一题型出现了两次"));
            }
            types.push(part.question_type);
            if part.count <= 0 || part.count > 200 {
                return Err(field_error(
                    &format!("blueprint[{i}].count"),
                    "题数应在 1 至 200 之间",
                ));
            }
            if part.points_each <= 0 || part.points_each > 100 {
                return Err(field_error(
                    &format!("blueprint[{i}].pointsEach"),
                    "每题分值应在 1 至 100 之间",
                ));
            }
        }
        let paper_total: i32 = self.blueprint.iter().map(|p| p.count * p.points_each).sum();
        if paper_total != 100 {
            return Err(field_error(
                "blueprint",
                format!("试卷总分为 {paper_total}，应为 100"),
            ));
        }
        if !(1..=3).contains(&self.main_attempts) {
            return Err(field_error("mainAttempts", "统一考试次数应为 1 至 3 次"));
        }
        if !(0..=3).contains(&self.makeup_attempts) {
            return Err(field_error("makeupAttempts", "补考次数应为 0 至 3 次"));
        }
        if self
            .daily_points_cap
            .is_some_and(|cap| cap <= 0 || cap > self.required_points)
        {
            return Err(field_error(
                "dailyPointsCap",
                "每日积分上限须大于 0，且不超过所需积分",
            ));
        }
        if !(0..=300).contains(&self.answer_grace_seconds) {
            return Err(field_error("answerGraceSeconds", "交卷宽限应在 0 至 300 秒之间"));
        }
        Ok(())
    }
}

fn to_json<T: Serialize>(value: &T) -> AppResult<String> {
    serde_json::to_string(value).map_err(AppError::internal)
}

/// The parsed rules of a stored campaign.
pub fn categories_of(c: &campaign::Model) -> AppResult<Vec<CategoryRule>> {
    serde_json::from_str(&c.categories)
        .map_err(|e| AppError::internal(format!("campaign {} categories: {e}", c.id)))
}

pub fn blueprint_of(c: &campaign::Model) -> AppResult<Vec<BlueprintPart>> {
    serde_json::from_str(&c.blueprint)
        .map_err(|e| AppError::internal(format!("campaign {} blueprint: {e}", c.id)))
}

fn apply(active: &mut campaign::ActiveModel, rules: &CampaignRules) -> AppResult<()> {
    active.year = Set(rules.year);
    active.title = Set(rules.title.trim().to_owned());
    active.reader_title = Set(rules.reader_title.trim().to_owned());
    active.verification_deadline = Set(rules.verification_deadline);
    active.study_start = Set(rules.study_start);
    active.required_points = Set(rules.required_points);
    active.categories = Set(to_json(&rules.categories)?);
    active.main_start = Set(rules.main_window.0);
    active.main_end = Set(rules.main_window.1);
    active.makeup_start = Set(rules.makeup_window.0);
    active.makeup_end = Set(rules.makeup_window.1);
    active.pass_score = Set(rules.pass_score);
    active.duration_minutes = Set(rules.duration_minutes);
    active.blueprint = Set(to_json(&rules.blueprint)?);
    active.main_attempts = Set(rules.main_attempts);
    active.makeup_attempts = Set(rules.makeup_attempts);
    active.answer_grace_seconds = Set(rules.answer_grace_seconds);
    active.daily_points_cap = Set(rules.daily_points_cap);
    active.review_mode = Set(rules.review_mode);
    active.updated_at = Set(crate::infra::clock::now());
    Ok(())
}

/// Creates the year's campaign of a province; only its province office may.
pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    province_id: i32,
    rules: &CampaignRules,
) -> AppResult<campaign::Model> {
    let province = org::find_region(db, actor, province_id).await?;
    if org::level_of(&province)? != Level::Province {
        return Err(field_error("provinceId", "学法考法活动须建在省级行政区上"));
    }
    scope::require(
        true,
        actor.may_appoint(scope::Role::ProvinceAdmin, &province.path, None),
        "创建年度活动",
    )?;
    rules.validate()?;
    let existing = campaign::Entity::find()
        .filter(campaign::Column::RegionId.eq(province.id))
        .filter(campaign::Column::Year.eq(rules.year))
        .count(db)
        .await?;
    if existing > 0 {
        return Err(AppError::conflict(format!(
            "year：{}{} 年度的活动已存在，请修改该活动",
            province.name, rules.year
        )));
    }
    let created = insert(db, &province, rules, Some(actor.account_id)).await?;
    // Every unit of the province starts with its figures for the new year.
    crate::domain::stats::refresh_campaign(db, created.id).await?;
    Ok(created)
}

/// Stores validated rules as a province's campaign.
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    province: &region::Model,
    rules: &CampaignRules,
    created_by: Option<i32>,
) -> AppResult<campaign::Model> {
    rules.validate()?;
    let mut active = campaign::ActiveModel {
        region_id: Set(province.id),
        region_path: Set(province.path.clone()),
        created_by: Set(created_by),
        created_at: Set(crate::infra::clock::now()),
        ..Default::default()
    };
    apply(&mut active, rules)?;
    Ok(active.insert(db).await?)
}

/// Changes a campaign while nothing depends on it yet.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    rules: &CampaignRules,
) -> AppResult<campaign::Model> {
    let current = find(db, actor, id).await?;
    let province = region::Entity::find_by_id(current.region_id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    scope::require(
        true,
        actor.may_appoint(scope::Role::ProvinceAdmin, &province.path, None),
        "修改年度活动",
    )?;
    rules.validate()?;
    if rules.year != current.year {
        return Err(field_error("year", "活动年度不能修改"));
    }
    if let Some(dependant) = dependants(db, &current).await? {
        return Err(AppError::conflict(format!(
            "该活动已有{dependant}，不能再修改规则"
        )));
    }
    let mut active: campaign::ActiveModel = current.into();
    apply(&mut active, rules)?;
    Ok(active.update(db).await?)
}

/// What already depends on a campaign's rules, if anything.
async fn dependants<C: ConnectionTrait>(db: &C, c: &campaign::Model) -> AppResult<Option<&'static str>> {
    let exemptions = exemption::Entity::find()
        .filter(exemption::Column::CampaignId.eq(c.id))
        .count(db)
        .await?;
    Ok((exemptions > 0).then_some("免考申请"))
}

/// A campaign the caller can see: its province is above or at the caller's scope.
pub async fn find(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<campaign::Model> {
    campaign::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|c| actor.covered_by(&c.region_path))
        .ok_or_else(AppError::not_found)
}

/// A campaign whose material (bank, study items) the caller manages; `action` names what was
/// refused, for the message.
pub async fn find_managed(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    action: &str,
) -> AppResult<campaign::Model> {
    let c = find(db, actor, id).await?;
    scope::require(true, actor.manages_campaign(&c), action)?;
    Ok(c)
}

/// The campaign of the caller's province for a year.
pub async fn for_year(db: &DatabaseConnection, actor: &Actor, year: i32) -> AppResult<campaign::Model> {
    let provinces: Vec<String> = actor.province_paths();
    campaign::Entity::find()
        .filter(campaign::Column::Year.eq(year))
        .filter(campaign::Column::RegionPath.is_in(provinces))
        .order_by_asc(campaign::Column::Id)
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::new(
                crate::error::Code::NotFound,
                format!("{year} 年度的学法考法活动尚未发布"),
            )
        })
}

/// The campaign of the caller's province that matters today (SPEC "The current campaign"):
/// the one whose study, exam or make-up period the caller is in or last was in, until the
/// next one's study period starts. None when the province has none. The one rule every page's
/// default year follows: a learner's home and exam, a unit's sessions, an office's console.
pub async fn current(db: &DatabaseConnection, actor: &Actor) -> AppResult<Option<campaign::Model>> {
    let found = campaign::Entity::find()
        .filter(campaign::Column::RegionPath.is_in(actor.province_paths()))
        .all(db)
        .await?;
    Ok(current_of(found, clock::today()))
}

/// Every campaign of the caller's province, the latest year first: the years the console's
/// year selector offers.
pub async fn of_province(db: &DatabaseConnection, actor: &Actor) -> AppResult<Vec<campaign::Model>> {
    Ok(campaign::Entity::find()
        .filter(campaign::Column::RegionPath.is_in(actor.province_paths()))
        .order_by_desc(campaign::Column::Year)
        .order_by_asc(campaign::Column::Id)
        .all(db)
        .await?)
}

/// Of one province's campaigns, the current one on `today`: the latest whose study period
/// has started, so a campaign stays current through its exam and make-up until the next
/// one's study starts (next year's campaign, created in December, does not hide this year's
/// make-up in January); before any has started, the earliest to come.
pub fn current_of(campaigns: Vec<campaign::Model>, today: NaiveDate) -> Option<campaign::Model> {
    let (started, upcoming): (Vec<_>, Vec<_>) = campaigns.into_iter().partition(|c| c.study_start <= today);
    started
        .into_iter()
        .max_by_key(|c| (c.study_start, c.year, c.id))
        .or_else(|| upcoming.into_iter().min_by_key(|c| (c.study_start, c.year, c.id)))
}

/// Whether the roster is frozen for unit administrators of the province at `path` today:
/// from the day after a campaign's verification deadline to the end of its make-up window.
pub async fn roster_frozen<C: ConnectionTrait>(db: &C, path: &str) -> AppResult<bool> {
    Ok(frozen_year(db, path).await?.is_some())
}

/// The year of the campaign (the latest, should two overlap) that freezes the roster of the
/// province at `path` today; none when the roster is open.
pub async fn frozen_year<C: ConnectionTrait>(db: &C, path: &str) -> AppResult<Option<i32>> {
    let today = clock::today();
    let province = &path[..path.len().min(6)];
    let frozen = campaign::Entity::find()
        .filter(campaign::Column::RegionPath.eq(province))
        .filter(campaign::Column::VerificationDeadline.lt(today))
        .filter(campaign::Column::MakeupEnd.gte(today))
        .all(db)
        .await?;
    Ok(frozen.iter().map(|c| c.year).max())
}

/// The last day a retirement may fall on for a learner to be exempted in a campaign year:
/// two years after December 30 of that year.
pub fn exemption_cutoff(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year + 2, 12, 30)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// A campaign of `year` by the 2017 notice's dates: study from 8-01, make-up to next 1-07.
    fn campaign_of(id: i32, year: i32) -> campaign::Model {
        let at = crate::infra::clock::now();
        campaign::Model {
            id,
            region_id: 1,
            region_path: "000001".into(),
            year,
            title: String::new(),
            reader_title: String::new(),
            verification_deadline: day(year, 8, 10),
            study_start: day(year, 8, 1),
            required_points: 100,
            categories: "[]".into(),
            main_start: day(year, 12, 5),
            main_end: day(year, 12, 19),
            makeup_start: day(year + 1, 1, 6),
            makeup_end: day(year + 1, 1, 7),
            pass_score: 60,
            duration_minutes: 60,
            blueprint: "[]".into(),
            main_attempts: 1,
            makeup_attempts: 1,
            answer_grace_seconds: 10,
            daily_points_cap: None,
            review_mode: ReviewMode::Score,
            integrity_max_leaves: None,
            integrity_max_away_seconds: None,
            created_by: None,
            created_at: at,
            updated_at: at,
        }
    }

    fn current_year(years: &[i32], today: NaiveDate) -> Option<i32> {
        let all = years
            .iter()
            .enumerate()
            .map(|(i, y)| campaign_of(i as i32 + 1, *y))
            .collect();
        current_of(all, today).map(|c| c.year)
    }

    #[test]
    fn a_campaign_stays_current_until_the_next_ones_study_starts() {
        let both = [2026, 2027];
        // Next year's campaign exists from December: this year's make-up in January is still
        // this year's, and so is every day up to the next study start.
        assert_eq!(current_year(&both, day(2026, 12, 20)), Some(2026));
        assert_eq!(current_year(&both, day(2027, 1, 6)), Some(2026));
        assert_eq!(current_year(&both, day(2027, 7, 31)), Some(2026));
        assert_eq!(current_year(&both, day(2027, 8, 1)), Some(2027));
        // In any order.
        assert_eq!(current_year(&[2027, 2026], day(2027, 1, 6)), Some(2026));
        // Before any study started: the earliest to come; after the last: the last.
        assert_eq!(current_year(&both, day(2026, 3, 1)), Some(2026));
        assert_eq!(current_year(&[2027, 2028], day(2026, 3, 1)), Some(2027));
        assert_eq!(current_year(&both, day(2030, 3, 1)), Some(2027));
        assert_eq!(current_year(&[], day(2027, 1, 6)), None);
    }
}
