//! Phone provisioning over HTTP and the static web client.
//!
//! `GET /linphone` and `GET /polycom/<file>` serve the requesting user's own
//! files (a phone authenticates as its user); firmware and language trees are
//! shared. `PUT /polycom/<file>` lets a phone upload its logs and overrides
//! into its own MAC dir, and nowhere else. Which file is whose is decided by
//! `ops::phones`; these handlers only send and receive.

use super::error::ApiError;
use super::user::Authed;
use super::AppState;
use crate::ops::phones::{self, plain_relative, UploadRefused};
use axum::body::Bytes;
use axum::extract::{Path, Query, Request, State};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use std::path::PathBuf;
use tower::ServiceExt;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(linphone))
        .routes(routes!(polycom_get, polycom_put))
        .routes(console())
        .fallback(static_files)
}

async fn send_file(path: PathBuf, req: Request) -> Result<Response, ApiError> {
    if !path.is_file() {
        return Err(ApiError::not_found("no such file"));
    }
    tower_http::services::ServeFile::new(path)
        .oneshot(req)
        .await
        .map(IntoResponse::into_response)
        .map_err(|e| ApiError::internal(e.to_string()))
}

#[utoipa::path(
    get,
    path = "/linphone",
    tag = "phones",
    security(("team" = []), ("friends" = []), ("public" = []), ("session" = [])),
    params(LinphoneQuery),
    responses((status = 200, description = "The caller's Linphone provisioning file (or, for the team, user `user`'s; another context asking for someone else's gets 401 wrong context)", content_type = "application/octet-stream", body = String), (status = 404, description = "No file for this user", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
async fn linphone(
    a: Authed,
    State(app): State<AppState>,
    Query(q): Query<LinphoneQuery>,
    req: Request,
) -> Result<Response, ApiError> {
    let user = match q.user.as_deref() {
        None => a.user.clone(),
        Some(id) if id == a.user.id => a.user.clone(),
        Some(_) if a.role() != crate::settings::Role::ApiAllow => {
            return Err(ApiError::WrongContext);
        }
        Some(id) => app
            .cache()
            .by_name
            .values()
            .find(|u| u.id == id)
            .cloned()
            .ok_or_else(|| ApiError::not_found(format!("no user {id}")))?,
    };
    send_file(
        phones::linphone_file(&app.settings().static_dir, &user),
        req,
    )
    .await
}

#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct LinphoneQuery {
    /// A user id: the same file as that user's phone gets (the caller's
    /// own, or anyone's for the team: the console's per-user links).
    user: Option<String>,
}

#[utoipa::path(
    get,
    path = "/polycom/{*file}",
    tag = "phones",
    security(("team" = []), ("friends" = []), ("public" = []), ("session" = [])),
    params(("file" = String, Path, description = "A file name, or a path below a shared tree (may hold slashes)")),
    responses((status = 200, description = "The caller's phone file, or shared firmware and language files", content_type = "application/octet-stream", body = String), (status = 404, description = "No such file for this phone", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
async fn polycom_get(
    a: Authed,
    State(app): State<AppState>,
    Path(file): Path<String>,
    req: Request,
) -> Result<Response, ApiError> {
    let path = phones::polycom_file(&app.settings().static_dir, &a.user, &file)
        .ok_or_else(|| ApiError::not_found(format!("no such file: {file}")))?;
    send_file(path, req).await
}

/// `ops::phones::polycom_upload`, off the async threads.
#[utoipa::path(
    put,
    path = "/polycom/{*file}",
    tag = "phones",
    security(("team" = []), ("friends" = []), ("public" = []), ("session" = [])),
    params(("file" = String, Path, description = "A file name, or a path below a shared tree (may hold slashes)")),
    request_body(content = String, content_type = "application/octet-stream", description = "The file's bytes"),
    responses((status = 200, description = "Stored (logs appended, other files replaced)", body = crate::ops::phones::PolycomPut), (status = 400, description = "Not a plain file name", body = crate::ops::answer::ErrorAnswer), (status = 403, description = "The user has no Polycom phone, or the name does not start with its MAC", body = crate::ops::answer::ErrorAnswer), (status = 413, description = "Over serve.phone_file_max or serve.phone_dir_max", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
async fn polycom_put(
    a: Authed,
    State(app): State<AppState>,
    Path(file): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let stored = super::api::blocking(&app, move |app| {
        phones::polycom_upload(app.settings(), &a.user, &file, &body)
    })
    .await?;
    let status = match &stored {
        Ok(put) => return Ok(Json(put).into_response()),
        Err(UploadRefused::NotPlain(_)) => StatusCode::BAD_REQUEST,
        Err(UploadRefused::TooLarge(_)) => StatusCode::PAYLOAD_TOO_LARGE,
        Err(UploadRefused::NoPhone | UploadRefused::NotItsOwn(_)) => StatusCode::FORBIDDEN,
    };
    Err(ApiError::Status(
        status,
        stored.err().map(|e| e.to_string()).unwrap_or_default(),
    ))
}

/// `/` with the other methods answered as before it had a route: by the
/// fallback (the original's 404), not with a bare 405.
fn console() -> utoipa_axum::router::UtoipaMethodRouter<AppState> {
    let (schemas, paths, method) = routes!(console_page);
    (schemas, paths, method.fallback(static_files))
}

/// `GET /`: the web console's page (with `--web-root`, that directory's).
#[utoipa::path(
    get,
    path = "/",
    tag = "operations",
    responses((status = 200, description = "The web console (HTML); its scripts and styles are served next to it", content_type = "text/html", body = String))
)]
async fn console_page(state: State<AppState>, req: Request) -> Result<Response, ApiError> {
    static_files(state, req).await
}

/// `GET /` serves the console's `index.html` (or, with `--web-root`, that
/// directory's); other unknown GETs their files; anything else is the
/// original's 404.
async fn static_files(State(app): State<AppState>, req: Request) -> Result<Response, ApiError> {
    let no_route = || super::console::not_found(req.method().as_str(), req.uri().path());
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return Err(no_route());
    }
    let path = req.uri().path().trim_start_matches('/');
    let Some(web_root) = app.web_root.as_ref() else {
        let phone = app.phone_origin();
        return super::console::file(path, phone.as_deref()).ok_or_else(no_route);
    };
    let rel = if path.is_empty() {
        Some(PathBuf::from("index.html"))
    } else {
        plain_relative(path)
    };
    let Some(rel) = rel else {
        return Err(no_route());
    };
    let full = web_root.join(rel);
    let inside = match (full.canonicalize(), web_root.canonicalize()) {
        (Ok(real), Ok(root)) => real.starts_with(root) && real.is_file(),
        _ => false,
    };
    if !inside {
        return Err(no_route());
    }
    send_file(full, req).await
}
