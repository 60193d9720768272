//! Statistics: rates that roll up from unit to province, and the lists offices act on.

use async_graphql::{Context, Enum, ID, Object, Result};

use super::ContextExt;
use super::types::{Conn, Learner, Unit, connection};
use crate::domain::paging::{self, Page};
use crate::domain::stats::{self, ActionKind as DomainAction};
use crate::domain::{campaign as campaigns, org};
use crate::graphql::ids::{self, Kind};

/// The figures of a node (unit, district, city, province) for one campaign.
pub struct NodeStats(pub stats::NodeStats);

/// How children are ordered.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Default)]
pub enum StatsOrder {
    #[default]
    Name,
    ShouldTake,
    StudyCompleted,
    Participated,
    Passed,
    ParticipationRate,
    PassRate,
}

/// A node's figures, counted over the learners currently below it: shouldTake (in service,
/// not exempted), studyCompleted, participated (submitted at least one attempt), passed.
#[Object]
impl NodeStats {
    /// The region's or unit's id.
    async fn node_id(&self) -> ID {
        ids::encode_node(self.0.node)
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// True for a unit, false for a region.
    async fn is_unit(&self) -> bool {
        self.0.is_unit
    }
    async fn should_take(&self) -> i64 {
        self.0.counts.should_take
    }
    async fn study_completed(&self) -> i64 {
        self.0.counts.study_completed
    }
    async fn participated(&self) -> i64 {
        self.0.counts.participated
    }
    async fn passed(&self) -> i64 {
        self.0.counts.passed
    }
    /// participated / shouldTake; null when nobody should take it (no rate is invented:
    /// `noRateReason` says why).
    async fn participation_rate(&self) -> Option<f64> {
        self.0.counts.participation_rate()
    }
    /// passed / shouldTake; null when nobody should take it.
    async fn pass_rate(&self) -> Option<f64> {
        self.0.counts.pass_rate()
    }
    /// Why there is no rate, when nobody should take the exam: 名单未报 when rosters are
    /// missing (a unit with nobody on its roster, or a region with such units), 无应考人员 when
    /// everyone on them is exempt or retired; null when there are rates.
    async fn no_rate_reason(&self) -> Option<&'static str> {
        (self.0.counts.should_take == 0).then(|| self.0.no_rate_word())
    }
    /// For a unit, 1 when nobody is on its roster (名单未报), else 0; for a region, how many
    /// units below have nobody on theirs (listed by `unitsWithoutRoster`).
    async fn empty_units(&self) -> i64 {
        self.0.empty_units
    }
    /// A unit below 100 % on either rate gets a deduction in the year-end evaluation; for a
    /// region, whether any unit below does.
    async fn deduction(&self) -> bool {
        self.0.deduction_units > 0
    }
    /// How many units (this one, or those below the region) get a deduction.
    async fn deduction_units(&self) -> i64 {
        self.0.deduction_units
    }
    /// The child regions and the units attached directly, with the same figures.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::ROWS, child_complexity)")]
    async fn children(
        &self,
        #[graphql(default)] order_by: StatsOrder,
        #[graphql(default = false)] descending: bool,
    ) -> Vec<NodeStats> {
        let mut children: Vec<&stats::NodeStats> = self.0.children.iter().collect();
        children.sort_by(|a, b| {
            let ordering = match order_by {
                StatsOrder::Name => a.name.cmp(&b.name),
                StatsOrder::ShouldTake => a.counts.should_take.cmp(&b.counts.should_take),
                StatsOrder::StudyCompleted => a.counts.study_completed.cmp(&b.counts.study_completed),
                StatsOrder::Participated => a.counts.participated.cmp(&b.counts.participated),
                StatsOrder::Passed => a.counts.passed.cmp(&b.counts.passed),
                // No rate sorts below every rate: those are the children to look at first.
                StatsOrder::ParticipationRate => rate_key(a.counts.participation_rate())
                    .total_cmp(&rate_key(b.counts.participation_rate())),
                StatsOrder::PassRate => {
                    rate_key(a.counts.pass_rate()).total_cmp(&rate_key(b.counts.pass_rate()))
                }
            };
            // The ids' text, as before ids were typed: `reg_12` before `reg_9`.
            let ordering = ordering.then_with(|| ids::encode_node(a.node).0.cmp(&ids::encode_node(b.node).0));
            if descending { ordering.reverse() } else { ordering }
        });
        children
            .into_iter()
            .map(|c| {
                NodeStats(stats::NodeStats {
                    node: c.node,
                    name: c.name.clone(),
                    counts: c.counts,
                    deduction_units: c.deduction_units,
                    empty_units: c.empty_units,
                    is_unit: c.is_unit,
                    children: Vec::new(),
                })
            })
            .collect()
    }
}

fn rate_key(rate: Option<f64>) -> f64 {
    rate.unwrap_or(-1.0)
}

/// The lists of learners an office acts on.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "DomainAction")]
pub enum ActionKind {
    /// Should take the exam, has not reached the required study points.
    NotStudied,
    /// Should take the exam, has not submitted an attempt.
    NotTaken,
    /// Took the exam and has not passed.
    Failed,
    /// Should have taken it and never did, now the make-up is over: assessment grade deferred (暂缓确定考核等次).
    GradeDeferred,
    /// Failed the make-up too: may not be rated excellent (不得确定为优秀).
    NotExcellent,
}

#[derive(Default)]
pub struct StatsQuery;

#[Object]
impl StatsQuery {
    /// The figures of a region or unit the caller administers, with its children.
    async fn stats(&self, ctx: &Context<'_>, campaign_id: ID, node_id: ID) -> Result<NodeStats> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        let node = org::find_node(db, actor, ids::node_ref(&node_id)?).await?;
        let campaign = campaigns::find(db, actor, campaign).await?;
        Ok(NodeStats(stats::stats(db, actor, &campaign, &node).await?))
    }

    /// Learners below a node who need action of the given kind, by id.
    #[graphql(complexity = "first.unwrap_or(paging::DEFAULT_PAGE).max(0) as usize * child_complexity")]
    async fn learners_needing_action(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        node_id: ID,
        kind: ActionKind,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Conn<Learner>> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        let node = org::find_node(db, actor, ids::node_ref(&node_id)?).await?;
        let campaign = campaigns::find(db, actor, campaign).await?;
        let page = Page::new(first, after.as_deref())?;
        let rows = stats::learners_needing_action(db, actor, &campaign, &node, kind.into(), page).await?;
        Ok(connection(rows, after.is_some(), |l| l.id, Learner))
    }

    /// The units at or below a node the caller administers with nobody on their roster
    /// (名单未报): the rosters an office has to ask for, by id. They have no rates.
    #[graphql(complexity = "first.unwrap_or(paging::DEFAULT_PAGE).max(0) as usize * child_complexity")]
    async fn units_without_roster(
        &self,
        ctx: &Context<'_>,
        node_id: ID,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Conn<Unit>> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        let node = org::find_node(db, actor, ids::node_ref(&node_id)?).await?;
        let page = Page::new(first, after.as_deref())?;
        let rows = stats::units_without_roster(db, actor, &node, page).await?;
        Ok(connection(rows, after.is_some(), |u| u.id, Unit))
    }
}
