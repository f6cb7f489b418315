//! An admin looks through the recordings: newest first, with the
//! conference, start time, duration (from the WAV header) and size, filtered
//! by conference and date, the one being recorded now marked as running; the
//! same in `fsconn recordings list` (locally and with `--server`) and the
//! API, while the original's clients keep getting `{op, files}`.

use crate::harness::*;
use crate::live_ws::esl;
use serde_json::{json, Value};
use std::time::Duration;

/// A mono 8 kHz 16-bit PCM WAV of `secs` seconds of a tone, as
/// FreeSWITCH records them.
fn wav(secs: f64) -> Vec<u8> {
    let rate = 8000u32;
    let n = (f64::from(rate) * secs) as u32;
    let data_len = n * 2;
    let mut v = Vec::new();
    v.extend_from_slice(b"RIFF");
    v.extend_from_slice(&(36 + data_len).to_le_bytes());
    v.extend_from_slice(b"WAVEfmt ");
    v.extend_from_slice(&16u32.to_le_bytes());
    v.extend_from_slice(&1u16.to_le_bytes()); // PCM
    v.extend_from_slice(&1u16.to_le_bytes()); // mono
    v.extend_from_slice(&rate.to_le_bytes());
    v.extend_from_slice(&(rate * 2).to_le_bytes());
    v.extend_from_slice(&2u16.to_le_bytes());
    v.extend_from_slice(&16u16.to_le_bytes());
    v.extend_from_slice(b"data");
    v.extend_from_slice(&data_len.to_le_bytes());
    for i in 0..n {
        let s = ((f64::from(i) * 0.3).sin() * 8000.0) as i16;
        v.extend_from_slice(&s.to_le_bytes());
    }
    v
}

const TEAM: &str = "team_g722-2021-08-31T12:09:15.578Z.wav";
const FRIENDS: &str = "friends_opus-2021-09-01T10:00:00.000Z.wav";

fn recordings(env: &TestEnv) {
    let rec = env.path("recordings");
    std::fs::write(rec.join(TEAM), wav(2.4)).unwrap();
    std::fs::write(rec.join(FRIENDS), wav(65.0)).unwrap();
    std::fs::write(rec.join("notes.txt"), b"not a recording's name").unwrap();
}

fn field<'a>(list: &'a Value, key: &str) -> Vec<&'a Value> {
    list["recordings"]
        .as_array()
        .unwrap_or_else(|| panic!("no recordings in {list}"))
        .iter()
        .map(|r| &r[key])
        .collect()
}

#[test]
fn the_cli_lists_newest_first_with_durations_and_filters() {
    let env = TestEnv::new();
    recordings(&env);
    let json_of = |args: &[&str]| {
        let out = env.cmd().args(["recordings", "list"]).args(args).run();
        out.ok();
        out.json()
    };
    // Without --details, --json is the original's answer.
    let plain = json_of(&["--json"]);
    assert_eq!(keys(&plain), ["op", "files"]);
    assert_eq!(
        plain["files"],
        json!([
            "friends_opus-2021-09-01T10:00:00.000Z.wav",
            "notes.txt",
            TEAM
        ])
    );

    let all = json_of(&["--json", "--details"]);
    assert_eq!(all["files"], plain["files"], "files stay as they were");
    // notes.txt has no time stamp: it counts from its mtime (now).
    assert_eq!(
        field(&all, "file"),
        [&json!("notes.txt"), &json!(FRIENDS), &json!(TEAM)]
    );
    assert_eq!(
        field(&all, "duration"),
        [&Value::Null, &json!(65.0), &json!(2.4)]
    );
    assert_eq!(
        field(&all, "conference"),
        [&Value::Null, &json!("friends_opus"), &json!("team_g722")]
    );
    assert_eq!(
        field(&all, "started")[2],
        &json!("2021-08-31T12:09:15.578Z")
    );
    let size = std::fs::metadata(env.path("recordings").join(TEAM))
        .unwrap()
        .len();
    assert_eq!(field(&all, "size")[2], &json!(size));
    assert_eq!(field(&all, "running"), [&json!(false); 3]);

    let team = json_of(&["--json", "--details", "--conference", "team_g722"]);
    assert_eq!(field(&team, "file"), [&json!(TEAM)]);
    assert_eq!(team["files"], json!([TEAM]));
    let sept = json_of(&[
        "--json",
        "--details",
        "--from",
        "2021-09-01",
        "--to",
        "2021-09-30",
    ]);
    assert_eq!(field(&sept, "file"), [&json!(FRIENDS)]);
    let aug = json_of(&["--json", "--to", "2021-08-31"]);
    assert_eq!(
        keys(&aug),
        ["op", "files"],
        "a filter alone keeps the plain shape"
    );
    assert_eq!(aug["files"], json!([TEAM]));
    // The friends' view: only the friends conference's recording.
    let friends = json_of(&["--json", "--details", "--context", "friends"]);
    assert_eq!(field(&friends, "file"), [&json!(FRIENDS)]);

    // For people: a table, newest first, with the durations.
    let table = env.cmd().args(["recordings", "list"]).run();
    table.ok();
    let (f, t) = (
        table.stdout.find("1:05").unwrap(),
        table.stdout.find("0:02").unwrap(),
    );
    assert!(f < t, "newest first:\n{}", table.stdout);
    assert!(
        table.stdout.contains("2021-08-31 12:09:15 UTC"),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains("3 recordings"), "{}", table.stdout);

    // Bad filters name the flag and the reason.
    for (args, says) in [
        (
            &["--from", "yesterday"][..],
            "from: \"yesterday\" is not a date",
        ),
        (
            &["--from", "2021-09-02", "--to", "2021-09-01"],
            "to: 2021-09-01 is not after from",
        ),
        (&["--conference", ""], "conference: must not be empty"),
    ] {
        let out = env.cmd().args(["recordings", "list"]).args(args).run();
        out.code(2);
        assert!(out.stderr.contains(says), "{args:?}: {}", out.stderr);
        assert!(out.stdout.is_empty());
    }
}

async fn get(addr: &str, user: &str, path: &str) -> Reply {
    let (addr, user, path) = (addr.to_string(), user.to_string(), path.to_string());
    tokio::task::spawn_blocking(move || Http::new(&addr, &user, "napw").get(&path))
        .await
        .unwrap()
}

async fn until(addr: &str, what: &str, ok: impl Fn(&Value) -> bool) -> Value {
    for _ in 0..100 {
        let r = get(addr, "defaultuser", "/api/recordings?details=true").await;
        assert_eq!(r.status, 200, "{}", r.text());
        let v = r.json();
        if ok(&v) {
            return v;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("never: {what}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_opts_in_to_details_and_marks_the_running_recording() {
    let env = TestEnv::new();
    recordings(&env);
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let a = serve.addr.as_str();
    // The original's clients: the original's bytes.
    let plain = get(a, "defaultuser", "/api/recordings").await;
    let want = json!({"op": "api/recordings", "files": [FRIENDS, "notes.txt", TEAM]});
    assert_eq!(plain.body, serde_json::to_vec(&want).unwrap());
    let fr = get(a, "frienduser", "/fr/friendsrec?details=1")
        .await
        .json();
    assert_eq!(fr["op"], "friendserc");
    assert_eq!(field(&fr, "file"), [&json!(FRIENDS)]);
    let bad = get(a, "defaultuser", "/api/recordings?from=soon").await;
    assert_eq!(bad.status, 400);
    assert!(
        bad.json()["message"]
            .as_str()
            .unwrap()
            .starts_with("from: \"soon\""),
        "{}",
        bad.text()
    );
    assert_eq!(
        get(a, "publicuser", "/fr/friendsrec?details=true")
            .await
            .status,
        401
    );

    // A recording FreeSWITCH is writing: running, no duration yet.
    let fs = esl(&sim.addr).await;
    fs.api("sim join team_g722 20000").await.unwrap();
    let stamp = chrono::Utc::now()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string();
    let name = format!("team_g722-{stamp}.wav");
    let path = env.path("recordings").join(&name);
    let start = format!("conference team_g722 recording start {}", path.display());
    assert!(fs.api(&start).await.unwrap().starts_with("+OK"));
    let v = until(a, "the recording is running", |v| {
        v["recordings"][0]["running"] == true
    })
    .await;
    let now = &v["recordings"][0];
    assert_eq!(
        (&now["file"], &now["duration"]),
        (&json!(name), &Value::Null),
        "{v}"
    );
    assert_eq!(now["started"], json!(stamp));
    // The CLI on this machine asks the switch which one is running.
    let local = env
        .cmd_esl(&sim.addr)
        .args(["recordings", "list", "--json", "--details"])
        .run();
    local.ok();
    let first = &local.json()["recordings"][0];
    assert_eq!(
        (&first["file"], &first["running"]),
        (&json!(name), &json!(true)),
        "{}",
        local.stdout
    );
    // The CLI through the server shows the same.
    let url = format!("http://{a}");
    let remote = env
        .cmd()
        .args(["--server", &url, "--user", "defaultuser:napw"])
        .args(["recordings", "list", "--json", "--details"])
        .run();
    remote.ok();
    assert_eq!(
        remote.json()["recordings"][0]["running"],
        true,
        "{}",
        remote.stdout
    );
    let table = env
        .cmd()
        .args([
            "--server",
            &url,
            "--user",
            "defaultuser:napw",
            "recordings",
            "list",
        ])
        .run();
    assert!(table.stdout.contains("recording, 0:0"), "{}", table.stdout);

    tokio::time::sleep(Duration::from_millis(1200)).await;
    let stop = format!("conference team_g722 recording stop {}", path.display());
    let stopped = fs.api(&stop).await.unwrap();
    assert!(stopped.starts_with("Stopped recording file"), "{stopped}");
    let v = until(a, "the recording stopped", |v| {
        v["recordings"][0]["running"] == false
    })
    .await;
    let secs = v["recordings"][0]["duration"].as_f64().unwrap();
    assert!(secs >= 1.0, "the header says {secs} s: {v}");
}
