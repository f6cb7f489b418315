//! `/api/*`: the team's API. Thin handlers over `ops`.

use super::error::ApiError;
use super::user::{Authed, TeamUser};
use super::AppState;
use crate::audit::Verdict;
use crate::ops::service::{Local, Service};
use crate::ops::store::Target;
use crate::ops::users::{self, items};
use crate::ops::{conferences, info, Applied, Keyed, Outcome};
use crate::schema::Body;
use crate::settings::ContextDef;
use axum::body::Bytes;
use axum::extract::{FromRequest, Path, Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::Value;
use tower::ServiceExt;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/users", get(users_list))
        .route("/api/users/rebuild", get(users_rebuild))
        .route("/api/users/reprov", get(users_reprov))
        .route("/api/users/add", post(users_add))
        .route("/api/users/mod", post(users_mod))
        .route("/api/users/del", post(users_del))
        .route("/api/users/{by}/{s}", get(users_find))
        .route("/api/conferences", get(conferences_list))
        .route("/api/conferences/rebuildcontacts", get(rebuildcontacts))
        .route("/api/conferences/add", post(conferences_add))
        .route("/api/conferences/mod", post(conferences_mod))
        .route("/api/conferences/del", post(conferences_del))
        .route("/api/conferences/{by}/{s}", get(conferences_find))
        .route("/api/recordings", get(recordings_list))
        .route("/api/recordings/find/{s}", get(recordings_find))
        .route("/api/recordings/del", post(recordings_del))
        .route("/api/recordings/prune", post(recordings_prune))
        .route("/api/recordings/{file}", get(recording_download))
        .route("/api/store/{target}", get(store))
        .route("/api/restore/{target}", get(restore))
        .route("/api/info", get(info_get))
        .route("/api/info/state", get(info_state))
        .route("/api/doctor", get(doctor))
        .route("/api/status", get(status))
}

/// `fsconn doctor --server`: the checks as the server's machine sees them.
async fn doctor(_: TeamUser, State(app): State<AppState>) -> Result<Response, ApiError> {
    let v = blocking(&app, |a| Ok(crate::ops::doctor::local_report(a.settings()))).await?;
    Ok(Json(v).into_response())
}

/// A JSON request body: 400 for bad JSON, 413 past the size limit.
pub struct JsonBody(pub Value);

impl<S: Send + Sync> FromRequest<S> for JsonBody {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|r| ApiError::Status(r.status(), r.body_text()))?;
        serde_json::from_slice(&bytes)
            .map(JsonBody)
            .map_err(|e| ApiError::bad_request(format!("body is not valid JSON: {e}")))
    }
}

/// Pre-serialized JSON.
pub fn json_bytes(b: Bytes) -> Response {
    ([(CONTENT_TYPE, "application/json; charset=utf-8")], b).into_response()
}

/// Run a blocking ops call off the async threads.
pub async fn blocking<T: Send + 'static>(
    app: &AppState,
    f: impl FnOnce(&AppState) -> crate::Result<T> + Send + 'static,
) -> Result<T, ApiError> {
    let a = app.clone();
    tokio::task::spawn_blocking(move || f(&a))
        .await
        .map_err(|e| ApiError::internal(format!("task failed: {e}")))?
        .map_err(ApiError::from)
}

fn need_freeswitch(app: &AppState) -> Result<(), ApiError> {
    if app.freeswitch_up() {
        Ok(())
    } else {
        Err(ApiError::unavailable(format!(
            "FreeSWITCH is not reachable at {}; this operation needs it, try again later",
            app.settings().esl_addr()
        )))
    }
}

/// Run `f` over the team's operations, off the async threads: reads
/// answer from the cache, writes are audited with the login `who`.
pub async fn call<T: Send + 'static>(
    app: &AppState,
    who: Option<Authed>,
    f: impl FnOnce(&dyn Service) -> crate::Result<T> + Send + 'static,
) -> Result<T, ApiError> {
    call_as(app, who, None, Vec::new(), f).await
}

/// [`call`] with recordings as a user of `viewer` sees them, and `keep`:
/// recordings being written (a prune keeps them).
pub async fn call_as<T: Send + 'static>(
    app: &AppState,
    who: Option<Authed>,
    viewer: Option<ContextDef>,
    keep: Vec<String>,
    f: impl FnOnce(&dyn Service) -> crate::Result<T> + Send + 'static,
) -> Result<T, ApiError> {
    blocking(app, move |a| {
        let cache = a.cache();
        let audit = |what: &str, args: &Value, verdict: Verdict| {
            if let Some(who) = &who {
                super::audit(a, who, what, args, verdict);
            }
        };
        let svc = Local::new(&a.ops, &audit)
            .cached(&cache.state)
            .viewer(viewer.as_ref())
            .keep(keep);
        f(&svc)
    })
    .await
}

/// A bulk write from a JSON body valid for `body`: FreeSWITCH must be up;
/// after it, the cache is rebuilt, and the answer says with
/// `X-Fsconn-Applied` whether FreeSWITCH confirmed it.
async fn write<D, I>(
    app: &AppState,
    who: Authed,
    what: &'static str,
    (body, v): (Body, Value),
    op: impl FnOnce(&dyn Service, Vec<I>) -> crate::Result<Outcome<D, I>> + Send + 'static,
) -> Result<Response, ApiError>
where
    D: serde::Serialize + Send + 'static,
    I: serde::Serialize + serde::de::DeserializeOwned + Keyed + Send + 'static,
{
    let list = items(body, v.clone()).inspect_err(|e| refused(app, &who, what, &v, e))?;
    write_get(app, who, what, v, move |s| op(s, list)).await
}

/// A write without a body (`v` is what the audit log records).
async fn write_get<D, I>(
    app: &AppState,
    who: Authed,
    what: &'static str,
    v: Value,
    op: impl FnOnce(&dyn Service) -> crate::Result<Outcome<D, I>> + Send + 'static,
) -> Result<Response, ApiError>
where
    D: serde::Serialize + Send + 'static,
    I: serde::Serialize + Keyed + Send + 'static,
{
    if let Err(e) = need_freeswitch(app) {
        app.metrics.write("unknown", "unavailable");
        let verdict = Verdict::error("FreeSWITCH is not reachable");
        super::audit_async(app, &who, what.into(), v, verdict).await;
        return Err(e);
    }
    let outcome = call(app, Some(who), op)
        .await
        .inspect_err(|_| app.metrics.write("unknown", "error"))?;
    if outcome.applied != Applied::NothingToDo {
        let a = app.clone();
        blocking(app, move |_| a.refresh()).await?;
    }
    app.metrics
        .write(&outcome.answer.op, applied_label(&outcome.applied));
    if let Applied::NotApplied(why) = &outcome.applied {
        tracing::warn!("{}: written but not applied: {why}", outcome.answer.op);
    }
    Ok(with_applied(
        Json(outcome.answer).into_response(),
        &outcome.applied,
    ))
}

/// `X-Fsconn-Applied: no` when the files were written but FreeSWITCH did not
/// confirm them (it loads them at its next reload); `yes` otherwise. The
/// body keeps the original's shape; remote mode turns `no` into exit 3.
fn with_applied(mut r: Response, applied: &Applied) -> Response {
    let v = if matches!(applied, Applied::NotApplied(_)) {
        "no"
    } else {
        "yes"
    };
    r.headers_mut()
        .insert("x-fsconn-applied", axum::http::HeaderValue::from_static(v));
    r
}

/// The `result` label of the write metrics.
fn applied_label(a: &Applied) -> &'static str {
    match a {
        Applied::NothingToDo => "nothing_to_do",
        Applied::Reloaded => "reloaded",
        Applied::Skipped => "skipped",
        Applied::NotApplied(_) => "not_applied",
        Applied::Rejected(_) => "rejected",
        Applied::DryRun(_) => "dry_run",
    }
}

async fn users_list(_: TeamUser, State(app): State<AppState>) -> Response {
    json_bytes(app.cache().users_json.clone())
}

async fn users_find(
    _: TeamUser,
    State(app): State<AppState>,
    Path((by, s)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let by = users::FindBy::parse(&by)
        .ok_or_else(|| ApiError::not_found(format!("no such filter: users/{by}")))?;
    answer(call(&app, None, move |svc| svc.users_find(by, &s)).await)
}

async fn users_add(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
    JsonBody(v): JsonBody,
) -> Result<Response, ApiError> {
    write(&app, w, "api/users/add", (Body::UsersAdd, v), |s, i| {
        s.users_add(i)
    })
    .await
}

async fn users_mod(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
    JsonBody(v): JsonBody,
) -> Result<Response, ApiError> {
    write(&app, w, "api/users/mod", (Body::UsersMod, v), |s, i| {
        s.users_mod(i)
    })
    .await
}

async fn users_del(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
    JsonBody(v): JsonBody,
) -> Result<Response, ApiError> {
    write(&app, w, "api/users/del", (Body::UsersDel, v), |s, i| {
        s.users_del(i)
    })
    .await
}

async fn users_rebuild(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
) -> Result<Response, ApiError> {
    write_get(&app, w, "api/users/rebuild", Value::Null, |s| {
        s.users_rebuild()
    })
    .await
}

/// Provisioning files only: FreeSWITCH need not be up, nothing is reloaded.
async fn users_reprov(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
) -> Result<Response, ApiError> {
    answer(call(&app, Some(w), |s| Ok(s.users_reprov()?.answer)).await)
}

/// Audit a request refused before anything ran (a body that violates its schema).
fn refused(app: &AppState, who: &Authed, what: &str, args: &Value, e: &crate::Error) {
    super::audit(app, who, what, args, Verdict::error(e.to_string()));
}

/// A typed answer as JSON.
fn answer<T: serde::Serialize>(r: Result<T, ApiError>) -> Result<Response, ApiError> {
    r.map(|t| Json(t).into_response())
}

async fn conferences_list(_: TeamUser, State(app): State<AppState>) -> Response {
    json_bytes(app.cache().conferences_json.clone())
}

async fn conferences_find(
    _: TeamUser,
    State(app): State<AppState>,
    Path((by, s)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let by = conferences::FindBy::parse(&by)
        .ok_or_else(|| ApiError::not_found(format!("no such filter: conferences/{by}")))?;
    answer(call(&app, None, move |svc| svc.conferences_find(by, &s)).await)
}

async fn conferences_add(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
    JsonBody(v): JsonBody,
) -> Result<Response, ApiError> {
    write(
        &app,
        w,
        "api/conferences/add",
        (Body::ConferencesAdd, v),
        |s, i| s.conferences_add(i),
    )
    .await
}

async fn conferences_mod(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
    JsonBody(v): JsonBody,
) -> Result<Response, ApiError> {
    write(
        &app,
        w,
        "api/conferences/mod",
        (Body::ConferencesMod, v),
        |s, i| s.conferences_mod(i),
    )
    .await
}

async fn conferences_del(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
    JsonBody(v): JsonBody,
) -> Result<Response, ApiError> {
    write(
        &app,
        w,
        "api/conferences/del",
        (Body::ConferencesDel, v),
        |s, i| s.conferences_del(i),
    )
    .await
}

async fn rebuildcontacts(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
) -> Result<Response, ApiError> {
    answer(call(&app, Some(w), |s| s.conferences_rebuildcontacts()).await)
}

async fn recordings_list(_: TeamUser, State(app): State<AppState>) -> Result<Response, ApiError> {
    answer(call(&app, None, |s| s.recordings_list()).await)
}

async fn recordings_find(
    _: TeamUser,
    State(app): State<AppState>,
    Path(f): Path<String>,
) -> Result<Response, ApiError> {
    answer(call(&app, None, move |s| s.recordings_find(&f)).await)
}

async fn recordings_del(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
    JsonBody(v): JsonBody,
) -> Result<Response, ApiError> {
    const WHAT: &str = "api/recordings/del";
    let list =
        items(Body::RecordingsDel, v.clone()).inspect_err(|e| refused(&app, &w, WHAT, &v, e))?;
    answer(call(&app, Some(w), |s| s.recordings_del(list)).await)
}

/// `POST /api/recordings/prune` with `{"dry_run": bool}` (default false):
/// the retention policy now.
async fn recordings_prune(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
    JsonBody(v): JsonBody,
) -> Result<Response, ApiError> {
    let dry_run = match &v {
        Value::Object(m) if m.keys().all(|k| k == "dry_run") => match m.get("dry_run") {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => return Err(ApiError::bad_request("dry_run must be true or false")),
        },
        _ => {
            return Err(ApiError::bad_request(
                "body must be {\"dry_run\": true|false}",
            ))
        }
    };
    let keep = app.live.recording_files();
    answer(
        call_as(&app, Some(w), None, keep, move |s| {
            s.recordings_prune(dry_run)
        })
        .await,
    )
}

async fn recording_download(
    _: TeamUser,
    State(app): State<AppState>,
    Path(file): Path<String>,
    req: Request,
) -> Result<Response, ApiError> {
    serve_recording(&app, None, &file, req).await
}

/// Stream a recording (with Range support) after the name checks.
pub async fn serve_recording(
    app: &AppState,
    viewer: Option<crate::settings::ContextDef>,
    file: &str,
    req: Request,
) -> Result<Response, ApiError> {
    let name = file.to_string();
    let path = blocking(app, move |a| {
        a.ops
            .recording_path(&a.cache().state, viewer.as_ref(), &name)
    })
    .await?;
    tower_http::services::ServeFile::new(path)
        .oneshot(req)
        .await
        .map(IntoResponse::into_response)
        .map_err(|e| ApiError::internal(e.to_string()))
}

fn target(s: &str) -> Result<Target, ApiError> {
    Target::parse(s).ok_or_else(|| {
        ApiError::not_found(format!(
            "{s} is not implementet (freeswitch, dialplan, conferences, directory)"
        ))
    })
}

async fn store(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
    Path(t): Path<String>,
) -> Result<Response, ApiError> {
    let t = target(&t)?;
    answer(call(&app, Some(w), move |s| s.store(t, None, &mut || {})).await)
}

async fn restore(
    TeamUser(who): TeamUser,
    State(app): State<AppState>,
    Path(t): Path<String>,
) -> Result<Response, ApiError> {
    let t = target(&t)?;
    if let Err(e) = need_freeswitch(&app) {
        let what = format!("api/restore/{}", t.name());
        let verdict = Verdict::error("FreeSWITCH is not reachable");
        super::audit_async(&app, &who, what, Value::Null, verdict).await;
        return Err(e);
    }
    let (answer, applied) = call(&app, Some(who), move |s| s.restore(t, None))
        .await
        .inspect_err(|_| app.metrics.write("restore", "error"))?;
    let a = app.clone();
    blocking(&app, move |_| a.refresh()).await?;
    app.metrics.write("restore", applied_label(&applied));
    Ok(with_applied(Json(answer).into_response(), &applied))
}

fn meta_and_globals(app: &AppState) -> (info::Meta, crate::ops::answer::Globals) {
    let meta = app.meta.lock().map(|m| m.clone()).unwrap_or_default();
    let globals = app.globals.read().map(|g| g.clone()).unwrap_or_default();
    (meta, globals)
}

async fn info_get(_: TeamUser, State(app): State<AppState>) -> Response {
    let (meta, globals) = meta_and_globals(&app);
    Json(info::info(&meta, &globals)).into_response()
}

async fn info_state(_: TeamUser, State(app): State<AppState>) -> Response {
    let (meta, globals) = meta_and_globals(&app);
    Json(info::info_state(&meta, &globals, &app.cache().state)).into_response()
}

/// The console's status page: is the event socket up, which FreeSWITCH, the
/// last `reloadxml` and its answer, and this fsconn's version.
async fn status(_: TeamUser, State(app): State<AppState>) -> Response {
    let connected = app.freeswitch_up();
    let version = match (&app.esl, connected) {
        (Some(esl), true) => esl.api("version").await.ok().map(|v| v.trim().to_string()),
        _ => None,
    };
    let meta = app.meta.lock().map(|m| m.clone()).unwrap_or_default();
    Json(serde_json::json!({
        "op": "status",
        "freeswitch": {
            "connected": connected,
            "address": app.settings().esl_addr(),
            "version": version,
        },
        "reloadxml": meta.reloadxml,
        "fsconn": { "version": env!("CARGO_PKG_VERSION") },
    }))
    .into_response()
}
