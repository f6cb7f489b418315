//! Revoked access ends at once: a live WebSocket opened before a user is
//! moved, deleted, given a new password, or signs out is closed with its
//! code, and nothing it sends afterwards reaches FreeSWITCH. Real `fsconn
//! sim` as the switch, real `fsconn serve`, real sockets; the changes are
//! made the ways an admin makes them (the CLI with and without a reload,
//! the API, the console's sign-out).

use crate::harness::*;
use fsconn::esl::client::{ClientConfig, EslClient};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use std::time::{Duration, Instant};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::Message;

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

pub const VICTIM_PW: &str = "Victim-pw-1";
/// The victim's Polycom phone.
pub const VICTIM_MAC: &str = "0004f2aabbcc";

pub struct World {
    pub env: TestEnv,
    pub sim: Proc,
    pub serve: Proc,
    /// The team user whose access is revoked, and their id.
    pub victim_id: String,
}

fn admin(w: &World) -> Http {
    Http::new(&w.serve.addr, "defaultuser", "napw")
}

/// sim + serve, the server connected, `team_g722` running, and a second
/// team user `victim`.
pub async fn world() -> World {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let mut w = World {
        env,
        sim,
        serve,
        victim_id: String::new(),
    };
    for _ in 0..200 {
        let cmds = w.env.sim_commands();
        if cmds
            .iter()
            .any(|c| c == "api sofia status profile internal reg")
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let fs = EslClient::connect(ClientConfig::new(&w.sim.addr, "ClueCon"))
        .await
        .unwrap();
    fs.api("sim join team_g722 20000").await.unwrap();
    let body = json!([{"name": "victim", "email": "v@example.invalid", "context": "team",
        "password": VICTIM_PW, "polymac": VICTIM_MAC}]);
    let r = tokio::task::block_in_place(|| admin(&w).post("/api/users/add", &body));
    assert_eq!(r.status, 200, "{}", r.text());
    w.victim_id = r.json()["done"][0]["id"].as_str().unwrap().to_string();
    w
}

pub async fn connect(addr: &str, login: Option<&str>, cookie: Option<&str>) -> Ws {
    let url = match login {
        Some(l) => format!("ws://{addr}/api/live?login={l}"),
        None => format!("ws://{addr}/api/live"),
    };
    let mut req = url.into_client_request().unwrap();
    if let Some(c) = cookie {
        req.headers_mut().insert("cookie", c.parse().unwrap());
    }
    tokio_tungstenite::connect_async(req).await.expect("ws").0
}

/// The next text message, within 5 s.
async fn next_text(ws: &mut Ws) -> Value {
    loop {
        let m = tokio::time::timeout(Duration::from_secs(5), ws.next())
            .await
            .expect("a message within 5 s")
            .expect("open")
            .expect("no error");
        if let Message::Text(t) = m {
            return serde_json::from_str(t.as_str()).unwrap();
        }
    }
}

/// Lock then unlock `team_g722` over `ws` (v2: each answered with `done`);
/// the switch got both.
pub async fn lock_works(w: &World, ws: &mut Ws) {
    ws.send(Message::text(r#"{"req":"init","version":2}"#))
        .await
        .unwrap();
    while next_text(ws).await["event"] != "reply" {}
    for call in ["lock", "unlock"] {
        let req = json!({"req": "exec", "conference": "team_g722", "call": call});
        ws.send(Message::text(req.to_string())).await.unwrap();
        loop {
            let v = next_text(ws).await;
            if v["event"] == "done" {
                break;
            }
            assert_ne!(v["event"], "error", "{v}");
        }
    }
    let cmds = w.env.sim_commands();
    assert!(cmds.iter().any(|c| c == "api conference team_g722 lock"));
}

fn locks(w: &World) -> usize {
    let lock = |c: &&String| c.as_str() == "api conference team_g722 lock";
    w.env.sim_commands().iter().filter(lock).count()
}

/// After the change: the socket is closed with `code` (the time it took is
/// returned), and the lock it tries to send right away never reaches the
/// switch, nor does anything afterwards.
pub async fn closed_and_silenced(w: &World, ws: &mut Ws, code: u16, since: Instant) -> Duration {
    let before = locks(w);
    let req = json!({"req": "exec", "conference": "team_g722", "call": "lock"});
    let _ = ws.send(Message::text(req.to_string())).await;
    let deadline = Duration::from_secs(5);
    let close = loop {
        match tokio::time::timeout(deadline, ws.next()).await {
            Ok(Some(Ok(Message::Close(frame)))) => break frame,
            Ok(Some(Ok(Message::Text(t)))) => {
                let v: Value = serde_json::from_str(t.as_str()).unwrap();
                assert_ne!(v["event"], "done", "a control was carried out: {v}");
            }
            Ok(Some(Ok(_))) => {}
            other => panic!("no close frame within 5 s: {other:?}"),
        }
    };
    let took = since.elapsed();
    let frame = close.expect("a close frame with a code");
    assert_eq!(u16::from(frame.code), code, "{frame:?}");
    let _ = ws.send(Message::text(req.to_string())).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(locks(w), before, "the switch got a lock after the change");
    eprintln!("closed with {code} {:?} after the change", took);
    took
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moved_from_team_to_public_by_the_cli_without_reload_closes_the_socket() {
    let w = world().await;
    let mut ws = connect(&w.serve.addr, Some(&format!("victim:{VICTIM_PW}")), None).await;
    lock_works(&w, &mut ws).await;
    let snapshot = w.env.snapshot();
    // `cmd()` runs with --no-reload: only the files change; the server
    // notices that itself.
    let t = Instant::now();
    w.env
        .cmd()
        .args(["users", "mod", &w.victim_id, "--context", "public"])
        .run()
        .ok();
    assert_ne!(w.env.snapshot(), snapshot);
    closed_and_silenced(&w, &mut ws, 4001, t).await;
    // A new socket gets the new rights only: public users may not lock.
    let mut again = connect(&w.serve.addr, Some(&format!("victim:{VICTIM_PW}")), None).await;
    again
        .send(Message::text(
            r#"{"req":"exec","conference":"team_g722","call":"lock"}"#,
        ))
        .await
        .unwrap();
    assert_eq!(next_text(&mut again).await["event"], "error");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleted_by_the_cli_closes_the_socket() {
    let w = world().await;
    let mut ws = connect(&w.serve.addr, Some(&format!("victim:{VICTIM_PW}")), None).await;
    lock_works(&w, &mut ws).await;
    let t = Instant::now();
    w.env
        .cmd_esl(&w.sim.addr)
        .args(["users", "del", "--yes", &w.victim_id])
        .run()
        .ok();
    closed_and_silenced(&w, &mut ws, 4001, t).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_password_from_an_admin_closes_the_socket_and_ends_the_sessions() {
    let w = world().await;
    let login = format!("victim:{VICTIM_PW}");
    let mut ws = connect(&w.serve.addr, Some(&login), None).await;
    lock_works(&w, &mut ws).await;
    let cookie = tokio::task::block_in_place(|| sign_in(&w.serve.addr, "victim", VICTIM_PW));
    let mut by_cookie = connect(&w.serve.addr, None, Some(&cookie)).await;
    lock_works(&w, &mut by_cookie).await;
    let t = Instant::now();
    let body = json!([{"id": w.victim_id, "password": "Other-pw-2"}]);
    let r = tokio::task::block_in_place(|| admin(&w).post("/api/users/mod", &body));
    assert_eq!(r.status, 200, "{}", r.text());
    closed_and_silenced(&w, &mut ws, 4001, t).await;
    closed_and_silenced(&w, &mut by_cookie, 4002, t).await;
    let status = tokio::task::block_in_place(|| whoami(&w.serve.addr, &cookie));
    assert_eq!(status, 401, "the session ended with the old password");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_out_of_the_console_closes_the_sockets_of_that_session() {
    let w = world().await;
    let cookie = tokio::task::block_in_place(|| sign_in(&w.serve.addr, "victim", VICTIM_PW));
    let other = tokio::task::block_in_place(|| sign_in(&w.serve.addr, "victim", VICTIM_PW));
    let mut ws = connect(&w.serve.addr, None, Some(&cookie)).await;
    let mut kept = connect(&w.serve.addr, None, Some(&other)).await;
    lock_works(&w, &mut ws).await;
    let t = Instant::now();
    let status = tokio::task::block_in_place(|| {
        reqwest::blocking::Client::new()
            .delete(format!("http://{}/api/session", w.serve.addr))
            .header("cookie", &cookie)
            .header("content-type", "application/json")
            .body("{}")
            .send()
            .unwrap()
            .status()
    });
    assert_eq!(status, 204);
    closed_and_silenced(&w, &mut ws, 4002, t).await;
    // The same user's other session (another browser) goes on.
    lock_works(&w, &mut kept).await;
}

/// `POST /api/session`: the `fsconn_session=...` cookie pair.
pub fn sign_in(addr: &str, user: &str, password: &str) -> String {
    let r = reqwest::blocking::Client::new()
        .post(format!("http://{addr}/api/session"))
        .json(&json!({"user": user, "password": password}))
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    let set = r.headers()["set-cookie"].to_str().unwrap().to_string();
    set.split(';').next().unwrap().to_string()
}

/// `GET /api/session` with the cookie, as the console asks: the status.
pub fn whoami(addr: &str, cookie: &str) -> u16 {
    reqwest::blocking::Client::new()
        .get(format!("http://{addr}/api/session"))
        .header("cookie", cookie)
        .header("x-fsconn-console", "1")
        .send()
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_change_nobody_announced_closes_a_silent_socket() {
    let w = world().await;
    let mut ws = connect(&w.serve.addr, Some(&format!("victim:{VICTIM_PW}")), None).await;
    lock_works(&w, &mut ws).await;
    let before = locks(&w);
    // No reload and no request from the client: only the server's own look
    // at the directory files can notice this.
    let t = Instant::now();
    w.env
        .cmd()
        .args(["users", "mod", &w.victim_id, "--password", "Silent-pw-8"])
        .run()
        .ok();
    let code = loop {
        match tokio::time::timeout(Duration::from_secs(5), ws.next()).await {
            Ok(Some(Ok(Message::Close(Some(f))))) => break u16::from(f.code),
            Ok(Some(Ok(_))) => {}
            other => panic!("no close frame within 5 s: {other:?}"),
        }
    };
    eprintln!(
        "closed with {code} {:?} after the change (watcher)",
        t.elapsed()
    );
    assert_eq!(code, 4001);
    assert_eq!(locks(&w), before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_session_closes_its_socket() {
    let env = TestEnv::new();
    env.write_settings("[serve]\nsession_ttl = 1");
    let serve = Proc::start(env.cmd().args(["serve", "--listen", "127.0.0.1:0"]));
    let cookie = tokio::task::block_in_place(|| sign_in(&serve.addr, "frienduser", "napw"));
    let t = Instant::now();
    let mut ws = connect(&serve.addr, None, Some(&cookie)).await;
    ws.send(Message::text(r#"{"req":"init"}"#)).await.unwrap();
    let code = loop {
        match tokio::time::timeout(Duration::from_secs(5), ws.next()).await {
            Ok(Some(Ok(Message::Close(Some(f))))) => break u16::from(f.code),
            Ok(Some(Ok(_))) => {}
            other => panic!("no close frame within 5 s: {other:?}"),
        }
    };
    assert_eq!(code, 4002);
    assert!(
        t.elapsed() >= Duration::from_millis(500),
        "closed before expiry"
    );
    assert_eq!(
        tokio::task::block_in_place(|| whoami(&serve.addr, &cookie)),
        401
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_download_under_way_stops_when_the_session_ends() {
    use std::io::Read;
    let w = world().await;
    // A recording far larger than the loopback socket buffers.
    let size = 64 * 1024 * 1024;
    let name = "team_g722-2021-08-31T12:09:15.578Z.wav";
    std::fs::write(w.env.path("recordings").join(name), vec![7u8; size]).unwrap();
    let addr = w.serve.addr.clone();
    let victim = w.victim_id.clone();
    let (read, error) = tokio::task::block_in_place(|| {
        let cookie = sign_in(&addr, "victim", VICTIM_PW);
        let mut r = reqwest::blocking::Client::new()
            .get(format!("http://{addr}/api/recordings/{name}"))
            .header("cookie", &cookie)
            .send()
            .unwrap();
        assert_eq!(r.status(), 200);
        let mut buf = vec![0u8; 1024 * 1024];
        r.read_exact(&mut buf).unwrap();
        // An admin gives the user a new password: the session ends.
        let body = json!([{"id": victim, "password": "Other-pw-2"}]);
        let m = Http::new(&addr, "defaultuser", "napw").post("/api/users/mod", &body);
        assert_eq!(m.status, 200, "{}", m.text());
        let mut rest = Vec::new();
        let error = r.read_to_end(&mut rest).err();
        (buf.len() + rest.len(), error)
    });
    assert!(
        error.is_some(),
        "the download went on to the end ({read} bytes)"
    );
    assert!(read < size, "{read} of {size} bytes");
    eprintln!("download cut after {read} of {size} bytes");
}
