//! Clients of the original (web client, phones, curl scripts) use
//! `fsconn serve` unchanged: same routes, shapes, status codes, and the
//! context rules of behavior-notes.md section 2.

use crate::harness::*;
use serde_json::{json, Value};

struct World {
    env: TestEnv,
    _sim: Proc,
    serve: Proc,
}

fn world() -> World {
    let env = TestEnv::new();
    let rec = env.path("recordings");
    std::fs::write(
        rec.join("team_g722-2021-08-31T12:09:15.578Z.wav"),
        b"RIFF-team-recording-data",
    )
    .unwrap();
    std::fs::write(
        rec.join("friends_opus-2021-08-31T12:10:00.000Z.wav"),
        b"RIFF-friends-recording",
    )
    .unwrap();
    std::fs::write(env.path("secret.txt"), "top secret").unwrap();
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
fn friend(w: &World) -> Http {
    Http::new(&w.serve.addr, "frienduser", "napw")
}
fn public(w: &World) -> Http {
    Http::new(&w.serve.addr, "publicuser", "napw")
}

#[test]
fn access_matrix_route_by_context() {
    let w = world();
    let (t, f, p) = (team(&w), friend(&w), public(&w));
    // (method, route, team, friends, public)
    let matrix: &[(&str, &str, u16, u16, u16)] = &[
        ("GET", "/userinfo", 200, 200, 200),
        ("GET", "/pubxml", 200, 200, 200),
        ("GET", "/friendxml", 200, 200, 401),
        ("GET", "/fr/friendsrec", 200, 200, 401),
        (
            "GET",
            "/fr/friendsrec/friends_opus-2021-08-31T12:10:00.000Z.wav",
            200,
            200,
            401,
        ),
        ("GET", "/api/users", 200, 401, 401),
        ("GET", "/api/users/byname/default", 200, 401, 401),
        ("GET", "/api/users/match/user", 200, 401, 401),
        ("GET", "/api/conferences", 200, 401, 401),
        ("GET", "/api/conferences/bytype/16", 200, 401, 401),
        ("GET", "/api/conferences/settings", 200, 401, 401),
        ("GET", "/api/recordings", 200, 401, 401),
        ("GET", "/api/recordings/find/team", 200, 401, 401),
        (
            "GET",
            "/api/recordings/team_g722-2021-08-31T12:09:15.578Z.wav",
            200,
            401,
            401,
        ),
        ("GET", "/api/info", 200, 401, 401),
        ("GET", "/api/info/state", 200, 401, 401),
        ("GET", "/api/users/reprov", 200, 401, 401),
        ("GET", "/linphone", 200, 200, 200),
        ("GET", "/api/store/directory", 200, 401, 401),
        ("GET", "/api/conferences/rebuildcontacts", 200, 401, 401),
    ];
    for (method, route, want_t, want_f, want_p) in matrix {
        for (who, client, want) in [
            ("team", &t, want_t),
            ("friends", &f, want_f),
            ("public", &p, want_p),
        ] {
            let r = client.send(method, route, None, &[]);
            assert_eq!(r.status, *want, "{who} {method} {route}: {}", r.text());
            if r.status == 401 {
                assert_eq!(r.json(), json!({"error": "wrong context"}), "{who} {route}");
            }
        }
    }
    // POST routes for a non-team user: refused before the body is looked at.
    for route in [
        "/api/users/add",
        "/api/users/mod",
        "/api/users/del",
        "/api/conferences/add",
        "/api/conferences/mod",
        "/api/conferences/del",
        "/api/conferences/settings",
        "/api/recordings/del",
    ] {
        assert_eq!(f.post(route, &json!([])).status, 401, "{route}");
        assert_eq!(p.post(route, &json!([])).status, 401, "{route}");
    }
    assert_eq!(p.post("/fr/delfriendsrec", &json!([])).status, 401);
}

#[test]
fn unauthenticated_and_wrong_passwords_get_a_digest_challenge() {
    let w = world();
    let raw = reqwest::blocking::get(format!("http://{}/api/users", w.serve.addr)).unwrap();
    assert_eq!(raw.status().as_u16(), 401);
    let ch = raw.headers()["www-authenticate"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        ch.starts_with("Digest ") && ch.contains("realm=\"Users\"") && ch.contains("qop=\"auth\""),
        "{ch}"
    );
    assert_eq!(raw.text().unwrap(), "Unauthorized");
    for (user, pass) in [
        ("defaultuser", "wrong"),
        ("nobody", "napw"),
        ("napw", "napw"),
    ] {
        let r = Http::new(&w.serve.addr, user, pass).get("/userinfo");
        assert_eq!(r.status, 401, "{user}:{pass}");
        assert!(r.headers.contains_key("www-authenticate"));
    }
}

#[test]
fn every_json_answer_has_the_documented_shape() {
    let w = world();
    let t = team(&w);
    let u = t.get("/userinfo").json();
    assert_eq!(
        keys(&u),
        [
            "id",
            "password",
            "conpin",
            "context",
            "name",
            "email",
            "polymac",
            "wss_binding",
            "internal_tls_port"
        ]
    );
    assert_eq!(u["wss_binding"], ":7443");
    assert_eq!(u["internal_tls_port"], "3361");
    let users = t.get("/api/users").json();
    assert_eq!(keys(&users), ["op", "info", "users"]);
    // /userinfo never leaks the globals into the stored users.
    assert!(users["users"]
        .as_array()
        .unwrap()
        .iter()
        .all(|u| u.get("wss_binding").is_none()));
    assert_eq!(
        keys(&users["users"][0]),
        ["id", "password", "conpin", "context", "name", "email", "polymac"]
    );
    let c = t.get("/api/conferences").json();
    assert_eq!(keys(&c), ["op", "info", "conferences"]);
    assert_eq!(keys(&c["info"]), ["total", "contexts", "types"]);
    let f = t.get("/api/users/byid/2").json();
    assert_eq!(f["op"], "users/byid/2");
    let m = t.get("/api/users/match/user").json();
    assert_eq!(keys(&m), ["op", "namematches", "emailmatches"]);
    let cf = t.get("/api/conferences/byname/team").json();
    assert_eq!(cf["op"], "conferences/byname/team");
    assert_eq!(cf["conferences"].as_array().unwrap().len(), 2);
    let info = t.get("/api/info").json();
    assert_eq!(keys(&info), ["op", "info", "globals"]);
    assert_eq!(keys(&info["info"]), ["reloadxml", "maintainance"]);
    assert_eq!(
        info["globals"]["hostname"].as_str().map(|h| !h.is_empty()),
        Some(true)
    );
    let st = t.get("/api/info/state").json();
    assert_eq!(st["op"], "info/state");
    assert_eq!(
        keys(&st["state"]),
        ["info", "globals", "users", "conferencetypes", "conferences"]
    );
    let recs = t.get("/api/recordings").json();
    assert_eq!(
        recs,
        json!({"op": "api/recordings", "files": ["friends_opus-2021-08-31T12:10:00.000Z.wav", "team_g722-2021-08-31T12:09:15.578Z.wav"]})
    );
    assert_eq!(
        t.get("/api/recordings/find/friends").json()["op"],
        "api/recordings/find/friends"
    );

    let fx = friend(&w).get("/friendxml").json();
    assert_eq!(fx["op"], "/friendxml");
    assert_eq!(
        keys(&fx["state"]),
        ["users", "conferences", "conferencetypes"]
    );
    assert_eq!(
        keys(&fx["state"]["users"][0]),
        ["name", "id", "email", "context"]
    );
    let ctxs: Vec<&str> = fx["state"]["conferences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["context"].as_str().unwrap())
        .collect();
    assert!(
        !ctxs.contains(&"team") && ctxs.contains(&"friends") && ctxs.contains(&"public"),
        "{ctxs:?}"
    );
    let px = public(&w).get("/pubxml").json();
    assert_eq!(px["op"], "/pubxml");
    assert_eq!(keys(&px["state"]["users"][0]), ["name", "id", "context"]);
    assert!(px["state"]["conferences"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["context"] == "public"));
    let fr = friend(&w).get("/fr/friendsrec").json();
    assert_eq!(
        fr,
        json!({"op": "friendserc", "files": ["friends_opus-2021-08-31T12:10:00.000Z.wav"]})
    );
    let store = t.get("/api/store/dialplan").json();
    assert_eq!(keys(&store), ["op", "done", "failed"]);
    assert_eq!(store["op"], "store/dialplan");
    let rc = t.get("/api/conferences/rebuildcontacts").json();
    assert_eq!(rc["op"], "conferences/rebuildcontacts");
    assert!(rc["done"].as_str().unwrap().ends_with('Z'));
}

#[test]
fn writes_reach_freeswitch_and_the_cache_follows() {
    let w = world();
    let t = team(&w);
    let a = t.post(
        "/api/users/add",
        &json!([{"name": "viaapi", "email": "v@example.com", "context": "friends"}]),
    );
    assert_eq!(a.status, 200, "{}", a.text());
    let a = a.json();
    assert_eq!(a["done"][0]["id"], "21001");
    assert!(w.env.conf("directory/friends/21001.xml").exists());
    assert!(
        w.env.sim_commands().iter().any(|c| c == "bgapi reloadxml"),
        "{:?}",
        w.env.sim_commands()
    );
    let users = t.get("/api/users").json();
    assert_eq!(users["info"]["total"], 4);
    // The new user can log in right away.
    let pw = a["done"][0]["password"].as_str().unwrap();
    assert_eq!(
        Http::new(&w.serve.addr, "viaapi", pw)
            .get("/userinfo")
            .status,
        200
    );
    let info = t.get("/api/info").json();
    assert_eq!(info["info"]["reloadxml"]["lastmsg"], "+OK [Success]");

    let c = t.post("/api/conferences/add", &json!([{"name": "apiconf", "type": "16kHz-novideo", "context": "public"}, {"name": "apiconf", "type": "x", "context": "public"}])).json();
    assert_eq!(
        c["done"][0],
        json!({"num": "32001", "type": "16kHz-novideo", "context": "public", "name": "apiconf"})
    );
    assert_eq!(c["failed"][0]["error"], "type not implementet");
    let m = t
        .post(
            "/api/conferences/mod",
            &json!([{"num": "32001", "name": "apiconf2"}]),
        )
        .json();
    assert_eq!(m["op"], "conferences/mod");
    let d = t
        .post(
            "/api/conferences/del",
            &json!([{"num": "32001"}, {"num": "39999"}]),
        )
        .json();
    assert_eq!(d["failed"][0]["error"], "no conference 39999");
    let d = t.post("/api/users/del", &json!([{"id": "21001"}])).json();
    assert_eq!(d["done"][0]["id"], "21001");
    // Empty bodies answer empty and reload nothing.
    let reloads = w
        .env
        .sim_commands()
        .iter()
        .filter(|c| c.contains("reloadxml"))
        .count();
    assert_eq!(
        t.post("/api/users/add", &json!([])).json(),
        json!({"op": "users/add", "done": [], "failed": []})
    );
    assert_eq!(
        w.env
            .sim_commands()
            .iter()
            .filter(|c| c.contains("reloadxml"))
            .count(),
        reloads
    );
}

#[test]
fn the_cli_and_the_api_answer_identically() {
    let w = world();
    let t = team(&w);
    for (args, route) in [
        (
            vec!["users", "list", "--json", "--show-passwords"],
            "/api/users",
        ),
        (vec!["conferences", "list", "--json"], "/api/conferences"),
        (
            vec![
                "users",
                "find",
                "byname",
                "def",
                "--json",
                "--show-passwords",
            ],
            "/api/users/byname/def",
        ),
        (
            vec!["conferences", "find", "bycontext", "pub", "--json"],
            "/api/conferences/bycontext/pub",
        ),
        (vec!["recordings", "list", "--json"], "/api/recordings"),
    ] {
        let cli = w.env.cmd().args(&args).run();
        cli.ok();
        assert_eq!(
            cli.stdout.trim_end().as_bytes(),
            t.get(route).body.as_slice(),
            "{route}"
        );
    }
}

#[test]
fn bad_bodies_and_unknown_routes_get_json_errors() {
    let w = world();
    let t = team(&w);
    let r = t.send("POST", "/api/users/add", Some(b"{not json"), &[]);
    assert_eq!(r.status, 400);
    assert_eq!(keys(&r.json()), ["statusCode", "error", "message"]);
    let r = t.post("/api/users/add", &json!({"name": "x"}));
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["message"], "body should be array");
    let r = t.post("/api/users/add", &json!([{"name": "x", "email": "x@y.zz"}]));
    assert_eq!(r.status, 400);
    assert!(r.json()["message"].as_str().unwrap().contains("context"));
    let r = t.post("/api/users/mod", &json!([{"id": 20000}]));
    assert_eq!(r.status, 400);
    assert!(
        r.json()["message"]
            .as_str()
            .unwrap()
            .starts_with("body/0/id"),
        "{}",
        r.text()
    );
    let big = vec![b' '; 5 * 1024 * 1024];
    // The server answers before reading the whole body and closes the
    // connection: do not let the client reuse it.
    let r = t.send(
        "POST",
        "/api/users/add",
        Some(&big),
        &[("connection", "close")],
    );
    assert_eq!(r.status, 413);
    let r = t.get("/nope/x");
    assert_eq!(r.status, 404);
    assert_eq!(
        r.json(),
        json!({"message": "Route GET:/nope/x not found", "error": "Not Found", "statusCode": 404})
    );
    assert_eq!(t.get("/api/users/bysomething/x").status, 404);
    assert_eq!(t.get("/api/store/etc").status, 404);
}

#[test]
fn file_names_in_paths_never_reach_outside() {
    let w = world();
    let (t, f) = (team(&w), friend(&w));
    let attempts = [
        "/api/recordings/..%2F..%2Fsecret.txt",
        "/api/recordings/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/api/recordings/%2Fetc%2Fpasswd",
        "/api/recordings/..",
        "/fr/friendsrec/..%2F..%2Fsecret.txt",
        "/polycom/..%2F..%2Fsecret.txt",
        "/polycom/../../secret.txt",
        "/polycom/Config/..%2F..%2F..%2Fsecret.txt",
        "/..%2Fsecret.txt",
        "/%2e%2e/secret.txt",
    ];
    for a in attempts {
        let r = t.get(a);
        assert!(
            [400, 403, 404].contains(&r.status),
            "{a}: {} {}",
            r.status,
            r.text()
        );
        assert!(!r.text().contains("top secret"), "{a} leaked the file");
    }
    // A symlink inside the recordings dir that points outside.
    std::os::unix::fs::symlink(w.env.path("secret.txt"), w.env.path("recordings/link.wav"))
        .unwrap();
    assert!([400, 403, 404].contains(&t.get("/api/recordings/link.wav").status));
    let r = t.post("/api/recordings/del", &json!([{"file": "../secret.txt"}, {"file": "link.wav"}, {"file": "/etc/passwd"}, {"file": "a\u{0}b"}]));
    assert_eq!(r.status, 200);
    assert_eq!(
        r.json()["failed"].as_array().unwrap().len(),
        4,
        "{}",
        r.text()
    );
    assert_eq!(
        std::fs::read_to_string(w.env.path("secret.txt")).unwrap(),
        "top secret"
    );
    // friends cannot delete (or see) a team recording
    let r = f
        .post(
            "/fr/delfriendsrec",
            &json!([{"file": "team_g722-2021-08-31T12:09:15.578Z.wav"}]),
        )
        .json();
    assert_eq!(r["op"], "api/recordings/del");
    assert_eq!(r["done"], json!([]));
    assert!(w
        .env
        .path("recordings/team_g722-2021-08-31T12:09:15.578Z.wav")
        .exists());
    assert_eq!(
        f.get("/fr/friendsrec/team_g722-2021-08-31T12:09:15.578Z.wav")
            .status,
        404
    );
    let r = f
        .post(
            "/fr/delfriendsrec",
            &json!([{"file": "friends_opus-2021-08-31T12:10:00.000Z.wav"}]),
        )
        .json();
    assert_eq!(
        r["done"],
        json!(["friends_opus-2021-08-31T12:10:00.000Z.wav"])
    );
}

#[test]
fn recordings_download_with_range() {
    let w = world();
    let t = team(&w);
    let r = t.get("/api/recordings/team_g722-2021-08-31T12:09:15.578Z.wav");
    assert_eq!(r.status, 200);
    assert_eq!(r.body, b"RIFF-team-recording-data");
    assert_eq!(r.headers["content-type"], "audio/wav");
    assert_eq!(r.headers["content-length"], "24");
    let r = t.send(
        "GET",
        "/api/recordings/team_g722-2021-08-31T12:09:15.578Z.wav",
        None,
        &[("range", "bytes=5-8")],
    );
    assert_eq!(r.status, 206);
    assert_eq!(r.body, b"team");
    assert_eq!(r.headers["content-range"], "bytes 5-8/24");
}

#[test]
fn replayed_authorization_headers_are_refused() {
    let w = world();
    let t = team(&w);
    let auth = t.next_authorization("GET", "/userinfo");
    let url = format!("http://{}/userinfo", w.serve.addr);
    let c = reqwest::blocking::Client::new();
    assert_eq!(
        c.get(&url)
            .header("authorization", &auth)
            .send()
            .unwrap()
            .status()
            .as_u16(),
        200
    );
    assert_eq!(
        c.get(&url)
            .header("authorization", &auth)
            .send()
            .unwrap()
            .status()
            .as_u16(),
        401,
        "replay accepted"
    );
    // Valid credentials for another URI don't work here either.
    let other = t.next_authorization("GET", "/pubxml");
    assert_eq!(
        c.get(&url)
            .header("authorization", &other)
            .send()
            .unwrap()
            .status()
            .as_u16(),
        401
    );
}

#[test]
fn an_expired_nonce_is_answered_with_stale_true() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("fsconn.toml"),
        "conf_dir = \"freeswitch\"\nstatic_dir = \"static\"\nrecordings_dir = \"recordings\"\n[serve]\nnonce_ttl = 1\n",
    )
    .unwrap();
    let serve = env.start_serve("127.0.0.1:1");
    let t = Http::new(&serve.addr, "defaultuser", "napw");
    let auth = t.next_authorization("GET", "/userinfo");
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let r = reqwest::blocking::Client::new()
        .get(format!("http://{}/userinfo", serve.addr))
        .header("authorization", auth)
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    assert!(r.headers()["www-authenticate"]
        .to_str()
        .unwrap()
        .contains("stale=true"));
}

#[test]
fn without_freeswitch_reads_work_and_writes_say_503() {
    let env = TestEnv::new();
    let serve = env.start_serve("127.0.0.1:1");
    let t = Http::new(&serve.addr, "defaultuser", "napw");
    assert_eq!(t.get("/api/users").status, 200);
    let r = t.post(
        "/api/users/add",
        &json!([{"name": "n", "email": "n@example.com", "context": "team"}]),
    );
    assert_eq!(r.status, 503);
    assert!(r.json()["message"].as_str().unwrap().contains("FreeSWITCH"));
    assert!(!env.conf("directory/team/20001.xml").exists());
    // Globals fall back to vars.xml.
    assert_eq!(t.get("/userinfo").json()["internal_tls_port"], "3361");
}

#[test]
fn phones_fetch_their_own_provisioning_and_upload_only_into_their_dir() {
    let w = world();
    let t = team(&w);
    let a = t
        .post("/api/users/add", &json!([{"name": "polly", "email": "p@example.com", "context": "team", "password": "pollypw1234", "polymac": "0004f2abcdef"}]))
        .json();
    assert_eq!(a["failed"], json!([]));
    let polly = Http::new(&w.serve.addr, "polly", "pollypw1234");
    let lin = polly.get("/linphone");
    assert_eq!(lin.status, 200);
    assert!(lin
        .text()
        .contains("<entry name=\"username\" overwrite=\"true\">20001</entry>"));
    assert_eq!(polly.get("/polycom/0004f2abcdef.cfg").status, 200);
    assert!(polly
        .get("/polycom/allprov.cfg")
        .text()
        .contains("pollypw1234"));
    assert_eq!(polly.get("/polycom/0004f2abcdef-directory.xml").status, 200);
    // Another user's phone files are not theirs.
    assert_eq!(t.get("/polycom/0004f2abcdef.cfg").status, 404);
    // Firmware comes from the shared tree.
    let ucs = w.env.path("static/polycom/ucs");
    std::fs::create_dir_all(ucs.join("SoundPointIPLocalization/German")).unwrap();
    std::fs::write(ucs.join("sip.ld"), b"firmware").unwrap();
    std::fs::write(ucs.join("SoundPointIPLocalization/German/x.xml"), b"<x/>").unwrap();
    assert_eq!(polly.get("/polycom/sip.ld").body, b"firmware");
    assert_eq!(
        polly
            .get("/polycom/SoundPointIPLocalization/German/x.xml")
            .status,
        200
    );
    // Uploads: logs append, other files replace, nothing outside the MAC dir.
    let put = |name: &str, body: &[u8]| {
        polly
            .send("PUT", &format!("/polycom/{name}"), Some(body), &[])
            .status
    };
    assert_eq!(put("0004f2abcdef-app.log", b"one\n"), 200);
    assert_eq!(put("0004f2abcdef-app.log", b"two\n"), 200);
    let log = std::fs::read_to_string(
        w.env
            .path("static/polycom/0004f2abcdef/0004f2abcdef-app.log"),
    )
    .unwrap();
    assert_eq!(log, "one\ntwo\n");
    assert_eq!(put("0004f2abcdef-phone.cfg", b"<a/>"), 200);
    assert_eq!(put("other-app.log", b"x"), 403);
    assert_eq!(put("..%2F..%2Fevil", b"x"), 400);
    assert_eq!(
        t.send("PUT", "/polycom/0004f2abcdef-app.log", Some(b"x"), &[])
            .status,
        403
    );
    assert!(!w.env.path("static/evil").exists());
}

#[test]
fn curl_digest_works_for_a_get_and_a_post() {
    if std::process::Command::new("curl")
        .arg("--version")
        .output()
        .is_err()
    {
        panic!("curl is needed for this test (.ci/run installs it)");
    }
    let w = world();
    let base = format!("http://{}", w.serve.addr);
    let out = std::process::Command::new("curl")
        .args([
            "-s",
            "--digest",
            "-u",
            "defaultuser:napw",
            &format!("{base}/api/users"),
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["op"], "users");
    let out = std::process::Command::new("curl")
        .args([
            "-s",
            "--digest",
            "-u",
            "defaultuser:napw",
            "--header",
            "Content-Type: application/json",
            "-X",
            "POST",
        ])
        .args([
            "--data",
            r#"[{"name":"curly","email":"c@example.com","context":"public"}]"#,
            &format!("{base}/api/users/add"),
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["done"][0]["name"], "curly");
}

#[test]
fn no_cors_headers_unless_origins_are_configured() {
    let w = world();
    let r = team(&w).send(
        "GET",
        "/userinfo",
        None,
        &[("origin", "https://evil.example")],
    );
    assert_eq!(r.status, 200);
    assert!(r.headers.get("access-control-allow-origin").is_none());
    let env = TestEnv::new();
    std::fs::write(
        env.path("fsconn.toml"),
        "conf_dir = \"freeswitch\"\nstatic_dir = \"static\"\n[serve]\ncors_origins = [\"https://app.example\"]\n",
    )
    .unwrap();
    let serve = env.start_serve("127.0.0.1:1");
    let t = Http::new(&serve.addr, "defaultuser", "napw");
    let ok = t.send(
        "GET",
        "/userinfo",
        None,
        &[("origin", "https://app.example")],
    );
    assert_eq!(
        ok.headers["access-control-allow-origin"],
        "https://app.example"
    );
    assert_eq!(ok.headers["access-control-allow-credentials"], "true");
    let evil = t.send(
        "GET",
        "/userinfo",
        None,
        &[("origin", "https://evil.example")],
    );
    assert!(evil.headers.get("access-control-allow-origin").is_none());
}
