//! Every user changes their own password (API, remote CLI; the console in
//! `console.rs`): the old one is required, the new one checked, the phone
//! re-provisioned, the user's other sessions and live sockets end, the
//! session it was made in stays; and nobody's sign-ins end another user's
//! console session.

use crate::harness::*;
use crate::revocation::{
    connect, lock_works, sign_in, whoami, world, World, VICTIM_MAC, VICTIM_PW,
};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use std::time::Duration;
use tokio_tungstenite::tungstenite::Message;

/// `POST /api/account/password` with a session cookie.
fn change_with_cookie(addr: &str, cookie: &str, body: &Value) -> (u16, Value) {
    let r = reqwest::blocking::Client::new()
        .post(format!("http://{addr}/api/account/password"))
        .header("cookie", cookie)
        .json(body)
        .send()
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().unwrap_or(Value::Null))
}

/// The close code the socket gets within 5 s.
async fn close_code<S>(ws: &mut S) -> u16
where
    S: StreamExt<Item = Result<Message, tokio_tungstenite::tungstenite::Error>> + Unpin,
{
    loop {
        match tokio::time::timeout(Duration::from_secs(5), ws.next()).await {
            Ok(Some(Ok(Message::Close(Some(f))))) => return u16::from(f.code),
            Ok(Some(Ok(_))) => {}
            other => panic!("no close frame: {other:?}"),
        }
    }
}

/// Users as the API lists them, without the one field that may change.
fn users_but_password(w: &World) -> Vec<Value> {
    let r = Http::new(&w.serve.addr, "defaultuser", "napw").get("/api/users");
    let mut users = r.json()["users"].as_array().unwrap().clone();
    for u in &mut users {
        u.as_object_mut().unwrap().remove("password");
    }
    users
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_changes_their_own_password_through_the_api() {
    let w = world().await;
    let addr = w.serve.addr.clone();
    let mine = tokio::task::block_in_place(|| sign_in(&addr, "victim", VICTIM_PW));
    let other = tokio::task::block_in_place(|| sign_in(&addr, "victim", VICTIM_PW));
    let mut by_password = connect(&addr, Some(&format!("victim:{VICTIM_PW}")), None).await;
    let mut by_other = connect(&addr, None, Some(&other)).await;
    let mut by_mine = connect(&addr, None, Some(&mine)).await;
    lock_works(&w, &mut by_password).await;
    let before = w.env.snapshot();
    let users_before = tokio::task::block_in_place(|| users_but_password(&w));

    // Refused: nothing changes, nobody is signed out.
    for (body, status, says) in [
        (
            json!({"old_password": "wrong", "new_password": "Fresh-pw-7"}),
            403,
            "old_password",
        ),
        (
            json!({"old_password": VICTIM_PW, "new_password": "has space"}),
            400,
            "new_password",
        ),
        (
            json!({"old_password": VICTIM_PW, "new_password": VICTIM_PW}),
            400,
            "new_password",
        ),
        (json!({"old_password": VICTIM_PW}), 400, "new_password"),
    ] {
        let (s, v) = tokio::task::block_in_place(|| change_with_cookie(&addr, &mine, &body));
        assert_eq!(s, status, "{body} -> {v}");
        assert!(v["message"].as_str().unwrap().contains(says), "{v}");
    }
    assert_eq!(w.env.snapshot(), before, "a refused change wrote something");
    assert_eq!(tokio::task::block_in_place(|| whoami(&addr, &other)), 200);

    let body = json!({"old_password": VICTIM_PW, "new_password": "Fresh-pw-7"});
    let (s, v) = tokio::task::block_in_place(|| change_with_cookie(&addr, &mine, &body));
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["name"], "victim");
    assert!(!v.to_string().contains("Fresh-pw-7"), "{v}");
    // The other connections end; the session it was made in stays.
    assert_eq!(close_code(&mut by_password).await, 4001);
    assert_eq!(close_code(&mut by_other).await, 4002);
    assert_eq!(tokio::task::block_in_place(|| whoami(&addr, &other)), 401);
    assert_eq!(tokio::task::block_in_place(|| whoami(&addr, &mine)), 200);
    lock_works(&w, &mut by_mine).await;
    // Only the password changed: conpin, phone, id, context as they were.
    assert_eq!(
        tokio::task::block_in_place(|| users_but_password(&w)),
        users_before
    );
    let id = &w.victim_id;
    let linphone =
        std::fs::read_to_string(w.env.path(&format!("static/linphone/{id}/linphone.xml"))).unwrap();
    assert!(linphone.contains("Fresh-pw-7"), "phone not re-provisioned");
    let polycom = w
        .env
        .path(&format!("static/polycom/{VICTIM_MAC}/allprov.cfg"));
    let polycom = std::fs::read_to_string(polycom).unwrap();
    assert!(
        polycom.contains(r#"reg.1.auth.password="Fresh-pw-7""#),
        "the Polycom phone not re-provisioned"
    );
    let (new, old) = tokio::task::block_in_place(|| {
        (
            Http::new(&addr, "victim", "Fresh-pw-7")
                .get("/userinfo")
                .status,
            Http::new(&addr, "victim", VICTIM_PW)
                .get("/userinfo")
                .status,
        )
    });
    assert_eq!((new, old), (200, 401));
    // Audited, without the password.
    let log = std::fs::read_to_string(w.env.path("static/audit.log")).unwrap();
    let lines: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("api/account/password"))
        .collect();
    assert_eq!(lines.len(), 5, "four refusals and the change:\n{log}");
    assert!(!log.contains("Fresh-pw-7") && !log.contains("has space"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_public_user_changes_their_password_with_the_remote_cli() {
    let w = world().await;
    let server = format!("http://{}", w.serve.addr);
    let mut ws = connect(&w.serve.addr, Some("publicuser:napw"), None).await;
    ws.send(Message::text(r#"{"req":"init"}"#)).await.unwrap();
    let cli = |user: &str, stdin: &str| {
        w.env
            .cmd()
            .args(["--server", &server, "--user", user, "account", "passwd"])
            .args(["--password-stdin", "--json"])
            .stdin(stdin.to_string())
            .run()
    };
    let refused = tokio::task::block_in_place(|| cli("publicuser:napw", "two words\n"));
    refused.code(2);
    assert!(
        refused.stderr.contains("new_password"),
        "{}",
        refused.stderr
    );
    let done = tokio::task::block_in_place(|| cli("publicuser:napw", "Public-pw-3\n"));
    done.ok();
    assert_eq!(done.json()["name"], "publicuser");
    assert_eq!(close_code(&mut ws).await, 4001);
    let again = tokio::task::block_in_place(|| cli("publicuser:napw", "Public-pw-4\n"));
    assert_ne!(again.code, 0, "the old password no longer logs in");
    let status = tokio::task::block_in_place(|| {
        Http::new(&w.serve.addr, "publicuser", "Public-pw-3")
            .get("/pubxml")
            .status
    });
    assert_eq!(status, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_resetting_their_own_password_stays_signed_in() {
    let w = world().await;
    let addr = w.serve.addr.clone();
    let mine = tokio::task::block_in_place(|| sign_in(&addr, "defaultuser", "napw"));
    let other = tokio::task::block_in_place(|| sign_in(&addr, "defaultuser", "napw"));
    // The console's reset: no password given, a new one generated.
    let (status, v) = tokio::task::block_in_place(|| {
        let r = reqwest::blocking::Client::new()
            .post(format!("http://{addr}/api/users/mod"))
            .header("cookie", &mine)
            .json(&json!([{"id": "20000"}]))
            .send()
            .unwrap();
        (r.status(), r.json::<Value>().unwrap())
    });
    assert_eq!(status, 200, "{v}");
    let pw = v["done"][0]["password"].as_str().unwrap().to_string();
    assert_ne!(pw, "napw");
    assert_eq!(tokio::task::block_in_place(|| whoami(&addr, &mine)), 200);
    assert_eq!(tokio::task::block_in_place(|| whoami(&addr, &other)), 401);
    let status = tokio::task::block_in_place(|| {
        Http::new(&addr, "defaultuser", &pw)
            .get("/api/users")
            .status
    });
    assert_eq!(status, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_sign_ins_end_only_the_same_users_oldest_sessions() {
    let env = TestEnv::new();
    let serve = Proc::start(env.cmd().args(["serve", "--listen", "127.0.0.1:0"]));
    let addr = serve.addr.clone();
    tokio::task::block_in_place(|| {
        let admin = sign_in(&addr, "defaultuser", "napw");
        let public: Vec<String> = (0..60)
            .map(|_| sign_in(&addr, "publicuser", "napw"))
            .collect();
        assert_eq!(whoami(&addr, &admin), 200, "the admin's session ended");
        // The default cap is 20: the newest 20 live, the older 40 ended.
        let alive: Vec<u16> = public.iter().map(|c| whoami(&addr, c)).collect();
        assert_eq!(alive[..40], [401; 40]);
        assert_eq!(alive[40..], [200; 20]);
        // The 21st sign-in after those ends exactly the oldest live one.
        let next = sign_in(&addr, "publicuser", "napw");
        assert_eq!(whoami(&addr, &public[40]), 401);
        assert_eq!(whoami(&addr, &public[41]), 200);
        assert_eq!(whoami(&addr, &next), 200);
        assert_eq!(whoami(&addr, &admin), 200);
    });
}

#[test]
fn the_provisioning_qr_code_decodes_to_the_users_url() {
    let env = TestEnv::new();
    let serve = Proc::start(env.cmd().args(["serve", "--listen", "127.0.0.1:0"]));
    let url = format!("http://{}/linphone?user=21000", serve.addr);
    let enc = percent_encoding::utf8_percent_encode(&url, percent_encoding::NON_ALPHANUMERIC);
    let r = Http::new(&serve.addr, "frienduser", "napw").get(&format!("/linphone/qr?url={enc}"));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.headers["content-type"], "image/svg+xml");
    let (svg, png) = (env.path("qr.svg"), env.path("qr.png"));
    std::fs::write(&svg, &r.body).unwrap();
    let run = |cmd: &str, args: &[&std::ffi::OsStr]| {
        let out = std::process::Command::new(cmd)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{cmd} (zbar-tools, librsvg2-bin; see .ci/run): {e}"));
        assert!(out.status.success(), "{cmd}: {out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    run(
        "rsvg-convert",
        &["-o".as_ref(), png.as_os_str(), svg.as_os_str()],
    );
    let decoded = run(
        "zbarimg",
        &["--raw".as_ref(), "-q".as_ref(), png.as_os_str()],
    );
    assert_eq!(decoded.trim_end(), url);
}
