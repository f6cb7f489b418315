//! Prometheus metrics (`prometheus-client`), served on their own listen
//! address (`serve.metrics_listen`) so the API port never exposes them.
//!
//! Counters are bumped where things happen (one call each); gauges that are
//! a function of the state (conferences, members, recordings, the event
//! socket) are read from it at scrape time, so they cannot drift.

use super::AppState;
use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

type Labels = Vec<(&'static str, String)>;

pub struct Metrics {
    registry: Registry,
    http_requests: Family<Labels, Counter>,
    http_duration: Family<Labels, Histogram>,
    login_failures: Family<Labels, Counter>,
    ws_clients: Family<Labels, Gauge>,
    ws_messages: Counter,
    ws_too_slow: Counter,
    conferences: Gauge,
    members: Gauge,
    recordings: Gauge,
    esl_connected: Gauge,
    esl_reconnects: Counter,
    reloadxml: Family<Labels, Counter>,
    writes: Family<Labels, Counter>,
    xml_curl: Family<Labels, Counter>,
    /// Cluster mode only (`[[node]]`): the same by `node`.
    nodes: Option<NodeMetrics>,
}

/// Per-node metrics, with a `node` label.
#[derive(Default)]
struct NodeMetrics {
    up: Family<Labels, Gauge>,
    conferences: Family<Labels, Gauge>,
    members: Family<Labels, Gauge>,
    reconnects: Family<Labels, Counter>,
    splits: Gauge,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        Metrics::with_nodes(false)
    }

    /// `cluster`: also the per-node metrics (file mode's output is as it
    /// was without them).
    pub fn with_nodes(cluster: bool) -> Metrics {
        let mut registry = Registry::with_prefix("fsconn");
        let http_duration = Family::<Labels, Histogram>::new_with_constructor(|| {
            // 100 µs to ~3 s.
            Histogram::new(exponential_buckets(0.0001, 2.0, 16))
        });
        let m = Metrics {
            registry: Registry::default(),
            http_requests: Family::default(),
            http_duration,
            login_failures: Family::default(),
            ws_clients: Family::default(),
            ws_messages: Counter::default(),
            ws_too_slow: Counter::default(),
            conferences: Gauge::default(),
            members: Gauge::default(),
            recordings: Gauge::default(),
            esl_connected: Gauge::default(),
            esl_reconnects: Counter::default(),
            reloadxml: Family::default(),
            writes: Family::default(),
            xml_curl: Family::default(),
            nodes: cluster.then(NodeMetrics::default),
        };
        m.register_traffic(&mut registry);
        m.register_state(&mut registry);
        if let Some(n) = &m.nodes {
            n.register(&mut registry);
        }
        Metrics { registry, ..m }
    }

    /// Requests, logins and WebSocket traffic.
    fn register_traffic(&self, r: &mut Registry) {
        r.register(
            "http_requests",
            "HTTP requests by method, route template and status",
            self.http_requests.clone(),
        );
        r.register(
            "http_request_duration_seconds",
            "HTTP request latency by method, route template and status",
            self.http_duration.clone(),
        );
        r.register(
            "login_failures",
            "Failed logins (digest, WebSocket login)",
            self.login_failures.clone(),
        );
        r.register(
            "websocket_clients",
            "Live WebSocket clients by context",
            self.ws_clients.clone(),
        );
        r.register(
            "websocket_messages_sent",
            "Live messages sent to WebSocket clients",
            self.ws_messages.clone(),
        );
        r.register(
            "websocket_clients_too_slow",
            "WebSocket clients closed for falling behind the live events",
            self.ws_too_slow.clone(),
        );
    }

    /// The switch, its conferences and the writes to its config.
    fn register_state(&self, r: &mut Registry) {
        r.register(
            "conferences_running",
            "Conferences with members",
            self.conferences.clone(),
        );
        r.register(
            "conference_members",
            "Members in running conferences",
            self.members.clone(),
        );
        r.register(
            "recordings_running",
            "Conference recordings being written (not paused)",
            self.recordings.clone(),
        );
        r.register(
            "event_socket_connected",
            "1 while the FreeSWITCH event socket is connected",
            self.esl_connected.clone(),
        );
        r.register(
            "event_socket_reconnects",
            "Reconnects to the FreeSWITCH event socket",
            self.esl_reconnects.clone(),
        );
        r.register(
            "reloadxml",
            "reloadxml requests by result (ok, error, unavailable)",
            self.reloadxml.clone(),
        );
        r.register(
            "write_operations",
            "Config write operations by op and result",
            self.writes.clone(),
        );
        r.register(
            "xml_curl_lookups",
            "mod_xml_curl requests answered, by node and answer (found, not_found)",
            self.xml_curl.clone(),
        );
    }

    pub fn http(&self, method: &str, route: &str, status: u16, seconds: f64) {
        let labels = vec![
            ("method", method.to_string()),
            ("route", route.to_string()),
            ("status", status.to_string()),
        ];
        self.http_requests.get_or_create(&labels).inc();
        self.http_duration.get_or_create(&labels).observe(seconds);
    }

    /// `via`: `digest`, `ws` or `session`.
    pub fn login_failed(&self, via: &str) {
        self.login_failures
            .get_or_create(&vec![("via", via.to_string())])
            .inc();
    }

    /// Counts a live client of `context` until the guard is dropped.
    pub fn ws_client(&self, context: &str) -> WsClientGuard {
        let gauge = self
            .ws_clients
            .get_or_create(&vec![("context", context.to_string())])
            .clone();
        gauge.inc();
        WsClientGuard(gauge)
    }

    pub fn ws_sent(&self, n: u64) {
        self.ws_messages.inc_by(n);
    }

    pub fn ws_too_slow(&self) {
        self.ws_too_slow.inc();
    }

    /// `node`: the cluster node that came back (`None` in file mode).
    pub fn esl_reconnected(&self, node: Option<&str>) {
        self.esl_reconnects.inc();
        if let (Some(n), Some(name)) = (&self.nodes, node) {
            n.reconnects.get_or_create(&node_label(name)).inc();
        }
    }

    /// `result`: `ok`, `error` (FreeSWITCH refused) or `unavailable`.
    pub fn reloadxml(&self, result: &str) {
        self.reloadxml
            .get_or_create(&vec![("result", result.to_string())])
            .inc();
    }

    pub fn write(&self, op: &str, result: &str) {
        self.writes
            .get_or_create(&vec![
                ("op", op.to_string()),
                ("result", result.to_string()),
            ])
            .inc();
    }

    pub fn xml_curl(&self, node: &str, found: bool) {
        let answer = if found { "found" } else { "not_found" };
        self.xml_curl
            .get_or_create(&vec![
                ("node", node.to_string()),
                ("answer", answer.to_string()),
            ])
            .inc();
    }

    /// The OpenMetrics text, with the state gauges read now.
    pub fn render(&self, app: &AppState) -> String {
        let n = app.live.counts();
        let gauge = |g: &Gauge, v: usize| g.set(i64::try_from(v).unwrap_or(i64::MAX));
        gauge(&self.conferences, n.conferences);
        gauge(&self.members, n.members);
        gauge(&self.recordings, n.recordings);
        gauge(&self.esl_connected, usize::from(app.freeswitch_up()));
        if let Some(nm) = &self.nodes {
            for node in app.nodes() {
                let l = node_label(&node.name);
                gauge(&nm.up.get_or_create(&l), usize::from(node.connected));
                gauge(&nm.conferences.get_or_create(&l), node.conferences);
                gauge(&nm.members.get_or_create(&l), node.members);
            }
            gauge(&nm.splits, app.live.splits().len());
        }
        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = encode(&mut out, &self.registry);
        out
    }
}

fn node_label(name: &str) -> Labels {
    vec![("node", name.to_string())]
}

impl NodeMetrics {
    fn register(&self, r: &mut Registry) {
        r.register(
            "node_up",
            "1 while the node's event socket is connected",
            self.up.clone(),
        );
        r.register(
            "node_conferences_running",
            "Conferences with members, by node",
            self.conferences.clone(),
        );
        r.register(
            "node_conference_members",
            "Members in running conferences, by node",
            self.members.clone(),
        );
        r.register(
            "node_event_socket_reconnects",
            "Reconnects to the node's event socket",
            self.reconnects.clone(),
        );
        r.register(
            "conference_splits",
            "Conferences running on more than one node at once",
            self.splits.clone(),
        );
    }
}

/// Decrements the client gauge when the WebSocket ends.
pub struct WsClientGuard(Gauge);

impl Drop for WsClientGuard {
    fn drop(&mut self) {
        self.0.dec();
    }
}

/// The metrics listener's app: `GET /metrics` and nothing else.
pub fn router(app: AppState) -> axum::Router {
    axum::Router::from(routes()).with_state(app)
}

/// The metrics listener's one route, with its OpenAPI description.
pub fn routes() -> utoipa_axum::router::OpenApiRouter<AppState> {
    utoipa_axum::router::OpenApiRouter::new().routes(utoipa_axum::routes!(scrape))
}

/// Served on `serve.metrics_listen`, not on the API port; no login.
#[utoipa::path(
    get,
    path = "/metrics",
    tag = "operations",
    security(()),
    responses((status = 200, description = "Prometheus metrics in the OpenMetrics text format", content_type = "application/openmetrics-text", body = String))
)]
async fn scrape(State(app): State<AppState>) -> Response {
    (
        [(
            CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        app.metrics.render(&app),
    )
        .into_response()
}
