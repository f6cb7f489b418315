//! `fsconn recordings ...`

use super::{output, Backend, Global};
use crate::error::{Error, Result};
use crate::ops::answer::{PruneAnswer, RecordingsAnswer, RecordingsDelAnswer};
use crate::ops::recordings::DelRecording;
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct RecordingsArgs {
    /// Only what a user of this context may see (e.g. `friends`)
    #[arg(long, global = true, value_name = "CONTEXT")]
    context: Option<String>,
    #[command(subcommand)]
    cmd: RecordingsCmd,
}

#[derive(Debug, Subcommand)]
enum RecordingsCmd {
    /// List recording files
    List,
    /// Recordings whose name contains STRING
    Find { string: String },
    /// Delete recordings by file name
    Del {
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// Print the full path of a recording
    Path { file: String },
    /// Apply the retention policy (retention.max_age_days, retention.max_total_size);
    /// with --dry-run only list what would be removed
    Prune,
}

pub fn run(g: &Global, args: RecordingsArgs) -> Result<i32> {
    // A prune's dry run is the server's too (POST /api/recordings/prune).
    let b = match args.cmd {
        RecordingsCmd::Prune => Global {
            dry_run: false,
            ..g.clone()
        }
        .backend()?,
        _ => g.backend()?,
    };
    match (&args.cmd, &b) {
        (RecordingsCmd::Path { file }, _) => return path(g, &b, args.context.as_deref(), file),
        (RecordingsCmd::Del { files }, Backend::Local(ops)) if ops.dry_run => {
            return del_plan(g, ops, args.context.as_deref(), files)
        }
        _ => {}
    }
    // Locally, --context applies that context's view; remotely the server
    // decides by the login (a friends login gets the friends view).
    b.with(args.context.as_deref(), |svc| match args.cmd {
        RecordingsCmd::List => files(g, &svc.recordings_list()?),
        RecordingsCmd::Find { string } => files(g, &svc.recordings_find(&string)?),
        RecordingsCmd::Prune => prune(g, &svc.recordings_prune(g.dry_run)?, g.dry_run),
        RecordingsCmd::Del { files } => {
            let question = format!("Delete recording(s) {}?", files.join(", "));
            if !g.dry_run && !g.confirm(&question)? {
                return Err(Error::Input("not confirmed; nothing deleted".into()));
            }
            let items = files.into_iter().map(|file| DelRecording { file });
            deleted(g, &svc.recordings_del(items.collect())?)
        }
        RecordingsCmd::Path { .. } => Ok(0),
    })
}

fn files(g: &Global, a: &RecordingsAnswer) -> Result<i32> {
    if g.json {
        output::json(a);
    } else if !g.quiet {
        for f in &a.files {
            crate::outln!("{f}");
        }
    }
    Ok(0)
}

fn deleted(g: &Global, a: &RecordingsDelAnswer) -> Result<i32> {
    if g.json {
        output::json(a);
    } else if !g.quiet {
        for f in &a.done {
            crate::outln!("deleted {f}");
        }
    }
    for f in &a.failed {
        crate::errln!("{}: {}", serde_json::json!(f.input), f.error);
    }
    Ok(if a.failed.is_empty() { 0 } else { 1 })
}

/// `recordings path`: a local file's path; no meaning for a server.
fn path(g: &Global, b: &Backend, context: Option<&str>, file: &str) -> Result<i32> {
    let Backend::Local(ops) = b else {
        return Err(Error::Input(
            "recordings path names a local file; it has no meaning with --server".into(),
        ));
    };
    let st = ops.state()?;
    let p = ops.recording_path(&st, viewer(ops, context)?, file)?;
    if !g.quiet {
        crate::outln!("{}", p.display());
    }
    Ok(0)
}

/// Recordings as a user of `context` sees them (all without one).
fn viewer<'a>(
    ops: &'a crate::ops::Ops,
    context: Option<&str>,
) -> Result<Option<&'a crate::settings::ContextDef>> {
    match context {
        Some(c) => ops
            .settings
            .context(c)
            .map(Some)
            .ok_or_else(|| Error::Input(format!("--context: context {c:?} does not exist"))),
        None => Ok(None),
    }
}

/// `recordings del --dry-run`: the files it would remove, and which names
/// it would refuse.
fn del_plan(
    g: &Global,
    ops: &crate::ops::Ops,
    context: Option<&str>,
    files: &[String],
) -> Result<i32> {
    let st = ops.state()?;
    let items: Vec<DelRecording> = files
        .iter()
        .map(|file| DelRecording { file: file.clone() })
        .collect();
    let o = ops.recordings_del_plan(&st, viewer(ops, context)?, &items);
    let failed: Vec<String> = o
        .answer
        .failed
        .iter()
        .map(|f| format!("{}: {}", f.input.0, f.error))
        .collect();
    if let crate::ops::Applied::DryRun(plan) = &o.applied {
        let report = output::DryRun {
            op: &o.answer.op,
            done: o.answer.done.len(),
            failed: &failed,
            plan,
        };
        report.print(&o.answer, g.json, g.quiet);
    }
    Ok(i32::from(!failed.is_empty()))
}

/// `recordings prune`: what the retention policy removed (or, with
/// `--dry-run`, would remove).
fn prune(g: &Global, a: &PruneAnswer, dry_run: bool) -> Result<i32> {
    if g.json {
        output::json(a);
    } else if !g.quiet {
        let verb = if dry_run {
            "would be removed"
        } else {
            "removed"
        };
        crate::outln!(
            "{} {verb}",
            output::plural(a.done.len(), "recording", "recordings")
        );
        if !a.done.is_empty() {
            let cols = ["file", "reason", "size", "modified"];
            crate::outln!("{}", output::rows(&a.done, &cols));
        }
    }
    for f in &a.failed {
        crate::errln!("{}: {}", serde_json::json!(f.input), f.error);
    }
    Ok(if a.failed.is_empty() { 0 } else { 1 })
}
