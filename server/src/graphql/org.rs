//! Regions and units.

use async_graphql::{Context, ID, InputObject, Object, Result};

use super::ContextExt;
use super::types::{Region, Unit};
use crate::domain::org;
use crate::graphql::ids::{self, Kind};

/// A unit as offered to a learner choosing where to move: its name and region only.
#[derive(async_graphql::SimpleObject)]
pub struct UnitChoice {
    pub id: ID,
    pub name: String,
    /// The district (or city, province) the unit belongs to.
    pub region_name: Option<String>,
}

#[derive(Default)]
pub struct OrgQuery;

#[Object]
impl OrgQuery {
    /// A region in the caller's subtree, or above it.
    async fn region(&self, ctx: &Context<'_>, id: ID) -> Result<Option<Region>> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Region, &id)?;
        Ok(Some(Region(org::find_region(&ctx.state()?.db, actor, id).await?)))
    }

    /// A unit the caller administers (directly or through an office above it), or its own.
    async fn unit(&self, ctx: &Context<'_>, id: ID) -> Result<Option<Unit>> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Unit, &id)?;
        Ok(Some(Unit(org::find_unit(&ctx.state()?.db, actor, id).await?)))
    }

    /// The roots of the regions the caller administers (empty for unit administrators and learners).
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::FEW, child_complexity)")]
    async fn my_scope(&self, ctx: &Context<'_>) -> Result<Vec<Region>> {
        let actor = ctx.actor()?;
        Ok(org::scope_roots(&ctx.state()?.db, actor)
            .await?
            .into_iter()
            .map(Region)
            .collect())
    }

    /// Units of the caller's province whose name contains `name` (at least two characters),
    /// at most 20, for a learner choosing the unit to move into.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::ROWS, child_complexity)")]
    async fn search_units(&self, ctx: &Context<'_>, name: String) -> Result<Vec<UnitChoice>> {
        let actor = ctx.actor()?;
        Ok(org::search_units(&ctx.state()?.db, actor, &name, 20)
            .await?
            .into_iter()
            .map(|(unit, region)| UnitChoice {
                id: ids::encode(Kind::Unit, unit.id),
                name: unit.name,
                region_name: region.map(|r| r.name),
            })
            .collect())
    }
}

/// A new city under a province or district under a city.
#[derive(InputObject)]
pub struct CreateRegionInput {
    parent_id: ID,
    /// The 6-digit administrative division code: a city shares its province's first two
    /// digits and ends in 00 (430400); a district shares its city's first four (430408).
    code: String,
    name: String,
}

/// A new unit attached to a region of any level.
#[derive(InputObject)]
pub struct CreateUnitInput {
    region_id: ID,
    name: String,
    /// False when the unit's learners must take the exam at a city exam centre.
    #[graphql(default = true)]
    has_internet: bool,
}

#[derive(Default)]
pub struct OrgMutation;

#[Object]
impl OrgMutation {
    /// Creates a city or district below a region the caller administers.
    async fn create_region(&self, ctx: &Context<'_>, input: CreateRegionInput) -> Result<Region> {
        let actor = ctx.actor()?;
        let parent = ids::decode(Kind::Region, &input.parent_id)?;
        Ok(Region(
            org::create_region(&ctx.state()?.db, actor, parent, &input.code, &input.name).await?,
        ))
    }

    /// Creates a unit in a region the caller administers.
    async fn create_unit(&self, ctx: &Context<'_>, input: CreateUnitInput) -> Result<Unit> {
        let actor = ctx.actor()?;
        let region = ids::decode(Kind::Region, &input.region_id)?;
        Ok(Unit(
            org::create_unit(&ctx.state()?.db, actor, region, &input.name, input.has_internet).await?,
        ))
    }
}
