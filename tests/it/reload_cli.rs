//! Every CLI write is applied with `reloadxml` and rolled back when
//! FreeSWITCH (here: `fsconn sim`) rejects it.

use crate::harness::*;
use fsconn::esl::client::blocking_api;
use std::time::Duration;

fn api(addr: &str, cmd: &str) -> String {
    blocking_api(addr, "ClueCon", cmd, Duration::from_secs(5)).unwrap()
}

#[test]
fn an_add_is_reloaded_and_freeswitch_then_knows_the_user() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    assert!(!api(&sim.addr, "xml_locate directory").contains("newbie"));
    let out = env
        .cmd_esl(&sim.addr)
        .args([
            "users",
            "add",
            "--name",
            "newbie",
            "--email",
            "n@example.com",
            "--context",
            "team",
        ])
        .run();
    out.ok();
    assert!(out.stdout.contains("FreeSWITCH reloaded"), "{}", out.stdout);
    assert!(
        env.sim_commands().contains(&"api reloadxml".to_string()),
        "{:?}",
        env.sim_commands()
    );
    let dir = api(&sim.addr, "xml_locate directory");
    assert!(
        dir.contains(r#"<user id="20001">"#) && dir.contains("newbie"),
        "{dir}"
    );
    // The pre-processor expanded the pin for FreeSWITCH; our file keeps the variable.
    assert!(dir.contains(r#"value="2357""#));
    let conf = env
        .cmd_esl(&sim.addr)
        .args([
            "conferences",
            "add",
            "--name",
            "fresh",
            "--type",
            "16kHz-novideo",
            "--context",
            "public",
            "--json",
        ])
        .run();
    conf.ok();
    assert!(api(&sim.addr, "xml_locate dialplan").contains("fresh@16kHz-novideo"));
}

#[test]
fn a_template_that_breaks_the_xml_is_rolled_back_with_freeswitchs_message() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let tpl = env.path("tpl");
    std::fs::create_dir_all(&tpl).unwrap();
    // An unclosed element: FreeSWITCH refuses the whole reload.
    std::fs::write(
        tpl.join("user.xml"),
        "<include>\n  <user id=\"{{ id }}\">\n</include>\n",
    )
    .unwrap();
    env.write_settings("templates_dir = \"tpl\"");
    let before = env.snapshot();
    // The audit log records the attempt; provisioning must not change.
    let provisioning = || {
        std::fs::read_dir(env.path("static"))
            .unwrap()
            .filter(|e| e.as_ref().unwrap().file_name() != "audit.log")
            .count()
    };
    let static_before = provisioning();
    let out = env
        .cmd_esl(&sim.addr)
        .args([
            "users",
            "add",
            "--json",
            "--name",
            "broken",
            "--email",
            "b@example.com",
            "--context",
            "team",
        ])
        .run();
    out.code(1);
    let a = out.json();
    assert_eq!(a["done"], serde_json::json!([]));
    let err = a["failed"][0]["error"].as_str().unwrap();
    assert!(
        err.contains("+OK [[error near line"),
        "FreeSWITCH's message: {err}"
    );
    assert_eq!(a["failed"][0]["user"]["name"], "broken");
    assert!(out.stderr.contains("rolled back"), "{}", out.stderr);
    assert_eq!(env.snapshot(), before, "config files changed");
    assert_eq!(provisioning(), static_before, "provisioning left behind");
    // FreeSWITCH kept its old config.
    assert!(!api(&sim.addr, "xml_locate directory").contains("broken"));
}

#[test]
fn with_freeswitch_down_the_change_stays_and_the_exit_code_is_3() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let addr = sim.addr.clone();
    sim.stop();
    let out = env
        .cmd_esl(&addr)
        .args([
            "users",
            "add",
            "--name",
            "offline",
            "--email",
            "o@example.com",
            "--context",
            "team",
        ])
        .run();
    out.code(3);
    let warnings: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .collect();
    assert_eq!(warnings.len(), 1, "{}", out.stderr);
    assert!(
        warnings[0].contains(&addr) && warnings[0].contains("not applied"),
        "{}",
        warnings[0]
    );
    assert!(env.conf("directory/team/20001.xml").exists());
    // A wrong event-socket password is the same story.
    let sim = env.start_sim();
    let out = env
        .cmd_esl(&sim.addr)
        .args([
            "--esl-password",
            "wrong",
            "users",
            "add",
            "--name",
            "pw",
            "--email",
            "p@example.com",
            "--context",
            "team",
        ])
        .run();
    out.code(3);
    assert!(
        out.stderr.contains("refused the password") || out.stderr.contains("invalid"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_restore_freeswitch_would_reject_is_refused_before_the_swap() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    // Store a good tree, then one with a broken user file.
    env.cmd().args(["store", "directory"]).run().ok();
    let good = env.snapshot();
    std::fs::write(
        env.conf("directory/team/20000.xml"),
        "<include>\n<user id=\"20000\">\n</usr>\n</include>\n",
    )
    .unwrap();
    env.cmd()
        .args(["store", "directory", "--output"])
        .arg_path(&env.path("broken.tar.gz"))
        .run()
        .ok();
    std::fs::copy(
        env.path("static/store/directory.tar.gz"),
        env.path("good.tar.gz"),
    )
    .unwrap();
    // Back to the good tree on disk.
    env.cmd()
        .args(["restore", "directory", "--yes", "--no-reload", "--from"])
        .arg_path(&env.path("good.tar.gz"))
        .run()
        .ok();
    assert_eq!(env.snapshot(), good);

    let out = env
        .cmd_esl(&sim.addr)
        .args(["restore", "directory", "--yes", "--json", "--from"])
        .arg_path(&env.path("broken.tar.gz"))
        .run();
    out.code(1);
    let failed = out.json()["failed"].as_str().unwrap().to_string();
    // Since issue 19 item 7 a file FreeSWITCH would refuse is refused before
    // the swap: the switch is not even asked.
    assert!(
        failed.contains("refused") && failed.contains("line 3"),
        "{failed}"
    );
    assert_eq!(env.snapshot(), good, "the tree was never replaced");
    assert!(!env.sim_commands().iter().any(|c| c.contains("reloadxml")));
    let out = env
        .cmd_esl(&sim.addr)
        .args(["restore", "directory", "--yes", "--json", "--from"])
        .arg_path(&env.path("good.tar.gz"))
        .run();
    out.ok();
    assert_eq!(env.snapshot(), good);
}

/// Deleting, moving or re-keying a user ends its registrations on the
/// switch (the flush command of the regflush recording, after the reload):
/// the switch fires `sofia::expire`, which clients see as `delReg`.
#[test]
fn deleting_moving_or_rekeying_a_user_flushes_its_registrations() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    for u in ["20000", "21000", "22000"] {
        assert!(api(&sim.addr, &format!("sim register {u}")).starts_with("+OK"));
    }
    let flushes = || -> Vec<String> {
        env.sim_commands()
            .into_iter()
            .filter(|c| c.contains("flush_inbound_reg"))
            .collect()
    };
    env.cmd_esl(&sim.addr)
        .args(["users", "mod", "21000", "--password", "n3w-secret-pw"])
        .run()
        .ok();
    env.cmd_esl(&sim.addr)
        .args(["users", "mod", "22000", "--context", "team"])
        .run()
        .ok();
    env.cmd_esl(&sim.addr)
        .args(["users", "mod", "20000", "--email", "x@example.com"])
        .run()
        .ok();
    env.cmd_esl(&sim.addr)
        .args(["users", "del", "20000", "--yes"])
        .run()
        .ok();
    let domain = api(&sim.addr, "global_getvar domain");
    assert_eq!(
        flushes(),
        [
            format!("api sofia profile internal flush_inbound_reg 21000@{domain}"),
            format!("api sofia profile internal flush_inbound_reg 22000@{domain}"),
            // The CLI's `users mod` without --password keeps the password:
            // the binding stays valid, nothing is flushed until the delete.
            format!("api sofia profile internal flush_inbound_reg 20000@{domain}"),
        ],
    );
    let commands = env.sim_commands();
    let reload = commands.iter().rposition(|c| c == "api reloadxml").unwrap();
    let flush = commands
        .iter()
        .rposition(|c| c.contains("flush_inbound_reg"))
        .unwrap();
    assert!(reload < flush, "the flush follows the reload: {commands:?}");
}
