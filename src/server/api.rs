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
async fn write<D, I>(
    app: &AppState,
    who: &Authed,
    what: &'static str,
    args: Value,
    op: impl FnOnce(&Ops) -> crate::Result<Outcome<D, I>> + Send + 'static,
) -> Result<Response, ApiError>
where
    D: serde::Serialize + Send + 'static,
    I: serde::Serialize + crate::ops::Keyed + Send + 'static,
{
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
    use crate::ops::users::{find, FindBy};
    let by = FindBy::parse(&by)
        .ok_or_else(|| ApiError::not_found(format!("no such filter: users/{by}")))?;
    Ok(Json(find(&app.cache().state, by, &s)).into_response())
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

#[utoipa::path(
    post,
    path = "/api/users/mod",
    tag = "users",
    security(("team" = []), ("session" = [])),
    request_body(content = Vec<crate::ops::users::ModUser>, description = "Users to change, by id; missing fields keep their value except password (new one generated) and polymac (none)"),
    responses((status = 200, description = "Done and failed items; X-Fsconn-Applied says whether FreeSWITCH confirmed the change", body = crate::ops::answer::UsersModAnswer, headers(("x-fsconn-applied" = String, description = "yes, or no when the files were written but FreeSWITCH did not confirm them"))), crate::server::openapi::BodyErrors, crate::server::openapi::Unavailable, crate::server::openapi::AuthErrors)
)]
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

#[utoipa::path(
    post,
    path = "/api/users/del",
    tag = "users",
    security(("team" = []), ("session" = [])),
    request_body(content = Vec<crate::ops::users::DelUser>, description = "Users to delete, by id"),
    responses((status = 200, description = "Done and failed items; X-Fsconn-Applied says whether FreeSWITCH confirmed the change", body = crate::ops::answer::UsersDelAnswer, headers(("x-fsconn-applied" = String, description = "yes, or no when the files were written but FreeSWITCH did not confirm them"))), crate::server::openapi::BodyErrors, crate::server::openapi::Unavailable, crate::server::openapi::AuthErrors)
)]
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

#[utoipa::path(
    get,
    path = "/api/users/rebuild",
    tag = "users",
    security(("team" = []), ("session" = [])),
    responses((status = 200, description = "Every user file rewritten from its template", body = crate::ops::answer::UsersRewriteAnswer, headers(("x-fsconn-applied" = String, description = "yes, or no when FreeSWITCH did not confirm"))), crate::server::openapi::Unavailable, crate::server::openapi::AuthErrors)
)]
async fn users_rebuild(
    TeamUser(who): TeamUser,
    State(app): State<AppState>,
) -> Result<Response, ApiError> {
    write(&app, &who, "api/users/rebuild", Value::Null, |ops| {
        ops.users_rebuild()
    })
    .await
}

#[utoipa::path(
    get,
    path = "/api/users/reprov",
    tag = "users",
    security(("team" = []), ("session" = [])),
    responses((status = 200, description = "Phone provisioning files rewritten for every user", body = crate::ops::answer::UsersRewriteAnswer), crate::server::openapi::AuthErrors)
)]
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
    use crate::ops::conferences::{find, FindBy};
    let by = FindBy::parse(&by)
        .ok_or_else(|| ApiError::not_found(format!("no such filter: conferences/{by}")))?;
    Ok(Json(find(&app.cache().state, by, &s)).into_response())
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

#[utoipa::path(
    post,
    path = "/api/conferences/mod",
    tag = "conferences",
    security(("team" = []), ("session" = [])),
    request_body(content = Vec<crate::ops::conferences::ModConference>, description = "Conferences to change, by num"),
    responses((status = 200, description = "Done and failed items; X-Fsconn-Applied says whether FreeSWITCH confirmed the change", body = crate::ops::answer::ConferencesModAnswer, headers(("x-fsconn-applied" = String, description = "yes, or no when the files were written but FreeSWITCH did not confirm them"))), crate::server::openapi::BodyErrors, crate::server::openapi::Unavailable, crate::server::openapi::AuthErrors)
)]
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

#[utoipa::path(
    post,
    path = "/api/conferences/del",
    tag = "conferences",
    security(("team" = []), ("session" = [])),
    request_body(content = Vec<crate::ops::conferences::DelConference>, description = "Conferences to delete, by num"),
    responses((status = 200, description = "Done and failed items; X-Fsconn-Applied says whether FreeSWITCH confirmed the change", body = crate::ops::answer::ConferencesDelAnswer, headers(("x-fsconn-applied" = String, description = "yes, or no when the files were written but FreeSWITCH did not confirm them"))), crate::server::openapi::BodyErrors, crate::server::openapi::Unavailable, crate::server::openapi::AuthErrors)
)]
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

#[utoipa::path(
    get,
    path = "/api/conferences/rebuildcontacts",
    tag = "conferences",
    security(("team" = []), ("session" = [])),
    responses((status = 200, description = "The phones' contact lists rewritten", body = crate::ops::answer::RebuildContactsAnswer), crate::server::openapi::AuthErrors)
)]
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

#[utoipa::path(
    get,
    path = "/api/recordings",
    tag = "recordings",
    security(("team" = []), ("session" = [])),
    responses((status = 200, description = "Every recording", body = crate::ops::answer::RecordingsAnswer), crate::server::openapi::AuthErrors)
)]
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

#[utoipa::path(
    post,
    path = "/api/recordings/del",
    tag = "recordings",
    security(("team" = []), ("session" = [])),
    request_body(content = Vec<crate::ops::recordings::DelRecording>, description = "Recordings to delete, by file name"),
    responses((status = 200, description = "Files deleted and failed", body = crate::ops::answer::RecordingsDelAnswer), crate::server::openapi::BodyErrors, crate::server::openapi::AuthErrors)
)]
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
#[utoipa::path(
    post,
    path = "/api/recordings/prune",
    tag = "recordings",
    security(("team" = []), ("session" = [])),
    request_body(content = crate::ops::answer::PruneRequest),
    responses((status = 200, description = "Recordings removed (or, with dry_run, that would be)", body = crate::ops::answer::PruneAnswer), crate::server::openapi::BodyErrors, crate::server::openapi::AuthErrors)
)]
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

#[utoipa::path(
    get,
    path = "/api/recordings/{file}",
    tag = "recordings",
    security(("team" = []), ("session" = [])),
    params(("file" = String, Path, description = "The file name as listed")),
    responses((status = 200, description = "The file (Range requests are answered with 206)", content_type = "application/octet-stream", body = String), (status = 206, description = "The requested range", content_type = "application/octet-stream", body = String), (status = 400, description = "Not a plain recording file name", body = crate::ops::answer::ErrorAnswer), (status = 404, description = "No such recording", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
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

#[utoipa::path(
    get,
    path = "/api/store/{target}",
    tag = "config",
    security(("team" = []), ("session" = [])),
    params(("target" = String, Path, description = "freeswitch, dialplan, conferences or directory")),
    responses((status = 200, description = "The archive written", body = crate::ops::answer::StoreAnswer), (status = 404, description = "No such target", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
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
    let what = format!("api/restore/{}", t.name());
    if let Err(e) = need_freeswitch(&app) {
        let verdict = Verdict::error("FreeSWITCH is not reachable");
        super::audit_async(&app, &who, what, Value::Null, verdict).await;
        return Err(e);
    }
    let (v, applied) = blocking(&app, move |a| {
        let r = a.ops.restore(t, None);
        let verdict = Verdict::of_result(&r, |(v, _)| match v.failed.as_str() {
            "" => Verdict::ok(),
            f => Verdict {
                result: "failed",
                detail: Some(f.to_string()),
            },
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
    Json(info::info(&meta, &globals)).into_response()
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
#[utoipa::path(
    get,
    path = "/api/status",
    tag = "info",
    security(("team" = []), ("session" = [])),
    responses((status = 200, description = "The event socket, FreeSWITCH's version, the last reload and fsconn's version", body = crate::ops::answer::StatusAnswer), crate::server::openapi::AuthErrors)
)]
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
