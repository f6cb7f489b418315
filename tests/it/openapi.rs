//! A client author builds on `docs/openapi.json`: it is the document the
//! server serves, a validator nobody here wrote accepts it, and every
//! route's real answers (successes and refusals) match the schemas it
//! gives for them.

use crate::harness::*;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn committed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/openapi.json")
}

fn serve_alone() -> (TestEnv, Proc) {
    let env = TestEnv::new();
    // No FreeSWITCH needed: the document does not depend on it.
    let serve = env.start_serve("127.0.0.1:1");
    (env, serve)
}

#[test]
fn the_committed_document_is_the_one_the_server_serves() {
    let (_env, serve) = serve_alone();
    let r = reqwest::blocking::get(format!("http://{}/api/openapi.json", serve.addr)).unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/json"));
    let served = r.text().unwrap();
    let doc: Value = serde_json::from_str(&served).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    if std::env::var_os("FSCONN_BLESS").is_some() {
        std::fs::write(committed(), &served).unwrap();
    }
    let on_disk = std::fs::read_to_string(committed()).unwrap_or_default();
    assert!(
        on_disk == served,
        "docs/openapi.json is not the document the server serves; refresh it with\n    \
         FSCONN_BLESS=1 cargo test --test it openapi::the_committed_document\nand commit it"
    );
}

#[test]
fn openapi_spec_validator_accepts_the_document() {
    let out = std::process::Command::new("python3")
        .args(["-m", "openapi_spec_validator"])
        .arg(committed())
        .output()
        .expect("python3 (CI installs openapi-spec-validator, see .ci/run)");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("OK"), "{text}");
}

/// The document, the calls made against it, and what each answered.
struct Checker {
    doc: Value,
    seen: BTreeSet<(String, String)>,
}

impl Checker {
    fn new() -> Checker {
        let text = std::fs::read_to_string(committed()).unwrap();
        Checker {
            doc: serde_json::from_str(&text).unwrap(),
            seen: BTreeSet::new(),
        }
    }

    /// `schema` with the document's components beside it, so its `$ref`s resolve.
    fn validator(&self, schema: &Value) -> jsonschema::Validator {
        let mut s = schema.clone();
        s["components"] = self.doc["components"].clone();
        jsonschema::draft202012::new(&s)
            .unwrap_or_else(|e| panic!("schema does not compile ({e}): {schema}"))
    }

    /// Check `r`, the answer to `method template` (`/api/users/{by}/{s}`),
    /// against the document; a request body sent with a 2xx answer against
    /// the documented request body.
    #[track_caller]
    fn check(&mut self, method: &str, template: &str, sent: Option<&Value>, r: &Reply) {
        let m = method.to_ascii_lowercase();
        let op = &self.doc["paths"][template][&m];
        assert!(op.is_object(), "{method} {template} is not in the document");
        self.seen.insert((template.to_string(), m.clone()));
        let status = r.status.to_string();
        let resp = &op["responses"][&status];
        assert!(
            resp.is_object(),
            "{method} {template}: status {status} is not documented: {}",
            r.text()
        );
        if let (Some(body), true) = (sent, r.status < 300) {
            let schema = &op["requestBody"]["content"]["application/json"]["schema"];
            self.validate(schema, body, &format!("request of {method} {template}"));
        }
        let Some(content) = resp["content"].as_object() else {
            assert!(
                r.body.is_empty(),
                "{method} {template} {status}: no body documented"
            );
            return;
        };
        let ctype = r
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .split(';')
            .next()
            .unwrap_or("")
            .to_string();
        if ctype == "application/json" {
            let schema = &content
                .get("application/json")
                .unwrap_or_else(|| panic!("{method} {template} {status}: JSON not documented"))
                ["schema"];
            let what = format!("answer {status} of {method} {template}");
            self.validate(schema, &r.json(), &what);
        } else if !content.contains_key("application/octet-stream") {
            assert!(
                content.contains_key(&ctype),
                "{method} {template} {status}: {ctype} not documented"
            );
        }
    }

    #[track_caller]
    fn validate(&self, schema: &Value, instance: &Value, what: &str) {
        assert!(schema.is_object(), "{what}: no schema documented");
        let v = self.validator(schema);
        let errors: Vec<String> = v
            .iter_errors(instance)
            .map(|e| format!("{}: {e}", e.instance_path))
            .collect();
        assert!(
            errors.is_empty(),
            "{what} does not match its schema: {errors:?}\n{instance}"
        );
    }

    /// Every operation of the document was called.
    fn all_called(&self) {
        let mut missing = Vec::new();
        for (path, item) in self.doc["paths"].as_object().unwrap() {
            for m in item.as_object().unwrap().keys() {
                if !self.seen.contains(&(path.clone(), m.clone())) && m != "servers" {
                    missing.push(format!("{m} {path}"));
                }
            }
        }
        assert!(missing.is_empty(), "never called: {missing:?}");
    }
}

struct World {
    env: TestEnv,
    sim: Proc,
    serve: Proc,
    metrics: String,
}

fn world() -> World {
    let env = TestEnv::new();
    env.write_settings("[retention]\nmax_age_days = 3650");
    let rec = env.path("recordings");
    std::fs::write(
        rec.join("team_g722-2021-08-31T12:09:15.578Z.wav"),
        b"RIFF-team",
    )
    .unwrap();
    std::fs::write(
        rec.join("friends_opus-2021-08-31T12:10:00.000Z.wav"),
        b"RIFF-fr",
    )
    .unwrap();
    let sim = env.start_sim();
    let metrics = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().to_string()
    };
    let serve = Proc::start(env.cmd().args([
        "--esl",
        &sim.addr,
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--metrics-listen",
        &metrics,
    ]));
    World {
        env,
        sim,
        serve,
        metrics,
    }
}

fn user(w: &World, name: &str, pw: &str) -> Http {
    Http::new(&w.serve.addr, name, pw)
}

/// Wait until the server's event socket is up (it lists registrations first).
fn ready(w: &World) {
    for _ in 0..200 {
        let up = w
            .env
            .sim_commands()
            .iter()
            .any(|c| c == "api sofia status profile internal reg");
        if up {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("server never connected to the sim");
}

#[test]
fn every_route_answers_as_its_schema_says() {
    let w = world();
    ready(&w);
    let mut c = Checker::new();
    // The checker refuses what the schemas refuse.
    let error_ref = json!({"$ref": "#/components/schemas/ErrorAnswer"});
    assert!(!c.validator(&error_ref).is_valid(&json!({"message": 1})));
    let list = &c.doc["paths"]["/api/users"]["get"]["responses"]["200"]["content"];
    let list = c.validator(&list["application/json"]["schema"]);
    assert!(!list.is_valid(&json!({"op": "users", "info": {}, "users": []})));
    operations(&w, &mut c);
    users(&w, &mut c);
    conferences(&w, &mut c);
    recordings(&w, &mut c);
    config_and_info(&w, &mut c);
    views(&w, &mut c);
    phones(&w, &mut c);
    session(&w, &mut c);
    account(&w, &mut c);
    live(&w, &mut c);
    c.all_called();
}

fn operations(w: &World, c: &mut Checker) {
    let anon = user(w, "nobody", "nothing");
    c.check("GET", "/healthz", None, &anon.get("/healthz"));
    c.check(
        "GET",
        "/api/openapi.json",
        None,
        &anon.get("/api/openapi.json"),
    );
    c.check("GET", "/", None, &anon.get("/"));
    // File mode: no [[node]], so the nodes' route answers 404
    // (tests/it/xml_curl.rs has the cluster's answers).
    let r = anon.send(
        "POST",
        "/api/xml_curl",
        None,
        &[("content-type", "application/x-www-form-urlencoded")],
    );
    assert_eq!(r.status, 404);
    c.check("POST", "/api/xml_curl", None, &r);
    let m = Http::new(&w.metrics, "nobody", "nothing").get("/metrics");
    assert_eq!(m.status, 200);
    c.check("GET", "/metrics", None, &m);
}

/// POST `body` as `who` and check it; the answer.
fn post(c: &mut Checker, who: &Http, uri: &str, template: &str, body: Value) -> Reply {
    let r = who.post(uri, &body);
    c.check("POST", template, Some(&body), &r);
    r
}

fn get(c: &mut Checker, who: &Http, uri: &str, template: &str) -> Reply {
    let r = who.get(uri);
    c.check("GET", template, None, &r);
    r
}

fn users(w: &World, c: &mut Checker) {
    let (t, f) = (
        user(w, "defaultuser", "napw"),
        user(w, "frienduser", "napw"),
    );
    let anon = user(w, "nobody", "nothing");
    assert_eq!(get(c, &t, "/api/users", "/api/users").status, 200);
    let r = get(c, &f, "/api/users", "/api/users");
    assert_eq!(
        (r.status, r.json()),
        (401, json!({"error": "wrong context"}))
    );
    let r = get(c, &anon, "/api/users", "/api/users");
    assert_eq!((r.status, r.text().as_str()), (401, "Unauthorized"));
    let find = "/api/users/{by}/{s}";
    assert_eq!(get(c, &t, "/api/users/byname/default", find).status, 200);
    assert_eq!(get(c, &t, "/api/users/match/user", find).status, 200);
    assert_eq!(get(c, &t, "/api/users/bogus/x", find).status, 404);
    let add = json!([{"name": "openapi", "email": "o@example.com", "context": "team",
        "password": "Opn-api-pw-2026", "polymac": "0004f2a0b1c2"}]);
    let r = post(c, &t, "/api/users/add", "/api/users/add", add);
    assert_eq!(r.status, 200, "{}", r.text());
    let id = r.json()["done"][0]["id"].as_str().unwrap().to_string();
    let bad = post(c, &t, "/api/users/add", "/api/users/add", json!({"x": 1}));
    assert_eq!(bad.status, 400);
    let r = t.send(
        "POST",
        "/api/users/add",
        None,
        &[("content-type", "text/plain")],
    );
    c.check("POST", "/api/users/add", None, &r);
    assert_eq!(r.status, 415, "{}", r.text());
    let m = json!([{"id": id, "email": "o2@example.com", "password": "Opn-api-pw-2026", "polymac": "0004f2a0b1c2"}]);
    assert_eq!(
        post(c, &t, "/api/users/mod", "/api/users/mod", m).status,
        200
    );
    let gone = json!([{"id": "29999"}]);
    let r = post(c, &t, "/api/users/del", "/api/users/del", gone);
    assert_eq!(
        r.json()["failed"].as_array().map(Vec::len),
        Some(1),
        "{}",
        r.text()
    );
    assert_eq!(
        get(c, &t, "/api/users/rebuild", "/api/users/rebuild").status,
        200
    );
    assert_eq!(
        get(c, &t, "/api/users/reprov", "/api/users/reprov").status,
        200
    );
}

fn conferences(w: &World, c: &mut Checker) {
    let t = user(w, "defaultuser", "napw");
    let r = get(c, &t, "/api/conferences", "/api/conferences");
    let ctype = r.json()["info"]["types"][0].as_str().unwrap().to_string();
    let find = "/api/conferences/{by}/{s}";
    assert_eq!(
        get(c, &t, "/api/conferences/bycontext/team", find).status,
        200
    );
    assert_eq!(get(c, &t, "/api/conferences/bogus/x", find).status, 404);
    let add = json!([{"name": "openapi_conf", "type": ctype, "context": "public"}]);
    let r = post(c, &t, "/api/conferences/add", "/api/conferences/add", add);
    let num = r.json()["done"][0]["num"].as_str().unwrap().to_string();
    let m = json!([{"num": num, "name": "openapi_conf2"}]);
    let r = post(c, &t, "/api/conferences/mod", "/api/conferences/mod", m);
    assert_eq!(r.status, 200);
    let st = "/api/conferences/settings";
    let s = json!([{"num": num, "pin": "4711", "max_members": 5}, {"num": num, "pin": "x"}]);
    let r = post(c, &t, st, st, s);
    assert_eq!(r.json()["done"][0]["settings"]["pin"], "4711");
    assert_eq!(get(c, &t, st, st).status, 200);
    let d = json!([{"num": num}]);
    let r = post(c, &t, "/api/conferences/del", "/api/conferences/del", d);
    assert_eq!(
        r.json()["done"].as_array().map(Vec::len),
        Some(1),
        "{}",
        r.text()
    );
    let rc = "/api/conferences/rebuildcontacts";
    assert_eq!(get(c, &t, rc, rc).status, 200);
}

fn recordings(w: &World, c: &mut Checker) {
    let t = user(w, "defaultuser", "napw");
    assert_eq!(get(c, &t, "/api/recordings", "/api/recordings").status, 200);
    let r = get(c, &t, "/api/recordings?details=true", "/api/recordings");
    assert!(r.json()["recordings"].is_array(), "{}", r.text());
    let bad = get(c, &t, "/api/recordings?to=someday", "/api/recordings");
    assert_eq!(bad.status, 400);
    let find = "/api/recordings/find/{s}";
    assert_eq!(get(c, &t, "/api/recordings/find/team", find).status, 200);
    let file = "/api/recordings/{file}";
    let r = get(
        c,
        &t,
        "/api/recordings/team_g722-2021-08-31T12:09:15.578Z.wav",
        file,
    );
    assert_eq!(r.body, b"RIFF-team");
    assert_eq!(get(c, &t, "/api/recordings/none.wav", file).status, 404);
    let r = post(
        c,
        &t,
        "/api/recordings/del",
        "/api/recordings/del",
        json!([{"file": "none.wav"}]),
    );
    assert_eq!(
        r.json()["failed"].as_array().map(Vec::len),
        Some(1),
        "{}",
        r.text()
    );
    let prune = "/api/recordings/prune";
    assert_eq!(
        post(c, &t, prune, prune, json!({"dry_run": true})).status,
        200
    );
    assert_eq!(post(c, &t, prune, prune, json!({"dry_run": 3})).status, 400);
}

fn config_and_info(w: &World, c: &mut Checker) {
    let t = user(w, "defaultuser", "napw");
    let (store, restore) = ("/api/store/{target}", "/api/restore/{target}");
    let r = get(c, &t, "/api/store/dialplan", store);
    assert_eq!(r.json()["failed"], "", "{}", r.text());
    assert_eq!(get(c, &t, "/api/store/etc", store).status, 404);
    assert_eq!(get(c, &t, "/api/restore/dialplan", restore).status, 200);
    assert_eq!(get(c, &t, "/api/restore/etc", restore).status, 404);
    backups(c, &t);
    for p in ["/api/info", "/api/info/state", "/api/doctor", "/api/status"] {
        assert_eq!(get(c, &t, p, p).status, 200, "{p}");
    }
    let audit = "/api/audit";
    let r = get(c, &t, "/api/audit?user=defaultuser&limit=5", audit);
    assert!(r.json()["matched"].as_u64().unwrap() > 0, "{}", r.text());
    assert_eq!(get(c, &t, "/api/audit?result=maybe", audit).status, 400);
    let f = user(w, "frienduser", "napw");
    assert_eq!(get(c, &f, audit, audit).status, 403);
}

/// The POST store and restore, and the generations (issue 21 item 4).
fn backups(c: &mut Checker, t: &Http) {
    let (store, restore) = ("/api/store/{target}", "/api/restore/{target}");
    let r = t.post("/api/store/dialplan", &json!(null));
    c.check("POST", store, None, &r);
    assert_eq!(r.status, 200, "{}", r.text());
    let list = get(c, t, "/api/backups", "/api/backups").json();
    let name = list["backups"][0]["name"].as_str().unwrap().to_string();
    let one = "/api/backups/{name}";
    let archive = get(c, t, &format!("/api/backups/{name}"), one);
    assert_eq!(archive.status, 200);
    assert_eq!(get(c, t, "/api/backups/nothing", one).status, 404);
    let preview = "/api/backups/{name}/preview";
    let uri = format!("/api/backups/{name}/preview");
    assert_eq!(get(c, t, &uri, preview).status, 200);
    assert_eq!(get(c, t, "/api/backups/x/preview", preview).status, 404);
    let upload = |body: &[u8]| t.send("POST", "/api/backups?target=dialplan", Some(body), &[]);
    let r = upload(&archive.body);
    c.check("POST", "/api/backups", None, &r);
    assert_eq!(r.status, 200, "{}", r.text());
    let r = upload(b"garbage");
    c.check("POST", "/api/backups", None, &r);
    assert_eq!(r.status, 422, "{}", r.text());
    let body = json!({ "backup": name });
    let r = post(c, t, "/api/restore/dialplan", restore, body);
    assert_eq!(r.status, 200, "{}", r.text());
    let r = post(c, t, "/api/restore/etc", restore, json!({}));
    assert_eq!(r.status, 404, "{}", r.text());
}

fn views(w: &World, c: &mut Checker) {
    let (f, p) = (user(w, "frienduser", "napw"), user(w, "publicuser", "napw"));
    assert_eq!(get(c, &p, "/userinfo", "/userinfo").status, 200);
    assert_eq!(get(c, &p, "/api/phone", "/api/phone").status, 200);
    assert_eq!(get(c, &f, "/friendxml", "/friendxml").status, 200);
    assert_eq!(get(c, &p, "/friendxml", "/friendxml").status, 401);
    assert_eq!(get(c, &p, "/pubxml", "/pubxml").status, 200);
    assert_eq!(get(c, &f, "/pubxml", "/pubxml").status, 200);
    assert_eq!(get(c, &f, "/fr/friendsrec", "/fr/friendsrec").status, 200);
    let r = get(c, &f, "/fr/friendsrec?details=1", "/fr/friendsrec");
    assert!(r.json()["recordings"].is_array(), "{}", r.text());
    let file = "/fr/friendsrec/{file}";
    let r = get(
        c,
        &f,
        "/fr/friendsrec/friends_opus-2021-08-31T12:10:00.000Z.wav",
        file,
    );
    assert_eq!(r.status, 200);
    let r = get(
        c,
        &f,
        "/fr/friendsrec/team_g722-2021-08-31T12:09:15.578Z.wav",
        file,
    );
    assert_eq!(r.status, 404, "team's recording is not the friends'");
    let del = "/fr/delfriendsrec";
    assert_eq!(
        post(c, &f, del, del, json!([{"file": "none.wav"}])).status,
        200
    );
    assert_eq!(post(c, &f, del, del, json!([{"nofile": 1}])).status, 400);
}

fn phones(w: &World, c: &mut Checker) {
    let (t, phone) = (
        user(w, "defaultuser", "napw"),
        user(w, "openapi", "Opn-api-pw-2026"),
    );
    let r = get(c, &t, "/linphone", "/linphone");
    assert!(matches!(r.status, 200 | 404), "{}", r.text());
    let file = "/polycom/{file}";
    let up = phone.send(
        "PUT",
        "/polycom/0004f2a0b1c2-app.log",
        Some(b"log line\n"),
        &[],
    );
    c.check("PUT", file, None, &up);
    assert_eq!(up.status, 200, "{}", up.text());
    let r = get(c, &phone, "/polycom/0004f2a0b1c2-app.log", file);
    assert_eq!(r.body, b"log line\n");
    assert_eq!(get(c, &phone, "/polycom/Config/none.cfg", file).status, 404);
    let r = t.send("PUT", "/polycom/0004f2a0b1c2-app.log", Some(b"x"), &[]);
    c.check("PUT", file, None, &r);
    assert_eq!(r.status, 403, "defaultuser has no phone");
    // Another user's file: the team may, nobody else.
    let id = phone.get("/userinfo").json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let theirs = format!("/linphone?user={id}");
    assert_eq!(get(c, &t, &theirs, "/linphone").status, 200);
    let public = user(w, "publicuser", "napw");
    assert_eq!(get(c, &public, &theirs, "/linphone").status, 401);
    let qr = "/linphone/qr";
    let r = get(
        c,
        &public,
        "/linphone/qr?url=https%3A%2F%2Fpbx.example.org%2Flinphone",
        qr,
    );
    assert_eq!(r.status, 200);
    let r = get(c, &public, "/linphone/qr?url=javascript%3Aalert(1)", qr);
    assert_eq!(r.status, 400);
}

fn account(w: &World, c: &mut Checker) {
    let phone = user(w, "openapi", "Opn-api-pw-2026");
    let p = "/api/account/password";
    let wrong = json!({"old_password": "nope", "new_password": "Opn-api-pw-2027"});
    assert_eq!(post(c, &phone, p, p, wrong).status, 403);
    assert_eq!(post(c, &phone, p, p, json!({"x": 1})).status, 400);
    let good = json!({"old_password": "Opn-api-pw-2026", "new_password": "Opn-api-pw-2027"});
    let r = post(c, &phone, p, p, good);
    assert_eq!(r.status, 200, "{}", r.text());
}

fn session(w: &World, c: &mut Checker) {
    let anon = user(w, "nobody", "nothing");
    let s = "/api/session";
    let good = json!({"user": "defaultuser", "password": "napw"});
    let r = post(c, &anon, s, s, good);
    assert_eq!(r.status, 200, "{}", r.text());
    let cookie = r.headers["set-cookie"].to_str().unwrap();
    let cookie = cookie.split(';').next().unwrap().to_string();
    let r = anon.send("GET", s, None, &[("cookie", &cookie)]);
    c.check("GET", s, None, &r);
    assert_eq!(r.json()["role"], "team");
    // The console's probe: 200 signed in or not.
    let st = "/api/session/state";
    let r = anon.send("GET", st, None, &[("cookie", &cookie)]);
    c.check("GET", st, None, &r);
    assert_eq!((r.status, r.json()["signedIn"].clone()), (200, json!(true)));
    assert_eq!(r.json()["role"], "team");
    let r = anon.send("GET", st, None, &[]);
    c.check("GET", st, None, &r);
    assert_eq!((r.status, r.json()), (200, json!({"signedIn": false})));
    let r = anon.send("DELETE", s, None, &[("cookie", &cookie)]);
    c.check("DELETE", s, None, &r);
    assert_eq!(r.status, 415, "unsafe methods need the JSON content type");
    let json_type = ("content-type", "application/json");
    let r = anon.send("DELETE", s, None, &[("cookie", &cookie), json_type]);
    c.check("DELETE", s, None, &r);
    assert_eq!(r.status, 204);
    let r = post(
        c,
        &anon,
        s,
        s,
        json!({"user": "defaultuser", "password": "wrong"}),
    );
    assert_eq!(r.status, 401);
    assert_eq!(post(c, &anon, s, s, json!({})).status, 400);
}

fn live(w: &World, c: &mut Checker) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let fs = crate::live_ws::esl(&w.sim.addr).await;
        fs.api("sim join team_g722 20000").await.unwrap();
        fs.api("sim join public_g722 22000").await.unwrap();
        let url = format!("ws://{}/api/live?login=defaultuser:napw", w.serve.addr);
        let (_ws, resp) = tokio_tungstenite::connect_async(url).await.unwrap();
        assert_eq!(resp.status(), 101);
    });
    let (t, p) = (
        user(w, "defaultuser", "napw"),
        user(w, "publicuser", "napw"),
    );
    let live = "/api/live";
    assert_eq!(
        get(c, &t, "/api/live?login=defaultuser:wrong", live).status,
        401
    );
    assert_eq!(
        get(c, &t, "/api/live?login=defaultuser:napw", live).status,
        400
    );
    let mut active = Value::Null;
    for _ in 0..100 {
        active = get(c, &t, "/api/active", "/api/active").json();
        if active.as_array().is_some_and(|a| !a.is_empty()) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(active[1]["name"], "team_g722", "{active}");
    let ctl = "/api/active/{conference}/{action}";
    let r = post(c, &t, "/api/active/team_g722/lock", ctl, json!({}));
    assert_eq!(r.status, 200, "{}", r.text());
    let r = post(c, &p, "/api/active/public_g722/lock", ctl, json!({}));
    assert_eq!(r.status, 403, "{}", r.text());
    assert_eq!(
        post(c, &t, "/api/active/nothing_here/lock", ctl, json!({})).status,
        404
    );
    assert_eq!(
        post(
            c,
            &t,
            "/api/active/team_g722/lock",
            ctl,
            json!({"value": []})
        )
        .status,
        400
    );
}
