//! The audit log read by the team: `GET /api/audit` filtered by user,
//! action, result and time (friends and the public get 403), and CLI writes
//! recorded as the OS user who ran them (`SUDO_USER`, else `USER`) with their
//! arguments and never a password.

use crate::harness::*;
use serde_json::{json, Value};

fn entries(env: &TestEnv) -> Vec<Value> {
    let out = env.cmd().args(["audit", "--json"]).run();
    out.ok();
    out.stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn add_user(env: &TestEnv, name: &str, sudo_user: &str, user: &str) -> Output {
    let body = json!([{"name": name, "email": format!("{name}@example.com"),
                       "context": "friends", "password": format!("{name}Secret99")}]);
    env.cmd()
        .env("SUDO_USER", sudo_user)
        .env("USER", user)
        .args(["users", "add", "--json", "--file", "-"])
        .stdin(body.to_string())
        .run()
}

#[test]
fn cli_writes_are_audited_as_the_os_user_with_arguments_and_no_password() {
    let env = TestEnv::new();
    add_user(&env, "viauser", "", "shellperson").ok();
    add_user(&env, "viasudo", "realadmin", "root").ok();
    // A generated password (an item without one) must not reach the file either.
    let generated = env
        .cmd()
        .env("SUDO_USER", "realadmin")
        .args(["users", "add", "--json", "--file", "-"])
        .stdin(json!([{"name": "genpw", "email": "g@example.com", "context": "team"}]).to_string())
        .run();
    generated.ok();
    let gen_pw = generated.json()["done"][0]["password"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(gen_pw.len() >= 8, "{}", generated.stdout);

    let got = entries(&env);
    let who: Vec<(&str, &str, &str)> = got
        .iter()
        .map(|e| {
            let (u, f) = (e["user"].as_str().unwrap(), e["from"].as_str().unwrap());
            (u, f, e["args"][0]["name"].as_str().unwrap())
        })
        .collect();
    assert_eq!(
        who,
        [
            ("shellperson", "local", "viauser"),
            ("realadmin", "local", "viasudo"),
            ("realadmin", "local", "genpw"),
        ]
    );
    assert_eq!(got[0]["args"][0]["password"], "(set)");
    assert_eq!(got[0]["args"][0]["email"], "viauser@example.com");
    let text = std::fs::read_to_string(env.path("static/audit.log")).unwrap();
    for secret in ["viauserSecret99", "viasudoSecret99", gen_pw.as_str()] {
        assert!(!text.contains(secret), "{secret} in the audit log:\n{text}");
    }
    assert!(!text.contains("unknown"), "{text}");
}

#[test]
fn the_api_filters_the_log_for_the_team_only() {
    let env = TestEnv::new();
    add_user(&env, "first", "", "alice").ok();
    add_user(&env, "second", "", "bob").ok();
    // A refused write: exit 1, result failed.
    env.cmd()
        .env("SUDO_USER", "")
        .env("USER", "bob")
        .args(["users", "del", "--yes", "29999"])
        .run()
        .code(1);
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let team = Http::new(&serve.addr, "defaultuser", "napw");
    let get = |q: &str| {
        let r = team.get(&format!("/api/audit{q}"));
        assert_eq!(r.status, 200, "{q}: {}", r.text());
        r.json()
    };
    let users = |v: &Value| -> Vec<String> {
        v["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                format!(
                    "{} {} {}",
                    e["user"].as_str().unwrap(),
                    e["what"].as_str().unwrap(),
                    e["result"].as_str().unwrap()
                )
            })
            .collect()
    };
    let all = get("");
    assert_eq!(all["op"], "api/audit");
    assert_eq!(
        users(&all),
        [
            "bob api/users/del failed",
            "bob api/users/add ok",
            "alice api/users/add ok"
        ],
        "newest first"
    );
    assert_eq!(users(&get("?user=alice")), ["alice api/users/add ok"]);
    assert_eq!(users(&get("?result=failed")), ["bob api/users/del failed"]);
    assert_eq!(
        users(&get("?action=users/add&user=bob")),
        ["bob api/users/add ok"]
    );
    assert_eq!(get("?since=2099-01-01")["matched"], 0);
    assert_eq!(get("?until=1h")["matched"], 0);
    let one = get("?limit=1");
    assert_eq!((one["matched"].as_u64(), users(&one).len()), (Some(3), 1));
    let bad = team.get("/api/audit?result=fine");
    assert_eq!(bad.status, 400);
    assert!(
        bad.json()["message"]
            .as_str()
            .unwrap()
            .starts_with("result: \"fine\""),
        "{}",
        bad.text()
    );

    for (user, status) in [("frienduser", 403), ("publicuser", 403)] {
        let r = Http::new(&serve.addr, user, "napw").get("/api/audit");
        assert_eq!(r.status, status, "{user}: {}", r.text());
        assert!(!r.text().contains("alice"), "{}", r.text());
    }
    assert_eq!(
        Http::new(&serve.addr, "defaultuser", "wrong")
            .get("/api/audit")
            .status,
        401
    );
}
