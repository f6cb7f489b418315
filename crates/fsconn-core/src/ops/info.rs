//! `/api/info` and `/api/info/state`: connector meta-info and FreeSWITCH's
//! globals.

use super::answer::{ConferenceView, Globals, InfoAnswer, InfoState, InfoStateAnswer};
use crate::fsconf::State;
use serde::Serialize;

/// The `info` object. The misspelt `maintainance` is part of the wire format.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Meta {
    pub reloadxml: ReloadMeta,
    pub maintainance: MaintMeta,
}

#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct ReloadMeta {
    pub lastrun: String,
    pub lastmsg: String,
}

#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct MaintMeta {
    pub lastrun: String,
}

impl Meta {
    /// The meta-info with the last reload fsconn recorded in `conf_dir`.
    pub fn with_last_reload(conf_dir: &std::path::Path) -> Meta {
        let mut m = Meta::default();
        if let Some(r) = super::last_reload::load(conf_dir) {
            m.reloadxml = r;
        }
        m
    }
}

impl Default for Meta {
    fn default() -> Self {
        Meta {
            reloadxml: ReloadMeta {
                lastrun: "not till now".into(),
                lastmsg: "no Message".into(),
            },
            maintainance: MaintMeta {
                lastrun: super::now_iso(),
            },
        }
    }
}

/// Parse `global_getvar`'s `name=value` lines, in order.
pub fn parse_globals(text: &str) -> Globals {
    text.lines()
        .filter_map(|line| line.split_once('='))
        .filter(|(k, _)| !k.is_empty())
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Globals when FreeSWITCH cannot be asked: the `vars.xml` variables.
pub fn globals_from_vars(state: &State) -> Globals {
    state
        .vars
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The globals from FreeSWITCH's answer to `global_getvar`, or, when it
/// could not be asked, from `vars.xml` with the reason why (worth a note:
/// they are what the files say, not what the switch runs with).
pub fn globals_or_vars<E: std::fmt::Display>(
    asked: std::result::Result<String, E>,
    state: &State,
) -> (Globals, Option<String>) {
    match asked {
        Ok(text) => (parse_globals(&text), None),
        Err(e) => (globals_from_vars(state), Some(e.to_string())),
    }
}

/// `GET /api/info`
pub fn info(meta: &Meta, globals: &Globals) -> InfoAnswer {
    InfoAnswer {
        op: "info".into(),
        info: meta.clone(),
        globals: globals.clone(),
        nodes: Vec::new(),
        splits: Vec::new(),
    }
}

/// `GET /api/info/state`: the meta-info and globals with every user,
/// conference type and conference.
pub fn info_state(meta: &Meta, globals: &Globals, state: &State) -> InfoStateAnswer {
    InfoStateAnswer {
        op: "info/state".into(),
        state: InfoState {
            info: meta.clone(),
            globals: globals.clone(),
            users: state.users.iter().map(|u| state.present(u)).collect(),
            conferencetypes: state.conftypes.clone(),
            conferences: state.conferences.iter().map(ConferenceView::from).collect(),
            nodes: Vec::new(),
            splits: Vec::new(),
        },
    }
}

/// `info` or, with the state, `info/state` (`fsconn info [--state]`).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(untagged)]
// `info` is the common answer; boxing it would cost an allocation for the
// rare cluster fields' sake.
#[allow(clippy::large_enum_variant)]
pub enum InfoReport {
    Info(InfoAnswer),
    State(Box<InfoStateAnswer>),
}

impl InfoReport {
    pub fn new(meta: &Meta, globals: &Globals, state: Option<&State>) -> InfoReport {
        match state {
            Some(st) => InfoReport::State(Box::new(info_state(meta, globals, st))),
            None => InfoReport::Info(info(meta, globals)),
        }
    }
}

/// One FreeSWITCH node of a cluster (`[[node]]`): is its event socket
/// connected, and what runs on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct NodeInfo {
    pub name: String,
    /// The event socket, `host:port`.
    pub address: String,
    pub connected: bool,
    /// Running conferences (with members) and their members on the node.
    pub conferences: usize,
    pub members: usize,
}

/// A conference running on several nodes at once (its callers are on
/// different mixers and do not hear each other).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct SplitInfo {
    pub conference: String,
    pub nodes: Vec<String>,
}

impl InfoReport {
    /// Adds a cluster's nodes and splits (`fsconn info`, `/api/info`).
    pub fn with_nodes(mut self, nodes: Vec<NodeInfo>, splits: Vec<SplitInfo>) -> InfoReport {
        match &mut self {
            InfoReport::Info(a) => (a.nodes, a.splits) = (nodes, splits),
            InfoReport::State(s) => (s.state.nodes, s.state.splits) = (nodes, splits),
        }
        self
    }
}

/// Asks every `[[node]]` for its conferences (`conference json_list`), as
/// `fsconn info` does without a server: each node's status and the
/// conference names that run on more than one.
pub fn probe_nodes(settings: &crate::settings::Settings) -> (Vec<NodeInfo>, Vec<SplitInfo>) {
    let timeout = std::time::Duration::from_secs(settings.esl_timeout.max(1));
    let mut nodes = Vec::new();
    let mut seen: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for n in &settings.nodes {
        let asked = fsconn_esl::client::blocking_api(
            &n.esl_addr(),
            &n.esl_password,
            "conference json_list",
            timeout,
        );
        let running = asked.as_deref().map(running_of).unwrap_or_default();
        for (conf, _) in &running {
            seen.entry(conf.clone())
                .or_default()
                .push(n.name.to_string());
        }
        nodes.push(NodeInfo {
            name: n.name.to_string(),
            address: n.esl_addr(),
            connected: asked.is_ok(),
            conferences: running.len(),
            members: running.iter().map(|(_, m)| m).sum(),
        });
    }
    let splits = seen
        .into_iter()
        .filter(|(_, on)| on.len() > 1)
        .map(|(conference, nodes)| SplitInfo { conference, nodes })
        .collect();
    (nodes, splits)
}

/// Conferences with members in a `conference json_list` answer, with
/// their member counts (anything else, e.g. `-ERR no conferences`, is none).
fn running_of(json_list: &str) -> Vec<(String, usize)> {
    let Ok(serde_json::Value::Array(confs)) = serde_json::from_str(json_list.trim()) else {
        return Vec::new();
    };
    confs
        .iter()
        .filter_map(|c| {
            let name = c.get("conference_name")?.as_str()?;
            let members = c.get("members")?.as_array()?;
            let callers = members
                .iter()
                .filter(|m| m.get("type").and_then(|t| t.as_str()) == Some("caller"))
                .count();
            (callers > 0).then(|| (name.to_string(), callers))
        })
        .collect()
}
