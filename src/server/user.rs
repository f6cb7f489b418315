//! The authenticated user of a request, as an axum extractor.

use super::auth::{parse_header, Denied};
use super::error::ApiError;
use super::AppState;
use crate::model::UserView;
use crate::settings::{ContextDef, Role};
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;

/// A user who passed digest auth, with their context.
#[derive(Debug, Clone)]
pub struct Authed {
    pub user: std::sync::Arc<UserView>,
    pub ctx: ContextDef,
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

/// A session cookie, else digest auth.
pub fn authenticate(app: &AppState, parts: &Parts) -> Result<Authed, ApiError> {
    if let Some(a) = super::session::authenticate(app, parts) {
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
    let cache = app.cache();
    let user = cache.user_by_name(&header.username).ok_or_else(|| {
        app.metrics.login_failed("digest");
        challenge(false)
    })?;
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
        Err(Denied::Challenge) => {
            app.metrics.login_failed("digest");
            return Err(challenge(false));
        }
    }
    let ctx = app
        .context(&user.context)
        .cloned()
        .ok_or_else(|| challenge(false))?;
    super::access::note_user(&parts.extensions, &user.name);
    Ok(Authed { user, ctx })
}

/// The WebSocket's `?login=NAME:PASSWORD`. The user is found by name, then
/// the password compared in constant time (the original matched by password
/// alone, so two users with the same password got each other's context).
pub fn login(app: &AppState, login: &str) -> Option<Authed> {
    use subtle::ConstantTimeEq;
    let (name, password) = login.split_once(':')?;
    let user = app.cache().user_by_name(name)?;
    if !bool::from(user.password.as_bytes().ct_eq(password.as_bytes())) {
        return None;
    }
    let ctx = app.context(&user.context).cloned()?;
    Some(Authed { user, ctx })
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
