//! One valid account fetches fresh digest nonces and uses each once (issue
//! 10, item 3): the server's RSS and the latency of ordinary authenticated
//! requests before and after. Runs the release binary (or
//! `FSCONN_LOAD_BIN`, e.g. main's build for a before/after) on 127.0.0.1,
//! port 0, over a temp copy of `examples/freeswitch`.
//!
//! Run: `cargo bench --bench nonce_flood`. Knobs: `FSCONN_NONCES` (120000,
//! max 1,000,000), `FSCONN_NONCE_THREADS` (4).

use fsconn::server::auth::{expected_response, DigestHeader, REALM};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_fsconn");

/// Send a GET and read the answer: (status, WWW-Authenticate nonce).
fn get(r: &mut BufReader<TcpStream>, auth: Option<&str>) -> (u16, Option<String>) {
    let mut req = String::from("GET /userinfo HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    if let Some(a) = auth {
        req.push_str(&format!("Authorization: {a}\r\n"));
    }
    req.push_str("\r\n");
    r.get_mut().write_all(req.as_bytes()).unwrap();
    let mut line = String::new();
    r.read_line(&mut line).unwrap();
    let status: u16 = line.split(' ').nth(1).unwrap().parse().unwrap();
    let (mut len, mut nonce) = (0usize, None);
    loop {
        line.clear();
        r.read_line(&mut line).unwrap();
        if line == "\r\n" {
            break;
        }
        let lower = line.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("content-length:") {
            len = v.trim().parse().unwrap();
        }
        if lower.starts_with("www-authenticate:") {
            nonce = line
                .split("nonce=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .map(str::to_string);
        }
    }
    let mut body = vec![0u8; len];
    r.read_exact(&mut body).unwrap();
    (status, nonce)
}

fn authorization(nonce: &str, nc: u32) -> String {
    let mut h = DigestHeader {
        username: "defaultuser".into(),
        realm: REALM.into(),
        nonce: nonce.into(),
        uri: "/userinfo".into(),
        qop: Some("auth".into()),
        nc: Some(format!("{nc:08x}")),
        cnonce: Some("0a4f113b".into()),
        ..Default::default()
    };
    h.response = expected_response(&h, "napw", "GET");
    format!(
        "Digest username=\"defaultuser\", realm=\"{REALM}\", nonce=\"{nonce}\", uri=\"/userinfo\", qop=auth, nc={nc:08x}, cnonce=\"0a4f113b\", response=\"{}\"",
        h.response
    )
}

fn rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Median and p99 of 2,000 authenticated requests on one nonce, in ms.
fn latency(addr: &str) -> (f64, f64) {
    let mut r = BufReader::new(TcpStream::connect(addr).unwrap());
    let nonce = get(&mut r, None).1.unwrap();
    let mut t: Vec<f64> = (1..=2000)
        .map(|nc| {
            let start = Instant::now();
            assert_eq!(get(&mut r, Some(&authorization(&nonce, nc))).0, 200);
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    t.sort_by(|a, b| a.total_cmp(b));
    (t[t.len() / 2], t[t.len() * 99 / 100])
}

fn main() {
    let n: usize = std::env::var("FSCONN_NONCES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(120_000)
        .min(1_000_000);
    let threads: usize = std::env::var("FSCONN_NONCE_THREADS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4)
        .clamp(1, 16);
    let bin = std::env::var("FSCONN_LOAD_BIN").unwrap_or_else(|_| BIN.to_string());
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    fsconn::fsio::copy_tree(
        &root.join("examples/freeswitch"),
        &dir.path().join("freeswitch"),
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("static")).unwrap();
    std::fs::write(
        dir.path().join("fsconn.toml"),
        "conf_dir = \"freeswitch\"\nstatic_dir = \"static\"\n[esl]\nport = 1\n",
    )
    .unwrap();
    let mut cmd = Command::new(&bin);
    for v in fsconn::settings::ENV_VARS {
        cmd.env_remove(v);
    }
    let mut child = cmd
        .env("RUST_LOG", "error")
        .current_dir(dir.path())
        .args([
            "--config",
            "fsconn.toml",
            "serve",
            "--listen",
            "127.0.0.1:0",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line.trim().rsplit("//").next().unwrap().to_string();
    let pid = child.id();
    std::thread::sleep(Duration::from_millis(300));
    let (rss0, lat0) = (rss_kb(pid), latency(&addr));
    let start = Instant::now();
    let per = n / threads;
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let mut r = BufReader::new(TcpStream::connect(&addr).unwrap());
                for _ in 0..per {
                    let nonce = get(&mut r, None).1.unwrap();
                    assert_eq!(get(&mut r, Some(&authorization(&nonce, 1))).0, 200);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let took = start.elapsed();
    let (rss1, lat1) = (rss_kb(pid), latency(&addr));
    println!("binary: {bin}");
    println!(
        "{} fresh nonces used once each in {:.1} s ({:.0}/s)",
        per * threads,
        took.as_secs_f64(),
        (per * threads) as f64 / took.as_secs_f64()
    );
    println!(
        "RSS {:.1} MB before, {:.1} MB after",
        rss0 as f64 / 1024.0,
        rss1 as f64 / 1024.0
    );
    println!(
        "authenticated GET /userinfo: p50 {:.3} ms / p99 {:.3} ms before, p50 {:.3} ms / p99 {:.3} ms after",
        lat0.0, lat0.1, lat1.0, lat1.1
    );
    let _ = child.kill();
    let _ = child.wait();
}
