//! `fsconn info [--state]`

use super::{output, Backend, Global};
use crate::error::Result;
use crate::esl::client::blocking_api;
use crate::ops::info::{self, Meta};
use std::time::Duration;

pub fn run(g: &Global, state_too: bool) -> Result<i32> {
    let ops = match g.backend()? {
        Backend::Local(ops) => ops,
        Backend::Remote(r) => {
            let v = r.get(if state_too {
                "/api/info/state"
            } else {
                "/api/info"
            })?;
            print(g, &v);
            return Ok(0);
        }
    };
    let state = ops.state()?;
    output::load_warnings(&state);
    let timeout = Duration::from_secs(ops.settings.esl_timeout.max(1));
    let globals = match blocking_api(
        &ops.settings.esl_addr(),
        &ops.settings.esl_password,
        "global_getvar",
        timeout,
    ) {
        Ok(text) => info::parse_globals(&text),
        Err(e) => {
            crate::errln!("note: globals from vars.xml, FreeSWITCH could not be asked ({e})");
            info::globals_from_vars(&state)
        }
    };
    let meta = Meta::with_last_reload(&ops.settings.conf_dir);
    if state_too {
        print(g, &info::info_state(&meta, &globals, &state, &ops.settings));
    } else {
        print(g, &info::info(&meta, &globals));
    }
    Ok(0)
}

fn print(g: &Global, v: &impl serde::Serialize) {
    if g.json {
        output::json(v);
    } else if !g.quiet {
        match serde_json::to_string_pretty(v) {
            Ok(s) => crate::outln!("{s}"),
            Err(e) => crate::errln!("error: {e}"),
        }
    }
}
