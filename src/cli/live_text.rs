//! `fsconn live` for people: the running conferences, a conference's members
//! and the events of `live watch` in words ("hand raised since 10:02:03",
//! "not recording", "energy 100 → 300") instead of the protocol's JSON.

use super::output::{self, plural};
use serde_json::Value;
use std::collections::HashMap;

/// A recording's state: "not recording", "recording /r/a.wav since …",
/// "recording paused (/r/a.wav)".
pub fn recording(r: &Value) -> String {
    let file = r["file"].as_str().unwrap_or("");
    let since = r["started"]
        .as_str()
        .map(|s| format!(" since {}", clock(s)))
        .unwrap_or_default();
    match r["status"].as_str() {
        Some("running") => format!("recording {file}{since}").replace("  ", " "),
        Some("paused") => format!("recording paused ({file})"),
        _ => "not recording".into(),
    }
}

/// `2026-12-06T10:02:03Z` as `10:02:03` (the day is today's in practice).
fn clock(iso: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(iso)
        .map(|t| t.format("%H:%M:%S").to_string())
        .unwrap_or_else(|_| iso.to_string())
}

/// A member's hand: "raised since 10:02:03", "raised" or empty.
fn hand(h: &Value) -> String {
    if h["raised"] != true {
        return String::new();
    }
    match h["since"].as_str() {
        Some(s) => format!("raised since {}", clock(s)),
        None => "raised".into(),
    }
}

/// "yes" for a set flag, empty otherwise: readable in a table and a pipe.
fn flag(v: &Value) -> String {
    if v == true { "yes" } else { "" }.into()
}

/// `live list`'s table and count line.
pub fn list(list: &Value) {
    let confs: Vec<&Value> = list.as_array().into_iter().flatten().collect();
    let mut t = output::table(&["name", "num", "context", "members", "locked", "recording"]);
    for c in &confs {
        t.add_row([
            text(&c["name"]),
            text(&c["num"]),
            text(&c["context"]),
            text(&c["memcount"]),
            flag(&c["locked"]),
            recording(&c["recording"]),
        ]);
    }
    crate::outln!("{t}");
    crate::outln!(
        "{}",
        plural(confs.len(), "running conference", "running conferences")
    );
}

/// `live show`: a summary line, then one row per member.
pub fn show(conf: &Value) {
    let members: Vec<&Value> = conf["members"].as_array().into_iter().flatten().collect();
    let count = conf["memcount"]
        .as_u64()
        .map_or(members.len(), |n| n as usize);
    crate::outln!(
        "{} ({}, {}): {}, {}, {}",
        text(&conf["name"]),
        text(&conf["num"]),
        text(&conf["context"]),
        plural(count, "member", "members"),
        if conf["locked"] == true {
            "locked"
        } else {
            "unlocked"
        },
        recording(&conf["recording"]),
    );
    let cols = [
        "confid",
        "id",
        "name",
        "muted",
        "deaf",
        "talking",
        "moderator",
        "hand",
    ];
    let mut t = output::table(&cols);
    for m in members {
        t.add_row([
            text(&m["confid"]),
            text(&m["id"]),
            text(&m["name"]),
            flag(&m["mute"]),
            flag(&m["deaf"]),
            flag(&m["talking"]),
            flag(&m["moderator"]),
            hand(&m["hand"]),
        ]);
    }
    crate::outln!("{t}");
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        v => v.to_string(),
    }
}

/// The fields a `memberChange` may change, with their names for people.
const CHANGEABLE: [(&str, &str); 7] = [
    ("energy", "energy"),
    ("volume_in", "volume in"),
    ("volume_out", "volume out"),
    ("moderator", "moderator"),
    ("mute", "muted"),
    ("deaf", "deaf"),
    ("name", "name"),
];

/// The members `live watch` has seen, so a `memberChange` (which carries
/// the whole member) can be told as what changed.
#[derive(Default)]
pub struct Members {
    seen: HashMap<(String, String), Value>,
}

impl Members {
    /// Start from the running conferences (`GET /api/active`'s shape).
    pub fn seed(list: &Value) -> Members {
        let mut m = Members::default();
        for c in list.as_array().into_iter().flatten() {
            let conf = text(&c["name"]);
            for mem in c["members"].as_array().into_iter().flatten() {
                m.seen
                    .insert((conf.clone(), text(&mem["confid"])), mem.clone());
            }
        }
        m
    }

    /// "energy 100 → 300, moderator no → yes" for a `memberChange`; every
    /// changeable field's value for a member not seen before.
    pub fn change(&mut self, conf: &str, member: &Value) -> String {
        let key = (conf.to_string(), text(&member["confid"]));
        let before = self.seen.insert(key, member.clone());
        let shown = |v: &Value| match v {
            Value::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
            v => text(v),
        };
        let parts: Vec<String> = CHANGEABLE
            .iter()
            .filter(|(k, _)| member.get(*k).is_some())
            .filter_map(|(k, label)| match &before {
                Some(b) if b[*k] == member[*k] => None,
                Some(b) => Some(format!(
                    "{label} {} → {}",
                    shown(&b[*k]),
                    shown(&member[*k])
                )),
                None => Some(format!("{label} {}", shown(&member[*k]))),
            })
            .collect();
        let who = format!(
            "{} {} ({})",
            text(&member["confid"]),
            text(&member["name"]),
            text(&member["id"])
        );
        if parts.is_empty() {
            format!("{who}: nothing visible changed")
        } else {
            format!("{who}: {}", parts.join(", "))
        }
    }

    /// A member left (or their conference ended): forget them.
    pub fn forget(&mut self, conf: &str, confid: Option<&str>) {
        self.seen
            .retain(|(c, id), _| c != conf || confid.is_some_and(|m| m != id));
    }
}

/// A member in an event line: "7 Alice (20000)".
pub fn member(o: &serde_json::Map<String, Value>) -> String {
    let f = |k: &str| o.get(k).map(text).unwrap_or_default();
    format!("{} {} ({})", f("confid"), f("name"), f("id"))
}
