//! The roster: learners, transfers, status changes, exemptions; plus notices and the audit log.

use std::io::Read;

use async_graphql::{Context, Enum, ID, InputObject, Object, Result, SimpleObject, Upload};
use chrono::{DateTime, FixedOffset};
use entity::{audit_entry, exemption, notice};
use sea_orm::DatabaseConnection;

use super::ContextExt;
use super::loaders::{AccountKey, LearnerKey, unshare};
use super::types::{Conn, Date, EmploymentStatus, Learner, Region, connection, cst, loader};
use crate::domain::exemption::{self as exemptions, Attachment, ExemptionStatus as DomainStatus};
use crate::domain::paging::{self, Page};
use crate::domain::phone::PhoneNumber;
use crate::domain::roster::{self, LearnerUpdate, NewLearner};
use crate::domain::{audit, import, notice as notices, org, report};
use crate::error::{AppError, AppResult};
use crate::formats::sheet::SheetFile;
use crate::graphql::ids::{self, Kind};
use crate::scope::Actor;

/// A learner to add to a unit's roster. The account starts on the initial password 000000.
#[derive(InputObject)]
pub struct AddLearnerInput {
    unit_id: ID,
    name: String,
    /// 11-digit mainland mobile number: the login.
    phone: String,
    /// 职级
    rank: Option<String>,
    /// Expected retirement date (decides exemption eligibility).
    retirement_date: Option<Date>,
}

/// Corrections to a learner; absent fields stay as they are.
#[derive(InputObject)]
pub struct UpdateLearnerInput {
    /// The roster's name (administrators only: the roster owns the name, and a certificate
    /// carries it); a learner sending a different one is FORBIDDEN.
    name: Option<String>,
    rank: Option<String>,
    retirement_date: Option<Date>,
    /// A new login phone (administrators only); the password stays.
    phone: Option<String>,
}

#[derive(Default)]
pub struct RosterQuery;

/// A learner's own move into a unit after the verification deadline, waiting for the unit.
#[derive(SimpleObject)]
pub struct PendingTransfer {
    learner: Learner,
    requested_at: DateTime<FixedOffset>,
}

#[Object]
impl RosterQuery {
    /// Learners who moved themselves into this unit after the verification deadline and wait
    /// for its administrator (or an office above it) to accept them (`acceptTransferIn`).
    async fn pending_transfers_in(&self, ctx: &Context<'_>, unit_id: ID) -> Result<Vec<PendingTransfer>> {
        let actor = ctx.actor()?;
        let unit = ids::decode(Kind::Unit, &unit_id)?;
        Ok(roster::pending_transfers_in(&ctx.state()?.db, actor, unit)
            .await?
            .into_iter()
            .map(|(l, at)| PendingTransfer {
                learner: Learner(l),
                requested_at: cst(at),
            })
            .collect())
    }

    /// Exemption applications under a region or unit the caller administers, newest first.
    #[graphql(complexity = "first.unwrap_or(paging::DEFAULT_PAGE).max(0) as usize * child_complexity")]
    #[allow(clippy::too_many_arguments)] // the GraphQL field's arguments
    async fn exemptions(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        node_id: ID,
        status: Option<ExemptionStatus>,
        #[graphql(
            desc = "true: only those a unit passed to the district (转交); false: only those not passed on"
        )]
        escalated: Option<bool>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Conn<Exemption>> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        let campaign =
            crate::domain::campaign::find(db, actor, ids::decode(Kind::Campaign, &campaign_id)?).await?;
        let node = org::find_node(db, actor, ids::node_ref(&node_id)?).await?;
        let page = Page::new(first, after.as_deref())?;
        let rows = exemptions::under_node(
            db,
            actor,
            &node,
            campaign.id,
            status.map(Into::into),
            escalated,
            page,
        )
        .await?;
        Ok(connection(rows, after.is_some(), |e| e.id, Exemption))
    }

    /// The caller's own exemption applications in a campaign, newest first.
    async fn my_exemptions(&self, ctx: &Context<'_>, campaign_id: ID) -> Result<Vec<Exemption>> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Campaign, &campaign_id)?;
        Ok(exemptions::mine(&ctx.state()?.db, actor, id)
            .await?
            .into_iter()
            .map(Exemption)
            .collect())
    }

    /// The audit log of a region's subtree or a unit, newest first (offices: district and
    /// above), narrowed by `filter` (who, what, from and to which day).
    #[graphql(complexity = "first.unwrap_or(paging::DEFAULT_PAGE).max(0) as usize * child_complexity")]
    async fn audit_log(
        &self,
        ctx: &Context<'_>,
        node_id: ID,
        filter: Option<AuditFilter>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Conn<AuditEntry>> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        let node = org::find_node(db, actor, ids::node_ref(&node_id)?).await?;
        let filter = filter.map(AuditFilter::into_domain).unwrap_or_default();
        let rows = audit::entries(db, actor, &node, &filter, Page::new(first, after.as_deref())?).await?;
        Ok(connection(rows, after.is_some(), |e| e.id, AuditEntry))
    }

    /// Notices of the offices above the caller (and, for an office, those inside its subtree), newest first.
    #[graphql(complexity = "first.unwrap_or(paging::DEFAULT_PAGE).max(0) as usize * child_complexity")]
    async fn notices(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Conn<Notice>> {
        let actor = ctx.actor()?;
        let rows = notices::visible(&ctx.state()?.db, actor, Page::new(first, after.as_deref())?).await?;
        Ok(connection(rows, after.is_some(), |n| n.id, Notice))
    }
}

pub(crate) fn read_upload(
    ctx: &Context<'_>,
    upload: &Upload,
    limit: usize,
) -> Result<(String, Option<String>, Vec<u8>)> {
    let value = upload
        .value(ctx)
        .map_err(|e| AppError::bad_input(format!("读取上传文件失败：{}", e)))?;
    let filename = value.filename.clone();
    let content_type = value.content_type.clone();
    let mut bytes = Vec::new();
    value
        .into_read()
        .take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| AppError::bad_input(format!("读取上传文件失败：{e}")))?;
    if bytes.len() > limit {
        return Err(AppError::bad_input(format!("文件过大：上限为 {} MB", limit / (1024 * 1024))).into());
    }
    Ok((filename, content_type, bytes))
}

/// An uploaded spreadsheet, up to the size any import takes.
fn read_sheet(ctx: &Context<'_>, upload: &Upload) -> Result<SheetFile> {
    let (filename, _, bytes) = read_upload(ctx, upload, crate::formats::sheet::MAX_FILE_BYTES)?;
    Ok(SheetFile { filename, bytes })
}

/// Imports a campaign's spreadsheet (the bank's questions, the study material): reads the
/// upload and hands it to the area's importer, which checks the caller's scope.
pub(crate) async fn import_campaign_sheet(
    ctx: &Context<'_>,
    campaign_id: &ID,
    file: &Upload,
    dry_run: Option<bool>,
    import: impl AsyncFnOnce(&DatabaseConnection, &Actor, i32, SheetFile, bool) -> AppResult<report::ImportReport>,
) -> Result<ImportReport> {
    let actor = ctx.actor()?;
    let campaign = ids::decode(Kind::Campaign, campaign_id)?;
    let report = import(
        &ctx.state()?.db,
        actor,
        campaign,
        read_sheet(ctx, file)?,
        dry_run.unwrap_or(false),
    )
    .await?;
    Ok(report.into())
}

#[derive(Default)]
pub struct RosterMutation;

#[Object]
impl RosterMutation {
    /// Adds a learner to a unit's roster (open all year). A phone on another unit's roster is
    /// refused with CONFLICT: use a transfer.
    async fn add_learner(&self, ctx: &Context<'_>, input: AddLearnerInput) -> Result<Learner> {
        let actor = ctx.actor()?;
        let unit = ids::decode(Kind::Unit, &input.unit_id)?;
        let phone = PhoneNumber::parse(&input.phone)?;
        let new = NewLearner {
            phone: &phone,
            name: &input.name,
            rank: input.rank.as_deref(),
            retirement_date: input.retirement_date.map(|d| d.0),
        };
        let state = ctx.state()?;
        let added = roster::add_learner(&state.db, &state.callers, actor, unit, new).await?;
        Ok(Learner(added))
    }

    /// Corrects a learner: its administrators, or the learner itself (its rank and, before the
    /// verification deadline, its retirement date; never its name or phone).
    async fn update_learner(&self, ctx: &Context<'_>, id: ID, input: UpdateLearnerInput) -> Result<Learner> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Learner, &id)?;
        let update = LearnerUpdate {
            name: input.name,
            rank: input.rank,
            retirement_date: input.retirement_date.map(|d| d.0),
            phone: input.phone,
        };
        Ok(Learner(
            roster::update_learner(&ctx.state()?.db, actor, id, update).await?,
        ))
    }

    /// Records retirement (RETIRED), leaving (LEFT) or a return to service (IN_SERVICE) from a
    /// date, today by default. Retired and left learners leave the "should take" count then.
    async fn set_employment_status(
        &self,
        ctx: &Context<'_>,
        learner_id: ID,
        status: EmploymentStatus,
        effective_date: Option<Date>,
    ) -> Result<Learner> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Learner, &learner_id)?;
        let learner = roster::set_status(
            &ctx.state()?.db,
            actor,
            id,
            status.into(),
            effective_date.map(|d| d.0),
        )
        .await?;
        Ok(Learner(learner))
    }

    /// 调出: takes a learner off the unit's roster. Account, password, points and results stay
    /// with the person until the new unit takes it in.
    async fn transfer_out(&self, ctx: &Context<'_>, learner_id: ID) -> Result<Learner> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Learner, &learner_id)?;
        let state = ctx.state()?;
        let moved = roster::transfer_out(&state.db, &state.callers, actor, id).await?;
        Ok(Learner(moved))
    }

    /// Accepts a learner's own move into the unit made after the verification deadline
    /// (see `pendingTransfersIn`); recorded as a late change.
    async fn accept_transfer_in(&self, ctx: &Context<'_>, learner_id: ID) -> Result<Learner> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Learner, &learner_id)?;
        let state = ctx.state()?;
        let moved = roster::accept_transfer_in(&state.db, &state.callers, actor, id).await?;
        Ok(Learner(moved))
    }

    /// 调进: moves a transferring learner (by phone) into a unit, by that unit's administrator
    /// or by the learner itself. After the verification deadline a learner's own move waits
    /// for the unit to accept it: the answer is the learner still between units, with
    /// `pendingTransferUnit` set.
    async fn transfer_in(&self, ctx: &Context<'_>, phone: String, unit_id: ID) -> Result<Learner> {
        let actor = ctx.actor()?;
        let unit = ids::decode(Kind::Unit, &unit_id)?;
        let state = ctx.state()?;
        let moved = roster::transfer_in(&state.db, &state.callers, actor, &phone, unit).await?;
        Ok(Learner(moved))
    }

    /// A learner applies for exemption (免考) with a reason and optionally a scan (PDF, JPG or
    /// PNG, at most 5 MB). Refused (NOT_ELIGIBLE) unless retirement falls within two years
    /// after December 30 of the campaign year.
    async fn apply_exemption(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        reason: String,
        attachment: Option<Upload>,
    ) -> Result<Exemption> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        let attachment = match attachment {
            Some(upload) => {
                let (name, content_type, bytes) =
                    read_upload(ctx, &upload, exemptions::MAX_ATTACHMENT_BYTES)?;
                Some(Attachment {
                    name,
                    content_type: content_type.unwrap_or_default(),
                    bytes,
                })
            }
            None => None,
        };
        Ok(Exemption(
            exemptions::apply(&ctx.state()?.db, actor, campaign, &reason, attachment).await?,
        ))
    }

    /// Approves or rejects an exemption: the unit administrator for a pending one; the
    /// district office (or above) may overrule any decision.
    async fn decide_exemption(
        &self,
        ctx: &Context<'_>,
        id: ID,
        approve: bool,
        comment: Option<String>,
    ) -> Result<Exemption> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Exemption, &id)?;
        Ok(Exemption(
            exemptions::decide(&ctx.state()?.db, actor, id, approve, comment.as_deref()).await?,
        ))
    }

    /// Imports a unit's roster from a spreadsheet (.xlsx, or .csv in UTF-8 or GBK; at most
    /// 10 MB and 50,000 rows). Columns by header: 姓名/name, 手机号/phone, 职级/rank,
    /// 在职状态/status, 退休日期/retirementDate, in any order. Every bad row is reported with
    /// its row number; a file with errors writes nothing unless `importValidRows`; `dryRun`
    /// only validates. Importing the same file again changes nothing.
    async fn import_learners(
        &self,
        ctx: &Context<'_>,
        unit_id: ID,
        file: Upload,
        #[graphql(default_with = "Some(false)")] dry_run: Option<bool>,
        #[graphql(default_with = "Some(false)")] import_valid_rows: Option<bool>,
    ) -> Result<ImportReport> {
        let actor = ctx.actor()?;
        let unit = ids::decode(Kind::Unit, &unit_id)?;
        let state = ctx.state()?;
        let report = import::import_learners(
            &state.db,
            &state.callers,
            actor,
            unit,
            read_sheet(ctx, &file)?,
            dry_run.unwrap_or(false),
            import_valid_rows.unwrap_or(false),
        )
        .await?;
        Ok(report.into())
    }

    /// Posts a notice to a region's subtree (offices).
    async fn post_notice(&self, ctx: &Context<'_>, input: PostNoticeInput) -> Result<Notice> {
        let actor = ctx.actor()?;
        let region = ids::decode(Kind::Region, &input.region_id)?;
        Ok(Notice(
            notices::post(&ctx.state()?.db, actor, region, &input.title, &input.body).await?,
        ))
    }
}

/// What an import did, or would do (dry run).
#[derive(SimpleObject)]
pub struct ImportReport {
    /// Rows that add a new learner.
    created: u32,
    /// Rows that change a learner already on the roster.
    updated: u32,
    /// Rows identical to the roster.
    unchanged: u32,
    /// Rows refused, with the reason.
    errors: Vec<ImportError>,
    dry_run: bool,
    /// Whether anything was written (false for a dry run, or for a file with errors).
    written: bool,
    /// Every valid row and what it does (or, in a dry run, would do), in file order; bad rows
    /// are in `errors`.
    preview: Vec<ImportPreviewRow>,
}

/// What an import does with a row.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum ImportRowAction {
    /// Adds a new learner.
    Create,
    /// Changes a learner already on the roster (see `changes`).
    Update,
    /// Identical to the roster.
    Unchanged,
}

/// One valid row of an import, as read (phone normalised: full-width digits and +86 accepted).
#[derive(SimpleObject)]
pub struct ImportPreviewRow {
    /// The row number as the spreadsheet shows it (the header is row 1).
    row: i32,
    action: ImportRowAction,
    name: String,
    phone: String,
    /// For UPDATE: each changed field, as "职级：科员 → 副科".
    changes: Vec<String>,
}

/// A refused row.
#[derive(SimpleObject)]
pub struct ImportError {
    /// The row number as the spreadsheet shows it (the header is row 1).
    row: i32,
    message: String,
}

impl From<import::ImportReport> for ImportReport {
    fn from(r: import::ImportReport) -> Self {
        ImportReport {
            created: r.created,
            updated: r.updated,
            unchanged: r.unchanged,
            errors: r
                .errors
                .into_iter()
                .map(|e| ImportError {
                    row: e.row as i32,
                    message: e.message,
                })
                .collect(),
            dry_run: r.dry_run,
            written: r.written,
            preview: r
                .preview
                .into_iter()
                .map(|p| ImportPreviewRow {
                    row: p.row as i32,
                    action: match p.action {
                        import::RowAction::Create => ImportRowAction::Create,
                        import::RowAction::Update => ImportRowAction::Update,
                        import::RowAction::Unchanged => ImportRowAction::Unchanged,
                    },
                    name: p.name,
                    phone: p.phone,
                    changes: p.changes,
                })
                .collect(),
        }
    }
}

/// Which audit entries to show; every part optional, given parts all apply.
#[derive(InputObject, Default)]
pub struct AuditFilter {
    /// Who did it: a whole phone number, or part of a name.
    actor: Option<String>,
    /// What happened: an action (`learner.transfer_out`) or its area (`learner`, `exemption`,
    /// `export`, `role`, `notice`, `exam_session`, `seat`).
    action: Option<String>,
    /// From this day (China Standard Time), inclusive.
    from: Option<Date>,
    /// To this day (China Standard Time), inclusive.
    to: Option<Date>,
    /// Only changes made after the roster verification deadline.
    #[graphql(default)]
    late_only: bool,
}

impl AuditFilter {
    fn into_domain(self) -> audit::AuditFilter {
        audit::AuditFilter {
            actor: self.actor,
            action: self.action,
            from: self.from.map(|d| d.0),
            to: self.to.map(|d| d.0),
            late_only: self.late_only,
        }
    }
}

/// A notice to post.
#[derive(InputObject)]
pub struct PostNoticeInput {
    region_id: ID,
    title: String,
    body: String,
}

/// State of an exemption application.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "DomainStatus")]
pub enum ExemptionStatus {
    Pending,
    Approved,
    Rejected,
}

pub struct Exemption(pub exemption::Model);

/// An application for exemption from the year's exam (免考).
#[Object]
impl Exemption {
    async fn id(&self) -> ID {
        ids::encode(Kind::Exemption, self.0.id)
    }
    async fn status(&self) -> ExemptionStatus {
        self.0.status.into()
    }
    async fn reason(&self) -> &str {
        &self.0.reason
    }
    async fn applied_at(&self) -> DateTime<FixedOffset> {
        cst(self.0.applied_at)
    }
    /// File name of the attached scan, if any.
    async fn attachment_name(&self) -> Option<&str> {
        self.0.attachment_name.as_deref()
    }
    /// When the unit administrator passed it to the district office (转交), if it did.
    async fn escalated_at(&self) -> Option<DateTime<FixedOffset>> {
        self.0.escalated_at.map(cst)
    }
    /// Why the unit passed it on.
    async fn escalation_comment(&self) -> Option<&str> {
        self.0.escalation_comment.as_deref()
    }
    async fn learner(&self, ctx: &Context<'_>) -> Result<Option<Learner>> {
        Ok(loader(ctx)?
            .load_one(LearnerKey(self.0.learner_id))
            .await
            .map_err(unshare)?
            .map(Learner))
    }
    /// Every decision, oldest first: the unit's, and any office's overruling one.
    async fn decisions(&self, ctx: &Context<'_>) -> Result<Vec<ExemptionDecision>> {
        let rows = exemptions::decisions_of(&ctx.state()?.db, self.0.id).await?;
        Ok(rows
            .into_iter()
            .map(|d| ExemptionDecision {
                approve: d.approve,
                comment: d.comment,
                overrule: d.overrule,
                decided_at: cst(d.decided_at),
                decided_by_account: d.decided_by,
            })
            .collect())
    }
}

/// One decision on an exemption.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct ExemptionDecision {
    approve: bool,
    comment: Option<String>,
    /// Made by an office over an earlier decision.
    overrule: bool,
    decided_at: DateTime<FixedOffset>,
    #[graphql(skip)]
    decided_by_account: i32,
}

#[async_graphql::ComplexObject]
impl ExemptionDecision {
    /// Name of who decided.
    async fn decided_by(&self, ctx: &Context<'_>) -> Result<String> {
        let account = loader(ctx)?
            .load_one(AccountKey(self.decided_by_account))
            .await
            .map_err(unshare)?;
        Ok(account.map(|a| a.name).unwrap_or_default())
    }
}

pub struct AuditEntry(pub audit_entry::Model);

/// One change in the audit log: who, when, what, before and after. Never editable.
#[Object]
impl AuditEntry {
    async fn id(&self) -> ID {
        ids::encode(Kind::AuditEntry, self.0.id)
    }
    async fn at(&self) -> DateTime<FixedOffset> {
        cst(self.0.at)
    }
    /// What happened, e.g. `learner.transfer_out`, `exemption.decide`, `role.grant`, `password.reset`.
    async fn action(&self) -> &str {
        &self.0.action
    }
    /// Name and phone of who did it.
    async fn actor(&self, ctx: &Context<'_>) -> Result<Option<String>> {
        let Some(id) = self.0.actor_account_id else {
            return Ok(None);
        };
        let account = loader(ctx)?.load_one(AccountKey(id)).await.map_err(unshare)?;
        Ok(account.map(|a| format!("{}（{}）", a.name, a.phone)))
    }
    /// The kind of object changed: learner, exemption, role_grant, account, region, unit.
    async fn target_kind(&self) -> &str {
        &self.0.target_kind
    }
    async fn target_id(&self) -> i32 {
        self.0.target_id
    }
    /// The object before the change, as JSON.
    async fn before(&self) -> Option<&str> {
        self.0.before.as_deref()
    }
    /// The object after the change, as JSON.
    async fn after(&self) -> Option<&str> {
        self.0.after.as_deref()
    }
    /// Made after the roster verification deadline (only offices may).
    async fn late(&self) -> bool {
        self.0.late
    }
}

pub struct Notice(pub notice::Model);

/// A notice from an office to its subtree.
#[Object]
impl Notice {
    async fn id(&self) -> ID {
        ids::encode(Kind::Notice, self.0.id)
    }
    async fn title(&self) -> &str {
        &self.0.title
    }
    async fn body(&self) -> &str {
        &self.0.body
    }
    async fn posted_at(&self) -> DateTime<FixedOffset> {
        cst(self.0.posted_at)
    }
    /// When it was last edited, if ever.
    async fn edited_at(&self) -> Option<DateTime<FixedOffset>> {
        self.0.edited_at.map(cst)
    }
    /// Whether the caller may edit or withdraw it (an office over the region it was posted
    /// to); notices from above are read-only.
    async fn editable(&self, ctx: &Context<'_>) -> Result<bool> {
        Ok(notices::may_change(ctx.actor()?, &self.0))
    }
    /// The region whose office posted it.
    async fn region(&self, ctx: &Context<'_>) -> Result<Option<Region>> {
        Region::load(ctx, self.0.region_id).await
    }
}
