//! HTTP load on the real server: `fsconn sim` + `fsconn serve` (the release
//! binary) on 127.0.0.1, port 0, over a temp copy of `examples/freeswitch`
//! with 1,000 users added through the CLI. A load generator of ours keeps N
//! keep-alive connections busy for a fixed time and does real digest auth the
//! way browsers and curl do: one challenge per connection, then the same
//! nonce with an incrementing nc on every request.
//!
//! Two clients:
//! - `raw`: a minimal HTTP/1.1 client on tokio sockets (Content-Length and
//!   chunked bodies); as cheap as we can make it, so that on a 2-core machine
//!   the server, not the generator, gets most of the CPU.
//! - `reqwest`: reqwest (hyper) with one client per connection; used for
//!   HTTPS (rustls, trusting a throw-away CA made with openssl) and, for
//!   comparison, over plain HTTP too.
//!
//! Run: `cargo bench --bench http_load`. Knobs (environment):
//! `FSCONN_LOAD_SECS` (10; measured seconds per scenario, max 60),
//! `FSCONN_LOAD_WARMUP` (1), `FSCONN_LOAD_CONNS` (64),
//! `FSCONN_LOAD_CLIENTS` (`raw,reqwest`), `FSCONN_LOAD_TLS` (1; 0 skips HTTPS),
//! `FSCONN_LOAD_LOG` (`warn`; the servers' RUST_LOG, a list runs one plain
//! HTTP server per value: `warn,info` compares access logging off and on),
//! `FSCONN_LOAD_PATHS` (`/userinfo,/api/users`),
//! `FSCONN_LOAD_CLIENT_THREADS` (2), `FSCONN_LOAD_JSON` (write results here),
//! `FSCONN_LOAD_BIN` (the fsconn binary to run; default: this build's).
//! Every loop is bounded by time and by a request cap.

#[path = "common/tree.rs"]
mod tree;

use serde_json::{json, Value};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const BIN: &str = env!("CARGO_BIN_EXE_fsconn");
const USER: &str = "defaultuser";
const PASS: &str = "napw";
const USERS_ADDED: usize = 1000;
/// Upper bound on requests per scenario, whatever the duration.
const MAX_REQUESTS: u64 = 20_000_000;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);

fn env_num(key: &str, default: u64, min: u64, max: u64) -> u64 {
    std::env::var(key)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
        .clamp(min, max)
}

fn env_list(key: &str, default: &str) -> Vec<String> {
    std::env::var(key)
        .unwrap_or_else(|_| default.into())
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

// ---------------------------------------------------------------- setup ----

fn fsconn(dir: &Path) -> Command {
    // Another build (e.g. main's, for before/after figures in one run).
    let bin = std::env::var("FSCONN_LOAD_BIN").unwrap_or_else(|_| BIN.to_string());
    let mut c = Command::new(bin);
    for v in fsconn::settings::ENV_VARS {
        c.env_remove(v);
    }
    // Quiet servers: logging is not what is measured.
    c.env("RUST_LOG", "warn");
    c.current_dir(dir);
    c.arg("--config").arg(dir.join("fsconn.toml"));
    c
}

/// The example tree, an fsconn.toml beside it, and 1,000 users added with
/// `fsconn --no-reload users add --file`.
fn prepare(dir: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    fsconn::fsio::copy_tree(&root.join("examples/freeswitch"), &dir.join("freeswitch")).unwrap();
    for d in ["static/phone", "recordings"] {
        std::fs::create_dir_all(dir.join(d)).unwrap();
    }
    std::fs::write(
        dir.join("fsconn.toml"),
        "conf_dir = \"freeswitch\"\nstatic_dir = \"static\"\nrecordings_dir = \"recordings\"\n\
         [esl]\nhost = \"127.0.0.1\"\nport = 1\n",
    )
    .unwrap();
    tree::add_users(fsconn(dir), dir, USERS_ADDED, 5);
}

/// (ca.pem, cert.pem, key.pem)
type TlsFiles = (PathBuf, PathBuf, PathBuf);

/// A throw-away CA and a certificate for 127.0.0.1 signed by it (openssl).
/// Returns (ca.pem, cert.pem, key.pem), or None if openssl is missing or fails.
fn make_tls(dir: &Path) -> Option<TlsFiles> {
    let tls = dir.join("tls");
    std::fs::create_dir_all(&tls).ok()?;
    std::fs::write(
        tls.join("leaf.ext"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n\
         keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n",
    )
    .ok()?;
    let steps: [&[&str]; 3] = [
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-days",
            "2",
            "-subj",
            "/CN=fsconn bench CA",
        ],
        &[
            "req",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            "key.pem",
            "-out",
            "leaf.csr",
            "-subj",
            "/CN=127.0.0.1",
        ],
        &[
            "x509",
            "-req",
            "-in",
            "leaf.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "cert.pem",
            "-days",
            "2",
            "-extfile",
            "leaf.ext",
        ],
    ];
    for args in steps {
        let ok = Command::new("openssl")
            .args(args)
            .current_dir(&tls)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        if !ok {
            eprintln!("openssl {} failed; skipping HTTPS", args.join(" "));
            return None;
        }
    }
    Some((
        tls.join("ca.pem"),
        tls.join("cert.pem"),
        tls.join("key.pem"),
    ))
}

/// A running `fsconn sim` or `fsconn serve`; killed on drop.
struct Proc {
    child: Child,
    addr: String,
}

impl Proc {
    fn start(mut cmd: Command, log: &Path) -> Proc {
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(log).unwrap());
        let mut child = cmd.spawn().expect("spawn fsconn");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut lines = std::io::BufReader::new(stdout).lines();
            if let Some(Ok(line)) = lines.next() {
                let _ = tx.send(line);
            }
            for _ in lines {}
        });
        let line = rx
            .recv_timeout(Duration::from_secs(20))
            .unwrap_or_else(|_| {
                panic!("no 'listening on' line from {cmd:?}; see {}", log.display())
            });
        let addr = line
            .rsplit(' ')
            .next()
            .unwrap()
            .trim_start_matches("http://")
            .trim_start_matches("https://")
            .to_string();
        Proc { child, addr }
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// -------------------------------------------------------------- /proc ----

/// A `kB` field of /proc/PID/status (VmRSS, VmHWM), in kB.
fn status_kb(pid: u32, key: &str) -> Option<u64> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    s.lines()
        .find(|l| l.starts_with(key) && l[key.len()..].starts_with(':'))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// User + system CPU seconds of a process ("self" for us).
fn cpu_secs(pid: &str) -> f64 {
    let s = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let rest = s.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    // After the comm: state is field 3, utime 14, stime 15 (USER_HZ = 100).
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

/// Busy CPU seconds of the whole machine (all cores), from /proc/stat.
fn machine_busy_secs() -> f64 {
    let s = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let f: Vec<f64> = s
        .lines()
        .next()
        .unwrap_or("")
        .split_whitespace()
        .skip(1)
        .filter_map(|v| v.parse().ok())
        .collect();
    // user nice system idle iowait irq softirq steal ...: all but idle and iowait.
    let total: f64 = f.iter().take(8).sum();
    let idle = f.get(3).copied().unwrap_or(0.0) + f.get(4).copied().unwrap_or(0.0);
    (total - idle) / 100.0
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .unwrap_or_default()
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

// ----------------------------------------------------------- raw client ----

struct Resp {
    status: u16,
    www_authenticate: Option<String>,
    body_len: usize,
    body: Option<Vec<u8>>,
}

/// One HTTP/1.1 keep-alive connection.
struct RawConn {
    stream: TcpStream,
    buf: Vec<u8>,
    host: String,
    closed_by_server: bool,
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

enum Parsed {
    More,
    Done { consumed: usize, resp: Resp },
}

/// Parse one response at the start of `buf` (re-run as more bytes arrive).
fn parse_response(buf: &[u8], keep_body: bool) -> Result<Parsed, String> {
    let Some(head_end) = find(buf, b"\r\n\r\n") else {
        return Ok(Parsed::More);
    };
    let head = std::str::from_utf8(&buf[..head_end]).map_err(|_| "non-UTF-8 head")?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or("");
    let status: u16 = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad status line {status_line:?}"))?;
    let mut content_length = None;
    let mut chunked = false;
    let mut www = None;
    for l in lines {
        let Some((k, v)) = l.split_once(':') else {
            continue;
        };
        let v = v.trim();
        if k.eq_ignore_ascii_case("content-length") {
            content_length = Some(v.parse::<usize>().map_err(|_| "bad content-length")?);
        } else if k.eq_ignore_ascii_case("transfer-encoding") {
            chunked = v.to_ascii_lowercase().contains("chunked");
        } else if k.eq_ignore_ascii_case("www-authenticate") {
            www = Some(v.to_string());
        }
    }
    let body_start = head_end + 4;
    if let Some(len) = content_length {
        if buf.len() < body_start + len {
            return Ok(Parsed::More);
        }
        return Ok(Parsed::Done {
            consumed: body_start + len,
            resp: Resp {
                status,
                www_authenticate: www,
                body_len: len,
                body: keep_body.then(|| buf[body_start..body_start + len].to_vec()),
            },
        });
    }
    if !chunked {
        return Err("response without Content-Length or chunked body".into());
    }
    let mut pos = body_start;
    let mut body = Vec::new();
    let mut body_len = 0;
    loop {
        let Some(eol) = find(&buf[pos..], b"\r\n") else {
            return Ok(Parsed::More);
        };
        let line = std::str::from_utf8(&buf[pos..pos + eol]).map_err(|_| "bad chunk size")?;
        let size = usize::from_str_radix(line.split(';').next().unwrap_or("").trim(), 16)
            .map_err(|_| format!("bad chunk size {line:?}"))?;
        pos += eol + 2;
        if size == 0 {
            // No trailers from our server: just the final CRLF.
            if buf.len() < pos + 2 {
                return Ok(Parsed::More);
            }
            return Ok(Parsed::Done {
                consumed: pos + 2,
                resp: Resp {
                    status,
                    www_authenticate: www,
                    body_len,
                    body: keep_body.then_some(body),
                },
            });
        }
        if buf.len() < pos + size + 2 {
            return Ok(Parsed::More);
        }
        if keep_body {
            body.extend_from_slice(&buf[pos..pos + size]);
        }
        body_len += size;
        pos += size + 2;
    }
}

impl RawConn {
    async fn connect(addr: &str) -> std::io::Result<RawConn> {
        let stream = TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        Ok(RawConn {
            stream,
            buf: Vec::with_capacity(64 * 1024),
            host: addr.to_string(),
            closed_by_server: false,
        })
    }

    async fn get(
        &mut self,
        uri: &str,
        auth: Option<&str>,
        keep_body: bool,
    ) -> Result<Resp, String> {
        let mut req = format!(
            "GET {uri} HTTP/1.1\r\nHost: {}\r\nAccept: */*\r\n",
            self.host
        );
        if let Some(a) = auth {
            req.push_str("Authorization: ");
            req.push_str(a);
            req.push_str("\r\n");
        }
        req.push_str("\r\n");
        self.stream
            .write_all(req.as_bytes())
            .await
            .map_err(|e| format!("write: {e}"))?;
        let mut scratch = [0u8; 64 * 1024];
        loop {
            match parse_response(&self.buf, keep_body)? {
                Parsed::Done { consumed, resp } => {
                    self.buf.drain(..consumed);
                    return Ok(resp);
                }
                Parsed::More => {
                    let n = self
                        .stream
                        .read(&mut scratch)
                        .await
                        .map_err(|e| format!("read: {e}"))?;
                    if n == 0 {
                        self.closed_by_server = true;
                        return Err("connection closed by server".into());
                    }
                    self.buf.extend_from_slice(&scratch[..n]);
                }
            }
        }
    }
}

// ------------------------------------------------------- reqwest client ----

struct ReqwestConn {
    client: reqwest::Client,
    base: String,
}

impl ReqwestConn {
    fn new(base: &str, ca: Option<&Path>) -> ReqwestConn {
        let mut b = reqwest::Client::builder()
            .http1_only()
            .pool_max_idle_per_host(1)
            .tcp_nodelay(true)
            .timeout(REQUEST_TIMEOUT);
        if let Some(ca) = ca {
            let pem = std::fs::read(ca).expect("read CA");
            b = b.add_root_certificate(reqwest::Certificate::from_pem(&pem).expect("CA pem"));
        }
        ReqwestConn {
            client: b.build().expect("reqwest client"),
            base: base.to_string(),
        }
    }

    async fn get(
        &mut self,
        uri: &str,
        auth: Option<&str>,
        keep_body: bool,
    ) -> Result<Resp, String> {
        let mut r = self.client.get(format!("{}{uri}", self.base));
        if let Some(a) = auth {
            r = r.header("authorization", a);
        }
        let resp = r.send().await.map_err(|e| format!("send: {e}"))?;
        let status = resp.status().as_u16();
        let www = resp
            .headers()
            .get("www-authenticate")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = resp.bytes().await.map_err(|e| format!("body: {e}"))?;
        Ok(Resp {
            status,
            www_authenticate: www,
            body_len: body.len(),
            body: keep_body.then(|| body.to_vec()),
        })
    }
}

enum Conn {
    Raw(RawConn),
    Reqwest(ReqwestConn),
}

#[derive(Clone)]
struct Target {
    client: String,
    /// host:port
    addr: String,
    tls_ca: Option<PathBuf>,
}

impl Target {
    fn scheme(&self) -> &'static str {
        if self.tls_ca.is_some() {
            "https"
        } else {
            "http"
        }
    }

    async fn connect(&self) -> Result<Conn, String> {
        match self.client.as_str() {
            "raw" => {
                assert!(
                    self.tls_ca.is_none(),
                    "the raw client speaks plain HTTP only"
                );
                RawConn::connect(&self.addr)
                    .await
                    .map(Conn::Raw)
                    .map_err(|e| format!("connect: {e}"))
            }
            "reqwest" => Ok(Conn::Reqwest(ReqwestConn::new(
                &format!("{}://{}", self.scheme(), self.addr),
                self.tls_ca.as_deref(),
            ))),
            other => panic!("unknown client {other:?} (raw, reqwest)"),
        }
    }
}

impl Conn {
    async fn get(
        &mut self,
        uri: &str,
        auth: Option<&str>,
        keep_body: bool,
    ) -> Result<Resp, String> {
        let fut = async {
            match self {
                Conn::Raw(c) => c.get(uri, auth, keep_body).await,
                Conn::Reqwest(c) => c.get(uri, auth, keep_body).await,
            }
        };
        tokio::time::timeout(REQUEST_TIMEOUT, fut)
            .await
            .unwrap_or_else(|_| Err("timed out".into()))
    }
}

/// One digest-authenticating connection: the challenge it got, and a fresh
/// Authorization header (nc + 1) per request.
struct AuthConn {
    conn: Conn,
    prompt: Option<digest_auth::WwwAuthenticateHeader>,
}

impl AuthConn {
    async fn new(t: &Target) -> Result<AuthConn, String> {
        Ok(AuthConn {
            conn: t.connect().await?,
            prompt: None,
        })
    }

    fn authorization(&mut self, uri: &str) -> Option<String> {
        let p = self.prompt.as_mut()?;
        let ctx = digest_auth::AuthContext::new(USER, PASS, uri);
        p.respond(&ctx).ok().map(|h| h.to_header_string())
    }

    /// Take the challenge of a 401 answer.
    fn challenged(&mut self, resp: &Resp) -> Result<(), String> {
        let h = resp
            .www_authenticate
            .as_deref()
            .ok_or("401 without WWW-Authenticate")?;
        self.prompt = Some(digest_auth::parse(h).map_err(|e| format!("challenge: {e}"))?);
        Ok(())
    }

    /// Get the first challenge of this connection (unauthenticated request).
    async fn handshake(&mut self, uri: &str) -> Result<(), String> {
        let r = self.conn.get(uri, None, false).await?;
        if r.status != 401 {
            return Err(format!("expected a 401 challenge, got {}", r.status));
        }
        self.challenged(&r)
    }
}

// ------------------------------------------------------------ the load ----

#[derive(Default)]
struct ConnStats {
    /// Latencies of the measured 200 answers, in microseconds.
    lat_us: Vec<u32>,
    ok: u64,
    errors: u64,
    rechallenges: u64,
    reconnects: u64,
    body_bytes: u64,
    first_error: Option<String>,
}

struct Window {
    measure_start: Instant,
    end: Instant,
}

async fn load_conn(t: Target, uri: String, w: Arc<Window>, sent: Arc<AtomicU64>) -> ConnStats {
    let mut st = ConnStats::default();
    let mut conn: Option<AuthConn> = None;
    while Instant::now() < w.end && sent.fetch_add(1, Ordering::Relaxed) < MAX_REQUESTS {
        let c = match conn.as_mut() {
            Some(c) => c,
            None => {
                let mut c = match AuthConn::new(&t).await {
                    Ok(c) => c,
                    Err(e) => {
                        st.errors += 1;
                        st.first_error.get_or_insert(e);
                        tokio::time::sleep(Duration::from_millis(10)).await;
                        continue;
                    }
                };
                if let Err(e) = c.handshake(&uri).await {
                    st.errors += 1;
                    st.first_error.get_or_insert(e);
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
                st.reconnects += 1;
                conn.insert(c)
            }
        };
        let auth = c.authorization(&uri);
        let t0 = Instant::now();
        let r = c.conn.get(&uri, auth.as_deref(), false).await;
        let measured = t0 >= w.measure_start && t0 < w.end;
        match r {
            Ok(resp) if resp.status == 200 => {
                if measured {
                    st.ok += 1;
                    st.body_bytes += resp.body_len as u64;
                    st.lat_us
                        .push(t0.elapsed().as_micros().min(u32::MAX as u128) as u32);
                }
            }
            Ok(resp) if resp.status == 401 => {
                if measured {
                    st.rechallenges += 1;
                    st.errors += 1;
                    st.first_error
                        .get_or_insert_with(|| format!("401 again: {:?}", resp.www_authenticate));
                }
                if c.challenged(&resp).is_err() {
                    conn = None;
                }
            }
            Ok(resp) => {
                if measured {
                    st.errors += 1;
                    st.first_error
                        .get_or_insert_with(|| format!("status {}", resp.status));
                }
            }
            Err(e) => {
                if measured {
                    st.errors += 1;
                    st.first_error.get_or_insert(e);
                }
                conn = None;
            }
        }
    }
    st
}

fn pct(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i] as f64 / 1000.0
}

struct Scenario<'a> {
    target: &'a Target,
    uri: &'a str,
    conns: usize,
    warmup: Duration,
    secs: Duration,
    server_pid: u32,
}

async fn run_scenario(s: Scenario<'_>) -> Value {
    // A correctness check first: one authenticated request, body inspected.
    let mut probe = AuthConn::new(s.target).await.expect("connect");
    probe.handshake(s.uri).await.expect("challenge");
    let auth = probe.authorization(s.uri);
    let r = probe
        .conn
        .get(s.uri, auth.as_deref(), true)
        .await
        .expect("probe request");
    assert_eq!(r.status, 200, "probe {} -> {}", s.uri, r.status);
    let body: Value = serde_json::from_slice(r.body.as_deref().unwrap()).expect("JSON body");
    match s.uri {
        "/userinfo" => assert_eq!(body["name"], USER, "userinfo body: {body}"),
        "/api/users" => {
            let n = body["users"].as_array().map(Vec::len).unwrap_or(0);
            assert!(n > USERS_ADDED, "/api/users lists {n} users");
        }
        _ => {}
    }
    drop(probe);

    let load_before = loadavg();
    let start = Instant::now();
    let w = Arc::new(Window {
        measure_start: start + s.warmup,
        end: start + s.warmup + s.secs,
    });
    let sent = Arc::new(AtomicU64::new(0));
    // RSS sampler for the measured window.
    let pid = s.server_pid;
    let w2 = w.clone();
    let sampler = tokio::spawn(async move {
        let mut max_rss = 0;
        tokio::time::sleep_until(w2.measure_start.into()).await;
        let c0 = (
            cpu_secs(&pid.to_string()),
            cpu_secs("self"),
            machine_busy_secs(),
            Instant::now(),
        );
        while Instant::now() < w2.end {
            max_rss = max_rss.max(status_kb(pid, "VmRSS").unwrap_or(0));
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let (s0, m0, b0, t0) = c0;
        let wall = t0.elapsed().as_secs_f64();
        let server = (cpu_secs(&pid.to_string()) - s0) / wall;
        let client = (cpu_secs("self") - m0) / wall;
        let busy = (machine_busy_secs() - b0) / wall;
        (max_rss, server, client, (busy - server - client).max(0.0))
    });
    let tasks: Vec<_> = (0..s.conns)
        .map(|_| {
            tokio::spawn(load_conn(
                s.target.clone(),
                s.uri.to_string(),
                w.clone(),
                sent.clone(),
            ))
        })
        .collect();
    let mut all = ConnStats::default();
    for t in tasks {
        let st = t.await.expect("load task");
        all.lat_us.extend(st.lat_us);
        all.ok += st.ok;
        all.errors += st.errors;
        all.rechallenges += st.rechallenges;
        all.reconnects += st.reconnects;
        all.body_bytes += st.body_bytes;
        if all.first_error.is_none() {
            all.first_error = st.first_error;
        }
    }
    let (max_rss, server_cores, client_cores, other_cores) = sampler.await.expect("sampler");
    let measured = s.secs.as_secs_f64();
    all.lat_us.sort_unstable();
    let mean_ms = if all.lat_us.is_empty() {
        f64::NAN
    } else {
        all.lat_us.iter().map(|&v| v as f64).sum::<f64>() / all.lat_us.len() as f64 / 1000.0
    };
    let v = json!({
        "client": s.target.client,
        "scheme": s.target.scheme(),
        "path": s.uri,
        "connections": s.conns,
        "seconds": measured,
        "requests_ok": all.ok,
        "req_per_s": (all.ok as f64 / measured).round(),
        "errors": all.errors,
        "rechallenges": all.rechallenges,
        "connections_opened": all.reconnects,
        "first_error": all.first_error,
        "body_bytes_per_req": all.body_bytes.checked_div(all.ok).unwrap_or(0),
        "latency_ms": {
            "mean": round3(mean_ms),
            "p50": pct(&all.lat_us, 0.50),
            "p90": pct(&all.lat_us, 0.90),
            "p99": pct(&all.lat_us, 0.99),
            "max": pct(&all.lat_us, 1.0),
        },
        "server_rss_max_kb_under_load": max_rss,
        "server_cpu_cores": round3(server_cores),
        "client_cpu_cores": round3(client_cores),
        "other_cpu_cores": round3(other_cores),
        "loadavg_before": load_before,
    });
    eprintln!(
        "{:>7} {:<5} {:<11} {:>9.0} req/s  p50 {:>6.2} ms  p99 {:>6.2} ms  max {:>7.2} ms  errors {}  \
         server RSS max {:.1} MB  CPU server {:.2} / client {:.2} / others {:.2} cores",
        s.target.client,
        s.target.scheme(),
        s.uri,
        all.ok as f64 / measured,
        pct(&all.lat_us, 0.50),
        pct(&all.lat_us, 0.99),
        pct(&all.lat_us, 1.0),
        all.errors,
        max_rss as f64 / 1024.0,
        server_cores,
        client_cores,
        other_cores,
    );
    if let Some(e) = &all.first_error {
        eprintln!("        first error: {e}");
    }
    v
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn mb(kb: Option<u64>) -> f64 {
    round3(kb.unwrap_or(0) as f64 / 1024.0)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing
    // bench-like: then only prove that setup and one short scenario work.
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = !args.iter().any(|a| a == "--bench");
    let secs = env_num("FSCONN_LOAD_SECS", if quick { 1 } else { 10 }, 1, 60);
    let warmup = env_num("FSCONN_LOAD_WARMUP", if quick { 0 } else { 1 }, 0, 10);
    let conns = env_num("FSCONN_LOAD_CONNS", 64, 1, 1024) as usize;
    let threads = env_num("FSCONN_LOAD_CLIENT_THREADS", 2, 1, 16) as usize;
    let clients = env_list(
        "FSCONN_LOAD_CLIENTS",
        if quick { "raw" } else { "raw,reqwest" },
    );
    let paths = env_list("FSCONN_LOAD_PATHS", "/userinfo,/api/users");
    let tls_wanted = !quick && std::env::var("FSCONN_LOAD_TLS").map_or(true, |v| v != "0");

    eprintln!(
        "http_load: {conns} connections, {secs} s measured after {warmup} s warm-up, \
         {threads} client threads, load average {}",
        loadavg()
    );
    let dir = tempfile::tempdir().unwrap();
    prepare(dir.path());
    let tls = if tls_wanted {
        make_tls(dir.path())
    } else {
        None
    };

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(threads)
        .enable_all()
        .build()
        .unwrap();

    let sim = Proc::start(
        {
            let mut c = fsconn(dir.path());
            c.args(["sim", "--listen", "127.0.0.1:0"]);
            c
        },
        &dir.path().join("sim.log"),
    );

    let logs = env_list("FSCONN_LOAD_LOG", "warn");
    let mut servers: Vec<(&str, Option<&TlsFiles>, &str)> =
        logs.iter().map(|l| ("http", None, l.as_str())).collect();
    if let Some(t) = tls.as_ref() {
        servers.push(("https", Some(t), logs[0].as_str()));
    }
    let mut results = Vec::new();
    let mut servers_json = Vec::new();
    for (scheme, tls, log) in servers {
        let mut cmd = fsconn(dir.path());
        // The log goes to a file, as under systemd-journald it goes to a pipe
        // that is always read.
        cmd.env("RUST_LOG", log);
        cmd.args(["--esl", &sim.addr, "serve", "--listen", "127.0.0.1:0"]);
        if let Some((_, cert, key)) = tls {
            cmd.arg("--tls-cert").arg(cert).arg("--tls-key").arg(key);
        }
        let server = Proc::start(cmd, &dir.path().join(format!("serve-{scheme}-{log}.log")));
        // Let it connect to the sim and settle before the idle reading.
        std::thread::sleep(Duration::from_millis(1500));
        let pid = server.pid();
        let idle_rss = status_kb(pid, "VmRSS");
        eprintln!(
            "{scheme} server (RUST_LOG={log}) pid {pid} at {}: idle RSS {:.1} MB (example + {USERS_ADDED} users)",
            server.addr,
            idle_rss.unwrap_or(0) as f64 / 1024.0,
        );
        for client in &clients {
            if tls.is_some() && client == "raw" {
                continue;
            }
            let target = Target {
                client: client.clone(),
                addr: server.addr.clone(),
                tls_ca: tls.map(|t| t.0.clone()),
            };
            for path in &paths {
                let mut v = rt.block_on(run_scenario(Scenario {
                    target: &target,
                    uri: path,
                    conns,
                    warmup: Duration::from_secs(warmup),
                    secs: Duration::from_secs(secs),
                    server_pid: pid,
                }));
                v["server_log"] = json!(log);
                results.push(v);
            }
        }
        std::thread::sleep(Duration::from_millis(1000));
        let after_rss = status_kb(pid, "VmRSS");
        let hwm = status_kb(pid, "VmHWM");
        eprintln!(
            "{scheme} server: RSS {:.1} MB idle after the load, peak (VmHWM) {:.1} MB",
            after_rss.unwrap_or(0) as f64 / 1024.0,
            hwm.unwrap_or(0) as f64 / 1024.0
        );
        servers_json.push(json!({
            "scheme": scheme,
            "log": log,
            "idle_rss_mb": mb(idle_rss),
            "idle_rss_mb_after_load": mb(after_rss),
            "peak_rss_mb": mb(hwm),
        }));
        drop(server);
    }
    drop(sim);
    let summary = json!({
        "users_added": USERS_ADDED,
        "connections": conns,
        "seconds": secs,
        "servers": servers_json,
        "scenarios": results,
    });
    if let Ok(path) = std::env::var("FSCONN_LOAD_JSON") {
        std::fs::write(&path, serde_json::to_string_pretty(&summary).unwrap()).unwrap();
        eprintln!("results written to {path}");
    }
}
