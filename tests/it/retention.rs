//! Recordings are kept as long as the retention policy says: old ones go,
//! the total size is honoured oldest first, a dry run removes nothing, and
//! `fsconn serve` applies the policy by itself.

use crate::harness::*;
use std::time::{Duration, SystemTime};

const DAY: u64 = 86400;

/// `name` with `size` bytes, last modified `age_days` ago.
fn recording(env: &TestEnv, name: &str, size: usize, age_days: u64) {
    let p = env.path("recordings").join(name);
    std::fs::write(&p, vec![0u8; size]).unwrap();
    let f = std::fs::File::options().write(true).open(&p).unwrap();
    f.set_modified(SystemTime::now() - Duration::from_secs(age_days * DAY))
        .unwrap();
}

fn files(env: &TestEnv) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(env.path("recordings"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    v.sort();
    v
}

fn setup(policy: &str) -> TestEnv {
    let env = TestEnv::new();
    env.write_settings(policy);
    recording(&env, "team_g722-2020-01-01T10:00:00.000Z.wav", 1000, 400);
    recording(&env, "friends_opus-2020-02-01T10:00:00.000Z.wav", 1000, 370);
    recording(&env, "team_g722-2026-09-01T10:00:00.000Z.wav", 3000, 80);
    recording(&env, "public_g722-2026-10-01T10:00:00.000Z.wav", 3000, 50);
    recording(&env, "team_g722-2026-11-01T10:00:00.000Z.wav", 3000, 20);
    // Being written right now: never pruned.
    recording(&env, "team_g722-2026-11-29T10:00:00.000Z.wav", 3000, 0);
    env
}

fn pruned(v: &serde_json::Value) -> Vec<(String, String)> {
    v["done"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["file"].as_str().unwrap().to_string(),
                f["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn old_recordings_go_and_the_total_size_is_honoured_oldest_first() {
    let env = setup("[retention]\nmax_age_days = 365\nmax_total_size = \"9K\"");
    let before = files(&env);
    let dry = env
        .cmd()
        .args(["recordings", "prune", "--dry-run", "--json"])
        .run()
        .json();
    let expected = vec![
        (
            "team_g722-2020-01-01T10:00:00.000Z.wav".to_string(),
            "max_age".to_string(),
        ),
        (
            "friends_opus-2020-02-01T10:00:00.000Z.wav".into(),
            "max_age".into(),
        ),
        // 12,000 bytes left > 9,216: the oldest one goes, then 9,000 fit.
        (
            "team_g722-2026-09-01T10:00:00.000Z.wav".into(),
            "max_total_size".into(),
        ),
    ];
    assert_eq!(pruned(&dry), expected);
    assert_eq!(dry["dry_run"], true);
    assert_eq!(files(&env), before, "a dry run removes nothing");
    assert!(
        !env.path("static/audit.log").exists(),
        "a dry run is not a write"
    );

    let out = env.cmd().args(["recordings", "prune"]).run();
    out.ok();
    assert!(
        out.stdout.contains("3 recordings removed"),
        "{}",
        out.stdout
    );
    assert_eq!(
        files(&env),
        [
            "public_g722-2026-10-01T10:00:00.000Z.wav",
            "team_g722-2026-11-01T10:00:00.000Z.wav",
            "team_g722-2026-11-29T10:00:00.000Z.wav",
        ]
    );
    let audit = std::fs::read_to_string(env.path("static/audit.log")).unwrap();
    assert_eq!(audit.lines().count(), 1, "{audit}");
    assert!(
        audit.contains("\"what\":\"api/recordings/prune\""),
        "{audit}"
    );

    // Within the policy now: nothing more goes.
    let again = env
        .cmd()
        .args(["recordings", "prune", "--json"])
        .run()
        .json();
    assert_eq!(pruned(&again), vec![]);
}

#[test]
fn the_size_limit_never_takes_a_recording_in_progress() {
    let env = setup("[retention]\nmax_total_size = 100");
    env.cmd().args(["recordings", "prune"]).run().ok();
    assert_eq!(files(&env), ["team_g722-2026-11-29T10:00:00.000Z.wav"]);
}

#[test]
fn without_a_policy_prune_says_what_to_set() {
    let env = setup("");
    let out = env.cmd().args(["recordings", "prune"]).run();
    out.code(2);
    assert!(
        out.stderr.contains("retention.max_age_days"),
        "{}",
        out.stderr
    );
    let bad = TestEnv::new();
    bad.write_settings("[retention]\nmax_total_size = \"lots\"");
    let out = bad.cmd().args(["recordings", "prune"]).run();
    out.code(2);
    assert!(out.stderr.contains("not a size"), "{}", out.stderr);
}

#[test]
fn serve_applies_the_policy_and_prune_works_remotely() {
    let env = setup("[retention]\nmax_age_days = 365");
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let gone = |env: &TestEnv| files(env).len() == 4;
    for _ in 0..100 {
        if gone(&env) {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        gone(&env),
        "serve did not prune at start: {:?}",
        files(&env)
    );
    // The audit line follows the removals: wait for it too.
    let audit = || std::fs::read_to_string(env.path("static/audit.log")).unwrap_or_default();
    for _ in 0..100 {
        if audit().contains("\"user\":\"fsconn serve\"") {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let audit = audit();
    assert!(audit.contains("\"user\":\"fsconn serve\""), "{audit}");

    // Remotely: a dry run through the API, then the real one.
    recording(&env, "team_g722-2019-01-01T10:00:00.000Z.wav", 10, 800);
    let url = format!("http://{}", serve.addr);
    let dry = env
        .cmd()
        .args(["--server", &url, "--user", "defaultuser:napw"])
        .args(["recordings", "prune", "--dry-run", "--json"])
        .run()
        .json();
    assert_eq!(
        pruned(&dry),
        vec![(
            "team_g722-2019-01-01T10:00:00.000Z.wav".to_string(),
            "max_age".to_string()
        )]
    );
    assert_eq!(files(&env).len(), 5);
    env.cmd()
        .args(["--server", &url, "--user", "defaultuser:napw"])
        .args(["recordings", "prune"])
        .run()
        .ok();
    assert_eq!(files(&env).len(), 4);
    let audit = std::fs::read_to_string(env.path("static/audit.log")).unwrap();
    assert!(
        audit
            .lines()
            .last()
            .unwrap()
            .contains("\"user\":\"defaultuser\""),
        "{audit}"
    );
}
