//! The roster: learners, transfers in and out, status changes and imports.

use std::io::Read;

use async_graphql::{Context, Enum, ID, InputObject, Object, Result, SimpleObject, Upload};
use chrono::{DateTime, FixedOffset};
use sea_orm::DatabaseConnection;

use super::ContextExt;
use super::types::{Date, EmploymentStatus, Learner, cst};
use crate::domain::phone::PhoneNumber;
use crate::domain::roster::{self, LearnerUpdate, NewLearner};
use crate::domain::{import, report, transfer};
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
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::ROWS, child_complexity)")]
    async fn pending_transfers_in(&self, ctx: &Context<'_>, unit_id: ID) -> Result<Vec<PendingTransfer>> {
        let actor = ctx.actor()?;
        let unit = ids::decode(Kind::Unit, &unit_id)?;
        Ok(transfer::pending_transfers_in(&ctx.state()?.db, actor, unit)
            .await?
            .into_iter()
            .map(|(l, at)| PendingTransfer {
                learner: Learner(l),
                requested_at: cst(at),
            })
            .collect())
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
        let moved = transfer::transfer_out(&state.db, &state.callers, actor, id).await?;
        Ok(Learner(moved))
    }

    /// Accepts a learner's own move into the unit made after the verification deadline
    /// (see `pendingTransfersIn`); recorded as a late change.
    async fn accept_transfer_in(&self, ctx: &Context<'_>, learner_id: ID) -> Result<Learner> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Learner, &learner_id)?;
        let state = ctx.state()?;
        let moved = transfer::accept_transfer_in(&state.db, &state.callers, actor, id).await?;
        Ok(Learner(moved))
    }

    /// Refuses a learner's own move into the unit made after the verification deadline (see
    /// `pendingTransfersIn`): the learner sees it refused (`Learner.transferRequest`) and may
    /// ask another unit; recorded as a late change.
    async fn refuse_transfer_in(&self, ctx: &Context<'_>, learner_id: ID) -> Result<bool> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Learner, &learner_id)?;
        transfer::refuse_transfer_in(&ctx.state()?.db, actor, id).await?;
        Ok(true)
    }

    /// 调进: moves a transferring learner (by phone) into a unit, by that unit's administrator
    /// or by the learner itself. After the verification deadline a learner's own move waits
    /// for the unit to accept it: the answer is the learner still between units, with
    /// `pendingTransferUnit` set.
    async fn transfer_in(&self, ctx: &Context<'_>, phone: String, unit_id: ID) -> Result<Learner> {
        let actor = ctx.actor()?;
        let unit = ids::decode(Kind::Unit, &unit_id)?;
        let state = ctx.state()?;
        let moved = transfer::transfer_in(&state.db, &state.callers, actor, &phone, unit).await?;
        Ok(Learner(moved))
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
            import::ImportMode {
                dry_run: dry_run.unwrap_or(false),
                import_valid_rows: import_valid_rows.unwrap_or(false),
            },
        )
        .await?;
        Ok(report.into())
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
