//! A conference's own settings (issue 21, item 2): set through the CLI and
//! the API, written into the conference's dialplan file, reloaded into the
//! switch, and enforced by the simulator as FreeSWITCH 1.10 would: the
//! conference PIN instead of each caller's conpin, the moderator PIN making
//! a moderator, the caller beyond max members refused, non-moderators muted
//! on entry, the recording started by itself, the exit tone played.

use crate::harness::*;
use crate::live_ws::esl;
use fsconn::esl::EslClient;
use serde_json::{json, Value};

async fn members(fs: &EslClient) -> Vec<Value> {
    let out = fs.api("conference team_g722 json_list").await.unwrap();
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    v[0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["type"] == "caller")
        .cloned()
        .collect()
}

fn member(list: &[Value], id: &str) -> Value {
    list.iter()
        .find(|m| m["id"].as_u64().map(|n| n.to_string()).as_deref() == Some(id))
        .cloned()
        .unwrap_or_else(|| panic!("no member {id} in {list:?}"))
}

fn id_of(reply: &str) -> String {
    reply
        .strip_prefix("+OK ")
        .unwrap_or_else(|| panic!("not let in: {reply}"))
        .trim()
        .to_string()
}

/// The example's public user joins muted by its own `conf_flags`; without
/// that flag, only "mute on entry" mutes them.
pub(crate) fn unmuted_public_user(env: &TestEnv) {
    crate::doctor_cli::edit(
        env.conf("directory/public/22000.xml"),
        r#"name="conf_flags" value="mute-detect|mute""#,
        r#"name="conf_flags" value="mute-detect""#,
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_settings_reach_the_switch_and_the_sim_enforces_them() {
    let env = TestEnv::new();
    // A profile with a join tone of its own: the conference's replaces it.
    crate::doctor_cli::edit(
        env.conf("autoload_configs/conference.conf.xml"),
        r#"<profile name="16kHz-novideo">"#,
        r#"<profile name="16kHz-novideo"><param name="enter-sound" value="tone_stream://%(100,0,440)"/>"#,
    );
    unmuted_public_user(&env);
    let sim = env.start_sim();
    let out = env
        .cmd_esl(&sim.addr)
        .args(["conferences", "settings", "30000", "--pin", "4711"])
        .args(["--moderator-pin", "9876", "--max-members", "3"])
        .args([
            "--mute-on-entry",
            "on",
            "--auto-record",
            "on",
            "--announce",
            "on",
        ])
        .run();
    out.ok();
    assert!(out.stdout.contains("FreeSWITCH reloaded"), "{}", out.stdout);
    let file = std::fs::read_to_string(env.conf("dialplan/conferences/30000.xml")).unwrap();
    assert!(
        file.contains("team_g722@16kHz-novideo+4711+flags{${conf_flags}}"),
        "{file}"
    );
    assert!(
        file.contains(r#"data="conference_moderator_pin=9876""#),
        "{file}"
    );

    let fs = esl(&sim.addr).await;
    let mut rx = fs.notices();
    fs.subscribe(&["ALL"]).await.unwrap();
    let played = |tone: &'static str| {
        move |e: &fsconn::esl::codec::Event| {
            e.get("Action") == Some("play-file-done") && e.get("File") == Some(tone)
        }
    };
    // The caller's own conpin (0815 for the public user) no longer opens
    // this conference: three wrong tries and the call ends.
    let r = fs
        .api("sim join 30000 22000 pin=0815,0815,0815")
        .await
        .unwrap();
    assert!(r.starts_with("-ERR") && r.contains("PIN refused"), "{r}");
    // The conference PIN: a member, muted on entry.
    let plain = id_of(&fs.api("sim join 30000 22000 pin=4711").await.unwrap());
    // The auto recording started with the first member, under the name
    // fsconn lists recordings by.
    let recs: Vec<String> = std::fs::read_dir(env.path("recordings"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        recs.iter()
            .any(|f| f.starts_with("team_g722-") && f.ends_with(".000Z.wav")),
        "{recs:?}"
    );
    // The moderator PIN makes a moderator; FreeSWITCH set the member flags
    // before the PIN phase, so a caller without moderator rights in the
    // directory is muted all the same.
    let by_pin = id_of(&fs.api("sim join 30000 22000 pin=9876").await.unwrap());
    // Announce: the second member's join plays the conference's tone.
    crate::sim_support::next_event(&mut rx, played(fsconn::confsettings::ENTER_TONE)).await;
    // A directory moderator (team user) is not muted.
    let team = id_of(&fs.api("sim join 30000 20000 pin=4711").await.unwrap());
    let list = members(&fs).await;
    let flags = |id: &str| member(&list, id)["flags"].clone();
    assert_eq!(flags(&plain)["is_moderator"], false);
    assert_eq!(flags(&plain)["can_speak"], false);
    assert_eq!(flags(&by_pin)["is_moderator"], true);
    assert_eq!(flags(&by_pin)["can_speak"], false);
    assert_eq!(flags(&team)["is_moderator"], true);
    assert_eq!(flags(&team)["can_speak"], true);
    // Max members 3: the fourth caller is refused after the PIN phase.
    let r = fs.api("sim join 30000 20000 pin=4711").await.unwrap();
    assert!(r.starts_with("-ERR Conference team_g722 is full"), "{r}");
    assert_eq!(members(&fs).await.len(), 3);
    assert_eq!(
        fs.api("conference team_g722 get max_members")
            .await
            .unwrap(),
        "3"
    );
    // Announce: a member leaving plays the exit tone to the conference.
    let r = fs.api(&format!("sim leave 30000 {plain}")).await.unwrap();
    assert!(r.starts_with("+OK"), "{r}");
    crate::sim_support::next_event(&mut rx, played(fsconn::confsettings::EXIT_TONE)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_settings_are_opt_in_validated_and_cleared() {
    let env = TestEnv::new();
    unmuted_public_user(&env);
    let sim = env.start_sim();
    let serve = env.start_serve(&sim.addr);
    let snap = tokio::task::block_in_place(|| set_through_the_api(&env, &serve.addr));
    // The switch holds members until a moderator joins.
    let fs = esl(&sim.addr).await;
    fs.api("sim join 30000 22000 pin=0815").await.unwrap();
    let out = fs.api("conference team_g722 json_list").await.unwrap();
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["wait_mod"], true, "{out}");
    // Without mute on entry the same caller can speak.
    assert_eq!(members(&fs).await[0]["flags"]["can_speak"], true);

    // Cleared again: the file is byte for byte what it was.
    let clear = json!([{"num": "30000", "wait_for_moderator": false, "max_members": 0}]);
    let r = tokio::task::block_in_place(|| {
        post(&Http::new(&serve.addr, "defaultuser", "napw"), &clear)
    });
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(env.snapshot(), snap);
}

fn post(http: &Http, body: &Value) -> Reply {
    http.send(
        "POST",
        "/api/conferences/settings",
        Some(body.to_string().as_bytes()),
        &[],
    )
}

/// The API part: opt-in listing, refusals naming their field with the files
/// untouched, then wait for a moderator and 10 members set. Returns the
/// tree as it was before.
fn set_through_the_api(
    env: &TestEnv,
    addr: &str,
) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    let http = Http::new(addr, "defaultuser", "napw");
    let before_list = http.send("GET", "/api/conferences", None, &[]).json();
    let all = http
        .send("GET", "/api/conferences/settings", None, &[])
        .json();
    assert_eq!(all["op"], "conferences/settings");
    assert_eq!(
        all["conferences"][0]["settings"],
        json!({"pin": null, "moderator_pin": null, "max_members": null,
               "wait_for_moderator": false, "announce": false,
               "auto_record": false, "mute_on_entry": false})
    );
    // Refused values name their field; the files stay as they were.
    let snap = env.snapshot();
    for (body, says) in [
        (
            json!([{"num": "30000", "pin": "12ab"}]),
            "pin must be 1 to 12 digits",
        ),
        (
            json!([{"num": "30000", "max_members": 1}]),
            "max_members must be 2 to",
        ),
        (
            json!([{"num": "30000", "pin": "1234", "moderator_pin": "1234"}]),
            "moderator_pin must differ from pin",
        ),
        (
            json!([{"num": "39999", "announce": true}]),
            "no conference 39999",
        ),
    ] {
        let v = post(&http, &body).json();
        assert_eq!(v["done"], json!([]), "{v}");
        assert!(
            v["failed"][0]["error"].as_str().unwrap().contains(says),
            "{v}"
        );
    }
    let r = http.send(
        "POST",
        "/api/conferences/settings",
        Some(br#"[{"num": "30000", "wait-for-moderator": true}]"#),
        &[],
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert_eq!(env.snapshot(), snap, "refused settings wrote nothing");

    let set = json!([{"num": "30000", "wait_for_moderator": true, "max_members": 10}]);
    let r = post(&http, &set);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.headers["x-fsconn-applied"], "yes");
    let done = &r.json()["done"][0];
    assert_eq!(done["settings"]["wait_for_moderator"], true);
    assert_eq!(done["settings"]["max_members"], 10);
    // The CLI against the server: the same settings, and a change through it.
    let remote = |args: &[&str]| {
        env.cmd()
            .args([
                "--server",
                &format!("http://{addr}"),
                "--user",
                "defaultuser:napw",
            ])
            .args(args)
            .run()
    };
    let out = remote(&["--json", "conferences", "settings", "30000"]);
    out.ok();
    assert_eq!(out.json()["conferences"][0]["settings"]["max_members"], 10);
    let out = remote(&["conferences", "settings", "30000", "--moderator-pin", "12x"]);
    out.code(1);
    assert!(
        out.stderr.contains("moderator_pin must be 1 to 12 digits"),
        "{}",
        out.stderr
    );
    // The original API's clients see what they saw.
    assert_eq!(
        http.send("GET", "/api/conferences", None, &[]).json(),
        before_list
    );
    snap
}

#[test]
fn renaming_a_conference_keeps_its_settings() {
    let env = TestEnv::new();
    env.cmd()
        .args(["conferences", "settings", "30000", "--pin", "4711"])
        .run()
        .ok();
    env.cmd()
        .args(["conferences", "mod", "30000", "--name", "team_new"])
        .run()
        .ok();
    let out = env
        .cmd()
        .args(["--json", "conferences", "settings", "30000"])
        .run();
    out.ok();
    let v = out.json();
    assert_eq!(v["conferences"][0]["name"], "team_new");
    assert_eq!(v["conferences"][0]["settings"]["pin"], "4711");
    let out = env
        .cmd()
        .args(["conferences", "settings", "30000", "--pin", "none"])
        .run();
    out.ok();
    assert!(out.stdout.contains("30000\tteam_new\t-"), "{}", out.stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn doctor_checks_the_settings_against_the_switch() {
    use crate::doctor_cli::{doctor, failed, good_env, Switch, ESL_PW};
    use fsconn::esl::ClientConfig;
    let env = good_env();
    // A moderator PIN that is the team users' own conpin (modconpin 2357),
    // a join tone the profile cannot play, a maximum below who is in.
    env.cmd()
        .args([
            "conferences",
            "settings",
            "30000",
            "--moderator-pin",
            "2357",
        ])
        .args(["--announce", "on", "--auto-record", "on"])
        .run()
        .ok();
    // A tree without the UTC zone the recording's name needs.
    let zones = env.conf("autoload_configs/timezones.conf.xml");
    let zones_text = std::fs::read_to_string(&zones).unwrap();
    std::fs::remove_file(&zones).unwrap();
    let sw = Switch::start(&env);
    let fs = EslClient::connect(ClientConfig::new(sw.addr.as_str(), ESL_PW))
        .await
        .unwrap();
    for _ in 0..3 {
        let r = fs.api("sim join 30000 20000 pin=2357").await.unwrap();
        assert!(r.starts_with("+OK"), "{r}");
    }
    // Lowered while three are in (the switch reads it at the next start).
    env.cmd()
        .args(["conferences", "settings", "30000", "--max-members", "2"])
        .run()
        .ok();
    let (code, report) = tokio::task::block_in_place(|| doctor(&env, &sw));
    let bad = failed(&report);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(bad.len(), 1, "{bad:?}");
    let (name, text) = &bad[0];
    assert_eq!(name, "conference-settings");
    for says in [
        "its moderator PIN is the conpin of user(s) 20000",
        "profile 16kHz-novideo has no enter-sound",
        "runs with 3 members, more than its max_members 2",
        "team_g722 record(s) automatically, named with ${strftime_tz(UTC ...)}, but the switch has no UTC time zone (-ERR Invalid Timezone)",
        "fix: \"change them with `fsconn conferences settings NUM ...`",
    ] {
        assert!(text.contains(says), "{says:?} not in {text}");
    }
    env.cmd()
        .args([
            "conferences",
            "settings",
            "30000",
            "--moderator-pin",
            "9876",
        ])
        .args([
            "--announce",
            "off",
            "--max-members",
            "none",
            "--pin",
            "4711",
        ])
        .run()
        .ok();
    std::fs::write(&zones, zones_text).unwrap();
    assert!(fs.api("reloadxml").await.unwrap().starts_with("+OK"));
    // With the UTC zone back and a conference PIN of its own (the pins
    // check takes digits there as well as ${conpin}), everything passes.
    let (code, report) = tokio::task::block_in_place(|| doctor(&env, &sw));
    sw.stop();
    assert_eq!(failed(&report), vec![], "{report:#}");
    assert_eq!(code, 0);
}

#[test]
fn a_template_without_the_settings_lines_is_refused_not_obeyed_half() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.path("tpl")).unwrap();
    // A conference template of before settings existed.
    std::fs::write(
        env.path("tpl/conference-16kHz-novideo.xml"),
        r#"<include>
  <extension name="{{ name }}">
    <condition field="destination_number" expression="^{{ num }}$">
      <action application="answer"/>
      <action application="conference" data="{{ name }}@{{ type }}+${conpin}+flags{${conf_flags}}"/>
    </condition>
  </extension>
</include>
"#,
    )
    .unwrap();
    env.write_settings("templates_dir = \"tpl\"");
    let before = env.snapshot();
    let out = env
        .cmd()
        .args(["conferences", "settings", "30000", "--pin", "4711"])
        .run();
    assert_ne!(out.code, 0, "{}", out.stdout);
    assert!(
        out.stderr
            .contains("does not write the conference settings (docs/conference-settings.md"),
        "{}",
        out.stderr
    );
    assert_eq!(env.snapshot(), before, "nothing written");
    // Conferences without settings still render through it.
    env.cmd()
        .args(["conferences", "mod", "30000", "--name", "team_new"])
        .run()
        .ok();
}
