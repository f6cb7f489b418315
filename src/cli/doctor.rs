//! `fsconn doctor`: checks the switch, its configuration and fsconn's files,
//! each failure with a fix; locally (files + event socket) or, with
//! `--server`, as the server sees it (`GET /api/doctor`).

use super::{output, Backend, Global};
use crate::error::Result;
use crate::esl::client::BlockingApi;
use crate::ops::doctor::{self, SwitchApi};
use crate::settings::Settings;
use serde_json::Value;
use std::time::Duration;

/// The event socket, one short connection per question.
pub fn probe(s: &Settings) -> BlockingApi {
    BlockingApi {
        addr: s.esl_addr(),
        password: s.esl_password.clone(),
        timeout: Duration::from_secs(s.esl_timeout.max(1)),
    }
}

impl SwitchApi for BlockingApi {
    fn api(&self, command: &str) -> std::result::Result<String, String> {
        BlockingApi::api(self, command).map_err(|e| e.to_string())
    }
}

/// The report as JSON (what `GET /api/doctor` answers).
pub fn local_report(settings: &Settings) -> Value {
    let state = crate::fsconf::State::load(settings).ok();
    let report = doctor::run(settings, state.as_ref(), &probe(settings));
    serde_json::to_value(report).unwrap_or(Value::Null)
}

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
