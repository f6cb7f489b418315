//! Attacks on the live WebSocket (`/api/live`): oversized and never-ending
//! messages, cross-site handshakes, login guessing; each over real sockets
//! against the real binary, asserting the refusal and that no file changed.

use crate::harness::*;
use crate::hostile_http::trees;
use futures_util::{SinkExt, StreamExt};
use std::io::{Read, Write};
use std::time::Duration;
use tokio_tungstenite::tungstenite::protocol::frame::coding::{Data, OpCode};
use tokio_tungstenite::tungstenite::protocol::frame::Frame;
use tokio_tungstenite::tungstenite::Message;

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn connect(addr: &str, login: &str) -> Ws {
    tokio_tungstenite::connect_async(format!("ws://{addr}/api/live?login={login}"))
        .await
        .expect("websocket connect")
        .0
}

/// The close code the server ends with (None: no close frame, just EOF).
async fn close_code(ws: &mut Ws) -> Option<u16> {
    loop {
        let m = tokio::time::timeout(Duration::from_secs(10), ws.next())
            .await
            .expect("the server neither closed nor answered within 10 s");
        match m {
            Some(Ok(Message::Close(f))) => return f.map(|f| u16::from(f.code)),
            Some(Ok(_)) => continue,
            Some(Err(_)) | None => return None,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_and_endless_messages_are_closed_with_1009() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let before = trees(&env);
    // One message over the limit.
    let mut ws = connect(&serve.addr, "publicuser:napw").await;
    let big = format!(r#"{{"req":"init","x":"{}"}}"#, "a".repeat(20_000));
    let _ = ws.send(Message::text(big)).await;
    assert_eq!(close_code(&mut ws).await, Some(1009));
    // A fragmented message that never ends: small frames, never FIN.
    let mut ws = connect(&serve.addr, "publicuser:napw").await;
    let first = Frame::message(vec![b'a'; 1024], OpCode::Data(Data::Text), false);
    let _ = ws.send(Message::Frame(first)).await;
    let mut sent = 1024;
    for _ in 0..200 {
        let more = Frame::message(vec![b'a'; 1024], OpCode::Data(Data::Continue), false);
        if ws.send(Message::Frame(more)).await.is_err() {
            break;
        }
        sent += 1024;
    }
    assert_eq!(close_code(&mut ws).await, Some(1009), "after {sent} bytes");
    // Normal clients are served all along.
    let mut ok = connect(&serve.addr, "publicuser:napw").await;
    ok.send(Message::text(r#"{"req":"init"}"#)).await.unwrap();
    let m = tokio::time::timeout(Duration::from_secs(5), ok.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert!(m.to_text().unwrap().contains("init"), "{m:?}");
    // A message under the limit but far over the server's 512-byte read
    // buffer is read whole and answered, and so is a short one after it.
    let long = format!(r#"{{"req":"init","x":"{}"}}"#, "a".repeat(7_000));
    for text in [long, r#"{"req":"init"}"#.to_string()] {
        ok.send(Message::text(text)).await.unwrap();
        let m = tokio::time::timeout(Duration::from_secs(5), ok.next())
            .await
            .unwrap()
            .unwrap()
            .unwrap();
        assert!(m.to_text().unwrap().contains(r#""reply":"init""#), "{m:?}");
    }
    assert!(before == trees(&env));
}

/// A raw WebSocket handshake; the socket after the 101.
fn raw_upgrade(addr: &str, extra: &str) -> (std::net::TcpStream, String) {
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET /api/live?login=publicuser:napw HTTP/1.1\r\nHost: {addr}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n{extra}\r\n"
    )
    .unwrap();
    let mut head = Vec::new();
    let mut b = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if s.read(&mut b).unwrap() == 0 {
            break;
        }
        head.push(b[0]);
    }
    (s, String::from_utf8_lossy(&head).into_owned())
}

#[test]
fn a_frame_claiming_a_gigabyte_is_refused_before_it_is_buffered() {
    let env = TestEnv::new();
    let serve = env.start_serve("127.0.0.1:1");
    let (mut s, head) = raw_upgrade(&serve.addr, "");
    assert!(head.starts_with("HTTP/1.1 101"), "{head}");
    // FIN + text, masked, 64-bit length 1 GiB, mask key; then a little data.
    let mut frame = vec![0x81, 0xFF];
    frame.extend_from_slice(&(1u64 << 30).to_be_bytes());
    frame.extend_from_slice(&[1, 2, 3, 4]);
    frame.extend_from_slice(&[0u8; 4096]);
    s.write_all(&frame).unwrap();
    let mut reply = [0u8; 4];
    s.read_exact(&mut reply).unwrap();
    assert_eq!(reply[0], 0x88, "a close frame: {reply:?}");
    assert_eq!(u16::from_be_bytes([reply[2], reply[3]]), 1009);
}

#[test]
fn cross_site_handshakes_and_login_guessing_are_refused() {
    let env = TestEnv::new();
    env.write_settings("[serve]\nlogin_free_failures = 2");
    let serve = env.start_serve("127.0.0.1:1");
    let before = trees(&env);
    // A page on another site opening our WebSocket (with the user's
    // credentials) is refused; so is a cross-site fetch without Origin.
    for extra in [
        "Origin: https://evil.example\r\n",
        "Origin: null\r\n",
        "Sec-Fetch-Site: cross-site\r\n",
    ] {
        let (_s, head) = raw_upgrade(&serve.addr, extra);
        assert!(head.starts_with("HTTP/1.1 403"), "{extra}: {head}");
    }
    // Our own page may.
    let own = format!("Origin: http://{}\r\n", serve.addr);
    let (_s, head) = raw_upgrade(&serve.addr, &own);
    assert!(head.starts_with("HTTP/1.1 101"), "{head}");
    // Guessing ?login= passwords: 401, then 429 with Retry-After.
    let get = |login: &str| {
        reqwest::blocking::get(format!("http://{}/api/live?login={login}", serve.addr)).unwrap()
    };
    for i in 0..3 {
        assert_eq!(get(&format!("publicuser:guess{i}")).status(), 401);
    }
    let r = get("publicuser:napw");
    assert_eq!(r.status(), 429);
    assert!(r.headers().contains_key("retry-after"));
    assert!(before == trees(&env));
}

/// An `init` larger than the server's 16 KiB write fragment (here 80
/// members) arrives as one whole message, and the client is served after.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_init_arrives_whole() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let fs = crate::live_ws::esl(&sim.addr).await;
    for _ in 0..80 {
        let r = fs.api("sim join public_g722 20000").await.unwrap();
        assert!(r.starts_with("+OK"), "{r}");
    }
    let mut ws = connect(&serve.addr, "defaultuser:napw").await;
    let mut members = 0;
    for _ in 0..100 {
        ws.send(Message::text(r#"{"req":"init","version":2}"#))
            .await
            .unwrap();
        // Events of the joins may come first: the reply is the init.
        let (text, v) = loop {
            let m = tokio::time::timeout(Duration::from_secs(5), ws.next())
                .await
                .unwrap()
                .unwrap()
                .unwrap();
            let text = m.to_text().unwrap().to_string();
            let v: serde_json::Value = serde_json::from_str(&text).unwrap();
            if v["reply"] == "init" {
                break (text, v);
            }
        };
        members = v["data"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["name"] == "public_g722")
            .map(|c| c["members"].as_array().unwrap().len())
            .sum::<usize>();
        if members == 80 {
            assert!(text.len() > 16 * 1024, "{} bytes", text.len());
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(members, 80);
    ws.send(Message::text(r#"{"req":"initreg"}"#))
        .await
        .unwrap();
    loop {
        let m = tokio::time::timeout(Duration::from_secs(5), ws.next())
            .await
            .unwrap()
            .unwrap()
            .unwrap();
        if m.to_text().unwrap().contains(r#""reply":"initreg""#) {
            break;
        }
    }
}
