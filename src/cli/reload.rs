//! `reloadxml` after a CLI write, over FreeSWITCH's event socket: the
//! `[esl]` switch, or every `[[node]]` of a cluster (each reads the same
//! files, so each must reload them; registration flushes go to every node,
//! since a phone may be registered with any).

use crate::esl::client::{blocking_api, reloadxml_blocking};
use crate::ops::{ReloadUnavailable, Reloader};
use crate::settings::Settings;
use std::time::Duration;

pub struct EslReloader {
    /// `(node name, address, password)`; no name in file mode.
    switches: Vec<(Option<String>, String, String)>,
    timeout: Duration,
}

impl EslReloader {
    pub fn boxed(s: &Settings) -> Box<dyn Reloader> {
        let switches = if s.nodes.is_empty() {
            vec![(None, s.esl_addr(), s.esl_password.clone())]
        } else {
            s.nodes
                .iter()
                .map(|n| {
                    (
                        Some(n.name.to_string()),
                        n.esl_addr(),
                        n.esl_password.clone(),
                    )
                })
                .collect()
        };
        Box::new(EslReloader {
            switches,
            timeout: Duration::from_secs(s.esl_timeout.max(1)),
        })
    }

    /// `ask` on every switch: the first reply that is not `+OK` (named by
    /// its node), else the first reply. Nodes that cannot be reached are
    /// warned about (a FreeSWITCH that starts reads the files anyway; a
    /// running `fsconn serve` reloads a node when it reconnects); none
    /// reachable is unavailable.
    fn on_every_switch(
        &self,
        cmd: &str,
        ask: impl Fn(&str, &str) -> Result<String, String>,
    ) -> Result<String, ReloadUnavailable> {
        let mut first_ok = None;
        let mut unreachable = Vec::new();
        for (name, addr, password) in &self.switches {
            let label = |t: &str| match name {
                Some(n) => format!("node {n}: {t}"),
                None => t.to_string(),
            };
            match ask(addr, password) {
                Ok(reply) if !reply.starts_with("+OK") => return Ok(label(&reply)),
                Ok(reply) => {
                    first_ok.get_or_insert(reply);
                }
                Err(e) => unreachable.push(label(&format!("event socket {addr}: {e}"))),
            }
        }
        match first_ok {
            None => Err(ReloadUnavailable(unreachable.join("; "))),
            Some(reply) => {
                for why in unreachable {
                    crate::errln!("warning: {cmd} not sent: {why}");
                }
                Ok(reply)
            }
        }
    }
}

impl Reloader for EslReloader {
    fn reloadxml(&self) -> Result<String, ReloadUnavailable> {
        // Every failure to get an answer (refused, wrong password, timeout)
        // means the same to the caller: the change is on disk, not applied.
        self.on_every_switch("reloadxml", |addr, password| {
            reloadxml_blocking(addr, password, self.timeout).map_err(|e| e.to_string())
        })
    }

    fn global(&self, name: &str) -> Option<String> {
        self.switches.iter().find_map(|(_, addr, password)| {
            let v = blocking_api(
                addr,
                password,
                &format!("global_getvar {name}"),
                self.timeout,
            )
            .ok()?;
            let v = v.trim_end();
            (!v.is_empty() && !v.starts_with("-ERR")).then(|| v.to_string())
        })
    }

    fn api(&self, cmd: &str) -> Result<String, ReloadUnavailable> {
        self.on_every_switch(cmd, |addr, password| {
            blocking_api(addr, password, cmd, self.timeout).map_err(|e| e.to_string())
        })
    }
}
