//! `fsconn sim`: a FreeSWITCH event-socket simulator for development, demos
//! and tests, so fsconn can be exercised without a real switch.
//!
//! It serves mod_event_socket's inbound protocol (auth, `api`, `bgapi`,
//! `event plain|json`, `sendevent`, `exit`, ...) with the replies and events a
//! real FreeSWITCH 1.10 gives, byte for byte where the recorded captures show
//! them. Its configuration is a real FreeSWITCH conf dir: `xml_locate`,
//! `global_getvar` and `reloadxml` read the files the way FreeSWITCH's
//! preprocessor and parser do (see `xml`), and conferences, members and
//! registrations follow the dialplan, directory and `conference.conf.xml`.
//!
//! Phones and callers are stood in for by an api command family:
//! `sim join CONF USERID` (answers `+OK MEMBERID`), `sim leave CONF MEMBER`,
//! `sim talk CONF MEMBER`, `sim dtmf CONF MEMBER DIGITS`, `sim register
//! USERID [EXPIRES]`, `sim unregister USERID`, `sim expire USERID`. CONF is a
//! conference name or number; MEMBER is a member id or `user:USERID`.
//! `sim join` takes `pin=DIGITS[,DIGITS...]`: what the caller types at the
//! PIN prompt of a conference that asks for one (`pin`; without it the
//! caller types the right PIN), see `pin`.
//!
//! At start the simulator reports what a real switch would log about the
//! configuration (`startup`: sofia profiles that cannot start, missing
//! module configs, ...) and answers `sofia status`, `show codecs` and
//! `version` from it.
//!
//! Recordings are written as WAV files (silence) into the recordings
//! directory, whatever directory the client's path names. `fsctl shutdown`
//! behaves like the real one: events, then a disconnect notice to everybody.
//!
//! Modes: `Idle` just serves; `Demo` loops a built-in scenario at a gentle
//! pace; `Scenario` plays a script (format in `scenario`) once, with sleeps
//! divided by the rate multiplier.

pub mod config;
pub mod dialplan;
pub mod events;
pub mod node;
pub mod pin;
pub mod scenario;
pub mod server;
pub mod startup;
pub mod switch;
pub mod xml;

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::task::JoinSet;

use events::{lock, Bus};
use switch::{Paths, Switch};

#[derive(Debug, Clone, PartialEq)]
pub enum SimMode {
    Idle,
    Demo,
    /// A demo script given whole, looped like `Demo`: `fsconn demo
    /// --nodes` hands each node its share of the traffic (a node's own
    /// files hold no users or conferences to make one from).
    DemoScript(String),
    Scenario {
        path: PathBuf,
        rate: f64,
    },
}

#[derive(Debug, Clone)]
pub struct SimOptions {
    /// Used by `run` only; `serve` takes an already bound listener.
    pub listen: SocketAddr,
    pub password: String,
    pub conf_dir: PathBuf,
    pub recordings_dir: PathBuf,
    pub mode: SimMode,
    /// Every command received is also appended here, one per line.
    pub command_log: Option<PathBuf>,
    /// The switch's sounds dir (`sounds_dir`); when given, the PIN prompt
    /// must exist there, as on a real switch.
    pub sounds_dir: Option<PathBuf>,
    /// The switch's own certificate dir (`certs_dir`).
    pub certs_dir: Option<PathBuf>,
    /// Run as a cluster node: directory and dialplan from fsconn.
    pub node: Option<node::NodeOptions>,
}

impl SimOptions {
    pub fn new(conf_dir: impl Into<PathBuf>, recordings_dir: impl Into<PathBuf>) -> Self {
        SimOptions {
            listen: SocketAddr::from(([127, 0, 0, 1], 8021)),
            password: "ClueCon".into(),
            conf_dir: conf_dir.into(),
            recordings_dir: recordings_dir.into(),
            mode: SimMode::Idle,
            command_log: None,
            sounds_dir: None,
            certs_dir: None,
            node: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SimError {
    #[error("cannot load the FreeSWITCH configuration in {dir}: {message}")]
    Config { dir: PathBuf, message: String },
    #[error("scenario line {line}: {message}")]
    Scenario { line: usize, message: String },
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
}

fn io_err(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> SimError {
    let context = context.into();
    move |source| SimError::Io { context, source }
}

/// What reached the simulated switch: every command line received, in order
/// (passwords replaced by `***`), kept in memory and optionally in a file.
#[derive(Clone, Default)]
pub struct CommandLog {
    lines: Arc<Mutex<Vec<String>>>,
    file: Option<Arc<Mutex<std::fs::File>>>,
}

impl CommandLog {
    fn open(path: Option<&PathBuf>) -> Result<CommandLog, SimError> {
        let file = match path {
            Some(p) => Some(Arc::new(Mutex::new(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(p)
                    .map_err(io_err(format!("opening command log {}", p.display())))?,
            ))),
            None => None,
        };
        Ok(CommandLog {
            lines: Arc::default(),
            file,
        })
    }

    pub fn append(&self, line: &str) {
        lock(&self.lines).push(line.to_string());
        if let Some(f) = &self.file {
            let mut f = lock(f);
            if let Err(e) = writeln!(f, "{line}").and_then(|_| f.flush()) {
                tracing::warn!("cannot write the command log: {e}");
            }
        }
    }

    pub fn lines(&self) -> Vec<String> {
        lock(&self.lines).clone()
    }
}

/// A simulator instance: the switch state plus what its connections share.
pub struct Sim {
    shared: Arc<server::Shared>,
    mode: SimMode,
}

impl Sim {
    pub fn new(opts: SimOptions) -> Result<Sim, SimError> {
        if !opts.conf_dir.is_dir() {
            return Err(SimError::Config {
                dir: opts.conf_dir.clone(),
                message: "not a directory".into(),
            });
        }
        std::fs::create_dir_all(&opts.recordings_dir).map_err(io_err(format!(
            "creating recordings dir {}",
            opts.recordings_dir.display()
        )))?;
        let paths = Paths {
            conf_dir: opts.conf_dir.clone(),
            recordings_dir: opts.recordings_dir.clone(),
            sounds_dir: opts.sounds_dir.clone(),
            certs_dir: opts.certs_dir.clone(),
        };
        let mut switch =
            Switch::new(paths, Arc::new(Bus::default())).map_err(|message| SimError::Config {
                dir: opts.conf_dir.clone(),
                message,
            })?;
        if let Some(n) = &opts.node {
            let client = node::XmlCurl::new(n).map_err(|message| SimError::Config {
                dir: opts.conf_dir.clone(),
                message,
            })?;
            switch.set_node(client);
        }
        if let SimMode::DemoScript(text) = &opts.mode {
            scenario::parse(text)?;
        }
        if let SimMode::Scenario { path, .. } = &opts.mode {
            // Fail at start-up, not half way through a test run.
            let text = std::fs::read_to_string(path)
                .map_err(io_err(format!("reading scenario {}", path.display())))?;
            scenario::parse(&text)?;
        }
        let (shutdown, _) = tokio::sync::watch::channel(false);
        Ok(Sim {
            shared: Arc::new(server::Shared {
                switch: Arc::new(switch),
                password: opts.password,
                log: CommandLog::open(opts.command_log.as_ref())?,
                shutdown,
            }),
            mode: opts.mode,
        })
    }

    /// Commands received so far over the event socket.
    pub fn command_log(&self) -> CommandLog {
        self.shared.log.clone()
    }

    /// Runs an api command in-process (not logged: it did not come from a client).
    pub fn api(&self, line: &str) -> String {
        let (cmd, args) = server::split_api(line);
        self.shared.switch.api(&cmd, &args)
    }

    /// Serves connections until `fsctl shutdown`, or forever. Dropping the
    /// future closes every connection, which is how tests "stop" the switch.
    pub async fn serve(&self, listener: TcpListener) -> Result<(), SimError> {
        let mut tasks = JoinSet::new();
        let switch = self.shared.switch.clone();
        match &self.mode {
            SimMode::Idle => {}
            SimMode::Demo | SimMode::DemoScript(_) => {
                let script = match &self.mode {
                    SimMode::DemoScript(text) => text.clone(),
                    _ => scenario::demo_script(&switch_config(&switch)),
                };
                let steps = scenario::parse(&script)?;
                tasks.spawn(async move {
                    loop {
                        scenario::play(&switch, &steps, 1.0).await;
                    }
                });
            }
            SimMode::Scenario { path, rate } => {
                let text = std::fs::read_to_string(path)
                    .map_err(io_err(format!("reading scenario {}", path.display())))?;
                let steps = scenario::parse(&text)?;
                let rate = *rate;
                tasks.spawn(async move { scenario::play(&switch, &steps, rate).await });
            }
        }
        let mut shutdown = self.shared.shutdown.subscribe();
        loop {
            tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok((stream, _)) => {
                        tasks.spawn(server::handle_connection(stream, self.shared.clone()));
                    }
                    Err(e) => {
                        tracing::warn!("accept failed: {e}");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                },
                _ = shutdown.changed() => break,
                Some(_) = tasks.join_next(), if !tasks.is_empty() => {}
            }
        }
        drop(listener);
        // Connections write their disconnect notice and close by themselves.
        let _ = tokio::time::timeout(Duration::from_secs(2), async {
            while tasks.join_next().await.is_some() {}
        })
        .await;
        Ok(())
    }
}

fn switch_config(switch: &Switch) -> config::SwitchConfig {
    switch.config_snapshot()
}

/// The users, conferences and profiles a switch with `conf_dir` would
/// read, e.g. to deal the demo's traffic out over cluster nodes.
pub fn read_config(conf_dir: &std::path::Path) -> Result<config::SwitchConfig, SimError> {
    let paths = Paths {
        conf_dir: conf_dir.to_path_buf(),
        recordings_dir: std::env::temp_dir(),
        sounds_dir: None,
        certs_dir: None,
    };
    let switch =
        Switch::new(paths, Arc::new(Bus::default())).map_err(|message| SimError::Config {
            dir: conf_dir.to_path_buf(),
            message,
        })?;
    Ok(switch.config_snapshot())
}

/// Starts a simulator on an already bound listener (tests bind port 0).
pub async fn serve(listener: TcpListener, opts: SimOptions) -> Result<(), SimError> {
    Sim::new(opts)?.serve(listener).await
}

/// `fsconn sim`: binds `opts.listen` and serves until Ctrl-C or `fsctl shutdown`.
pub async fn run(opts: SimOptions) -> Result<(), SimError> {
    if !opts.listen.ip().is_loopback() {
        tracing::warn!("the simulator listens on {}, not on loopback", opts.listen);
    }
    let listener = TcpListener::bind(opts.listen)
        .await
        .map_err(io_err(format!("binding {}", opts.listen)))?;
    let sim = Sim::new(opts)?;
    tokio::select! {
        r = sim.serve(listener) => r,
        _ = tokio::signal::ctrl_c() => Ok(()),
    }
}
