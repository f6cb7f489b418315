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
use crate::model::ConfName;
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

/// What a moderator's key (`conference::maintenance` `Action: dtmf` with
/// `Data`) asks for: the command to send and, on success, the announcement.
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
    now: DateTime<Utc>,
) -> Option<Plan> {
    let name = ConfName::parse(conference).ok()?;
    if !state.is_running(name.as_str()) {
        return None;
    }
    let n = name.as_str();
    let play = |file: &str| format!("conference {n} play conference/{file}");
    let announce = |file: &str| Plan::single(play(file));
    let act = |command: String, file: &str| Plan {
        command,
        on_success: vec![FollowUp::Command(play(file))],
    };
    let (status, file) = recording_of(state, n);
    let not_recording = "not_recording_to_start_press_start.wav";
    let paused_hint = "recording_paused_to_resume_press_resume.wav";
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
                "recording_started.wav",
            )
        }
        ("startrecording", RecStatus::Running) => announce("already_recording.wav"),
        ("startrecording", RecStatus::Paused) => announce(paused_hint),
        ("pauserecording", RecStatus::Running) => act(
            format!("conference {n} recording pause {file}"),
            "recording_paused.wav",
        ),
        ("pauserecording", RecStatus::Paused) => announce(paused_hint),
        ("resumerecording", RecStatus::Paused) => act(
            format!("conference {n} recording resume {file}"),
            "resuming_recording.wav",
        ),
        ("resumerecording", RecStatus::Running) => announce("already_recording.wav"),
        ("stoprecording", RecStatus::Running | RecStatus::Paused) => act(
            format!("conference {n} recording stop {file}"),
            "recording_stopped.wav",
        ),
        ("checkrecording", RecStatus::Running) => announce("already_recording.wav"),
        ("checkrecording", RecStatus::Paused) => announce(paused_hint),
        (
            "pauserecording" | "resumerecording" | "stoprecording" | "checkrecording",
            RecStatus::Norec,
        ) => announce(not_recording),
        _ => return None,
    };
    guard(plan).ok()
}
