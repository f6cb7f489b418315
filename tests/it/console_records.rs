//! The console's Recordings and Audit views in real Chromium
//! (tests/browser/records_audit_test.py) against a real `serve` + `sim`:
//! recordings newest first with durations, the filters, the running one's
//! time advancing, several deleted at once; the audit log filtered by user.

use crate::harness::*;
use serde_json::json;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// A mono 8 kHz PCM WAV of `secs` seconds of silence.
fn wav(secs: u32) -> Vec<u8> {
    let data_len = 8000 * 2 * secs;
    let mut v = Vec::new();
    v.extend_from_slice(b"RIFF");
    v.extend_from_slice(&(36 + data_len).to_le_bytes());
    v.extend_from_slice(b"WAVEfmt ");
    v.extend_from_slice(&16u32.to_le_bytes());
    v.extend_from_slice(&1u16.to_le_bytes()); // PCM
    v.extend_from_slice(&1u16.to_le_bytes()); // mono
    v.extend_from_slice(&8000u32.to_le_bytes());
    v.extend_from_slice(&16000u32.to_le_bytes());
    v.extend_from_slice(&2u16.to_le_bytes());
    v.extend_from_slice(&16u16.to_le_bytes());
    v.extend_from_slice(b"data");
    v.extend_from_slice(&data_len.to_le_bytes());
    v.resize(v.len() + data_len as usize, 0);
    v
}

fn need(path: &str, package: &str) {
    assert!(
        Path::new(path).exists(),
        "{path} is missing: apt-get install {package} (see .ci/run)"
    );
}

#[test]
fn recordings_and_audit_work_in_a_real_browser() {
    need("/usr/bin/chromium", "chromium");
    need("/usr/bin/chromedriver", "chromium-driver");
    need(
        "/usr/lib/python3/dist-packages/selenium",
        "python3-selenium",
    );
    let env = TestEnv::new();
    for (name, secs) in [
        ("team_g722-2021-08-30T08:00:00.000Z.wav", 10),
        ("team_g722-2021-08-31T12:09:15.578Z.wav", 2),
        ("friends_opus-2021-09-01T10:00:00.000Z.wav", 65),
    ] {
        std::fs::write(env.path("recordings").join(name), wav(secs)).unwrap();
    }
    // CLI writes by two OS users, one of them refused.
    for (user, name) in [("alice", "aliceuser"), ("bob", "bobuser")] {
        let body = json!([{"name": name, "email": format!("{name}@example.com"),
                           "context": "friends", "password": format!("{user}Secret99")}]);
        env.cmd()
            .env("SUDO_USER", "")
            .env("USER", user)
            .args(["users", "add", "--file", "-"])
            .stdin(body.to_string())
            .run()
            .ok();
    }
    env.cmd()
        .env("SUDO_USER", "")
        .env("USER", "bob")
        .args(["users", "del", "--yes", "29999"])
        .run()
        .code(1);
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    for _ in 0..200 {
        if env
            .sim_commands()
            .iter()
            .any(|c| c == "api sofia status profile internal reg")
        {
            break;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shots = match std::env::var_os("FSCONN_SCREENSHOTS") {
        Some(d) => root.join(d),
        None => root.join("target/console-screenshots"),
    };
    let script = root.join("tests/browser/records_audit_test.py");
    let out = Command::new("/usr/bin/python3")
        .arg(script)
        .arg(format!("http://{}", serve.addr))
        .arg(&sim.addr)
        .arg(env.path("recordings"))
        .arg(shots)
        .output()
        .expect("run the browser test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    assert!(
        out.status.success() && stdout.contains(" passed, 0 failed"),
        "browser test failed:\n{stdout}\n{stderr}"
    );
}
