//! An admin runs conferences from the shell with `fsconn live`: locally over
//! the event socket, or against a server with `--server`; the same answers,
//! every control reaching FreeSWITCH (the sim) as its command.

use crate::harness::*;
use crate::live_ws::esl;
use serde_json::Value;
use std::io::BufRead;
use std::time::Duration;

async fn ready(env: &TestEnv) {
    for _ in 0..100 {
        if env
            .sim_commands()
            .iter()
            .any(|c| c == "api sofia status profile internal reg")
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("server never connected to the sim");
}

fn setup() -> TestEnv {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.path("prompts")).unwrap();
    std::fs::write(env.path("prompts/welcome.wav"), b"RIFF").unwrap();
    env.write_settings("prompts_dir = \"prompts\"");
    env
}

async fn active(addr: &str) -> Value {
    let addr = addr.to_string();
    tokio::task::spawn_blocking(move || {
        Http::new(&addr, "defaultuser", "napw")
            .get("/api/active")
            .json()
    })
    .await
    .unwrap()
}

/// Run the CLI off the async threads.
async fn run(t: TestCommand) -> Output {
    tokio::task::spawn_blocking(move || t.run()).await.unwrap()
}

/// The time fields a snapshot computes from json_list's ages (seconds), which
/// may differ by a second from the server's event times.
fn timeless(mut v: Value) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(m) => {
                for k in ["joined", "started", "since"] {
                    m.remove(k);
                }
                m.values_mut().for_each(strip);
            }
            Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut v);
    v
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_show_and_every_control_locally_and_remotely() {
    let env = setup();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    ready(&env).await;
    let fs = esl(&sim.addr).await;
    let join = |u: &'static str| {
        let fs = fs.clone();
        async move {
            let r = fs.api(&format!("sim join team_g722 {u}")).await.unwrap();
            r.trim().trim_start_matches("+OK ").to_string()
        }
    };
    let m1 = join("20000").await;
    let m2 = join("21000").await;
    let m3 = join("22000").await;
    fs.api("sim join public_g722 22000").await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;

    let api = active(&serve.addr).await;
    assert_eq!(api.as_array().unwrap().len(), 2, "{api}");
    let url = format!("http://{}", serve.addr);
    let remote = |args: &[&str]| {
        env.cmd()
            .args([
                "--server",
                url.as_str(),
                "--user",
                "defaultuser:napw",
                "live",
            ])
            .args(args.iter().copied())
    };
    let local = |args: &[&str]| {
        env.cmd_esl(&sim.addr)
            .args(["live"])
            .args(args.iter().copied())
    };
    let remote_list = run(remote(&["list", "--json"])).await;
    assert_eq!(
        remote_list.json(),
        api,
        "remote list --json is GET /api/active"
    );
    let local_list = run(local(&["list", "--json"])).await;
    assert_eq!(
        timeless(local_list.json()),
        timeless(api.clone()),
        "local list --json"
    );
    let table = run(local(&["list"])).await;
    table.ok();
    assert!(
        table.stdout.contains("2 running conferences"),
        "{}",
        table.stdout
    );

    let show = run(local(&["show", "team_g722", "--json"])).await.json();
    assert_eq!(show["members"].as_array().unwrap().len(), 3, "{show}");
    let out = run(local(&["show", "nosuch"])).await;
    out.code(1);
    assert!(out.stderr.contains("not running"), "{}", out.stderr);

    // Every control, alternating local and remote; each reaches the sim as
    // its command.
    let controls: Vec<(Vec<String>, String)> = [
        (vec!["lock", "team_g722"], "lock".to_string()),
        (vec!["unlock", "team_g722"], "unlock".into()),
        (vec!["mute", "team_g722", &m1], format!("mute {m1}")),
        (vec!["unmute", "team_g722", &m1], format!("unmute {m1}")),
        (vec!["mute", "team_g722", "all"], "mute all".into()),
        (vec!["unmute", "team_g722", "all"], "unmute all".into()),
        (vec!["deaf", "team_g722", &m1], format!("deaf {m1}")),
        (vec!["undeaf", "team_g722", &m1], format!("undeaf {m1}")),
        (
            vec!["energy", "team_g722", &m1, "300"],
            format!("energy {m1} 300"),
        ),
        (
            vec!["volume", "team_g722", &m1, "2"],
            format!("volume_in {m1} 2"),
        ),
        (
            vec!["volume", "--out", "team_g722", &m1, "-1"],
            format!("volume_out {m1} -1"),
        ),
        // With another holder, the planner first takes the floor from them.
        (vec!["floor", "team_g722", &m2], "floor ".into()),
        (
            vec!["record", "team_g722", "start"],
            "recording start ".into(),
        ),
        (
            vec!["record", "team_g722", "pause"],
            "recording pause ".into(),
        ),
        (
            vec!["record", "team_g722", "resume"],
            "recording resume ".into(),
        ),
        (
            vec!["record", "team_g722", "stop"],
            "recording stop ".into(),
        ),
        (vec!["play", "team_g722", "welcome.wav"], "play ".into()),
        (
            vec!["dial", "team_g722", "21000"],
            // The example's secure_media and media_timeout go with it.
            "bgdial {rtp_secure_media=mandatory,media_timeout=30000}user/21000".into(),
        ),
        (
            vec!["transfer", "team_g722", &m3, "public_g722"],
            format!("transfer public_g722@16kHz-novideo {m3}"),
        ),
        (vec!["hup", "team_g722", &m2], format!("hup {m2}")),
        (vec!["kick", "team_g722", &m1], format!("kick {m1}")),
    ]
    .into_iter()
    .map(|(a, c)| (a.into_iter().map(str::to_string).collect(), c))
    .collect();
    let mut sim_did = 0;
    for (i, (args, expect)) in controls.iter().enumerate() {
        let before = env.sim_commands().len();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut with_json = args.clone();
        // (Kick, hup and transfer ask first: `confirm_*` below.)
        with_json.extend(["--json", "--yes"]);
        let (mode, t) = if i % 2 == 0 {
            ("local", local(&with_json))
        } else {
            ("remote", remote(&with_json))
        };
        let out = run(t).await;
        // The sim does not carry out every command yet (it answers -ERR
        // Unknown conference command); what matters here is that the
        // planned command reached it.
        if !out.stderr.contains("Unknown conference command") {
            out.ok();
            let reply = out.json();
            assert_eq!(reply["conference"], "team_g722", "{mode} {args:?}: {reply}");
            sim_did += 1;
        }
        let want = format!("api conference team_g722 {expect}");
        let new = env.sim_commands()[before..].to_vec();
        assert!(
            new.iter().any(|c| c.starts_with(&want)),
            "{mode} {args:?}: expected {want:?} among {new:?}"
        );
        // Let the events settle before the next control plans on them.
        tokio::time::sleep(Duration::from_millis(150)).await;
    }

    // Bad values are refused before anything is sent, locally and remotely.
    for t in [
        local(&["energy", "team_g722", "1", "abc"]),
        remote(&["volume", "team_g722", "1", "99"]),
        local(&["mute", "team_g722", "1\nhup all"]),
        local(&["play", "team_g722", "../../etc/passwd"]),
    ] {
        let before = env.sim_commands().len();
        let out = run(t).await;
        assert_ne!(out.code, 0, "{}", out.stdout);
        assert!(!out.stderr.is_empty());
        assert!(
            env.sim_commands()[before..]
                .iter()
                .all(|c| !c.contains("energy")
                    && !c.contains("volume")
                    && !c.contains("hup all")
                    && !c.contains("passwd")),
            "{:?}",
            &env.sim_commands()[before..]
        );
    }

    // Every control is in the audit log once, locally as the shell user.
    let audit = std::fs::read_to_string(env.path("static/audit.log")).unwrap();
    let lines: Vec<Value> = audit
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ok = lines.iter().filter(|l| l["result"] == "ok").count();
    assert_eq!(ok, sim_did, "{audit}");
    assert!(sim_did >= 15, "{sim_did} controls carried out");
    assert!(lines.iter().any(|l| l["from"] == "local"));
    assert!(lines
        .iter()
        .any(|l| l["user"] == "defaultuser" && l["from"] == "127.0.0.1"));
}

/// `watch --json` prints the events of a scripted conference, locally and
/// remotely, one JSON line each.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_prints_the_events_of_a_scripted_conference() {
    let env = setup();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    ready(&env).await;
    let url = format!("http://{}", serve.addr);
    let spawn = |mut t: TestCommand| {
        t.cmd
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped());
        let mut child = t.cmd.spawn().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel::<Value>();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
            {
                if let Ok(v) = serde_json::from_str(&line) {
                    let _ = tx.send(v);
                }
            }
        });
        (child, rx)
    };
    let (mut lw, lrx) =
        spawn(
            env.cmd_esl(&sim.addr)
                .args(["live", "watch", "friends_opus", "--json"]),
        );
    let (mut rw, rrx) = spawn(
        env.cmd()
            .args(["--server", url.as_str(), "--user", "defaultuser:napw"])
            .args(["live", "watch", "--json"]),
    );
    tokio::time::sleep(Duration::from_millis(700)).await;
    let fs = esl(&sim.addr).await;
    let m = fs.api("sim join friends_opus 21000").await.unwrap();
    let m = m.trim().trim_start_matches("+OK ").to_string();
    fs.api("sim join team_g722 20000").await.unwrap();
    fs.api(&format!("conference friends_opus mute {m}"))
        .await
        .unwrap();
    fs.api("conference friends_opus lock").await.unwrap();
    fs.api(&format!("sim leave friends_opus {m}"))
        .await
        .unwrap();
    let collect = |rx: &std::sync::mpsc::Receiver<Value>| {
        let mut got = Vec::new();
        while let Ok(v) = rx.recv_timeout(Duration::from_secs(5)) {
            let done = v["event"] == "delConference" && v["conference"] == "friends_opus";
            got.push(v);
            if done {
                break;
            }
        }
        got
    };
    let (l, r) = tokio::task::spawn_blocking(move || (collect(&lrx), collect(&rrx)))
        .await
        .unwrap();
    let _ = lw.kill();
    let _ = rw.kill();
    let _ = lw.wait();
    let _ = rw.wait();
    let events = |v: &[Value], conf: &str| -> Vec<String> {
        v.iter()
            .filter(|e| e["conference"] == conf || e["data"]["name"] == conf)
            .map(|e| e["event"].as_str().unwrap_or("").to_string())
            .filter(|e| ["newConference", "mute", "lock", "delConference"].contains(&e.as_str()))
            .collect()
    };
    let want = ["newConference", "mute", "lock", "delConference"];
    assert_eq!(events(&l, "friends_opus"), want, "local: {l:#?}");
    assert_eq!(events(&r, "friends_opus"), want, "remote: {r:#?}");
    assert!(
        l.iter()
            .all(|e| e["conference"] == "friends_opus" || e["data"]["name"] == "friends_opus"),
        "local watch of one conference shows only it: {l:#?}"
    );
    assert!(
        r.iter().any(|e| e["data"]["name"] == "team_g722"),
        "remote sees all: {r:#?}"
    );
}

/// `live watch --server https://…` follows a server that serves TLS with a
/// private certificate when `--ca-cert` names it, like every other remote
/// command; without it the certificate is refused and nothing is printed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_over_tls_trusts_the_ca_cert() {
    let env = setup();
    let cert =
        rcgen::generate_simple_self_signed(vec!["localhost".to_string(), "127.0.0.1".to_string()])
            .unwrap();
    std::fs::write(env.path("cert.pem"), cert.cert.pem()).unwrap();
    std::fs::write(env.path("key.pem"), cert.signing_key.serialize_pem()).unwrap();
    let sim = env.start_sim();
    let serve = Proc::start(
        env.cmd()
            .args(["--esl", &sim.addr, "serve", "--listen", "127.0.0.1:0"])
            .args(["--tls-cert"])
            .arg_path(&env.path("cert.pem"))
            .args(["--tls-key"])
            .arg_path(&env.path("key.pem")),
    );
    ready(&env).await;
    let port = serve.addr.rsplit(':').next().unwrap().to_string();
    let url = format!("https://localhost:{port}");
    let watch = || {
        env.cmd()
            .args(["--server", url.as_str(), "--user", "defaultuser:napw"])
            .args(["live", "watch", "--json"])
    };
    // Untrusted: refused at the handshake, exit code 4 (unavailable).
    let refused = run(watch()).await;
    refused.code(4);
    assert!(refused.stderr.contains("certificate"), "{}", refused.stderr);
    let mut t = watch().args(["--ca-cert"]).arg_path(&env.path("cert.pem"));
    t.cmd
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped());
    let mut child = t.cmd.spawn().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<Value>();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            if let Ok(v) = serde_json::from_str(&line) {
                let _ = tx.send(v);
            }
        }
    });
    tokio::time::sleep(Duration::from_millis(700)).await;
    let fs = esl(&sim.addr).await;
    let m = fs.api("sim join friends_opus 21000").await.unwrap();
    let m = m.trim().trim_start_matches("+OK ").to_string();
    fs.api(&format!("conference friends_opus mute {m}"))
        .await
        .unwrap();
    let got = tokio::task::spawn_blocking(move || {
        let mut got = Vec::new();
        while let Ok(v) = rx.recv_timeout(Duration::from_secs(5)) {
            let done = v["event"] == "mute";
            got.push(v);
            if done {
                break;
            }
        }
        got
    })
    .await
    .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    let events: Vec<&str> = got.iter().filter_map(|v| v["event"].as_str()).collect();
    assert!(
        events.contains(&"newConference") && events.contains(&"mute"),
        "over TLS: {got:#?}"
    );
    assert!(got
        .iter()
        .any(|v| v["data"]["name"] == "friends_opus" || v["conference"] == "friends_opus"));
}

/// The controls that take people out of a conference, with a member.
fn removals(m1: &str) -> Vec<(Vec<String>, &'static str)> {
    [
        (vec!["kick", "team_g722", "all"], "kick all"),
        (vec!["kick", "team_g722", m1], "kick "),
        (vec!["hup", "team_g722", m1], "hup "),
        (
            vec!["transfer", "team_g722", m1, "public_g722"],
            "transfer ",
        ),
    ]
    .into_iter()
    .map(|(a, c)| (a.into_iter().map(str::to_string).collect(), c))
    .collect()
}

/// Whether the sim received a removal since `from`.
fn removed_since(env: &TestEnv, from: usize) -> Vec<String> {
    env.sim_commands()[from..]
        .iter()
        .filter(|c| {
            ["kick", "hup", "transfer"]
                .iter()
                .any(|w| c.starts_with(&format!("api conference team_g722 {w}")))
        })
        .cloned()
        .collect()
}

/// Issue 19 item 10: kick (one or all), hup and transfer ask first like
/// `users del`: without a terminal and without --yes, exit 2 and nothing
/// reaches FreeSWITCH; --dry-run shows the plan and sends nothing; --yes
/// acts. Locally and with --server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn removing_people_asks_first() {
    let env = setup();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    ready(&env).await;
    let fs = esl(&sim.addr).await;
    let r = fs.api("sim join team_g722 20000").await.unwrap();
    let m1 = r.trim().trim_start_matches("+OK ").to_string();
    fs.api("sim join team_g722 21000").await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let url = format!("http://{}", serve.addr);
    let local = |args: &[String]| env.cmd_esl(&sim.addr).args(["live"]).args(args);
    let remote = |args: &[String]| {
        env.cmd()
            .args([
                "--server",
                url.as_str(),
                "--user",
                "defaultuser:napw",
                "live",
            ])
            .args(args)
    };
    for (args, command) in removals(&m1) {
        for (mode, t) in [("local", local(&args)), ("remote", remote(&args))] {
            let before = env.sim_commands().len();
            let out = run(t).await;
            out.code(2);
            assert!(
                out.stderr.contains("--yes"),
                "{mode} {args:?}: {}",
                out.stderr
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
            assert_eq!(
                removed_since(&env, before),
                Vec::<String>::new(),
                "{mode} {args:?}"
            );
        }
        let before = env.sim_commands().len();
        let mut dry = args.clone();
        dry.push("--dry-run".into());
        let out = run(local(&dry)).await;
        out.ok();
        let want = format!("send to FreeSWITCH: api conference team_g722 {command}");
        assert!(out.stdout.contains(&want), "{args:?}: {}", out.stdout);
        assert_eq!(
            removed_since(&env, before),
            Vec::<String>::new(),
            "dry {args:?}"
        );
    }
    // With --yes it acts (the last one: everybody out).
    let before = env.sim_commands().len();
    let all: Vec<String> = ["kick", "team_g722", "all", "--yes"]
        .map(String::from)
        .into();
    run(local(&all)).await.ok();
    assert_eq!(
        removed_since(&env, before),
        vec!["api conference team_g722 kick all".to_string()]
    );
}

/// Run `fsconn ARGS` on a pseudo-terminal (Python's pty), answering the
/// first question with `answer`; the exit code and what the terminal showed.
fn on_a_terminal(env: &TestEnv, args: &[&str], answer: &str) -> (i32, String) {
    let script = r#"
import os, pty, select, sys, time
answer, argv = sys.argv[1], sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.execv(argv[0], argv)
out, sent, deadline = b"", False, time.time() + 30
while time.time() < deadline:
    r, _, _ = select.select([fd], [], [], 0.2)
    if not r:
        continue
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
    if not sent and b"?" in out:
        os.write(fd, answer.encode())
        sent = True
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode(errors="replace"))
sys.exit(os.waitstatus_to_exitcode(status))
"#;
    let mut cmd = std::process::Command::new("python3");
    for v in fsconn::settings::ENV_VARS {
        cmd.env_remove(v);
    }
    let out = cmd
        .current_dir(env.dir.path())
        .args(["-c", script, answer, BIN, "--config"])
        .arg(env.path("fsconn.toml"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// Issue 19 item 10 on a terminal: the question is asked; "n" sends
/// nothing (exit 2), "y" kicks everybody.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_terminal_kicking_everybody_is_asked_for() {
    let env = setup();
    let sim = env.start_sim();
    let fs = esl(&sim.addr).await;
    fs.api("sim join team_g722 20000").await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let args = [
        "--esl",
        sim.addr.as_str(),
        "live",
        "kick",
        "team_g722",
        "all",
    ];
    let before = env.sim_commands().len();
    let (code, shown) = tokio::task::block_in_place(|| on_a_terminal(&env, &args, "n"));
    assert!(
        shown.contains("Kick everybody out of team_g722?"),
        "{shown}"
    );
    assert_eq!(code, 2, "{shown}");
    assert_eq!(removed_since(&env, before), Vec::<String>::new());
    let (code, shown) = tokio::task::block_in_place(|| on_a_terminal(&env, &args, "y"));
    assert_eq!(code, 0, "{shown}");
    assert_eq!(
        removed_since(&env, before),
        vec!["api conference team_g722 kick all".to_string()]
    );
}

/// The member's entry in `/api/active` (v2 fields included) by user id.
async fn member_of(addr: &str, conf: &str, user: &str) -> Option<Value> {
    let api = active(addr).await;
    api.as_array()?.iter().find(|c| c["name"] == conf)?["members"]
        .as_array()?
        .iter()
        .find(|m| m["id"] == user)
        .cloned()
}

/// Wait until `f` holds for the member, or fail with what was seen.
async fn until_member(
    addr: &str,
    conf: &str,
    user: &str,
    what: &str,
    f: impl Fn(&Value) -> bool,
) -> Value {
    let mut last = None;
    for _ in 0..60 {
        last = member_of(addr, conf, user).await;
        if last.as_ref().is_some_and(&f) {
            return last.unwrap_or_default();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{what}: member {user} of {conf} is {last:?}");
}

/// Issue 21: moderator rights and raised hands from the shell, locally and
/// against a server: `grantmod` / `revokemod` rejoin the member through
/// FreeSWITCH's own `uuid_transfer` (the sim carries it out), `lowerhand`
/// lowers a raised hand.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grant_revoke_moderator_and_lower_hands() {
    let env = setup();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    ready(&env).await;
    let fs = esl(&sim.addr).await;
    for u in ["20000", "21000", "22000"] {
        fs.api(&format!("sim join team_g722 {u}")).await.unwrap();
    }
    let url = format!("http://{}", serve.addr);
    let remote = |args: &[&str]| {
        env.cmd()
            .args([
                "--server",
                url.as_str(),
                "--user",
                "defaultuser:napw",
                "live",
            ])
            .args(args.iter().copied())
    };
    let local = |args: &[&str]| {
        env.cmd_esl(&sim.addr)
            .args(["live"])
            .args(args.iter().copied())
    };
    let is_mod = |m: &Value| m["moderator"] == true;

    // Grant locally: the public user's call comes back as a moderator.
    let m = until_member(&serve.addr, "team_g722", "22000", "joined", |m| !is_mod(m)).await;
    let id = m["confid"].as_str().unwrap_or_default().to_string();
    let before = env.sim_commands().len();
    run(local(&["grantmod", "team_g722", &id])).await.ok();
    assert!(
        env.sim_commands()[before..]
            .iter()
            .any(|c| c.starts_with("api uuid_transfer") && c.contains("+flags{moderator")),
        "{:?}",
        &env.sim_commands()[before..]
    );
    let m = until_member(&serve.addr, "team_g722", "22000", "granted", is_mod).await;
    // Granting twice is refused and sends nothing.
    let id = m["confid"].as_str().unwrap_or_default().to_string();
    let before = env.sim_commands().len();
    let twice = run(remote(&["grantmod", "team_g722", &id])).await;
    twice.code(2);
    assert!(twice.stderr.contains("already"), "{}", twice.stderr);
    assert!(env.sim_commands()[before..]
        .iter()
        .all(|c| !c.contains("uuid_transfer")));
    // Revoke remotely: back to a member; and the friend's rights locally
    // (moderators have no hand key, members do).
    run(remote(&["revokemod", "team_g722", &id])).await.ok();
    until_member(&serve.addr, "team_g722", "22000", "revoked", |m| !is_mod(m)).await;
    let f = until_member(&serve.addr, "team_g722", "21000", "friend", is_mod).await;
    let fid = f["confid"].as_str().unwrap_or_default().to_string();
    run(local(&["revokemod", "team_g722", &fid])).await.ok();
    until_member(&serve.addr, "team_g722", "21000", "revoked", |m| !is_mod(m)).await;

    // Two hands up (the hand key, 5); hands are kept by the server, so
    // the local CLI says so; against the server one hand is lowered by id.
    for u in ["21000", "22000"] {
        fs.api(&format!("sim dtmf team_g722 user:{u} 5"))
            .await
            .unwrap();
    }
    let raised = |m: &Value| m["hand"]["raised"] == true;
    let h = until_member(&serve.addr, "team_g722", "21000", "hand up", raised).await;
    until_member(&serve.addr, "team_g722", "22000", "hand up", raised).await;
    let hid = h["confid"].as_str().unwrap_or_default().to_string();
    let here = run(local(&["lowerhand", "team_g722", &hid])).await;
    here.code(2);
    assert!(here.stderr.contains("use --server"), "{}", here.stderr);
    run(remote(&["lowerhand", "team_g722", &hid])).await.ok();
    until_member(&serve.addr, "team_g722", "21000", "lowered", |m| !raised(m)).await;
    let still = member_of(&serve.addr, "team_g722", "22000")
        .await
        .unwrap_or_default();
    assert!(raised(&still), "only one hand was lowered: {still}");
    let other = still["confid"].as_str().unwrap_or_default().to_string();
    run(remote(&["lowerhand", "team_g722", &other])).await.ok();
    until_member(&serve.addr, "team_g722", "22000", "lowered", |m| !raised(m)).await;
}
