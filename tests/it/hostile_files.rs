//! What fsconn writes to disk stays well-formed, private and owned by the
//! right user, whatever a client sends: characters XML cannot hold, a MAC
//! another user's phone has, recording names that mimic another
//! conference's, oversized phone uploads. Each over the CLI and over HTTP.

use crate::harness::*;
use serde_json::{json, Value};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

struct World {
    env: TestEnv,
    _sim: Proc,
    serve: Proc,
}

fn world(settings: &str) -> World {
    let env = TestEnv::new();
    env.write_settings(settings);
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    World {
        env,
        _sim: sim,
        serve,
    }
}

fn team(w: &World) -> Http {
    Http::new(&w.serve.addr, "defaultuser", "napw")
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o7777
}

/// The one failure of a write answer.
#[track_caller]
fn only_failure(v: &Value) -> String {
    assert_eq!(v["done"], json!([]), "{v}");
    let f = v["failed"].as_array().unwrap();
    assert_eq!(f.len(), 1, "{v}");
    f[0]["error"].as_str().unwrap().to_string()
}

const NONCHARS: &[char] = &[
    '\u{FFFE}',
    '\u{FFFF}',
    '\u{FDD0}',
    '\u{FDEF}',
    '\u{1FFFE}',
    '\u{10FFFF}',
    '\u{7}',
];

#[test]
fn characters_xml_1_0_forbids_are_refused_naming_the_field_cli() {
    let env = TestEnv::new();
    let before = env.snapshot();
    for c in NONCHARS {
        for (field, value) in [
            ("name", format!("bad{c}name")),
            ("email", format!("a{c}b@example.com")),
            ("password", format!("pw{c}1234567")),
        ] {
            let mut args = vec![
                "users".to_string(),
                "add".into(),
                "--json".into(),
                "--context".into(),
                "team".into(),
            ];
            for (f, v) in [
                ("name", "fine"),
                ("email", "f@example.com"),
                ("password", "finepw12345"),
            ] {
                args.push(format!("--{f}"));
                args.push(if f == field { value.clone() } else { v.into() });
            }
            let out = env.cmd().args(&args).run();
            out.code(1);
            let why = only_failure(&out.json());
            assert!(
                why.starts_with(&format!("{field} must not contain")),
                "{c:?} {field}: {why}"
            );
        }
        let out = env
            .cmd()
            .args(["users", "mod", "20000", "--json", "--name"])
            .arg_path(Path::new(&format!("x{c}")))
            .run();
        out.code(1);
        assert!(only_failure(&out.json()).starts_with("name must not contain"));
        let out = env
            .cmd()
            .args([
                "conferences",
                "add",
                "--json",
                "--context",
                "team",
                "--type",
                "16kHz-novideo",
                "--name",
            ])
            .arg_path(Path::new(&format!("c{c}")))
            .run();
        out.code(1);
        assert!(only_failure(&out.json()).starts_with("name "));
    }
    assert_eq!(env.snapshot(), before);
    python_xml_check(&xml_files_under(&env.conf(""))).unwrap();
}

#[test]
fn characters_xml_1_0_forbids_are_refused_naming_the_field_http() {
    let w = world("");
    let t = team(&w);
    let before = w.env.snapshot();
    for c in NONCHARS {
        for field in ["name", "email", "password"] {
            let mut item = json!({"name": "fine", "email": "f@example.com", "context": "team", "password": "finepw12345"});
            item[field] = json!(format!(
                "{}{c}x",
                if field == "email" { "a@b.c" } else { "v" }
            ));
            let v = t.post("/api/users/add", &json!([item])).json();
            let why = only_failure(&v);
            assert!(
                why.starts_with(&format!("{field} must not contain")),
                "{c:?}: {why}"
            );
            let v = t
                .post(
                    "/api/users/mod",
                    &json!([{"id": "20000", field: item[field]}]),
                )
                .json();
            assert!(only_failure(&v).starts_with(&format!("{field} must not contain")));
        }
    }
    // The same characters sent as JSON escapes.
    let raw = r#"[{"name":"esc\uFFFEx","email":"e@example.com","context":"team"}]"#;
    let r = t.send("POST", "/api/users/add", Some(raw.as_bytes()), &[]);
    assert!(only_failure(&r.json()).starts_with("name must not contain U+FFFE"));
    assert_eq!(w.env.snapshot(), before);
}

#[test]
fn a_polycom_mac_belongs_to_one_user_cli() {
    let env = TestEnv::new();
    let add = |name: &str, mac: &str| {
        env.cmd()
            .args([
                "users",
                "add",
                "--json",
                "--context",
                "team",
                "--email",
                "p@example.com",
            ])
            .args([
                "--name",
                name,
                "--password",
                &format!("{name}pw12345"),
                "--polymac",
                mac,
            ])
            .run()
    };
    add("first", "0004f2a1b2c3").ok();
    let cfg = env.path("static/polycom/0004f2a1b2c3/allprov.cfg");
    let prov = std::fs::read(&cfg).unwrap();
    let before = env.snapshot();
    // The same MAC, written differently.
    for mac in ["0004f2a1b2c3", "0004F2-A1-B2-C3", "00:04:f2:a1:b2:c3"] {
        let out = add("second", mac);
        out.code(1);
        assert_eq!(only_failure(&out.json()), "polymac already taken");
    }
    let out = env
        .cmd()
        .args([
            "users",
            "mod",
            "20000",
            "--json",
            "--polymac",
            "0004F2A1B2C3",
        ])
        .run();
    out.code(1);
    assert_eq!(only_failure(&out.json()), "polymac already taken");
    assert_eq!(env.snapshot(), before);
    assert_eq!(std::fs::read(&cfg).unwrap(), prov);
    // Its owner keeps it through a mod; a free MAC is fine.
    let first = env
        .users()
        .into_iter()
        .find(|u| u["name"] == "first")
        .unwrap();
    let id = first["id"].as_str().unwrap();
    env.cmd()
        .args([
            "users",
            "mod",
            id,
            "--polymac",
            "0004f2a1b2c3",
            "--password",
            "newfirstpw1",
        ])
        .run()
        .ok();
    add("second", "0004f2a1b2c4").ok();
    // Two users in one batch asking for the same MAC: the second fails.
    let body = json!([
        {"name": "b1", "email": "b@example.com", "context": "team", "polymac": "0004f2000001"},
        {"name": "b2", "email": "b@example.com", "context": "team", "polymac": "0004f2000001"},
    ]);
    let out = env
        .cmd()
        .args(["users", "add", "--json", "--file", "-"])
        .stdin(body.to_string())
        .run();
    out.code(1);
    assert_eq!(out.json()["failed"][0]["error"], "polymac already taken");
    assert_eq!(out.json()["done"].as_array().unwrap().len(), 1);
}

#[test]
fn a_polycom_mac_belongs_to_one_user_http() {
    let w = world("");
    let t = team(&w);
    let v = t
        .post("/api/users/add", &json!([{"name": "polly", "email": "p@example.com", "context": "team", "password": "pollypw1234", "polymac": "0004f2abcdef"}]))
        .json();
    assert_eq!(v["failed"], json!([]));
    let before = w.env.snapshot();
    let statics = std::fs::read(w.env.path("static/polycom/0004f2abcdef/allprov.cfg")).unwrap();
    let v = t
        .post("/api/users/add", &json!([{"name": "thief", "email": "t@example.com", "context": "public", "password": "thiefpw1234", "polymac": "0004F2ABCDEF"}]))
        .json();
    assert_eq!(only_failure(&v), "polymac already taken");
    let v = t
        .post(
            "/api/users/mod",
            &json!([{"id": "22000", "polymac": "00:04:f2:ab:cd:ef"}]),
        )
        .json();
    assert_eq!(only_failure(&v), "polymac already taken");
    assert_eq!(w.env.snapshot(), before);
    assert_eq!(
        std::fs::read(w.env.path("static/polycom/0004f2abcdef/allprov.cfg")).unwrap(),
        statics
    );
    // The owner's phone still gets the owner's password.
    let polly = Http::new(&w.serve.addr, "polly", "pollypw1234");
    assert!(polly
        .get("/polycom/allprov.cfg")
        .text()
        .contains("pollypw1234"));
}

/// Recordings of a team conference, and a friends conference whose name
/// makes them look like its own.
fn recordings(env: &TestEnv) {
    let rec = env.path("recordings");
    for name in [
        "team_g722-2021-08-31T12:09:15.578Z.wav",
        "team_g722-2021-2021-09-01T10:00:00.000Z.wav",
        "friends_opus-2021-08-31T12:10:00.000Z.wav",
        "nobody-2021-08-31T12:10:00.000Z.wav",
        "friends_opus-notastamp.wav",
        "friends_opus-2021-13-40T12:10:00.000Z.wav",
        "friends_opus-2021-08-31T12:10:00.000Z.wav.mp3",
    ] {
        std::fs::write(rec.join(name), b"RIFF").unwrap();
    }
    env.cmd()
        .args([
            "conferences",
            "add",
            "--context",
            "friends",
            "--type",
            "16kHz-novideo",
            "--name",
            "team_g722-2021",
        ])
        .run()
        .ok();
}

const FRIENDS_SEE: &[&str] = &[
    "friends_opus-2021-08-31T12:10:00.000Z.wav",
    "team_g722-2021-2021-09-01T10:00:00.000Z.wav",
];

#[test]
fn a_recording_belongs_to_a_conference_only_by_its_exact_name_cli() {
    let env = TestEnv::new();
    recordings(&env);
    let out = env
        .cmd()
        .args(["recordings", "list", "--context", "friends", "--json"])
        .run();
    out.ok();
    assert_eq!(out.json()["files"], json!(FRIENDS_SEE));
    let all = env.cmd().args(["recordings", "list", "--json"]).run();
    assert_eq!(all.json()["files"].as_array().unwrap().len(), 7);
}

#[test]
fn a_recording_belongs_to_a_conference_only_by_its_exact_name_http() {
    let w = world("");
    recordings(&w.env);
    // The conference was added behind the server's back: let it see it.
    let t = team(&w);
    t.post(
        "/api/conferences/add",
        &json!([{"name": "friends_x", "type": "16kHz-novideo", "context": "friends"}]),
    );
    let f = Http::new(&w.serve.addr, "frienduser", "napw");
    assert_eq!(f.get("/fr/friendsrec").json()["files"], json!(FRIENDS_SEE));
    for hidden in [
        "team_g722-2021-08-31T12:09:15.578Z.wav",
        "nobody-2021-08-31T12:10:00.000Z.wav",
        "friends_opus-notastamp.wav",
    ] {
        assert_eq!(
            f.get(&format!("/fr/friendsrec/{hidden}")).status,
            404,
            "{hidden}"
        );
    }
    let r = f.post(
        "/fr/delfriendsrec",
        &json!([{"file": "team_g722-2021-08-31T12:09:15.578Z.wav"}]),
    );
    assert_eq!(r.json()["done"], json!([]));
    assert!(w
        .env
        .path("recordings/team_g722-2021-08-31T12:09:15.578Z.wav")
        .exists());
    assert_eq!(
        t.get("/api/recordings").json()["files"]
            .as_array()
            .unwrap()
            .len(),
        7
    );
}

#[test]
fn files_holding_passwords_are_not_readable_by_others_cli() {
    let env = TestEnv::new();
    std::os::unix::fs::chown(env.path("static"), Some(4021), Some(4022)).unwrap();
    let user_file = env.conf("directory/team/20000.xml");
    // An existing file owned by FreeSWITCH's user, mode 0640: a rewrite keeps both.
    std::fs::set_permissions(&user_file, std::fs::Permissions::from_mode(0o640)).unwrap();
    std::os::unix::fs::chown(&user_file, Some(4001), Some(4002)).unwrap();
    env.cmd()
        .args(["users", "mod", "20000", "--password", "changedpw123"])
        .run()
        .ok();
    let m = std::fs::metadata(&user_file).unwrap();
    assert_eq!((m.uid(), m.gid(), mode(&user_file)), (4001, 4002, 0o640));
    // A world-readable file holding a password loses the bits for others.
    let friend = env.conf("directory/friends/21000.xml");
    std::fs::set_permissions(&friend, std::fs::Permissions::from_mode(0o664)).unwrap();
    env.cmd()
        .args(["users", "mod", "21000", "--password", "changedpw123"])
        .run()
        .ok();
    assert_eq!(mode(&friend), 0o660);
    // A new file takes the owner and group of its dir, nothing for others.
    let dir = env.conf("directory/public");
    std::os::unix::fs::chown(&dir, Some(4011), Some(4012)).unwrap();
    env.cmd()
        .args([
            "users",
            "add",
            "--context",
            "public",
            "--name",
            "newbie",
            "--email",
            "n@example.com",
            "--polymac",
            "0004f2000009",
        ])
        .run()
        .ok();
    let new = dir.join("22001.xml");
    let m = std::fs::metadata(&new).unwrap();
    assert_eq!((m.uid(), m.gid()), (4011, 4012));
    assert_eq!(mode(&new) & 0o007, 0, "{:o}", mode(&new));
    for rel in [
        "static/linphone/22001/linphone.xml",
        "static/polycom/0004f2000009/allprov.cfg",
        "static/polycom/0004f2000009/0004f2000009.cfg",
    ] {
        let p = env.path(rel);
        assert_eq!(mode(&p) & 0o007, 0, "{rel}: {:o}", mode(&p));
        assert_eq!(std::fs::metadata(&p).unwrap().gid(), 4022, "{rel}");
    }
    // A conference file (no secret) keeps being readable.
    let conf = env.conf("dialplan/conferences/30000.xml");
    let was = mode(&conf);
    env.cmd()
        .args(["conferences", "mod", "30000", "--name", "team_renamed"])
        .run()
        .ok();
    assert_eq!(mode(&conf), was);
}

#[test]
fn files_holding_passwords_are_not_readable_by_others_http() {
    let w = world("");
    let t = team(&w);
    let v = t
        .post("/api/users/add", &json!([{"name": "webby", "email": "w@example.com", "context": "team", "password": "webbypw1234"}]))
        .json();
    let id = v["done"][0]["id"].as_str().unwrap().to_string();
    for p in [
        w.env.conf(&format!("directory/team/{id}.xml")),
        w.env.path(&format!("static/linphone/{id}/linphone.xml")),
    ] {
        assert_eq!(mode(&p) & 0o007, 0, "{}: {:o}", p.display(), mode(&p));
    }
}

#[test]
fn phone_uploads_are_capped_per_file_and_per_phone() {
    let w = world("[serve]\nphone_file_max = 1000\nphone_dir_max = 6000\n");
    let t = team(&w);
    t.post("/api/users/add", &json!([{"name": "polly", "email": "p@example.com", "context": "team", "password": "pollypw1234", "polymac": "0004f2abcdef"}]));
    let polly = Http::new(&w.serve.addr, "polly", "pollypw1234");
    let put =
        |name: &str, body: &[u8]| polly.send("PUT", &format!("/polycom/{name}"), Some(body), &[]);
    let dir = w.env.path("static/polycom/0004f2abcdef");
    let log = dir.join("0004f2abcdef-app.log");
    // One upload beyond the per-file cap: refused, nothing written.
    let r = put("0004f2abcdef-app.log", &[b'a'; 1001]);
    assert_eq!(r.status, 413);
    assert!(r.text().contains("serve.phone_file_max"), "{}", r.text());
    assert!(!log.exists());
    // A log that grows beyond it keeps its newest bytes.
    for chunk in [b'1', b'2', b'3'] {
        assert_eq!(put("0004f2abcdef-app.log", &[chunk; 400]).status, 200);
    }
    let kept = std::fs::read(&log).unwrap();
    assert_eq!(kept.len(), 1000);
    assert!(kept.ends_with(&[b'3'; 400]) && kept.starts_with(&[b'1'; 200]));
    assert_eq!(mode(&log) & 0o007, 0);
    // The phone's dir as a whole (its generated files count too).
    let used = || -> u64 {
        std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().metadata().unwrap().len())
            .sum()
    };
    let mut refused = false;
    for i in 0..20 {
        let name = format!("0004f2abcdef-{i}.cfg");
        let before = used();
        let r = put(&name, &[b'x'; 900]);
        if before + 900 > 6000 {
            assert_eq!(r.status, 413, "{i}");
            assert!(r.text().contains("serve.phone_dir_max"), "{}", r.text());
            assert!(!dir.join(&name).exists());
            refused = true;
            break;
        }
        assert_eq!(r.status, 200, "{i}");
    }
    assert!(refused);
    assert!(used() <= 6000);
}
