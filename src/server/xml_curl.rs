//! `POST /api/xml_curl`: FreeSWITCH cluster nodes fetch their directory and
//! dialplan here with `mod_xml_curl` (docs/xml-curl.md). The answers are
//! built by `ops::xml_curl` from the store at request time.
//!
//! Only nodes get in: HTTP basic credentials of a `[[node]]` table
//! (`gateway-credentials` in the node's `xml_curl.conf.xml`) or of a
//! `[[proxy]]` (Kamailio's registrar), compared in constant time. Users' digest logins and console sessions are never
//! accepted here, since the answers hold every user's SIP password. Failed
//! logins count in the login throttle like any other; each node may make
//! `serve.xml_curl_rate` requests per second. In file mode (no `[[node]]`)
//! the route does not exist (404).

use super::error::ApiError;
use super::AppState;
use crate::ops::xml_curl::{XmlCurlAnswer, XmlCurlRequest};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use fsconn_core::nodes::NodeName;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(xml_curl))
}

/// The challenge of a refused node login.
const CHALLENGE: &str = "Basic realm=\"fsconn xml_curl\", charset=\"UTF-8\"";

/// FreeSWITCH XML for one `mod_xml_curl` lookup.
#[utoipa::path(
    post,
    path = "/api/xml_curl",
    tag = "nodes",
    security(("node" = [])),
    request_body(content = String, content_type = "application/x-www-form-urlencoded", description = "The form mod_xml_curl posts: `hostname`, `section`, `tag_name`, `key_name`, `key_value`, then the request's event headers (for the directory `user`, `domain`, `action`, `purpose`...; for the dialplan `Hunt-Context`, `Hunt-Destination-Number`, `Caller-*`...)"),
    responses(
        (status = 200, description = "A FreeSWITCH XML document: for a directory lookup of a user fsconn knows, the domain (params, the user's group) holding that user; for a dialplan lookup, the context with the extension of the conference dialled; otherwise FreeSWITCH's `<result status=\"not found\"/>` (the node then uses its own files). `Cache-Control: no-store`.", content_type = "text/xml", body = String),
        (status = 401, description = "No or wrong node credentials (WWW-Authenticate: Basic); users' logins and sessions never work here", content_type = "text/plain", body = String),
        (status = 404, description = "File mode: no [[node]] is configured", body = crate::ops::answer::ErrorAnswer),
        (status = 413, description = "The body is over serve.body_limit", body = crate::ops::answer::ErrorAnswer),
        (status = 415, description = "Content-Type is not application/x-www-form-urlencoded", body = crate::ops::answer::ErrorAnswer),
        (status = 429, description = "The node is over serve.xml_curl_rate, or the address or name is locked out after failed logins (Retry-After)", body = crate::ops::answer::ErrorAnswer),
        (status = 500, description = "A file of the store could not be read; the message says which", body = crate::ops::answer::ErrorAnswer),
    )
)]
async fn xml_curl(State(app): State<AppState>, req: Request) -> Response {
    match answer(&app, req).await {
        Ok(r) => r,
        Err(e) => e.into_response(),
    }
}

/// Credentials first, the body only then: a stranger's body is never read.
async fn answer(app: &AppState, req: Request) -> Result<Response, ApiError> {
    if !app.settings().is_cluster() {
        return Err(ApiError::not_found(
            "no [[node]] is configured: fsconn is in file mode and answers no mod_xml_curl requests",
        ));
    }
    let (parts, body) = req.into_parts();
    let client = super::client_addr(app, &parts);
    let node = authenticate(app, client, &parts.headers)?;
    super::access::note_user(&parts.extensions, &format!("node:{node}"));
    if !app.node_rates.take(&node) {
        return Err(ApiError::Status(
            StatusCode::TOO_MANY_REQUESTS,
            format!(
                "node {}: over serve.xml_curl_rate ({} requests per second)",
                node,
                app.settings().xml_curl_rate
            ),
        ));
    }
    if !is_form(&parts.headers) {
        return Err(ApiError::Status(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Content-Type must be application/x-www-form-urlencoded".into(),
        ));
    }
    let body = axum::body::to_bytes(body, app.settings().body_limit)
        .await
        .map_err(|e| ApiError::Status(StatusCode::PAYLOAD_TOO_LARGE, e.to_string()))?;
    let form = XmlCurlRequest::from_form(&body);
    let a = app.clone();
    let found = tokio::task::spawn_blocking(move || {
        let cache = a.cache();
        a.ops.xml_curl(&form, &cache.state.vars)
    })
    .await
    .map_err(|e| ApiError::internal(e.to_string()))??;
    app.metrics
        .xml_curl(node.as_str(), matches!(found, XmlCurlAnswer::Found(_)));
    let mut r = (StatusCode::OK, found.body().to_string()).into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/xml"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(r)
}

/// The node whose basic credentials the request carries. Every node is
/// compared (in constant time, on digests of equal length), so neither
/// the time taken nor the order of the tables tells a guesser anything.
fn authenticate(
    app: &AppState,
    client: std::net::IpAddr,
    headers: &HeaderMap,
) -> Result<NodeName, ApiError> {
    let refused = || ApiError::Unauthorized {
        challenge: CHALLENGE.into(),
    };
    let Some((user, password)) = basic_credentials(headers) else {
        return Err(refused());
    };
    let label = format!("xml_curl:{user}");
    super::user::throttled(app, client, &label, false)?;
    let settings = app.settings();
    let nodes = settings
        .nodes
        .iter()
        .map(|n| (&n.name, &n.xml_curl_user, &n.xml_curl_password));
    let proxies = settings
        .proxies
        .iter()
        .map(|p| (&p.name, &p.xml_curl_user, &p.xml_curl_password));
    let mut found = None;
    for (name, u, p) in nodes.chain(proxies) {
        let same = ct_same(u, &user) & ct_same(p, &password);
        if bool::from(same) {
            found = Some(name.clone());
        }
    }
    match found {
        Some(n) => {
            app.throttle.succeeded(client, &label);
            Ok(n)
        }
        None => {
            super::user::login_failed(app, client, &label, "xml_curl");
            Err(refused())
        }
    }
}

/// Equal strings, compared in constant time over their MD5 digests (equal
/// lengths, so a length difference is not revealed either).
fn ct_same(a: &str, b: &str) -> subtle::Choice {
    use md5::{Digest, Md5};
    use subtle::ConstantTimeEq;
    Md5::digest(a.as_bytes()).ct_eq(&Md5::digest(b.as_bytes()))
}

/// `Authorization: Basic base64(user:password)`, exactly one header.
fn basic_credentials(headers: &HeaderMap) -> Option<(String, String)> {
    let mut values = headers.get_all(header::AUTHORIZATION).iter();
    let (Some(v), None) = (values.next(), values.next()) else {
        return None;
    };
    let v = v.to_str().ok()?.trim();
    let (scheme, b64) = v.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let raw = base64_decode(b64.trim())?;
    let text = String::from_utf8(raw).ok()?;
    let (u, p) = text.split_once(':')?;
    Some((u.to_string(), p.to_string()))
}

/// Standard base64 with padding (RFC 4648 §4), as curl sends it.
fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let b = s.as_bytes();
    if !b.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(b.len() / 4 * 3);
    for (i, chunk) in b.chunks(4).enumerate() {
        let last = i + 1 == b.len() / 4;
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for &c in &chunk[..4 - pad] {
            n = (n << 6) | u32::from(value(c)?);
        }
        n <<= 6 * pad as u32;
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..4 - pad]);
    }
    Some(out)
}

/// `application/x-www-form-urlencoded`, optionally with parameters.
fn is_form(headers: &HeaderMap) -> bool {
    let mut values = headers.get_all(header::CONTENT_TYPE).iter();
    let (Some(v), None) = (values.next(), values.next()) else {
        return false;
    };
    v.to_str().is_ok_and(is_form_media_type)
}

pub fn is_form_media_type(v: &str) -> bool {
    let media = v.split(';').next().unwrap_or("").trim();
    media.eq_ignore_ascii_case("application/x-www-form-urlencoded")
}

/// A token bucket per node: `serve.xml_curl_rate` tokens a second, as many
/// at most.
pub struct NodeRates {
    rate: f64,
    buckets: Mutex<HashMap<String, (f64, Instant)>>,
}

impl NodeRates {
    pub fn new(per_second: u32) -> NodeRates {
        NodeRates {
            rate: f64::from(per_second.max(1)),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Take one token for `node`; `false` when it has none left.
    pub fn take(&self, node: &fsconn_core::nodes::NodeName) -> bool {
        let now = Instant::now();
        let Ok(mut b) = self.buckets.lock() else {
            return true;
        };
        let (tokens, at) = b
            .entry(node.as_str().to_string())
            .or_insert((self.rate, now));
        let refilled = (*tokens + now.duration_since(*at).as_secs_f64() * self.rate).min(self.rate);
        *at = now;
        if refilled < 1.0 {
            *tokens = refilled;
            return false;
        }
        *tokens = refilled - 1.0;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_credentials_decode() {
        assert_eq!(base64_decode("dXNlcjpwYXNz").unwrap(), b"user:pass");
        assert_eq!(base64_decode("YQ==").unwrap(), b"a");
        assert_eq!(base64_decode("YWI=").unwrap(), b"ab");
        assert!(base64_decode("YQ=").is_none());
        assert!(base64_decode("Y===").is_none());
        assert!(base64_decode("YQ==YQ==").is_none());
        assert!(base64_decode("dXNl*jpw").is_none());
    }

    #[test]
    fn a_bucket_refills_with_time() {
        let r = NodeRates::new(2);
        let n = fsconn_core::nodes::NodeName::try_from("fs1".to_string()).unwrap();
        assert!(r.take(&n) && r.take(&n));
        assert!(!r.take(&n));
        std::thread::sleep(std::time::Duration::from_millis(600));
        assert!(r.take(&n));
    }
}
