//! Issue 21 item 4: an admin keeps several generations of a stored tree,
//! downloads one, uploads it again (checked as a restore checks it, with
//! the diff a restore would make) and restores it; a restore that does not
//! happen says so with an error status and changes nothing. The original's
//! GET routes answer as before.

use crate::harness::*;
use serde_json::{json, Value};

fn names(list: &Value) -> Vec<String> {
    list["backups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn stores_keep_generations_up_to_the_configured_retention() {
    let env = TestEnv::new();
    env.write_settings("[restore]\nkeep = 2\n");
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let http = Http::new(&serve.addr, "defaultuser", "napw");
    assert_eq!(http.get("/api/backups").json()["backups"], json!([]));
    let mut stored = Vec::new();
    for _ in 0..3 {
        let r = http.post("/api/store/directory", &json!(null));
        assert_eq!(r.status, 200, "{}", r.text());
        let a = r.json();
        assert_eq!(a["op"], "store/directory");
        assert_eq!(a["failed"], "");
        stored.push(http.get("/api/backups").json());
    }
    let list = stored.pop().unwrap();
    assert_eq!(list["keep"], 2);
    let kept = names(&list);
    assert_eq!(kept.len(), 2, "{list}");
    // Newest first, and the oldest of the three is gone.
    let first = names(&stored[0])[0].clone();
    assert!(!kept.contains(&first), "{first} still kept: {list}");
    assert!(kept[0] > kept[1], "{kept:?}");
    for b in list["backups"].as_array().unwrap() {
        let path = env.path(&format!(
            "static/store/generations/{}",
            b["name"].as_str().unwrap()
        ));
        assert_eq!(b["size"], std::fs::metadata(&path).unwrap().len());
        assert_eq!(b["target"], "directory");
        assert!(b["time"].as_str().unwrap().ends_with('Z'), "{b}");
    }
    // The original's GET still answers its shape and also keeps a generation.
    let r = http.get("/api/store/directory");
    assert_eq!(r.status, 200);
    let keys: Vec<_> = r.json().as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys, ["op", "done", "failed"]);
    assert_eq!(names(&http.get("/api/backups").json()).len(), 2);
}

#[test]
fn a_downloaded_backup_uploads_with_its_diff_and_restores() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let http = Http::new(&serve.addr, "defaultuser", "napw");
    assert_eq!(http.post("/api/store/directory", &json!(null)).status, 200);
    let name = names(&http.get("/api/backups").json())[0].clone();
    let download = http.get(&format!("/api/backups/{name}"));
    assert_eq!(download.status, 200);
    let on_disk = std::fs::read(env.path(&format!("static/store/generations/{name}"))).unwrap();
    assert_eq!(download.body, on_disk);
    let cd = download.headers["content-disposition"].to_str().unwrap();
    assert!(cd.contains(&name), "{cd}");

    let original = env.snapshot();
    let gone = env.conf("directory/public/22000.xml");
    std::fs::remove_file(&gone).unwrap();

    let up = http.send(
        "POST",
        "/api/backups?target=directory",
        Some(&download.body),
        &[],
    );
    assert_eq!(up.status, 200, "{}", up.text());
    let preview = up.json();
    assert_eq!(preview["failed"], "");
    let changes: Vec<String> = serde_json::from_value(preview["changes"].clone()).unwrap();
    let want = format!("create {}", gone.display());
    assert!(changes.contains(&want), "{want} not in {changes:?}");
    // The upload is a generation now, and previewing it shows the same diff.
    let uploaded = preview["name"].as_str().unwrap().to_string();
    assert!(names(&http.get("/api/backups").json()).contains(&uploaded));
    let again = http.get(&format!("/api/backups/{uploaded}/preview")).json();
    assert_eq!(again["changes"], preview["changes"]);
    assert!(!gone.exists(), "the preview wrote");

    let r = http.post("/api/restore/directory", &json!({ "backup": uploaded }));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["failed"], "");
    let after = env.snapshot();
    assert_eq!(
        after.get(&gone),
        original.get(&gone),
        "the removed user is back"
    );
    let dir = env.conf("directory");
    let tree = |s: &std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>| {
        s.iter()
            .filter(|(p, _)| p.starts_with(&dir))
            .map(|(p, c)| (p.clone(), c.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(tree(&after), tree(&original));
}

#[test]
fn failed_restores_and_uploads_say_why_and_change_nothing() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let http = Http::new(&serve.addr, "defaultuser", "napw");
    let before = env.snapshot();
    // No archive stored yet: POST answers 422 with the reason.
    let r = http.post("/api/restore/directory", &json!({}));
    assert_eq!(r.status, 422, "{}", r.text());
    let failed = r.json()["failed"].as_str().unwrap().to_string();
    assert!(failed.contains("no archive"), "{failed}");
    // Not a gzip: refused by the restore checks, nothing kept.
    let up = http.send(
        "POST",
        "/api/backups?target=directory",
        Some(b"not an archive"),
        &[],
    );
    assert_eq!(up.status, 422, "{}", up.text());
    assert_ne!(up.json()["failed"], "");
    assert_eq!(http.get("/api/backups").json()["backups"], json!([]));
    // Names that are not generations never reach the file system.
    for bad in ["..%2F..%2Ffsconn.toml", "directory.tar.gz", "x"] {
        assert_eq!(
            http.get(&format!("/api/backups/{bad}")).status,
            404,
            "{bad}"
        );
    }
    let r = http.post("/api/restore/directory", &json!({ "backup": "../x" }));
    assert_eq!(r.status, 404, "{}", r.text());
    let r = http.post("/api/restore/directory", &json!({ "bakup": "x" }));
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("bakup"), "{}", r.text());
    let r = http.post("/api/backups?target=nowhere", &json!(null));
    assert_eq!(r.status, 404, "{}", r.text());
    // A generation of another tree is not restored over this one.
    assert_eq!(http.post("/api/store/dialplan", &json!(null)).status, 200);
    let dialplan = names(&http.get("/api/backups").json())[0].clone();
    let r = http.post("/api/restore/directory", &json!({ "backup": dialplan }));
    assert_eq!(r.status, 400, "{}", r.text());
    assert_eq!(env.snapshot(), before);
}

/// `fsconn backups` lists the same generations locally and with --server,
/// and `restore --from` takes one of them.
#[test]
fn the_cli_lists_generations_locally_and_remotely() {
    let env = TestEnv::new();
    let empty = env.cmd().args(["backups"]).run();
    empty.ok();
    assert!(
        empty.stdout.contains("no backup is kept yet"),
        "{}",
        empty.stdout
    );
    env.cmd().args(["store", "directory"]).run().ok();
    env.cmd().args(["store", "dialplan"]).run().ok();
    let local = env.cmd().args(["--json", "backups"]).run().json();
    let listed = names(&local);
    assert_eq!(listed.len(), 2, "{local}");
    assert!(listed[0].starts_with("dialplan-"), "{listed:?}");
    let table = env.cmd().args(["backups"]).run();
    table.ok();
    assert!(table.stdout.contains(&listed[1]), "{}", table.stdout);
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let url = format!("http://{}", serve.addr);
    let remote = env
        .cmd()
        .args([
            "--server",
            &url,
            "--user",
            "defaultuser:napw",
            "--json",
            "backups",
        ])
        .run()
        .json();
    assert_eq!(remote, local);
    let gen = env.path(&format!("static/store/generations/{}", listed[1]));
    std::fs::remove_file(env.conf("directory/public/22000.xml")).unwrap();
    env.cmd()
        .args([
            "restore",
            "directory",
            "--yes",
            "--from",
            gen.to_str().unwrap(),
        ])
        .run()
        .ok();
    assert!(env.conf("directory/public/22000.xml").exists());
}
