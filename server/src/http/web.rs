//! The web pages, built by `web/` (`npm run build`) into `web/dist` and embedded in the binary:
//! the learners' app at `/`, the console at `/admin`, the self-hosted GraphiQL page. Nothing is
//! fetched from another origin, so the pages work on a network without internet. The security
//! headers (the content security policy the pages are built to) come from `crate::http::policy`.

use poem::http::{HeaderMap, header};
use poem::web::Data;
use poem::{Request, Response, handler};
use rust_embed::Embed;

use crate::error::Code;
use crate::http::compression;
use crate::state::AppState;

#[derive(Embed)]
#[folder = "../web/dist/"]
struct Assets;

/// Hashed build output: its name changes with its content, so it may be kept forever.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// Paths that belong to the API: an unknown one is a 404, never the app's page.
const API_PREFIXES: [&str; 5] = ["/graphql", "/export", "/healthz", "/readyz", "/metrics"];

/// Which page a path shows: a file of the build, or the entry page that routes it in the browser.
fn file_for(path: &str) -> Option<String> {
    let relative = path.trim_start_matches('/');
    if !relative.is_empty() && !relative.ends_with('/') && Assets::get(relative).is_some() {
        return Some(relative.to_owned());
    }
    if API_PREFIXES
        .iter()
        .any(|p| path == *p || path.starts_with(&format!("{p}/")))
    {
        return None;
    }
    // A missing asset is a 404: answering it with a page would hide a broken build.
    if relative.starts_with("assets/") {
        return None;
    }
    if path == "/admin" || path.starts_with("/admin/") {
        return Some("admin/index.html".to_owned());
    }
    Some("index.html".to_owned())
}

fn content_type(file: &str) -> &'static str {
    match file.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "txt" => "text/plain; charset=utf-8",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

/// Serves one embedded file, or the app's entry page for a route of the app.
pub fn serve(path: &str, headers: &HeaderMap) -> Response {
    let Some(file) = file_for(path) else {
        return not_found();
    };
    serve_file(&file, headers)
}

fn not_found() -> Response {
    Response::builder()
        .status(Code::NotFound.http_status())
        .content_type("text/plain; charset=utf-8")
        .body("未找到该地址")
}

/// Serves a file of the build by its path inside `web/dist`, with its precompressed twin
/// when the browser takes one: `.br` (Brotli, the smallest), else `.gz`.
pub fn serve_file(file: &str, headers: &HeaderMap) -> Response {
    let accepted = compression::accepted(headers);
    let compressed = [("br", "br", accepted.brotli), ("gzip", "gz", accepted.gzip)]
        .into_iter()
        .filter(|(_, _, wanted)| *wanted)
        .find_map(|(coding, twin, _)| {
            Assets::get(&format!("{file}.{twin}")).map(|content| (coding, content))
        });
    let coding = compressed.as_ref().map(|(coding, _)| *coding);
    let Some(content) = compressed
        .map(|(_, content)| content)
        .or_else(|| Assets::get(file))
    else {
        return Response::builder()
            .status(Code::NotFound.http_status())
            .content_type("text/plain; charset=utf-8")
            .body("页面文件缺失：请先在 web/ 下运行 npm run build");
    };
    let cache = if file.starts_with("assets/") {
        IMMUTABLE
    } else {
        "no-cache"
    };
    let mut response = Response::builder()
        .content_type(content_type(file))
        .header(header::CACHE_CONTROL, cache)
        .header(header::VARY, "Accept-Encoding");
    if let Some(coding) = coding {
        response = response.header(header::CONTENT_ENCODING, coding);
    }
    response.body(content.data.into_owned())
}

/// `GET` on any path no other route takes.
#[handler]
pub fn pages(req: &Request, Data(state): Data<&AppState>) -> Response {
    let path = req.uri().path();
    if !state.settings.graphiql_enabled() && is_graphiql(path) {
        return not_found();
    }
    serve(path, req.headers())
}

/// The GraphiQL page and the chunks only it loads (`web/graphiql`, built as `graphiql-*`):
/// served only while GraphiQL is on, like the page behind `GET /graphql`.
fn is_graphiql(path: &str) -> bool {
    let relative = path.trim_start_matches('/');
    relative.starts_with("graphiql/") || relative.starts_with("assets/graphiql-")
}

#[cfg(test)]
mod tests {
    use super::file_for;

    #[test]
    fn app_routes_fall_back_to_their_entry_page() {
        assert_eq!(file_for("/").as_deref(), Some("index.html"));
        assert_eq!(file_for("/exam/123").as_deref(), Some("index.html"));
        assert_eq!(file_for("/admin").as_deref(), Some("admin/index.html"));
        assert_eq!(file_for("/admin/roster").as_deref(), Some("admin/index.html"));
        assert_eq!(file_for("/export/nothing.xlsx"), None);
        assert_eq!(file_for("/graphql/x"), None);
        assert_eq!(file_for("/assets/missing-abc.js"), None);
    }
}
