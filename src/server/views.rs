//! What every known user may ask: `/userinfo`, the reduced states
//! `/friendxml` and `/pubxml` (built by `ops::views`, served from the
//! cache), and the friends' recordings `/fr/*`.

use super::api::{call_as, json_bytes, serve_recording, JsonBody};
use super::error::ApiError;
use super::user::{Authed, FriendUser};
use super::AppState;
use crate::ops::recordings::RecordingsQuery;
use crate::ops::users::items;
use crate::schema::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, Request, State};
use axum::http::header::CACHE_CONTROL;
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Response};
use axum::Json;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(userinfo))
        .routes(routes!(phone))
        .routes(routes!(friendxml))
        .routes(routes!(pubxml))
        .routes(routes!(friendsrec))
        .routes(routes!(friendsrec_download))
        .routes(routes!(delfriendsrec))
}

#[utoipa::path(
    get,
    path = "/userinfo",
    tag = "views",
    security(("team" = []), ("friends" = []), ("public" = []), ("session" = [])),
    responses((status = 200, description = "The caller's own user with the ports a phone needs", body = crate::ops::answer::UserInfoAnswer), crate::server::openapi::AuthErrors)
)]
async fn userinfo(a: Authed, State(app): State<AppState>) -> Response {
    // Read under the lock: the map can hold a hundred entries.
    let answer = match app.globals.read() {
        Ok(globals) => crate::ops::views::userinfo(&a.user, &globals),
        Err(_) => crate::ops::views::userinfo(&a.user, &Default::default()),
    };
    Json(answer).into_response()
}

/// The console's phone: the caller's own SIP credentials, over the session
/// the console already holds (the browser does not keep the password), so
/// never stored by a cache.
#[utoipa::path(
    get,
    path = "/api/phone",
    tag = "views",
    security(("team" = []), ("friends" = []), ("public" = []), ("session" = [])),
    responses((status = 200, description = "The caller's SIP user, password and conference PIN, where to register (or why the server offers no phone), and the conferences the caller may enter. `Cache-Control: no-store`.", body = crate::ops::phone::PhoneAnswer), crate::server::openapi::AuthErrors)
)]
async fn phone(a: Authed, State(app): State<AppState>) -> Response {
    let cache = app.cache();
    let answer = match app.globals.read() {
        Ok(g) => crate::ops::phone::phone(&a.user, &cache.state, &g, app.settings()),
        Err(_) => {
            crate::ops::phone::phone(&a.user, &cache.state, &Default::default(), app.settings())
        }
    };
    let mut r = Json(answer).into_response();
    r.headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

#[utoipa::path(
    get,
    path = "/friendxml",
    tag = "views",
    security(("team" = []), ("friends" = []), ("session" = [])),
    responses((status = 200, description = "Users (with email) and the conferences friends may see", body = crate::ops::views::ReducedAnswer), crate::server::openapi::AuthErrors)
)]
async fn friendxml(_: FriendUser, State(app): State<AppState>) -> Response {
    json_bytes(app.cache().friendxml.clone())
}

#[utoipa::path(
    get,
    path = "/pubxml",
    tag = "views",
    security(("team" = []), ("friends" = []), ("public" = []), ("session" = [])),
    responses((status = 200, description = "Users (name, id, context) and the public conferences", body = crate::ops::views::ReducedAnswer), crate::server::openapi::AuthErrors)
)]
async fn pubxml(_: Authed, State(app): State<AppState>) -> Response {
    json_bytes(app.cache().pubxml.clone())
}

#[utoipa::path(
    get,
    path = "/fr/friendsrec",
    tag = "recordings",
    security(("team" = []), ("friends" = []), ("session" = [])),
    params(crate::ops::recordings::RecordingsQuery),
    responses((status = 200, description = "The recordings of the conferences the caller's role may see (without a query parameter exactly the original's `{op, files}`)", body = crate::ops::answer::RecordingsAnswer), (status = 400, description = "A query parameter that is not valid, named", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
async fn friendsrec(
    FriendUser(a): FriendUser,
    State(app): State<AppState>,
    q: Result<Query<RecordingsQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let q = super::api::recordings_query(q)?;
    if q.is_plain() {
        let list = call_as(&app, None, Some(a.ctx), Vec::new(), |s| s.recordings_list());
        return Ok(Json(list.await?).into_response());
    }
    let running = app.live.recording_files();
    let list = call_as(&app, None, Some(a.ctx), running, move |s| {
        s.recordings_query(&q)
    });
    Ok(Json(list.await?).into_response())
}

#[utoipa::path(
    get,
    path = "/fr/friendsrec/{file}",
    tag = "recordings",
    security(("team" = []), ("friends" = []), ("session" = [])),
    params(("file" = String, Path, description = "The file name as listed")),
    responses((status = 200, description = "The file (Range requests are answered with 206)", content_type = "application/octet-stream", body = String), (status = 206, description = "The requested range", content_type = "application/octet-stream", body = String), (status = 400, description = "Not a plain recording file name", body = crate::ops::answer::ErrorAnswer), (status = 404, description = "No such recording, or not one the caller may see", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
async fn friendsrec_download(
    FriendUser(a): FriendUser,
    State(app): State<AppState>,
    Path(file): Path<String>,
    req: Request,
) -> Result<Response, ApiError> {
    let r = serve_recording(&app, Some(a.ctx.clone()), &file, req).await?;
    Ok(super::revoke::revocable(&app, a, r))
}

#[utoipa::path(
    post,
    path = "/fr/delfriendsrec",
    tag = "recordings",
    security(("team" = []), ("friends" = []), ("session" = [])),
    request_body(content = Vec<crate::ops::recordings::DelRecording>, description = "Recordings to delete, by file name"),
    responses((status = 200, description = "Files deleted and failed (only those the caller may see)", body = crate::ops::answer::RecordingsDelAnswer), crate::server::openapi::BodyErrors, crate::server::openapi::AuthErrors)
)]
async fn delfriendsrec(
    FriendUser(a): FriendUser,
    State(app): State<AppState>,
    JsonBody(v): JsonBody,
) -> Result<Response, ApiError> {
    let list = items(Body::RecordingsDel, v.clone()).inspect_err(|e| {
        let verdict = crate::audit::Verdict::error(e.to_string());
        super::audit(&app, &a, "fr/delfriendsrec", &v, verdict)
    })?;
    let ctx = Some(a.ctx.clone());
    let done = call_as(&app, Some(a), ctx, Vec::new(), |s| s.recordings_del(list));
    Ok(Json(done.await?).into_response())
}
