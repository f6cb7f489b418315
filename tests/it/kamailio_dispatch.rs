//! An admin puts Kamailio in front of several FreeSWITCH nodes: fsconn
//! writes the dispatcher list from its `[[node]]` tables, and the shipped
//! examples/kamailio/kamailio.cfg (only ports and paths changed, with `-A`)
//! sends every call for one conference number to the same node, spreads
//! the conferences over the nodes, and moves a conference's calls to
//! another node when its node dies. The nodes' SIP side is SIPp answering
//! calls (the sim is no SIP server); the phones are SIPp callers.

use crate::harness::*;
use std::net::{TcpListener, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const PW: &str = "0123456789abcdef";

pub fn need(path: &str, package: &str) {
    assert!(
        Path::new(path).exists(),
        "{path} is missing: apt-get install {package} (see .ci/run)"
    );
}

/// A port nothing listens on right now (TCP and UDP).
pub fn free_port() -> u16 {
    loop {
        let t = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = t.local_addr().unwrap().port();
        if UdpSocket::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
}

fn node_tables(sip_ports: &[u16]) -> String {
    sip_ports
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(
                "[[node]]\nname = \"fs{n}\"\nesl = \"127.0.0.1:{esl}\"\nxml_curl_password = \"{PW}\"\nsip = \"127.0.0.1:{p}\"\n",
                n = i + 1,
                esl = 18021 + i
            )
        })
        .collect()
}

/// Kills the child when the test ends, however it ends.
pub struct Guard(pub Child);

/// SIGTERM first: Kamailio's main process then stops the children it
/// forked (SIGKILL would leave them running, bound to their ports).
impl Drop for Guard {
    fn drop(&mut self) {
        let _ = Command::new("kill").arg(self.0.id().to_string()).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One node's SIP side: SIPp answering calls, logging every message.
struct Node {
    port: u16,
    log: PathBuf,
    proc: Option<Guard>,
}

impl Node {
    fn start(dir: &Path, port: u16) -> Node {
        let log = dir.join(format!("node-{port}.msg.log"));
        let scenario =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cluster/answer.xml");
        let child = Command::new("/usr/bin/sipp")
            .arg("-sf")
            .arg(scenario)
            .args(["-i", "127.0.0.1", "-p", &port.to_string()])
            .args(["-trace_msg", "-message_file"])
            .arg(&log)
            .args(["-nostdin", "-nd"])
            .current_dir(dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("sipp uas");
        Node {
            port,
            log,
            proc: Some(Guard(child)),
        }
    }

    /// The conference numbers of the INVITEs this node received.
    fn invites(&self) -> Vec<String> {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        text.lines()
            .filter_map(|l| l.strip_prefix("INVITE sip:"))
            .filter_map(|l| l.split('@').next())
            .map(str::to_string)
            .collect()
    }
}

pub fn start_kamailio(dir: &Path, port: u16, list: &Path, defines: &[String]) -> Guard {
    let cfg = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/kamailio/kamailio.cfg");
    let run = dir.join("kamailio-run");
    std::fs::create_dir_all(&run).unwrap();
    let log = std::fs::File::create(dir.join("kamailio.log")).unwrap();
    let child = Command::new("/usr/sbin/kamailio")
        .arg("-f")
        .arg(&cfg)
        .args(["-DD", "-E", "-n", "2", "-Y"])
        .arg(&run)
        .arg("-P")
        .arg(dir.join("kamailio.pid"))
        .arg("-A")
        .arg(format!("LISTEN=udp:127.0.0.1:{port}"))
        .arg("-A")
        .arg(format!("DISPATCHER_LIST=\"{}\"", list.display()))
        .arg("-A")
        .arg("NODE_TIMEOUT_MS=1500")
        .arg("-A")
        .arg(format!(
            "CTL_SOCKET=\"unix:{}\"",
            dir.join("kamailio_ctl").display()
        ))
        .args(defines.iter().flat_map(|d| ["-A", d.as_str()]))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("kamailio");
    let guard = Guard(child);
    let t0 = Instant::now();
    while t0.elapsed() < Duration::from_secs(10) {
        let text = std::fs::read_to_string(dir.join("kamailio.log")).unwrap_or_default();
        if text.contains("ERROR: bad config") {
            panic!("kamailio refused its config:\n{text}");
        }
        if UdpSocket::bind(("127.0.0.1", port)).is_err() {
            return guard;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("kamailio never listened on {port}");
}

/// One phone's call to NUMBER through Kamailio: SIPp's caller, answered,
/// held briefly, hung up. True when the call went through.
fn call(dir: &Path, kamailio: u16, number: &str) -> bool {
    let scenario = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cluster/call.xml");
    Command::new("/usr/bin/sipp")
        .arg("-sf")
        .arg(scenario)
        .arg(format!("127.0.0.1:{kamailio}"))
        .args(["-s", number, "-key", "caller", "20000"])
        .args(["-i", "127.0.0.1", "-p", &free_port().to_string()])
        .args(["-m", "1", "-d", "100", "-timeout", "30s", "-nostdin", "-nd"])
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("sipp uac")
        .success()
}

/// Which node (by SIP port) each number's INVITEs landed on so far.
fn landed(nodes: &[Node], number: &str) -> Vec<u16> {
    let mut on = Vec::new();
    for n in nodes {
        for _ in n.invites().iter().filter(|i| *i == number) {
            on.push(n.port);
        }
    }
    on
}

#[test]
fn the_dispatcher_list_comes_from_the_node_tables() {
    let env = TestEnv::new();
    let out = env.cmd().args(["cluster", "dispatcher-list"]).run();
    out.code(2);
    assert!(out.stderr.contains("file mode"), "{}", out.stderr);

    env.write_settings(&node_tables(&[5081, 5082]));
    let out = env.cmd().args(["cluster", "dispatcher-list"]).run();
    out.ok();
    let entries: Vec<&str> = out.stdout.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        entries,
        [
            "1 sip:127.0.0.1:5081 0 0 duid=fs1;node=fs1",
            "1 sip:127.0.0.1:5082 0 0 duid=fs2;node=fs2"
        ]
    );
    let file = env.path("dispatcher.list");
    env.cmd()
        .args(["cluster", "dispatcher-list", "--out"])
        .arg_path(&file)
        .run()
        .ok();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), out.stdout);
}

#[test]
fn calls_land_on_their_conference_node_and_fail_over() {
    need("/usr/sbin/kamailio", "kamailio");
    need(
        "/usr/lib/x86_64-linux-gnu/kamailio/modules/dispatcher.so",
        "kamailio",
    );
    need(
        "/usr/lib/x86_64-linux-gnu/kamailio/modules/http_client.so",
        "kamailio-utils-modules",
    );
    need(
        "/usr/lib/x86_64-linux-gnu/kamailio/modules/xmlops.so",
        "kamailio-xml-modules",
    );
    need("/usr/bin/sipp", "sip-tester");
    let env = TestEnv::new();
    let dir = env.path("cluster");
    std::fs::create_dir_all(&dir).unwrap();
    let mut nodes: Vec<Node> = (0..3).map(|_| Node::start(&dir, free_port())).collect();
    let ports: Vec<u16> = nodes.iter().map(|n| n.port).collect();
    env.write_settings(&node_tables(&ports));
    let list = dir.join("dispatcher.list");
    env.cmd()
        .args(["cluster", "dispatcher-list", "--out"])
        .arg_path(&list)
        .run()
        .ok();
    let kport = free_port();
    let _kamailio = start_kamailio(&dir, kport, &list, &[]);

    // Three phones call 30000: all on one node.
    for _ in 0..3 {
        assert!(call(&dir, kport, "30000"), "a call to 30000 failed");
    }
    let home = landed(&nodes, "30000");
    assert_eq!(home.len(), 3, "{home:?}");
    assert!(home.iter().all(|p| *p == home[0]), "30000 split: {home:?}");

    // Twelve conferences spread over the nodes.
    let numbers: Vec<String> = (30001..30013).map(|n| n.to_string()).collect();
    for n in &numbers {
        assert!(call(&dir, kport, n), "a call to {n} failed");
    }
    let used: std::collections::BTreeSet<u16> =
        numbers.iter().flat_map(|n| landed(&nodes, n)).collect();
    assert!(used.len() >= 2, "every conference on one node: {used:?}");

    // 30000's node dies: its next calls go to one other node, all of them.
    let dead = nodes.iter_mut().find(|n| n.port == home[0]).unwrap();
    drop(dead.proc.take());
    for _ in 0..3 {
        assert!(
            call(&dir, kport, "30000"),
            "a call to 30000 after the failure"
        );
    }
    let after: Vec<u16> = landed(&nodes, "30000")
        .into_iter()
        .filter(|p| *p != home[0])
        .collect();
    assert_eq!(after.len(), 3, "{after:?}");
    assert!(
        after.iter().all(|p| *p == after[0]),
        "30000 split after failover: {after:?}"
    );
    let log = std::fs::read_to_string(dir.join("kamailio.log")).unwrap();
    assert!(
        log.contains(&format!(
            "FSCONN-CLUSTER node sip:127.0.0.1:{} failed for 30000",
            home[0]
        )),
        "{log}"
    );
}

const PROXY_PW: &str = "kamailio-xml-curl-pw";

/// fsconn serving one node and the proxy (`[[proxy]]`, with `proxy_sip`
/// as its `sip` when given), Kamailio asking it for passwords.
fn with_proxy(proxy_sip: Option<u16>) -> (TestEnv, Proc, PathBuf, u16, PathBuf, Guard) {
    let env = TestEnv::new();
    let kport = proxy_sip.unwrap_or_else(free_port);
    let sip = proxy_sip.map_or(String::new(), |p| format!("sip = \"127.0.0.1:{p}\"\n"));
    env.write_settings(&format!(
        "{}[[proxy]]\nname = \"kamailio\"\nxml_curl_password = \"{PROXY_PW}\"\n{sip}",
        node_tables(&[free_port()])
    ));
    let serve = env.start_serve("127.0.0.1:1");
    let dir = env.path("cluster");
    std::fs::create_dir_all(&dir).unwrap();
    let list = dir.join("dispatcher.list");
    env.cmd()
        .args(["cluster", "dispatcher-list", "--out"])
        .arg_path(&list)
        .run()
        .ok();
    let httpcon = format!(
        "FSCONN_HTTPCON=\"fsconn=>http://kamailio:{PROXY_PW}@{}/api/xml_curl\"",
        serve.addr
    );
    let k = start_kamailio(&dir, kport, &list, &[httpcon]);
    (env, serve, dir, kport, list, k)
}

/// A phone registers USER with PASSWORD through Kamailio: true on 200.
/// SIPp's default behaviour ends the call as failed at any other answer.
pub fn register(dir: &Path, kamailio: u16, user: &str, password: &str) -> bool {
    let scenario =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cluster/register.xml");
    Command::new("/usr/bin/sipp")
        .arg("-sf")
        .arg(scenario)
        .arg(format!("127.0.0.1:{kamailio}"))
        .args(["-s", user, "-au", user, "-ap", password])
        .args(["-i", "127.0.0.1", "-p", &free_port().to_string()])
        .args(["-m", "1", "-timeout", "20s", "-nostdin"])
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("sipp register")
        .success()
}

/// Kamailio, the one registrar, checks every REGISTER with the password
/// fsconn's directory gives at that moment (its `[[proxy]]` credentials,
/// the request a node's mod_xml_curl makes): a user added with the CLI
/// registers at once, a re-keyed one only with the new password, a deleted
/// one is refused at the next REGISTER; nothing is reloaded anywhere.
#[test]
fn registrations_are_checked_with_fsconn_at_every_register() {
    need(
        "/usr/lib/x86_64-linux-gnu/kamailio/modules/http_client.so",
        "kamailio-utils-modules",
    );
    need(
        "/usr/lib/x86_64-linux-gnu/kamailio/modules/xmlops.so",
        "kamailio-xml-modules",
    );
    need("/usr/bin/sipp", "sip-tester");
    let (env, serve, dir, kport, list, _k) = with_proxy(None);
    assert!(register(&dir, kport, "20000", "napw"), "the example user");
    assert!(!register(&dir, kport, "20000", "wrong"), "a wrong password");
    assert!(!register(&dir, kport, "29999", "napw"), "an unknown user");

    let added = env
        .cmd()
        .args(["users", "add", "--name", "carol", "--context", "friends"])
        .args([
            "--email",
            "carol@example.com",
            "--password",
            "carolpw1234",
            "--json",
        ])
        .run();
    added.ok();
    let id = added.json()["done"][0]["id"].as_str().unwrap().to_string();
    assert!(
        register(&dir, kport, &id, "carolpw1234"),
        "added with the CLI"
    );

    let rekeyed = env
        .cmd()
        .args(["users", "mod", &id, "--password", "carolnew5678", "--json"])
        .run();
    rekeyed.ok();
    assert!(
        !register(&dir, kport, &id, "carolpw1234"),
        "the old password"
    );
    assert!(
        register(&dir, kport, &id, "carolnew5678"),
        "the new password"
    );

    env.cmd().args(["users", "del", &id, "--yes"]).run().ok();
    assert!(!register(&dir, kport, &id, "carolnew5678"), "deleted");

    let log = std::fs::read_to_string(dir.join("kamailio.log")).unwrap();
    assert!(
        log.contains(&format!(
            "FSCONN-CLUSTER REGISTER {id} refused: unknown user"
        )),
        "{log}"
    );
    assert!(log.contains("FSCONN-CLUSTER REGISTER 20000 refused: wrong password"));
    // Nodes' credentials are not the proxy's: a node may not pose as it.
    let wrong = format!(
        "FSCONN_HTTPCON=\"fsconn=>http://kamailio:{PW}@{}/api/xml_curl\"",
        serve.addr
    );
    drop(_k);
    let kport2 = free_port();
    let _k2 = start_kamailio(&dir, kport2, &list, &[wrong]);
    assert!(
        !register(&dir, kport2, "20000", "napw"),
        "fsconn refused the proxy"
    );
    let log = std::fs::read_to_string(dir.join("kamailio.log")).unwrap();
    assert!(
        log.contains("directory lookup for 20000: HTTP 401"),
        "{log}"
    );
}

/// A node calls a user out (the conference's `dial`): with the proxy's
/// `sip` in `[[proxy]]`, the directory fsconn gives the nodes routes
/// `user/ID` through Kamailio (`fs_path`), and Kamailio sends the call to
/// the contact the phone registered there.
#[test]
fn a_nodes_dial_out_reaches_the_phone_registered_at_the_proxy() {
    need("/usr/bin/sipp", "sip-tester");
    let kport = free_port();
    let (_env, serve, dir, kport, _list, _k) = with_proxy(Some(kport));
    let answer = crate::xml_curl::post(
        &serve.addr,
        Some(("fs1", PW)),
        &crate::xml_curl::user_lookup("21000"),
        &[],
    );
    assert_eq!(answer.status, 200, "{}", answer.body);
    let route = format!("sofia/internal/${{dialed_user}}@${{dialed_domain}};fs_path=&lt;sip:127.0.0.1:{kport};lr&gt;");
    assert!(answer.body.contains(&route), "{}", answer.body);

    // The phone registers from its port, then answers calls there.
    let phone = free_port();
    let scenario =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cluster/register.xml");
    let registered = Command::new("/usr/bin/sipp")
        .arg("-sf")
        .arg(&scenario)
        .arg(format!("127.0.0.1:{kport}"))
        .args(["-s", "21000", "-au", "21000", "-ap", "napw"])
        .args(["-i", "127.0.0.1", "-p", &phone.to_string()])
        .args(["-m", "1", "-timeout", "20s", "-nostdin"])
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("sipp register");
    assert!(registered.success(), "21000 registers");
    let answering = Node::start(&dir, phone);
    std::thread::sleep(Duration::from_millis(300));

    let dial = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cluster/dialout.xml");
    let dialled = Command::new("/usr/bin/sipp")
        .arg("-sf")
        .arg(dial)
        .arg(format!("127.0.0.1:{kport}"))
        .args(["-s", "21000", "-key", "caller", "30000"])
        .args(["-i", "127.0.0.1", "-p", &free_port().to_string()])
        .args(["-m", "1", "-d", "100", "-timeout", "20s", "-nostdin"])
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(dir.join("dialout.out")).unwrap())
        .stderr(std::fs::File::create(dir.join("dialout.err")).unwrap())
        .status()
        .expect("sipp dial-out");
    let log = || std::fs::read_to_string(dir.join("kamailio.log")).unwrap_or_default();
    let err = std::fs::read_to_string(dir.join("dialout.err")).unwrap_or_default();
    assert!(
        dialled.success(),
        "the dial-out was answered: {err}\n{}",
        log()
    );
    assert_eq!(answering.invites(), ["21000"], "the phone got the call");
    // An unregistered user: 404 from the proxy, the dial-out fails.
    let nobody = Command::new("/usr/bin/sipp")
        .arg("-sf")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cluster/dialout.xml"))
        .arg(format!("127.0.0.1:{kport}"))
        .args(["-s", "22000", "-key", "caller", "30000"])
        .args(["-i", "127.0.0.1", "-p", &free_port().to_string()])
        .args(["-m", "1", "-timeout", "10s", "-nostdin"])
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("sipp dial-out");
    assert!(!nobody.success(), "22000 is not registered");
}
