//! Issue 22's whole picture on one machine: three FreeSWITCH nodes (each
//! an `fsconn sim` fetching users and dialplan from fsconn as mod_xml_curl
//! does, with SIPp answering its SIP side), Kamailio from
//! examples/kamailio (ports changed with -A only) in front, SIPp phones.
//! Users added with the CLI register through Kamailio; the calls of one
//! conference meet on one node; fsconn's live view merges the nodes; a
//! control goes to the hosting node; a deleted user is refused at the next
//! REGISTER; a node killed ends only its conferences, /healthz names it,
//! and the next calls for its numbers run on another node.

use crate::harness::*;
use crate::kamailio_dispatch::{free_port, need, register, start_kamailio, Guard};
use crate::live_ws::LiveClient;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PROXY_PW: &str = "kamailio-xml-curl-pw";

struct Node {
    name: String,
    sim: Option<Proc>,
    uas: Option<Guard>,
    esl: String,
    sip: u16,
    commands: PathBuf,
    messages: PathBuf,
}

impl Node {
    fn password(&self) -> String {
        format!("{}-xml-curl-secret", self.name)
    }

    fn start(env: &TestEnv, i: usize, xml_curl: &str) -> Node {
        let name = format!("fs{i}");
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let conf = env.path(&format!("{name}-conf"));
        crate::sim_support::copy_dir(&root.join("examples/cluster/node"), &conf);
        let commands = env.path(&format!("{name}-commands.log"));
        let password = format!("{name}-xml-curl-secret");
        let sim = Proc::start(
            env.cmd()
                .args(["--conf-dir"])
                .arg_path(&conf)
                .args(["sim", "--listen", "127.0.0.1:0", "--command-log"])
                .arg_path(&commands)
                .args(["--node", &name, "--xml-curl", xml_curl])
                .args(["--xml-curl-credentials", &format!("{name}:{password}")]),
        );
        let esl = sim.addr.clone();
        let sip = free_port();
        let messages = env.path(&format!("{name}-sip.log"));
        let fixtures = root.join("tests/fixtures/cluster");
        let uas = Command::new("/usr/bin/sipp")
            .arg("-sf")
            .arg(fixtures.join("node-uas.xml"))
            .args(["-i", "127.0.0.1", "-p", &sip.to_string()])
            .arg("-key")
            .arg("glue")
            .arg(fixtures.join("esl_api.py"))
            .args(["-key", "esl", esl.rsplit(':').next().unwrap()])
            .args(["-trace_msg", "-message_file"])
            .arg(&messages)
            .args(["-nostdin", "-nd"])
            .current_dir(env.path(""))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("sipp node side");
        Node {
            name,
            sim: Some(sim),
            uas: Some(Guard(uas)),
            esl,
            sip,
            commands,
            messages,
        }
    }

    fn table(&self) -> String {
        format!(
            "[[node]]\nname = \"{}\"\nesl = \"{}\"\nxml_curl_password = \"{}\"\nsip = \"127.0.0.1:{}\"\n",
            self.name,
            self.esl,
            self.password(),
            self.sip
        )
    }

    /// The conference numbers this node's SIP side was called for.
    fn invites(&self) -> Vec<String> {
        std::fs::read_to_string(&self.messages)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.strip_prefix("INVITE sip:"))
            .filter_map(|l| l.split('@').next())
            .map(str::to_string)
            .collect()
    }

    fn commands(&self) -> String {
        std::fs::read_to_string(&self.commands).unwrap_or_default()
    }

    fn kill(&mut self) {
        drop(self.uas.take());
        drop(self.sim.take());
    }
}

/// A phone of `caller` in a call to `number` through Kamailio, held until
/// the test ends (the guard hangs it up by killing SIPp).
fn call(dir: &Path, kamailio: u16, caller: &str, number: &str) -> Guard {
    let scenario = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cluster/call.xml");
    let child = Command::new("/usr/bin/sipp")
        .arg("-sf")
        .arg(scenario)
        .arg(format!("127.0.0.1:{kamailio}"))
        .args(["-s", number, "-key", "caller", caller])
        .args(["-i", "127.0.0.1", "-p", &free_port().to_string()])
        .args(["-m", "1", "-d", "120000", "-nostdin"])
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("sipp phone");
    Guard(child)
}

fn get(addr: &str, uri: &str) -> Value {
    let (addr, uri) = (addr.to_string(), uri.to_string());
    tokio::task::block_in_place(|| Http::new(&addr, "defaultuser", "napw").get(&uri).json())
}

fn healthz(addr: &str) -> Value {
    let url = format!("http://{addr}/healthz");
    tokio::task::block_in_place(|| {
        reqwest::blocking::get(url)
            .and_then(|r| r.json())
            .unwrap_or_default()
    })
}

/// `(conference, node, members)` of `/api/active`.
fn active(addr: &str) -> Vec<(String, String, u64)> {
    let list = get(addr, "/api/active");
    let entries = list.as_array().cloned().unwrap_or_default();
    entries
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap_or("").to_string(),
                c["node"].as_str().unwrap_or("-").to_string(),
                c["memcount"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

async fn until(what: &str, mut f: impl FnMut() -> bool) {
    let start = Instant::now();
    while !f() {
        assert!(start.elapsed() < Duration::from_secs(20), "never: {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn node_of<'a>(nodes: &'a [Node], number: &str) -> Vec<&'a str> {
    nodes
        .iter()
        .flat_map(|n| {
            let hits = n.invites().iter().filter(|i| *i == number).count();
            std::iter::repeat_n(n.name.as_str(), hits)
        })
        .collect()
}

fn run(t: TestCommand) -> Output {
    tokio::task::block_in_place(|| t.run())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_nodes_behind_kamailio_are_one_system() {
    for (path, package) in [
        ("/usr/sbin/kamailio", "kamailio"),
        (
            "/usr/lib/x86_64-linux-gnu/kamailio/modules/dispatcher.so",
            "kamailio",
        ),
        (
            "/usr/lib/x86_64-linux-gnu/kamailio/modules/http_client.so",
            "kamailio-utils-modules",
        ),
        (
            "/usr/lib/x86_64-linux-gnu/kamailio/modules/xmlops.so",
            "kamailio-xml-modules",
        ),
        ("/usr/bin/sipp", "sip-tester"),
    ] {
        need(path, package);
    }
    let env = TestEnv::new();
    let dir = env.path("phones");
    std::fs::create_dir_all(&dir).unwrap();
    let serve_port = free_port();
    let xml_curl = format!("http://127.0.0.1:{serve_port}/api/xml_curl");
    let mut nodes: Vec<Node> = (1..=3).map(|i| Node::start(&env, i, &xml_curl)).collect();
    let tables: String = nodes.iter().map(Node::table).collect();
    env.write_settings(&format!(
        "{tables}[[proxy]]\nname = \"kamailio\"\nxml_curl_password = \"{PROXY_PW}\"\n"
    ));
    let serve =
        Proc::start(
            env.cmd()
                .args(["serve", "--listen", &format!("127.0.0.1:{serve_port}")]),
        );
    let addr = serve.addr.clone();
    until("every node connected", || healthz(&addr)["status"] == "ok").await;
    let list = env.path("dispatcher.list");
    run(env
        .cmd()
        .args(["cluster", "dispatcher-list", "--out"])
        .arg_path(&list))
    .ok();
    let kport = free_port();
    let httpcon =
        format!("FSCONN_HTTPCON=\"fsconn=>http://kamailio:{PROXY_PW}@{addr}/api/xml_curl\"");
    let _kamailio = start_kamailio(&dir, kport, &list, &[httpcon]);

    // A user added with the CLI registers through Kamailio, as do the
    // example's users.
    let added = run(env
        .cmd()
        .args(["users", "add", "--name", "dave", "--context", "team"])
        .args([
            "--email",
            "dave@example.com",
            "--password",
            "davepw12345",
            "--json",
        ]));
    added.ok();
    let dave = added.json()["done"][0]["id"].as_str().unwrap().to_string();
    assert!(
        register(&dir, kport, &dave, "davepw12345"),
        "dave registers"
    );
    let added = run(env
        .cmd()
        .args(["users", "add", "--name", "erin", "--context", "team"])
        .args([
            "--email",
            "erin@example.com",
            "--password",
            "erinpw12345",
            "--json",
        ]));
    added.ok();
    let erin = added.json()["done"][0]["id"].as_str().unwrap().to_string();
    for u in ["20000", "21000", "22000"] {
        assert!(register(&dir, kport, u, "napw"), "{u} registers");
    }

    // Three phones call 30000, one each 31000 and 32000.
    let mut phones = Vec::new();
    for (caller, number) in [
        ("20000", "30000"),
        (erin.as_str(), "30000"),
        (dave.as_str(), "30000"),
        ("21000", "31000"),
        ("22000", "32000"),
    ] {
        phones.push(call(&dir, kport, caller, number));
    }
    until("every call in a conference", || {
        active(&addr).iter().map(|c| c.2).sum::<u64>() == 5
    })
    .await;
    let team = node_of(&nodes, "30000");
    assert_eq!(team.len(), 3, "{team:?}");
    assert!(
        team.iter().all(|n| *n == team[0]),
        "30000's calls split: {team:?}"
    );
    let home = team[0].to_string();
    // The live view is the merge, each conference tagged with the node its
    // calls landed on.
    for (conf, number) in [
        ("team_g722", "30000"),
        ("friends_opus", "31000"),
        ("public_g722", "32000"),
    ] {
        let on = node_of(&nodes, number)[0].to_string();
        let entry = active(&addr).into_iter().find(|c| c.0 == conf);
        assert_eq!(
            entry.as_ref().map(|e| e.1.clone()),
            Some(on),
            "{conf}: {entry:?}"
        );
    }
    assert!(active(&addr).contains(&("team_g722".into(), home.clone(), 3)));
    let mut v2 = LiveClient::connect(&addr, "defaultuser:napw&v=2").await;
    let init = v2.request(json!({"req": "init", "version": 2})).await;
    let tagged: Vec<(String, String)> = init["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().into(),
                c["node"].as_str().unwrap().into(),
            )
        })
        .collect();
    let want: Vec<(String, String)> = active(&addr).into_iter().map(|c| (c.0, c.1)).collect();
    assert_eq!(tagged, want);

    // A control goes to the node hosting the conference, and only there.
    let team_entry = get(&addr, "/api/active");
    let member = team_entry
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "team_g722")
        .and_then(|c| c["members"][0]["confid"].as_str())
        .unwrap()
        .to_string();
    let before: Vec<usize> = nodes.iter().map(|n| n.commands().len()).collect();
    let r = tokio::task::block_in_place(|| {
        Http::new(&addr, "defaultuser", "napw")
            .post("/api/active/team_g722/mute", &json!({"member": member}))
    });
    assert_eq!(r.status, 200, "{}", r.text());
    for (n, b) in nodes.iter().zip(before) {
        let new = n.commands()[b..].to_string();
        let muted = new.contains(&format!("conference team_g722 mute {member}"));
        assert_eq!(muted, n.name == home, "{}: {new}", n.name);
    }

    // Deleted with the CLI: refused at the next REGISTER, nothing reloaded.
    run(env.cmd().args(["users", "del", &dave, "--yes"])).ok();
    assert!(
        !register(&dir, kport, &dave, "davepw12345"),
        "dave was deleted"
    );

    // The team's node dies: only its conferences end, /healthz names it,
    // and the next call for 30000 runs on another node.
    let others: Vec<(String, String, u64)> =
        active(&addr).into_iter().filter(|c| c.1 != home).collect();
    nodes.iter_mut().find(|n| n.name == home).unwrap().kill();
    until("the dead node's conferences end", || {
        active(&addr).iter().all(|c| c.1 != home)
    })
    .await;
    until("healthz degraded", || {
        healthz(&addr)["status"] == "degraded"
    })
    .await;
    assert_eq!(healthz(&addr)["nodes_down"], json!([home.clone()]));
    assert_eq!(active(&addr), others, "the other nodes keep running");
    phones.push(call(&dir, kport, "20000", "30000"));
    until("30000 again, elsewhere", || {
        active(&addr).iter().any(|c| c.0 == "team_g722")
    })
    .await;
    let moved = active(&addr)
        .into_iter()
        .find(|c| c.0 == "team_g722")
        .unwrap();
    assert_ne!(moved.1, home);
    let landed: Vec<&str> = node_of(&nodes, "30000")
        .into_iter()
        .filter(|n| *n != home)
        .collect();
    assert_eq!(landed, vec![moved.1.as_str()]);
    drop(phones);
}
