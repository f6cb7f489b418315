//! `fsconn config` tells where every setting came from.

use crate::harness::*;

#[test]
fn config_shows_values_and_their_sources() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["config", "--json", "--esl", "127.0.0.1:9999"])
        .env("RECPATH", "/srv/rec")
        .run();
    out.ok();
    let v = out.json();
    let find = |k: &str| {
        v["settings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["key"] == k)
            .unwrap()
            .clone()
    };
    assert_eq!(find("esl.port")["value"], "9999");
    assert_eq!(find("esl.port")["source"], "flag --esl");
    assert_eq!(find("recordings_dir")["value"], "/srv/rec");
    assert_eq!(find("recordings_dir")["source"], "env RECPATH");
    assert!(find("conf_dir")["source"]
        .as_str()
        .unwrap()
        .starts_with("file "));
    assert_eq!(find("body_limit")["source"], "default");
}

#[test]
fn a_bad_settings_file_is_a_usage_error() {
    let env = TestEnv::new();
    std::fs::write(env.path("fsconn.toml"), "conf_dir = 5\n").unwrap();
    let out = env.cmd().args(["users", "list"]).run();
    out.code(2);
    assert!(out.stderr.contains("fsconn.toml"), "{}", out.stderr);
    std::fs::write(env.path("fsconn.toml"), "conf_dir = \"nope\"\n").unwrap();
    let out = env.cmd().args(["users", "list"]).run();
    out.code(2);
    assert!(out.stderr.contains("does not exist"), "{}", out.stderr);
}
