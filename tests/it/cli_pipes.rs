//! An admin's script pipes fsconn into `head`: the command ends quietly with
//! the exit status it would have had, whatever closes the pipe first.

use crate::harness::{TestEnv, BIN};
use serde_json::{json, Value};
use std::process::Command;

/// Enough users that every listing is far larger than a pipe buffer, so the
/// writer is certain to meet a closed pipe.
fn env_with_many_users() -> TestEnv {
    let env = TestEnv::new();
    let body: Vec<Value> = (0..600)
        .map(|i| json!({"name": format!("pipe{i}"), "email": format!("p{i}@example.com"), "context": "team"}))
        .collect();
    env.cmd()
        .args(["users", "add", "--file", "-", "--quiet"])
        .stdin(Value::from(body).to_string())
        .run()
        .ok();
    env
}

/// `fsconn ARGS | head -1` in a real shell: fsconn's own exit status, its
/// stderr, and what head printed.
fn piped(env: &TestEnv, args: &str) -> (i32, String, String) {
    let script = format!(
        "\"$0\" --config fsconn.toml --no-reload {args} 2>stderr.txt | head -1; exit ${{PIPESTATUS[0]}}"
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(script)
        .arg(BIN)
        .current_dir(env.path(""))
        .output()
        .unwrap();
    let stderr = std::fs::read_to_string(env.path("stderr.txt")).unwrap_or_default();
    (
        out.status.code().unwrap_or(-1),
        stderr,
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn listings_into_head_exit_zero_without_a_panic() {
    let env = env_with_many_users();
    for args in [
        "users list",
        "users list --json",
        "users find byname pipe",
        "conferences list",
        "man",
        "completions bash",
    ] {
        let (code, stderr, first) = piped(&env, args);
        assert_eq!(code, 0, "{args}: exit {code}, stderr: {stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
            "{args}: {stderr}"
        );
        assert!(!first.is_empty(), "{args}: head printed nothing");
    }
}

#[test]
fn a_closed_pipe_keeps_the_status_the_command_would_have_had() {
    let env = env_with_many_users();
    // Some items fail (unknown ids): status 1 with or without a reader.
    let ids: Vec<String> = (20000..20700).map(|i| i.to_string()).collect();
    let (code, stderr, _) = piped(&env, &format!("users del --yes {}", ids.join(" ")));
    assert_eq!(code, 1, "stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    // The deletes that could be done were done, although nobody read the table.
    let left = env.users();
    assert_eq!(left.len(), 2, "{left:?}");
}
