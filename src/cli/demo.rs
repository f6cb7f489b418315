//! `fsconn demo`: the whole system on one machine with nothing but this
//! binary: the bundled example config in a temp dir, the simulator playing
//! demo traffic, and the HTTP API with the live WebSocket. With `--nodes N`
//! the same traffic runs on a cluster: N simulators as FreeSWITCH nodes
//! that fetch users and dialplans from the server's `/api/xml_curl` (as
//! mod_xml_curl does, each with its own generated credentials), each
//! conference on the node Kamailio's dispatcher would hash its number to,
//! and the server in cluster mode over their event sockets.

use super::Global;
use crate::error::{Error, Result};
use crate::server::{self, AppState, ServeOptions};
use crate::settings::{Overrides, Settings};
use crate::sim::{Sim, SimMode, SimOptions};
use include_dir::{include_dir, Dir};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// The example FreeSWITCH config, compiled in so the demo works anywhere.
static EXAMPLE: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/examples/freeswitch");
/// The little a cluster node keeps locally (`--nodes`): its users and
/// dialplan come from fsconn over mod_xml_curl.
static NODE: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/examples/cluster/node");

#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// Where the HTTP API listens (port 0 picks a free one)
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:3000")]
    listen: String,
    /// Run a cluster of N simulated FreeSWITCH nodes (2 to 9) behind fsconn
    /// instead of one switch: [[node]] tables with generated xml_curl
    /// passwords, each node on its own event-socket port fetching its users
    /// and dialplan from fsconn's POST /api/xml_curl as mod_xml_curl does,
    /// each conference on the node Kamailio's dispatcher would hash its
    /// number to; the demo prints `node NAME: USER:PASSWORD` and the event
    /// socket of each
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(2..=9))]
    nodes: Option<u8>,
}

pub fn run(g: &Global, a: DemoArgs) -> Result<i32> {
    let quiet = g.quiet;
    let addr: SocketAddr = a
        .listen
        .parse()
        .map_err(|_| Error::Settings(format!("--listen: {:?} is not HOST:PORT", a.listen)))?;
    // Removed again when the demo ends.
    let tmp = tempfile::Builder::new()
        .prefix("fsconn-demo-")
        .tempdir()
        .map_err(|e| Error::io("temp dir", e))?;
    let root = tmp.path().to_path_buf();
    let conf = example_tree(&root)?;
    let rt = tokio::runtime::Runtime::new().map_err(|e| Error::io("tokio runtime", e))?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| bind_error(&a.listen, e))?;
        let local = listener
            .local_addr()
            .map_err(|e| Error::io(a.listen.clone(), e))?;
        let at = Demo {
            local,
            root: &root,
            conf: &conf,
            quiet,
        };
        match a.nodes {
            None => at.single(listener).await,
            Some(n) => at.cluster(listener, n).await,
        }
    })
}

/// The bundled example, with the demo's people, in `root`/freeswitch.
fn example_tree(root: &Path) -> Result<PathBuf> {
    let conf = root.join("freeswitch");
    std::fs::create_dir_all(&conf).map_err(|e| Error::io(&conf, e))?;
    EXAMPLE.extract(&conf).map_err(|e| Error::io(&conf, e))?;
    add_demo_people(&conf)?;
    private_user_files(&conf)?;
    for d in ["static", "recordings"] {
        std::fs::create_dir_all(root.join(d)).map_err(|e| Error::io(root, e))?;
    }
    Ok(conf)
}

/// Where the demo runs: the HTTP API's address and the temp dir.
struct Demo<'a> {
    local: SocketAddr,
    root: &'a Path,
    conf: &'a Path,
    quiet: bool,
}

/// One simulated node of `--nodes`, its event socket bound already.
struct DemoNode {
    name: String,
    listener: tokio::net::TcpListener,
    esl: SocketAddr,
    /// Its xml_curl password; the user is the name.
    password: String,
}

impl Demo<'_> {
    /// One simulator as the switch, in file mode: the demo as it always was.
    async fn single(&self, listener: tokio::net::TcpListener) -> Result<i32> {
        let sim_listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| Error::io("127.0.0.1:0", e))?;
        let sim_addr = sim_listener.local_addr().map_err(|e| Error::io("sim", e))?;
        let mut opts = SimOptions::new(self.conf, self.root.join("recordings"));
        opts.listen = sim_addr;
        opts.mode = SimMode::Demo;
        spawn_sim(opts, sim_listener)?;
        let over = Overrides {
            esl: Some(sim_addr.to_string()),
            ..self.overrides()
        };
        let switch = [format!(
            "  FreeSWITCH simulator with demo traffic:   {sim_addr}"
        )];
        self.serve(listener, &over, &switch).await
    }

    /// `--nodes N`: the nodes' settings, the simulated nodes, the server.
    async fn cluster(&self, listener: tokio::net::TcpListener, n: u8) -> Result<i32> {
        let mut nodes = Vec::new();
        for i in 1..=n {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .map_err(|e| Error::io("127.0.0.1:0", e))?;
            let esl = listener.local_addr().map_err(|e| Error::io("node", e))?;
            nodes.push(DemoNode {
                name: format!("fs{i}"),
                listener,
                esl,
                password: uuid::Uuid::new_v4().simple().to_string(),
            });
        }
        let config = self.root.join("fsconn.toml");
        write_private(&config, &node_tables(&nodes))?;
        let node_conf = self.root.join("node");
        std::fs::create_dir_all(&node_conf).map_err(|e| Error::io(&node_conf, e))?;
        NODE.extract(&node_conf)
            .map_err(|e| Error::io(&node_conf, e))?;
        let url = format!("http://{}/api/xml_curl", reachable(self.local));
        let lines = node_lines(&nodes, &url);
        self.start_nodes(nodes, &node_conf, &url)?;
        let over = Overrides {
            config: Some(config),
            ..self.overrides()
        };
        self.serve(listener, &over, &lines).await
    }

    /// Each node plays the demo's traffic in the conferences dispatched to
    /// it, looking users and routes up at `url` with its credentials.
    fn start_nodes(&self, nodes: Vec<DemoNode>, node_conf: &Path, url: &str) -> Result<()> {
        let config =
            crate::sim::read_config(self.conf).map_err(|e| Error::Settings(e.to_string()))?;
        let count = nodes.len();
        for (i, node) in nodes.into_iter().enumerate() {
            let share = crate::sim::scenario::demo_share(&config, &|c| {
                fsconn_core::nodes::dispatched_to(&c.number, count) == i
            });
            let mut opts = SimOptions::new(node_conf, self.root.join("recordings"));
            opts.listen = node.esl;
            opts.mode = SimMode::DemoScript(share);
            opts.node = Some(crate::sim::node::NodeOptions {
                credentials: format!("{}:{}", node.name, node.password),
                name: node.name,
                url: url.to_string(),
            });
            spawn_sim(opts, node.listener)?;
        }
        Ok(())
    }

    fn overrides(&self) -> Overrides {
        Overrides {
            conf_dir: Some(self.conf.to_path_buf()),
            static_dir: Some(self.root.join("static")),
            recordings_dir: Some(self.root.join("recordings")),
            ..Default::default()
        }
    }

    /// The HTTP API over the demo's settings, until Ctrl-C.
    async fn serve(
        &self,
        listener: tokio::net::TcpListener,
        over: &Overrides,
        switch: &[String],
    ) -> Result<i32> {
        let mut settings = Settings::load(over, &|_| None)?;
        settings.sip_wss_url = crate::settings::SipWss::Off(
            "the demo runs fsconn's FreeSWITCH simulator, which is not a SIP server: there is nothing to call"
                .into(),
        );
        let app = AppState::new(
            settings,
            ServeOptions {
                web_root: None,
                connect_esl: true,
                tls: false,
            },
        )?;
        banner(self.local, self.conf, switch, self.quiet);
        server::serve(listener, app, super::serve::shutdown_signal())
            .await
            .map_err(|e| Error::io(self.local.to_string(), e))?;
        Ok(0)
    }
}

/// Runs a simulator on its bound listener until the demo ends.
fn spawn_sim(opts: SimOptions, listener: tokio::net::TcpListener) -> Result<()> {
    let sim = Sim::new(opts).map_err(|e| Error::Settings(e.to_string()))?;
    tokio::spawn(async move {
        if let Err(e) = sim.serve(listener).await {
            tracing::error!("simulator: {e}");
        }
    });
    Ok(())
}

/// The `[[node]]` tables of the demo's fsconn.toml.
fn node_tables(nodes: &[DemoNode]) -> String {
    let mut s = String::from("# fsconn demo --nodes: the simulated FreeSWITCH nodes.\n");
    for n in nodes {
        s.push_str(&format!(
            "\n[[node]]\nname = \"{}\"\nesl = \"{}\"\nxml_curl_password = \"{}\"\n",
            n.name, n.esl, n.password
        ));
    }
    s
}

/// What the banner says about the nodes: the `node NAME: USER:PASSWORD`
/// lines a node's `xml_curl.conf.xml` would carry, and the event sockets.
fn node_lines(nodes: &[DemoNode], url: &str) -> Vec<String> {
    let mut lines = vec![format!(
        "  {} simulated FreeSWITCH nodes, fetching users and dialplans from {url} as:",
        nodes.len()
    )];
    for n in nodes {
        lines.push(format!(
            "  node {}: {}:{}   event socket {} (password ClueCon)",
            n.name, n.name, n.password, n.esl
        ));
    }
    lines
}

/// The address the nodes ask: the listener's, or loopback when it listens
/// on every address.
fn reachable(local: SocketAddr) -> SocketAddr {
    match local.ip() {
        ip if ip.is_unspecified() && ip.is_ipv4() => {
            SocketAddr::from((std::net::Ipv4Addr::LOCALHOST, local.port()))
        }
        ip if ip.is_unspecified() => {
            SocketAddr::from((std::net::Ipv6Addr::LOCALHOST, local.port()))
        }
        _ => local,
    }
}

/// The settings file holds the nodes' passwords: owner only.
fn write_private(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| Error::io(path, e))?;
    f.write_all(text.as_bytes()).map_err(|e| Error::io(path, e))
}

/// People who only call in (they cannot sign in: no password is shown),
/// so the demo's conferences fill like a real meeting, in every context.
const DEMO_PEOPLE: &[(&str, u32, &str)] = &[
    ("team", 20001, "Ada Lovelace"),
    ("team", 20002, "Grace Hopper"),
    ("team", 20003, "Alan Turing"),
    ("team", 20004, "Katherine Johnson"),
    ("team", 20005, "Rosalind Franklin"),
    ("team", 20006, "Niels Bohr"),
    ("friends", 21001, "Emmy Noether"),
    ("friends", 21002, "Carl Gauss"),
    ("friends", 21003, "Sofia Kovalevskaya"),
    ("public", 22001, "Max Planck"),
    ("public", 22002, "Lise Meitner"),
    ("public", 22003, "Paul Dirac"),
];

/// Writes `DEMO_PEOPLE` into the demo's copy of the directory, each with a
/// random password nobody is told.
fn add_demo_people(conf: &std::path::Path) -> Result<()> {
    for (context, id, name) in DEMO_PEOPLE {
        let dir = conf.join("directory").join(context);
        let password = uuid::Uuid::new_v4().simple().to_string();
        let email = format!("{}@example.com", name.to_lowercase().replace(' ', "."));
        let xml = format!(
            "<include>\n  <user id=\"{id}\">\n    <params>\n      <param name=\"password\" value=\"{password}\"/>\n    </params>\n    <variables>\n      <variable name=\"user_context\" value=\"{context}\"/>\n      <variable name=\"effective_caller_id_name\" value=\"{name}\"/>\n      <variable name=\"effective_caller_id_number\" value=\"{id}\"/>\n      <variable name=\"verto_dvar_email\" value=\"{email}\"/>\n      <variable name=\"polymac\" value=\"none\"/>\n      <variable name=\"conf_flags\" value=\"mute-detect\"/>\n      <variable name=\"conpin\" value=\"$${{defconpin}}\"/>\n    </variables>\n  </user>\n</include>\n"
        );
        let path = dir.join(format!("{id}.xml"));
        std::fs::write(&path, xml).map_err(|e| Error::io(&path, e))?;
    }
    Ok(())
}

/// The example's user files hold SIP passwords: 0640 (owner writes, the
/// switch's group reads, nobody else), as README "Running with a real
/// FreeSWITCH" asks of an installed tree. Git keeps no such mode, so the
/// copy gets it here.
fn private_user_files(conf: &std::path::Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let dir = conf.join("directory");
    let contexts = std::fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))?;
    for ctx in contexts.flatten().filter(|e| e.path().is_dir()) {
        let files = std::fs::read_dir(ctx.path()).map_err(|e| Error::io(ctx.path(), e))?;
        for f in files.flatten() {
            let p = f.path();
            if p.extension().is_some_and(|x| x == "xml") {
                std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640))
                    .map_err(|e| Error::io(&p, e))?;
            }
        }
    }
    Ok(())
}

/// A taken port said once, with the way out.
fn bind_error(listen: &str, e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::AddrInUse {
        Error::Settings(format!(
            "--listen {listen}: the port is already in use (another demo or server?); \
             pass --listen 127.0.0.1:0 to pick a free port"
        ))
    } else {
        Error::io(format!("--listen {listen}"), e)
    }
}

/// What to open and try. The first line is the one a person opens (tests
/// read it too); with `--quiet` it is all there is.
fn banner(local: SocketAddr, conf: &Path, switch: &[String], quiet: bool) {
    crate::outln!("fsconn demo: open the web console at http://{local}");
    if quiet {
        return;
    }
    crate::outln!();
    crate::outln!("  web console and HTTP API:                 http://{local}/");
    crate::outln!(
        "  config (a copy of the bundled example): {}",
        conf.display()
    );
    for line in switch {
        crate::outln!("{line}");
    }
    crate::outln!();
    crate::outln!("  logins (name:password):  team defaultuser:napw   friends frienduser:napw   public publicuser:napw");
    crate::outln!();
    crate::outln!("  fsconn --server http://{local} --user defaultuser:napw live list");
    crate::outln!("  curl --digest -u defaultuser:napw http://{local}/api/users");
    crate::outln!(
        "  curl --digest -u defaultuser:napw -H 'Content-Type: application/json' -X POST \\"
    );
    crate::outln!("       --data '[{{\"name\":\"alice\",\"email\":\"alice@example.com\",\"context\":\"team\"}}]' http://{local}/api/users/add");
    crate::outln!("  python3 -m websockets 'ws://{local}/api/live?login=defaultuser:napw'   # then send {{\"req\":\"init\"}}");
    crate::outln!();
    crate::outln!("  Ctrl-C stops the demo and removes the temp dir.");
}
