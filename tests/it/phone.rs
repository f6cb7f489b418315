//! The console's phone: a signed-in user gets their own SIP credentials
//! over the session (never cached), the WSS address comes from the settings
//! and is the one extra origin the CSP allows, and in Debian's chromium the
//! phone registers, joins, sends the PIN, mutes and hangs up against a real
//! SIP stack nobody here wrote (Debian's Kamailio as the WSS registrar and
//! proxy, rtpengine for the DTLS-SRTP media, SIPp as the conference echoing
//! the audio; tests/browser/phone_test.py).

use crate::harness::*;
use std::net::{TcpListener, UdpSocket};
use std::path::Path;
use std::process::Command;

fn sign_in(addr: &str, user: &str, password: &str) -> String {
    let r = reqwest::blocking::Client::new()
        .post(format!("http://{addr}/api/session"))
        .header("content-type", "application/json")
        .body(serde_json::json!({"user": user, "password": password}).to_string())
        .send()
        .unwrap();
    assert!(r.status().is_success(), "{}", r.status());
    let set = r.headers()["set-cookie"].to_str().unwrap();
    set.split(';').next().unwrap().to_string()
}

fn get(addr: &str, path: &str, cookie: Option<&str>) -> reqwest::blocking::Response {
    let mut req = reqwest::blocking::Client::new()
        .get(format!("http://{addr}{path}"))
        .header("x-fsconn-console", "1");
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    req.send().unwrap()
}

fn csp(addr: &str) -> String {
    let r = get(addr, "/", None);
    r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string()
}

#[test]
fn the_phone_endpoint_gives_the_caller_only_their_own_credentials_uncached() {
    let env = TestEnv::new();
    env.write_settings("[serve]\nsip_wss_url = \"wss://sip.example.org:8443/ws\"");
    let before = env.snapshot();
    let serve = env.start_serve("127.0.0.1:1");
    let a = serve.addr.as_str();
    assert_eq!(get(a, "/api/phone", None).status().as_u16(), 401);
    let friend = sign_in(a, "frienduser", "napw");
    let r = get(a, "/api/phone", Some(&friend));
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["cache-control"], "no-store");
    let v: serde_json::Value = r.json().unwrap();
    assert_eq!(v["user"], "21000");
    assert_eq!(v["password"], "napw");
    assert_eq!(v["conpin"], "0815");
    assert_eq!(v["wss_url"], "wss://sip.example.org:8443/ws");
    assert!(v.get("unavailable").is_none(), "{v}");
    let nums: Vec<&str> = v["conferences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["num"].as_str().unwrap())
        .collect();
    assert_eq!(nums, ["31000", "32000"], "friends see friends and public");
    let g722 = &v["conferences"][0];
    assert_eq!(g722["type"], "16kHz-novideo");
    assert_eq!(g722["codecs"][0], "G722");
    // Digest clients get the same (their own) answer.
    let public = Http::new(a, "publicuser", "napw").get("/api/phone").json();
    assert_eq!(public["user"], "22000");
    let nums: Vec<_> = public["conferences"].as_array().unwrap().to_vec();
    assert_eq!(nums.len(), 1, "{public}");
    assert!(csp(a).contains("connect-src 'self' wss://sip.example.org:8443;"));
    drop(serve);
    assert_eq!(env.snapshot(), before, "asking changes no file");
}

#[test]
fn the_wss_address_comes_from_the_settings_or_the_switch_and_off_says_why() {
    let env = TestEnv::new();
    // Announced: hostname + the port of vars.xml's wss_binding (:7443).
    env.write_settings("hostname = \"conf.example.org\"");
    let serve = env.start_serve("127.0.0.1:1");
    let cookie = sign_in(&serve.addr, "defaultuser", "napw");
    let v: serde_json::Value = get(&serve.addr, "/api/phone", Some(&cookie))
        .json()
        .unwrap();
    assert_eq!(v["wss_url"], "wss://conf.example.org:7443", "{v}");
    assert!(csp(&serve.addr).contains("connect-src 'self' wss://conf.example.org:7443;"));
    drop(serve);

    env.write_settings("[serve]\nsip_wss_url = \"off\"");
    let serve = env.start_serve("127.0.0.1:1");
    let cookie = sign_in(&serve.addr, "defaultuser", "napw");
    let v: serde_json::Value = get(&serve.addr, "/api/phone", Some(&cookie))
        .json()
        .unwrap();
    assert!(v.get("wss_url").is_none(), "{v}");
    assert!(v["unavailable"]
        .as_str()
        .unwrap()
        .contains("serve.sip_wss_url"));
    assert!(csp(&serve.addr).contains("connect-src 'self';"));
    drop(serve);

    // A value that would widen the CSP is refused, naming the setting.
    for bad in [
        "wss://x.example; script-src *",
        "https://x.example",
        "wss://u:p@x.example",
    ] {
        env.write_settings(&format!("[serve]\nsip_wss_url = \"{bad}\""));
        let before = env.snapshot();
        let out = env.cmd().args(["config"]).run();
        assert_ne!(out.code, 0, "{bad}");
        let err = &out.stderr;
        assert!(err.contains("serve.sip_wss_url"), "{bad}: {err}");
        assert_eq!(env.snapshot(), before);
    }
}

fn need(path: &str, package: &str) {
    assert!(
        Path::new(path).exists(),
        "{path} is missing: apt-get install {package} (see .ci/run)"
    );
}

/// A port nothing listens on right now (TCP and UDP).
fn free_port() -> u16 {
    loop {
        let t = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = t.local_addr().unwrap().port();
        if UdpSocket::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
}

fn screenshot_dir() -> std::path::PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    match std::env::var_os("FSCONN_SCREENSHOTS") {
        Some(d) => root.join(d),
        None => root.join("target/phone-screenshots"),
    }
}

#[test]
fn the_phone_works_in_a_real_browser_against_kamailio_rtpengine_and_sipp() {
    need("/usr/bin/chromium", "chromium");
    need("/usr/bin/chromedriver", "chromium-driver");
    need("/usr/sbin/kamailio", "kamailio");
    need(
        "/usr/lib/x86_64-linux-gnu/kamailio/modules/websocket.so",
        "kamailio-websocket-modules",
    );
    need(
        "/usr/lib/x86_64-linux-gnu/kamailio/modules/tls.so",
        "kamailio-tls-modules",
    );
    need("/usr/bin/sipp", "sip-tester");
    need("/usr/bin/rtpengine", "rtpengine-daemon");
    need(
        "/usr/lib/x86_64-linux-gnu/kamailio/modules/rtpengine.so",
        "kamailio",
    );
    let env = TestEnv::new();
    // A password of this test's own: Kamailio must check the user's real one.
    let out = env
        .cmd()
        .args(["users", "mod", "20000", "--password", "Phone-7315-pw"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let (wss, udp, sipp) = (free_port(), free_port(), free_port());
    env.write_settings(&format!("[serve]\nsip_wss_url = \"wss://127.0.0.1:{wss}\""));
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let me = Http::new(&serve.addr, "defaultuser", "Phone-7315-pw")
        .get("/userinfo")
        .json();
    env.write_settings("[serve]\nsip_wss_url = \"off\"");
    let off = env.start_serve(&sim.addr);
    let work = env.path("sip");
    std::fs::create_dir_all(&work).unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/browser/phone_test.py");
    let out = Command::new("/usr/bin/python3")
        .arg(script)
        .arg(format!("http://{}", serve.addr))
        .arg(&sim.addr)
        .arg(env.path("sim-commands.log"))
        .arg(&work)
        .args([wss.to_string(), udp.to_string(), sipp.to_string()])
        .args([me["id"].as_str().unwrap(), me["password"].as_str().unwrap()])
        .arg(me["conpin"].as_str().unwrap())
        .arg(screenshot_dir())
        .arg(format!("http://{}", off.addr))
        .output()
        .expect("run the browser test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    assert!(
        out.status.success() && stdout.contains(" passed, 0 failed"),
        "phone browser test failed:\n{stdout}\n{stderr}"
    );
}
