//! The object types of the API, wrapping the domain's rows.

use async_graphql::connection::{Connection, Edge, EmptyFields};
use async_graphql::dataloader::DataLoader;
use async_graphql::{Context, Enum, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, FixedOffset};
use entity::{account, learner, region, role_grant, unit};

use super::ContextExt;
use super::loaders::{AccountKey, ChildrenOf, Loaders, RegionKey, UnitKey, UnitOfSeenLearner, unshare};
pub use super::scalars::{Date, cst};
use crate::domain::ids::{CampaignId, LearnerId};
use crate::domain::paging::{self, Page, PageOf};
use crate::domain::{accounts, org, roster};
use crate::error::AppError;
use crate::graphql::ids::{self, Kind};
use crate::scope;

pub(crate) fn loader<'a>(ctx: &'a Context<'_>) -> Result<&'a DataLoader<Loaders>> {
    ctx.data::<DataLoader<Loaders>>()
}

/// The extra fields of every connection.
#[derive(SimpleObject)]
pub struct Total {
    /// How many items the whole list holds, across all pages.
    pub total_count: i64,
}

pub type Conn<N> = Connection<String, N, Total, EmptyFields>;

/// Builds a Relay connection from a page of rows.
pub fn connection<T, N: async_graphql::OutputType>(
    page: PageOf<T>,
    after: bool,
    id_of: impl Fn(&T) -> i32,
    node: impl Fn(T) -> N,
) -> Conn<N> {
    let edges = page
        .rows
        .into_iter()
        .map(|row| (paging::encode_cursor(id_of(&row)), node(row)));
    connection_of_edges(after, page.has_next_page, page.total_count, edges)
}

/// Builds a Relay connection from a page's nodes, each with its cursor.
pub fn connection_of_edges<N: async_graphql::OutputType>(
    after: bool,
    has_next_page: bool,
    total_count: u64,
    edges: impl Iterator<Item = (String, N)>,
) -> Conn<N> {
    let mut conn = Connection::with_additional_fields(
        after,
        has_next_page,
        Total {
            total_count: total_count as i64,
        },
    );
    conn.edges
        .extend(edges.map(|(cursor, node)| Edge::new(cursor, node)));
    conn
}

/// Level of a region.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "scope::Level")]
pub enum RegionLevel {
    /// 省
    Province,
    /// 市
    City,
    /// 区、县
    District,
}

/// What an account may do.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "scope::Role")]
pub enum Role {
    /// 省委法制办: the whole province.
    ProvinceAdmin,
    /// 市委法制办: a city's subtree.
    CityAdmin,
    /// 区委法制办 (依法治区办): a district's units.
    DistrictAdmin,
    /// 单位管理员: one unit's roster.
    UnitAdmin,
    /// 学员: oneself. Held by being on a unit's roster, never granted.
    Learner,
}

/// Employment status (在职状态).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "roster::EmploymentStatus")]
pub enum EmploymentStatus {
    /// 在职
    InService,
    /// 退休
    Retired,
    /// 调出: left the old unit, not yet in the new one.
    Transferring,
    /// 离职
    Left,
}

pub struct Region(pub region::Model);

impl Region {
    /// The region of an id, through the request's loader.
    pub(crate) async fn load(ctx: &Context<'_>, id: i32) -> Result<Option<Region>> {
        Ok(loader(ctx)?
            .load_one(RegionKey(id))
            .await
            .map_err(unshare)?
            .map(Region))
    }
}

/// An administrative region: province, city or district.
#[Object]
impl Region {
    async fn id(&self) -> ID {
        ids::encode(Kind::Region, self.0.id)
    }
    /// The 6-digit administrative division code, e.g. 430408.
    async fn code(&self) -> &str {
        &self.0.code
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn level(&self) -> Result<RegionLevel> {
        Ok(self.0.level.into())
    }
    /// The region above; none for a province.
    async fn parent(&self, ctx: &Context<'_>) -> Result<Option<Region>> {
        let Some(parent) = self.0.parent_id else {
            return Ok(None);
        };
        Region::load(ctx, parent).await
    }
    /// The regions directly below, as far as the caller may see them, by code.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::CHILDREN, child_complexity)")]
    async fn children(&self, ctx: &Context<'_>) -> Result<Vec<Region>> {
        let children = loader(ctx)?
            .load_one(ChildrenOf(self.0.id))
            .await
            .map_err(unshare)?;
        Ok(children.unwrap_or_default().into_iter().map(Region).collect())
    }
    /// Units attached to this region (or, with `wholeSubtree`, to any region below it), as far
    /// as the caller may see them, in order of creation.
    #[graphql(complexity = "first.unwrap_or(paging::DEFAULT_PAGE).max(0) as usize * child_complexity")]
    async fn units(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        #[graphql(default = false)] whole_subtree: bool,
    ) -> Result<Conn<Unit>> {
        let page = Page::new(first, after.as_deref())?;
        let state = ctx.state()?;
        let units = org::units_of_region(&state.db, ctx.actor()?, &self.0, whole_subtree, page).await?;
        Ok(connection(units, after.is_some(), |u| u.id, Unit))
    }
}

/// How a learner's own move into a unit was decided.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entity::transfer_request::TransferStatus")]
pub enum TransferRequestStatus {
    /// Waiting for the unit (等待新单位确认).
    Pending,
    /// The unit took the learner onto its roster (已同意).
    Accepted,
    /// The unit refused (未同意): the learner may ask another unit.
    Refused,
}

/// A learner's own move into a unit after the verification deadline (调入申请).
#[derive(SimpleObject)]
pub struct TransferRequest {
    /// The unit asked.
    unit: Unit,
    status: TransferRequestStatus,
    requested_at: DateTime<FixedOffset>,
    /// When the unit accepted or refused; null while it waits.
    decided_at: Option<DateTime<FixedOffset>>,
}

pub struct Unit(pub unit::Model);

/// A unit (单位): the tenant, whose administrator keeps its roster.
#[Object]
impl Unit {
    async fn id(&self) -> ID {
        ids::encode(Kind::Unit, self.0.id)
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// False for units whose learners take the exam at a city exam centre (考试中心).
    async fn has_internet(&self) -> bool {
        self.0.has_internet
    }
    /// The region the unit belongs to.
    async fn region(&self, ctx: &Context<'_>) -> Result<Option<Region>> {
        Region::load(ctx, self.0.region_id).await
    }
    /// Learners in service on the roster who have not yet reached the required study points.
    #[graphql(complexity = "first.unwrap_or(paging::DEFAULT_PAGE).max(0) as usize * child_complexity")]
    async fn learners_below_required(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Conn<Learner>> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        let page = Page::new(first, after.as_deref())?;
        let rows =
            crate::domain::study::below_required(&ctx.state()?.db, actor, &self.0, campaign, page).await?;
        Ok(connection(rows, after.is_some(), |l| l.id, Learner))
    }

    /// The unit's roster, for its administrators and the offices above: filtered, sorted
    /// (by name unless told otherwise) and paged.
    #[graphql(complexity = "first.unwrap_or(paging::DEFAULT_PAGE).max(0) as usize * child_complexity")]
    async fn learners(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        filter: Option<LearnerFilter>,
        #[graphql(default)] order_by: LearnerOrder,
        #[graphql(default = false)] descending: bool,
    ) -> Result<Conn<Learner>> {
        let state = ctx.state()?;
        let filter = filter.map(Into::into).unwrap_or_default();
        let page = roster::learners_of_unit(
            &state.db,
            ctx.actor()?,
            &self.0,
            &filter,
            roster::RosterSort {
                by: order_by.into(),
                descending,
            },
            first,
            after.as_deref(),
        )
        .await?;
        let edges = page.rows.into_iter().map(|(cursor, l)| (cursor, Learner(l)));
        Ok(connection_of_edges(
            after.is_some(),
            page.has_next_page,
            page.total_count,
            edges,
        ))
    }
}

/// Narrows a roster.
#[derive(InputObject, Default)]
pub struct LearnerFilter {
    /// Part of the name.
    name: Option<String>,
    /// The start of the phone number.
    phone: Option<String>,
    status: Option<EmploymentStatus>,
    /// Part of the rank (职级).
    rank: Option<String>,
}

impl From<LearnerFilter> for roster::LearnerFilter {
    fn from(f: LearnerFilter) -> Self {
        roster::LearnerFilter {
            name: f.name,
            phone: f.phone,
            status: f.status.map(Into::into),
            rank: f.rank,
        }
    }
}

/// Order of a roster.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Default)]
pub enum LearnerOrder {
    /// By the name's pinyin (陈 before 张), the same on every database.
    #[default]
    Name,
    /// In the order learners were added.
    Created,
}

impl From<LearnerOrder> for roster::LearnerOrder {
    fn from(o: LearnerOrder) -> Self {
        match o {
            LearnerOrder::Name => roster::LearnerOrder::Name,
            LearnerOrder::Created => roster::LearnerOrder::Created,
        }
    }
}

pub struct Learner(pub learner::Model);

impl Learner {
    async fn record(
        &self,
        ctx: &Context<'_>,
        campaign_id: &ID,
    ) -> Result<crate::domain::progress::YearRecord> {
        let key = super::loaders::RecordKey {
            campaign_id: ids::decode(Kind::Campaign, campaign_id)?,
            learner_id: self.0.id,
        };
        Ok(loader(ctx)?
            .load_one(key)
            .await
            .map_err(unshare)?
            .unwrap_or_default())
    }
}

/// A learner (学员) on a unit's roster.
#[Object]
impl Learner {
    async fn id(&self) -> ID {
        ids::encode(Kind::Learner, self.0.id)
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The login account's mobile number. Offices above the unit see it masked
    /// (138****0001); `revealPhone` shows it, and is audited.
    async fn phone(&self, ctx: &Context<'_>) -> Result<String> {
        let account = loader(ctx)?
            .load_one(AccountKey(self.0.account_id))
            .await
            .map_err(unshare)?;
        let phone = account
            .map(|a| a.phone)
            .ok_or_else(|| AppError::internal("learner without account"))?;
        let full = ctx
            .actor()
            .is_ok_and(|actor| actor.sees_full_phone(self.0.id, self.0.unit_id.or(self.0.last_unit_id)));
        Ok(if full { phone } else { scope::mask_phone(&phone) })
    }
    /// Whether the phone number comes masked to the caller.
    async fn phone_masked(&self, ctx: &Context<'_>) -> bool {
        !ctx.actor()
            .is_ok_and(|actor| actor.sees_full_phone(self.0.id, self.0.unit_id.or(self.0.last_unit_id)))
    }
    /// The unit this learner asked to move into after the verification deadline, while the
    /// unit has not yet accepted it.
    async fn pending_transfer_unit(&self, ctx: &Context<'_>) -> Result<Option<Unit>> {
        if self.0.unit_id.is_some() {
            return Ok(None);
        }
        Ok(
            crate::domain::transfer::pending_transfer_of(&ctx.state()?.db, self.0.id)
                .await?
                .map(Unit),
        )
    }
    /// The learner's own latest move into a unit after the verification deadline (调入申请):
    /// which unit, and whether it waits for the unit, was accepted or was refused. Null when
    /// there is none (kept until the learner is transferred out again).
    async fn transfer_request(&self, ctx: &Context<'_>) -> Result<Option<TransferRequest>> {
        Ok(
            crate::domain::transfer::transfer_request_of(&ctx.state()?.db, self.0.id)
                .await?
                .map(|(r, unit)| TransferRequest {
                    unit: Unit(unit),
                    status: r.status.into(),
                    requested_at: cst(r.requested_at),
                    decided_at: r.decided_at.map(cst),
                }),
        )
    }
    /// The login account's id (for `resetPassword`).
    async fn account_id(&self) -> ID {
        ids::encode(Kind::Account, self.0.account_id)
    }
    /// Study points credited in a campaign.
    async fn points(&self, ctx: &Context<'_>, campaign_id: ID) -> Result<i32> {
        Ok(self.record(ctx, &campaign_id).await?.points)
    }
    /// Best score of the submitted attempts in a campaign; none before the first.
    async fn best_score(&self, ctx: &Context<'_>, campaign_id: ID) -> Result<Option<i32>> {
        Ok(self.record(ctx, &campaign_id).await?.best_score)
    }
    /// 职级
    async fn rank(&self) -> Option<&str> {
        self.0.rank.as_deref()
    }
    async fn status(&self) -> EmploymentStatus {
        self.0.status.into()
    }
    /// Expected retirement date (退休日期).
    async fn retirement_date(&self) -> Option<Date> {
        self.0.retirement_date.map(Date)
    }
    /// The learner's study points in a campaign (itself, or its administrators).
    async fn study(&self, ctx: &Context<'_>, campaign_id: ID) -> Result<super::progress::StudyProgress> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        let progress = crate::domain::study::learner_progress(
            &ctx.state()?.db,
            actor,
            LearnerId(self.0.id),
            CampaignId(campaign),
        )
        .await?;
        Ok(super::progress::StudyProgress(progress))
    }
    /// The unit whose roster holds the learner; none while transferring.
    async fn unit(&self, ctx: &Context<'_>) -> Result<Option<Unit>> {
        let Some(unit_id) = self.0.unit_id else {
            return Ok(None);
        };
        Ok(loader(ctx)?
            .load_one(UnitOfSeenLearner(unit_id))
            .await
            .map_err(unshare)?
            .map(Unit))
    }
}

pub struct Account(pub account::Model);

/// A login account.
#[Object]
impl Account {
    async fn id(&self) -> ID {
        ids::encode(Kind::Account, self.0.id)
    }
    /// The login: an 11-digit mainland mobile number.
    async fn phone(&self) -> &str {
        &self.0.phone
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// True until the initial (or reset) password has been changed; nothing else works until then.
    async fn must_change_password(&self) -> bool {
        self.0.must_change_password
    }
    /// Administrator grants, and LEARNER when the account is on a roster.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::FEW, child_complexity)")]
    async fn roles(&self, ctx: &Context<'_>) -> Result<Vec<RoleGrant>> {
        let db = &ctx.state()?.db;
        let mut roles: Vec<RoleGrant> = crate::domain::accounts::grants_of(db, self.0.id)
            .await?
            .into_iter()
            .map(RoleGrant::from_row)
            .collect::<Result<_>>()?;
        if let Some(l) = roster::learner_of_account(db, self.0.id).await? {
            roles.push(RoleGrant {
                id: ids::encode(Kind::Learner, l.id),
                role: Role::Learner,
                region_id: None,
                unit_id: l.unit_id,
                temporary_password: None,
            });
        }
        Ok(roles)
    }
    /// The account's roster entry, if it is a learner.
    async fn learner(&self, ctx: &Context<'_>) -> Result<Option<Learner>> {
        Ok(roster::learner_of_account(&ctx.state()?.db, self.0.id)
            .await?
            .map(Learner))
    }
}

pub struct RoleGrant {
    id: ID,
    role: Role,
    region_id: Option<i32>,
    unit_id: Option<i32>,
    temporary_password: Option<TemporaryPassword>,
}

impl RoleGrant {
    pub fn from_row(row: role_grant::Model) -> Result<Self> {
        Ok(RoleGrant {
            id: ids::encode(Kind::RoleGrant, row.id),
            role: row.role.into(),
            region_id: row.region_id,
            unit_id: row.unit_id,
            temporary_password: None,
        })
    }

    /// The grant as `grantRole` answers it, with the temporary password it issued.
    pub fn with_temporary_password(mut self, temporary: Option<TemporaryPassword>) -> Self {
        self.temporary_password = temporary;
        self
    }
}

/// A role held by an account: over a region's subtree, over one unit, or as a learner.
#[Object]
impl RoleGrant {
    /// The grant's id, for `revokeRole`. A LEARNER entry carries the learner's id instead:
    /// it is not revoked but changes with the roster.
    async fn id(&self) -> &ID {
        &self.id
    }
    async fn role(&self) -> Role {
        self.role
    }
    /// The region of a province, city or district administrator.
    async fn region(&self, ctx: &Context<'_>) -> Result<Option<Region>> {
        let Some(id) = self.region_id else {
            return Ok(None);
        };
        Region::load(ctx, id).await
    }
    /// The unit of a unit administrator or learner.
    async fn unit(&self, ctx: &Context<'_>) -> Result<Option<Unit>> {
        let Some(id) = self.unit_id else {
            return Ok(None);
        };
        Ok(loader(ctx)?
            .load_one(UnitKey(id))
            .await
            .map_err(unshare)?
            .map(Unit))
    }
    /// The temporary password the appointment issued to a new account (or one still on the
    /// initial password): in `grantRole`'s answer only, once; null everywhere else and for an
    /// account that keeps its own password.
    async fn temporary_password(&self) -> Option<&TemporaryPassword> {
        self.temporary_password.as_ref()
    }
}

/// A one-time random password a reset or an appointment issued. It is shown in this answer
/// only (never stored but as a hash, never in any other answer or in the audit log): tell it
/// to its holder in person or by phone. It must be changed at the next login and stops working
/// at `expiresAt` (72 hours).
#[derive(SimpleObject)]
pub struct TemporaryPassword {
    /// 8 characters without 0/O, 1/I/L, to be read out.
    password: String,
    expires_at: DateTime<FixedOffset>,
}

impl From<accounts::TemporaryPassword> for TemporaryPassword {
    fn from(t: accounts::TemporaryPassword) -> Self {
        TemporaryPassword {
            password: t.password,
            expires_at: cst(t.expires_at),
        }
    }
}
