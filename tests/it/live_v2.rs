//! Live v2: a v1 client keeps receiving exactly today's bytes, a v2 client
//! gets the new fields and events, and the controls reach the switch as the
//! commands a real FreeSWITCH was recorded taking; over the WebSocket and the
//! REST API, with the permissions of each context. Everything runs against
//! the real `fsconn sim` and `fsconn serve`.

use crate::harness::*;
use crate::live_ws::esl;
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use std::time::Duration;
use tokio_tungstenite::tungstenite::Message;

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// A WebSocket client that keeps every text frame exactly as received.
struct Raw {
    ws: Ws,
    frames: Vec<String>,
}

impl Raw {
    async fn connect(addr: &str, login: &str, query: &str) -> Raw {
        let url = format!("ws://{addr}/api/live?login={login}{query}");
        let (ws, _) = tokio_tungstenite::connect_async(url)
            .await
            .expect("connect");
        Raw {
            ws,
            frames: Vec::new(),
        }
    }

    async fn send(&mut self, v: Value) {
        self.ws.send(Message::text(v.to_string())).await.unwrap();
    }

    async fn next(&mut self) -> Value {
        loop {
            let m = tokio::time::timeout(Duration::from_secs(5), self.ws.next())
                .await
                .unwrap_or_else(|_| panic!("no message within 5 s after {:#?}", self.frames))
                .expect("stream ended")
                .expect("websocket error");
            if let Message::Text(t) = m {
                self.frames.push(t.as_str().to_string());
                return serde_json::from_str(t.as_str()).unwrap();
            }
        }
    }

    /// Frames until one with `event` == `name`; returns that one.
    async fn until(&mut self, name: &str) -> Value {
        loop {
            let v = self.next().await;
            if v["event"] == name {
                return v;
            }
        }
    }

    /// Frames until each of `names` arrived (in any order: a control's
    /// `done` reply and the event it caused race); the first of each.
    async fn until_all(&mut self, names: &[&str]) -> Vec<Value> {
        let mut got: Vec<Option<Value>> = vec![None; names.len()];
        while got.iter().any(Option::is_none) {
            let v = self.next().await;
            if let Some(i) = names.iter().position(|n| v["event"] == *n) {
                got[i].get_or_insert(v);
            }
        }
        got.into_iter().flatten().collect()
    }

    async fn quiet(&mut self, ms: u64) {
        let deadline = tokio::time::Instant::now() + Duration::from_millis(ms);
        while let Ok(Some(Ok(m))) = tokio::time::timeout_at(deadline, self.ws.next()).await {
            if let Message::Text(t) = m {
                self.frames.push(t.as_str().to_string());
            }
        }
    }
}

struct World {
    env: TestEnv,
    sim: Proc,
    serve: Proc,
}

fn world_with(settings: &str) -> World {
    let env = TestEnv::new();
    env.write_settings(settings);
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    World { env, sim, serve }
}

async fn ready(w: &World) {
    for _ in 0..100 {
        if w.env
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

fn member_id(reply: &str) -> String {
    reply.trim().trim_start_matches("+OK ").to_string()
}

/// The recording file's directory and time vary per run.
fn normalize(frame: &str, recdir: &str) -> String {
    regex_lite_time(&frame.replace(recdir, "<RECDIR>"))
}

/// Replaces `YYYY-MM-DDTHH:MM:SS.mmmZ` with `<TIME>`.
fn regex_lite_time(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    let shape = b"dddd-dd-ddTdd:dd:dd.dddZ";
    while i < b.len() {
        let fits = i + shape.len() <= b.len()
            && shape.iter().zip(&b[i..]).all(|(p, c)| match p {
                b'd' => c.is_ascii_digit(),
                p => p == c,
            });
        if fits {
            out.push_str("<TIME>");
            i += shape.len();
        } else {
            out.push(b[i] as char);
            i += 1;
        }
    }
    out
}

/// The scripted conference of the live test, as a friends client sees it
/// (v1 unless `query` opts in): joins, talk, controls from the WebSocket,
/// moderator keys, a team conference it must not see, leaves.
async fn scripted(w: &World, query: &str) -> Vec<String> {
    let mut friends = Raw::connect(&w.serve.addr, "frienduser:napw", query).await;
    friends.send(json!({"req": "init"})).await;
    friends.until("reply").await;
    let fs = esl(&w.sim.addr).await;
    let m1 = member_id(&fs.api("sim join friends_opus 21000").await.unwrap());
    friends.until("newConference").await;
    let m2 = member_id(&fs.api("sim join friends_opus 20000").await.unwrap());
    friends.until("newMember").await;
    fs.api("sim join friends_opus 22000").await.unwrap();
    friends.until("newMember").await;
    fs.api("sim join team_g722 20001").await.unwrap();
    fs.api(&format!("sim talk friends_opus {m2}"))
        .await
        .unwrap();
    friends.until("floorchange").await;
    let conf = "friends_opus";
    for (req, call) in [
        ("memexec", "mute"),
        ("memexec", "unmute"),
        ("exec", "lock"),
        ("exec", "unlock"),
        ("exec", "startrec"),
        ("exec", "pauserec"),
    ] {
        let mut r = json!({"req": req, "conference": conf, "call": call});
        if req == "memexec" {
            r["member"] = json!(m2);
        }
        friends.send(r).await;
        let want = match call {
            "startrec" => "recStart",
            "pauserec" => "recPause",
            c => c,
        };
        friends.until(want).await;
    }
    fs.api(&format!("sim dtmf friends_opus {m2} 3"))
        .await
        .unwrap();
    friends.until("recResume").await;
    fs.api(&format!("sim dtmf friends_opus {m2} 4"))
        .await
        .unwrap();
    friends.until("recStop").await;
    fs.api(&format!("sim leave friends_opus {m1}"))
        .await
        .unwrap();
    friends.until("delMember").await;
    fs.api("sim leave team_g722 user:20001").await.unwrap();
    // The floor holder leaves last: no floor to pass on.
    fs.api("sim leave friends_opus user:22000").await.unwrap();
    friends.until("delMember").await;
    fs.api("sim leave friends_opus user:20000").await.unwrap();
    friends.until("delConference").await;
    friends.quiet(300).await;
    let recdir = w.env.path("recordings").to_string_lossy().into_owned();
    friends
        .frames
        .iter()
        .map(|f| normalize(f, &recdir))
        .collect()
}

/// Recorded from the server before protocol v2 existed (same script, the
/// commit before this module), byte for byte: a client that does not opt
/// in must keep receiving exactly that.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_v1_client_receives_byte_for_byte_what_it_received_before_v2() {
    let w = world_with("");
    ready(&w).await;
    let frames = scripted(&w, "").await;
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/live/v1-scripted-conference.txt");
    if std::env::var_os("FSCONN_RECORD_FIXTURE").is_some() {
        std::fs::write(&path, frames.join("\n") + "\n").unwrap();
    }
    let want = String::from_utf8(crate::fixture("live/v1-scripted-conference.txt")).unwrap();
    let want: Vec<&str> = want.lines().collect();
    assert_eq!(frames, want);
}

/// The commands the sim received since `from`, without the server's own
/// queries.
fn sent_since(w: &World, from: usize) -> Vec<String> {
    w.env.sim_commands()[from..]
        .iter()
        .filter(|c| c.starts_with("api conference ") && !c.ends_with("json_list"))
        .cloned()
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v2_controls_reach_the_switch_as_recorded_and_come_back_as_events() {
    let w = world_with("prompts_dir = \"prompts\"");
    std::fs::create_dir_all(w.env.path("prompts")).unwrap();
    std::fs::write(w.env.path("prompts/welcome.wav"), b"RIFF").unwrap();
    ready(&w).await;
    let fs = esl(&w.sim.addr).await;
    let m1 = member_id(&fs.api("sim join team_g722 21000").await.unwrap());
    let m2 = member_id(&fs.api("sim join team_g722 22000").await.unwrap());
    let own = member_id(&fs.api("sim join team_g722 20000").await.unwrap());
    // Opted in on the URL; a v1 client beside it.
    let mut v2 = Raw::connect(&w.serve.addr, "defaultuser:napw", "&v=2").await;
    let mut v1 = Raw::connect(&w.serve.addr, "defaultuser:napw", "").await;
    v2.send(json!({"req": "init"})).await;
    let init = v2.until("reply").await;
    let conf = &init["data"][0];
    assert!(
        conf["started"].as_str().is_some_and(|t| t.ends_with('Z')),
        "{conf}"
    );
    let me = conf["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["confid"] == own.as_str())
        .unwrap();
    for key in [
        "talking",
        "deaf",
        "moderator",
        "joined",
        "energy",
        "volume_in",
        "volume_out",
        "hand",
    ] {
        assert!(me.get(key).is_some(), "{key} in {me}");
    }
    assert_eq!(me["hand"], json!({"raised": false}));
    v1.send(json!({"req": "init"})).await;
    let v1_init = v1.until("reply").await;
    assert!(v1_init["data"][0].get("started").is_none());
    assert_eq!(
        v1_init["data"][0]["members"][0].as_object().unwrap().len(),
        4,
        "v1 members keep their four keys"
    );

    let from = w.env.sim_commands().len();
    let c = "team_g722";
    let mem =
        |call: &str, m: &str| json!({"req": "memexec", "conference": c, "call": call, "member": m});
    v2.send(mem("deaf", &m2)).await;
    let got = v2.until_all(&["deaf", "done"]).await;
    assert_eq!(
        got[0],
        json!({"event": "deaf", "conference": c, "data": m2})
    );
    assert_eq!(
        got[1],
        json!({"event": "done", "conference": c, "call": "deaf", "reply": format!("+OK deaf {m2}")})
    );
    v2.send(mem("undeaf", &m2)).await;
    v2.until_all(&["undeaf", "done"]).await;
    v2.send(json!({"req": "exec", "conference": c, "call": "unmuteall"}))
        .await;
    v2.until("done").await;
    v2.send(json!({"req": "exec", "conference": c, "call": "play", "file": "welcome.wav"}))
        .await;
    v2.until("done").await;
    v2.send(json!({"req": "exec", "conference": c, "call": "hand"}))
        .await;
    let hand = v2.until_all(&["hand", "done"]).await.remove(0);
    assert_eq!(
        (hand["data"].as_str(), hand["raised"].as_bool()),
        (Some(own.as_str()), Some(true))
    );
    v2.send(json!({"req": "exec", "conference": c, "call": "lowerhand"}))
        .await;
    assert_eq!(
        v2.until_all(&["hand", "done"]).await[0]["raised"],
        json!(false)
    );
    v2.send(mem("hup", &m1)).await;
    assert_eq!(
        v2.until_all(&["delMember", "done"]).await[0]["data"],
        json!(m1)
    );
    let prompts = w.env.path("prompts").to_string_lossy().into_owned();
    assert_eq!(
        sent_since(&w, from),
        [
            format!("api conference {c} deaf {m2}"),
            format!("api conference {c} undeaf {m2}"),
            format!("api conference {c} unmute all"),
            format!("api conference {c} play {prompts}/welcome.wav"),
            format!("api conference {c} hup {m1}"),
        ],
        "hands are fsconn's own: nothing sent for them"
    );
    // Refused before anything is sent, with a JSON error naming the problem.
    let before = w.env.sim_commands().len();
    for (req, want) in [
        (
            json!({"req": "exec", "conference": c, "call": "play", "file": "../../etc/passwd"}),
            "not a prompt",
        ),
        (
            json!({"req": "memexec", "conference": c, "call": "volin", "member": m2, "value": 9}),
            "value must be a whole number from -4 to 4",
        ),
        (
            json!({"req": "memexec", "conference": c, "call": "energy", "member": m2, "value": "1\napi fsctl shutdown"}),
            "line breaks",
        ),
        (
            json!({"req": "memexec", "conference": c, "call": "transfer", "member": m2, "to": "nosuch"}),
            "no such conference",
        ),
        (
            json!({"req": "exec", "conference": c, "call": "dial", "user": "29999"}),
            "no such user",
        ),
    ] {
        v2.send(req.clone()).await;
        let e = v2.until("error").await;
        assert!(e["error"].as_str().unwrap().contains(want), "{req}: {e}");
    }
    assert_eq!(sent_since(&w, before), Vec::<String>::new());

    // Whoever acts, the state follows FreeSWITCH: fs_cli straight over the
    // event socket.
    fs.api(&format!("conference {c} deaf {m2}")).await.unwrap();
    assert_eq!(v2.until("deaf").await["data"], json!(m2));
    fs.api(&format!("conference {c} mute {m2}")).await.unwrap();
    assert_eq!(v2.until("mute").await["data"], json!(m2));
    assert_eq!(v1.until("mute").await["data"], json!(m2));
    // The v1 client got none of the v2 news.
    v1.quiet(200).await;
    for f in &v1.frames {
        for v2_only in ["\"deaf\"", "\"hand\"", "\"done\"", "started", "talking"] {
            assert!(!f.contains(v2_only), "{f}");
        }
    }
    // A plain init after `?v=2` stays v2.
    v2.send(json!({"req": "init"})).await;
    assert!(v2.until("reply").await["data"][0].get("started").is_some());
}

/// `{"req":"init","version":2}` opts in without the URL parameter.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn init_with_version_2_opts_in() {
    let w = world_with("");
    ready(&w).await;
    let fs = esl(&w.sim.addr).await;
    fs.api("sim join public_g722 22000").await.unwrap();
    let mut c = Raw::connect(&w.serve.addr, "publicuser:napw", "").await;
    c.send(json!({"req": "init"})).await;
    assert!(c.until("reply").await["data"][0].get("started").is_none());
    c.send(json!({"req": "init", "version": 2})).await;
    let init = c.until("reply").await;
    assert!(
        init["data"][0]["members"][0].get("hand").is_some(),
        "{init}"
    );
    c.send(json!({"req": "init", "version": 7})).await;
    assert_eq!(
        c.until("error").await,
        json!({"event": "error", "error": "wrong protocol: version must be 1 or 2"})
    );
}

fn http(w: &World, user: &str) -> Http {
    Http::new(&w.serve.addr, user, "napw")
}

/// REST: every context sees what it may; public may only raise and lower
/// its own hand; refused controls never reach the switch.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rest_controls_follow_the_permission_matrix() {
    let w = world_with("");
    ready(&w).await;
    let fs = esl(&w.sim.addr).await;
    let pub_member = member_id(&fs.api("sim join public_g722 22000").await.unwrap());
    let other = member_id(&fs.api("sim join public_g722 21000").await.unwrap());
    fs.api("sim join team_g722 20000").await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let w2 = std::sync::Arc::new(w);
    let w = w2.clone();
    tokio::task::spawn_blocking(move || {
        let w = &*w;
        let names = |user: &str| -> Vec<String> {
            let r = http(w, user).get("/api/active");
            assert_eq!(r.status, 200, "{}", r.text());
            r.json()
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["name"].as_str().unwrap().to_string())
                .collect()
        };
        assert_eq!(names("defaultuser"), ["public_g722", "team_g722"]);
        assert_eq!(names("frienduser"), ["public_g722"]);
        assert_eq!(names("publicuser"), ["public_g722"]);
        let active = http(w, "defaultuser").get("/api/active").json();
        assert!(active[0]["members"][0].get("joined").is_some(), "v2 shape");

        let before = w.env.sim_commands().len();
        let public = http(w, "publicuser");
        for call in fsconn::settings::LIVE_CONTROLS {
            let body = json!({"member": other, "value": 1, "to": "public_g722", "user": "21000", "file": "x.wav"});
            let r = public.post(&format!("/api/active/public_g722/{call}"), &body);
            if matches!(*call, "hand" | "lowerhand") {
                assert_eq!(r.status, if *call == "hand" { 200 } else { 403 }, "{call}: {}", r.text());
            } else {
                assert_eq!(r.status, 403, "{call}: {}", r.text());
                assert!(r.text().contains(&format!("may not use {call}")), "{}", r.text());
            }
        }
        assert_eq!(sent_since(w, before), Vec::<String>::new(), "nothing refused was sent");
        // Own hand via REST shows in /api/active.
        let me = |c: &Value| {
            c[0]["members"]
                .as_array()
                .unwrap()
                .iter()
                .find(|m| m["confid"] == pub_member.as_str())
                .cloned()
                .unwrap()
        };
        assert_eq!(me(&public.get("/api/active").json())["hand"]["raised"], json!(true));
        let r = public.post("/api/active/public_g722/lowerhand", &json!({}));
        assert_eq!(r.status, 200, "{}", r.text());
        assert_eq!(me(&public.get("/api/active").json())["hand"]["raised"], json!(false));

        // Friends control public conferences, but no team conference.
        let friends = http(w, "frienduser");
        let r = friends.post("/api/active/public_g722/deaf", &json!({"member": other}));
        assert_eq!(r.status, 200, "{}", r.text());
        assert_eq!(r.json()["reply"], json!(format!("+OK deaf {other}")));
        let r = friends.post("/api/active/team_g722/lock", &json!({}));
        assert_eq!(r.status, 404, "{}", r.text());
        let r = friends.post("/api/active/public_g722/energy", &json!({"member": other, "value": "loud"}));
        assert_eq!(r.status, 400, "{}", r.text());
        assert!(r.text().contains("value must be a whole number"), "{}", r.text());
        let r = friends.post("/api/active/public_g722/reboot", &json!({}));
        assert_eq!(r.status, 404, "{}", r.text());
        // Team: everything on what it sees.
        let team = http(w, "defaultuser");
        let r = team.post("/api/active/team_g722/lock", &json!({}));
        assert_eq!(r.status, 200, "{}", r.text());
        assert_eq!(
            sent_since(w, before),
            [
                format!("api conference public_g722 deaf {other}"),
                "api conference team_g722 lock".to_string()
            ]
        );
    })
    .await
    .unwrap();
}

/// The controls whose sim side came with the simlive work: each reaches the
/// switch as the command session-controls / session-dial recorded, and its
/// effect comes back as FreeSWITCH's event.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn member_settings_floor_transfer_and_dial_round_trip_through_the_switch() {
    let w = world_with("");
    ready(&w).await;
    let fs = esl(&w.sim.addr).await;
    fs.api("sim register 21000").await.unwrap();
    let a = member_id(&fs.api("sim join team_g722 20000").await.unwrap());
    let p = member_id(&fs.api("sim join team_g722 22000").await.unwrap());
    let mut v2 = Raw::connect(&w.serve.addr, "defaultuser:napw", "&v=2").await;
    v2.send(json!({"req": "init"})).await;
    v2.until("reply").await;
    let from = w.env.sim_commands().len();
    let c = "team_g722";
    let mem = |call: &str, m: &str, value: Value| json!({"req": "memexec", "conference": c, "call": call, "member": m, "value": value});
    v2.send(mem("energy", &p, json!(300))).await;
    let ch = v2.until_all(&["memberChange", "done"]).await;
    assert_eq!(ch[0]["data"]["energy"], json!(300), "{}", ch[0]);
    assert_eq!(ch[1]["reply"], json!(format!("Energy {p} = 300")));
    v2.send(mem("volin", &p, json!(2))).await;
    assert_eq!(
        v2.until_all(&["memberChange", "done"]).await[0]["data"]["volume_in"],
        json!(2)
    );
    v2.send(mem("volout", &p, json!("-1"))).await;
    assert_eq!(
        v2.until_all(&["memberChange", "done"]).await[0]["data"]["volume_out"],
        json!(-1)
    );
    // 22000 joined muted; only non-moderators are touched.
    v2.send(json!({"req": "exec", "conference": c, "call": "unmutenonmod"}))
        .await;
    assert_eq!(v2.until_all(&["unmute", "done"]).await[0]["data"], json!(p));
    v2.send(json!({"req": "exec", "conference": c, "call": "mutenonmod"}))
        .await;
    assert_eq!(v2.until_all(&["mute", "done"]).await[0]["data"], json!(p));
    // The first member holds the floor: it is released, then given.
    v2.send(json!({"req": "memexec", "conference": c, "call": "floor", "member": p}))
        .await;
    v2.until("done").await;
    let mut holder = Value::Null;
    for _ in 0..5 {
        holder = v2.until("floorchange").await;
        if holder["data"]["confid"] == p.as_str() {
            break;
        }
    }
    assert_eq!(holder["data"]["confid"], json!(p), "{holder}");
    // Dial a registered directory user: the switch calls the phone.
    v2.send(json!({"req": "exec", "conference": c, "call": "dial", "user": "21000"}))
        .await;
    let got = v2.until_all(&["dialResult", "newMember"]).await;
    assert_eq!(
        got[0],
        json!({"event": "dialResult", "conference": c, "result": "SUCCESS"})
    );
    assert_eq!(got[1]["data"]["id"], json!("21000"));
    // Transfer to a conference the requester may see.
    v2.send(json!({"req": "memexec", "conference": c, "call": "transfer", "member": p, "to": "public_g722"})).await;
    let got = v2.until_all(&["delMember", "newConference"]).await;
    assert_eq!(got[0]["data"], json!(p));
    assert_eq!(got[1]["data"]["name"], json!("public_g722"));
    assert_eq!(
        sent_since(&w, from),
        [
            format!("api conference {c} energy {p} 300"),
            format!("api conference {c} volume_in {p} 2"),
            format!("api conference {c} volume_out {p} -1"),
            format!("api conference {c} unmute non_moderator"),
            format!("api conference {c} mute non_moderator"),
            format!("api conference {c} floor {a}"),
            format!("api conference {c} floor {p}"),
            format!("api conference {c} bgdial {{rtp_secure_media=mandatory,media_timeout=30000}}user/21000 30000 {c}"),
            format!("api conference {c} transfer public_g722@16kHz-novideo {p}"),
        ]
    );
}

/// A recording is running and its last member hangs up: FreeSWITCH stops
/// the recording after `del-member`. The v2 client learns it and why; the
/// v1 client hears `delConference` only, as it always did.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_last_member_leaving_stops_the_recording_and_v2_clients_learn_why() {
    let w = world_with("");
    ready(&w).await;
    let mut v1 = Raw::connect(&w.serve.addr, "frienduser:napw", "").await;
    v1.send(json!({"req": "init"})).await;
    v1.until("reply").await;
    let mut v2 = Raw::connect(&w.serve.addr, "frienduser:napw", "").await;
    v2.send(json!({"req": "init", "version": 2})).await;
    v2.until("reply").await;
    let fs = esl(&w.sim.addr).await;
    fs.api("sim join friends_opus 21000").await.unwrap();
    v2.until("newConference").await;
    let conf = "friends_opus";
    v2.send(json!({"req": "exec", "conference": conf, "call": "startrec"}))
        .await;
    v2.until("recStart").await;
    v1.until("recStart").await;
    fs.api("sim leave friends_opus user:21000").await.unwrap();
    v2.until("delConference").await;
    assert_eq!(
        v2.next().await,
        json!({"event": "recStop", "conference": conf, "reason": "lastMemberLeft"})
    );
    v1.until("delConference").await;
    v1.quiet(300).await;
    let after: Vec<&String> = v1
        .frames
        .iter()
        .skip_while(|f| !f.contains("delConference"))
        .skip(1)
        .collect();
    assert!(after.is_empty(), "v1 got more: {after:?}");
}
