//! A learner's study points, as the API shows them (on `myStudy` and on a learner).

use async_graphql::{Context, ID, Object, Result, SimpleObject};
use chrono::{DateTime, FixedOffset};

use super::ContextExt;
use super::scalars::{Date, StudyCategory, cst};
use crate::domain::ids::{CampaignId, LearnerId};
use crate::domain::study::{self, Progress};
use crate::graphql::ids::{self, Kind};

/// One category of a learner's points.
#[derive(SimpleObject)]
pub struct CategoryPoints {
    category: StudyCategory,
    points: i32,
    /// The category's maximum.
    cap: i32,
    /// Must be full to reach the required points.
    required: bool,
}

/// Points credited once.
#[derive(SimpleObject)]
pub struct StudyCredit {
    category: StudyCategory,
    /// Points credited (capped by the category; 0 when the category was already full).
    points: i32,
    credited_at: DateTime<FixedOffset>,
    /// The item read; none for the profile points.
    item_id: Option<ID>,
}

/// A learner's study points in a campaign.
pub struct StudyProgress(pub Progress);

/// A learner's study points in a campaign.
#[Object]
impl StudyProgress {
    async fn total(&self) -> i32 {
        self.0.total
    }
    /// Points required to take the exam.
    async fn required(&self) -> i32 {
        self.0.required
    }
    /// May take the exam today: the required points were reached before today.
    async fn eligible(&self) -> bool {
        self.0.eligible_on(crate::infra::clock::today())
    }
    /// The day (China Standard Time) the required points were reached.
    async fn completed_on(&self) -> Option<Date> {
        self.0.completed_on.map(Date)
    }
    /// What the learner still has to fill in on its own profile (我的) for the profile points
    /// (个人资料), by the names the page uses (e.g. 职级); empty when the profile is complete.
    /// Every item is one the learner can always fill in itself; the retirement date is not
    /// required.
    async fn profile_missing(&self, ctx: &Context<'_>) -> Result<Vec<String>> {
        let missing = crate::domain::points::profile_missing_of(&ctx.state()?.db, self.0.learner_id).await?;
        Ok(missing.into_iter().map(str::to_owned).collect())
    }
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::FEW, child_complexity)")]
    async fn by_category(&self) -> Vec<CategoryPoints> {
        self.0
            .by_category
            .iter()
            .map(|c| CategoryPoints {
                category: c.category.into(),
                points: c.points,
                cap: c.cap,
                required: c.required,
            })
            .collect()
    }
    /// Every credit, newest first.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::ROWS, child_complexity)")]
    async fn history(&self, ctx: &Context<'_>) -> Result<Vec<StudyCredit>> {
        let rows = study::history(
            &ctx.state()?.db,
            LearnerId(self.0.learner_id),
            CampaignId(self.0.campaign_id),
        )
        .await?;
        Ok(rows
            .into_iter()
            .map(|c| StudyCredit {
                category: c.category.into(),
                points: c.points,
                credited_at: cst(c.credited_at),
                item_id: c.item_id.map(|id| ids::encode(Kind::StudyItem, id)),
            })
            .collect())
    }
}
