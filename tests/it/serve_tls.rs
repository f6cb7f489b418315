//! `fsconn serve` over HTTPS (rustls), and a graceful stop on SIGTERM.

use crate::harness::*;

#[test]
fn https_with_a_certificate_and_digest_auth() {
    let env = TestEnv::new();
    let cert =
        rcgen::generate_simple_self_signed(vec!["localhost".to_string(), "127.0.0.1".to_string()])
            .unwrap();
    std::fs::write(env.path("cert.pem"), cert.cert.pem()).unwrap();
    std::fs::write(env.path("key.pem"), cert.signing_key.serialize_pem()).unwrap();
    let serve = Proc::start(
        env.cmd()
            .args([
                "--esl",
                "127.0.0.1:1",
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--tls-cert",
            ])
            .arg_path(&env.path("cert.pem"))
            .args(["--tls-key"])
            .arg_path(&env.path("key.pem")),
    );
    let port = serve.addr.rsplit(':').next().unwrap().to_string();
    let root = reqwest::Certificate::from_pem(cert.cert.pem().as_bytes()).unwrap();
    let client = reqwest::blocking::Client::builder()
        .add_root_certificate(root)
        .build()
        .unwrap();
    let https = Http::with_client(
        format!("https://localhost:{port}"),
        client,
        "defaultuser",
        "napw",
    );
    let r = https.get("/userinfo");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["name"], "defaultuser");
    assert_eq!(https.get("/api/users").json()["op"], "users");
    // Plain HTTP on the TLS port is not served.
    assert!(
        reqwest::blocking::get(format!("http://127.0.0.1:{port}/userinfo"))
            .map(|r| r.status().as_u16() != 401)
            .unwrap_or(true)
    );
}

#[test]
fn a_missing_certificate_is_a_settings_error() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--tls-cert",
            "/nonexistent.pem",
            "--tls-key",
            "/nonexistent.key",
        ])
        .run();
    // The first line says where it would listen; then the certificate fails.
    out.code(2);
    assert!(out.stderr.contains("/nonexistent.pem"), "{}", out.stderr);
}

#[test]
fn sigterm_stops_the_server_gracefully() {
    let env = TestEnv::new();
    let mut serve = env.start_serve("127.0.0.1:1");
    let t = Http::new(&serve.addr, "defaultuser", "napw");
    assert_eq!(t.get("/userinfo").status, 200);
    let pid = serve.child.id().to_string();
    assert!(std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let start = std::time::Instant::now();
    loop {
        if let Some(status) = serve.child.try_wait().unwrap() {
            assert!(status.success(), "{status:?}");
            break;
        }
        assert!(
            start.elapsed().as_secs() < 10,
            "still running 10 s after SIGTERM"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}
