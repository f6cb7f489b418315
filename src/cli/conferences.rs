//! `fsconn conferences ...`

use super::remote::seg;
use super::{output, read_body, Backend, Global};
use crate::error::{Error, Result};
use crate::ops::conferences::{self, AddConference, DelConference, FindBy, ModConference};
use crate::ops::users::items;
use crate::schema::Body;
use clap::{Args, Subcommand};
use std::path::PathBuf;

const COLS: &[&str] = &["num", "name", "type", "context"];

#[derive(Debug, Subcommand)]
pub enum ConferencesCmd {
    /// List all conferences (GET /api/conferences)
    List,
    /// Conferences whose field starts with STRING
    Find {
        #[arg(value_parser = super::wire_names(FindBy::ALL, FindBy::as_str, |_| ""))]
        by: FindBy,
        string: String,
    },
    /// Add conferences; each gets the lowest free number of its context
    Add(AddArgs),
    /// Change conferences; a new context means a new number
    Mod(ModArgs),
    /// Delete conferences by number
    Del(DelArgs),
    /// Rewrite the contact lists of every phone (Linphone files, Polycom directories)
    Rebuildcontacts,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// A JSON array in the API's POST body format (`-` for stdin)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["name", "conftype", "context"])]
    file: Option<PathBuf>,
    /// Letters, digits, '_', '-' and '.'
    #[arg(long, required_unless_present = "file")]
    name: Option<String>,
    /// A profile of conference.conf.xml
    #[arg(long = "type", id = "conftype", required_unless_present = "file")]
    conftype: Option<String>,
    #[arg(long, required_unless_present = "file")]
    context: Option<String>,
}

#[derive(Debug, Args)]
pub struct ModArgs {
    #[arg(required_unless_present = "file", conflicts_with = "file")]
    num: Option<String>,
    #[arg(long, value_name = "FILE", conflicts_with_all = ["name", "conftype", "context"])]
    file: Option<PathBuf>,
    #[arg(long)]
    name: Option<String>,
    #[arg(long = "type", id = "conftype")]
    conftype: Option<String>,
    #[arg(long)]
    context: Option<String>,
}

#[derive(Debug, Args)]
pub struct DelArgs {
    #[arg(required_unless_present = "file", conflicts_with = "file")]
    nums: Vec<String>,
    #[arg(long, value_name = "FILE")]
    file: Option<PathBuf>,
}

fn to_json<T: serde::Serialize>(items: &[T]) -> serde_json::Value {
    serde_json::to_value(items).unwrap_or_default()
}

pub fn run(g: &Global, cmd: ConferencesCmd) -> Result<i32> {
    let b = g.backend()?;
    let outcome = match cmd {
        ConferencesCmd::List | ConferencesCmd::Find { .. } => {
            let v = match cmd {
                ConferencesCmd::Find { by, string } => {
                    let path = format!("/api/conferences/{}/{}", by.as_str(), seg(&string));
                    b.query(&path, |_, st| Ok(conferences::find(st, by, &string)))?
                }
                _ => b.query("/api/conferences", |ops, st| {
                    Ok(conferences::list(st, &ops.settings))
                })?,
            };
            if g.json {
                output::json(&v);
            } else if !g.quiet {
                let list = v["conferences"].as_array().cloned().unwrap_or_default();
                crate::outln!("{}", output::rows(&list, COLS));
                if let Some(types) = v["info"]["types"].as_array() {
                    let t: Vec<&str> = types.iter().filter_map(|t| t.as_str()).collect();
                    crate::outln!("{} conferences; types: {}", list.len(), t.join(", "));
                }
            }
            return Ok(0);
        }
        ConferencesCmd::Rebuildcontacts => {
            let v = match &b {
                Backend::Local(ops) if ops.dry_run => {
                    let o = ops.rebuildcontacts_outcome()?;
                    return Ok(output::outcome(&o, g.json, g.quiet, COLS, "user"));
                }
                Backend::Local(ops) => {
                    let r = ops.conferences_rebuildcontacts();
                    let verdict =
                        crate::audit::Verdict::of_result(&r, |_| crate::audit::Verdict::ok());
                    let what = "api/conferences/rebuildcontacts";
                    super::audit_local(&ops.settings, what, &serde_json::Value::Null, verdict);
                    r?
                }
                Backend::Remote(r) => r.get("/api/conferences/rebuildcontacts")?,
            };
            if g.json {
                output::json(&v);
            } else if !g.quiet {
                crate::outln!(
                    "contact lists rebuilt at {}",
                    v["done"].as_str().unwrap_or("")
                );
            }
            return Ok(0);
        }
        ConferencesCmd::Add(a) => {
            let list = match a.file {
                Some(f) => items(Body::ConferencesAdd, read_body(&f)?)?,
                None => vec![AddConference {
                    name: a.name.unwrap_or_default(),
                    conftype: a.conftype.unwrap_or_default(),
                    context: a.context.unwrap_or_default(),
                }],
            };
            b.write("/api/conferences/add", Some(to_json(&list)), |ops| {
                ops.conferences_add(list)
            })?
        }
        ConferencesCmd::Mod(m) => {
            let list = match m.file {
                Some(f) => items(Body::ConferencesMod, read_body(&f)?)?,
                None => vec![ModConference {
                    num: m.num.unwrap_or_default(),
                    name: m.name,
                    conftype: m.conftype,
                    context: m.context,
                }],
            };
            b.write("/api/conferences/mod", Some(to_json(&list)), |ops| {
                ops.conferences_mod(list)
            })?
        }
        ConferencesCmd::Del(d) => {
            let list: Vec<DelConference> = match d.file {
                Some(f) => items(Body::ConferencesDel, read_body(&f)?)?,
                None => d
                    .nums
                    .into_iter()
                    .map(|num| DelConference { num })
                    .collect(),
            };
            if !list.is_empty() {
                let nums: Vec<&str> = list.iter().map(|i| i.num.as_str()).collect();
                let question = format!("Delete conference(s) {}?", nums.join(", "));
                if !g.dry_run && !g.confirm(&question)? {
                    return Err(Error::Input("not confirmed; nothing deleted".into()));
                }
            }
            b.write("/api/conferences/del", Some(to_json(&list)), |ops| {
                ops.conferences_del(list)
            })?
        }
    };
    Ok(output::outcome(
        &outcome,
        g.json,
        g.quiet,
        COLS,
        "conference",
    ))
}
