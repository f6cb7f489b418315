//! Two FreeSWITCH nodes in the web console (issue 22, item 2): each card
//! names its node, a control reaches only that node, a split shows a
//! badge. In Debian's chromium through selenium: tests/browser/cluster_test.py,
//! against a real `serve` with two `[[node]]` tables and two `sim`s.

use crate::cluster_nodes::{settings, Node};
use crate::harness::*;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

#[test]
fn the_console_shows_and_controls_conferences_by_node() {
    for (path, package) in [
        ("/usr/bin/chromium", "chromium"),
        ("/usr/bin/chromedriver", "chromium-driver"),
        (
            "/usr/lib/python3/dist-packages/selenium",
            "python3-selenium",
        ),
    ] {
        assert!(
            Path::new(path).exists(),
            "{path} is missing: apt-get install {package} (see .ci/run)"
        );
    }
    let env = TestEnv::new();
    let nodes = vec![
        Node::start(&env, "fs1", "127.0.0.1:0"),
        Node::start(&env, "fs2", "127.0.0.1:0"),
    ];
    // No SIP endpoint here: the phone is off.
    env.write_settings(&format!(
        "{}[serve]\nsip_wss_url = \"off\"\n",
        settings(&nodes)
    ));
    let serve = Proc::start(env.cmd().args(["serve", "--listen", "127.0.0.1:0"]));
    let start = Instant::now();
    while !nodes
        .iter()
        .all(|n| std::fs::read_to_string(&n.log).is_ok_and(|l| l.contains("json_list")))
    {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "nodes never resynced"
        );
        std::thread::sleep(Duration::from_millis(25));
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/browser/cluster_test.py");
    let out = Command::new("/usr/bin/python3")
        .arg(script)
        .arg(format!("http://{}", serve.addr))
        .arg(&nodes[0].addr)
        .arg(&nodes[1].addr)
        .arg(&nodes[0].log)
        .arg(&nodes[1].log)
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
