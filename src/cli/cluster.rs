//! `fsconn cluster ...`: what the rest of a cluster needs from fsconn's
//! `[[node]]` tables, so the nodes are listed in one place.

use super::Global;
use crate::error::{Error, Result};
use clap::{Args, Subcommand};
use fsconn_core::nodes::dispatcher_list;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum ClusterCmd {
    /// Kamailio's dispatcher.list from the [[node]] tables (set 1, one line
    /// per node with a `sip` address); reload it with `kamcmd dispatcher.reload`
    DispatcherList(DispatcherListArgs),
}

#[derive(Debug, Args)]
pub struct DispatcherListArgs {
    /// Write the list to FILE (atomically) instead of printing it
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

pub fn run(g: &Global, cmd: ClusterCmd) -> Result<i32> {
    match cmd {
        ClusterCmd::DispatcherList(a) => dispatcher(g, a),
    }
}

fn dispatcher(g: &Global, a: DispatcherListArgs) -> Result<i32> {
    if g.server.is_some() {
        return Err(Error::Input(
            "cluster dispatcher-list reads this machine's fsconn.toml; run it where fsconn serve runs"
                .into(),
        ));
    }
    let settings = g.settings()?;
    if !settings.is_cluster() {
        return Err(Error::Input(
            "no [[node]] tables in the settings: fsconn is in file mode (one switch), there is no dispatcher list"
                .into(),
        ));
    }
    let list = dispatcher_list(&settings.nodes);
    let routed = list.lines().filter(|l| !l.starts_with('#')).count();
    if routed == 0 {
        return Err(Error::Input(
            "no node has a `sip` address: Kamailio would have nowhere to send calls".into(),
        ));
    }
    match a.out {
        Some(path) => {
            crate::fsio::write_atomic(&path, list.as_bytes())?;
            if !g.quiet {
                crate::outln!(
                    "{}: written ({routed} of {} nodes routed)",
                    path.display(),
                    settings.nodes.len()
                );
            }
        }
        None => super::output::bytes(list.as_bytes()).map_err(|e| Error::io("stdout", e))?,
    }
    Ok(0)
}
