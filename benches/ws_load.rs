//! `cargo bench --bench ws_load`: live WebSocket fan-out under load.
//!
//! Starts the real `fsconn sim` and `fsconn serve` (this build's binary) on a
//! private copy of `examples/freeswitch`, connects N WebSocket clients
//! (default 1,000) to `/api/live` on 127.0.0.1, all allowed to see
//! `public_g722`, and fires member joins and leaves into the simulator's event
//! socket with `sendevent CUSTOM` (`conference::maintenance`, `add-member` /
//! `del-member`), at a series of rates. Every event reaches every client as a
//! `newMember` / `delMember` message.
//!
//! Event number `i` is join `k = i / 2` (even `i`) or its leave (odd `i`);
//! the member's `Member-ID` is `BASE_ID + k`, so each client knows the event
//! number of every message and checks that they arrive complete and in order.
//! A join carries its send time (microseconds since the bench started) in
//! the caller name `t<micros>`; a leave's send time is read from a table the
//! generator fills before writing the event (`delMember` only carries the
//! member id). Latency is send (just before the write to the event socket)
//! to the client task handling the message: sim + serve + both TCP hops +
//! the client's own scheduling.
//!
//! Per rate step it reports delivered vs expected messages, gaps and order
//! violations, p50/p99/max latency, the server's RSS (VmRSS) and its CPU
//! (utime+stime) over the step, and the CPU of the simulator and of this
//! load generator, which share the machine.
//!
//! Settings (environment): `WS_LOAD_CLIENTS` (1000), `WS_LOAD_RATES`
//! (events/s, comma separated; `100,200,500,1000,1500,2000,3000`),
//! `WS_LOAD_FSCONN` (the fsconn binary; default: this build's),
//! `WS_LOAD_STEP_SECS` (5), `WS_LOAD_DRAIN_SECS` (10: how long a step may take
//! to be delivered after its last event was sent). The run stops escalating
//! after a step that lost messages, disconnected clients or did not drain.
//! It panics (non-zero exit) if the processes cannot start, the clients
//! cannot connect, or a process dies.
//!
//! `WS_LOAD_NODES=3` (1..=3; default 1) runs the cluster instead: that many
//! `fsconn sim`s as `[[node]]`s, `serve` with one event socket per node
//! merging them, each node hosting its own conference (`public_g722`,
//! `friends_opus`, `team_g722`; event `i` goes to node `(i / 2) % N`), and
//! every client logged in as `defaultuser` (team, who sees all three), so
//! each client gets the merged stream of every node's events. Order is
//! checked per node (the nodes' streams interleave by arrival, as they do
//! in production); the simulators' CPU is their sum.

use futures_util::{SinkExt, StreamExt};
use std::io::{BufRead, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::Message;

/// The fsconn binary under test: this build's, or `WS_LOAD_FSCONN` (to
/// compare builds with the same load generator).
fn bin() -> String {
    std::env::var("WS_LOAD_FSCONN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_fsconn").to_string())
}
const CONF: &str = "public_g722";
/// Cluster mode: node `n` hosts `CLUSTER_CONFS[n]` (all three team-visible).
const CLUSTER_CONFS: [&str; 3] = [CONF, "friends_opus", "team_g722"];
/// Member-IDs of the injected members start here (the sim's own are small).
const BASE_ID: u64 = 1_000_000;
/// The three example users: team sees everything, friends and public see
/// the public conference; clients rotate through them.
const LOGINS: [&str; 3] = ["defaultuser:napw", "frienduser:napw", "publicuser:napw"];
/// Clients opening their connection at the same time.
const CONNECT_PARALLEL: usize = 50;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(60);

// ---------------------------------------------------------------- settings

struct Settings {
    clients: usize,
    rates: Vec<u64>,
    step_secs: f64,
    drain_secs: f64,
    /// `WS_LOAD_INIT=CONFSxMEMBERS`: measure `init` v2 instead of the
    /// fan-out (see [`init_v2`]).
    init: Option<(u64, u64)>,
    /// `WS_LOAD_NODES`: 1 is file mode (one sim); more is the cluster.
    nodes: usize,
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(v) => v
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v:?} is not valid")),
        Err(_) => default,
    }
}

impl Settings {
    fn from_env() -> Settings {
        let rates = std::env::var("WS_LOAD_RATES")
            .unwrap_or_else(|_| "100,200,500,1000,1500,2000,3000".into())
            .split(',')
            .map(|r| {
                r.trim()
                    .parse::<u64>()
                    .ok()
                    .filter(|r| *r >= 2)
                    .unwrap_or_else(|| panic!("WS_LOAD_RATES: {r:?} is not a rate >= 2"))
            })
            .collect();
        let s = Settings {
            clients: env_or("WS_LOAD_CLIENTS", 1000usize),
            rates,
            step_secs: env_or("WS_LOAD_STEP_SECS", 5.0f64),
            drain_secs: env_or("WS_LOAD_DRAIN_SECS", 10.0f64),
            init: std::env::var("WS_LOAD_INIT").ok().map(|v| {
                v.split_once('x')
                    .and_then(|(c, m)| Some((c.parse().ok()?, m.parse().ok()?)))
                    .filter(|&(c, m)| (1..=1000).contains(&c) && (1..=1000).contains(&m))
                    .unwrap_or_else(|| panic!("WS_LOAD_INIT={v:?}: CONFSxMEMBERS, e.g. 100x50"))
            }),
            nodes: env_or("WS_LOAD_NODES", 1usize),
        };
        assert!((1..=3).contains(&s.nodes), "WS_LOAD_NODES 1..=3");
        assert!(
            s.nodes == 1 || s.init.is_none(),
            "WS_LOAD_INIT measures one node"
        );
        assert!(
            s.clients >= 1 && s.clients <= 10_000,
            "WS_LOAD_CLIENTS 1..=10000"
        );
        assert!(
            s.step_secs > 0.0 && s.step_secs <= 60.0,
            "WS_LOAD_STEP_SECS 0..=60"
        );
        assert!(
            s.drain_secs > 0.0 && s.drain_secs <= 60.0,
            "WS_LOAD_DRAIN_SECS 0..=60"
        );
        s
    }
}

// --------------------------------------------------------------- histogram

/// Log-linear buckets over microseconds: exact below 64 µs, then 32 buckets
/// per power of two (< 3.2 % error).
const NB: usize = 1024;

fn bucket(us: u64) -> usize {
    if us < 64 {
        us as usize
    } else {
        let e = 63 - us.leading_zeros() as usize - 5;
        (e * 32 + (us >> e) as usize).min(NB - 1)
    }
}

/// The largest value a bucket holds (percentiles are reported high).
fn bucket_top(b: usize) -> u64 {
    if b < 64 {
        b as u64
    } else {
        let e = b / 32 - 1;
        let m = (b % 32 + 32) as u64;
        ((m + 1) << e) - 1
    }
}

fn percentile(hist: &[u64], p: f64) -> Option<u64> {
    let n: u64 = hist.iter().sum();
    if n == 0 {
        return None;
    }
    let rank = ((n as f64) * p).ceil().max(1.0) as u64;
    let mut acc = 0;
    for (b, c) in hist.iter().enumerate() {
        acc += c;
        if acc >= rank {
            return Some(bucket_top(b));
        }
    }
    None
}

// ------------------------------------------------------------ shared state

/// What all clients together saw of one step.
#[derive(Default)]
struct StepAgg {
    hist: Vec<u64>,
    received: u64,
    gaps: u64,
    disorder: u64,
    max_us: u64,
    unknown_send_time: u64,
}

struct Shared {
    epoch: Instant,
    /// Send time (µs since `epoch`, +1 so 0 means "not sent") per event.
    sent_us: Vec<AtomicU64>,
    /// Step `s` is events `bounds[s]..bounds[s + 1]`.
    bounds: Vec<u64>,
    steps: Vec<Mutex<StepAgg>>,
    /// How many nodes the events are spread over.
    nodes: u64,
}

impl Shared {
    fn now_us(&self) -> u64 {
        self.epoch.elapsed().as_micros() as u64
    }
    fn step_of(&self, idx: u64) -> usize {
        self.bounds.partition_point(|&b| b <= idx) - 1
    }
    /// The node event `idx` is sent to (a join and its leave share one).
    fn node_of(&self, idx: u64) -> usize {
        ((idx / 2) % self.nodes) as usize
    }
    /// Event `idx`'s position among its node's events (0, 1, 2, ...).
    fn rank(&self, idx: u64) -> i64 {
        ((idx / 2 / self.nodes) * 2 + idx % 2) as i64
    }
    /// The conference event `idx` is about.
    fn conf_of(&self, idx: u64) -> &'static str {
        if self.nodes == 1 {
            CONF
        } else {
            CLUSTER_CONFS[self.node_of(idx)]
        }
    }
}

/// One client, as the main task sees it.
#[derive(Default)]
struct ClientStatus {
    /// Last event number seen in order (-1: none yet).
    last: AtomicI64,
    closed: AtomicBool,
    /// Set with `stop` to end the client task.
    stop: AtomicBool,
    wake: futures_util::task::AtomicWaker,
    /// When it was closed and why (WebSocket close reason, or error).
    why: Mutex<Option<(u64, String)>>,
    other_messages: AtomicU64,
}

/// One client's tally for the step it is in, merged into `Shared::steps`.
struct Local {
    step: Option<usize>,
    hist: Vec<u32>,
    received: u64,
    gaps: u64,
    disorder: u64,
    max_us: u64,
    unknown_send_time: u64,
}

impl Local {
    fn new() -> Local {
        Local {
            step: None,
            hist: vec![0; NB],
            received: 0,
            gaps: 0,
            disorder: 0,
            max_us: 0,
            unknown_send_time: 0,
        }
    }

    fn flush(&mut self, shared: &Shared) {
        let Some(s) = self.step.take() else { return };
        let mut agg = shared.steps[s].lock().unwrap();
        if agg.hist.is_empty() {
            agg.hist = vec![0; NB];
        }
        for (a, h) in agg.hist.iter_mut().zip(self.hist.iter_mut()) {
            *a += *h as u64;
            *h = 0;
        }
        agg.received += std::mem::take(&mut self.received);
        agg.gaps += std::mem::take(&mut self.gaps);
        agg.disorder += std::mem::take(&mut self.disorder);
        agg.unknown_send_time += std::mem::take(&mut self.unknown_send_time);
        agg.max_us = agg.max_us.max(std::mem::take(&mut self.max_us));
    }
}

// --------------------------------------------------------- message parsing

type Finder = std::sync::LazyLock<memchr::memmem::Finder<'static>>;
static CONFID: Finder = Finder::new(|| memchr::memmem::Finder::new(br#""confid":""#));
static NAME_T: Finder = Finder::new(|| memchr::memmem::Finder::new(br#""name":"t"#));
static DATA: Finder = Finder::new(|| memchr::memmem::Finder::new(br#""data":""#));

fn digits_after(s: &[u8], key: &memchr::memmem::Finder<'static>) -> Option<u64> {
    let at = key.find(s)? + key.needle().len();
    let mut v: u64 = 0;
    let mut any = false;
    for &b in &s[at..] {
        if !b.is_ascii_digit() {
            break;
        }
        v = v.checked_mul(10)?.checked_add((b - b'0') as u64)?;
        any = true;
    }
    any.then_some(v)
}

/// A message about one of our events: (event number, send time in µs if
/// the message carries it). No JSON parsing: the fields are found by
/// substring, in the order `ServerMessage` writes them.
fn parse(text: &str) -> Option<(u64, Option<u64>)> {
    let s = text.as_bytes();
    if s.starts_with(br#"{"event":"newMember""#) {
        let confid = digits_after(s, &CONFID)?;
        let sent = digits_after(s, &NAME_T);
        Some((2 * confid.checked_sub(BASE_ID)?, sent))
    } else if s.starts_with(br#"{"event":"delMember""#) {
        let confid = digits_after(s, &DATA)?;
        Some((2 * confid.checked_sub(BASE_ID)? + 1, None))
    } else {
        None
    }
}

// -------------------------------------------------------------- processes

struct Proc {
    child: Child,
    addr: String,
    name: &'static str,
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Proc {
    /// Start `fsconn ARGS` in `dir` and wait for its `listening on ADDR` line.
    fn start(name: &'static str, dir: &Path, args: &[&str]) -> Proc {
        let bin = bin();
        let mut cmd = Command::new(&bin);
        for v in fsconn::settings::ENV_VARS {
            cmd.env_remove(v);
        }
        cmd.env("RUST_LOG", "warn")
            .current_dir(dir)
            .arg("--config")
            .arg(dir.join("fsconn.toml"))
            .arg("--no-reload")
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {bin} ({name}): {e}"));
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut lines = std::io::BufReader::new(stdout).lines();
            if let Some(Ok(line)) = lines.next() {
                let _ = tx.send(line);
            }
            for _ in lines {}
        });
        let line = match rx.recv_timeout(Duration::from_secs(20)) {
            Ok(l) => l,
            Err(_) => {
                let _ = child.kill();
                panic!("fsconn {name} printed no 'listening on' line within 20 s");
            }
        };
        let addr = line
            .rsplit(' ')
            .next()
            .unwrap()
            .trim_start_matches("http://")
            .to_string();
        assert!(
            line.contains("listening on") && addr.starts_with("127.0.0.1:"),
            "fsconn {name}: unexpected first line {line:?}"
        );
        Proc { child, addr, name }
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    fn check_alive(&mut self) {
        if let Ok(Some(status)) = self.child.try_wait() {
            panic!("fsconn {} exited during the run: {status}", self.name);
        }
    }
}

// ------------------------------------------------------------ /proc probes

fn clk_tck() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(100.0)
}

/// utime + stime of a process, in clock ticks.
fn cpu_ticks(pid: &str) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name, which is in parentheses.
    let Some((_, rest)) = stat.rsplit_once(')') else {
        return 0;
    };
    let f: Vec<&str> = rest.split_whitespace().collect();
    // rest starts at field 3 (state); utime is field 14, stime 15.
    let get = |i: usize| {
        f.get(i - 3)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    get(14) + get(15)
}

/// A `kB` line of /proc/PID/status, in kB.
fn status_kb(pid: &str, key: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// (busy, total) CPU ticks of the whole machine, from /proc/stat.
fn machine_ticks() -> (u64, u64) {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let v: Vec<u64> = stat
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .skip(1)
        .take(8)
        .filter_map(|x| x.parse().ok())
        .collect();
    let total: u64 = v.iter().sum();
    let idle = v.get(3).copied().unwrap_or(0) + v.get(4).copied().unwrap_or(0);
    (total - idle, total)
}

fn nofile_soft_limit() -> Option<u64> {
    std::fs::read_to_string("/proc/self/limits")
        .ok()?
        .lines()
        .find(|l| l.starts_with("Max open files"))?
        .split_whitespace()
        .nth(3)?
        .parse()
        .ok()
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .unwrap_or_default()
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .map(|v| v.trim_start_matches([' ', '\t', ':']).to_string())
        })
        .unwrap_or_else(|| "?".into());
    let mem_kb = std::fs::read_to_string("/proc/meminfo")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .unwrap_or(0);
    let cpus = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    format!(
        "{cpus} CPUs ({cpu}), {:.1} GiB RAM",
        mem_kb as f64 / 1048576.0
    )
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .unwrap_or_default()
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

// -------------------------------------------------------------- event socket

/// Read one ESL header block (up to the blank line) from a blocking stream.
fn read_block(s: &mut std::net::TcpStream) -> String {
    let mut out = Vec::new();
    let mut b = [0u8; 1];
    while !out.ends_with(b"\n\n") {
        assert!(out.len() < 65536, "event socket: header block too long");
        let n = s.read(&mut b).expect("event socket read");
        assert!(n == 1, "event socket closed during login");
        out.push(b[0]);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A logged-in raw event-socket connection for `sendevent`, and a thread
/// counting its `+OK` / other replies (commands are pipelined, not awaited
/// one by one: the generator must keep its pace).
fn esl_connect(addr: &str) -> (std::net::TcpStream, Arc<AtomicU64>, Arc<AtomicU64>) {
    let mut s = std::net::TcpStream::connect(addr).expect("connect to the sim's event socket");
    s.set_nodelay(true).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let greeting = read_block(&mut s);
    assert!(
        greeting.contains("auth/request"),
        "event socket said {greeting:?}"
    );
    s.write_all(b"auth ClueCon\n\n").unwrap();
    let reply = read_block(&mut s);
    assert!(
        reply.contains("+OK accepted"),
        "event socket auth: {reply:?}"
    );
    s.set_read_timeout(None).unwrap();
    let (ok, bad) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
    let mut r = s.try_clone().unwrap();
    let (ok2, bad2) = (ok.clone(), bad.clone());
    std::thread::spawn(move || {
        let (okp, anyp) = (b"Reply-Text: +OK", b"Reply-Text: ");
        let mut buf = vec![0u8; 65536];
        let mut carry: Vec<u8> = Vec::new();
        loop {
            let n = match r.read(&mut buf) {
                Ok(0) | Err(_) => return,
                Ok(n) => n,
            };
            carry.extend_from_slice(&buf[..n]);
            let oks = memchr::memmem::find_iter(&carry, okp).count() as u64;
            let all = memchr::memmem::find_iter(&carry, anyp).count() as u64;
            ok2.fetch_add(oks, Ordering::Relaxed);
            bad2.fetch_add(all - oks, Ordering::Relaxed);
            // Keep what may be the start of a reply cut by the read.
            let keep = carry.len().min(okp.len() - 1);
            let tail = carry[carry.len() - keep..].to_vec();
            carry = tail;
        }
    });
    (s, ok, bad)
}

fn event_text(out: &mut Vec<u8>, idx: u64, sent_us: u64, conf: &str) {
    let k = idx / 2;
    let id = BASE_ID + k;
    if idx.is_multiple_of(2) {
        write!(
            out,
            "sendevent CUSTOM\nEvent-Subclass: conference::maintenance\nAction: add-member\n\
             Conference-Name: {conf}\nConference-Size: 2\nMember-ID: {id}\n\
             Caller-Caller-ID-Name: t{sent_us}\nCaller-Caller-ID-Number: 20000\n\
             Caller-Username: 20000\nSpeak: true\nHear: true\nTalking: false\n\n"
        )
    } else {
        write!(
            out,
            "sendevent CUSTOM\nEvent-Subclass: conference::maintenance\nAction: del-member\n\
             Conference-Name: {conf}\nConference-Size: 1\nMember-ID: {id}\n\
             Caller-Caller-ID-Name: t{sent_us}\nCaller-Username: 20000\n\n"
        )
    }
    .unwrap();
}

/// Send events `begin..end` at `rate`/s, in small batches on a ~0.5 ms
/// clock, each to its node's event socket (`streams[node]`).
fn pace(
    mut streams: Vec<std::net::TcpStream>,
    shared: &Shared,
    begin: u64,
    end: u64,
    rate: u64,
) -> f64 {
    let start = Instant::now();
    let n = end - begin;
    let mut sent = 0u64;
    let mut bufs: Vec<Vec<u8>> = streams
        .iter()
        .map(|_| Vec::with_capacity(64 * 1024))
        .collect();
    while sent < n {
        let due = ((start.elapsed().as_secs_f64() * rate as f64) as u64 + 1).min(n);
        if due > sent {
            let now = shared.now_us();
            for i in sent..due {
                let idx = begin + i;
                shared.sent_us[idx as usize].store(now + 1, Ordering::Release);
                let node = shared.node_of(idx);
                event_text(&mut bufs[node], idx, now, shared.conf_of(idx));
            }
            for (s, buf) in streams.iter_mut().zip(bufs.iter_mut()) {
                if !buf.is_empty() {
                    s.write_all(buf).expect("write to the sim's event socket");
                    buf.clear();
                }
            }
            sent = due;
        }
        if sent < n {
            std::thread::sleep(Duration::from_micros(500));
        }
    }
    start.elapsed().as_secs_f64()
}

// ------------------------------------------------------------------ clients

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Connect, send `init` and wait for its reply (after which the server has
/// subscribed this client to the broadcast).
async fn connect_client(addr: &str, login: &str) -> Ws {
    let cfg = WebSocketConfig::default().read_buffer_size(8 * 1024);
    let url = format!("ws://{addr}/api/live?login={login}");
    let (mut ws, _) = tokio_tungstenite::connect_async_with_config(url, Some(cfg), true)
        .await
        .unwrap_or_else(|e| panic!("websocket connect as {login}: {e}"));
    ws.send(Message::text(r#"{"req":"init"}"#))
        .await
        .expect("send init");
    loop {
        match ws.next().await {
            Some(Ok(Message::Text(t))) => {
                if t.as_str().contains(r#""reply":"init""#) {
                    assert!(
                        t.as_str().contains(CONF),
                        "{login}'s init does not show {CONF}: {}",
                        t.as_str()
                    );
                    return ws;
                }
            }
            Some(Ok(_)) => {}
            other => panic!("websocket closed before the init reply: {other:?}"),
        }
    }
}

async fn run_client(mut ws: Ws, shared: Arc<Shared>, status: Arc<ClientStatus>) {
    let mut local = Local::new();
    // Per node: the rank of the last of its events seen in order.
    let mut last = vec![-1i64; shared.nodes as usize];
    let mut got: i64 = 0;
    loop {
        // The next message, or None once stopped; the stop flag is only
        // looked at when no message is waiting.
        let msg = std::future::poll_fn(|cx| {
            if let std::task::Poll::Ready(m) = ws.poll_next_unpin(cx) {
                return std::task::Poll::Ready(Some(m));
            }
            status.wake.register(cx.waker());
            if status.stop.load(Ordering::Acquire) {
                return std::task::Poll::Ready(None);
            }
            std::task::Poll::Pending
        })
        .await;
        let Some(msg) = msg else { break };
        let text = match msg {
            Some(Ok(Message::Text(t))) => t,
            Some(Ok(Message::Close(frame))) => {
                let why = frame
                    .map(|f| format!("{} {}", u16::from(f.code), f.reason.as_str()))
                    .unwrap_or_else(|| "closed without a reason".into());
                *status.why.lock().unwrap() = Some((shared.now_us(), why));
                break;
            }
            Some(Ok(_)) => continue,
            Some(Err(e)) => {
                *status.why.lock().unwrap() = Some((shared.now_us(), format!("error: {e}")));
                break;
            }
            None => {
                *status.why.lock().unwrap() = Some((shared.now_us(), "stream ended".into()));
                break;
            }
        };
        let now = shared.now_us();
        let Some((idx, carried)) = parse(text.as_str()) else {
            status.other_messages.fetch_add(1, Ordering::Relaxed);
            continue;
        };
        if idx as usize >= shared.sent_us.len() {
            status.other_messages.fetch_add(1, Ordering::Relaxed);
            continue;
        }
        let step = shared.step_of(idx);
        if local.step != Some(step) {
            local.flush(&shared);
            local.step = Some(step);
        }
        local.received += 1;
        got += 1;
        let (node, i) = (shared.node_of(idx), shared.rank(idx));
        let l = &mut last[node];
        if i == *l + 1 {
            *l = i;
        } else if i > *l + 1 {
            local.gaps += (i - *l - 1) as u64;
            *l = i;
        } else {
            local.disorder += 1;
        }
        let sent = carried.or_else(
            || match shared.sent_us[idx as usize].load(Ordering::Acquire) {
                0 => None,
                v => Some(v - 1),
            },
        );
        match sent {
            Some(t) => {
                let lat = now.saturating_sub(t);
                local.hist[bucket(lat)] += 1;
                local.max_us = local.max_us.max(lat);
            }
            None => local.unknown_send_time += 1,
        }
        // The step is complete for this client: its last event (one node),
        // or as many events as it holds (several: the nodes' streams
        // interleave, so the last event may come before others).
        let step_len = shared.bounds[step + 1] - shared.bounds[step];
        let complete = if shared.nodes == 1 {
            idx + 1 == shared.bounds[step + 1]
        } else {
            local.received == step_len
        };
        if complete {
            local.flush(&shared);
        }
        // After the flush: the main task reads the step once all are done.
        // One node: the last event seen in order; several: how many
        // arrived (the nodes' streams interleave), as the same "index".
        let done = if shared.nodes == 1 { last[0] } else { got - 1 };
        status.last.store(done, Ordering::Release);
    }
    local.flush(&shared);
    status.closed.store(true, Ordering::Release);
}

/// Other work on the machine (builds, tests) distorts the figures: before
/// each step wait, up to 60 s, for a half second in which processes other
/// than serve, sim and this bench use less than a quarter of one CPU.
async fn wait_for_quiet(serve_pid: &str, sim_pids: &[String], tck: f64) {
    let ours = || {
        cpu_ticks(serve_pid)
            + sim_pids.iter().map(|p| cpu_ticks(p)).sum::<u64>()
            + cpu_ticks("self")
    };
    let started = Instant::now();
    let mut said = false;
    loop {
        let (m0, o0, t0) = (machine_ticks(), ours(), Instant::now());
        tokio::time::sleep(Duration::from_millis(500)).await;
        let (m1, o1) = (machine_ticks(), ours());
        let secs = t0.elapsed().as_secs_f64();
        let other = ((m1.0 - m0.0) as f64 - (o1 - o0) as f64) / tck / secs * 100.0;
        if other < 25.0 {
            return;
        }
        if started.elapsed() > Duration::from_secs(60) {
            println!("ws_load: the machine stayed busy ({other:.0}% of a CPU not ours); measuring anyway");
            return;
        }
        if !said {
            println!(
                "ws_load: waiting for the machine to quiet down ({other:.0}% of a CPU not ours)"
            );
            said = true;
        }
    }
}

fn stop_all(statuses: &[Arc<ClientStatus>]) {
    for st in statuses {
        st.stop.store(true, Ordering::Release);
        st.wake.wake();
    }
}

// --------------------------------------------------------------------- main

struct StepResult {
    rate: u64,
    events: u64,
    send_secs: f64,
    drain_ms: Option<u64>,
    clients_at_start: usize,
    expected: u64,
    received: u64,
    gaps: u64,
    disorder: u64,
    p50: Option<u64>,
    p99: Option<u64>,
    max: u64,
    rss_kb: u64,
    serve_cpu: f64,
    sim_cpu: f64,
    gen_cpu: f64,
    other_cpu: f64,
    closed: Vec<String>,
    esl_errors: u64,
    load: String,
}

fn ms(us: Option<u64>) -> String {
    match us {
        Some(v) => format!("{:.1}", v as f64 / 1000.0),
        None => "-".into(),
    }
}

fn main() {
    let settings = Settings::from_env();
    let need_fds = settings.clients as u64 + 100;
    match nofile_soft_limit() {
        Some(n) if n < need_fds => panic!(
            "open-files limit {n} is too low for {} clients (and the server inherits it): \
             run `ulimit -n {}` first",
            settings.clients,
            need_fds * 2
        ),
        _ => {}
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(run(settings));
    // Client tasks still parked on their sockets are dropped with the runtime.
    rt.shutdown_timeout(Duration::from_secs(2));
}

async fn run(settings: Settings) {
    let tck = clk_tck();
    let m0 = machine_ticks();
    tokio::time::sleep(Duration::from_secs(1)).await;
    let m1 = machine_ticks();
    let busy_before = (m1.0 - m0.0) as f64 / (m1.1 - m0.1).max(1) as f64 * 100.0;
    println!(
        "ws_load: {}; load average {}; machine busy {busy_before:.0}% in the second before the run",
        machine(),
        loadavg()
    );
    println!("ws_load: fsconn binary {}", bin());
    if settings.nodes > 1 {
        println!(
            "ws_load: cluster: {} sims as [[node]]s, every client logged in as team \
             (the merged stream of {:?})",
            settings.nodes,
            &CLUSTER_CONFS[..settings.nodes]
        );
    }
    println!(
        "ws_load: {} clients, rates {:?} events/s, {} s per step",
        settings.clients, settings.rates, settings.step_secs
    );

    // A private copy of the example configuration.
    let dir = tempfile::tempdir().unwrap();
    fsconn::fsio::copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/freeswitch"),
        &dir.path().join("freeswitch"),
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("static")).unwrap();
    std::fs::create_dir_all(dir.path().join("recordings")).unwrap();
    // The server's connection cap (`serve.max_connections`, 4096 by default)
    // is raised to fit the clients.
    std::fs::write(
        dir.path().join("fsconn.toml"),
        format!(
            "conf_dir = \"freeswitch\"\nstatic_dir = \"static\"\nrecordings_dir = \"recordings\"\n\
             [esl]\nhost = \"127.0.0.1\"\nport = 1\n[serve]\nmax_connections = {}\n",
            settings.clients + 100
        ),
    )
    .unwrap();

    let (mut sims, mut serve) = start_processes(dir.path(), settings.nodes);
    let serve_pid = serve.pid().to_string();
    let sim_pids: Vec<String> = sims.iter().map(|s| s.pid().to_string()).collect();
    let addr = serve.addr.clone();
    let esl = anchor(&sims, &addr).await;
    if let Some((confs, members)) = settings.init {
        init_v2(&settings, &sims[0].addr, &addr, &serve_pid, confs, members).await;
        sims[0].check_alive();
        serve.check_alive();
        return;
    }

    // Steps: even event counts, so each step ends with the last leave.
    let mut bounds = vec![0u64];
    for &r in &settings.rates {
        let n = ((r as f64 * settings.step_secs).round() as u64).max(2) & !1;
        bounds.push(bounds.last().unwrap() + n);
    }
    let total = *bounds.last().unwrap();
    let shared = Arc::new(Shared {
        epoch: Instant::now(),
        sent_us: (0..total).map(|_| AtomicU64::new(0)).collect(),
        bounds: bounds.clone(),
        nodes: settings.nodes as u64,
        steps: settings
            .rates
            .iter()
            .map(|_| Mutex::new(StepAgg::default()))
            .collect(),
    });

    // Connect the clients.
    let t0 = Instant::now();
    let statuses: Vec<Arc<ClientStatus>> = (0..settings.clients)
        .map(|_| {
            Arc::new(ClientStatus {
                last: AtomicI64::new(-1),
                ..Default::default()
            })
        })
        .collect();
    let sem = Arc::new(tokio::sync::Semaphore::new(CONNECT_PARALLEL));
    let nodes = settings.nodes;
    let mut connecting = Vec::new();
    for (i, st) in statuses.iter().enumerate() {
        let (addr, sem, shared, st) = (addr.clone(), sem.clone(), shared.clone(), st.clone());
        connecting.push(tokio::spawn(async move {
            let ws = {
                let _permit = sem.acquire().await.unwrap();
                // A cluster's three conferences: only team sees them all.
                let logins = if nodes == 1 {
                    &LOGINS[..]
                } else {
                    &LOGINS[..1]
                };
                connect_client(&addr, logins[i % logins.len()]).await
            };
            tokio::spawn(run_client(ws, shared, st));
        }));
    }
    tokio::time::timeout(CONNECT_TIMEOUT, async {
        for c in connecting {
            c.await.expect("a client failed to connect");
        }
    })
    .await
    .unwrap_or_else(|_| {
        panic!(
            "{} clients not connected within {CONNECT_TIMEOUT:?}",
            settings.clients
        )
    });
    let connect_secs = t0.elapsed().as_secs_f64();
    let idle_rss = status_kb(&serve_pid, "VmRSS:");
    println!(
        "ws_load: {} clients connected in {connect_secs:.2} s; server RSS {:.1} MB",
        settings.clients,
        idle_rss as f64 / 1024.0
    );

    let conns: Vec<_> = sims.iter().map(|s| esl_connect(&s.addr)).collect();
    let esl_ok = || -> u64 { conns.iter().map(|c| c.1.load(Ordering::Relaxed)).sum() };
    let esl_bad = || -> u64 { conns.iter().map(|c| c.2.load(Ordering::Relaxed)).sum() };
    let sim_ticks = || -> u64 { sim_pids.iter().map(|p| cpu_ticks(p)).sum() };
    let mut results: Vec<StepResult> = Vec::new();
    for (s, &rate) in settings.rates.iter().enumerate() {
        let (begin, end) = (bounds[s], bounds[s + 1]);
        let alive: Vec<usize> = (0..statuses.len())
            .filter(|&i| !statuses[i].closed.load(Ordering::Acquire))
            .collect();
        wait_for_quiet(&serve_pid, &sim_pids, tck).await;
        let load = loadavg();
        let cpu0 = (cpu_ticks(&serve_pid), sim_ticks(), cpu_ticks("self"));
        let mach0 = machine_ticks();
        let bad0 = esl_bad();
        let wall0 = Instant::now();
        let step_started_us = shared.now_us();
        let mut peak_rss = 0u64;

        let writer: Vec<_> = conns.iter().map(|c| c.0.try_clone().unwrap()).collect();
        let sh = shared.clone();
        let mut pacer = tokio::task::spawn_blocking(move || pace(writer, &sh, begin, end, rate));
        // Sample RSS while sending.
        let send_secs = loop {
            tokio::select! {
                r = &mut pacer => break r.expect("generator thread"),
                _ = tokio::time::sleep(Duration::from_millis(250)) => {
                    peak_rss = peak_rss.max(status_kb(&serve_pid, "VmRSS:"));
                }
            }
        };
        let sent_done = Instant::now();
        // Wait until every live client has the step's last event, or give up.
        let deadline = sent_done + Duration::from_secs_f64(settings.drain_secs);
        let drained = loop {
            let pending = alive.iter().any(|&i| {
                let st = &statuses[i];
                !st.closed.load(Ordering::Acquire)
                    && st.last.load(Ordering::Acquire) < end as i64 - 1
            });
            peak_rss = peak_rss.max(status_kb(&serve_pid, "VmRSS:"));
            if !pending {
                break true;
            }
            if Instant::now() >= deadline {
                break false;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        };
        let drain_ms = drained.then(|| sent_done.elapsed().as_millis() as u64);
        let wall = wall0.elapsed().as_secs_f64();
        let cpu1 = (cpu_ticks(&serve_pid), sim_ticks(), cpu_ticks("self"));
        let mach1 = machine_ticks();
        let pct = |a: u64, b: u64| (b.saturating_sub(a)) as f64 / tck / wall * 100.0;
        sims.iter_mut().for_each(Proc::check_alive);
        serve.check_alive();
        if !drained {
            // Stop the clients so those short of the end flush what they had.
            stop_all(&statuses);
            for _ in 0..400 {
                if alive
                    .iter()
                    .all(|&i| statuses[i].closed.load(Ordering::Acquire))
                {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        let closed: Vec<String> = alive
            .iter()
            .filter_map(|&i| {
                let why = statuses[i].why.lock().unwrap().clone()?;
                (why.0 >= step_started_us).then_some(why.1)
            })
            .collect();
        let (received, gaps, disorder, hist, max, unknown) = {
            let agg = shared.steps[s].lock().unwrap();
            (
                agg.received,
                agg.gaps,
                agg.disorder,
                agg.hist.clone(),
                agg.max_us,
                agg.unknown_send_time,
            )
        };
        assert_eq!(unknown, 0, "messages for events with no send time");
        let r = StepResult {
            rate,
            events: end - begin,
            send_secs,
            drain_ms,
            clients_at_start: alive.len(),
            expected: (end - begin) * alive.len() as u64,
            received,
            gaps,
            disorder,
            p50: percentile(&hist, 0.50),
            p99: percentile(&hist, 0.99),
            max,
            rss_kb: peak_rss,
            serve_cpu: pct(cpu0.0, cpu1.0),
            sim_cpu: pct(cpu0.1, cpu1.1),
            gen_cpu: pct(cpu0.2, cpu1.2),
            // Machine-wide busy CPU (as % of one CPU) not used by the three.
            other_cpu: (pct(mach0.0, mach1.0)
                - pct(cpu0.0, cpu1.0)
                - pct(cpu0.1, cpu1.1)
                - pct(cpu0.2, cpu1.2))
            .max(0.0),
            closed,
            esl_errors: esl_bad() - bad0,
            load,
        };
        println!(
            "ws_load: {rate:>5} ev/s: {}/{} delivered, p50 {} ms, p99 {} ms, max {} ms, \
             drain {}, RSS {:.1} MB, CPU serve {:.0}% sim {:.0}% bench {:.0}%, closed {}",
            r.received,
            r.expected,
            ms(r.p50),
            ms(r.p99),
            ms(Some(r.max)),
            r.drain_ms
                .map(|d| format!("{d} ms"))
                .unwrap_or_else(|| "TIMED OUT".into()),
            r.rss_kb as f64 / 1024.0,
            r.serve_cpu,
            r.sim_cpu,
            r.gen_cpu,
            r.closed.len()
        );
        let bad = !drained || r.received < r.expected || !r.closed.is_empty() || r.gaps > 0;
        results.push(r);
        if bad {
            println!("ws_load: stopping here (loss, disconnects or no drain at {rate} events/s)");
            break;
        }
        // A short pause between steps.
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    stop_all(&statuses);
    let replies_ok = esl_ok();
    let hwm = status_kb(&serve_pid, "VmHWM:");

    // Report.
    println!();
    println!(
        "Machine: {}; load average at the end {}",
        machine(),
        loadavg()
    );
    println!(
        "{} clients ({} logins rotating), connected in {connect_secs:.2} s; server RSS idle with \
         clients {:.1} MB, peak (VmHWM) {:.1} MB; sendevent replies +OK {replies_ok}, other {}",
        settings.clients,
        if settings.nodes == 1 { LOGINS.len() } else { 1 },
        idle_rss as f64 / 1024.0,
        hwm as f64 / 1024.0,
        esl_bad()
    );
    println!(
        "(CPU: utime+stime over the step as % of one CPU; 200% is the whole 2-CPU machine. \
         other CPU: machine-wide busy time not used by serve, sim or this bench.)"
    );
    println!();
    println!(
        "| events/s | WS msgs/s | delivered / expected | gaps | out of order | p50 ms | p99 ms | max ms | drain ms | serve RSS MB | serve CPU | sim CPU | bench CPU | other CPU | closed | load avg |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for r in &results {
        println!(
            "| {} | {} | {} / {} | {} | {} | {} | {} | {} | {} | {:.1} | {:.0}% | {:.0}% | {:.0}% | {:.0}% | {} | {} |",
            r.rate,
            (r.events as f64 / r.send_secs * r.clients_at_start as f64).round() as u64,
            r.received,
            r.expected,
            r.gaps,
            r.disorder,
            ms(r.p50),
            ms(r.p99),
            ms(Some(r.max)),
            r.drain_ms.map(|d| d.to_string()).unwrap_or_else(|| "timeout".into()),
            r.rss_kb as f64 / 1024.0,
            r.serve_cpu,
            r.sim_cpu,
            r.gen_cpu,
            r.other_cpu,
            r.closed.len(),
            r.load
        );
    }
    for r in &results {
        if r.other_cpu > 25.0 {
            println!(
                "- {} events/s: other processes used {:.0}% of a CPU during the step; \
                 its figures are disturbed, re-run when the machine is quiet",
                r.rate, r.other_cpu
            );
        }
        if r.esl_errors > 0 {
            println!(
                "- {} events/s: {} sendevent replies were not +OK",
                r.rate, r.esl_errors
            );
        }
        if !r.closed.is_empty() {
            let mut reasons: Vec<&String> = r.closed.iter().collect();
            reasons.sort();
            reasons.dedup();
            println!(
                "- {} events/s: {} clients closed: {:?}",
                r.rate,
                r.closed.len(),
                reasons
            );
        }
    }
    let ok = |r: &StepResult| {
        r.drain_ms.is_some()
            && r.received == r.expected
            && r.disorder == 0
            && r.p99.is_some_and(|p| p < 50_000)
    };
    match results.iter().filter(|r| ok(r)).map(|r| r.rate).max() {
        Some(best) => println!(
            "Highest rate with zero loss, order kept and p99 < 50 ms: {best} events/s \
             ({} WebSocket messages/s)",
            best * settings.clients as u64
        ),
        None => println!("No rate met zero loss and p99 < 50 ms"),
    }
    let target = results.iter().find(|r| r.rate == 1000);
    match target {
        Some(r) => println!(
            "Target at 1,000 events/s (zero loss, p99 < 50 ms): {}; server RSS < 40 MB during \
             that step: {} ({:.1} MB; peak over the whole run {:.1} MB)",
            if ok(r) { "met" } else { "MISSED" },
            if r.rss_kb < 40 * 1024 {
                "met"
            } else {
                "MISSED"
            },
            r.rss_kb as f64 / 1024.0,
            hwm as f64 / 1024.0
        ),
        None => {
            println!("Target at 1,000 events/s: not measured (not in WS_LOAD_RATES or not reached)")
        }
    }
    let others: u64 = statuses
        .iter()
        .map(|s| s.other_messages.load(Ordering::Relaxed))
        .sum();
    if others > 0 {
        println!("(clients also got {others} other messages, e.g. resync diffs)");
    }
    drop(esl);
    drop(serve);
    drop(sims);
}

/// `fsconn sim` (one, or one per node) and `serve` following it: with
/// `--esl` in file mode, else over `[[node]]` tables (written after the
/// settings' top-level keys, before their sections).
fn start_processes(dir: &Path, nodes: usize) -> (Vec<Proc>, Proc) {
    let sims: Vec<Proc> = (0..nodes)
        .map(|_| Proc::start("sim", dir, &["sim", "--listen", "127.0.0.1:0"]))
        .collect();
    if nodes == 1 {
        let esl = sims[0].addr.clone();
        let serve = Proc::start(
            "serve",
            dir,
            &["--esl", &esl, "serve", "--listen", "127.0.0.1:0"],
        );
        return (sims, serve);
    }
    let tables: String = sims
        .iter()
        .enumerate()
        .map(|(i, s)| {
            format!(
                "[[node]]\nname = \"fs{}\"\nesl = \"{}\"\nxml_curl_password = \"ws-load-node-secret-{i}\"\n",
                i + 1,
                s.addr
            )
        })
        .collect();
    let path = dir.join("fsconn.toml");
    let rest = std::fs::read_to_string(&path).unwrap();
    let at = rest.find("[esl]").expect("the settings' [esl] section");
    std::fs::write(&path, format!("{}{tables}{}", &rest[..at], &rest[at..])).unwrap();
    let serve = Proc::start("serve", dir, &["serve", "--listen", "127.0.0.1:0"]);
    (sims, serve)
}

/// Starts every node's conference with an anchor member and waits until a
/// probe client sees each appear: then the server follows the sims and
/// knows the conferences (so add-member events with Conference-Size 2 and
/// del-member with 1 are consistent). The event-socket clients are kept.
async fn anchor(sims: &[Proc], addr: &str) -> Vec<fsconn::esl::client::EslClient> {
    // Every node's event socket connected first (a cluster connects them
    // after the listener is up).
    let health = format!("http://{addr}/healthz");
    let started = Instant::now();
    loop {
        let ok = match reqwest::get(&health).await {
            Ok(r) => r
                .text()
                .await
                .unwrap_or_default()
                .contains(r#""status":"ok""#),
            Err(_) => false,
        };
        if ok {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "serve never connected to every sim (/healthz not ok)"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let url = format!("ws://{addr}/api/live?login={}", LOGINS[0]);
    let mut probe = tokio::time::timeout(
        Duration::from_secs(10),
        tokio_tungstenite::connect_async(url),
    )
    .await
    .expect("probe websocket connect timed out")
    .expect("probe websocket connect")
    .0;
    probe
        .send(Message::text(r#"{"req":"init"}"#))
        .await
        .unwrap();
    let mut clients = Vec::new();
    for (n, sim) in sims.iter().enumerate() {
        let conf = if sims.len() == 1 {
            CONF
        } else {
            CLUSTER_CONFS[n]
        };
        let cfg = fsconn::esl::client::ClientConfig::new(sim.addr.clone(), "ClueCon");
        let esl = fsconn::esl::client::EslClient::connect(cfg)
            .await
            .expect("event socket connect");
        let joined = esl
            .api(&format!("sim join {conf} 20000"))
            .await
            .expect("sim join");
        assert!(joined.starts_with("+OK"), "sim join {conf}: {joined}");
        tokio::time::timeout(Duration::from_secs(15), async {
            loop {
                match probe.next().await {
                    Some(Ok(Message::Text(t)))
                        if t.as_str().contains(r#""event":"newConference""#)
                            && t.as_str().contains(conf) =>
                    {
                        return
                    }
                    Some(Ok(_)) => {}
                    other => panic!("probe websocket ended: {other:?}"),
                }
            }
        })
        .await
        .unwrap_or_else(|_| panic!("the server never showed {conf} (not following the sim?)"));
        clients.push(esl);
    }
    clients
}

// ------------------------------------------------------------------ init v2

/// `WS_LOAD_INIT=CONFSxMEMBERS`: fills the server's live state with `confs`
/// conferences of `members` members each (`add-member` events with
/// consistent `Conference-Size`, so no resync), then connects the clients
/// (all `defaultuser`, team, who sees every conference), `CONNECT_PARALLEL`
/// at a time, each sending `{"req":"init","version":2}` and reading the whole
/// reply. Reports the time until every client had its init, the bytes, the
/// per-client time from sending init to the reply, and the server's RSS.
async fn init_v2(
    settings: &Settings,
    sim: &str,
    addr: &str,
    serve_pid: &str,
    confs: u64,
    members: u64,
) {
    let (mut esl, ok, bad) = esl_connect(sim);
    let mut out = Vec::new();
    for c in 0..confs {
        for k in 0..members {
            let id = 2_000_000 + c * members + k;
            write!(
                out,
                "sendevent CUSTOM\nEvent-Subclass: conference::maintenance\nAction: add-member\n\
                 Conference-Name: bench_c{c:03}\nConference-Size: {}\nMember-ID: {id}\n\
                 Caller-Caller-ID-Name: Member {k}\nCaller-Caller-ID-Number: 20000\n\
                 Caller-Username: 20000\nSpeak: true\nHear: true\nTalking: false\n\n",
                k + 1
            )
            .unwrap();
        }
    }
    esl.write_all(&out).unwrap();
    let total = confs * members;
    let t = Instant::now();
    while ok.load(Ordering::Relaxed) + bad.load(Ordering::Relaxed) < total {
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "sendevent replies missing"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(bad.load(Ordering::Relaxed), 0, "sendevent refused");
    // Events are applied in order: the server has them all when an init
    // shows the last member.
    let last = format!(r#""confid":"{}""#, 2_000_000 + total - 1);
    let complete = |b: &[u8]| memchr::memmem::find(b, last.as_bytes()).is_some();
    let first = loop {
        let (bytes, _) = one_init(addr).await;
        if complete(&bytes) {
            break bytes;
        }
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "server never showed all members"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let rss0 = status_kb(serve_pid, "VmRSS:");
    println!(
        "ws_load init: {confs} conferences x {members} members in the live state; one init v2 \
         is {} bytes; server RSS {:.1} MB",
        first.len(),
        rss0 as f64 / 1024.0
    );
    wait_for_quiet(serve_pid, &[serve_pid.to_string()], clk_tck()).await;
    let peak = Arc::new(AtomicU64::new(rss0));
    let sampling = Arc::new(AtomicBool::new(true));
    let sampler = {
        let (pid, peak, on) = (serve_pid.to_string(), peak.clone(), sampling.clone());
        tokio::spawn(async move {
            while on.load(Ordering::Relaxed) {
                peak.fetch_max(status_kb(&pid, "VmRSS:"), Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        })
    };
    let t0 = Instant::now();
    let sem = Arc::new(tokio::sync::Semaphore::new(CONNECT_PARALLEL));
    let tasks: Vec<_> = (0..settings.clients)
        .map(|_| {
            let (sem, addr) = (sem.clone(), addr.to_string());
            tokio::spawn(async move {
                let _permit = sem.acquire().await.unwrap();
                one_init(&addr).await
            })
        })
        .collect();
    let mut hist = vec![0u64; NB];
    let (mut bytes, mut max_us, mut short) = (0u64, 0u64, 0usize);
    let mut keep = Vec::new();
    for task in tasks {
        let (b, (us, ws)) = task.await.expect("init client");
        bytes += b.len() as u64;
        short += usize::from(!complete(&b) || b.len() != first.len());
        hist[bucket(us)] += 1;
        max_us = max_us.max(us);
        keep.push(ws);
    }
    let all_secs = t0.elapsed().as_secs_f64();
    sampling.store(false, Ordering::Relaxed);
    let _ = sampler.await;
    println!(
        "ws_load init: {} clients had their init v2 ({} incomplete) {all_secs:.2} s \
         after the first connected; {:.1} MB in all ({} bytes each); init sent to reply: \
         p50 {} ms, p99 {} ms, max {:.1} ms; server RSS peak {:.1} MB, {:.1} MB after; \
         load average {}",
        settings.clients,
        short,
        bytes as f64 / 1e6,
        bytes / settings.clients as u64,
        ms(percentile(&hist, 0.50)),
        ms(percentile(&hist, 0.99)),
        max_us as f64 / 1000.0,
        peak.load(Ordering::Relaxed) as f64 / 1024.0,
        status_kb(serve_pid, "VmRSS:") as f64 / 1024.0,
        loadavg()
    );
    drop(keep);
}

/// One client: connect as `defaultuser`, send init v2, read the reply. The
/// reply's bytes, and µs from sending init to having the reply (the open
/// socket is kept so the server holds every client at once).
async fn one_init(addr: &str) -> (Vec<u8>, (u64, Ws)) {
    let cfg = WebSocketConfig::default().read_buffer_size(64 * 1024);
    let url = format!("ws://{addr}/api/live?login={}", LOGINS[0]);
    let (mut ws, _) = tokio_tungstenite::connect_async_with_config(url, Some(cfg), true)
        .await
        .unwrap_or_else(|e| panic!("websocket connect: {e}"));
    let t = Instant::now();
    ws.send(Message::text(r#"{"req":"init","version":2}"#))
        .await
        .expect("send init");
    loop {
        match ws.next().await {
            Some(Ok(Message::Text(t2))) if t2.as_str().contains(r#""reply":"init""#) => {
                let us = t.elapsed().as_micros() as u64;
                return (t2.as_bytes().to_vec(), (us, ws));
            }
            Some(Ok(_)) => {}
            other => panic!("websocket closed before the init reply: {other:?}"),
        }
    }
}
