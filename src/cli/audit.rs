//! `fsconn audit`: read the audit log.

use super::{output, Global};
use crate::audit::{parse_since, Filter, Log};
use crate::error::{Error, Result};

#[derive(Debug, clap::Args)]
pub struct AuditArgs {
    /// Only entries from then on: a time (RFC 3339), a date, or an age (90m, 12h, 7d).
    /// `--user NAME` shows only that user's entries.
    #[arg(long, value_name = "WHEN")]
    since: Option<String>,
}

pub fn run(g: &Global, a: AuditArgs) -> Result<i32> {
    if g.server.is_some() {
        return Err(Error::Input(
            "audit reads the audit log on this machine; run it where fsconn serve runs".into(),
        ));
    }
    let settings = g.settings()?;
    let since = match &a.since {
        Some(s) => Some(parse_since(s, chrono::Utc::now()).map_err(Error::Input)?),
        None => None,
    };
    // `--user` is the global login flag; here it names whose entries to
    // show, and only when given on the command line (not FSCONN_USER).
    let user = g
        .user
        .as_deref()
        .filter(|_| g.user_on_command_line)
        .map(|u| u.split_once(':').map_or(u, |(n, _)| n).to_string());
    let filter = Filter { since, user };
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
