//! `fsconn --server URL --user NAME:PW ...` runs the same commands against a
//! `fsconn serve`, with the same output and exit codes.

use crate::harness::*;
use serde_json::Value;

#[test]
fn remote_mode_prints_what_local_mode_prints() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let url = format!("http://{}", serve.addr);
    let remote = |args: &[&str]| {
        env.cmd()
            .args(["--server", &url, "--user", "defaultuser:napw"])
            .args(args)
            .run()
    };

    let local = env.cmd().args(["users", "list", "--json"]).run();
    let r = remote(&["users", "list", "--json"]);
    r.ok();
    assert_eq!(r.stdout, local.stdout);
    for args in [
        vec!["conferences", "list", "--json"],
        vec!["users", "find", "byname", "def", "--json"],
        vec!["conferences", "find", "bytype", "48kHz-video", "--json"],
    ] {
        assert_eq!(
            remote(&args).stdout,
            env.cmd().args(&args).run().stdout,
            "{args:?}"
        );
    }

    let add = remote(&[
        "users",
        "add",
        "--json",
        "--name",
        "remo te",
        "--email",
        "r@example.com",
        "--context",
        "friends",
        "--password",
        "remotepw123",
    ]);
    add.ok();
    let a = add.json();
    assert_eq!(a["op"], "users/add");
    assert_eq!(a["done"][0]["id"], "21001");
    assert_eq!(a["done"][0]["name"], "remo te");
    assert!(env.conf("directory/friends/21001.xml").exists());
    // The same item failing the same way, with the same exit code.
    let again = remote(&[
        "users",
        "add",
        "--json",
        "--name",
        "remo te",
        "--email",
        "r@example.com",
        "--context",
        "friends",
    ]);
    again.code(1);
    assert_eq!(again.json()["failed"][0]["error"], "name already taken");
    let local_again = env
        .cmd()
        .args([
            "users",
            "add",
            "--json",
            "--name",
            "remo te",
            "--email",
            "r@example.com",
            "--context",
            "friends",
        ])
        .run();
    assert_eq!(local_again.code, 1);
    assert_eq!(local_again.json()["failed"], again.json()["failed"]);

    let del = remote(&["users", "del", "21001", "--yes", "--json"]);
    del.ok();
    assert_eq!(del.json()["done"][0]["id"], "21001");
    assert!(!env.conf("directory/friends/21001.xml").exists());
    let gone = remote(&["users", "del", "21001", "--yes", "--json"]);
    gone.code(1);
    assert_eq!(gone.json()["failed"][0]["error"], "no userid 21001");

    // Schema violations are refused before anything is sent (exit 2).
    let bad = env
        .cmd()
        .args([
            "--server",
            &url,
            "--user",
            "defaultuser:napw",
            "users",
            "add",
            "--file",
            "-",
        ])
        .stdin("[{\"name\":1}]")
        .run();
    bad.code(2);
    let info: Value = remote(&["info", "--json"]).json();
    assert_eq!(info["op"], "info");
    let store = remote(&["store", "directory", "--json"]);
    store.ok();
    assert_eq!(store.json()["op"], "store/directory");
}

#[test]
fn wrong_logins_and_unreachable_servers_fail_cleanly() {
    let env = TestEnv::new();
    let serve = env.start_serve("127.0.0.1:1");
    let url = format!("http://{}", serve.addr);
    for (user, needle) in [
        ("defaultuser:wrong", "refused the login"),
        ("frienduser:napw", "not a team user"),
    ] {
        let out = env
            .cmd()
            .args(["--server", &url, "--user", user, "users", "list"])
            .run();
        assert_ne!(out.code, 0);
        assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
        assert!(out.stderr.contains(needle), "{}", out.stderr);
        assert!(out.stdout.is_empty());
    }
    // Nothing listens on port 1.
    let out = env
        .cmd()
        .args([
            "--server",
            "http://127.0.0.1:1",
            "--user",
            "defaultuser:napw",
            "users",
            "list",
        ])
        .run();
    out.code(4);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("cannot reach the fsconn server"),
        "{}",
        out.stderr
    );
    // No password and no terminal: a clear usage error.
    let out = env
        .cmd()
        .args(["--server", &url, "--user", "defaultuser", "users", "list"])
        .run();
    out.code(2);
    assert!(out.stderr.contains("PASSWORD"), "{}", out.stderr);
    // The environment works as well as the flags.
    let out = env
        .cmd()
        .env("FSCONN_SERVER", &url)
        .env("FSCONN_USER", "defaultuser:napw")
        .args(["users", "list", "--json"])
        .run();
    out.ok();
    assert_eq!(out.json()["op"], "users");
}
