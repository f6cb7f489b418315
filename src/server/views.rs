//! What every known user may ask: `/userinfo`, the reduced states
//! `/friendxml` and `/pubxml` (built by `ops::views`, served from the
//! cache), and the friends' recordings `/fr/*`.

use super::api::{call_as, json_bytes, serve_recording, JsonBody};
use super::error::ApiError;
use super::user::{Authed, FriendUser};
use super::AppState;
use crate::ops::users::items;
use crate::schema::Body;
use axum::extract::{Path, Request, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/userinfo", get(userinfo))
        .route("/friendxml", get(friendxml))
        .route("/pubxml", get(pubxml))
        .route("/fr/friendsrec", get(friendsrec))
        .route("/fr/friendsrec/{file}", get(friendsrec_download))
        .route("/fr/delfriendsrec", post(delfriendsrec))
}

async fn userinfo(a: Authed, State(app): State<AppState>) -> Response {
    // Read under the lock: the map can hold a hundred entries.
    let answer = match app.globals.read() {
        Ok(globals) => crate::ops::views::userinfo(&a.user, &globals),
        Err(_) => crate::ops::views::userinfo(&a.user, &Default::default()),
    };
    Json(answer).into_response()
}

async fn friendxml(_: FriendUser, State(app): State<AppState>) -> Response {
    json_bytes(app.cache().friendxml.clone())
}

async fn pubxml(_: Authed, State(app): State<AppState>) -> Response {
    json_bytes(app.cache().pubxml.clone())
}

async fn friendsrec(
    FriendUser(a): FriendUser,
    State(app): State<AppState>,
) -> Result<Response, ApiError> {
    let list = call_as(&app, None, Some(a.ctx), Vec::new(), |s| s.recordings_list());
    Ok(Json(list.await?).into_response())
}

async fn friendsrec_download(
    FriendUser(a): FriendUser,
    State(app): State<AppState>,
    Path(file): Path<String>,
    req: Request,
) -> Result<Response, ApiError> {
    serve_recording(&app, Some(a.ctx), &file, req).await
}

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
