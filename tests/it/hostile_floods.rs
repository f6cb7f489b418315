//! Floods against `fsconn serve` (issue 19, items 2, 3 and 5), each over
//! real sockets against the real binary: 100,000+ distinct failed logins
//! must not switch the login throttle off, failures from elsewhere must not
//! lock the real admin out, and slowly trickled request bodies are cut off
//! while the server keeps answering.

use crate::harness::*;
use crate::hostile_http::{start_serve_logged, trees};
use serde_json::json;
use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::time::Duration;

/// `POST /api/session` for `user` from `from`; the status and the
/// `Set-Cookie` session token, if any. `cookie` is sent when given.
fn sign_in(addr: &str, from: IpAddr, user: &str, pw: &str, cookie: Option<&str>) -> (u16, String) {
    let client = reqwest::blocking::Client::builder()
        .local_address(from)
        .build()
        .unwrap();
    let mut req = client
        .post(format!("http://{addr}/api/session"))
        .json(&json!({ "user": user, "password": pw }));
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    let r = req.send().unwrap();
    let cookie = r
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .unwrap_or("")
        .to_string();
    (r.status().as_u16(), cookie)
}

/// A digest login of `user` from `from` (`GET /userinfo`).
fn digest(addr: &str, from: IpAddr, user: &str, pw: &str) -> u16 {
    let client = reqwest::blocking::Client::builder()
        .local_address(from)
        .build()
        .unwrap();
    Http::with_client(format!("http://{addr}"), client, user, pw)
        .get("/userinfo")
        .status
}

fn v4(a: u8, b: u8, c: u8, d: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(a, b, c, d))
}

/// `n` failed console sign-ins, each with its own junk name from its own
/// 127/8 address, `conc` at a time; the statuses seen, counted.
fn flood(server: SocketAddr, n: u32, conc: u32) -> std::collections::BTreeMap<u16, u32> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let next = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(0));
        let mut tasks = Vec::new();
        for _ in 0..conc {
            let next = next.clone();
            tasks.push(tokio::spawn(async move {
                let mut seen = std::collections::BTreeMap::new();
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if i >= n {
                        return seen;
                    }
                    *seen.entry(one_junk_login(server, i).await).or_insert(0) += 1;
                }
            }));
        }
        let mut all = std::collections::BTreeMap::new();
        for t in tasks {
            for (k, v) in t.await.unwrap() {
                *all.entry(k).or_insert(0) += v;
            }
        }
        all
    })
}

/// Junk login number `i` from 127.10.0.0 + `i`; its HTTP status (0: none).
async fn one_junk_login(server: SocketAddr, i: u32) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let from = Ipv4Addr::from(u32::from(Ipv4Addr::new(127, 10, 0, 0)) + i);
    let sock = tokio::net::TcpSocket::new_v4().unwrap();
    sock.bind(SocketAddr::new(from.into(), 0)).unwrap();
    let Ok(mut s) = sock.connect(server).await else {
        return 0;
    };
    let body = format!(r#"{{"user":"junk-{i}","password":"x"}}"#);
    let req = format!(
        "POST /api/session HTTP/1.1\r\nHost: {server}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    if s.write_all(req.as_bytes()).await.is_err() {
        return 0;
    }
    let mut buf = [0u8; 12];
    if s.read_exact(&mut buf).await.is_err() {
        return 0;
    }
    std::str::from_utf8(&buf[9..12])
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

#[test]
fn a_flood_of_100500_failed_logins_does_not_switch_the_throttle_off() {
    let _ = fsconn::server::listen::raise_nofile_limit();
    let env = TestEnv::new();
    env.write_settings("[serve]\nlogin_free_failures = 3");
    let serve = start_serve_logged(&env, "127.0.0.1:1", &[]);
    let before = trees(&env);
    let a = serve.addr.as_str();
    // A distributed guesser: every guess from its own address.
    let mut guesser = (1..).map(|i| v4(127, 20, 0, i));
    for _ in 0..4 {
        assert_eq!(
            digest(a, guesser.next().unwrap(), "publicuser", "guess"),
            401
        );
    }
    assert_eq!(
        digest(a, guesser.next().unwrap(), "publicuser", "guess"),
        429
    );
    // 100,500 distinct junk names from 100,500 distinct addresses: more
    // than the 100,000 keys a table holds.
    let seen = flood(a.parse().unwrap(), 100_500, 64);
    assert_eq!(seen.get(&401), Some(&100_500), "{seen:?}");
    let log = std::fs::read_to_string(env.path("serve.log")).unwrap();
    assert_eq!(log.matches("via=session").count(), 100_500);
    // The name guessed before the flood kept its count: one more failure
    // (its 1 s lock has run out meanwhile) and it is locked again.
    assert_eq!(
        digest(a, guesser.next().unwrap(), "publicuser", "guess"),
        401
    );
    assert_eq!(
        digest(a, guesser.next().unwrap(), "publicuser", "napw"),
        429
    );
    // A name first guessed after the flood is tracked and locked too.
    for _ in 0..4 {
        assert_eq!(
            digest(a, guesser.next().unwrap(), "frienduser", "guess"),
            401
        );
    }
    for _ in 0..3 {
        assert_eq!(
            digest(a, guesser.next().unwrap(), "frienduser", "napw"),
            429
        );
    }
    let (status, _) = sign_in(a, guesser.next().unwrap(), "frienduser", "napw", None);
    assert_eq!(status, 429, "console sign-in is locked the same way");
    // Other users are not slowed.
    assert_eq!(digest(a, v4(127, 30, 0, 1), "defaultuser", "napw"), 200);
    assert!(before == trees(&env));
}

#[test]
fn ipv6_clients_are_throttled_by_their_64() {
    // Behind a trusted proxy the client is X-Forwarded-For: addresses
    // anywhere in one /64 are one client.
    let env = TestEnv::new();
    env.write_settings("[serve]\nlogin_free_failures = 2\ntrusted_proxies = [\"127.0.0.1\"]");
    let serve = start_serve_logged(&env, "127.0.0.1:1", &[]);
    let guess = |xff: &str, user: &str| -> u16 {
        reqwest::blocking::Client::new()
            .post(format!("http://{}/api/session", serve.addr))
            .header("x-forwarded-for", xff)
            .json(&json!({ "user": user, "password": "wrong" }))
            .send()
            .unwrap()
            .status()
            .as_u16()
    };
    for i in 1..=3 {
        assert_eq!(guess(&format!("2001:db8:0:7::{i}"), &format!("u{i}")), 401);
    }
    assert_eq!(guess("2001:db8:0:7:ffff:1:2:3", "u9"), 429, "same /64");
    assert_eq!(guess("2001:db8:0:8::1", "u10"), 401, "another /64");
    let log = std::fs::read_to_string(env.path("serve.log")).unwrap();
    assert!(
        log.contains("client=2001:db8:0:7::3 user=\"u3\" via=session"),
        "{log}"
    );
}

#[test]
fn failures_from_elsewhere_do_not_lock_out_the_admin() {
    let env = TestEnv::new();
    env.write_settings("[serve]\nlogin_free_failures = 1");
    let serve = start_serve_logged(&env, "127.0.0.1:1", &[]);
    let before = trees(&env);
    let a = serve.addr.as_str();
    let (api_client, console, attacker) = (v4(127, 0, 0, 1), v4(127, 0, 0, 5), v4(127, 0, 0, 66));
    // The admin works from two places: a script with digest auth and the
    // console.
    assert_eq!(digest(a, api_client, "defaultuser", "napw"), 200);
    let (status, session) = sign_in(a, console, "defaultuser", "napw", None);
    assert_eq!(status, 200);
    assert!(session.starts_with("fsconn_session="), "{session}");
    // Wrong logins for the admin from another address, both ways, waiting
    // out each lock, until the name is locked for 8 s (1, 2, 4, 8).
    let (mut failed, mut locked) = (0, 0);
    while failed < 5 {
        let status = match failed % 2 {
            0 => digest(a, attacker, "defaultuser", "guess"),
            _ => sign_in(a, attacker, "defaultuser", "guess", None).0,
        };
        match status {
            401 => failed += 1,
            429 => {
                locked += 1;
                std::thread::sleep(Duration::from_millis(500));
            }
            other => panic!("{other}"),
        }
    }
    assert!(locked > 0, "the attacker was never locked out");
    // Anybody from an unknown address is throttled by the name, the right
    // password or not, both ways.
    let unknown = v4(127, 0, 0, 99);
    assert_eq!(digest(a, unknown, "defaultuser", "napw"), 429);
    assert_eq!(sign_in(a, unknown, "defaultuser", "napw", None).0, 429);
    // The admin is not locked out where they logged in before...
    assert_eq!(digest(a, api_client, "defaultuser", "napw"), 200);
    let (status, _) = sign_in(a, console, "defaultuser", "napw", None);
    assert_eq!(status, 200);
    // ...nor, with a live session, from a new address; another user's
    // session is no pass.
    let new_place = v4(127, 0, 0, 88);
    let (status, _) = sign_in(a, new_place, "defaultuser", "napw", Some(&session));
    assert_eq!(status, 200);
    let (status, friend) = sign_in(a, v4(127, 0, 0, 7), "frienduser", "napw", None);
    assert_eq!(status, 200);
    assert_eq!(
        sign_in(a, unknown, "defaultuser", "napw", Some(&friend)).0,
        429
    );
    // Still locked for everybody else: the checks above ran under the lock.
    assert_eq!(digest(a, v4(127, 0, 0, 98), "defaultuser", "napw"), 429);
    // The attacker's own address is locked for every name.
    assert_eq!(digest(a, attacker, "frienduser", "napw"), 429);
    assert!(before == trees(&env));
}

/// A raw HTTP/1.1 request header to `addr`, with a read timeout.
fn open_request(addr: &str, head: &str) -> TcpStream {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    s.write_all(head.as_bytes()).unwrap();
    s
}

/// What the server sent before it closed the connection (up to the read
/// timeout: then `None`).
fn answer_then_close(s: &mut TcpStream) -> Option<String> {
    let mut got = Vec::new();
    loop {
        let mut buf = [0u8; 1024];
        match s.read(&mut buf) {
            Ok(0) => return Some(String::from_utf8_lossy(&got).into_owned()),
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return None,
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => return None,
            Err(_) => return Some(String::from_utf8_lossy(&got).into_owned()),
        }
    }
}

/// Still open: nothing to read yet, no EOF.
fn still_open(s: &TcpStream) -> bool {
    s.set_nonblocking(true).unwrap();
    let mut buf = [0u8; 1];
    let open = matches!(s.peek(&mut buf), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock);
    s.set_nonblocking(false).unwrap();
    open
}

#[test]
fn slow_request_bodies_are_cut_off_and_healthz_keeps_answering() {
    let env = TestEnv::new();
    env.write_settings("[serve]\nheader_timeout = 2\nbody_timeout = 6\nbody_min_rate = 50");
    let serve = env.start_serve("127.0.0.1:1");
    let a = serve.addr.clone();
    let before = trees(&env);
    let head = |path: &str, extra: &str| {
        format!(
            "POST {path} HTTP/1.1\r\nHost: {a}\r\nContent-Type: application/json\r\n{extra}\r\n"
        )
    };
    // 150 unauthenticated sign-ins that declare 200 bytes and send one.
    let mut slow: Vec<TcpStream> = (0..150)
        .map(|_| open_request(&a, &(head("/api/session", "Content-Length: 200\r\n") + "{")))
        .collect();
    // A chunked body that never ends, and an authenticated write that
    // trickles its body.
    let mut chunked = open_request(
        &a,
        &(head("/api/session", "Transfer-Encoding: chunked\r\n") + "1\r\n{\r\n"),
    );
    let admin = Http::new(&a, "defaultuser", "napw");
    let auth = admin.next_authorization("POST", "/api/users/add");
    let mut authed = open_request(
        &a,
        &(head(
            "/api/users/add",
            &format!("Authorization: {auth}\r\nContent-Length: 120\r\n"),
        ) + "[{"),
    );
    // A sender that keeps up the minimum rate but would need longer than
    // body_timeout: only the total limit can stop it.
    let mut steady = open_request(&a, &head("/api/session", "Content-Length: 100000\r\n"));
    // While all of them are open, /healthz and a login answer.
    for _ in 0..5 {
        let r = reqwest::blocking::Client::new()
            .get(format!("http://{a}/healthz"))
            .send()
            .unwrap();
        assert_eq!(r.status(), 200);
        assert_eq!(admin.get("/userinfo").status, 200);
    }
    assert!(slow.iter().all(still_open), "the race did not happen");
    assert!(still_open(&authed) && still_open(&chunked));
    let mut sent = 0;
    while still_open(&steady) && sent < 100_000 {
        if steady.write_all(&[b' '; 100]).is_err() {
            break;
        }
        sent += 100;
        for s in slow.iter_mut().take(20) {
            let _ = s.write_all(b" ");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(
        sent >= 2000,
        "the steady sender was cut early: {sent} bytes"
    );
    assert!(sent < 100_000, "the steady sender was never cut off");
    for s in slow
        .iter_mut()
        .chain([&mut chunked, &mut authed, &mut steady])
    {
        let answer = answer_then_close(s).expect("a slow body's connection stayed open");
        assert!(
            answer.is_empty() || answer.starts_with("HTTP/1.1 408"),
            "{answer}"
        );
    }
    let r = reqwest::blocking::Client::new()
        .get(format!("http://{a}/healthz"))
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(before == trees(&env), "the slow write changed files");
}
