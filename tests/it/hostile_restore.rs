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
    for e in json.load(sys.stdin):
        i = tarfile.TarInfo(e["name"]); i.type = types[e["type"]]
        i.mode = 0o755 if e["type"] == "dir" else 0o644
        if "target" in e: i.linkname = e["target"]
        data = None
        if e["type"] == "file":
            data = e.get("data")
            if data is None:
                # Well-formed XML of the asked size: a comment pads it.
                data = "<include><!--" + "x" * max(0, e.get("size", 0) - 22) + "--></include>"
            data = data.encode(); i.size = len(data)
        t.addfile(i, io.BytesIO(data) if data is not None else None)
"#;
    // The entries go through stdin: a big archive's JSON is over the
    // kernel's limit for one argument.
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg("-")
        .arg(&path)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(entries.to_string().as_bytes()).unwrap();
    }
    assert!(
        child.wait().unwrap().success(),
        "python could not build {name}"
    );
    path
}

fn file(name: &str) -> Value {
    json!({"name": name, "type": "file", "data": "<include/>\n"})
}

/// A user file as fsconn writes it (`templates/user.xml`).
pub fn user_xml(id: u32, name: &str, password: &str) -> String {
    format!(
        r#"<include>
  <user id="{id}">
    <params>
      <param name="password" value="{password}"/>
      <param name="vm-password" value="{id}"/>
    </params>
    <variables>
      <variable name="user_context" value="team"/>
      <variable name="effective_caller_id_name" value="{name}"/>
      <variable name="effective_caller_id_number" value="{id}"/>
      <variable name="verto_dvar_email" value="{name}@example.com"/>
      <variable name="polymac" value="none"/>
      <variable name="conf_flags" value="moderator|mute-detect"/>
      <variable name="conpin" value="$${{modconpin}}"/>
    </variables>
  </user>
</include>
"#
    )
}

fn user_file(id: u32, name: &str) -> Value {
    json!({"name": format!("team/{id}.xml"), "type": "file", "data": user_xml(id, name, "s3cretpw")})
}

fn sym(name: &str, target: &str) -> Value {
    json!({"name": name, "type": "sym", "target": target})
}

/// The user file every test archive carries, so the archive would be a
/// usable `directory` tree but for its attack.
fn with_user(mut attack: Vec<Value>) -> Value {
    attack.insert(0, json!({"name": "team", "type": "dir"}));
    attack.insert(1, user_file(20000, "defaultuser"));
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
    // (Not in a context's dir: a second file there would be a second user.)
    let entries = with_user(vec![
        sym("notes/alias.xml", "../team/20000.xml"),
        json!({"name": "notes/copy.xml", "type": "link", "target": "team/20000.xml"}),
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
        std::fs::read_link(dir.join("notes/alias.xml")).unwrap(),
        Path::new("../team/20000.xml")
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("notes/copy.xml")).unwrap(),
        user_xml(20000, "defaultuser", "s3cretpw")
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
        .map(|i| json!({"name": format!("notes/p{i}.xml"), "type": "file", "size": 1000}))
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
        .map(|i| {
            let data = user_xml(20000 + i, &format!("user{i}"), "s3cretpw");
            let pad = format!("<!--{}-->\n", "x".repeat(2000 - data.len()));
            json!({"name": format!("team/{}.xml", 20000 + i), "type": "file", "data": data + &pad})
        })
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

/// A `directory` archive holding `team/<id>.xml` with `data`.
fn one_user(id: u32, data: &str) -> Value {
    json!([
        {"name": "team", "type": "dir"},
        {"name": format!("team/{id}.xml"), "type": "file", "data": data},
    ])
}

/// Issue 19 item 7: the two archives of the issue (U+FFFF in `20000.xml`,
/// an unclosed `<user>`) and every class like them are refused before
/// anything is swapped: exit 1, and the whole env byte-identical.
#[test]
fn archives_freeswitch_could_not_load_are_refused_before_the_swap() {
    let r = Restore::new();
    let good = user_xml(20000, "defaultuser", "s3cretpw");
    let edit = |from: &str, to: &str| {
        assert!(good.contains(from), "{from}");
        one_user(20000, &good.replace(from, to))
    };
    r.refused(
        "ffff",
        edit("defaultuser", "default\u{ffff}user"),
        "line 9: U+FFFF is not allowed in XML 1.0",
    );
    r.refused(
        "unclosed",
        edit("  </user>\n</include>\n", ""),
        "unclosed element <user>",
    );
    r.refused(
        "unclosed-inside",
        edit("  </user>\n", ""),
        "expected `</user>`, but `</include>` was found",
    );
    r.refused(
        "reference",
        edit("defaultuser", "default&#xFFFF;user"),
        "&#xFFFF; refers to a character XML 1.0 does not allow",
    );
    r.refused("control", edit("defaultuser", "default\u{1}user"), "U+0001");
    r.refused(
        "mismatched",
        edit("</params>", "</param>"),
        "not well-formed",
    );
    r.refused(
        "root",
        json!([{"name": "team", "type": "dir"},
        {"name": "team/20000.xml", "type": "file", "data": "just text"}]),
        "not well-formed",
    );
    // Restoring the archive does not change the tree, and it is still usable.
    r.env.cmd().args(["users", "list", "--json"]).run().ok();
}

/// Issue 19 item 7: the element structure FreeSWITCH needs, as fsconn
/// writes it.
#[test]
fn user_files_without_the_structure_freeswitch_needs_are_refused() {
    let r = Restore::new();
    let good = user_xml(20000, "defaultuser", "s3cretpw");
    let edit = |from: &str, to: &str| {
        assert!(good.contains(from), "{from}");
        one_user(20000, &good.replace(from, to))
    };
    r.refused(
        "no-password",
        edit("      <param name=\"password\" value=\"s3cretpw\"/>\n", ""),
        "has no <param name=\"password\"",
    );
    r.refused("no-id", edit(" id=\"20000\"", ""), "<user> has no id");
    r.refused(
        "other-id",
        edit("user id=\"20000\"", "user id=\"20001\""),
        "does not match the file name",
    );
    r.refused("no-user", edit("user", "usr"), "holds no <user>");
    let two = good.replace("</include>", &user_xml(20001, "x", "y")[10..]);
    r.refused("two-users", one_user(20000, &two), "more than one <user>");
    r.refused(
        "out-of-range",
        one_user(29999, &user_xml(29999, "defaultuser", "s3cretpw")),
        "outside the team range",
    );
}

/// Issue 19 item 7: values `users add`/`mod` would refuse are refused in
/// an archive too (the same checks, naming the file and the field).
#[test]
fn values_fsconn_could_not_have_written_are_refused() {
    let r = Restore::new();
    let good = user_xml(20000, "defaultuser", "s3cretpw");
    let edit = |from: &str, to: &str| {
        assert!(good.contains(from), "{from}");
        one_user(20000, &good.replace(from, to))
    };
    let cases = [
        (
            "newline",
            edit("defaultuser", "default&#10;user"),
            "control characters",
        ),
        (
            "tab",
            edit("s3cretpw", "s3cret&#9;pw"),
            "control characters",
        ),
        (
            "variable",
            edit("s3cretpw", "${system(id)}"),
            "password must not contain \"${\"",
        ),
        (
            "space",
            edit("s3cretpw", "s3cret pw"),
            "password must not contain white space",
        ),
        (
            "empty-pw",
            edit("s3cretpw", ""),
            "password must not be empty",
        ),
        (
            "conpin",
            edit("$${modconpin}", "12ab"),
            "conpin must be 1 to 16 digits",
        ),
        (
            "conpin-var",
            edit("$${modconpin}", "$${a}${b}"),
            "conpin must be",
        ),
        (
            "email",
            edit("defaultuser@example.com", "nobody"),
            "is not an email address",
        ),
        (
            "polymac",
            edit("\"none\"", "\"zz\""),
            "polymac must be 12 hex digits",
        ),
        (
            "polymac-form",
            edit("\"none\"", "\"00:04:F2:A1:B2:C3\""),
            "not written as fsconn writes it",
        ),
        (
            "colon",
            edit("defaultuser", "default:user"),
            "name must not contain ':'",
        ),
        (
            "context",
            edit("value=\"team\"", "value=\"friends\""),
            "user_context \"friends\" is not this dir's context",
        ),
        (
            "flags",
            edit("moderator|mute-detect", "moderator|${x}"),
            "conf_flags",
        ),
    ];
    for (label, archive, why) in cases {
        r.refused(label, archive, why);
    }
    // Two users with one name (the login would be ambiguous).
    let twins = json!([
        {"name": "team", "type": "dir"},
        {"name": "team/20000.xml", "type": "file", "data": good},
        {"name": "team/20001.xml", "type": "file", "data": user_xml(20001, "defaultuser", "pw2")},
    ]);
    r.refused("twins", twins, "is also user 20000's");
}

/// Issue 19 item 7: conference files as fsconn writes them.
#[test]
fn conference_files_fsconn_could_not_have_written_are_refused() {
    let r = Restore::new();
    let conf = |num: u32, name: &str, kind: &str| {
        format!(
            "<include>\n  <extension name=\"{name}\">\n    <condition field=\"destination_number\" expression=\"^{num}$\">\n      <action application=\"answer\"/>\n      <action application=\"conference\" data=\"{name}@{kind}+${{conpin}}+flags{{${{conf_flags}}}}\"/>\n    </condition>\n  </extension>\n</include>\n"
        )
    };
    let one = |num: u32, data: String| json!([{"name": format!("{num}.xml"), "type": "file", "data": data}]);
    let cases = [
        (
            "name",
            one(30000, conf(30000, "a;b", "16kHz-novideo")),
            "name may only contain",
        ),
        (
            "type",
            one(30000, conf(30000, "fine", "nosuchprofile")),
            "is not a profile of conference.conf.xml",
        ),
        (
            "num",
            one(30000, conf(30001, "fine", "16kHz-novideo")),
            "expression=\"^30000$\"",
        ),
        (
            "range",
            one(99999, conf(99999, "fine", "16kHz-novideo")),
            "in no context's range",
        ),
    ];
    for (label, entries, why) in cases {
        let path = archive(r.store.path(), &format!("{label}.tar.gz"), &entries);
        let before = fingerprint(r.env.dir.path());
        let out = r
            .env
            .cmd()
            .args(["restore", "conferences", "--yes", "--json", "--from"])
            .arg_path(&path)
            .run();
        out.code(1);
        let failed = out.json()["failed"].as_str().unwrap().to_string();
        assert!(failed.contains(why), "{label}: {failed:?} lacks {why:?}");
        assert_eq!(fingerprint(r.env.dir.path()), before, "{label}");
    }
}

/// Issue 19 item 7: names with control or invisible characters are
/// refused, and every answer (JSON, text, `--dry-run`) shows them escaped.
#[test]
fn names_with_control_characters_are_refused_and_shown_escaped() {
    let r = Restore::new();
    let names = [
        ("esc", "team/\u{1b}[2J20001.xml"),
        ("newline", "team/a\nb.xml"),
        ("bidi", "notes/\u{202e}lmx.txt"),
        ("del", "notes/a\u{7f}"),
    ];
    for (label, name) in names {
        let entries = with_user(vec![file(name)]);
        r.refused(label, entries.clone(), "control and invisible characters");
        let path = archive(r.store.path(), &format!("{label}.tar.gz"), &entries);
        let raw = name.rsplit('/').next().unwrap();
        for args in [&["--yes"][..], &["--dry-run"][..]] {
            let before = fingerprint(r.env.dir.path());
            let out = r
                .env
                .cmd()
                .args(["restore", "directory"])
                .args(args)
                .args(["--from"])
                .arg_path(&path)
                .run();
            out.code(1);
            let all = format!("{}{}", out.stdout, out.stderr);
            assert!(all.contains("control and invisible"), "{label}: {all}");
            assert!(
                !all.contains(raw),
                "{label} {args:?}: raw name printed: {all:?}"
            );
            let c = raw
                .chars()
                .find(|c| c.is_control() || *c == '\u{202e}')
                .unwrap();
            // (A newline may end lines, but no line starts with the rest.)
            let injected = match c {
                '\n' => all.lines().any(|l| l.starts_with("b.xml")),
                c => all.contains(c),
            };
            assert!(!injected, "{label} {args:?}: {all:?}");
            assert_eq!(fingerprint(r.env.dir.path()), before, "{label}");
        }
    }
    // A link target with one, too.
    r.refused(
        "link-target",
        with_user(vec![sym("team/l.xml", "20000\u{1b}.xml")]),
        "the link's target holds U+001B",
    );
    // A name already in the live tree is in a dry run's plan (a file the
    // restore would remove): escaped as well.
    let odd = r.env.conf("directory/notes/\u{1b}[31mred");
    std::fs::create_dir_all(odd.parent().unwrap()).unwrap();
    std::fs::write(&odd, "x").unwrap();
    let path = archive(r.store.path(), "plain.tar.gz", &with_user(vec![]));
    let out = r
        .env
        .cmd()
        .args(["restore", "directory", "--dry-run", "--from"])
        .arg_path(&path)
        .run();
    out.ok();
    assert!(out.stdout.contains("\\u{1b}[31mred"), "{}", out.stdout);
    assert!(!out.stdout.contains('\u{1b}'), "{:?}", out.stdout);
}

/// Issue 19 item 7: a failure after the swap (here: the phone provisioning
/// of the restored users cannot be written) puts the previous tree back,
/// FreeSWITCH reloads it, and the answer says nothing changed (exit 1).
#[test]
fn a_failure_after_the_swap_puts_the_previous_tree_back() {
    let r = Restore::new();
    let sim = r.env.start_sim();
    // A dir where the restored user's Linphone file must go.
    let blocker = r.env.path("static/linphone/20000/linphone.xml");
    std::fs::create_dir_all(&blocker).unwrap();
    std::fs::write(blocker.join("keep"), "x").unwrap();
    let path = archive(
        r.store.path(),
        "fine.tar.gz",
        &with_user(vec![user_file(20001, "second")]),
    );
    let before = fingerprint(r.env.dir.path());
    let out = r
        .env
        .cmd_esl(&sim.addr)
        .args(["restore", "directory", "--yes", "--json", "--from"])
        .arg_path(&path)
        .run();
    out.code(1);
    let failed = out.json()["failed"].as_str().unwrap().to_string();
    assert!(
        failed.contains("could not be written") && failed.contains("the previous tree is back"),
        "{failed}"
    );
    assert!(failed.contains("FreeSWITCH reloaded it"), "{failed}");
    // The sim's own log and the last-reload note are not the tree.
    let tree = |mut m: BTreeMap<PathBuf, String>| {
        m.retain(|p, _| {
            !p.starts_with("sim-commands.log") && !p.ends_with(".fsconn-reloadxml.json")
        });
        m
    };
    assert_eq!(tree(fingerprint(r.env.dir.path())), tree(before));
    let reloads = r
        .env
        .sim_commands()
        .iter()
        .filter(|c| c.contains("reloadxml"))
        .count();
    assert_eq!(
        reloads,
        2,
        "the restored tree, then the previous one: {:?}",
        r.env.sim_commands()
    );
    // The same archive without the obstacle goes through.
    std::fs::remove_dir_all(&blocker).unwrap();
    r.env
        .cmd_esl(&sim.addr)
        .args(["restore", "directory", "--yes", "--from"])
        .arg_path(&path)
        .run()
        .ok();
    assert!(r.env.conf("directory/team/20001.xml").exists());
    assert!(r.env.path("static/linphone/20001/linphone.xml").is_file());
}

/// Issue 19 item 7 over the API: the U+FFFF and unclosed archives are
/// refused by `GET /api/restore/directory` and nothing changes.
#[test]
fn restore_over_http_checks_the_files_before_the_swap() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let store = env.path("static/store");
    std::fs::create_dir_all(&store).unwrap();
    let good = user_xml(20000, "defaultuser", "s3cretpw");
    let http = Http::new(&serve.addr, "defaultuser", "napw");
    for (label, data, why) in [
        (
            "ffff",
            good.replace("defaultuser", "default\u{ffff}user"),
            "U+FFFF",
        ),
        (
            "unclosed",
            good.replace("  </user>\n</include>\n", ""),
            "unclosed element <user>",
        ),
    ] {
        archive(&store, "directory.tar.gz", &one_user(20000, &data));
        let before = fingerprint(&env.conf(""));
        let reply = http.get("/api/restore/directory");
        let failed = reply.json()["failed"].as_str().unwrap_or("").to_string();
        assert!(
            failed.contains("refused") && failed.contains(why),
            "{label}: {failed}"
        );
        assert_eq!(fingerprint(&env.conf("")), before, "{label}");
    }
    assert!(!env.sim_commands().iter().any(|c| c.contains("reloadxml")));
}
