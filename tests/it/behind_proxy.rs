//! Behind a reverse proxy (issue 20 item 2): `examples/nginx.conf` and
//! `examples/Caddyfile`, unchanged but for ports, certificate paths and the
//! upstream address, in front of `fsconn serve` on 127.0.0.1 with TLS (a
//! certificate the test makes). Through real nginx (Debian's `nginx-light`)
//! the console works in real Chromium (tests/browser/proxy_test.py); the
//! session cookie is `Secure` and answers carry HSTS because the trusted
//! proxy says `X-Forwarded-Proto: https` (and only then); logins are
//! throttled by the forwarded client address, so one address's flood locks
//! out nobody else behind the same proxy; the console's phone registers
//! through the proxy's `/sip` (`serve.sip_wss_url = "wss://HOST/sip"`) to a
//! real SIP registrar in FreeSWITCH's place: Debian's Kamailio with TLS and
//! WebSocket, digest auth with the user's own credentials
//! (tests/browser/sipstack.py, shared with the phone test).

use crate::harness::*;
use serde_json::{json, Value};
use std::net::{IpAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn need(path: &str, package: &str) {
    assert!(
        Path::new(path).exists(),
        "{path} is missing: apt-get install {package} (see .ci/run)"
    );
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A self-signed certificate for localhost; (cert, key) paths.
fn certificate(env: &TestEnv) -> (PathBuf, PathBuf) {
    let cert =
        rcgen::generate_simple_self_signed(vec!["localhost".to_string(), "127.0.0.1".to_string()])
            .unwrap();
    let (c, k) = (env.path("proxy-cert.pem"), env.path("proxy-key.pem"));
    std::fs::write(&c, cert.cert.pem()).unwrap();
    std::fs::write(&k, cert.signing_key.serialize_pem()).unwrap();
    (c, k)
}

/// `example` with the lines `rewrite` picks changed; asserts that exactly
/// `expected` lines changed and everything else is the shipped file.
fn rewritten(example: &str, expected: usize, rewrite: impl Fn(&str) -> Option<String>) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(example);
    let shipped = std::fs::read_to_string(path).unwrap();
    let mut changed = 0;
    let lines: Vec<String> = shipped
        .lines()
        .map(|l| match rewrite(l) {
            Some(new) => {
                changed += 1;
                new
            }
            None => l.to_string(),
        })
        .collect();
    assert_eq!(changed, expected, "{example}: the lines to adapt moved");
    let out = lines.join("\n") + "\n";
    let same = shipped.lines().zip(out.lines()).filter(|(a, b)| a == b);
    assert_eq!(same.count(), shipped.lines().count() - expected);
    out
}

/// A proxy process, stopped on drop.
struct Proxy {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Drop for Proxy {
    /// SIGTERM, so that nginx's master stops its workers too.
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .arg(self.child.id().to_string())
            .status();
        let _ = self.child.wait();
    }
}

impl Proxy {
    fn wait_ready(mut self) -> Proxy {
        let deadline = Instant::now() + Duration::from_secs(15);
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            let exited = self.child.try_wait().unwrap();
            if exited.is_some() || Instant::now() > deadline {
                let log = std::fs::read_to_string(&self.log).unwrap_or_default();
                panic!("the proxy did not start ({exited:?}):\n{log}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        self
    }
}

/// nginx with `examples/nginx.conf` on `port` in front of `upstream`, and
/// `sip` as FreeSWITCH's WSS.
fn start_nginx(env: &TestEnv, port: u16, upstream: &str, sip: &str) -> Proxy {
    need("/usr/sbin/nginx", "nginx-light");
    let (cert, key) = certificate(env);
    let site = rewritten("examples/nginx.conf", 5, |l| {
        let t = l.trim_start();
        let indent = &l[..l.len() - t.len()];
        if t.starts_with("listen 443 ssl http2;") {
            Some(format!("{indent}listen 127.0.0.1:{port} ssl http2;"))
        } else if t.starts_with("ssl_certificate ") {
            Some(format!("{indent}ssl_certificate {};", cert.display()))
        } else if t.starts_with("ssl_certificate_key ") {
            Some(format!("{indent}ssl_certificate_key {};", key.display()))
        } else if t.starts_with("server 127.0.0.1:3000;") {
            Some(format!("{indent}server {upstream};"))
        } else if t.starts_with("server 127.0.0.1:7443;") {
            Some(format!("{indent}server {sip};"))
        } else {
            None
        }
    });
    let dir = env.path("nginx");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("site.conf"), site).unwrap();
    let root = Command::new("id").arg("-u").output().unwrap().stdout == b"0\n";
    let d = dir.display();
    let main = format!(
        "{user}worker_processes 1;\npid {d}/nginx.pid;\nevents {{ worker_connections 256; }}\n\
         http {{\n  access_log {d}/access.log;\n  client_body_temp_path {d}/body;\n  proxy_temp_path {d}/proxy;\n\
         fastcgi_temp_path {d}/fastcgi;\n  uwsgi_temp_path {d}/uwsgi;\n  scgi_temp_path {d}/scgi;\n  include {d}/site.conf;\n}}\n",
        user = if root { "user root;\n" } else { "" },
    );
    std::fs::write(dir.join("nginx.conf"), main).unwrap();
    let log = dir.join("error.log");
    let child = Command::new("/usr/sbin/nginx")
        .arg("-p")
        .arg(&dir)
        .arg("-c")
        .arg(dir.join("nginx.conf"))
        .arg("-e")
        .arg(&log)
        .args(["-g", "daemon off;"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("nginx");
    Proxy { child, port, log }.wait_ready()
}

/// A served example with the sim, behind a proxy on `proxy_port`, with
/// `extra` lines in `[serve]`.
fn running(proxy_port: u16, extra: &str) -> (TestEnv, Proc, Proc) {
    let env = TestEnv::new();
    env.write_settings(&format!(
        "[serve]\npublic_url = \"https://localhost:{proxy_port}\"\ntrusted_proxies = [\"127.0.0.1\"]\n{extra}"
    ));
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    (env, sim, serve)
}

/// An HTTPS client through the proxy from the local address `from`.
fn client(port: u16, from: &str) -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .local_address(from.parse::<IpAddr>().unwrap())
        .resolve("localhost", ([127, 0, 0, 1], port).into())
        .resolve("rebind.evil.example", ([127, 0, 0, 1], port).into())
        .danger_accept_invalid_certs(true)
        .build()
        .unwrap()
}

fn sign_in(
    c: &reqwest::blocking::Client,
    url: &str,
    user: &str,
    password: &str,
    headers: &[(&str, &str)],
) -> reqwest::blocking::Response {
    let mut req = c
        .post(format!("{url}/api/session"))
        .header("content-type", "application/json");
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.body(json!({"user": user, "password": password}).to_string())
        .send()
        .unwrap()
}

/// Failed sign-ins from 127.0.0.2, each with a made-up `X-Forwarded-For`
/// (which nginx passes on, adding the real address): that address gets
/// locked, nobody else does.
fn a_login_flood_locks_out_only_its_own_address(url: &str, port: u16) {
    let flood = client(port, "127.0.0.2");
    let mut last = 0;
    for i in 0..30 {
        let spoof = format!("10.{i}.0.1");
        let r = sign_in(
            &flood,
            url,
            &format!("junk{i}"),
            "x",
            &[("x-forwarded-for", &spoof)],
        );
        last = r.status().as_u16();
    }
    assert_eq!(last, 429, "the flooding address is throttled");
    let r = sign_in(
        &flood,
        url,
        "frienduser",
        "napw",
        &[("x-forwarded-for", "10.99.0.1")],
    );
    assert_eq!(
        r.status().as_u16(),
        429,
        "a made-up X-Forwarded-For escaped the lockout"
    );
    let other = client(port, "127.0.0.3");
    for user in ["publicuser", "defaultuser"] {
        let r = sign_in(&other, url, user, "napw", &[]);
        assert_eq!(r.status().as_u16(), 200, "{user} from another address");
    }
}

/// Secure cookie and HSTS through the proxy; a page of ours on another name
/// for the same server (own Host + forwarded https) may write too.
fn cookie_and_hsts(url: &str, port: u16) {
    let c = client(port, "127.0.0.4");
    let origin = format!("https://127.0.0.1:{port}");
    let r = c
        .post(format!("https://127.0.0.1:{port}/api/session"))
        .header("content-type", "application/json")
        .header("origin", &origin)
        .body(r#"{"user":"frienduser","password":"napw"}"#)
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200, "sign-in from {origin}");
    let r = sign_in(&c, url, "frienduser", "napw", &[("origin", url)]);
    assert_eq!(r.status().as_u16(), 200);
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_string();
    for part in ["; Secure", "HttpOnly", "SameSite=Strict"] {
        assert!(cookie.contains(part), "{cookie}");
    }
    let hsts = r.headers().get("strict-transport-security");
    assert!(hsts.is_some_and(|v| v.to_str().unwrap().contains("max-age=")));
}

/// The phones' side through the proxy: provisioning and uploads.
fn phone_provisioning(url: &str, port: u16) {
    let admin = Http::with_client(
        url.to_string(),
        client(port, "127.0.0.5"),
        "defaultuser",
        "napw",
    );
    let add = json!([{"name": "polly", "email": "p@example.com", "context": "team",
        "password": "pollypw1234", "polymac": "0004f2abcdef"}]);
    assert_eq!(
        admin.post("/api/users/add", &add).json()["failed"],
        json!([])
    );
    let polly = Http::with_client(
        url.to_string(),
        client(port, "127.0.0.5"),
        "polly",
        "pollypw1234",
    );
    assert_eq!(polly.get("/linphone").status, 200);
    assert_eq!(polly.get("/polycom/0004f2abcdef.cfg").status, 200);
    let r = polly.send(
        "PUT",
        "/polycom/0004f2abcdef-app.log",
        Some(b"boot ok"),
        &[],
    );
    assert!(r.status < 300, "{} {}", r.status, r.text());
}

/// A name nobody configured, through the proxy: 421 from fsconn, nothing
/// changes.
fn hostile_host_through_the_proxy(env: &TestEnv, port: u16) {
    let before = env.snapshot();
    let c = client(port, "127.0.0.6");
    let url = format!("https://rebind.evil.example:{port}");
    let r = c
        .post(format!("{url}/api/users/add"))
        .header("content-type", "application/json")
        .header("origin", &url)
        .body(r#"[{"name":"evil","email":"e@example.com","context":"team"}]"#)
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 421);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn the_console_works_through_nginx_with_tls() {
    need("/usr/bin/chromium", "chromium");
    need("/usr/bin/chromedriver", "chromium-driver");
    need(
        "/usr/lib/python3/dist-packages/selenium",
        "python3-selenium",
    );
    need("/usr/sbin/kamailio", "kamailio");
    need(
        "/usr/lib/x86_64-linux-gnu/kamailio/modules/websocket.so",
        "kamailio-websocket-modules",
    );
    need(
        "/usr/lib/x86_64-linux-gnu/kamailio/modules/tls.so",
        "kamailio-tls-modules",
    );
    let port = free_port();
    // The phone's WSS is this proxy's /sip; Kamailio (started by the
    // browser script) listens on `wss` behind it.
    let (env, sim, serve) = running(
        port,
        &format!("sip_wss_url = \"wss://localhost:{port}/sip\""),
    );
    let (wss, udp) = (free_port(), free_port());
    let me = Http::new(&serve.addr, "defaultuser", "napw")
        .get("/userinfo")
        .json();
    let nginx = start_nginx(&env, port, &serve.addr, &format!("127.0.0.1:{wss}"));
    let work = env.path("sip");
    std::fs::create_dir_all(&work).unwrap();
    let url = format!("https://localhost:{port}");
    a_login_flood_locks_out_only_its_own_address(&url, port);
    cookie_and_hsts(&url, port);
    phone_provisioning(&url, port);
    hostile_host_through_the_proxy(&env, port);
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/browser/proxy_test.py");
    let out = Command::new("/usr/bin/python3")
        .arg(script)
        .arg(&url)
        .arg(&sim.addr)
        .arg(env.path("sim-commands.log"))
        .arg(env.conf(""))
        .arg(&work)
        .args([wss.to_string(), udp.to_string()])
        .args([me["id"].as_str().unwrap(), me["password"].as_str().unwrap()])
        .output()
        .expect("run the browser test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    drop(nginx);
    let access = std::fs::read_to_string(env.path("nginx/access.log")).unwrap_or_default();
    assert!(
        out.status.success() && stdout.contains(" passed, 0 failed"),
        "browser test failed:\n{stdout}\n{stderr}"
    );
    // Chromium really went through nginx: the live WebSocket's upgrade too.
    assert!(access.contains("GET /api/live HTTP/1.1\" 101"), "{access}");
    // The phone's SIP WebSocket too, and Kamailio saw the REGISTERs come
    // over it (digest: 401, then 200 for the user).
    assert!(access.contains("GET /sip HTTP/1.1\" 101"), "{access}");
    let kamailio = std::fs::read_to_string(work.join("kamailio.log")).unwrap();
    let user = me["id"].as_str().unwrap();
    for mark in [
        "FSCONN-TEST WS GET / sip".to_string(),
        format!("FSCONN-TEST REGISTER 401 challenge user={user}"),
        format!("FSCONN-TEST REGISTER 200 user={user} expires="),
    ] {
        assert!(kamailio.contains(&mark), "{mark}:\n{kamailio}");
    }
}

#[test]
fn forwarded_proto_counts_only_from_trusted_proxies() {
    let env = TestEnv::new();
    env.write_settings("[serve]\ntrusted_proxies = [\"127.0.0.1\"]");
    let serve = env.start_serve("127.0.0.1:1");
    let port = serve.addr.rsplit(':').next().unwrap();
    let try_from = |from: &str| {
        let c = reqwest::blocking::Client::builder()
            .local_address(from.parse::<IpAddr>().unwrap())
            .build()
            .unwrap();
        let origin = format!("https://127.0.0.1:{port}");
        c.post(format!("http://{}/api/session", serve.addr))
            .header("content-type", "application/json")
            .header("x-forwarded-proto", "https")
            .header("origin", origin)
            .body(r#"{"user":"frienduser","password":"napw"}"#)
            .send()
            .unwrap()
    };
    // A client that is no proxy: its header is not believed, so its https
    // Origin is not ours, and nothing is Secure or HSTS.
    let r = try_from("127.0.0.2");
    assert_eq!(r.status().as_u16(), 403);
    assert!(r.headers().get("strict-transport-security").is_none());
    // The trusted proxy: https.
    let r = try_from("127.0.0.1");
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .contains("; Secure"));
    assert!(r.headers().contains_key("strict-transport-security"));
    // Without the header, plain http as before.
    let r = reqwest::blocking::Client::new()
        .post(format!("http://{}/api/session", serve.addr))
        .header("content-type", "application/json")
        .body(r#"{"user":"frienduser","password":"napw"}"#)
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(!r.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .contains("Secure"));
    assert!(r.headers().get("strict-transport-security").is_none());
}

/// Caddy (Debian's `caddy`) with `examples/Caddyfile`: sign-in, a Secure
/// cookie, HSTS, the live WebSocket and a write, through Caddy over TLS.
#[test]
fn the_caddyfile_works_through_caddy() {
    need("/usr/bin/caddy", "caddy");
    let port = free_port();
    let (env, _sim, serve) = running(port, "");
    let (cert, key) = certificate(&env);
    let upstream = serve.addr.clone();
    let site = rewritten("examples/Caddyfile", 3, |l| {
        let t = l.trim_start();
        let indent = &l[..l.len() - t.len()];
        if t == "conf.example.org {" {
            Some(format!("{indent}https://localhost:{port} {{"))
        } else if t.starts_with("# tls /etc/ssl/") {
            Some(format!("{indent}tls {} {}", cert.display(), key.display()))
        } else if t == "reverse_proxy 127.0.0.1:3000 {" {
            Some(format!("{indent}reverse_proxy {upstream} {{"))
        } else {
            None
        }
    });
    let dir = env.path("caddy");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("Caddyfile"), site).unwrap();
    let adapted = Command::new("/usr/bin/caddy")
        .args(["adapt", "--config"])
        .arg(dir.join("Caddyfile"))
        .output()
        .unwrap();
    assert!(
        adapted.status.success(),
        "{}",
        String::from_utf8_lossy(&adapted.stderr)
    );
    // The test's own runtime: no admin endpoint, no port-80 redirect.
    let mut config: Value = serde_json::from_slice(&adapted.stdout).unwrap();
    config["admin"] = json!({"disabled": true});
    for (_, s) in config["apps"]["http"]["servers"].as_object_mut().unwrap() {
        s["automatic_https"] = json!({"disable_redirects": true});
    }
    std::fs::write(dir.join("caddy.json"), config.to_string()).unwrap();
    let log = dir.join("caddy.log");
    let child = Command::new("/usr/bin/caddy")
        .args(["run", "--config"])
        .arg(dir.join("caddy.json"))
        .env("HOME", &dir)
        .env("XDG_DATA_HOME", &dir)
        .env("XDG_CONFIG_HOME", &dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .expect("caddy");
    let _caddy = Proxy { child, port, log }.wait_ready();
    let url = format!("https://localhost:{port}");
    a_login_flood_locks_out_only_its_own_address(&url, port);
    cookie_and_hsts_and_live(&url, port);
    phone_provisioning(&url, port);
}

/// The Caddy variant of [`cookie_and_hsts`], with the live WebSocket.
fn cookie_and_hsts_and_live(url: &str, port: u16) {
    let c = client(port, "127.0.0.4");
    let r = sign_in(&c, url, "defaultuser", "napw", &[("origin", url)]);
    assert_eq!(r.status().as_u16(), 200);
    let set = r.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(set.contains("; Secure"), "{set}");
    assert!(r.headers().contains_key("strict-transport-security"));
    let cookie = set.split(';').next().unwrap().to_string();
    // The live WebSocket handshake with the cookie, as the console opens it.
    let r = reqwest::blocking::Client::builder()
        .local_address("127.0.0.4".parse::<IpAddr>().unwrap())
        .resolve("localhost", ([127, 0, 0, 1], port).into())
        .danger_accept_invalid_certs(true)
        .http1_only()
        .build()
        .unwrap()
        .get(format!("{url}/api/live"))
        .header("cookie", &cookie)
        .header("origin", url)
        .header("connection", "upgrade")
        .header("upgrade", "websocket")
        .header("sec-websocket-version", "13")
        .header("sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ==")
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 101, "the live WebSocket through Caddy");
    // A write with the cookie keeps the session.
    let r = c
        .post(format!("{url}/api/users/add"))
        .header("cookie", &cookie)
        .header("origin", url)
        .header("content-type", "application/json")
        .body(r#"[{"name":"caddyuser","email":"c@example.com","context":"team"}]"#)
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200, "{}", r.text().unwrap_or_default());
}

/// The README's old nginx example broke the console: the live WebSocket's
/// location passed no `Host` (fsconn saw `127.0.0.1:3000`) and the other one
/// `$host` without the port, so the session cookie, checked against `Host`,
/// was ignored: 401 on the socket forever and on every write (which signs
/// the console out). Now the cookie follows our origins: `serve.public_url`
/// whatever `Host` the proxy sends.
#[test]
fn the_session_follows_the_public_origin_whatever_host_the_proxy_sends() {
    let env = TestEnv::new();
    env.write_settings(
        "[serve]\npublic_url = \"https://conf.example.org:8443\"\ntrusted_proxies = [\"127.0.0.1\"]",
    );
    let serve = env.start_serve("127.0.0.1:1");
    let public = "https://conf.example.org:8443";
    let c = reqwest::blocking::Client::new();
    let base = format!("http://{}", serve.addr);
    let r = c
        .post(format!("{base}/api/session"))
        .header("host", "conf.example.org")
        .header("origin", public)
        .header("x-forwarded-proto", "https")
        .header("content-type", "application/json")
        .body(r#"{"user":"defaultuser","password":"napw"}"#)
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200, "sign-in from the public origin");
    let set = r.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(set.contains("; Secure"), "{set}");
    let cookie = set.split(';').next().unwrap().to_string();
    // The upstream address as Host (no Host header set by the proxy).
    let r = c
        .get(format!("{base}/api/users"))
        .header("cookie", &cookie)
        .header("origin", public)
        .header("x-forwarded-proto", "https")
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 200, "a read with the cookie");
    let r = c
        .get(format!("{base}/api/live"))
        .header("cookie", &cookie)
        .header("origin", public)
        .header("x-forwarded-proto", "https")
        .header("connection", "upgrade")
        .header("upgrade", "websocket")
        .header("sec-websocket-version", "13")
        .header("sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ==")
        .send()
        .unwrap();
    assert_eq!(
        r.status().as_u16(),
        101,
        "the live WebSocket with the cookie"
    );
    // Another origin still does not get the session, and cannot write.
    let r = c
        .get(format!("{base}/api/users"))
        .header("cookie", &cookie)
        .header("origin", "https://evil.example")
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
}
