//! Attacks on `fsconn serve` over HTTP, as a hostile web page, password
//! guesser or socket hoarder would make them: each over real sockets against
//! the real binary, asserting the refusal and that no file changed.

use crate::harness::*;
use serde_json::json;
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{IpAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Every file under the config and static dirs with its content.
pub fn trees(env: &TestEnv) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.insert(p.clone(), std::fs::read(&p).unwrap());
            }
        }
    }
    let mut m = BTreeMap::new();
    walk(&env.conf(""), &mut m);
    walk(&env.path("static"), &mut m);
    m
}

/// `fsconn serve` with its log (stderr) in `serve.log`.
pub fn start_serve_logged(env: &TestEnv, esl: &str, extra: &[&str]) -> Proc {
    use std::io::BufRead;
    let log = std::fs::File::create(env.path("serve.log")).unwrap();
    let mut t = env
        .cmd()
        .args(["--esl", esl, "serve", "--listen", "127.0.0.1:0"])
        .args(extra);
    t.cmd
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(log);
    let mut child = t.cmd.spawn().unwrap();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let line = lines.next().unwrap().unwrap();
    std::thread::spawn(move || for _ in lines {});
    let addr = line.rsplit("//").next().unwrap().to_string();
    Proc { child, addr }
}

/// A request with exactly these headers; `auth` adds a valid digest
/// Authorization of `who` (what a browser with cached credentials sends).
fn send(
    who: &Http,
    method: &str,
    uri: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
    auth: bool,
) -> Reply {
    let client = reqwest::blocking::Client::new();
    let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
    let mut req = client.request(m, format!("{}{uri}", who.base));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    if auth {
        req = req.header("authorization", who.next_authorization(method, uri));
    }
    if let Some(b) = body {
        req = req.body(b.to_string());
    }
    let resp = req.send().unwrap();
    Reply {
        status: resp.status().as_u16(),
        headers: resp.headers().clone(),
        body: resp.bytes().unwrap().to_vec(),
    }
}

#[track_caller]
fn assert_security_headers(r: &Reply, tls: bool) {
    let h = |k: &str| r.headers.get(k).and_then(|v| v.to_str().ok());
    assert_eq!(h("x-content-type-options"), Some("nosniff"));
    assert_eq!(h("x-frame-options"), Some("DENY"));
    assert_eq!(h("referrer-policy"), Some("no-referrer"));
    assert_eq!(h("strict-transport-security").is_some(), tls);
}

const MALLORY: &str =
    r#"[{"name":"mallory","email":"m@example.com","context":"team","password":"chosen"}]"#;

#[test]
fn cross_site_writes_and_non_json_bodies_change_nothing() {
    let env = TestEnv::new();
    env.write_settings("[serve]\ncors_origins = [\"https://console.example\"]");
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let t = Http::new(&serve.addr, "defaultuser", "napw");
    let own = format!("http://{}", serve.addr);
    let lookalike = format!("{own}.evil.example");
    let before = trees(&env);
    let add = "/api/users/add";
    // What a browser sends for <form method=post enctype=text/plain> on
    // another site, with the admin's cached digest credentials.
    let form = [
        ("content-type", "text/plain"),
        ("origin", "https://evil.example"),
        ("sec-fetch-site", "cross-site"),
        ("sec-fetch-mode", "navigate"),
        ("sec-fetch-dest", "document"),
    ];
    let mut refused: Vec<(Vec<(&str, &str)>, u16)> = vec![
        (form.to_vec(), 403),
        // No Origin (some browsers omit it), Sec-Fetch-Site says it all.
        (
            vec![
                ("content-type", "text/plain"),
                ("sec-fetch-site", "cross-site"),
            ],
            403,
        ),
        // A JSON fetch from another site (preflight refused, or skipped).
        (
            vec![
                ("content-type", "application/json"),
                ("origin", "https://evil.example"),
            ],
            403,
        ),
        (
            vec![("content-type", "application/json"), ("origin", "null")],
            403,
        ),
        // Our origin and another one.
        (
            vec![
                ("content-type", "application/json"),
                ("origin", own.as_str()),
                ("origin", "https://evil.example"),
            ],
            403,
        ),
        // Same site is not same origin.
        (
            vec![
                ("content-type", "application/json"),
                ("sec-fetch-site", "same-site"),
            ],
            403,
        ),
        // A look-alike of our own origin.
        (
            vec![
                ("content-type", "application/json"),
                ("origin", lookalike.as_str()),
            ],
            403,
        ),
    ];
    // Bodies that are not declared as JSON, without browser headers.
    for ct in [
        "text/plain",
        "text/plain; application/json",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=application/json",
        "application/jsonx",
        "application/json-patch+json",
        "application/x-json",
        "text/json",
        "application/json, text/plain",
    ] {
        refused.push((vec![("content-type", ct)], 415));
    }
    refused.push((vec![], 415));
    refused.push((
        vec![
            ("content-type", "application/json"),
            ("content-type", "text/plain"),
        ],
        415,
    ));
    for (headers, want) in &refused {
        let r = send(&t, "POST", add, headers, Some(MALLORY), true);
        assert_eq!(r.status, *want, "{headers:?}: {}", r.text());
        assert_eq!(r.json()["statusCode"], *want, "usual error shape");
        assert_security_headers(&r, false);
        // Unauthenticated, the same refusal.
        let r = send(&t, "POST", add, headers, Some(MALLORY), false);
        assert_eq!(r.status, *want, "{headers:?} without auth");
    }
    // The GETs that write, from another site.
    for uri in [
        "/api/users/rebuild",
        "/api/conferences/rebuildcontacts",
        "/api/restore/directory",
    ] {
        let r = send(
            &t,
            "GET",
            uri,
            &[("sec-fetch-site", "cross-site")],
            None,
            true,
        );
        assert_eq!(r.status, 403, "{uri}");
    }
    assert!(before == trees(&env), "a refused request changed files");
    assert!(!env.conf("directory/team/20001.xml").exists());

    // Our own page, a configured origin, and curl (no browser headers) pass.
    let ok: [Vec<(&str, &str)>; 3] = [
        vec![
            ("content-type", "application/json"),
            ("origin", own.as_str()),
            ("sec-fetch-site", "same-origin"),
        ],
        vec![
            ("content-type", "Application/JSON; charset=UTF-8"),
            ("origin", "https://console.example"),
            ("sec-fetch-site", "cross-site"),
        ],
        vec![("content-type", "application/json")],
    ];
    for (i, headers) in ok.iter().enumerate() {
        let body = format!(r#"[{{"name":"ok{i}","email":"ok{i}@example.com","context":"team"}}]"#);
        let r = send(&t, "POST", add, headers, Some(&body), true);
        assert_eq!(r.status, 200, "{headers:?}: {}", r.text());
        assert_eq!(
            r.json()["done"].as_array().unwrap().len(),
            1,
            "{}",
            r.text()
        );
        assert_eq!(
            r.headers.get("x-fsconn-applied").unwrap(),
            "yes",
            "FreeSWITCH confirmed"
        );
    }
    assert_eq!(
        t.get("/api/users/byname/ok2").json()["users"][0]["name"],
        "ok2"
    );
    // Security headers on every kind of answer.
    assert_security_headers(&t.get("/userinfo"), false);
    assert_security_headers(&send(&t, "GET", "/userinfo", &[], None, false), false);
    assert_security_headers(&send(&t, "GET", "/nope", &[], None, false), false);
}

#[test]
fn password_guessing_is_throttled_per_address_and_user_and_logged_for_fail2ban() {
    let env = TestEnv::new();
    env.write_settings("[serve]\nlogin_free_failures = 3");
    let serve = start_serve_logged(&env, "127.0.0.1:1", &[]);
    let guess = |from: &str, user: &str, pw: &str| -> Reply {
        let ip: IpAddr = from.parse().unwrap();
        let client = reqwest::blocking::Client::builder()
            .local_address(ip)
            .build()
            .unwrap();
        Http::with_client(format!("http://{}", serve.addr), client, user, pw).get("/userinfo")
    };
    let secret = "guess-Xq7";
    for i in 0..4 {
        let r = guess("127.0.0.1", "defaultuser", &format!("{secret}{i}"));
        assert_eq!(r.status, 401, "guess {i}");
    }
    // Locked out now: 429 with Retry-After, without a look at the password.
    let r = guess("127.0.0.1", "defaultuser", "napw");
    assert_eq!(r.status, 429, "{}", r.text());
    assert_eq!(r.json()["statusCode"], 429);
    let wait: u64 = r.headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=2).contains(&wait), "{wait}");
    // The address is locked for every name; the name from every address.
    assert_eq!(guess("127.0.0.1", "frienduser", "napw").status, 429);
    assert_eq!(guess("127.0.0.2", "defaultuser", "napw").status, 429);
    // Other users from other addresses are not slowed down at all.
    let start = Instant::now();
    for _ in 0..5 {
        assert_eq!(guess("127.0.0.2", "frienduser", "napw").status, 200);
    }
    assert!(start.elapsed() < Duration::from_secs(5));
    // More failures, longer lockouts.
    std::thread::sleep(Duration::from_millis(wait * 1000 + 100));
    assert_eq!(guess("127.0.0.1", "defaultuser", "wrong").status, 401);
    let r = guess("127.0.0.1", "defaultuser", "napw");
    assert_eq!(r.status, 429);
    let wait2: u64 = r.headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!(wait2 >= 2, "exponential: {wait2}");
    // WebSocket logins count too.
    for i in 0..4 {
        let r = reqwest::blocking::Client::builder()
            .local_address("127.0.0.3".parse::<IpAddr>().unwrap())
            .build()
            .unwrap()
            .get(format!(
                "http://{}/api/live?login=publicuser:{secret}{i}",
                serve.addr
            ))
            .send()
            .unwrap();
        assert_eq!(r.status(), 401);
    }
    let r = reqwest::blocking::Client::builder()
        .local_address("127.0.0.3".parse::<IpAddr>().unwrap())
        .build()
        .unwrap()
        .get(format!(
            "http://{}/api/live?login=publicuser:napw",
            serve.addr
        ))
        .send()
        .unwrap();
    assert_eq!(r.status(), 429);
    assert!(r.headers().contains_key("retry-after"));
    serve.stop();

    let log = std::fs::read_to_string(env.path("serve.log")).unwrap();
    assert!(!log.contains(secret), "a password was logged:\n{log}");
    let line = "fsconn::auth: login failed client=127.0.0.1 user=\"defaultuser\" via=digest";
    assert_eq!(log.matches(line).count(), 5, "{log}");
    let ws = "login failed client=127.0.0.3 user=\"publicuser\" via=ws";
    assert_eq!(log.matches(ws).count(), 4, "{log}");
    // Debian's fail2ban-regex with the shipped filter finds each one.
    let filter =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/fail2ban/filter.d/fsconn.conf");
    let out = Command::new("fail2ban-regex")
        .arg(env.path("serve.log"))
        .arg(&filter)
        .output()
        .expect("fail2ban-regex (apt-get install fail2ban)");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    let total_lines = log.lines().count();
    let failures = log.matches("login failed").count();
    assert!(
        text.contains(&format!(
            "Lines: {total_lines} lines, 0 ignored, {failures} matched"
        )),
        "{text}"
    );
    fail2ban_accepts_the_jail();
}

/// `fail2ban-client -t` on a copy of the system's configuration with only
/// our jail enabled.
fn fail2ban_accepts_the_jail() {
    let dir = tempfile::tempdir().unwrap();
    let conf = dir.path().join("fail2ban");
    fsconn::fsio::copy_tree(Path::new("/etc/fail2ban"), &conf).unwrap();
    for e in std::fs::read_dir(conf.join("jail.d")).unwrap() {
        std::fs::remove_file(e.unwrap().path()).unwrap();
    }
    let ex = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/fail2ban");
    for f in ["filter.d/fsconn.conf", "jail.d/fsconn.conf"] {
        std::fs::copy(ex.join(f), conf.join(f)).unwrap();
    }
    let out = Command::new("fail2ban-client")
        .arg("-c")
        .arg(&conf)
        .arg("-t")
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("OK: configuration test is successful"),
        "{text}"
    );
}

/// Open a socket that sends nothing.
fn idle_socket(addr: &str) -> TcpStream {
    let s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    s
}

/// Whether the server closed the socket (EOF or reset) within its read timeout.
fn closed_by_server(s: &mut TcpStream) -> bool {
    let mut buf = [0u8; 64];
    matches!(s.read(&mut buf), Ok(0) | Err(_))
        && !matches!(
            s.read(&mut buf),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock
        )
}

#[test]
fn idle_and_slow_sockets_do_not_starve_legitimate_clients() {
    let _ = fsconn::server::listen::raise_nofile_limit();
    let env = TestEnv::new();
    env.write_settings("[serve]\nheader_timeout = 2\nmax_connections = 700");
    let serve = env.start_serve("127.0.0.1:1");
    let t = Http::new(&serve.addr, "defaultuser", "napw");
    let before = trees(&env);
    // 600 idle sockets, and a slowloris that trickles a header.
    let start = Instant::now();
    let mut idle: Vec<TcpStream> = (0..600).map(|_| idle_socket(&serve.addr)).collect();
    let mut slow = idle_socket(&serve.addr);
    slow.write_all(b"GET /userinfo HTTP/1.1\r\n").unwrap();
    for i in 0..10 {
        assert_eq!(t.get("/userinfo").status, 200, "request {i}");
        let _ = slow.write_all(b"X-a: b\r\n");
    }
    // The hoarded sockets are closed after the header timeout.
    for s in idle.iter_mut().take(50) {
        assert!(closed_by_server(s), "an idle socket stayed open");
    }
    assert!(closed_by_server(&mut slow), "the slowloris stayed open");
    assert!(start.elapsed() < Duration::from_secs(12));
    drop(idle);
    // At the connection cap, new sockets are closed at once, and served
    // again as soon as the hoarded ones time out.
    let mut full: Vec<TcpStream> = (0..700).map(|_| idle_socket(&serve.addr)).collect();
    std::thread::sleep(Duration::from_millis(300));
    let mut extra = idle_socket(&serve.addr);
    assert!(closed_by_server(&mut extra), "over the cap");
    let deadline = Instant::now() + Duration::from_secs(8);
    loop {
        let ok = reqwest::blocking::Client::new()
            .get(format!("http://{}/pubxml", serve.addr))
            .send()
            .is_ok();
        if ok {
            break;
        }
        assert!(Instant::now() < deadline, "never served again");
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(closed_by_server(&mut full[0]));
    drop(full);
    assert_eq!(t.get("/userinfo").status, 200);
    assert!(before == trees(&env));
}

#[test]
fn curl_http2_digest_posts_over_tls_never_get_an_empty_reply() {
    let env = TestEnv::new();
    let cert =
        rcgen::generate_simple_self_signed(vec!["localhost".to_string(), "127.0.0.1".to_string()])
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
    let resolve = format!("localhost:{port}:127.0.0.1");
    let curl = |args: &[&str]| {
        Command::new("curl")
            .args(["-sS", "--http2", "--digest", "-u", "defaultuser:napw"])
            .args(["--cacert"])
            .arg(env.path("cert.pem"))
            .args(["--resolve", &resolve])
            .args(["-w", "\n%{http_code} %{http_version}"])
            .args(args)
            .output()
            .unwrap()
    };
    let url = |p: &str| format!("https://localhost:{port}{p}");
    let mut failures = Vec::new();
    // A body bigger than one HTTP/2 frame too, so it is still being sent
    // when the 401 comes.
    let big = json!(vec![json!({"id": "29999"}); 3000]).to_string();
    assert!(big.len() > 40_000);
    for i in 0..100 {
        let body = if i % 2 == 0 {
            json!([{"id": format!("{}", 20100 + i)}]).to_string()
        } else {
            big.clone()
        };
        let out = curl(&[
            "-H",
            "Content-Type: application/json",
            "--data-binary",
            &body,
            &url("/api/users/del"),
        ]);
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let last = text.lines().last().unwrap_or("").to_string();
        let ok = out.status.success() && last == "200 2";
        if !ok {
            failures.push(format!(
                "POST {i}: exit {:?} {last:?} {}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures: {failures:#?}",
        failures.len()
    );
    // The README's examples over HTTPS, and HSTS.
    let out = curl(&["-D", "-", &url("/api/users")]);
    let text = String::from_utf8_lossy(&out.stdout).to_ascii_lowercase();
    assert!(
        text.contains("strict-transport-security: max-age="),
        "{text}"
    );
    assert!(text.contains("x-frame-options: deny"), "{text}");
    assert!(text.trim_end().ends_with("200 2"), "{text}");
}

#[test]
fn default_passwords_are_warned_about_and_refused_off_loopback() {
    let env = TestEnv::new();
    // Refused before anything is bound.
    let out = env
        .cmd()
        .args(["--esl", "127.0.0.1:1", "serve", "--listen", "0.0.0.0:0"])
        .run();
    out.code(2);
    assert!(
        out.stderr.contains("well-known default password")
            && out.stderr.contains("defaultuser, frienduser, publicuser")
            && out.stderr.contains("--allow-default-passwords"),
        "{}",
        out.stderr
    );
    assert!(!out.stdout.contains("listening"), "{}", out.stdout);
    // On loopback it starts, with one warning per user.
    let serve = start_serve_logged(&env, "127.0.0.1:1", &[]);
    assert_eq!(
        Http::new(&serve.addr, "defaultuser", "napw")
            .get("/userinfo")
            .status,
        200
    );
    serve.stop();
    let log = std::fs::read_to_string(env.path("serve.log")).unwrap();
    assert!(
        log.contains(
            "3 user(s) have a well-known default password: defaultuser, frienduser, publicuser"
        ),
        "{log}"
    );
    // Once the passwords are changed, no warning.
    for id in ["20000", "21000", "22000"] {
        env.cmd()
            .args(["users", "mod", id, "--password", "S3cret-long-1"])
            .run()
            .ok();
    }
    let serve = start_serve_logged(&env, "127.0.0.1:1", &[]);
    assert_eq!(
        Http::new(&serve.addr, "defaultuser", "S3cret-long-1")
            .get("/userinfo")
            .status,
        200
    );
    serve.stop();
    let log = std::fs::read_to_string(env.path("serve.log")).unwrap();
    assert!(!log.contains("default password"), "{log}");
}

#[test]
fn a_write_freeswitch_did_not_confirm_says_so_and_remote_mode_exits_3() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("fsconn.toml"),
        "conf_dir = \"freeswitch\"\nstatic_dir = \"static\"\nrecordings_dir = \"recordings\"\n[esl]\nhost = \"127.0.0.1\"\nport = 1\ntimeout = 1\n",
    )
    .unwrap();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let t = Http::new(&serve.addr, "defaultuser", "napw");
    let add = |name: &str| {
        t.post(
            "/api/users/add",
            &json!([{"name": name, "email": format!("{name}@example.com"), "context": "team"}]),
        )
    };
    // The server connects to the event socket just after it listens.
    let mut r = add("confirmed");
    for _ in 0..50 {
        if r.status != 503 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        r = add("confirmed");
    }
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.headers["x-fsconn-applied"], "yes");
    // FreeSWITCH hangs: the socket stays open, nothing answers.
    let pid = sim.child.id().to_string();
    let signal = |s: &str| {
        assert!(Command::new("kill")
            .args([s, &pid])
            .status()
            .unwrap()
            .success())
    };
    signal("-STOP");
    let r = add("unconfirmed");
    let remote = env
        .cmd()
        .args(["--server", &format!("http://{}", serve.addr)])
        .args(["--user", "defaultuser:napw", "users", "add"])
        .args([
            "--name",
            "remote",
            "--email",
            "remote@example.com",
            "--context",
            "team",
        ])
        .run();
    signal("-CONT");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.headers["x-fsconn-applied"], "no");
    // The documented body is unchanged: the user is written.
    assert_eq!(r.json()["done"][0]["name"], "unconfirmed");
    remote.code(3);
    assert!(remote.stderr.contains("not applied"), "{}", remote.stderr);
}
