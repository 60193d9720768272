//! What every response says about itself (security headers, caching of personal data) and
//! who may call the API from another origin (CORS, and the preflight multipart requires).

use std::sync::Arc;

use poem::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use poem::{Endpoint, IntoResponse, Request, Response};

/// The pages are built to this: every script, style, font and request from this origin,
/// inline styles allowed (Vant and Element Plus set them), no inline scripts, no framing.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
    style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; \
    font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/// The header a multipart request to `/graphql` must carry. A page of another site can
/// submit a multipart form without asking (a "simple" request); it cannot add a header
/// without a CORS preflight, which only configured origins pass.
pub const PREFLIGHT_HEADER: &str = "graphql-preflight";

/// Whether the request carries [`PREFLIGHT_HEADER`] with a value.
pub fn has_preflight_header(headers: &HeaderMap) -> bool {
    headers
        .get(PREFLIGHT_HEADER)
        .is_some_and(|v| !v.as_bytes().trim_ascii().is_empty())
}

/// Adds the security headers to every response: a Content-Security-Policy (unless the
/// response set its own, as the demo's GraphiQL page does), nosniff, no referrer, no
/// framing; and `Cache-Control: no-store` on GraphQL answers and exports, which hold
/// personal data.
pub async fn security_headers<E: Endpoint>(next: Arc<E>, req: Request) -> poem::Result<Response> {
    let personal = {
        let path = req.uri().path();
        path == "/graphql" || path.starts_with("/graphql/") || path.starts_with("/export/")
    };
    let mut response = match next.call(req).await {
        Ok(r) => r.into_response(),
        Err(e) => e.into_response(),
    };
    let headers = response.headers_mut();
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        );
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if personal {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    Ok(response)
}

/// Cross-origin calls, for the origins the settings name only. A request from any other
/// origin gets no CORS header at all, so a browser keeps the answer from the calling page
/// and refuses to send a preflighted request (JSON, or multipart with the preflight header).
#[derive(Clone, Debug, Default)]
pub struct Cors {
    origins: Arc<Vec<String>>,
}

impl Cors {
    pub fn new(origins: &[String]) -> Self {
        Cors {
            origins: Arc::new(
                origins
                    .iter()
                    .map(|o| o.trim().trim_end_matches('/').to_owned())
                    .filter(|o| !o.is_empty())
                    .collect(),
            ),
        }
    }

    /// The request's origin when it is one of the configured ones.
    fn allowed<'a>(&self, headers: &'a HeaderMap) -> Option<&'a HeaderValue> {
        let origin = headers.get(header::ORIGIN)?;
        let text = origin.to_str().ok()?;
        self.origins.iter().any(|o| o == text).then_some(origin)
    }
}

pub async fn cors<E: Endpoint>(next: Arc<E>, req: Request, cors: Cors) -> poem::Result<Response> {
    let origin = cors.allowed(req.headers()).cloned();
    let preflight =
        req.method() == Method::OPTIONS && req.headers().contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    if let (Some(origin), true) = (&origin, preflight) {
        return Ok(Response::builder()
            .status(StatusCode::NO_CONTENT)
            .header(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin.clone())
            .header(header::ACCESS_CONTROL_ALLOW_METHODS, "GET, POST")
            .header(
                header::ACCESS_CONTROL_ALLOW_HEADERS,
                "authorization, content-type, accept, graphql-preflight, x-xuefa-operation",
            )
            .header(header::ACCESS_CONTROL_MAX_AGE, "600")
            .header(header::VARY, "Origin")
            .finish());
    }
    let mut response = match next.call(req).await {
        Ok(r) => r.into_response(),
        Err(e) => e.into_response(),
    };
    if let Some(origin) = origin {
        let headers = response.headers_mut();
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        headers.insert(
            header::ACCESS_CONTROL_EXPOSE_HEADERS,
            HeaderValue::from_static("x-request-id, content-disposition"),
        );
        headers.append(header::VARY, HeaderValue::from_static("Origin"));
    }
    Ok(response)
}
