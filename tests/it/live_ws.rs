//! Clients watch conferences live over `/api/live` and moderators control
//! them; everything runs against the real `fsconn sim` and `fsconn serve`.

use crate::harness::*;
use fsconn::esl::client::{ClientConfig, EslClient};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::time::Duration;
use tokio_tungstenite::tungstenite::Message;

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

pub struct LiveClient {
    ws: Ws,
    pub seen: Vec<Value>,
}

impl LiveClient {
    pub async fn connect(addr: &str, login: &str) -> LiveClient {
        let (ws, _) =
            tokio_tungstenite::connect_async(format!("ws://{addr}/api/live?login={login}"))
                .await
                .expect("websocket connect");
        LiveClient {
            ws,
            seen: Vec::new(),
        }
    }

    pub async fn send(&mut self, v: Value) {
        self.ws.send(Message::text(v.to_string())).await.unwrap();
    }

    /// The next message, within 5 s.
    pub async fn next(&mut self) -> Value {
        loop {
            let m = tokio::time::timeout(Duration::from_secs(5), self.ws.next())
                .await
                .unwrap_or_else(|_| {
                    let last = &self.seen[self.seen.len().saturating_sub(5)..];
                    panic!(
                        "no message within 5 s; {} seen, the last: {last:#?}",
                        self.seen.len()
                    )
                })
                .expect("stream ended")
                .expect("websocket error");
            if let Message::Text(t) = m {
                let v: Value = serde_json::from_str(t.as_str()).unwrap();
                self.seen.push(v.clone());
                return v;
            }
        }
    }

    /// Messages until one has `event` == `name` (inclusive).
    pub async fn until(&mut self, name: &str) -> Vec<Value> {
        let mut out = Vec::new();
        loop {
            let v = self.next().await;
            let done = v["event"] == name;
            out.push(v);
            if done {
                return out;
            }
        }
    }

    /// Read for `ms` (answering pings as tungstenite does); the text
    /// messages that arrived.
    pub async fn quiet(&mut self, ms: u64) -> Vec<Value> {
        let deadline = tokio::time::Instant::now() + Duration::from_millis(ms);
        let mut out = Vec::new();
        while let Ok(Some(Ok(m))) = tokio::time::timeout_at(deadline, self.ws.next()).await {
            if let Message::Text(t) = m {
                out.push(serde_json::from_str(t.as_str()).unwrap());
            }
        }
        out
    }

    /// Send a request and return its reply; events that arrive before it
    /// stay in `seen`.
    pub async fn request(&mut self, v: Value) -> Value {
        self.send(v).await;
        loop {
            let m = self.next().await;
            if m["event"] == "reply" || m["event"] == "error" {
                return m;
            }
        }
    }
}

pub async fn esl(addr: &str) -> EslClient {
    EslClient::connect(ClientConfig::new(addr, "ClueCon"))
        .await
        .unwrap()
}

/// A client's model of the conferences, built from events only.
#[derive(Default, Debug)]
struct Model {
    confs: BTreeMap<String, Value>,
}

impl Model {
    fn apply(&mut self, m: &Value) {
        let conf = m["conference"].as_str().unwrap_or("").to_string();
        match m["event"].as_str().unwrap_or("") {
            "newConference" => {
                self.confs.insert(
                    m["data"]["name"].as_str().unwrap().to_string(),
                    m["data"].clone(),
                );
            }
            "delConference" => {
                self.confs.remove(&conf);
            }
            "newMember" => {
                let c = self.confs.get_mut(&conf).unwrap();
                c["members"].as_array_mut().unwrap().push(m["data"].clone());
                c["memcount"] = json!(c["members"].as_array().unwrap().len());
                c["lastjoin"] = m["data"].clone();
            }
            "delMember" => {
                let c = self.confs.get_mut(&conf).unwrap();
                let gone = c["members"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|x| x["confid"] == m["data"])
                    .cloned()
                    .unwrap();
                c["members"]
                    .as_array_mut()
                    .unwrap()
                    .retain(|x| x["confid"] != m["data"]);
                c["memcount"] = json!(c["members"].as_array().unwrap().len());
                c["lastleave"] = gone.clone();
                if c["floor"]["confid"] == m["data"] {
                    c["floor"] = json!({});
                }
            }
            "mute" | "unmute" => {
                let c = self.confs.get_mut(&conf).unwrap();
                let muted = m["event"] == "mute";
                for x in c["members"].as_array_mut().unwrap() {
                    if x["confid"] == m["data"] {
                        x["mute"] = json!(muted);
                    }
                }
                if c["floor"]["confid"] == m["data"] {
                    c["floor"]["mute"] = json!(muted);
                }
            }
            "floorchange" => self.confs.get_mut(&conf).unwrap()["floor"] = m["data"].clone(),
            "lock" => self.confs.get_mut(&conf).unwrap()["locked"] = json!(true),
            "unlock" => self.confs.get_mut(&conf).unwrap()["locked"] = json!(false),
            "recStart" | "recResume" => {
                self.confs.get_mut(&conf).unwrap()["recording"] =
                    json!({"status": "running", "file": m["file"]})
            }
            "recPause" => {
                self.confs.get_mut(&conf).unwrap()["recording"] =
                    json!({"status": "paused", "file": m["file"]})
            }
            "recStop" => {
                self.confs.get_mut(&conf).unwrap()["recording"] = json!({"status": "norec"})
            }
            _ => {}
        }
    }

    /// Compare with an `init` reply, ignoring `lastjoin`/`lastleave`
    /// (history the events carry but a snapshot cannot always know).
    fn assert_matches(&self, init: &Value) {
        let strip = |v: &Value| {
            let mut v = v.clone();
            v.as_object_mut().unwrap().remove("lastjoin");
            v.as_object_mut().unwrap().remove("lastleave");
            v
        };
        let from_init: BTreeMap<String, Value> = init["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c["name"].as_str().unwrap().to_string(), strip(c)))
            .collect();
        let ours: BTreeMap<String, Value> = self
            .confs
            .iter()
            .map(|(k, v)| (k.clone(), strip(v)))
            .collect();
        assert_eq!(ours, from_init);
    }
}

fn names(msgs: &[Value]) -> Vec<String> {
    msgs.iter()
        .map(|m| {
            format!(
                "{} {}",
                m["event"].as_str().unwrap_or("?"),
                m["conference"]
                    .as_str()
                    .or(m["data"]["name"].as_str())
                    .unwrap_or("")
            )
        })
        .collect()
}

struct World {
    env: TestEnv,
    sim: Proc,
    serve: Proc,
}

fn world() -> World {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    World { env, sim, serve }
}

/// Wait until the server has connected to the sim (its first resync ran).
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
    panic!(
        "server never connected to the sim: {:?}",
        w.env.sim_commands()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_scripted_conference_reaches_each_client_as_its_context_allows() {
    let w = world();
    ready(&w).await;
    let mut team = LiveClient::connect(&w.serve.addr, "defaultuser:napw").await;
    let mut friends = LiveClient::connect(&w.serve.addr, "frienduser:napw").await;
    let mut public = LiveClient::connect(&w.serve.addr, "publicuser:napw").await;
    for c in [&mut team, &mut friends, &mut public] {
        assert_eq!(
            c.request(json!({"req": "init"})).await,
            json!({"event": "reply", "reply": "init", "data": []})
        );
    }
    let fs = esl(&w.sim.addr).await;
    // A team conference nobody but team may see.
    assert!(fs
        .api("sim join team_g722 20000")
        .await
        .unwrap()
        .starts_with("+OK"));
    let t1 = team.until("newConference").await;
    assert_eq!(t1.last().unwrap()["data"]["name"], "team_g722");

    // The friends conference: three joins.
    let m1 = fs.api("sim join friends_opus 21000").await.unwrap();
    let m1 = m1.trim().trim_start_matches("+OK ").to_string();
    let first = friends.until("newConference").await;
    assert_eq!(
        first.last().unwrap(),
        &json!({"event": "newConference", "data": {
            "name": "friends_opus", "context": "friends", "type": "16kHz-novideo", "num": "31000",
            "recording": {"status": "norec"}, "locked": false, "floor": {},
            "lastjoin": {"name": "frienduser", "id": "21000", "confid": m1, "mute": false},
            "lastleave": {}, "memcount": 1,
            "members": [{"name": "frienduser", "id": "21000", "confid": m1, "mute": false}]}})
    );
    let m2 = fs
        .api("sim join friends_opus 20000")
        .await
        .unwrap()
        .trim()
        .trim_start_matches("+OK ")
        .to_string();
    friends.until("newMember").await;
    let m3 = fs
        .api("sim join friends_opus 22000")
        .await
        .unwrap()
        .trim()
        .trim_start_matches("+OK ")
        .to_string();
    let third = friends.until("newMember").await;
    // The public user joins muted (conf_flags mute-detect|mute).
    assert_eq!(
        third.last().unwrap()["data"],
        json!({"name": "publicuser", "id": "22000", "confid": m3, "mute": true})
    );
    fs.api(&format!("sim talk friends_opus {m2}"))
        .await
        .unwrap();
    let fc = friends.until("floorchange").await;
    assert_eq!(fc.last().unwrap()["data"]["confid"], m2.as_str());

    // Controls from the friends client: mute/unmute, lock/unlock, recording.
    friends
        .send(json!({"req": "memexec", "conference": "friends_opus", "call": "mute", "member": m2}))
        .await;
    assert_eq!(
        friends.until("mute").await.last().unwrap(),
        &json!({"event": "mute", "conference": "friends_opus", "data": m2})
    );
    friends
        .send(
            json!({"req": "memexec", "conference": "friends_opus", "call": "unmute", "member": m2}),
        )
        .await;
    friends.until("unmute").await;
    friends
        .send(json!({"req": "exec", "conference": "friends_opus", "call": "lock"}))
        .await;
    assert_eq!(
        friends.until("lock").await.last().unwrap(),
        &json!({"event": "lock", "conference": "friends_opus"})
    );
    friends
        .send(json!({"req": "exec", "conference": "friends_opus", "call": "unlock"}))
        .await;
    friends.until("unlock").await;
    friends
        .send(json!({"req": "exec", "conference": "friends_opus", "call": "startrec"}))
        .await;
    let start = friends.until("recStart").await;
    let file = start.last().unwrap()["file"].as_str().unwrap().to_string();
    let recdir = w.env.path("recordings");
    assert!(
        file.starts_with(recdir.to_str().unwrap())
            && file.contains("/friends_opus-")
            && file.ends_with("Z.wav"),
        "{file}"
    );
    assert!(
        std::path::Path::new(&file).exists(),
        "the sim records into the file"
    );
    friends
        .send(json!({"req": "exec", "conference": "friends_opus", "call": "pauserec"}))
        .await;
    assert_eq!(
        friends.until("recPause").await.last().unwrap(),
        &json!({"event": "recPause", "conference": "friends_opus", "file": file})
    );
    // The moderator resumes and stops from the phone's keypad (3, 4).
    fs.api(&format!("sim dtmf friends_opus {m2} 3"))
        .await
        .unwrap();
    friends.until("recResume").await;
    fs.api(&format!("sim dtmf friends_opus {m2} 4"))
        .await
        .unwrap();
    assert_eq!(
        friends.until("recStop").await.last().unwrap(),
        &json!({"event": "recStop", "conference": "friends_opus"})
    );
    // Moderator key *: mute everybody else.
    fs.api(&format!("sim dtmf friends_opus {m2} *"))
        .await
        .unwrap();
    friends.until("muteAll").await;

    // Once the events have settled, init equals what they built.
    let settled = friends.quiet(300).await;
    friends.seen.extend(settled);
    let init = friends.request(json!({"req": "init"})).await;
    let mut model = Model::default();
    for m in &friends.seen {
        model.apply(m);
    }
    model.assert_matches(&init);

    // Leaves, then the end.
    for m in [&m1, &m2, &m3] {
        fs.api(&format!("sim leave friends_opus {m}"))
            .await
            .unwrap();
    }
    friends.until("delConference").await;
    fs.api("sim leave team_g722 user:20000").await.unwrap();
    team.until("delConference").await;
    let team_rest = team.quiet(300).await;
    team.seen.extend(team_rest);

    // The team client saw everything the friends client saw, plus team_g722.
    let tn = names(&team.seen);
    let fnames = names(&friends.seen);
    let team_friends_part: Vec<&String> = tn
        .iter()
        .filter(|n| !n.ends_with("team_g722") && !n.starts_with("reply"))
        .collect();
    let friends_events: Vec<&String> = fnames.iter().filter(|n| !n.starts_with("reply")).collect();
    assert_eq!(team_friends_part, friends_events);
    assert!(
        tn.iter().any(|n| n == "newConference team_g722")
            && tn.iter().any(|n| n == "delConference team_g722")
    );
    assert!(
        !fnames.iter().any(|n| n.ends_with("team_g722")),
        "friends saw a team conference: {fnames:?}"
    );
    let got: Vec<&str> = friends_events.iter().map(|s| s.as_str()).collect();
    let exact_head = [
        "newConference friends_opus",
        "floorchange friends_opus",
        "newMember friends_opus",
        "newMember friends_opus",
        "floorchange friends_opus",
        "mute friends_opus",
        "unmute friends_opus",
        "lock friends_opus",
        "unlock friends_opus",
        "recStart friends_opus",
        "recPause friends_opus",
        "recResume friends_opus",
        "recStop friends_opus",
    ];
    assert_eq!(
        got[..exact_head.len()],
        exact_head,
        "friends client's sequence: {got:#?}"
    );
    // Mute all: FreeSWITCH fires one mute per member, also for the public
    // user who joined muted and for the moderator who pressed `*`, and each
    // becomes a `mute` as the original sent; we add muteAll when the
    // command succeeded, then unmute the presser (they race, so only the
    // set is fixed).
    let mut mute_all: Vec<&str> = got[exact_head.len()..exact_head.len() + 5].to_vec();
    mute_all.sort();
    assert_eq!(
        mute_all,
        [
            "mute friends_opus",
            "mute friends_opus",
            "mute friends_opus",
            "muteAll friends_opus",
            "unmute friends_opus"
        ]
    );
    // The floor holder leaves first: the floor passes to the one who stays.
    assert_eq!(
        got[exact_head.len() + 5..],
        [
            "delMember friends_opus",
            "delMember friends_opus",
            "floorchange friends_opus",
            "delConference friends_opus"
        ]
    );
    // The public client saw nothing of it.
    assert_eq!(public.quiet(300).await, Vec::<Value>::new());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_or_unauthorized_controls_never_reach_freeswitch() {
    let w = world();
    ready(&w).await;
    let fs = esl(&w.sim.addr).await;
    fs.api("sim join team_g722 20000").await.unwrap();
    fs.api("sim join public_g722 22000").await.unwrap();
    let mut team = LiveClient::connect(&w.serve.addr, "defaultuser:napw").await;
    let mut friends = LiveClient::connect(&w.serve.addr, "frienduser:napw").await;
    let mut public = LiveClient::connect(&w.serve.addr, "publicuser:napw").await;
    for c in [&mut team, &mut friends, &mut public] {
        c.request(json!({"req": "init"})).await;
    }
    let before = w.env.sim_commands().len();

    let err =
        |v: &Value| v["event"] == "error" && v["error"].as_str().is_some_and(|e| !e.is_empty());
    // Public clients may not control anything.
    for req in [
        json!({"req": "exec", "conference": "public_g722", "call": "lock"}),
        json!({"req": "memexec", "conference": "public_g722", "call": "kick", "member": "2"}),
    ] {
        let r = public.request(req).await;
        assert!(err(&r), "{r}");
    }
    // Names and ids a command could be split on, or that don't exist.
    for req in [
        json!({"req": "exec", "conference": "team_g722\napi fsctl shutdown", "call": "lock"}),
        json!({"req": "exec", "conference": "team_g722\r\n\r\napi fsctl shutdown", "call": "lock"}),
        json!({"req": "exec", "conference": "team_g722 lock", "call": "lock"}),
        json!({"req": "exec", "conference": "public_g722", "call": "lock\nx"}),
        json!({"req": "memexec", "conference": "public_g722", "call": "kick", "member": "1 all"}),
        json!({"req": "memexec", "conference": "public_g722", "call": "kick", "member": "2\nhup all"}),
        json!({"req": "memexec", "conference": "public_g722", "call": "mute", "member": "9999"}),
        json!({"req": "exec", "conference": "friends_opus", "call": "lock"}),
        json!({"req": "exec", "conference": "nonexistent", "call": "startrec"}),
        json!({"req": "exec", "conference": "public_g722", "call": "shutdown"}),
        // A friends client naming a team conference.
        json!({"req": "exec", "conference": "team_g722", "call": "kickall"}),
    ] {
        let r = friends.request(req.clone()).await;
        assert!(err(&r), "{req} -> {r}");
    }
    assert_eq!(
        friends.request(json!({"req": "nope"})).await,
        json!({"event": "error", "error": "wrong protocol"})
    );
    friends.send(json!("just a string")).await;
    let r = friends.next().await;
    assert!(err(&r));
    friends.ws.send(Message::text("{not json")).await.unwrap();
    assert_eq!(
        friends.next().await,
        json!({"event": "error", "error": "wrong format"})
    );
    assert_eq!(
        w.env.sim_commands()[before..],
        Vec::<String>::new(),
        "something reached FreeSWITCH"
    );

    // Everyone is still served.
    fs.api("sim join public_g722 21000").await.unwrap();
    team.until("newMember").await;
    public.until("newMember").await;
    // A legitimate control from friends goes through as exactly one command.
    let member = fs
        .api("sim join public_g722 20000")
        .await
        .unwrap()
        .trim()
        .trim_start_matches("+OK ")
        .to_string();
    // The friends client has not read 21000's join yet: wait for this one's,
    // so the server knows the member before it is kicked.
    while friends.until("newMember").await.last().unwrap()["data"]["confid"] != member.as_str() {}
    friends.send(json!({"req": "memexec", "conference": "public_g722", "call": "kick", "member": member})).await;
    friends.until("delMember").await;
    let sent: Vec<String> = w.env.sim_commands()[before..]
        .iter()
        .filter(|c| c.starts_with("api conference"))
        .cloned()
        .collect();
    assert_eq!(sent, [format!("api conference public_g722 kick {member}")]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registrations_are_streamed_and_initreg_matches() {
    let w = world();
    ready(&w).await;
    let fs = esl(&w.sim.addr).await;
    let mut public = LiveClient::connect(&w.serve.addr, "publicuser:napw").await;
    assert_eq!(
        public.request(json!({"req": "initreg"})).await,
        json!({"event": "reply", "reply": "initreg", "data": []})
    );
    fs.api("sim register 20000").await.unwrap();
    let add = public.until("addReg").await.pop().unwrap();
    assert_eq!(keys(&add["user"]), ["id", "regid", "sipcon"]);
    assert_eq!(add["user"]["id"], "20000");
    // A refresh of the same registration is not a new one.
    fs.api("sim register 20000").await.unwrap();
    fs.api("sim register 21000").await.unwrap();
    let second = public.until("addReg").await;
    assert_eq!(second.len(), 1, "re-register produced {second:?}");
    let reg = public.request(json!({"req": "initreg"})).await;
    let ids: Vec<&str> = reg["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 2);
    assert!(ids.contains(&"20000") && ids.contains(&"21000"));
    fs.api("sim unregister 20000").await.unwrap();
    let del = public.until("delReg").await.pop().unwrap();
    assert_eq!(del["user"], add["user"]);
    let reg = public.request(json!({"req": "initreg"})).await;
    assert_eq!(reg["data"].as_array().unwrap().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_logins_get_401_without_upgrade() {
    let w = world();
    for login in ["defaultuser:wrong", "nobody:napw", "napw", ""] {
        let r = tokio_tungstenite::connect_async(format!(
            "ws://{}/api/live?login={login}",
            w.serve.addr
        ))
        .await;
        match r {
            Err(tokio_tungstenite::tungstenite::Error::Http(resp)) => {
                assert_eq!(resp.status().as_u16(), 401, "{login}")
            }
            other => panic!("{login}: expected 401, got {:?}", other.map(|_| "upgrade")),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_stay_connected_across_a_freeswitch_restart_and_end_up_in_sync() {
    let mut w = world();
    ready(&w).await;
    let addr = w.sim.addr.clone();
    let mut team = LiveClient::connect(&w.serve.addr, "defaultuser:napw").await;
    // As the protocol intends: init first (the reply also proves the
    // subscription is live).
    team.request(json!({"req": "init"})).await;
    {
        let fs = esl(&addr).await;
        fs.api("sim join team_g722 20000").await.unwrap();
        fs.api("sim join public_g722 22000").await.unwrap();
        fs.api("sim register 21000").await.unwrap();
    }
    team.until("addReg").await;
    // FreeSWITCH dies; a new one comes up on the same port with nothing running.
    let old = std::mem::replace(
        &mut w.sim,
        Proc {
            child: std::process::Command::new("true").spawn().unwrap(),
            addr: String::new(),
        },
    );
    drop(old);
    tokio::time::sleep(Duration::from_millis(300)).await;
    w.sim = w.env.start_sim_on(&addr);
    let fs = esl(&addr).await;
    fs.api("sim join friends_opus 21000").await.unwrap();
    // The clients learn what changed through the normal events.
    let mut got = Vec::new();
    for _ in 0..20 {
        let more = team.quiet(500).await;
        let done = more.is_empty()
            && got.iter().any(|m: &Value| {
                m["event"] == "newConference" && m["data"]["name"] == "friends_opus"
            });
        got.extend(more);
        if done {
            break;
        }
    }
    let n = names(&got);
    assert!(n.contains(&"delConference team_g722".to_string()), "{n:?}");
    assert!(
        n.contains(&"delConference public_g722".to_string()),
        "{n:?}"
    );
    assert!(
        n.contains(&"delReg ".to_string()) || got.iter().any(|m| m["event"] == "delReg"),
        "{n:?}"
    );
    // And their state equals the new switch's.
    let init = team.request(json!({"req": "init"})).await;
    let confs: Vec<&str> = init["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(confs, ["friends_opus"]);
    let json_list: Value =
        serde_json::from_str(&fs.api("conference json_list").await.unwrap()).unwrap();
    let members: Vec<String> = json_list[0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].to_string())
        .collect();
    let ours: Vec<String> = init["data"][0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["confid"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ours, members);
    assert_eq!(
        team.request(json!({"req": "initreg"})).await["data"],
        json!([])
    );
}

/// A world whose server uses `extra` [serve] settings.
fn world_with(serve_settings: &str) -> World {
    let env = TestEnv::new();
    std::fs::write(
        env.path("fsconn.toml"),
        format!("conf_dir = \"freeswitch\"\nstatic_dir = \"static\"\nrecordings_dir = \"recordings\"\n[serve]\n{serve_settings}\n"),
    )
    .unwrap();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    World { env, sim, serve }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_made_with_the_cli_reaches_the_server_and_its_clients() {
    let w = world();
    ready(&w).await;
    let mut public = LiveClient::connect(&w.serve.addr, "publicuser:napw").await;
    public.request(json!({"req": "initreg"})).await;
    let out = w
        .env
        .cmd_esl(&w.sim.addr)
        .args([
            "users",
            "add",
            "--name",
            "fromcli",
            "--email",
            "c@example.com",
            "--context",
            "team",
            "--password",
            "fromclipw1",
        ])
        .run();
    out.ok();
    // FreeSWITCH's RELOADXML event: the server re-reads its files and tells everyone.
    assert_eq!(
        public.until("newXML").await.last().unwrap(),
        &json!({"event": "newXML"})
    );
    let addr = w.serve.addr.clone();
    let status = tokio::task::spawn_blocking(move || {
        Http::new(&addr, "fromcli", "fromclipw1")
            .get("/userinfo")
            .status
    })
    .await
    .unwrap();
    assert_eq!(
        status, 200,
        "the new user can log in without a server restart"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_stops_answering_pings_is_dropped() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let w = world_with("ping_interval = 1");
    // A raw client: upgrade, then never read or answer anything.
    let mut raw = tokio::net::TcpStream::connect(&w.serve.addr).await.unwrap();
    raw.write_all(
        format!(
            "GET /api/live?login=defaultuser:napw HTTP/1.1\r\nHost: {}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
            w.serve.addr
        )
        .as_bytes(),
    )
    .await
    .unwrap();
    // A well-behaved client next to it (tungstenite answers pings).
    let mut good = LiveClient::connect(&w.serve.addr, "defaultuser:napw").await;
    // Reading is what answers pings, so the good client keeps reading.
    good.quiet(3500).await;
    // The server has closed the silent one: reading reaches EOF.
    let mut buf = vec![0u8; 65536];
    let mut closed = false;
    for _ in 0..20 {
        match tokio::time::timeout(Duration::from_millis(500), raw.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => {
                closed = true;
                break;
            }
            Ok(Ok(_)) => continue,
            Err(_) => break,
        }
    }
    assert!(closed, "the server kept a client that never answered pings");
    // The other is still served.
    assert_eq!(good.request(json!({"req": "init"})).await["reply"], "init");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_client_is_closed_with_a_reason_and_the_others_get_everything() {
    let w = world_with("live_buffer = 256");
    ready(&w).await;
    let fs = esl(&w.sim.addr).await;
    fs.api("sim join public_g722 20000").await.unwrap();
    let mut fast = LiveClient::connect(&w.serve.addr, "defaultuser:napw").await;
    // The slow client's socket holds little, so the server notices soon.
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    let stream = socket.connect(w.serve.addr.parse().unwrap()).await.unwrap();
    let (ws, _) = tokio_tungstenite::client_async(
        format!("ws://{}/api/live?login=publicuser:napw", w.serve.addr),
        tokio_tungstenite::MaybeTlsStream::Plain(stream),
    )
    .await
    .unwrap();
    let mut slow = LiveClient {
        ws,
        seen: Vec::new(),
    };
    fast.request(json!({"req": "init"})).await;
    slow.request(json!({"req": "init"})).await;
    // Flood: joins and leaves with long names, far more than the slow
    // client's socket buffers (and the server's) can hold.
    const ROUNDS: usize = 3000;
    let long_name = "x".repeat(4000);
    let reader = tokio::spawn(async move {
        let mut n = 0;
        while n < 2 * ROUNDS {
            let m = fast.next().await;
            if m["event"] == "newMember" || m["event"] == "delMember" {
                n += 1;
            }
        }
        n
    });
    {
        {
            for i in 0..ROUNDS {
                let id = (100_000 + i).to_string();
                for (action, size) in [("add-member", "2"), ("del-member", "1")] {
                    let headers = [
                        ("Event-Subclass", "conference::maintenance"),
                        ("Action", action),
                        ("Conference-Name", "public_g722"),
                        ("Conference-Size", size),
                        ("Member-ID", id.as_str()),
                        ("Member-Type", "member"),
                        ("Caller-Caller-ID-Name", long_name.as_str()),
                        // Not in the directory: shown by the long name.
                        ("Caller-Caller-ID-Number", "29999"),
                        ("Caller-Username", "29999"),
                        ("Speak", "true"),
                    ];
                    fs.command("sendevent CUSTOM", &headers).await.unwrap();
                }
            }
        }
    }
    assert_eq!(
        tokio::time::timeout(Duration::from_secs(60), reader)
            .await
            .unwrap()
            .unwrap(),
        2 * ROUNDS
    );
    // The slow client, reading only now, finds itself closed with the reason.
    let mut reason = None;
    while let Ok(Some(m)) = tokio::time::timeout(Duration::from_secs(5), slow.ws.next()).await {
        match m {
            Ok(Message::Close(Some(frame))) => {
                reason = Some((u16::from(frame.code), frame.reason.to_string()));
                break;
            }
            Ok(_) => continue,
            Err(_) => break,
        }
    }
    let (code, text) = reason.expect("the slow client was not closed");
    assert_eq!(code, 4000);
    assert!(text.contains("too slow"), "{text}");
}
