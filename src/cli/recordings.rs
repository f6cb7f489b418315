//! `fsconn recordings ...`

use super::{output, Global};
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
    let ops = g.ops()?;
    let state = ops.state()?;
    let viewer = match &args.context {
        Some(c) => Some(
            ops.settings
                .context(c)
                .ok_or_else(|| Error::Input(format!("--context: context {c:?} does not exist")))?,
        ),
        None => None,
    };
    let files = |v: &serde_json::Value| {
        if g.json {
            output::json(v);
        } else {
            for f in v["files"].as_array().into_iter().flatten() {
                println!("{}", f.as_str().unwrap_or(""));
            }
        }
    };
    match args.cmd {
        RecordingsCmd::List => files(&ops.recordings_list(&state, viewer, "api/recordings")?),
        RecordingsCmd::Find { string } => files(&ops.recordings_find(&state, viewer, &string)?),
        RecordingsCmd::Path { file } => {
            let p = ops.recording_path(&state, viewer, &file)?;
            println!("{}", p.display());
        }
        RecordingsCmd::Del { files } => {
            if !g.confirm(&format!("Delete recording(s) {}?", files.join(", ")))? {
                return Err(Error::Input("not confirmed; nothing deleted".into()));
            }
            let items = files
                .into_iter()
                .map(|file| DelRecording { file })
                .collect();
            let a = ops.recordings_del(&state, viewer, items)?;
            if g.json {
                output::json(&a);
            } else if !g.quiet {
                for f in &a.done {
                    println!("deleted {}", f.as_str().unwrap_or(""));
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
