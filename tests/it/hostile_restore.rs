//! An admin restores an archive received from elsewhere: whatever it holds,
//! fsconn either restores it inside the config tree or refuses it and
//! leaves every file (inside the tree and beside it) exactly as it was.
//! Archives are built with Python's tarfile (not our code).

use crate::harness::*;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Every path below `root` (not following links) with what it is: file
/// content hash, link target, dir, or other.
fn fingerprint(root: &Path) -> BTreeMap<PathBuf, String> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<PathBuf, String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            let m = std::fs::symlink_metadata(&p).unwrap();
            let rel = p.strip_prefix(root).unwrap().to_path_buf();
            if rel == Path::new("static/audit.log") {
                // Recording the refused attempt is the audit log's job.
                continue;
            }
            let what = if m.file_type().is_symlink() {
                format!("link {}", std::fs::read_link(&p).unwrap().display())
            } else if m.is_dir() {
                walk(&p, root, out);
                "dir".into()
            } else if m.is_file() {
                use std::hash::{Hash, Hasher};
                let mut h = std::collections::hash_map::DefaultHasher::new();
                std::fs::read(&p).unwrap().hash(&mut h);
                format!("file {:x}", h.finish())
            } else {
                "other".into()
            };
            out.insert(rel, what);
        }
    }
    let mut m = BTreeMap::new();
    walk(root, root, &mut m);
    m
}

/// A tar.gz made by Python's tarfile from a list of entries:
/// `{"name", "type": file|dir|sym|link|chr|blk|fifo, "data"?, "target"?}`.
fn archive(dir: &Path, name: &str, entries: &Value) -> PathBuf {
    let path = dir.join(name);
    let script = r#"
import io, json, sys, tarfile
types = {"file": tarfile.REGTYPE, "dir": tarfile.DIRTYPE, "sym": tarfile.SYMTYPE,
         "link": tarfile.LNKTYPE, "chr": tarfile.CHRTYPE, "blk": tarfile.BLKTYPE, "fifo": tarfile.FIFOTYPE}
with tarfile.open(sys.argv[2], "w:gz") as t:
    for e in json.loads(sys.argv[1]):
        i = tarfile.TarInfo(e["name"]); i.type = types[e["type"]]
        i.mode = 0o755 if e["type"] == "dir" else 0o644
        if "target" in e: i.linkname = e["target"]
        data = None
        if e["type"] == "file":
            data = e.get("data", "x" * e.get("size", 0)).encode(); i.size = len(data)
        t.addfile(i, io.BytesIO(data) if data is not None else None)
"#;
    let st = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(entries.to_string())
        .arg(&path)
        .status()
        .unwrap();
    assert!(st.success(), "python could not build {name}");
    path
}

fn file(name: &str) -> Value {
    json!({"name": name, "type": "file", "data": "<include/>\n"})
}

fn sym(name: &str, target: &str) -> Value {
    json!({"name": name, "type": "sym", "target": target})
}

/// The user file every test archive carries, so the archive would be a
/// usable `directory` tree but for its attack.
fn with_user(mut attack: Vec<Value>) -> Value {
    attack.insert(0, json!({"name": "team", "type": "dir"}));
    attack.insert(1, file("team/20000.xml"));
    Value::Array(attack)
}

struct Restore {
    env: TestEnv,
    /// Archives live outside the env, so the env's fingerprint is stable.
    store: tempfile::TempDir,
}

impl Restore {
    fn new() -> Restore {
        let env = TestEnv::new();
        // Something outside the config tree for links to aim at.
        std::fs::create_dir_all(env.path("outside")).unwrap();
        std::fs::write(env.path("outside/secret.xml"), "<secret/>").unwrap();
        Restore {
            env,
            store: tempfile::tempdir().unwrap(),
        }
    }

    /// Restore `entries` into `directory`; assert the refusal names `why`
    /// and nothing in or beside the tree changed.
    #[track_caller]
    fn refused(&self, label: &str, entries: Value, why: &str) {
        let path = archive(self.store.path(), &format!("{label}.tar.gz"), &entries);
        self.refused_file(label, &path, why);
    }

    #[track_caller]
    fn refused_file(&self, label: &str, path: &Path, why: &str) {
        let before = fingerprint(self.env.dir.path());
        let out = self
            .env
            .cmd()
            .args(["restore", "directory", "--yes", "--json", "--from"])
            .arg_path(path)
            .run();
        out.code(1);
        let failed = out.json()["failed"].as_str().unwrap().to_string();
        assert!(failed.contains("refused"), "{label}: {failed}");
        assert!(failed.contains(why), "{label}: {failed:?} lacks {why:?}");
        assert_eq!(
            fingerprint(self.env.dir.path()),
            before,
            "{label} changed files"
        );
    }
}

#[test]
fn symlink_chains_that_leave_the_tree_are_refused() {
    let r = Restore::new();
    // The issue's chain: each link looks harmless on its own.
    let mut chain = vec![sym("x", "."), sym("l1", "x/..")];
    for i in 2..=10 {
        chain.push(sym(&format!("l{i}"), &format!("l{}/x", i - 1)));
    }
    chain.push(sym("team2", "l10/outside"));
    r.refused(
        "chain",
        with_user(chain),
        "l1: link to x/.. leaves the tree",
    );
    // Order tricks: the link is lexically inside when it is unpacked, and
    // only a later entry makes it escape.
    r.refused(
        "later",
        with_user(vec![sym("a", "b/../outside"), sym("b", ".")]),
        "leaves the tree",
    );
    // Deep dirs reached through a link, then climbed out of.
    r.refused(
        "deep",
        with_user(vec![
            json!({"name": "d1/d2/d3", "type": "dir"}),
            sym("p", "d1/d2/d3"),
            sym("q", "p/../../.."),
            sym("r", "q/../outside"),
        ]),
        "r: link to q/../outside leaves the tree",
    );
    r.refused(
        "absolute",
        with_user(vec![sym("team/abs.xml", "/etc/passwd")]),
        "leaves the tree",
    );
    r.refused(
        "loop",
        with_user(vec![sym("a", "b/c"), sym("b", "a")]),
        "loop",
    );
    r.refused(
        "dangling",
        with_user(vec![sym("team/gone.xml", "nothing.xml")]),
        "points at nothing",
    );
    // Writing through a link the archive made, even one that stays inside.
    r.refused(
        "through",
        with_user(vec![sym("me", "."), file("me/team/20001.xml")]),
        "below the link me",
    );
    r.refused(
        "through-out",
        with_user(vec![sym("up", "../../outside"), file("up/evil.xml")]),
        "leaves the tree",
    );
    // A file replaced by a link of the same name later in the archive.
    r.refused(
        "replace",
        with_user(vec![sym("team/20000.xml", "../../outside/secret.xml")]),
        "appears twice",
    );
    assert_eq!(
        std::fs::read_to_string(r.env.path("outside/secret.xml")).unwrap(),
        "<secret/>"
    );
}

#[test]
fn hard_links_devices_and_odd_names_are_refused() {
    let r = Restore::new();
    let link = |name: &str, target: &str| json!({"name": name, "type": "link", "target": target});
    r.refused(
        "hl-abs",
        with_user(vec![link("team/p.xml", "/etc/passwd")]),
        "hard link",
    );
    r.refused(
        "hl-up",
        with_user(vec![link("team/s.xml", "../outside/secret.xml")]),
        "hard link",
    );
    r.refused(
        "hl-later",
        with_user(vec![link("team/a.xml", "team/b.xml"), file("team/b.xml")]),
        "hard link",
    );
    r.refused(
        "hl-to-link",
        with_user(vec![sym("s", "team"), link("team/h.xml", "s")]),
        "hard link",
    );
    for kind in ["chr", "blk", "fifo"] {
        r.refused(
            kind,
            with_user(vec![json!({"name": "team/dev", "type": kind})]),
            "not allowed",
        );
    }
    r.refused(
        "dotdot",
        with_user(vec![file("team/../../evil.xml")]),
        "'..' are not allowed",
    );
    r.refused(
        "rooted",
        with_user(vec![file("/tmp/fsconn-evil-rooted.xml")]),
        "absolute paths",
    );
    assert!(!Path::new("/tmp/fsconn-evil-rooted.xml").exists());
    // Not an archive, an empty one, and a fifo where the archive should be.
    std::fs::write(r.store.path().join("junk.tar.gz"), "not gzip").unwrap();
    r.refused_file(
        "junk",
        &r.store.path().join("junk.tar.gz"),
        "not a readable tar.gz",
    );
    r.refused("empty", json!([]), "empty");
    let fifo = r.store.path().join("named-pipe.tar.gz");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let out = r
        .env
        .cmd()
        .args(["restore", "directory", "--yes", "--json", "--from"])
        .arg_path(&fifo)
        .run();
    out.code(1);
    assert!(out.stdout.contains("not a regular file"), "{}", out.stdout);
}

#[test]
fn an_archive_with_links_that_stay_inside_is_restored() {
    let r = Restore::new();
    let entries = with_user(vec![
        sym("team/alias.xml", "20000.xml"),
        json!({"name": "team/copy.xml", "type": "link", "target": "team/20000.xml"}),
        sym("alias", "team"),
    ]);
    let path = archive(r.store.path(), "fine.tar.gz", &entries);
    r.env
        .cmd()
        .args(["restore", "directory", "--yes", "--json", "--from"])
        .arg_path(&path)
        .run()
        .ok();
    let dir = r.env.conf("directory");
    assert_eq!(
        std::fs::read_link(dir.join("team/alias.xml")).unwrap(),
        Path::new("20000.xml")
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("team/copy.xml")).unwrap(),
        "<include/>\n"
    );
    assert!(debris(r.env.conf("").as_path()).is_empty());
}

#[test]
fn limits_on_entries_sizes_and_expansion_name_the_setting() {
    let r = Restore::new();
    r.env
        .write_settings("[restore]\nmax_entries = 20\nmax_file_bytes = 2000\nmax_bytes = 5000\n");
    let many: Vec<Value> = (0..30).map(|i| file(&format!("team/{i}.xml"))).collect();
    r.refused("entries", with_user(many), "restore.max_entries");
    let big = json!({"name": "team/big.xml", "type": "file", "size": 3000});
    r.refused("file", with_user(vec![big]), "restore.max_file_bytes");
    let parts: Vec<Value> = (0..4)
        .map(|i| json!({"name": format!("team/p{i}.xml"), "type": "file", "size": 1500}))
        .collect();
    r.refused("total", with_user(parts), "restore.max_bytes");
    // Within the limits the same kind of archive goes through.
    let fine: Vec<Value> = (0..3)
        .map(|i| json!({"name": format!("team/p{i}.xml"), "type": "file", "size": 1000}))
        .collect();
    let path = archive(r.store.path(), "fine.tar.gz", &with_user(fine));
    r.env
        .cmd()
        .args(["restore", "directory", "--yes", "--from"])
        .arg_path(&path)
        .run()
        .ok();
}

/// A 2 MB gzip that expands to a 2 GiB file: deflate blocks of zeros, each
/// ended with a full flush so one compressed block can be repeated.
fn zip_bomb(path: &Path) {
    use flate2::{Compress, Compression, Crc, FlushCompress};
    let mut header = tar::Header::new_gnu();
    header.set_path("team/bomb.xml").unwrap();
    header.set_size(2 << 30);
    header.set_mode(0o644);
    header.set_cksum();
    let deflate = |c: &mut Compress, input: &[u8], flush| {
        let mut out = Vec::with_capacity(input.len() + 1024);
        c.compress_vec(input, &mut out, flush).unwrap();
        out
    };
    let mut c = Compress::new(Compression::best(), false);
    let head = deflate(&mut c, header.as_bytes(), FlushCompress::Full);
    let zeros = vec![0u8; 1 << 20];
    let block = deflate(&mut c, &zeros, FlushCompress::Full);
    let tail = deflate(&mut c, &[], FlushCompress::Finish);
    let mut crc = Crc::new();
    crc.update(header.as_bytes());
    let mut gz = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    gz.extend(head);
    for _ in 0..2048 {
        gz.extend(&block);
        crc.update(&zeros);
    }
    gz.extend(tail);
    gz.extend(crc.sum().to_le_bytes());
    gz.extend(crc.amount().to_le_bytes());
    std::fs::write(path, gz).unwrap();
}

#[test]
fn a_zip_bomb_is_refused_before_it_fills_the_disk() {
    let r = Restore::new();
    let bomb = r.store.path().join("bomb.tar.gz");
    zip_bomb(&bomb);
    let size = std::fs::metadata(&bomb).unwrap().len();
    assert!(size < 3 << 20, "bomb is {size} bytes");
    let started = std::time::Instant::now();
    r.refused_file("bomb", &bomb, "restore.max_file_bytes");
    // Refused from the header, not after writing: far under the time it
    // takes to write 2 GiB (a guard, not a measurement).
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

#[test]
fn swapping_the_archive_during_restores_never_unpacks_unchecked_bytes() {
    let r = Restore::new();
    // A good archive big enough that a restore takes a while, and an evil
    // one under the same name now and then.
    let mut good: Vec<Value> = (0..400)
        .map(|i| json!({"name": format!("team/{}.xml", 20000 + i), "type": "file", "size": 2000}))
        .collect();
    good.insert(0, json!({"name": "team", "type": "dir"}));
    let good = archive(r.store.path(), "good.tar.gz", &Value::Array(good));
    let evil = archive(
        r.store.path(),
        "evil.tar.gz",
        &with_user(vec![
            sym("x", "."),
            sym("l1", "x/.."),
            sym("out", "l1/outside"),
        ]),
    );
    let target = r.store.path().join("restore.tar.gz");
    std::fs::copy(&good, &target).unwrap();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let swapper = {
        let (stop, good, evil, target) = (stop.clone(), good.clone(), evil.clone(), target.clone());
        std::thread::spawn(move || {
            let tmp = target.with_extension("swap");
            let mut n = 0u64;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let src = if n.is_multiple_of(2) { &evil } else { &good };
                std::fs::copy(src, &tmp).unwrap();
                std::fs::rename(&tmp, &target).unwrap();
                n += 1;
                std::thread::sleep(std::time::Duration::from_micros(300));
            }
            n
        })
    };
    let good_tree = {
        let scratch = TestEnv::new();
        scratch
            .cmd()
            .args(["restore", "directory", "--yes", "--from"])
            .arg_path(&good)
            .run()
            .ok();
        fingerprint(&scratch.conf("directory"))
    };
    let mut previous = fingerprint(&r.env.conf("directory"));
    let mut outcomes = BTreeMap::new();
    for _ in 0..20 {
        let out = r
            .env
            .cmd()
            .args(["restore", "directory", "--yes", "--json", "--from"])
            .arg_path(&target)
            .run();
        let now = fingerprint(&r.env.conf("directory"));
        let expected = if out.code == 0 { &good_tree } else { &previous };
        assert!(
            &now == expected,
            "exit {}: the tree is neither the previous one nor the good archive: {}",
            out.code,
            out.stdout
        );
        previous = now;
        *outcomes.entry(out.code).or_insert(0) += 1;
        assert!(!r.env.conf("directory/out").exists());
        assert!(debris(&r.env.conf("")).is_empty());
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let swaps = swapper.join().unwrap();
    assert!(swaps > 20, "only {swaps} swaps");
    eprintln!("swap-during-restore outcomes (exit code: runs): {outcomes:?}");
}

#[test]
fn a_full_disk_is_named_as_the_cause() {
    let r = Restore::new();
    let conf = r.env.conf("");
    let saved = r.env.path("conf-copy");
    fsconn::fsio::copy_tree(&conf, &saved).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
        .arg(&conf)
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("SKIPPED: cannot mount a small tmpfs here (needs root)");
        return;
    }
    struct Unmount(PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(&self.0).status();
        }
    }
    let _guard = Unmount(conf.clone());
    fsconn::fsio::copy_tree(&saved, &conf).unwrap();
    std::fs::remove_dir_all(&saved).unwrap();
    // Fits the limits, not the disk: refused before writing.
    let big = json!({"name": "team/big.xml", "type": "file", "size": 2 << 20});
    r.refused("full", with_user(vec![big]), "the disk is full");
    // Many files that each fit but together do not: the write fails with
    // ENOSPC part-way, and the message still says why.
    let parts: Vec<Value> = (0..12)
        .map(|i| json!({"name": format!("team/p{i}.xml"), "type": "file", "size": 200_000}))
        .collect();
    r.refused("full-later", with_user(parts), "the disk is full");
}

#[test]
fn restore_over_http_refuses_the_same_archives() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let store = env.path("static/store");
    std::fs::create_dir_all(&store).unwrap();
    let evil = archive(
        &store,
        "directory.tar.gz",
        &with_user(vec![sym("x", "."), sym("l1", "x/..")]),
    );
    assert!(evil.ends_with("directory.tar.gz"));
    let before = fingerprint(&env.conf(""));
    let http = Http::new(&serve.addr, "defaultuser", "napw");
    let reply = http.get("/api/restore/directory");
    let failed = reply.json()["failed"].as_str().unwrap_or("").to_string();
    assert!(
        failed.contains("refused") && failed.contains("leaves the tree"),
        "{}: {failed}",
        reply.status
    );
    assert_eq!(fingerprint(&env.conf("")), before);
}
