//! `fsconn demo`: one command shows the whole system working.

use crate::harness::*;
use crate::live_ws::LiveClient;
use crate::xml_curl::{post, user_lookup};
use serde_json::json;
use std::time::{Duration, Instant};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_serves_the_api_and_streams_live_events_within_seconds() {
    let env = TestEnv::new();
    let demo = Proc::start(env.cmd().args(["demo", "--listen", "127.0.0.1:0"]));
    let addr = demo.addr.clone();
    let users = tokio::task::spawn_blocking(move || {
        Http::new(&addr, "defaultuser", "napw").get("/api/users")
    })
    .await
    .unwrap();
    assert_eq!(users.status, 200);
    // The address the demo prints first is the web console's.
    let addr = demo.addr.clone();
    let page = tokio::task::spawn_blocking(move || Http::new(&addr, "", "").get("/"))
        .await
        .unwrap();
    assert!(page.text().contains("Sign in to fsconn"), "{}", page.text());
    assert_eq!(users.json()["users"][0]["name"], "defaultuser");
    let mut team = LiveClient::connect(&demo.addr, "defaultuser:napw").await;
    team.send(json!({"req": "init"})).await;
    // The demo's traffic: somebody joins a conference soon.
    let seen = team.until("newMember").await;
    assert!(
        seen.iter().any(|m| m["event"] == "newConference"),
        "{seen:?}"
    );
}

/// `fsconn demo ARGS` with its banner read up to the Ctrl-C line.
fn start_demo(env: &TestEnv, args: &[&str]) -> (std::process::Child, Vec<String>) {
    use std::io::BufRead;
    let mut t = env
        .cmd()
        .args(["demo", "--listen", "127.0.0.1:0"])
        .args(args);
    t.cmd
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped());
    let mut child = t.cmd.spawn().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(line);
        }
    });
    let mut banner = Vec::new();
    while !banner.last().is_some_and(|l: &String| l.contains("Ctrl-C")) {
        match rx.recv_timeout(Duration::from_secs(20)) {
            Ok(line) => banner.push(line),
            Err(e) => panic!("no whole banner ({e}): {banner:?}"),
        }
    }
    (child, banner)
}

/// The `node NAME: USER:PASSWORD` lines: (name, user, password, event socket).
fn node_lines(banner: &[String]) -> Vec<(String, String, String, String)> {
    banner
        .iter()
        .filter_map(|l| l.trim().strip_prefix("node "))
        .map(|rest| {
            let (name, rest) = rest.split_once(": ").unwrap();
            let words: Vec<&str> = rest.split_whitespace().collect();
            let (user, password) = words[0].split_once(':').unwrap();
            let esl = words
                .iter()
                .position(|w| *w == "socket")
                .map(|i| words[i + 1].to_string())
                .unwrap_or_default();
            (name.into(), user.into(), password.into(), esl)
        })
        .collect()
}

/// `(name, node)` of the running conferences, as the printed user sees them.
fn active_nodes(addr: &str) -> Vec<(String, String)> {
    let list = Http::new(addr, "defaultuser", "napw").get("/api/active");
    assert_eq!(list.status, 200);
    list.json()
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let field = |k: &str| c[k].as_str().unwrap_or_default().to_string();
            (field("name"), field("node"))
        })
        .collect()
}

#[test]
fn the_demo_with_three_nodes_runs_a_cluster_over_xml_curl() {
    let env = TestEnv::new();
    let (mut child, banner) = start_demo(&env, &["--nodes", "3"]);
    let addr = banner_text(&banner[0])
        .rsplit(' ')
        .next()
        .unwrap()
        .trim_start_matches("http://")
        .to_string();
    let nodes = node_lines(&banner);
    let names: Vec<&str> = nodes.iter().map(|n| n.0.as_str()).collect();
    assert_eq!(names, ["fs1", "fs2", "fs3"], "{banner:?}");
    for (name, user, password, esl) in &nodes {
        assert_eq!(user, name);
        assert!(password.len() >= 16, "{password}");
        assert!(
            esl.starts_with("127.0.0.1:") && !esl.ends_with(":0"),
            "{esl}"
        );
        // The printed credentials are the node's: its lookups are answered.
        let form = user_lookup("20000").replace("hostname=fs1", &format!("hostname={name}"));
        let r = post(&addr, Some((user, password)), &form, &[]);
        assert_eq!(r.status, 200, "{name}: {}", r.body);
        assert!(r.body.contains("<user id=\"20000\""), "{}", r.body);
        let wrong = format!("{password}x");
        let r = post(&addr, Some((user, &wrong)), &form, &[]);
        assert_eq!(r.status, 401, "{name} with a wrong password: {}", r.body);
    }
    let passwords: std::collections::HashSet<&str> = nodes.iter().map(|n| n.2.as_str()).collect();
    assert_eq!(passwords.len(), 3, "every node its own password");
    // The scripted calls land on the nodes their numbers hash to.
    let start = Instant::now();
    let mut seen = Vec::new();
    while start.elapsed() < Duration::from_secs(20) {
        seen = active_nodes(&addr);
        let hosts: std::collections::HashSet<&str> = seen.iter().map(|c| c.1.as_str()).collect();
        if hosts.len() >= 2 && seen.iter().all(|c| names.contains(&c.1.as_str())) {
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let hosts: std::collections::HashSet<&str> = seen.iter().map(|c| c.1.as_str()).collect();
    assert!(
        hosts.len() >= 2,
        "conferences on two nodes at least: {seen:?}"
    );
    assert!(
        seen.iter().all(|c| names.contains(&c.1.as_str())),
        "{seen:?}"
    );
    let health: serde_json::Value = reqwest::blocking::get(format!("http://{addr}/healthz"))
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(health["status"], "ok", "{health}");
    // Stopped like Ctrl-C: a clean exit that removes the temp dir.
    let conf = banner
        .iter()
        .find_map(|l| l.split("bundled example): ").nth(1))
        .map(|p| std::path::PathBuf::from(p.trim()))
        .unwrap();
    assert!(conf.is_dir());
    let _ = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status}");
    assert!(!conf.parent().unwrap().exists(), "temp dir left behind");
}

#[test]
fn a_cluster_demo_refuses_a_taken_port_and_a_node_count_out_of_range() {
    let env = TestEnv::new();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let out = env
        .cmd()
        .args(["demo", "--nodes", "3", "--listen", &addr])
        .run();
    out.code(2);
    assert_eq!(
        out.stderr.matches("already in use").count(),
        1,
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("--listen 127.0.0.1:0"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    for n in ["1", "10", "three"] {
        let out = env.cmd().args(["demo", "--nodes", n]).run();
        out.code(2);
        assert!(out.stderr.contains("--nodes"), "{n}: {}", out.stderr);
        assert!(out.stdout.is_empty(), "{}", out.stdout);
    }
}
