//! An admin installs fsconn next to FreeSWITCH and runs `fsconn doctor`:
//! on a well set up system every check passes; each defect a real
//! FreeSWITCH 1.10 showed with the old example tree (docs/real-freeswitch.md,
//! section 1) is reported with its fix, and the simulator logs at start what
//! the real switch logs about it.

use crate::harness::*;
use serde_json::Value;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

pub(crate) const ESL_PW: &str = "Doctor-Secret-1";

/// Every prompt the example config and fsconn's default announcements play.
const PROMPTS: &[&str] = &[
    "conference/conf-alone.wav",
    "conference/conf-bad-pin.wav",
    "conference/conf-is-locked.wav",
    "conference/conf-is-unlocked.wav",
    "conference/conf-locked.wav",
    "conference/conf-muted.wav",
    "conference/conf-pin.wav",
    "conference/conf-unmuted.wav",
    "ivr/ivr-recording_paused.wav",
    "ivr/ivr-recording_started.wav",
    "ivr/ivr-recording_stopped.wav",
];

/// Where a stock sound pack puts `dir/name.wav`: one copy per rate folder.
const RATES: [u32; 4] = [8000, 16000, 32000, 48000];

fn rate_path(prompt: &str, rate: u32) -> String {
    let (dir, file) = prompt.rsplit_once('/').unwrap();
    format!("{dir}/{rate}/{file}")
}

/// The example tree deployed properly: own passwords, user files not
/// world-readable, a sound pack laid out like the stock callie pack (rate
/// folders only), certificates, and FreeSWITCH recording where fsconn looks.
pub(crate) fn good_env() -> TestEnv {
    let env = TestEnv::new();
    for f in xml_files_under(&env.conf("directory")) {
        let text = std::fs::read_to_string(&f).unwrap();
        if text.contains("<user ") {
            std::fs::write(&f, text.replace(r#"value="napw""#, r#"value="Own-pw-42""#)).unwrap();
            chmod(&f, 0o640);
        }
    }
    let sounds = env.path("sounds/en/us/callie");
    for p in PROMPTS {
        for rate in RATES {
            let f = sounds.join(rate_path(p, rate));
            std::fs::create_dir_all(f.parent().unwrap()).unwrap();
            std::fs::write(f, b"RIFF").unwrap();
        }
    }
    let certs = env.path("certs");
    std::fs::create_dir_all(&certs).unwrap();
    let ck = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    let pem = format!("{}{}", ck.cert.pem(), ck.signing_key.serialize_pem());
    std::fs::write(certs.join("agent.pem"), &pem).unwrap();
    std::fs::write(certs.join("wss.pem"), &pem).unwrap();
    let rec = env.path("recordings");
    edit(
        env.conf("vars.xml"),
        "recordings_dir=/var/lib/freeswitch/recordings",
        &format!("recordings_dir={}", rec.display()),
    );
    let port = wss_listener();
    edit(
        env.conf("vars.xml"),
        "wss_binding=:7443",
        &format!("wss_binding=:{port}"),
    );
    env
}

/// A port that takes connections for the rest of the test process: it
/// stands in for FreeSWITCH's WSS listener (the simulator is no SIP server).
fn wss_listener() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    std::mem::forget(l);
    port
}

fn chmod(p: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// `fsconn sim` on the env's tree with its sounds and certs dirs; its
/// stderr (the start-up log) is kept for `stop`.
pub(crate) struct Switch {
    child: Child,
    pub(crate) addr: String,
}

impl Switch {
    pub(crate) fn start(env: &TestEnv) -> Switch {
        let mut child = Command::new(BIN)
            .arg("--config")
            .arg(env.path("fsconn.toml"))
            .args(["sim", "--listen", "127.0.0.1:0", "--password", ESL_PW])
            .arg("--sounds-dir")
            .arg(env.path("sounds"))
            .arg("--certs-dir")
            .arg(env.path("certs"))
            .env("RUST_LOG", "warn")
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let addr = line.trim().rsplit(' ').next().unwrap().to_string();
        Switch { child, addr }
    }

    /// Stops the switch and answers what it logged.
    pub(crate) fn stop(mut self) -> String {
        let _ = self.child.kill();
        let mut log = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            let _ = e.read_to_string(&mut log);
        }
        let _ = self.child.wait();
        log
    }
}

pub(crate) fn doctor(env: &TestEnv, sw: &Switch) -> (i32, Value) {
    let out = env
        .cmd()
        .args([
            "--json",
            "--esl",
            &sw.addr,
            "--esl-password",
            ESL_PW,
            "doctor",
        ])
        .run();
    let v: Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", out.stdout, out.stderr));
    (out.code, v)
}

pub(crate) fn failed(report: &Value) -> Vec<(String, String)> {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["ok"] == false)
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_string(),
                format!("{} | fix: {}", c["detail"], c["fix"]),
            )
        })
        .collect()
}

pub(crate) fn edit(path: PathBuf, from: &str, to: &str) {
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    std::fs::write(&path, text.replace(from, to)).unwrap();
}

#[test]
fn a_good_tree_passes_every_check() {
    let env = good_env();
    let before = env.snapshot();
    let sw = Switch::start(&env);
    let (code, report) = doctor(&env, &sw);
    // The human-readable form says the same.
    let out = env
        .cmd()
        .args(["--esl", &sw.addr, "--esl-password", ESL_PW, "doctor"])
        .run();
    let log = sw.stop();
    assert_eq!(failed(&report), vec![], "{report:#}");
    assert_eq!(code, 0);
    assert_eq!(report["checks"].as_array().unwrap().len(), 22);
    assert!(!log.contains("ERR") && !log.contains("WARN"), "{log}");
    assert!(!log.contains("failed"), "{log}");
    // Doctor only looks.
    assert_eq!(env.snapshot(), before);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(out.stdout.contains("ok   sofia"), "{}", out.stdout);
}

/// One defect of section 1: how to reintroduce it, the check that must
/// fail, words of its fix, and what the switch logs at start (if anything).
struct Defect {
    row: u32,
    apply: fn(&TestEnv),
    check: &'static str,
    fix: &'static str,
    log: Option<&'static str>,
}

fn defects() -> Vec<Defect> {
    vec![
        Defect {
            row: 1,
            apply: |e| {
                edit(e.conf("sip_profiles/internal.xml"), "$${certs_dir}", "$${base_dir}/conf/tls")
            },
            check: "sofia",
            fix: "tls-cert-dir",
            log: Some("[ERR] sofia.c:3317 Error Creating SIP UA for profile: internal (sip:mod_sofia@127.0.0.1:5060;transport=udp,tcp). Bad WSS.PEM certificate."),
        },
        Defect {
            row: 2,
            apply: |e| {
                edit(e.conf("vars.xml"), r#"<X-PRE-PROCESS cmd="set" data="bind_ip=127.0.0.1"/>"#, "");
                let p = e.conf("sip_profiles/internal.xml");
                edit(p, "$${bind_ip}", "$${local_ip_v4}");
            },
            check: "bind",
            fix: "bind_ip=ADDRESS",
            log: Some("binds 127.0.0.1: vars.xml sets no bind_ip"),
        },
        Defect {
            row: 3,
            apply: |e| std::fs::remove_file(e.conf("autoload_configs/logfile.conf.xml")).unwrap(),
            check: "configs",
            fix: "examples/freeswitch/autoload_configs",
            log: Some("[ERR] mod_logfile.c: Open of logfile.conf failed"),
        },
        Defect {
            row: 4,
            apply: |e| {
                edit(e.conf("autoload_configs/modules.conf.xml"), r#"<load module="mod_spandsp"/>"#, "")
            },
            check: "codecs",
            fix: "mod_spandsp",
            log: Some("no G722 codec is loaded (mod_spandsp)"),
        },
        Defect {
            row: 5,
            apply: |e| {
                edit(
                    e.conf("sip_profiles/internal.xml"),
                    r#"<param name="inbound-late-negotiation" value="true"/>"#,
                    "",
                )
            },
            check: "negotiation",
            fix: "inbound-late-negotiation",
            log: Some("it has no effect on inbound calls"),
        },
        Defect {
            row: 6,
            apply: |e| {
                edit(
                    e.conf("sip_profiles/internal.xml"),
                    "<settings>",
                    r#"<settings><param name="rtp-secure-media" value="true"/>"#,
                )
            },
            check: "srtp",
            fix: "rtp_secure_media=mandatory",
            log: Some("rtp-secure-media is not a mod_sofia parameter"),
        },
        Defect {
            row: 7,
            apply: |e| {
                for rate in RATES {
                    let p = rate_path("conference/conf-pin.wav", rate);
                    std::fs::remove_file(e.path(&format!("sounds/en/us/callie/{p}"))).unwrap()
                }
            },
            check: "prompts",
            fix: "sound pack",
            log: Some("Cannot ask the user for a pin, ending call"),
        },
        Defect {
            row: 8,
            apply: |e| {
                edit(
                    e.conf("autoload_configs/conference.conf.xml"),
                    r#"<param name="pin" value="$${defconpin}"/>"#,
                    r#"<param name="pin" value="$${defconpin}"/><param name="moderator-pin" value="$${modconpin}"/>"#,
                );
            },
            check: "pins",
            fix: "remove moderator-pin",
            log: Some("any caller who types it becomes moderator"),
        },
        Defect {
            row: 9,
            apply: |e| {
                e.write_settings(
                    "[prompts]\nrecording_started = \"conference/recording_started.wav\"\n",
                )
            },
            check: "prompts",
            fix: "[prompts]",
            log: None,
        },
        Defect {
            row: 10,
            apply: |e| {
                std::fs::remove_file(e.conf("autoload_configs/conference_layouts.conf.xml")).unwrap()
            },
            check: "configs",
            fix: "autoload_configs",
            log: Some("[ERR] conference_video.c:87 Open of conference_layouts.conf failed"),
        },
        Defect {
            row: 11,
            apply: |e| std::fs::remove_file(e.conf("autoload_configs/opus.conf.xml")).unwrap(),
            check: "configs",
            fix: "autoload_configs",
            log: Some("[ERR] mod_opus.c:1047 Opening of opus.conf failed"),
        },
        // Not in the table of docs/real-freeswitch.md, same class as rows 3 and
        // 11: modules the tree loads whose config files were missing.
        Defect {
            row: 12,
            apply: |e| std::fs::remove_file(e.conf("autoload_configs/console.conf.xml")).unwrap(),
            check: "configs",
            fix: "autoload_configs",
            log: Some("[ERR] mod_console.c: Open of console.conf failed"),
        },
        Defect {
            row: 13,
            apply: |e| std::fs::remove_file(e.conf("autoload_configs/spandsp.conf.xml")).unwrap(),
            check: "configs",
            fix: "autoload_configs",
            log: Some("[CRIT] mod_spandsp_dsp.c: Could not open spandsp.conf"),
        },
        // Round 3 (docs/real-freeswitch.md section 4) from here.
        // Row 1: a prompt missing from the folder of one rate a conference
        // type uses (16kHz-novideo) is reported, with that rate.
        Defect {
            row: 401,
            apply: |e| {
                let p = rate_path("conference/conf-muted.wav", 16000);
                std::fs::remove_file(e.path(&format!("sounds/en/us/callie/{p}"))).unwrap()
            },
            check: "prompts",
            fix: "sound pack",
            log: None,
        },
        // Row 2: an announcement configured to a file no pack has.
        Defect {
            row: 402,
            apply: |e| {
                e.write_settings(
                    "[prompts]\nalready_recording = \"conference/conf-being_recorded.wav\"\n",
                )
            },
            check: "prompts",
            fix: "[prompts]",
            log: None,
        },
        // Row 5: the core's own configs.
        Defect {
            row: 405,
            apply: |e| std::fs::remove_file(e.conf("autoload_configs/switch.conf.xml")).unwrap(),
            check: "configs",
            fix: "autoload_configs",
            log: Some("[ERR] switch_console.c:103 Open of switch.conf failed"),
        },
        Defect {
            row: 405,
            apply: |e| std::fs::remove_file(e.conf("autoload_configs/msrp.conf.xml")).unwrap(),
            check: "configs",
            fix: "autoload_configs",
            log: Some("[WARNING] switch_msrp.c:204 Open of msrp.conf failed"),
        },
        Defect {
            row: 405,
            apply: |e| {
                std::fs::remove_file(e.conf("autoload_configs/pre_load_modules.conf.xml")).unwrap()
            },
            check: "configs",
            fix: "autoload_configs",
            log: Some("open of pre_load_modules.conf failed"),
        },
        Defect {
            row: 405,
            apply: |e| {
                std::fs::remove_file(e.conf("autoload_configs/post_load_modules.conf.xml"))
                    .unwrap()
            },
            check: "configs",
            fix: "autoload_configs",
            log: Some("open of post_load_modules.conf failed"),
        },
        // Row 6: the switch records elsewhere than fsconn looks.
        Defect {
            row: 406,
            apply: |e| {
                let rec = e.path("recordings");
                edit(
                    e.conf("vars.xml"),
                    &format!("recordings_dir={}", rec.display()),
                    "recordings_dir=/recordings",
                )
            },
            check: "recordings",
            fix: "vars.xml",
            log: None,
        },
        // Browser calls: INFO DTMF, candidate ACL; ghost members.
        Defect {
            row: 410,
            apply: |e| {
                edit(
                    e.conf("sip_profiles/internal.xml"),
                    r#"<param name="liberal-dtmf" value="true"/>"#,
                    "",
                )
            },
            check: "dtmf",
            fix: "liberal-dtmf",
            log: None,
        },
        Defect {
            row: 411,
            apply: |e| {
                edit(
                    e.conf("sip_profiles/internal.xml"),
                    "localnet.auto",
                    "rfc1918.auto",
                )
            },
            check: "candidates",
            fix: "localnet.auto",
            log: None,
        },
        Defect {
            row: 411,
            apply: |e| {
                edit(
                    e.conf("sip_profiles/internal.xml"),
                    r#"<param name="apply-candidate-acl" value="localnet.auto"/>"#,
                    "",
                )
            },
            check: "candidates",
            fix: "apply-candidate-acl",
            log: None,
        },
        Defect {
            row: 412,
            apply: |e| {
                for ctx in ["team", "friends", "public"] {
                    edit(
                        e.conf(&format!("dialplan/{ctx}.xml")),
                        r#"<action application="set" data="media_timeout=$${media_timeout}"/>"#,
                        "",
                    )
                }
            },
            check: "media_timeout",
            fix: "media_timeout",
            log: None,
        },
    ]
}

/// A defect leaves every other check as it was on the good tree: only the
/// named check fails.
#[test]
fn each_defect_of_the_old_tree_is_reported_with_its_fix() {
    for d in defects() {
        let env = good_env();
        (d.apply)(&env);
        let sw = Switch::start(&env);
        let (code, report) = doctor(&env, &sw);
        let log = sw.stop();
        assert_eq!(code, 1, "row {}: {report:#}", d.row);
        let failed = failed(&report);
        let hit = failed.iter().find(|(name, _)| name == d.check);
        let Some((_, text)) = hit else {
            panic!("row {}: check {} passed: {failed:?}", d.row, d.check)
        };
        assert!(text.contains(d.fix), "row {}: {text}", d.row);
        if d.row > 400 {
            let names: Vec<&str> = failed.iter().map(|(n, _)| n.as_str()).collect();
            assert_eq!(names, vec![d.check], "row {}: {failed:?}", d.row);
        }
        if let Some(line) = d.log {
            assert!(log.contains(line), "row {}: the sim logged:\n{log}", d.row);
        }
    }
}

#[test]
fn the_phone_needs_wss_listening_with_a_certificate_for_its_host() {
    // A certificate for another name: browsers would refuse it.
    let env = good_env();
    let ck = rcgen::generate_simple_self_signed(vec!["other.example".to_string()]).unwrap();
    let pem = format!("{}{}", ck.cert.pem(), ck.signing_key.serialize_pem());
    std::fs::write(env.path("certs/wss.pem"), &pem).unwrap();
    let sw = Switch::start(&env);
    let (code, report) = doctor(&env, &sw);
    sw.stop();
    assert_eq!(code, 1);
    let bad = failed(&report);
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert_eq!(bad[0].0, "wss-cert");
    assert!(
        bad[0].1.contains("other.example") && bad[0].1.contains("localhost"),
        "{bad:?}"
    );
    assert!(bad[0].1.contains("wss.pem"), "{bad:?}");

    // Nothing on the WSS port: the phone cannot register.
    let env = good_env();
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let vars = std::fs::read_to_string(env.conf("vars.xml")).unwrap();
    let bound = vars
        .split("wss_binding=")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    edit(
        env.conf("vars.xml"),
        &format!("wss_binding={bound}"),
        &format!("wss_binding=:{port}"),
    );
    let sw = Switch::start(&env);
    let (_, report) = doctor(&env, &sw);
    sw.stop();
    let bad = failed(&report);
    assert_eq!(
        bad.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(),
        ["wss"],
        "{bad:?}"
    );
    assert!(bad[0].1.contains(&format!("127.0.0.1:{port}")), "{bad:?}");
    assert!(bad[0].1.contains("wss_binding"), "{bad:?}");
}

#[test]
fn wrong_password_and_no_switch_are_told_apart() {
    let env = good_env();
    let sw = Switch::start(&env);
    let out = env
        .cmd()
        .args([
            "--json",
            "--esl",
            &sw.addr,
            "--esl-password",
            "wrong",
            "doctor",
        ])
        .run();
    sw.stop();
    out.code(1);
    let v = out.json();
    assert_eq!(v["checks"][0]["name"], "esl");
    assert!(
        v["checks"][0]["fix"]
            .as_str()
            .unwrap()
            .contains("esl.password"),
        "{v:#}"
    );
    let out = env
        .cmd()
        .args(["--json", "--esl", "127.0.0.1:1", "doctor"])
        .run();
    out.code(1);
    let v = out.json();
    assert!(
        v["checks"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("cannot be reached"),
        "{v:#}"
    );
}

#[test]
fn doctor_against_a_server_reports_what_the_server_sees() {
    let env = good_env();
    let sw = Switch::start(&env);
    let serve = Proc::start(env.cmd().args([
        "--esl",
        &sw.addr,
        "--esl-password",
        ESL_PW,
        "serve",
        "--listen",
        "127.0.0.1:0",
    ]));
    let out = env
        .cmd()
        .args([
            "--json",
            "--server",
            &format!("http://{}", serve.addr),
            "--user",
            "defaultuser:Own-pw-42",
            "doctor",
        ])
        .run();
    sw.stop();
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    assert_eq!(out.json()["ok"], true);
    // Not for friends or the public.
    let out = env
        .cmd()
        .args([
            "--json",
            "--server",
            &format!("http://{}", serve.addr),
            "--user",
            "frienduser:Own-pw-42",
            "doctor",
        ])
        .run();
    assert_ne!(out.code, 0, "{}", out.stdout);
}

#[test]
fn the_sim_answers_sofia_status_like_the_recorded_switch() {
    use fsconn::esl::codec::{decode_all, Message};
    use fsconn::esl::MessageKind;
    let (msgs, _) = decode_all::<Message>(&crate::fixture("esl/session-regflush.s2c.raw")).unwrap();
    let recorded = msgs
        .iter()
        .filter(|m| m.kind() == MessageKind::ApiResponse)
        .map(|m| m.body_text().to_string())
        .find(|b| b.starts_with("=====") && b.contains("\nName "))
        .expect("the recording has sofia status profile internal");
    let env = good_env();
    // The recorded switch bound WSS on 7443, as the example tree does.
    let vars = std::fs::read_to_string(env.conf("vars.xml")).unwrap();
    let start = vars.find("wss_binding=").unwrap();
    let end = start + vars[start..].find('"').unwrap();
    std::fs::write(
        env.conf("vars.xml"),
        vars.replace(&vars[start..end], "wss_binding=:7443"),
    )
    .unwrap();
    let sw = Switch::start(&env);
    let ours = fsconn::esl::client::blocking_api(
        &sw.addr,
        ESL_PW,
        "sofia status profile internal",
        std::time::Duration::from_secs(5),
    )
    .unwrap();
    let status = fsconn::esl::client::blocking_api(
        &sw.addr,
        ESL_PW,
        "sofia status",
        std::time::Duration::from_secs(5),
    )
    .unwrap();
    sw.stop();
    let rows = |t: &str| -> Vec<(String, String)> {
        t.lines()
            .skip(1)
            .filter_map(|l| l.split_once('\t'))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    let (theirs, ours_rows) = (rows(&recorded), rows(&ours));
    let keys = |r: &[(String, String)]| r.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
    assert_eq!(keys(&ours_rows), keys(&theirs));
    for ((k, a), (_, b)) in ours_rows.iter().zip(&theirs) {
        // The recorded profile had no late negotiation; ours does.
        if k.trim() != "LATE-NEG" {
            assert_eq!(a, b, "{k}");
        }
    }
    assert!(ours.starts_with(&"=".repeat(97)));
    assert!(status.ends_with("1 profile 0 aliases\n"), "{status}");
    assert!(status.contains("\tRUNNING (0) (TLS)\n"), "{status}");
}

/// mod_sndfile plays `conference/conf-pin.wav` from `conference/RATE/` or,
/// failing that, from the path as named: a flat sound dir (a pack
/// installed by hand, or files of one's own) passes too, and a prompt that
/// is in neither place is named with the rates it lacks.
#[test]
fn prompts_are_found_in_rate_folders_or_flat() {
    let env = good_env();
    let sounds = env.path("sounds/en/us/callie");
    // Flat for one prompt: its rate folders removed, the file itself there.
    for rate in RATES {
        std::fs::remove_file(sounds.join(rate_path("conference/conf-alone.wav", rate))).unwrap();
    }
    std::fs::write(sounds.join("conference/conf-alone.wav"), b"RIFF").unwrap();
    let sw = Switch::start(&env);
    let (code, report) = doctor(&env, &sw);
    assert_eq!(failed(&report), vec![], "{report:#}");
    assert_eq!(code, 0);
    // Now gone from both places: one prompt missing, for both rates the
    // conference types mix at, and nothing else.
    std::fs::remove_file(sounds.join("conference/conf-alone.wav")).unwrap();
    let (code, report) = doctor(&env, &sw);
    sw.stop();
    assert_eq!(code, 1);
    let failed = failed(&report);
    assert_eq!(failed.len(), 1, "{failed:?}");
    let (name, text) = &failed[0];
    assert_eq!(name, "prompts");
    assert!(text.contains("1 prompt(s) missing"), "{text}");
    assert!(
        text.contains("conference/conf-alone.wav (neither there nor in its 16000/48000 folder)"),
        "{text}"
    );
}

/// The sim takes the PIN prompt from the rate folder like the switch: with
/// only `conference/16000/conf-pin.wav` a caller of the 16 kHz conference is
/// asked for the PIN and let in; without it, hung up.
#[test]
fn the_sims_pin_prompt_is_found_in_the_rate_folder() {
    let env = good_env();
    let sounds = env.path("sounds/en/us/callie");
    for rate in [8000, 32000, 48000] {
        std::fs::remove_file(sounds.join(rate_path("conference/conf-pin.wav", rate))).unwrap();
    }
    let sw = Switch::start(&env);
    let api = |cmd: &str| {
        fsconn::esl::client::blocking_api(&sw.addr, ESL_PW, cmd, std::time::Duration::from_secs(5))
            .unwrap()
    };
    let joined = api("sim join 30000 20000");
    assert!(joined.starts_with("+OK"), "{joined}");
    std::fs::remove_file(sounds.join(rate_path("conference/conf-pin.wav", 16000))).unwrap();
    let refused = api("sim join 30000 20000");
    let log = sw.stop();
    assert!(refused.contains("was not let in"), "{refused}");
    assert!(
        log.contains("Cannot ask the user for a pin, ending call"),
        "{log}"
    );
}
