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
/// `connect-src` adds the phone's SIP WebSocket origin (see `csp`).
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; connect-src 'self'{PHONE}; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// The policy with `phone` (an origin `ops::phone::origin` built from the
/// settings, never from the request) allowed as a WebSocket peer.
fn csp(phone: Option<&str>) -> HeaderValue {
    let extra = phone.map(|o| format!(" {o}")).unwrap_or_default();
    HeaderValue::from_str(&CSP.replace("{PHONE}", &extra))
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"))
}

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

/// The console file at `path` (`""` is `index.html`), if there is one;
/// `phone` is the origin the phone may connect to.
pub fn file(path: &str, phone: Option<&str>) -> Option<Response> {
    let path = if path.is_empty() { "index.html" } else { path };
    if path.starts_with('.') || path.contains("..") {
        return None;
    }
    let f = CONSOLE.get_file(path)?;
    let mut r = f.contents().into_response();
    let h = r.headers_mut();
    h.insert(CONTENT_TYPE, HeaderValue::from_static(content_type(path)));
    h.insert(CONTENT_SECURITY_POLICY, csp(phone));
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
        assert!(super::file("", None).is_some());
        assert!(super::file("app.js", None).is_some());
        assert!(super::file("../Cargo.toml", None).is_none());
        // The vendored SIP library is most of it; the console's own code
        // stays small.
        let vendor = super::CONSOLE.get_dir("vendor").map_or(0, |d| {
            d.dirs()
                .flat_map(|d| d.files())
                .map(|f| f.contents().len())
                .sum()
        });
        assert!(vendor > 0, "web/vendor/jssip is bundled");
        let own = super::total_size() - vendor;
        assert!(own < 200 * 1024, "{own}");
    }

    #[test]
    fn the_policy_allows_only_the_phone_origin_and_never_eval() {
        let with = super::csp(Some("wss://sip.example.org:7443"));
        let with = with.to_str().unwrap();
        assert!(
            with.contains("connect-src 'self' wss://sip.example.org:7443;"),
            "{with}"
        );
        let without = super::csp(None);
        assert!(without.to_str().unwrap().contains("connect-src 'self';"));
        for p in [with, without.to_str().unwrap()] {
            assert!(!p.contains("unsafe"), "{p}");
            assert!(p.contains("script-src 'self';"), "{p}");
        }
    }
}
