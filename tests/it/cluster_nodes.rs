//! An operator runs three FreeSWITCH nodes (three `fsconn sim`s) behind one
//! `fsconn serve` with `[[node]]` settings: one live view over all of them,
//! each conference tagged with its node for v2 clients (v1 clients see what
//! they always saw), every control sent to the node hosting the
//! conference, reloads to every node, a lost node's conferences ended and
//! brought back, a conference split over two nodes shown and reported.

use crate::harness::*;
use crate::live_ws::{esl, LiveClient};
use crate::operate::{sample, scrape};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::time::{Duration, Instant};

pub const NODES: [&str; 3] = ["fs1", "fs2", "fs3"];

pub(crate) struct Node {
    pub name: &'static str,
    pub sim: Option<Proc>,
    pub addr: String,
    pub log: PathBuf,
}

impl Node {
    /// `fsconn sim` on `listen`, logging its commands to its own file.
    pub(crate) fn start(env: &TestEnv, name: &'static str, listen: &str) -> Node {
        let log = env.path(&format!("{name}-commands.log"));
        let sim = Proc::start(
            env.cmd()
                .args(["sim", "--listen", listen, "--command-log"])
                .arg_path(&log),
        );
        let addr = sim.addr.clone();
        Node {
            name,
            sim: Some(sim),
            addr,
            log,
        }
    }

    pub fn commands(&self) -> Vec<String> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// Places a call of `user` into `conf`; the member id.
    pub async fn join(&self, conf: &str, user: &str) -> String {
        let r = esl(&self.addr)
            .await
            .api(&format!("sim join {conf} {user}"))
            .await
            .unwrap();
        r.trim().trim_start_matches("+OK ").to_string()
    }
}

pub(crate) fn settings(nodes: &[Node]) -> String {
    nodes
        .iter()
        .map(|n| {
            format!(
                "[[node]]\nname = \"{}\"\nesl = \"{}\"\nxml_curl_password = \"0123456789abcdef-{}\"\n",
                n.name, n.addr, n.name
            )
        })
        .collect()
}

/// A free port on 127.0.0.1 for the metrics listener.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub fn get(addr: &str, uri: &str) -> Reply {
    let (addr, uri) = (addr.to_string(), uri.to_string());
    tokio::task::block_in_place(|| Http::new(&addr, "defaultuser", "napw").get(&uri))
}

pub fn post(addr: &str, uri: &str, body: Value) -> Reply {
    let (addr, uri) = (addr.to_string(), uri.to_string());
    tokio::task::block_in_place(|| Http::new(&addr, "defaultuser", "napw").post(&uri, &body))
}

pub fn healthz(addr: &str) -> Value {
    let url = format!("http://{addr}/healthz");
    tokio::task::block_in_place(|| reqwest::blocking::get(url).unwrap().json().unwrap())
}

/// Polls `f` until it is true (10 s at most), saying `what` otherwise.
pub async fn until(what: &str, mut f: impl FnMut() -> bool) {
    let start = Instant::now();
    while !f() {
        assert!(start.elapsed() < Duration::from_secs(10), "never: {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// `(name, node, memcount)` of each entry of `/api/active`.
pub fn active(addr: &str) -> Vec<(String, String, u64)> {
    let list = get(addr, "/api/active").json();
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_string(),
                c["node"].as_str().unwrap_or("-").to_string(),
                c["memcount"].as_u64().unwrap(),
            )
        })
        .collect()
}

pub fn entry(name: &str, node: &str, n: u64) -> (String, String, u64) {
    (name.to_string(), node.to_string(), n)
}

/// Any message that names a node anywhere.
fn mentions_node(v: &Value) -> bool {
    v.to_string().contains("\"node\"") || v.to_string().contains("\"split\"")
}

struct Cluster {
    env: TestEnv,
    nodes: Vec<Node>,
    serve: Proc,
    metrics: String,
}

async fn start_cluster() -> Cluster {
    let env = TestEnv::new();
    let nodes: Vec<Node> = NODES
        .iter()
        .map(|n| Node::start(&env, n, "127.0.0.1:0"))
        .collect();
    env.write_settings(&settings(&nodes));
    let metrics = format!("127.0.0.1:{}", free_port());
    let serve = Proc::start(env.cmd().args([
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--metrics-listen",
        &metrics,
    ]));
    let addr = serve.addr.clone();
    until("every node connected", || healthz(&addr)["status"] == "ok").await;
    for n in &nodes {
        let ready = |n: &Node| n.commands().iter().any(|c| c.contains("json_list"));
        until(&format!("{} resynced", n.name), || ready(n)).await;
    }
    Cluster {
        env,
        nodes,
        serve,
        metrics,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_nodes_are_one_live_system() {
    let mut c = start_cluster().await;
    let addr = c.serve.addr.clone();
    let login = "defaultuser:napw";
    let mut v1 = LiveClient::connect(&addr, login).await;
    let mut v2 = LiveClient::connect(&addr, &format!("{login}&v=2")).await;
    let m1 = c.nodes[0].join("team_g722", "20000").await;
    let m2 = c.nodes[0].join("team_g722", "21000").await;
    let p1 = c.nodes[1].join("public_g722", "22000").await;
    until("both conferences merged", || active(&addr).len() == 2).await;
    assert_eq!(
        active(&addr),
        vec![entry("public_g722", "fs2", 1), entry("team_g722", "fs1", 2)]
    );

    // v1 sees exactly the original shapes; v2 gets the node.
    let init1 = v1.request(json!({"req": "init"})).await;
    assert_eq!(init1["data"].as_array().unwrap().len(), 2, "{init1}");
    assert!(!mentions_node(&init1), "{init1}");
    assert!(!v1.seen.iter().any(mentions_node), "{:?}", v1.seen);
    let init2 = v2.request(json!({"req": "init", "version": 2})).await;
    let tagged: Vec<(&str, &str)> = init2["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["name"].as_str().unwrap(), c["node"].as_str().unwrap()))
        .collect();
    assert_eq!(tagged, vec![("public_g722", "fs2"), ("team_g722", "fs1")]);
    let news: Vec<&Value> = v2
        .seen
        .iter()
        .filter(|m| m["event"] == "newConference")
        .collect();
    assert!(
        news.iter().all(|m| m["data"]["node"].is_string()),
        "{news:?}"
    );

    controls_reach_the_hosting_node(&c, &mut v2, &m1, &m2, &p1).await;
    reloads_go_to_every_node(&c, &mut v1).await;
    a_split_is_shown_and_reported(&c, &mut v1, &mut v2).await;
    losing_a_node_ends_only_its_conferences(&mut c, &mut v1, &mut v2).await;
}

/// Which nodes got a command containing `needle` after `before` (their
/// command counts).
fn got(c: &Cluster, before: &[usize], needle: &str) -> Vec<&'static str> {
    c.nodes
        .iter()
        .zip(before)
        .filter(|(n, &b)| n.commands()[b..].iter().any(|l| l.contains(needle)))
        .map(|(n, _)| n.name)
        .collect()
}

fn counts(c: &Cluster) -> Vec<usize> {
    c.nodes.iter().map(|n| n.commands().len()).collect()
}

async fn controls_reach_the_hosting_node(
    c: &Cluster,
    v2: &mut LiveClient,
    m1: &str,
    m2: &str,
    p1: &str,
) {
    let addr = &c.serve.addr;
    // REST: the public conference runs on fs2.
    let before = counts(c);
    let r = post(addr, "/api/active/public_g722/mute", json!({"member": p1}));
    assert_eq!(r.status, 200, "{}", r.text());
    let want = format!("conference public_g722 mute {p1}");
    assert_eq!(got(c, &before, &want), vec!["fs2"]);

    // WebSocket: the team conference runs on fs1.
    let before = counts(c);
    v2.send(json!({"req":"memexec","conference":"team_g722","call":"mute","member":m1}))
        .await;
    let done = v2.until("done").await;
    assert!(!done.iter().any(|m| m["event"] == "error"), "{done:?}");
    let want = format!("conference team_g722 mute {m1}");
    assert_eq!(got(c, &before, &want), vec!["fs1"]);

    // `fsconn live` through the server, and locally over the nodes' sockets.
    let url = format!("http://{addr}");
    let before = counts(c);
    let out = tokio::task::block_in_place(|| {
        c.env
            .cmd()
            .args(["--server", &url, "--user", "defaultuser:napw", "live"])
            .args(["kick", "team_g722", m2, "--yes", "--json"])
            .run()
    });
    out.ok();
    assert_eq!(
        got(c, &before, &format!("conference team_g722 kick {m2}")),
        vec!["fs1"]
    );
    let before = counts(c);
    let out = tokio::task::block_in_place(|| {
        c.env
            .cmd()
            .args(["live", "unmute", "public_g722", p1, "--json"])
            .run()
    });
    out.ok();
    assert_eq!(
        got(c, &before, &format!("conference public_g722 unmute {p1}")),
        vec!["fs2"]
    );
    let listed = tokio::task::block_in_place(|| c.env.cmd().args(["live", "list", "--json"]).run());
    let list = listed.json();
    let nodes: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["node"].as_str().unwrap_or("-"))
        .collect();
    assert_eq!(nodes, vec!["fs2", "fs1"], "{list}");

    refusals_send_nothing(c, v2, m1).await;
}

/// A transfer across nodes and a control of a conference that runs
/// nowhere are refused with a clear error; no node gets a command.
async fn refusals_send_nothing(c: &Cluster, v2: &mut LiveClient, m1: &str) {
    let addr = &c.serve.addr;
    // Members are not moved to a conference on another node (it would
    // start there too: a split).
    let before = counts(c);
    let r = post(
        addr,
        "/api/active/team_g722/transfer",
        json!({"member": m1, "to": "public_g722"}),
    );
    assert_eq!(r.status, 409, "{}", r.text());
    assert!(r.text().contains("runs on node fs2"), "{}", r.text());
    let err = v2
        .request(json!({"req":"memexec","conference":"team_g722","call":"transfer","member":m1,"to":"public_g722"}))
        .await;
    assert!(
        err["error"].as_str().unwrap().contains("runs on node fs2"),
        "{err}"
    );
    let out = tokio::task::block_in_place(|| {
        c.env
            .cmd()
            .args(["live", "transfer", "team_g722", m1, "public_g722", "--yes"])
            .run()
    });
    out.code(2);
    assert!(out.stderr.contains("runs on node fs2"), "{}", out.stderr);
    assert!(got(c, &before, "transfer").is_empty());

    // A conference that runs nowhere: a clear error, nothing sent.
    let before = counts(c);
    let r = post(addr, "/api/active/nosuch/lock", json!({}));
    assert_eq!(r.status, 404, "{}", r.text());
    assert!(r.text().contains("not running"), "{}", r.text());
    let err = v2
        .request(json!({"req":"exec","conference":"nosuch","call":"lock"}))
        .await;
    assert_eq!(err["event"], "error", "{err}");
    assert!(got(c, &before, "nosuch").is_empty());
}

async fn reloads_go_to_every_node(c: &Cluster, v1: &mut LiveClient) {
    let addr = &c.serve.addr;
    v1.quiet(300).await;
    // A write through the server reloads every node...
    let before = counts(c);
    let r = post(
        addr,
        "/api/users/add",
        json!([{"name": "nodeuser", "email": "n@example.com", "context": "friends"}]),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let id = r.json()["done"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(got(c, &before, "reloadxml"), NODES.to_vec());
    // Clients are told once, not once per node.
    let told = v1.quiet(1000).await;
    let news = told.iter().filter(|m| m["event"] == "newXML").count();
    assert_eq!(news, 1, "{told:?}");
    // ...and so does one by the CLI.
    let before = counts(c);
    let out = tokio::task::block_in_place(|| {
        c.env
            .cmd_with_reload()
            .args(["users", "del", "--yes", &id])
            .run()
    });
    out.ok();
    assert_eq!(got(c, &before, "reloadxml"), NODES.to_vec());
    // The deleted user's registrations end on whichever node holds them.
    let flush = format!("flush_inbound_reg {id}@");
    assert_eq!(got(c, &before, &flush), NODES.to_vec());
}

async fn a_split_is_shown_and_reported(c: &Cluster, v1: &mut LiveClient, v2: &mut LiveClient) {
    let addr = &c.serve.addr;
    v1.quiet(300).await;
    v2.quiet(300).await;
    // A caller of team_g722 lands on fs3 while it runs on fs1.
    c.nodes[2].join("team_g722", "22000").await;
    let split = v2.until("split").await;
    assert_eq!(
        split.last().unwrap(),
        &json!({"event":"split","conference":"team_g722","nodes":["fs1","fs3"]})
    );
    // Not merged: the members of fs3's team_g722 reached nobody as
    // members of fs1's.
    assert!(
        !split.iter().any(|m| m["event"] == "newMember"),
        "{split:?}"
    );
    assert!(
        v1.quiet(300).await.is_empty(),
        "v1 clients hear nothing of it"
    );
    until("both entries in /api/active", || {
        active(addr).iter().filter(|e| e.0 == "team_g722").count() == 2
    })
    .await;
    let h = healthz(addr);
    assert_eq!(h["splits"], 1, "{h}");
    let status = get(addr, "/api/status").json();
    let named: Vec<&str> = status["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["name"].as_str().unwrap())
        .collect();
    assert_eq!(named, NODES.to_vec(), "{status}");
    let fs1 = format!("fs1={}", c.nodes[0].addr);
    assert!(
        status["freeswitch"]["address"]
            .as_str()
            .unwrap()
            .contains(&fs1),
        "{status}"
    );
    assert_eq!(
        status["splits"],
        json!([{"conference":"team_g722","nodes":["fs1","fs3"]}])
    );
    let m = c.metrics.clone();
    let samples = tokio::task::block_in_place(|| scrape(&m));
    assert_eq!(sample(&samples, "fsconn_conference_splits", json!({})), 1.0);
    let info = tokio::task::block_in_place(|| c.env.cmd().args(["info"]).run());
    info.ok();
    assert!(
        info.stdout
            .contains("split: conference team_g722 runs on nodes fs1, fs3"),
        "{}",
        info.stdout
    );
}

async fn losing_a_node_ends_only_its_conferences(
    c: &mut Cluster,
    v1: &mut LiveClient,
    v2: &mut LiveClient,
) {
    let addr = c.serve.addr.clone();
    v1.quiet(200).await;
    v2.quiet(200).await;
    let fs2 = c.nodes[1].addr.clone();
    c.nodes[1].sim.take().unwrap().stop();
    let gone = v1.until("delConference").await;
    assert_eq!(
        gone.last().unwrap(),
        &json!({"event":"delConference","conference":"public_g722"})
    );
    until("healthz degraded", || {
        healthz(&addr)["status"] == "degraded"
    })
    .await;
    let h = healthz(&addr);
    assert_eq!(h["nodes_down"], json!(["fs2"]), "{h}");
    let others: Vec<_> = active(&addr).into_iter().map(|e| e.1).collect();
    assert_eq!(others, vec!["fs1", "fs3"], "the others keep running");
    let m = c.metrics.clone();
    let samples = tokio::task::block_in_place(|| scrape(&m));
    assert_eq!(
        sample(&samples, "fsconn_node_up", json!({"node": "fs2"})),
        0.0
    );
    assert_eq!(
        sample(&samples, "fsconn_node_up", json!({"node": "fs1"})),
        1.0
    );
    let fs1_members: u64 = active(&addr)
        .iter()
        .filter(|e| e.1 == "fs1")
        .map(|e| e.2)
        .sum();
    assert_eq!(
        sample(
            &samples,
            "fsconn_node_conference_members",
            json!({"node": "fs1"})
        ),
        fs1_members as f64
    );
    per_node_reports_while_one_is_down(c);

    // The node comes back (a restarted switch: its XML is reloaded, then
    // its callers return).
    c.nodes[1] = Node::start(&c.env, "fs2", &fs2);
    until("fs2 reconnected", || healthz(&addr)["status"] == "ok").await;
    until("fs2 reloaded on its return", || {
        c.nodes[1]
            .commands()
            .iter()
            .any(|l| l.contains("reloadxml"))
    })
    .await;
    let m = c.metrics.clone();
    let samples = tokio::task::block_in_place(|| scrape(&m));
    let name = "fsconn_node_event_socket_reconnects_total";
    assert_eq!(sample(&samples, name, json!({"node": "fs2"})), 1.0);
    assert_eq!(
        sample(&samples, "fsconn_node_up", json!({"node": "fs2"})),
        1.0
    );
    c.nodes[1].join("public_g722", "22000").await;
    let back = v2.until("newConference").await;
    let conf = &back.last().unwrap()["data"];
    assert_eq!(
        (conf["name"].as_str(), conf["node"].as_str()),
        (Some("public_g722"), Some("fs2"))
    );
    let back1 = v1.until("newConference").await;
    assert!(!mentions_node(back1.last().unwrap()));
}

/// `fsconn info` (local and through the server) and `fsconn doctor` name
/// each node, the lost one as down.
fn per_node_reports_while_one_is_down(c: &Cluster) {
    let url = format!("http://{}", c.serve.addr);
    let local = c.env.cmd().args(["info"]).run();
    let remote = c
        .env
        .cmd()
        .args(["--server", &url, "--user", "defaultuser:napw", "info"])
        .run();
    for out in [local, remote] {
        out.ok();
        let fs1 = format!("node fs1 ({}): connected, 1 conference, ", c.nodes[0].addr);
        assert!(out.stdout.contains(&fs1), "{}", out.stdout);
        let fs2 = format!("node fs2 ({}): DOWN", c.nodes[1].addr);
        assert!(out.stdout.contains(&fs2), "{}", out.stdout);
    }
    // `fsconn live list` over the nodes' sockets shows what it can reach
    // and says which node it could not.
    let listed = c.env.cmd().args(["live", "list", "--json"]).run();
    listed.ok();
    assert!(
        listed.stderr.contains("node fs2: event socket") && listed.stderr.contains("not shown"),
        "{}",
        listed.stderr
    );
    let list = listed.json();
    assert!(
        list.as_array().unwrap().iter().all(|c| c["node"] != "fs2"),
        "{list}"
    );
    let doctor = c.env.cmd().args(["doctor", "--json"]).run();
    let report = doctor.json();
    let check = |name: &str| {
        report["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .cloned()
            .unwrap_or_else(|| panic!("no check {name}: {report}"))
    };
    assert_eq!(check("fs1/esl")["ok"], true);
    assert_eq!(check("fs3/esl")["ok"], true);
    let down = check("fs2/esl");
    assert_eq!(down["ok"], false);
    assert!(
        down["detail"].as_str().unwrap().starts_with("node fs2: "),
        "{down}"
    );
    assert!(down["fix"].as_str().unwrap().contains("node fs2"), "{down}");
}

/// A TCP relay standing in for the network between fsconn and a node:
/// dropping it breaks the event socket while the node (and its
/// conferences) keep running.
struct Relay {
    task: tokio::task::JoinHandle<()>,
    conns: std::sync::Arc<std::sync::Mutex<Vec<tokio::task::JoinHandle<()>>>>,
}

impl Relay {
    async fn start(listen: &str, to: &str) -> Relay {
        let listener = tokio::net::TcpListener::bind(listen).await.unwrap();
        let conns = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (list, to) = (conns.clone(), to.to_string());
        let task = tokio::spawn(async move {
            while let Ok((mut a, _)) = listener.accept().await {
                let to = to.clone();
                let pipe = tokio::spawn(async move {
                    if let Ok(mut b) = tokio::net::TcpStream::connect(&to).await {
                        let _ = tokio::io::copy_bidirectional(&mut a, &mut b).await;
                    }
                });
                list.lock().unwrap().push(pipe);
            }
        });
        Relay { task, conns }
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        self.task.abort();
        for c in self.conns.lock().unwrap().drain(..) {
            c.abort();
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_node_cut_off_comes_back_with_the_conferences_it_kept() {
    let env = TestEnv::new();
    let fs1 = Node::start(&env, "fs1", "127.0.0.1:0");
    let mut fs2 = Node::start(&env, "fs2", "127.0.0.1:0");
    let relay_addr = format!("127.0.0.1:{}", free_port());
    let sim2 = fs2.addr.clone();
    let relay = Relay::start(&relay_addr, &sim2).await;
    // fsconn reaches fs2 through the relay.
    fs2.addr = relay_addr.clone();
    let nodes = vec![fs1, fs2];
    env.write_settings(&settings(&nodes));
    let serve = Proc::start(env.cmd().args(["serve", "--listen", "127.0.0.1:0"]));
    let addr = serve.addr.clone();
    until("both nodes connected", || healthz(&addr)["status"] == "ok").await;
    let on_fs2 = |conf: &'static str, user: &'static str| {
        let sim2 = sim2.clone();
        async move {
            esl(&sim2)
                .await
                .api(&format!("sim join {conf} {user}"))
                .await
                .unwrap()
        }
    };
    on_fs2("public_g722", "22000").await;
    until("public_g722 on fs2", || {
        active(&addr) == vec![entry("public_g722", "fs2", 1)]
    })
    .await;
    let mut v1 = LiveClient::connect(&addr, "defaultuser:napw").await;
    let init = v1.request(json!({"req": "init"})).await;
    assert_eq!(init["data"].as_array().unwrap().len(), 1, "{init}");

    drop(relay);
    let gone = v1.until("delConference").await;
    assert_eq!(
        gone.last().unwrap(),
        &json!({"event":"delConference","conference":"public_g722"})
    );
    until("fs2 down", || {
        healthz(&addr)["nodes_down"] == json!(["fs2"])
    })
    .await;
    assert!(active(&addr).is_empty());
    // The node went on: a caller joined while fsconn could not see it.
    on_fs2("public_g722", "21000").await;

    let _relay = Relay::start(&relay_addr, &sim2).await;
    let back = v1.until("newConference").await;
    let conf = &back.last().unwrap()["data"];
    assert_eq!(conf["name"], "public_g722");
    assert_eq!(conf["memcount"], 2, "{conf}");
    assert!(!mentions_node(conf), "{conf}");
    until("healthy again", || healthz(&addr)["status"] == "ok").await;
    assert_eq!(active(&addr), vec![entry("public_g722", "fs2", 2)]);
}

/// Without `[[node]]` tables nothing of the cluster shows: the answers of
/// one switch are what they were.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn file_mode_answers_carry_nothing_of_a_cluster() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let addr = serve.addr.clone();
    until("connected", || healthz(&addr)["status"] == "ok").await;
    assert_eq!(
        keys(&healthz(&addr)),
        vec!["status", "event_socket", "config", "version"]
    );
    let status = get(&addr, "/api/status").json();
    assert_eq!(
        keys(&status),
        vec!["op", "freeswitch", "reloadxml", "fsconn"]
    );
    assert_eq!(status["freeswitch"]["address"], sim.addr.as_str());
    let info = get(&addr, "/api/info").json();
    assert_eq!(keys(&info), vec!["op", "info", "globals"]);
    esl(&sim.addr)
        .await
        .api("sim join team_g722 20000")
        .await
        .unwrap();
    until("running", || active(&addr).len() == 1).await;
    assert_eq!(active(&addr), vec![entry("team_g722", "-", 1)]);
    let mut v2 = LiveClient::connect(&addr, "defaultuser:napw&v=2").await;
    let init = v2.request(json!({"req": "init", "version": 2})).await;
    assert!(!mentions_node(&init), "{init}");
}
