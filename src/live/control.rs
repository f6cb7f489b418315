//! Conference controls: WebSocket `exec`/`memexec` requests and moderator
//! phone keys, turned into `conference NAME ...` event-socket commands.
//!
//! The original passed client text straight into commands, so a `\n` in a
//! conference name injected arbitrary FreeSWITCH commands. Here every input is
//! checked before a command string exists: no whitespace or control
//! characters anywhere, a valid conference name that is running and visible
//! to the requester, a numeric member id of that conference. The built command
//! is checked once more for line breaks as a last line of defence.

use std::path::Path;

use chrono::{DateTime, Utc};

use super::protocol::{ClientRequest, RecStatus, ServerMessage};
use super::state::LiveState;
use crate::esl::Event;
use crate::model::ConfName;
use crate::prompts::Prompts;
use crate::settings::{ContextDef, Role, Settings};

/// A command to send (`api`/`bgapi` + `command`) and what to do once
/// FreeSWITCH answered it with success (see `Plan::succeeded`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub command: String,
    pub on_success: Vec<FollowUp>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowUp {
    /// Another command, e.g. an announcement to the conference.
    Command(String),
    /// Broadcast `LiveState::mute_all_delta(conference)`: FreeSWITCH has no
    /// event for a mute-all, only one `mute-member` per member.
    MuteAll { conference: String },
}

impl Plan {
    fn single(command: String) -> Plan {
        Plan {
            command,
            on_success: Vec::new(),
        }
    }

    /// Whether FreeSWITCH's answer to a conference command means success.
    ///
    /// Not simply "starts with +OK": `recording stop` answers
    /// `Stopped recording file X\n+OK Stopped recording 0 files\n`, and
    /// `recording pause` of an unknown file answers `+OK Pause ...` followed
    /// by a `-ERR` line.
    pub fn succeeded(reply: &str) -> bool {
        let mut ok = false;
        for line in reply.lines() {
            if line.starts_with("-ERR") {
                return false;
            }
            ok |= line.starts_with("+OK");
        }
        ok
    }
}

/// Why a control was refused. The text goes to the client as
/// `{"event":"error","error":...}` and says what to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ControlError {
    #[error("not allowed: users of context {0} cannot control conferences")]
    NotAllowed(String),
    #[error("{field} must not contain spaces, line breaks or control characters")]
    BadCharacters { field: &'static str },
    #[error("invalid conference name {name:?}: {reason}")]
    BadName { name: String, reason: String },
    #[error("conference {0} is not running")]
    NotRunning(String),
    #[error("unknown {req} call {call:?}; expected one of: {expected}")]
    UnknownCall {
        req: &'static str,
        call: String,
        expected: &'static str,
    },
    #[error("member must be a member id (digits only), got {0:?}")]
    BadMember(String),
    #[error("member {member} is not in conference {conference}")]
    NoSuchMember { conference: String, member: String },
    #[error("conference {0} is already being recorded")]
    AlreadyRecording(String),
    #[error("conference {0} is not being recorded")]
    NotRecording(String),
    #[error("the recording of conference {0} is already paused")]
    AlreadyPaused(String),
    #[error("the recording of conference {0} is not paused")]
    NotPaused(String),
    #[error("recording file {0:?} cannot be passed to FreeSWITCH (spaces or line breaks in the recordings directory?)")]
    BadRecordingPath(String),
    #[error("init and initreg are not conference controls")]
    NotAControl,
}

impl ControlError {
    pub fn to_message(&self) -> ServerMessage {
        ServerMessage::error(self.to_string())
    }
}

const EXEC_CALLS: &str = "lock, unlock, startrec, pauserec, resumerec, stoprec, muteall, kickall";
const MEMEXEC_CALLS: &str = "mute, unmute, kick";

/// What controls need besides the request: the live state to check against,
/// where recordings go, and the time (for recording file names).
#[derive(Debug, Clone, Copy)]
pub struct Controls<'a> {
    pub state: &'a LiveState,
    pub settings: &'a Settings,
    pub recdir: &'a Path,
    pub now: DateTime<Utc>,
}

/// Plans a WebSocket control from a client of context `viewer`.
pub fn plan_request(
    ctl: &Controls<'_>,
    viewer: &ContextDef,
    request: &ClientRequest,
) -> Result<Plan, ControlError> {
    match request {
        ClientRequest::Exec { conference, call } => ctl.exec(viewer, conference, call),
        ClientRequest::MemExec {
            conference,
            call,
            member,
        } => ctl.memexec(viewer, conference, call, member),
        ClientRequest::Init | ClientRequest::InitReg => Err(ControlError::NotAControl),
    }
}

impl Controls<'_> {
    /// `{"req":"exec","conference":..,"call":..}`.
    pub fn exec(
        &self,
        viewer: &ContextDef,
        conference: &str,
        call: &str,
    ) -> Result<Plan, ControlError> {
        let name = self.check_conference(viewer, conference)?;
        clean("call", call)?;
        let n = name.as_str();
        let plan = match call {
            "lock" => Plan::single(format!("conference {n} lock")),
            "unlock" => Plan::single(format!("conference {n} unlock")),
            "muteall" => Plan {
                command: format!("conference {n} mute all"),
                on_success: vec![FollowUp::MuteAll {
                    conference: n.to_string(),
                }],
            },
            "kickall" => Plan::single(format!("conference {n} kick all")),
            "startrec" | "pauserec" | "resumerec" | "stoprec" => {
                let (status, file) = recording_of(self.state, n);
                let refuse = |e: fn(String) -> ControlError| Err(e(n.to_string()));
                let verb = match (call, status) {
                    ("startrec", RecStatus::Norec) => {
                        let path = recording_path(self.recdir, &name, self.now)?;
                        return guard(Plan::single(format!(
                            "conference {n} recording start {path}"
                        )));
                    }
                    ("startrec", _) => return refuse(ControlError::AlreadyRecording),
                    (_, RecStatus::Norec) => return refuse(ControlError::NotRecording),
                    ("pauserec", RecStatus::Paused) => return refuse(ControlError::AlreadyPaused),
                    ("resumerec", RecStatus::Running) => return refuse(ControlError::NotPaused),
                    ("pauserec", _) => "pause",
                    ("resumerec", _) => "resume",
                    _ => "stop",
                };
                Plan::single(format!("conference {n} recording {verb} {file}"))
            }
            _ => {
                return Err(ControlError::UnknownCall {
                    req: "exec",
                    call: call.to_string(),
                    expected: EXEC_CALLS,
                })
            }
        };
        guard(plan)
    }

    /// `{"req":"memexec","conference":..,"call":..,"member":..}`.
    pub fn memexec(
        &self,
        viewer: &ContextDef,
        conference: &str,
        call: &str,
        member: &str,
    ) -> Result<Plan, ControlError> {
        let name = self.check_conference(viewer, conference)?;
        clean("call", call)?;
        clean("member", member)?;
        if member.is_empty() || !member.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ControlError::BadMember(member.to_string()));
        }
        let verb = match call {
            "mute" | "unmute" | "kick" => call,
            _ => {
                return Err(ControlError::UnknownCall {
                    req: "memexec",
                    call: call.to_string(),
                    expected: MEMEXEC_CALLS,
                })
            }
        };
        if !self.state.has_member(name.as_str(), member) {
            return Err(ControlError::NoSuchMember {
                conference: name.to_string(),
                member: member.to_string(),
            });
        }
        guard(Plan::single(format!("conference {name} {verb} {member}")))
    }

    /// Rights, characters, name, then running and visible. A conference the
    /// requester may not see gets the same answer as one that is not running,
    /// so controls do not reveal which team conferences exist.
    fn check_conference(
        &self,
        viewer: &ContextDef,
        conference: &str,
    ) -> Result<ConfName, ControlError> {
        if viewer.role == Role::Disallow {
            return Err(ControlError::NotAllowed(viewer.name.clone()));
        }
        clean("conference", conference)?;
        let name = ConfName::parse(conference).map_err(|reason| ControlError::BadName {
            name: conference.to_string(),
            reason,
        })?;
        if !self.state.is_visible(conference, viewer, self.settings) {
            return Err(ControlError::NotRunning(conference.to_string()));
        }
        Ok(name)
    }
}

fn clean(field: &'static str, value: &str) -> Result<(), ControlError> {
    if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(ControlError::BadCharacters { field });
    }
    Ok(())
}

/// Last check on the finished command: whatever slipped through above, a
/// line break never reaches the event socket.
fn guard(plan: Plan) -> Result<Plan, ControlError> {
    let commands =
        std::iter::once(&plan.command).chain(plan.on_success.iter().filter_map(|f| match f {
            FollowUp::Command(c) => Some(c),
            FollowUp::MuteAll { .. } => None,
        }));
    for c in commands {
        if c.contains(['\r', '\n']) {
            return Err(ControlError::BadCharacters { field: "command" });
        }
    }
    Ok(plan)
}

fn recording_of(state: &LiveState, conference: &str) -> (RecStatus, String) {
    match state.recording(conference) {
        Some(r) => (r.status, r.file.unwrap_or_default()),
        None => (RecStatus::Norec, String::new()),
    }
}

/// `<recdir>/<CONFNAME>-<ISO-8601 UTC with milliseconds>.wav`, the name the
/// recordings API and existing archives expect.
fn recording_path(
    recdir: &Path,
    name: &ConfName,
    now: DateTime<Utc>,
) -> Result<String, ControlError> {
    let file = format!("{name}-{}.wav", now.format("%Y-%m-%dT%H:%M:%S%.3fZ"));
    let path = recdir.join(file).to_string_lossy().into_owned();
    if path.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(ControlError::BadRecordingPath(path));
    }
    Ok(path)
}

/// `on_dtmf` for an event straight from the event socket; `None` for
/// anything but a `conference::maintenance` `dtmf` action.
pub fn on_dtmf_event(
    state: &LiveState,
    event: &Event,
    recdir: &Path,
    prompts: &Prompts,
    now: DateTime<Utc>,
) -> Option<Plan> {
    if event.subclass() != Some("conference::maintenance") || event.get("Action") != Some("dtmf") {
        return None;
    }
    on_dtmf(
        state,
        event.get("Conference-Name")?,
        event.get("Data")?,
        recdir,
        prompts,
        now,
    )
}

/// What a moderator's key (`conference::maintenance` `Action: dtmf` with
/// `Data`) asks for: the command to send and, on success, the announcement
/// (one of the configured `prompts`).
///
/// When there is nothing to act on, the plan is only an announcement telling
/// the moderator why (e.g. "not recording, press start"). `None` for keys we
/// do not handle and for conferences we do not know or whose name could not
/// safely go into a command.
pub fn on_dtmf(
    state: &LiveState,
    conference: &str,
    data: &str,
    recdir: &Path,
    prompts: &Prompts,
    now: DateTime<Utc>,
) -> Option<Plan> {
    let name = ConfName::parse(conference).ok()?;
    if !state.is_running(name.as_str()) {
        return None;
    }
    let n = name.as_str();
    let play = |file: &str| format!("conference {n} play {file}");
    let announce = |file: &str| Plan::single(play(file));
    let act = |command: String, file: &str| Plan {
        command,
        on_success: vec![FollowUp::Command(play(file))],
    };
    let (status, file) = recording_of(state, n);
    let p = prompts;
    let plan = match (data, status) {
        ("muteall", _) => Plan {
            command: format!("conference {n} mute all"),
            on_success: vec![FollowUp::MuteAll {
                conference: n.to_string(),
            }],
        },
        ("conferencelock", _) => Plan::single(format!("conference {n} lock")),
        ("conferenceunlock", _) => Plan::single(format!("conference {n} unlock")),
        ("startrecording", RecStatus::Norec) => {
            let path = recording_path(recdir, &name, now).ok()?;
            act(
                format!("conference {n} recording start {path}"),
                &p.recording_started,
            )
        }
        ("startrecording", RecStatus::Running) => announce(&p.already_recording),
        ("startrecording", RecStatus::Paused) => announce(&p.paused_press_resume),
        ("pauserecording", RecStatus::Running) => act(
            format!("conference {n} recording pause {file}"),
            &p.recording_paused,
        ),
        ("pauserecording", RecStatus::Paused) => announce(&p.paused_press_resume),
        ("resumerecording", RecStatus::Paused) => act(
            format!("conference {n} recording resume {file}"),
            &p.recording_resumed,
        ),
        ("resumerecording", RecStatus::Running) => announce(&p.already_recording),
        ("stoprecording", RecStatus::Running | RecStatus::Paused) => act(
            format!("conference {n} recording stop {file}"),
            &p.recording_stopped,
        ),
        ("checkrecording", RecStatus::Running) => announce(&p.already_recording),
        ("checkrecording", RecStatus::Paused) => announce(&p.paused_press_resume),
        (
            "pauserecording" | "resumerecording" | "stoprecording" | "checkrecording",
            RecStatus::Norec,
        ) => announce(&p.not_recording_press_start),
        _ => return None,
    };
    guard(plan).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::esl::codec::{decode_all, Message, MessageKind};
    use crate::live::tests::{busy_state, ctx, xml};

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2021-08-31T12:09:15.578Z")
            .expect("time")
            .with_timezone(&Utc)
    }

    fn recdir() -> &'static Path {
        Path::new("/recordings")
    }

    /// busy_state: team_g722 (members 7 and 8, locked, recording paused) and
    /// public_g722 (member 9, not recording); friends_opus not running.
    fn exec(
        state: &LiveState,
        context: &str,
        conf: &str,
        call: &str,
    ) -> Result<Plan, ControlError> {
        let settings = Settings::defaults();
        let ctl = Controls {
            state,
            settings: &settings,
            recdir: recdir(),
            now: now(),
        };
        ctl.exec(&ctx(&settings, context), conf, call)
    }

    fn memexec(
        state: &LiveState,
        context: &str,
        conf: &str,
        call: &str,
        member: &str,
    ) -> Result<Plan, ControlError> {
        let settings = Settings::defaults();
        let ctl = Controls {
            state,
            settings: &settings,
            recdir: recdir(),
            now: now(),
        };
        ctl.memexec(&ctx(&settings, context), conf, call, member)
    }

    fn command(r: Result<Plan, ControlError>) -> String {
        match r {
            Ok(plan) => plan.command,
            Err(e) => panic!("refused: {e}"),
        }
    }

    fn event(headers: &[(&str, &str)]) -> Event {
        Event {
            headers: headers.iter().copied().collect(),
            body: None,
        }
    }

    fn recording_event(action: &str, conf: &str, path: &str) -> Event {
        event(&[
            ("Event-Subclass", "conference::maintenance"),
            ("Event-Name", "CUSTOM"),
            ("Conference-Name", conf),
            ("Action", action),
            ("Path", path),
        ])
    }

    #[test]
    fn exec_calls_map_to_conference_commands() {
        let state = busy_state();
        let team = |call: &str| command(exec(&state, "team", "team_g722", call));
        assert_eq!(team("lock"), "conference team_g722 lock");
        assert_eq!(team("unlock"), "conference team_g722 unlock");
        assert_eq!(team("kickall"), "conference team_g722 kick all");
        assert_eq!(
            exec(&state, "team", "team_g722", "muteall"),
            Ok(Plan {
                command: "conference team_g722 mute all".into(),
                on_success: vec![FollowUp::MuteAll {
                    conference: "team_g722".into()
                }],
            })
        );
        // Friends control friends and public conferences.
        assert_eq!(
            command(exec(&state, "friends", "public_g722", "startrec")),
            "conference public_g722 recording start /recordings/public_g722-2021-08-31T12:09:15.578Z.wav"
        );
    }

    #[test]
    fn recording_controls_follow_the_recording_state() {
        let mut state = busy_state();
        let file = "/recordings/team_g722-x.wav";
        // Paused.
        assert_eq!(
            exec(&state, "team", "team_g722", "startrec"),
            Err(ControlError::AlreadyRecording("team_g722".into()))
        );
        assert_eq!(
            exec(&state, "team", "team_g722", "pauserec"),
            Err(ControlError::AlreadyPaused("team_g722".into()))
        );
        assert_eq!(
            command(exec(&state, "team", "team_g722", "resumerec")),
            format!("conference team_g722 recording resume {file}")
        );
        assert_eq!(
            command(exec(&state, "team", "team_g722", "stoprec")),
            format!("conference team_g722 recording stop {file}")
        );
        // Running.
        state.apply(&recording_event("resume-recording", "team_g722", file));
        assert_eq!(
            command(exec(&state, "team", "team_g722", "pauserec")),
            format!("conference team_g722 recording pause {file}")
        );
        assert_eq!(
            exec(&state, "team", "team_g722", "resumerec"),
            Err(ControlError::NotPaused("team_g722".into()))
        );
        // None.
        state.apply(&recording_event("stop-recording", "team_g722", file));
        for call in ["pauserec", "resumerec", "stoprec"] {
            assert_eq!(
                exec(&state, "team", "team_g722", call),
                Err(ControlError::NotRecording("team_g722".into()))
            );
        }
        assert_eq!(
            command(exec(&state, "team", "team_g722", "startrec")),
            "conference team_g722 recording start /recordings/team_g722-2021-08-31T12:09:15.578Z.wav"
        );
    }

    #[test]
    fn memexec_calls_map_to_member_commands() {
        let state = busy_state();
        for call in ["mute", "unmute", "kick"] {
            assert_eq!(
                command(memexec(&state, "team", "team_g722", call, "8")),
                format!("conference team_g722 {call} 8")
            );
        }
        assert_eq!(
            command(memexec(&state, "friends", "public_g722", "kick", "9")),
            "conference public_g722 kick 9"
        );
    }

    #[test]
    fn injection_attempts_are_refused_before_any_command_exists() {
        let state = busy_state();
        let bad = ControlError::BadCharacters {
            field: "conference",
        };
        for conf in [
            "team_g722\napi fsctl shutdown",
            "team_g722\r\n",
            "team_g722 lock",
            "team_g722\tlock",
            " team_g722",
            "team_g722\u{0}",
        ] {
            assert_eq!(
                exec(&state, "team", conf, "lock"),
                Err(bad.clone()),
                "{conf:?}"
            );
            assert_eq!(
                memexec(&state, "team", conf, "kick", "7"),
                Err(bad.clone()),
                "{conf:?}"
            );
        }
        assert_eq!(
            exec(&state, "team", "team_g722", "lock\napi fsctl shutdown"),
            Err(ControlError::BadCharacters { field: "call" })
        );
        for member in ["7\n", "7 8", "7\r\napi fsctl shutdown"] {
            assert_eq!(
                memexec(&state, "team", "team_g722", "kick", member),
                Err(ControlError::BadCharacters { field: "member" })
            );
        }
        for member in ["", "abc", "-1", "7;8", "all"] {
            assert_eq!(
                memexec(&state, "team", "team_g722", "kick", member),
                Err(ControlError::BadMember(member.into()))
            );
        }
    }

    #[test]
    fn names_must_be_valid_running_and_visible() {
        let state = busy_state();
        assert!(matches!(
            exec(&state, "team", "../etc", "lock"),
            Err(ControlError::BadName { .. })
        ));
        assert!(matches!(
            exec(&state, "team", "", "lock"),
            Err(ControlError::BadName { .. })
        ));
        for conf in ["nosuch", "friends_opus"] {
            assert_eq!(
                exec(&state, "team", conf, "muteall"),
                Err(ControlError::NotRunning(conf.into()))
            );
        }
        // A friend naming a team conference learns nothing about it.
        assert_eq!(
            exec(&state, "friends", "team_g722", "lock"),
            Err(ControlError::NotRunning("team_g722".into()))
        );
        assert_eq!(
            memexec(&state, "friends", "team_g722", "kick", "7"),
            Err(ControlError::NotRunning("team_g722".into()))
        );
        // Members must belong to the named conference.
        assert_eq!(
            memexec(&state, "team", "team_g722", "kick", "9"),
            Err(ControlError::NoSuchMember {
                conference: "team_g722".into(),
                member: "9".into()
            })
        );
        assert!(matches!(
            exec(&state, "team", "team_g722", "shutdown"),
            Err(ControlError::UnknownCall { req: "exec", .. })
        ));
        assert!(matches!(
            memexec(&state, "team", "team_g722", "deaf", "7"),
            Err(ControlError::UnknownCall { req: "memexec", .. })
        ));
    }

    #[test]
    fn public_users_control_nothing() {
        let state = busy_state();
        let refused = ControlError::NotAllowed("public".into());
        assert_eq!(
            exec(&state, "public", "public_g722", "lock"),
            Err(refused.clone())
        );
        assert_eq!(
            memexec(&state, "public", "public_g722", "mute", "9"),
            Err(refused.clone())
        );
        assert_eq!(
            refused.to_message().to_json_string(),
            r#"{"event":"error","error":"not allowed: users of context public cannot control conferences"}"#
        );
    }

    #[test]
    fn errors_reach_the_client_as_helpful_json() {
        let state = busy_state();
        let text = |r: Result<Plan, ControlError>| match r {
            Err(e) => e.to_message().to_json_string(),
            Ok(p) => panic!("accepted {p:?}"),
        };
        assert_eq!(
            text(exec(&state, "team", "nosuch", "startrec")),
            r#"{"event":"error","error":"conference nosuch is not running"}"#
        );
        assert_eq!(
            text(exec(&state, "team", "team_g722", "reboot")),
            r#"{"event":"error","error":"unknown exec call \"reboot\"; expected one of: lock, unlock, startrec, pauserec, resumerec, stoprec, muteall, kickall"}"#
        );
    }

    #[test]
    fn requests_dispatch_and_recordings_dir_is_checked() {
        let state = busy_state();
        let settings = Settings::defaults();
        let team = ctx(&settings, "team");
        let ctl = Controls {
            state: &state,
            settings: &settings,
            recdir: Path::new("/my recordings"),
            now: now(),
        };
        let req = ClientRequest::Exec {
            conference: "public_g722".into(),
            call: "startrec".into(),
        };
        assert!(matches!(
            plan_request(&ctl, &team, &req),
            Err(ControlError::BadRecordingPath(_))
        ));
        let req = ClientRequest::MemExec {
            conference: "public_g722".into(),
            call: "mute".into(),
            member: "9".into(),
        };
        assert_eq!(
            plan_request(&ctl, &team, &req).map(|p| p.command),
            Ok("conference public_g722 mute 9".to_string())
        );
        assert_eq!(
            plan_request(&ctl, &team, &ClientRequest::Init),
            Err(ControlError::NotAControl)
        );
    }

    #[test]
    fn success_is_read_from_freeswitchs_real_replies() {
        for ok in [
            "+OK team_g722 locked\n",
            "+OK mute 3\n+OK mute 2\n+OK mute 1\n",
            "+OK Record file /recordings/x.wav\n",
            "Stopped recording file /recordings/x.wav\n+OK Stopped recording 0 files\n",
            "+OK (play) Playing file conference/recording_started.wav\n",
        ] {
            assert!(Plan::succeeded(ok), "{ok:?}");
        }
        for err in [
            "-ERR Conference team_g722 not found\n",
            "-ERR Non-Existant ID 9999\n",
            "+OK Pause recording file /recordings/nosuch.wav\n-ERR non-existant recording '/recordings/nosuch.wav'\n",
            "",
            "garbage",
        ] {
            assert!(!Plan::succeeded(err), "{err:?}");
        }
    }

    fn dtmf(state: &LiveState, data: &str) -> Option<Plan> {
        on_dtmf(
            state,
            "team_g722",
            data,
            recdir(),
            &Prompts::default(),
            now(),
        )
    }

    fn play(file: &str) -> String {
        format!("conference team_g722 play {file}")
    }

    fn announce(file: &str) -> Option<Plan> {
        Some(Plan {
            command: play(file),
            on_success: vec![],
        })
    }

    fn act(command: &str, file: &str) -> Option<Plan> {
        Some(Plan {
            command: command.into(),
            on_success: vec![FollowUp::Command(play(file))],
        })
    }

    #[test]
    fn announcements_are_the_configured_prompts() {
        let state = busy_state();
        let prompts = Prompts {
            paused_press_resume: "/opt/sounds/paused.wav".into(),
            recording_resumed: "custom/resumed.wav".into(),
            ..Prompts::default()
        };
        let plan = |data| on_dtmf(&state, "team_g722", data, recdir(), &prompts, now());
        assert_eq!(plan("checkrecording"), announce("/opt/sounds/paused.wav"));
        let resumed = plan("resumerecording").unwrap();
        assert_eq!(
            resumed.on_success,
            vec![FollowUp::Command(play("custom/resumed.wav"))]
        );
    }

    #[test]
    fn moderator_keys_act_or_explain() {
        let file = "/recordings/team_g722-x.wav";
        let mut state = busy_state();
        let not_recording = "conference/conf-no_longer_being_recorded.wav";
        let paused_hint = "ivr/ivr-recording_paused.wav";
        // Paused.
        assert_eq!(dtmf(&state, "startrecording"), announce(paused_hint));
        assert_eq!(dtmf(&state, "pauserecording"), announce(paused_hint));
        assert_eq!(dtmf(&state, "checkrecording"), announce(paused_hint));
        assert_eq!(
            dtmf(&state, "resumerecording"),
            act(
                &format!("conference team_g722 recording resume {file}"),
                "conference/conf-being_recorded.wav"
            )
        );
        assert_eq!(
            dtmf(&state, "stoprecording"),
            act(
                &format!("conference team_g722 recording stop {file}"),
                "ivr/ivr-recording_stopped.wav"
            )
        );
        // Running.
        state.apply(&recording_event("resume-recording", "team_g722", file));
        assert_eq!(
            dtmf(&state, "startrecording"),
            announce("conference/conf-being_recorded.wav")
        );
        assert_eq!(
            dtmf(&state, "resumerecording"),
            announce("conference/conf-being_recorded.wav")
        );
        assert_eq!(
            dtmf(&state, "checkrecording"),
            announce("conference/conf-being_recorded.wav")
        );
        assert_eq!(
            dtmf(&state, "pauserecording"),
            act(
                &format!("conference team_g722 recording pause {file}"),
                "ivr/ivr-recording_paused.wav"
            )
        );
        // None.
        state.apply(&recording_event("stop-recording", "team_g722", file));
        for key in [
            "pauserecording",
            "resumerecording",
            "stoprecording",
            "checkrecording",
        ] {
            assert_eq!(dtmf(&state, key), announce(not_recording), "{key}");
        }
        assert_eq!(
            dtmf(&state, "startrecording"),
            act(
                "conference team_g722 recording start /recordings/team_g722-2021-08-31T12:09:15.578Z.wav",
                "ivr/ivr-recording_started.wav"
            )
        );
        // Whatever the recording does.
        assert_eq!(
            dtmf(&state, "muteall"),
            Some(Plan {
                command: "conference team_g722 mute all".into(),
                on_success: vec![FollowUp::MuteAll {
                    conference: "team_g722".into()
                }],
            })
        );
        assert_eq!(
            dtmf(&state, "conferencelock").map(|p| p.command),
            Some("conference team_g722 lock".into())
        );
        assert_eq!(
            dtmf(&state, "conferenceunlock").map(|p| p.command),
            Some("conference team_g722 unlock".into())
        );
        assert_eq!(dtmf(&state, "vol-talk-up"), None);
        assert_eq!(
            on_dtmf(
                &state,
                "friends_opus",
                "muteall",
                recdir(),
                &Prompts::default(),
                now()
            ),
            None
        );
        assert_eq!(
            on_dtmf(
                &state,
                "team_g722 x",
                "muteall",
                recdir(),
                &Prompts::default(),
                now()
            ),
            None
        );
    }

    /// The moderator of session-events pressed 1 2 3 5 4 6 7 *; with the
    /// state the events built up to each key, these are the plans.
    #[test]
    fn moderator_keys_of_the_real_capture() {
        let path = format!(
            "{}/tests/fixtures/esl/session-events-plain.s2c.raw",
            env!("CARGO_MANIFEST_DIR")
        );
        let data = std::fs::read(path).expect("fixture");
        let (msgs, _) = decode_all::<Message>(&data).expect("decodes");
        let mut state =
            LiveState::from_snapshot("[]", "{\"row_count\": 0}", &xml()).expect("empty");
        let mut plans = Vec::new();
        for m in msgs.iter().filter(|m| m.kind() == MessageKind::EventPlain) {
            let ev = m.event().expect("event");
            if let Some(plan) = on_dtmf_event(&state, &ev, recdir(), &Prompts::default(), now()) {
                let data = ev.get("Data").unwrap_or_default();
                plans.push((data.to_string(), plan.command));
            }
            state.apply(&ev);
        }
        let file = "/recordings/team_g722-events.wav";
        let want = [
            ("startrecording", "conference team_g722 recording start /recordings/team_g722-2021-08-31T12:09:15.578Z.wav".to_string()),
            // The api had started its own recording in between.
            ("pauserecording", format!("conference team_g722 recording pause {file}")),
            ("resumerecording", format!("conference team_g722 recording resume {file}")),
            ("checkrecording", play("conference/conf-being_recorded.wav")),
            // The api stopped it before the key.
            ("stoprecording", play("conference/conf-no_longer_being_recorded.wav")),
            ("conferencelock", "conference team_g722 lock".to_string()),
            ("conferenceunlock", "conference team_g722 unlock".to_string()),
            ("muteall", "conference team_g722 mute all".to_string()),
        ];
        let want: Vec<(String, String)> =
            want.into_iter().map(|(k, c)| (k.to_string(), c)).collect();
        assert_eq!(plans, want);
    }
}
