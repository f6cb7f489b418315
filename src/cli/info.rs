//! `fsconn info [--state]`

use super::{output, Global};
use crate::error::Result;
use crate::esl::client::blocking_api;
use crate::ops::info::{self, Meta};
use std::time::Duration;

pub fn run(g: &Global, state_too: bool) -> Result<i32> {
    let ops = g.ops()?;
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
            eprintln!("note: globals from vars.xml, FreeSWITCH could not be asked ({e})");
            info::globals_from_vars(&state)
        }
    };
    let meta = Meta::default();
    let v = if state_too {
        info::info_state(&meta, &globals, &state, &ops.settings)
    } else {
        info::info(&meta, &globals)
    };
    if g.json {
        output::json(&v);
    } else {
        match serde_json::to_string_pretty(&v) {
            Ok(s) => println!("{s}"),
            Err(e) => eprintln!("error: {e}"),
        }
    }
    Ok(0)
}
