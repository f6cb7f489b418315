//! Request-level defences in front of every route.
//!
//! - **Host names.** Every request (reads, writes, the WebSocket upgrade,
//!   phone provisioning) whose `Host` or HTTP/2 `:authority` names a host
//!   this server is not configured for gets 421 and reaches no handler: a
//!   page that rebinds its own DNS name to our address (DNS rebinding) can
//!   choose everything but that name (see `fsconn_core::hosts`).
//! - **Scheme.** A request is HTTPS when this server speaks TLS, or when a
//!   trusted proxy (`serve.trusted_proxies`, and only one) says
//!   `X-Forwarded-Proto: https`; that decides our own origin, HSTS and the
//!   session cookie's `Secure` (handlers read it as [`Seen`]).
//! - **Cross-site writes.** A browser lets any web page send a POST with a
//!   `text/plain`, form or multipart body (and the user's cached digest
//!   credentials) without asking the server first. So every POST/PUT (and
//!   any other unsafe method) must carry `Content-Type: application/json`
//!   (which a browser only sends cross-site after a CORS preflight we do not
//!   grant), except a phone's `PUT /polycom/...`; otherwise 415. And every
//!   write, including the GETs that change state and the WebSocket
//!   handshake, is refused with 403 when the browser says it comes from
//!   another site: an `Origin` that is neither ours (`serve.public_url`, or
//!   the scheme above with the addressed host) nor in
//!   `serve.cors_origins`, or a `Sec-Fetch-Site` other than `same-origin` /
//!   `none` without such an Origin. Clients that send neither header (curl,
//!   scripts, phones, the original's clients) are not affected.
//! - **Unread bodies.** When a request is answered without its body being
//!   read (401 before the body, 403, 415, 413), the rest of the body is read
//!   and dropped, up to the body limit and for a few seconds, before the
//!   answer goes out: an HTTP/2 client that is still sending would otherwise
//!   get its stream reset and report an empty reply.
//! - **Response headers** on every answer: `nosniff`, no framing, no
//!   referrer, and HSTS when the request is HTTPS (see Scheme).

use super::error::ApiError;
use super::AppState;
use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use futures_util::future::{BoxFuture, Either};
use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{ready, Context, Poll};
use std::time::Duration;
use tower::{Service, ServiceExt};

/// The guard as a tower layer over every route. Reads (the hot path) pass
/// straight through and only get the response headers; writes are checked.
#[derive(Clone)]
pub struct Guard {
    pub app: AppState,
    pub tls: bool,
}

impl<S> tower::Layer<S> for Guard {
    type Service = Guarded<S>;
    fn layer(&self, inner: S) -> Guarded<S> {
        Guarded {
            inner,
            g: self.clone(),
        }
    }
}

#[derive(Clone)]
pub struct Guarded<S> {
    inner: S,
    g: Guard,
}

impl<S> Service<Request> for Guarded<S>
where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Either<WithHeaders<S::Future>, BoxFuture<'static, Result<Response, Infallible>>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: Request) -> Self::Future {
        let https = self.g.tls || forwarded_https(&self.g.app, &req);
        let misdirected = misdirected(&self.g.app, &req);
        let own_origin = own_origin(&self.g.app, &req, https);
        req.extensions_mut().insert(Seen { https, own_origin });
        if !is_write(&req) {
            if let Some(e) = misdirected {
                let mut resp = e.into_response();
                add_headers(&mut resp, https);
                return Either::Right(Box::pin(async move { Ok(resp) }));
            }
            return Either::Left(WithHeaders {
                inner: self.inner.call(req),
                tls: https,
            });
        }
        let inner = self.inner.clone();
        let g = self.g.clone();
        Either::Right(Box::pin(async move {
            let mut resp = guarded_write(&g, req, inner, misdirected).await;
            add_headers(&mut resp, https);
            Ok(resp)
        }))
    }
}

/// What the guard learnt about a request, for the handlers behind it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Seen {
    /// The browser reached us over HTTPS: this server speaks TLS, or a
    /// trusted proxy (`serve.trusted_proxies`) says so in `X-Forwarded-Proto`.
    pub https: bool,
    /// No `Origin`, or one of ours: `serve.public_url`'s, or the scheme above
    /// with the host the client addressed (`serve.cors_origins` are other
    /// sites allowed to call the API, not ours).
    pub own_origin: bool,
}

/// The guard's findings; without a guard (never in the server) nothing is
/// HTTPS and no origin is ours.
pub fn seen(ext: &axum::http::Extensions) -> Seen {
    ext.get::<Seen>().copied().unwrap_or_default()
}

/// `X-Forwarded-Proto: https` from a trusted proxy (one header, one value;
/// a client's own header never counts: the peer must be a trusted proxy).
fn forwarded_https(app: &AppState, req: &Request) -> bool {
    let mut values = req.headers().get_all("x-forwarded-proto").iter();
    let (Some(v), None) = (values.next(), values.next()) else {
        return false;
    };
    v.to_str()
        .is_ok_and(|v| v.trim().eq_ignore_ascii_case("https"))
        && super::access::from_trusted_proxy(app, req.extensions())
}

/// 421 unless every host the request names (`:authority` or the request
/// target's, and `Host`) is one this server answers for (`crate::hosts`).
/// A request that names none (HTTP/1.0) is not addressed to another site.
fn misdirected(app: &AppState, req: &Request) -> Option<ApiError> {
    let mut hosts = req.headers().get_all(header::HOST).iter();
    let host = hosts.next().map(|v| v.to_str().unwrap_or("(not text)"));
    let several_hosts = hosts.next().is_some();
    let authority = req.uri().authority().map(|a| a.as_str());
    if host.is_none() && authority.is_none() {
        return None;
    }
    let policy = &app.runtime().hosts;
    let refused = [authority, host]
        .into_iter()
        .flatten()
        .find(|h| several_hosts || !policy.allows(h))?;
    Some(ApiError::Status(
        StatusCode::MISDIRECTED_REQUEST,
        format!(
            "this server does not answer for host {refused:?} (see serve.hosts and serve.public_url)"
        ),
    ))
}

pin_project_lite::pin_project! {
    /// The inner answer with the security headers added.
    pub struct WithHeaders<F> {
        #[pin]
        inner: F,
        tls: bool,
    }
}

impl<F: Future<Output = Result<Response, Infallible>>> Future for WithHeaders<F> {
    type Output = Result<Response, Infallible>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let mut resp = ready!(this.inner.poll(cx))?;
        add_headers(&mut resp, *this.tls);
        Poll::Ready(Ok(resp))
    }
}

/// GETs of the original API that change state.
const WRITE_GETS: &[&str] = &[
    "/api/users/rebuild",
    "/api/users/reprov",
    "/api/conferences/rebuildcontacts",
    "/api/restore/",
    "/api/store/",
];

/// How long a refused request's body may take to drain.
const DRAIN_TIME: Duration = Duration::from_secs(5);

/// Anything but a plain read: unsafe methods, the GETs that write, and
/// upgrades (the WebSocket carries moderator controls).
fn is_write(req: &Request) -> bool {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let path = req.uri().path();
    !safe
        || WRITE_GETS.iter().any(|w| path.starts_with(w))
        || req.headers().contains_key(header::UPGRADE)
}

fn add_headers(resp: &mut Response, tls: bool) {
    let h = resp.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    if tls {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
}

/// The cross-site and content-type checks, then the handler with a body
/// whose unread rest is drained before the answer.
async fn guarded_write<S>(
    g: &Guard,
    req: Request,
    inner: S,
    misdirected: Option<ApiError>,
) -> Response
where
    S: Service<Request, Response = Response, Error = Infallible>,
{
    let refusal = misdirected
        .or_else(|| cross_site(g, &req))
        .or_else(|| wrong_content_type(&req));
    let limit = g.app.settings().body_limit;
    let (parts, body) = req.into_parts();
    let slot = Arc::new(Mutex::new(None));
    let body = Body::new(Returning {
        inner: Some(body),
        slot: slot.clone(),
    });
    let resp = match refusal {
        Some(e) => {
            drop(body);
            e.into_response()
        }
        None => match inner.oneshot(Request::from_parts(parts, body)).await {
            Ok(r) => r,
            Err(never) => match never {},
        },
    };
    let rest = slot.lock().ok().and_then(|mut s| s.take());
    if let Some(rest) = rest {
        drain(rest, limit).await;
    }
    resp
}

/// Read and drop what is left of a body, within limits.
async fn drain(body: Body, limit: usize) {
    use futures_util::StreamExt;
    let mut stream = body.into_data_stream();
    let mut seen = 0usize;
    let _ = tokio::time::timeout(DRAIN_TIME, async {
        while let Some(Ok(chunk)) = stream.next().await {
            seen += chunk.len();
            if seen > limit {
                break;
            }
        }
    })
    .await;
}

/// A body that hands its unread rest back when the handler drops it.
struct Returning {
    inner: Option<Body>,
    slot: Arc<Mutex<Option<Body>>>,
}

impl http_body::Body for Returning {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, axum::Error>>> {
        match self.inner.as_mut() {
            Some(b) => Pin::new(b).poll_frame(cx),
            None => Poll::Ready(None),
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner
            .as_ref()
            .is_none_or(http_body::Body::is_end_stream)
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.as_ref().map_or_else(
            || http_body::SizeHint::with_exact(0),
            http_body::Body::size_hint,
        )
    }
}

impl Drop for Returning {
    fn drop(&mut self) {
        if let Some(b) = self.inner.take() {
            if !http_body::Body::is_end_stream(&b) {
                if let Ok(mut s) = self.slot.lock() {
                    *s = Some(b);
                }
            }
        }
    }
}

/// 415 unless the body is declared as JSON (one `Content-Type`, media type
/// exactly `application/json` in any case, parameters allowed). Phones'
/// `PUT /polycom/...` uploads and `application/gzip` backup uploads are
/// exempt.
fn wrong_content_type(req: &Request) -> Option<ApiError> {
    if req.method() == Method::PUT && req.uri().path().starts_with("/polycom/") {
        return None;
    }
    if req.method() == Method::GET {
        return None;
    }
    // An uploaded backup is a .tar.gz; `application/gzip` is no more
    // sendable cross-site without a preflight than JSON is.
    let gzip = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        == Some("application/gzip");
    if req.method() == Method::POST && req.uri().path() == "/api/backups" && gzip {
        return None;
    }
    // mod_xml_curl posts forms; the route takes only node credentials,
    // which no browser holds for this site, and checks the type itself.
    if req.method() == Method::POST && req.uri().path() == "/api/xml_curl" {
        return None;
    }
    let mut values = req.headers().get_all(header::CONTENT_TYPE).iter();
    let first = values.next();
    let ok = values.next().is_none()
        && first
            .and_then(|v| v.to_str().ok())
            .is_some_and(is_json_media_type);
    let got = first
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .unwrap_or_else(|| "none".into());
    (!ok).then(|| {
        ApiError::Status(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("Content-Type must be application/json, got {got:?}"),
        )
    })
}

/// `application/json`, optionally with `; param=value` parameters.
pub fn is_json_media_type(v: &str) -> bool {
    let media = v.split(';').next().unwrap_or("");
    let media = media.trim_matches(|c| c == ' ' || c == '\t');
    media.eq_ignore_ascii_case("application/json")
}

/// 403 when a browser says the write comes from another site.
fn cross_site(g: &Guard, req: &Request) -> Option<ApiError> {
    let headers = req.headers();
    let origins: Vec<&HeaderValue> = headers.get_all(header::ORIGIN).iter().collect();
    let fetch_sites: Vec<&HeaderValue> = headers.get_all("sec-fetch-site").iter().collect();
    if origins.len() > 1 || fetch_sites.len() > 1 {
        return Some(forbidden("more than one Origin or Sec-Fetch-Site header"));
    }
    let origin = origins.first().map(|v| v.to_str().unwrap_or("(not text)"));
    if let Some(o) = origin {
        if !allowed_origin(g, req, o) {
            return Some(forbidden(&format!(
                "Origin {o:?} is not this server and not in serve.cors_origins"
            )));
        }
    }
    let site = fetch_sites
        .first()
        .map(|v| v.to_str().unwrap_or("(not text)"));
    match site {
        None => None,
        Some(s) if s.eq_ignore_ascii_case("same-origin") || s.eq_ignore_ascii_case("none") => None,
        // Another site: only with an Origin we allow (checked above).
        Some(_) if origin.is_some() => None,
        Some(s) => Some(forbidden(&format!(
            "Sec-Fetch-Site {s:?} without an allowed Origin"
        ))),
    }
}

fn forbidden(why: &str) -> ApiError {
    ApiError::Status(
        StatusCode::FORBIDDEN,
        format!("cross-site request refused: {why}"),
    )
}

/// Our own origin (see [`Seen::own_origin`]) or one of `serve.cors_origins`.
fn allowed_origin(g: &Guard, req: &Request, origin: &str) -> bool {
    let origin = normalize_origin(origin);
    seen(req.extensions()).own_origin
        || g.app
            .settings()
            .cors_origins
            .iter()
            .any(|c| normalize_origin(c) == origin)
}

/// See [`Seen::own_origin`]. More than one `Origin` is nobody's.
fn own_origin(app: &AppState, req: &Request, https: bool) -> bool {
    let mut origins = req.headers().get_all(header::ORIGIN).iter();
    let origin = match (origins.next(), origins.next()) {
        (None, _) => return true,
        (Some(o), None) => match o.to_str() {
            Ok(o) => normalize_origin(o),
            Err(_) => return false,
        },
        _ => return false,
    };
    if app
        .runtime()
        .public_origin
        .as_deref()
        .is_some_and(|p| normalize_origin(p) == origin)
    {
        return true;
    }
    let scheme = if https { "https" } else { "http" };
    own_authority(req.uri(), req.headers())
        .is_some_and(|host| normalize_origin(&format!("{scheme}://{host}")) == origin)
}

/// The authority the client addressed: HTTP/2's `:authority`, else `Host`.
fn own_authority<'a>(uri: &'a axum::http::Uri, headers: &'a HeaderMap) -> Option<&'a str> {
    uri.authority().map(|a| a.as_str()).or_else(|| {
        let mut hosts = headers.get_all(header::HOST).iter();
        let h = hosts.next()?;
        hosts.next().is_none().then(|| h.to_str().ok()).flatten()
    })
}

/// Lower case, without a trailing slash or the scheme's default port.
fn normalize_origin(o: &str) -> String {
    let o = o.trim().trim_end_matches('/').to_ascii_lowercase();
    for (scheme, port) in [("http://", ":80"), ("https://", ":443")] {
        if o.starts_with(scheme) && o.ends_with(port) {
            return o[..o.len() - port.len()].to_string();
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_media_types() {
        for ok in [
            "application/json",
            "Application/JSON",
            "application/json; charset=utf-8",
            "application/json;charset=UTF-8",
            " application/json ",
        ] {
            assert!(is_json_media_type(ok), "{ok}");
        }
        for bad in [
            "text/plain",
            "text/plain; application/json",
            "application/jsonx",
            "application/json-patch+json",
            "application/x-json",
            "application/json, text/plain",
            "application/ json",
            "multipart/form-data; boundary=application/json",
            "",
        ] {
            assert!(!is_json_media_type(bad), "{bad}");
        }
    }

    #[test]
    fn origins_compare_without_default_ports() {
        assert_eq!(
            normalize_origin("HTTP://Example.org:80"),
            "http://example.org"
        );
        assert_eq!(
            normalize_origin("https://example.org:443/"),
            "https://example.org"
        );
        assert_eq!(
            normalize_origin("https://example.org:8443"),
            "https://example.org:8443"
        );
    }
}
