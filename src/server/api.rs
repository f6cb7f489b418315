//! `/api/*`: the team's API. Thin handlers over `ops`.

use super::error::ApiError;
use super::user::{Authed, TeamUser};
use super::AppState;
use crate::audit::Verdict;
use crate::ops::store::Target;
use crate::ops::users::items;
use crate::ops::{info, Applied, Ops, Outcome};
use crate::schema::Body;
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

/// A write by `who`: FreeSWITCH must be up; after it, the cache is rebuilt
/// and the audit log says what became of it (`what` and `args` name it there).
async fn write(
    app: &AppState,
    who: &Authed,
    what: &'static str,
    args: Value,
    op: impl FnOnce(&Ops) -> crate::Result<Outcome> + Send + 'static,
) -> Result<Response, ApiError> {
    if let Err(e) = need_freeswitch(app) {
        app.metrics.write("unknown", "unavailable");
        let verdict = Verdict::error("FreeSWITCH is not reachable");
        super::audit_async(app, who, what.into(), args, verdict).await;
        return Err(e);
    }
    let who = who.clone();
    let outcome = blocking(app, move |a| {
        let r = op(&a.ops);
        super::audit(
            a,
            &who,
            what,
            &args,
            Verdict::of_result(&r, Verdict::of_outcome),
        );
        let o = r?;
        if o.applied != Applied::NothingToDo {
            a.refresh()?;
        }
        Ok(o)
    })
    .await
    .inspect_err(|_| app.metrics.write("unknown", "error"))?;
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
    use crate::ops::users::{find, FindBy};
    use clap::ValueEnum;
    let by = FindBy::from_str(&by, false)
        .map_err(|_| ApiError::not_found(format!("no such filter: users/{by}")))?;
    Ok(Json(find(&app.cache().state, by, &s)).into_response())
}

async fn users_add(
    TeamUser(who): TeamUser,
    State(app): State<AppState>,
    JsonBody(v): JsonBody,
) -> Result<Response, ApiError> {
    let list = items(Body::UsersAdd, v.clone())
        .inspect_err(|e| refused(&app, &who, "api/users/add", &v, e))?;
    write(&app, &who, "api/users/add", v, move |ops| {
        ops.users_add(list)
    })
    .await
}

async fn users_mod(
    TeamUser(who): TeamUser,
    State(app): State<AppState>,
    JsonBody(v): JsonBody,
) -> Result<Response, ApiError> {
    let list = items(Body::UsersMod, v.clone())
        .inspect_err(|e| refused(&app, &who, "api/users/mod", &v, e))?;
    write(&app, &who, "api/users/mod", v, move |ops| {
        ops.users_mod(list)
    })
    .await
}

async fn users_del(
    TeamUser(who): TeamUser,
    State(app): State<AppState>,
    JsonBody(v): JsonBody,
) -> Result<Response, ApiError> {
    let list = items(Body::UsersDel, v.clone())
        .inspect_err(|e| refused(&app, &who, "api/users/del", &v, e))?;
    write(&app, &who, "api/users/del", v, move |ops| {
        ops.users_del(list)
    })
    .await
}

async fn users_rebuild(
    TeamUser(who): TeamUser,
    State(app): State<AppState>,
) -> Result<Response, ApiError> {
    write(&app, &who, "api/users/rebuild", Value::Null, |ops| {
        ops.users_rebuild()
    })
    .await
}

async fn users_reprov(
    TeamUser(who): TeamUser,
    State(app): State<AppState>,
) -> Result<Response, ApiError> {
    let o = blocking(&app, move |a| {
        let r = a.ops.users_reprov();
        let verdict = Verdict::of_result(&r, Verdict::of_outcome);
        super::audit(a, &who, "api/users/reprov", &Value::Null, verdict);
        r
    })
    .await?;
    Ok(Json(o.answer).into_response())
}

/// Audit a request refused before anything ran (a body that violates its schema).
fn refused(app: &AppState, who: &Authed, what: &str, args: &Value, e: &crate::Error) {
    super::audit(app, who, what, args, Verdict::error(e.to_string()));
}

async fn conferences_list(_: TeamUser, State(app): State<AppState>) -> Response {
    json_bytes(app.cache().conferences_json.clone())
}

async fn conferences_find(
    _: TeamUser,
    State(app): State<AppState>,
    Path((by, s)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    use crate::ops::conferences::{find, FindBy};
    use clap::ValueEnum;
    let by = FindBy::from_str(&by, false)
        .map_err(|_| ApiError::not_found(format!("no such filter: conferences/{by}")))?;
    Ok(Json(find(&app.cache().state, by, &s)).into_response())
}

async fn conferences_add(
    TeamUser(who): TeamUser,
    State(app): State<AppState>,
    JsonBody(v): JsonBody,
) -> Result<Response, ApiError> {
    let list = items(Body::ConferencesAdd, v.clone())
        .inspect_err(|e| refused(&app, &who, "api/conferences/add", &v, e))?;
    write(&app, &who, "api/conferences/add", v, move |ops| {
        ops.conferences_add(list)
    })
    .await
}

async fn conferences_mod(
    TeamUser(who): TeamUser,
    State(app): State<AppState>,
    JsonBody(v): JsonBody,
) -> Result<Response, ApiError> {
    let list = items(Body::ConferencesMod, v.clone())
        .inspect_err(|e| refused(&app, &who, "api/conferences/mod", &v, e))?;
    write(&app, &who, "api/conferences/mod", v, move |ops| {
        ops.conferences_mod(list)
    })
    .await
}

async fn conferences_del(
    TeamUser(who): TeamUser,
    State(app): State<AppState>,
    JsonBody(v): JsonBody,
) -> Result<Response, ApiError> {
    let list = items(Body::ConferencesDel, v.clone())
        .inspect_err(|e| refused(&app, &who, "api/conferences/del", &v, e))?;
    write(&app, &who, "api/conferences/del", v, move |ops| {
        ops.conferences_del(list)
    })
    .await
}

async fn rebuildcontacts(
    TeamUser(who): TeamUser,
    State(app): State<AppState>,
) -> Result<Response, ApiError> {
    let v = blocking(&app, move |a| {
        let r = a.ops.conferences_rebuildcontacts();
        let verdict = Verdict::of_result(&r, |_| Verdict::ok());
        super::audit(
            a,
            &who,
            "api/conferences/rebuildcontacts",
            &Value::Null,
            verdict,
        );
        r
    })
    .await?;
    Ok(Json(v).into_response())
}

async fn recordings_list(_: TeamUser, State(app): State<AppState>) -> Result<Response, ApiError> {
    Ok(Json(
        blocking(&app, |a| {
            a.ops
                .recordings_list(&a.cache().state, None, "api/recordings")
        })
        .await?,
    )
    .into_response())
}

async fn recordings_find(
    _: TeamUser,
    State(app): State<AppState>,
    Path(s): Path<String>,
) -> Result<Response, ApiError> {
    Ok(Json(
        blocking(&app, move |a| {
            a.ops.recordings_find(&a.cache().state, None, &s)
        })
        .await?,
    )
    .into_response())
}

async fn recordings_del(
    TeamUser(who): TeamUser,
    State(app): State<AppState>,
    JsonBody(v): JsonBody,
) -> Result<Response, ApiError> {
    const WHAT: &str = "api/recordings/del";
    let list =
        items(Body::RecordingsDel, v.clone()).inspect_err(|e| refused(&app, &who, WHAT, &v, e))?;
    Ok(Json(
        blocking(&app, move |a| {
            let r = a.ops.recordings_del(&a.cache().state, None, list);
            super::audit(
                a,
                &who,
                WHAT,
                &v,
                Verdict::of_result(&r, Verdict::of_answer),
            );
            r
        })
        .await?,
    )
    .into_response())
}

/// `POST /api/recordings/prune` with `{"dry_run": bool}` (default false):
/// the retention policy now.
async fn recordings_prune(
    TeamUser(who): TeamUser,
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
    let answer = blocking(&app, move |a| {
        let r = a.ops.recordings_prune(dry_run, &keep);
        if !dry_run {
            let verdict = Verdict::of_result(&r, Verdict::of_prune);
            super::audit(a, &who, "api/recordings/prune", &v, verdict);
        }
        r
    })
    .await?;
    Ok(Json(answer).into_response())
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
    TeamUser(who): TeamUser,
    State(app): State<AppState>,
    Path(t): Path<String>,
) -> Result<Response, ApiError> {
    let t = target(&t)?;
    let v = blocking(&app, move |a| {
        let r = a.ops.store(t, None, &mut || {});
        let what = format!("api/store/{}", t.name());
        let verdict = Verdict::of_result(&r, |_| Verdict::ok());
        super::audit(a, &who, &what, &Value::Null, verdict);
        r
    })
    .await?;
    Ok(Json(v).into_response())
}

async fn restore(
    TeamUser(who): TeamUser,
    State(app): State<AppState>,
    Path(t): Path<String>,
) -> Result<Response, ApiError> {
    let t = target(&t)?;
    let what = format!("api/restore/{}", t.name());
    if let Err(e) = need_freeswitch(&app) {
        let verdict = Verdict::error("FreeSWITCH is not reachable");
        super::audit_async(&app, &who, what, Value::Null, verdict).await;
        return Err(e);
    }
    let (v, applied) = blocking(&app, move |a| {
        let r = a.ops.restore(t, None);
        let verdict = Verdict::of_result(&r, |(v, _)| match v["failed"].as_str() {
            Some(f) if !f.is_empty() => Verdict {
                result: "failed",
                detail: Some(f.to_string()),
            },
            _ => Verdict::ok(),
        });
        super::audit(a, &who, &what, &Value::Null, verdict);
        let r = r?;
        a.refresh()?;
        Ok(r)
    })
    .await
    .inspect_err(|_| app.metrics.write("restore", "error"))?;
    app.metrics.write("restore", applied_label(&applied));
    Ok(with_applied(Json(v).into_response(), &applied))
}

fn meta_and_globals(app: &AppState) -> (info::Meta, serde_json::Map<String, Value>) {
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
    let cache = app.cache();
    Json(info::info_state(
        &meta,
        &globals,
        &cache.state,
        app.settings(),
    ))
    .into_response()
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
