//! An admin manages dialplan conferences from the shell.

use crate::harness::*;
use serde_json::json;

#[test]
fn conferences_are_added_modded_and_deleted_with_the_original_failure_texts() {
    let env = TestEnv::new();
    let body = json!([
        {"name": "board", "type": "48kHz-video", "context": "team"},
        {"name": "club", "type": "16kHz-novideo", "context": "friends"},
        {"name": "team_g722", "type": "16kHz-novideo", "context": "team"},
        {"name": "x", "type": "8kHz", "context": "team"},
        {"name": "y", "type": "16kHz-novideo", "context": "nowhere"},
        {"name": "with space", "type": "16kHz-novideo", "context": "public"},
    ]);
    let out = env
        .cmd()
        .args(["conferences", "add", "--file", "-", "--json"])
        .stdin(body.to_string())
        .run();
    out.code(1);
    let a = out.json();
    assert_eq!(a["op"], "conferences/add");
    assert_eq!(
        a["done"],
        json!([
            {"num": "30002", "type": "48kHz-video", "context": "team", "name": "board"},
            {"num": "31001", "type": "16kHz-novideo", "context": "friends", "name": "club"},
        ])
    );
    assert_eq!(keys(&a["done"][0]), ["num", "type", "context", "name"]);
    let errs: Vec<&str> = a["failed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["error"].as_str().unwrap())
        .collect();
    assert_eq!(
        errs[..3],
        [
            "name already taken",
            "type not implementet",
            "context does not exist"
        ]
    );
    assert!(errs[3].contains("'_' instead of spaces"), "{}", errs[3]);
    assert_eq!(a["failed"][1]["conference"], body[3]);

    let file = std::fs::read_to_string(env.conf("dialplan/conferences/30002.xml")).unwrap();
    assert!(
        file.contains(r#"data="board@48kHz-video+${conpin}+flags{${conf_flags}}""#),
        "{file}"
    );
    assert!(
        file.contains("absolute_codec_string=OPUS,G722,PCMU,PCMA,VP8"),
        "{file}"
    );
    python_xml_check(&[env.conf("dialplan/conferences/30002.xml")]).unwrap();

    // mod: rename in place, then move to public (new number).
    let out = env
        .cmd()
        .args(["conferences", "mod", "31001", "--name", "club2", "--json"])
        .run();
    out.ok();
    assert_eq!(out.json()["op"], "conferences/mod");
    assert_eq!(
        out.json()["done"][0],
        json!({"num": "31001", "name": "club2", "type": "16kHz-novideo", "context": "friends"})
    );
    let out = env
        .cmd()
        .args([
            "conferences",
            "mod",
            "31001",
            "--context",
            "public",
            "--json",
        ])
        .run();
    out.ok();
    assert_eq!(out.json()["done"][0]["num"], "32001");
    assert!(!env.conf("dialplan/conferences/31001.xml").exists());
    assert!(env.conf("dialplan/conferences/32001.xml").exists());
    let out = env
        .cmd()
        .args([
            "conferences",
            "mod",
            "32001",
            "--name",
            "team_g722",
            "--json",
        ])
        .run();
    out.code(1);
    assert_eq!(out.json()["failed"][0]["error"], "name already taken");
    let out = env
        .cmd()
        .args(["conferences", "mod", "32001", "--type", "nope", "--json"])
        .run();
    assert_eq!(out.json()["failed"][0]["error"], "type not implementet");

    // del
    let before = env.snapshot();
    let out = env
        .cmd()
        .args(["conferences", "del", "39999", "--yes", "--json"])
        .run();
    out.code(1);
    assert_eq!(
        out.json()["failed"][0],
        json!({"error": "no conference 39999", "conference": {"num": "39999"}})
    );
    assert_eq!(env.snapshot(), before);
    env.cmd()
        .args(["conferences", "del", "32001", "30002", "--yes"])
        .run()
        .ok();
    assert!(!env.conf("dialplan/conferences/32001.xml").exists());
    assert!(!env.conf("dialplan/conferences/30002.xml").exists());
}

#[test]
fn list_and_find_have_the_api_shapes() {
    let env = TestEnv::new();
    let l = env
        .cmd()
        .args(["conferences", "list", "--json"])
        .run()
        .json();
    assert_eq!(
        l["info"],
        json!({"total": 4, "contexts": {"team": 2, "friends": 1, "public": 1}, "types": ["16kHz-novideo", "48kHz-video"]})
    );
    assert_eq!(
        l["conferences"][0],
        json!({"num": "30000", "name": "team_g722", "type": "16kHz-novideo", "context": "team"})
    );
    let f = env
        .cmd()
        .args(["conferences", "find", "bytype", "48", "--json"])
        .run()
        .json();
    assert_eq!(f["op"], "conferences/bytype/48");
    assert_eq!(f["conferences"].as_array().unwrap().len(), 1);
    let f = env
        .cmd()
        .args(["conferences", "find", "bynum", "3", "--json"])
        .run()
        .json();
    assert_eq!(f["conferences"].as_array().unwrap().len(), 4);
    let f = env
        .cmd()
        .args(["conferences", "find", "bycontext", "public", "--json"])
        .run()
        .json();
    assert_eq!(f["conferences"][0]["name"], "public_g722");
    let f = env
        .cmd()
        .args(["conferences", "find", "byname", "team", "--json"])
        .run()
        .json();
    assert_eq!(f["conferences"].as_array().unwrap().len(), 2);
}

#[test]
fn an_empty_array_answers_empty_and_writes_nothing() {
    let env = TestEnv::new();
    let before = env.snapshot();
    let out = env
        .cmd_with_reload()
        .args(["conferences", "add", "--file", "-", "--json"])
        .stdin("[]")
        .run();
    out.ok();
    assert_eq!(
        out.json(),
        json!({"op": "conferences/add", "done": [], "failed": []})
    );
    assert_eq!(env.snapshot(), before);
}
