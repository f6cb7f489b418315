//! `reloadxml` after a CLI write, over FreeSWITCH's event socket.

use crate::esl::client::{blocking_api, reloadxml_blocking};
use crate::ops::{ReloadUnavailable, Reloader};
use crate::settings::Settings;
use std::time::Duration;

pub struct EslReloader {
    addr: String,
    password: String,
    timeout: Duration,
}

impl EslReloader {
    pub fn boxed(s: &Settings) -> Box<dyn Reloader> {
        Box::new(EslReloader {
            addr: s.esl_addr(),
            password: s.esl_password.clone(),
            timeout: Duration::from_secs(s.esl_timeout.max(1)),
        })
    }
}

impl Reloader for EslReloader {
    fn reloadxml(&self) -> Result<String, ReloadUnavailable> {
        // Every failure to get an answer (refused, wrong password, timeout)
        // means the same to the caller: the change is on disk, not applied.
        reloadxml_blocking(&self.addr, &self.password, self.timeout)
            .map_err(|e| ReloadUnavailable(format!("event socket {}: {e}", self.addr)))
    }

    fn global(&self, name: &str) -> Option<String> {
        let v = crate::esl::client::blocking_api(
            &self.addr,
            &self.password,
            &format!("global_getvar {name}"),
            self.timeout,
        )
        .ok()?;
        let v = v.trim_end();
        (!v.is_empty() && !v.starts_with("-ERR")).then(|| v.to_string())
    }

    fn api(&self, cmd: &str) -> Result<String, ReloadUnavailable> {
        blocking_api(&self.addr, &self.password, cmd, self.timeout)
            .map_err(|e| ReloadUnavailable(format!("event socket {}: {e}", self.addr)))
    }
}
