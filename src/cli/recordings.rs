//! `fsconn recordings ...`

use super::remote::seg;
use super::{output, Backend, Global};
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
}

pub fn run(g: &Global, args: RecordingsArgs) -> Result<i32> {
    let b = g.backend()?;
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
                crate::outln!("{}", p.display());
            }
            Backend::Remote(_) => {
                return Err(Error::Input(
                    "recordings path names a local file; it has no meaning with --server".into(),
                ))
            }
        },
        RecordingsCmd::Del { files } => {
            if !g.confirm(&format!("Delete recording(s) {}?", files.join(", ")))? {
                return Err(Error::Input("not confirmed; nothing deleted".into()));
            }
            let items: Vec<DelRecording> = files
                .into_iter()
                .map(|file| DelRecording { file })
                .collect();
            let a: crate::ops::WriteAnswer = match &b {
                Backend::Local(ops) => {
                    let st = ops.state()?;
                    ops.recordings_del(&st, viewer(ops)?.as_ref(), items)?
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
                eprintln!("{}: {}", f["file"], f["error"].as_str().unwrap_or(""));
            }
            return Ok(if a.failed.is_empty() { 0 } else { 1 });
        }
    }
    Ok(0)
}
