//! Certificates over HTTP: `GET /verify/<code>` (a public page, no login: genuine or not, and
//! what it certifies with the name masked), `GET /export/certificate.pdf?campaignId=..` (the
//! learner's own) and `GET /export/certificates.pdf?campaignId=..&unitId=..` (a unit's, for its
//! administrators and the offices above). The PDFs open with the bearer token or with a
//! one-time link from `createCertificateLink`.

use poem::http::{StatusCode, header};
use poem::web::{Data, Path, Query};
use poem::{Request, Response, handler};
use serde::Deserialize;
use serde_json::json;

use crate::domain::audit::{self, Change};
use crate::domain::certificate;
use crate::domain::ids::{CampaignId, UnitId};
use crate::error::{AppError, AppResult, Code};
use crate::formats::pdf::{self, CertificateText};
use crate::graphql::ids::{self, Kind};
use crate::scope::Actor;
use crate::state::AppState;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PdfParams {
    campaign_id: String,
    unit_id: Option<String>,
    ticket: Option<String>,
}

fn failure(err: AppError) -> Response {
    err.http_response("certificate")
}

async fn actor_of(state: &AppState, req: &Request, ticket: Option<&str>) -> AppResult<Actor> {
    crate::http::export::download_caller(state, req, ticket).await
}

/// This server's address as the caller reached it, for the QR code: the Host header, https
/// when the proxy in front says so.
fn origin(req: &Request) -> String {
    let headers = req.headers();
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or("localhost");
    let https = headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|p| p.split(',').next().is_some_and(|p| p.trim() == "https"));
    format!("{}://{host}", if https { "https" } else { "http" })
}

fn text_of(cert: &entity::certificate::Model, origin: &str) -> CertificateText {
    CertificateText {
        name: cert.name.clone(),
        unit_name: cert.unit_name.clone(),
        campaign_title: cert.campaign_title.clone(),
        year: cert.year,
        score: cert.score,
        passed_on: cert.passed_on,
        code: certificate::printed(&cert.code),
        verify_url: format!("{origin}/verify/{}", cert.code),
    }
}

fn pdf_file(name: &str, bytes: Vec<u8>) -> Response {
    crate::http::export::attachment("application/pdf", name, "certificate.pdf", bytes)
}

/// The learner's own certificate.
#[handler]
pub async fn own_pdf(req: &Request, Query(params): Query<PdfParams>, state: Data<&AppState>) -> Response {
    let run = async {
        let actor = actor_of(&state, req, params.ticket.as_deref()).await?;
        let campaign_id = ids::decode(Kind::Campaign, &async_graphql::ID(params.campaign_id.clone()))?;
        let cert = certificate::mine(&state.db, &actor, campaign_id).await?;
        let bytes = pdf::certificates(&[text_of(&cert, &origin(req))])?;
        Ok::<_, AppError>(pdf_file(
            &format!("{}年度成绩证明-{}.pdf", cert.year, cert.name),
            bytes,
        ))
    };
    run.await.unwrap_or_else(failure)
}

/// Every certificate of a unit in one PDF, audited as a download of personal data.
#[handler]
pub async fn unit_pdf(req: &Request, Query(params): Query<PdfParams>, state: Data<&AppState>) -> Response {
    let run = async {
        let actor = actor_of(&state, req, params.ticket.as_deref()).await?;
        let campaign_id = ids::decode(Kind::Campaign, &async_graphql::ID(params.campaign_id.clone()))?;
        let unit_id = ids::decode(
            Kind::Unit,
            &async_graphql::ID(params.unit_id.clone().unwrap_or_default()),
        )?;
        let (unit, campaign, certs) =
            certificate::of_unit(&state.db, &actor, CampaignId(campaign_id), UnitId(unit_id)).await?;
        if certs.is_empty() {
            return Err(AppError::new(
                Code::NotEligible,
                "该单位本年度还没有考试合格的学员，没有可打印的成绩证明",
            ));
        }
        let origin = origin(req);
        let texts: Vec<CertificateText> = certs.iter().map(|c| text_of(c, &origin)).collect();
        let bytes = pdf::certificates(&texts)?;
        audit::record(
            &state.db,
            Change {
                actor_account_id: Some(actor.account_id),
                action: "export.download",
                target_kind: "unit",
                target_id: unit.id,
                region_path: &unit.region_path,
                unit_id: Some(unit.id),
                before: None,
                after: Some(json!({
                    "node": unit.name,
                    "list": "成绩证明",
                    "campaign": campaign.year,
                    "rows": certs.len(),
                })),
                late: false,
            },
        )
        .await?;
        let day = crate::infra::clock::now()
            .with_timezone(&crate::infra::clock::CHINA)
            .format("%Y%m%d");
        Ok::<_, AppError>(pdf_file(
            &format!("{}-{}年度成绩证明-{day}.pdf", unit.name, campaign.year),
            bytes,
        ))
    };
    run.await.unwrap_or_else(failure)
}

fn escape(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '&' => "&amp;".to_owned(),
            '<' => "&lt;".to_owned(),
            '>' => "&gt;".to_owned(),
            '"' => "&quot;".to_owned(),
            '\'' => "&#39;".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

fn html(status: StatusCode, title: &str, body: &str) -> Response {
    let page = format!(
        r#"<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><meta name="description" content="学法考法成绩证明查验：凭验证码核对成绩证明的真伪。">
<link rel="icon" href="/favicon.ico" sizes="32x32"><title>{title} · 学法考法成绩证明查验</title>
<style>body{{font-family:system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;margin:0;background:#f5f6f8;color:#1f1f1f}}
main{{max-width:34rem;margin:2rem auto;background:#fff;padding:1.5rem;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.08)}}
h1{{font-size:1.4rem;margin:0 0 1rem}}.ok{{color:#0a7a33}}.no{{color:#b01e23}}dl{{display:grid;grid-template-columns:6rem 1fr;gap:.6rem;margin:0}}
dt{{color:#555}}dd{{margin:0;font-weight:600}}p{{line-height:1.6}}</style></head>
<body><main>{body}</main></body></html>"#
    );
    Response::builder()
        .status(status)
        .content_type("text/html; charset=utf-8")
        .header(header::CACHE_CONTROL, "no-store")
        .header("X-Robots-Tag", "noindex")
        .body(page)
}

/// The public verification page. An unknown or malformed code gets the same page, status and
/// cost (the lookup runs on the code's digest either way).
#[handler]
pub async fn verify_page(Path(code): Path<String>, state: Data<&AppState>) -> Response {
    match certificate::verify(&state.db, &code).await {
        Ok(Some(cert)) => {
            let body = format!(
                r#"<h1 class="ok">✔ 成绩证明真实有效</h1>
<p>该验证码对应的成绩证明由本平台签发，内容如下：</p>
<dl><dt>姓名</dt><dd>{}</dd><dt>工作单位</dt><dd>{}</dd><dt>年度</dt><dd>{} 年度</dd>
<dt>考试</dt><dd>{}</dd><dt>成绩</dt><dd>{} 分（合格）</dd><dt>考试日期</dt><dd>{}</dd>
<dt>验证码</dt><dd>{}</dd></dl>
<p>姓名已部分隐藏；请核对纸质证明上的其他内容与此一致。</p>"#,
                escape(&certificate::mask_name(&cert.name)),
                escape(&cert.unit_name),
                cert.year,
                escape(&cert.campaign_title),
                cert.score,
                cert.passed_on.format("%Y-%m-%d"),
                escape(&certificate::printed(&cert.code)),
            );
            html(StatusCode::OK, "真实有效", &body)
        }
        Ok(None) => html(
            Code::NotFound.http_status(),
            "未找到",
            r#"<h1 class="no">✘ 未找到该成绩证明</h1>
<p>没有与该验证码对应的成绩证明。请核对验证码（20 位字母和数字，不区分大小写）是否输入正确，或扫描证明上的二维码。</p>"#,
        ),
        Err(err) => {
            tracing::error!(error = ?err.public_message(), "verification failed");
            html(
                // The page says the service is unavailable, whatever went wrong.
                Code::Internal.http_status(),
                "暂时无法查验",
                r#"<h1 class="no">暂时无法查验</h1><p>服务暂时不可用，请稍后再试。</p>"#,
            )
        }
    }
}
