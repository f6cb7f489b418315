//! `fsconn audit`: read the audit log.

use super::{output, Global};
use crate::audit::{AuditQuery, Log};
use crate::error::{Error, Result};

#[derive(Debug, clap::Args)]
pub struct AuditArgs {
    /// Only entries from then on: a time (RFC 3339), a date, or an age (90m, 12h, 7d).
    /// `--user NAME` shows only that user's entries.
    #[arg(long, value_name = "WHEN")]
    since: Option<String>,
    /// Only entries before then: a time (RFC 3339), a date (up to its end, UTC), or an age
    #[arg(long, value_name = "WHEN")]
    until: Option<String>,
    /// Only entries whose action contains TEXT (e.g. `users/`, `live/`)
    #[arg(long, value_name = "TEXT")]
    action: Option<String>,
    /// Only entries with this result
    #[arg(long, value_parser = ["ok", "partial", "failed", "error"])]
    result: Option<String>,
}

pub fn run(g: &Global, a: AuditArgs) -> Result<i32> {
    if g.server.is_some() {
        return Err(Error::Input(
            "audit reads the audit log on this machine; run it where fsconn serve runs".into(),
        ));
    }
    let settings = g.settings()?;
    // `--user` is the global login flag; here it names whose entries to
    // show, and only when given on the command line (not FSCONN_USER).
    let user = g
        .user
        .as_deref()
        .filter(|_| g.user_on_command_line)
        .map(|u| u.split_once(':').map_or(u, |(n, _)| n).to_string());
    let q = AuditQuery {
        user,
        action: a.action,
        result: a.result,
        since: a.since,
        until: a.until,
        limit: None,
    };
    // The same checks as `GET /api/audit`, named as the flags.
    let (filter, _) = q.filter(chrono::Utc::now()).map_err(|e| match e {
        Error::Input(m) => Error::Input(format!("--{m}")),
        other => other,
    })?;
    let entries = Log::new(settings.audit_log()).read(&filter)?;
    if g.json {
        for e in &entries {
            output::json(e);
        }
    } else if !g.quiet {
        let rows: Vec<serde_json::Value> = entries
            .iter()
            .map(|e| serde_json::to_value(e).unwrap_or_default())
            .collect();
        let cols = [
            "when", "user", "context", "from", "what", "result", "detail",
        ];
        crate::outln!("{}", output::rows(&rows, &cols));
        crate::outln!("{}", output::plural(entries.len(), "entry", "entries"));
    }
    Ok(0)
}
