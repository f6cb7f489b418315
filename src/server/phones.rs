//! Phone provisioning over HTTP and the static web client.
//!
//! `GET /linphone` and `GET /polycom/<file>` serve the requesting user's own
//! files (a phone authenticates as its user); firmware and language trees are
//! shared. `PUT /polycom/<file>` lets a phone upload its logs and overrides
//! into its own MAC dir, and nowhere else.

use super::error::ApiError;
use super::user::Authed;
use super::AppState;
use crate::ops::provision::StaticLayout;
use axum::body::Bytes;
use axum::extract::{Path, Request, State};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;
use std::path::{Component, PathBuf};
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
    responses((status = 200, description = "The caller's Linphone provisioning file", content_type = "application/octet-stream", body = String), (status = 404, description = "No file for this user", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
async fn linphone(
    a: Authed,
    State(app): State<AppState>,
    req: Request,
) -> Result<Response, ApiError> {
    let layout = StaticLayout {
        root: &app.settings().static_dir,
    };
    send_file(layout.linphone(&a.user.id), req).await
}

/// Firmware and shared files a phone fetches by name.
const FIRMWARE_EXT: &[&str] = &["ld", "jpg", "wav", "ver"];
const SHARED_TREES: &[&str] = &["SoundPointIPLocalization", "Config", "languages"];

/// A relative path of plain components only.
fn plain_relative(p: &str) -> Option<PathBuf> {
    if p.is_empty() || p.contains('\0') || p.contains('\\') {
        return None;
    }
    let path = PathBuf::from(p);
    path.components()
        .all(|c| matches!(c, Component::Normal(n) if !n.to_string_lossy().starts_with('.')))
        .then_some(path)
}

/// Where a GET of `/polycom/<file>` for user `a` comes from, if anywhere.
fn polycom_source(app: &AppState, a: &Authed, file: &str) -> Option<PathBuf> {
    let layout = StaticLayout {
        root: &app.settings().static_dir,
    };
    let rel = plain_relative(file)?;
    let mut comps = rel.components();
    let first = comps.next()?.as_os_str().to_string_lossy().into_owned();
    let single = comps.next().is_none();
    if single {
        let mac = a.user.polymac.as_str();
        if mac != "none" && (first == "allprov.cfg" || first.starts_with(mac)) {
            return Some(layout.polycom_dir(mac).join(&first));
        }
        let ext = rel
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        if ext.is_some_and(|e| FIRMWARE_EXT.contains(&e.as_str())) {
            return Some(layout.polycom_ucs().join(&rel));
        }
        return None;
    }
    SHARED_TREES
        .contains(&first.as_str())
        .then(|| layout.polycom_ucs().join(&rel))
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
    let path = polycom_source(&app, &a, &file)
        .ok_or_else(|| ApiError::not_found(format!("no such file: {file}")))?;
    // Symlinks must not lead out of the provisioning tree.
    if let (Ok(real), Ok(root)) = (
        path.canonicalize(),
        app.settings().static_dir.join("polycom").canonicalize(),
    ) {
        if !real.starts_with(&root) {
            return Err(ApiError::not_found(format!("no such file: {file}")));
        }
    }
    send_file(path, req).await
}

/// Uploads go into the phone's own dir under a name that starts with its
/// MAC (`<mac>-app.log`, `<mac>-phone.cfg`, `<mac>-directory.xml`, ...).
/// Logs (`-app.log`, `-boot.log`) are appended, other files replaced;
/// both capped per file and per phone (`serve.phone_file_max`,
/// `serve.phone_dir_max`).
#[utoipa::path(
    put,
    path = "/polycom/{*file}",
    tag = "phones",
    security(("team" = []), ("friends" = []), ("public" = []), ("session" = [])),
    params(("file" = String, Path, description = "A file name, or a path below a shared tree (may hold slashes)")),
    request_body(content = String, content_type = "application/octet-stream", description = "The file's bytes"),
    responses((status = 200, description = "Stored (logs appended, other files replaced)", body = crate::server::openapi::answers::PhoneUpload), (status = 400, description = "Not a plain file name", body = crate::ops::answer::ErrorAnswer), (status = 403, description = "The user has no Polycom phone, or the name does not start with its MAC", body = crate::ops::answer::ErrorAnswer), (status = 413, description = "Over serve.phone_file_max or serve.phone_dir_max", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
async fn polycom_put(
    a: Authed,
    State(app): State<AppState>,
    Path(file): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let mac = a.user.polymac.clone();
    if mac == "none" {
        return Err(ApiError::Status(
            StatusCode::FORBIDDEN,
            "this user has no Polycom phone".into(),
        ));
    }
    let rel = plain_relative(&file).filter(|p| p.components().count() == 1);
    let Some(rel) = rel else {
        return Err(ApiError::bad_request(format!(
            "{file:?} is not a plain file name"
        )));
    };
    let name = rel.to_string_lossy().into_owned();
    if !name.starts_with(&format!("{mac}-")) {
        return Err(ApiError::Status(
            StatusCode::FORBIDDEN,
            format!("a phone may only upload files named {mac}-*"),
        ));
    }
    let dir = StaticLayout {
        root: &app.settings().static_dir,
    }
    .polycom_dir(&mac);
    let stored = {
        let name = name.clone();
        super::api::blocking(&app, move |app| {
            crate::ops::provision::store_phone_file(app.settings(), &dir, &name, &body)
        })
        .await?
    };
    if let Err(why) = stored {
        return Err(ApiError::Status(StatusCode::PAYLOAD_TOO_LARGE, why));
    }
    Ok(Json(json!({"op": "polycom/put", "done": name})).into_response())
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
        return super::console::file(path).ok_or_else(no_route);
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
