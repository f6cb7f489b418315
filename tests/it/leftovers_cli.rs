//! Leftovers of issue 11: provisioning follows the directory after reprov
//! and restore, `info` shows the last reloadxml fsconn ran, and phones are
//! provisioned with the TLS port the running switch reports, the one
//! `/userinfo` shows.

use crate::harness::*;
use serde_json::json;

fn add_users(env: &TestEnv) {
    let body = json!([
        {"name": "Tina Team", "email": "t@example.com", "context": "team", "password": "teampw12345", "polymac": "0004f2000011"},
        {"name": "Paul", "email": "p@example.com", "context": "public", "password": "pubpw123456"},
    ]);
    env.cmd()
        .args(["users", "add", "--file", "-"])
        .stdin(body.to_string())
        .run()
        .ok();
}

#[test]
fn reprov_removes_the_provisioning_of_users_that_are_gone() {
    let env = TestEnv::new();
    add_users(&env);
    let st = env.path("static");
    let mac = st.join("polycom/0004f2000011");
    std::fs::write(mac.join("phone-upload.log"), "from the phone").unwrap();
    std::fs::create_dir_all(st.join("polycom/ucs")).unwrap();
    // Both users vanish from the directory behind fsconn's back.
    std::fs::remove_file(env.conf("directory/team/20001.xml")).unwrap();
    std::fs::remove_file(env.conf("directory/public/22001.xml")).unwrap();

    env.cmd().args(["users", "reprov"]).run().ok();
    assert!(!st.join("linphone/20001").exists());
    assert!(!st.join("linphone/22001").exists());
    assert!(!mac.join("0004f2000011.cfg").exists());
    assert!(!mac.join("allprov.cfg").exists());
    assert!(
        mac.join("phone-upload.log").is_file(),
        "the phone's own file stays"
    );
    assert!(st.join("polycom/ucs").is_dir());
    assert!(
        st.join("linphone/20000/linphone.xml").is_file(),
        "others stay"
    );
}

#[test]
fn restore_removes_the_provisioning_of_users_the_archive_lacks() {
    let env = TestEnv::new();
    env.cmd().args(["store", "directory"]).run().ok();
    add_users(&env);
    assert!(env.path("static/linphone/20001/linphone.xml").is_file());
    env.cmd().args(["--yes", "restore", "directory"]).run().ok();
    assert!(!env.path("static/linphone/20001").exists());
    assert!(!env.path("static/polycom/0004f2000011").exists());
    assert!(env.path("static/linphone/20000/linphone.xml").is_file());
}

#[test]
fn info_shows_the_last_reloadxml_fsconn_ran() {
    let env = TestEnv::new();
    let before = env.cmd().args(["--json", "info"]).run();
    assert_eq!(
        before.json()["info"]["reloadxml"]["lastrun"],
        "not till now"
    );
    let sim = env.start_sim();
    env.cmd_esl(&sim.addr)
        .args(["users", "add", "--file", "-"])
        .stdin(json!([{"name": "Rita", "email": "r@example.com", "context": "team", "password": "ritapw12345"}]).to_string())
        .run()
        .ok();
    // A later command, a separate process, still knows it.
    let v = env.cmd_esl(&sim.addr).args(["--json", "info"]).run().json();
    assert_eq!(v["info"]["reloadxml"]["lastmsg"], "+OK [Success]");
    let lastrun = v["info"]["reloadxml"]["lastrun"].as_str().unwrap();
    assert!(
        lastrun.starts_with("20") && lastrun.ends_with('Z'),
        "{lastrun}"
    );
}

#[test]
fn provisioning_and_userinfo_agree_on_the_tls_port_the_switch_reports() {
    let env = TestEnv::new();
    // The running switch was started with another internal_tls_port than
    // the vars.xml fsconn reads (e.g. changed but not restarted).
    let running = env.path("running-conf");
    fsconn::fsio::copy_tree(&env.conf(""), &running).unwrap();
    let vars = running.join("vars.xml");
    let text = std::fs::read_to_string(&vars).unwrap();
    std::fs::write(
        &vars,
        text.replace("internal_tls_port=3361", "internal_tls_port=5061"),
    )
    .unwrap();
    let sim = Proc::start(
        env.cmd()
            .arg_path(std::path::Path::new("--conf-dir"))
            .arg_path(&running)
            .args(["sim", "--listen", "127.0.0.1:0"]),
    );
    let serve = env.start_serve(&sim.addr);
    let http = Http::new(&serve.addr, "defaultuser", "napw");
    let body = json!([{"name": "Tina Team", "email": "t@example.com", "context": "team", "password": "teampw12345", "polymac": "0004f2000011"}]);
    let r = http.post("/api/users/add", &body);
    assert_eq!(r.status, 200, "{}", r.text());
    let linphone = std::fs::read_to_string(env.path("static/linphone/20001/linphone.xml")).unwrap();
    assert!(linphone.contains(":5061;transport=tls"), "{linphone}");
    let allprov =
        std::fs::read_to_string(env.path("static/polycom/0004f2000011/allprov.cfg")).unwrap();
    assert!(
        allprov.contains(r#"reg.1.server.1.port="5061""#),
        "{allprov}"
    );
    let info = Http::new(&serve.addr, "Tina Team", "teampw12345")
        .get("/userinfo")
        .json();
    assert_eq!(info["internal_tls_port"], "5061");
    // The CLI provisions the same way when it can ask the switch.
    env.cmd_esl(&sim.addr).args(["users", "reprov"]).run().ok();
    let again = std::fs::read_to_string(env.path("static/linphone/20000/linphone.xml")).unwrap();
    assert!(again.contains(":5061;transport=tls"), "{again}");
}
