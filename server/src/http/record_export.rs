//! `GET /export/record.xlsx?learnerId=..`: a person's record (学法档案) of every year as a
//! spreadsheet, for the person and the administrators who see it (bearer token, or a one-time
//! link from `createRecordLink`). A download by an administrator is audited.

use poem::web::{Data, Query};
use poem::{Request, Response, handler};
use rust_xlsxwriter::{Format, Workbook, XlsxError};
use serde::Deserialize;
use serde_json::json;

use crate::domain::audit::{self, Change};
use crate::domain::exemption::ExemptionStatus;
use crate::domain::record::{self, Consequence, Outcome, Record};
use crate::domain::roster;
use crate::error::{AppError, AppResult};
use crate::graphql::ids::{self, Kind};
use crate::scope::Actor;
use crate::state::AppState;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordParams {
    learner_id: String,
    ticket: Option<String>,
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

pub fn outcome_text(o: Outcome) -> &'static str {
    match o {
        Outcome::Passed => "合格",
        Outcome::Exempted => "免考",
        Outcome::NotRequired => "无需参考",
        Outcome::InProgress => "进行中",
        Outcome::Failed => "不合格",
        Outcome::NotTaken => "未参考",
    }
}

pub fn consequence_text(c: Consequence) -> &'static str {
    match c {
        Consequence::GradeDeferred => "暂缓确定考核等次",
        Consequence::NotExcellent => "不得确定为优秀",
    }
}

pub fn exemption_text(status: ExemptionStatus) -> &'static str {
    match status {
        ExemptionStatus::Pending => "申请中",
        ExemptionStatus::Approved => "已批准",
        ExemptionStatus::Rejected => "未批准",
    }
}

fn failure(err: AppError) -> Response {
    err.http_response("record export")
}

async fn actor_of(state: &AppState, req: &Request, ticket: Option<&str>) -> AppResult<Actor> {
    crate::http::export::download_caller(state, req, ticket).await
}

fn xlsx_error(e: XlsxError) -> AppError {
    AppError::internal(format!("xlsx: {e}"))
}

/// The workbook: a title row, then one row per submitted attempt (a year without one has a
/// row of its own), with the year's points, exemption, result and consequences.
pub fn workbook(r: &Record, unit_name: &str) -> AppResult<Vec<u8>> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("学法考法记录").map_err(xlsx_error)?;
    let bold = Format::new().set_bold();
    let big = Format::new().set_bold().set_font_size(14);
    let headers = [
        "年度",
        "活动",
        "学习积分",
        "所需积分",
        "免考",
        "考试",
        "交卷时间",
        "成绩",
        "是否通过",
        "年度结果",
        "后果",
    ];
    let now = crate::infra::clock::now().with_timezone(&crate::infra::clock::CHINA);
    let title = format!(
        "{}（{}）学法档案 导出时间：{}",
        r.learner.name,
        unit_name,
        now.format("%Y-%m-%d %H:%M")
    );
    let e = xlsx_error;
    sheet
        .merge_range(0, 0, 0, headers.len() as u16 - 1, &title, &big)
        .map_err(e)?;
    for (col, h) in headers.iter().enumerate() {
        sheet
            .write_string_with_format(1, col as u16, *h, &bold)
            .map_err(e)?;
        sheet
            .set_column_width(col as u16, if col == 1 { 30 } else { 12 })
            .map_err(e)?;
    }
    let mut row = 2u32;
    for y in &r.years {
        let consequences: Vec<&str> = y.consequences.iter().map(|c| consequence_text(*c)).collect();
        let attempts: Vec<Option<&record::AttemptLine>> = if y.attempts.is_empty() {
            vec![None]
        } else {
            y.attempts.iter().map(Some).collect()
        };
        for a in attempts {
            sheet
                .write_number(row, 0, f64::from(y.campaign.year))
                .map_err(e)?;
            sheet.write_string(row, 1, &y.campaign.title).map_err(e)?;
            sheet.write_number(row, 2, f64::from(y.points)).map_err(e)?;
            sheet
                .write_number(row, 3, f64::from(y.campaign.required_points))
                .map_err(e)?;
            sheet
                .write_string(row, 4, y.exemption.map(exemption_text).unwrap_or(""))
                .map_err(e)?;
            if let Some(a) = a {
                sheet
                    .write_string(
                        row,
                        5,
                        if a.kind == entity::exam_session::ExamKind::Makeup {
                            "补考"
                        } else {
                            "正式考试"
                        },
                    )
                    .map_err(e)?;
                let at = a
                    .submitted_at
                    .map(|t| {
                        t.with_timezone(&crate::infra::clock::CHINA)
                            .format("%Y-%m-%d %H:%M")
                            .to_string()
                    })
                    .unwrap_or_default();
                sheet.write_string(row, 6, &at).map_err(e)?;
                if let Some(s) = a.score {
                    sheet.write_number(row, 7, f64::from(s)).map_err(e)?;
                }
                sheet
                    .write_string(row, 8, if a.passed { "通过" } else { "未通过" })
                    .map_err(e)?;
            }
            sheet.write_string(row, 9, outcome_text(y.outcome)).map_err(e)?;
            sheet.write_string(row, 10, consequences.join("、")).map_err(e)?;
            row += 1;
        }
    }
    workbook.save_to_buffer().map_err(e)
}

#[handler]
pub async fn record_xlsx(
    req: &Request,
    Query(params): Query<RecordParams>,
    state: Data<&AppState>,
) -> Response {
    let run = async {
        let actor = actor_of(&state, req, params.ticket.as_deref()).await?;
        let learner_id = ids::decode(Kind::Learner, &async_graphql::ID(params.learner_id.clone()))?;
        let r = record::of_learner(&state.db, &actor, learner_id).await?;
        let unit = roster::unit_of(&state.db, &r.learner).await?;
        let unit_name = unit
            .as_ref()
            .map(|u| u.name.clone())
            .unwrap_or_else(|| "调动中".to_owned());
        let bytes = workbook(&r, &unit_name)?;
        if !actor.is_self(&r.learner) {
            // What offices do with people's data is audited.
            // A learner between units: the entry goes to the offices above its last unit.
            let home = match &unit {
                Some(u) => Some(u.clone()),
                None => roster::home_unit(&state.db, &r.learner).await?,
            };
            let (path, unit_id) = match &home {
                Some(u) => (u.region_path.clone(), Some(u.id)),
                None => (String::new(), None),
            };
            audit::record(
                &state.db,
                Change {
                    actor_account_id: Some(actor.account_id),
                    action: "export.download",
                    target_kind: "learner",
                    target_id: r.learner.id,
                    region_path: &path,
                    unit_id,
                    before: None,
                    after: Some(json!({
                        "node": unit_name,
                        "list": "学法档案",
                        "learner": r.learner.name,
                        "rows": r.years.len(),
                    })),
                    late: false,
                },
            )
            .await?;
        }
        let day = crate::infra::clock::now()
            .with_timezone(&crate::infra::clock::CHINA)
            .format("%Y%m%d");
        let name = format!("{}-学法档案-{day}.xlsx", r.learner.name);
        let fallback = format!("record-{day}.xlsx");
        Ok::<_, AppError>(crate::http::export::attachment(XLSX, &name, &fallback, bytes))
    };
    run.await.unwrap_or_else(failure)
}
