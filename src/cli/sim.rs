//! `fsconn sim`: the FreeSWITCH event-socket simulator, for tests, the demo
//! and benchmarks on machines without FreeSWITCH.

use super::Global;
use crate::error::{Error, Result};
use crate::sim::{Sim, SimMode, SimOptions};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct SimArgs {
    /// Address to listen on (default: the configured event socket, 127.0.0.1:8021)
    #[arg(long, value_name = "ADDR")]
    listen: Option<String>,
    /// Event socket password (default: the configured one, ClueCon)
    #[arg(long, value_name = "PW")]
    password: Option<String>,
    /// Play built-in demo traffic: calls, talking, muting, moderator keys, phones
    #[arg(long, conflicts_with = "scenario")]
    demo: bool,
    /// Play a scripted scenario (one api command per line, `sleep MS`)
    #[arg(long, value_name = "FILE")]
    scenario: Option<PathBuf>,
    /// Speed factor for --scenario (2 = twice as fast)
    #[arg(long, default_value_t = 1.0, requires = "scenario")]
    rate: f64,
    /// Append every command received to FILE
    #[arg(long, value_name = "FILE")]
    command_log: Option<PathBuf>,
    /// The switch's sounds dir (default /usr/share/freeswitch/sounds, not checked);
    /// when given, callers asked for a PIN need its conf-pin prompt there
    #[arg(long, value_name = "DIR")]
    sounds_dir: Option<PathBuf>,
    /// The switch's certificate dir, $${certs_dir}
    #[arg(long, value_name = "DIR")]
    certs_dir: Option<PathBuf>,
    /// Run as the cluster node NAME: users and the dialplan are fetched
    /// from fsconn as mod_xml_curl does (at `sim register` and `sim join`),
    /// the rest read from the conf dir (e.g. examples/cluster/node)
    #[arg(long, value_name = "NAME", requires_all = ["xml_curl", "xml_curl_credentials"])]
    node: Option<String>,
    /// fsconn's mod_xml_curl endpoint, http://HOST:PORT/api/xml_curl
    #[arg(long, value_name = "URL", requires = "node")]
    xml_curl: Option<String>,
    /// The node's credentials, USER:PASSWORD (its [[node]] xml_curl_user and xml_curl_password)
    #[arg(long, value_name = "USER:PW", requires = "node")]
    xml_curl_credentials: Option<String>,
}

pub fn run(g: &Global, a: SimArgs) -> Result<i32> {
    let settings = g.settings()?;
    let listen = a.listen.unwrap_or_else(|| settings.esl_addr());
    let addr: SocketAddr = listen
        .parse()
        .map_err(|_| Error::Settings(format!("--listen: {listen:?} is not HOST:PORT")))?;
    let mut opts = SimOptions::new(&settings.conf_dir, &settings.recordings_dir);
    opts.listen = addr;
    opts.password = a.password.unwrap_or(settings.esl_password.clone());
    opts.command_log = a.command_log;
    opts.sounds_dir = a.sounds_dir;
    opts.certs_dir = a.certs_dir;
    opts.node = match (a.node, a.xml_curl, a.xml_curl_credentials) {
        (Some(name), Some(url), Some(credentials)) => Some(crate::sim::node::NodeOptions {
            name,
            url,
            credentials,
        }),
        _ => None,
    };
    opts.mode = match (a.demo, a.scenario) {
        (true, _) => SimMode::Demo,
        (false, Some(path)) => SimMode::Scenario { path, rate: a.rate },
        (false, None) => SimMode::Idle,
    };
    let rt = tokio::runtime::Runtime::new().map_err(|e| Error::io("tokio runtime", e))?;
    rt.block_on(async move {
        let sim = Sim::new(opts).map_err(|e| Error::Settings(e.to_string()))?;
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| Error::io(listen.clone(), e))?;
        let local = listener
            .local_addr()
            .map_err(|e| Error::io(listen.clone(), e))?;
        crate::outln!("fsconn sim: listening on {local}");
        tokio::select! {
            r = sim.serve(listener) => r.map_err(|e| Error::Unavailable(e.to_string()))?,
            _ = super::serve::shutdown_signal() => {}
        }
        Ok(0)
    })
}
