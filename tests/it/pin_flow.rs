//! Callers at a conference that asks for a PIN, as a real FreeSWITCH 1.10
//! runs them (session-pin recording) and as fsconn's PIN model sets them up:
//! a user types their own `conpin`, nobody becomes moderator by typing a
//! number, and the PIN phase fires no conference event.

use std::path::{Path, PathBuf};

use fsconn::esl::codec::{decode_all, Message};
use fsconn::esl::{EslClient, MessageKind};
use fsconn::sim::{Sim, SimOptions};
use tokio::net::TcpListener;

use crate::fixture;
use crate::sim_support::*;

struct PinSim {
    _dir: tempfile::TempDir,
    conf: PathBuf,
    client: EslClient,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for PinSim {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The example tree, changed by `edit`, in a simulator whose sounds dir
/// holds the PIN prompts.
async fn pin_sim(edit: impl Fn(&Path)) -> PinSim {
    let dir = tempfile::tempdir().unwrap();
    let conf = dir.path().join("conf");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/freeswitch"),
        &conf,
    );
    edit(&conf);
    let prompts = dir.path().join("sounds/en/us/callie/conference");
    std::fs::create_dir_all(&prompts).unwrap();
    for f in ["conf-pin.wav", "conf-bad-pin.wav"] {
        std::fs::write(prompts.join(f), b"RIFF").unwrap();
    }
    let mut opts = SimOptions::new(&conf, dir.path().join("recordings"));
    opts.sounds_dir = Some(dir.path().join("sounds"));
    let sim = Sim::new(opts).unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let task = tokio::spawn(async move {
        let _ = sim.serve(listener).await;
    });
    let client = EslClient::connect(config(&addr)).await.unwrap();
    client.subscribe(&["ALL"]).await.unwrap();
    PinSim {
        _dir: dir,
        conf,
        client,
        task,
    }
}

/// The profile of the recording: `pin` 0815 and `moderator-pin` 2357 for
/// everybody, and the conference action without a PIN of its own.
fn as_recorded(conf: &Path) {
    let p = conf.join("autoload_configs/conference.conf.xml");
    let text = std::fs::read_to_string(&p).unwrap().replace(
        r#"<param name="pin" value="$${defconpin}"/>"#,
        r#"<param name="pin" value="$${defconpin}"/><param name="moderator-pin" value="$${modconpin}"/>"#,
    );
    std::fs::write(&p, text).unwrap();
    let p = conf.join("dialplan/conferences/30000.xml");
    let text = std::fs::read_to_string(&p)
        .unwrap()
        .replace("+${conpin}+", "++");
    std::fs::write(&p, text).unwrap();
}

/// `sim join` and the conference events it caused, up to its add-member
/// (or none when the caller was not let in).
async fn join(s: &PinSim, user: &str, pin: &str) -> (String, Vec<(String, String)>) {
    let mut rx = s.client.notices();
    let reply = s
        .client
        .api(&format!("sim join 30000 {user} pin={pin}"))
        .await
        .unwrap();
    // A marker command: its API event ends what this join fired.
    s.client.api("global_getvar domain").await.unwrap();
    let events = collect_until(
        &mut rx,
        |e| action(e).is_some(),
        |e| e.name() == Some("API") && e.get("API-Command") == Some("global_getvar"),
    )
    .await;
    let list = events
        .iter()
        .filter_map(|e| {
            let a = action(e)?;
            Some((
                a.to_string(),
                e.get("Member-Type").unwrap_or("").to_string(),
            ))
        })
        .collect();
    (reply, list)
}

fn added(kind: &str) -> Vec<(String, String)> {
    vec![("add-member".to_string(), kind.to_string())]
}

#[tokio::test]
async fn the_recorded_pin_flow_right_wrong_then_right_and_moderator_pin() {
    let s = pin_sim(as_recorded).await;
    // P1: right PIN; first caller: the conference comes up (the team
    // user is a moderator by conf_flags).
    let (reply, events) = join(&s, "20000", "0815").await;
    assert!(reply.starts_with("+OK "), "{reply}");
    assert_eq!(events[0].0, "conference-create");
    assert!(events.contains(&added("moderator")[0]), "{events:?}");
    // P3: with this config the moderator PIN makes anybody a moderator, a
    // public user too (the defect of docs/real-freeswitch.md, row 8).
    assert_eq!(join(&s, "22000", "2357").await.1, added("moderator"));
    // P2: wrong, then right: a plain member, nothing else to see.
    assert_eq!(join(&s, "22000", "9999,0815").await.1, added("member"));
    // Never right: hung up after three prompts, no event at all.
    let (reply, events) = join(&s, "22000", "1,2,3,0815").await;
    assert!(reply.starts_with("-ERR"), "{reply}");
    assert_eq!(events, vec![]);
    // The same facts in the recording: add-member is a caller's first
    // event, Member-Type moderator for the moderator PIN (20001).
    let (msgs, _) = decode_all::<Message>(&fixture("esl/session-pin.s2c.raw")).unwrap();
    let recorded: Vec<(String, String)> = msgs
        .iter()
        .filter(|m| m.kind() == MessageKind::EventPlain)
        .filter_map(|m| {
            let e = m.event().ok()?;
            (e.get("Action")? == "add-member").then(|| {
                (
                    e.get("Caller-Username").unwrap_or("").to_string(),
                    e.get("Member-Type").unwrap_or("").to_string(),
                )
            })
        })
        .collect();
    assert_eq!(
        recorded,
        [
            ("20002", "member"),
            ("20001", "moderator"),
            ("20003", "member")
        ]
        .map(|(u, t)| (u.to_string(), t.to_string()))
    );
}

#[tokio::test]
async fn fsconns_pin_model_each_user_types_their_own_conpin() {
    let s = pin_sim(|_| {}).await;
    // Team user: their conpin (modconpin 2357); moderator by conf_flags.
    let (reply, events) = join(&s, "20000", "2357").await;
    assert!(reply.starts_with("+OK "), "{reply}");
    assert!(events.contains(&added("moderator")[0]), "{events:?}");
    // A public user types the moderator PIN: not let in, not a moderator.
    let (reply, events) = join(&s, "22000", "2357").await;
    assert!(reply.starts_with("-ERR"), "{reply}");
    assert_eq!(events, vec![]);
    // Wrong, then their own PIN: a member.
    assert_eq!(join(&s, "22000", "2357,0815").await.1, added("member"));
    let members = s.client.api("conference team_g722 list").await.unwrap();
    assert!(
        members
            .lines()
            .all(|l| !l.contains("22000") || !l.contains("moderator")),
        "{members}"
    );

    // `users mod --conpin 4444` writes the user's variable; after a
    // reloadxml the switch asks for 4444 and no longer takes 0815.
    let f = s.conf.join("directory/public/22000.xml");
    let text = std::fs::read_to_string(&f).unwrap().replace(
        r#"name="conpin" value="$${defconpin}""#,
        r#"name="conpin" value="4444""#,
    );
    std::fs::write(&f, text).unwrap();
    assert_eq!(s.client.api("reloadxml").await.unwrap(), "+OK [Success]\n");
    assert!(join(&s, "22000", "0815").await.0.starts_with("-ERR"));
    assert_eq!(join(&s, "22000", "4444").await.1, added("member"));
}

#[tokio::test]
async fn without_the_pin_prompt_every_caller_is_hung_up() {
    let s = pin_sim(|_| {}).await;
    let prompt = s
        ._dir
        .path()
        .join("sounds/en/us/callie/conference/conf-pin.wav");
    std::fs::remove_file(prompt).unwrap();
    let (reply, events) = join(&s, "20000", "2357").await;
    assert!(reply.starts_with("-ERR"), "{reply}");
    // The conference the caller entered goes away again.
    let actions: Vec<&str> = events.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(actions, ["conference-create", "conference-destroy"]);
}
