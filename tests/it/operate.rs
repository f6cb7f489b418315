//! An admin runs `fsconn serve` as a daemon: asks `/healthz`, scrapes
//! `/metrics`, reads the access log (text or JSON), puts it behind a proxy,
//! runs it under systemd (`NOTIFY_SOCKET`) and reloads it with SIGHUP.

use crate::harness::*;
use crate::live_ws::LiveClient;
use serde_json::{json, Value};
use std::io::BufRead;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// `fsconn serve` with its log (stderr) in a file.
struct Daemon {
    child: Child,
    addr: String,
    metrics: Option<String>,
    log: PathBuf,
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Daemon {
    /// `fsconn [global...] serve --listen 127.0.0.1:0 [serve_args...]`.
    fn start(env: &TestEnv, global: &[&str], serve_args: &[&str], vars: &[(&str, &str)]) -> Daemon {
        let t = env
            .cmd()
            .args(global)
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(serve_args);
        Daemon::spawn(env, t.cmd, serve_args.contains(&"--metrics-listen"), vars)
    }

    fn spawn(env: &TestEnv, mut cmd: Command, with_metrics: bool, vars: &[(&str, &str)]) -> Daemon {
        let log = env.path(&format!("serve-{}.log", uuid::Uuid::new_v4()));
        let t = &mut cmd;
        t.env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap());
        for (k, v) in vars {
            t.env(k, v);
        }
        let mut child = t.spawn().expect("spawn fsconn serve");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
            {
                let _ = tx.send(line);
            }
        });
        let next = || {
            rx.recv_timeout(Duration::from_secs(20))
                .expect("a line from fsconn serve")
        };
        let addr = |l: String| {
            banner_text(&l)
                .split("://")
                .nth(1)
                .unwrap()
                .trim_end_matches("/metrics")
                .to_string()
        };
        let first = next();
        assert!(first.contains("listening on"), "{first}");
        let metrics = with_metrics.then(|| addr(next()));
        Daemon {
            child,
            addr: addr(first),
            metrics,
            log,
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Wait for `needle` in the log, after the first `skip` occurrences.
    fn wait_log(&self, needle: &str, skip: usize) {
        let start = Instant::now();
        while self.log().matches(needle).count() <= skip {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "no {needle:?} in the log:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn signal(&self, sig: &str) -> bool {
        Command::new("kill")
            .args([&format!("-{sig}"), &self.child.id().to_string()])
            .status()
            .unwrap()
            .success()
    }

    /// SIGTERM and wait for the exit (so the log is complete).
    fn stop(&mut self) {
        if self.child.try_wait().unwrap().is_some() {
            return;
        }
        self.signal("TERM");
        let start = Instant::now();
        while self.child.try_wait().unwrap().is_none() {
            assert!(start.elapsed() < Duration::from_secs(10), "still running");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn healthz(&self) -> (u16, Value) {
        let r = reqwest::blocking::get(format!("http://{}/healthz", self.addr)).unwrap();
        (r.status().as_u16(), r.json().unwrap())
    }

    /// Poll `/healthz` until the event socket is `connected` (or not).
    fn until_connected(&self, connected: bool) -> (u16, Value) {
        let start = Instant::now();
        loop {
            let (code, v) = self.healthz();
            if v["event_socket"]["connected"] == connected {
                return (code, v);
            }
            assert!(start.elapsed() < Duration::from_secs(15), "{v}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// A scrape, parsed by Python's `prometheus_client` (a parser nobody here
/// wrote): `(name, labels, value)` per sample.
pub(crate) fn scrape(metrics_addr: &str) -> Vec<(String, Value, f64)> {
    let text = reqwest::blocking::get(format!("http://{metrics_addr}/metrics"))
        .unwrap()
        .text()
        .unwrap();
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/interop/metrics_parse.py"
    );
    let mut child = Command::new("python3")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("ModuleNotFoundError"),
        "run: python3 -m pip install -r tests/interop/requirements.txt\n{stderr}"
    );
    assert!(out.status.success(), "does not parse:\n{text}\n{stderr}");
    let samples: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    samples
        .into_iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap().to_string(),
                s["labels"].clone(),
                s["value"].as_f64().unwrap(),
            )
        })
        .collect()
}

/// The value of the sample `name` whose labels include `labels`.
#[track_caller]
pub(crate) fn sample(samples: &[(String, Value, f64)], name: &str, labels: Value) -> f64 {
    let want = labels.as_object().unwrap();
    samples
        .iter()
        .find(|(n, l, _)| n == name && want.iter().all(|(k, v)| l.get(k) == Some(v)))
        .map(|s| s.2)
        .unwrap_or_else(|| {
            let names: Vec<_> = samples.iter().map(|s| format!("{} {}", s.0, s.1)).collect();
            panic!("no {name} {labels}: {names:#?}")
        })
}

fn esl_api(sim: &str, cmd: &str) -> String {
    fsconn::esl::client::blocking_api(sim, "ClueCon", cmd, Duration::from_secs(5)).unwrap()
}

#[test]
fn healthz_follows_the_event_socket_and_the_config_without_a_login() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let sim_addr = sim.addr.clone();
    let serve = Daemon::start(
        &env,
        &["--esl", &sim_addr],
        &["--metrics-listen", "127.0.0.1:0"],
        &[],
    );
    let (code, v) = serve.until_connected(true);
    assert_eq!(code, 200);
    assert_eq!(keys(&v), ["status", "event_socket", "config", "version"]);
    assert_eq!(v["status"], "ok");
    assert_eq!(v["config"]["readable"], true);
    assert_eq!(v["version"], env!("CARGO_PKG_VERSION"));
    // Nothing an anonymous caller should learn.
    let text = v.to_string();
    for secret in [
        sim_addr.as_str(),
        "ClueCon",
        env.dir.path().to_str().unwrap(),
    ] {
        assert!(!text.contains(secret), "{text}");
    }

    // FreeSWITCH goes away: still serving, degraded.
    sim.stop();
    let (code, v) = serve.until_connected(false);
    assert_eq!((code, v["status"].as_str()), (200, Some("degraded")));

    // And comes back on the same address: the client reconnects by itself.
    let _sim = env.start_sim_on(&sim_addr);
    let (code, v) = serve.until_connected(true);
    assert_eq!((code, v["status"].as_str()), (200, Some("ok")));
    let m = scrape(serve.metrics.as_deref().unwrap());
    assert!(sample(&m, "fsconn_event_socket_reconnects_total", json!({})) >= 1.0);
    assert_eq!(sample(&m, "fsconn_event_socket_connected", json!({})), 1.0);

    // The config cannot be read: 503.
    std::fs::rename(env.path("freeswitch"), env.path("moved")).unwrap();
    let (code, v) = serve.healthz();
    assert_eq!((code, v["status"].as_str()), (503, Some("error")));
    assert_eq!(v["config"]["readable"], false);
    std::fs::rename(env.path("moved"), env.path("freeswitch")).unwrap();
    assert_eq!(serve.healthz().0, 200);

    // Metrics are only on their own address.
    let r = reqwest::blocking::get(format!("http://{}/metrics", serve.addr)).unwrap();
    assert_ne!(r.status().as_u16(), 200);
}

/// A whole session: logins good and bad, a write, a live client following a
/// conference that records. Then the scrape must show it, the access log
/// must have a line per request, and no password may be in any log line.
#[test]
fn metrics_and_access_log_after_a_scripted_session() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let mut serve = Daemon::start(
        &env,
        &["--esl", &sim.addr],
        &["--metrics-listen", "127.0.0.1:0"],
        &[],
    );
    let mut healthz_calls = 0;
    loop {
        healthz_calls += 1;
        if serve.healthz().1["event_socket"]["connected"] == true {
            break;
        }
        assert!(healthz_calls < 300);
        std::thread::sleep(Duration::from_millis(50));
    }
    let team = Http::new(&serve.addr, "defaultuser", "napw");
    assert_eq!(team.get("/userinfo").status, 200);
    let bad = Http::new(&serve.addr, "defaultuser", "Wr0ng-pw-1");
    assert_eq!(bad.get("/userinfo").status, 401);
    let ws_bad = reqwest::blocking::get(format!(
        "http://{}/api/live?login=defaultuser:Wr0ng-pw-2",
        serve.addr
    ))
    .unwrap();
    assert_eq!(ws_bad.status().as_u16(), 401);
    let added = team.post(
        "/api/users/add",
        &json!([{"name": "metrics", "email": "m@example.com", "context": "friends", "password": "Added-pw-3"}]),
    );
    assert_eq!(added.status, 200, "{}", added.text());
    assert_eq!(added.json()["done"].as_array().unwrap().len(), 1);

    let rt = tokio::runtime::Runtime::new().unwrap();
    let mut live = rt.block_on(LiveClient::connect(&serve.addr, "defaultuser:napw"));
    rt.block_on(async {
        assert_eq!(live.request(json!({"req": "init"})).await["reply"], "init");
    });
    assert!(esl_api(&sim.addr, "sim join team_g722 20000").starts_with("+OK"));
    let rec = env.path("recordings/metrics.wav");
    let r = esl_api(
        &sim.addr,
        &format!("conference team_g722 recording start {}", rec.display()),
    );
    assert!(r.starts_with("+OK"), "{r}");
    rt.block_on(async {
        live.until("newConference").await;
        live.until("recStart").await;
    });
    for _ in 0..5 {
        healthz_calls += 1;
        assert_eq!(serve.healthz().0, 200);
    }

    let m = scrape(serve.metrics.as_deref().unwrap());
    let get =
        |route: &str, status: &str| json!({"method": "GET", "route": route, "status": status});
    assert!(sample(&m, "fsconn_http_requests_total", get("/userinfo", "200")) >= 1.0);
    assert!(sample(&m, "fsconn_http_requests_total", get("/userinfo", "401")) >= 2.0);
    assert_eq!(
        sample(&m, "fsconn_http_requests_total", get("/api/live", "401")),
        1.0
    );
    assert_eq!(
        sample(&m, "fsconn_http_requests_total", get("/healthz", "200")),
        healthz_calls as f64
    );
    assert!(
        sample(
            &m,
            "fsconn_http_request_duration_seconds_count",
            get("/userinfo", "200")
        ) >= 1.0
    );
    assert!(
        sample(
            &m,
            "fsconn_http_request_duration_seconds_bucket",
            json!({"route": "/api/users/add", "le": "+Inf"})
        ) >= 1.0
    );
    assert_eq!(
        sample(&m, "fsconn_login_failures_total", json!({"via": "digest"})),
        1.0
    );
    assert_eq!(
        sample(&m, "fsconn_login_failures_total", json!({"via": "ws"})),
        1.0
    );
    assert_eq!(
        sample(&m, "fsconn_websocket_clients", json!({"context": "team"})),
        1.0
    );
    assert!(sample(&m, "fsconn_websocket_messages_sent_total", json!({})) >= 2.0);
    assert_eq!(
        sample(&m, "fsconn_websocket_clients_too_slow_total", json!({})),
        0.0
    );
    assert_eq!(sample(&m, "fsconn_conferences_running", json!({})), 1.0);
    assert_eq!(sample(&m, "fsconn_conference_members", json!({})), 1.0);
    assert_eq!(sample(&m, "fsconn_recordings_running", json!({})), 1.0);
    assert_eq!(sample(&m, "fsconn_event_socket_connected", json!({})), 1.0);
    assert!(sample(&m, "fsconn_reloadxml_total", json!({"result": "ok"})) >= 1.0);
    assert_eq!(
        sample(
            &m,
            "fsconn_write_operations_total",
            json!({"op": "users/add", "result": "reloaded"})
        ),
        1.0
    );
    // The client leaves: the gauge goes back down.
    drop(live);
    let start = Instant::now();
    while sample(
        &scrape(serve.metrics.as_deref().unwrap()),
        "fsconn_websocket_clients",
        json!({"context": "team"}),
    ) != 0.0
    {
        assert!(start.elapsed() < Duration::from_secs(10));
        std::thread::sleep(Duration::from_millis(50));
    }

    serve.stop();
    let log = serve.log();
    let access: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("fsconn::access"))
        .collect();
    assert_eq!(
        access
            .iter()
            .filter(|l| l.contains("route=/healthz "))
            .count(),
        healthz_calls,
        "{log}"
    );
    assert!(
        access.iter().any(
            |l| l.contains("method=POST route=/api/users/add status=200")
                && l.contains("user=defaultuser client=127.0.0.1")
        ),
        "{log}"
    );
    assert!(
        access
            .iter()
            .any(|l| l.contains("route=/userinfo status=401") && l.contains("user=-")),
        "{log}"
    );
    assert!(
        access
            .iter()
            .any(|l| l.contains("route=/api/live status=401")),
        "{log}"
    );
    assert!(access.iter().all(|l| l.contains("latency_ms=")), "{log}");
    for secret in [
        "napw",
        "Wr0ng-pw-1",
        "Wr0ng-pw-2",
        "Added-pw-3",
        "ClueCon",
        "login=",
    ] {
        assert!(!log.contains(secret), "{secret:?} in the log:\n{log}");
    }
}

#[test]
fn log_format_json_lines_parse() {
    let env = TestEnv::new();
    let mut serve = Daemon::start(
        &env,
        &["--esl", "127.0.0.1:1"],
        &["--log-format", "json"],
        &[],
    );
    assert_eq!(serve.healthz().0, 200);
    assert_eq!(
        Http::new(&serve.addr, "defaultuser", "napw")
            .get("/userinfo")
            .status,
        200
    );
    serve.stop();
    let log = serve.log();
    let lines: Vec<Value> = log
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert!(lines.len() >= 4, "{log}");
    let access = |route: &str| {
        lines
            .iter()
            .find(|l| l["target"] == "fsconn::access" && l["fields"]["route"] == route)
            .unwrap_or_else(|| panic!("no access line for {route}: {log}"))
            .clone()
    };
    let h = access("/healthz");
    assert_eq!(h["level"], "INFO");
    assert_eq!(h["fields"]["status"], 200);
    assert_eq!(h["fields"]["method"], "GET");
    assert_eq!(h["fields"]["client"], "127.0.0.1");
    assert!(h["fields"]["latency_ms"].is_number());
    let lines_for_user: Vec<_> = lines
        .iter()
        .filter(|l| l["fields"]["route"] == "/userinfo" && l["fields"]["status"] == 200)
        .collect();
    assert_eq!(lines_for_user[0]["fields"]["user"], "defaultuser");
}

/// Behind a reverse proxy the client address comes from X-Forwarded-For, but
/// only from a trusted proxy; SIGHUP re-reads that list and the templates,
/// and refuses a broken file keeping what runs.
#[test]
fn forwarded_for_trusted_proxies_and_sighup_reload() {
    let env = TestEnv::new();
    let tpl = env.path("tpl");
    std::fs::create_dir_all(&tpl).unwrap();
    let builtin =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/user.xml"))
            .unwrap();
    std::fs::write(tpl.join("user.xml"), format!("<!-- tpl v1 -->\n{builtin}")).unwrap();
    let settings = |proxies: &str| {
        env.write_settings(&format!(
            "templates_dir = \"tpl\"\n[serve]\ntrusted_proxies = [{proxies}]"
        ));
    };
    settings("\"127.0.0.1\"");
    let sim = env.start_sim();
    let serve = Daemon::start(&env, &["--esl", &sim.addr], &[], &[]);
    serve.until_connected(true);
    let get_xff = |xff: &str| {
        let r = reqwest::blocking::Client::new()
            .get(format!("http://{}/healthz", serve.addr))
            .header("x-forwarded-for", xff)
            .send()
            .unwrap();
        assert_eq!(r.status().as_u16(), 200);
    };
    get_xff("198.51.100.7, 203.0.113.9");
    serve.wait_log("client=203.0.113.9", 0);
    assert!(!serve.log().contains("client=198.51.100.7"));

    // No trusted proxy any more, and a new template.
    settings("");
    std::fs::write(tpl.join("user.xml"), format!("<!-- tpl v2 -->\n{builtin}")).unwrap();
    assert!(serve.signal("HUP"));
    serve.wait_log("settings and templates reloaded", 0);
    let before = serve.log().matches("route=/healthz").count();
    get_xff("203.0.113.10");
    serve.wait_log("route=/healthz", before);
    assert!(
        !serve.log().contains("client=203.0.113.10"),
        "{}",
        serve.log()
    );
    let team = Http::new(&serve.addr, "defaultuser", "napw");
    let add = |name: &str| {
        let r = team.post(
            "/api/users/add",
            &json!([{"name": name, "email": "r@example.com", "context": "public"}]),
        );
        assert_eq!(r.status, 200, "{}", r.text());
        let id = r.json()["done"][0]["id"].as_str().unwrap().to_string();
        std::fs::read_to_string(env.conf(&format!("directory/public/{id}.xml"))).unwrap()
    };
    assert!(add("reload1").contains("tpl v2"));

    // A broken template and a broken settings file: refused, the old stay.
    std::fs::write(tpl.join("user.xml"), "{% if %}broken").unwrap();
    assert!(serve.signal("HUP"));
    serve.wait_log("reload refused, keeping the running templates", 0);
    assert!(add("reload2").contains("tpl v2"));
    std::fs::write(env.path("fsconn.toml"), "this is not toml [").unwrap();
    assert!(serve.signal("HUP"));
    serve.wait_log("reload refused, keeping the running settings", 0);
    assert_eq!(serve.healthz().0, 200);
}

fn self_signed() -> (String, String) {
    let c = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    (c.cert.pem(), c.signing_key.serialize_pem())
}

fn trusting(cert_pem: &str) -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .tls_built_in_root_certs(false)
        .add_root_certificate(reqwest::Certificate::from_pem(cert_pem.as_bytes()).unwrap())
        .build()
        .unwrap()
}

#[test]
fn sighup_serves_a_renewed_certificate_and_refuses_a_broken_one() {
    let env = TestEnv::new();
    let (old_cert, old_key) = self_signed();
    let (new_cert, new_key) = self_signed();
    std::fs::write(env.path("cert.pem"), &old_cert).unwrap();
    std::fs::write(env.path("key.pem"), &old_key).unwrap();
    let cert = env.path("cert.pem");
    let key = env.path("key.pem");
    let serve = Daemon::start(
        &env,
        &["--esl", "127.0.0.1:1"],
        &[
            "--tls-cert",
            cert.to_str().unwrap(),
            "--tls-key",
            key.to_str().unwrap(),
        ],
        &[],
    );
    let port = serve.addr.rsplit(':').next().unwrap().to_string();
    let url = format!("https://localhost:{port}/healthz");
    let status = |c: &reqwest::blocking::Client| c.get(&url).send().map(|r| r.status().as_u16());
    let old_client = trusting(&old_cert);
    assert_eq!(status(&old_client).unwrap(), 200);
    assert!(
        status(&trusting(&new_cert)).is_err(),
        "the new certificate is not served yet"
    );

    // Renewed: new connections get the new certificate.
    std::fs::write(&cert, &new_cert).unwrap();
    std::fs::write(&key, &new_key).unwrap();
    assert!(serve.signal("HUP"));
    serve.wait_log("reloaded", 0);
    assert_eq!(status(&trusting(&new_cert)).unwrap(), 200);
    assert!(
        status(&trusting(&old_cert)).is_err(),
        "a new connection still got the old certificate"
    );
    // The connection opened before the reload keeps going.
    assert_eq!(status(&old_client).unwrap(), 200);

    // A broken file is refused and the running certificate stays.
    std::fs::write(&cert, "-----BEGIN CERTIFICATE-----\nnot a certificate\n").unwrap();
    assert!(serve.signal("HUP"));
    serve.wait_log("refused, keeping the running one", 0);
    assert_eq!(status(&trusting(&new_cert)).unwrap(), 200);
}

#[test]
fn systemd_gets_ready_watchdog_and_stopping() {
    use std::os::unix::net::UnixDatagram;
    let env = TestEnv::new();
    let path = env.path("notify.sock");
    let sock = UnixDatagram::bind(&path).unwrap();
    sock.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    // systemd names the process the watchdog is for: WATCHDOG_PID=$$, then
    // exec, so the pid is fsconn's.
    let inner = env
        .cmd()
        .args(["--esl", "127.0.0.1:1", "serve", "--listen", "127.0.0.1:0"]);
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("WATCHDOG_PID=$$ exec \"$0\" \"$@\"")
        .arg(inner.cmd.get_program())
        .args(inner.cmd.get_args())
        .current_dir(env.dir.path());
    for v in fsconn::settings::ENV_VARS {
        cmd.env_remove(v);
    }
    let mut serve = Daemon::spawn(
        &env,
        cmd,
        false,
        &[
            ("NOTIFY_SOCKET", path.to_str().unwrap()),
            ("WATCHDOG_USEC", "200000"),
        ],
    );
    let recv = || {
        let mut buf = [0u8; 512];
        let n = sock.recv(&mut buf).expect("a notification within 10 s");
        String::from_utf8_lossy(&buf[..n]).trim_end().to_string()
    };
    assert_eq!(recv(), "READY=1");
    // Ready means serving.
    assert_eq!(serve.healthz().0, 200);
    let mut watchdogs = 0;
    let start = Instant::now();
    while watchdogs < 3 {
        assert_eq!(recv(), "WATCHDOG=1");
        watchdogs += 1;
    }
    // Three pings at half of 200 ms take about 200 ms, not seconds.
    assert!(start.elapsed() < Duration::from_secs(3));
    assert!(serve.signal("TERM"));
    loop {
        let m = recv();
        if m == "STOPPING=1" {
            break;
        }
        assert_eq!(m, "WATCHDOG=1");
    }
    serve.stop();
}

/// A live client that falls behind (`serve.live_buffer = 1` and a burst of
/// events) is closed, and `/metrics` counts it.
#[test]
fn a_client_dropped_as_too_slow_is_counted() {
    use futures_util::StreamExt;
    use tokio_tungstenite::tungstenite::Message;
    let env = TestEnv::new();
    env.write_settings("[serve]\nlive_buffer = 1");
    let sim = env.start_sim();
    let serve = Daemon::start(
        &env,
        &["--esl", &sim.addr],
        &["--metrics-listen", "127.0.0.1:0"],
        &[],
    );
    serve.until_connected(true);
    assert!(esl_api(&sim.addr, "sim join team_g722 20000").starts_with("+OK"));
    let rt = tokio::runtime::Runtime::new().unwrap();
    let reason = rt.block_on(async {
        let url = format!("ws://{}/api/live?login=defaultuser:napw", serve.addr);
        let (mut ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
        let fs = fsconn::esl::client::EslClient::connect(crate::sim_support::config(&sim.addr))
            .await
            .unwrap();
        for i in 0..200 {
            let id = (100_000 + i).to_string();
            for (action, size) in [("add-member", "2"), ("del-member", "1")] {
                let headers = [
                    ("Event-Subclass", "conference::maintenance"),
                    ("Action", action),
                    ("Conference-Name", "team_g722"),
                    ("Conference-Size", size),
                    ("Member-ID", id.as_str()),
                    ("Member-Type", "member"),
                    ("Caller-Caller-ID-Number", "20000"),
                    ("Caller-Username", "20000"),
                ];
                fs.command("sendevent CUSTOM", &headers).await.unwrap();
            }
        }
        loop {
            match tokio::time::timeout(Duration::from_secs(10), ws.next()).await {
                Ok(Some(Ok(Message::Close(Some(frame))))) => break frame.reason.to_string(),
                Ok(Some(Ok(_))) => continue,
                other => panic!("not closed as too slow: {other:?}"),
            }
        }
    });
    assert!(reason.contains("too slow"), "{reason}");
    let m = scrape(serve.metrics.as_deref().unwrap());
    assert_eq!(
        sample(&m, "fsconn_websocket_clients_too_slow_total", json!({})),
        1.0
    );
}
