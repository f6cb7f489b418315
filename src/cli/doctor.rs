//! `fsconn doctor`: checks the switch, its configuration and fsconn's files,
//! each failure with a fix; locally (files + event socket) or, with
//! `--server`, as the server sees it (`GET /api/doctor`).

use super::{output, Global};
use crate::error::Result;
use crate::ops::doctor::Report;

pub fn run(g: &Global) -> Result<i32> {
    let report = g.backend()?.with(None, |svc| svc.doctor())?;
    if g.json {
        output::json(&report);
    } else if !g.quiet {
        print_table(&report);
    }
    Ok(if report.ok { 0 } else { 1 })
}

fn print_table(report: &Report) {
    for c in &report.checks {
        let flag = if c.ok { "ok  " } else { "FAIL" };
        crate::outln!("{flag} {:<14} {}", c.name, c.detail);
        if !c.ok {
            crate::outln!("     {:<14} fix: {}", "", c.fix);
        }
    }
}
