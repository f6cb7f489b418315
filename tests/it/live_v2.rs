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
            .any(|c| c == "api show registrations as json")
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
    let s = frame.replace(recdir, "<RECDIR>");
    let re = regex_lite_time(&s);
    re
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
    fs.api("sim leave friends_opus user:20000").await.unwrap();
    fs.api("sim leave friends_opus user:22000").await.unwrap();
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
