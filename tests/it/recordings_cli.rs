//! Recordings are listed, found and deleted by name, and a name never
//! reaches outside the recordings dir.

use crate::harness::*;

fn setup() -> TestEnv {
    let env = TestEnv::new();
    let rec = env.path("recordings");
    for f in [
        "team_g722-2021-08-31T12:09:15.578Z.wav",
        "friends_opus-2021-08-31T12:10:00.000Z.wav",
        "public_g722-2021-08-31T12:11:00.000Z.wav",
    ] {
        std::fs::write(rec.join(f), b"RIFF").unwrap();
    }
    std::fs::write(env.path("outside.txt"), "keep me").unwrap();
    std::os::unix::fs::symlink(env.path("outside.txt"), rec.join("escape.wav")).unwrap();
    env
}

#[test]
fn list_find_and_the_friends_rule() {
    let env = setup();
    let all = env
        .cmd()
        .args(["recordings", "list", "--json"])
        .run()
        .json();
    assert_eq!(all["op"], "api/recordings");
    // The symlink that points outside is not a recording.
    assert_eq!(all["files"].as_array().unwrap().len(), 3, "{all}");
    let found = env
        .cmd()
        .args(["recordings", "find", "12:1", "--json"])
        .run()
        .json();
    assert_eq!(found["op"], "api/recordings/find/12:1");
    assert_eq!(found["files"].as_array().unwrap().len(), 2);
    let friends = env
        .cmd()
        .args(["recordings", "list", "--context", "friends", "--json"])
        .run()
        .json();
    let names: Vec<&str> = friends["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "friends_opus-2021-08-31T12:10:00.000Z.wav",
            "public_g722-2021-08-31T12:11:00.000Z.wav"
        ]
    );

    // friends cannot delete a team recording
    let out = env
        .cmd()
        .args([
            "recordings",
            "del",
            "--context",
            "friends",
            "--yes",
            "--json",
            "team_g722-2021-08-31T12:09:15.578Z.wav",
        ])
        .run();
    out.code(1);
    assert!(env
        .path("recordings/team_g722-2021-08-31T12:09:15.578Z.wav")
        .exists());
    // team can
    let out = env
        .cmd()
        .args([
            "recordings",
            "del",
            "--yes",
            "--json",
            "team_g722-2021-08-31T12:09:15.578Z.wav",
        ])
        .run();
    out.ok();
    assert_eq!(
        out.json()["done"][0],
        "team_g722-2021-08-31T12:09:15.578Z.wav"
    );
    assert!(!env
        .path("recordings/team_g722-2021-08-31T12:09:15.578Z.wav")
        .exists());
}

#[test]
fn traversal_names_are_refused_and_nothing_outside_is_touched() {
    let env = setup();
    for name in [
        "../outside.txt",
        "/etc/passwd",
        "a/../../outside.txt",
        "escape.wav",
        "..",
        "./escape.wav",
    ] {
        let out = env.cmd().args(["recordings", "path", name]).run();
        assert_ne!(out.code, 0, "{name:?} accepted: {}", out.stdout);
        assert!(out.stdout.is_empty());
        let out = env
            .cmd()
            .args(["recordings", "del", "--yes", "--json", name])
            .run();
        out.code(1);
        assert!(out.json()["failed"][0]["error"].is_string());
    }
    assert_eq!(
        std::fs::read_to_string(env.path("outside.txt")).unwrap(),
        "keep me"
    );
    assert!(std::fs::symlink_metadata(env.path("recordings/escape.wav")).is_ok());
    let p = env
        .cmd()
        .args([
            "recordings",
            "path",
            "public_g722-2021-08-31T12:11:00.000Z.wav",
        ])
        .run();
    p.ok();
    assert!(p
        .stdout
        .trim()
        .ends_with("recordings/public_g722-2021-08-31T12:11:00.000Z.wav"));
}
