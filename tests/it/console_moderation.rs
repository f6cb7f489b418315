//! Running a real meeting from the web console (issue 21, items 1 and 7):
//! the hand queue, a 60-member conference searched, sorted and shown
//! compact, durations and talking, moderator rights granted through the
//! switch, the waiting room of a `wait-mod` conference, confirmations,
//! noise gate and gain, and the accessibility checks (contrast in both
//! colour schemes, accessible names, a 390 px screen, focus, no console
//! errors). In Debian's chromium through selenium:
//! tests/browser/moderation_test.py, against a real `serve` and `sim`.

use crate::harness::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// Sixty callers of the team context, 20100..20159; a few with names to
/// search for.
fn add_callers(env: &TestEnv) {
    let dir = env.conf("directory/team");
    for i in 0..60u32 {
        let id = 20100 + i;
        let name = match i {
            7 => "Zoe Quintana".to_string(),
            23 => "Yusuf Okafor".to_string(),
            _ => format!("Member {i:02}"),
        };
        let xml = format!(
            "<include>\n  <user id=\"{id}\">\n    <params>\n      <param name=\"password\" value=\"pw{id}x\"/>\n    </params>\n    <variables>\n      <variable name=\"user_context\" value=\"team\"/>\n      <variable name=\"effective_caller_id_name\" value=\"{name}\"/>\n      <variable name=\"effective_caller_id_number\" value=\"{id}\"/>\n      <variable name=\"verto_dvar_email\" value=\"m{id}@example.com\"/>\n      <variable name=\"polymac\" value=\"none\"/>\n      <variable name=\"conf_flags\" value=\"mute-detect\"/>\n      <variable name=\"conpin\" value=\"$${{defconpin}}\"/>\n    </variables>\n  </user>\n</include>\n"
        );
        std::fs::write(dir.join(format!("{id}.xml")), xml).unwrap();
    }
}

/// The 48 kHz profile (team_video, friends_opus) waits for a moderator:
/// FreeSWITCH's `conference-flags` `wait-mod`.
fn wait_for_moderators(env: &TestEnv) {
    let path = env.conf("autoload_configs/conference.conf.xml");
    let xml = std::fs::read_to_string(&path).unwrap();
    let marker = "<profile name=\"48kHz-video\">";
    assert!(
        xml.contains(marker),
        "the example has the 48kHz-video profile"
    );
    let xml = xml.replacen(
        marker,
        &format!("{marker}\n      <param name=\"conference-flags\" value=\"wait-mod\"/>"),
        1,
    );
    std::fs::write(&path, xml).unwrap();
}

fn screenshot_dir() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    match std::env::var_os("FSCONN_SCREENSHOTS") {
        Some(d) => root.join(d),
        None => root.join("target/console-screenshots"),
    }
}

#[test]
fn a_big_meeting_is_moderated_in_a_real_browser() {
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
    // No SIP endpoint here: the phone is off, so a page load has nothing
    // to fail (its own test covers it against Kamailio).
    env.write_settings("[serve]\nsip_wss_url = \"off\"");
    add_callers(&env);
    wait_for_moderators(&env);
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
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/browser/moderation_test.py"
    );
    let out = Command::new("/usr/bin/python3")
        .arg(script)
        .arg(format!("http://{}", serve.addr))
        .arg(&sim.addr)
        .arg(env.path("sim-commands.log"))
        .arg(screenshot_dir())
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
