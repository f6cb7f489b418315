//! `fsconn info [--state]`: what `GET /api/info` (`/api/info/state`)
//! answers, from the local files and switch or from a server.

use super::{output, Global};
use crate::error::Result;

pub fn run(g: &Global, state_too: bool) -> Result<i32> {
    let report = g.backend()?.with(None, |svc| svc.info(state_too))?;
    if g.json {
        output::json(&report);
    } else if !g.quiet {
        match serde_json::to_string_pretty(&report) {
            Ok(s) => crate::outln!("{s}"),
            Err(e) => crate::errln!("error: {e}"),
        }
    }
    Ok(0)
}
