//! An admin reads who changed what: every write (API and CLI) and every live
//! control of a scripted session is one audit line with the right user and
//! address, and no password ever reaches the file.

use crate::harness::*;
use crate::live_ws::{esl, LiveClient};
use serde_json::{json, Value};
use std::time::Duration;

async fn ready(env: &TestEnv) {
    for _ in 0..100 {
        if env
            .sim_commands()
            .iter()
            .any(|c| c == "api sofia status profile internal reg")
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("server never connected to the sim");
}

async fn http(addr: &str, user: &str, pw: &str, path: &str, body: Option<Value>) -> Reply {
    let (addr, user, pw, path) = (
        addr.to_string(),
        user.to_string(),
        pw.to_string(),
        path.to_string(),
    );
    tokio::task::spawn_blocking(move || {
        let h = Http::new(&addr, &user, &pw);
        match body {
            Some(b) => h.post(&path, &b),
            None => h.get(&path),
        }
    })
    .await
    .unwrap()
}

fn audit_lines(env: &TestEnv, extra: &[&str]) -> Vec<Value> {
    let out = env.cmd().args(["audit", "--json"]).args(extra).run();
    out.ok();
    out.stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_write_and_control_is_one_line_with_who_and_where() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("recordings/friends_opus-2021-08-31T12:10:00.000Z.wav"),
        b"RIFF",
    )
    .unwrap();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    ready(&env).await;
    let a = serve.addr.as_str();

    // API writes by the team user, one of them refused by the schema.
    let add = json!([{"name": "auditee", "email": "a@example.com", "context": "friends",
                      "password": "s3cretPW1x"}]);
    let r = http(a, "defaultuser", "napw", "/api/users/add", Some(add)).await;
    assert_eq!(r.status, 200, "{}", r.text());
    let id = r.json()["done"][0]["id"].as_str().unwrap().to_string();
    let m = json!([{"id": id, "password": "n3wSecretPW"}]);
    assert_eq!(
        http(a, "defaultuser", "napw", "/api/users/mod", Some(m))
            .await
            .status,
        200
    );
    let bad = json!([{"name": "x", "password": "leakedPW99", "bogus": 1}]);
    assert_eq!(
        http(a, "defaultuser", "napw", "/api/users/add", Some(bad))
            .await
            .status,
        400
    );
    let del = json!([{"file": "friends_opus-2021-08-31T12:10:00.000Z.wav"}]);
    assert_eq!(
        http(a, "defaultuser", "napw", "/api/recordings/del", Some(del))
            .await
            .status,
        200
    );
    // A read is not audited.
    assert_eq!(
        http(a, "defaultuser", "napw", "/api/users", None)
            .await
            .status,
        200
    );

    // Live controls by a friends user.
    let fs = esl(&sim.addr).await;
    let mut friends = LiveClient::connect(a, "frienduser:napw").await;
    friends.request(json!({"req": "init"})).await;
    let member = fs.api("sim join friends_opus 21000").await.unwrap();
    let member = member.trim().trim_start_matches("+OK ").to_string();
    friends.until("newConference").await;
    friends
        .send(json!({"req": "memexec", "conference": "friends_opus", "call": "mute", "member": member}))
        .await;
    friends.until("mute").await;
    friends
        .send(json!({"req": "exec", "conference": "friends_opus", "call": "lock"}))
        .await;
    friends.until("lock").await;
    // A refused control is audited as refused.
    let r = friends
        .request(json!({"req": "exec", "conference": "friends_opus", "call": "shutdown"}))
        .await;
    assert_eq!(r["event"], "error");

    // A local CLI write.
    env.cmd_esl(&sim.addr)
        .env("USER", "shelladmin")
        .env("SUDO_USER", "")
        .args([
            "users",
            "add",
            "--name",
            "fromcli",
            "--email",
            "c@example.com",
        ])
        .args(["--context", "team", "--password", "cliSecret77"])
        .run()
        .ok();

    let got: Vec<(String, String, Value, String, String)> = audit_lines(&env, &[])
        .iter()
        .map(|e| {
            (
                e["what"].as_str().unwrap().to_string(),
                e["user"].as_str().unwrap().to_string(),
                e["context"].clone(),
                e["from"].as_str().unwrap().to_string(),
                e["result"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let t = |w: &str, u: &str, c: Value, f: &str, r: &str| {
        (
            w.to_string(),
            u.to_string(),
            c,
            f.to_string(),
            r.to_string(),
        )
    };
    let ip = "127.0.0.1";
    assert_eq!(
        got,
        vec![
            t("api/users/add", "defaultuser", json!("team"), ip, "ok"),
            t("api/users/mod", "defaultuser", json!("team"), ip, "ok"),
            t("api/users/add", "defaultuser", json!("team"), ip, "error"),
            t("api/recordings/del", "defaultuser", json!("team"), ip, "ok"),
            t("live/mute", "frienduser", json!("friends"), ip, "ok"),
            t("live/lock", "frienduser", json!("friends"), ip, "ok"),
            t("live/shutdown", "frienduser", json!("friends"), ip, "error"),
            t("api/users/add", "shelladmin", Value::Null, "local", "ok"),
        ]
    );
    let text = std::fs::read_to_string(env.path("static/audit.log")).unwrap();
    for secret in [
        "s3cretPW1x",
        "n3wSecretPW",
        "leakedPW99",
        "cliSecret77",
        "napw",
    ] {
        assert!(!text.contains(secret), "{secret} in the audit log:\n{text}");
    }
    assert!(
        text.contains("\"auditee\""),
        "the arguments are there: {text}"
    );

    // Filters.
    let mine = audit_lines(&env, &["--user", "frienduser"]);
    assert_eq!(mine.len(), 3, "{mine:?}");
    assert_eq!(audit_lines(&env, &["--since", "1h"]).len(), 8);
    assert!(audit_lines(&env, &["--since", "2099-01-01"]).is_empty());
    let table = env.cmd().args(["audit"]).run();
    table.ok();
    assert!(table.stdout.contains("8 entries"), "{}", table.stdout);
    let out = env.cmd().args(["audit", "--since", "tomorrow"]).run();
    out.code(2);
    assert!(out.stderr.contains("--since"), "{}", out.stderr);
}

/// A moderator's phone keys are controls too: each one that acts (lock,
/// unlock, recording, mute all) is one audit line with the member's
/// directory user, that user's context and `phone` as where; a key that only
/// announces (check recording) changes nothing and is not recorded.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_moderators_phone_keys_are_audited_as_the_members_user() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    ready(&env).await;
    let mut friends = LiveClient::connect(&serve.addr, "frienduser:napw").await;
    friends.request(json!({"req": "init"})).await;
    let fs = esl(&sim.addr).await;
    let id = |r: String| r.trim().trim_start_matches("+OK ").to_string();
    id(fs.api("sim join friends_opus 21000").await.unwrap());
    friends.until("newConference").await;
    // defaultuser (team) is a moderator in friends_opus.
    let m = id(fs.api("sim join friends_opus 20000").await.unwrap());
    friends.until("newMember").await;
    for (key, event) in [
        ("6", "lock"),
        ("7", "unlock"),
        ("1", "recStart"),
        ("5", ""),
        ("4", "recStop"),
        ("*", "muteAll"),
    ] {
        fs.api(&format!("sim dtmf friends_opus {m} {key}"))
            .await
            .unwrap();
        if !event.is_empty() {
            friends.until(event).await;
        }
    }
    let mut lines = Vec::new();
    for _ in 0..100 {
        lines = audit_lines(&env, &[]);
        if lines.len() >= 5 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let what: Vec<&str> = lines.iter().map(|l| l["what"].as_str().unwrap()).collect();
    assert_eq!(
        what,
        [
            "live/lock",
            "live/unlock",
            "live/startrec",
            "live/stoprec",
            "live/muteall"
        ],
        "{lines:#?}"
    );
    for l in &lines {
        assert_eq!(l["user"], "defaultuser", "{l}");
        assert_eq!(l["context"], "team", "{l}");
        assert_eq!(l["from"], "phone", "{l}");
        assert_eq!(l["result"], "ok", "{l}");
        assert_eq!(
            l["args"],
            json!({"conference": "friends_opus", "member": m})
        );
    }
}
