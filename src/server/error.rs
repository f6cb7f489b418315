//! Every error the server returns, in the original's framework style
//! (`{"statusCode","error","message"}`), so clients that parse it keep working.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

#[derive(Debug)]
pub enum ApiError {
    /// 401 with a digest challenge (`stale=true` when the nonce expired).
    Unauthorized {
        challenge: String,
    },
    /// 401 `{"error":"wrong context"}`: known user, wrong context.
    WrongContext,
    /// 404 for an unknown route, in the original's exact shape.
    NoRoute {
        method: String,
        path: String,
    },
    /// 429 after too many failed logins, with `Retry-After` seconds.
    TooManyRequests {
        retry_after: u64,
    },
    Status(StatusCode, String),
}

impl ApiError {
    pub fn bad_request(msg: impl Into<String>) -> Self {
        ApiError::Status(StatusCode::BAD_REQUEST, msg.into())
    }
    pub fn not_found(msg: impl Into<String>) -> Self {
        ApiError::Status(StatusCode::NOT_FOUND, msg.into())
    }
    pub fn unavailable(msg: impl Into<String>) -> Self {
        ApiError::Status(StatusCode::SERVICE_UNAVAILABLE, msg.into())
    }
    pub fn internal(msg: impl Into<String>) -> Self {
        ApiError::Status(StatusCode::INTERNAL_SERVER_ERROR, msg.into())
    }
}

impl From<crate::Error> for ApiError {
    fn from(e: crate::Error) -> Self {
        let status =
            StatusCode::from_u16(e.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        if status.is_server_error() {
            tracing::error!("{e}");
        }
        let msg = match e {
            crate::Error::Input(m) | crate::Error::NotFound(m) | crate::Error::Forbidden(m) => m,
            other => other.to_string(),
        };
        ApiError::Status(status, msg)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match self {
            ApiError::Unauthorized { challenge } => {
                let mut r = (
                    StatusCode::UNAUTHORIZED,
                    [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                    "Unauthorized",
                )
                    .into_response();
                if let Ok(v) = HeaderValue::from_str(&challenge) {
                    r.headers_mut().insert(header::WWW_AUTHENTICATE, v);
                }
                r
            }
            ApiError::WrongContext => (
                StatusCode::UNAUTHORIZED,
                axum::Json(json!({"error": "wrong context"})),
            )
                .into_response(),
            ApiError::NoRoute { method, path } => (
                StatusCode::NOT_FOUND,
                axum::Json(json!({
                    "message": format!("Route {method}:{path} not found"),
                    "error": "Not Found",
                    "statusCode": 404,
                })),
            )
                .into_response(),
            ApiError::TooManyRequests { retry_after } => {
                let mut r = ApiError::Status(
                    StatusCode::TOO_MANY_REQUESTS,
                    format!("too many failed logins; try again in {retry_after} s"),
                )
                .into_response();
                r.headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
                r
            }
            ApiError::Status(status, message) => (
                status,
                axum::Json(json!({
                    "statusCode": status.as_u16(),
                    "error": status.canonical_reason().unwrap_or(""),
                    "message": message,
                })),
            )
                .into_response(),
        }
    }
}
