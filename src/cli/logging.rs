//! The one logging setup of every command: `tracing` to stderr, `RUST_LOG`
//! overriding the default level. Daemons (`serve`, `sim`, `demo`) log with
//! time and target, as text or JSON lines; one-shot commands log only
//! warnings and errors, short, like the rest of their stderr (JSON lines
//! with `--json`, so that stderr stays machine-readable).

use crate::settings::LogFormat;
use tracing_subscriber::EnvFilter;

/// Who is logging.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A long-running process: every line carries its time and target.
    Daemon,
    /// A command that does one thing and exits.
    Command,
}

/// Install the subscriber (once per process; a second call does nothing).
/// `level` is the default filter when `RUST_LOG` is not set.
pub fn init(kind: Kind, level: &str, format: LogFormat) {
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
