//! `fsconn recordings ...`

use super::{output, Backend, Global};
use crate::error::{Error, Result};
use crate::ops::answer::{PruneAnswer, RecordingsAnswer, RecordingsDelAnswer};
use crate::ops::recordings::{DelRecording, RecordingsQuery};
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
    /// List recordings, newest first: conference, start, duration, size, and
    /// which one is being recorded now
    List(ListArgs),
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

#[derive(Debug, Args)]
struct ListArgs {
    /// Only the recordings of this conference (by name)
    #[arg(long, value_name = "NAME")]
    conference: Option<String>,
    /// Only recordings started at or after WHEN: a date (YYYY-MM-DD, UTC) or an RFC 3339 time
    #[arg(long, value_name = "WHEN")]
    from: Option<String>,
    /// Only recordings started up to the end of this date (UTC), or before this RFC 3339 time
    #[arg(long, value_name = "WHEN")]
    to: Option<String>,
    /// With --json: the details too (`GET /api/recordings?details=true`);
    /// without it --json prints the original's `{op, files}`
    #[arg(long)]
    details: bool,
}

impl ListArgs {
    /// The API's query: details always (the table shows them), but for
    /// `--json` only when asked, so scripts keep the original's answer.
    fn query(&self, json: bool) -> RecordingsQuery {
        RecordingsQuery {
            details: (self.details || !json).then(|| "true".into()),
            conference: self.conference.clone(),
            from: self.from.clone(),
            to: self.to.clone(),
        }
    }
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
        (RecordingsCmd::List(l), Backend::Local(ops)) if !l.query(g.json).is_plain() => {
            return list_local(g, ops, args.context.as_deref(), &l.query(g.json))
        }
        (RecordingsCmd::Del { files }, Backend::Local(ops)) if ops.dry_run => {
            return del_plan(g, ops, args.context.as_deref(), files)
        }
        _ => {}
    }
    // Locally, --context applies that context's view; remotely the server
    // decides by the login (a friends login gets the friends view).
    b.with(args.context.as_deref(), |svc| match args.cmd {
        RecordingsCmd::List(l) => match l.query(g.json) {
            q if q.is_plain() => files(g, &svc.recordings_list()?),
            q => listed(g, &svc.recordings_query(&q)?),
        },
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

/// `recordings list` on this machine: the running recordings are those the
/// switch says it is writing (none marked if it cannot be asked).
fn list_local(
    g: &Global,
    ops: &crate::ops::Ops,
    context: Option<&str>,
    q: &RecordingsQuery,
) -> Result<i32> {
    q.check()?;
    let st = ops.state()?;
    let running = match super::live::running_recordings(&ops.settings, &st) {
        Ok(r) => r,
        Err(e) => {
            tracing::warn!("running recordings not marked: {e}");
            Vec::new()
        }
    };
    let op = if context.is_some() {
        "friendserc"
    } else {
        "api/recordings"
    };
    let a = ops.recordings_query(&st, viewer(ops, context)?, &running, q, op)?;
    listed(g, &a)
}

/// The detailed list: JSON as the API answers it, else a table for people.
fn listed(g: &Global, a: &RecordingsAnswer) -> Result<i32> {
    if g.json {
        output::json(a);
        return Ok(0);
    }
    if g.quiet {
        return Ok(0);
    }
    let recs = a.recordings.as_deref().unwrap_or_default();
    let mut t = output::table(&["started", "conference", "duration", "size", "file"]);
    let now = chrono::Utc::now();
    for r in recs {
        t.add_row([
            when_text(r.started.as_deref().unwrap_or(&r.modified)),
            r.conference.clone().unwrap_or_default(),
            duration_text(r, now),
            size_text(r.size),
            r.file.clone(),
        ]);
    }
    crate::outln!("{t}");
    let n = recs.len();
    crate::outln!("{n} recording{}", if n == 1 { "" } else { "s" });
    Ok(0)
}

/// `2021-08-31 12:09:15 UTC` from the API's ISO 8601 UTC.
fn when_text(iso: &str) -> String {
    let t = iso.split('.').next().unwrap_or(iso).trim_end_matches('Z');
    format!("{} UTC", t.replace('T', " "))
}

/// `1:02:03`, `4:05`; a running recording's time so far.
fn duration_text(
    r: &crate::ops::answer::RecordingInfo,
    now: chrono::DateTime<chrono::Utc>,
) -> String {
    let clock = |secs: i64| {
        let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
        if h > 0 {
            format!("{h}:{m:02}:{s:02}")
        } else {
            format!("{m}:{s:02}")
        }
    };
    if r.running {
        let started = r
            .started
            .as_deref()
            .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok());
        return match started {
            Some(t) => format!(
                "recording, {}",
                clock((now - t.with_timezone(&chrono::Utc)).num_seconds().max(0))
            ),
            None => "recording".into(),
        };
    }
    r.duration
        .map_or_else(|| "?".into(), |d| clock(d.round() as i64))
}

/// Bytes for people: `512 B`, `1.5 MB`.
fn size_text(n: u64) -> String {
    const UNITS: [&str; 4] = ["kB", "MB", "GB", "TB"];
    if n < 1000 {
        return format!("{n} B");
    }
    let mut v = n as f64 / 1000.0;
    let mut unit = UNITS[0];
    for u in &UNITS[1..] {
        if v < 1000.0 {
            break;
        }
        v /= 1000.0;
        unit = u;
    }
    format!("{v:.1} {unit}")
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
