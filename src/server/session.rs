//! Sign-in sessions for the web console: `POST /api/session` trades a name
//! and password for an `HttpOnly`, `SameSite=Strict` cookie (`Secure` over
//! TLS) that the API and the live WebSocket accept next to digest auth.
//!
//! Why this is safe: the browser never keeps the password (the page sends it
//! once, the cookie is a random token scripts cannot read); `SameSite=Strict`
//! keeps the cookie off every request another site starts, and a cookie that
//! arrives with a cross-site `Sec-Fetch-Site` or a foreign `Origin` is ignored
//! anyway; a session ends at sign-out, after `serve.session_ttl` seconds, and
//! when the user's password changes or the user is deleted. Failed sign-ins go
//! through the same login throttle and `login failed` log line as digest auth.

use super::api::JsonBody;
use super::error::ApiError;
use super::user::Authed;
use super::AppState;
use crate::settings::Role;
use axum::extract::State;
use axum::http::header::{COOKIE, HOST, ORIGIN, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use md5::{Digest, Md5};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub const COOKIE_NAME: &str = "fsconn_session";
/// Live sessions kept at most; past it the one closest to expiry goes.
const MAX_SESSIONS: usize = 10_000;

struct Session {
    user: String,
    /// Fingerprint of the password at sign-in: a changed password ends it.
    password_tag: [u8; 16],
    expires: Instant,
}

/// The server's sessions, by random token.
pub struct Sessions {
    map: Mutex<HashMap<String, Session>>,
    ttl: Duration,
    /// Add `Secure` to the cookie (the server speaks TLS).
    secure: bool,
}

fn password_tag(password: &str) -> [u8; 16] {
    Md5::digest(password.as_bytes()).into()
}

impl Sessions {
    pub fn new(ttl: Duration, secure: bool) -> Sessions {
        Sessions {
            map: Mutex::new(HashMap::new()),
            ttl,
            secure,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Session>> {
        self.map.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A new session for `user`; its token.
    fn create(&self, user: &str, password: &str) -> String {
        use rand::RngCore;
        let mut raw = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut raw);
        let token = hex::encode(raw);
        let now = Instant::now();
        let mut map = self.lock();
        map.retain(|_, s| s.expires > now);
        if map.len() >= MAX_SESSIONS {
            let oldest = map
                .iter()
                .min_by_key(|(_, s)| s.expires)
                .map(|(k, _)| k.clone());
            if let Some(k) = oldest {
                map.remove(&k);
            }
        }
        map.insert(
            token.clone(),
            Session {
                user: user.to_string(),
                password_tag: password_tag(password),
                expires: now + self.ttl,
            },
        );
        token
    }

    fn remove(&self, token: &str) {
        self.lock().remove(token);
    }

    /// The user name behind a live token whose password is still `current`.
    fn user(&self, token: &str, current: impl Fn(&str) -> Option<String>) -> Option<String> {
        let mut map = self.lock();
        let s = map.get(token)?;
        let valid = s.expires > Instant::now()
            && current(&s.user).is_some_and(|pw| password_tag(&pw) == s.password_tag);
        if !valid {
            map.remove(token);
            return None;
        }
        Some(s.user.clone())
    }

    fn cookie(&self, token: &str, max_age: u64) -> HeaderValue {
        let secure = if self.secure { "; Secure" } else { "" };
        let text = format!(
            "{COOKIE_NAME}={token}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Strict{secure}"
        );
        HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
    }
}

/// The session token a request carries, if any.
pub fn token(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|kv| kv.trim().strip_prefix(&format!("{COOKIE_NAME}=")))
        .filter(|t| !t.is_empty())
}

/// A cookie that came with a request another site started is not honoured,
/// whatever the browser's SameSite support: `Sec-Fetch-Site: cross-site`, or
/// an `Origin` that is not this server's own.
fn same_origin(headers: &HeaderMap) -> bool {
    let text = |h| headers.get(h).and_then(|v: &HeaderValue| v.to_str().ok());
    if text("sec-fetch-site").is_some_and(|s| s.eq_ignore_ascii_case("cross-site")) {
        return false;
    }
    match (text(ORIGIN.as_str()), text(HOST.as_str())) {
        (None, _) => true,
        (Some(origin), Some(host)) => origin
            .split_once("://")
            .is_some_and(|(_, rest)| rest.eq_ignore_ascii_case(host)),
        (Some(_), None) => false,
    }
}

/// The user of a request that carries a live session cookie, if it does.
pub fn authenticate(app: &AppState, parts: &Parts) -> Option<Authed> {
    let token = token(&parts.headers)?;
    if !same_origin(&parts.headers) {
        return None;
    }
    let cache = app.cache();
    let name = app
        .sessions
        .user(token, |n| cache.user_by_name(n).map(|u| u.password.clone()))?;
    let user = cache.user_by_name(&name)?;
    let ctx = app.context(&user.context).cloned()?;
    let addr = super::client_addr(app, parts).to_string();
    Some(Authed { user, ctx, addr })
}

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(whoami, sign_in, sign_out))
}

/// The caller as the console shows them: who, which context, what they may
/// use, and whether FreeSWITCH is reachable (writes are off while it is not).
fn describe(app: &AppState, a: &Authed) -> Value {
    let role = match a.role() {
        Role::ApiAllow => "team",
        Role::Allow => "friends",
        Role::Disallow => "public",
    };
    json!({
        "user": a.user.name,
        "id": a.user.id,
        "context": a.user.context,
        "role": role,
        "freeswitch": app.freeswitch_up(),
        "version": env!("CARGO_PKG_VERSION"),
    })
}

#[utoipa::path(
    get,
    path = "/api/session",
    tag = "session",
    security(("team" = []), ("friends" = []), ("public" = []), ("session" = [])),
    responses((status = 200, description = "The signed-in user (digest auth works too)", body = crate::server::openapi::answers::SessionInfo), crate::server::openapi::AuthErrors)
)]
async fn whoami(a: Authed, State(app): State<AppState>) -> Response {
    Json(describe(&app, &a)).into_response()
}

/// The same throttle and `login failed` line as digest auth (`via=session`).
#[utoipa::path(
    post,
    path = "/api/session",
    tag = "session",
    security(()),
    request_body(content = crate::server::openapi::answers::SignIn),
    responses((status = 200, description = "Signed in: the session cookie is in Set-Cookie (HttpOnly, SameSite=Strict)", body = crate::server::openapi::answers::SessionInfo, headers(("set-cookie" = String, description = "fsconn_session=TOKEN"))), (status = 401, description = "Wrong user name or password", body = crate::ops::answer::ErrorAnswer), (status = 429, description = "Too many failed logins (Retry-After)", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::BodyErrors)
)]
async fn sign_in(
    State(app): State<AppState>,
    parts: Parts,
    JsonBody(body): JsonBody,
) -> Result<Response, ApiError> {
    use subtle::ConstantTimeEq;
    let field = |k: &str| {
        body.get(k)
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| ApiError::bad_request(format!("{k}: a string is required")))
    };
    let (name, password) = (field("user")?, field("password")?);
    let client = super::client_addr(&app, &parts);
    let trusted = authenticate(&app, &parts).is_some_and(|a| a.user.name == name);
    super::user::throttled(&app, client, &name, trusted)?;
    let user = app
        .cache()
        .user_by_name(&name)
        .filter(|u| bool::from(u.password.as_bytes().ct_eq(password.as_bytes())));
    let who = user.and_then(|user| {
        let ctx = app.context(&user.context).cloned()?;
        let addr = client.to_string();
        Some(Authed { user, ctx, addr })
    });
    let Some(who) = who else {
        super::user::login_failed(&app, client, &name, "session");
        return Err(ApiError::Status(
            StatusCode::UNAUTHORIZED,
            "wrong user name or password".into(),
        ));
    };
    app.throttle.succeeded(client, &who.user.name);
    let token = app.sessions.create(&who.user.name, &who.user.password);
    let mut r = Json(describe(&app, &who)).into_response();
    let cookie = app.sessions.cookie(&token, app.settings().session_ttl);
    r.headers_mut().insert(SET_COOKIE, cookie);
    Ok(r)
}

#[utoipa::path(
    delete,
    path = "/api/session",
    tag = "session",
    security(()),
    responses((status = 204, description = "Signed out: the session ends and the cookie is cleared"), crate::server::openapi::BodyErrors)
)]
async fn sign_out(State(app): State<AppState>, headers: HeaderMap) -> Response {
    if let Some(t) = token(&headers) {
        app.sessions.remove(t);
    }
    let mut r = StatusCode::NO_CONTENT.into_response();
    r.headers_mut()
        .insert(SET_COOKIE, app.sessions.cookie("", 0));
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn the_token_is_found_among_other_cookies() {
        let h = headers(&[("cookie", "a=1; fsconn_session=abc; b=2")]);
        assert_eq!(token(&h), Some("abc"));
        assert_eq!(token(&headers(&[("cookie", "fsconn_session=")])), None);
        assert_eq!(token(&headers(&[("cookie", "xfsconn_session=abc")])), None);
    }

    #[test]
    fn cross_site_requests_do_not_get_the_session() {
        let host = ("host", "127.0.0.1:3000");
        assert!(same_origin(&headers(&[host])));
        assert!(same_origin(&headers(&[
            host,
            ("origin", "http://127.0.0.1:3000")
        ])));
        assert!(!same_origin(&headers(&[
            host,
            ("origin", "http://evil.example")
        ])));
        assert!(!same_origin(&headers(&[
            host,
            ("origin", "http://127.0.0.1:3000.evil.example")
        ])));
        assert!(!same_origin(&headers(&[host, ("origin", "null")])));
        assert!(!same_origin(&headers(&[
            host,
            ("sec-fetch-site", "cross-site")
        ])));
        assert!(same_origin(&headers(&[
            host,
            ("sec-fetch-site", "same-origin")
        ])));
    }

    #[test]
    fn sessions_end_on_expiry_password_change_and_sign_out() {
        let s = Sessions::new(Duration::from_secs(60), false);
        let t = s.create("alice", "pw1");
        assert_eq!(s.user(&t, |_| Some("pw1".into())).as_deref(), Some("alice"));
        assert_eq!(s.user(&t, |_| Some("pw2".into())), None);
        assert_eq!(s.user(&t, |_| Some("pw1".into())), None, "removed for good");
        let t = s.create("alice", "pw1");
        assert_eq!(s.user(&t, |_| None), None, "a deleted user");
        let t = s.create("alice", "pw1");
        s.remove(&t);
        assert_eq!(s.user(&t, |_| Some("pw1".into())), None);
        let gone = Sessions::new(Duration::from_secs(0), false);
        let t = gone.create("alice", "pw1");
        assert_eq!(gone.user(&t, |_| Some("pw1".into())), None);
    }

    #[test]
    fn the_cookie_cannot_be_read_by_scripts_or_sent_cross_site() {
        let c = Sessions::new(Duration::from_secs(60), true).cookie("t", 60);
        let c = c.to_str().unwrap();
        for part in ["HttpOnly", "SameSite=Strict", "Secure", "Path=/"] {
            assert!(c.contains(part), "{c}");
        }
        let plain = Sessions::new(Duration::from_secs(60), false).cookie("t", 60);
        assert!(!plain.to_str().unwrap().contains("Secure"));
    }
}
