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
//! conference team_g722 mute all
//! ```
//!
//! Commands run in order against the simulated switch; a reply starting with
//! `-ERR` is logged and the script goes on (a kicked member cannot leave).

use std::sync::Arc;
use std::time::Duration;

use super::config::SwitchConfig;
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

/// The built-in demo: phones register, people join, talk, get muted, a
/// moderator presses keys, everybody leaves; a gentle pace, forever.
pub fn demo_script(config: &SwitchConfig) -> String {
    let mut s = String::new();
    let confs: Vec<&str> = config
        .conferences
        .iter()
        .map(|c| c.name.as_str())
        .take(2)
        .collect();
    let users: Vec<&str> = config.users.iter().map(|u| u.id.as_str()).take(6).collect();
    let Some(&main) = confs.first() else {
        return "sleep 10000\n".into();
    };
    let moderator = config
        .users
        .iter()
        .find(|u| u.conf_flags().iter().any(|f| f == "moderator"))
        .map(|u| u.id.as_str())
        .or_else(|| users.first().copied());
    let Some(moderator) = moderator else {
        return "sleep 10000\n".into();
    };
    let others: Vec<&str> = users.iter().copied().filter(|u| *u != moderator).collect();
    for u in &users {
        s.push_str(&format!("sim register {u}\nsleep 400\n"));
    }
    s.push_str(&format!(
        "sleep 1500\nsim join {main} {moderator}\nsleep 2000\n"
    ));
    if let Some(o) = others.first() {
        s.push_str(&format!(
            "sim join {main} {o}\nsleep 1500\nsim talk {main} user:{o}\nsleep 2500\n"
        ));
    }
    if let (Some(second), Some(o)) = (confs.get(1), others.get(1)) {
        s.push_str(&format!("sim join {second} {o}\nsleep 2000\n"));
    }
    s.push_str(&format!(
        "conference {main} mute all\nsleep 2000\nconference {main} unmute all\nsleep 1500\n\
         sim dtmf {main} user:{moderator} 1\nsleep 4000\nsim dtmf {main} user:{moderator} 2\nsleep 2000\n\
         sim dtmf {main} user:{moderator} 3\nsleep 2000\nsim dtmf {main} user:{moderator} 4\nsleep 1500\n\
         sim talk {main} user:{moderator}\nsleep 2500\nsim dtmf {main} user:{moderator} 6\nsleep 2000\n\
         sim dtmf {main} user:{moderator} 7\nsleep 2000\n"
    ));
    if let (Some(second), Some(o)) = (confs.get(1), others.get(1)) {
        s.push_str(&format!("sim leave {second} user:{o}\nsleep 1500\n"));
    }
    if let Some(o) = others.first() {
        s.push_str(&format!("sim leave {main} user:{o}\nsleep 1500\n"));
    }
    s.push_str(&format!("sim leave {main} user:{moderator}\nsleep 2000\n"));
    for u in &users {
        s.push_str(&format!("sim unregister {u}\nsleep 300\n"));
    }
    s.push_str("sleep 4000\n");
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
}
