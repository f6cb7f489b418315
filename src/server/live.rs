//! `GET /api/live`: the live conference state over a WebSocket.
//!
//! One driver task follows FreeSWITCH's events and turns them into messages
//! with the pure `live` state machine; each message is serialized once and
//! broadcast with a sequence number. Every client task filters by its
//! context, batches what is waiting into one flush, and answers its own
//! requests. A client that falls behind the broadcast buffer is closed with a
//! reason instead of slowing everyone down. `init` takes its snapshot under
//! the same lock the driver applies events under, and the client then skips
//! queued messages the snapshot already contains (by sequence number).

use super::client_addr;
use super::user::{authenticate, login, Authed};
use super::{error::ApiError, AppState};
use crate::esl::client::{EslClient, Notice, NoticeReceiver};
use crate::esl::Event;
use crate::live::cluster::Cluster;
use crate::live::control::{self, Control, Controls, FollowUp, Plan, Requester};
use crate::live::protocol::{ClientRequest, ServerMessage, Version};
use crate::live::state::{Audience, Delta, LiveCounts, LiveState};
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{FromRequestParts, Request, State};
use axum::response::Response;
use bytes::Bytes;
use futures_util::{SinkExt, StreamExt};
use hyper_util::rt::TokioIo;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::broadcast;
use tokio_tungstenite::tungstenite::protocol::frame::coding::{Data, OpCode};
use tokio_tungstenite::tungstenite::protocol::{frame::Frame, CloseFrame, Role, WebSocketConfig};
use tokio_tungstenite::tungstenite::{Message, Utf8Bytes};

/// What a broadcast message is about, for `init`/`initreg` de-duplication.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Conference,
    Registration,
    Other,
}

pub struct Outgoing {
    seq: u64,
    kind: Kind,
    audience: Audience,
    /// The frame for v1 clients (`None`: v2-only news) and for v2 clients;
    /// the same bytes when both versions get the same message.
    v1: Option<Utf8Bytes>,
    v2: Option<Utf8Bytes>,
}

impl Outgoing {
    fn text(&self, version: Version) -> Option<&Utf8Bytes> {
        match version {
            Version::V1 => self.v1.as_ref(),
            Version::V2 => self.v2.as_ref(),
        }
    }
}

pub struct Hub {
    /// Every node's live state, merged (one node in file mode), and the
    /// sequence number of the last message.
    state: Mutex<(Cluster, u64)>,
    tx: broadcast::Sender<Arc<Outgoing>>,
    /// Set when the server stops: every client says goodbye with 1001.
    closing: tokio::sync::watch::Sender<bool>,
    /// A fingerprint of the config when FreeSWITCH went away, to tell
    /// clients `newXML` if it changed by the time the switch is back.
    config_when_lost: Mutex<Option<String>>,
    /// Cluster mode: the config last announced with `newXML`.
    last_announced: Mutex<Option<String>>,
}

impl Hub {
    /// `buffer`: messages a client may lag behind before it is closed.
    /// `nodes`: the `[[node]]` names; none is file mode.
    pub fn new(xml: &crate::fsconf::State, nodes: &[String], buffer: usize) -> Hub {
        Hub {
            state: Mutex::new((Cluster::of_nodes(nodes, xml), 0)),
            tx: broadcast::channel(buffer.max(1)).0,
            closing: tokio::sync::watch::channel(false).0,
            config_when_lost: Mutex::new(None),
            last_announced: Mutex::new(None),
        }
    }

    /// Tell every live client the server is going away (close code 1001).
    pub fn close_all(&self) {
        self.closing.send_replace(true);
    }

    fn note_lost(&self, xml: &crate::fsconf::State) {
        if let Ok(mut g) = self.config_when_lost.lock() {
            g.get_or_insert_with(|| config_fingerprint(xml));
        }
    }

    /// After a reconnect: `newXML` if the config differs from when the
    /// switch went away (changed with `--no-reload` meanwhile, say).
    fn newxml_if_changed_since_lost(&self, xml: &crate::fsconf::State) {
        let before = self.config_when_lost.lock().ok().and_then(|mut g| g.take());
        if before.is_some_and(|b| b != config_fingerprint(xml)) {
            let mut g = self.lock();
            let (_, seq) = &mut *g;
            self.publish(seq, vec![Delta::everyone(ServerMessage::NewXml)]);
        }
    }

    /// Recordings FreeSWITCH is writing now (file names).
    pub fn recording_files(&self) -> Vec<String> {
        self.lock().0.recording_files()
    }

    /// For the `/metrics` gauges.
    pub fn counts(&self) -> LiveCounts {
        self.lock().0.counts()
    }

    /// Each node's counts, in the order of the settings.
    pub fn node_counts(&self) -> Vec<LiveCounts> {
        let g = self.lock();
        (0..g.0.len()).map(|k| g.0.counts_of(k)).collect()
    }

    /// Conferences running on more than one node, with the nodes.
    pub fn splits(&self) -> Vec<(String, Vec<String>)> {
        self.lock().0.splits()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, (Cluster, u64)> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Broadcast deltas; true if any says the state is out of sync.
    fn publish(&self, seq: &mut u64, deltas: Vec<Delta>) -> bool {
        let mut out_of_sync = false;
        for d in deltas {
            match d {
                Delta::Notify(n) => {
                    if let Some(ServerMessage::Split { conference, nodes }) = &n.v2 {
                        report_split(conference, nodes);
                    }
                    *seq += 1;
                    let kind = match (&n.audience, n.v1.as_ref().or(n.v2.as_ref())) {
                        (Audience::Conference(_), _) => Kind::Conference,
                        (_, Some(ServerMessage::AddReg { .. } | ServerMessage::DelReg { .. })) => {
                            Kind::Registration
                        }
                        _ => Kind::Other,
                    };
                    let encode = |m: &ServerMessage| Utf8Bytes::from(m.to_json_string());
                    let v1 = n.v1.as_ref().map(encode);
                    let v2 = match (&n.v1, &n.v2) {
                        (Some(a), Some(b)) if a == b => v1.clone(),
                        (_, b) => b.as_ref().map(encode),
                    };
                    // No receivers is fine.
                    let _ = self.tx.send(Arc::new(Outgoing {
                        seq: *seq,
                        kind,
                        audience: n.audience,
                        v1,
                        v2,
                    }));
                }
                Delta::OutOfSync { reason } => {
                    tracing::info!("live state out of sync: {reason}");
                    out_of_sync = true;
                }
            }
        }
        out_of_sync
    }

    /// Apply an event from `node`; true if a resync is needed.
    /// `repeated_reload`: a RELOADXML of a config the clients were already
    /// told about (a cluster's nodes each reload the same files), whose
    /// `newXML` would only make every client fetch the same again.
    fn apply(&self, node: usize, ev: &Event, repeated_reload: bool) -> bool {
        let mut g = self.lock();
        let (state, seq) = &mut *g;
        let mut deltas = state.apply(node, ev);
        if repeated_reload {
            deltas.retain(|d| d.message() != Some(&ServerMessage::NewXml));
        }
        self.publish(seq, deltas)
    }

    /// In a cluster: whether the config `xml` was already announced with
    /// `newXML` (and remember it as announced).
    fn already_announced(&self, xml: &crate::fsconf::State) -> bool {
        let now = config_fingerprint(xml);
        let Ok(mut last) = self.last_announced.lock() else {
            return false;
        };
        let same = last.as_deref() == Some(now.as_str());
        *last = Some(now);
        same
    }

    fn replace(&self, node: usize, new: LiveState) {
        let mut g = self.lock();
        let (state, seq) = &mut *g;
        let deltas = state.replace(node, new);
        self.publish(seq, deltas);
    }

    /// A cluster node went away: its conferences end in the live view.
    fn lose(&self, node: usize, xml: &crate::fsconf::State) {
        let mut g = self.lock();
        let (state, seq) = &mut *g;
        let deltas = state.lose(node, xml);
        self.publish(seq, deltas);
    }

    fn refresh_xml(&self, xml: &crate::fsconf::State) {
        let mut g = self.lock();
        let (state, seq) = &mut *g;
        let deltas = state.refresh_xml(xml);
        self.publish(seq, deltas);
    }

    fn hand(&self, conference: &str, member: &str, raised: bool) {
        let mut g = self.lock();
        let (state, seq) = &mut *g;
        let at = chrono::Utc::now()
            .format("%Y-%m-%dT%H:%M:%S%.3fZ")
            .to_string();
        let deltas = state.set_hand(conference, member, raised, Some(at));
        self.publish(seq, deltas);
    }

    /// Every running conference `viewer` may see on every node, a split
    /// one once per node (`/api/active`); in file mode what
    /// [`Hub::conferences_for`] gives.
    pub fn all_conferences_for(
        &self,
        viewer: &crate::settings::ContextDef,
        settings: &crate::settings::Settings,
    ) -> Vec<crate::live::ConferenceView> {
        let g = self.lock();
        match g.0.len() {
            1 => g.0.snapshot_for_version(viewer, settings, Version::V2),
            _ => g.0.all_for(viewer, settings),
        }
    }

    /// The running conferences `viewer` may see, in `version`'s shape.
    pub fn conferences_for(
        &self,
        viewer: &crate::settings::ContextDef,
        settings: &crate::settings::Settings,
        version: Version,
    ) -> Vec<crate::live::ConferenceView> {
        self.lock()
            .0
            .snapshot_for_version(viewer, settings, version)
    }

    fn mute_all(&self, conference: &str) {
        let mut g = self.lock();
        let (state, seq) = &mut *g;
        if let Some(d) = state.mute_all_delta(conference) {
            self.publish(seq, vec![d]);
        }
    }
}

/// A conference of one name on several nodes: its callers are on
/// different mixers and do not hear each other. Shown to v2 clients
/// (`split`), counted in `/metrics` and `/healthz`, and logged here.
fn report_split(conference: &str, nodes: &[String]) {
    match nodes {
        [] => tracing::info!("conference {conference} no longer runs on several nodes"),
        _ => tracing::warn!(
            "split: conference {conference} runs on nodes {} at once; its callers do not hear each other",
            nodes.join(", ")
        ),
    }
}

/// Follow one FreeSWITCH (`node`, an index into `app.switches`): on every
/// (re)connect subscribe, read the globals and resync; apply events;
/// rebuild the config cache on RELOADXML; carry out moderator keys. In a
/// cluster a lost node's conferences end in the live view until it is back.
pub async fn drive(app: AppState, node: usize, mut notices: NoticeReceiver) {
    let Some(sw) = app.switches.get(node).cloned() else {
        return;
    };
    let esl = sw.esl.clone();
    loop {
        let notice = match notices.recv().await {
            Ok(n) => n,
            Err(broadcast::error::RecvError::Lagged(n)) => {
                tracing::warn!(
                    "missed {n} event-socket notices from {}; resyncing",
                    sw.label()
                );
                resync(&app, node, &esl).await;
                continue;
            }
            Err(_) => return,
        };
        match notice {
            Notice::Connected | Notice::Reconnected => {
                let again = matches!(notice, Notice::Reconnected);
                connected(&app, node, &sw, again).await;
            }
            Notice::Disconnected(why) => {
                tracing::warn!("FreeSWITCH connection lost ({}): {why}", sw.label());
                app.live.note_lost(&app.cache().state);
                if app.is_cluster() {
                    app.live.lose(node, &app.cache().state);
                }
            }
            Notice::Event(ev) => on_event(&app, node, &esl, &ev).await,
        }
    }
}

/// A (re)connected switch: subscribe, read its globals, refresh and resync.
/// A cluster node that comes back reloads its XML, since writes made
/// while it was away reloaded only the others.
async fn connected(app: &AppState, node: usize, sw: &super::Switch, again: bool) {
    let esl = &sw.esl;
    if again {
        app.metrics.esl_reconnected(sw.name.as_deref());
    }
    tracing::info!("connected to FreeSWITCH at {}", sw.label());
    let subscribed = esl
        .subscribe(&[
            "BACKGROUND_JOB",
            "RELOADXML",
            "CUSTOM",
            "conference::maintenance",
            "sofia::register",
            "sofia::unregister",
            "sofia::expire",
        ])
        .await;
    if let Err(e) = subscribed {
        tracing::warn!("event subscription failed: {e}");
    }
    if again && app.is_cluster() {
        if let Err(e) = esl.bgapi("reloadxml").await {
            tracing::warn!("reloadxml on {}: {e}", sw.label());
        }
    }
    // The globals (`/api/info`, the phone's WSS address) are the first
    // node's, or another's while it is away: nodes may differ (their own
    // addresses), and the answer must not depend on who reconnected last.
    let first_away = app.switches.first().is_some_and(|s| !s.esl.is_connected());
    if node == 0 || first_away {
        match esl.api("global_getvar").await {
            Ok(text) => {
                if let Ok(mut g) = app.globals.write() {
                    *g = crate::ops::info::parse_globals(&text);
                }
            }
            Err(e) => tracing::warn!("global_getvar failed: {e}"),
        }
    }
    refresh_cache(app).await;
    app.live.newxml_if_changed_since_lost(&app.cache().state);
    resync(app, node, esl).await;
}

async fn on_event(app: &AppState, node: usize, esl: &EslClient, ev: &Event) {
    let mut repeated_reload = false;
    if ev.name() == Some("RELOADXML") {
        refresh_cache(app).await;
        app.live.refresh_xml(&app.cache().state);
        repeated_reload = app.is_cluster() && app.live.already_announced(&app.cache().state);
    }
    let plan = {
        let g = app.live.lock();
        control::on_dtmf_event(
            g.0.state(node),
            ev,
            &app.settings().recordings_dir,
            &app.settings().prompts,
            chrono::Utc::now(),
        )
    };
    // Of several instances on one store, only the elected one acts.
    if let Some(plan) = plan.filter(|_| app.phone_keys.acting()) {
        moderator_key(app, node, esl, ev, plan);
    }
    if app.live.apply(node, ev, repeated_reload) {
        resync(app, node, esl).await;
    }
}

/// Carry out a moderator's key in the background, and record it in the
/// audit log like the same control from a client ("every control is
/// recorded"), with the member's user as who and `phone` as where.
fn moderator_key(app: &AppState, node: usize, esl: &EslClient, ev: &Event, plan: Plan) {
    let audit = {
        let g = app.live.lock();
        control::phone_key_audit(g.0.state(node), ev, &plan, app.settings())
    };
    let (a, e) = (app.clone(), esl.clone());
    tokio::spawn(async move {
        let result = carry_out(&a, &e, plan).await;
        if let Err(why) = &result {
            tracing::info!("moderator key: {why}");
        }
        let Some((who, control, args)) = audit else {
            return;
        };
        let verdict = match result {
            Ok(_) => crate::audit::Verdict::ok(),
            Err(why) => crate::audit::Verdict::error(why),
        };
        let path = a.settings().audit_log();
        let what = format!("live/{control}");
        let _ = tokio::task::spawn_blocking(move || {
            crate::audit::Log::new(path).record(&who, &what, &args, verdict)
        })
        .await;
    });
}

/// What clients' view of the config depends on: users and conferences as
/// parsed (their `Debug` form, compared, never stored for long).
fn config_fingerprint(xml: &crate::fsconf::State) -> String {
    format!("{:?}{:?}{:?}", xml.users, xml.conferences, xml.vars)
}

async fn refresh_cache(app: &AppState) {
    let a = app.clone();
    match tokio::task::spawn_blocking(move || a.refresh()).await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => tracing::warn!("state refresh failed: {e}"),
        Err(e) => tracing::warn!("state refresh task failed: {e}"),
    }
}

/// Re-read conferences and registrations and bring clients up to date with
/// the normal events.
async fn resync(app: &AppState, node: usize, esl: &EslClient) {
    let confs = esl.api("conference json_list").await;
    let regs = esl.api(crate::live::state::REGISTRATIONS).await;
    let (Ok(confs), Ok(regs)) = (confs, regs) else {
        tracing::warn!("resync failed: FreeSWITCH did not answer");
        return;
    };
    // `conference json_list` with no conference running may answer `-ERR`
    // on some versions; that is an empty list.
    let confs = if confs.trim_start().starts_with('[') {
        confs
    } else {
        "[]".to_string()
    };
    let now = Some(chrono::Utc::now());
    match LiveState::from_snapshot_at(&confs, &regs, &app.cache().state, now) {
        Ok(new) => app.live.replace(node, new),
        Err(e) => tracing::warn!("resync: {e}"),
    }
}

/// Send a plan's command; on success its follow-ups. FreeSWITCH's reply
/// (empty for fsconn's own changes), or the error text for the client.
pub async fn carry_out(app: &AppState, esl: &EslClient, plan: Plan) -> Result<String, String> {
    let mut reply = String::new();
    if let Some(command) = &plan.command {
        if !esl.is_connected() {
            return Err("FreeSWITCH is not connected".into());
        }
        reply = esl.api(command).await.map_err(|e| e.to_string())?;
        if !Plan::succeeded(&reply) {
            return Err(reply.trim().to_string());
        }
    }
    for f in plan.on_success {
        match f {
            FollowUp::Command(c) => {
                if let Err(e) = esl.api(&c).await {
                    tracing::info!("{c}: {e}");
                }
            }
            FollowUp::MuteAll { conference } => app.live.mute_all(&conference),
            FollowUp::Hand {
                conference,
                member,
                raised,
            } => app.live.hand(&conference, &member, raised),
        }
    }
    Ok(reply.trim().to_string())
}

/// Largest message or frame a client may send: its requests are short JSON
/// commands; beyond this the connection is closed with 1009 before more is
/// buffered.
pub const MAX_INCOMING: usize = 8 * 1024;

/// The WebSocket read buffer each client keeps. Requests are short (`init`
/// is 14 bytes, a control about 100); a longer message grows that client's
/// buffer to its size, up to [`MAX_INCOMING`]. tungstenite zero-fills the
/// whole buffer, so all of it is resident: 4 KiB was a third of an idle
/// client's memory.
const READ_BUFFER: usize = 512;

/// `GET /api/live?login=NAME:PASSWORD`, or with digest auth.
#[utoipa::path(
    get,
    path = "/api/live",
    tag = "live",
    security(("login" = []), ("team" = []), ("friends" = []), ("public" = []), ("session" = [])),
    params(
        ("login" = Option<String>, Query, description = "NAME:PASSWORD (else digest auth or the session cookie)"),
        ("v" = Option<String>, Query, description = "2 for the v2 protocol from the first message"),
    ),
    responses((status = 101, description = "Switching to the WebSocket (messages: docs/live-protocol.md). Closed with 4001 `credentials changed` when the user is deleted, moved or gets a new password, 4002 `session ended` when the console session it was opened with ends, 4000 when it falls behind"), (status = 400, description = "Not a WebSocket handshake", body = crate::ops::answer::ErrorAnswer), (status = 403, description = "A handshake started by another site", body = crate::ops::answer::ErrorAnswer), crate::server::openapi::AuthErrors)
)]
pub async fn handler(State(app): State<AppState>, req: Request) -> Result<Response, ApiError> {
    let (parts, _body) = req.into_parts();
    let login_param = parts.uri.query().and_then(|q| {
        q.split('&')
            .find_map(|kv| kv.strip_prefix("login="))
            .map(|v| {
                percent_encoding::percent_decode_str(v)
                    .decode_utf8_lossy()
                    .into_owned()
            })
    });
    let who = match login_param {
        Some(l) => login(&app, client_addr(&app, &parts), &l)?.ok_or_else(|| {
            ApiError::Status(axum::http::StatusCode::UNAUTHORIZED, "wrong login".into())
        })?,
        None => authenticate(&app, &parts)?,
    };
    super::access::note_user(&parts.extensions, &who.user.name);
    let v2 = parts
        .uri
        .query()
        .is_some_and(|q| q.split('&').any(|kv| kv == "v=2"));
    let version = if v2 { Version::V2 } else { Version::V1 };
    upgrade(app, parts, who, version).await
}

/// Answer the handshake with 101 and run the client on the upgraded socket.
async fn upgrade(
    app: AppState,
    mut parts: axum::http::request::Parts,
    who: Authed,
    version: Version,
) -> Result<Response, ApiError> {
    let key = parts
        .headers
        .get(axum::http::header::SEC_WEBSOCKET_KEY)
        .cloned();
    let upgrade = parts.extensions.get::<hyper::upgrade::OnUpgrade>().cloned();
    // axum checks the handshake (method, headers, version); the upgrade
    // itself is ours, so the socket is tokio-tungstenite's own and large
    // replies can go out in fragments (see `send_text`).
    let _checked = WebSocketUpgrade::from_request_parts(&mut parts, &app)
        .await
        .map_err(|e| ApiError::bad_request(e.body_text()))?;
    let (Some(key), Some(upgrade)) = (key, upgrade) else {
        return Err(ApiError::bad_request(
            "a WebSocket over HTTP/1.1 is required",
        ));
    };
    tokio::spawn(async move {
        if let Ok(io) = upgrade.await {
            let socket = tokio_tungstenite::WebSocketStream::from_raw_socket(
                TokioIo::new(io),
                Role::Server,
                Some(ws_config()),
            )
            .await;
            client(app, socket, who, version).await;
        }
    });
    let accept = tokio_tungstenite::tungstenite::handshake::derive_accept_key(key.as_bytes());
    Response::builder()
        .status(axum::http::StatusCode::SWITCHING_PROTOCOLS)
        .header(axum::http::header::CONNECTION, "upgrade")
        .header(axum::http::header::UPGRADE, "websocket")
        .header(axum::http::header::SEC_WEBSOCKET_ACCEPT, accept)
        .body(axum::body::Body::empty())
        .map_err(|e| ApiError::bad_request(e.to_string()))
}

/// Small buffers: clients send short requests, and tungstenite zero-fills
/// its whole read buffer on every read attempt (128 KiB by default), which
/// cost 42 % of the server's CPU at 1,000 clients and most of its memory
/// (see BENCHMARKS.md, §6 and idle clients).
fn ws_config() -> WebSocketConfig {
    WebSocketConfig::default()
        .read_buffer_size(READ_BUFFER)
        .write_buffer_size(WRITE_BUFFER)
        .max_message_size(Some(MAX_INCOMING))
        .max_frame_size(Some(MAX_INCOMING))
}

/// Bytes gathered before a write, and the largest frame sent: a longer
/// message (a big `init`) goes out as fragments of this size. tungstenite's
/// write buffer keeps the capacity of the largest frame it ever held, so
/// one 1 MB frame per client would stay as 1 MB per client (1 GB for 1,000
/// clients after an `init` of 100 conferences x 50 members).
const WRITE_BUFFER: usize = 16 * 1024;

/// How a client's loop goes on after one thing happened.
enum Flow {
    Continue,
    /// Stop; with a close frame (code, reason) to send, or none when the
    /// connection is gone.
    End(Option<(u16, &'static str)>),
}

type WebSocket = tokio_tungstenite::WebSocketStream<TokioIo<hyper::upgrade::Upgraded>>;
type Sink = futures_util::stream::SplitSink<WebSocket, Message>;
type Incoming = Option<Result<Message, tungstenite::Error>>;

/// One live client between messages. Kept small: 10,000 idle clients hold
/// 10,000 of these (with their task and socket), so nothing per client is
/// copied that the shared `AppState` already has, and the rarely taken,
/// large request path is boxed (see BENCHMARKS.md, idle clients).
struct Session {
    app: AppState,
    who: Authed,
    version: Version,
    /// Broadcast messages up to these sequence numbers are already in the
    /// client's `init` / `initreg` snapshot.
    conf_upto: u64,
    reg_upto: u64,
    awaiting_pong: bool,
}

async fn client(app: AppState, socket: WebSocket, who: Authed, version: Version) {
    // Subscribe before anything else, so no message falls between the
    // snapshot and the stream.
    let mut rx = app.live.tx.subscribe();
    let _counted = app.metrics.ws_client(&who.ctx.name);
    let (mut sink, mut stream) = socket.split();
    let mut ping = tokio::time::interval(Duration::from_secs(app.settings().ping_interval));
    ping.tick().await;
    let mut closing = app.live.closing.subscribe();
    let mut revoked = app.revocations.subscribe();
    let ends = who.session.as_deref().and_then(|t| app.sessions.expires(t));
    let session_end = async move {
        match ends {
            Some(at) => tokio::time::sleep_until(at.into()).await,
            None => std::future::pending().await,
        }
    };
    tokio::pin!(session_end);
    let mut s = Session {
        app,
        who,
        version,
        conf_upto: 0,
        reg_upto: 0,
        awaiting_pong: false,
    };
    let close_reason = loop {
        let flow = tokio::select! {
            msg = rx.recv() => s.forward(msg, &mut rx, &mut sink).await,
            incoming = stream.next() => Box::pin(s.answer(incoming, &mut sink)).await,
            _ = async { closing.wait_for(|c| *c).await.is_ok() } => {
                Flow::End(Some((1001, "server shutting down")))
            }
            _ = ping.tick() => s.ping(&mut sink).await,
            Ok(()) = revoked.changed() => s.recheck(),
            _ = &mut session_end => Flow::End(Some(super::revoke::Revoked::SessionEnded.close())),
        };
        if let Flow::End(reason) = flow {
            break reason;
        }
    };
    if let Some((code, reason)) = close_reason {
        tracing::info!("closing live client {}: {reason}", s.who.user.name);
        let close = CloseFrame {
            code: code.into(),
            reason: Utf8Bytes::from_static(reason),
        };
        let _ = sink.send(Message::Close(Some(close))).await;
    }
}

impl Session {
    /// After something may have ended credentials: close if ours did.
    fn recheck(&self) -> Flow {
        match super::revoke::check(&self.app, &self.who) {
            Ok(()) => Flow::Continue,
            Err(r) => Flow::End(Some(r.close())),
        }
    }

    /// Whether a broadcast message goes to this client.
    fn wants(&self, o: &Outgoing) -> bool {
        let dup = match o.kind {
            Kind::Conference => o.seq <= self.conf_upto,
            Kind::Registration => o.seq <= self.reg_upto,
            Kind::Other => false,
        };
        !dup && o.audience.admits(&self.who.ctx, self.app.settings())
    }

    /// Send a broadcast message and whatever else is waiting in one flush.
    async fn forward(
        &mut self,
        first: Result<Arc<Outgoing>, broadcast::error::RecvError>,
        rx: &mut broadcast::Receiver<Arc<Outgoing>>,
        sink: &mut Sink,
    ) -> Flow {
        let batch = match gather(first, rx, self.app.settings().live_batch_ms).await {
            Batch::Ready(b) => b,
            Batch::Closed => return Flow::End(None),
            Batch::Behind => {
                self.app.metrics.ws_too_slow();
                return Flow::End(Some((
                    4000,
                    "too slow: fell too far behind the live events; reconnect and send init",
                )));
            }
        };
        let mut sent = 0;
        let texts = batch
            .iter()
            .filter(|o| self.wants(o))
            .filter_map(|o| o.text(self.version));
        for text in texts {
            if sink.feed(Message::Text(text.clone())).await.is_err() {
                return Flow::End(None);
            }
            sent += 1;
        }
        self.app.metrics.ws_sent(sent);
        if sink.flush().await.is_err() {
            return Flow::End(None);
        }
        Flow::Continue
    }

    /// Handle what the client sent: pongs, requests, its Close.
    async fn answer(&mut self, incoming: Incoming, sink: &mut Sink) -> Flow {
        let text = match incoming {
            Some(Ok(Message::Text(t))) => t,
            Some(Err(e)) if too_big(&e) => return Flow::End(Some((1009, "message too big"))),
            Some(Ok(Message::Close(_))) => {
                // tungstenite queued the answering Close frame
                // (RFC 6455 §5.5.1); closing the sink sends it.
                let _ = sink.close().await;
                return Flow::End(None);
            }
            None | Some(Err(_)) => return Flow::End(None),
            Some(Ok(_)) => {
                // A pong, or anything else: the client is alive.
                self.awaiting_pong = false;
                return Flow::Continue;
            }
        };
        self.awaiting_pong = false;
        let reply = match self.reply(text.as_str()).await {
            Ok(Some(reply)) => reply,
            Ok(None) => return Flow::Continue,
            Err(revoked) => return Flow::End(Some(revoked.close())),
        };
        match send_text(sink, reply.to_json_string()).await {
            Ok(()) => Flow::Continue,
            Err(_) => Flow::End(None),
        }
    }

    /// The answer to a request, if it gets one; a control from a client
    /// whose credentials were revoked closes the connection instead.
    async fn reply(&mut self, text: &str) -> Result<Option<ServerMessage>, super::revoke::Revoked> {
        let settings = self.app.settings();
        Ok(match ClientRequest::parse(text) {
            Err(e) => Some(e.to_message()),
            Ok(ClientRequest::Init { version: asked }) => {
                // `?v=2` or an earlier v2 init stay: a plain init never
                // downgrades.
                self.version = self.version.max(asked);
                let g = self.app.live.lock();
                self.conf_upto = g.1;
                let snapshot =
                    g.0.snapshot_for_version(&self.who.ctx, settings, self.version);
                Some(ServerMessage::init(snapshot))
            }
            Ok(ClientRequest::InitReg) => {
                let g = self.app.live.lock();
                self.reg_upto = g.1;
                Some(ServerMessage::initreg(g.0.registrations()))
            }
            Ok(req) => {
                super::revoke::confirm(&self.app, &self.who).await?;
                match control_request(&self.app, &self.who, &req).await {
                    Err(e) => Some(e),
                    Ok(done) if self.version == Version::V2 => Some(done),
                    Ok(_) => None,
                }
            }
        })
    }

    /// A ping, unless the previous one went unanswered.
    async fn ping(&mut self, sink: &mut Sink) -> Flow {
        if self.awaiting_pong {
            return Flow::End(Some((4000, "no answer to ping")));
        }
        self.awaiting_pong = true;
        match sink.send(Message::Ping(Bytes::new())).await {
            Ok(()) => Flow::Continue,
            Err(_) => Flow::End(None),
        }
    }
}

/// A broadcast message and what else is waiting after a short gathering
/// window (one write per client per window instead of one per event is what
/// keeps 1,000 clients cheap when events come fast).
async fn gather(
    first: Result<Arc<Outgoing>, broadcast::error::RecvError>,
    rx: &mut broadcast::Receiver<Arc<Outgoing>>,
    batch_ms: u64,
) -> Batch {
    let mut batch = match first {
        Ok(o) => vec![o],
        Err(broadcast::error::RecvError::Lagged(_)) => return Batch::Behind,
        Err(broadcast::error::RecvError::Closed) => return Batch::Closed,
    };
    if batch_ms > 0 {
        tokio::time::sleep(Duration::from_millis(batch_ms)).await;
    }
    while batch.len() < 1024 {
        match rx.try_recv() {
            Ok(o) => batch.push(o),
            Err(broadcast::error::TryRecvError::Lagged(_)) => return Batch::Behind,
            Err(_) => break,
        }
    }
    Batch::Ready(batch)
}

enum Batch {
    Ready(Vec<Arc<Outgoing>>),
    /// The client fell further behind than the broadcast buffer holds.
    Behind,
    /// The hub is gone (the server stops).
    Closed,
}

/// Whether a read failed because the client's message or frame was over
/// [`MAX_INCOMING`].
fn too_big(e: &tungstenite::Error) -> bool {
    matches!(e, tungstenite::Error::Capacity(_))
}

/// Send one text message; beyond [`WRITE_BUFFER`] as a fragmented message
/// (RFC 6455 §5.4), so the write buffer never holds more than a fragment.
async fn send_text(sink: &mut Sink, text: String) -> Result<(), tungstenite::Error> {
    if text.len() <= WRITE_BUFFER {
        return sink.send(Message::Text(Utf8Bytes::from(text))).await;
    }
    let all = Bytes::from(text);
    let mut at = 0;
    while at < all.len() {
        let end = (at + WRITE_BUFFER).min(all.len());
        let opcode = if at == 0 { Data::Text } else { Data::Continue };
        let frame = Frame::message(all.slice(at..end), OpCode::Data(opcode), end == all.len());
        sink.feed(Message::Frame(frame)).await?;
        at = end;
    }
    sink.flush().await
}

/// `exec` / `memexec`: validated and planned before anything is sent. The
/// `done` message for v2 clients on success. The audit log records the
/// request and its result.
async fn control_request(
    app: &AppState,
    who: &Authed,
    req: &ClientRequest,
) -> Result<ServerMessage, ServerMessage> {
    let result = control_result(app, who, req).await;
    let (what, args) = match req {
        ClientRequest::Exec {
            conference,
            call,
            args,
        } => (format!("live/{call}"), audit_args(conference, args)),
        ClientRequest::MemExec {
            conference,
            call,
            member,
            args,
        } => {
            let mut v = audit_args(conference, args);
            v["member"] = serde_json::json!(member);
            (format!("live/{call}"), v)
        }
        _ => return result,
    };
    let verdict = match &result {
        Ok(_) => crate::audit::Verdict::ok(),
        Err(ServerMessage::Error { error }) => crate::audit::Verdict::error(error.clone()),
        Err(_) => crate::audit::Verdict::error("refused"),
    };
    super::audit_async(app, who, what, args, verdict).await;
    result
}

/// A control's arguments for the audit log.
pub fn audit_args(conference: &str, a: &crate::live::protocol::Args) -> serde_json::Value {
    let mut v = serde_json::json!({ "conference": conference });
    for (k, x) in [
        ("value", &a.value),
        ("to", &a.to),
        ("user", &a.user),
        ("file", &a.file),
        ("member", &a.member),
    ] {
        if let Some(x) = x {
            v[k] = serde_json::json!(x);
        }
    }
    v
}

async fn control_result(
    app: &AppState,
    who: &Authed,
    req: &ClientRequest,
) -> Result<ServerMessage, ServerMessage> {
    let (conference, call) = match req {
        ClientRequest::Exec {
            conference, call, ..
        }
        | ClientRequest::MemExec {
            conference, call, ..
        } => (conference.clone(), call.clone()),
        _ => (String::new(), String::new()),
    };
    let (node, plan) = plan_with(app, &conference, |ctl| {
        control::plan_request(ctl, requester(who), req)
    });
    let plan = plan.map_err(|e| e.to_message())?;
    if let ClientRequest::Exec { call, args, .. } | ClientRequest::MemExec { call, args, .. } = req
    {
        if let (true, Some(to)) = (call == "transfer", args.to.as_deref()) {
            same_node(app, node, to).map_err(ServerMessage::error)?;
        }
    }
    super::revoke::confirm(app, who)
        .await
        .map_err(|r| ServerMessage::error(r.close().1))?;
    let reply = execute(app, node, plan)
        .await
        .map_err(ServerMessage::error)?;
    Ok(ServerMessage::Done {
        conference,
        call,
        reply,
    })
}

pub fn requester(who: &Authed) -> Requester<'_> {
    Requester {
        ctx: &who.ctx,
        user: &who.user.id,
    }
}

/// Plans under the live lock with everything the planner checks against:
/// the state of the node that hosts `conference` (the first node when it
/// runs nowhere, whose state then says it is not running), and that node.
pub fn plan_with<T>(
    app: &AppState,
    conference: &str,
    f: impl FnOnce(&Controls<'_>) -> T,
) -> (usize, T) {
    let prompts = list_prompts(app.settings().prompts_dir.as_deref());
    let cache = app.cache();
    let g = app.live.lock();
    let (node, state) = g.0.hosting(conference);
    let ctl = Controls {
        state,
        settings: app.settings(),
        directory: &cache.state,
        recdir: &app.settings().recordings_dir,
        prompts: &prompts,
        now: chrono::Utc::now(),
    };
    (node, f(&ctl))
}

/// Plans `control` in `conference` for `who` (the REST API), with the
/// node to send it to.
pub fn plan_control(
    app: &AppState,
    who: &Authed,
    conference: &str,
    control: &Control,
) -> Result<(usize, Plan), control::ControlError> {
    let (node, plan) = plan_with(app, conference, |ctl| {
        ctl.plan(requester(who), conference, control)
    });
    plan.map(|p| (node, p))
}

/// A transfer from a conference on `node` to `to` stays on that node
/// (see `Cluster::check_transfer`).
pub fn same_node(app: &AppState, node: usize, to: &str) -> Result<(), String> {
    app.live.lock().0.check_transfer(node, to)
}

/// Carries out a plan on the event-socket connection of `node`.
pub async fn execute(app: &AppState, node: usize, plan: Plan) -> Result<String, String> {
    match app.switches.get(node).map(|s| &s.esl) {
        Some(esl) => carry_out(app, esl, plan).await,
        None if plan.command.is_none() => {
            let (a, p) = (app.clone(), plan);
            for f in p.on_success {
                if let FollowUp::Hand {
                    conference,
                    member,
                    raised,
                } = f
                {
                    a.live.hand(&conference, &member, raised);
                }
            }
            Ok(String::new())
        }
        None => Err("FreeSWITCH is not connected".into()),
    }
}

/// The file names in the prompts directory (none if unset or unreadable).
pub fn list_prompts(dir: Option<&std::path::Path>) -> Vec<String> {
    let Some(entries) = dir.and_then(|d| std::fs::read_dir(d).ok()) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().into_string().ok())
        .collect()
}
