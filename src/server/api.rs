//! `/api/*`: the team's API. Thin handlers over `ops`.

use super::error::ApiError;
use super::user::{Authed, TeamUser};
use super::AppState;
use crate::audit::Verdict;
use crate::ops::recordings::RecordingsQuery;
use crate::ops::service::{Local, Service};
use crate::ops::store::Target;
use crate::ops::users::{self, items};
use crate::ops::{conferences, info, Applied, Keyed, Outcome};
use crate::schema::Body;
use crate::settings::ContextDef;
use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{FromRequest, Path, Query, Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::Value;
use tower::ServiceExt;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(users_list))
        .routes(routes!(users_rebuild))
        .routes(routes!(users_reprov))
        .routes(routes!(users_add))
        .routes(routes!(users_mod))
        .routes(routes!(users_del))
        .routes(routes!(users_find))
        .routes(routes!(conferences_list))
        .routes(routes!(rebuildcontacts))
        .routes(routes!(conferences_add))
        .routes(routes!(conferences_mod))
        .routes(routes!(conferences_del))
        .routes(routes!(conferences_find))
        .routes(routes!(conferences_settings_list, conferences_settings))
        .routes(routes!(recordings_list))
        .routes(routes!(recordings_find))
        .routes(routes!(recordings_del))
        .routes(routes!(recordings_prune))
        .routes(routes!(recording_download))
        .routes(routes!(store))
        .routes(routes!(restore))
        .routes(routes!(info_get))
        .routes(routes!(info_state))
        .routes(routes!(doctor))
        .routes(routes!(status))
}

/// `fsconn doctor --server`: the checks as the server's machine sees them.
#[utoipa::path(
    get,
    path = "/api/doctor",
    tag = "info",
    security(("team" = []), ("session" = [])),
    responses((status = 200, description = "The checks of `fsconn doctor` as the server's machine sees them", body = crate::ops::doctor::Report), crate::server::openapi::AuthErrors)
)]
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

pub fn need_freeswitch(app: &AppState) -> Result<(), ApiError> {
    if app.freeswitch_up() {
        return Ok(());
    }
    let at = match app.is_cluster() {
        false => app.settings().esl_addr(),
        true => {
            let nodes: Vec<String> = app.switches.iter().map(super::Switch::label).collect();
            format!("any node ({})", nodes.join(", "))
        }
    };
    Err(ApiError::unavailable(format!(
        "FreeSWITCH is not reachable at {at}; this operation needs it, try again later"
    )))
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
pub(super) fn with_applied(mut r: Response, applied: &Applied) -> Response {
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

#[utoipa::path(
    get,
    path = "/api/users",
    tag = "users",
    security(("team" = []), ("session" = [])),
    responses((status = 200, description = "All users", body = crate::ops::answer::UsersAnswer), crate::server::openapi::AuthErrors)
)]
async fn users_list(_: TeamUser, State(app): State<AppState>) -> Response {
    json_bytes(app.cache().users_json.clone())
}

#[utoipa::path(
    get,
    path = "/api/users/{by}/{s}",
    tag = "users",
    security(("team" = []), ("session" = [])),
    params(
        ("by" = String, Path, description = "byid, byname, bycontext, bypolymac, byemail or match"),
        ("s" = String, Path, description = "The text to look for"),
    ),
    responses((status = 200, description = "The users whose field starts with `s` (`byemail`, `match`: contains it)", body = crate::ops::answer::UsersFindAnswer), (status = 404, description = "No such filter", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
async fn users_find(
    _: TeamUser,
    State(app): State<AppState>,
    Path((by, s)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let by = users::FindBy::parse(&by)
        .ok_or_else(|| ApiError::not_found(format!("no such filter: users/{by}")))?;
    answer(call(&app, None, move |svc| svc.users_find(by, &s)).await)
}

#[utoipa::path(
    post,
    path = "/api/users/add",
    tag = "users",
    security(("team" = []), ("session" = [])),
    request_body(content = Vec<crate::ops::users::AddUser>, description = "Users to add (ids are assigned)"),
    responses((status = 200, description = "Done and failed items; X-Fsconn-Applied says whether FreeSWITCH confirmed the change", body = crate::ops::answer::UsersAddAnswer, headers(("x-fsconn-applied" = String, description = "yes, or no when the files were written but FreeSWITCH did not confirm them"))), crate::server::openapi::BodyErrors, crate::server::openapi::Unavailable, crate::server::openapi::AuthErrors)
)]
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

#[utoipa::path(
    post,
    path = "/api/users/mod",
    tag = "users",
    security(("team" = []), ("session" = [])),
    request_body(content = Vec<crate::ops::users::ModUser>, description = "Users to change, by id; missing fields keep their value except password (new one generated) and polymac (none)"),
    responses((status = 200, description = "Done and failed items; X-Fsconn-Applied says whether FreeSWITCH confirmed the change", body = crate::ops::answer::UsersModAnswer, headers(("x-fsconn-applied" = String, description = "yes, or no when the files were written but FreeSWITCH did not confirm them"))), crate::server::openapi::BodyErrors, crate::server::openapi::Unavailable, crate::server::openapi::AuthErrors)
)]
async fn users_mod(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
    JsonBody(mut v): JsonBody,
) -> Result<Response, ApiError> {
    super::account::keep_own_session(&app, &w, &mut v);
    write(&app, w, "api/users/mod", (Body::UsersMod, v), |s, i| {
        s.users_mod(i)
    })
    .await
}

#[utoipa::path(
    post,
    path = "/api/users/del",
    tag = "users",
    security(("team" = []), ("session" = [])),
    request_body(content = Vec<crate::ops::users::DelUser>, description = "Users to delete, by id"),
    responses((status = 200, description = "Done and failed items; X-Fsconn-Applied says whether FreeSWITCH confirmed the change", body = crate::ops::answer::UsersDelAnswer, headers(("x-fsconn-applied" = String, description = "yes, or no when the files were written but FreeSWITCH did not confirm them"))), crate::server::openapi::BodyErrors, crate::server::openapi::Unavailable, crate::server::openapi::AuthErrors)
)]
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

#[utoipa::path(
    get,
    path = "/api/users/rebuild",
    tag = "users",
    security(("team" = []), ("session" = [])),
    responses((status = 200, description = "Every user file rewritten from its template", body = crate::ops::answer::UsersRewriteAnswer, headers(("x-fsconn-applied" = String, description = "yes, or no when FreeSWITCH did not confirm"))), crate::server::openapi::Unavailable, crate::server::openapi::AuthErrors)
)]
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
#[utoipa::path(
    get,
    path = "/api/users/reprov",
    tag = "users",
    security(("team" = []), ("session" = [])),
    responses((status = 200, description = "Phone provisioning files rewritten for every user", body = crate::ops::answer::UsersRewriteAnswer), crate::server::openapi::AuthErrors)
)]
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

#[utoipa::path(
    get,
    path = "/api/conferences",
    tag = "conferences",
    security(("team" = []), ("session" = [])),
    responses((status = 200, description = "All conferences", body = crate::ops::answer::ConferencesAnswer), crate::server::openapi::AuthErrors)
)]
async fn conferences_list(_: TeamUser, State(app): State<AppState>) -> Response {
    json_bytes(app.cache().conferences_json.clone())
}

#[utoipa::path(
    get,
    path = "/api/conferences/{by}/{s}",
    tag = "conferences",
    security(("team" = []), ("session" = [])),
    params(
        ("by" = String, Path, description = "bynum, bytype, bycontext or byname"),
        ("s" = String, Path, description = "The text to look for"),
    ),
    responses((status = 200, description = "The conferences whose field starts with `s`", body = crate::ops::answer::ConferencesFound), (status = 404, description = "No such filter", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
async fn conferences_find(
    _: TeamUser,
    State(app): State<AppState>,
    Path((by, s)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let by = conferences::FindBy::parse(&by)
        .ok_or_else(|| ApiError::not_found(format!("no such filter: conferences/{by}")))?;
    answer(call(&app, None, move |svc| svc.conferences_find(by, &s)).await)
}

#[utoipa::path(
    post,
    path = "/api/conferences/add",
    tag = "conferences",
    security(("team" = []), ("session" = [])),
    request_body(content = Vec<crate::ops::conferences::AddConference>, description = "Conferences to add (numbers are assigned)"),
    responses((status = 200, description = "Done and failed items; X-Fsconn-Applied says whether FreeSWITCH confirmed the change", body = crate::ops::answer::ConferencesAddAnswer, headers(("x-fsconn-applied" = String, description = "yes, or no when the files were written but FreeSWITCH did not confirm them"))), crate::server::openapi::BodyErrors, crate::server::openapi::Unavailable, crate::server::openapi::AuthErrors)
)]
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

#[utoipa::path(
    post,
    path = "/api/conferences/mod",
    tag = "conferences",
    security(("team" = []), ("session" = [])),
    request_body(content = Vec<crate::ops::conferences::ModConference>, description = "Conferences to change, by num"),
    responses((status = 200, description = "Done and failed items; X-Fsconn-Applied says whether FreeSWITCH confirmed the change", body = crate::ops::answer::ConferencesModAnswer, headers(("x-fsconn-applied" = String, description = "yes, or no when the files were written but FreeSWITCH did not confirm them"))), crate::server::openapi::BodyErrors, crate::server::openapi::Unavailable, crate::server::openapi::AuthErrors)
)]
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

#[utoipa::path(
    get,
    path = "/api/conferences/settings",
    tag = "conferences",
    security(("team" = []), ("session" = [])),
    responses((status = 200, description = "Every conference with its own settings (PINs, maximum members, wait for a moderator, announcements, automatic recording, mute on entry)", body = crate::ops::answer::ConferenceSettingsAnswer), crate::server::openapi::AuthErrors)
)]
async fn conferences_settings_list(
    _: TeamUser,
    State(app): State<AppState>,
) -> Result<Response, ApiError> {
    answer(call(&app, None, |svc| svc.conferences_settings_list()).await)
}

#[utoipa::path(
    post,
    path = "/api/conferences/settings",
    tag = "conferences",
    security(("team" = []), ("session" = [])),
    request_body(content = Vec<crate::confsettings::ConferenceSettingsChange>, description = "Settings to change, by num; fields left out stay, an empty PIN or a max_members of 0 clears"),
    responses((status = 200, description = "Done and failed items; X-Fsconn-Applied says whether FreeSWITCH confirmed the change", body = crate::ops::answer::ConferencesSettingsWriteAnswer, headers(("x-fsconn-applied" = String, description = "yes, or no when the files were written but FreeSWITCH did not confirm them"))), crate::server::openapi::BodyErrors, crate::server::openapi::Unavailable, crate::server::openapi::AuthErrors)
)]
async fn conferences_settings(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
    JsonBody(v): JsonBody,
) -> Result<Response, ApiError> {
    write(
        &app,
        w,
        "api/conferences/settings",
        (Body::ConferencesSettings, v),
        |s, i| s.conferences_settings(i),
    )
    .await
}

#[utoipa::path(
    post,
    path = "/api/conferences/del",
    tag = "conferences",
    security(("team" = []), ("session" = [])),
    request_body(content = Vec<crate::ops::conferences::DelConference>, description = "Conferences to delete, by num"),
    responses((status = 200, description = "Done and failed items; X-Fsconn-Applied says whether FreeSWITCH confirmed the change", body = crate::ops::answer::ConferencesDelAnswer, headers(("x-fsconn-applied" = String, description = "yes, or no when the files were written but FreeSWITCH did not confirm them"))), crate::server::openapi::BodyErrors, crate::server::openapi::Unavailable, crate::server::openapi::AuthErrors)
)]
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

#[utoipa::path(
    get,
    path = "/api/conferences/rebuildcontacts",
    tag = "conferences",
    security(("team" = []), ("session" = [])),
    responses((status = 200, description = "The phones' contact lists rewritten", body = crate::ops::answer::RebuildContactsAnswer), crate::server::openapi::AuthErrors)
)]
async fn rebuildcontacts(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
) -> Result<Response, ApiError> {
    answer(call(&app, Some(w), |s| s.conferences_rebuildcontacts()).await)
}

#[utoipa::path(
    get,
    path = "/api/recordings",
    tag = "recordings",
    security(("team" = []), ("session" = [])),
    params(crate::ops::recordings::RecordingsQuery),
    responses((status = 200, description = "Every recording (without a query parameter exactly the original's `{op, files}`)", body = crate::ops::answer::RecordingsAnswer), (status = 400, description = "A query parameter that is not valid, named", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
async fn recordings_list(
    _: TeamUser,
    State(app): State<AppState>,
    q: Result<Query<RecordingsQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let q = recordings_query(q)?;
    if q.is_plain() {
        return answer(call(&app, None, |s| s.recordings_list()).await);
    }
    let running = app.live.recording_files();
    answer(call_as(&app, None, None, running, move |s| s.recordings_query(&q)).await)
}

/// The opt-in query of the recordings lists, or a 400 that says why not.
pub fn recordings_query(
    q: Result<Query<RecordingsQuery>, QueryRejection>,
) -> Result<RecordingsQuery, ApiError> {
    query(q)
}

/// A route's query parameters, or a 400 that says why not.
pub fn query<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    q.map(|Query(q)| q)
        .map_err(|e| ApiError::bad_request(format!("query: {}", e.body_text())))
}

#[utoipa::path(
    get,
    path = "/api/recordings/find/{s}",
    tag = "recordings",
    security(("team" = []), ("session" = [])),
    params(("s" = String, Path, description = "Part of the file name")),
    responses((status = 200, description = "The recordings whose name contains `s`", body = crate::ops::answer::RecordingsAnswer), crate::server::openapi::AuthErrors)
)]
async fn recordings_find(
    _: TeamUser,
    State(app): State<AppState>,
    Path(f): Path<String>,
) -> Result<Response, ApiError> {
    answer(call(&app, None, move |s| s.recordings_find(&f)).await)
}

#[utoipa::path(
    post,
    path = "/api/recordings/del",
    tag = "recordings",
    security(("team" = []), ("session" = [])),
    request_body(content = Vec<crate::ops::recordings::DelRecording>, description = "Recordings to delete, by file name"),
    responses((status = 200, description = "Files deleted and failed", body = crate::ops::answer::RecordingsDelAnswer), crate::server::openapi::BodyErrors, crate::server::openapi::AuthErrors)
)]
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
#[utoipa::path(
    post,
    path = "/api/recordings/prune",
    tag = "recordings",
    security(("team" = []), ("session" = [])),
    request_body(content = crate::ops::answer::PruneRequest),
    responses((status = 200, description = "Recordings removed (or, with dry_run, that would be)", body = crate::ops::answer::PruneAnswer), crate::server::openapi::BodyErrors, crate::server::openapi::AuthErrors)
)]
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

#[utoipa::path(
    get,
    path = "/api/recordings/{file}",
    tag = "recordings",
    security(("team" = []), ("session" = [])),
    params(("file" = String, Path, description = "The file name as listed")),
    responses((status = 200, description = "The file (Range requests are answered with 206)", content_type = "application/octet-stream", body = String), (status = 206, description = "The requested range", content_type = "application/octet-stream", body = String), (status = 400, description = "Not a plain recording file name", body = crate::ops::answer::ErrorAnswer), (status = 404, description = "No such recording", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
async fn recording_download(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
    Path(file): Path<String>,
    req: Request,
) -> Result<Response, ApiError> {
    let r = serve_recording(&app, None, &file, req).await?;
    Ok(super::revoke::revocable(&app, w, r))
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

pub(super) fn target(s: &str) -> Result<Target, ApiError> {
    Target::parse(s).ok_or_else(|| {
        ApiError::not_found(format!(
            "{s} is not implementet (freeswitch, dialplan, conferences, directory)"
        ))
    })
}

#[utoipa::path(
    get,
    path = "/api/store/{target}",
    tag = "config",
    security(("team" = []), ("session" = [])),
    params(("target" = String, Path, description = "freeswitch, dialplan, conferences or directory")),
    responses((status = 200, description = "The archive written", body = crate::ops::answer::StoreAnswer), (status = 404, description = "No such target", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
async fn store(
    TeamUser(w): TeamUser,
    State(app): State<AppState>,
    Path(t): Path<String>,
) -> Result<Response, ApiError> {
    let t = target(&t)?;
    answer(call(&app, Some(w), move |s| s.store(t, None, &mut || {})).await)
}

#[utoipa::path(
    get,
    path = "/api/restore/{target}",
    tag = "config",
    security(("team" = []), ("session" = [])),
    params(("target" = String, Path, description = "freeswitch, dialplan, conferences or directory")),
    responses((status = 200, description = "The archive restored (or why not, in failed)", body = crate::ops::answer::RestoreAnswer, headers(("x-fsconn-applied" = String, description = "yes, or no when FreeSWITCH did not confirm"))), (status = 404, description = "No such target", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::Unavailable, crate::server::openapi::AuthErrors)
)]
async fn restore(
    TeamUser(who): TeamUser,
    State(app): State<AppState>,
    Path(t): Path<String>,
) -> Result<Response, ApiError> {
    let t = target(&t)?;
    let (answer, applied) = run_restore(&app, who, t, None).await?;
    Ok(with_applied(Json(answer).into_response(), &applied))
}

/// A restore of `t` from the current archive or from `from`, audited and
/// counted; the cache refreshed afterwards.
pub(super) async fn run_restore(
    app: &AppState,
    who: Authed,
    t: Target,
    from: Option<std::path::PathBuf>,
) -> Result<(crate::ops::answer::RestoreAnswer, Applied), ApiError> {
    if let Err(e) = need_freeswitch(app) {
        let what = format!("api/restore/{}", t.name());
        let verdict = Verdict::error("FreeSWITCH is not reachable");
        super::audit_async(app, &who, what, Value::Null, verdict).await;
        return Err(e);
    }
    let (answer, applied) = call(app, Some(who), move |s| s.restore(t, from.as_deref()))
        .await
        .inspect_err(|_| app.metrics.write("restore", "error"))?;
    let a = app.clone();
    blocking(app, move |_| a.refresh()).await?;
    app.metrics.write("restore", applied_label(&applied));
    Ok((answer, applied))
}

fn meta_and_globals(app: &AppState) -> (info::Meta, crate::ops::answer::Globals) {
    let meta = app.meta.lock().map(|m| m.clone()).unwrap_or_default();
    let globals = app.globals.read().map(|g| g.clone()).unwrap_or_default();
    (meta, globals)
}

#[utoipa::path(
    get,
    path = "/api/info",
    tag = "info",
    security(("team" = []), ("session" = [])),
    responses((status = 200, description = "The last reload and FreeSWITCH's globals", body = crate::ops::answer::InfoAnswer), crate::server::openapi::AuthErrors)
)]
async fn info_get(_: TeamUser, State(app): State<AppState>) -> Response {
    let (meta, globals) = meta_and_globals(&app);
    let mut answer = info::info(&meta, &globals);
    (answer.nodes, answer.splits) = (app.nodes(), app.splits());
    Json(answer).into_response()
}

#[utoipa::path(
    get,
    path = "/api/info/state",
    tag = "info",
    security(("team" = []), ("session" = [])),
    responses((status = 200, description = "Everything at once", body = crate::ops::answer::InfoStateAnswer), crate::server::openapi::AuthErrors)
)]
async fn info_state(_: TeamUser, State(app): State<AppState>) -> Response {
    let (meta, globals) = meta_and_globals(&app);
    let mut answer = info::info_state(&meta, &globals, &app.cache().state);
    (answer.state.nodes, answer.state.splits) = (app.nodes(), app.splits());
    Json(answer).into_response()
}

/// The console's status page: is the event socket up, which FreeSWITCH, the
/// last `reloadxml` and its answer, and this fsconn's version.
#[utoipa::path(
    get,
    path = "/api/status",
    tag = "info",
    security(("team" = []), ("session" = [])),
    responses((status = 200, description = "The event socket, FreeSWITCH's version, the last reload and fsconn's version", body = crate::ops::answer::StatusAnswer), crate::server::openapi::AuthErrors)
)]
async fn status(_: TeamUser, State(app): State<AppState>) -> Response {
    let connected = app.freeswitch_up();
    let first = app.switches.iter().find(|s| s.esl.is_connected());
    let version = match first {
        Some(sw) => sw
            .esl
            .api("version")
            .await
            .ok()
            .map(|v| v.trim().to_string()),
        None => None,
    };
    let meta = app.meta.lock().map(|m| m.clone()).unwrap_or_default();
    let mut answer = serde_json::json!({
        "op": "status",
        "freeswitch": {
            "connected": connected,
            "address": esl_address(&app),
            "version": version,
        },
        "reloadxml": meta.reloadxml,
        "fsconn": { "version": env!("CARGO_PKG_VERSION") },
    });
    // A cluster adds its nodes and splits; file mode's answer is as it was.
    if app.is_cluster() {
        answer["nodes"] = serde_json::json!(app.nodes());
        answer["splits"] = serde_json::json!(app.splits());
    }
    Json(answer).into_response()
}

/// Where FreeSWITCH is reached: `[esl]`'s address, or in a cluster every
/// node's (`name=host:port`, comma-separated).
fn esl_address(app: &AppState) -> String {
    if !app.is_cluster() {
        return app.settings().esl_addr();
    }
    let nodes: Vec<String> = app
        .settings()
        .nodes
        .iter()
        .map(|n| format!("{}={}", n.name, n.esl_addr()))
        .collect();
    nodes.join(", ")
}
