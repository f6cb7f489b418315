//! `/api/info` and `/api/info/state`: connector meta-info and FreeSWITCH's
//! globals.

use super::answer::{Globals, InfoAnswer, InfoState, InfoStateAnswer};
use crate::fsconf::State;
use crate::model::ConferenceView;
use crate::settings::Settings;
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
    let mut m = Globals::new();
    for line in text.lines() {
        if let Some((k, v)) = line.split_once('=') {
            if !k.is_empty() {
                m.insert(k.to_string(), v.to_string());
            }
        }
    }
    m
}

/// Globals when FreeSWITCH cannot be asked: the `vars.xml` variables.
pub fn globals_from_vars(state: &State) -> Globals {
    state
        .vars
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

pub fn info(meta: &Meta, globals: &Globals) -> InfoAnswer {
    InfoAnswer {
        op: "info".into(),
        info: meta.clone(),
        globals: globals.clone(),
    }
}

pub fn info_state(
    meta: &Meta,
    globals: &Globals,
    state: &State,
    _settings: &Settings,
) -> InfoStateAnswer {
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
