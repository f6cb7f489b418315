//! `GET /api/audit`: the audit log for the console's Audit view (team only).
//! Reading it is not itself audited: it changes nothing.

use super::api::blocking;
use super::error::ApiError;
use super::user::Authed;
use super::AppState;
use crate::audit::{AuditQuery, Log};
use crate::settings::Role;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(audit_log))
}

/// The audit log, newest first: who, from where, what, with what result.
/// A new route (the original had none), so a user of another role is told
/// plainly that it is not theirs: 403, not the original's 401 "wrong context".
#[utoipa::path(
    get,
    path = "/api/audit",
    tag = "info",
    security(("team" = []), ("session" = [])),
    params(AuditQuery),
    responses(
        (status = 200, description = "The matching entries, newest first (at most `limit`)", body = crate::audit::AuditAnswer),
        (status = 400, description = "A query parameter that is not valid, named", body = crate::ops::answer::ErrorAnswer),
        (status = 403, description = "Signed in, but not a team user: the audit log is the team's", body = crate::ops::answer::ErrorAnswer),
        crate::server::openapi::AuthErrors
    )
)]
async fn audit_log(
    who: Authed,
    State(app): State<AppState>,
    q: Result<Query<AuditQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    if who.role() != Role::ApiAllow {
        return Err(crate::Error::Forbidden(format!(
            "the audit log is for team users; {} is a user of {}",
            who.user.name, who.ctx.name
        ))
        .into());
    }
    let q = super::api::query(q)?;
    let answer = blocking(&app, move |a| Log::new(a.settings().audit_log()).query(&q)).await?;
    Ok(Json(answer).into_response())
}
