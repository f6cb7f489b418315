//! Who is asking, and one access log line (plus the HTTP metrics) per
//! request.
//!
//! The log line names the route *template* (`/api/users/{by}/{s}`), never
//! the path with its query string: `/api/live?login=NAME:PASSWORD` must not
//! end up in a log. The user is the one authentication accepted (the
//! extractors note it in a per-request slot), not whatever name a client
//! claimed.

use super::AppState;
use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{Extensions, HeaderMap};
use axum::middleware::Next;
use axum::response::Response;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

/// The authenticated user of a request, filled in by authentication.
#[derive(Clone, Default)]
pub struct UserSlot(Arc<OnceLock<String>>);

/// Record the authenticated user for the access log.
pub fn note_user(ext: &Extensions, name: &str) {
    if let Some(slot) = ext.get::<UserSlot>() {
        let _ = slot.0.set(name.to_string());
    }
}

/// The client's address. The TCP peer, unless the peer is a trusted proxy
/// (`serve.trusted_proxies`): then `X-Forwarded-For` is read from the right
/// (each proxy appends what it saw) and the first address that is not a
/// trusted proxy is the client. Entries left of that are whatever the client
/// chose to send and are never believed. `None` when the server was started
/// without connection info (only in-process tests do that).
pub fn client_addr(app: &AppState, headers: &HeaderMap, ext: &Extensions) -> Option<IpAddr> {
    let peer = ext.get::<ConnectInfo<SocketAddr>>()?.0.ip();
    Some(resolve(peer, headers, &app.runtime().trusted_proxies))
}

/// Whether the request came straight from a trusted proxy (whose
/// `X-Forwarded-*` headers are then believed).
pub fn from_trusted_proxy(app: &AppState, ext: &Extensions) -> bool {
    ext.get::<ConnectInfo<SocketAddr>>().is_some_and(|c| {
        let peer = canonical(c.0.ip());
        app.runtime()
            .trusted_proxies
            .iter()
            .any(|n| n.contains(&peer))
    })
}

fn resolve(peer: IpAddr, headers: &HeaderMap, proxies: &[ipnet::IpNet]) -> IpAddr {
    let trusted = |ip: &IpAddr| proxies.iter().any(|n| n.contains(ip));
    let mut client = canonical(peer);
    if !trusted(&client) {
        return client;
    }
    let hops = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .collect::<Vec<_>>();
    for hop in hops.iter().rev() {
        let Ok(ip) = hop.trim().parse::<IpAddr>() else {
            // Garbage: stop at the last address a trusted hop vouched for.
            break;
        };
        client = canonical(ip);
        if !trusted(&client) {
            break;
        }
    }
    client
}

/// `::ffff:1.2.3.4` is 1.2.3.4 (a dual-stack listener reports it so).
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    }
}

/// The access log and HTTP metrics middleware.
pub async fn log(State(app): State<AppState>, mut req: Request, next: Next) -> Response {
    let start = Instant::now();
    let slot = UserSlot::default();
    req.extensions_mut().insert(slot.clone());
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string())
        .unwrap_or_else(|| "unmatched".to_string());
    let client = client_addr(&app, req.headers(), req.extensions());
    let response = next.run(req).await;
    let elapsed = start.elapsed();
    let status = response.status().as_u16();
    app.metrics
        .http(method.as_str(), &route, status, elapsed.as_secs_f64());
    let user = slot.0.get().map(String::as_str).unwrap_or("-");
    let client = client.map(|c| c.to_string());
    tracing::info!(
        target: "fsconn::access",
        method = %method,
        route = %route,
        status,
        latency_ms = (elapsed.as_secs_f64() * 1000.0 * 100.0).round() / 100.0,
        user = %user,
        client = %client.as_deref().unwrap_or("-"),
        "request"
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn xff(v: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for x in v {
            h.append("x-forwarded-for", x.parse().unwrap());
        }
        h
    }

    #[test]
    fn forwarded_for_counts_only_from_trusted_proxies() {
        let proxies: Vec<ipnet::IpNet> = vec![
            "127.0.0.1/32".parse().unwrap(),
            "10.0.0.0/8".parse().unwrap(),
        ];
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        // An untrusted peer's header is ignored.
        let h = xff(&["203.0.113.9"]);
        assert_eq!(
            resolve(ip("198.51.100.1"), &h, &proxies),
            ip("198.51.100.1")
        );
        // A trusted peer: the right-most untrusted hop, not a spoofed left entry.
        let h = xff(&["1.1.1.1, 203.0.113.9, 10.0.0.2"]);
        assert_eq!(resolve(ip("127.0.0.1"), &h, &proxies), ip("203.0.113.9"));
        // Several header lines are one list.
        let h = xff(&["1.1.1.1", "203.0.113.9"]);
        assert_eq!(resolve(ip("127.0.0.1"), &h, &proxies), ip("203.0.113.9"));
        // Garbage stops the walk at the last vouched-for address.
        let h = xff(&["203.0.113.9, nonsense"]);
        assert_eq!(resolve(ip("127.0.0.1"), &h, &proxies), ip("127.0.0.1"));
        // No header: the proxy itself.
        assert_eq!(
            resolve(ip("127.0.0.1"), &HeaderMap::new(), &proxies),
            ip("127.0.0.1")
        );
        // No trusted proxies configured: never believed.
        let h = xff(&["203.0.113.9"]);
        assert_eq!(resolve(ip("127.0.0.1"), &h, &[]), ip("127.0.0.1"));
    }

    #[test]
    fn mapped_v4_is_v4() {
        let ip: IpAddr = "::ffff:203.0.113.9".parse().unwrap();
        assert_eq!(canonical(ip).to_string(), "203.0.113.9");
    }
}
