//! mod_xml_curl directory lookups per second: the real `fsconn serve` (this
//! build's binary) on 127.0.0.1 over a temp copy of `examples/freeswitch`
//! with 10,000 users added through the CLI and one `[[node]]`, asked the way
//! a FreeSWITCH node asks at every REGISTER and INVITE: a form POST with
//! basic auth (the captured request's fields) for a random known user.
//! Each connection is a keep-alive HTTP/1.1 client on its own thread;
//! every answer is checked to hold the user asked for.
//!
//! Run: `cargo bench --bench xml_curl_load`. Knobs (environment):
//! `FSCONN_XC_SECS` (10; measured seconds, max 60), `FSCONN_XC_CONNS` (8),
//! `FSCONN_XC_USERS` (10000), `FSCONN_XC_SECTION` (`directory`, or
//! `dialplan` for conference lookups). Bounded by time and a request cap.

#[path = "common/tree.rs"]
mod tree;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_fsconn");
const NODE_PASSWORD: &str = "bench-node-password-0123";
const MAX_REQUESTS: usize = 5_000_000;

fn env_num(key: &str, default: u64, min: u64, max: u64) -> u64 {
    std::env::var(key)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
        .clamp(min, max)
}

fn fsconn(dir: &Path) -> Command {
    let mut c = Command::new(BIN);
    for v in fsconn::settings::ENV_VARS {
        c.env_remove(v);
    }
    c.env("RUST_LOG", "warn");
    c.current_dir(dir);
    c.arg("--config").arg(dir.join("fsconn.toml"));
    c
}

/// Contexts with room for the users, one node, no rate limit in the way.
fn settings(users: usize) -> String {
    let per = users.div_ceil(3).max(1000);
    let mut s = format!(
        "conf_dir = \"freeswitch\"\nstatic_dir = \"static\"\nrecordings_dir = \"recordings\"\n\
         [esl]\nhost = \"127.0.0.1\"\nport = 1\n[serve]\nxml_curl_rate = 10000000\n\
         [[node]]\nname = \"fs1\"\nesl = \"127.0.0.1:8021\"\nxml_curl_password = \"{NODE_PASSWORD}\"\n"
    );
    for (i, (name, role, confs)) in [
        ("team", "apiallow", "30000-30999"),
        ("friends", "allow", "31000-31999"),
        ("public", "disallow", "32000-32999"),
    ]
    .iter()
    .enumerate()
    {
        let first = 100_000 + i * 100_000;
        s.push_str(&format!(
            "[[context]]\nname = \"{name}\"\nusers = \"{first}-{}\"\nconferences = \"{confs}\"\nrole = \"{role}\"\n",
            first + per - 1
        ));
    }
    s
}

/// The tree and `users` users added with `fsconn --no-reload users add`;
/// returns their ids.
fn prepare(dir: &Path, users: usize) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    fsconn::fsio::copy_tree(&root.join("examples/freeswitch"), &dir.join("freeswitch")).unwrap();
    for d in ["static", "recordings"] {
        std::fs::create_dir_all(dir.join(d)).unwrap();
    }
    std::fs::write(dir.join("fsconn.toml"), settings(users)).unwrap();
    tree::add_users(fsconn(dir), dir, users, 6)
}

/// `fsconn serve` on port 0; its address from the banner.
fn start_serve(dir: &Path) -> (Child, String) {
    let mut child = fsconn(dir)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn fsconn serve");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line.trim().rsplit(' ').next().unwrap();
    let addr = addr.trim_start_matches("http://").to_string();
    (child, addr)
}

/// The body a node posts at a REGISTER (tests/fixtures/xml_curl/), or at a
/// call into `number` from the team context.
fn form(section: &str, key: &str) -> String {
    match section {
        "dialplan" => format!(
            "hostname=fs1&section=dialplan&tag_name=&key_name=&key_value=&Event-Name=REQUEST_PARAMS&Channel-State=CS_ROUTING&Caller-Destination-Number={key}&Caller-Context=team&Hunt-Destination-Number={key}&Hunt-Context=team"
        ),
        _ => format!(
            "hostname=fs1&section=directory&tag_name=domain&key_name=name&key_value=127.0.0.1&Event-Name=REQUEST_PARAMS&Event-Calling-File=sofia_reg.c&action=sip_auth&sip_profile=internal&sip_auth_username={key}&sip_auth_realm=127.0.0.1&sip_auth_method=REGISTER&key=id&user={key}&domain=127.0.0.1&ip=127.0.0.1"
        ),
    }
}

/// One keep-alive connection asking for `keys` round-robin until
/// `until`; the latency of each answer, in microseconds.
fn client(addr: &str, section: &str, keys: &[String], seed: usize, until: Instant) -> Vec<u32> {
    let auth = base64(format!("fs1:{NODE_PASSWORD}").as_bytes());
    let s = TcpStream::connect(addr).unwrap();
    s.set_nodelay(true).unwrap();
    let mut w = s.try_clone().unwrap();
    let mut r = BufReader::new(s);
    let mut lat = Vec::new();
    let mut i = (seed as u64).wrapping_mul(7919);
    while Instant::now() < until && lat.len() < MAX_REQUESTS {
        i = i
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let key = &keys[(i >> 33) as usize % keys.len()];
        let body = form(section, key);
        let t = Instant::now();
        write!(
            w,
            "POST /api/xml_curl HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Basic {auth}\r\nUser-Agent: freeswitch-xml/1.0\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        let answer = read_answer(&mut r);
        lat.push(t.elapsed().as_micros().min(u128::from(u32::MAX)) as u32);
        let want = match section {
            "dialplan" => format!("^{key}$"),
            _ => format!("<user id=\"{key}\">"),
        };
        assert!(answer.contains(&want), "no {want} in the answer: {answer}");
    }
    lat
}

fn read_answer(r: &mut BufReader<TcpStream>) -> String {
    let mut len = 0usize;
    let mut status = String::new();
    r.read_line(&mut status).unwrap();
    assert!(status.contains(" 200 "), "{status}");
    loop {
        let mut h = String::new();
        r.read_line(&mut h).unwrap();
        if h.trim().is_empty() {
            break;
        }
        if let Some(v) = h.to_ascii_lowercase().strip_prefix("content-length:") {
            len = v.trim().parse().unwrap();
        }
    }
    let mut body = vec![0; len];
    r.read_exact(&mut body).unwrap();
    String::from_utf8(body).unwrap()
}

fn base64(input: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in input.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            out.push(if i <= chunk.len() {
                A[((n >> (18 - 6 * i)) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    out
}

/// CPU seconds (user + system) of a process so far.
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let ticks: f64 = fields.get(11..13).map_or(0.0, |f| {
        f.iter().filter_map(|v| v.parse::<f64>().ok()).sum()
    });
    ticks / 100.0
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let secs = env_num("FSCONN_XC_SECS", 10, 1, 60);
    let conns = env_num("FSCONN_XC_CONNS", 8, 1, 256) as usize;
    let users = env_num("FSCONN_XC_USERS", 10_000, 1, 30_000) as usize;
    let section = std::env::var("FSCONN_XC_SECTION").unwrap_or_else(|_| "directory".into());
    let dir = tempfile::tempdir().unwrap();
    let ids = prepare(dir.path(), users);
    let keys: Vec<String> = match section.as_str() {
        "dialplan" => vec![
            "30000".into(),
            "30001".into(),
            "31000".into(),
            "32000".into(),
        ],
        _ => ids,
    };
    let (mut serve, addr) = start_serve(dir.path());
    // Warm-up: one second, not counted.
    let warm = Instant::now() + Duration::from_secs(1);
    client(&addr, &section, &keys, 99, warm);
    let cpu0 = cpu_seconds(serve.id());
    let t0 = Instant::now();
    let until = t0 + Duration::from_secs(secs);
    let threads: Vec<_> = (0..conns)
        .map(|c| {
            let (addr, section, keys) = (addr.clone(), section.clone(), keys.clone());
            std::thread::spawn(move || client(&addr, &section, &keys, c, until))
        })
        .collect();
    let mut lat: Vec<u32> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    let elapsed = t0.elapsed().as_secs_f64();
    let cpu = cpu_seconds(serve.id()) - cpu0;
    let _ = serve.kill();
    let _ = serve.wait();
    lat.sort_unstable();
    let pct = |p: f64| lat[((lat.len() as f64 * p) as usize).min(lat.len() - 1)] as f64 / 1000.0;
    let n = lat.len() as f64;
    println!(
        "xml_curl {section}: {users} users, {conns} connections, {secs} s: {:.0} lookups/s, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms; server {:.2} cores, {:.0} lookups per server core-second",
        n / elapsed,
        pct(0.50),
        pct(0.99),
        pct(1.0),
        cpu / elapsed,
        if cpu > 0.0 { n / cpu } else { 0.0 },
    );
}
