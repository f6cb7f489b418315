//! Scripted activity: the `--scenario FILE` format and the built-in demo.
//!
//! A scenario is plain text, one step per line:
//!
//! ```text
//! # comments and blank lines are ignored
//! sim register 20000          # any api command, as after `api ` on the socket
//! api sim join team_g722 20000   # an explicit `api ` prefix is allowed too
//! sleep 1500                  # milliseconds, divided by the rate multiplier
//! sim talk team_g722 user:20000  # `user:ID` names that user's member
//! sim quiet team_g722 user:20000 # and stops talking
//! conference team_g722 mute all
//! ```
//!
//! Commands run in order against the simulated switch; a reply starting with
//! `-ERR` is logged and the script goes on (a kicked member cannot leave).

use std::sync::Arc;
use std::time::Duration;

use super::config::{ConferenceExtension, SwitchConfig};
use super::server::split_api;
use super::switch::Switch;
use super::SimError;

#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Sleep(Duration),
    Api { cmd: String, args: String },
}

/// Parses a scenario; errors name the line.
pub fn parse(text: &str) -> Result<Vec<Step>, SimError> {
    let mut steps = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = match raw.split_once('#') {
            Some((before, _)) => before.trim(),
            None => raw.trim(),
        };
        if line.is_empty() {
            continue;
        }
        if let Some(ms) = line.strip_prefix("sleep ") {
            let ms: u64 = ms.trim().parse().map_err(|_| SimError::Scenario {
                line: i + 1,
                message: format!("sleep needs milliseconds, got {:?}", ms.trim()),
            })?;
            steps.push(Step::Sleep(Duration::from_millis(ms)));
            continue;
        }
        let line = line.strip_prefix("api ").unwrap_or(line);
        let (cmd, args) = split_api(line);
        steps.push(Step::Api { cmd, args });
    }
    Ok(steps)
}

/// Runs the steps once; `rate` > 1 runs faster (sleeps are divided by it).
pub async fn play(switch: &Arc<Switch>, steps: &[Step], rate: f64) {
    let rate = if rate.is_finite() && rate > 0.0 {
        rate
    } else {
        1.0
    };
    for step in steps {
        match step {
            Step::Sleep(d) => tokio::time::sleep(d.div_f64(rate)).await,
            Step::Api { cmd, args } => {
                let sw = switch.clone();
                let (c, a) = (cmd.clone(), args.clone());
                match tokio::task::spawn_blocking(move || sw.api(&c, &a)).await {
                    Ok(reply) if reply.starts_with("-ERR") => {
                        tracing::info!("scenario: {cmd} {args}: {}", reply.trim_end())
                    }
                    Ok(_) => {}
                    Err(e) => tracing::warn!("scenario step {cmd} {args} failed: {e}"),
                }
            }
        }
    }
}

/// The built-in demo: phones register and people join every conference of
/// the dialplan (callers picked by the example's numbering: users 2N…
/// call conferences 3N…), take turns talking (`start-talking` /
/// `stop-talking`), raise and lower hands with their key, leave and come
/// back; a moderator presses keys; everybody leaves; a gentle pace, forever.
pub fn demo_script(config: &SwitchConfig) -> String {
    demo_share(config, &|_| true)
}

/// One conference of the demo and who calls it.
struct Room<'a> {
    name: &'a str,
    /// What the callers dial: a phone calls a number, and a cluster node
    /// learns the conference behind it from its dialplan lookup.
    number: &'a str,
    callers: Vec<&'a str>,
}

/// The demo's traffic in the conferences `keep` picks: one cluster node's
/// share (`fsconn demo --nodes`). Callers are dealt over all conferences,
/// so nobody is in two calls on two nodes; a share registers the phones of
/// its callers, the whole demo every user, as it always did.
pub fn demo_share(config: &SwitchConfig, keep: &dyn Fn(&ConferenceExtension) -> bool) -> String {
    let users: Vec<&str> = config.users.iter().map(|u| u.id.as_str()).collect();
    let numbers: Vec<&str> = config
        .conferences
        .iter()
        .map(|c| c.number.as_str())
        .collect();
    let mut whole = true;
    let mut rooms = Vec::new();
    for c in &config.conferences {
        let callers = callers_of(&c.number, &numbers, &users);
        if callers.is_empty() {
            continue;
        }
        if !keep(c) {
            whole = false;
            continue;
        }
        rooms.push(Room {
            name: &c.name,
            number: &c.number,
            callers,
        });
    }
    let phones: Vec<&str> = if whole {
        users
    } else {
        rooms.iter().flat_map(|r| r.callers.clone()).collect()
    };
    script(config, &rooms, &phones)
}

/// Registrations, joins, eight rounds of talk (the moderator's keys in the
/// fourth), everybody leaving and unregistering.
fn script(config: &SwitchConfig, rooms: &[Room], phones: &[&str]) -> String {
    let Some(main) = rooms.first() else {
        return "sleep 10000\n".into();
    };
    let moderator = config
        .users
        .iter()
        .find(|u| u.conf_flags().iter().any(|f| f == "moderator"))
        .map(|u| u.id.as_str())
        .filter(|m| main.callers.contains(m))
        .or_else(|| main.callers.first().copied())
        .unwrap_or_default();
    let mut s = String::new();
    for u in phones {
        s.push_str(&format!("sim register {u}\nsleep 150\n"));
    }
    for room in rooms {
        for u in &room.callers {
            s.push_str(&format!("sim join {} {u}\nsleep 600\n", room.number));
        }
    }
    for round in 0..8 {
        s.push_str(&talk_round(rooms, round));
        if round == 3 {
            s.push_str(&moderator_keys(main.name, moderator));
        }
    }
    for room in rooms {
        for u in room.callers.iter().rev() {
            s.push_str(&format!("sim leave {} user:{u}\nsleep 400\n", room.name));
        }
    }
    for u in phones {
        s.push_str(&format!("sim unregister {u}\nsleep 100\n"));
    }
    s.push_str("sleep 4000\n");
    s
}

/// Users numbered like the conference (`2N…` for `3N…`), shared out among
/// the conferences of that context so nobody is in two calls, at most six.
fn callers_of<'a>(number: &str, numbers: &[&str], users: &[&'a str]) -> Vec<&'a str> {
    let digit = |s: &str| s.chars().nth(1);
    let siblings: Vec<&str> = numbers
        .iter()
        .copied()
        .filter(|n| digit(n) == digit(number))
        .collect();
    let Some(slot) = siblings.iter().position(|n| *n == number) else {
        return Vec::new();
    };
    users
        .iter()
        .copied()
        .filter(|u| digit(u).is_some() && digit(u) == digit(number))
        .enumerate()
        .filter(|(i, _)| i % siblings.len() == slot)
        .map(|(_, u)| u)
        .take(6)
        .collect()
}

/// One turn in every room: someone talks, a hand goes up or down, and in
/// round 2 the last caller leaves, to come back (dialling again) in round 5.
fn talk_round(rooms: &[Room], round: usize) -> String {
    let mut s = String::new();
    for Room {
        name: room,
        number,
        callers,
    } in rooms
    {
        let speaker = callers[(round + 1) % callers.len()];
        s.push_str(&format!("sim talk {room} user:{speaker}\nsleep 900\n"));
        if callers.len() > 2 && round % 3 == 1 {
            let hand = callers[(round / 3) % (callers.len() - 1) + 1];
            s.push_str(&format!("sim dtmf {room} user:{hand} 5\n"));
        }
        s.push_str(&format!("sleep 900\nsim quiet {room} user:{speaker}\n"));
        let last = callers[callers.len() - 1];
        if callers.len() > 1 && round == 2 {
            s.push_str(&format!("sim leave {room} user:{last}\n"));
        } else if callers.len() > 1 && round == 5 {
            s.push_str(&format!("sim join {number} {last}\n"));
        }
    }
    s.push_str("sleep 800\n");
    s
}

/// The moderator's keys: mute all and back, recording on, paused, resumed
/// and stopped, lock and unlock.
fn moderator_keys(main: &str, moderator: &str) -> String {
    let mut s = format!(
        "conference {main} mute all\nsleep 2000\nconference {main} unmute all\nsleep 1500\n"
    );
    for (key, pause) in [
        ("1", 4000),
        ("2", 2000),
        ("3", 2000),
        ("4", 1500),
        ("6", 2000),
        ("7", 2000),
    ] {
        s.push_str(&format!(
            "sim dtmf {main} user:{moderator} {key}\nsleep {pause}\n"
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_steps_and_reports_bad_lines() {
        let steps = parse("# x\n\nsleep 20\napi sim join a 1  # why\nconference a lock\n").unwrap();
        assert_eq!(
            steps,
            vec![
                Step::Sleep(Duration::from_millis(20)),
                Step::Api {
                    cmd: "sim".into(),
                    args: "join a 1".into()
                },
                Step::Api {
                    cmd: "conference".into(),
                    args: "a lock".into()
                },
            ]
        );
        match parse("sleep soon") {
            Err(SimError::Scenario { line: 1, .. }) => {}
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_share_dials_only_its_conferences_and_registers_only_its_callers() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/freeswitch");
        let config = crate::read_config(&dir).unwrap();
        let whole = demo_script(&config);
        let share = demo_share(&config, &|c| c.number == "30000");
        let lines = |s: &str, prefix: &str| -> Vec<String> {
            s.lines()
                .filter(|l| l.starts_with(prefix))
                .map(str::to_string)
                .collect()
        };
        // Phones dial numbers, so a node can look the conference up.
        let joins = lines(&share, "sim join ");
        assert!(!joins.is_empty());
        assert!(
            joins.iter().all(|l| l.starts_with("sim join 30000 ")),
            "{joins:?}"
        );
        assert!(!lines(&whole, "sim join 32000 ").is_empty(), "{whole}");
        let callers: Vec<&str> = joins.iter().filter_map(|l| l.split(' ').nth(3)).collect();
        for r in lines(&share, "sim register ") {
            let id = r.trim_start_matches("sim register ");
            assert!(
                callers.contains(&id),
                "{id} registers but calls nowhere here"
            );
        }
        // The whole demo registers every user, as it always did.
        assert_eq!(lines(&whole, "sim register ").len(), config.users.len());
        assert!(parse(&share).is_ok() && parse(&whole).is_ok());
    }
}
