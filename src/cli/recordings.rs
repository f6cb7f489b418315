//! `fsconn recordings ...`

use super::remote::seg;
use super::{output, Backend, Global};
use crate::audit::Verdict;
use crate::error::{Error, Result};
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
    // Locally, --context applies that context's view; remotely the server
    // decides by the login (a friends login gets the friends view).
    let viewer =
        |ops: &crate::ops::Ops| -> Result<Option<crate::settings::ContextDef>> {
            match &args.context {
                Some(c) => ops.settings.context(c).cloned().map(Some).ok_or_else(|| {
                    Error::Input(format!("--context: context {c:?} does not exist"))
                }),
                None => Ok(None),
            }
        };
    let friends_view = args.context.is_some();
    let files = |v: &serde_json::Value| {
        if g.json {
            output::json(v);
        } else if !g.quiet {
            for f in v["files"].as_array().into_iter().flatten() {
                crate::outln!("{}", f.as_str().unwrap_or(""));
            }
        }
    };
    match args.cmd {
        RecordingsCmd::List => {
            let path = if friends_view {
                "/fr/friendsrec"
            } else {
                "/api/recordings"
            };
            let v = b.query(path, |ops, st| {
                let op = if friends_view {
                    "friendserc"
                } else {
                    "api/recordings"
                };
                ops.recordings_list(st, viewer(ops)?.as_ref(), op)
            })?;
            files(&v)
        }
        RecordingsCmd::Find { string } => {
            let path = format!("/api/recordings/find/{}", seg(&string));
            files(&b.query(&path, |ops, st| {
                ops.recordings_find(st, viewer(ops)?.as_ref(), &string)
            })?)
        }
        RecordingsCmd::Path { file } => match &b {
            Backend::Local(ops) => {
                let st = ops.state()?;
                let p = ops.recording_path(&st, viewer(ops)?.as_ref(), &file)?;
                if !g.quiet {
                    crate::outln!("{}", p.display());
                }
            }
            Backend::Remote(_) => {
                return Err(Error::Input(
                    "recordings path names a local file; it has no meaning with --server".into(),
                ))
            }
        },
        RecordingsCmd::Prune => return prune(g, &b, g.dry_run),
        RecordingsCmd::Del { files } => {
            let question = format!("Delete recording(s) {}?", files.join(", "));
            if !g.dry_run && !g.confirm(&question)? {
                return Err(Error::Input("not confirmed; nothing deleted".into()));
            }
            let items: Vec<DelRecording> = files
                .into_iter()
                .map(|file| DelRecording { file })
                .collect();
            if let Backend::Local(ops) = &b {
                if ops.dry_run {
                    let st = ops.state()?;
                    let o = ops.recordings_del_plan(&st, viewer(ops)?.as_ref(), &items);
                    return Ok(output::outcome(&o, g.json, g.quiet, &[], "file"));
                }
            }
            let a: crate::ops::WriteAnswer = match &b {
                Backend::Local(ops) => {
                    let st = ops.state()?;
                    let args = serde_json::to_value(&items).unwrap_or_default();
                    let r = ops.recordings_del(&st, viewer(ops)?.as_ref(), items);
                    let verdict = Verdict::of_result(&r, Verdict::of_answer);
                    super::audit_local(&ops.settings, "api/recordings/del", &args, verdict);
                    r?
                }
                Backend::Remote(r) => {
                    let path = if friends_view {
                        "/fr/delfriendsrec"
                    } else {
                        "/api/recordings/del"
                    };
                    let body = serde_json::to_value(&items).unwrap_or_default();
                    serde_json::from_value(r.post(path, &body)?).map_err(|e| {
                        Error::Unavailable(format!("unexpected answer from the server: {e}"))
                    })?
                }
            };
            if g.json {
                output::json(&a);
            } else if !g.quiet {
                for f in &a.done {
                    crate::outln!("deleted {}", f.as_str().unwrap_or(""));
                }
            }
            for f in &a.failed {
                crate::errln!("{}: {}", f["file"], f["error"].as_str().unwrap_or(""));
            }
            return Ok(if a.failed.is_empty() { 0 } else { 1 });
        }
    }
    Ok(0)
}

/// `recordings prune`: locally on the recordings dir (audited unless a dry
/// run), or `POST /api/recordings/prune` on the server.
fn prune(g: &Global, b: &Backend, dry_run: bool) -> Result<i32> {
    let v = match b {
        Backend::Local(ops) => {
            let r = ops.recordings_prune(dry_run, &[]);
            if !dry_run {
                let verdict = Verdict::of_result(&r, Verdict::of_prune);
                let args = serde_json::json!({ "dry_run": false });
                super::audit_local(&ops.settings, "api/recordings/prune", &args, verdict);
            }
            r?
        }
        Backend::Remote(r) => r.post(
            "/api/recordings/prune",
            &serde_json::json!({ "dry_run": dry_run }),
        )?,
    };
    let done = v["done"].as_array().cloned().unwrap_or_default();
    if g.json {
        output::json(&v);
    } else if !g.quiet {
        let verb = if dry_run { "would remove" } else { "removed" };
        crate::outln!("{} recording(s) {verb}", done.len());
        if !done.is_empty() {
            crate::outln!(
                "{}",
                output::rows(&done, &["file", "reason", "size", "modified"])
            );
        }
    }
    let failed = v["failed"].as_array().cloned().unwrap_or_default();
    for f in &failed {
        crate::errln!("{}: {}", f["file"], f["error"].as_str().unwrap_or(""));
    }
    Ok(if failed.is_empty() { 0 } else { 1 })
}
