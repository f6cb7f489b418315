//! The authenticated user of a request, as an axum extractor.

use super::auth::{parse_header, Denied};
use super::error::ApiError;
use super::{client_addr, AppState};
use crate::model::UserView;
use crate::settings::{ContextDef, Role};
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use std::net::IpAddr;

/// A user who passed digest auth, with their context.
#[derive(Debug, Clone)]
pub struct Authed {
    pub user: std::sync::Arc<UserView>,
    pub ctx: ContextDef,
    /// Where the request came from (`server::client_addr`).
    pub addr: String,
    /// The console session token it came with (else it gave the password).
    pub session: Option<std::sync::Arc<str>>,
}

impl Authed {
    pub fn role(&self) -> Role {
        self.ctx.role
    }
}

impl FromRequestParts<AppState> for Authed {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        authenticate(app, parts)
    }
}

/// The console marks its requests with this header: it signs in with a page
/// of its own, so an unauthenticated answer must not carry a digest
/// challenge (browsers would open their login dialog).
pub const CONSOLE_HEADER: &str = "x-fsconn-console";

/// A session cookie, else digest auth (throttled per client address and
/// user name). Either way the client's address becomes known for the user
/// (`throttle`: a lock on the name does not stop the user there).
pub fn authenticate(app: &AppState, parts: &Parts) -> Result<Authed, ApiError> {
    if let Some(a) = super::session::authenticate(app, parts) {
        app.throttle
            .succeeded(client_addr(app, parts), &a.user.name);
        return Ok(a);
    }
    if parts.headers.contains_key(CONSOLE_HEADER) {
        return Err(ApiError::Status(
            axum::http::StatusCode::UNAUTHORIZED,
            "not signed in, or the session has ended: sign in again".into(),
        ));
    }
    let challenge = |stale| ApiError::Unauthorized {
        challenge: app.nonces.challenge(stale),
    };
    let header = parts
        .headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(parse_header)
        .ok_or_else(|| challenge(false))?;
    let client = client_addr(app, parts);
    throttled(app, client, &header.username, false)?;
    let cache = app.cache();
    let Some(user) = cache.user_by_name(&header.username) else {
        login_failed(app, client, &header.username, "digest");
        return Err(challenge(false));
    };
    let uri = parts
        .uri
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or("/");
    match app
        .nonces
        .verify(&header, &user.password, parts.method.as_str(), uri)
    {
        Ok(()) => {}
        Err(Denied::Stale) => return Err(challenge(true)),
        Err(Denied::Challenge) => return Err(challenge(false)),
        Err(Denied::WrongPassword) => {
            login_failed(app, client, &header.username, "digest");
            return Err(challenge(false));
        }
    }
    let ctx = app
        .context(&user.context)
        .cloned()
        .ok_or_else(|| challenge(false))?;
    app.throttle.succeeded(client, &user.name);
    super::access::note_user(&parts.extensions, &user.name);
    let addr = super::addr_of(app, parts);
    Ok(Authed {
        user,
        ctx,
        addr,
        session: None,
    })
}

/// 429 while the address or the name is locked out after failed logins
/// (the name's lock not for an address the user logged in from, nor when
/// `trusted`: the request carries a live session of `user`).
pub fn throttled(
    app: &AppState,
    client: IpAddr,
    user: &str,
    trusted: bool,
) -> Result<(), ApiError> {
    app.throttle
        .check(client, user, trusted)
        .map_err(|wait| ApiError::TooManyRequests {
            retry_after: wait.as_secs() + u64::from(wait.subsec_nanos() > 0),
        })
}

/// Count a failed login and log it in the one form fail2ban matches
/// (`examples/fail2ban/`). The name is Debug-quoted so it cannot forge
/// log lines; the password is never logged.
pub fn login_failed(app: &AppState, client: IpAddr, user: &str, via: &str) {
    app.throttle.fail(client, user);
    app.metrics.login_failed(via);
    tracing::warn!(target: "fsconn::auth", client = %client, user = ?user, via = %via, "login failed");
}

/// The WebSocket's `?login=NAME:PASSWORD`. The user is found by name, then
/// the password compared in constant time (the original matched by password
/// alone, so two users with the same password got each other's context).
/// `Ok(None)` is a wrong login (counted and logged).
pub fn login(app: &AppState, client: IpAddr, login: &str) -> Result<Option<Authed>, ApiError> {
    use subtle::ConstantTimeEq;
    let (name, password) = login.split_once(':').unwrap_or((login, ""));
    throttled(app, client, name, false)?;
    let found = app
        .cache()
        .user_by_name(name)
        .filter(|user| bool::from(user.password.as_bytes().ct_eq(password.as_bytes())));
    let Some(user) = found else {
        login_failed(app, client, name, "ws");
        return Ok(None);
    };
    app.throttle.succeeded(client, &user.name);
    Ok(app.context(&user.context).cloned().map(|ctx| Authed {
        user,
        ctx,
        addr: client.to_string(),
        session: None,
    }))
}

/// A user of the API role (team): `/api/*`.
pub struct TeamUser(pub Authed);

impl FromRequestParts<AppState> for TeamUser {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let a = Authed::from_request_parts(parts, app).await?;
        if a.role() == Role::ApiAllow {
            Ok(TeamUser(a))
        } else {
            Err(ApiError::WrongContext)
        }
    }
}

/// A user who may use the friends endpoints (`/friendxml`, `/fr/*`).
pub struct FriendUser(pub Authed);

impl FromRequestParts<AppState> for FriendUser {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let a = Authed::from_request_parts(parts, app).await?;
        if a.role() >= Role::Allow {
            Ok(FriendUser(a))
        } else {
            Err(ApiError::WrongContext)
        }
    }
}
