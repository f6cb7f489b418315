//! The ends of a live connection and of the switch behind it, through the
//! real `fsconn serve` and `fsconn sim`: the server says goodbye (1001) on
//! SIGTERM over HTTP and HTTPS, answers a client's Close, tells clients
//! `newXML` when the config changed while FreeSWITCH was away, and shows
//! CLI deletions and members as the directory knows them.

use crate::harness::*;
use crate::live_ws::{esl, LiveClient};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::WebSocketStream;

/// The first Close frame the server sends, within 15 s (`None`: the
/// connection ended without one).
async fn close_frame<S: AsyncRead + AsyncWrite + Unpin>(
    ws: &mut WebSocketStream<S>,
) -> Option<CloseFrame> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        match tokio::time::timeout_at(deadline, ws.next()).await {
            Ok(Some(Ok(Message::Close(f)))) => return f,
            Ok(Some(Ok(_))) => continue,
            Ok(Some(Err(e))) => panic!("websocket error instead of a Close frame: {e}"),
            Ok(None) => return None,
            Err(_) => panic!("no Close frame within 15 s"),
        }
    }
}

/// Wait up to 15 s for `p` to exit; its exit code.
fn exit_code(p: &mut Proc) -> Option<i32> {
    for _ in 0..300 {
        if let Some(status) = p.child.try_wait().unwrap() {
            return status.code();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("the server did not exit within 15 s of SIGTERM");
}

fn tls_serve(env: &TestEnv, esl_addr: &str) -> (Proc, rcgen::CertifiedKey<rcgen::KeyPair>) {
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    std::fs::write(env.path("cert.pem"), cert.cert.pem()).unwrap();
    std::fs::write(env.path("key.pem"), cert.signing_key.serialize_pem()).unwrap();
    let serve = Proc::start(
        env.cmd()
            .args(["--esl", esl_addr, "serve", "--listen", "127.0.0.1:0"])
            .args(["--tls-cert"])
            .arg_path(&env.path("cert.pem"))
            .args(["--tls-key"])
            .arg_path(&env.path("key.pem")),
    );
    (serve, cert)
}

/// A `wss://` client that trusts `cert`.
async fn wss(
    addr: &str,
    cert: &rcgen::CertifiedKey<rcgen::KeyPair>,
    login: &str,
) -> WebSocketStream<tokio_rustls::client::TlsStream<tokio::net::TcpStream>> {
    let mut roots = rustls::RootCertStore::empty();
    roots.add(cert.cert.der().clone()).unwrap();
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let name = rustls::pki_types::ServerName::try_from("localhost").unwrap();
    let tls = tokio_rustls::TlsConnector::from(Arc::new(config))
        .connect(name, tcp)
        .await
        .expect("TLS handshake");
    let port = addr.rsplit(':').next().unwrap();
    let url = format!("wss://localhost:{port}/api/live?login={login}");
    tokio_tungstenite::client_async(url, tls)
        .await
        .expect("websocket over TLS")
        .0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_closes_every_live_client_with_1001_over_http_and_https() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let mut plain = env.start_serve(&sim.addr);
    let (mut tls, cert) = tls_serve(&env, &sim.addr);
    let (mut a, _) = tokio_tungstenite::connect_async(format!(
        "ws://{}/api/live?login=defaultuser:napw",
        plain.addr
    ))
    .await
    .unwrap();
    let mut b = wss(&tls.addr, &cert, "defaultuser:napw").await;
    // Both are really live: each answers init.
    a.send(Message::text(r#"{"req":"init"}"#)).await.unwrap();
    b.send(Message::text(r#"{"req":"init"}"#)).await.unwrap();
    assert!(a.next().await.unwrap().unwrap().is_text());
    assert!(b.next().await.unwrap().unwrap().is_text());
    for p in [&plain, &tls] {
        let pid = p.child.id().to_string();
        assert!(std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success());
    }
    let fa = close_frame(&mut a).await.expect("a Close frame over HTTP");
    let fb = close_frame(&mut b).await.expect("a Close frame over HTTPS");
    assert_eq!(fa.code, CloseCode::Away, "{fa:?}");
    assert_eq!(fb.code, CloseCode::Away, "{fb:?}");
    assert_eq!(exit_code(&mut plain), Some(0));
    assert_eq!(exit_code(&mut tls), Some(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clients_close_frame_is_answered_with_a_close_frame() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let (mut ws, _) = tokio_tungstenite::connect_async(format!(
        "ws://{}/api/live?login=defaultuser:napw",
        serve.addr
    ))
    .await
    .unwrap();
    ws.send(Message::text(r#"{"req":"init"}"#)).await.unwrap();
    let first = ws.next().await.unwrap().unwrap();
    assert!(first.is_text(), "{first:?}");
    ws.send(Message::Close(Some(CloseFrame {
        code: CloseCode::Normal,
        reason: "bye".into(),
    })))
    .await
    .unwrap();
    let answer = close_frame(&mut ws)
        .await
        .expect("the server's Close frame");
    assert_eq!(answer.code, CloseCode::Normal, "{answer:?}");
}

/// Wait until the server has connected to the sim (its first resync ran).
async fn ready(env: &TestEnv, times: usize) {
    for _ in 0..200 {
        let n = env
            .sim_commands()
            .iter()
            .filter(|c| *c == "api sofia status profile internal reg")
            .count();
        if n >= times {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("server never (re)connected: {:?}", env.sim_commands());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_config_changed_while_freeswitch_was_away_brings_newxml() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let addr = sim.addr.clone();
    let serve = env.start_serve(&addr);
    ready(&env, 1).await;
    let mut client = LiveClient::connect(&serve.addr, "publicuser:napw").await;
    client.request(json!({"req": "initreg"})).await;
    drop(sim);
    tokio::time::sleep(Duration::from_millis(300)).await;
    env.cmd()
        .args([
            "users",
            "add",
            "--name",
            "whiledown",
            "--email",
            "w@example.com",
            "--context",
            "team",
            "--password",
            "whiledownpw1",
        ])
        .run()
        .ok();
    let _sim = env.start_sim_on(&addr);
    let got = client.until("newXML").await;
    assert_eq!(got.last().unwrap(), &json!({"event": "newXML"}));
    let base = serve.addr.clone();
    let status = tokio::task::spawn_blocking(move || {
        Http::new(&base, "whiledown", "whiledownpw1")
            .get("/userinfo")
            .status
    })
    .await
    .unwrap();
    assert_eq!(status, 200, "the server re-read the directory");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unchanged_config_brings_no_newxml_after_a_restart() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let addr = sim.addr.clone();
    let serve = env.start_serve(&addr);
    ready(&env, 1).await;
    let mut client = LiveClient::connect(&serve.addr, "publicuser:napw").await;
    client.request(json!({"req": "initreg"})).await;
    drop(sim);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let _sim = env.start_sim_on(&addr);
    ready(&env, 2).await;
    let after = client.quiet(1000).await;
    assert!(!after.iter().any(|m| m["event"] == "newXML"), "{after:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_deleted_with_the_cli_ends_its_registration_for_live_clients() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    ready(&env, 1).await;
    let mut client = LiveClient::connect(&serve.addr, "defaultuser:napw").await;
    client.request(json!({"req": "initreg"})).await;
    esl(&sim.addr)
        .await
        .api("sim register 21000")
        .await
        .unwrap();
    let added = client.until("addReg").await;
    assert!(
        added.last().unwrap().to_string().contains("21000"),
        "{added:?}"
    );
    env.cmd_esl(&sim.addr)
        .args(["users", "del", "21000", "--yes"])
        .run()
        .ok();
    let got = client.until("delReg").await;
    let del: &Value = got.last().unwrap();
    assert!(del.to_string().contains("21000"), "{del}");
    assert!(
        env.sim_commands()
            .iter()
            .any(|c| c.contains("flush_inbound_reg 21000@")),
        "{:?}",
        env.sim_commands()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_posing_under_another_display_name_is_shown_by_directory_name() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    ready(&env, 1).await;
    let mut client = LiveClient::connect(&serve.addr, "defaultuser:napw").await;
    client.request(json!({"req": "init"})).await;
    let fs = esl(&sim.addr).await;
    // Someone opens the conference; the poser joins it.
    fs.api("sim join friends_opus 20000").await.unwrap();
    client.until("newConference").await;
    fs.api("sim join friends_opus 21000 Some Other Name")
        .await
        .unwrap();
    let got = client.until("newMember").await;
    let member = &got.last().unwrap()["data"];
    assert_eq!(member["id"], "21000", "{member}");
    assert_eq!(member["name"], "frienduser", "{member}");
}
