//! `fsconn serve`: the HTTP API of the original connector, wire-compatible,
//! over the same operations layer as the CLI.
//!
//! The server is a library: [`router`] builds the axum app over an
//! [`AppState`]; [`serve`] runs it on a listener the caller bound (tests use
//! port 0). Reads are served from a cached, pre-serialized copy of the config
//! state; writes go through `ops` on a blocking thread, then the cache is
//! rebuilt. FreeSWITCH being down never stops the server: reads keep working,
//! operations that need FreeSWITCH answer 503, and the event-socket client
//! reconnects by itself.

pub mod access;
pub mod account;
pub mod active;
pub mod api;
pub mod audit_view;
pub mod auth;
pub mod backups;
pub mod console;
pub mod error;
pub mod guard;
pub mod health;
pub mod listen;
pub mod live;
pub mod metrics;
pub mod openapi;
pub mod phone_keys;
pub mod phones;
pub mod revoke;
pub mod session;
pub mod slowbody;
pub mod throttle;
pub mod user;
pub mod views;
pub mod xml_curl;

use crate::esl::client::{ClientConfig, EslClient, NoticeReceiver, ReconnectPolicy};
use crate::fsconf::State;
use crate::model::UserView;
use crate::ops::info::{self, Meta};
use crate::ops::views::{reduced_state, Reduced};
use crate::ops::{Ops, ReloadUnavailable, Reloader};
use crate::settings::{ContextDef, Settings};
use axum::body::Bytes;
use axum::Router;
use serde_json::Value;
use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

/// The config state with everything a read needs, serialized once per change.
pub struct Cache {
    pub state: State,
    /// Users as presented, by name (the digest username).
    pub by_name: HashMap<String, Arc<UserView>>,
    pub users_json: Bytes,
    pub conferences_json: Bytes,
    pub friendxml: Bytes,
    pub pubxml: Bytes,
}

impl Cache {
    pub fn build(state: State, settings: &Settings) -> Cache {
        let by_name = state
            .users
            .iter()
            .map(|u| {
                let v = state.present(u);
                (v.name.clone(), Arc::new(v))
            })
            .collect();
        fn bytes(v: &impl serde::Serialize) -> Bytes {
            Bytes::from(serde_json::to_vec(v).unwrap_or_default())
        }
        let users_json = bytes(&crate::ops::users::list(&state, settings));
        let conferences_json = bytes(&crate::ops::conferences::list(&state, settings));
        let reduced = |which| {
            let answer = reduced_state(&state, settings, which);
            Bytes::from(serde_json::to_vec(&answer).unwrap_or_default())
        };
        let friendxml = reduced(Reduced::Friends);
        let pubxml = reduced(Reduced::Public);
        Cache {
            state,
            by_name,
            users_json,
            conferences_json,
            friendxml,
            pubxml,
        }
    }

    pub fn user_by_name(&self, name: &str) -> Option<Arc<UserView>> {
        self.by_name.get(name).cloned()
    }
}

pub struct Inner {
    pub ops: Ops,
    pub cache: RwLock<Arc<Cache>>,
    pub meta: Arc<Mutex<Meta>>,
    pub globals: RwLock<crate::ops::answer::Globals>,
    pub nonces: auth::Nonces,
    pub throttle: throttle::Throttle,
    /// One event-socket client per FreeSWITCH node: the `[esl]` switch
    /// in file mode, each `[[node]]` in a cluster; none when not
    /// connecting (tests of the HTTP layer alone).
    pub switches: Vec<Switch>,
    /// `--web-root`: a directory that replaces the built-in console.
    pub web_root: Option<PathBuf>,
    pub live: live::Hub,
    pub sessions: session::Sessions,
    /// Tells open connections to re-check their credentials.
    pub revocations: Arc<revoke::Revocations>,
    pub metrics: Arc<metrics::Metrics>,
    /// The settings SIGHUP may change (see [`AppState::reload`]).
    pub runtime: RwLock<Arc<Runtime>>,
    /// Each cluster node's budget of mod_xml_curl requests.
    pub node_rates: xml_curl::NodeRates,
    /// Whether this instance acts on moderators' phone keys (one
    /// instance of several on a store does).
    pub phone_keys: phone_keys::PhoneKeys,
}

/// Settings that take effect without a restart.
#[derive(Debug, Clone, Default)]
pub struct Runtime {
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The host names served (`serve.hosts`, `serve.public_url`, ...).
    pub hosts: crate::hosts::HostPolicy,
    /// `serve.public_url`'s origin, as browsers write it.
    pub public_origin: Option<String>,
}

impl Runtime {
    fn of(settings: &Settings) -> Runtime {
        Runtime {
            trusted_proxies: settings.trusted_proxies.clone(),
            hosts: settings.host_policy(),
            public_origin: settings.public_url.as_ref().map(|u| u.origin()),
        }
    }
}

/// Shared by every handler; cheap to clone.
#[derive(Clone)]
pub struct AppState(pub Arc<Inner>);

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

/// One FreeSWITCH the server follows.
#[derive(Clone)]
pub struct Switch {
    /// The `[[node]]` name; `None` for the one switch of file mode.
    pub name: Option<String>,
    pub esl: EslClient,
}

impl Switch {
    /// How logs and answers name it: the node, or its address.
    pub fn label(&self) -> String {
        match &self.name {
            Some(n) => format!("node {n} ({})", self.esl.config().addr),
            None => self.esl.config().addr.clone(),
        }
    }
}

/// `reloadxml` through the server's event-socket connections, like the
/// original (`bgapi reloadxml`); records the answer for `/api/info`. In a
/// cluster every connected node reloads (a node that is away reads the
/// files when it comes back: `drive` reloads it on its reconnect).
struct ServerReloader {
    switches: Vec<Switch>,
    rt: tokio::runtime::Handle,
    meta: Arc<Mutex<Meta>>,
    metrics: Arc<metrics::Metrics>,
}

impl ServerReloader {
    fn connected(&self) -> impl Iterator<Item = &Switch> {
        self.switches.iter().filter(|s| s.esl.is_connected())
    }

    /// `cmd` on every connected node: the first reply that is not `+OK`
    /// (named by its node in a cluster), else the first reply. Nodes that
    /// are away or do not answer are warned about while another answered;
    /// none answering is unavailable.
    fn on_every_node(
        &self,
        cmd: &str,
        send: impl Fn(&EslClient) -> Result<String, String>,
    ) -> Result<String, ReloadUnavailable> {
        let (mut first_ok, mut away, mut failed) = (None, Vec::new(), Vec::new());
        for sw in &self.switches {
            if !sw.esl.is_connected() {
                away.push(sw.label());
                continue;
            }
            match send(&sw.esl) {
                Ok(reply) if !reply.starts_with("+OK") => return Ok(named(sw, &reply)),
                Ok(reply) => {
                    first_ok.get_or_insert(reply);
                }
                Err(e) => failed.push(named(sw, &e)),
            }
        }
        match first_ok {
            Some(reply) => {
                for a in away {
                    tracing::warn!("{cmd}: {a} is not connected; it catches up when it is back");
                }
                for f in failed {
                    tracing::warn!("{cmd}: {f}");
                }
                Ok(reply)
            }
            None if !failed.is_empty() => Err(ReloadUnavailable(failed.join("; "))),
            None => Err(ReloadUnavailable(format!(
                "FreeSWITCH is not connected at {}",
                away.join(", ")
            ))),
        }
    }
}

/// A node's reply as the answer shows it: prefixed by the node's name in
/// a cluster, as is in file mode.
fn named(sw: &Switch, text: &str) -> String {
    match &sw.name {
        Some(n) => format!("{n}: {text}"),
        None => text.to_string(),
    }
}

impl Reloader for ServerReloader {
    fn reloadxml(&self) -> Result<String, ReloadUnavailable> {
        let rt = &self.rt;
        let sent = self.on_every_node("reloadxml", |esl| {
            rt.block_on(esl.bgapi("reloadxml"))
                .map_err(|e| e.to_string())
        });
        let reply = sent.inspect_err(|_| self.metrics.reloadxml("unavailable"))?;
        let result = if reply.starts_with("+OK") {
            "ok"
        } else {
            "error"
        };
        self.metrics.reloadxml(result);
        if let Ok(mut m) = self.meta.lock() {
            m.reloadxml.lastrun = crate::ops::now_iso();
            m.reloadxml.lastmsg = reply.trim_end().to_string();
        }
        Ok(reply)
    }

    fn global(&self, name: &str) -> Option<String> {
        self.connected().find_map(|sw| {
            let v = self
                .rt
                .block_on(sw.esl.api(&format!("global_getvar {name}")))
                .ok()?;
            let v = v.trim_end();
            (!v.is_empty() && !v.starts_with("-ERR")).then(|| v.to_string())
        })
    }

    /// Registration flushes: a phone may be registered with any node.
    fn api(&self, cmd: &str) -> Result<String, ReloadUnavailable> {
        let rt = &self.rt;
        self.on_every_node(cmd, |esl| {
            rt.block_on(esl.api(cmd)).map_err(|e| e.to_string())
        })
    }
}

pub struct ServeOptions {
    pub web_root: Option<PathBuf>,
    /// Connect to FreeSWITCH (tests of the HTTP layer alone may not).
    pub connect_esl: bool,
    /// Served over TLS: session cookies get `Secure`.
    pub tls: bool,
}

impl AppState {
    /// Load the state and start the event-socket client (which keeps
    /// reconnecting in the background). Must run inside a tokio runtime.
    pub fn new(settings: Settings, opts: ServeOptions) -> crate::Result<AppState> {
        let meta = Arc::new(Mutex::new(Meta::with_last_reload(&settings.conf_dir)));
        let metrics = Arc::new(metrics::Metrics::with_nodes(!settings.nodes.is_empty()));
        let (switches, notices) = match opts.connect_esl {
            true => connect_switches(&settings),
            false => (Vec::new(), Vec::new()),
        };
        let reloader: Option<Box<dyn Reloader>> = (!switches.is_empty()).then(|| {
            Box::new(ServerReloader {
                switches: switches.clone(),
                rt: tokio::runtime::Handle::current(),
                meta: meta.clone(),
                metrics: metrics.clone(),
            }) as Box<dyn Reloader>
        });
        let web_root = opts.web_root;
        let revocations = Arc::new(revoke::Revocations::default());
        revocations.set_stamp(revoke::directory_stamp(&settings.conf_dir));
        let sessions = session::Sessions::new(
            Duration::from_secs(settings.session_ttl.max(1)),
            opts.tls,
            settings.sessions_per_user,
            revocations.clone(),
        );
        let ops = Ops::new(settings, reloader)?;
        let state = ops.state()?;
        for w in &state.warnings {
            tracing::warn!("skipped {w}");
        }
        let globals = info::globals_from_vars(&state);
        let names: Vec<String> = ops
            .settings
            .nodes
            .iter()
            .map(|n| n.name.to_string())
            .collect();
        let hub = live::Hub::new(&state, &names, ops.settings.live_buffer);
        let cache = Cache::build(state, &ops.settings);
        let nonces = auth::Nonces::new(Duration::from_secs(ops.settings.nonce_ttl));
        let runtime = RwLock::new(Arc::new(Runtime::of(&ops.settings)));
        let throttle = throttle::Throttle::new(
            ops.settings.login_free_failures,
            ops.settings.login_max_lockout,
            ops.settings.ipv6_prefix,
        );
        let node_rates = xml_curl::NodeRates::new(ops.settings.xml_curl_rate);
        let phone_keys = match ops.settings.nodes.is_empty() {
            true => phone_keys::PhoneKeys::always(),
            false => phone_keys::PhoneKeys::elect(&ops.settings.static_dir),
        };
        let app = AppState(Arc::new(Inner {
            ops,
            cache: RwLock::new(Arc::new(cache)),
            meta,
            globals: RwLock::new(globals),
            nonces,
            throttle,
            switches,
            web_root,
            live: hub,
            sessions,
            revocations,
            metrics,
            runtime,
            node_rates,
            phone_keys,
        }));
        tokio::spawn(revoke::watch_files(app.clone()));
        for (node, notices) in notices.into_iter().enumerate() {
            tokio::spawn(live::drive(app.clone(), node, notices));
        }
        let s = app.settings();
        if s.retention_max_age_days.is_some() || s.retention_max_total_bytes.is_some() {
            tokio::spawn(retention(app.clone()));
        }
        Ok(app)
    }

    pub fn cache(&self) -> Arc<Cache> {
        self.cache
            .read()
            .map(|c| c.clone())
            .unwrap_or_else(|p| p.into_inner().clone())
    }

    pub fn settings(&self) -> &Settings {
        &self.ops.settings
    }

    pub fn context(&self, name: &str) -> Option<&ContextDef> {
        self.ops.settings.context(name)
    }

    /// Re-read the files and swap in a new cache (blocking: call from a
    /// blocking thread or `spawn_blocking`).
    /// Open connections then re-check their credentials
    /// ([`revoke::check`]).
    pub fn refresh(&self) -> crate::Result<()> {
        // Stamped before reading: a change during the read is seen next time.
        let stamp = revoke::directory_stamp(&self.ops.settings.conf_dir);
        let state = self.ops.state()?;
        let cache = Arc::new(Cache::build(state, &self.ops.settings));
        if let Ok(mut c) = self.cache.write() {
            *c = cache;
        }
        self.revocations.set_stamp(stamp);
        self.revocations.bump();
        if let Ok(mut m) = self.meta.lock() {
            m.maintainance.lastrun = crate::ops::now_iso();
        }
        Ok(())
    }

    /// The origin of the phone's SIP WebSocket, for the console's CSP.
    pub fn phone_origin(&self) -> Option<String> {
        let globals = self.globals.read().ok()?;
        let url = crate::ops::phone::wss_url(self.settings(), &globals).ok()?;
        crate::ops::phone::origin(&url)
    }

    /// At least one switch is connected: reads of live state and writes
    /// (which reload every connected node) can go on.
    pub fn freeswitch_up(&self) -> bool {
        self.switches.iter().any(|s| s.esl.is_connected())
    }

    /// A cluster (`[[node]]` settings) rather than one switch.
    pub fn is_cluster(&self) -> bool {
        !self.settings().nodes.is_empty()
    }

    /// Each node with its connection and live counts (cluster mode; empty
    /// in file mode).
    pub fn nodes(&self) -> Vec<info::NodeInfo> {
        let counts = self.live.node_counts();
        self.switches
            .iter()
            .zip(counts)
            .filter_map(|(sw, c)| {
                Some(info::NodeInfo {
                    name: sw.name.clone()?,
                    address: sw.esl.config().addr.clone(),
                    connected: sw.esl.is_connected(),
                    conferences: c.conferences,
                    members: c.members,
                })
            })
            .collect()
    }

    /// Conferences running on several nodes at once.
    pub fn splits(&self) -> Vec<info::SplitInfo> {
        self.live
            .splits()
            .into_iter()
            .map(|(conference, nodes)| info::SplitInfo { conference, nodes })
            .collect()
    }

    pub fn runtime(&self) -> Arc<Runtime> {
        self.runtime
            .read()
            .map(|r| r.clone())
            .unwrap_or_else(|p| p.into_inner().clone())
    }

    /// SIGHUP: take the run-time settings from `fresh` (re-read settings) and
    /// re-read the templates. All or nothing: a bad template keeps the old
    /// set. Settings that need a restart are named in the log.
    pub fn reload(&self, fresh: &Settings) -> crate::Result<()> {
        self.ops
            .templates
            .reload(self.settings().templates_dir.as_deref())?;
        if let Ok(mut r) = self.runtime.write() {
            *r = Arc::new(Runtime::of(fresh));
        }
        let live_keys = [
            "serve.trusted_proxies",
            "serve.tls_cert",
            "serve.tls_key",
            "serve.public_url",
            "serve.hosts",
        ];
        let old = self.settings().describe();
        for (key, value, _) in fresh.describe() {
            let changed = !old.iter().any(|(k, v, _)| *k == key && *v == value);
            if changed && !live_keys.contains(&key) {
                tracing::warn!("reload: {key} changed; it takes effect at the next restart");
            }
        }
        Ok(())
    }
}

/// One event-socket client per switch, each with its own reconnects; the
/// notice receivers are taken before the first connect, so no first
/// `Connected` is missed.
fn connect_switches(settings: &Settings) -> (Vec<Switch>, Vec<NoticeReceiver>) {
    let timeout = Duration::from_secs(settings.esl_timeout.max(1));
    let targets: Vec<(Option<String>, String, String)> = if settings.nodes.is_empty() {
        vec![(None, settings.esl_addr(), settings.esl_password.clone())]
    } else {
        settings
            .nodes
            .iter()
            .map(|n| {
                (
                    Some(n.name.to_string()),
                    n.esl_addr(),
                    n.esl_password.clone(),
                )
            })
            .collect()
    };
    let mut switches = Vec::new();
    let mut notices = Vec::new();
    for (name, addr, password) in targets {
        let mut cfg = ClientConfig::new(addr, password);
        cfg.command_timeout = timeout;
        let (esl, rx) = EslClient::connect_with_reconnect(cfg, ReconnectPolicy::default());
        switches.push(Switch { name, esl });
        notices.push(rx);
    }
    (switches, notices)
}

/// The retention policy, at start and then once a day; each run that removed
/// something is audited as the server's own action. Recordings FreeSWITCH is writing are kept.
async fn retention(app: AppState) {
    const DAY: Duration = Duration::from_secs(24 * 60 * 60);
    let mut every = tokio::time::interval(DAY);
    loop {
        every.tick().await;
        let keep = app.live.recording_files();
        let a = app.clone();
        let run = tokio::task::spawn_blocking(move || {
            let r = a.ops.recordings_prune(false, &keep);
            let actor = crate::audit::Actor {
                user: "fsconn serve".into(),
                context: None,
                from: "local".into(),
            };
            let verdict = crate::audit::Verdict::of_result(&r, crate::audit::Verdict::of_prune);
            // A day on which nothing had to go is not worth a line.
            let acted = r
                .as_ref()
                .map_or(true, |v| !v.done.is_empty() || !v.failed.is_empty());
            if !acted {
                return r;
            }
            crate::audit::Log::new(a.settings().audit_log()).record(
                &actor,
                "retention",
                &serde_json::json!({ "dry_run": false }),
                verdict,
            );
            r
        })
        .await;
        match run {
            Ok(Ok(v)) => tracing::info!("retention: {} recording(s) removed", v.done.len()),
            Ok(Err(e)) => tracing::warn!("retention: {e}"),
            Err(e) => tracing::warn!("retention task failed: {e}"),
        }
    }
}

/// [`client_addr`] as text for the audit log (`unknown` without connection
/// info, e.g. under `oneshot` in tests).
pub fn addr_of(app: &AppState, parts: &axum::http::request::Parts) -> String {
    access::client_addr(app, &parts.headers, &parts.extensions)
        .map(|ip| ip.to_canonical().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// The audit log entry of an action by `who` (see `crate::audit`). File I/O:
/// call from a blocking thread, or through [`audit_async`].
pub fn audit(
    app: &AppState,
    who: &user::Authed,
    what: &str,
    args: &Value,
    verdict: crate::audit::Verdict,
) {
    let actor = crate::audit::Actor {
        user: who.user.name.clone(),
        context: Some(who.ctx.name.clone()),
        from: who.addr.clone(),
    };
    crate::audit::Log::new(app.settings().audit_log()).record(&actor, what, args, verdict);
}

/// [`audit`] from async code.
pub async fn audit_async(
    app: &AppState,
    who: &user::Authed,
    what: String,
    args: Value,
    verdict: crate::audit::Verdict,
) {
    let (a, w) = (app.clone(), who.clone());
    let _ = tokio::task::spawn_blocking(move || audit(&a, &w, &what, &args, verdict)).await;
}

/// The address a request came from: the peer's as the accept loop saw it,
/// or `X-Forwarded-For` when the peer is a trusted proxy
/// ([`access::client_addr`]); unspecified when the app is called without one.
pub fn client_addr(app: &AppState, parts: &axum::http::request::Parts) -> IpAddr {
    access::client_addr(app, &parts.headers, &parts.extensions)
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |ip| ip.to_canonical())
}

/// The whole app; `tls` when it is served over HTTPS (for HSTS and the
/// origin check).
pub fn router(app: AppState, tls: bool) -> Router {
    let limit = app.settings().body_limit;
    let guard = guard::Guard {
        app: app.clone(),
        tls,
    };
    // The routes and the OpenAPI document come from the same routers.
    Router::from(openapi::routes())
        .layer(axum::extract::DefaultBodyLimit::max(limit))
        .layer(cors(app.settings()))
        .layer(
            tower_http::trace::TraceLayer::new_for_http().make_span_with(
                // Path only: query strings may carry logins (`/api/live?login=`).
                |req: &axum::http::Request<_>| {
                    tracing::info_span!("http", method = %req.method(), path = %req.uri().path())
                },
            ),
        )
        .layer(guard)
        .layer(axum::middleware::from_fn_with_state(app.clone(), access::log))
        .with_state(app)
}

/// No CORS unless origins are configured (the original reflected any
/// Origin with credentials).
fn cors(settings: &Settings) -> tower_http::cors::CorsLayer {
    use axum::http::{header, HeaderValue, Method};
    use tower_http::cors::{AllowOrigin, CorsLayer};
    let origins: Vec<HeaderValue> = settings
        .cors_origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    if origins.is_empty() {
        return CorsLayer::new();
    }
    CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_credentials(true)
        .allow_methods([Method::GET, Method::POST, Method::PUT])
        .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE])
        .expose_headers([header::WWW_AUTHENTICATE])
}

/// Serve `app` over HTTP on `listener` until `shutdown` resolves.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let r = router(app.clone(), false);
    listen::run(listener, None, app, r, shutdown).await
}

/// Serve `app` over HTTPS (HTTP/2 and HTTP/1.1 by ALPN) until `shutdown`.
/// The certificate is taken from `tls` per connection, so a reload of it
/// (SIGHUP) reaches new connections while open ones keep theirs.
pub async fn serve_tls(
    listener: tokio::net::TcpListener,
    tls: axum_server::tls_rustls::RustlsConfig,
    app: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let r = router(app.clone(), true);
    listen::run(listener, Some(tls), app, r, shutdown).await
}
