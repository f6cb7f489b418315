//! Clients nobody here wrote, from PyPI (`tests/interop/requirements.txt`,
//! installed by `.ci/run`): greenswitch against `fsconn sim`, requests'
//! HTTPDigestAuth and `websockets` against `fsconn serve`.

use crate::harness::*;
use std::process::Command;

fn python(script: &str, args: &[&str]) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/interop/");
    let out = Command::new("python3")
        .arg(format!("{path}{script}"))
        .args(args)
        .output()
        .expect("python3 is needed for the interop tests");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if stderr.contains("ModuleNotFoundError") {
        panic!("{script}: a test client is missing; run: python3 -m pip install -r tests/interop/requirements.txt\n{stderr}");
    }
    assert!(out.status.success(), "{script} failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
}

#[test]
fn greenswitch_drives_the_simulator() {
    // The script expects the fixture tree (users 20000 and 20001).
    let env = TestEnv::new();
    let conf = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/conf");
    let sim = Proc::start(
        env.cmd()
            .args(["--conf-dir", conf, "sim", "--listen", "127.0.0.1:0"]),
    );
    let (host, port) = sim.addr.rsplit_once(':').unwrap();
    python("esl_client.py", &[host, port, "ClueCon"]);
}

#[test]
fn python_requests_digest_auth_gets_and_posts() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    python("http_digest.py", &[&format!("http://{}", serve.addr)]);
    assert!(env.conf("directory/public/22001.xml").exists());
}

#[test]
fn python_websockets_follows_a_live_conference() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let (host, port) = sim.addr.rsplit_once(':').unwrap();
    // Wait for the server's first resync so the events are followed.
    for _ in 0..100 {
        if env
            .sim_commands()
            .iter()
            .any(|c| c == "api sofia status profile internal reg")
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    python("live_ws.py", &[&format!("ws://{}", serve.addr), host, port]);
}
