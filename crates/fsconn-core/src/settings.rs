//! Effective settings and where each value came from.
//!
//! Precedence, lowest first: built-in defaults, `fsconn.toml`, the original
//! middleware's environment variables (so an existing deployment's unit file
//! keeps working), then command-line flags. Paths in `fsconn.toml` are relative
//! to the file, so a config can travel with the tree it describes.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// Every environment variable fsconn reads (tests and benchmarks clear
/// them so the host's settings never leak in).
pub const ENV_VARS: &[&str] = &[
    "FSCONN_CONFIG",
    "SWITCHCONF",
    "STATICPATH",
    "RECPATH",
    "FSIP",
    "FSPORT",
    "FSPW",
    "CONHOSTNAME",
    "FASTIIP",
    "FASTIPORT",
    "FASTICERT",
    "FASTIKEY",
    "FSCONN_SERVER",
    "FSCONN_USER",
    "FSCONN_AUDIT_LOG",
];

/// What a context may do: the original's `apiallow` / `allow` / `disallow`.
/// Ordered: a context sees the conferences of every context whose role is not
/// above its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Disallow,
    Allow,
    #[serde(rename = "apiallow")]
    ApiAllow,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextDef {
    pub name: String,
    /// Inclusive user id range, e.g. `20000-20999`.
    pub users: Range,
    /// Inclusive conference number range.
    pub conferences: Range,
    pub role: Role,
    /// `conf_flags` written into new user files of this context.
    #[serde(default)]
    pub conf_flags: Option<String>,
    /// conpin written when none is given (literal, may be a `$${var}`).
    #[serde(default)]
    pub conpin: Option<String>,
    /// Live controls its users may use (names of `LIVE_CONTROLS`, or
    /// `"all"`); unset: everything for `allow`/`apiallow`, only their own
    /// hand (`hand`, `lowerhand`) for `disallow`.
    #[serde(default)]
    pub controls: Option<Vec<String>>,
}

/// Every live control, by the name clients, the REST API and the
/// `controls` setting use.
pub const LIVE_CONTROLS: &[&str] = &[
    "lock",
    "unlock",
    "startrec",
    "pauserec",
    "resumerec",
    "stoprec",
    "muteall",
    "unmuteall",
    "mutenonmod",
    "unmutenonmod",
    "kickall",
    "dial",
    "play",
    "mute",
    "unmute",
    "kick",
    "deaf",
    "undeaf",
    "energy",
    "volin",
    "volout",
    "hup",
    "transfer",
    "floor",
    "hand",
    "lowerhand",
    "grantmod",
    "revokemod",
];

impl ContextDef {
    pub fn conf_flags(&self) -> &str {
        self.conf_flags.as_deref().unwrap_or(match self.role {
            Role::Disallow => "mute-detect|mute",
            _ => "moderator|mute-detect",
        })
    }

    pub fn default_conpin(&self) -> &str {
        self.conpin.as_deref().unwrap_or(match self.role {
            Role::ApiAllow => "$${modconpin}",
            _ => "$${defconpin}",
        })
    }

    /// Whether users of this context may use live control `name`.
    pub fn may_control(&self, name: &str) -> bool {
        match &self.controls {
            Some(list) => list.iter().any(|c| c == name || c == "all"),
            None => self.role != Role::Disallow || matches!(name, "hand" | "lowerhand"),
        }
    }

    /// Whether a user of this context may see a conference of `other`.
    pub fn sees(&self, other: &ContextDef) -> bool {
        other.role <= self.role
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Range {
    pub first: u32,
    pub last: u32,
}

impl Range {
    pub fn contains(&self, n: u32) -> bool {
        (self.first..=self.last).contains(&n)
    }
}

impl TryFrom<String> for Range {
    type Error = String;
    fn try_from(s: String) -> std::result::Result<Self, String> {
        let (a, b) = s
            .split_once('-')
            .ok_or_else(|| format!("range {s:?} must look like 20000-20999"))?;
        let first: u32 = a
            .trim()
            .parse()
            .map_err(|_| format!("range {s:?}: bad start"))?;
        let last: u32 = b
            .trim()
            .parse()
            .map_err(|_| format!("range {s:?}: bad end"))?;
        if first > last {
            return Err(format!("range {s:?} is empty"));
        }
        Ok(Range { first, last })
    }
}

impl From<Range> for String {
    fn from(r: Range) -> String {
        format!("{}-{}", r.first, r.last)
    }
}

pub fn default_contexts() -> Vec<ContextDef> {
    let def = |name: &str, u: u32, c: u32, role| ContextDef {
        name: name.into(),
        users: Range {
            first: u,
            last: u + 999,
        },
        conferences: Range {
            first: c,
            last: c + 999,
        },
        role,
        conf_flags: None,
        conpin: None,
        controls: None,
    };
    vec![
        def("team", 20000, 30000, Role::ApiAllow),
        def("friends", 21000, 31000, Role::Allow),
        def("public", 22000, 32000, Role::Disallow),
    ]
}

/// Where a value came from, for `fsconn config`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Default,
    File(PathBuf),
    Env(&'static str),
    Flag(&'static str),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Default => f.write_str("default"),
            Source::File(p) => write!(f, "file {}", p.display()),
            Source::Env(v) => write!(f, "env {v}"),
            Source::Flag(v) => write!(f, "flag {v}"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub conf_dir: PathBuf,
    pub static_dir: PathBuf,
    pub recordings_dir: PathBuf,
    pub templates_dir: Option<PathBuf>,
    /// Announcements the live `play` control may play (file names only).
    pub prompts_dir: Option<PathBuf>,
    pub esl_host: String,
    pub esl_port: u16,
    pub esl_password: String,
    /// Seconds to wait for any one event-socket command.
    pub esl_timeout: u64,
    /// The host name phones use (`CONHOSTNAME`).
    pub hostname: String,
    pub listen_host: String,
    pub listen_port: u16,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    /// Largest accepted HTTP request body, bytes.
    pub body_limit: usize,
    /// Seconds a digest nonce stays good (then the client gets `stale=true`).
    pub nonce_ttl: u64,
    /// Seconds a console sign-in session lasts.
    pub session_ttl: u64,
    /// Console sessions one user may hold; a further sign-in ends that
    /// user's oldest (never anyone else's).
    pub sessions_per_user: usize,
    /// Seconds between WebSocket pings; a client that missed the previous
    /// pong is dropped.
    pub ping_interval: u64,
    /// Live messages buffered per WebSocket client before it counts as too
    /// slow and is closed.
    pub live_buffer: usize,
    /// Milliseconds a WebSocket client's messages gather before one write.
    pub live_batch_ms: u64,
    /// Origins allowed to call the API from a browser (CORS); none by default.
    pub cors_origins: Vec<String>,
    /// Largest file a phone may keep in its dir (a log that grows beyond
    /// keeps its newest bytes), bytes.
    pub phone_file_max: u64,
    /// Largest total a phone may keep in its dir, bytes.
    pub phone_dir_max: u64,
    /// What `restore` unpacks at most: an archive beyond any of these is
    /// refused before it can fill the disk.
    pub restore_limits: RestoreLimits,
    /// Where Prometheus scrapes `/metrics`; no metrics listener when unset.
    pub metrics_listen: Option<String>,
    /// Log lines as text (a terminal) or JSON (journald, ELK).
    pub log_format: LogFormat,
    /// Reverse proxies whose `X-Forwarded-For` is believed (addresses or
    /// CIDR blocks); nobody's by default.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The origin browsers use (behind a reverse proxy, the proxy's); its
    /// host is served and its origin is one of ours (see `crate::hosts`).
    pub public_url: Option<crate::hosts::PublicUrl>,
    /// More host names the server answers for (besides localhost, addresses,
    /// `hostname`, a named `serve.host` and `public_url`'s host).
    pub hosts: Vec<String>,
    /// Open connections served at once (more are closed at accept).
    pub max_connections: usize,
    /// Open connections one client address may hold.
    pub max_connections_per_address: usize,
    /// Seconds a connection may take to send its first complete request
    /// header (TLS handshake included).
    pub header_timeout: u64,
    /// Seconds an open connection may stay without a request in flight.
    pub idle_timeout: u64,
    /// Failed logins a client address or a user name may have before each
    /// further one locks it out (for 1 s, then 2 s, 4 s, ...).
    pub login_free_failures: u32,
    /// Longest lockout after failed logins, seconds.
    pub login_max_lockout: u64,
    /// Where the console's phone registers (`serve.sip_wss_url`).
    pub sip_wss_url: SipWss,
    /// IPv6 clients are one client per this many leading bits (a /64 is one
    /// subscriber's) for the login throttle and the per-address cap.
    pub ipv6_prefix: u8,
    /// Seconds a request body may take in total.
    pub body_timeout: u64,
    /// Bytes per second a request body must average after its first
    /// `header_timeout` seconds.
    pub body_min_rate: u64,
    /// mod_xml_curl requests one node may make per second (and in one
    /// burst); more are answered 429, so a runaway or stolen node cannot
    /// starve the API.
    pub xml_curl_rate: u32,
    pub contexts: Vec<ContextDef>,
    /// `[[node]]`: the FreeSWITCH nodes of a cluster; empty = file mode
    /// against the one switch of `[esl]` (crate::nodes).
    pub nodes: Vec<crate::nodes::NodeDef>,
    /// `[[proxy]]`: SIP proxies that may ask the directory over xml_curl
    /// (only with nodes: a proxy is part of a cluster).
    pub proxies: Vec<crate::nodes::ProxyDef>,
    /// Announcements of the moderator keys (`[prompts]`).
    pub prompts: crate::prompts::Prompts,
    /// The audit log (JSON lines); default `<static_dir>/audit.log`.
    pub audit_log: Option<PathBuf>,
    /// Recordings older than this many days are pruned (none: kept).
    pub retention_max_age_days: Option<u64>,
    /// Recordings beyond this many bytes in total are pruned, oldest first.
    pub retention_max_total_bytes: Option<u64>,
    /// The file the settings were read from, if any.
    pub file: Option<PathBuf>,
    sources: BTreeMap<&'static str, Source>,
}

/// Where the console's phone finds FreeSWITCH's SIP over WebSocket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SipWss {
    /// `wss://` + `hostname` + the port of the switch's `wss_binding`
    /// (what the original's web client does).
    Announced,
    /// A fixed address, e.g. FreeSWITCH's WSS behind the reverse proxy.
    Url(String),
    /// No phone in the console, and why (shown to the user).
    Off(String),
}

impl SipWss {
    /// `"off"`, or a `wss://` (or `ws://`) URL without credentials, query or
    /// fragment. It goes into the console's Content-Security-Policy, so only
    /// a URL the `url` crate re-serializes unchanged is taken.
    pub fn parse(v: &str) -> Result<SipWss> {
        let bad = |why: &str| Error::Settings(format!("serve.sip_wss_url: {v:?} {why}"));
        if v.trim().eq_ignore_ascii_case("off") {
            return Ok(SipWss::Off(
                "this server offers no phone (serve.sip_wss_url is \"off\")".into(),
            ));
        }
        let u = url::Url::parse(v).map_err(|e| bad(&format!("is not a URL ({e})")))?;
        if !matches!(u.scheme(), "wss" | "ws") {
            return Err(bad("must start with wss:// (or ws://)"));
        }
        if u.host_str().is_none_or(str::is_empty) {
            return Err(bad("has no host"));
        }
        if !u.username().is_empty() || u.password().is_some() {
            return Err(bad("must not hold credentials"));
        }
        if u.query().is_some() || u.fragment().is_some() {
            return Err(bad("must not have a query or fragment"));
        }
        let text = u.as_str();
        if text
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, ';' | ',' | '\'' | '"'))
        {
            return Err(bad("holds characters a URL here may not"));
        }
        // `wss://host:port/` and `wss://host:port` are the same address.
        let text = if u.path() == "/" {
            text.trim_end_matches('/')
        } else {
            text
        };
        Ok(SipWss::Url(text.to_string()))
    }
}

impl fmt::Display for SipWss {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SipWss::Announced => f.write_str("(from wss_binding)"),
            SipWss::Url(u) => f.write_str(u),
            SipWss::Off(_) => f.write_str("off"),
        }
    }
}

/// Limits on what one `restore` may unpack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RestoreLimits {
    /// `restore.max_bytes`: all files' content together.
    pub max_bytes: u64,
    /// `restore.max_entries`: files, dirs and links.
    pub max_entries: u64,
    /// `restore.max_file_bytes`: any one file.
    pub max_file_bytes: u64,
    /// `restore.keep`: stored generations kept per tree (at least one);
    /// the oldest beyond go at the next store or upload.
    pub keep: u64,
}

impl Default for RestoreLimits {
    /// A real FreeSWITCH config tree is a few MB in a few thousand files;
    /// these leave room for tens of thousands of users.
    fn default() -> Self {
        RestoreLimits {
            max_bytes: 256 * 1024 * 1024,
            max_entries: 100_000,
            max_file_bytes: 32 * 1024 * 1024,
            keep: 5,
        }
    }
}

/// `fsconn.toml`. Every key is optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    conf_dir: Option<PathBuf>,
    static_dir: Option<PathBuf>,
    recordings_dir: Option<PathBuf>,
    templates_dir: Option<PathBuf>,
    prompts_dir: Option<PathBuf>,
    hostname: Option<String>,
    body_limit: Option<usize>,
    #[serde(default)]
    esl: FileEsl,
    audit_log: Option<PathBuf>,
    #[serde(default)]
    serve: FileServe,
    #[serde(default)]
    restore: FileRestore,
    #[serde(default)]
    retention: FileRetention,
    #[serde(default, rename = "context")]
    contexts: Vec<ContextDef>,
    #[serde(default, rename = "node")]
    nodes: Vec<crate::nodes::NodeDef>,
    #[serde(default, rename = "proxy")]
    proxies: Vec<crate::nodes::ProxyDef>,
    prompts: Option<crate::prompts::Prompts>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileEsl {
    host: Option<String>,
    port: Option<u16>,
    password: Option<String>,
    timeout: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileRestore {
    max_bytes: Option<u64>,
    max_entries: Option<u64>,
    max_file_bytes: Option<u64>,
    keep: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileServe {
    host: Option<String>,
    port: Option<u16>,
    tls_cert: Option<PathBuf>,
    tls_key: Option<PathBuf>,
    nonce_ttl: Option<u64>,
    session_ttl: Option<u64>,
    sessions_per_user: Option<usize>,
    ping_interval: Option<u64>,
    live_buffer: Option<usize>,
    live_batch_ms: Option<u64>,
    cors_origins: Option<Vec<String>>,
    phone_file_max: Option<u64>,
    phone_dir_max: Option<u64>,
    metrics_listen: Option<String>,
    log_format: Option<String>,
    trusted_proxies: Option<Vec<String>>,
    public_url: Option<String>,
    hosts: Option<Vec<String>>,
    max_connections: Option<usize>,
    max_connections_per_address: Option<usize>,
    header_timeout: Option<u64>,
    idle_timeout: Option<u64>,
    login_free_failures: Option<u32>,
    login_max_lockout: Option<u64>,
    sip_wss_url: Option<String>,
    ipv6_prefix: Option<u8>,
    body_timeout: Option<u64>,
    body_min_rate: Option<u64>,
    xml_curl_rate: Option<u32>,
}

/// `[retention]`: how long recordings are kept.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileRetention {
    max_age_days: Option<u64>,
    /// Bytes, or a size with a unit: `500M`, `20G`.
    max_total_size: Option<Size>,
}

/// A size in bytes, written as a number or with a K/M/G/T suffix (powers of 1024).
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(try_from = "toml::Value")]
struct Size(u64);

impl TryFrom<toml::Value> for Size {
    type Error = String;
    fn try_from(v: toml::Value) -> std::result::Result<Self, String> {
        match v {
            toml::Value::Integer(n) if n >= 0 => Ok(Size(n as u64)),
            toml::Value::String(s) => parse_size(&s).map(Size),
            other => Err(format!(
                "a size must be bytes or a string like \"20G\", got {other}"
            )),
        }
    }
}

/// `1234`, `500K`, `20M`, `3G`, `1T` (powers of 1024; a trailing `B` or `iB` is allowed).
pub fn parse_size(s: &str) -> std::result::Result<u64, String> {
    let t = s.trim();
    let t = t
        .strip_suffix("iB")
        .or_else(|| t.strip_suffix('B'))
        .unwrap_or(t);
    let (num, mult) = match t.chars().last().map(|c| c.to_ascii_uppercase()) {
        Some('K') => (&t[..t.len() - 1], 1u64 << 10),
        Some('M') => (&t[..t.len() - 1], 1 << 20),
        Some('G') => (&t[..t.len() - 1], 1 << 30),
        Some('T') => (&t[..t.len() - 1], 1 << 40),
        _ => (t, 1),
    };
    num.trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .ok_or_else(|| format!("{s:?} is not a size (bytes, or a number with K, M, G or T)"))
}

/// Values given on the command line; `None` = not given.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub config: Option<PathBuf>,
    pub conf_dir: Option<PathBuf>,
    pub static_dir: Option<PathBuf>,
    pub recordings_dir: Option<PathBuf>,
    pub esl: Option<String>,
    pub esl_password: Option<String>,
}

/// `set!(self, src, field, "key", Option<value>)`: a value the source gave,
/// and where it came from.
macro_rules! set {
    ($s:ident, $src:ident, $field:ident, $key:literal, $v:expr) => {
        if let Some(v) = $v {
            $s.$field = v;
            $s.sources.insert($key, $src.clone());
        }
    };
}

impl Settings {
    pub fn defaults() -> Settings {
        Settings {
            conf_dir: "/etc/freeswitch".into(),
            static_dir: "/static".into(),
            recordings_dir: "/recordings".into(),
            templates_dir: None,
            prompts_dir: None,
            esl_host: "127.0.0.1".into(),
            esl_port: 8021,
            esl_password: "ClueCon".into(),
            esl_timeout: 5,
            hostname: "localhost".into(),
            listen_host: "127.0.0.1".into(),
            listen_port: 3000,
            tls_cert: None,
            tls_key: None,
            body_limit: 4 * 1024 * 1024,
            nonce_ttl: 300,
            session_ttl: 8 * 3600,
            sessions_per_user: 20,
            ping_interval: 30,
            live_buffer: 4096,
            live_batch_ms: 4,
            cors_origins: Vec::new(),
            phone_file_max: 1024 * 1024,
            phone_dir_max: 16 * 1024 * 1024,
            restore_limits: RestoreLimits::default(),
            metrics_listen: None,
            log_format: LogFormat::Text,
            trusted_proxies: Vec::new(),
            public_url: None,
            hosts: Vec::new(),
            max_connections: 4096,
            max_connections_per_address: 256,
            header_timeout: 5,
            idle_timeout: 60,
            login_free_failures: 5,
            login_max_lockout: 900,
            sip_wss_url: SipWss::Announced,
            ipv6_prefix: 64,
            body_timeout: 60,
            body_min_rate: 1024,
            xml_curl_rate: 1000,
            contexts: default_contexts(),
            nodes: Vec::new(),
            proxies: Vec::new(),
            prompts: crate::prompts::Prompts::default(),
            audit_log: None,
            retention_max_age_days: None,
            retention_max_total_bytes: None,
            file: None,
            sources: BTreeMap::new(),
        }
    }

    /// Load with the full precedence chain. `env` is passed in so tests and the
    /// server can control it.
    pub fn load(over: &Overrides, env: &dyn Fn(&str) -> Option<String>) -> Result<Settings> {
        let mut s = Settings::defaults();
        let file = match &over.config {
            Some(p) => Some(p.clone()),
            None => env("FSCONN_CONFIG")
                .map(PathBuf::from)
                .or_else(|| {
                    let p = PathBuf::from("fsconn.toml");
                    p.is_file().then_some(p)
                })
                .or_else(|| {
                    let p = PathBuf::from("/etc/fsconn/fsconn.toml");
                    p.is_file().then_some(p)
                }),
        };
        if let Some(path) = file {
            s.apply_file(&path)?;
        }
        s.apply_env(env)?;
        s.apply_flags(over)?;
        s.recordings_from_vars();
        s.check()?;
        Ok(s)
    }

    /// With no `recordings_dir` of its own, fsconn lists and records where
    /// the switch does: `vars.xml`'s `recordings_dir` (which overrides the
    /// switch's `-recordings` flag). So one setting decides both; when
    /// fsconn.toml, `RECPATH` or the flag set another, `fsconn doctor` says
    /// that they disagree. A value fsconn cannot resolve (one naming a core
    /// global such as `$${base_dir}`) leaves the default.
    fn recordings_from_vars(&mut self) {
        if self.sources.contains_key("recordings_dir") {
            return;
        }
        let vars = crate::fsconf::read_vars(&self.conf_dir);
        let Some(dir) = vars.get("recordings_dir") else {
            return;
        };
        if dir.starts_with('/') && !dir.contains("$${") {
            self.recordings_dir = dir.into();
            self.sources.insert(
                "recordings_dir",
                Source::File(self.conf_dir.join("vars.xml")),
            );
        }
    }

    fn apply_file(&mut self, path: &Path) -> Result<()> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::Settings(format!("cannot read {}: {e}", path.display())))?;
        let mut f: FileSettings = toml::from_str(&text)
            .map_err(|e| Error::Settings(format!("{}: {}", path.display(), e.message())))?;
        let src = Source::File(path.to_path_buf());
        self.file_paths(&mut f, path.parent().unwrap_or(Path::new(".")), &src);
        set!(self, src, hostname, "hostname", f.hostname);
        set!(self, src, body_limit, "body_limit", f.body_limit);
        set!(self, src, esl_host, "esl.host", f.esl.host);
        set!(self, src, esl_port, "esl.port", f.esl.port);
        set!(self, src, esl_password, "esl.password", f.esl.password);
        set!(self, src, esl_timeout, "esl.timeout", f.esl.timeout);
        self.file_serve(f.serve, &src)?;
        self.file_limits(f.restore, f.retention, &src);
        if !f.contexts.is_empty() {
            self.contexts = f.contexts;
            self.sources.insert("contexts", src.clone());
        }
        if !f.nodes.is_empty() {
            crate::nodes::check(&f.nodes).map_err(Error::Settings)?;
            self.nodes = f.nodes;
            self.sources.insert("nodes", src.clone());
        }
        if !f.proxies.is_empty() {
            if self.nodes.is_empty() {
                return Err(Error::Settings(
                    "[[proxy]] without [[node]]: a proxy asks the directory of a cluster; file mode has none".into(),
                ));
            }
            crate::nodes::check_proxies(&self.nodes, &f.proxies).map_err(Error::Settings)?;
            self.proxies = f.proxies;
            self.sources.insert("proxies", src.clone());
        }
        if let Some(p) = f.prompts {
            self.prompts = p;
            self.sources.insert("prompts", src);
        }
        self.file = Some(path.to_path_buf());
        Ok(())
    }

    /// The file's paths, relative ones taken from `base` (the file's dir).
    fn file_paths(&mut self, f: &mut FileSettings, base: &Path, src: &Source) {
        let rel = |p: PathBuf| if p.is_absolute() { p } else { base.join(p) };
        let some_rel = |p: Option<PathBuf>| p.map(|p| Some(rel(p)));
        set!(self, src, conf_dir, "conf_dir", f.conf_dir.take().map(rel));
        set!(
            self,
            src,
            static_dir,
            "static_dir",
            f.static_dir.take().map(rel)
        );
        set!(
            self,
            src,
            recordings_dir,
            "recordings_dir",
            f.recordings_dir.take().map(rel)
        );
        set!(
            self,
            src,
            templates_dir,
            "templates_dir",
            some_rel(f.templates_dir.take())
        );
        set!(
            self,
            src,
            prompts_dir,
            "prompts_dir",
            some_rel(f.prompts_dir.take())
        );
        set!(
            self,
            src,
            audit_log,
            "audit_log",
            some_rel(f.audit_log.take())
        );
        set!(
            self,
            src,
            tls_cert,
            "serve.tls_cert",
            some_rel(f.serve.tls_cert.take())
        );
        set!(
            self,
            src,
            tls_key,
            "serve.tls_key",
            some_rel(f.serve.tls_key.take())
        );
    }

    /// `[serve]` but its paths (see `file_paths`).
    fn file_serve(&mut self, mut f: FileServe, src: &Source) -> Result<()> {
        self.file_serve_limits(&mut f, src)?;
        self.file_serve_hosts(&mut f, src)?;
        set!(self, src, listen_host, "serve.host", f.host);
        set!(self, src, listen_port, "serve.port", f.port);
        set!(self, src, nonce_ttl, "serve.nonce_ttl", f.nonce_ttl);
        set!(self, src, session_ttl, "serve.session_ttl", f.session_ttl);
        set!(
            self,
            src,
            sessions_per_user,
            "serve.sessions_per_user",
            f.sessions_per_user
        );
        set!(
            self,
            src,
            ping_interval,
            "serve.ping_interval",
            f.ping_interval
        );
        set!(self, src, live_buffer, "serve.live_buffer", f.live_buffer);
        set!(
            self,
            src,
            live_batch_ms,
            "serve.live_batch_ms",
            f.live_batch_ms
        );
        set!(
            self,
            src,
            cors_origins,
            "serve.cors_origins",
            f.cors_origins
        );
        set!(
            self,
            src,
            phone_file_max,
            "serve.phone_file_max",
            f.phone_file_max
        );
        set!(
            self,
            src,
            phone_dir_max,
            "serve.phone_dir_max",
            f.phone_dir_max
        );
        set!(
            self,
            src,
            metrics_listen,
            "serve.metrics_listen",
            f.metrics_listen.map(Some)
        );
        let log_format = f
            .log_format
            .map(|v| LogFormat::parse("serve.log_format", &v))
            .transpose()?;
        set!(self, src, log_format, "serve.log_format", log_format);
        let wss = f.sip_wss_url.map(|v| SipWss::parse(&v)).transpose()?;
        set!(self, src, sip_wss_url, "serve.sip_wss_url", wss);
        Ok(())
    }

    /// `serve.public_url` and `serve.hosts`.
    fn file_serve_hosts(&mut self, f: &mut FileServe, src: &Source) -> Result<()> {
        let public = f
            .public_url
            .take()
            .map(|v| crate::hosts::PublicUrl::parse(&v).map(Some))
            .transpose()
            .map_err(Error::Settings)?;
        set!(self, src, public_url, "serve.public_url", public);
        let hosts = f
            .hosts
            .take()
            .map(|v| v.iter().map(|h| crate::hosts::parse_host(h)).collect())
            .transpose()
            .map_err(Error::Settings)?;
        set!(self, src, hosts, "serve.hosts", hosts);
        Ok(())
    }

    /// The host names `fsconn serve` answers for (see `crate::hosts`).
    pub fn host_policy(&self) -> crate::hosts::HostPolicy {
        let public = self.public_url.as_ref().map(|u| u.host.as_str());
        crate::hosts::HostPolicy::new(
            [self.hostname.as_str(), self.listen_host.as_str()]
                .into_iter()
                .chain(public)
                .chain(self.hosts.iter().map(String::as_str)),
        )
    }

    /// `[serve]`'s proxies, connection caps, timeouts and login lockout.
    fn file_serve_limits(&mut self, f: &mut FileServe, src: &Source) -> Result<()> {
        let proxies = f
            .trusted_proxies
            .take()
            .map(|v| parse_proxies(&v))
            .transpose()?;
        set!(self, src, trusted_proxies, "serve.trusted_proxies", proxies);
        set!(
            self,
            src,
            max_connections,
            "serve.max_connections",
            f.max_connections.take()
        );
        let per_address = f.max_connections_per_address.take();
        set!(
            self,
            src,
            max_connections_per_address,
            "serve.max_connections_per_address",
            per_address
        );
        set!(
            self,
            src,
            header_timeout,
            "serve.header_timeout",
            f.header_timeout.take()
        );
        set!(
            self,
            src,
            idle_timeout,
            "serve.idle_timeout",
            f.idle_timeout.take()
        );
        let free = f.login_free_failures.take();
        set!(
            self,
            src,
            login_free_failures,
            "serve.login_free_failures",
            free
        );
        set!(
            self,
            src,
            login_max_lockout,
            "serve.login_max_lockout",
            f.login_max_lockout.take()
        );
        set!(self, src, ipv6_prefix, "serve.ipv6_prefix", f.ipv6_prefix);
        if f.xml_curl_rate == Some(0) {
            return Err(Error::Settings(
                "serve.xml_curl_rate: must be at least 1 (requests per second per node)".into(),
            ));
        }
        set!(
            self,
            src,
            xml_curl_rate,
            "serve.xml_curl_rate",
            f.xml_curl_rate
        );
        set!(
            self,
            src,
            body_timeout,
            "serve.body_timeout",
            f.body_timeout
        );
        let rate = f.body_min_rate.take();
        set!(self, src, body_min_rate, "serve.body_min_rate", rate);
        Ok(())
    }

    /// `[restore]` and `[retention]`.
    fn file_limits(&mut self, r: FileRestore, keep: FileRetention, src: &Source) {
        let limits = &mut self.restore_limits;
        for (key, field, v) in [
            ("restore.max_bytes", &mut limits.max_bytes, r.max_bytes),
            (
                "restore.max_entries",
                &mut limits.max_entries,
                r.max_entries,
            ),
            (
                "restore.max_file_bytes",
                &mut limits.max_file_bytes,
                r.max_file_bytes,
            ),
            ("restore.keep", &mut limits.keep, r.keep),
        ] {
            if let Some(v) = v {
                *field = v;
                self.sources.insert(key, src.clone());
            }
        }
        let days = keep.max_age_days.map(Some);
        set!(
            self,
            src,
            retention_max_age_days,
            "retention.max_age_days",
            days
        );
        let bytes = keep.max_total_size.map(|Size(b)| Some(b));
        set!(
            self,
            src,
            retention_max_total_bytes,
            "retention.max_total_size",
            bytes
        );
    }

    fn apply_env(&mut self, env: &dyn Fn(&str) -> Option<String>) -> Result<()> {
        let mut get = |var: &'static str, key: &'static str| {
            let v = env(var).filter(|v| !v.is_empty());
            if v.is_some() {
                self.sources.insert(key, Source::Env(var));
            }
            v
        };
        let conf = get("SWITCHCONF", "conf_dir");
        let stat = get("STATICPATH", "static_dir");
        let rec = get("RECPATH", "recordings_dir");
        let fsip = get("FSIP", "esl.host");
        let fsport = get("FSPORT", "esl.port");
        let fspw = get("FSPW", "esl.password");
        let host = get("CONHOSTNAME", "hostname");
        let lip = get("FASTIIP", "serve.host");
        let lport = get("FASTIPORT", "serve.port");
        let cert = get("FASTICERT", "serve.tls_cert");
        let key = get("FASTIKEY", "serve.tls_key");
        let audit = get("FSCONN_AUDIT_LOG", "audit_log");
        if let Some(v) = audit {
            self.audit_log = Some(v.into());
        }
        if let Some(v) = conf {
            self.conf_dir = v.into();
        }
        if let Some(v) = stat {
            self.static_dir = v.into();
        }
        if let Some(v) = rec {
            self.recordings_dir = v.into();
        }
        if let Some(v) = fsip {
            self.esl_host = v;
        }
        if let Some(v) = fsport {
            self.esl_port = parse_port("FSPORT", &v)?;
        }
        if let Some(v) = fspw {
            self.esl_password = v;
        }
        if let Some(v) = host {
            self.hostname = v;
        }
        if let Some(v) = lip {
            self.listen_host = v;
        }
        if let Some(v) = lport {
            self.listen_port = parse_port("FASTIPORT", &v)?;
        }
        if let Some(v) = cert {
            self.tls_cert = Some(v.into());
        }
        if let Some(v) = key {
            self.tls_key = Some(v.into());
        }
        Ok(())
    }

    fn apply_flags(&mut self, o: &Overrides) -> Result<()> {
        if let Some(v) = &o.conf_dir {
            self.conf_dir = v.clone();
            self.sources.insert("conf_dir", Source::Flag("--conf-dir"));
        }
        if let Some(v) = &o.static_dir {
            self.static_dir = v.clone();
            self.sources
                .insert("static_dir", Source::Flag("--static-dir"));
        }
        if let Some(v) = &o.recordings_dir {
            self.recordings_dir = v.clone();
            self.sources
                .insert("recordings_dir", Source::Flag("--recordings-dir"));
        }
        if let Some(v) = &o.esl {
            let (h, p) = v
                .rsplit_once(':')
                .ok_or_else(|| Error::Settings(format!("--esl must be HOST:PORT, got {v:?}")))?;
            self.esl_host = h.trim_start_matches('[').trim_end_matches(']').to_string();
            self.esl_port = parse_port("--esl", p)?;
            self.sources.insert("esl.host", Source::Flag("--esl"));
            self.sources.insert("esl.port", Source::Flag("--esl"));
        }
        if let Some(v) = &o.esl_password {
            self.esl_password = v.clone();
            self.sources
                .insert("esl.password", Source::Flag("--esl-password"));
        }
        Ok(())
    }

    fn check(&self) -> Result<()> {
        if self.ping_interval == 0 || self.live_buffer == 0 {
            return Err(Error::Settings(
                "serve.ping_interval and serve.live_buffer must be positive".into(),
            ));
        }
        if self.max_connections == 0
            || self.max_connections_per_address == 0
            || self.header_timeout == 0
            || self.idle_timeout == 0
        {
            return Err(Error::Settings(
                "serve.max_connections, serve.max_connections_per_address, serve.header_timeout and serve.idle_timeout must be positive".into(),
            ));
        }
        if self.body_timeout == 0 {
            return Err(Error::Settings(
                "serve.body_timeout must be positive".into(),
            ));
        }
        if !(16..=128).contains(&self.ipv6_prefix) {
            return Err(Error::Settings(format!(
                "serve.ipv6_prefix must be between 16 and 128 (bits), got {}",
                self.ipv6_prefix
            )));
        }
        if self.contexts.is_empty() {
            return Err(Error::Settings("at least one context is needed".into()));
        }
        self.prompts.check().map_err(Error::Settings)?;
        for c in &self.contexts {
            for name in c.controls.iter().flatten() {
                if name != "all" && !LIVE_CONTROLS.contains(&name.as_str()) {
                    return Err(Error::Settings(format!(
                        "context {:?}: unknown control {name:?} in controls; known: all, {}",
                        c.name,
                        LIVE_CONTROLS.join(", ")
                    )));
                }
            }
        }
        for (i, a) in self.contexts.iter().enumerate() {
            if a.name.is_empty()
                || !a
                    .name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                return Err(Error::Settings(format!(
                    "context name {:?} may only hold letters, digits, '_' and '-'",
                    a.name
                )));
            }
            for b in &self.contexts[i + 1..] {
                if a.name == b.name {
                    return Err(Error::Settings(format!(
                        "context {:?} defined twice",
                        a.name
                    )));
                }
                let overlap = |x: Range, y: Range| x.first <= y.last && y.first <= x.last;
                if overlap(a.users, b.users) || overlap(a.conferences, b.conferences) {
                    return Err(Error::Settings(format!(
                        "contexts {:?} and {:?} have overlapping number ranges",
                        a.name, b.name
                    )));
                }
            }
        }
        Ok(())
    }

    pub fn context(&self, name: &str) -> Option<&ContextDef> {
        self.contexts.iter().find(|c| c.name == name)
    }

    /// The context whose conference range holds `num`.
    pub fn context_of_conference(&self, num: u32) -> Option<&ContextDef> {
        self.contexts.iter().find(|c| c.conferences.contains(num))
    }

    /// The audit log's path.
    pub fn audit_log(&self) -> PathBuf {
        self.audit_log
            .clone()
            .unwrap_or_else(|| crate::audit::default_path(&self.static_dir))
    }

    /// A cluster has `[[node]]` tables; without them fsconn is in file mode
    /// against one switch, as it always was.
    pub fn is_cluster(&self) -> bool {
        !self.nodes.is_empty()
    }

    pub fn esl_addr(&self) -> String {
        format!("{}:{}", self.esl_host, self.esl_port)
    }

    pub fn source(&self, key: &str) -> Source {
        self.sources.get(key).cloned().unwrap_or(Source::Default)
    }

    /// (key, value, source) for display; the ESL password is masked.
    pub fn describe(&self) -> Vec<(&'static str, String, Source)> {
        let mut rows: Vec<_> = self
            .core_rows()
            .into_iter()
            .chain(self.serve_rows())
            .chain(self.storage_rows())
            .map(|(k, v)| (k, v, self.source(k)))
            .collect();
        let psrc = self.source("prompts");
        for (key, file) in self.prompts.all() {
            rows.push((key, file.to_string(), psrc.clone()));
        }
        let csrc = self.source("contexts");
        for c in &self.contexts {
            rows.push(("context", describe_context(c), csrc.clone()));
        }
        let nsrc = self.source("nodes");
        for n in &self.nodes {
            rows.push(("node", describe_node(n), nsrc.clone()));
        }
        let psrc = self.source("proxies");
        for p in &self.proxies {
            let shown = format!(
                "{} xml_curl_user={} xml_curl_password={}",
                p.name,
                p.xml_curl_user,
                secret(&p.xml_curl_password)
            );
            rows.push(("proxy", shown, psrc.clone()));
        }
        rows
    }

    /// Dirs, host name, body limit and the event socket.
    fn core_rows(&self) -> Vec<(&'static str, String)> {
        vec![
            ("conf_dir", shown(&self.conf_dir)),
            ("static_dir", shown(&self.static_dir)),
            ("recordings_dir", shown(&self.recordings_dir)),
            ("templates_dir", path_or_none(&self.templates_dir)),
            ("prompts_dir", path_or_none(&self.prompts_dir)),
            ("hostname", self.hostname.clone()),
            ("body_limit", self.body_limit.to_string()),
            ("esl.host", self.esl_host.clone()),
            ("esl.port", self.esl_port.to_string()),
            ("esl.password", secret(&self.esl_password)),
            ("esl.timeout", self.esl_timeout.to_string()),
        ]
    }

    /// `[serve]`, with `[restore]` where `fsconn config` has always shown it.
    fn serve_rows(&self) -> Vec<(&'static str, String)> {
        let limits = &self.restore_limits;
        let proxies: Vec<String> = self.trusted_proxies.iter().map(|n| n.to_string()).collect();
        vec![
            ("serve.host", self.listen_host.clone()),
            ("serve.port", self.listen_port.to_string()),
            ("serve.tls_cert", path_or_none(&self.tls_cert)),
            ("serve.tls_key", path_or_none(&self.tls_key)),
            ("serve.nonce_ttl", self.nonce_ttl.to_string()),
            ("serve.session_ttl", self.session_ttl.to_string()),
            (
                "serve.sessions_per_user",
                self.sessions_per_user.to_string(),
            ),
            ("serve.ping_interval", self.ping_interval.to_string()),
            ("serve.live_buffer", self.live_buffer.to_string()),
            ("serve.live_batch_ms", self.live_batch_ms.to_string()),
            ("serve.phone_file_max", self.phone_file_max.to_string()),
            ("serve.phone_dir_max", self.phone_dir_max.to_string()),
            ("restore.max_bytes", limits.max_bytes.to_string()),
            ("restore.max_entries", limits.max_entries.to_string()),
            ("restore.max_file_bytes", limits.max_file_bytes.to_string()),
            ("restore.keep", limits.keep.to_string()),
            ("serve.metrics_listen", or_none(&self.metrics_listen)),
            ("serve.log_format", self.log_format.as_str().to_string()),
            ("serve.trusted_proxies", joined(&proxies)),
            ("serve.cors_origins", joined(&self.cors_origins)),
            ("serve.public_url", or_none(&self.public_url)),
            ("serve.hosts", joined(&self.hosts)),
            ("serve.max_connections", self.max_connections.to_string()),
            (
                "serve.max_connections_per_address",
                self.max_connections_per_address.to_string(),
            ),
            ("serve.header_timeout", self.header_timeout.to_string()),
            ("serve.idle_timeout", self.idle_timeout.to_string()),
            ("serve.sip_wss_url", self.sip_wss_url.to_string()),
            (
                "serve.login_free_failures",
                self.login_free_failures.to_string(),
            ),
            (
                "serve.login_max_lockout",
                self.login_max_lockout.to_string(),
            ),
            ("serve.ipv6_prefix", self.ipv6_prefix.to_string()),
            ("serve.body_timeout", self.body_timeout.to_string()),
            ("serve.body_min_rate", self.body_min_rate.to_string()),
            ("serve.xml_curl_rate", self.xml_curl_rate.to_string()),
        ]
    }

    /// The audit log and the recordings' retention.
    fn storage_rows(&self) -> Vec<(&'static str, String)> {
        vec![
            ("audit_log", shown(&self.audit_log())),
            (
                "retention.max_age_days",
                or_none(&self.retention_max_age_days),
            ),
            (
                "retention.max_total_size",
                or_none(&self.retention_max_total_bytes),
            ),
        ]
    }
}

/// A value as `fsconn config` shows it, `(none)` when unset.
fn or_none<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref()
        .map_or_else(|| "(none)".into(), |v| v.to_string())
}

fn path_or_none(p: &Option<PathBuf>) -> String {
    p.as_deref().map_or_else(|| "(none)".into(), shown)
}

/// A path as `fsconn config` shows it: absolute, as the process uses it (a
/// relative one from the command line is taken from the working dir).
fn shown(p: &std::path::Path) -> String {
    std::path::absolute(p)
        .unwrap_or_else(|_| p.to_path_buf())
        .display()
        .to_string()
}

/// A secret as `fsconn config` shows it: whether it is set, not its length.
fn secret(s: &str) -> String {
    if s.is_empty() {
        "(none)"
    } else {
        "(set, hidden)"
    }
    .to_string()
}

/// A list as `fsconn config` shows it: space-separated, or `(none)`.
fn joined(items: &[String]) -> String {
    if items.is_empty() {
        "(none)".into()
    } else {
        items.join(" ")
    }
}

/// A context in one line: `NAME users A-B conferences C-D role R`.
fn describe_node(n: &crate::nodes::NodeDef) -> String {
    format!(
        "{} esl={} esl_password={} xml_curl_user={} xml_curl_password={} sip={}",
        n.name,
        n.esl_addr(),
        secret(&n.esl_password),
        n.xml_curl_user,
        secret(&n.xml_curl_password),
        n.sip.as_deref().unwrap_or("(none)")
    )
}

fn describe_context(c: &ContextDef) -> String {
    let role = match c.role {
        Role::ApiAllow => "apiallow",
        Role::Allow => "allow",
        Role::Disallow => "disallow",
    };
    format!(
        "{} users {} conferences {} role {role}",
        c.name,
        String::from(c.users),
        String::from(c.conferences)
    )
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

impl LogFormat {
    pub fn parse(what: &str, v: &str) -> Result<LogFormat> {
        match v {
            "text" => Ok(LogFormat::Text),
            "json" => Ok(LogFormat::Json),
            _ => Err(Error::Settings(format!(
                "{what}: {v:?} is not a log format (text or json)"
            ))),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            LogFormat::Text => "text",
            LogFormat::Json => "json",
        }
    }
}

/// `serve.trusted_proxies`: each an address (`10.0.0.1`) or a block
/// (`10.0.0.0/8`).
fn parse_proxies(v: &[String]) -> Result<Vec<ipnet::IpNet>> {
    v.iter()
        .map(|p| {
            p.parse::<ipnet::IpNet>()
                .or_else(|_| p.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| {
                    Error::Settings(format!(
                        "serve.trusted_proxies: {p:?} is not an IP address or CIDR block"
                    ))
                })
        })
        .collect()
}

fn parse_port(what: &str, v: &str) -> Result<u16> {
    v.trim()
        .parse()
        .map_err(|_| Error::Settings(format!("{what}: {v:?} is not a port number")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_beat_env_beat_file() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("fsconn.toml");
        std::fs::write(
            &f,
            "conf_dir = \"fs\"\n[esl]\nport = 9000\npassword = \"file\"\n",
        )
        .unwrap();
        let env = |k: &str| match k {
            "FSPORT" => Some("9001".to_string()),
            "FSPW" => Some("env".to_string()),
            _ => None,
        };
        let over = Overrides {
            config: Some(f.clone()),
            esl_password: Some("flag".into()),
            ..Default::default()
        };
        let s = Settings::load(&over, &env).unwrap();
        assert_eq!(s.conf_dir, dir.path().join("fs"));
        assert_eq!(s.source("conf_dir"), Source::File(f));
        assert_eq!(s.esl_port, 9001);
        assert_eq!(s.source("esl.port"), Source::Env("FSPORT"));
        assert_eq!(s.esl_password, "flag");
        assert_eq!(s.source("esl.password"), Source::Flag("--esl-password"));
        assert_eq!(s.source("static_dir"), Source::Default);
    }

    #[test]
    fn overlapping_contexts_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("fsconn.toml");
        std::fs::write(
            &f,
            "[[context]]\nname=\"a\"\nusers=\"1-10\"\nconferences=\"100-110\"\nrole=\"apiallow\"\n\
             [[context]]\nname=\"b\"\nusers=\"5-20\"\nconferences=\"200-210\"\nrole=\"allow\"\n",
        )
        .unwrap();
        let over = Overrides {
            config: Some(f),
            ..Default::default()
        };
        let err = Settings::load(&over, &|_| None).unwrap_err();
        assert!(err.to_string().contains("overlapping"), "{err}");
    }

    #[test]
    fn operating_keys_are_read_and_checked() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("fsconn.toml");
        std::fs::write(
            &f,
            "[serve]\nmetrics_listen = \"127.0.0.1:9100\"\nlog_format = \"json\"\n\
             trusted_proxies = [\"10.0.0.0/8\", \"192.0.2.7\"]\n",
        )
        .unwrap();
        let over = Overrides {
            config: Some(f.clone()),
            ..Default::default()
        };
        let s = Settings::load(&over, &|_| None).unwrap();
        assert_eq!(s.metrics_listen.as_deref(), Some("127.0.0.1:9100"));
        assert_eq!(s.log_format, LogFormat::Json);
        assert!(s.trusted_proxies[0].contains(&"10.1.2.3".parse::<std::net::IpAddr>().unwrap()));
        assert!(s.trusted_proxies[1].contains(&"192.0.2.7".parse::<std::net::IpAddr>().unwrap()));
        std::fs::write(&f, "[serve]\ntrusted_proxies = [\"10.0.0.0/33\"]\n").unwrap();
        let err = Settings::load(&over, &|_| None).unwrap_err().to_string();
        assert!(
            err.contains("serve.trusted_proxies") && err.contains("10.0.0.0/33"),
            "{err}"
        );
        std::fs::write(&f, "[serve]\nlog_format = \"xml\"\n").unwrap();
        let err = Settings::load(&over, &|_| None).unwrap_err().to_string();
        assert!(err.contains("serve.log_format"), "{err}");
    }

    #[test]
    fn visibility_follows_roles() {
        let c = default_contexts();
        assert!(c[0].sees(&c[1]) && c[0].sees(&c[2]));
        assert!(!c[1].sees(&c[0]) && c[1].sees(&c[2]));
        assert!(!c[2].sees(&c[1]) && c[2].sees(&c[2]));
    }
}
