//! `GET /healthz`: for load balancers and monitoring, without a login, so it
//! says nothing an anonymous caller should not know: no paths, no
//! addresses, no counts.
//!
//! 200 while the server can serve (FreeSWITCH being down only degrades it:
//! reads keep working; in a cluster, so does any node being down, and the
//! answer names the nodes that are); 503 when the FreeSWITCH config cannot be read, since
//! then every answer would be stale or wrong.

use super::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

#[utoipa::path(
    get,
    path = "/healthz",
    tag = "operations",
    security(()),
    responses((status = 200, description = "Serving (degraded while FreeSWITCH is away)", body = crate::server::openapi::answers::Health), (status = 503, description = "The FreeSWITCH config cannot be read", body = crate::server::openapi::answers::Health))
)]
pub async fn healthz(State(app): State<AppState>) -> Response {
    let conf_dir = app.settings().conf_dir.clone();
    let readable = tokio::task::spawn_blocking(move || config_readable(&conf_dir))
        .await
        .unwrap_or(false);
    let connected = app.freeswitch_up();
    let nodes = app.nodes();
    let down: Vec<&str> = nodes
        .iter()
        .filter(|n| !n.connected)
        .map(|n| n.name.as_str())
        .collect();
    let (code, status) = match (readable, connected && down.is_empty()) {
        (false, _) => (StatusCode::SERVICE_UNAVAILABLE, "error"),
        (true, false) => (StatusCode::OK, "degraded"),
        (true, true) => (StatusCode::OK, "ok"),
    };
    let mut body = json!({
        "status": status,
        "event_socket": { "connected": connected },
        "config": { "readable": readable },
        "version": env!("CARGO_PKG_VERSION"),
    });
    // A cluster names its nodes (down ones make it degraded) and counts its
    // splits; file mode's answer is as it was.
    if app.is_cluster() {
        let each: Vec<_> = nodes
            .iter()
            .map(|n| json!({ "name": n.name, "connected": n.connected }))
            .collect();
        body["nodes"] = json!(each);
        body["nodes_down"] = json!(down);
        body["splits"] = json!(app.live.splits().len());
        body["phone_keys"] = json!(app.phone_keys.acting());
    }
    (
        code,
        [(axum::http::header::CACHE_CONTROL, "no-store")],
        Json(body),
    )
        .into_response()
}

/// The config dir and the parts fsconn reads can be listed.
fn config_readable(conf_dir: &std::path::Path) -> bool {
    ["", "directory", "dialplan"]
        .iter()
        .all(|sub| std::fs::read_dir(conf_dir.join(sub)).is_ok())
}
