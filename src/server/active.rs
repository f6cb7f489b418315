//! `/api/active`: the live conferences and their controls over plain HTTP,
//! for scripts that do not want a WebSocket.
//!
//! `GET /api/active` answers the running conferences the caller may see in
//! the live protocol's v2 shape (any context). `POST
//! /api/active/<conference>/<action>` runs one live control with the same
//! planner, validation and permissions as the WebSocket; its arguments
//! (`member`, `value`, `to`, `user`, `file`) come as a JSON object.

use super::api::JsonBody;
use super::error::ApiError;
use super::live;
use super::user::Authed;
use super::AppState;
use crate::live::control::{Control, ControlError};
use crate::live::protocol::Args;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Value};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(control))
}

#[utoipa::path(
    get,
    path = "/api/active",
    tag = "live",
    security(("team" = []), ("friends" = []), ("public" = []), ("session" = [])),
    responses((status = 200, description = "The running conferences the caller may see (live protocol v2 shape)", body = Vec<crate::server::openapi::answers::LiveConference>), crate::server::openapi::AuthErrors)
)]
async fn list(State(app): State<AppState>, who: Authed) -> Json<Value> {
    let confs = app.live.all_conferences_for(&who.ctx, app.settings());
    Json(json!(confs))
}

/// `{"conference","action","reply"}` with FreeSWITCH's answer on success;
/// the audit log records the request and its result.
#[utoipa::path(
    post,
    path = "/api/active/{conference}/{action}",
    tag = "live",
    security(("team" = []), ("friends" = []), ("public" = []), ("session" = [])),
    params(
        ("conference" = String, Path, description = "The conference name"),
        ("action" = String, Path, description = "A live control: mute, unmute, deaf, undeaf, kick, lock, unlock, energy, volin, volout, floor, hand, lowerhand, record, pause, resume, stop, transfer, dial, play"),
    ),
    request_body(content = crate::server::openapi::answers::ControlArgs),
    responses((status = 200, description = "FreeSWITCH's answer", body = crate::server::openapi::answers::ControlAnswer), (status = 403, description = "The caller's context may not use this control here", body = crate::ops::answer::ErrorAnswer), (status = 404, description = "No such running conference or member", body = crate::ops::answer::ErrorAnswer), (status = 409, description = "Already (not) recording, paused, holding the floor", body = crate::ops::answer::ErrorAnswer), (status = 502, description = "FreeSWITCH refused the command", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::Unavailable, crate::server::openapi::BodyErrors, crate::server::openapi::AuthErrors)
)]
async fn control(
    State(app): State<AppState>,
    who: Authed,
    Path((conference, action)): Path<(String, String)>,
    JsonBody(body): JsonBody,
) -> Result<Json<Value>, ApiError> {
    let result = control_result(&app, &who, &conference, &action, &body).await;
    let verdict = match &result {
        Ok(_) => crate::audit::Verdict::ok(),
        Err(ApiError::Status(_, msg)) => crate::audit::Verdict::error(msg.clone()),
        Err(_) => crate::audit::Verdict::error("refused"),
    };
    let mut args = json!({ "conference": conference });
    if let (Some(a), Some(b)) = (args.as_object_mut(), body.as_object()) {
        a.extend(b.clone());
    }
    super::audit_async(&app, &who, format!("live/{action}"), args, verdict).await;
    result
}

async fn control_result(
    app: &AppState,
    who: &Authed,
    conference: &str,
    action: &str,
    body: &Value,
) -> Result<Json<Value>, ApiError> {
    let app = app.clone();
    let obj = body
        .as_object()
        .ok_or_else(|| ApiError::bad_request("body must be a JSON object"))?;
    let args = Args::from_object(obj).map_err(|e| ApiError::bad_request(e.to_string()))?;
    let member = args.member.clone();
    let args = Args {
        member: None,
        ..args
    };
    let control = Control::parse(action, member.as_deref(), &args).map_err(refusal)?;
    let (node, plan) = live::plan_control(&app, who, conference, &control).map_err(refusal)?;
    if let Control::Transfer { to, .. } = &control {
        live::same_node(&app, node, to.as_str())
            .map_err(|e| ApiError::Status(StatusCode::CONFLICT, e))?;
    }
    super::revoke::confirm(&app, who)
        .await
        .map_err(|r| ApiError::Status(StatusCode::UNAUTHORIZED, r.close().1.to_string()))?;
    let reply = live::execute(&app, node, plan).await.map_err(|e| {
        let up = app.switches.get(node).is_some_and(|s| s.esl.is_connected());
        let status = if up {
            StatusCode::BAD_GATEWAY
        } else {
            StatusCode::SERVICE_UNAVAILABLE
        };
        ApiError::Status(status, format!("FreeSWITCH refused: {e}"))
    })?;
    Ok(Json(json!({
        "conference": conference,
        "action": control.name(),
        "reply": reply,
    })))
}

/// A planner refusal as an HTTP status with the planner's text.
fn refusal(e: ControlError) -> ApiError {
    use ControlError::*;
    let status = match &e {
        NotAllowed(_) | ControlNotAllowed { .. } => StatusCode::FORBIDDEN,
        NotRunning(_) | NoSuchMember { .. } | UnknownCall { .. } => StatusCode::NOT_FOUND,
        AlreadyRecording(_) | NotRecording(_) | AlreadyPaused(_) | NotPaused(_) | HasFloor(_) => {
            StatusCode::CONFLICT
        }
        _ => StatusCode::BAD_REQUEST,
    };
    ApiError::Status(status, e.to_string())
}
