//! The command line: clap definitions and one module per subcommand, each a
//! thin adapter from flags to the `ops` layer and from its answer to a table
//! or (`--json`) exactly the JSON the HTTP API returns.

mod account;
mod audit;
mod cluster;
mod complete;
mod conference_settings;
mod conferences;
mod config;
mod demo;
pub mod docs;
pub mod doctor;
mod info;
mod live;
mod live_text;
pub mod logging;
mod man_sections;
pub mod output;
mod prompt;
mod recordings;
mod reload;
mod remote;
mod serve;
mod sim;
mod store;
mod users;

use crate::error::{Error, Result};
use crate::ops::service::{Local, Service};
use crate::ops::Ops;
use crate::settings::{Overrides, Settings};
use clap::{Args, Parser, Subcommand};
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "fsconn",
    version,
    about = "Manage a FreeSWITCH conferencing system: users, conferences, recordings, provisioning, HTTP API"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every subcommand accepts, before or after the subcommand name.
/// Under their own heading, so a subcommand's `--help` shows its own flags
/// first and these once, after them.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// Settings file (else $FSCONN_CONFIG, ./fsconn.toml, /etc/fsconn/fsconn.toml)
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// FreeSWITCH config dir (SWITCHCONF)
    #[arg(long, global = true, value_name = "DIR")]
    pub conf_dir: Option<PathBuf>,
    /// Provisioning and store dir (STATICPATH)
    #[arg(long, global = true, value_name = "DIR")]
    pub static_dir: Option<PathBuf>,
    /// Recordings dir (RECPATH)
    #[arg(long, global = true, value_name = "DIR")]
    pub recordings_dir: Option<PathBuf>,
    /// FreeSWITCH event socket (FSIP/FSPORT)
    #[arg(long, global = true, value_name = "HOST:PORT")]
    pub esl: Option<String>,
    /// Event socket password (FSPW)
    #[arg(long, global = true, value_name = "PW")]
    pub esl_password: Option<String>,
    /// Print exactly the JSON the HTTP API returns
    #[arg(long, global = true)]
    pub json: bool,
    /// Answer yes to confirmations (needed for deletes without a terminal)
    #[arg(long, short = 'y', global = true)]
    pub yes: bool,
    /// Write the files but do not ask FreeSWITCH to reloadxml
    #[arg(long, global = true)]
    pub no_reload: bool,
    /// Show what a write would change (files, FreeSWITCH commands) and change nothing
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// Tables: `auto` is a box table on a terminal and tab-separated lines into a pipe
    #[arg(long, global = true, value_enum, default_value_t = output::Format::Auto)]
    pub format: output::Format,
    /// Print nothing but errors and warnings
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
    /// Work against a `fsconn serve` instead of local files
    #[arg(long, global = true, env = "FSCONN_SERVER", value_name = "URL")]
    pub server: Option<String>,
    /// Login for --server: NAME or NAME:PASSWORD (asked for if missing)
    #[arg(
        long,
        global = true,
        env = "FSCONN_USER",
        value_name = "NAME[:PASSWORD]",
        hide_env_values = true
    )]
    pub user: Option<String>,
    /// CA certificate (PEM) to trust for an https --server: a private CA or
    /// the self-signed certificate of `fsconn serve --tls-cert`
    #[arg(long, global = true, env = "FSCONN_CA_CERT", value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
    /// Whether `--user` was on the command line (not from FSCONN_USER).
    #[arg(skip)]
    pub user_on_command_line: bool,
}

/// Where commands are carried out: on the local files, or by a server.
// One per command: the size difference of the variants does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Backend {
    Local(Ops),
    Remote(remote::Remote),
}

impl Backend {
    /// Run `f` over the operations: on the local files (audited here, the
    /// files' warnings printed), or by the server. `context`: recordings as
    /// a user of that context sees them (remotely, the friends' endpoints;
    /// the server then decides by the login).
    pub fn with<T>(
        &self,
        context: Option<&str>,
        f: impl FnOnce(&dyn Service) -> Result<T>,
    ) -> Result<T> {
        match self {
            Backend::Local(ops) => {
                let viewer = match context {
                    Some(c) => Some(ops.settings.context(c).ok_or_else(|| {
                        Error::Input(format!("--context: context {c:?} does not exist"))
                    })?),
                    None => None,
                };
                let audit = |what: &str, args: &serde_json::Value, v: crate::audit::Verdict| {
                    audit_local(&ops.settings, what, args, v)
                };
                let svc = Local::new(ops, &audit)
                    .on_load(&output::load_warnings)
                    .viewer(viewer);
                f(&svc)
            }
            Backend::Remote(r) => {
                r.friends_view(context.is_some());
                f(r)
            }
        }
    }

    pub fn is_remote(&self) -> bool {
        matches!(self, Backend::Remote(_))
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Directory users (FreeSWITCH directory/<context>/<id>.xml)
    #[command(subcommand)]
    Users(users::UsersCmd),
    /// Conferences (dialplan/conferences/<num>.xml)
    #[command(subcommand)]
    Conferences(conferences::ConferencesCmd),
    /// Your own account on a `fsconn serve` (--server): change your password
    #[command(subcommand)]
    Account(account::AccountCmd),
    /// Conference recordings
    Recordings(recordings::RecordingsArgs),
    /// Running conferences: list, show, watch, and every moderator control
    #[command(subcommand)]
    Live(live::LiveCmd),
    /// Write a .tar.gz of a config tree (freeswitch, dialplan, conferences, directory)
    Store(store::StoreArgs),
    /// Replace a config tree with a stored archive; rolled back if FreeSWITCH refuses it
    Restore(store::RestoreArgs),
    /// List the kept generations of stored archives (newest first; `restore.keep` per tree)
    Backups,
    /// System state: reload info and FreeSWITCH's globals
    Info {
        /// Also users, conferences and conference types (GET /api/info/state)
        #[arg(long)]
        state: bool,
    },
    /// Serve the HTTP API, provisioning and the web client
    Serve(serve::ServeArgs),
    /// Run the whole system on this machine: example config, simulator, API
    Demo(demo::DemoArgs),
    /// A FreeSWITCH event-socket simulator (for tests and demos)
    Sim(sim::SimArgs),
    /// Show the effective settings and where each value came from
    Config,
    /// Check FreeSWITCH, its configuration and fsconn's dirs; explain each failure with a fix
    /// (exit 0 all pass, 1 otherwise)
    Doctor,
    /// Show the audit log: every write and control, who, from where, result
    Audit(audit::AuditArgs),
    /// A cluster of FreeSWITCH nodes ([[node]] tables): what the SIP proxy needs
    #[command(subcommand)]
    Cluster(cluster::ClusterCmd),
    /// Print a shell completion script (or write all with --dir)
    Completions(docs::CompletionsArgs),
    /// Print the man page (or write all pages with --dir)
    Man(docs::ManArgs),
}

impl Global {
    fn overrides(&self) -> Overrides {
        Overrides {
            config: self.config.clone(),
            conf_dir: self.conf_dir.clone(),
            static_dir: self.static_dir.clone(),
            recordings_dir: self.recordings_dir.clone(),
            esl: self.esl.clone(),
            esl_password: self.esl_password.clone(),
        }
    }

    pub fn settings(&self) -> Result<Settings> {
        Settings::load(&self.overrides(), &|k| std::env::var(k).ok())
    }

    /// The operations layer with the reload behaviour these flags ask for.
    pub fn ops(&self) -> Result<Ops> {
        let settings = self.settings()?;
        let reloader = if self.no_reload {
            None
        } else {
            Some(reload::EslReloader::boxed(&settings))
        };
        let mut ops = Ops::new(settings, reloader)?;
        ops.dry_run = self.dry_run;
        Ok(ops)
    }

    /// The local files, or the server of `--server`.
    pub fn backend(&self) -> Result<Backend> {
        match &self.server {
            Some(_) if self.dry_run => Err(Error::Settings(
                "--dry-run works on local files only, not with --server".into(),
            )),
            Some(url) => {
                let user = self.user.as_deref().ok_or_else(|| {
                    Error::Settings("--server needs --user NAME[:PASSWORD] (or FSCONN_USER)".into())
                })?;
                Ok(Backend::Remote(remote::Remote::new(
                    url,
                    user,
                    self.ca_cert.as_deref(),
                )?))
            }
            None => Ok(Backend::Local(self.ops()?)),
        }
    }

    /// Ask before a destructive step: on a terminal interactively, otherwise
    /// only `--yes` will do.
    pub fn confirm(&self, question: &str) -> Result<bool> {
        if self.yes {
            return Ok(true);
        }
        if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
            return Err(Error::Input(format!(
                "{question}: not confirmed (no terminal); pass --yes to confirm"
            )));
        }
        dialoguer::Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact()
            .map_err(|e| Error::Input(format!("confirmation failed: {e}")))
    }
}

/// The clap definition, with the exit statuses after every command's
/// `--help` (and so in every man page).
pub fn command() -> clap::Command {
    fn with_exit_codes(c: clap::Command) -> clap::Command {
        c.after_help(crate::error::EXIT_CODES)
            .mut_subcommands(with_exit_codes)
    }
    only_what_applies(with_exit_codes(<Cli as clap::CommandFactory>::command()))
}

/// `demo` runs on its own temp config, switch and server: of the global
/// flags only `--quiet` means anything to it, so its help is rendered from
/// its own flags and that one (the global ones are still accepted).
fn only_what_applies(c: clap::Command) -> clap::Command {
    c.mut_subcommand("demo", |d| {
        let own = <demo::DemoArgs as Args>::augment_args(
            clap::Command::new("demo")
                .bin_name("fsconn demo")
                .about(d.get_about().cloned().unwrap_or_default())
                .after_help(crate::error::EXIT_CODES),
        )
        .arg(
            clap::Arg::new("quiet")
                .long("quiet")
                .short('q')
                .action(clap::ArgAction::SetTrue)
                .help("Print only the line with the console's address"),
        );
        d.help_template(own.clone().render_long_help().to_string())
    })
}

/// Parse the process's command line.
pub fn try_parse() -> std::result::Result<Cli, clap::Error> {
    use clap::{parser::ValueSource, FromArgMatches};
    let matches = prompt::relax(command())
        .subcommand(complete::command())
        .try_get_matches()?;
    if let Some((complete::NAME, m)) = matches.subcommand() {
        // Not a command for people: only the completion scripts call it.
        std::process::exit(complete::run(m));
    }
    let mut cli = Cli::from_arg_matches(&matches)?;
    let from_flag = |m: &clap::ArgMatches| m.value_source("user") == Some(ValueSource::CommandLine);
    cli.global.user_on_command_line =
        from_flag(&matches) || matches.subcommand().is_some_and(|(_, m)| from_flag(m));
    Ok(cli)
}

/// Run the parsed command line; the exit status.
pub fn run(cli: Cli) -> Result<i32> {
    let g = &cli.global;
    output::set_format(g.format);
    use logging::Kind;
    match &cli.command {
        // `serve` logs in the format its settings ask for: it sets up once read.
        Command::Serve(_) => {}
        Command::Sim(_) | Command::Demo(_) => {
            logging::init(Kind::Daemon, "warn", crate::settings::LogFormat::Text)
        }
        _ => {
            let format = if g.json {
                crate::settings::LogFormat::Json
            } else {
                crate::settings::LogFormat::Text
            };
            logging::init(Kind::Command, "warn", format);
        }
    }
    match cli.command {
        Command::Users(cmd) => users::run(g, cmd),
        Command::Conferences(cmd) => conferences::run(g, cmd),
        Command::Recordings(a) => recordings::run(g, a),
        Command::Account(cmd) => account::run(g, cmd),
        Command::Live(cmd) => live::run(g, cmd),
        Command::Store(a) => store::store(g, a),
        Command::Restore(a) => store::restore(g, a),
        Command::Backups => store::backups(g),
        Command::Info { state } => info::run(g, state),
        Command::Serve(a) => serve::run(g, a),
        Command::Sim(a) => sim::run(g, a),
        Command::Demo(a) => demo::run(g, a),
        Command::Config => config::run(g),
        Command::Doctor => doctor::run(g),
        Command::Audit(a) => audit::run(g, a),
        Command::Cluster(c) => cluster::run(g, c),
        Command::Completions(a) => docs::completions(a),
        Command::Man(a) => docs::man(a),
    }
}

/// Record a local action in the audit log (with `--server`, the server
/// records it, with the login and the client address).
pub(crate) fn audit_local(
    settings: &Settings,
    what: &str,
    args: &serde_json::Value,
    verdict: crate::audit::Verdict,
) {
    crate::audit::Log::new(settings.audit_log()).record(
        &crate::audit::Actor::local(),
        what,
        args,
        verdict,
    );
}

/// A clap value parser for one of `ops`' plain enums: its wire names (with
/// a help line each) are the possible values, so `--help` and the shell
/// completions list them.
pub(crate) fn wire_names<T: Copy + Send + Sync + 'static>(
    all: &'static [T],
    name: fn(T) -> &'static str,
    help: fn(T) -> &'static str,
) -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    let values = all.iter().map(|t| match help(*t) {
        "" => PossibleValue::new(name(*t)),
        h => PossibleValue::new(name(*t)).help(h),
    });
    PossibleValuesParser::new(values).try_map(move |s: String| {
        all.iter()
            .copied()
            .find(|t| name(*t) == s)
            .ok_or_else(|| format!("unknown value {s:?}"))
    })
}

/// Read a JSON array in the API's POST body format from a file or `-` (stdin).
pub(crate) fn read_body(path: &std::path::Path) -> Result<serde_json::Value> {
    let text = if path.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin()).map_err(|e| Error::io("stdin", e))?
    } else {
        std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?
    };
    serde_json::from_str(&text)
        .map_err(|e| Error::Input(format!("{}: not valid JSON: {e}", path.display())))
}
