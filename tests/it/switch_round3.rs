//! The admin runs the example tree on a real FreeSWITCH 1.10
//! (docs/real-freeswitch.md section 4, "Round 3") and relies on what it showed
//! there: the moderator who presses `*` keeps talking, the calls the
//! conference places offer what `secure_media` says, the PIN can be typed
//! however the phone sends digits, a caller who vanishes leaves, fsconn's
//! registration views follow sofia's own table, and the files holding
//! passwords are not world-readable. Everything runs against the real
//! `fsconn sim` and `fsconn serve`.

use crate::doctor_cli::{edit, good_env, Switch, ESL_PW};
use crate::harness::*;
use crate::live_ws::{esl, LiveClient};
use fsconn::esl::{EslClient, Notice};
use serde_json::{json, Value};
use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

async fn ready(env: &TestEnv) {
    for _ in 0..100 {
        if env
            .sim_commands()
            .iter()
            .any(|c| c == "api sofia status profile internal reg")
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("server never connected to the sim");
}

async fn api(fs: &EslClient, cmd: &str) -> String {
    fs.api(cmd).await.unwrap()
}

/// `sim join` answers `+OK ID`.
async fn join(fs: &EslClient, conf: &str, user: &str) -> String {
    let r = api(fs, &format!("sim join {conf} {user}")).await;
    r.strip_prefix("+OK ")
        .unwrap_or_else(|| panic!("{user} did not join: {r}"))
        .trim()
        .to_string()
}

/// (member id, speaks, moderator) of a conference's `json_list`.
async fn members(fs: &EslClient, conf: &str) -> Vec<(String, bool, bool)> {
    let list: Value = serde_json::from_str(&api(fs, "conference json_list").await).unwrap();
    let conf = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["conference_name"] == conf)
        .unwrap_or_else(|| panic!("{conf} not running: {list:#}"));
    let mut out: Vec<(String, bool, bool)> = conf["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["id"].to_string(),
                m["flags"]["can_speak"] == true,
                m["flags"]["is_moderator"] == true,
            )
        })
        .collect();
    out.sort();
    out
}

/// Member ids of every `conference::maintenance` event with `Action`
/// `action` among `events`.
fn acted_on(events: &[std::sync::Arc<fsconn::esl::Event>], action: &str) -> Vec<String> {
    let mut ids: Vec<String> = events
        .iter()
        .filter(|e| e.get("Action") == Some(action))
        .filter_map(|e| e.get("Member-ID").map(str::to_string))
        .collect();
    ids.sort();
    ids
}

async fn events_for(
    rx: &mut fsconn::esl::NoticeReceiver,
    ms: u64,
) -> Vec<std::sync::Arc<fsconn::esl::Event>> {
    let mut out = Vec::new();
    let deadline = tokio::time::Instant::now() + Duration::from_millis(ms);
    while let Ok(Ok(n)) = tokio::time::timeout_at(deadline, rx.recv()).await {
        if let Notice::Event(e) = n {
            out.push(e);
        }
    }
    out
}

/// Section 3 and 4 row 3: `mute all` mutes moderators too and fires one
/// `mute-member` per member, the already muted included; `mute
/// non_moderator` leaves moderators alone and fires only for the others.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mute_all_and_mute_non_moderator_act_like_the_switch() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let fs = esl(&sim.addr).await;
    let team = join(&fs, "30000", "20000").await; // moderator
    let friend = join(&fs, "30000", "21000").await; // moderator
    let public = join(&fs, "30000", "22000").await; // joins muted
    let mut rx = fs.notices();
    fs.subscribe(&["CUSTOM", "conference::maintenance"])
        .await
        .unwrap();

    let reply = api(&fs, "conference team_g722 mute non_moderator").await;
    assert!(reply.contains(&format!("+OK mute {public}")), "{reply}");
    let evs = events_for(&mut rx, 500).await;
    assert_eq!(acted_on(&evs, "mute-member"), vec![public.clone()]);
    let now = members(&fs, "team_g722").await;
    assert!(now.contains(&(team.clone(), true, true)), "{now:?}");
    assert!(now.contains(&(friend.clone(), true, true)), "{now:?}");
    assert!(now.contains(&(public.clone(), false, false)), "{now:?}");

    api(&fs, "conference team_g722 mute all").await;
    let evs = events_for(&mut rx, 500).await;
    let mut all = vec![team.clone(), friend.clone(), public.clone()];
    all.sort();
    assert_eq!(acted_on(&evs, "mute-member"), all);
    assert!(members(&fs, "team_g722")
        .await
        .iter()
        .all(|(_, speaks, _)| !speaks));
}

/// Section 4 row 3: the moderator who presses `*` ("mute everybody else")
/// keeps talking; every other member, moderators included, is muted; the
/// live view shows it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moderator_star_mutes_everybody_else_but_the_presser() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    ready(&env).await;
    let fs = esl(&sim.addr).await;
    let mut client = LiveClient::connect(&serve.addr, "defaultuser:napw").await;
    client.request(json!({"req": "init"})).await;
    let presser = join(&fs, "30000", "20000").await;
    let friend = join(&fs, "30000", "21000").await;
    let public = join(&fs, "30000", "22000").await;

    api(&fs, &format!("sim dtmf team_g722 {presser} *")).await;
    client.until("muteAll").await;
    // The presser is muted by `mute all` and unmuted again, quietly.
    let mut seen = Vec::new();
    loop {
        let m = client.next().await;
        let done = m["event"] == "unmute" && m["data"] == json!(presser);
        seen.push(m);
        if done {
            break;
        }
    }
    for _ in 0..50 {
        if members(&fs, "team_g722")
            .await
            .iter()
            .filter(|m| !m.1)
            .count()
            == 2
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let now = members(&fs, "team_g722").await;
    assert!(now.contains(&(presser.clone(), true, true)), "{now:?}");
    assert!(now.contains(&(friend.clone(), false, true)), "{now:?}");
    assert!(now.contains(&(public.clone(), false, false)), "{now:?}");
    let log = env.sim_commands();
    let mute_all = log
        .iter()
        .position(|c| c == "api conference team_g722 mute all")
        .expect("mute all sent");
    let unmute = log
        .iter()
        .position(|c| c == &format!("api conference team_g722 unmute {presser} quiet"))
        .unwrap_or_else(|| panic!("presser not unmuted: {log:?}"));
    assert!(mute_all < unmute);
    // Nothing else was unmuted.
    assert_eq!(
        log.iter().filter(|c| c.contains(" unmute ")).count(),
        1,
        "{log:?}"
    );
}

/// Section 4 row 4: every dial-out (WebSocket, REST, `fsconn live dial`)
/// carries `rtp_secure_media` (and the media timeout) as `vars.xml` sets
/// them; a phone that requires SRTP answers the call, a plain offer (what
/// the dial-outs were) is refused by it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dial_outs_follow_secure_media() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    ready(&env).await;
    let fs = esl(&sim.addr).await;
    join(&fs, "30000", "20000").await;
    api(&fs, "sim register 21000 srtp=mandatory").await;
    let want = "api conference team_g722 bgdial {rtp_secure_media=mandatory,media_timeout=30000}user/21000 30000 team_g722";

    // WebSocket.
    let mut client = LiveClient::connect(&serve.addr, "defaultuser:napw").await;
    client.request(json!({"req": "init"})).await;
    client
        .send(json!({"req": "exec", "conference": "team_g722", "call": "dial", "user": "21000"}))
        .await;
    let added = client.until("newMember").await;
    assert!(!added.iter().any(|m| m["event"] == "error"), "{added:#?}");
    assert_eq!(env.sim_commands().iter().filter(|c| *c == want).count(), 1);

    // REST.
    let addr = serve.addr.clone();
    let r = tokio::task::spawn_blocking(move || {
        Http::new(&addr, "defaultuser", "napw")
            .post("/api/active/team_g722/dial", &json!({"user": "21000"}))
    })
    .await
    .unwrap();
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(env.sim_commands().iter().filter(|c| *c == want).count(), 2);

    // The CLI, locally; with secure_media optional the originate says so.
    edit(
        env.conf("vars.xml"),
        "secure_media=mandatory",
        "secure_media=optional",
    );
    let out = tokio::task::spawn_blocking({
        let t = env
            .cmd_esl(&sim.addr)
            .args(["live", "dial", "team_g722", "21000"]);
        move || t.run()
    })
    .await
    .unwrap();
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let optional = want.replace("=mandatory", "=optional");
    assert!(
        env.sim_commands().contains(&optional),
        "{:?}",
        env.sim_commands()
    );

    // The switch itself: a plain offer to the SRTP phone is refused, an
    // SRTP-only one to a phone without SRTP too.
    let plain = api(&fs, "conference team_g722 dial user/21000").await;
    assert_eq!(
        plain,
        "+OK Call Requested: result: [INCOMPATIBLE_DESTINATION]\n"
    );
    api(&fs, "sim register 21000 srtp=no").await;
    let srtp = api(
        &fs,
        "conference team_g722 dial {rtp_secure_media=mandatory}user/21000",
    )
    .await;
    assert_eq!(
        srtp,
        "+OK Call Requested: result: [INCOMPATIBLE_DESTINATION]\n"
    );
    let ok = api(
        &fs,
        "conference team_g722 dial {rtp_secure_media=optional}user/21000",
    )
    .await;
    assert_eq!(ok, "+OK Call Requested: result: [SUCCESS]\n");
}

/// Browser calls: the original web client's phone sends its PIN as SIP
/// INFO. With the example's `liberal-dtmf` the caller is let in (and RFC
/// 2833 still works); without it the switch drops the digits with its
/// warning and the caller is hung up. Keys typed in the conference the same.
#[test]
fn info_dtmf_reaches_the_pin_prompt_only_with_liberal_dtmf() {
    let call = |sw: &Switch, cmd: &str| {
        fsconn::esl::client::blocking_api(&sw.addr, ESL_PW, cmd, Duration::from_secs(5)).unwrap()
    };
    let env = good_env();
    let sw = Switch::start(&env);
    let info = call(&sw, "sim join 30000 20000 pin=2357 dtmf=info");
    let rfc = call(&sw, "sim join 30000 21000 pin=0815 dtmf=rfc2833");
    let log = sw.stop();
    assert!(info.starts_with("+OK"), "{info}");
    assert!(rfc.starts_with("+OK"), "{rfc}");
    assert!(!log.contains("IGNORE INFO DTMF"), "{log}");

    edit(
        env.conf("sip_profiles/internal.xml"),
        r#"<param name="liberal-dtmf" value="true"/>"#,
        "",
    );
    let sw = Switch::start(&env);
    let info = call(&sw, "sim join 30000 20000 pin=2357 dtmf=info");
    let rfc = call(&sw, "sim join 30000 21000 pin=0815");
    // A moderator's key sent as INFO does nothing: no recording starts.
    let key = call(
        &sw,
        &format!(
            "sim dtmf team_g722 {} 1 dtmf=info",
            rfc.trim().trim_start_matches("+OK ")
        ),
    );
    let rec = call(&sw, "conference team_g722 recording check");
    let log = sw.stop();
    assert!(info.contains("was not let in"), "{info}");
    assert!(rfc.starts_with("+OK"), "{rfc}");
    assert!(key.starts_with("+OK"), "{key}");
    assert!(!rec.contains(".wav"), "{rec}");
    assert!(
        log.contains("[WARNING] sofia.c:10146 IGNORE INFO DTMF(2) (This channel was not configured to use INFO DTMF!)"),
        "{log}"
    );
}

/// A caller whose media stops (a browser killed without a BYE) is hung up
/// after the tree's `media_timeout` and leaves the conference: the live
/// view shows the leave. Without a media timeout it stays, as on the real
/// switch.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_vanished_caller_leaves_after_the_media_timeout() {
    let env = TestEnv::new();
    edit(
        env.conf("vars.xml"),
        "media_timeout=30000",
        "media_timeout=400",
    );
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    ready(&env).await;
    let fs = esl(&sim.addr).await;
    let mut client = LiveClient::connect(&serve.addr, "defaultuser:napw").await;
    client.request(json!({"req": "init"})).await;
    let stays = join(&fs, "30000", "20000").await;
    let gone = join(&fs, "30000", "21000").await;
    let mut rx = fs.notices();
    fs.subscribe(&["CUSTOM", "conference::maintenance"])
        .await
        .unwrap();
    let r = api(&fs, &format!("sim vanish team_g722 {gone}")).await;
    assert!(r.contains("media_timeout 400 ms"), "{r}");
    let msgs = client.until("delMember").await;
    let del = msgs.last().unwrap();
    assert_eq!(del["conference"], "team_g722");
    assert_eq!(del["data"], json!(gone));
    let evs = events_for(&mut rx, 300).await;
    let hangup: Vec<_> = evs
        .iter()
        .filter(|e| e.get("Action") == Some("del-member"))
        .collect();
    assert_eq!(hangup.len(), 1);
    assert_eq!(hangup[0].get("Member-ID"), Some(gone.as_str()));
    let now = members(&fs, "team_g722").await;
    assert_eq!(now.len(), 1);
    assert_eq!(now[0].0, stays);
    drop((serve, sim));

    // Without a media timeout in the dialplan the member stays.
    let env = TestEnv::new();
    for ctx in ["team", "friends", "public"] {
        edit(
            env.conf(&format!("dialplan/{ctx}.xml")),
            r#"<action application="set" data="media_timeout=$${media_timeout}"/>"#,
            "",
        );
    }
    let sim = env.start_sim();
    let fs = esl(&sim.addr).await;
    join(&fs, "30000", "20000").await;
    let ghost = join(&fs, "30000", "21000").await;
    let r = api(&fs, &format!("sim vanish team_g722 {ghost}")).await;
    assert!(r.contains("it stays"), "{r}");
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(members(&fs, "team_g722").await.len(), 2);
}

/// Section 4 row 7: after `flush_inbound_reg` `show registrations` keeps
/// the binding until it expires, sofia's table does not; fsconn's views
/// (the live `initreg` after a fresh start) follow sofia's.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registration_views_follow_sofias_table() {
    let env = TestEnv::new();
    let sim = env.start_sim();
    let fs = esl(&sim.addr).await;
    api(&fs, "sim register 20000").await;
    api(&fs, "sim register 21000").await;
    let flush = api(
        &fs,
        "sofia profile internal flush_inbound_reg reg-21000@127.0.0.1",
    )
    .await;
    assert!(flush.starts_with("+OK flushing"), "{flush}");
    let core: Value = serde_json::from_str(&api(&fs, "show registrations as json").await).unwrap();
    assert_eq!(core["row_count"], 2, "the core table keeps the flushed row");
    let sofia = api(&fs, "sofia status profile internal reg").await;
    assert!(sofia.contains("User:       \t20000@"), "{sofia}");
    assert!(!sofia.contains("21000"), "{sofia}");

    let before = env.sim_commands().len();
    let serve = env.start_serve(&sim.addr);
    ready(&env).await;
    let mut client = LiveClient::connect(&serve.addr, "defaultuser:napw").await;
    let reg = client.request(json!({"req": "initreg"})).await;
    let ids: Vec<&str> = reg["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    assert_eq!(ids, vec!["20000"], "{reg:#}");
    let served = env.sim_commands()[before..].to_vec();
    assert!(
        !served.iter().any(|c| c.contains("show registrations")),
        "{served:?}"
    );
}

fn mode(p: &std::path::Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o7777
}

/// Users' files hold SIP passwords: installed 0640 (README), and what
/// fsconn writes keeps that: a new user's file is 0640, a changed one keeps
/// 0640 (a world-readable one loses the bit), every other file keeps its
/// mode and content.
#[test]
fn user_files_stay_0640_and_other_modes_are_kept() {
    let env = TestEnv::new();
    let users = |env: &TestEnv| -> Vec<std::path::PathBuf> {
        xml_files_under(&env.conf("directory"))
            .into_iter()
            .filter(|f| std::fs::read_to_string(f).unwrap().contains("<user "))
            .collect()
    };
    for f in users(&env) {
        std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o640)).unwrap();
    }
    let public = env.conf("directory/public/22000.xml");
    std::fs::set_permissions(&public, std::fs::Permissions::from_mode(0o644)).unwrap();
    let modes = |env: &TestEnv| -> std::collections::BTreeMap<std::path::PathBuf, u32> {
        env.snapshot()
            .keys()
            .map(|p| (p.clone(), mode(p)))
            .collect()
    };
    let before = env.snapshot();
    let modes_before = modes(&env);
    env.cmd()
        .args([
            "users",
            "add",
            "--context",
            "team",
            "--name",
            "alice",
            "--email",
            "alice@example.com",
        ])
        .run()
        .ok();
    env.cmd()
        .args(["users", "mod", "22000", "--email", "pub@example.com"])
        .run()
        .ok();
    let after = env.snapshot();
    let modes_after = modes(&env);
    let new: Vec<_> = after.keys().filter(|p| !before.contains_key(*p)).collect();
    assert_eq!(new.len(), 1, "{new:?}");
    assert_eq!(mode(new[0]), 0o640, "{}", new[0].display());
    assert_eq!(mode(&public), 0o640);
    for (p, content) in &before {
        if *p != public {
            assert_eq!(after.get(p), Some(content), "{} changed", p.display());
            assert_eq!(modes_after[p], modes_before[p], "{} mode", p.display());
        }
    }
}

/// `fsconn demo` installs the bundled tree with the user files 0640 (git
/// keeps no such mode) and the rest 0644.
#[test]
fn the_demo_tree_has_private_user_files() {
    use std::io::BufRead;
    let mut child = std::process::Command::new(BIN)
        .args(["demo", "--listen", "127.0.0.1:0"])
        .env("RUST_LOG", "warn")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let conf = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|l| {
            l.split_once("bundled example): ")
                .map(|(_, p)| p.trim().to_string())
        })
        .expect("the demo names its config dir");
    let conf = std::path::PathBuf::from(conf);
    let users: Vec<_> = xml_files_under(&conf.join("directory"))
        .into_iter()
        .filter(|f| std::fs::read_to_string(f).unwrap().contains("<user "))
        .collect();
    let vars = mode(&conf.join("vars.xml"));
    let modes: Vec<u32> = users.iter().map(|f| mode(f)).collect();
    let _ = child.kill();
    let _ = child.wait();
    // The example's three users and the demo's call-in people.
    assert!(users.len() >= 3, "{users:?}");
    assert!(modes.iter().all(|m| *m == 0o640), "{modes:?}");
    assert_eq!(vars & 0o004, 0o004, "{vars:o}");
}

/// Section 4 row 6: `vars.xml`'s `recordings_dir` decides where the switch
/// records and, with none in fsconn.toml, where fsconn looks; `fsconn
/// doctor` passes then, and fails when fsconn.toml names another dir.
#[test]
fn recordings_dir_is_one_setting() {
    let env = good_env();
    let rec = env.path("recordings");
    let toml = std::fs::read_to_string(env.path("fsconn.toml")).unwrap();
    let without = toml.replace("recordings_dir = \"recordings\"\n", "");
    assert_ne!(without, toml);
    std::fs::write(env.path("fsconn.toml"), &without).unwrap();
    let out = env.cmd().args(["config", "--json"]).run();
    out.ok();
    let row = out.json()["settings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "recordings_dir")
        .unwrap()
        .clone();
    assert_eq!(row["value"], rec.display().to_string());
    assert_eq!(
        row["source"],
        format!("file {}", env.conf("vars.xml").display())
    );
    let sw = Switch::start(&env);
    let (code, report) = crate::doctor_cli::doctor(&env, &sw);
    assert_eq!(crate::doctor_cli::failed(&report), vec![], "{report:#}");
    assert_eq!(code, 0);
    // fsconn's own setting elsewhere: the two disagree.
    std::fs::create_dir_all(env.path("elsewhere")).unwrap();
    std::fs::write(
        env.path("fsconn.toml"),
        format!("recordings_dir = \"elsewhere\"\n{without}"),
    )
    .unwrap();
    let (code, report) = crate::doctor_cli::doctor(&env, &sw);
    sw.stop();
    assert_eq!(code, 1);
    let failed = crate::doctor_cli::failed(&report);
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert_eq!(failed[0].0, "recordings");
    assert!(failed[0].1.contains("elsewhere"), "{failed:?}");
}
