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
        },
    }
}

/// `info` or, with the state, `info/state` (`fsconn info [--state]`).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(untagged)]
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
