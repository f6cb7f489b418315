//! The one logging setup of every command: `tracing` to stderr, `RUST_LOG`
//! overriding the default level. Daemons (`serve`, `sim`, `demo`) log with
//! time and target, as text or JSON lines; one-shot commands log only
//! warnings and errors, short, like the rest of their stderr (JSON lines
//! with `--json`, so that stderr stays machine-readable). Under
//! `serve --log-format json` every line the process writes is JSON.

use crate::settings::LogFormat;
use std::sync::atomic::{AtomicBool, Ordering};
use tracing_subscriber::EnvFilter;

/// Who is logging.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A long-running process: every line carries its time and target.
    Daemon,
    /// A command that does one thing and exits.
    Command,
}

/// Set once a daemon logs JSON lines: then everything else it prints (the
/// "listening on" banner, the error it exits with, a panic) is a JSON line
/// too, so a log shipper or fail2ban never meets a line it cannot parse.
static JSON_LINES: AtomicBool = AtomicBool::new(false);

/// Whether this process writes JSON lines only (`serve --log-format json`).
pub fn json_lines() -> bool {
    JSON_LINES.load(Ordering::Relaxed)
}

/// From now on, every line is JSON (before the subscriber exists, for the
/// errors that may end the process first).
pub fn use_json_lines() {
    JSON_LINES.store(true, Ordering::Relaxed);
}

/// One line in the shape of the subscriber's JSON lines
/// (`{"timestamp", "level", "fields": {"message", ...}, "target"}`).
pub fn json_line(level: &str, target: &str, message: &str, fields: serde_json::Value) -> String {
    let mut f = serde_json::json!({ "message": message });
    if let (Some(f), serde_json::Value::Object(more)) = (f.as_object_mut(), fields) {
        f.extend(more);
    }
    let ts = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    serde_json::json!({ "timestamp": ts, "level": level, "fields": f, "target": target })
        .to_string()
}

/// Install the subscriber (once per process; a second call does nothing).
/// `level` is the default filter when `RUST_LOG` is not set.
pub fn init(kind: Kind, level: &str, format: LogFormat) {
    if (kind, format) == (Kind::Daemon, LogFormat::Json) {
        use_json_lines();
        // A panic's message goes through the log, as a JSON line.
        std::panic::set_hook(Box::new(|info| {
            tracing::error!(target: "fsconn::panic", "{info}");
        }));
    }
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(level));
    let builder = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(filter);
    let ansi = super::output::color_stderr();
    let _ = match (kind, format) {
        (Kind::Daemon, LogFormat::Text) => builder.with_ansi(ansi).try_init(),
        (Kind::Daemon, LogFormat::Json) => builder.json().with_ansi(false).try_init(),
        (Kind::Command, LogFormat::Text) => builder
            .without_time()
            .with_target(false)
            .with_ansi(ansi)
            .try_init(),
        (Kind::Command, LogFormat::Json) => {
            builder.json().without_time().with_ansi(false).try_init()
        }
    };
}

/// The default level: warnings only with `--quiet`.
pub fn level(quiet: bool, normal: &'static str) -> &'static str {
    if quiet {
        "warn"
    } else {
        normal
    }
}
