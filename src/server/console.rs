//! The web console: plain HTML, CSS and JavaScript modules from `web/`,
//! compiled into the binary so a fresh clone needs no build step and no
//! Node. `--web-root DIR` serves a directory instead (the original's client).

use super::error::ApiError;
use axum::http::header::{CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Response};
use include_dir::{include_dir, Dir};

static CONSOLE: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/web");

/// Scripts and styles only from this server, no inline script, no frames:
/// an injected `<script>` or a foreign page cannot drive the console.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, e)| e) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

/// The console file at `path` (`""` is `index.html`), if there is one.
pub fn file(path: &str) -> Option<Response> {
    let path = if path.is_empty() { "index.html" } else { path };
    if path.starts_with('.') || path.contains("..") {
        return None;
    }
    let f = CONSOLE.get_file(path)?;
    let mut r = f.contents().into_response();
    let h = r.headers_mut();
    h.insert(CONTENT_TYPE, HeaderValue::from_static(content_type(path)));
    h.insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    // Small files, and a new binary must show its own console at once.
    h.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Some(r)
}

/// Bytes of every file of the console (the first load fetches them all).
pub fn total_size() -> usize {
    fn walk(d: &Dir<'_>) -> usize {
        d.files().map(|f| f.contents().len()).sum::<usize>() + d.dirs().map(walk).sum::<usize>()
    }
    walk(&CONSOLE)
}

pub fn not_found(method: &str, path: &str) -> ApiError {
    ApiError::NoRoute {
        method: method.to_string(),
        path: path.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_console_is_small_and_has_its_page() {
        assert!(super::file("").is_some());
        assert!(super::file("app.js").is_some());
        assert!(super::file("../Cargo.toml").is_none());
        assert!(super::total_size() < 200 * 1024, "{}", super::total_size());
    }
}
