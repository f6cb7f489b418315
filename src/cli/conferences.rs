//! `fsconn conferences ...`

use super::{output, read_body, Backend, Global};
use crate::error::{Error, Result};
use crate::model::ConferenceView;
use crate::ops::conferences::{AddConference, DelConference, FindBy, ModConference};
use crate::ops::users::items;
use crate::ops::{Keyed, Outcome};
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
    /// Show or change a conference's own settings: PINs, maximum members,
    /// wait for a moderator, announcements, automatic recording, mute on entry
    Settings(super::conference_settings::SettingsArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// A JSON array in the API's POST body format (`-` for stdin)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["name", "conftype", "context"])]
    file: Option<PathBuf>,
    /// Letters, digits, '_', '-' and '.'
    #[arg(long, required_unless_present = "file")]
    name: Option<String>,
    /// A profile of conference.conf.xml; a wrong one gets the list of types
    /// (the shell completes them)
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
    /// A profile of conference.conf.xml (the shell completes them)
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

pub fn run(g: &Global, cmd: ConferencesCmd) -> Result<i32> {
    let b = g.backend()?;
    if let (ConferencesCmd::Rebuildcontacts, Backend::Local(ops)) = (&cmd, &b) {
        if ops.dry_run {
            return rebuildcontacts_plan(g, ops);
        }
    }
    // Deleting a running conference: say so before asking.
    let running = match &cmd {
        ConferencesCmd::Del(_) if !g.dry_run => super::live::running_conferences(&b)
            .unwrap_or_else(|e| {
                tracing::warn!("cannot tell whether the conferences are running: {e}");
                Vec::new()
            }),
        _ => Vec::new(),
    };
    b.with(None, |svc| match cmd {
        ConferencesCmd::List => {
            let a = svc.conferences_list()?;
            print_list(g, &a, &a.conferences, Some(&a.info.types))
        }
        ConferencesCmd::Find { by, string } => {
            let a = svc.conferences_find(by, &string)?;
            print_list(g, &a, &a.conferences, None)
        }
        ConferencesCmd::Rebuildcontacts => {
            let a = svc.conferences_rebuildcontacts()?;
            if g.json {
                output::json(&a);
            } else if !g.quiet {
                crate::outln!("contact lists rebuilt at {}", a.done);
            }
            Ok(0)
        }
        ConferencesCmd::Add(a) => {
            let o = svc.conferences_add(add_items(a)?)?;
            let code = output::outcome(&o, g.json, g.quiet, COLS);
            type_hint(g, svc, &o)?;
            Ok(code)
        }
        ConferencesCmd::Mod(m) => {
            let o = svc.conferences_mod(mod_items(m)?)?;
            let code = output::outcome(&o, g.json, g.quiet, COLS);
            type_hint(g, svc, &o)?;
            Ok(code)
        }
        ConferencesCmd::Del(d) => done(g, svc.conferences_del(del_items(g, d, &running)?)?),
        ConferencesCmd::Settings(a) => super::conference_settings::run(g, svc, a),
    })
}

fn done<D: serde::Serialize, I: serde::Serialize + Keyed>(
    g: &Global,
    o: Outcome<D, I>,
) -> Result<i32> {
    Ok(output::outcome(&o, g.json, g.quiet, COLS))
}

/// A list or find answer: the JSON, or a table (and, for the list, the
/// conference types).
fn print_list(
    g: &Global,
    answer: &impl serde::Serialize,
    list: &[ConferenceView],
    types: Option<&[String]>,
) -> Result<i32> {
    if g.json {
        output::json(answer);
    } else if !g.quiet {
        crate::outln!("{}", output::rows(list, COLS));
        if let Some(types) = types {
            crate::outln!(
                "{}; types: {}",
                output::plural(list.len(), "conference", "conferences"),
                types.join(", ")
            );
        }
    }
    Ok(0)
}

/// An item refused for its type (the API's "type not implementet") gets,
/// for people, the list of types on stderr; `--json` stays the API's answer.
fn type_hint<D, I>(
    g: &Global,
    svc: &dyn crate::ops::service::Service,
    o: &Outcome<D, I>,
) -> Result<()> {
    if g.json
        || !o
            .answer
            .failed
            .iter()
            .any(|f| matches!(f.error, crate::ops::answer::ItemError::NoType))
    {
        return Ok(());
    }
    let types = svc.conferences_list()?.info.types;
    crate::errln!("hint: --type is one of: {}", types.join(", "));
    Ok(())
}

fn add_items(a: AddArgs) -> Result<Vec<AddConference>> {
    Ok(match a.file {
        Some(f) => items(Body::ConferencesAdd, read_body(&f)?)?,
        None => vec![AddConference {
            name: a.name.unwrap_or_default(),
            conftype: a.conftype.unwrap_or_default(),
            context: a.context.unwrap_or_default(),
        }],
    })
}

fn mod_items(m: ModArgs) -> Result<Vec<ModConference>> {
    Ok(match m.file {
        Some(f) => items(Body::ConferencesMod, read_body(&f)?)?,
        None => vec![ModConference {
            num: m.num.unwrap_or_default(),
            name: m.name,
            conftype: m.conftype,
            context: m.context,
        }],
    })
}

/// What to tell before deleting a running conference: its members stay
/// connected (the switch keeps a running conference without its dialplan
/// entry), but nobody can call in any more.
fn running_note(list: &[DelConference], running: &[(String, String, u64)]) -> Option<String> {
    let busy: Vec<String> = running
        .iter()
        .filter(|(num, _, _)| list.iter().any(|i| &i.num == num))
        .map(|(num, name, n)| {
            let members = if *n == 1 { "member" } else { "members" };
            format!("{num} ({name}) is running now with {n} {members}")
        })
        .collect();
    (!busy.is_empty()).then(|| {
        format!(
            "{}: they stay connected until they hang up, but nobody can join any more",
            busy.join("; ")
        )
    })
}

fn del_items(
    g: &Global,
    d: DelArgs,
    running: &[(String, String, u64)],
) -> Result<Vec<DelConference>> {
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
        let mut question = format!("Delete conference(s) {}?", nums.join(", "));
        if let Some(note) = running_note(&list, running) {
            if g.yes {
                crate::errln!("warning: {note}");
            }
            question = format!("{note}. {question}");
        }
        if !g.dry_run && !g.confirm(&question)? {
            return Err(Error::Input("not confirmed; nothing deleted".into()));
        }
    }
    Ok(list)
}

/// `conferences rebuildcontacts --dry-run`: the contact files it would write.
fn rebuildcontacts_plan(g: &Global, ops: &crate::ops::Ops) -> Result<i32> {
    let o = ops.rebuildcontacts_outcome()?;
    if let crate::ops::Applied::DryRun(plan) = &o.applied {
        let report = output::DryRun {
            op: &o.answer.op,
            done: plan.files.len(),
            failed: &[],
            plan,
        };
        let answer = serde_json::json!({ "op": o.answer.op });
        report.print(&answer, g.json, g.quiet);
    }
    Ok(0)
}
