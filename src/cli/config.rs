//! `fsconn config`: the effective settings and where each came from.

use super::{output, Global};
use crate::error::Result;
use serde_json::json;

pub fn run(g: &Global) -> Result<i32> {
    let s = g.settings()?;
    let rows = s.describe();
    if g.json {
        let v: Vec<_> = rows
            .iter()
            .map(|(k, v, src)| json!({ "key": k, "value": v, "source": src.to_string() }))
            .collect();
        output::json(&json!({ "op": "config", "settings": v }));
    } else if !g.quiet {
        let mut t = output::table(&["setting", "value", "from"]);
        for (k, v, src) in rows {
            t.add_row([k.to_string(), v, src.to_string()]);
        }
        crate::outln!("{t}");
    }
    Ok(0)
}
