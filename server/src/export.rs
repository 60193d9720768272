//! Spreadsheet reports for the offices: `GET /export/stats.xlsx?campaignId=..&nodeId=..` and
//! `GET /export/learners.xlsx?campaignId=..&nodeId=..&kind=..`, with the bearer token and the
//! same scope rules as the API.

use poem::http::{StatusCode, header};
use poem::web::{Data, Query};
use poem::{Request, Response, handler};
use rust_xlsxwriter::{Format, Workbook, XlsxError};
use serde::Deserialize;

use crate::auth;
use crate::domain::paging::Page;
use crate::domain::stats::{self, ActionKind, NodeStats};
use crate::domain::{org, roster};
use crate::error::{AppError, AppResult, Code};
use crate::ids::{self, Kind};
use crate::state::AppState;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportParams {
    campaign_id: String,
    node_id: String,
    kind: Option<String>,
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/// Most learners one list download holds.
const MAX_ROWS: usize = 200_000;

fn failure(err: AppError) -> Response {
    let status = match err.code() {
        Code::Unauthenticated | Code::PasswordChangeRequired => StatusCode::UNAUTHORIZED,
        Code::Forbidden => StatusCode::FORBIDDEN,
        Code::NotFound => StatusCode::NOT_FOUND,
        Code::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        _ => StatusCode::BAD_REQUEST,
    };
    if let AppError::Internal(detail) = &err {
        tracing::error!(error = %detail, "export failed");
    }
    let body = serde_json::json!({"errors": [{"message": err.public_message(), "extensions": {"code": err.code().as_str()}}]});
    Response::builder()
        .status(status)
        .content_type("application/json")
        .body(body.to_string())
}

fn xlsx_error(e: XlsxError) -> AppError {
    AppError::internal(format!("xlsx: {e}"))
}

fn file(name: &str, bytes: Vec<u8>) -> Response {
    Response::builder()
        .content_type(XLSX)
        .header(
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        )
        .body(bytes)
}

async fn actor_of(state: &AppState, req: &Request) -> AppResult<crate::scope::Actor> {
    let header = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let caller = auth::caller_from_header(&state.db, state.live.as_ref(), header).await?;
    Ok(caller.actor()?.clone())
}

#[handler]
pub async fn stats_xlsx(
    req: &Request,
    Query(params): Query<ExportParams>,
    Data(state): Data<&AppState>,
) -> Response {
    match stats_workbook(state, req, &params).await {
        Ok(bytes) => file("stats.xlsx", bytes),
        Err(e) => failure(e),
    }
}

async fn stats_workbook(state: &AppState, req: &Request, params: &ExportParams) -> AppResult<Vec<u8>> {
    let actor = actor_of(state, req).await?;
    let campaign = ids::decode(Kind::Campaign, &async_graphql::ID(params.campaign_id.clone()))?;
    let node = org::find_node(&state.db, &actor, &params.node_id).await?;
    let figures = stats::stats(&state.db, &actor, campaign, &node).await?;
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let bold = Format::new().set_bold();
    let percent = Format::new().set_num_format("0.00%");
    let headers = [
        "名称",
        "类型",
        "应考人数",
        "完成学习人数",
        "参考人数",
        "通过人数",
        "参考率",
        "通过率",
        "扣分单位数",
    ];
    for (col, h) in headers.iter().enumerate() {
        sheet
            .write_string_with_format(0, col as u16, *h, &bold)
            .map_err(xlsx_error)?;
    }
    let mut row = 1;
    let mut write = |n: &NodeStats, row: u32| -> Result<(), XlsxError> {
        sheet.write_string(row, 0, &n.name)?;
        sheet.write_string(row, 1, if n.is_unit { "单位" } else { "地区" })?;
        sheet.write_number(row, 2, n.counts.should_take as f64)?;
        sheet.write_number(row, 3, n.counts.study_completed as f64)?;
        sheet.write_number(row, 4, n.counts.participated as f64)?;
        sheet.write_number(row, 5, n.counts.passed as f64)?;
        sheet.write_number_with_format(row, 6, n.counts.participation_rate(), &percent)?;
        sheet.write_number_with_format(row, 7, n.counts.pass_rate(), &percent)?;
        sheet.write_number(row, 8, n.deduction_units as f64)?;
        Ok(())
    };
    write(&figures, row).map_err(xlsx_error)?;
    for child in &figures.children {
        row += 1;
        write(child, row).map_err(xlsx_error)?;
    }
    workbook.save_to_buffer().map_err(xlsx_error)
}

fn action_of(kind: Option<&str>) -> AppResult<ActionKind> {
    match kind.unwrap_or("") {
        "NOT_STUDIED" => Ok(ActionKind::NotStudied),
        "NOT_TAKEN" => Ok(ActionKind::NotTaken),
        "FAILED" => Ok(ActionKind::Failed),
        "GRADE_DEFERRED" => Ok(ActionKind::GradeDeferred),
        "NOT_EXCELLENT" => Ok(ActionKind::NotExcellent),
        other => Err(AppError::bad_input(format!(
            "kind“{other}”无效，应为 NOT_STUDIED、NOT_TAKEN、FAILED、GRADE_DEFERRED 或 NOT_EXCELLENT"
        ))),
    }
}

#[handler]
pub async fn learners_xlsx(
    req: &Request,
    Query(params): Query<ExportParams>,
    Data(state): Data<&AppState>,
) -> Response {
    match learners_workbook(state, req, &params).await {
        Ok(bytes) => file("learners.xlsx", bytes),
        Err(e) => failure(e),
    }
}

async fn learners_workbook(state: &AppState, req: &Request, params: &ExportParams) -> AppResult<Vec<u8>> {
    let actor = actor_of(state, req).await?;
    let kind = action_of(params.kind.as_deref())?;
    let campaign = ids::decode(Kind::Campaign, &async_graphql::ID(params.campaign_id.clone()))?;
    let node = org::find_node(&state.db, &actor, &params.node_id).await?;
    let mut learners = Vec::new();
    let mut after = None;
    loop {
        let page = stats::learners_needing_action(
            &state.db,
            &actor,
            campaign,
            &node,
            kind,
            Page {
                first: 1000,
                after_id: after,
            },
        )
        .await?;
        after = page.rows.last().map(|l| l.id);
        learners.extend(page.rows);
        if !page.has_next_page || learners.len() >= MAX_ROWS {
            break;
        }
    }
    let account_ids: Vec<i32> = learners.iter().map(|l| l.account_id).collect();
    let mut phones = std::collections::HashMap::new();
    for chunk in account_ids.chunks(500) {
        for a in roster::accounts_by_id(&state.db, chunk).await? {
            phones.insert(a.id, a.phone);
        }
    }
    let unit_ids: Vec<i32> = learners.iter().filter_map(|l| l.unit_id).collect();
    let units = org::units_by_id(&state.db, &actor, &unit_ids).await?;
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let bold = Format::new().set_bold();
    for (col, h) in ["姓名", "手机号", "单位", "职级"].iter().enumerate() {
        sheet
            .write_string_with_format(0, col as u16, *h, &bold)
            .map_err(xlsx_error)?;
    }
    for (i, l) in learners.iter().enumerate() {
        let row = (i + 1) as u32;
        let unit = l
            .unit_id
            .and_then(|id| units.get(&id))
            .map(|u| u.name.as_str())
            .unwrap_or("");
        sheet.write_string(row, 0, &l.name).map_err(xlsx_error)?;
        sheet
            .write_string(
                row,
                1,
                phones.get(&l.account_id).map(String::as_str).unwrap_or(""),
            )
            .map_err(xlsx_error)?;
        sheet.write_string(row, 2, unit).map_err(xlsx_error)?;
        sheet
            .write_string(row, 3, l.rank.as_deref().unwrap_or(""))
            .map_err(xlsx_error)?;
    }
    workbook.save_to_buffer().map_err(xlsx_error)
}
