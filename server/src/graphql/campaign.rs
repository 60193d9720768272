//! The yearly campaign.

use async_graphql::{Context, Enum, ID, InputObject, Object, Result, SimpleObject};
use entity::campaign as row;

use super::ContextExt;
pub use super::scalars::StudyCategory;
use super::types::{Date, Region};
use crate::domain::campaign::{self as domain, BlueprintPart, CampaignRules, CategoryRule};
use crate::graphql::ids::{self, Kind};

/// Question types of the exam.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::QuestionType")]
pub enum QuestionType {
    /// 单选题
    Single,
    /// 多选题: all or nothing.
    Multiple,
    /// 判断题
    TrueFalse,
}

/// A study category's points in the campaign.
#[derive(SimpleObject, InputObject)]
#[graphql(input_name = "CategoryRuleInput")]
pub struct CategoryRuleValue {
    category: StudyCategory,
    /// The category's points, and its cap.
    points: i32,
    /// Must be completed to reach the required points.
    required: bool,
}

/// How many questions of a type a paper has, and their points each.
#[derive(SimpleObject, InputObject)]
#[graphql(input_name = "BlueprintPartInput")]
pub struct BlueprintPartValue {
    #[graphql(name = "type")]
    question_type: QuestionType,
    count: i32,
    points_each: i32,
}

/// A span of days, both ends included, China Standard Time.
#[derive(SimpleObject, InputObject)]
#[graphql(input_name = "DateWindowInput")]
pub struct DateWindow {
    start: Date,
    end: Date,
}

/// Every date and rule of a province's campaign year. Defaults are the 2017 notice's.
#[derive(InputObject)]
pub struct CampaignInput {
    /// The province (a PROVINCE region).
    province_id: ID,
    year: i32,
    title: String,
    /// The designated reader (指定读本).
    reader_title: String,
    /// Roster verification deadline (名单核实截止): after it, the roster is frozen for unit administrators.
    verification_deadline: Date,
    study_start: Date,
    #[graphql(default = 100)]
    required_points: i32,
    /// Categories with their points; they must sum to `requiredPoints`.
    categories: Vec<CategoryRuleValue>,
    /// The unified online exam (统一考试).
    main_window: DateWindow,
    /// The make-up exam (补考), after the main window.
    makeup_window: DateWindow,
    #[graphql(default = 60)]
    pass_score: i32,
    #[graphql(default = 60)]
    duration_minutes: i32,
    /// Question counts and points per type; the paper totals 100.
    blueprint: Vec<BlueprintPartValue>,
    #[graphql(default = 1)]
    main_attempts: i32,
    #[graphql(default = 1)]
    makeup_attempts: i32,
    /// Seconds after the deadline during which answers in flight are still accepted.
    #[graphql(default = 10)]
    answer_grace_seconds: i32,
    /// Most study points a learner may earn in one day; absent: no cap.
    daily_points_cap: Option<i32>,
    /// What a learner sees after submitting an attempt.
    #[graphql(default)]
    review_mode: ReviewMode,
}

/// What a learner sees of a submitted attempt.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Default)]
#[graphql(remote = "domain::ReviewMode")]
pub enum ReviewMode {
    /// The score and pass or fail only.
    #[default]
    Score,
    /// Also the correct answers, explanations and the laws they come from.
    Answers,
}

impl CampaignInput {
    fn rules(&self) -> CampaignRules {
        CampaignRules {
            year: self.year,
            title: self.title.clone(),
            reader_title: self.reader_title.clone(),
            verification_deadline: self.verification_deadline.0,
            study_start: self.study_start.0,
            required_points: self.required_points,
            categories: self
                .categories
                .iter()
                .map(|c| CategoryRule {
                    category: c.category.into(),
                    points: c.points,
                    required: c.required,
                })
                .collect(),
            main_window: (self.main_window.start.0, self.main_window.end.0),
            makeup_window: (self.makeup_window.start.0, self.makeup_window.end.0),
            pass_score: self.pass_score,
            duration_minutes: self.duration_minutes,
            blueprint: self
                .blueprint
                .iter()
                .map(|p| BlueprintPart {
                    question_type: p.question_type.into(),
                    count: p.count,
                    points_each: p.points_each,
                })
                .collect(),
            main_attempts: self.main_attempts,
            makeup_attempts: self.makeup_attempts,
            answer_grace_seconds: self.answer_grace_seconds,
            daily_points_cap: self.daily_points_cap,
            review_mode: self.review_mode.into(),
        }
    }
}

/// A province's campaign for one year (年度学法考法活动).
pub struct Campaign(pub row::Model);

/// A province's campaign for one year (年度学法考法活动): every date and rule of the year.
#[Object]
impl Campaign {
    async fn id(&self) -> ID {
        ids::encode(Kind::Campaign, self.0.id)
    }
    async fn year(&self) -> i32 {
        self.0.year
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// The designated reader (指定读本).
    async fn reader_title(&self) -> &str {
        &self.0.reader_title
    }
    /// The province the campaign covers.
    async fn province(&self, ctx: &Context<'_>) -> Result<Option<Region>> {
        Region::load(ctx, self.0.region_id).await
    }
    /// After this day the roster is frozen for unit administrators.
    async fn verification_deadline(&self) -> Date {
        Date(self.0.verification_deadline)
    }
    /// Whether the roster is frozen today (from the day after the deadline to the end of the make-up window).
    async fn roster_frozen(&self) -> bool {
        let today = crate::infra::clock::today();
        self.0.verification_deadline < today && today <= self.0.makeup_end
    }
    async fn study_start(&self) -> Date {
        Date(self.0.study_start)
    }
    async fn required_points(&self) -> i32 {
        self.0.required_points
    }
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::FEW, child_complexity)")]
    async fn categories(&self) -> Result<Vec<CategoryRuleValue>> {
        Ok(domain::categories_of(&self.0)?
            .into_iter()
            .map(|c| CategoryRuleValue {
                category: c.category.into(),
                points: c.points,
                required: c.required,
            })
            .collect())
    }
    async fn main_window(&self) -> DateWindow {
        DateWindow {
            start: Date(self.0.main_start),
            end: Date(self.0.main_end),
        }
    }
    async fn makeup_window(&self) -> DateWindow {
        DateWindow {
            start: Date(self.0.makeup_start),
            end: Date(self.0.makeup_end),
        }
    }
    async fn pass_score(&self) -> i32 {
        self.0.pass_score
    }
    async fn duration_minutes(&self) -> i32 {
        self.0.duration_minutes
    }
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::FEW, child_complexity)")]
    async fn blueprint(&self) -> Result<Vec<BlueprintPartValue>> {
        Ok(domain::blueprint_of(&self.0)?
            .into_iter()
            .map(|p| BlueprintPartValue {
                question_type: p.question_type.into(),
                count: p.count,
                points_each: p.points_each,
            })
            .collect())
    }
    async fn main_attempts(&self) -> i32 {
        self.0.main_attempts
    }
    async fn makeup_attempts(&self) -> i32 {
        self.0.makeup_attempts
    }
    async fn answer_grace_seconds(&self) -> i32 {
        self.0.answer_grace_seconds
    }
    /// Most study points a learner may earn in one day; null: no cap.
    async fn daily_points_cap(&self) -> Option<i32> {
        self.0.daily_points_cap
    }
    /// What a learner sees after submitting an attempt.
    async fn review_mode(&self) -> ReviewMode {
        self.0.review_mode.into()
    }
    /// The tolerance for leaving the exam page: more departures than this flag an attempt for
    /// review (null: not checked). Shown to administrators only (null for a learner), so that
    /// the form that sets it starts from what is saved.
    async fn integrity_max_leaves(&self, ctx: &Context<'_>) -> Result<Option<i32>> {
        Ok(ctx
            .actor()?
            .is_admin()
            .then_some(self.0.integrity_max_leaves)
            .flatten())
    }
    /// The tolerance on the total time away from the exam page, seconds (null: not checked).
    /// Shown to administrators only (null for a learner).
    async fn integrity_max_away_seconds(&self, ctx: &Context<'_>) -> Result<Option<i32>> {
        Ok(ctx
            .actor()?
            .is_admin()
            .then_some(self.0.integrity_max_away_seconds)
            .flatten())
    }
}

#[derive(Default)]
pub struct CampaignQuery;

#[Object]
impl CampaignQuery {
    /// The campaign that covers the caller's province for a year.
    async fn campaign(&self, ctx: &Context<'_>, year: i32) -> Result<Option<Campaign>> {
        let actor = ctx.actor()?;
        Ok(Some(Campaign(
            domain::for_year(&ctx.state()?.db, actor, year).await?,
        )))
    }

    /// The campaign of the caller's province that matters today: the latest whose study
    /// period has started (it stays current through its exam and make-up until the next
    /// one's study starts), else the earliest to come; null when none was published.
    async fn current_campaign(&self, ctx: &Context<'_>) -> Result<Option<Campaign>> {
        let actor = ctx.actor()?;
        Ok(domain::current(&ctx.state()?.db, actor).await?.map(Campaign))
    }

    /// Every campaign of the caller's province, the latest year first (the console's year
    /// selector; `currentCampaign` says which one it opens on).
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::FEW, child_complexity)")]
    async fn campaigns(&self, ctx: &Context<'_>) -> Result<Vec<Campaign>> {
        let actor = ctx.actor()?;
        Ok(domain::of_province(&ctx.state()?.db, actor)
            .await?
            .into_iter()
            .map(Campaign)
            .collect())
    }
}

#[derive(Default)]
pub struct CampaignMutation;

#[Object]
impl CampaignMutation {
    /// Creates a province's campaign for a year (province office). One per province and year.
    async fn create_campaign(&self, ctx: &Context<'_>, input: CampaignInput) -> Result<Campaign> {
        let actor = ctx.actor()?;
        let province = ids::decode(Kind::Region, &input.province_id)?;
        Ok(Campaign(
            domain::create(&ctx.state()?.db, actor, province, &input.rules()).await?,
        ))
    }

    /// Replaces a campaign's rules while nothing depends on them yet.
    async fn update_campaign(&self, ctx: &Context<'_>, id: ID, input: CampaignInput) -> Result<Campaign> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Campaign, &id)?;
        Ok(Campaign(
            domain::update(&ctx.state()?.db, actor, id, &input.rules()).await?,
        ))
    }
}
