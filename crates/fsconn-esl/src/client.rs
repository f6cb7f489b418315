//! Async inbound event-socket client.
//!
//! One reader task per connection owns the socket's read half and never
//! waits on anyone: replies go to the command that is waiting for them (ESL
//! answers `api` and other commands strictly in order), `BACKGROUND_JOB`
//! events complete the `bgapi` call with the same `Job-UUID`, and every event
//! is fanned out on a broadcast channel (a consumer that falls behind loses
//! events and is told so by tokio, instead of stalling the socket and making
//! FreeSWITCH drop us).
//!
//! `EslClient::connect` gives a single connection; `connect_with_reconnect`
//! keeps one alive with capped exponential backoff, re-subscribes after every
//! reconnect and announces it with `Notice::Reconnected` so consumers re-read
//! state that may have changed while the socket was down.

use std::collections::{HashMap, VecDeque};
use std::io::{Read, Write};
use std::net::ToSocketAddrs;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::tcp::OwnedWriteHalf;
use tokio::net::TcpStream;
use tokio::sync::{broadcast, oneshot, watch};
use tokio::task::JoinHandle;

use super::codec::{
    self, Event, EventFormat, Handshake, HandshakeError, HandshakeStep, Message, MessageDecoder,
    MessageKind,
};
use super::EslError;

/// How to reach and talk to FreeSWITCH.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// `host:port`, e.g. `127.0.0.1:8021`.
    pub addr: String,
    pub password: String,
    pub connect_timeout: Duration,
    /// Applies to every command, and to waiting for a `bgapi` job's result.
    pub command_timeout: Duration,
    /// Format asked for in `event` commands.
    pub event_format: EventFormat,
    /// Notices buffered per consumer before the slowest one starts losing them.
    pub notice_capacity: usize,
}

impl ClientConfig {
    pub fn new(addr: impl Into<String>, password: impl Into<String>) -> Self {
        ClientConfig {
            addr: addr.into(),
            password: password.into(),
            connect_timeout: Duration::from_secs(5),
            command_timeout: Duration::from_secs(10),
            event_format: EventFormat::Plain,
            notice_capacity: 4096,
        }
    }
}

/// Backoff between reconnect attempts: `initial`, doubling up to `max`.
#[derive(Debug, Clone, Copy)]
pub struct ReconnectPolicy {
    pub initial: Duration,
    pub max: Duration,
}

impl Default for ReconnectPolicy {
    fn default() -> Self {
        ReconnectPolicy {
            initial: Duration::from_millis(100),
            max: Duration::from_secs(5),
        }
    }
}

/// What the client tells its consumers, in order.
#[derive(Debug, Clone)]
pub enum Notice {
    /// First successful connection of a reconnecting client.
    Connected,
    Event(Arc<Event>),
    /// The socket closed; the text is FreeSWITCH's disconnect notice if it
    /// sent one (`The system is being shut down.`), else the local reason.
    Disconnected(String),
    /// Connected again after a loss, already re-subscribed: re-read state.
    Reconnected,
}

pub type NoticeReceiver = broadcast::Receiver<Notice>;

/// A handle to FreeSWITCH; cheap to clone, all clones share the connection.
#[derive(Clone)]
pub struct EslClient {
    shared: Arc<Shared>,
}

struct Shared {
    config: ClientConfig,
    notices: broadcast::Sender<Notice>,
    conn: RwLock<Option<Arc<Conn>>>,
    /// Every `event` list sent so far, replayed after a reconnect.
    subscriptions: Mutex<Vec<String>>,
    supervisor: Mutex<Option<JoinHandle<()>>>,
}

impl Drop for Shared {
    fn drop(&mut self) {
        if let Ok(mut s) = self.supervisor.lock() {
            if let Some(task) = s.take() {
                task.abort();
            }
        }
    }
}

/// One live socket.
struct Conn {
    writer: tokio::sync::Mutex<OwnedWriteHalf>,
    /// Waiters for `command/reply` / `api/response`, in the order sent.
    replies: Arc<Mutex<VecDeque<oneshot::Sender<Message>>>>,
    /// Waiters for `BACKGROUND_JOB` events, by Job-UUID.
    jobs: Arc<Mutex<HashMap<String, oneshot::Sender<Event>>>>,
    closed: watch::Receiver<bool>,
    reader: JoinHandle<()>,
}

impl Drop for Conn {
    fn drop(&mut self) {
        self.reader.abort();
    }
}

impl EslClient {
    /// Connects and authenticates once; no reconnect.
    pub async fn connect(config: ClientConfig) -> Result<EslClient, EslError> {
        let client = EslClient::new_unconnected(config);
        let conn = open_connection(&client.shared).await?;
        client.set_conn(Some(conn));
        Ok(client)
    }

    /// Keeps a connection alive in the background, forever (until every
    /// clone of the client is dropped). Returns at once; watch the notices
    /// for `Connected` / `Disconnected` / `Reconnected`.
    pub fn connect_with_reconnect(
        config: ClientConfig,
        policy: ReconnectPolicy,
    ) -> (EslClient, NoticeReceiver) {
        let client = EslClient::new_unconnected(config);
        let notices = client.notices();
        let weak = Arc::downgrade(&client.shared);
        let task = tokio::spawn(supervise(weak, policy));
        if let Ok(mut s) = client.shared.supervisor.lock() {
            *s = Some(task);
        }
        (client, notices)
    }

    fn new_unconnected(config: ClientConfig) -> EslClient {
        let (notices, _) = broadcast::channel(config.notice_capacity.max(1));
        EslClient {
            shared: Arc::new(Shared {
                config,
                notices,
                conn: RwLock::new(None),
                subscriptions: Mutex::new(Vec::new()),
                supervisor: Mutex::new(None),
            }),
        }
    }

    fn set_conn(&self, conn: Option<Arc<Conn>>) {
        if let Ok(mut c) = self.shared.conn.write() {
            *c = conn;
        }
    }

    fn conn(&self) -> Result<Arc<Conn>, EslError> {
        let guard = self
            .shared
            .conn
            .read()
            .map_err(|_| EslError::NotConnected)?;
        match guard.as_ref() {
            Some(c) if !*c.closed.borrow() => Ok(c.clone()),
            _ => Err(EslError::NotConnected),
        }
    }

    /// A new receiver of notices (events, disconnects, reconnects) from now on.
    pub fn notices(&self) -> NoticeReceiver {
        self.shared.notices.subscribe()
    }

    pub fn is_connected(&self) -> bool {
        self.conn().is_ok()
    }

    pub fn config(&self) -> &ClientConfig {
        &self.shared.config
    }

    /// Sends a raw command (`line` plus header lines) and returns the reply.
    pub async fn command(&self, line: &str, headers: &[(&str, &str)]) -> Result<Message, EslError> {
        check_line(line)?;
        for (n, v) in headers {
            check_line(n)?;
            check_line(v)?;
        }
        let conn = self.conn()?;
        let timeout = self.shared.config.command_timeout;
        send_and_wait(&conn, codec::encode_command(line, headers), timeout).await
    }

    /// Runs `api CMD` and returns the output body (which may start with
    /// `-ERR`: FreeSWITCH reports most api failures in the body).
    pub async fn api(&self, cmd: &str) -> Result<String, EslError> {
        let reply = self.command(&format!("api {cmd}"), &[]).await?;
        match reply.kind() {
            MessageKind::ApiResponse => Ok(reply.body_text().into_owned()),
            _ => Err(unexpected_reply(&reply)),
        }
    }

    /// Runs `bgapi CMD` and waits for its `BACKGROUND_JOB` result, matched by
    /// a Job-UUID generated for this call.
    pub async fn bgapi(&self, cmd: &str) -> Result<String, EslError> {
        let line = format!("bgapi {cmd}");
        check_line(&line)?;
        let conn = self.conn()?;
        let job_uuid = uuid::Uuid::new_v4().to_string();
        let (tx, rx) = oneshot::channel();
        lock(&conn.jobs).insert(job_uuid.clone(), tx);
        let timeout = self.shared.config.command_timeout;
        let result = async {
            let reply = send_and_wait(
                &conn,
                codec::encode_command(&line, &[("Job-UUID", &job_uuid)]),
                timeout,
            )
            .await?;
            match reply.reply_text() {
                Some(t) if t.starts_with("+OK") => {}
                Some(t) => return Err(EslError::CommandFailed(t.to_string())),
                None => return Err(unexpected_reply(&reply)),
            }
            match tokio::time::timeout(timeout, rx).await {
                Ok(Ok(event)) => Ok(event.body.unwrap_or_default()),
                Ok(Err(_)) => Err(EslError::Disconnected(
                    "closed before the job finished".into(),
                )),
                Err(_) => Err(EslError::Timeout(timeout)),
            }
        }
        .await;
        lock(&conn.jobs).remove(&job_uuid);
        result
    }

    /// Subscribes to events, e.g. `["BACKGROUND_JOB", "CUSTOM",
    /// "conference::maintenance"]` or `["ALL"]`; remembered for reconnects.
    pub async fn subscribe(&self, events: &[&str]) -> Result<(), EslError> {
        let list = events.join(" ");
        let line = event_command(self.shared.config.event_format, &list);
        let reply = self.command(&line, &[]).await?;
        expect_ok(&reply)?;
        let mut subs = lock(&self.shared.subscriptions);
        if !subs.contains(&list) {
            subs.push(list);
        }
        Ok(())
    }

    /// Sends `exit` and waits for FreeSWITCH to close the socket.
    pub async fn disconnect(&self) -> Result<(), EslError> {
        if let Ok(mut s) = self.shared.supervisor.lock() {
            if let Some(task) = s.take() {
                task.abort();
            }
        }
        let conn = self.conn()?;
        let reply = send_and_wait(
            &conn,
            codec::encode_command("exit", &[]),
            self.shared.config.command_timeout,
        )
        .await?;
        expect_ok(&reply)?;
        let mut closed = conn.closed.clone();
        let _ =
            tokio::time::timeout(self.shared.config.command_timeout, closed.wait_for(|c| *c)).await;
        self.set_conn(None);
        Ok(())
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// CR or LF in a command line would end it early and start another command.
fn check_line(s: &str) -> Result<(), EslError> {
    if s.contains(['\r', '\n']) {
        Err(EslError::InvalidCommand(s.to_string()))
    } else {
        Ok(())
    }
}

fn event_command(format: EventFormat, list: &str) -> String {
    let f = match format {
        EventFormat::Plain => "plain",
        EventFormat::Json => "json",
    };
    format!("event {f} {list}")
}

fn expect_ok(reply: &Message) -> Result<(), EslError> {
    match reply.reply_text() {
        Some(t) if t.starts_with("+OK") => Ok(()),
        Some(t) => Err(EslError::CommandFailed(t.to_string())),
        None => Err(unexpected_reply(reply)),
    }
}

fn unexpected_reply(m: &Message) -> EslError {
    EslError::Protocol(format!(
        "unexpected reply of type {:?}",
        m.content_type().unwrap_or("(none)")
    ))
}

async fn send_and_wait(
    conn: &Conn,
    bytes: Vec<u8>,
    timeout: Duration,
) -> Result<Message, EslError> {
    let (tx, rx) = oneshot::channel();
    {
        // Queue the waiter and write under one lock so that the order of the
        // queue is the order on the wire, which is the order of the replies.
        let mut w = conn.writer.lock().await;
        lock(&conn.replies).push_back(tx);
        if let Err(e) = w.write_all(&bytes).await {
            return Err(EslError::Disconnected(e.to_string()));
        }
    }
    // On timeout the waiter stays queued: the late reply is consumed by it
    // and does not shift every later reply by one.
    match tokio::time::timeout(timeout, rx).await {
        Ok(Ok(m)) => Ok(m),
        Ok(Err(_)) => Err(EslError::Disconnected(
            "socket closed before the reply".into(),
        )),
        Err(_) => Err(EslError::Timeout(timeout)),
    }
}

/// Connects, authenticates, replays subscriptions and starts the reader.
async fn open_connection(shared: &Arc<Shared>) -> Result<Arc<Conn>, EslError> {
    let cfg = &shared.config;
    let stream =
        match tokio::time::timeout(cfg.connect_timeout, TcpStream::connect(&cfg.addr)).await {
            Ok(Ok(s)) => s,
            Ok(Err(e)) => {
                return Err(EslError::Unreachable {
                    addr: cfg.addr.clone(),
                    reason: e.to_string(),
                })
            }
            Err(_) => {
                return Err(EslError::Unreachable {
                    addr: cfg.addr.clone(),
                    reason: format!("no connection within {:?}", cfg.connect_timeout),
                })
            }
        };
    let _ = stream.set_nodelay(true);
    let (mut read, mut write) = stream.into_split();
    let mut decoder = MessageDecoder::new();

    check_line(&cfg.password)?;
    let mut handshake = Handshake::default();
    loop {
        let m = match read_message(&mut read, &mut decoder, cfg.command_timeout).await {
            Err(EslError::Disconnected(_)) => return Err(HandshakeError::Closed.into()),
            other => other?,
        };
        match handshake.on_message(&m, &cfg.password)? {
            HandshakeStep::Send(bytes) => write.write_all(&bytes).await?,
            HandshakeStep::Done => break,
        }
    }

    // BACKGROUND_JOB is what completes bgapi calls, so it is always wanted.
    let mut lists = vec!["BACKGROUND_JOB".to_string()];
    lists.extend(lock(&shared.subscriptions).iter().cloned());
    for list in lists {
        write
            .write_all(&codec::encode_command(
                &event_command(cfg.event_format, &list),
                &[],
            ))
            .await?;
        let reply = read_message(&mut read, &mut decoder, cfg.command_timeout).await?;
        expect_ok(&reply)?;
    }

    let replies = Arc::new(Mutex::new(VecDeque::new()));
    let jobs = Arc::new(Mutex::new(HashMap::new()));
    let (closed_tx, closed_rx) = watch::channel(false);
    let reader = tokio::spawn(read_loop(
        read,
        decoder,
        replies.clone(),
        jobs.clone(),
        shared.notices.clone(),
        closed_tx,
    ));
    Ok(Arc::new(Conn {
        writer: tokio::sync::Mutex::new(write),
        replies,
        jobs,
        closed: closed_rx,
        reader,
    }))
}

/// Reads one message during the handshake, before the reader task exists.
async fn read_message(
    read: &mut tokio::net::tcp::OwnedReadHalf,
    decoder: &mut MessageDecoder,
    timeout: Duration,
) -> Result<Message, EslError> {
    let mut buf = vec![0u8; 8192];
    let fut = async {
        loop {
            if let Some(m) = decoder.next_message()? {
                return Ok(m);
            }
            let n = read.read(&mut buf).await?;
            if n == 0 {
                return Err(EslError::Disconnected("closed during the handshake".into()));
            }
            decoder.feed(&buf[..n]);
        }
    };
    tokio::time::timeout(timeout, fut)
        .await
        .map_err(|_| EslError::Timeout(timeout))?
}

async fn read_loop(
    mut read: tokio::net::tcp::OwnedReadHalf,
    mut decoder: MessageDecoder,
    replies: Arc<Mutex<VecDeque<oneshot::Sender<Message>>>>,
    jobs: Arc<Mutex<HashMap<String, oneshot::Sender<Event>>>>,
    notices: broadcast::Sender<Notice>,
    closed: watch::Sender<bool>,
) {
    let mut buf = vec![0u8; 65536];
    let mut notice_text: Option<String> = None;
    let reason = 'outer: loop {
        loop {
            let msg = match decoder.next_message() {
                Ok(Some(m)) => m,
                Ok(None) => break,
                Err(e) => break 'outer format!("protocol error: {e}"),
            };
            match msg.kind() {
                MessageKind::CommandReply | MessageKind::ApiResponse => {
                    let waiter = lock(&replies).pop_front();
                    match waiter {
                        Some(w) => {
                            let _ = w.send(msg);
                        }
                        None => tracing::warn!("reply nobody asked for: {:?}", msg.headers),
                    }
                }
                MessageKind::EventPlain | MessageKind::EventJson => match msg.event() {
                    Ok(event) => deliver_event(event, &jobs, &notices),
                    Err(e) => tracing::warn!("undecodable event: {e}"),
                },
                MessageKind::DisconnectNotice => {
                    notice_text = Some(msg.body_text().trim_end().to_string());
                }
                _ => {}
            }
        }
        match read.read(&mut buf).await {
            Ok(0) => break "connection closed by FreeSWITCH".to_string(),
            Ok(n) => decoder.feed(&buf[..n]),
            Err(e) => break e.to_string(),
        }
    };
    // Dropping the waiters wakes every pending command with `Disconnected`.
    lock(&replies).clear();
    lock(&jobs).clear();
    let _ = closed.send(true);
    let _ = notices.send(Notice::Disconnected(notice_text.unwrap_or(reason)));
}

fn deliver_event(
    event: Event,
    jobs: &Mutex<HashMap<String, oneshot::Sender<Event>>>,
    notices: &broadcast::Sender<Notice>,
) {
    if event.name() == Some("BACKGROUND_JOB") {
        let waiter = event.get("Job-UUID").and_then(|id| lock(jobs).remove(id));
        if let Some(w) = waiter {
            let _ = w.send(event.clone());
        }
    }
    // No receivers is fine: nobody is interested right now.
    let _ = notices.send(Notice::Event(Arc::new(event)));
}

async fn supervise(shared: std::sync::Weak<Shared>, policy: ReconnectPolicy) {
    let mut delay = policy.initial;
    let mut ever_connected = false;
    loop {
        let Some(strong) = shared.upgrade() else {
            return;
        };
        match open_connection(&strong).await {
            Ok(conn) => {
                delay = policy.initial;
                let mut closed = conn.closed.clone();
                if let Ok(mut c) = strong.conn.write() {
                    *c = Some(conn);
                }
                let notice = if ever_connected {
                    Notice::Reconnected
                } else {
                    Notice::Connected
                };
                ever_connected = true;
                let _ = strong.notices.send(notice);
                drop(strong);
                // The reader announces the loss itself (Disconnected).
                let _ = closed.wait_for(|c| *c).await;
            }
            Err(e) => {
                tracing::debug!("event socket connect failed: {e}");
                drop(strong);
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(policy.max);
            }
        }
    }
}

/// Connects, authenticates, runs `api reloadxml` and returns its body
/// (`+OK [Success]\n` on success; a broken file also starts with `+OK`, so
/// callers compare the whole text). Synchronous, for the CLI; every step is
/// bounded by `timeout`.
pub fn reloadxml_blocking(
    addr: &str,
    password: &str,
    timeout: Duration,
) -> Result<String, EslError> {
    blocking_api(addr, password, "reloadxml", timeout)
}

/// Where and how to run synchronous one-shot `api` commands.
#[derive(Debug, Clone)]
pub struct BlockingApi {
    pub addr: String,
    pub password: String,
    pub timeout: Duration,
}

impl BlockingApi {
    pub fn api(&self, cmd: &str) -> Result<String, EslError> {
        blocking_api(&self.addr, &self.password, cmd, self.timeout)
    }
}

/// Synchronous `api CMD`: connect, auth, one command, `exit`.
pub fn blocking_api(
    addr: &str,
    password: &str,
    cmd: &str,
    timeout: Duration,
) -> Result<String, EslError> {
    check_line(password)?;
    check_line(cmd)?;
    let unreachable = |reason: String| EslError::Unreachable {
        addr: addr.to_string(),
        reason,
    };
    let targets: Vec<_> = addr
        .to_socket_addrs()
        .map_err(|e| unreachable(e.to_string()))?
        .collect();
    let mut last_err = String::from("no address");
    let mut stream = None;
    for target in targets {
        match std::net::TcpStream::connect_timeout(&target, timeout) {
            Ok(s) => {
                stream = Some(s);
                break;
            }
            Err(e) => last_err = e.to_string(),
        }
    }
    let mut stream = stream.ok_or_else(|| unreachable(last_err))?;
    stream.set_read_timeout(Some(timeout))?;
    stream.set_write_timeout(Some(timeout))?;
    let mut decoder = MessageDecoder::new();
    let deadline = std::time::Instant::now() + timeout;

    let mut handshake = Handshake::default();
    loop {
        let m = match read_message_blocking(&mut stream, &mut decoder, deadline, timeout) {
            Err(EslError::Disconnected(_)) => return Err(HandshakeError::Closed.into()),
            other => other?,
        };
        match handshake.on_message(&m, password)? {
            HandshakeStep::Send(bytes) => stream.write_all(&bytes)?,
            HandshakeStep::Done => break,
        }
    }
    stream.write_all(&codec::encode_command(&format!("api {cmd}"), &[]))?;
    let body = loop {
        let m = read_message_blocking(&mut stream, &mut decoder, deadline, timeout)?;
        if m.kind() == MessageKind::ApiResponse {
            break m.body_text().into_owned();
        }
    };
    // Leave politely; the answer is already in hand, so errors here don't matter.
    let _ = stream.write_all(&codec::encode_command("exit", &[]));
    Ok(body)
}

fn read_message_blocking(
    stream: &mut std::net::TcpStream,
    decoder: &mut MessageDecoder,
    deadline: std::time::Instant,
    timeout: Duration,
) -> Result<Message, EslError> {
    let mut buf = [0u8; 8192];
    loop {
        if let Some(m) = decoder.next_message()? {
            return Ok(m);
        }
        if std::time::Instant::now() >= deadline {
            return Err(EslError::Timeout(timeout));
        }
        match stream.read(&mut buf) {
            Ok(0) => return Err(EslError::Disconnected("closed by FreeSWITCH".into())),
            Ok(n) => decoder.feed(&buf[..n]),
            Err(e)
                if e.kind() == std::io::ErrorKind::WouldBlock
                    || e.kind() == std::io::ErrorKind::TimedOut =>
            {
                return Err(EslError::Timeout(timeout))
            }
            Err(e) => return Err(EslError::Io(e)),
        }
    }
}
