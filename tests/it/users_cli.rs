//! An admin manages directory users from the shell.

use crate::harness::*;
use serde_json::{json, Value};

const USER_KEYS: &[&str] = &[
    "id", "password", "conpin", "context", "name", "email", "polymac",
];

#[test]
fn three_users_added_from_stdin_get_the_lowest_free_ids_and_read_back_as_added() {
    let env = TestEnv::new();
    let body = json!([
        {"name": "alice", "email": "alice@example.com", "context": "team", "password": "alicepw123"},
        {"name": "bob", "email": "bob@example.com", "context": "friends", "conpin": "4711"},
        {"name": "carol", "email": "carol@example.com", "context": "public", "polymac": "0004F2A1B2C3"},
    ]);
    let out = env
        .cmd()
        .args(["users", "add", "--file", "-", "--json"])
        .stdin(body.to_string())
        .run();
    out.ok();
    let answer = out.json();
    assert_eq!(keys(&answer), ["op", "done", "failed"]);
    assert_eq!(answer["op"], "users/add");
    assert_eq!(answer["failed"], json!([]));
    let done = answer["done"].as_array().unwrap();
    let ids: Vec<&str> = done.iter().map(|u| u["id"].as_str().unwrap()).collect();
    // 20000, 21000 and 22000 exist in the example.
    assert_eq!(ids, ["20001", "21001", "22001"]);
    for u in done {
        assert_eq!(keys(u), USER_KEYS);
    }
    assert_eq!(done[0]["password"], "alicepw123");
    assert_eq!(
        done[0]["conpin"], "2357",
        "team default pin, expanded from vars.xml"
    );
    assert_eq!(done[1]["conpin"], "4711");
    assert_eq!(done[2]["conpin"], "0815");
    assert_eq!(done[2]["polymac"], "0004f2a1b2c3");
    let generated = done[1]["password"].as_str().unwrap();
    assert!(generated.len() >= 10 && generated.chars().all(|c| c.is_ascii_alphanumeric()));

    for (ctx, id) in [("team", "20001"), ("friends", "21001"), ("public", "22001")] {
        assert!(env.conf(&format!("directory/{ctx}/{id}.xml")).is_file());
    }
    // The file keeps the literal pre-processor variable.
    let team = std::fs::read_to_string(env.conf("directory/team/20001.xml")).unwrap();
    assert!(
        team.contains(r#"<variable name="conpin" value="$${modconpin}"/>"#),
        "{team}"
    );

    let listed = env.users();
    for u in done {
        assert!(listed.contains(u), "{u} not listed");
    }
    let list = env.cmd().args(["users", "list", "--json"]).run().json();
    assert_eq!(keys(&list), ["op", "info", "users"]);
    assert_eq!(
        list["info"],
        json!({"total": 6, "contexts": {"team": 2, "friends": 2, "public": 2}})
    );
}

#[test]
fn mod_moves_users_between_contexts_and_renews_passwords() {
    let env = TestEnv::new();
    env.cmd()
        .args([
            "users",
            "add",
            "--name",
            "dave",
            "--email",
            "dave@example.com",
            "--context",
            "team",
            "--password",
            "davepw1234",
        ])
        .run()
        .ok();
    assert!(env.conf("directory/team/20001.xml").is_file());

    // Same context: same id, and --new-password means a new one (without
    // it the CLI keeps the password: tests/it/cli_conventions.rs).
    let out = env
        .cmd()
        .args([
            "users",
            "mod",
            "20001",
            "--email",
            "d@example.org",
            "--new-password",
            "--json",
        ])
        .run();
    out.ok();
    let u = &out.json()["done"][0];
    assert_eq!(u["id"], "20001");
    assert_eq!(u["email"], "d@example.org");
    assert_eq!(u["name"], "dave");
    let pw = u["password"].as_str().unwrap();
    assert_ne!(pw, "davepw1234");
    assert!(
        pw.len() >= 10 && pw.chars().all(|c| c.is_ascii_alphanumeric()),
        "{pw}"
    );

    // New context: new id, the file moves.
    let out = env
        .cmd()
        .args(["users", "mod", "20001", "--context", "public", "--json"])
        .run();
    out.ok();
    let u = &out.json()["done"][0];
    assert_eq!(u["id"], "22001");
    assert_eq!(u["context"], "public");
    assert!(!env.conf("directory/team/20001.xml").exists());
    let moved = std::fs::read_to_string(env.conf("directory/public/22001.xml")).unwrap();
    assert!(
        moved.contains(r#"value="mute-detect|mute""#),
        "public flags: {moved}"
    );
    assert!(moved.contains(r#"value="$${defconpin}""#));

    // Delete removes the file.
    env.cmd()
        .args(["users", "del", "22001", "--yes"])
        .run()
        .ok();
    assert!(!env.conf("directory/public/22001.xml").exists());
}

#[test]
fn unknown_ids_fail_without_touching_anything() {
    let env = TestEnv::new();
    let before = env.snapshot();
    for args in [
        vec!["users", "del", "20999", "--yes", "--json"],
        vec!["users", "mod", "20999", "--name", "x", "--json"],
        vec!["users", "mod", "abc", "--json"],
    ] {
        let out = env.cmd().args(&args).run();
        out.code(1);
        let a = out.json();
        assert_eq!(a["done"], json!([]));
        let id = args[2];
        assert_eq!(a["failed"][0]["error"], format!("no userid {id}"));
        assert_eq!(a["failed"][0]["user"]["id"], id);
    }
    assert_eq!(env.snapshot(), before);
}

#[test]
fn one_bad_item_fails_alone() {
    let env = TestEnv::new();
    let body = json!([
        {"name": "defaultuser", "email": "x@example.com", "context": "team"},
        {"name": "erin", "email": "not-an-email", "context": "team"},
        {"name": "frank", "email": "f@example.com", "context": "nowhere"},
        {"name": "gina", "email": "g@example.com", "context": "team", "polymac": "12345"},
        {"name": "hank", "email": "h@example.com", "context": "team", "conpin": "12ab"},
        {"name": "ivy", "email": "i@example.com", "context": "team"},
    ]);
    let out = env
        .cmd()
        .args(["users", "add", "--file", "-", "--json"])
        .stdin(body.to_string())
        .run();
    out.code(1);
    let a = out.json();
    let errors: Vec<&str> = a["failed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["error"].as_str().unwrap())
        .collect();
    assert_eq!(errors[0], "name already taken");
    assert_eq!(errors[1], "email does not contain an email");
    assert_eq!(errors[2], "context does not exist");
    assert!(
        errors[3].starts_with("polymac must be 12 hex digits"),
        "{}",
        errors[3]
    );
    assert!(errors[4].starts_with("conpin must be"), "{}", errors[4]);
    assert_eq!(a["failed"][1]["user"], body[1]);
    assert_eq!(a["done"].as_array().unwrap().len(), 1);
    assert_eq!(a["done"][0]["name"], "ivy");
    assert!(out.stderr.contains("5 failed"), "{}", out.stderr);
}

#[test]
fn a_schema_violation_is_a_usage_error_and_writes_nothing() {
    let env = TestEnv::new();
    let before = env.snapshot();
    for (body, needle) in [
        (r#"[{"name":"a","email":"a@b.cd"}]"#, "context"),
        (
            r#"[{"name":"a","email":"a@b.cd","context":"team","admin":"yes"}]"#,
            "admin",
        ),
        (r#"{"name":"a"}"#, "body should be array"),
        (
            r#"[{"name":"a","email":"a@b.cd","context":"team"},{"name":7,"email":"a@b.cd","context":"team"}]"#,
            "body/1/name",
        ),
        ("not json", "not valid JSON"),
    ] {
        let out = env
            .cmd()
            .args(["users", "add", "--file", "-"])
            .stdin(body)
            .run();
        out.code(2);
        assert!(
            out.stderr.contains(needle),
            "{needle:?} not in {}",
            out.stderr
        );
    }
    assert_eq!(env.snapshot(), before);
}

#[test]
fn delete_needs_confirmation_without_a_terminal() {
    let env = TestEnv::new();
    let out = env.cmd().args(["users", "del", "20000"]).run();
    out.code(2);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    assert!(env.conf("directory/team/20000.xml").exists());
}

#[test]
fn hostile_values_are_escaped_or_refused_and_never_change_rights() {
    let env = TestEnv::new();
    let injection = r#"x"/><variable name="user_context" value="team"#;
    let accepted = [
        injection,
        "a\"b",
        "<tag>",
        "Tom & Jerry",
        "O'Brien",
        "Zoë 😀",
    ];
    let body: Vec<Value> = accepted
        .iter()
        .enumerate()
        .map(|(i, n)| json!({"name": n, "email": format!("u{i}@example.com"), "context": "public", "password": format!("pw&<\"{i}'x")}))
        .collect();
    let out = env
        .cmd()
        .args(["users", "add", "--file", "-", "--json"])
        .stdin(Value::from(body).to_string())
        .run();
    out.ok();
    let listed = env.users();
    for (i, name) in accepted.iter().enumerate() {
        let u = listed
            .iter()
            .find(|u| u["name"] == *name)
            .unwrap_or_else(|| panic!("{name:?} not read back"));
        assert_eq!(u["context"], "public", "{name:?} changed its context");
        assert_eq!(u["password"], format!("pw&<\"{i}'x"));
    }
    python_xml_check(&xml_files_under(&env.conf("directory"))).unwrap();

    let before = env.snapshot();
    for (field, bad) in [
        ("name", "a\nb"),
        ("name", "a\rb"),
        ("name", "tab\there"),
        ("name", "${var}"),
        ("name", "a:b"),
        ("email", "x@y.z\n"),
        ("password", "pw\nx"),
    ] {
        let mut item = json!({"name": "ok", "email": "ok@example.com", "context": "team"});
        item[field] = json!(bad);
        let out = env
            .cmd()
            .args(["users", "add", "--file", "-", "--json"])
            .stdin(json!([item]).to_string())
            .run();
        out.code(1);
        let err = out.json()["failed"][0]["error"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(
            err.contains(field) || err.contains("email"),
            "{bad:?}: {err}"
        );
    }
    assert_eq!(env.snapshot(), before);
}

#[test]
fn concurrent_adds_get_distinct_ids_and_leave_no_debris() {
    let env = TestEnv::new();
    let children: Vec<_> = (0..20)
        .map(|i| {
            let mut t = env.cmd().args([
                "users",
                "add",
                "--json",
                "--name",
                &format!("con{i}"),
                "--email",
                &format!("c{i}@example.com"),
                "--context",
                "team",
            ]);
            t.cmd
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
            t.cmd.spawn().unwrap()
        })
        .collect();
    let mut ids = std::collections::BTreeSet::new();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        ids.insert(v["done"][0]["id"].as_str().unwrap().to_string());
    }
    assert_eq!(ids.len(), 20, "{ids:?}");
    let expect: std::collections::BTreeSet<String> =
        (20001..=20020).map(|n| n.to_string()).collect();
    assert_eq!(ids, expect);
    assert_eq!(debris(&env.conf("")), Vec::<std::path::PathBuf>::new());
    assert_eq!(env.users().len(), 23);
}

#[test]
fn a_thousand_users_in_one_call() {
    let env = TestEnv::new();
    let body: Vec<Value> = (0..1000)
        .map(|i| json!({"name": format!("bulk{i}"), "email": format!("b{i}@example.com"), "context": if i % 2 == 0 {"team"} else {"public"}, "password": "bulkpw12345"}))
        .collect();
    let out = env
        .cmd()
        .args(["users", "add", "--file", "-", "--json"])
        .stdin(Value::from(body).to_string())
        .run();
    out.ok();
    assert_eq!(out.json()["done"].as_array().unwrap().len(), 1000);
    let list = env.cmd().args(["users", "list", "--json"]).run().json();
    assert_eq!(list["info"]["total"], 1003);
    assert_eq!(list["info"]["contexts"]["team"], 501);
    assert!(env.conf("directory/team/20500.xml").is_file());
    assert!(env.conf("directory/public/22500.xml").is_file());
}

#[test]
fn broken_files_are_reported_and_the_rest_still_loads() {
    let env = TestEnv::new();
    std::fs::write(
        env.conf("directory/team/20005.xml"),
        "<include>\n  <user id=\"20005\">\n  </usr>\n</include>\n",
    )
    .unwrap();
    let out = env.cmd().args(["users", "list", "--json"]).run();
    out.ok();
    assert_eq!(out.json()["info"]["total"], 3);
    assert!(
        out.stderr.contains("20005.xml") && out.stderr.contains("line 3"),
        "{}",
        out.stderr
    );
    // Its number stays taken.
    for n in 1..=5 {
        let a = env
            .cmd()
            .args([
                "users",
                "add",
                "--json",
                "--name",
                &format!("n{n}"),
                "--email",
                "n@example.com",
                "--context",
                "team",
            ])
            .run()
            .json();
        assert_ne!(a["done"][0]["id"], "20005");
    }
}

#[test]
fn find_matches_like_the_api() {
    let env = TestEnv::new();
    let body = json!([
        {"name": "anna", "email": "anna@corp.example", "context": "team", "polymac": "0004f2000001"},
        {"name": "annabel", "email": "bel@home.example", "context": "friends"},
        {"name": "ben", "email": "ben@corp.example", "context": "public", "polymac": "0004f2000002"},
    ]);
    env.cmd()
        .args(["users", "add", "--file", "-"])
        .stdin(body.to_string())
        .run()
        .ok();
    let names = |v: &Value, key: &str| -> Vec<String> {
        v[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["name"].as_str().unwrap().to_string())
            .collect()
    };
    let r = env
        .cmd()
        .args(["users", "find", "byname", "anna", "--json"])
        .run()
        .json();
    assert_eq!(r["op"], "users/byname/anna");
    assert_eq!(names(&r, "users"), ["anna", "annabel"]);
    let r = env
        .cmd()
        .args(["users", "find", "bypolymac", "0004f", "--json"])
        .run()
        .json();
    assert_eq!(names(&r, "users"), ["anna", "ben"]);
    let r = env
        .cmd()
        .args(["users", "find", "byemail", "corp", "--json"])
        .run()
        .json();
    assert_eq!(names(&r, "users"), ["anna", "ben"]);
    let r = env
        .cmd()
        .args(["users", "find", "byid", "2100", "--json"])
        .run()
        .json();
    assert_eq!(names(&r, "users"), ["frienduser", "annabel"]);
    let r = env
        .cmd()
        .args(["users", "find", "bycontext", "fri", "--json"])
        .run()
        .json();
    assert_eq!(r["users"].as_array().unwrap().len(), 2);
    let r = env
        .cmd()
        .args(["users", "find", "match", "bel", "--json"])
        .run()
        .json();
    assert_eq!(keys(&r), ["op", "namematches", "emailmatches"]);
    assert_eq!(names(&r, "namematches"), ["annabel"]);
    assert_eq!(names(&r, "emailmatches"), ["annabel"]);
}

#[test]
fn rebuild_rewrites_every_file_from_the_templates() {
    let env = TestEnv::new();
    let tpl = env.path("tpl");
    std::fs::create_dir_all(&tpl).unwrap();
    let builtin =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/user.xml"))
            .unwrap();
    std::fs::write(
        tpl.join("user.xml"),
        builtin.replace("<include>", "<include>\n  <!-- rebuilt -->"),
    )
    .unwrap();
    env.write_settings("templates_dir = \"tpl\"");
    let out = env.cmd().args(["users", "rebuild", "--json"]).run();
    out.ok();
    assert_eq!(out.json()["done"].as_array().unwrap().len(), 3);
    let f = std::fs::read_to_string(env.conf("directory/team/20000.xml")).unwrap();
    assert!(f.contains("<!-- rebuilt -->"));
    // Literal variables survive a rebuild.
    assert!(f.contains("$${modconpin}"), "{f}");
}

#[test]
fn global_flags_work_after_the_subcommand_and_override_settings() {
    let env = TestEnv::new();
    let other = env.path("other");
    copy_dir(&env.conf(""), &other);
    std::fs::remove_file(other.join("directory/friends/21000.xml")).unwrap();
    let out = env
        .cmd()
        .args(["users", "list", "--json", "--conf-dir"])
        .arg_path(&other)
        .run();
    out.ok();
    assert_eq!(out.json()["info"]["total"], 2);
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.path().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}
