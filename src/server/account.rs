//! A signed-in user's own account: `POST /api/account/password` (every
//! context), the console session that survives its own password change, and
//! the Linphone provisioning URL as a QR code.
//!
//! The old password is required even with a valid session or digest login
//! (a borrowed, unlocked browser must not be enough to take the account
//! over); a wrong one counts as a failed login (throttle, `login failed`
//! line). After the change the user's other console sessions end and every
//! connection opened with the old password is closed (`server::revoke`);
//! the session the change was made in is re-keyed and stays.

use super::api::{blocking, need_freeswitch, JsonBody};
use super::error::ApiError;
use super::user::{login_failed, throttled, Authed};
use super::AppState;
use crate::audit::Verdict;
use crate::model::UserId;
use crate::ops::account::{PasswordChange, PasswordChanged};
use crate::ops::Applied;
use axum::extract::{Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};
use std::net::IpAddr;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(change_password))
        .routes(routes!(linphone_qr))
}

const WHAT: &str = "api/account/password";

/// Checks before anything is written: the body, the old password, the new one.
fn checked(app: &AppState, who: &Authed, body: Value) -> Result<PasswordChange, ApiError> {
    use subtle::ConstantTimeEq;
    let change: PasswordChange = serde_json::from_value(body).map_err(|e| {
        ApiError::bad_request(format!(
            "body must be {{\"old_password\": \"...\", \"new_password\": \"...\"}}: {e}"
        ))
    })?;
    let client: IpAddr = who.addr.parse().unwrap_or(IpAddr::from([0, 0, 0, 0]));
    throttled(app, client, &who.user.name, who.session.is_some())?;
    let current = app
        .cache()
        .user_by_name(&who.user.name)
        .map(|u| u.password.clone())
        .unwrap_or_default();
    if !bool::from(current.as_bytes().ct_eq(change.old_password.as_bytes())) {
        login_failed(app, client, &who.user.name, "password");
        return Err(ApiError::Status(
            StatusCode::FORBIDDEN,
            "old_password: wrong password".into(),
        ));
    }
    crate::model::check_password(&change.new_password)
        .map_err(|e| ApiError::bad_request(format!("new_password: {e}")))?;
    if change.new_password == change.old_password {
        return Err(ApiError::bad_request(
            "new_password: the same as the old one",
        ));
    }
    Ok(change)
}

/// Change the caller's own password.
#[utoipa::path(
    post,
    path = "/api/account/password",
    tag = "account",
    security(("team" = []), ("friends" = []), ("public" = []), ("session" = [])),
    request_body(content = crate::ops::account::PasswordChange),
    responses((status = 200, description = "Changed: the phones' provisioning files carry the new password; the user's other console sessions and live connections ended (WebSocket close 4001/4002), the session it was made in stays. X-Fsconn-Applied says whether FreeSWITCH confirmed it", body = crate::ops::account::PasswordChanged, headers(("x-fsconn-applied" = String, description = "yes, or no when the files were written but FreeSWITCH did not confirm them"))), (status = 403, description = "old_password is wrong (counted as a failed login)", body = crate::ops::answer::ErrorAnswer), (status = 429, description = "Too many failed logins (Retry-After)", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::BodyErrors, crate::server::openapi::Unavailable, crate::server::openapi::AuthErrors)
)]
async fn change_password(
    who: Authed,
    State(app): State<AppState>,
    JsonBody(body): JsonBody,
) -> Result<Response, ApiError> {
    let args = json!({ "id": who.user.id, "name": who.user.name });
    let refuse = |e: ApiError| {
        let why = match &e {
            ApiError::Status(_, m) => m.clone(),
            ApiError::TooManyRequests { .. } => "too many failed logins".into(),
            _ => "refused".into(),
        };
        let verdict = Verdict::error(why);
        let (a, w, args) = (app.clone(), who.clone(), args.clone());
        async move {
            super::audit_async(&a, &w, WHAT.into(), args, verdict).await;
            e
        }
    };
    let change = match checked(&app, &who, body).and_then(|c| need_freeswitch(&app).map(|_| c)) {
        Ok(c) => c,
        Err(e) => return Err(refuse(e).await),
    };
    let id: UserId = who
        .user
        .id
        .parse()
        .map_err(|_| ApiError::internal("the user's id is not a number"))?;
    if let Some(token) = &who.session {
        app.sessions.expect_password(token, &change.new_password);
    }
    let new = change.new_password.clone();
    let outcome = blocking(&app, move |a| a.ops.set_password(id, &new)).await?;
    super::audit_async(&app, &who, WHAT.into(), args, Verdict::of_outcome(&outcome)).await;
    if let Some(failed) = outcome.answer.failed.first() {
        let status = match outcome.applied {
            Applied::Rejected(_) => StatusCode::BAD_GATEWAY,
            _ => StatusCode::BAD_REQUEST,
        };
        return Err(ApiError::Status(status, failed.error.to_string()));
    }
    app.sessions
        .end_others(&who.user.name, who.session.as_deref());
    let a = app.clone();
    blocking(&app, move |_| a.refresh()).await?;
    let answer = PasswordChanged {
        op: "account/password".into(),
        id: who.user.id.clone(),
        name: who.user.name.clone(),
        others_signed_out: true,
    };
    let applied = match outcome.applied {
        Applied::NotApplied(_) => "no",
        _ => "yes",
    };
    let mut r = Json(answer).into_response();
    r.headers_mut().insert(
        "x-fsconn-applied",
        axum::http::HeaderValue::from_static(applied),
    );
    Ok(r)
}

/// An admin resetting their own password through `users/mod` in the
/// console stays signed in: their item gets its (generated) password here,
/// before the write, and their session expects it. Other sessions of theirs
/// end with the old password.
pub fn keep_own_session(app: &AppState, who: &Authed, body: &mut Value) {
    let Some(token) = &who.session else { return };
    let Some(items) = body.as_array_mut() else {
        return;
    };
    let mine = items
        .iter_mut()
        .filter_map(Value::as_object_mut)
        .find(|o| o.get("id").and_then(Value::as_str) == Some(who.user.id.as_str()));
    let Some(item) = mine else { return };
    let password = match item.get("password").and_then(Value::as_str) {
        Some(p) => p.to_string(),
        None => {
            let p = crate::model::generate_password();
            item.insert("password".into(), json!(p));
            p
        }
    };
    app.sessions.expect_password(token, &password);
}

#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct QrQuery {
    /// The provisioning URL to show: an http(s) URL whose path is `/linphone`.
    url: String,
}

/// The Linphone provisioning URL as a QR code the app can scan (SVG).
#[utoipa::path(
    get,
    path = "/linphone/qr",
    tag = "phones",
    security(("team" = []), ("friends" = []), ("public" = []), ("session" = [])),
    params(QrQuery),
    responses((status = 200, description = "The URL as a QR code", content_type = "image/svg+xml", body = String), (status = 400, description = "Not a provisioning URL", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
async fn linphone_qr(_: Authed, Query(q): Query<QrQuery>) -> Result<Response, ApiError> {
    let svg = qr_svg(&q.url).map_err(ApiError::bad_request)?;
    Ok((
        [
            (CONTENT_TYPE, "image/svg+xml"),
            (CACHE_CONTROL, "private, max-age=300"),
        ],
        svg,
    )
        .into_response())
}

/// Only fsconn's own provisioning URLs are drawn (this is not a general
/// QR service).
fn qr_svg(url: &str) -> Result<String, String> {
    let parsed = reqwest::Url::parse(url).map_err(|e| format!("url: {e}"))?;
    let ok = matches!(parsed.scheme(), "http" | "https")
        && parsed.path() == "/linphone"
        && parsed.host().is_some()
        && url.len() <= 512;
    if !ok {
        return Err("url: must be this server's http(s) …/linphone URL".into());
    }
    let code = qrcode::QrCode::new(url.as_bytes()).map_err(|e| format!("url: {e}"))?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_provisioning_urls_become_qr_codes() {
        let svg = qr_svg("https://pbx.example.org/linphone?user=21000").unwrap();
        assert!(svg.starts_with("<?xml") && svg.contains("<svg"), "{svg}");
        for bad in [
            "javascript:alert(1)",
            "https://pbx.example.org/api/users",
            "ftp://pbx.example.org/linphone",
            "/linphone",
        ] {
            assert!(qr_svg(bad).is_err(), "{bad}");
        }
    }
}
