//! The users the load benches add before measuring (benches/http_load.rs,
//! benches/xml_curl_load.rs): one place, so both measure the same kind of
//! directory. Included with `#[path = "common/tree.rs"] mod tree;`.

use serde_json::{json, Value};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

/// `n` users for `users add --file`, spread over the three contexts, with
/// the password `loadpw` + the index in `width` digits (what the load
/// clients log in with).
fn items(n: usize, width: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            json!({
                "name": format!("load{i}"),
                "email": format!("load{i}@example.com"),
                "context": (["team", "friends", "public"][i % 3]),
                "password": format!("loadpw{i:0width$}"),
            })
        })
        .collect()
}

/// Adds `n` users with `fsconn --no-reload --quiet users add --file ...
/// --json` (`cmd`: the bench's fsconn, already pointed at its settings) in
/// `dir`; the ids of the answer's `done` items.
pub fn add_users(mut cmd: Command, dir: &Path, n: usize, width: usize) -> Vec<String> {
    let body = serde_json::to_vec(&items(n, width)).expect("json");
    std::fs::write(dir.join("body.json"), body).expect("write body.json");
    let t = Instant::now();
    let out = cmd
        .args([
            "--no-reload",
            "--quiet",
            "users",
            "add",
            "--file",
            "body.json",
            "--json",
        ])
        .stdin(Stdio::null())
        .output()
        .expect("run fsconn users add");
    assert!(
        out.status.success(),
        "users add failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let answer: Value = serde_json::from_slice(&out.stdout).expect("users add --json");
    let ids: Vec<String> = answer["done"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|u| u["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(ids.len(), n, "not every user was added");
    eprintln!(
        "setup: added {n} users with the CLI in {:.0} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    ids
}
