//! `fsconn conferences settings`: show or change a conference's own
//! settings (PINs, maximum members, wait for a moderator, announcements,
//! automatic recording, mute on entry).

use super::{output, read_body, Global};
use crate::confsettings::ConferenceSettingsChange;
use crate::error::{Error, Result};
use crate::ops::answer::ConferenceSettingsView;
use crate::ops::service::Service;
use crate::ops::users::items;
use crate::schema::Body;
use clap::Args;
use std::path::PathBuf;

const COLS: &[&str] = &[
    "num",
    "name",
    "pin",
    "moderator_pin",
    "max_members",
    "wait_for_moderator",
    "announce",
    "auto_record",
    "mute_on_entry",
];

/// Without a change flag: the settings of NUM (or of every conference).
/// With one: change NUM's settings; the others stay.
#[derive(Debug, Args)]
pub struct SettingsArgs {
    /// The conference's number (all conferences when only showing)
    #[arg(conflicts_with = "file")]
    num: Option<String>,
    /// A JSON array in the API's POST body format (`-` for stdin)
    #[arg(long, value_name = "FILE")]
    file: Option<PathBuf>,
    /// The conference's own member PIN (digits), or `none` for each
    /// caller's own conpin
    #[arg(long, value_name = "DIGITS|none")]
    pin: Option<String>,
    /// A PIN that makes the caller a moderator (digits), or `none`
    #[arg(long, value_name = "DIGITS|none")]
    moderator_pin: Option<String>,
    /// Refuse callers beyond this count (2 or more), or `none`
    #[arg(long, value_name = "N|none")]
    max_members: Option<String>,
    /// Members wait until a moderator joins (FreeSWITCH's wait-mod)
    #[arg(long, value_name = "on|off", value_parser = ["on", "off"])]
    wait_for_moderator: Option<String>,
    /// A tone when a member joins and when one leaves
    #[arg(long, value_name = "on|off", value_parser = ["on", "off"])]
    announce: Option<String>,
    /// Record the conference from its first member on
    #[arg(long, value_name = "on|off", value_parser = ["on", "off"])]
    auto_record: Option<String>,
    /// Callers without moderator rights join muted
    #[arg(long, value_name = "on|off", value_parser = ["on", "off"])]
    mute_on_entry: Option<String>,
}

/// A conference's settings as a table row: `-` for unset, on/off.
#[derive(serde::Serialize)]
struct Row {
    num: String,
    name: String,
    pin: String,
    moderator_pin: String,
    max_members: String,
    wait_for_moderator: &'static str,
    announce: &'static str,
    auto_record: &'static str,
    mute_on_entry: &'static str,
}

fn on(b: bool) -> &'static str {
    if b {
        "on"
    } else {
        "off"
    }
}

fn row(v: &ConferenceSettingsView) -> Row {
    let s = &v.settings;
    let dash = |o: Option<String>| o.unwrap_or_else(|| "-".into());
    Row {
        num: v.num.clone(),
        name: v.name.clone(),
        pin: dash(s.pin.clone()),
        moderator_pin: dash(s.moderator_pin.clone()),
        max_members: dash(s.max_members.map(|n| n.to_string())),
        wait_for_moderator: on(s.wait_for_moderator),
        announce: on(s.announce),
        auto_record: on(s.auto_record),
        mute_on_entry: on(s.mute_on_entry),
    }
}

impl SettingsArgs {
    fn changes(&self) -> bool {
        self.file.is_some()
            || [
                &self.pin,
                &self.moderator_pin,
                &self.max_members,
                &self.wait_for_moderator,
                &self.announce,
                &self.auto_record,
                &self.mute_on_entry,
            ]
            .iter()
            .any(|o| o.is_some())
    }

    /// The change the flags ask for; `none` clears a value.
    fn change(self) -> Result<Vec<ConferenceSettingsChange>> {
        if let Some(f) = &self.file {
            return items(Body::ConferencesSettings, read_body(f)?);
        }
        let Some(num) = self.num else {
            return Err(Error::Input("which conference? give its number".into()));
        };
        let text = |o: Option<String>| o.map(|v| if v == "none" { String::new() } else { v });
        let max_members = match self.max_members.as_deref() {
            None => None,
            Some("none") => Some(0),
            Some(v) => Some(v.parse::<u32>().map_err(|_| {
                Error::Input(format!("--max-members must be a number or none, got {v:?}"))
            })?),
        };
        let flag = |o: Option<String>| o.map(|v| v == "on");
        Ok(vec![ConferenceSettingsChange {
            num,
            pin: text(self.pin),
            moderator_pin: text(self.moderator_pin),
            max_members,
            wait_for_moderator: flag(self.wait_for_moderator),
            announce: flag(self.announce),
            auto_record: flag(self.auto_record),
            mute_on_entry: flag(self.mute_on_entry),
        }])
    }
}

pub fn run(g: &Global, svc: &dyn Service, a: SettingsArgs) -> Result<i32> {
    if a.changes() {
        let o = svc.conferences_settings(a.change()?)?;
        if g.json || o.answer.done.is_empty() {
            return Ok(output::outcome(&o, g.json, g.quiet, COLS));
        }
        let rows: Vec<Row> = o.answer.done.iter().map(row).collect();
        let shown = crate::ops::Outcome {
            answer: crate::ops::answer::WriteAnswer {
                op: o.answer.op.clone(),
                done: rows,
                failed: o.answer.failed.clone(),
            },
            applied: o.applied.clone(),
        };
        return Ok(output::outcome(&shown, g.json, g.quiet, COLS));
    }
    let mut a_list = svc.conferences_settings_list()?;
    if let Some(num) = &a.num {
        a_list.conferences.retain(|c| &c.num == num);
        if a_list.conferences.is_empty() {
            return Err(Error::NotFound(format!("no conference {num}")));
        }
    }
    if g.json {
        output::json(&a_list);
    } else if !g.quiet {
        let rows: Vec<Row> = a_list.conferences.iter().map(row).collect();
        crate::outln!("{}", output::rows(&rows, COLS));
    }
    Ok(0)
}
