//! `fsconn info [--state]`

use super::{output, Backend, Global};
use crate::error::Result;
use crate::esl::client::blocking_api;
use crate::ops::info::{self, InfoReport, Meta};
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
    let s = &ops.settings;
    let timeout = Duration::from_secs(s.esl_timeout.max(1));
    let asked = blocking_api(&s.esl_addr(), &s.esl_password, "global_getvar", timeout);
    let (globals, not_asked) = info::globals_or_vars(asked, &state);
    if let Some(why) = not_asked.filter(|_| !g.quiet) {
        crate::errln!("note: globals from vars.xml, FreeSWITCH could not be asked ({why})");
    }
    let meta = Meta::with_last_reload(&s.conf_dir);
    let report = InfoReport::new(&meta, &globals, state_too.then_some(&state));
    print(g, &report);
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
