//! The simulator over real TCP on 127.0.0.1, driven by fsconn's own client.

use std::time::Duration;

use fsconn::esl::codec::{decode_all, Message};
use fsconn::esl::{EslError, Event, MessageKind};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::fixture;
use crate::sim_support::*;

/// Everything the server sends until it closes the socket.
async fn raw_session(addr: &str, sent: &[u8]) -> Vec<u8> {
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(sent).await.unwrap();
    let mut out = Vec::new();
    tokio::time::timeout(GUARD, s.read_to_end(&mut out))
        .await
        .expect("server closes the socket")
        .unwrap();
    out
}

#[tokio::test]
async fn bad_password_gets_the_recorded_bytes_then_eof() {
    let sim = start_sim().await;
    let got = raw_session(&sim.addr, b"auth WrongPassword\n\n").await;
    assert_eq!(got, fixture("esl/session-commands-badauth.s2c.raw"));

    let mut cfg = config(&sim.addr);
    cfg.password = "nope".into();
    match fsconn::esl::EslClient::connect(cfg).await {
        Err(EslError::AuthRefused(text)) => assert_eq!(text, "-ERR invalid"),
        Err(other) => panic!("wrong error {other}"),
        Ok(_) => panic!("a wrong password was accepted"),
    }
}

#[tokio::test]
async fn exit_says_bye_then_goodbye_then_eof() {
    let sim = start_sim().await;
    let got = raw_session(&sim.addr, b"auth ClueCon\n\nexit\n\n").await;
    let (msgs, rest) = decode_all::<Message>(&got).unwrap();
    assert_eq!(rest, 0);
    let kinds: Vec<_> = msgs.iter().map(|m| m.kind()).collect();
    assert_eq!(
        kinds,
        [
            MessageKind::AuthRequest,
            MessageKind::CommandReply,
            MessageKind::CommandReply,
            MessageKind::DisconnectNotice
        ]
    );
    assert_eq!(msgs[2].reply_text(), Some("+OK bye"));
    assert_eq!(
        msgs[3].body_text(),
        "Disconnected, goodbye.\nSee you at ClueCon! http://www.cluecon.com/\n"
    );
    assert_eq!(sim.log.lines(), ["auth ***", "exit"]);
}

#[tokio::test]
async fn api_commands_answer_like_freeswitch() {
    let sim = start_sim().await;
    let c = sim.client().await;
    assert_eq!(c.api("global_getvar domain").await.unwrap(), "127.0.0.1");
    let all = c.api("global_getvar").await.unwrap();
    for line in [
        "local_ip_v4=127.0.0.1",
        "internal_tls_port=3361",
        "wss_binding=:7443",
        "modconpin=2357",
        "outbound_caller_name=FreeSWITCH",
    ] {
        assert!(all.lines().any(|l| l == line), "missing {line} in\n{all}");
    }
    assert!(all.starts_with("hostname="));
    assert!(all.lines().last().unwrap().starts_with("core_uuid="));
    assert_eq!(
        c.api("foobarbaz").await.unwrap(),
        "-ERR foobarbaz Command not found!\n"
    );
    let reply = c.command("foobarbaz", &[]).await.unwrap();
    assert_eq!(reply.reply_text(), Some("-ERR command not found"));
    assert_eq!(c.api("conference json_list").await.unwrap(), "[]");
    assert_eq!(
        c.api("conference list").await.unwrap(),
        "+OK No active conferences.\n"
    );
    assert_eq!(
        c.api("conference team_g722 lock").await.unwrap(),
        "-ERR Conference team_g722 not found\n"
    );
    assert_eq!(
        c.api("show registrations as json").await.unwrap(),
        "{\"row_count\": 0}\n"
    );

    let dir = c.api("xml_locate directory").await.unwrap();
    assert!(dir.starts_with("<section name=\"directory\" description=\"User Directory\">\n"));
    assert!(dir.contains("<variable name=\"conpin\" value=\"2357\"></variable>"));
    assert!(dir.contains("<user id=\"22000\">"));
    let conf = c
        .api("xml_locate configuration configuration name conference.conf")
        .await
        .unwrap();
    assert!(conf
        .starts_with("<configuration name=\"conference.conf\" description=\"Audio Conference\">"));
    assert!(conf.contains("<param name=\"domain\" value=\"127.0.0.1\"></param>"));
    let dialplan = c.api("xml_locate dialplan").await.unwrap();
    assert!(dialplan.contains("data=\"team_g722@16kHz-novideo++flags{${conf_flags}}\""));
}

#[tokio::test]
async fn commands_with_line_breaks_never_reach_the_switch() {
    let sim = start_sim().await;
    let c = sim.client().await;
    for bad in ["status\nexit", "reloadxml\r", "x\r\nbgapi reloadxml"] {
        assert!(matches!(c.api(bad).await, Err(EslError::InvalidCommand(_))));
        assert!(matches!(
            c.bgapi(bad).await,
            Err(EslError::InvalidCommand(_))
        ));
    }
    assert_eq!(c.api("global_getvar domain").await.unwrap(), "127.0.0.1");
    assert_eq!(
        sim.log.lines(),
        [
            "auth ***",
            "event plain BACKGROUND_JOB",
            "api global_getvar domain"
        ]
    );
}

#[tokio::test]
async fn bgapi_results_are_matched_by_job_uuid_not_by_order() {
    let sim = start_sim().await;
    let c = sim.client().await;
    let (a, b, d, e) = tokio::join!(
        c.bgapi("global_getvar domain"),
        c.bgapi("conference json_list"),
        c.bgapi("nosuchcommand arg1 arg2"),
        c.bgapi("global_getvar modconpin"),
    );
    assert_eq!(a.unwrap(), "127.0.0.1");
    assert_eq!(b.unwrap(), "[]");
    assert_eq!(d.unwrap(), "-ERR nosuchcommand Command not found!\n");
    assert_eq!(e.unwrap(), "2357");
    let bg: Vec<String> = sim
        .log
        .lines()
        .into_iter()
        .filter(|l| l.starts_with("bgapi"))
        .collect();
    assert_eq!(bg.len(), 4);
}

#[tokio::test]
async fn reloadxml_rereads_files_and_keeps_the_old_state_on_errors() {
    let sim = start_sim().await;
    let c = sim.client().await;
    let mut rx = c.notices();
    c.subscribe(&["RELOADXML"]).await.unwrap();

    // A new user appears only after reloadxml.
    let new_user = sim.conf().join("directory/team/20007.xml");
    let template = std::fs::read_to_string(sim.conf().join("directory/team/20001.xml")).unwrap();
    std::fs::write(&new_user, template.replace("20001", "20007")).unwrap();
    assert!(!c
        .api("xml_locate directory")
        .await
        .unwrap()
        .contains("20007"));
    assert_eq!(c.api("reloadxml").await.unwrap(), "+OK [Success]\n");
    next_event(&mut rx, |e| e.name() == Some("RELOADXML")).await;
    assert!(c
        .api("xml_locate directory")
        .await
        .unwrap()
        .contains("<user id=\"20007\">"));

    // Break a file the way the recorded session did.
    let broken = sim.conf().join("directory/team/20001.xml");
    let good = std::fs::read_to_string(&broken).unwrap();
    std::fs::write(&broken, good.replace("</user>", "</usr>")).unwrap();
    let before = c.api("xml_locate directory").await.unwrap();
    let reply = c.api("reloadxml").await.unwrap();
    let line: usize = reply
        .strip_prefix("+OK [[error near line ")
        .and_then(|r| r.strip_suffix("]: unexpected closing tag </usr>]\n"))
        .unwrap_or_else(|| panic!("unexpected reply {reply:?}"))
        .parse()
        .unwrap();
    // The line number counts lines of the preprocessed document.
    let mut vars = fsconn::sim::xml::Vars::default();
    vars.set("domain", "127.0.0.1");
    let pre =
        fsconn::sim::xml::preprocess_text(&sim.conf(), fsconn::sim::xml::DEFAULT_ROOT, &mut vars);
    let expected = 1 + pre.text.lines().position(|l| l.contains("</usr>")).unwrap();
    assert_eq!(line, expected);
    assert_eq!(
        c.api("xml_locate directory").await.unwrap(),
        before,
        "old XML kept"
    );
    assert_eq!(c.bgapi("reloadxml").await.unwrap(), reply);

    std::fs::write(&broken, good).unwrap();
    std::fs::remove_file(&new_user).unwrap();
    assert_eq!(c.api("reloadxml").await.unwrap(), "+OK [Success]\n");
    assert!(!c
        .api("xml_locate directory")
        .await
        .unwrap()
        .contains("20007"));
}

#[tokio::test]
async fn members_join_talk_press_keys_and_leave() {
    let sim = start_sim().await;
    let c = sim.client().await;
    let mut rx = c.notices();
    c.subscribe(&["CUSTOM", "conference::maintenance"])
        .await
        .unwrap();

    // A phone brings its own display name; the switch does not replace it
    // with the directory's.
    assert_eq!(
        c.api("sim join team_g722 20000 Desk Phone").await.unwrap(),
        "+OK 1\n"
    );
    let created = next_event(&mut rx, is_action("conference-create")).await;
    assert_eq!(created.get("Conference-Name"), Some("team_g722"));
    assert_eq!(
        created.get("Conference-Profile-Name"),
        Some("16kHz-novideo")
    );
    let added = next_event(&mut rx, is_action("add-member")).await;
    assert_eq!(added.get("Member-ID"), Some("1"));
    assert_eq!(added.get("Member-Type"), Some("moderator"));
    assert_eq!(added.get("Caller-Caller-ID-Name"), Some("Desk Phone"));
    assert_eq!(added.get("Caller-Username"), Some("20000"));
    assert_eq!(added.get("Caller-Destination-Number"), Some("30000"));
    assert_eq!(added.get("Speak"), Some("true"));
    let floor = next_event(&mut rx, is_action("floor-change")).await;
    assert_eq!(
        (floor.get("Old-ID"), floor.get("New-ID")),
        (Some("none"), Some("1"))
    );

    // Member ids are global across conferences; a public user joins muted.
    assert_eq!(c.api("sim join 32000 22000").await.unwrap(), "+OK 2\n");
    let public = next_event(&mut rx, is_action("add-member")).await;
    assert_eq!(public.get("Conference-Name"), Some("public_opus"));
    assert_eq!(public.get("Conference-Profile-Name"), Some("48kHz-video"));
    assert_eq!(public.get("Speak"), Some("false"));
    assert_eq!(public.get("Member-Type"), Some("member"));
    assert_eq!(c.api("sim join team_g722 20001").await.unwrap(), "+OK 3\n");
    next_event(&mut rx, |e| {
        is_action("add-member")(e) && e.get("Member-ID") == Some("3")
    })
    .await;

    assert_eq!(
        c.api("sim talk team_g722 3").await.unwrap(),
        "+OK floor 3\n"
    );
    let talk = next_event(&mut rx, is_action("floor-change")).await;
    assert_eq!(
        (talk.get("Old-ID"), talk.get("New-ID")),
        (Some("1"), Some("3"))
    );

    // Moderator keys fire `dtmf` events with the control's data.
    c.api("sim dtmf team_g722 user:20000 16*").await.unwrap();
    for (key, data) in [
        ("1", "startrecording"),
        ("6", "conferencelock"),
        ("*", "muteall"),
    ] {
        let e = next_event(&mut rx, is_action("dtmf")).await;
        assert_eq!((e.get("DTMF-Key"), e.get("Data")), (Some(key), Some(data)));
        assert_eq!(e.get("Member-ID"), Some("1"));
    }
    // A non-moderator's 0 toggles mute (default group).
    c.api("sim dtmf 32000 2 0").await.unwrap();
    let unmuted = next_event(&mut rx, is_action("unmute-member")).await;
    assert_eq!(unmuted.get("Member-ID"), Some("2"));

    assert_eq!(
        c.api("sim leave team_g722 3").await.unwrap(),
        "+OK left 3\n"
    );
    // The holder left: the floor goes to nobody, then to who remains.
    let events = collect_until(
        &mut rx,
        |e| action(e).is_some(),
        |e| is_action("floor-change")(e) && e.get("New-ID") != Some("none"),
    )
    .await;
    let actions: Vec<_> = events.iter().filter_map(|e| action(e)).collect();
    assert_eq!(
        actions,
        ["floor-change", "play-file", "del-member", "floor-change"]
    );
    assert_eq!(events[2].get("Hangup-Cause"), Some("NORMAL_CLEARING"));
    assert_eq!(events[2].get("Conference-Size"), Some("1"));
    assert_eq!(
        (events[3].get("Old-ID"), events[3].get("New-ID")),
        (Some("none"), Some("1"))
    );

    c.api("sim leave team_g722 1").await.unwrap();
    let events = collect_until(
        &mut rx,
        |e| action(e).is_some(),
        is_action("conference-destroy"),
    )
    .await;
    let actions: Vec<_> = events.iter().filter_map(|e| action(e)).collect();
    // The last one held the floor: only none/none before the end.
    assert_eq!(
        actions,
        ["floor-change", "del-member", "conference-destroy"]
    );
    assert!(c
        .api("conference json_list")
        .await
        .unwrap()
        .contains("public_opus"));
    assert_eq!(
        c.api("sim leave team_g722 1").await.unwrap(),
        "-ERR Conference team_g722 not found\n"
    );
}

#[tokio::test]
async fn conference_controls_reply_and_fire_events() {
    let sim = start_sim().await;
    let c = sim.client().await;
    let mut rx = c.notices();
    c.subscribe(&["CUSTOM", "conference::maintenance"])
        .await
        .unwrap();
    for user in ["20000", "20001", "21000"] {
        c.api(&format!("sim join team_g722 {user}")).await.unwrap();
    }
    let api = |cmd: &'static str| {
        let c = c.clone();
        async move { c.api(cmd).await.unwrap() }
    };
    assert_eq!(
        api("conference team_g722 lock").await,
        "+OK team_g722 locked\n"
    );
    next_event(&mut rx, is_action("lock")).await;
    assert_eq!(
        api("sim join team_g722 20001").await,
        "-ERR Conference team_g722 is locked\n"
    );
    assert_eq!(
        api("conference team_g722 unlock").await,
        "+OK team_g722 unlocked\n"
    );
    assert_eq!(api("conference team_g722 mute 2").await, "+OK mute 2\n");
    let m = next_event(&mut rx, is_action("mute-member")).await;
    assert_eq!(
        (m.get("Member-ID"), m.get("Speak")),
        (Some("2"), Some("false"))
    );
    assert_eq!(
        api("conference team_g722 mute 9999").await,
        "-ERR Non-Existant ID 9999\n"
    );
    assert_eq!(
        api("conference team_g722 mute all").await,
        "+OK mute 3\n+OK mute 2\n+OK mute 1\n"
    );
    assert_eq!(
        api("conference team_g722 unmute all").await,
        "+OK unmute 3\n+OK unmute 2\n+OK unmute 1\n"
    );

    assert_eq!(
        api("conference team_g722 recording check").await,
        "-ERR Conference is not being recorded.\n"
    );
    assert_eq!(
        api("conference team_g722 recording start /recordings/x.wav").await,
        "+OK Record file /recordings/x.wav\n"
    );
    let start = next_event(&mut rx, is_action("start-recording")).await;
    assert_eq!(start.get("Path"), Some("/recordings/x.wav"));
    let file = sim.recordings().join("x.wav");
    assert!(file.is_file(), "recording file created");
    assert_eq!(
        api("conference team_g722 recording pause /recordings/x.wav").await,
        "+OK Pause recording file /recordings/x.wav\n"
    );
    assert_eq!(
        api("conference team_g722 recording pause /recordings/nosuch.wav").await,
        "+OK Pause recording file /recordings/nosuch.wav\n-ERR non-existant recording '/recordings/nosuch.wav'\n"
    );
    let list = api("conference team_g722 json_list").await;
    assert!(list.contains("\"type\":\t\"recording_node\""));
    assert!(list.contains("\"status\":\t\"paused\""));
    assert_eq!(
        api("conference team_g722 recording resume /recordings/x.wav").await,
        "+OK Resume recording file /recordings/x.wav\n"
    );
    assert_eq!(
        api("conference team_g722 recording stop /recordings/x.wav").await,
        "Stopped recording file /recordings/x.wav\n+OK Stopped recording 0 files\n"
    );
    let stop = next_event(&mut rx, is_action("stop-recording")).await;
    let size: u64 = stop.get("Record-File-Size").unwrap().parse().unwrap();
    assert_eq!(std::fs::metadata(&file).unwrap().len(), size);
    let wav = std::fs::read(&file).unwrap();
    assert_eq!(&wav[..4], b"RIFF");
    assert_eq!(&wav[8..16], b"WAVEfmt ");

    assert_eq!(api("conference team_g722 kick 1").await, "+OK kicked 1\n");
    let kicked = collect_until(&mut rx, |e| action(e).is_some(), is_action("del-member")).await;
    let actions: Vec<_> = kicked.iter().filter_map(|e| action(e)).collect();
    assert_eq!(actions, ["kick-member", "floor-change", "del-member"]);
    assert_eq!(kicked[2].get("Hangup-Cause"), None);
    assert_eq!(api("conference team_g722 hup 3").await, "+OK hup 3\n");
    next_event(&mut rx, is_action("hup-member")).await;
    assert_eq!(api("conference team_g722 kick all").await, "+OK kicked 2\n");
    next_event(&mut rx, is_action("conference-destroy")).await;
    assert_eq!(api("conference json_list").await, "[]");
}

#[tokio::test]
async fn registrations_appear_refresh_and_go() {
    let sim = start_sim().await;
    let c = sim.client().await;
    let mut rx = c.notices();
    c.subscribe(&[
        "CUSTOM",
        "sofia::register",
        "sofia::unregister",
        "sofia::expire",
    ])
    .await
    .unwrap();
    let is_sub = |name: &'static str| move |e: &Event| e.subclass() == Some(name);

    assert_eq!(
        c.api("sim register 20001").await.unwrap(),
        "+OK registered 20001\n"
    );
    let reg = next_event(&mut rx, is_sub("sofia::register")).await;
    assert_eq!(reg.get("from-user"), Some("20001"));
    assert_eq!(reg.get("effective_caller_id_name"), Some("teamuser1"));
    assert_eq!(reg.get("conpin"), Some("2357"));
    assert_eq!(reg.get("update-reg"), None);
    let rows: serde_json::Value =
        serde_json::from_str(&c.api("show registrations as json").await.unwrap()).unwrap();
    assert_eq!(rows["row_count"], 1);
    assert_eq!(rows["rows"][0]["reg_user"], "20001");
    assert_eq!(rows["rows"][0]["token"], reg.get("call-id").unwrap());

    c.api("sim register 20001").await.unwrap();
    let again = next_event(&mut rx, is_sub("sofia::register")).await;
    assert_eq!(again.get("update-reg"), Some("true"));
    assert_eq!(again.get("call-id"), reg.get("call-id"));

    c.api("sim register 22000").await.unwrap();
    c.api("sim unregister 20001").await.unwrap();
    let gone = next_event(&mut rx, is_sub("sofia::unregister")).await;
    assert_eq!(gone.get("expires"), Some("0"));
    c.api("sim expire 22000").await.unwrap();
    let expired = next_event(&mut rx, is_sub("sofia::expire")).await;
    assert_eq!(expired.get("user"), Some("22000"));
    assert_eq!(
        c.api("show registrations as json").await.unwrap(),
        "{\"row_count\": 0}\n"
    );
    assert_eq!(
        c.api("sim unregister 20001").await.unwrap(),
        "-ERR 20001 is not registered\n"
    );
    assert_eq!(
        c.api("sim register 99999").await.unwrap(),
        "-ERR no user 99999 in the directory\n"
    );
}

#[tokio::test]
async fn sendevent_reaches_subscribers() {
    let sim = start_sim().await;
    let listener = sim.client().await;
    let mut rx = listener.notices();
    listener
        .subscribe(&["CUSTOM", "fsconn::test"])
        .await
        .unwrap();
    let sender = sim.client().await;
    let reply = sender
        .command(
            "sendevent CUSTOM",
            &[
                ("Event-Subclass", "fsconn::test"),
                ("Greeting", "hällo wörld"),
            ],
        )
        .await
        .unwrap();
    let uuid = reply
        .reply_text()
        .unwrap()
        .strip_prefix("+OK ")
        .unwrap()
        .to_string();
    let e = next_event(&mut rx, |e| e.subclass() == Some("fsconn::test")).await;
    assert_eq!(e.get("Greeting"), Some("hällo wörld"));
    assert_eq!(e.get("Event-UUID"), Some(uuid.as_str()));
}

#[tokio::test]
async fn json_subscribers_get_the_same_events() {
    let sim = start_sim().await;
    let mut cfg = config(&sim.addr);
    cfg.event_format = fsconn::esl::EventFormat::Json;
    let c = fsconn::esl::EslClient::connect(cfg).await.unwrap();
    let mut rx = c.notices();
    c.subscribe(&["ALL"]).await.unwrap();
    c.api("sim join team_g722 20001 Jo's phone").await.unwrap();
    let e = next_event(&mut rx, is_action("add-member")).await;
    assert_eq!(e.get("Caller-Caller-ID-Name"), Some("Jo's phone"));
    let api = next_event(&mut rx, |e| e.name() == Some("API")).await;
    assert_eq!(api.get("API-Command"), Some("sim"));
    assert_eq!(
        api.get("API-Command-Argument"),
        Some("join team_g722 20001 Jo's phone")
    );
}

#[tokio::test]
async fn fsctl_shutdown_notifies_everybody_and_closes() {
    let sim = start_sim().await;
    let watcher = sim.client().await;
    let mut rx = watcher.notices();
    watcher.subscribe(&["ALL"]).await.unwrap();
    watcher.api("sim join team_g722 20000").await.unwrap();
    let control = sim.client().await;
    assert_eq!(control.api("fsctl shutdown").await.unwrap(), "+OK\n");
    next_event(&mut rx, |e| e.name() == Some("SHUTDOWN")).await;
    let del = next_event(&mut rx, is_action("del-member")).await;
    assert_eq!(del.get("Hangup-Cause"), Some("SYSTEM_SHUTDOWN"));
    match next_state_notice(&mut rx).await {
        fsconn::esl::Notice::Disconnected(text) => {
            assert_eq!(text, "The system is being shut down.")
        }
        other => panic!("unexpected {other:?}"),
    }
    tokio::time::timeout(GUARD, sim_task_end(sim))
        .await
        .expect("serve returns");
}

async fn sim_task_end(mut sim: TestSim) {
    (&mut sim.task).await.expect("serve ended cleanly");
}

#[tokio::test]
async fn reloadxml_blocking_distinguishes_failures() {
    let sim = start_sim().await;
    let addr = sim.addr.clone();
    let ok = tokio::task::spawn_blocking(move || {
        fsconn::esl::reloadxml_blocking(&addr, "ClueCon", Duration::from_secs(10))
    })
    .await
    .unwrap();
    assert_eq!(ok.unwrap(), "+OK [Success]\n");
    let addr = sim.addr.clone();
    let refused = tokio::task::spawn_blocking(move || {
        fsconn::esl::reloadxml_blocking(&addr, "wrong", Duration::from_secs(10))
    })
    .await
    .unwrap();
    assert!(
        matches!(refused, Err(EslError::AuthRefused(_))),
        "{refused:?}"
    );
    drop(sim);
    // Nothing listens on a port we just released.
    let free = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let unreachable = tokio::task::spawn_blocking(move || {
        fsconn::esl::reloadxml_blocking(&free.to_string(), "ClueCon", Duration::from_secs(10))
    })
    .await
    .unwrap();
    assert!(
        matches!(unreachable, Err(EslError::Unreachable { .. })),
        "{unreachable:?}"
    );
}

#[tokio::test]
async fn scenarios_play_and_commands_are_logged_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture_conf(), &dir.path().join("conf"));
    let script = dir.path().join("load.txt");
    std::fs::write(
        &script,
        "# a tiny load test\nsim register 20001\nsleep 60000\nsim join 30000 20000 Main Office\n",
    )
    .unwrap();
    let log_file = dir.path().join("commands.log");
    let mut opts = fsconn::sim::SimOptions::new(dir.path().join("conf"), dir.path().join("rec"));
    // 60 s of sleep at rate 10000 is 6 ms.
    opts.mode = fsconn::sim::SimMode::Scenario {
        path: script,
        rate: 10_000.0,
    };
    opts.command_log = Some(log_file.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let sim = fsconn::sim::Sim::new(opts).unwrap();
    let task = tokio::spawn(async move { sim.serve(listener).await });
    let c = fsconn::esl::EslClient::connect(config(&addr))
        .await
        .unwrap();
    let list = tokio::time::timeout(GUARD, async {
        loop {
            let list = c.api("conference json_list").await.unwrap();
            if list != "[]" {
                return list;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the scenario joins a member");
    assert!(list.contains("\"caller_id_name\":\t\"Main Office\""));
    assert!(c
        .api("show registrations as json")
        .await
        .unwrap()
        .contains("\"reg_user\":\"20001\""));
    c.disconnect().await.unwrap();
    let logged = std::fs::read_to_string(&log_file).unwrap();
    let first: Vec<&str> = logged.lines().take(3).collect();
    assert_eq!(
        first,
        [
            "auth ***",
            "event plain BACKGROUND_JOB",
            "api conference json_list"
        ]
    );
    assert_eq!(logged.lines().last(), Some("exit"));
    assert!(
        !logged.contains("sim join"),
        "scenario steps are not client commands"
    );
    task.abort();

    let mut bad = fsconn::sim::SimOptions::new(dir.path().join("conf"), dir.path().join("rec"));
    std::fs::write(dir.path().join("bad.txt"), "sleep later\n").unwrap();
    bad.mode = fsconn::sim::SimMode::Scenario {
        path: dir.path().join("bad.txt"),
        rate: 1.0,
    };
    assert!(matches!(
        fsconn::sim::Sim::new(bad),
        Err(fsconn::sim::SimError::Scenario { line: 1, .. })
    ));
}
