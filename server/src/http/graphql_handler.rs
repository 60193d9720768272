//! GraphQL over HTTP at `/graphql`: GET for queries (and GraphiQL when it is on), POST with
//! JSON or a multipart upload; the body read within its limits and deadline, the request
//! admitted (or answered BUSY) by its kind and sender, run, and answered in the media type the
//! client asked for.

use std::sync::Arc;
use std::time::{Duration, Instant};

use async_graphql::dataloader::DataLoader;
use async_graphql::http::MultipartOptions;
use async_graphql::parser::types::OperationType;
use poem::http::{HeaderMap, StatusCode, header};
use poem::web::Data;
use poem::{Body, Request, Response, handler};

use crate::auth::throttle::{ClientSource, PasswordChecksInRequest};
use crate::auth::{Caller, Seen};
use crate::error::{AppError, Code, INTERNAL_MESSAGE, Rejection, error_body};
use crate::graphql::{Loaders, XuefaSchema};
use crate::http::Edge;
use crate::http::admission::Kind;
use crate::http::compression;
use crate::infra::config::TrustedDocuments;
use crate::infra::response_budget::{MAX_RESPONSE_BYTES, Over, ResponseBudget};
use crate::state::AppState;

/// Largest JSON request body.
pub const MAX_JSON_BODY: usize = crate::http::limits::MAX_GRAPHQL_BYTES;
/// Largest multipart (file upload) request body: a 10 MB spreadsheet and the form around it.
pub const MAX_MULTIPART_BODY: usize = 11 * 1024 * 1024;
const GRAPHQL_RESPONSE: &str = "application/graphql-response+json";

pub(crate) fn json_response(status: StatusCode, content_type: &str, body: &serde_json::Value) -> Response {
    Response::builder()
        .status(status)
        .content_type(content_type)
        .body(body.to_string())
}

/// A request that never reached execution, in the GraphQL response shape.
pub(crate) fn error_response(status: StatusCode, code: Code, message: &str) -> Response {
    json_response(status, "application/json", &error_body(code, message))
}

/// A request refused at the transport: its status and code are the rejection's.
pub(crate) fn refuse(rejection: Rejection, message: &str) -> Response {
    error_response(rejection.http_status(), rejection.code(), message)
}

/// A request that failed with a code: its status is the code's.
pub(crate) fn failed(code: Code, message: &str) -> Response {
    error_response(code.http_status(), code, message)
}

/// Which media type the client accepts: `application/graphql-response+json` when it asks
/// for it, else `application/json` (the specification's legacy default).
pub(crate) fn wants_graphql_response(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains(GRAPHQL_RESPONSE))
}

#[handler]
pub(crate) async fn graphql_get(
    req: &Request,
    Data(state): Data<&AppState>,
    Data(edge): Data<&Edge>,
    Data(schema): Data<&XuefaSchema>,
) -> Response {
    let query = req.uri().query().unwrap_or("");
    let accepts_html = req
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("text/html"));
    if accepts_html && !query.contains("query=") {
        if !state.settings.graphiql_enabled() {
            return failed(Code::NotFound, "本服务未开启 GraphiQL，请使用 POST /graphql");
        }
        // GraphiQL is built with the pages (web/graphiql) and embedded in the binary:
        // nothing from another origin, under the pages' own policy.
        return crate::http::web::serve_file("graphiql/index.html", req.headers());
    }
    let request = match async_graphql::http::parse_query_string(query) {
        Ok(r) => r,
        Err(e) => {
            return refuse(Rejection::BadRequest, &format!("GET 请求参数无效：{e}"));
        }
    };
    if let Err(refusal) = crate::http::limits::check_request(&request) {
        return refused(refusal);
    }
    // GET is for queries only: a mutation must not run from a link or a prefetch.
    if let Ok(document) = async_graphql::parser::parse_query(&request.query) {
        let is_mutation = document.operations.iter().any(|(name, op)| {
            op.node.ty == OperationType::Mutation
                && (request.operation_name.is_none()
                    || name.map(|n| n.as_str()) == request.operation_name.as_deref())
        });
        if is_mutation {
            let mut response = refuse(
                Rejection::MethodNotAllowed,
                "变更操作（mutation）只能用 POST 提交",
            );
            response
                .headers_mut()
                .insert(header::ALLOW, poem::http::HeaderValue::from_static("POST"));
            return response;
        }
    }
    execute(
        state,
        edge,
        schema,
        req.headers(),
        client_source(req, state),
        request,
    )
    .await
}

#[handler]
pub(crate) async fn graphql_post(
    req: &Request,
    body: Body,
    Data(state): Data<&AppState>,
    Data(edge): Data<&Edge>,
    Data(schema): Data<&XuefaSchema>,
) -> Response {
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let limit = match essence.as_str() {
        "application/json" => MAX_JSON_BODY,
        "multipart/form-data" if !crate::http::policy::has_preflight_header(req.headers()) => {
            return refuse(
                Rejection::BadRequest,
                "上传文件的请求须带请求头 GraphQL-Preflight: 1（用以确认请求来自本系统的页面，而非其他网站代为提交的表单）",
            );
        }
        "multipart/form-data" => MAX_MULTIPART_BODY,
        _ => {
            return refuse(
                Rejection::UnsupportedMediaType,
                "请求的 Content-Type 须为 application/json（上传文件时为 multipart/form-data）",
            );
        }
    };
    // An upload's body (up to 11 MB) is read only for a signed-in caller, and only a few at
    // a time; anyone else's multipart body has the 1 MB of a JSON body (there is nothing to
    // upload without signing in).
    let mut limit = limit;
    let _upload = if limit == MAX_MULTIPART_BODY {
        let authorization = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok());
        let signed_in = state.callers.seen(authorization) != Seen::Rejected
            && matches!(
                state.callers.from_header(authorization).await,
                Ok(Caller::Authenticated(_))
            );
        if signed_in {
            let Some(ticket) = edge.uploads.admit(client_source(req, state).network()) else {
                let mut response = failed(
                    Code::Busy,
                    "正在上传的文件较多，请稍候几秒再上传（同一网络同时最多上传 2 个文件）",
                );
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, poem::http::HeaderValue::from_static("2"));
                return response;
            };
            Some(ticket)
        } else {
            limit = MAX_JSON_BODY;
            None
        }
    } else {
        None
    };
    let length_hint = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok());
    let body_timeout = Duration::from_secs(state.settings.body_timeout_seconds);
    let min_rate = state.settings.body_min_bytes_per_second;
    let read = tokio::time::timeout(body_timeout, read_limited(body, limit, length_hint, min_rate)).await;
    let Ok(read) = read else {
        // The connection is closed after this answer: the rest of the body is not read.
        return refuse(
            Rejection::BodyTimeout,
            &format!(
                "请求体发送超时：须在 {} 秒内发送完毕，请检查网络后重试",
                body_timeout.as_secs()
            ),
        );
    };
    let bytes = match read {
        Ok(Some(b)) => b,
        Ok(None) => {
            return refuse(
                Rejection::TooLarge,
                &if essence == "multipart/form-data" && limit == MAX_JSON_BODY {
                    "请求体过大：未登录时上限为 1 MB（上传文件前请先登录，登录已失效时请重新登录）".to_owned()
                } else {
                    format!("请求体过大：上限为 {} MB", limit / (1024 * 1024))
                },
            );
        }
        Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {
            // Closed like a body past its deadline: the rest is not read.
            return refuse(
                Rejection::BodyTimeout,
                &format!(
                    "请求体发送过慢：{} 秒后平均每秒须至少送达 {min_rate} 字节，请检查网络后重试",
                    RATE_GRACE.as_secs()
                ),
            );
        }
        Err(e) => {
            return refuse(Rejection::BadRequest, &format!("读取请求体失败：{e}"));
        }
    };
    let parsed = if essence == "application/json" {
        if let Err(message) = crate::http::limits::check_json_body(&bytes) {
            return refuse(Rejection::BadRequest, &message);
        }
        serde_json::from_slice::<async_graphql::Request>(&bytes)
            .map_err(|e| format!("请求体不是有效的 GraphQL JSON（应为含 query 字段的对象）：{e}"))
    } else {
        let options = MultipartOptions::default()
            .max_file_size(10 * 1024 * 1024)
            .max_num_files(4);
        async_graphql::http::receive_body(Some(content_type.as_str()), &bytes[..], options)
            .await
            .map_err(|e| format!("multipart 请求无效：{e}"))
    };
    match parsed {
        Ok(request) => {
            if let Err(refusal) = crate::http::limits::check_request(&request) {
                return refused(refusal);
            }
            execute(
                state,
                edge,
                schema,
                req.headers(),
                client_source(req, state),
                request,
            )
            .await
        }
        Err(message) => refuse(Rejection::BadRequest, &message),
    }
}

/// A request refused by the limits checked before parsing.
fn refused(refusal: crate::http::limits::Refusal) -> Response {
    let rejection = if refusal.too_large {
        Rejection::TooLarge
    } else {
        Rejection::BadRequest
    };
    refuse(rejection, &refusal.message)
}

/// How long a body may take before the rate floor applies.
const RATE_GRACE: Duration = Duration::from_secs(5);

/// Reads a body of at most `limit` bytes; `None` when it is larger. An oversized body is
/// read on (and dropped) up to a hard cap, so the client, still sending, receives the 413
/// instead of a broken connection; one that declares more than that cap is refused at once.
/// The body's own chunks are copied once, into a buffer sized by `Content-Length` when the
/// client gave one (no scratch buffer per request).
///
/// After [`RATE_GRACE`], the body must have arrived at `min_rate` bytes a second on average
/// (0: no floor), else `TimedOut`: a body trickled a byte at a time under a
/// `Content-Length` of 2 GB held its connection for the whole body deadline.
async fn read_limited(
    body: Body,
    limit: usize,
    length_hint: Option<usize>,
    min_rate: u64,
) -> std::io::Result<Option<Vec<u8>>> {
    use futures_util::TryStreamExt;
    const DRAIN_CAP: usize = 64 * 1024 * 1024;
    if length_hint.is_some_and(|declared| declared > DRAIN_CAP) {
        return Ok(None);
    }
    let mut chunks = std::pin::pin!(body.into_bytes_stream());
    let mut kept = Vec::with_capacity(length_hint.unwrap_or(0).min(limit));
    let mut total = 0usize;
    let started = tokio::time::Instant::now();
    loop {
        let next = chunks.try_next();
        let chunk = if min_rate == 0 {
            next.await?
        } else {
            // `total` bytes are due by `total / min_rate` seconds after the grace.
            let due = started + RATE_GRACE + Duration::from_secs_f64(total as f64 / min_rate as f64);
            match tokio::time::timeout_at(due, next).await {
                Ok(chunk) => chunk?,
                Err(_) => return Err(std::io::ErrorKind::TimedOut.into()),
            }
        };
        let Some(chunk) = chunk else {
            break;
        };
        total += chunk.len();
        if total <= limit {
            kept.extend_from_slice(&chunk);
        } else if total > DRAIN_CAP {
            return Ok(None);
        }
    }
    Ok((total <= limit).then_some(kept))
}

/// Past capacity: answer at once, and say when to come back (the pages retry with back-off).
fn busy_response(kind: Kind) -> Response {
    let message = match kind {
        // The page keeps the answer and sends it again.
        Kind::LiveWrite => "系统繁忙，这一题的答案暂未保存，页面会自动重新提交，请勿关闭页面",
        Kind::Heavy | Kind::Other => "系统繁忙，请稍候几秒再试（已作答的答案照常保存）",
    };
    let mut response = error_response(Code::Busy.http_status(), Code::Busy, message);
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, poem::http::HeaderValue::from_static("2"));
    response
}

/// The address a request comes from: the peer, or, behind a proxy the settings name, the
/// address that proxy reports in its header.
fn client_source(req: &Request, state: &AppState) -> ClientSource {
    let forwarded = state
        .settings
        .client_ip_header
        .as_deref()
        .and_then(|name| forwarded_address(req.headers(), name));
    let peer = req
        .remote_addr()
        .as_socket_addr()
        .map(|a| a.ip())
        .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED));
    ClientSource(forwarded.unwrap_or(peer))
}

/// The address the trusted proxy put in header `name`: the last entry of the last line. A
/// client may send the header itself; a proxy appends its own entry after the client's (to the
/// line, or as a line of its own), so everything before the last entry is the client's word.
fn forwarded_address(headers: &HeaderMap, name: &str) -> Option<std::net::IpAddr> {
    headers
        .get_all(name)
        .iter()
        .next_back()
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next_back())
        .and_then(|v| v.trim().parse().ok())
}

async fn execute(
    state: &AppState,
    edge: &Edge,
    schema: &XuefaSchema,
    headers: &HeaderMap,
    source: ClientSource,
    request: async_graphql::Request,
) -> Response {
    let mut request = request;
    let authorization = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    // Only the pages' own documents for callers the settings name (`trusted.rs`): a caller
    // without a session is refused anything else before the text is even parsed.
    let policy = state.settings.trusted_documents();
    let trusted = policy == TrustedDocuments::Off || crate::http::trusted::is_trusted(&request.query);
    if !trusted && authorization.is_none() {
        return untrusted_response();
    }
    let operation = edge.documents.prepare(&mut request);
    if let Some(refusal) = &operation.refusal {
        return refuse(Rejection::BadRequest, refusal);
    }
    // The cheap token check first (memory only): a token refused a moment ago holds no place,
    // and a save is a live write (the last class to be shed) only with a token this replica
    // knows as a learner's; any other bearer string competes with everything else.
    let seen = state.callers.seen(authorization);
    if seen == Seen::Rejected {
        return AppError::new(Code::Unauthenticated, "登录已失效，请重新登录")
            .http_response("a refused token");
    }
    let kind = operation.root_fields.kind(seen);
    let sender = crate::http::admission::Sender {
        source: source.network(),
        account: seen.account(),
    };
    let Some(_admitted) = edge.admission.admit_from(kind, sender) else {
        return busy_response(kind);
    };
    let caller = state
        .callers
        .for_request(operation.root_fields, authorization)
        .await;
    let caller = match caller {
        Ok(c) => c,
        Err(err) => return err.http_response("reading the caller"),
    };
    let administrator = matches!(&caller, Caller::Authenticated(session) if session.actor.is_admin());
    if !trusted && policy == TrustedDocuments::NonAdmins && !administrator {
        return untrusted_response();
    }
    // A live write reads nothing through the loaders.
    let actor = if operation.root_fields.live_writes_only {
        None
    } else {
        caller.actor().ok().cloned()
    };
    let loaders = DataLoader::new(Loaders::new(state.db.clone(), actor), tokio::spawn);
    let started = Instant::now();
    let budget = Arc::new(ResponseBudget::new(edge.response_bytes.clone(), source.network()));
    let mut request = request
        .data::<Caller>(caller)
        .data(loaders)
        .data(source)
        .data(budget.clone())
        .data(PasswordChecksInRequest::default());
    // Every string the request carries, checked before anything runs (`text.rs`). A text that
    // does not parse is left to the engine, which reports the error.
    let variables = std::mem::take(&mut request.variables);
    let refused = request
        .parsed_query()
        .ok()
        .and_then(|document| crate::formats::text::check_request(document, &variables).err());
    request.variables = variables;
    let mut response = match refused {
        Some(error) => async_graphql::Response::from_errors(vec![error]),
        None => schema.execute(request).await,
    };
    let outcome = response
        .errors
        .first()
        .map(|e| {
            e.extensions
                .as_ref()
                .and_then(|x| x.get("code"))
                .map(|v| v.to_string().trim_matches('"').to_owned())
                .unwrap_or_else(|| Code::BadUserInput.as_str().to_owned())
        })
        .unwrap_or_else(|| "ok".to_owned());
    // Past its byte budget the request stopped part-way: its partial answer is no answer.
    let over = budget.over();
    let outcome = match over {
        Some(Over::TooLarge) => Code::ResponseTooLarge.as_str().to_owned(),
        Some(Over::Busy) => Code::Busy.as_str().to_owned(),
        None => outcome,
    };
    state
        .metrics
        .observe(&operation.label, &outcome, started.elapsed());
    match over {
        Some(Over::TooLarge) => return too_large_response(),
        Some(Over::Busy) => return busy_response(kind),
        None => {}
    }

    // Errors raised by the GraphQL engine itself (syntax, validation, limits, argument
    // types) carry no code: they are all the client's to fix.
    for error in &mut response.errors {
        let extensions = error.extensions.get_or_insert_with(Default::default);
        if extensions.get("code").is_none() {
            extensions.set("code", Code::BadUserInput.as_str());
            error.message = match error.message.as_str() {
                "Query is too complex." => TOO_COMPLEX.to_owned(),
                other => format!("请求有误：{other}"),
            };
        }
    }
    let request_error = response.data == async_graphql::Value::Null
        && !response.errors.is_empty()
        && response.errors.iter().all(|e| e.path.is_empty());
    let graphql_response = wants_graphql_response(headers);
    let (status, content_type) = match (graphql_response, request_error) {
        (true, true) => (Rejection::BadRequest.http_status(), GRAPHQL_RESPONSE),
        (true, false) => (StatusCode::OK, GRAPHQL_RESPONSE),
        (false, _) => (StatusCode::OK, "application/json"),
    };
    // Written straight to bytes: a paper is tens of kilobytes, and going through a
    // `serde_json::Value` first copied every string of it once more. At most the response
    // byte cap is written: past it, the answer is refused instead of sent.
    let mut body = Capped::new(MAX_RESPONSE_BYTES);
    let written = if request_error {
        // A request error has no `data` entry at all (GraphQL over HTTP).
        serde_json::to_value(&response).and_then(|mut v| {
            if let Some(object) = v.as_object_mut() {
                object.remove("data");
            }
            serde_json::to_writer(&mut body, &v)
        })
    } else {
        serde_json::to_writer(&mut body, &response)
    };
    match written {
        Ok(()) => {
            let response = Response::builder()
                .status(status)
                .content_type(content_type)
                .header(header::VARY, "Accept-Encoding");
            match compression::compress_for(headers, &body.bytes) {
                Some((coding, packed)) => response.header(header::CONTENT_ENCODING, coding).body(packed),
                None => response.body(body.bytes),
            }
        }
        Err(_) if body.overflowed => too_large_response(),
        Err(e) => {
            tracing::error!(error = %e, "serialising a response failed");
            failed(Code::Internal, INTERNAL_MESSAGE)
        }
    }
}

/// A document past the complexity limit (`graphql::cost`), refused before anything runs.
const TOO_COMPLEX: &str = "请求有误：查询的内容过多（列表按行数计、正文按长度计，超过上限）。\
    请减少列表中的字段，列表中不要带正文，正文逐篇查看";

/// A document that is not one of the pages', from a caller who may send only those.
fn untrusted_response() -> Response {
    failed(
        Code::Forbidden,
        "只接受本系统页面发出的查询：请使用学法考法页面或管理后台（管理员登录后方可发送其他查询）",
    )
}

/// An answer past the response byte cap, refused as a whole.
fn too_large_response() -> Response {
    failed(Code::ResponseTooLarge, crate::graphql::RESPONSE_TOO_LARGE)
}

/// A response body that refuses to grow past its cap.
struct Capped {
    bytes: Vec<u8>,
    cap: usize,
    overflowed: bool,
}

impl Capped {
    fn new(cap: usize) -> Self {
        Capped {
            bytes: Vec::new(),
            cap,
            overflowed: false,
        }
    }
}

impl std::io::Write for Capped {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.bytes.len() + buf.len() > self.cap {
            self.overflowed = true;
            return Err(std::io::Error::other("response byte cap"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use poem::http::{HeaderMap, HeaderValue};

    use super::forwarded_address;

    #[test]
    fn the_proxys_entry_is_the_last_of_the_last_line() {
        let mut headers = HeaderMap::new();
        assert_eq!(forwarded_address(&headers, "x-forwarded-for"), None);
        // The client's own line comes first, the proxy's last.
        headers.append(
            "x-forwarded-for",
            HeaderValue::from_static("203.0.113.9, 198.51.100.1"),
        );
        headers.append("x-forwarded-for", HeaderValue::from_static("192.0.2.7"));
        assert_eq!(
            forwarded_address(&headers, "X-Forwarded-For"),
            Some("192.0.2.7".parse().unwrap())
        );
        // One line that the proxy appended to: its last entry.
        let mut one = HeaderMap::new();
        one.insert(
            "x-forwarded-for",
            HeaderValue::from_static("203.0.113.9,  2001:db8::1 "),
        );
        assert_eq!(
            forwarded_address(&one, "x-forwarded-for"),
            Some("2001:db8::1".parse().unwrap())
        );
        // A last entry that is no address gives none (the peer is used), never an earlier one.
        one.append("x-forwarded-for", HeaderValue::from_static("192.0.2.7, unknown"));
        assert_eq!(forwarded_address(&one, "x-forwarded-for"), None);
    }
}
