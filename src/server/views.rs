//! What every known user may ask: `/userinfo`, the reduced states
//! `/friendxml` and `/pubxml`, and the friends' recordings `/fr/*`.

use super::api::{call_as, json_bytes, serve_recording, JsonBody};
use super::error::ApiError;
use super::user::{Authed, FriendUser};
use super::AppState;
use crate::fsconf::State as FsState;
use crate::model::ConferenceView;
use crate::ops::answer::UserInfoAnswer;
use crate::ops::users::items;
use crate::schema::Body;
use crate::settings::{Role, Settings};
use axum::extract::{Path, Request, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/userinfo", get(userinfo))
        .route("/friendxml", get(friendxml))
        .route("/pubxml", get(pubxml))
        .route("/fr/friendsrec", get(friendsrec))
        .route("/fr/friendsrec/{file}", get(friendsrec_download))
        .route("/fr/delfriendsrec", post(delfriendsrec))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reduced {
    Friends,
    Public,
}

/// `/friendxml` and `/pubxml`: no passwords, pins or MACs (and no emails for
/// public); only the conferences that role may see.
pub fn reduced_state(state: &FsState, settings: &Settings, which: Reduced) -> Value {
    let role = match which {
        Reduced::Friends => Role::Allow,
        Reduced::Public => Role::Disallow,
    };
    let users: Vec<Value> = state
        .users
        .iter()
        .map(|u| {
            let v = state.present(u);
            match which {
                Reduced::Friends => {
                    json!({"name": v.name, "id": v.id, "email": v.email, "context": v.context})
                }
                Reduced::Public => json!({"name": v.name, "id": v.id, "context": v.context}),
            }
        })
        .collect();
    let conferences: Vec<ConferenceView> = state
        .conferences
        .iter()
        .filter(|c| {
            settings
                .context(&c.context)
                .is_some_and(|ctx| ctx.role <= role)
        })
        .map(ConferenceView::from)
        .collect();
    let op = match which {
        Reduced::Friends => "/friendxml",
        Reduced::Public => "/pubxml",
    };
    json!({ "op": op, "state": { "users": users, "conferences": conferences, "conferencetypes": state.conftypes } })
}

async fn userinfo(a: Authed, State(app): State<AppState>) -> Response {
    // Only the two globals a phone needs, read under the lock (the map can
    // hold a hundred entries).
    let global = |key: &str| {
        let g = app.globals.read();
        g.ok().and_then(|g| g.get(key).cloned()).unwrap_or_default()
    };
    Json(UserInfoAnswer {
        user: (*a.user).clone(),
        wss_binding: global("wss_binding"),
        internal_tls_port: global("internal_tls_port"),
    })
    .into_response()
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
