//! `/api/info` and `/api/info/state`: connector meta-info and FreeSWITCH's
//! globals.

use crate::fsconf::State;
use crate::settings::Settings;
use serde::Serialize;
use serde_json::{json, Map, Value};

/// The `info` object. The misspelt `maintainance` is part of the wire format.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Meta {
    pub reloadxml: ReloadMeta,
    pub maintainance: MaintMeta,
}

#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct ReloadMeta {
    pub lastrun: String,
    pub lastmsg: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
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
pub fn parse_globals(text: &str) -> Map<String, Value> {
    let mut m = Map::new();
    for line in text.lines() {
        if let Some((k, v)) = line.split_once('=') {
            if !k.is_empty() {
                m.insert(k.to_string(), Value::String(v.to_string()));
            }
        }
    }
    m
}

/// Globals when FreeSWITCH cannot be asked: the `vars.xml` variables.
pub fn globals_from_vars(state: &State) -> Map<String, Value> {
    state
        .vars
        .iter()
        .map(|(k, v)| (k.clone(), Value::String(v.clone())))
        .collect()
}

pub fn info(meta: &Meta, globals: &Map<String, Value>) -> Value {
    json!({ "op": "info", "info": meta, "globals": globals })
}

pub fn info_state(
    meta: &Meta,
    globals: &Map<String, Value>,
    state: &State,
    settings: &Settings,
) -> Value {
    let users = super::users::list(state, settings)["users"].take();
    let conferences = super::conferences::list(state, settings)["conferences"].take();
    json!({
        "op": "info/state",
        "state": {
            "info": meta,
            "globals": globals,
            "users": users,
            "conferencetypes": state.conftypes,
            "conferences": conferences,
        }
    })
}
