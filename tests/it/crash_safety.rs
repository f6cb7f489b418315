//! An admin's `fsconn users add --file` of 1,000 users is killed (kill -9,
//! OOM killer, power cut of the shell) at any moment. The next fsconn
//! command, whatever it is, leaves a tree where every file parses, no temp
//! file remains, the batch is wholly there or wholly absent, and every user
//! has a provisioning file.

use crate::harness::*;
use serde_json::{json, Value};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BATCH: usize = 1000;

/// 1,000 users over two contexts, named after `tag`.
fn batch_file(env: &TestEnv, tag: &str) -> std::path::PathBuf {
    let body: Vec<Value> = (0..BATCH)
        .map(|i| {
            json!({
                "name": format!("{tag}{i}"),
                "email": format!("{tag}{i}@example.com"),
                "context": if i % 2 == 0 { "team" } else { "public" },
                "password": format!("pw{tag}{i}x"),
            })
        })
        .collect();
    let path = env.path(&format!("{tag}.json"));
    std::fs::write(&path, Value::Array(body).to_string()).unwrap();
    path
}

/// `users add --file` as a child process we can kill.
fn spawn_add(env: &TestEnv, file: &Path, crash_after: Option<usize>) -> std::process::Child {
    let mut t = env
        .cmd()
        .args(["users", "add", "--json", "--file"])
        .arg_path(file);
    if let Some(n) = crash_after {
        t = t.env("FSCONN_TEST_CRASH_AFTER_RENAMES", &n.to_string());
    }
    t.cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// Files of ours that must not survive: temp files and the journal.
fn leftovers(env: &TestEnv) -> Vec<std::path::PathBuf> {
    let mut v = debris(&env.conf(""));
    v.extend(debris(&env.path("static")));
    v
}

/// After the next fsconn command: the tree is whole. Returns how many of
/// the batch's users exist (0 or all).
#[track_caller]
fn check_whole(env: &TestEnv, tag: &str, run: &str) -> usize {
    // Any command repairs: this one only reads.
    let users = env.users();
    assert!(leftovers(env).is_empty(), "{run}: {:?}", leftovers(env));
    let ours = users
        .iter()
        .filter(|u| u["name"].as_str().unwrap().starts_with(tag))
        .count();
    assert!(
        ours == 0 || ours == BATCH,
        "{run}: a partial batch of {ours} users"
    );
    for u in &users {
        let id = u["id"].as_str().unwrap();
        let prov = env.path(&format!("static/linphone/{id}/linphone.xml"));
        // The example's own users were never provisioned; the batch's must be.
        if u["name"].as_str().unwrap().starts_with(tag) {
            assert!(prov.is_file(), "{run}: user {id} has no provisioning file");
        }
    }
    let mut xml = xml_files_under(&env.conf(""));
    if env.path("static/linphone").is_dir() {
        xml.extend(xml_files_under(&env.path("static/linphone")));
    }
    if let Err(e) = python_xml_check(&xml) {
        panic!("{run}: a file does not parse: {e}");
    }
    ours
}

#[test]
fn kill_9_at_random_moments_of_a_1000_user_add_leaves_a_whole_batch_or_none() {
    // How long an uninterrupted add takes here, to spread the kills over it.
    let env = TestEnv::new();
    let file = batch_file(&env, "t");
    let started = Instant::now();
    let status = spawn_add(&env, &file, None).wait().unwrap();
    assert!(status.success());
    let full = started.elapsed();
    assert_eq!(check_whole(&env, "t", "uninterrupted"), BATCH);

    let mut seen = [0usize; 2];
    for run in 0..30 {
        let env = TestEnv::new();
        let file = batch_file(&env, "k");
        let delay = full.mul_f64(0.3 + rand::random::<f64>() * 0.9);
        let mut child = spawn_add(&env, &file, None);
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let ours = check_whole(&env, "k", &format!("run {run} (killed after {delay:?})"));
        seen[usize::from(ours == BATCH)] += 1;
    }
    eprintln!(
        "1,000-user add took {full:?}; killed 30 times: {} absent, {} whole",
        seen[0], seen[1]
    );
}

#[test]
fn killed_right_after_the_first_rename_the_next_command_completes_the_batch() {
    for after in [1, BATCH, 2 * BATCH - 1] {
        let env = TestEnv::new();
        let file = batch_file(&env, "r");
        let status = spawn_add(&env, &file, Some(after)).wait().unwrap();
        assert!(!status.success(), "the crash hook did not fire");
        // The journal is there, and so are some of the batch's files.
        assert!(env.conf(".fsconn-journal").exists());
        let run = format!("killed after rename {after}");
        assert_eq!(check_whole(&env, "r", &run), BATCH, "{run}");
        // And the repaired tree takes the next change normally.
        env.cmd()
            .args(["users", "del", "20000", "--yes"])
            .run()
            .ok();
    }
}

#[test]
fn temp_files_and_restore_dirs_of_dead_writers_go_and_those_of_live_ones_stay() {
    let env = TestEnv::new();
    let dead_pid = {
        let mut c = Command::new("true").spawn().unwrap();
        let pid = c.id();
        c.wait().unwrap();
        pid
    };
    let dead = env.conf(&format!("directory/team/.fsconn-{dead_pid}-7.tmp"));
    let live = env.conf(&format!(
        "directory/team/.fsconn-{}-7.tmp",
        std::process::id()
    ));
    let dead_static = env.path(&format!("static/.fsconn-{dead_pid}-8.tmp"));
    for p in [&dead, &live, &dead_static] {
        std::fs::write(p, "<half").unwrap();
    }
    // A restore killed while unpacking beside the tree.
    let staging = env.conf(&format!(".directory.fsconn-restore-{dead_pid}"));
    std::fs::create_dir_all(staging.join("team")).unwrap();
    std::fs::write(staging.join("team/20000.xml"), "<half").unwrap();
    let before = Instant::now();
    env.cmd().args(["users", "list"]).run().ok();
    assert!(before.elapsed() < Duration::from_secs(20));
    assert!(!dead.exists() && !dead_static.exists() && !staging.exists());
    assert!(live.exists(), "a live writer's temp file was removed");
}
