//! Config trees are stored as .tar.gz and restored only from archives that
//! are safe to unpack.

use crate::harness::*;
use std::process::Command;

#[test]
fn store_and_restore_round_trip_a_tree_byte_for_byte() {
    let env = TestEnv::new();
    let before = env.snapshot();
    let out = env.cmd().args(["store", "freeswitch", "--json"]).run();
    out.ok();
    let v = out.json();
    assert_eq!(v["op"], "store/freeswitch");
    assert_eq!(v["failed"], "");
    let archive = env.path("static/store/freeswitch.tar.gz");
    assert_eq!(v["done"], archive.display().to_string());
    // Independent reader: Python's tarfile lists the tree.
    let listed = Command::new("python3")
        .args([
            "-c",
            "import sys,tarfile; print('\\n'.join(tarfile.open(sys.argv[1]).getnames()))",
        ])
        .arg(&archive)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&listed.stdout).contains("directory/team/20000.xml"));

    // Change things, then restore.
    env.cmd()
        .args([
            "users",
            "add",
            "--name",
            "tmp",
            "--email",
            "t@example.com",
            "--context",
            "team",
        ])
        .run()
        .ok();
    std::fs::write(env.conf("vars.xml"), "<include/>").unwrap();
    assert_ne!(env.snapshot(), before);
    let out = env
        .cmd()
        .args(["restore", "freeswitch", "--yes", "--json"])
        .run();
    out.ok();
    assert_eq!(out.json()["op"], "restore/freeswitch");
    assert_eq!(env.snapshot(), before);
    assert!(
        debris(env.dir.path())
            .iter()
            .all(|p| p.starts_with(env.path("static"))),
        "{:?}",
        debris(env.dir.path())
    );
}

#[test]
fn store_conferences_to_a_chosen_file_and_restore_from_it() {
    let env = TestEnv::new();
    let out_file = env.path("backup/conf.tgz");
    env.cmd()
        .args(["store", "conferences", "--output"])
        .arg_path(&out_file)
        .run()
        .ok();
    let before = env.snapshot();
    env.cmd()
        .args(["conferences", "del", "30000", "--yes"])
        .run()
        .ok();
    env.cmd()
        .args(["restore", "conferences", "--yes", "--from"])
        .arg_path(&out_file)
        .run()
        .ok();
    assert_eq!(env.snapshot(), before);
}

/// Build a hostile archive with Python's tarfile.
fn evil_archive(env: &TestEnv, kind: &str) -> std::path::PathBuf {
    let path = env.path(&format!("evil-{kind}.tar.gz"));
    let script = r#"
import io, sys, tarfile
kind, out = sys.argv[1], sys.argv[2]
with tarfile.open(out, "w:gz") as t:
    ok = tarfile.TarInfo("team/20000.xml"); data = b"<include/>"; ok.size = len(data)
    t.addfile(ok, io.BytesIO(data))
    if kind == "dotdot":
        i = tarfile.TarInfo("../evil"); i.size = 4; t.addfile(i, io.BytesIO(b"evil"))
    elif kind == "absolute":
        i = tarfile.TarInfo("/tmp/fsconn-evil-absolute"); i.size = 4; t.addfile(i, io.BytesIO(b"evil"))
    elif kind == "symlink":
        i = tarfile.TarInfo("team/link.xml"); i.type = tarfile.SYMTYPE; i.linkname = "../../../../etc/passwd"; t.addfile(i)
    elif kind == "device":
        i = tarfile.TarInfo("team/dev"); i.type = tarfile.CHRTYPE; i.devmajor = 1; i.devminor = 3; t.addfile(i)
"#;
    let st = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(kind)
        .arg(&path)
        .status()
        .unwrap();
    assert!(st.success());
    path
}

#[test]
fn hostile_archives_are_refused_and_the_tree_is_unchanged() {
    let env = TestEnv::new();
    let before = env.snapshot();
    for kind in ["dotdot", "absolute", "symlink", "device"] {
        let archive = evil_archive(&env, kind);
        let out = env
            .cmd()
            .args(["restore", "directory", "--yes", "--json", "--from"])
            .arg_path(&archive)
            .run();
        out.code(1);
        let failed = out.json()["failed"].as_str().unwrap().to_string();
        assert!(failed.contains("refused"), "{kind}: {failed}");
        assert_eq!(env.snapshot(), before, "{kind} changed the tree");
    }
    assert!(!env.dir.path().join("evil").exists());
    assert!(!std::path::Path::new("/tmp/fsconn-evil-absolute").exists());
    // A file that is not an archive at all.
    std::fs::write(env.path("junk.tar.gz"), "not gzip").unwrap();
    let out = env
        .cmd()
        .args(["restore", "directory", "--yes", "--json", "--from"])
        .arg_path(&env.path("junk.tar.gz"))
        .run();
    out.code(1);
    assert_eq!(env.snapshot(), before);
    // A missing archive.
    let out = env
        .cmd()
        .args(["restore", "dialplan", "--yes", "--json"])
        .run();
    out.code(1);
    assert!(out.json()["failed"]
        .as_str()
        .unwrap()
        .starts_with("no archive at"));
}

#[test]
fn restore_needs_confirmation_without_a_terminal() {
    let env = TestEnv::new();
    env.cmd().args(["store", "directory"]).run().ok();
    let out = env.cmd().args(["restore", "directory"]).run();
    out.code(2);
    assert!(out.stderr.contains("--yes"));
}
