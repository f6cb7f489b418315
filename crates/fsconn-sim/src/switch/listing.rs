//! `conference list` and `json_list` as 1.10 prints them (cJSON layout).

use super::*;

pub(super) fn member_lines(c: &Conference) -> String {
    let mut out = String::new();
    for m in c.members.iter().rev() {
        let mut flags = Vec::new();
        if m.hear {
            flags.push("hear");
        }
        if m.speak {
            flags.push("speak");
        }
        if m.talking {
            flags.push("talking");
        }
        if c.floor == Some(m.id) {
            flags.push("floor");
        }
        if m.moderator {
            flags.push("moderator");
        }
        out.push_str(&format!(
            "{};{};{};{};{};{};{};{};{}\n",
            m.id,
            channel_name(c, m),
            m.uuid,
            m.caller_name,
            m.caller_number,
            flags.join("|"),
            m.volume_in,
            m.volume_out,
            m.energy
        ));
    }
    out
}

pub(super) fn conference_json(c: &Conference) -> serde_json::Value {
    use serde_json::json;
    let mut members: Vec<(Instant, serde_json::Value)> = Vec::new();
    for m in &c.members {
        members.push((
            m.joined,
            json!({
                "type": "caller",
                "id": m.id,
                "flags": {
                    "can_hear": m.hear,
                    "can_see": true,
                    "can_speak": m.speak,
                    "hold": false,
                    "mute_detect": m.mute_detect,
                    "talking": m.talking,
                    "has_video": false,
                    "video_bridge": false,
                    "has_floor": c.floor == Some(m.id),
                    "is_moderator": m.moderator,
                    "end_conference": false,
                    "mandatory_member_end_conference": false,
                    "pass_digits": false
                },
                "uuid": m.uuid,
                "caller_id_name": m.caller_name,
                "caller_id_number": m.caller_number,
                "join_time": m.joined.elapsed().as_secs(),
                "last_talking": m.last_talk.map_or(0, |t| t.elapsed().as_secs()),
                "energy": m.energy,
                "volume_in": m.volume_in,
                "volume_out": m.volume_out,
                "output-volume": m.volume_out,
                "input-volume": m.volume_in
            }),
        ));
    }
    for r in &c.recordings {
        let mut node = serde_json::Map::new();
        node.insert("type".into(), json!("recording_node"));
        node.insert("record_path".into(), json!(r.path));
        if r.paused_since.is_some() {
            node.insert("status".into(), json!("paused"));
        }
        node.insert("join_time".into(), json!(r.joined.elapsed().as_secs()));
        members.push((r.joined, serde_json::Value::Object(node)));
    }
    members.sort_by_key(|m| std::cmp::Reverse(m.0));
    json!({
        "conference_name": c.ext.name,
        "member_count": c.members.len(),
        "ghost_count": 0,
        "rate": c.rate,
        "run_time": c.started.elapsed().as_secs(),
        "conference_uuid": c.uuid,
        "canvas_count": 0,
        "max_bw_in": 0,
        "force_bw_in": 0,
        "video_floor_packets": 0,
        "locked": c.locked,
        "destruct": false,
        "wait_mod": c.wait_mod,
        "audio_always": false,
        "running": true,
        "answered": true,
        "enforce_min": true,
        "bridge_to": false,
        "dynamic": true,
        "exit_sound": true,
        "enter_sound": true,
        "recording": !c.recordings.is_empty(),
        "video_bridge": false,
        "video_floor_only": false,
        "video_rfc4579": false,
        "variables": {},
        "members": members.into_iter().map(|(_, v)| v).collect::<Vec<_>>()
    })
}

/// `cJSON_Print`: tab indentation, `"key":\tvalue`, arrays inline with `, `.
pub fn cjson_print(v: &serde_json::Value) -> String {
    let mut out = String::new();
    cjson_value(v, 0, &mut out);
    out
}

pub(super) fn cjson_value(v: &serde_json::Value, depth: usize, out: &mut String) {
    use serde_json::Value;
    match v {
        Value::Object(map) => {
            out.push_str("{\n");
            let n = map.len();
            for (i, (k, val)) in map.iter().enumerate() {
                out.push_str(&"\t".repeat(depth + 1));
                out.push_str(&Value::String(k.clone()).to_string());
                out.push_str(":\t");
                cjson_value(val, depth + 1, out);
                out.push_str(if i + 1 < n { ",\n" } else { "\n" });
            }
            out.push_str(&"\t".repeat(depth));
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                cjson_value(item, depth + 1, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

impl State {
    pub(super) fn json_list(&self, only: Option<&str>) -> String {
        let confs: Vec<&Conference> = self
            .conferences
            .iter()
            .filter(|c| only.is_none_or(|n| c.ext.name == n))
            .collect();
        if confs.is_empty() {
            return "[]".into();
        }
        let list: Vec<serde_json::Value> = confs.iter().map(|c| conference_json(c)).collect();
        cjson_print(&serde_json::Value::Array(list))
    }

    pub(super) fn list_all(&self) -> String {
        if self.conferences.is_empty() {
            return "+OK No active conferences.\n".into();
        }
        // FreeSWITCH walks its conference hash; with the recorded two
        // conferences that was the order they started in (session-dial).
        let mut out = String::new();
        for c in &self.conferences {
            // The flags in mod_conference's order; every conference started
            // by 1.10 carries json_status.
            let mut flags = Vec::new();
            if c.locked {
                flags.push("locked");
            }
            flags.extend(["running", "answered", "enforce_min", "dynamic"]);
            flags.extend(["exit_sound", "enter_sound"]);
            if !c.recordings.is_empty() {
                flags.push("recording");
            }
            flags.push("json_status");
            out.push_str(&format!(
                "+OK Conference {} ({} member{} rate: {}{} flags: {})\n",
                c.ext.name,
                c.members.len(),
                if c.members.len() == 1 { "" } else { "s" },
                c.rate,
                if c.locked { " locked" } else { "" },
                flags.join("|"),
            ));
            out.push_str(&member_lines(c));
        }
        out
    }
}
