//! Backups for the console and new clients: store and restore as POST
//! (the original's GET routes stay as they were), the kept generations
//! listed, downloaded, previewed, and uploaded through every restore check.
//! Unlike the GET routes, a POST restore that did not happen answers 422
//! with the reason, so a client cannot mistake it for a success.

use super::api::{blocking, call, run_restore, target, with_applied};
use super::error::ApiError;
use super::user::TeamUser;
use super::AppState;
use crate::audit::Verdict;
use crate::ops::answer::{BackupPreview, BackupsAnswer, RestoreAnswer, StoreAnswer};
use axum::body::Bytes;
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use tower::ServiceExt;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(store_post))
        .routes(routes!(restore_post))
        .routes(routes!(backups_list, backup_upload))
        .routes(routes!(backup_download))
        .routes(routes!(backup_preview))
}

#[utoipa::path(
    post,
    path = "/api/store/{target}",
    tag = "config",
    security(("team" = []), ("session" = [])),
    params(("target" = String, Path, description = "freeswitch, dialplan, conferences or directory")),
    responses((status = 200, description = "The archive written, and kept as a new generation", body = StoreAnswer), (status = 404, description = "No such target", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
async fn store_post(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
    Path(t): Path<String>,
) -> Result<Response, ApiError> {
    let t = target(&t)?;
    let a = call(&app, Some(w), move |s| s.store(t, None, &mut || {})).await?;
    Ok(Json(a).into_response())
}

/// `POST /api/restore/{target}`'s optional body.
#[derive(Debug, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RestoreRequest {
    /// A kept generation (its name from `GET /api/backups`); the current
    /// archive when absent.
    pub backup: Option<String>,
}

#[utoipa::path(
    post,
    path = "/api/restore/{target}",
    tag = "config",
    security(("team" = []), ("session" = [])),
    params(("target" = String, Path, description = "freeswitch, dialplan, conferences or directory")),
    request_body(content = Option<RestoreRequest>, description = "Which generation to restore (none: the current archive)"),
    responses((status = 200, description = "The archive restored", body = RestoreAnswer, headers(("x-fsconn-applied" = String, description = "yes, or no when FreeSWITCH did not confirm"))), (status = 422, description = "Not restored: `failed` says why, nothing changed", body = RestoreAnswer), (status = 404, description = "No such target or backup", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::Unavailable, crate::server::openapi::BodyErrors, crate::server::openapi::AuthErrors)
)]
async fn restore_post(
    TeamUser(who): TeamUser,
    State(app): State<AppState>,
    Path(t): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let t = target(&t)?;
    let req: RestoreRequest = if body.iter().all(u8::is_ascii_whitespace) {
        RestoreRequest::default()
    } else {
        serde_json::from_slice(&body).map_err(|e| {
            ApiError::bad_request(format!("body: {e} (expected {{\"backup\": NAME}})"))
        })?
    };
    let from = match req.backup {
        None => None,
        Some(name) => {
            let (of, path) = blocking(&app, move |a| a.ops.backup_path(&name)).await?;
            if of != t {
                return Err(ApiError::bad_request(format!(
                    "backup: it holds {}, not {}",
                    of.name(),
                    t.name()
                )));
            }
            Some(path)
        }
    };
    let (answer, applied) = run_restore(&app, who, t, from).await?;
    let status = if answer.failed.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(with_applied(
        (status, Json(answer)).into_response(),
        &applied,
    ))
}

#[utoipa::path(
    get,
    path = "/api/backups",
    tag = "config",
    security(("team" = []), ("session" = [])),
    responses((status = 200, description = "The kept generations, newest first", body = BackupsAnswer), crate::server::openapi::AuthErrors)
)]
async fn backups_list(_: TeamUser, State(app): State<AppState>) -> Result<Response, ApiError> {
    let a = blocking(&app, |a| a.ops.backups()).await?;
    Ok(Json(a).into_response())
}

/// `POST /api/backups?target=X`'s query.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UploadQuery {
    /// The tree the archive holds: freeswitch, dialplan, conferences or directory
    pub target: String,
}

#[utoipa::path(
    post,
    path = "/api/backups",
    tag = "config",
    security(("team" = []), ("session" = [])),
    params(UploadQuery),
    request_body(content = Vec<u8>, content_type = "application/gzip", description = "A .tar.gz of the tree"),
    responses((status = 200, description = "Kept as a new generation; what restoring it would change", body = BackupPreview), (status = 422, description = "Refused by the restore checks (`failed` says why); nothing kept", body = BackupPreview), (status = 404, description = "No such target", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::BodyErrors, crate::server::openapi::AuthErrors)
)]
async fn backup_upload(
    TeamUser(who): TeamUser,
    State(app): State<AppState>,
    Query(q): Query<UploadQuery>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let t = target(&q.target)?;
    let p = blocking(&app, move |a| a.ops.backup_upload(t, &body)).await?;
    let verdict = if p.failed.is_empty() {
        Verdict::ok()
    } else {
        Verdict::error(&p.failed)
    };
    let args = serde_json::json!({ "target": t.name(), "name": p.name });
    super::audit_async(&app, &who, "api/backups/upload".into(), args, verdict).await;
    Ok(preview_response(p))
}

fn preview_response(p: BackupPreview) -> Response {
    let status = if p.failed.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    (status, Json(p)).into_response()
}

#[utoipa::path(
    get,
    path = "/api/backups/{name}",
    tag = "config",
    security(("team" = []), ("session" = [])),
    params(("name" = String, Path, description = "A generation's name from `GET /api/backups`")),
    responses((status = 200, description = "The archive", content_type = "application/gzip", body = Vec<u8>), (status = 404, description = "No such backup", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
async fn backup_download(
    _: TeamUser,
    State(app): State<AppState>,
    Path(name): Path<String>,
    req: Request,
) -> Result<Response, ApiError> {
    let n = name.clone();
    let (_, path) = blocking(&app, move |a| a.ops.backup_path(&n)).await?;
    let mut r = tower_http::services::ServeFile::new(path)
        .oneshot(req)
        .await
        .map(IntoResponse::into_response)
        .map_err(|e| ApiError::internal(e.to_string()))?;
    let disposition = format!("attachment; filename=\"{name}\"");
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(r)
}

#[utoipa::path(
    get,
    path = "/api/backups/{name}/preview",
    tag = "config",
    security(("team" = []), ("session" = [])),
    params(("name" = String, Path, description = "A generation's name from `GET /api/backups`")),
    responses((status = 200, description = "What restoring it would change (every restore check made, nothing written)", body = BackupPreview), (status = 422, description = "A restore of it would be refused (`failed` says why)", body = BackupPreview), (status = 404, description = "No such backup", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
async fn backup_preview(
    _: TeamUser,
    State(app): State<AppState>,
    Path(name): Path<String>,
) -> Result<Response, ApiError> {
    let p = blocking(&app, move |a| a.ops.backup_preview(&name)).await?;
    Ok(preview_response(p))
}
