//! The live state against real FreeSWITCH 1.10.12 event captures and a
//! scripted conference.
//!
//! Most checks go through `Client`, a model of a WebSocket client that knows
//! only the messages it was sent: whatever the state does, a client that took
//! `init` and then followed the messages for its context must see exactly
//! what a fresh `init` would show it.

use std::collections::BTreeMap;

use super::*;
use crate::fsconf;
use crate::model::{ConfNum, Conference};
use crate::settings::{ContextDef, Settings};
use fsconn_esl::codec::{decode_all, Message, MessageKind};
use fsconn_esl::{Event, Headers};
use serde_json::{json, Value};

pub(super) fn xml() -> fsconf::State {
    let conf = |num: u32, name: &str, conftype: &str, context: &str| Conference {
        settings: Default::default(),
        num: ConfNum(num),
        name: name.into(),
        conftype: conftype.into(),
        context: context.into(),
    };
    fsconf::State {
        conferences: vec![
            conf(30000, "team_g722", "16kHz-novideo", "team"),
            conf(31000, "friends_opus", "48kHz-video", "friends"),
            conf(32000, "public_g722", "16kHz-novideo", "public"),
            conf(32001, "Test_1", "16kHz-novideo", "public"),
        ],
        ..fsconf::State::default()
    }
}

pub(super) fn ctx(settings: &Settings, name: &str) -> ContextDef {
    settings.context(name).cloned().expect("default context")
}

const NO_REGS: &str = "{\"row_count\": 0}\n";

fn empty_state() -> LiveState {
    LiveState::from_snapshot("[]", NO_REGS, &xml()).expect("empty snapshot")
}

fn capture_messages(file: &str) -> Vec<Message> {
    let path = format!(
        "{}/../../tests/fixtures/esl/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    let data = std::fs::read(&path).expect("capture fixture");
    let (msgs, rest) = decode_all::<Message>(&data).expect("capture decodes");
    assert_eq!(rest, 0);
    msgs
}

fn capture_events(file: &str) -> Vec<Event> {
    capture_messages(file)
        .iter()
        .filter(|m| matches!(m.kind(), MessageKind::EventPlain | MessageKind::EventJson))
        .map(|m| m.event().expect("event decodes"))
        .collect()
}

fn notifications(deltas: &[Delta]) -> Vec<String> {
    deltas
        .iter()
        .filter_map(|d| d.message().map(ServerMessage::to_json_string))
        .collect()
}

fn out_of_sync(deltas: &[Delta]) -> usize {
    deltas
        .iter()
        .filter(|d| matches!(d, Delta::OutOfSync { .. }))
        .count()
}

/// A WebSocket client of one context, built from `init` + `initreg` and the
/// messages it is admitted to.
struct Client {
    viewer: ContextDef,
    version: Version,
    confs: BTreeMap<String, Value>,
    regs: BTreeMap<String, Value>,
}

impl Client {
    fn connect(state: &LiveState, viewer: ContextDef, settings: &Settings) -> Client {
        Client::connect_version(state, viewer, settings, Version::V1)
    }

    fn connect_version(
        state: &LiveState,
        viewer: ContextDef,
        settings: &Settings,
        version: Version,
    ) -> Client {
        let mut c = Client {
            viewer,
            version,
            confs: BTreeMap::new(),
            regs: BTreeMap::new(),
        };
        let init: Value = serde_json::from_str(
            &ServerMessage::init(state.snapshot_for_version(&c.viewer, settings, version))
                .to_json_string(),
        )
        .expect("json");
        for conf in init["data"].as_array().expect("data") {
            c.confs
                .insert(conf["name"].as_str().expect("name").into(), conf.clone());
        }
        for reg in state.registrations() {
            c.regs.insert(reg.regid.clone(), json!(reg));
        }
        c
    }

    fn receive(&mut self, deltas: &[Delta], settings: &Settings) {
        for d in deltas {
            let Delta::Notify(n) = d else { continue };
            if !n.audience.admits(&self.viewer, settings) {
                continue;
            }
            // Through the wire format, as a real client would.
            let Some(bytes) = n.to_json_bytes(self.version) else {
                continue;
            };
            let msg: Value = serde_json::from_slice(&bytes).expect("json");
            self.handle(&msg);
        }
    }

    fn handle(&mut self, msg: &Value) {
        let event = msg["event"].as_str().expect("event");
        if let Some(user) = msg.get("user") {
            let regid = user["regid"].as_str().expect("regid").to_string();
            match event {
                "addReg" => assert!(self.regs.insert(regid, user.clone()).is_none(), "{msg}"),
                "delReg" => assert!(self.regs.remove(&regid).is_some(), "{msg}"),
                _ => panic!("unexpected {msg}"),
            }
            return;
        }
        if event == "newXML" {
            return;
        }
        if event == "newConference" {
            let name = msg["data"]["name"].as_str().expect("name").to_string();
            assert!(
                self.confs.insert(name, msg["data"].clone()).is_none(),
                "{msg}"
            );
            return;
        }
        let name = msg["conference"].as_str().expect("conference");
        if event == "delConference" {
            assert!(self.confs.remove(name).is_some(), "{msg}");
            return;
        }
        // v2: the recording of a conference that ended with its last member.
        if event == "recStop" && msg["reason"] == "lastMemberLeft" {
            assert_eq!(self.version, Version::V2, "{msg}");
            assert!(!self.confs.contains_key(name), "{msg}");
            return;
        }
        let conf = self
            .confs
            .get_mut(name)
            .unwrap_or_else(|| panic!("{msg} for unknown conference"));
        let confid = |v: &Value| v["confid"].as_str().map(str::to_string);
        match event {
            "newMember" => {
                conf["members"]
                    .as_array_mut()
                    .expect("members")
                    .push(msg["data"].clone());
                conf["lastjoin"] = msg["data"].clone();
            }
            "delMember" => {
                let members = conf["members"].as_array_mut().expect("members");
                let pos = members
                    .iter()
                    .position(|m| m["confid"] == msg["data"])
                    .unwrap_or_else(|| panic!("{msg} of unknown member"));
                conf["lastleave"] = members.remove(pos);
                if conf["floor"]["confid"] == msg["data"] {
                    conf["floor"] = json!({});
                }
            }
            "floorchange" => conf["floor"] = msg["data"].clone(),
            "mute" | "unmute" => {
                let mute = event == "mute";
                let id = msg["data"].as_str().map(str::to_string);
                for m in conf["members"].as_array_mut().expect("members") {
                    if confid(m) == id {
                        m["mute"] = json!(mute);
                    }
                }
                for slot in ["floor", "lastjoin"] {
                    if confid(&conf[slot]) == id {
                        conf[slot]["mute"] = json!(mute);
                    }
                }
            }
            "lock" => conf["locked"] = json!(true),
            "unlock" => conf["locked"] = json!(false),
            "recStart" => {
                conf["recording"] = json!({"status": "running", "file": msg["file"]});
                if let Some(t) = msg.get("started") {
                    conf["recording"]["started"] = t.clone();
                }
            }
            "recResume" | "recPause" => {
                let status = if event == "recPause" {
                    "paused"
                } else {
                    "running"
                };
                conf["recording"]["status"] = json!(status);
                conf["recording"]["file"] = msg["file"].clone();
            }
            "recStop" => conf["recording"] = json!({"status": "norec"}),
            "muteAll" => {}
            // v2: member fields.
            "startTalking" | "stopTalking" | "deaf" | "undeaf" | "hand" | "memberChange" => {
                assert_eq!(self.version, Version::V2, "{msg}");
                let id = msg["data"]
                    .as_str()
                    .or_else(|| msg["data"]["confid"].as_str())
                    .map(str::to_string);
                let update = |m: &mut Value| match event {
                    "startTalking" | "stopTalking" => m["talking"] = json!(event == "startTalking"),
                    "deaf" | "undeaf" => m["deaf"] = json!(event == "deaf"),
                    "hand" => {
                        m["hand"] = json!({"raised": msg["raised"]});
                        if let Some(t) = msg.get("since") {
                            m["hand"]["since"] = t.clone();
                        }
                    }
                    _ => *m = msg["data"].clone(),
                };
                for m in conf["members"].as_array_mut().expect("members") {
                    if confid(m) == id {
                        update(m);
                    }
                }
                for slot in ["floor", "lastjoin"] {
                    if confid(&conf[slot]) == id {
                        update(&mut conf[slot]);
                    }
                }
            }
            "dialResult" => assert_eq!(self.version, Version::V2),
            _ => panic!("unexpected {msg}"),
        }
        let count = conf["members"].as_array().expect("members").len();
        conf["memcount"] = json!(count);
    }

    /// What the client shows, in `init` order.
    fn view(&self) -> Value {
        json!({
            "conferences": self.confs.values().cloned().collect::<Vec<_>>(),
            "registrations": self.regs.values().cloned().collect::<Vec<_>>(),
        })
    }
}

fn fresh_view(state: &LiveState, viewer: &ContextDef, settings: &Settings) -> Value {
    Client::connect(state, viewer.clone(), settings).view()
}

fn clients(state: &LiveState, settings: &Settings) -> Vec<Client> {
    ["team", "friends", "public"]
        .iter()
        .map(|c| Client::connect(state, ctx(settings, c), settings))
        .collect()
}

/// Every message, in order, from the plain capture of session-events: four
/// conferences actions per member, recording, lock, registrations.
const SESSION_EVENTS: &[&str] = &[
    r#"{"event":"addReg","user":{"id":"20000","regid":"reg-20000@127.0.0.1","sipcon":"127.0.0.1:5100"}}"#,
    r#"{"event":"addReg","user":{"id":"20001","regid":"reg-20001@127.0.0.1","sipcon":"127.0.0.1:5101"}}"#,
    r#"{"event":"addReg","user":{"id":"21000","regid":"reg-21000@127.0.0.1","sipcon":"127.0.0.1:5110"}}"#,
    r#"{"event":"addReg","user":{"id":"22000","regid":"reg-22000@127.0.0.1","sipcon":"127.0.0.1:5120"}}"#,
    r#"{"event":"addReg","user":{"id":"20002","regid":"reg-20002@127.0.0.1","sipcon":"127.0.0.1:5102"}}"#,
    // 20000 unregisters (Expires: 0), 20002 expires.
    r#"{"event":"delReg","user":{"id":"20000","regid":"reg-20000@127.0.0.1","sipcon":"127.0.0.1:5100"}}"#,
    r#"{"event":"delReg","user":{"id":"20002","regid":"reg-20002@127.0.0.1","sipcon":"127.0.0.1:5102"}}"#,
    r#"{"event":"newConference","data":{"name":"team_g722","context":"team","type":"16kHz-novideo","num":"30000","recording":{"status":"norec"},"locked":false,"floor":{},"lastjoin":{"name":"20002","id":"20002","confid":"7","mute":false},"lastleave":{},"memcount":1,"members":[{"name":"20002","id":"20002","confid":"7","mute":false}]}}"#,
    r#"{"event":"floorchange","conference":"team_g722","data":{"name":"20002","id":"20002","confid":"7","mute":false}}"#,
    // 20000 joins muted (conf_flags mute).
    r#"{"event":"newMember","conference":"team_g722","data":{"name":"20000","id":"20000","confid":"8","mute":true}}"#,
    r#"{"event":"newConference","data":{"name":"public_g722","context":"public","type":"16kHz-novideo","num":"32000","recording":{"status":"norec"},"locked":false,"floor":{},"lastjoin":{"name":"22000","id":"22000","confid":"9","mute":true},"lastleave":{},"memcount":1,"members":[{"name":"22000","id":"22000","confid":"9","mute":true}]}}"#,
    r#"{"event":"floorchange","conference":"public_g722","data":{"name":"22000","id":"22000","confid":"9","mute":true}}"#,
    r#"{"event":"newMember","conference":"team_g722","data":{"name":"20001","id":"20001","confid":"10","mute":false}}"#,
    r#"{"event":"mute","conference":"team_g722","data":"7"}"#,
    r#"{"event":"unmute","conference":"team_g722","data":"7"}"#,
    r#"{"event":"lock","conference":"team_g722"}"#,
    r#"{"event":"unlock","conference":"team_g722"}"#,
    r#"{"event":"recStart","conference":"team_g722","file":"/recordings/team_g722-events.wav"}"#,
    r#"{"event":"recPause","conference":"team_g722","file":"/recordings/team_g722-events.wav"}"#,
    r#"{"event":"recResume","conference":"team_g722","file":"/recordings/team_g722-events.wav"}"#,
    r#"{"event":"recStop","conference":"team_g722"}"#,
    // floor-change New-ID none, then the last member leaves.
    r#"{"event":"delConference","conference":"public_g722"}"#,
    // `mute all`: one mute-member per member, forwarded each, also for 8,
    // which was already muted (as the original did).
    r#"{"event":"mute","conference":"team_g722","data":"10"}"#,
    r#"{"event":"mute","conference":"team_g722","data":"8"}"#,
    r#"{"event":"mute","conference":"team_g722","data":"7"}"#,
    r#"{"event":"unmute","conference":"team_g722","data":"10"}"#,
    r#"{"event":"unmute","conference":"team_g722","data":"8"}"#,
    r#"{"event":"unmute","conference":"team_g722","data":"7"}"#,
    // The moderator's mute toggle key.
    r#"{"event":"mute","conference":"team_g722","data":"10"}"#,
    r#"{"event":"unmute","conference":"team_g722","data":"10"}"#,
    // kick 7 (the floor holder): kick-member, floor-change none, del-member.
    r#"{"event":"delMember","conference":"team_g722","data":"7"}"#,
    r#"{"event":"floorchange","conference":"team_g722","data":{"name":"20001","id":"20001","confid":"10","mute":false}}"#,
    r#"{"event":"delMember","conference":"team_g722","data":"8"}"#,
    r#"{"event":"delConference","conference":"team_g722"}"#,
    r#"{"event":"delReg","user":{"id":"20001","regid":"reg-20001@127.0.0.1","sipcon":"127.0.0.1:5101"}}"#,
    r#"{"event":"delReg","user":{"id":"21000","regid":"reg-21000@127.0.0.1","sipcon":"127.0.0.1:5110"}}"#,
    r#"{"event":"delReg","user":{"id":"22000","regid":"reg-22000@127.0.0.1","sipcon":"127.0.0.1:5120"}}"#,
];

#[test]
fn real_plain_and_json_captures_give_the_documented_messages() {
    for file in [
        "session-events-plain.s2c.raw",
        "session-events-json.s2c.raw",
    ] {
        let mut state = empty_state();
        let mut deltas = Vec::new();
        for ev in capture_events(file) {
            deltas.extend(state.apply(&ev));
        }
        assert_eq!(out_of_sync(&deltas), 0, "{file}: nothing was missed");
        assert_eq!(notifications(&deltas), SESSION_EVENTS, "{file}");
        // Everything ended (the state only remembers the expired binding).
        let settings = Settings::defaults();
        assert!(state.registrations().is_empty(), "{file}");
        assert!(state
            .snapshot_for(&ctx(&settings, "team"), &settings)
            .is_empty());
    }
}

#[test]
fn capture_messages_go_only_to_clients_that_may_see_them() {
    let settings = Settings::defaults();
    let mut state = empty_state();
    let mut deltas = Vec::new();
    for ev in capture_events("session-events-plain.s2c.raw") {
        deltas.extend(state.apply(&ev));
    }
    let seen_by = |context: &str| -> Vec<String> {
        let viewer = ctx(&settings, context);
        deltas
            .iter()
            .filter_map(|d| match d {
                Delta::Notify(n) if n.audience.admits(&viewer, &settings) => {
                    n.v1.as_ref().map(ServerMessage::to_json_string)
                }
                _ => None,
            })
            .collect()
    };
    assert_eq!(seen_by("team"), SESSION_EVENTS);
    let others: Vec<String> = SESSION_EVENTS
        .iter()
        .filter(|m| !m.contains("team_g722"))
        .map(|m| m.to_string())
        .collect();
    assert_eq!(seen_by("friends"), others);
    assert_eq!(seen_by("public"), others);
    assert_eq!(others.len(), 13, "registrations and public_g722 only");
}

/// FreeSWITCH's own answers, taken while the events were recorded, must
/// agree with the state the events built: `from_snapshot` and `apply` read
/// the same facts the same way.
#[test]
fn state_from_events_agrees_with_the_switchs_own_answers() {
    let settings = Settings::defaults();
    let team = ctx(&settings, "team");
    let xml = xml();
    // The control connection's `api conference json_list` ran at API event
    // 937/938 (nothing happened between the two).
    let control_json_list = capture_messages("session-events-control.s2c.raw")
        .iter()
        .filter(|m| m.kind() == MessageKind::ApiResponse)
        .map(|m| m.body_text().into_owned())
        .find(|b| b.starts_with("[{"))
        .expect("json_list answer");
    let mut state = empty_state();
    let mut checked = 0;
    for ev in capture_events("session-events-plain.s2c.raw") {
        let seq: u64 = ev
            .get("Event-Sequence")
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        if ev.name() == Some("API") && seq == 937 {
            let snap =
                LiveState::from_snapshot(&control_json_list, NO_REGS, &xml).expect("snapshot");
            assert_eq!(
                snap.snapshot_for(&team, &settings),
                state.snapshot_for(&team, &settings)
            );
            checked += 1;
        }
        if ev.name() == Some("BACKGROUND_JOB") {
            let body = ev.body.clone().unwrap_or_default();
            match ev.get("Job-Command-Arg") {
                Some("registrations as json") => {
                    let snap = LiveState::from_snapshot("[]", &body, &xml).expect("snapshot");
                    assert_eq!(snap.registrations(), state.registrations());
                    assert_eq!(snap.registrations().len(), 3, "20000 left, 20002 expired");
                }
                Some("team_g722 json_list") => {
                    let snap = LiveState::from_snapshot(&body, NO_REGS, &xml).expect("snapshot");
                    let ours: Vec<_> = state
                        .snapshot_for(&team, &settings)
                        .into_iter()
                        .filter(|c| c.name == "team_g722")
                        .collect();
                    assert_eq!(snap.snapshot_for(&team, &settings), ours);
                    assert!(ours[0].members.iter().any(|m| m.mute), "8 is still muted");
                }
                other => panic!("unexpected job {other:?}"),
            }
            checked += 1;
        }
        state.apply(&ev);
    }
    assert_eq!(checked, 3);
}

#[test]
fn clients_following_the_messages_always_match_a_fresh_init() {
    let settings = Settings::defaults();
    for file in [
        "session-events-plain.s2c.raw",
        "session-subscribe.s2c.raw",
        "session-shutdown.s2c.raw",
    ] {
        let mut state = empty_state();
        let mut clients = clients(&state, &settings);
        for ev in capture_events(file) {
            let deltas = state.apply(&ev);
            for c in &mut clients {
                c.receive(&deltas, &settings);
                assert_eq!(c.view(), fresh_view(&state, &c.viewer, &settings), "{file}");
            }
        }
    }
}

#[test]
fn reregistrations_are_announced_once() {
    let mut state = empty_state();
    let mut deltas = Vec::new();
    for ev in capture_events("session-reregister.s2c.raw") {
        deltas.extend(state.apply(&ev));
    }
    let reg = r#"{"id":"20001","regid":"rereg-20001-5b1e@127.0.0.1","sipcon":"127.0.0.1:5101"}"#;
    assert_eq!(
        notifications(&deltas),
        [
            format!(r#"{{"event":"addReg","user":{reg}}}"#),
            format!(r#"{{"event":"delReg","user":{reg}}}"#),
        ]
    );
}

// ---- scripted events ----

pub(super) fn event(subclass: &str, headers: &[(&str, &str)]) -> Event {
    let mut h: Headers = [("Event-Subclass", subclass), ("Event-Name", "CUSTOM")]
        .into_iter()
        .collect();
    for (k, v) in headers {
        h.push(k, v);
    }
    Event {
        headers: h,
        body: None,
    }
}

/// A conference::maintenance event; `size` is Conference-Size after it.
pub(super) fn conf_ev(action: &str, conf: &str, size: usize, extra: &[(&str, &str)]) -> Event {
    let size = size.to_string();
    let mut h = vec![
        ("Conference-Name", conf),
        ("Conference-Size", size.as_str()),
        ("Conference-Profile-Name", "16kHz-novideo"),
        ("Action", action),
    ];
    h.extend_from_slice(extra);
    event("conference::maintenance", &h)
}

pub(super) fn member_ev(
    action: &str,
    conf: &str,
    size: usize,
    id: &str,
    user: &str,
    name: &str,
    speak: bool,
) -> Event {
    conf_ev(
        action,
        conf,
        size,
        &[
            ("Member-ID", id),
            ("Caller-Username", user),
            ("Caller-Caller-ID-Name", name),
            ("Caller-Caller-ID-Number", user),
            ("Speak", if speak { "true" } else { "false" }),
        ],
    )
}

fn run(state: &mut LiveState, events: &[Event]) -> Vec<Delta> {
    events.iter().flat_map(|e| state.apply(e)).collect()
}

#[test]
fn a_scripted_conference_produces_exactly_the_documented_messages() {
    let settings = Settings::defaults();
    let mut state = empty_state();
    let mut watchers = clients(&state, &settings);
    let file = "/recordings/Test_1-2021-08-31T12:09:15.578Z.wav";
    let path = [("Path", file)];
    let events = vec![
        conf_ev("conference-create", "Test_1", 0, &[]),
        member_ev("add-member", "Test_1", 1, "4", "20003", "stefan", false),
        member_ev("add-member", "Test_1", 2, "5", "20004", "testuser", true),
        conf_ev(
            "floor-change",
            "Test_1",
            2,
            &[("Old-ID", "none"), ("New-ID", "5")],
        ),
        member_ev("add-member", "Test_1", 3, "6", "20005", "testuser6", true),
        member_ev("unmute-member", "Test_1", 3, "4", "20003", "stefan", true),
        member_ev("mute-member", "Test_1", 3, "5", "20004", "testuser", false),
        conf_ev("lock", "Test_1", 3, &[]),
        conf_ev("unlock", "Test_1", 3, &[]),
        conf_ev("start-recording", "Test_1", 3, &path),
        conf_ev("pause-recording", "Test_1", 3, &path),
        conf_ev("resume-recording", "Test_1", 3, &path),
        conf_ev("stop-recording", "Test_1", 3, &path),
        conf_ev(
            "floor-change",
            "Test_1",
            3,
            &[("Old-ID", "5"), ("New-ID", "none")],
        ),
        member_ev("del-member", "Test_1", 2, "5", "20004", "testuser", false),
        member_ev("del-member", "Test_1", 1, "6", "20005", "testuser6", false),
        member_ev("del-member", "Test_1", 0, "4", "20003", "stefan", true),
        conf_ev("conference-destroy", "Test_1", 0, &[]),
    ];
    let mut deltas = Vec::new();
    for ev in &events {
        let d = state.apply(ev);
        for w in &mut watchers {
            w.receive(&d, &settings);
            assert_eq!(w.view(), fresh_view(&state, &w.viewer, &settings));
        }
        // Checked mid-way: the init reply while all three are in.
        if ev.get("Action") == Some("unlock") {
            let init =
                ServerMessage::init(state.snapshot_for(&ctx(&settings, "public"), &settings));
            assert_eq!(
                init.to_json_string(),
                concat!(
                    r#"{"event":"reply","reply":"init","data":[{"name":"Test_1","context":"public","type":"16kHz-novideo","num":"32001","#,
                    r#""recording":{"status":"norec"},"locked":false,"#,
                    r#""floor":{"name":"testuser","id":"20004","confid":"5","mute":true},"#,
                    r#""lastjoin":{"name":"testuser6","id":"20005","confid":"6","mute":false},"lastleave":{},"memcount":3,"members":["#,
                    r#"{"name":"stefan","id":"20003","confid":"4","mute":false},"#,
                    r#"{"name":"testuser","id":"20004","confid":"5","mute":true},"#,
                    r#"{"name":"testuser6","id":"20005","confid":"6","mute":false}]}]}"#
                )
            );
        }
        deltas.extend(d);
    }
    assert_eq!(out_of_sync(&deltas), 0);
    let f = file;
    assert_eq!(
        notifications(&deltas),
        [
            r#"{"event":"newConference","data":{"name":"Test_1","context":"public","type":"16kHz-novideo","num":"32001","recording":{"status":"norec"},"locked":false,"floor":{},"lastjoin":{"name":"stefan","id":"20003","confid":"4","mute":true},"lastleave":{},"memcount":1,"members":[{"name":"stefan","id":"20003","confid":"4","mute":true}]}}"#.to_string(),
            r#"{"event":"newMember","conference":"Test_1","data":{"name":"testuser","id":"20004","confid":"5","mute":false}}"#.into(),
            r#"{"event":"floorchange","conference":"Test_1","data":{"name":"testuser","id":"20004","confid":"5","mute":false}}"#.into(),
            r#"{"event":"newMember","conference":"Test_1","data":{"name":"testuser6","id":"20005","confid":"6","mute":false}}"#.into(),
            r#"{"event":"unmute","conference":"Test_1","data":"4"}"#.into(),
            r#"{"event":"mute","conference":"Test_1","data":"5"}"#.into(),
            r#"{"event":"lock","conference":"Test_1"}"#.into(),
            r#"{"event":"unlock","conference":"Test_1"}"#.into(),
            format!(r#"{{"event":"recStart","conference":"Test_1","file":"{f}"}}"#),
            format!(r#"{{"event":"recPause","conference":"Test_1","file":"{f}"}}"#),
            format!(r#"{{"event":"recResume","conference":"Test_1","file":"{f}"}}"#),
            r#"{"event":"recStop","conference":"Test_1"}"#.into(),
            r#"{"event":"delMember","conference":"Test_1","data":"5"}"#.into(),
            r#"{"event":"delMember","conference":"Test_1","data":"6"}"#.into(),
            r#"{"event":"delConference","conference":"Test_1"}"#.into(),
        ]
    );
    assert_eq!(state, empty_state());
}

#[test]
fn reloadxml_tells_everyone() {
    let settings = Settings::defaults();
    let mut state = empty_state();
    let deltas = state.apply(&Event {
        headers: [("Event-Name", "RELOADXML")].into_iter().collect(),
        body: None,
    });
    assert_eq!(notifications(&deltas), [r#"{"event":"newXML"}"#]);
    for c in ["team", "friends", "public"] {
        let Delta::Notify(n) = &deltas[0] else {
            panic!()
        };
        assert!(n.audience.admits(&ctx(&settings, c), &settings));
    }
}

#[test]
fn events_about_unknown_conferences_and_members_ask_for_a_resync() {
    let mut state = empty_state();
    let m = |a: &str| member_ev(a, "nowhere", 1, "77", "20001", "x", true);
    let lost = vec![
        m("del-member"),
        m("mute-member"),
        m("unmute-member"),
        conf_ev("floor-change", "nowhere", 1, &[("New-ID", "77")]),
        conf_ev("lock", "nowhere", 1, &[]),
        conf_ev("unlock", "nowhere", 1, &[]),
        conf_ev("start-recording", "nowhere", 1, &[("Path", "/r/x.wav")]),
    ];
    for ev in &lost {
        let d = state.apply(ev);
        assert_eq!(notifications(&d), Vec::<String>::new(), "{ev:?}");
        assert_eq!(out_of_sync(&d), 1, "{ev:?}");
    }
    // A known conference, unknown members and recordings.
    run(
        &mut state,
        &[member_ev(
            "add-member",
            "team_g722",
            1,
            "1",
            "20000",
            "a",
            true,
        )],
    );
    for ev in [
        member_ev("mute-member", "team_g722", 1, "2", "20001", "b", false),
        member_ev("del-member", "team_g722", 0, "2", "20001", "b", false),
        conf_ev("floor-change", "team_g722", 1, &[("New-ID", "2")]),
        conf_ev("pause-recording", "team_g722", 1, &[("Path", "/r/x.wav")]),
        member_ev("add-member", "team_g722", 2, "1", "20000", "a", true),
    ] {
        let d = state.apply(&ev);
        assert_eq!(notifications(&d), Vec::<String>::new(), "{ev:?}");
        assert_eq!(out_of_sync(&d), 1, "{ev:?}");
    }
    // Garbage is ignored without a fuss.
    for ev in [
        event("conference::maintenance", &[("Action", "add-member")]),
        event(
            "conference::maintenance",
            &[("Conference-Name", "team_g722")],
        ),
        conf_ev("start-talking", "team_g722", 1, &[("Member-ID", "1")]),
        conf_ev("floor-change", "team_g722", 1, &[("New-ID", "none")]),
        conf_ev(
            "stop-recording",
            "team_g722",
            1,
            &[("Path", "/r/never.wav")],
        ),
        event("sofia::register", &[("from-user", "20000")]),
        event("sofia::unregister", &[("call-id", "never-registered")]),
        Event::default(),
    ] {
        assert_eq!(state.apply(&ev), Vec::<Delta>::new(), "{ev:?}");
    }
}

#[test]
fn a_conference_seen_first_by_a_join_is_created_and_checked_against_its_size() {
    let settings = Settings::defaults();
    let mut state = empty_state();
    // Not in the dialplan: shown to full-API users only, typed by its profile.
    let d = state.apply(&member_ev(
        "add-member",
        "adhoc",
        3,
        "12",
        "20001",
        "b",
        false,
    ));
    assert_eq!(out_of_sync(&d), 1, "two members we never saw");
    let Delta::Notify(n) = &d[0] else {
        panic!("{d:?}")
    };
    assert_eq!(n.audience, Audience::Conference(None));
    assert!(n.audience.admits(&ctx(&settings, "team"), &settings));
    assert!(!n.audience.admits(&ctx(&settings, "friends"), &settings));
    let view = &state.snapshot_for(&ctx(&settings, "team"), &settings)[0];
    assert_eq!(
        (
            view.context.as_str(),
            view.conftype.as_str(),
            view.num.as_str()
        ),
        ("", "16kHz-novideo", "")
    );
    assert!(state
        .snapshot_for(&ctx(&settings, "friends"), &settings)
        .is_empty());
}

#[test]
fn a_second_recording_and_its_end_are_reported_as_the_visible_one_changes() {
    let mut state = empty_state();
    run(
        &mut state,
        &[member_ev(
            "add-member",
            "team_g722",
            1,
            "1",
            "20000",
            "a",
            false,
        )],
    );
    let p = |f: &'static str| [("Path", f)];
    let d = run(
        &mut state,
        &[
            conf_ev("start-recording", "team_g722", 1, &p("/r/a.wav")),
            conf_ev("pause-recording", "team_g722", 1, &p("/r/a.wav")),
            conf_ev("start-recording", "team_g722", 1, &p("/r/b.wav")),
            conf_ev("stop-recording", "team_g722", 1, &p("/r/b.wav")),
            conf_ev(
                "start-recording",
                "team_g722",
                1,
                &[("Path", "/r/c.wav"), ("Error", "File could not be opened")],
            ),
            conf_ev("stop-recording", "team_g722", 1, &p("/r/a.wav")),
        ],
    );
    let c = r#""conference":"team_g722""#;
    assert_eq!(
        notifications(&d),
        [
            format!(r#"{{"event":"recStart",{c},"file":"/r/a.wav"}}"#),
            format!(r#"{{"event":"recPause",{c},"file":"/r/a.wav"}}"#),
            format!(r#"{{"event":"recStart",{c},"file":"/r/b.wav"}}"#),
            // b ends, a is still there, paused.
            format!(r#"{{"event":"recStart",{c},"file":"/r/a.wav"}}"#),
            format!(r#"{{"event":"recPause",{c},"file":"/r/a.wav"}}"#),
            format!(r#"{{"event":"recStop",{c}}}"#),
        ]
    );
}

#[test]
fn a_changed_binding_under_a_known_call_id_is_replaced() {
    let mut state = empty_state();
    let reg = |port: &str| {
        event(
            "sofia::register",
            &[
                ("from-user", "20001"),
                ("call-id", "c1"),
                ("network-ip", "10.0.0.1"),
                ("network-port", port),
            ],
        )
    };
    let d = run(&mut state, &[reg("5060"), reg("5060"), reg("5070")]);
    assert_eq!(
        notifications(&d),
        [
            r#"{"event":"addReg","user":{"id":"20001","regid":"c1","sipcon":"10.0.0.1:5060"}}"#,
            r#"{"event":"delReg","user":{"id":"20001","regid":"c1","sipcon":"10.0.0.1:5060"}}"#,
            r#"{"event":"addReg","user":{"id":"20001","regid":"c1","sipcon":"10.0.0.1:5070"}}"#,
        ]
    );
    let expire = event("sofia::expire", &[("call-id", "c1"), ("user", "20001")]);
    assert_eq!(
        notifications(&state.apply(&expire)),
        [r#"{"event":"delReg","user":{"id":"20001","regid":"c1","sipcon":"10.0.0.1:5070"}}"#]
    );
    assert!(state.registrations().is_empty());
}

// ---- snapshots, diff, XML changes ----

/// `conference json_list` as FreeSWITCH writes it (trimmed to the fields we
/// read), with a paused recording node, newest member first.
const JSON_LIST: &str = r#"[{
    "conference_name": "team_g722", "member_count": 2, "locked": true, "recording": true,
    "members": [
        {"type": "recording_node", "record_path": "/recordings/team_g722-x.wav", "status": "paused", "join_time": 3},
        {"type": "caller", "id": 8, "flags": {"can_speak": false, "has_floor": false},
         "caller_id_name": "defaultuser", "caller_id_number": "20000", "join_time": 7},
        {"type": "caller", "id": 7, "flags": {"can_speak": true, "has_floor": true},
         "caller_id_name": "teamuser2", "caller_id_number": "20002", "join_time": 10}
    ]}, {
    "conference_name": "public_g722", "locked": false,
    "members": [{"type": "caller", "id": 9, "flags": {"can_speak": true, "has_floor": false},
                 "caller_id_name": "pub", "caller_id_number": "22000", "join_time": 4},
                {"type": "caller", "flags": {}, "caller_id_name": "no id"}]
}]"#;

const REGS: &str = r#"{"row_count":2,"rows":[
    {"reg_user":"20000","realm":"127.0.0.1","token":"reg-20000@127.0.0.1","url":"sofia/internal/sip:20000@127.0.0.1:5100","expires":"1795678522","network_ip":"127.0.0.1","network_port":"5100","network_proto":"udp","hostname":"vm","metadata":""},
    {"reg_user":"22000","realm":"127.0.0.1","token":"reg-22000@127.0.0.1","url":"sofia/internal/sip:22000@127.0.0.1:5120","expires":"1795678523","network_ip":"127.0.0.1","network_port":"5120","network_proto":"udp","hostname":"vm","metadata":""}
]}"#;

pub(super) fn busy_state() -> LiveState {
    LiveState::from_snapshot(JSON_LIST, REGS, &xml()).expect("snapshot")
}

#[test]
fn snapshot_reads_members_floor_lock_and_a_paused_recording() {
    let settings = Settings::defaults();
    let state = busy_state();
    let views = state.snapshot_for(&ctx(&settings, "team"), &settings);
    let team = serde_json::to_value(&views[1]).expect("json");
    assert_eq!(
        team,
        json!({
            "name": "team_g722", "context": "team", "type": "16kHz-novideo", "num": "30000",
            "recording": {"status": "paused", "file": "/recordings/team_g722-x.wav"},
            "locked": true,
            "floor": {"name": "teamuser2", "id": "20002", "confid": "7", "mute": false},
            "lastjoin": {"name": "defaultuser", "id": "20000", "confid": "8", "mute": true},
            "lastleave": {},
            "memcount": 2,
            "members": [
                {"name": "teamuser2", "id": "20002", "confid": "7", "mute": false},
                {"name": "defaultuser", "id": "20000", "confid": "8", "mute": true}
            ]
        })
    );
    assert_eq!(
        views[0].members.len(),
        1,
        "a member without an id is skipped"
    );
    assert_eq!(state.registrations().len(), 2);
    assert_eq!(state.registrations()[1].sipcon, "127.0.0.1:5120");
    // Visibility of init.
    let names = |c: &str| -> Vec<String> {
        state
            .snapshot_for(&ctx(&settings, c), &settings)
            .into_iter()
            .map(|v| v.name)
            .collect()
    };
    assert_eq!(names("team"), ["public_g722", "team_g722"]);
    assert_eq!(names("friends"), ["public_g722"]);
    assert_eq!(names("public"), ["public_g722"]);
}

#[test]
fn unusable_snapshots_are_errors() {
    let xml = xml();
    assert!(LiveState::from_snapshot("-ERR no conference module\n", NO_REGS, &xml).is_err());
    assert!(LiveState::from_snapshot("{}", NO_REGS, &xml).is_err());
    assert!(LiveState::from_snapshot("[]", "", &xml).is_err());
    assert!(LiveState::from_snapshot("[]", "[]", &xml).is_err());
    assert!(LiveState::from_snapshot("[]", "{\"row_count\": 0}\n", &xml).is_ok());
}

/// After a resync the clients get `diff(old, new)`; a client that had `old`
/// ends up with `new`, except for what no message can restore: lastjoin,
/// lastleave, and member order when `new` is older than `old`.
#[test]
fn diff_brings_clients_from_any_state_to_any_other() {
    let settings = Settings::defaults();
    let mut states = vec![empty_state(), busy_state()];
    let mut state = empty_state();
    for (i, ev) in capture_events("session-events-plain.s2c.raw")
        .iter()
        .enumerate()
    {
        state.apply(ev);
        if i % 15 == 0 {
            states.push(state.clone());
        }
    }
    states.push(busy_state());
    let strip = |mut v: Value| {
        for c in v["conferences"].as_array_mut().expect("array") {
            c["lastjoin"] = json!(null);
            c["lastleave"] = json!(null);
            // newMember appends; going back in time puts earlier joiners last.
            c["members"]
                .as_array_mut()
                .expect("members")
                .sort_by_key(|m| m["confid"].as_str().and_then(|id| id.parse::<u32>().ok()));
        }
        v
    };
    let mut compared = 0;
    for old in &states {
        for new in &states {
            let deltas = diff(old, new);
            assert_eq!(out_of_sync(&deltas), 0);
            for mut c in clients(old, &settings) {
                c.receive(&deltas, &settings);
                assert_eq!(
                    strip(c.view()),
                    strip(fresh_view(new, &c.viewer, &settings))
                );
                compared += 1;
            }
            if old == new {
                assert!(deltas.is_empty());
            }
        }
    }
    assert!(compared > 100);
}

#[test]
fn diff_from_empty_announces_every_conference_whole() {
    let settings = Settings::defaults();
    let busy = busy_state();
    let deltas = diff(&empty_state(), &busy);
    let mut c = Client::connect(&empty_state(), ctx(&settings, "team"), &settings);
    c.receive(&deltas, &settings);
    assert_eq!(
        c.view(),
        fresh_view(&busy, &ctx(&settings, "team"), &settings)
    );
    assert_eq!(deltas.len(), 4, "two conferences, two registrations");
}

#[test]
fn moving_a_running_conference_to_another_context_moves_it_for_clients() {
    let settings = Settings::defaults();
    let mut state = busy_state();
    let mut watchers = clients(&state, &settings);
    let mut moved = xml();
    for c in &mut moved.conferences {
        if c.name == "public_g722" {
            c.context = "team".into();
            c.num = ConfNum(30001);
        }
    }
    let deltas = state.refresh_xml(&moved);
    assert_eq!(deltas.len(), 2);
    for w in &mut watchers {
        w.receive(&deltas, &settings);
        assert_eq!(w.view(), fresh_view(&state, &w.viewer, &settings));
    }
    assert!(state
        .snapshot_for(&ctx(&settings, "public"), &settings)
        .is_empty());
    assert!(
        state.refresh_xml(&moved).is_empty(),
        "nothing changed the second time"
    );
}

#[test]
fn mute_all_is_announced_to_those_who_see_the_conference() {
    let settings = Settings::defaults();
    let state = busy_state();
    let Some(Delta::Notify(n)) = state.mute_all_delta("team_g722") else {
        panic!()
    };
    assert_eq!(
        n.to_json_bytes(Version::V1).expect("v1"),
        r#"{"event":"muteAll","conference":"team_g722"}"#.as_bytes()
    );
    assert!(n.audience.admits(&ctx(&settings, "team"), &settings));
    assert!(!n.audience.admits(&ctx(&settings, "friends"), &settings));
    assert_eq!(state.mute_all_delta("friends_opus"), None, "not running");
}

// ---- round 2: controls, dial, registration flush ----

fn count_of(messages: &[String], event: &str) -> usize {
    let tag = format!(r#"{{"event":"{event}","#);
    messages.iter().filter(|m| m.starts_with(&tag)).count()
}

fn count_events(events: &[Event], what: &str) -> usize {
    events
        .iter()
        .filter(|e| e.get("Action") == Some(what) || e.subclass() == Some(what))
        .count()
}

/// The round-2 recordings through the codec (plain and JSON twins, and the
/// ALL subscriptions) and the reducer: the twins give the same messages, nothing is missed, clients
/// following the messages always match a fresh init, every `mute-member`
/// / `unmute-member` is a `mute` / `unmute`, every ended binding a `delReg`.
#[test]
fn round_two_recordings_replay_through_codec_and_reducer() {
    let settings = Settings::defaults();
    for name in [
        "session-controls",
        "session-dial",
        "session-regflush",
        "session-pin",
    ] {
        let mut twins = Vec::new();
        let mut files = vec![format!("{name}.s2c.raw"), format!("{name}-json.s2c.raw")];
        if name != "session-controls" {
            // The connection subscribed to ALL: channel, DTMF, API events
            // and the rest change nothing for clients.
            files.push(format!("{name}-all.s2c.raw"));
        }
        for file in files {
            let events = capture_events(&file);
            let mut state = empty_state();
            let mut clients = clients(&state, &settings);
            let mut deltas = Vec::new();
            for ev in &events {
                let d = state.apply(ev);
                for c in &mut clients {
                    c.receive(&d, &settings);
                    assert_eq!(c.view(), fresh_view(&state, &c.viewer, &settings), "{file}");
                }
                deltas.extend(d);
            }
            assert_eq!(out_of_sync(&deltas), 0, "{file}: nothing was missed");
            assert_eq!(
                state.snapshot_for(&ctx(&settings, "team"), &settings),
                vec![]
            );
            let messages = notifications(&deltas);
            assert_eq!(
                count_of(&messages, "mute"),
                count_events(&events, "mute-member"),
                "{file}"
            );
            assert_eq!(
                count_of(&messages, "unmute"),
                count_events(&events, "unmute-member"),
                "{file}"
            );
            assert_eq!(
                count_of(&messages, "delReg"),
                count_events(&events, "sofia::expire") + count_events(&events, "sofia::unregister"),
                "{file}"
            );
            twins.push(messages);
        }
        for twin in &twins[1..] {
            assert_eq!(&twins[0], twin, "{name}: plain, JSON and ALL agree");
        }
    }
}

#[test]
fn round_two_facts_reach_clients() {
    let replay = |file: &str| {
        let mut state = empty_state();
        let mut deltas = Vec::new();
        for ev in capture_events(file) {
            deltas.extend(state.apply(&ev));
        }
        notifications(&deltas)
    };
    let controls = replay("session-controls.s2c.raw");
    // 10 mute-member and 13 unmute-member events, each forwarded.
    assert_eq!(count_of(&controls, "mute"), 10);
    assert_eq!(count_of(&controls, "unmute"), 13);
    // The holder hung up: the floor went to member 3, who stayed.
    let holder_left = controls
        .iter()
        .position(|m| m == r#"{"event":"delMember","conference":"team_g722","data":"1"}"#)
        .expect("member 1 left");
    assert!(controls[holder_left + 1].starts_with(
        r#"{"event":"floorchange","conference":"team_g722","data":{"name":"20002","id":"20002","confid":"3""#
    ));
    // Transferred to public_g722 with the same member id.
    assert!(controls.iter().any(|m| m
        .starts_with(r#"{"event":"newConference","data":{"name":"public_g722""#)
        && m.contains(r#""confid":"3""#)));

    let dial = replay("session-dial.s2c.raw");
    // A dialed member: no authenticated user, the callee's number as id.
    assert!(dial.contains(
        &r#"{"event":"newMember","conference":"team_g722","data":{"name":"Outbound Call","id":"21000","confid":"2","mute":false}}"#.to_string()
    ));

    let flush = replay("session-regflush.s2c.raw");
    assert_eq!(count_of(&flush, "delReg"), 8, "6 flushed, 2 unregistered");

    // PIN flow: the right PIN, the moderator PIN, wrong-then-right; callers
    // who never got in leave no trace; the moderator PIN makes a moderator
    // of 20001, whose conf_flags have none; the moderator's `event` keys
    // (lock, unlock, mute all) change nothing.
    let pin = replay("session-pin.s2c.raw");
    assert_eq!(
        count_of(&pin, "newConference") + count_of(&pin, "newMember"),
        3
    );
    assert_eq!(count_of(&pin, "mute"), 1);
    assert_eq!(count_of(&pin, "unmute"), 1);
    let joined: Vec<(String, bool)> = v2_messages("session-pin.s2c.raw")
        .iter()
        .filter(|m| m.starts_with(r#"{"event":"newMember""#))
        .map(|m| {
            let v: serde_json::Value = serde_json::from_str(m).unwrap();
            let d = &v["data"];
            (
                d["id"].as_str().unwrap().to_string(),
                d["moderator"] == true,
            )
        })
        .collect();
    assert_eq!(
        joined,
        vec![("20001".to_string(), true), ("20003".to_string(), false)]
    );
    assert!(pin[0].contains(r#""lastjoin":{"name":"20002","id":"20002","confid":"1""#));
    let locks: Vec<&String> = pin
        .iter()
        .filter(|m| m.contains(r#""event":"lock""#) || m.contains(r#""event":"unlock""#))
        .collect();
    assert_eq!(locks.len(), 2, "only the api lock and unlock: {locks:?}");
}

/// After `flush_inbound_reg`, `show registrations` still lists the binding
/// (session-regflush, answer 26); a resync must not bring it back.
#[test]
fn a_resync_does_not_bring_back_flushed_bindings() {
    let settings = Settings::defaults();
    let xml = xml();
    let listed = capture_messages("session-regflush.s2c.raw")
        .iter()
        .filter(|m| m.kind() == MessageKind::ApiResponse)
        .map(|m| m.body_text().into_owned())
        .filter(|b| b.contains("rf-21000-cid3"))
        .last()
        .expect("the row after the flush");
    let mut state = empty_state();
    for ev in capture_events("session-regflush.s2c.raw") {
        let flushed =
            ev.get("call-id") == Some("rf-21000-cid3") && ev.subclass() == Some("sofia::expire");
        state.apply(&ev);
        if flushed {
            break;
        }
    }
    assert!(state.registrations().is_empty());
    let mut fresh = LiveState::from_snapshot("[]", &listed, &xml).expect("snapshot");
    assert_eq!(fresh.registrations().len(), 1, "the switch still lists it");
    fresh.carry_ended(&state);
    assert!(fresh.registrations().is_empty());
    assert!(diff(&state, &fresh).is_empty());
    let _ = settings;
}

// ---- protocol v2 ----

/// A v2 client that took `init` and followed its messages sees what a
/// fresh v2 `init` shows, through every recorded session, including the
/// controls, PIN and dial sessions of the second round.
#[test]
fn v2_clients_following_the_messages_always_match_a_fresh_init() {
    let settings = Settings::defaults();
    for file in [
        "session-events-plain.s2c.raw",
        "session-controls.s2c.raw",
        "session-pin.s2c.raw",
        "session-dial.s2c.raw",
    ] {
        let mut state = empty_state();
        let mut clients: Vec<Client> = ["team", "friends", "public"]
            .iter()
            .map(|c| Client::connect_version(&state, ctx(&settings, c), &settings, Version::V2))
            .collect();
        for ev in capture_events(file) {
            let deltas = state.apply(&ev);
            assert_eq!(out_of_sync(&deltas), 0, "{file}: {:?}", ev.get("Action"));
            for c in &mut clients {
                c.receive(&deltas, &settings);
                let fresh =
                    Client::connect_version(&state, c.viewer.clone(), &settings, Version::V2);
                assert_eq!(c.view(), fresh.view(), "{file}");
            }
        }
    }
}

fn v2_messages(file: &str) -> Vec<String> {
    let mut state = empty_state();
    let mut out = Vec::new();
    for ev in capture_events(file) {
        for d in state.apply(&ev) {
            if let Some(m) = d.message_for(Version::V2) {
                out.push(m.to_json_string());
            }
        }
    }
    out
}

/// session-controls sent `deaf 3`, `undeaf 3`, `energy 3 300`,
/// `volume_in 3 2`, `volume_out 3 -1` (each over api and bgapi, so twice):
/// FreeSWITCH fires the event again on a repeat, v2 tells a change once.
#[test]
fn v2_member_fields_follow_freeswitchs_control_events() {
    let msgs = v2_messages("session-controls.s2c.raw");
    let count = |needle: &str| msgs.iter().filter(|m| m.contains(needle)).count();
    assert_eq!(
        count(r#"{"event":"deaf","conference":"team_g722","data":"3"}"#),
        1
    );
    assert_eq!(
        count(r#"{"event":"undeaf","conference":"team_g722","data":"3"}"#),
        1
    );
    let changes: Vec<Value> = msgs
        .iter()
        .filter(|m| m.contains(r#""event":"memberChange""#))
        .map(|m| serde_json::from_str(m).expect("json"))
        .collect();
    let fields = |v: &Value| {
        (
            v["data"]["confid"].as_str().unwrap_or_default().to_string(),
            v["data"]["energy"].as_i64(),
            v["data"]["volume_in"].as_i64(),
            v["data"]["volume_out"].as_i64(),
        )
    };
    let got: Vec<_> = changes.iter().map(fields).collect();
    assert_eq!(
        got[..3],
        [
            ("3".to_string(), Some(300), Some(0), Some(0)),
            ("3".to_string(), Some(300), Some(2), Some(0)),
            ("3".to_string(), Some(300), Some(2), Some(-1)),
        ]
    );
    // Talking indicators from start-talking / stop-talking.
    assert!(count(r#"{"event":"startTalking","conference":"team_g722","data":"1"}"#) > 3);
    assert_eq!(
        count(r#""event":"startTalking""#),
        count(r#""event":"stopTalking""#) + 1,
        "member 3 was talking when it was kicked"
    );
    // Moderators: 20000 by conf_flags, 20001 by the moderator PIN.
    let joined: Vec<Value> = msgs
        .iter()
        .filter(|m| m.contains(r#""event":"newMember""#))
        .map(|m| serde_json::from_str(m).expect("json"))
        .collect();
    assert_eq!(joined[0]["data"]["moderator"], json!(true), "member 2");
    assert_eq!(joined[1]["data"]["moderator"], json!(false), "member 3");
    assert!(joined[0]["data"]["joined"]
        .as_str()
        .is_some_and(|t| t.ends_with('Z')));
}

/// The v1 stream of a session is exactly what it was before v2 existed:
/// none of the v2-only news leaks, and the shared messages keep v1 shapes.
#[test]
fn v1_clients_never_see_v2_news() {
    for file in ["session-controls.s2c.raw", "session-dial.s2c.raw"] {
        let mut state = empty_state();
        for ev in capture_events(file) {
            for d in state.apply(&ev) {
                let Some(m) = d.message() else { continue };
                let text = m.to_json_string();
                for v2 in [
                    "talking", "deaf", "energy", "volume", "hand", "joined", "started",
                ] {
                    assert!(!text.contains(v2), "{file}: {text}");
                }
            }
        }
    }
}

/// FreeSWITCH's json_list answers inside session-controls agree with the
/// v2 state the events built (fields that do not depend on a clock).
#[test]
fn v2_state_agrees_with_json_list_answers() {
    let settings = Settings::defaults();
    let team = ctx(&settings, "team");
    let mut state = empty_state();
    let mut checked = 0;
    let fields = |v: &ConferenceView| -> Vec<(String, bool, bool, bool, i64, i64, i64)> {
        let mut out: Vec<_> = v
            .members
            .iter()
            .map(|m| {
                let x = m.v2.clone().expect("v2");
                (
                    m.confid.clone(),
                    m.mute,
                    x.deaf,
                    x.moderator,
                    x.energy,
                    x.volume_in,
                    x.volume_out,
                )
            })
            .collect();
        out.sort();
        out
    };
    for m in capture_messages("session-controls.s2c.raw") {
        match m.kind() {
            MessageKind::EventPlain => {
                state.apply(&m.event().expect("event"));
            }
            MessageKind::ApiResponse if m.body_text().starts_with("[{") => {
                let snap =
                    LiveState::from_snapshot(&m.body_text(), NO_REGS, &xml()).expect("snapshot");
                let theirs = snap.snapshot_for_version(&team, &settings, Version::V2);
                let ours = state.snapshot_for_version(&team, &settings, Version::V2);
                for t in &theirs {
                    let o = ours.iter().find(|o| o.name == t.name).expect("running");
                    assert_eq!(fields(o), fields(t), "{}", m.body_text());
                }
                checked += 1;
            }
            _ => {}
        }
    }
    assert!(checked >= 8, "{checked}");
}

/// A hand raised with a caller-control key (`event` action, data `hand`)
/// reaches v2 clients; the same key lowers it.
#[test]
fn hands_follow_the_phone_key_and_the_controls() {
    let mut state = busy_state();
    let key = |data: &str| {
        event(
            "conference::maintenance",
            &[
                ("Action", "dtmf"),
                ("Conference-Name", "team_g722"),
                ("Member-ID", "7"),
                ("DTMF-Key", "5"),
                ("Data", data),
                ("Event-Date-Timestamp", "1630411755578000"),
            ],
        )
    };
    let v2 = |d: &[Delta]| -> Vec<String> {
        d.iter()
            .filter_map(|d| {
                d.message_for(Version::V2)
                    .map(ServerMessage::to_json_string)
            })
            .collect()
    };
    let up = state.apply(&key("hand"));
    assert_eq!(
        v2(&up),
        [
            r#"{"event":"hand","conference":"team_g722","data":"7","raised":true,"since":"2021-08-31T12:09:15.578Z"}"#
        ]
    );
    assert!(notifications(&up).is_empty(), "nothing for v1");
    assert!(state.apply(&key("raisehand")).is_empty(), "already up");
    assert_eq!(
        v2(&state.apply(&key("hand"))),
        [r#"{"event":"hand","conference":"team_g722","data":"7","raised":false}"#]
    );
    assert_eq!(
        v2(&state.set_hand("team_g722", "8", true, None)),
        [r#"{"event":"hand","conference":"team_g722","data":"8","raised":true}"#]
    );
    assert!(state.set_hand("team_g722", "99", true, None).is_empty());
}

/// FreeSWITCH's `stop-recording` carries no cause; while members remain the
/// stop was a command or FreeSWITCH giving up on the file. v1 keeps its
/// shape, v2 says `stopped` (the recorded session: a stop by fs_cli).
#[test]
fn a_recorded_stop_keeps_its_v1_shape_and_tells_v2_why() {
    let v1: Vec<String> = capture_events("session-events-json.s2c.raw")
        .iter()
        .scan(empty_state(), |state, ev| {
            Some(notifications(&state.apply(ev)))
        })
        .flatten()
        .filter(|m| m.contains("recStop"))
        .collect();
    assert_eq!(v1, [r#"{"event":"recStop","conference":"team_g722"}"#]);
    let v2: Vec<String> = v2_messages("session-events-json.s2c.raw")
        .into_iter()
        .filter(|m| m.contains("recStop"))
        .collect();
    assert_eq!(
        v2,
        [r#"{"event":"recStop","conference":"team_g722","reason":"stopped"}"#]
    );
}

/// When the last member leaves, FreeSWITCH stops the recording after
/// `del-member`: v1 clients hear `delConference` only, as before; v2 clients
/// then learn that the recording ended and why.
#[test]
fn the_last_member_leaving_ends_the_recording_and_v2_learns_why() {
    let settings = Settings::defaults();
    let mut state = empty_state();
    let mut v2 = Client::connect_version(&state, ctx(&settings, "team"), &settings, Version::V2);
    let path = [("Path", "/r/a.wav"), ("Other-Recordings", "false")];
    let events = [
        conf_ev("conference-create", "team_g722", 0, &[]),
        member_ev("add-member", "team_g722", 1, "1", "20000", "a", false),
        conf_ev("start-recording", "team_g722", 1, &[("Path", "/r/a.wav")]),
        member_ev("del-member", "team_g722", 0, "1", "20000", "a", false),
        conf_ev("stop-recording", "team_g722", 0, &path),
        conf_ev("conference-destroy", "team_g722", 0, &[]),
    ];
    let deltas = run(&mut state, &events);
    assert_eq!(out_of_sync(&deltas), 0);
    v2.receive(&deltas, &settings);
    let tail = |version| -> Vec<String> {
        deltas
            .iter()
            .filter_map(|d| d.message_for(version).map(ServerMessage::to_json_string))
            .skip(2)
            .collect()
    };
    let c = r#""conference":"team_g722""#;
    assert_eq!(
        tail(Version::V1),
        [format!(r#"{{"event":"delConference",{c}}}"#)]
    );
    assert_eq!(
        tail(Version::V2),
        [
            format!(r#"{{"event":"delConference",{c}}}"#),
            format!(r#"{{"event":"recStop",{c},"reason":"lastMemberLeft"}}"#),
        ]
    );
    assert_eq!(state, empty_state());
}

/// A stop while members remain: v2 says `stopped`, v1 is unchanged.
#[test]
fn a_stop_while_members_remain_says_stopped_in_v2_only() {
    let mut state = empty_state();
    let events = [
        member_ev("add-member", "team_g722", 1, "1", "20000", "a", false),
        conf_ev("start-recording", "team_g722", 1, &[("Path", "/r/a.wav")]),
        conf_ev("stop-recording", "team_g722", 1, &[("Path", "/r/a.wav")]),
    ];
    let deltas = run(&mut state, &events);
    let last = deltas.last().expect("recStop");
    let json = |v| last.message_for(v).map(ServerMessage::to_json_string);
    let c = r#""conference":"team_g722""#;
    assert_eq!(
        json(Version::V1),
        Some(format!(r#"{{"event":"recStop",{c}}}"#))
    );
    assert_eq!(
        json(Version::V2),
        Some(format!(r#"{{"event":"recStop",{c},"reason":"stopped"}}"#))
    );
}

/// Every `sofia status profile internal reg` answer of the recorded
/// registration flush (session-regflush) reads into the bindings it lists,
/// and after a flush the flushed one is gone from it while the recorded
/// `show registrations as json` next to it still had it.
#[test]
fn registrations_from_sofias_recorded_table() {
    let path = format!(
        "{}/../../tests/fixtures/esl/session-regflush.s2c.raw",
        env!("CARGO_MANIFEST_DIR")
    );
    let data = std::fs::read(path).expect("fixture");
    let (msgs, _) = decode_all::<Message>(&data).expect("decodes");
    let answers: Vec<String> = msgs
        .iter()
        .filter(|m| m.kind() == MessageKind::ApiResponse)
        .map(|m| m.body_text().to_string())
        .collect();
    let ids = |text: &str| -> Vec<String> {
        let s = LiveState::from_snapshot("[]", text, &xml()).expect("understood");
        s.registrations().into_iter().map(|r| r.id).collect()
    };
    let tables: Vec<&String> = answers
        .iter()
        .filter(|a| a.contains("\nRegistrations:\n"))
        .collect();
    assert!(tables.len() >= 2, "{} tables", tables.len());
    assert_eq!(ids(tables[0]), vec!["20000", "21000"]);
    let first = LiveState::from_snapshot("[]", tables[0], &xml()).unwrap();
    let r = first.registrations();
    assert_eq!(r[0].regid, "rf-20000-cid1");
    assert_eq!(r[0].sipcon, "127.0.0.1:5100");
    // Once 20000 was flushed, sofia lists only 21000.
    assert!(tables.iter().any(|t| ids(t) == vec!["21000"]));
    // A profile that is not running lists nothing, and costs nothing else.
    assert!(ids("Invalid Profile!\n").is_empty());
    assert!(LiveState::from_snapshot("[]", "-ERR no reply", &xml()).is_err());
}
