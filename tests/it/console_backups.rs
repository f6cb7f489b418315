//! Issue 21 item 4 in real Chromium (tests/browser/backups_test.py) against
//! a real `serve` + `sim`: a restore with nothing stored shows its error; a
//! backup stored, listed, downloaded, uploaded with its diff shown and
//! restored; a broken upload refused with its reason.

use crate::harness::*;
use std::path::Path;
use std::process::Command;

#[test]
fn backups_work_in_a_real_browser() {
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
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shots = match std::env::var_os("FSCONN_SCREENSHOTS") {
        Some(d) => root.join(d),
        None => root.join("target/console-screenshots"),
    };
    let out = Command::new("/usr/bin/python3")
        .arg(root.join("tests/browser/backups_test.py"))
        .arg(format!("http://{}", serve.addr))
        .arg(env.conf(""))
        .arg(shots)
        .output()
        .expect("run the browser test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    assert!(
        out.status.success() && stdout.contains("5 passed, 0 failed"),
        "browser test failed:\n{stdout}\n{stderr}"
    );
}
