//! `fsconn doctor`: checks the switch, its configuration and fsconn's files,
//! each failure with a fix; locally (files + event socket) or, with
//! `--server`, as the server sees it (`GET /api/doctor`).

use super::{output, Backend, Global};
use crate::error::Result;
use crate::ops::doctor::local_report;
use serde_json::Value;

pub fn run(g: &Global) -> Result<i32> {
    let v = match g.backend()? {
        Backend::Remote(r) => r.get("/api/doctor")?,
        Backend::Local(ops) => local_report(&ops.settings),
    };
    if g.json {
        output::json(&v);
    } else if !g.quiet {
        print_table(&v);
    }
    Ok(if v["ok"] == Value::Bool(true) { 0 } else { 1 })
}

fn print_table(v: &Value) {
    let empty = Vec::new();
    for c in v["checks"].as_array().unwrap_or(&empty) {
        let ok = c["ok"] == Value::Bool(true);
        let name = c["name"].as_str().unwrap_or("");
        let detail = c["detail"].as_str().unwrap_or("");
        crate::outln!("{} {name:<14} {detail}", if ok { "ok  " } else { "FAIL" });
        if !ok {
            crate::outln!("     {:<14} fix: {}", "", c["fix"].as_str().unwrap_or(""));
        }
    }
}
