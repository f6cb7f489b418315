//! A conference's own settings in the console, in real Chromium
//! (tests/browser/confsettings_test.py) against a real `serve` + `sim`: the
//! settings form, a refused PIN that writes nothing, the saved settings in
//! the dialplan file, and the simulator enforcing the conference PIN and
//! the moderator PIN (and mute on entry, max members) as FreeSWITCH would.

use crate::harness::*;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

fn need(path: &str, package: &str) {
    assert!(
        Path::new(path).exists(),
        "{path} is missing: apt-get install {package} (see .ci/run)"
    );
}

#[test]
fn conference_settings_work_in_a_real_browser() {
    need("/usr/bin/chromium", "chromium");
    need("/usr/bin/chromedriver", "chromium-driver");
    need(
        "/usr/lib/python3/dist-packages/selenium",
        "python3-selenium",
    );
    let env = TestEnv::new();
    crate::conference_settings::unmuted_public_user(&env);
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
    let out = Command::new("/usr/bin/python3")
        .arg(root.join("tests/browser/confsettings_test.py"))
        .arg(format!("http://{}", serve.addr))
        .arg(&sim.addr)
        .arg(env.conf("dialplan/conferences/30000.xml"))
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
