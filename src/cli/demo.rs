//! `fsconn demo`: the whole system on one machine with nothing but this
//! binary: the bundled example config in a temp dir, the simulator playing
//! demo traffic, and the HTTP API with the live WebSocket.

use super::Global;
use crate::error::{Error, Result};
use crate::server::{self, AppState, ServeOptions};
use crate::settings::{Overrides, Settings};
use crate::sim::{Sim, SimMode, SimOptions};
use include_dir::{include_dir, Dir};
use std::net::SocketAddr;

/// The example FreeSWITCH config, compiled in so the demo works anywhere.
static EXAMPLE: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/examples/freeswitch");

#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// Where the HTTP API listens (port 0 picks a free one)
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:3000")]
    listen: String,
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
    let conf = tmp.path().join("freeswitch");
    std::fs::create_dir_all(&conf).map_err(|e| Error::io(&conf, e))?;
    EXAMPLE.extract(&conf).map_err(|e| Error::io(&conf, e))?;
    add_demo_people(&conf)?;
    private_user_files(&conf)?;
    for d in ["static", "recordings"] {
        std::fs::create_dir_all(tmp.path().join(d)).map_err(|e| Error::io(tmp.path(), e))?;
    }
    let rt = tokio::runtime::Runtime::new().map_err(|e| Error::io("tokio runtime", e))?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| bind_error(&a.listen, e))?;
        let local = listener
            .local_addr()
            .map_err(|e| Error::io(a.listen.clone(), e))?;
        let sim_listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| Error::io("127.0.0.1:0", e))?;
        let sim_addr = sim_listener.local_addr().map_err(|e| Error::io("sim", e))?;

        let mut opts = SimOptions::new(&conf, tmp.path().join("recordings"));
        opts.listen = sim_addr;
        opts.mode = SimMode::Demo;
        let sim = Sim::new(opts).map_err(|e| Error::Settings(e.to_string()))?;
        tokio::spawn(async move {
            if let Err(e) = sim.serve(sim_listener).await {
                tracing::error!("simulator: {e}");
            }
        });

        let over = Overrides {
            conf_dir: Some(conf.clone()),
            static_dir: Some(tmp.path().join("static")),
            recordings_dir: Some(tmp.path().join("recordings")),
            esl: Some(sim_addr.to_string()),
            ..Default::default()
        };
        let mut settings = Settings::load(&over, &|_| None)?;
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

        banner(local, &conf, sim_addr, quiet);
        server::serve(listener, app, super::serve::shutdown_signal())
            .await
            .map_err(|e| Error::io(local.to_string(), e))?;
        Ok(0)
    })
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
fn banner(local: SocketAddr, conf: &std::path::Path, sim_addr: SocketAddr, quiet: bool) {
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
    crate::outln!("  FreeSWITCH simulator with demo traffic:   {sim_addr}");
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
