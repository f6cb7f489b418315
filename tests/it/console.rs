//! The web console: a person signs in with a page of their own and uses the
//! whole system in a browser. The session endpoint over plain HTTP here;
//! the console itself in Debian's chromium (tests/browser/console_test.py,
//! python3-selenium + chromium-driver, installed by `.ci/run`).

use crate::harness::*;
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// A 1.5 s 440 Hz mono 8 kHz PCM WAV, as FreeSWITCH records them.
fn wav() -> Vec<u8> {
    let rate = 8000u32;
    let samples: Vec<i16> = (0..rate * 3 / 2)
        .map(|i| ((i as f32 * 440.0 * std::f32::consts::TAU / rate as f32).sin() * 8000.0) as i16)
        .collect();
    let data_len = (samples.len() * 2) as u32;
    let mut v = Vec::new();
    v.extend_from_slice(b"RIFF");
    v.extend_from_slice(&(36 + data_len).to_le_bytes());
    v.extend_from_slice(b"WAVEfmt ");
    v.extend_from_slice(&16u32.to_le_bytes());
    v.extend_from_slice(&1u16.to_le_bytes()); // PCM
    v.extend_from_slice(&1u16.to_le_bytes()); // mono
    v.extend_from_slice(&rate.to_le_bytes());
    v.extend_from_slice(&(rate * 2).to_le_bytes());
    v.extend_from_slice(&2u16.to_le_bytes());
    v.extend_from_slice(&16u16.to_le_bytes());
    v.extend_from_slice(b"data");
    v.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        v.extend_from_slice(&s.to_le_bytes());
    }
    v
}

/// A served example config with the sim behind it, resynced.
fn running() -> (TestEnv, Proc, Proc) {
    let env = TestEnv::new();
    for name in [
        "team_g722-2021-08-31T12:09:15.578Z.wav",
        "friends_opus-2021-09-01T10:00:00.000Z.wav",
    ] {
        std::fs::write(env.path("recordings").join(name), wav()).unwrap();
    }
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    for _ in 0..200 {
        if env
            .sim_commands()
            .iter()
            .any(|c| c == "api sofia status profile internal reg")
        {
            break;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    (env, sim, serve)
}

fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::new()
}

/// Sign in; the `Cookie` header value to send back.
fn sign_in(addr: &str, user: &str, password: &str) -> Result<(String, Value), u16> {
    let r = client()
        .post(format!("http://{addr}/api/session"))
        .header("content-type", "application/json")
        .body(json!({"user": user, "password": password}).to_string())
        .send()
        .unwrap();
    if !r.status().is_success() {
        assert!(
            r.headers().get("www-authenticate").is_none(),
            "no browser dialog"
        );
        return Err(r.status().as_u16());
    }
    let set = r.headers()["set-cookie"].to_str().unwrap().to_string();
    for part in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age="] {
        assert!(set.contains(part), "{set}");
    }
    let cookie = set.split(';').next().unwrap().to_string();
    Ok((cookie, r.json().unwrap()))
}

fn get(addr: &str, path: &str, headers: &[(&str, &str)]) -> (u16, String) {
    let mut req = client().get(format!("http://{addr}{path}"));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let r = req.send().unwrap();
    (r.status().as_u16(), r.text().unwrap())
}

#[test]
fn a_session_signs_in_with_the_same_users_and_context_rules_as_digest() {
    let (_env, _sim, serve) = running();
    let a = serve.addr.as_str();
    assert_eq!(sign_in(a, "defaultuser", "wrong"), Err(401));
    assert_eq!(sign_in(a, "nobody", "napw"), Err(401));
    let (team, me) = sign_in(a, "defaultuser", "napw").unwrap();
    assert_eq!(me["role"], "team");
    assert_eq!(me["freeswitch"], true);
    let (s, body) = get(a, "/api/users", &[("cookie", &team)]);
    assert_eq!(s, 200, "{body}");
    assert!(body.contains("frienduser"));
    let (friend, _) = sign_in(a, "frienduser", "napw").unwrap();
    let (s, body) = get(a, "/api/users", &[("cookie", &friend)]);
    assert_eq!((s, body.as_str()), (401, r#"{"error":"wrong context"}"#));
    assert_eq!(get(a, "/fr/friendsrec", &[("cookie", &friend)]).0, 200);
    let (public, _) = sign_in(a, "publicuser", "napw").unwrap();
    assert_eq!(get(a, "/fr/friendsrec", &[("cookie", &public)]).0, 401);
    assert_eq!(get(a, "/pubxml", &[("cookie", &public)]).0, 200);
    // A forged token, or none: digest challenge for other clients, a plain
    // 401 for the console.
    let forged = "fsconn_session=00112233";
    let (s, _) = get(a, "/api/users", &[("cookie", forged)]);
    assert_eq!(s, 401);
    let (s, body) = get(
        a,
        "/api/users",
        &[("cookie", forged), ("x-fsconn-console", "1")],
    );
    assert_eq!(s, 401);
    assert!(body.contains("sign in again"), "{body}");
}

#[test]
fn a_cross_site_request_does_not_get_the_session() {
    let (_env, _sim, serve) = running();
    let a = serve.addr.as_str();
    let (team, _) = sign_in(a, "defaultuser", "napw").unwrap();
    let own = format!("http://{a}");
    assert_eq!(
        get(a, "/api/users", &[("cookie", &team), ("origin", &own)]).0,
        200
    );
    for bad in [
        [
            ("origin", "http://evil.example"),
            ("sec-fetch-site", "none"),
        ],
        [("origin", "null"), ("sec-fetch-site", "none")],
        [("sec-fetch-site", "cross-site"), ("x-nothing", "")],
    ] {
        let mut h = vec![("cookie", team.as_str())];
        h.extend(bad.iter().copied().filter(|(k, _)| !k.starts_with("x-")));
        assert_eq!(get(a, "/api/users", &h).0, 401, "{bad:?}");
    }
}

#[test]
fn sign_out_ends_the_session_and_a_changed_password_too() {
    let (env, sim, serve) = running();
    let a = serve.addr.as_str();
    let (one, _) = sign_in(a, "defaultuser", "napw").unwrap();
    let (two, _) = sign_in(a, "defaultuser", "napw").unwrap();
    let r = client()
        .delete(format!("http://{a}/api/session"))
        .header("cookie", &one)
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 204);
    assert!(r.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .contains("Max-Age=0"));
    assert_eq!(get(a, "/api/users", &[("cookie", &one)]).0, 401);
    assert_eq!(get(a, "/api/users", &[("cookie", &two)]).0, 200);
    env.cmd_esl(&sim.addr)
        .args(["users", "mod", "20000", "--password", "changed1"])
        .run()
        .ok();
    // The server re-reads the files on RELOADXML.
    let mut status = 200;
    for _ in 0..100 {
        status = get(a, "/api/users", &[("cookie", &two)]).0;
        if status == 401 {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(status, 401, "a session survived a password change");
    assert!(sign_in(a, "defaultuser", "changed1").is_ok());
}

#[test]
fn sessions_expire() {
    let env = TestEnv::new();
    env.write_settings("[serve]\nsession_ttl = 1");
    let serve = env.start_serve("127.0.0.1:1");
    let a = serve.addr.as_str();
    let (c, _) = sign_in(a, "defaultuser", "napw").unwrap();
    assert_eq!(get(a, "/userinfo", &[("cookie", &c)]).0, 200);
    std::thread::sleep(Duration::from_millis(1100));
    assert_eq!(get(a, "/userinfo", &[("cookie", &c)]).0, 401);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_live_websocket_accepts_the_session() {
    use tokio_tungstenite::tungstenite::{client::IntoClientRequest, Message};
    let (_env, _sim, serve) = tokio::task::spawn_blocking(running).await.unwrap();
    let addr = serve.addr.clone();
    let a = addr.clone();
    let (cookie, _) = tokio::task::spawn_blocking(move || sign_in(&a, "frienduser", "napw"))
        .await
        .unwrap()
        .unwrap();
    let mut req = format!("ws://{addr}/api/live")
        .into_client_request()
        .unwrap();
    req.headers_mut().insert("cookie", cookie.parse().unwrap());
    let (mut ws, _) = tokio_tungstenite::connect_async(req).await.unwrap();
    ws.send(Message::text(r#"{"req":"init"}"#)).await.unwrap();
    let reply = tokio::time::timeout(Duration::from_secs(5), ws.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    let v: Value = serde_json::from_str(reply.to_text().unwrap()).unwrap();
    assert_eq!(v["reply"], "init", "{v}");
    // A page on another site cannot open it with the cookie.
    let mut req = format!("ws://{addr}/api/live")
        .into_client_request()
        .unwrap();
    req.headers_mut().insert("cookie", cookie.parse().unwrap());
    req.headers_mut()
        .insert("origin", "http://evil.example".parse().unwrap());
    assert!(tokio_tungstenite::connect_async(req).await.is_err());
}

#[test]
fn the_console_is_served_at_the_root_and_web_root_still_replaces_it() {
    let env = TestEnv::new();
    let serve = env.start_serve("127.0.0.1:1");
    let (s, body) = get(&serve.addr, "/", &[]);
    assert_eq!(s, 200);
    assert!(body.contains("Sign in to fsconn"), "{body}");
    let r = client()
        .get(format!("http://{}/app.js", serve.addr))
        .send()
        .unwrap();
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));
    assert!(r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("script-src 'self'"));
    assert_eq!(get(&serve.addr, "/nothing.js", &[]).0, 404);
    drop(serve);
    let web = env.path("fsconcli");
    std::fs::create_dir_all(&web).unwrap();
    std::fs::write(web.join("index.html"), "the original client").unwrap();
    let serve = Proc::start(env.cmd().args([
        "--esl",
        "127.0.0.1:1",
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--web-root",
        web.to_str().unwrap(),
    ]));
    assert_eq!(get(&serve.addr, "/", &[]).1, "the original client");
    assert_eq!(get(&serve.addr, "/app.js", &[]).0, 404);
}

fn need(path: &str, package: &str) {
    assert!(
        Path::new(path).exists(),
        "{path} is missing: apt-get install {package} (see .ci/run)"
    );
}

/// Where the screenshots go: `FSCONN_SCREENSHOTS=docs/screenshots` refreshes
/// the README's; by default a scratch dir under target/.
fn screenshot_dir() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    match std::env::var_os("FSCONN_SCREENSHOTS") {
        Some(d) => root.join(d),
        None => root.join("target/console-screenshots"),
    }
}

#[test]
fn the_console_works_in_a_real_browser() {
    need("/usr/bin/chromium", "chromium");
    need("/usr/bin/chromedriver", "chromium-driver");
    need(
        "/usr/lib/python3/dist-packages/selenium",
        "python3-selenium",
    );
    let (env, sim, serve) = running();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/browser/console_test.py");
    let out = Command::new("/usr/bin/python3")
        .arg(script)
        .arg(format!("http://{}", serve.addr))
        .arg(&sim.addr)
        .arg(env.path("sim-commands.log"))
        .arg(env.conf(""))
        .arg(sim.child.id().to_string())
        .arg(screenshot_dir())
        .output()
        .expect("run the browser test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    assert!(
        out.status.success() && stdout.contains(" passed, 0 failed"),
        "browser test failed:\n{stdout}\n{stderr}"
    );
}
