//! Completions and man pages are generated from the real flags and the
//! committed copies are never stale.

use crate::harness::*;
use std::path::Path;

fn same_tree(committed: &Path, fresh: &Path) {
    let mut names: Vec<_> = std::fs::read_dir(fresh)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    let mut have: Vec<_> = std::fs::read_dir(committed)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    have.sort();
    assert_eq!(
        have,
        names,
        "{} has other files than fsconn generates",
        committed.display()
    );
    for n in names {
        assert!(
            std::fs::read(committed.join(&n)).unwrap() == std::fs::read(fresh.join(&n)).unwrap(),
            "{} is stale: run `fsconn completions --dir completions && fsconn man --dir man`",
            committed.join(&n).display()
        );
    }
}

#[test]
fn committed_completions_and_man_pages_are_fresh() {
    let env = TestEnv::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    env.cmd()
        .args(["completions", "--dir"])
        .arg_path(&env.path("c"))
        .run()
        .ok();
    env.cmd()
        .args(["man", "--dir"])
        .arg_path(&env.path("m"))
        .run()
        .ok();
    same_tree(&root.join("completions"), &env.path("c"));
    same_tree(&root.join("man"), &env.path("m"));
    let bash = env.cmd().args(["completions", "bash"]).run();
    bash.ok();
    assert!(bash.stdout.contains("fsconn") && bash.stdout.contains("conferences"));
    assert!(root.join("man/fsconn-users-add.1").exists());
}

#[test]
fn the_man_page_renders() {
    let out = std::process::Command::new("man")
        .args(["-l", concat!(env!("CARGO_MANIFEST_DIR"), "/man/fsconn.1")])
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "80")
        .output()
        .expect("`man` is needed for this test (.ci/run installs man-db)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("NAME") && text.contains("fsconn") && text.contains("--conf-dir"),
        "{text}"
    );
}

#[test]
fn version_and_help_work() {
    let env = TestEnv::new();
    let v = env.cmd().args(["--version"]).run();
    v.ok();
    assert_eq!(
        v.stdout.trim(),
        format!("fsconn {}", env!("CARGO_PKG_VERSION"))
    );
    let h = env.cmd().args(["--help"]).run();
    h.ok();
    assert!(h.stdout.contains("Exit status"));
}
