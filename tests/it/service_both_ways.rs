//! Each command is written once over the service interface: the same
//! command line works on the local files and against a `fsconn serve`, with
//! the same JSON and exit status, including commands that used to be
//! local-only (restore).

use crate::harness::*;

#[test]
fn the_same_commands_answer_the_same_locally_and_remotely() {
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
    for args in [
        vec![
            "users",
            "find",
            "match",
            "user",
            "--json",
            "--show-passwords",
        ],
        vec!["users", "find", "byemail", "example", "--json"],
        vec!["recordings", "list", "--json"],
        vec!["recordings", "find", "2021", "--json"],
    ] {
        let r = remote(&args);
        r.ok();
        assert_eq!(r.stdout, env.cmd().args(&args).run().stdout, "{args:?}");
    }
    // A failed item reads back as the documented text, same exit status.
    for out in [
        remote(&["users", "mod", "--json", "29999", "--name", "x"]),
        env.cmd()
            .args(["users", "mod", "--json", "29999", "--name", "x"])
            .run(),
    ] {
        out.code(1);
        let a = out.json();
        assert_eq!(a["failed"][0]["error"], "no userid 29999", "{a}");
        assert_eq!(a["failed"][0]["user"]["id"], "29999", "{a}");
    }
    let rebuilt = remote(&["users", "rebuild", "--json"]);
    rebuilt.ok();
    assert_eq!(rebuilt.json()["op"], "users/rebuild");
    assert!(!rebuilt.json()["done"].as_array().unwrap().is_empty());
}

#[test]
fn restore_works_with_server_and_refuses_local_paths() {
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
    let stored = remote(&["store", "directory", "--json"]);
    stored.ok();
    assert_eq!(stored.json()["op"], "store/directory");
    let before = std::fs::read(env.conf("directory/team/20000.xml")).ok();
    let restored = remote(&["restore", "directory", "--yes", "--json"]);
    restored.ok();
    let a = restored.json();
    assert_eq!(a["op"], "restore/directory", "{a}");
    assert_eq!(a["failed"], "", "{a}");
    assert!(
        a["done"].as_str().unwrap().ends_with("directory.tar.gz"),
        "{a}"
    );
    assert_eq!(
        std::fs::read(env.conf("directory/team/20000.xml")).ok(),
        before
    );
    // --from and --output name local files: usage errors with --server.
    remote(&["restore", "directory", "--yes", "--from", "/tmp/x.tar.gz"]).code(2);
    remote(&["store", "directory", "--output", "/tmp/x.tar.gz"]).code(2);
}
