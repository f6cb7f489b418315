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
use super::revoke::Revocations;
use super::user::Authed;
use super::AppState;
use crate::settings::Role;
use axum::extract::State;
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use md5::{Digest, Md5};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub const COOKIE_NAME: &str = "fsconn_session";
/// Live sessions kept at most. At the cap a sign-in ends the oldest session
/// of the same user; a user who has none is refused (503) until sessions
/// expire or end: nobody's sign-ins end another user's session.
const MAX_SESSIONS: usize = 10_000;

struct Session {
    user: String,
    /// Fingerprint of the password at sign-in: a changed password ends it.
    password_tag: [u8; 16],
    /// The password this session's own change is setting: it survives it.
    next_tag: Option<[u8; 16]>,
    created: Instant,
    expires: Instant,
}

/// The global cap is reached and the user has no session to give up.
#[derive(Debug)]
pub struct Full;

/// The server's sessions, by random token.
pub struct Sessions {
    map: Mutex<HashMap<String, Session>>,
    ttl: Duration,
    /// Add `Secure` to the cookie (the server speaks TLS).
    secure: bool,
    per_user: usize,
    max: usize,
    /// Told whenever a session ends early, so its live sockets close.
    revocations: Arc<Revocations>,
}

fn password_tag(password: &str) -> [u8; 16] {
    Md5::digest(password.as_bytes()).into()
}

impl Sessions {
    pub fn new(
        ttl: Duration,
        secure: bool,
        per_user: usize,
        revocations: Arc<Revocations>,
    ) -> Sessions {
        Sessions {
            map: Mutex::new(HashMap::new()),
            ttl,
            secure,
            per_user: per_user.max(1),
            max: MAX_SESSIONS,
            revocations,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Session>> {
        self.map.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A new session for `user`; its token. Past the per-user cap the
    /// user's own oldest session ends; see [`MAX_SESSIONS`] for the global one.
    fn create(&self, user: &str, password: &str) -> Result<String, Full> {
        use rand::RngCore;
        let mut raw = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut raw);
        let token = hex::encode(raw);
        let now = Instant::now();
        let mut map = self.lock();
        map.retain(|_, s| s.expires > now);
        let mut mine: Vec<(Instant, String)> = map
            .iter()
            .filter(|(_, s)| s.user == user)
            .map(|(k, s)| (s.created, k.clone()))
            .collect();
        mine.sort();
        let keep = match map.len() >= self.max {
            true if mine.is_empty() => return Err(Full),
            true => mine.len().min(self.per_user) - 1,
            false => self.per_user - 1,
        };
        let surplus = mine.len().saturating_sub(keep);
        for (_, k) in &mine[..surplus] {
            map.remove(k);
        }
        map.insert(
            token.clone(),
            Session {
                user: user.to_string(),
                password_tag: password_tag(password),
                next_tag: None,
                created: now,
                expires: now + self.ttl,
            },
        );
        drop(map);
        if surplus > 0 {
            self.revocations.bump();
        }
        Ok(token)
    }

    fn remove(&self, token: &str) {
        if self.lock().remove(token).is_some() {
            self.revocations.bump();
        }
    }

    /// The user name behind a live token whose password is still `current`
    /// (or the one its own password change is setting).
    pub fn user(&self, token: &str, current: impl Fn(&str) -> Option<String>) -> Option<String> {
        let mut map = self.lock();
        let s = map.get_mut(token)?;
        let tag = current(&s.user).map(|pw| password_tag(&pw));
        if tag.is_some() && tag == s.next_tag {
            s.password_tag = tag.unwrap_or_default();
            s.next_tag = None;
        }
        let valid = s.expires > Instant::now() && tag == Some(s.password_tag);
        if !valid {
            map.remove(token);
            return None;
        }
        Some(s.user.clone())
    }

    /// When the session `token` ends by itself.
    pub fn expires(&self, token: &str) -> Option<Instant> {
        self.lock().get(token).map(|s| s.expires)
    }

    /// The session `token` is about to change its user's password to
    /// `password`: it stays valid with the new one (and with the old one
    /// until the change is done).
    pub fn expect_password(&self, token: &str, password: &str) {
        if let Some(s) = self.lock().get_mut(token) {
            s.next_tag = Some(password_tag(password));
        }
    }

    /// After a password change: every other session of `user` ends.
    pub fn end_others(&self, user: &str, keep: Option<&str>) {
        let mut map = self.lock();
        let before = map.len();
        map.retain(|k, s| s.user != user || Some(k.as_str()) == keep);
        let ended = map.len() != before;
        drop(map);
        if ended {
            self.revocations.bump();
        }
    }

    /// `https`: the browser reached us over HTTPS (through a trusted proxy).
    fn cookie(&self, token: &str, max_age: u64, https: bool) -> HeaderValue {
        let secure = if self.secure || https { "; Secure" } else { "" };
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
/// an `Origin` that is not this server's own (the guard decides which are,
/// `serve.public_url` included: see `guard::Seen`).
fn same_origin(parts: &Parts) -> bool {
    let cross_site = parts
        .headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|s| s.eq_ignore_ascii_case("cross-site"));
    !cross_site && super::guard::seen(&parts.extensions).own_origin
}

/// The user of a request that carries a live session cookie, if it does.
pub fn authenticate(app: &AppState, parts: &Parts) -> Option<Authed> {
    let token = token(&parts.headers)?;
    if !same_origin(parts) {
        return None;
    }
    let cache = app.cache();
    let name = app
        .sessions
        .user(token, |n| cache.user_by_name(n).map(|u| u.password.clone()))?;
    let user = cache.user_by_name(&name)?;
    let ctx = app.context(&user.context).cloned()?;
    let addr = super::client_addr(app, parts).to_string();
    let session = Some(token.into());
    Some(Authed {
        user,
        ctx,
        addr,
        session,
    })
}

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(whoami, sign_in, sign_out))
        .routes(routes!(session_state))
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
        let session = None;
        Some(Authed {
            user,
            ctx,
            addr,
            session,
        })
    });
    let Some(who) = who else {
        super::user::login_failed(&app, client, &name, "session");
        return Err(ApiError::Status(
            StatusCode::UNAUTHORIZED,
            "wrong user name or password".into(),
        ));
    };
    app.throttle.succeeded(client, &who.user.name);
    let token = app
        .sessions
        .create(&who.user.name, &who.user.password)
        .map_err(|_| {
            ApiError::unavailable(
                "too many console sessions on this server: try again when some have ended",
            )
        })?;
    let mut r = Json(describe(&app, &who)).into_response();
    let https = super::guard::seen(&parts.extensions).https;
    let cookie = app
        .sessions
        .cookie(&token, app.settings().session_ttl, https);
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
async fn sign_out(State(app): State<AppState>, parts: Parts) -> Response {
    if let Some(t) = token(&parts.headers) {
        app.sessions.remove(t);
    }
    let https = super::guard::seen(&parts.extensions).https;
    let mut r = StatusCode::NO_CONTENT.into_response();
    r.headers_mut()
        .insert(SET_COOKIE, app.sessions.cookie("", 0, https));
    r
}

/// The console's first question, "is this browser signed in?", answered
/// with 200 either way: a 401 here would be an error in the browser's
/// console on every visit to the sign-in page. Only the session cookie
/// counts (no digest challenge); `GET /api/session` is unchanged.
#[utoipa::path(
    get,
    path = "/api/session/state",
    tag = "session",
    security(()),
    responses((status = 200, description = "`signedIn`, and when true the signed-in user as in GET /api/session", body = crate::server::openapi::answers::SessionState))
)]
async fn session_state(State(app): State<AppState>, parts: Parts) -> Response {
    let mut v = match authenticate(&app, &parts) {
        Some(a) => describe(&app, &a),
        None => json!({}),
    };
    let signed_in = v.get("user").is_some();
    if let Some(o) = v.as_object_mut() {
        o.insert("signedIn".into(), json!(signed_in));
    }
    Json(v).into_response()
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
        let parts = |pairs: &[(&'static str, &str)], own_origin: bool| {
            let mut req = axum::http::Request::new(());
            *req.headers_mut() = headers(pairs);
            req.extensions_mut().insert(super::super::guard::Seen {
                https: false,
                own_origin,
            });
            req.into_parts().0
        };
        assert!(same_origin(&parts(&[], true)));
        assert!(same_origin(&parts(
            &[("sec-fetch-site", "same-origin")],
            true
        )));
        assert!(!same_origin(&parts(&[], false)), "a foreign Origin");
        assert!(!same_origin(&parts(
            &[("sec-fetch-site", "cross-site")],
            true
        )));
        let unguarded = axum::http::Request::new(()).into_parts().0;
        assert!(!same_origin(&unguarded), "no guard, no session");
    }

    fn sessions(ttl: u64, secure: bool) -> Sessions {
        let r = Arc::new(Revocations::default());
        Sessions::new(Duration::from_secs(ttl), secure, 20, r)
    }

    #[test]
    fn sessions_end_on_expiry_password_change_and_sign_out() {
        let s = sessions(60, false);
        let t = s.create("alice", "pw1").unwrap();
        assert_eq!(s.user(&t, |_| Some("pw1".into())).as_deref(), Some("alice"));
        assert_eq!(s.user(&t, |_| Some("pw2".into())), None);
        assert_eq!(s.user(&t, |_| Some("pw1".into())), None, "removed for good");
        let t = s.create("alice", "pw1").unwrap();
        assert_eq!(s.user(&t, |_| None), None, "a deleted user");
        let t = s.create("alice", "pw1").unwrap();
        s.remove(&t);
        assert_eq!(s.user(&t, |_| Some("pw1".into())), None);
        let gone = sessions(0, false);
        let t = gone.create("alice", "pw1").unwrap();
        assert_eq!(gone.user(&t, |_| Some("pw1".into())), None);
    }

    #[test]
    fn a_session_survives_its_own_password_change_and_ends_the_others() {
        let s = sessions(60, false);
        let mine = s.create("alice", "pw1").unwrap();
        let other = s.create("alice", "pw1").unwrap();
        let bob = s.create("bob", "pw1").unwrap();
        s.expect_password(&mine, "pw2");
        assert!(s.user(&mine, |_| Some("pw1".into())).is_some(), "not yet");
        s.end_others("alice", Some(&mine));
        assert!(s.user(&mine, |_| Some("pw2".into())).is_some(), "re-keyed");
        assert!(
            s.user(&mine, |_| Some("pw1".into())).is_none(),
            "old one gone"
        );
        assert!(s.user(&other, |_| Some("pw2".into())).is_none());
        assert!(
            s.user(&bob, |_| Some("pw1".into())).is_some(),
            "bob keeps his"
        );
    }

    #[test]
    fn sign_ins_end_only_the_same_users_oldest_session() {
        let revocations = Arc::new(Revocations::default());
        let epoch = revocations.subscribe();
        let mut s = Sessions::new(Duration::from_secs(60), false, 3, revocations);
        s.max = 5;
        let pw = |_: &str| Some("pw".to_string());
        let admin = s.create("admin", "pw").unwrap();
        let first: Vec<String> = (0..3).map(|_| s.create("pub", "pw").unwrap()).collect();
        assert!(!epoch.has_changed().unwrap());
        let fourth = s.create("pub", "pw").unwrap();
        assert!(epoch.has_changed().unwrap(), "live sockets are told");
        assert!(s.user(&first[0], pw).is_none(), "the oldest went");
        assert!(s.user(&first[1], pw).is_some() && s.user(&fourth, pw).is_some());
        let carol = s.create("carol", "pw").unwrap();
        // Global cap (5) reached: a user with sessions gives up their own
        // oldest, a user without any is refused; nobody else's ends.
        assert!(s.create("dave", "pw").is_err());
        let fifth = s.create("pub", "pw").unwrap();
        assert!(s.user(&first[1], pw).is_none());
        for t in [&admin, &carol, &first[2], &fourth, &fifth] {
            assert!(s.user(t, pw).is_some());
        }
    }

    #[test]
    fn the_cookie_cannot_be_read_by_scripts_or_sent_cross_site() {
        let c = sessions(60, true).cookie("t", 60, false);
        let c = c.to_str().unwrap();
        for part in ["HttpOnly", "SameSite=Strict", "Secure", "Path=/"] {
            assert!(c.contains(part), "{c}");
        }
        let plain = sessions(60, false).cookie("t", 60, false);
        assert!(!plain.to_str().unwrap().contains("Secure"));
        let proxied = sessions(60, false).cookie("t", 60, true);
        assert!(proxied.to_str().unwrap().contains("; Secure"));
    }
}
