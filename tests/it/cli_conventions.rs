//! What a script can rely on: one meaning per exit status (locally and
//! against a server), `--dry-run` that touches nothing, passwords hidden
//! unless asked for, errors as JSON with `--json`, and `--ca-cert` for a
//! server with a private certificate.

use crate::harness::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Every file under the config and static dirs with its content.
fn trees(env: &TestEnv) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                walk(&e.path(), out);
            } else {
                out.insert(e.path(), std::fs::read(e.path()).unwrap());
            }
        }
    }
    let mut m = BTreeMap::new();
    walk(&env.conf(""), &mut m);
    walk(&env.path("static"), &mut m);
    m
}

const ADD: &[&str] = &[
    "users",
    "add",
    "--name",
    "carol",
    "--email",
    "carol@example.com",
    "--context",
    "team",
];

#[test]
fn each_exit_status_has_one_meaning_locally() {
    let env = TestEnv::new();
    env.cmd().args(ADD).run().code(0);
    env.cmd()
        .args(["users", "del", "--yes", "29999"])
        .run()
        .code(1);
    env.cmd()
        .args(["users", "add", "--file", "-"])
        .stdin("[{\"name\":1}]")
        .run()
        .code(2);
    // Written, but nothing answers on the event socket: 3, and the file stays.
    let out = env
        .cmd_esl("127.0.0.1:1")
        .args([
            "users",
            "add",
            "--name",
            "dave",
            "--email",
            "d@example.com",
            "--context",
            "team",
        ])
        .run();
    out.code(3);
    assert!(env.users().iter().any(|u| u["name"] == "dave"));
}

#[test]
fn each_exit_status_has_one_meaning_remotely() {
    let env = TestEnv::new();
    // A short event-socket timeout, for the switch that hangs below.
    std::fs::write(
        env.path("fsconn.toml"),
        "conf_dir = \"freeswitch\"\nstatic_dir = \"static\"\nrecordings_dir = \"recordings\"\n[esl]\nhost = \"127.0.0.1\"\nport = 1\ntimeout = 1\n",
    )
    .unwrap();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let url = format!("http://{}", serve.addr);
    let remote = |user: &str| env.cmd().args(["--server", &url, "--user", user]);
    remote("defaultuser:napw").args(ADD).run().code(0);
    remote("defaultuser:napw")
        .args(["users", "del", "--yes", "29999"])
        .run()
        .code(1);
    remote("defaultuser:napw")
        .args(["users", "add", "--file", "-"])
        .stdin("[{\"name\":1}]")
        .run()
        .code(2);
    remote("defaultuser:wrong")
        .args(["users", "list"])
        .run()
        .code(4);
    env.cmd()
        .args([
            "--server",
            "http://127.0.0.1:1",
            "--user",
            "defaultuser:napw",
        ])
        .args(["users", "list"])
        .run()
        .code(4);
    // FreeSWITCH hangs (the socket stays open, nothing answers): the server
    // writes the user but cannot get the reload confirmed.
    let signal = |s: &str| {
        let pid = sim.child.id().to_string();
        let ok = std::process::Command::new("kill").args([s, &pid]).status();
        assert!(ok.unwrap().success());
    };
    signal("-STOP");
    let out = remote("defaultuser:napw")
        .args(["users", "add", "--name", "erin", "--email", "e@example.com"])
        .args(["--context", "team"])
        .run();
    signal("-CONT");
    out.code(3);
    assert!(out.stderr.contains("not applied"), "{}", out.stderr);
    assert!(env.users().iter().any(|u| u["name"] == "erin"));
}

#[test]
fn dry_runs_print_the_plan_and_touch_nothing() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let before = trees(&env);
    let dry = |args: &[&str]| {
        let out = env.cmd_esl(&sim.addr).arg_dry(args).run();
        assert_eq!(trees(&env), before, "{args:?} changed a file");
        out
    };
    let add = dry(ADD);
    add.ok();
    assert!(
        add.stdout.contains("dry run of users/add"),
        "{}",
        add.stdout
    );
    assert!(
        add.stdout.contains("create ") && add.stdout.contains("directory/team/20001.xml"),
        "{}",
        add.stdout
    );
    assert!(
        add.stdout.contains("send to FreeSWITCH: api reloadxml"),
        "{}",
        add.stdout
    );
    let m = dry(&["users", "mod", "20000", "--context", "friends"]);
    m.ok();
    assert!(
        m.stdout.contains("remove ") && m.stdout.contains("directory/team/20000.xml"),
        "{}",
        m.stdout
    );
    assert!(
        m.stdout.contains("directory/friends/21001.xml"),
        "{}",
        m.stdout
    );
    let d = dry(&["users", "del", "--yes", "20000"]);
    d.ok();
    assert!(
        d.stdout.contains("remove ") && d.stdout.contains("20000.xml"),
        "{}",
        d.stdout
    );
    dry(&["users", "rebuild"]).ok();
    dry(&[
        "conferences",
        "add",
        "--name",
        "dry_conf",
        "--context",
        "team",
        "--type",
        "16kHz-novideo",
    ])
    .ok();
    // An item that would fail says so, with the status it would have had.
    let bad = dry(&["users", "del", "--yes", "29999"]);
    bad.code(1);
    assert!(bad.stdout.contains("would fail"), "{}", bad.stdout);
    let json = dry(&["users", "del", "--yes", "20000", "--json"]).json();
    assert_eq!(json["dry_run"], true);
    assert_eq!(json["answer"]["op"], "users/del");
    assert_eq!(json["plan"]["commands"][0], "api reloadxml");
    assert!(json["plan"]["files"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["action"] == "remove"));
    // FreeSWITCH was told nothing.
    assert!(
        !env.sim_commands().iter().any(|c| c.contains("reloadxml")),
        "{:?}",
        env.sim_commands()
    );
}

#[test]
fn passwords_are_hidden_unless_asked_for_and_mod_keeps_them() {
    let env = TestEnv::new();
    let list = env.cmd().args(["users", "list"]).run();
    list.ok();
    assert!(!list.stdout.contains("napw"), "{}", list.stdout);
    let json = env.cmd().args(["users", "list", "--json"]).run().json();
    assert!(json["users"][0].get("password").is_none(), "{json}");
    let find = env.cmd().args(["users", "find", "match", "user"]).run();
    assert!(!find.stdout.contains("napw"), "{}", find.stdout);
    let shown = env.cmd().args(["users", "list", "--show-passwords"]).run();
    assert!(shown.stdout.contains("napw"), "{}", shown.stdout);

    let password = |id: &str| -> Value {
        env.users()
            .into_iter()
            .find(|u| u["id"] == id)
            .map(|u| u["password"].clone())
            .unwrap_or(Value::Null)
    };
    env.cmd()
        .args(["users", "mod", "20000", "--email", "new@example.com"])
        .run()
        .ok();
    assert_eq!(password("20000"), "napw");
    env.cmd()
        .args(["users", "mod", "20000", "--password", "chosen-pw-77"])
        .run()
        .ok();
    assert_eq!(password("20000"), "chosen-pw-77");
    env.cmd()
        .args(["users", "mod", "20000", "--new-password"])
        .run()
        .ok();
    let fresh = password("20000");
    assert!(
        fresh != "chosen-pw-77" && fresh.as_str().is_some_and(|p| p.len() >= 8),
        "{fresh}"
    );
}

#[test]
fn errors_are_one_json_object_on_stderr_with_json() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["users", "del", "--json"])
        .arg_path(Path::new("--bogus"))
        .run();
    out.code(2);
    let v: Value =
        serde_json::from_str(out.stderr.trim()).unwrap_or_else(|e| panic!("{e}: {}", out.stderr));
    assert_eq!(v["exit"], 2);
    assert!(v["error"].as_str().unwrap().contains("--bogus"), "{v}");
    let out = env
        .cmd()
        .args([
            "--server",
            "http://127.0.0.1:1",
            "--user",
            "defaultuser:napw",
            "users",
            "list",
            "--json",
        ])
        .run();
    out.code(4);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    let v: Value = serde_json::from_str(out.stderr.trim()).unwrap();
    assert_eq!(v["exit"], 4);
    assert!(v["error"].as_str().unwrap().contains("cannot reach"), "{v}");
    assert!(out.stdout.is_empty());
}

#[test]
fn remote_mode_trusts_a_private_certificate_with_ca_cert() {
    let env = TestEnv::new();
    let cert =
        rcgen::generate_simple_self_signed(vec!["localhost".to_string(), "127.0.0.1".to_string()])
            .unwrap();
    std::fs::write(env.path("cert.pem"), cert.cert.pem()).unwrap();
    std::fs::write(env.path("key.pem"), cert.signing_key.serialize_pem()).unwrap();
    std::fs::write(env.path("junk.pem"), "not a certificate").unwrap();
    let serve = Proc::start(
        env.cmd()
            .args([
                "--esl",
                "127.0.0.1:1",
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--tls-cert",
            ])
            .arg_path(&env.path("cert.pem"))
            .args(["--tls-key"])
            .arg_path(&env.path("key.pem")),
    );
    let port = serve.addr.rsplit(':').next().unwrap().to_string();
    let url = format!("https://localhost:{port}");
    let list = |ca: Option<&str>| {
        let mut c = env.cmd().args([
            "--server",
            &url,
            "--user",
            "defaultuser:napw",
            "users",
            "list",
            "--json",
        ]);
        if let Some(ca) = ca {
            c = c.args(["--ca-cert"]).arg_path(&env.path(ca));
        }
        c.run()
    };
    let out = list(Some("cert.pem"));
    out.ok();
    assert_eq!(out.json()["op"], "users");
    // Without it the certificate is not trusted: the server cannot be reached.
    list(None).code(4);
    let junk = list(Some("junk.pem"));
    junk.code(2);
    assert!(junk.stderr.contains("junk.pem"), "{}", junk.stderr);
}

/// The config and static trees and the recordings, each file with its content.
fn all_files(env: &TestEnv) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut m = trees(env);
    for e in std::fs::read_dir(env.path("recordings")).unwrap() {
        let p = e.unwrap().path();
        m.insert(p.clone(), std::fs::read(&p).unwrap());
    }
    m
}

#[test]
fn dry_runs_of_restore_store_recordings_and_controls_touch_nothing() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    env.cmd().args(["store", "directory"]).run().ok();
    // After the archive: carol, whom a restore would take away again.
    env.cmd().args(ADD).run().ok();
    std::fs::write(env.path("recordings/old-2021.wav"), b"RIFF old").unwrap();
    std::fs::write(env.path("junk.tar.gz"), b"not an archive").unwrap();
    let before = all_files(&env);
    let dry = |args: &[&str]| {
        let out = env.cmd_esl(&sim.addr).arg_dry(args).run();
        assert_eq!(all_files(&env), before, "{args:?} changed a file");
        out
    };
    // No --yes needed: nothing is replaced.
    let r = dry(&["restore", "directory"]);
    r.ok();
    let says = |out: &Output, what: &[&str]| {
        for w in what {
            assert!(out.stdout.contains(w), "no {w:?} in:\n{}", out.stdout);
        }
    };
    says(
        &r,
        &[
            "dry run of restore/directory",
            "remove ",
            "directory/team/20001.xml",
            "send to FreeSWITCH: api reloadxml",
            "phone provisioning",
        ],
    );
    let j = dry(&["restore", "directory", "--json"]).json();
    assert_eq!(j["dry_run"], true);
    assert_eq!(j["answer"]["op"], "restore/directory");
    assert!(
        j["plan"]["files"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["action"] == "remove"),
        "{j}"
    );
    let refused = dry(&["restore", "directory", "--from", "junk.tar.gz"]);
    refused.code(1);
    says(&refused, &["would fail", "junk.tar.gz refused"]);

    let s = dry(&["store", "directory"]);
    s.ok();
    says(
        &s,
        &["dry run of store/directory", "replace ", "directory.tar.gz"],
    );

    let d = dry(&["recordings", "del", "old-2021.wav", "../fsconn.toml"]);
    d.code(1);
    says(
        &d,
        &[
            "1 would be done, 1 would fail",
            "remove ",
            "recordings/old-2021.wav",
        ],
    );
    let c = dry(&["conferences", "rebuildcontacts"]);
    c.ok();
    says(&c, &["dry run of conferences/rebuildcontacts"]);
    dry(&["users", "reprov"]).ok();
    // A user moved to another context: its phone's registration would end.
    let m = dry(&["users", "mod", "20000", "--context", "friends"]);
    says(
        &m,
        &["send to FreeSWITCH: api sofia profile internal flush_inbound_reg 20000@"],
    );

    let joined = fsconn::esl::client::blocking_api(
        &sim.addr,
        "ClueCon",
        "sim join team_g722 20000",
        std::time::Duration::from_secs(5),
    )
    .unwrap();
    assert!(joined.starts_with("+OK"), "{joined}");
    let l = dry(&["live", "lock", "team_g722"]);
    l.ok();
    says(&l, &["send to FreeSWITCH: api conference team_g722 lock"]);
    let sent = env.sim_commands();
    assert!(
        !sent
            .iter()
            .any(|c| c.contains("reloadxml") || c.contains(" lock") || c.contains("flush")),
        "{sent:?}"
    );
}

#[test]
fn quiet_prints_nothing_but_errors_and_warnings_for_every_command() {
    let env = TestEnv::new();
    env.write_settings("[retention]\nmax_age_days = 3650");
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    for f in ["a-2021.wav", "b-2021.wav"] {
        std::fs::write(env.path("recordings").join(f), b"RIFF").unwrap();
    }
    let local: &[(&[&str], i32)] = &[
        (ADD, 0),
        (&["users", "list"], 0),
        (&["users", "list", "--show-passwords"], 0),
        (&["users", "find", "byname", "carol"], 0),
        (&["users", "mod", "20001", "--email", "q@example.com"], 0),
        (&["users", "rebuild"], 0),
        (&["users", "reprov"], 0),
        (&["users", "del", "--yes", "20001"], 0),
        (&["users", "del", "--yes", "29999"], 1),
        (&["--dry-run", "users", "del", "--yes", "20000"], 0),
        (&["conferences", "list"], 0),
        (&["conferences", "find", "byname", "team"], 0),
        (
            &[
                "conferences",
                "add",
                "--name",
                "quiet_conf",
                "--context",
                "team",
                "--type",
                "16kHz-novideo",
            ],
            0,
        ),
        (&["conferences", "rebuildcontacts"], 0),
        (&["recordings", "list"], 0),
        (&["recordings", "find", "2021"], 0),
        (&["recordings", "path", "a-2021.wav"], 0),
        (&["recordings", "del", "--yes", "a-2021.wav"], 0),
        (&["recordings", "prune"], 0),
        (&["store", "directory"], 0),
        (&["--dry-run", "restore", "directory"], 0),
        (&["restore", "directory", "--yes"], 0),
        (&["info"], 0),
        (&["info", "--state"], 0),
        (&["config"], 0),
        (&["audit"], 0),
    ];
    let url = format!("http://{}", serve.addr);
    let check = |args: &[&str], code: i32, out: Output| {
        out.code(code);
        assert!(out.stdout.is_empty(), "{args:?} printed:\n{}", out.stdout);
    };
    for (args, code) in local {
        check(args, *code, env.cmd().args(["--quiet"]).args(*args).run());
    }
    let live = env
        .cmd_esl(&sim.addr)
        .args(["--quiet", "live", "list"])
        .run();
    check(&["live", "list"], 0, live);
    let doctor = env.cmd_esl(&sim.addr).args(["--quiet", "doctor"]).run();
    assert!(doctor.stdout.is_empty(), "{}", doctor.stdout);
    for (args, code) in [
        (&["users", "list"][..], 0),
        (ADD, 0),
        (&["users", "del", "--yes", "29999"], 1),
        (&["conferences", "list"], 0),
        (&["recordings", "list"], 0),
        (&["info", "--state"], 0),
        (&["live", "list"], 0),
    ] {
        let out = env
            .cmd()
            .args(["--quiet", "--server", &url, "--user", "defaultuser:napw"])
            .args(args)
            .run();
        check(args, code, out);
    }
}

#[test]
fn exit_statuses_are_in_every_help_and_man_page() {
    let env = TestEnv::new();
    for args in [
        &["--help"][..],
        &["users", "add", "--help"],
        &["restore", "--help"],
    ] {
        let out = env.cmd().args(args).run();
        out.ok();
        assert!(
            out.stdout.contains("Exit status: 0 done")
                && out
                    .stdout
                    .contains("3 written but FreeSWITCH did not confirm"),
            "{args:?}:\n{}",
            out.stdout
        );
    }
    let man = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    for page in ["fsconn.1", "fsconn-users-add.1", "fsconn-live-mute.1"] {
        let text = std::fs::read_to_string(man.join(page)).unwrap();
        assert!(
            text.contains(".SH \"EXIT STATUS\"") && text.contains("4 the fsconn server"),
            "{page}"
        );
    }
}
