//! DNS rebinding (issue 19 item 4): a page on `rebind.evil.example` whose
//! name now resolves to 127.0.0.1 talks to a loopback-only `fsconn serve`
//! with `Host` and `Origin` both its own. The server answers only for the
//! host names it is configured for: everything else gets 421, on every
//! method and route (the WebSocket upgrade and phone provisioning too), over
//! HTTP/1.1 and HTTP/2 (`:authority`), and changes nothing.

use crate::harness::*;
use serde_json::json;
use std::process::Command;

/// A served example with the sim behind it and `extra` in `[serve]`.
fn running(extra: &str) -> (TestEnv, Proc, Proc) {
    let env = TestEnv::new();
    env.write_settings(&format!(
        "hostname = \"phones.example.org\"\n[serve]\n{extra}"
    ));
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    (env, sim, serve)
}

/// Every kind of request, as (method, path, body).
const REQUESTS: &[(&str, &str, Option<&str>)] = &[
    (
        "POST",
        "/api/users/add",
        Some(r#"[{"name":"evil","email":"e@example.com","context":"team"}]"#),
    ),
    ("POST", "/api/users/del", Some(r#"[{"id":"20000"}]"#)),
    ("PUT", "/polycom/0004f2000001-app.log", Some("log")),
    ("DELETE", "/api/session", Some("{}")),
    ("PATCH", "/api/users", Some("{}")),
    ("GET", "/api/users/rebuild", None),
    ("GET", "/api/users", None),
    ("GET", "/userinfo", None),
    ("GET", "/linphone", None),
    ("GET", "/polycom/000000000000.cfg", None),
    ("GET", "/", None),
    ("HEAD", "/api/users", None),
    ("OPTIONS", "/api/users", None),
    ("GET", "/healthz", None),
];

#[test]
fn hostile_host_names_get_421_on_every_method_and_change_nothing() {
    let (env, _sim, serve) = running("");
    let port = serve.addr.rsplit(':').next().unwrap();
    let before = env.snapshot();
    let commands = env.sim_commands().len();
    let http = Http::new(&serve.addr, "defaultuser", "napw");
    for host in [
        format!("rebind.evil.example:{port}"),
        "rebind.evil.example".to_string(),
        format!("localhost.evil.example:{port}"),
        format!("127.0.0.1.evil.example:{port}"),
        format!("phones.example.org.evil.example:{port}"),
    ] {
        let origin = format!("http://{host}");
        for (method, path, body) in REQUESTS {
            let headers = [("host", host.as_str()), ("origin", origin.as_str())];
            let r = http.send(method, path, body.map(str::as_bytes), &headers);
            assert_eq!(r.status, 421, "{method} {path} Host {host}: {}", r.text());
            if *method != "HEAD" {
                assert!(
                    r.text().contains("does not answer for host"),
                    "{}",
                    r.text()
                );
            }
        }
        // The live WebSocket handshake, with a valid login.
        let r = reqwest::blocking::Client::new()
            .get(format!(
                "http://{}/api/live?login=defaultuser:napw",
                serve.addr
            ))
            .header("host", host.as_str())
            .header("origin", origin.as_str())
            .header("connection", "upgrade")
            .header("upgrade", "websocket")
            .header("sec-websocket-version", "13")
            .header("sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ==")
            .send()
            .unwrap();
        assert_eq!(r.status().as_u16(), 421, "the WebSocket upgrade via {host}");
    }
    // Two Host headers, one of them ours: refused too.
    let r = http.send(
        "POST",
        "/api/users/add",
        Some(br#"[{"name":"evil2","email":"e@example.com","context":"team"}]"#),
        &[("host", "localhost"), ("host", "rebind.evil.example")],
    );
    assert!(matches!(r.status, 400 | 421), "{}", r.status);
    assert_eq!(env.snapshot(), before, "a refused request changed the tree");
    let after: Vec<String> = env.sim_commands()[commands..].to_vec();
    assert!(after.iter().all(|c| !c.contains("reloadxml")), "{after:?}");
}

#[test]
fn configured_host_names_and_addresses_are_served() {
    let (env, _sim, serve) = running(
        "hosts = [\"conf.example.org\", \"Intranet.Example.org\"]\npublic_url = \"https://proxy.example.org:8443\"",
    );
    let port = serve.addr.rsplit(':').next().unwrap();
    let http = Http::new(&serve.addr, "defaultuser", "napw");
    // A phone, which fetches its provisioning with the host name it was
    // given (`hostname`, or any other name the server is configured for).
    let phone = json!([{"name": "polly", "email": "p@example.com", "context": "team",
        "password": "pollypw1234", "polymac": "0004f2abcdef"}]);
    assert_eq!(
        http.post("/api/users/add", &phone).json()["failed"],
        json!([])
    );
    let polly = Http::new(&serve.addr, "polly", "pollypw1234");
    let mut n = 0;
    for host in [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
        "phones.example.org".to_string(),
        format!("conf.example.org:{port}"),
        "intranet.example.org".to_string(),
        "proxy.example.org:8443".to_string(),
    ] {
        n += 1;
        let name = format!("hostok{n}");
        let origin = format!("http://{host}");
        let body = json!([{"name": name, "email": "h@example.com", "context": "team"}]).to_string();
        let headers = [("host", host.as_str()), ("origin", origin.as_str())];
        let r = http.send("POST", "/api/users/add", Some(body.as_bytes()), &headers);
        assert_eq!(r.status, 200, "Host {host}: {}", r.text());
        assert_eq!(
            r.json()["done"].as_array().map(Vec::len),
            Some(1),
            "{}",
            r.text()
        );
        for path in ["/linphone", "/polycom/0004f2abcdef.cfg"] {
            let r = polly.send("GET", path, None, &[("host", host.as_str())]);
            assert_eq!(r.status, 200, "{path} via {host}: {}", r.text());
        }
    }
    let users = http.get("/api/users").text();
    assert!(users.contains("hostok7"), "{users}");
    // The public origin is ours for writes, whatever Host the proxy sent.
    let r = http.send(
        "POST",
        "/api/users/add",
        Some(br#"[{"name":"viaproxy","email":"v@example.com","context":"team"}]"#),
        &[("origin", "https://proxy.example.org:8443")],
    );
    assert_eq!(r.status, 200, "{}", r.text());
    // Another origin on a host we serve is still another site.
    let r = http.send(
        "POST",
        "/api/users/add",
        Some(br#"[{"name":"other","email":"o@example.com","context":"team"}]"#),
        &[("origin", "http://proxy.example.org:8443")],
    );
    assert_eq!(r.status, 403, "{}", r.text());
    drop(env);
}

#[test]
fn the_host_settings_are_checked() {
    let env = TestEnv::new();
    for (bad, field) in [
        ("public_url = \"conf.example.org\"", "serve.public_url"),
        (
            "public_url = \"https://conf.example.org/console\"",
            "serve.public_url",
        ),
        ("hosts = [\"conf.example.org:443\"]", "serve.hosts"),
        ("hosts = [\"bad name\"]", "serve.hosts"),
    ] {
        env.write_settings(&format!("[serve]\n{bad}"));
        let out = env.cmd().args(["config"]).run();
        assert_ne!(out.code, 0, "{bad} accepted");
        assert!(out.stderr.contains(field), "{bad}: {}", out.stderr);
    }
    env.write_settings(
        "[serve]\npublic_url = \"https://Conf.Example.org:443/\"\nhosts = [\"b.example.org\"]",
    );
    let out = env.cmd().args(["config"]).run();
    out.ok();
    assert!(
        out.stdout.contains("https://conf.example.org"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("b.example.org"), "{}", out.stdout);
}

/// HTTP/2 over TLS with curl: the host is in `:authority`.
#[test]
fn http2_authority_names_are_checked_too() {
    let env = TestEnv::new();
    let cert = rcgen::generate_simple_self_signed(vec![
        "localhost".to_string(),
        "rebind.evil.example".to_string(),
    ])
    .unwrap();
    std::fs::write(env.path("cert.pem"), cert.cert.pem()).unwrap();
    std::fs::write(env.path("key.pem"), cert.signing_key.serialize_pem()).unwrap();
    let sim = env.start_sim();
    let serve = Proc::start(
        env.cmd()
            .args(["--esl", &sim.addr, "serve", "--listen", "127.0.0.1:0"])
            .args(["--tls-cert"])
            .arg_path(&env.path("cert.pem"))
            .args(["--tls-key"])
            .arg_path(&env.path("key.pem")),
    );
    let port = serve.addr.rsplit(':').next().unwrap().to_string();
    let before = env.snapshot();
    let curl = |host: &str, extra: &[&str]| {
        let out = Command::new("curl")
            .args(["-sS", "--http2", "--digest", "-u", "defaultuser:napw"])
            .arg("--cacert")
            .arg(env.path("cert.pem"))
            .args(["--resolve", &format!("{host}:{port}:127.0.0.1")])
            .args(["-H", "Content-Type: application/json"])
            .args(["-H", &format!("Origin: https://{host}:{port}")])
            .args(["-w", "\n%{http_code} %{http_version}"])
            .args(extra)
            .arg(format!("https://{host}:{port}/api/users/add"))
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        text.lines().last().unwrap_or("").to_string()
    };
    let body = [
        "--data-binary",
        r#"[{"name":"evil","email":"e@example.com","context":"team"}]"#,
    ];
    assert_eq!(curl("rebind.evil.example", &body), "421 2");
    assert_eq!(env.snapshot(), before);
    let body = [
        "--data-binary",
        r#"[{"name":"good","email":"g@example.com","context":"team"}]"#,
    ];
    assert_eq!(curl("localhost", &body), "200 2");
    assert!(
        env.users().iter().any(|u| u["name"] == "good"),
        "the allowed add"
    );
}
