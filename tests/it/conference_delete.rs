//! Deleting a conference that is running says so before asking (CLI
//! locally over the event socket and through a server; the console's
//! confirmation is in tests/browser/records_audit_test.py), and a refusal
//! changes nothing.

use crate::harness::*;
use crate::live_ws::esl;

fn num_of(env: &TestEnv, name: &str) -> String {
    let out = env.cmd().args(["conferences", "list", "--json"]).run();
    out.ok();
    let v = out.json();
    let c = v["conferences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no {name}: {v}"));
    c["num"].as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_a_running_conference_says_it_is_running() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let fs = esl(&sim.addr).await;
    fs.api("sim join team_g722 20000").await.unwrap();
    fs.api("sim join team_g722 21000").await.unwrap();
    let (team, public) = (num_of(&env, "team_g722"), num_of(&env, "public_g722"));
    let before = env.snapshot();

    // No terminal and no --yes: refused, with the reason to think twice.
    let out = env
        .cmd_esl(&sim.addr)
        .args(["conferences", "del", &team])
        .run();
    out.code(2);
    let says = format!("{team} (team_g722) is running now with 2 members: they stay connected until they hang up, but nobody can join any more. Delete conference(s) {team}?");
    assert!(out.stderr.contains(&says), "{}", out.stderr);
    // Through a server: the same words, from its /api/active.
    let serve = env.start_serve(&sim.addr);
    let url = format!("http://{}", serve.addr);
    let remote = env
        .cmd()
        .args(["--server", &url, "--user", "defaultuser:napw"])
        .args(["conferences", "del", &team])
        .run();
    remote.code(2);
    assert!(remote.stderr.contains(&says), "{}", remote.stderr);
    // A conference nobody is in: the plain question.
    let idle = env
        .cmd_esl(&sim.addr)
        .args(["conferences", "del", &public])
        .run();
    idle.code(2);
    assert!(!idle.stderr.contains("running"), "{}", idle.stderr);
    assert!(
        idle.stderr
            .contains(&format!("Delete conference(s) {public}?")),
        "{}",
        idle.stderr
    );
    assert_eq!(env.snapshot(), before, "nothing deleted");

    // With --yes it is deleted, and the warning still says it was running.
    let yes = env
        .cmd_esl(&sim.addr)
        .args(["conferences", "del", &team, "--yes"])
        .run();
    yes.ok();
    assert!(
        yes.stderr.contains("warning: ") && yes.stderr.contains("is running now with 2 members"),
        "{}",
        yes.stderr
    );
    assert_ne!(env.snapshot(), before);
}
