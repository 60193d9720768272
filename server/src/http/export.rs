//! Spreadsheet reports for the offices: `GET /export/stats.xlsx?campaignId=..&nodeId=..`,
//! `GET /export/learners.xlsx?campaignId=..&nodeId=..&kind=..` (an action list) and
//! `GET /export/roster.xlsx?campaignId=..&nodeId=..` (everybody below the node, with points and
//! scores), with the same scope rules as the API.
//!
//! A script sends the bearer token; a browser opens a link from `createDownloadLink`, whose
//! one-time `ticket` stands for the token (a token in a URL ends up in logs). Every file has a
//! title row (node, list, campaign, when), a name that says node, list and date, and is
//! recorded in the audit log with how many rows it held. Offices above the unit get phone
//! numbers masked, as the console shows them.

use std::collections::HashMap;

use entity::{campaign, learner, unit};
use poem::http::header;
use poem::web::{Data, Query};
use poem::{FromRequest, Request, RequestBody, Response, handler};
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use sea_orm::DatabaseConnection;
use serde::Deserialize;
use serde_json::json;

use crate::domain::audit::{self, Change};
use crate::domain::org::{self, Node};
use crate::domain::paging::Page;
use crate::domain::progress::{self, YearRecord};
use crate::domain::stats::{self, ActionKind, NodeStats};
use crate::domain::{downloads, name_key, roster};
use crate::error::{AppError, AppResult};
use crate::graphql::ids::{self, Kind};
use crate::scope::{self, Actor};
use crate::state::AppState;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportParams {
    campaign_id: String,
    node_id: String,
    kind: Option<String>,
    ticket: Option<String>,
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/// Most learners one list download holds.
const MAX_ROWS: usize = 200_000;

fn failure(err: AppError) -> Response {
    err.http_response("export")
}

fn xlsx_error(e: XlsxError) -> AppError {
    AppError::internal(format!("xlsx: {e}"))
}

fn file(name: &str, fallback: &str, bytes: Vec<u8>) -> Response {
    attachment(XLSX, name, fallback, bytes)
}

/// A download: `attachment` with the Chinese name for browsers (RFC 6266 / 5987) and an ASCII
/// one for the rest, never cached. Every download route (lists, certificates, records) answers
/// with it.
pub(crate) fn attachment(content_type: &str, name: &str, fallback: &str, bytes: Vec<u8>) -> Response {
    let encoded: String = name
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    Response::builder()
        .content_type(content_type)
        .header(
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}"),
        )
        .header(header::CACHE_CONTROL, "no-store")
        .body(bytes)
}

/// The caller: from the one-time ticket of a browser link, or from the bearer token.
async fn actor_of(state: &AppState, req: &Request, params: &ExportParams) -> AppResult<Actor> {
    download_caller(state, req, params.ticket.as_deref()).await
}

/// The caller of a download: from the one-time ticket of a browser link (which opens exactly
/// the path and query it was made for), or from the bearer token. Every download route
/// (lists, certificates, records) asks here.
pub(crate) async fn download_caller(
    state: &AppState,
    req: &Request,
    ticket: Option<&str>,
) -> AppResult<Actor> {
    if let Some(ticket) = ticket {
        let query: Vec<&str> = req
            .uri()
            .query()
            .unwrap_or("")
            .split('&')
            .filter(|pair| !pair.starts_with("ticket="))
            .collect();
        let target = format!("{}?{}", req.uri().path(), query.join("&"));
        return downloads::redeem(&state.db, ticket, &target).await;
    }
    let header = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let caller = state.callers.from_header(header).await?;
    Ok(caller.actor()?.clone())
}

/// What every export starts from: the caller, the campaign and the node, checked.
struct Opened {
    actor: Actor,
    campaign: campaign::Model,
    node: Node,
}

/// A list download's request: the campaign and node in its query, the caller by its ticket or
/// token. One extractor for the three lists, which differ only in what they write.
pub struct ListRequest<'a> {
    req: &'a Request,
    state: &'a AppState,
    params: ExportParams,
}

impl<'a> FromRequest<'a> for ListRequest<'a> {
    async fn from_request(req: &'a Request, body: &mut RequestBody) -> poem::Result<Self> {
        let Query(params) = Query::<ExportParams>::from_request(req, body).await?;
        let Data(state) = Data::<&AppState>::from_request(req, body).await?;
        Ok(ListRequest { req, state, params })
    }
}

impl ListRequest<'_> {
    async fn open(&self) -> AppResult<Opened> {
        open(self.state, self.req, &self.params).await
    }
}

/// A spreadsheet ready to send: its name, its ASCII fallback name and its bytes.
type Spreadsheet = (String, String, Vec<u8>);

/// The list downloads' routes, each answering with its workbook, or with the error in the one
/// HTTP error shape.
macro_rules! list_downloads {
    ($($route:ident => $workbook:ident),* $(,)?) => {
        $(
            #[handler]
            pub async fn $route(request: ListRequest<'_>) -> Response {
                match $workbook(&request).await {
                    Ok((name, fallback, bytes)) => file(&name, &fallback, bytes),
                    Err(e) => failure(e),
                }
            }
        )*
    };
}

list_downloads!(
    stats_xlsx => stats_workbook,
    learners_xlsx => learners_workbook,
    roster_xlsx => roster_workbook,
);

async fn open(state: &AppState, req: &Request, params: &ExportParams) -> AppResult<Opened> {
    let actor = actor_of(state, req, params).await?;
    let campaign_id = async_graphql::ID(params.campaign_id.clone());
    let (campaign, node) = downloadable(&state.db, &actor, &campaign_id, &params.node_id).await?;
    Ok(Opened {
        actor,
        campaign,
        node,
    })
}

/// The campaign and the node of a list download, from their GraphQL ids.
pub(crate) async fn downloadable(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: &async_graphql::ID,
    node_id: &str,
) -> AppResult<(campaign::Model, Node)> {
    crate::domain::downloads::downloadable(
        db,
        actor,
        ids::decode(Kind::Campaign, campaign_id)?,
        ids::node_ref(node_id)?,
    )
    .await
}

fn node_name(node: &Node) -> &str {
    match node {
        Node::Unit(u) => &u.name,
        Node::Region(r) => &r.name,
    }
}

/// Records an export of personal data or figures: who, which node and list, how many rows.
async fn record_export(db: &DatabaseConnection, r: &Opened, list: &str, rows: usize) -> AppResult<()> {
    let (kind, id, path, unit_id) = match &r.node {
        Node::Unit(u) => ("unit", u.id, u.region_path.as_str(), Some(u.id)),
        Node::Region(x) => ("region", x.id, x.path.as_str(), None),
    };
    audit::record(
        db,
        Change {
            actor_account_id: Some(r.actor.account_id),
            action: "export.download",
            target_kind: kind,
            target_id: id,
            region_path: path,
            unit_id,
            before: None,
            after: Some(json!({
                "node": node_name(&r.node),
                "list": list,
                "campaign": r.campaign.year,
                "rows": rows,
            })),
            late: false,
        },
    )
    .await
}

/// The file name and the title row: node, list, date.
fn titled(r: &Opened, list: &str) -> (String, String, String) {
    let now = crate::infra::clock::now().with_timezone(&crate::infra::clock::CHINA);
    let name = format!("{}-{}-{}.xlsx", node_name(&r.node), list, now.format("%Y%m%d"));
    let fallback = format!("export-{}.xlsx", now.format("%Y%m%d"));
    let title = format!(
        "{} {}（{}年度） 导出时间：{}",
        node_name(&r.node),
        list,
        r.campaign.year,
        now.format("%Y-%m-%d %H:%M")
    );
    (name, fallback, title)
}

/// Writes the title (row 0) and the headers (row 1); data starts at row 2.
fn heading(sheet: &mut Worksheet, title: &str, headers: &[&str]) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let big = Format::new().set_bold().set_font_size(14);
    sheet.merge_range(0, 0, 0, headers.len().saturating_sub(1) as u16, title, &big)?;
    for (col, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(1, col as u16, *h, &bold)?;
        sheet.set_column_width(col as u16, if *h == "单位" { 28 } else { 14 })?;
    }
    Ok(())
}

async fn stats_workbook(request: &ListRequest<'_>) -> AppResult<Spreadsheet> {
    let (state, r) = (request.state, request.open().await?);
    let figures = stats::stats(&state.db, &r.actor, &r.campaign, &r.node).await?;
    let (name, fallback, title) = titled(&r, "参考情况统计");
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("参考情况统计").map_err(xlsx_error)?;
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
    heading(sheet, &title, &headers).map_err(xlsx_error)?;
    let mut row = 2;
    let mut write = |n: &NodeStats, row: u32| -> Result<(), XlsxError> {
        sheet.write_string(row, 0, &n.name)?;
        sheet.write_string(row, 1, if n.is_unit { "单位" } else { "地区" })?;
        sheet.write_number(row, 2, n.counts.should_take as f64)?;
        sheet.write_number(row, 3, n.counts.study_completed as f64)?;
        sheet.write_number(row, 4, n.counts.participated as f64)?;
        sheet.write_number(row, 5, n.counts.passed as f64)?;
        // No rate where nobody is due: the reason in words, as the pages show it.
        for (col, rate) in [(6, n.counts.participation_rate()), (7, n.counts.pass_rate())] {
            match rate {
                Some(rate) => sheet.write_number_with_format(row, col, rate, &percent)?,
                None => sheet.write_string(row, col, n.no_rate_word())?,
            };
        }
        sheet.write_number(row, 8, n.deduction_units as f64)?;
        Ok(())
    };
    write(&figures, row).map_err(xlsx_error)?;
    for child in &figures.children {
        row += 1;
        write(child, row).map_err(xlsx_error)?;
    }
    let bytes = workbook.save_to_buffer().map_err(xlsx_error)?;
    record_export(&state.db, &r, "参考情况统计", figures.children.len() + 1).await?;
    Ok((name, fallback, bytes))
}

fn action_of(kind: Option<&str>) -> AppResult<(ActionKind, &'static str)> {
    match kind.unwrap_or("") {
        "NOT_STUDIED" => Ok((ActionKind::NotStudied, "未完成学习名单")),
        "NOT_TAKEN" => Ok((ActionKind::NotTaken, "未参考名单")),
        "FAILED" => Ok((ActionKind::Failed, "未通过名单")),
        "GRADE_DEFERRED" => Ok((ActionKind::GradeDeferred, "暂缓确定考核等次名单")),
        "NOT_EXCELLENT" => Ok((ActionKind::NotExcellent, "不得确定为优秀名单")),
        other => Err(AppError::bad_input(format!(
            "kind“{other}”无效，应为 NOT_STUDIED、NOT_TAKEN、FAILED、GRADE_DEFERRED 或 NOT_EXCELLENT"
        ))),
    }
}

/// Phones (masked where the caller sees them so), units and records of a list of learners.
struct Details {
    phones: HashMap<i32, String>,
    units: HashMap<i32, unit::Model>,
    records: HashMap<i32, YearRecord>,
}

impl Details {
    /// The first columns of every learner row: name, phone, unit and rank.
    fn person<'a>(&'a self, l: &'a learner::Model) -> [Cell<'a>; 4] {
        let unit = l
            .unit_id
            .and_then(|id| self.units.get(&id))
            .map(|u| u.name.as_str());
        [
            Cell::Text(&l.name),
            Cell::Text(self.phones.get(&l.id).map(String::as_str).unwrap_or("")),
            Cell::Text(unit.unwrap_or("")),
            Cell::Text(l.rank.as_deref().unwrap_or("")),
        ]
    }

    fn record(&self, l: &learner::Model) -> YearRecord {
        self.records.get(&l.id).copied().unwrap_or_default()
    }
}

async fn details(db: &DatabaseConnection, r: &Opened, learners: &[learner::Model]) -> AppResult<Details> {
    let account_ids: Vec<i32> = learners.iter().map(|l| l.account_id).collect();
    let mut by_account = HashMap::new();
    for chunk in account_ids.chunks(500) {
        for a in roster::accounts_by_id(db, chunk).await? {
            by_account.insert(a.id, a.phone);
        }
    }
    let phones = learners
        .iter()
        .map(|l| {
            let phone = by_account.get(&l.account_id).cloned().unwrap_or_default();
            let shown = if r.actor.sees_full_phone(l.id, l.unit_id) {
                phone
            } else {
                scope::mask_phone(&phone)
            };
            (l.id, shown)
        })
        .collect();
    let mut unit_ids: Vec<i32> = learners.iter().filter_map(|l| l.unit_id).collect();
    unit_ids.sort_unstable();
    unit_ids.dedup();
    let mut units = HashMap::new();
    for chunk in unit_ids.chunks(500) {
        units.extend(org::units_by_id(db, &r.actor, chunk).await?);
    }
    let ids: Vec<i32> = learners.iter().map(|l| l.id).collect();
    let records = progress::records_of(db, r.campaign.id, &ids).await?;
    Ok(Details {
        phones,
        units,
        records,
    })
}

async fn learners_workbook(request: &ListRequest<'_>) -> AppResult<Spreadsheet> {
    let (kind, list) = action_of(request.params.kind.as_deref())?;
    let (state, r) = (request.state, request.open().await?);
    let mut learners = Vec::new();
    let mut after = None;
    loop {
        let page = stats::learners_needing_action(
            &state.db,
            &r.actor,
            &r.campaign,
            &r.node,
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
    let d = details(&state.db, &r, &learners).await?;
    // The list is for phoning people unit by unit: units in pinyin order of their names, and
    // the names in pinyin order within each (the page lists them by id, as it pages).
    let unit_key = |l: &learner::Model| {
        l.unit_id
            .and_then(|u| d.units.get(&u))
            .map(|u| name_key::of(&u.name))
            .unwrap_or_default()
    };
    learners.sort_by_cached_key(|l| {
        let own = l.name_key.clone().unwrap_or_else(|| name_key::of(&l.name));
        (unit_key(l), own, l.id)
    });
    let (name, fallback, title) = titled(&r, list);
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(list).map_err(xlsx_error)?;
    heading(
        sheet,
        &title,
        &["姓名", "手机号", "单位", "职级", "学习积分", "最高分"],
    )
    .map_err(xlsx_error)?;
    for (i, l) in learners.iter().enumerate() {
        let record = d.record(l);
        let mut cells = d.person(l).to_vec();
        cells.extend([Cell::Number(Some(record.points)), Cell::Number(record.best_score)]);
        write_row(sheet, (i + 2) as u32, &cells).map_err(xlsx_error)?;
    }
    let bytes = workbook.save_to_buffer().map_err(xlsx_error)?;
    record_export(&state.db, &r, list, learners.len()).await?;
    Ok((name, fallback, bytes))
}

#[derive(Clone, Copy)]
enum Cell<'a> {
    Text(&'a str),
    /// Empty when none.
    Number(Option<i32>),
}

fn write_row(sheet: &mut Worksheet, row: u32, cells: &[Cell<'_>]) -> Result<(), XlsxError> {
    for (col, cell) in cells.iter().enumerate() {
        match cell {
            Cell::Text(s) => {
                sheet.write_string(row, col as u16, *s)?;
            }
            Cell::Number(Some(n)) => {
                sheet.write_number(row, col as u16, f64::from(*n))?;
            }
            Cell::Number(None) => {}
        }
    }
    Ok(())
}

/// Everybody on the rosters below the node, unit by unit in name order, with the year's
/// points and best score.
async fn roster_workbook(request: &ListRequest<'_>) -> AppResult<Spreadsheet> {
    let (state, r) = (request.state, request.open().await?);
    let db = &state.db;
    let (units, mut learners) = roster::rosters_below(db, &r.node, MAX_ROWS).await?;
    let order: HashMap<i32, usize> = units.iter().enumerate().map(|(i, u)| (u.id, i)).collect();
    // Unit by unit (the units' order), names in pinyin order within each.
    learners.sort_by_key(|l| {
        l.unit_id
            .and_then(|u| order.get(&u).copied())
            .unwrap_or(usize::MAX)
    });
    let d = details(db, &r, &learners).await?;
    let (name, fallback, title) = titled(&r, "学员名单");
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("学员名单").map_err(xlsx_error)?;
    heading(
        sheet,
        &title,
        &[
            "姓名",
            "手机号",
            "单位",
            "职级",
            "在职状态",
            "学习积分",
            "最高分",
            "是否通过",
        ],
    )
    .map_err(xlsx_error)?;
    for (i, l) in learners.iter().enumerate() {
        let record = d.record(l);
        let passed = match record.best_score {
            Some(s) if s >= r.campaign.pass_score => "通过",
            Some(_) => "未通过",
            None => "未参考",
        };
        let mut cells = d.person(l).to_vec();
        cells.extend([
            Cell::Text(roster::status_word(l.status)),
            Cell::Number(Some(record.points)),
            Cell::Number(record.best_score),
            Cell::Text(passed),
        ]);
        write_row(sheet, (i + 2) as u32, &cells).map_err(xlsx_error)?;
    }
    let bytes = workbook.save_to_buffer().map_err(xlsx_error)?;
    record_export(db, &r, "学员名单", learners.len()).await?;
    Ok((name, fallback, bytes))
}

/// The roster import template: the Chinese headers the import reads and one example row.
/// Holds no data, so it needs no sign-in.
#[handler]
pub async fn roster_template() -> Response {
    match template_workbook() {
        Ok(bytes) => file("学员名单导入模板.xlsx", "roster-template.xlsx", bytes),
        Err(e) => failure(xlsx_error(e)),
    }
}

fn template_workbook() -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("学员名单")?;
    let bold = Format::new().set_bold();
    let text = Format::new().set_num_format("@");
    for (col, h) in ["姓名", "手机号", "职级", "在职状态", "退休日期"]
        .iter()
        .enumerate()
    {
        sheet.write_string_with_format(0, col as u16, *h, &bold)?;
        sheet.set_column_width(col as u16, 16)?;
    }
    // Phone numbers and dates as text, so that Excel keeps them as typed.
    sheet.set_column_format(1, &text)?;
    sheet.set_column_format(4, &text)?;
    sheet.write_string(1, 0, crate::domain::import::SAMPLE_NAME)?;
    sheet.write_string(1, 1, crate::domain::import::SAMPLE_PHONE)?;
    sheet.write_string(1, 2, "科员")?;
    sheet.write_string(1, 3, "在职")?;
    sheet.write_string(1, 4, "2045-06-30")?;
    workbook.save_to_buffer()
}
