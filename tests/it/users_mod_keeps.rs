//! Issue 19 items 8 and 9: a `users mod` changes only what it is told (the
//! CLI keeps every field not given; the API keeps the original's documented
//! rules for password and polymac, and every other field), and passwords
//! are printed only when asked for or when a change made them.

use crate::harness::*;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const MAC: &str = "0004f2aabbcc";
const PW: &str = "alicepw1234";

/// Every file of the env (config, static, ...) but the logs and the note
/// of the last reload, which every command may update.
fn tree(env: &TestEnv) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let e = e.unwrap();
            let name = e.file_name();
            let skip = [".fsconn-reloadxml.json", "audit.log", "sim-commands.log"];
            if skip.iter().any(|s| name == *s) {
                continue;
            }
            if e.file_type().unwrap().is_dir() {
                walk(&e.path(), root, out);
            } else {
                let rel = e.path().strip_prefix(root).unwrap().to_path_buf();
                out.insert(rel, std::fs::read(e.path()).unwrap());
            }
        }
    }
    let mut m = BTreeMap::new();
    walk(env.dir.path(), env.dir.path(), &mut m);
    m
}

/// The paths that differ between two trees.
fn changed(a: &BTreeMap<PathBuf, Vec<u8>>, b: &BTreeMap<PathBuf, Vec<u8>>) -> Vec<PathBuf> {
    let mut keys: Vec<&PathBuf> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .cloned()
        .collect()
}

/// A team user with a conpin and a phone of her own; her id.
fn alice(env: &TestEnv) -> String {
    let out = env
        .cmd()
        .args([
            "users",
            "add",
            "--name",
            "alice",
            "--email",
            "alice@example.com",
        ])
        .args(["--context", "team", "--conpin", "4444", "--polymac", MAC])
        .args(["--password", PW, "--json"])
        .run();
    out.ok();
    let id = out.json()["done"][0]["id"].as_str().unwrap().to_string();
    assert!(env
        .path(&format!("static/polycom/{MAC}/{MAC}.cfg"))
        .is_file());
    id
}

fn user(env: &TestEnv, name: &str) -> Value {
    env.users()
        .into_iter()
        .find(|u| u["name"] == name)
        .unwrap_or_else(|| panic!("no user {name}"))
}

/// The files a change of user `id` (phone `mac`) may touch: its own
/// directory file and its phone's provisioning.
fn hers(p: &Path, id: &str, mac: &str) -> bool {
    p == Path::new(&format!("freeswitch/directory/team/{id}.xml"))
        || p.starts_with(format!("static/linphone/{id}"))
        || p.starts_with(format!("static/polycom/{mac}"))
}

/// `alice` as she was, with `changes` applied.
fn expect(before: &Value, changes: &[(&str, &str)]) -> Value {
    let mut v = before.clone();
    for (k, val) in changes {
        v[*k] = json!(val);
    }
    v
}

#[test]
fn cli_mod_changes_only_the_field_it_is_given() {
    type Case<'a> = (&'a str, &'a [&'a str], &'a [(&'a str, &'a str)]);
    let cases: &[Case] = &[
        ("name", &["--name", "alicia"], &[("name", "alicia")]),
        (
            "email",
            &["--email", "a2@example.org"],
            &[("email", "a2@example.org")],
        ),
        (
            "password",
            &["--password", "newpw98765"],
            &[("password", "newpw98765")],
        ),
        ("conpin", &["--conpin", "5555"], &[("conpin", "5555")]),
        (
            "polymac",
            &["--polymac", "0004f2ddeeff"],
            &[("polymac", "0004f2ddeeff")],
        ),
        (
            "polymac none",
            &["--polymac", "none"],
            &[("polymac", "none")],
        ),
    ];
    for (label, args, changes) in cases {
        let env = TestEnv::new();
        let id = alice(&env);
        let name = changes
            .iter()
            .find(|(k, _)| *k == "name")
            .map_or("alice", |(_, v)| *v);
        let before_user = user(&env, "alice");
        let before = tree(&env);
        env.cmd().args(["users", "mod", &id]).args(*args).run().ok();
        let after_user = user(&env, name);
        assert_eq!(after_user, expect(&before_user, changes), "{label}");
        let after = tree(&env);
        for p in changed(&before, &after) {
            assert!(
                hers(&p, &id, MAC) || p.starts_with("static/polycom/0004f2ddeeff"),
                "{label} changed {}",
                p.display()
            );
        }
        // The phone stays unless it was changed or removed.
        let phone = env.path(&format!("static/polycom/{MAC}/{MAC}.cfg"));
        assert_eq!(phone.is_file(), !label.starts_with("polymac"), "{label}");
    }
}

#[test]
fn cli_mod_to_another_context_keeps_the_other_fields() {
    let env = TestEnv::new();
    let id = alice(&env);
    let before_user = user(&env, "alice");
    env.cmd()
        .args(["users", "mod", &id, "--context", "friends"])
        .run()
        .ok();
    let after = user(&env, "alice");
    assert_ne!(after["id"], before_user["id"]);
    assert!(after["id"].as_str().unwrap().starts_with("21"), "{after}");
    let moved = expect(
        &before_user,
        &[
            ("context", "friends"),
            ("id", after["id"].as_str().unwrap()),
        ],
    );
    assert_eq!(after, moved);
    assert!(env
        .path(&format!("static/polycom/{MAC}/{MAC}.cfg"))
        .is_file());
    assert!(!env.conf(&format!("directory/team/{id}.xml")).exists());
}

/// The two cases: `--password` kept the context's conpin, `--email`
/// removed the phone.
#[test]
fn cli_mod_keeps_the_conpin_and_the_phone() {
    let env = TestEnv::new();
    let id = alice(&env);
    env.cmd()
        .args(["users", "mod", &id, "--password", "other98765"])
        .run()
        .ok();
    assert_eq!(user(&env, "alice")["conpin"], "4444");
    let before = tree(&env);
    env.cmd()
        .args(["users", "mod", &id, "--email", "new@example.org"])
        .run()
        .ok();
    assert_eq!(user(&env, "alice")["polymac"], MAC);
    let phone = PathBuf::from(format!("static/polycom/{MAC}/{MAC}.cfg"));
    assert_eq!(tree(&env).get(&phone), before.get(&phone));
}

#[test]
fn api_mod_keeps_every_field_but_the_documented_ones() {
    let env = TestEnv::new();
    let id = alice(&env);
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let http = Http::new(&serve.addr, "defaultuser", "napw");
    let cases: &[(&str, Value)] = &[
        ("name", json!("alicia")),
        ("email", json!("a2@example.org")),
        ("conpin", json!("5555")),
        ("password", json!("newpw98765")),
        ("polymac", json!("0004f2ddeeff")),
        ("context", json!("friends")),
    ];
    let mut id = id;
    for (field, value) in cases {
        let before = env
            .users()
            .into_iter()
            .find(|u| u["id"] == id.as_str())
            .unwrap();
        let reply = http.post("/api/users/mod", &json!([{"id": id, *field: value}]));
        assert_eq!(reply.status, 200, "{field}: {}", reply.text());
        let done = reply.json()["done"][0].clone();
        assert_eq!(done[*field], *value, "{field}: {done}");
        // The original's documented rules: a missing password is a new
        // one, a missing polymac is `none`.
        if *field != "password" {
            assert_ne!(done["password"], before["password"], "{field}");
        }
        if *field != "polymac" {
            assert_eq!(done["polymac"], "none", "{field}");
        }
        // Every other field keeps its value; the conpin above all.
        for other in ["name", "email", "conpin", "context"] {
            if other != *field {
                assert_eq!(done[other], before[other], "{field} changed {other}");
            }
        }
        assert_eq!(
            env.users()
                .into_iter()
                .find(|u| u["id"] == done["id"])
                .unwrap(),
            done,
            "{field}: the answer is what was written"
        );
        id = done["id"].as_str().unwrap().to_string();
    }
    // The context move kept the user's own pin.
    assert_eq!(user(&env, "alicia")["conpin"], "5555");
}

/// A move out of a context keeps a pin of the user's own, but the old
/// context's default (the moderators' pin) does not follow the user.
#[test]
fn a_move_does_not_carry_the_old_contexts_default_pin() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args([
            "users",
            "add",
            "--name",
            "bob",
            "--email",
            "bob@example.com",
        ])
        .args(["--context", "team", "--json"])
        .run();
    out.ok();
    let id = out.json()["done"][0]["id"].as_str().unwrap().to_string();
    let team_pin = user(&env, "bob")["conpin"].clone();
    env.cmd()
        .args(["users", "mod", &id, "--context", "public"])
        .run()
        .ok();
    let moved = user(&env, "bob");
    assert_ne!(moved["conpin"], team_pin);
    let public_default = user(&env, "publicuser")["conpin"].clone();
    assert_eq!(moved["conpin"], public_default);
}

/// Item 9: outputs that are not the answer to a new password hide them.
#[test]
fn passwords_are_printed_only_when_asked_or_new() {
    let env = TestEnv::new();
    let id = alice(&env);
    let quiet_about = |args: &[&str]| {
        for json in [false, true] {
            let mut cmd = env.cmd().args(args);
            if json {
                cmd = cmd.args(["--json"]);
            }
            let out = cmd.run();
            out.ok();
            let all = format!("{}{}", out.stdout, out.stderr);
            for pw in [PW, "napw"] {
                assert!(
                    !all.contains(pw),
                    "{args:?} json={json} printed {pw}: {all}"
                );
            }
            if json {
                assert!(out.json()["done"][0].get("password").is_none(), "{all}");
            }
        }
    };
    quiet_about(&["users", "reprov"]);
    quiet_about(&["users", "rebuild"]);
    quiet_about(&["users", "mod", &id, "--email", "a3@example.org"]);
    quiet_about(&["users", "mod", &id, "--conpin", "4321"]);
    // Asked for: shown.
    for args in [
        &["users", "reprov", "--show-passwords"][..],
        &["users", "rebuild", "--show-passwords"][..],
        &[
            "users",
            "mod",
            &id,
            "--email",
            "a4@example.org",
            "--show-passwords",
        ][..],
    ] {
        let out = env.cmd().args(args).run();
        out.ok();
        assert!(out.stdout.contains(PW), "{args:?}: {}", out.stdout);
    }
    // A failed mod echoes its input without the kept password.
    let out = env
        .cmd()
        .args(["users", "mod", &id, "--email", "not-an-email"])
        .run();
    out.code(1);
    assert!(!out.stderr.contains(PW), "{}", out.stderr);
    assert!(out.stderr.contains("(hidden)"), "{}", out.stderr);
    // New passwords are shown once, in the answer that made them.
    let out = env
        .cmd()
        .args(["users", "mod", &id, "--new-password", "--json"])
        .run();
    out.ok();
    let new = out.json()["done"][0]["password"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(new, PW);
    assert_eq!(user(&env, "alice")["password"], new.as_str());
    let out = env
        .cmd()
        .args(["users", "mod", &id, "--password", "set98765"])
        .run();
    assert!(out.stdout.contains("set98765"), "{}", out.stdout);
    let out = env
        .cmd()
        .args([
            "users",
            "add",
            "--name",
            "carol",
            "--email",
            "c@example.com",
        ])
        .args(["--context", "public", "--json"])
        .run();
    out.ok();
    let generated = out.json()["done"][0]["password"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(user(&env, "carol")["password"], generated.as_str());
    // Deleting: hidden unless asked.
    let out = env.cmd().args(["users", "del", &id, "--yes"]).run();
    out.ok();
    assert!(!out.stdout.contains("set98765"), "{}", out.stdout);
    let carol = user(&env, "carol")["id"].as_str().unwrap().to_string();
    let out = env
        .cmd()
        .args(["users", "del", &carol, "--yes", "--show-passwords"])
        .run();
    assert!(out.stdout.contains(&generated), "{}", out.stdout);
}

/// The HTTP API's answers are the contract for its clients: unchanged.
#[test]
fn the_api_still_answers_with_passwords() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let http = Http::new(&serve.addr, "defaultuser", "napw");
    let reply = http.get("/api/users/reprov");
    assert_eq!(reply.status, 200, "{}", reply.text());
    assert!(reply.text().contains("napw"), "{}", reply.text());
}
