//! Issue 19 item 11: the shipped fail2ban filter finds every failed login in
//! both log formats (checked with Debian's `fail2ban-regex` on lines the
//! real binary wrote), and under `--log-format json` every line `serve`
//! writes, on stdout and stderr, is JSON.

use crate::harness::*;
use serde_json::Value;
use std::io::BufRead;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// `fsconn serve` in `format` with stdout and stderr in files; its address.
struct Logged {
    child: std::process::Child,
    addr: String,
    stdout: PathBuf,
    stderr: PathBuf,
}

impl Logged {
    fn start(env: &TestEnv, format: &str) -> Logged {
        let stdout = env.path(&format!("serve-{format}.out"));
        let stderr = env.path(&format!("serve-{format}.log"));
        let mut t = env
            .cmd()
            .args(["--esl", "127.0.0.1:1", "serve", "--listen", "127.0.0.1:0"])
            .args(["--log-format", format]);
        t.cmd
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&stdout).unwrap())
            .stderr(std::fs::File::create(&stderr).unwrap());
        let child = t.cmd.spawn().unwrap();
        let start = std::time::Instant::now();
        let addr = loop {
            let first = std::fs::read(&stdout).unwrap_or_default();
            if let Some(line) = first.lines().map_while(Result::ok).next() {
                let text = banner_text(&line);
                break text.rsplit("://").next().unwrap().to_string();
            }
            assert!(start.elapsed().as_secs() < 20, "no banner");
            std::thread::sleep(std::time::Duration::from_millis(50));
        };
        Logged {
            child,
            addr,
            stdout,
            stderr,
        }
    }

    /// SIGTERM, wait, and the lines written (stdout, then stderr).
    fn stop(mut self) -> (String, String) {
        let _ = Command::new("kill")
            .arg(self.child.id().to_string())
            .status();
        let _ = self.child.wait();
        (
            std::fs::read_to_string(&self.stdout).unwrap(),
            std::fs::read_to_string(&self.stderr).unwrap(),
        )
    }
}

/// Failed logins of every kind (digest, WebSocket, session), one with a
/// name that pretends to be another address, from 127.0.0.2; and some
/// requests that succeed, so the log has lines the filter must miss.
fn guesses(addr: &str) -> usize {
    let ip: IpAddr = "127.0.0.2".parse().unwrap();
    let client = || {
        reqwest::blocking::Client::builder()
            .local_address(ip)
            .build()
            .unwrap()
    };
    let base = format!("http://{addr}");
    let digest = |user: &str| {
        let r = Http::with_client(base.clone(), client(), user, "wrong-pw").get("/userinfo");
        assert_eq!(r.status, 401);
    };
    digest("defaultuser");
    digest("evil\" client=6.6.6.6 user=\"x");
    digest("x\",\"client\":\"6.6.6.6");
    let ws = client()
        .get(format!("{base}/api/live?login=publicuser:wrong"))
        .send()
        .unwrap();
    assert_eq!(ws.status(), 401);
    let session = client()
        .post(format!("{base}/api/session"))
        .json(&serde_json::json!({"user": "frienduser", "password": "wrong"}))
        .send()
        .unwrap();
    assert_eq!(session.status().as_u16(), 401);
    let ok = Http::new(addr, "defaultuser", "napw").get("/userinfo");
    assert_eq!(ok.status, 200);
    5
}

/// `fail2ban-regex LOG filter`: (lines, matched, the addresses it found).
fn fail2ban_regex(log: &Path) -> (usize, usize, Vec<String>) {
    let filter =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/fail2ban/filter.d/fsconn.conf");
    let run = |extra: &[&str]| {
        let out = Command::new("fail2ban-regex")
            .args(extra)
            .arg(log)
            .arg(&filter)
            .output()
            .expect("fail2ban-regex (apt-get install fail2ban)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let summary = run(&[]);
    let stats = summary
        .lines()
        .find(|l| l.starts_with("Lines: "))
        .unwrap_or_else(|| panic!("{summary}"));
    let number = |after: &str| -> usize {
        let words: Vec<&str> = stats.split_whitespace().collect();
        let i = words
            .iter()
            .position(|w| w.trim_end_matches(',') == after)
            .unwrap();
        words[i - 1].parse().unwrap()
    };
    let ips = run(&["--out", "ip"]).lines().map(str::to_string).collect();
    (number("lines"), number("matched"), ips)
}

#[test]
fn the_filter_finds_every_failed_login_in_text_and_json_logs() {
    for format in ["text", "json"] {
        let env = TestEnv::new();
        let serve = Logged::start(&env, format);
        let addr = serve.addr.clone();
        let failed = guesses(&addr);
        let (_, log) = serve.stop();
        assert_eq!(
            log.matches("login failed").count(),
            failed,
            "{format}: {log}"
        );
        let (lines, matched, ips) = fail2ban_regex(&env.path(&format!("serve-{format}.log")));
        assert_eq!(lines, log.lines().count(), "{format}");
        assert_eq!(matched, failed, "{format}: {log}");
        assert!(lines > matched, "{format}: the log has other lines too");
        assert_eq!(ips, vec!["127.0.0.2"; failed], "{format}");
    }
}

#[test]
fn under_log_format_json_every_line_is_json() {
    let env = TestEnv::new();
    let serve = Logged::start(&env, "json");
    guesses(&serve.addr.clone());
    let (stdout, stderr) = serve.stop();
    let mut n = 0;
    for line in stdout.lines().chain(stderr.lines()) {
        let v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line:?}"));
        assert!(
            v["level"].is_string() && v["fields"]["message"].is_string(),
            "{line}"
        );
        n += 1;
    }
    assert!(n > 10, "{stdout}{stderr}");
    let banner: Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert!(
        banner["fields"]["message"]
            .as_str()
            .unwrap()
            .starts_with("fsconn serve: listening on http://127.0.0.1:"),
        "{banner}"
    );
    // The error a daemon exits with is a JSON line too: a usage error, a
    // certificate that is not there, an address taken.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let taken = taken.local_addr().unwrap().to_string();
    for args in [
        &["--tls-cert", "/nonexistent"][..],
        &["--tls-cert", "/nonexistent", "--tls-key", "/nonexistent"][..],
        &["--listen", taken.as_str()][..],
    ] {
        let out = env
            .cmd()
            .args(["--esl", "127.0.0.1:1", "serve", "--log-format", "json"])
            .args(args)
            .run();
        assert_ne!(out.code, 0, "{args:?}");
        let lines: Vec<Value> = out
            .stdout
            .lines()
            .chain(out.stderr.lines())
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{args:?}: {e}: {l:?}")))
            .collect();
        let last = lines
            .last()
            .unwrap_or_else(|| panic!("{args:?}: no output"));
        assert_eq!(last["level"], "ERROR", "{args:?}: {last}");
        assert_eq!(last["fields"]["exit"], out.code, "{last}");
    }
}
