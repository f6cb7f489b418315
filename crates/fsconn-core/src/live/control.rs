//! Conference controls: WebSocket `exec`/`memexec` requests, the REST
//! controls and moderator phone keys, turned into `conference NAME ...`
//! event-socket commands.
//!
//! The original passed client text straight into commands, so a `\n` in a
//! conference name injected arbitrary FreeSWITCH commands. Here every input is
//! checked before a command string exists: a known control the requester's
//! context may use (`ContextDef::may_control`), no whitespace or control
//! characters anywhere, a valid conference name that is running and visible
//! to the requester, a numeric member id of that conference, numbers in
//! range, a transfer target the requester may see, a directory user to dial,
//! a prompt that is in the prompts directory. The built command is checked
//! once more for line breaks as a last line of defence.
//!
//! The API: `Control::parse` (call name + member + arguments to a typed
//! control), then `Controls::plan` (a control in a conference by a
//! `Requester` to a `Plan`). `plan_request` does both for a WebSocket frame.

use std::path::Path;

use chrono::{DateTime, Utc};

use super::protocol::{Args, ClientRequest, RecStatus, ServerMessage};
use super::state::LiveState;
use crate::fsconf;
use crate::model::ConfName;
use crate::prompts::Prompts;
use crate::settings::{ContextDef, Settings, LIVE_CONTROLS};
use fsconn_esl::Event;

/// Commands to send (`api` + `command`, none for fsconn's own state such as
/// hands) and what to do once FreeSWITCH answered with success (see
/// `Plan::succeeded`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub command: Option<String>,
    pub on_success: Vec<FollowUp>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowUp {
    /// Another command, e.g. an announcement to the conference.
    Command(String),
    /// Broadcast `LiveState::mute_all_delta(conference)`: FreeSWITCH has no
    /// event for a mute-all, only one `mute-member` per member.
    MuteAll { conference: String },
    /// `LiveState::set_hand`: hands are fsconn's, FreeSWITCH has none.
    Hand {
        conference: String,
        member: String,
        raised: bool,
    },
}

impl Plan {
    fn single(command: String) -> Plan {
        Plan {
            command: Some(command),
            on_success: Vec::new(),
        }
    }

    /// Whether FreeSWITCH's answer to a conference command means success.
    ///
    /// Not simply "starts with +OK": `recording stop` answers
    /// `Stopped recording file X\n+OK Stopped recording 0 files\n`,
    /// `recording pause` of an unknown file answers `+OK Pause ...` followed
    /// by a `-ERR` line, and `energy` answers `Energy 3 = 300\n` with no
    /// `+OK` at all.
    pub fn succeeded(reply: &str) -> bool {
        let mut ok = false;
        for line in reply.lines() {
            if line.starts_with("-ERR") {
                return false;
            }
            ok |= line.starts_with("+OK") || (line.starts_with("Energy ") && line.contains(" = "));
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
    #[error("not allowed: users of context {context} may not use {call}")]
    ControlNotAllowed { context: String, call: &'static str },
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
    #[error("{call} needs a member")]
    MissingMember { call: &'static str },
    #[error("{call} needs {field}")]
    MissingArgument {
        call: &'static str,
        field: &'static str,
    },
    #[error("{field} must be a whole number from {min} to {max}, got {value:?}")]
    OutOfRange {
        field: &'static str,
        value: String,
        min: i64,
        max: i64,
    },
    #[error("member {member} is not in conference {conference}")]
    NoSuchMember { conference: String, member: String },
    #[error("you are not a member of conference {0}")]
    NotAMember(String),
    #[error("member {0} has the floor already")]
    HasFloor(String),
    #[error("cannot transfer to {0}: no such conference you may see")]
    BadTarget(String),
    #[error("cannot transfer to the conference the member is in")]
    SameConference,
    #[error("cannot dial {0:?}: no such user in the directory")]
    NoSuchUser(String),
    #[error("no prompts directory is configured (setting prompts_dir)")]
    NoPrompts,
    #[error("cannot play {0:?}: not a prompt of the prompts directory")]
    NoSuchPrompt(String),
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
    #[error("member {0} is a moderator already")]
    AlreadyModerator(String),
    #[error("member {0} is not a moderator")]
    NotModerator(String),
    #[error("member {0}'s call is not known yet (no channel UUID); try again in a moment")]
    NoChannel(String),
}

impl ControlError {
    pub fn to_message(&self) -> ServerMessage {
        ServerMessage::error(self.to_string())
    }
}

const EXEC_CALLS: &str = "lock, unlock, startrec, pauserec, resumerec, stoprec, muteall, unmuteall, mutenonmod, unmutenonmod, kickall, dial, play, hand, lowerhand";
const MEMEXEC_CALLS: &str =
    "mute, unmute, kick, deaf, undeaf, energy, volin, volout, hup, transfer, floor, lowerhand, grantmod, revokemod";

/// Energy levels FreeSWITCH's `energy` takes (its default is 100; 0 lets
/// everything through).
pub const ENERGY_RANGE: (i64, i64) = (0, 10_000);
/// `volume_in` / `volume_out` steps; FreeSWITCH clamps to -4..4.
pub const VOLUME_RANGE: (i64, i64) = (-4, 4);

/// A member id as FreeSWITCH numbers them (digits only, checked).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberId(String);

impl MemberId {
    pub fn parse(s: &str) -> Result<MemberId, ControlError> {
        clean("member", s)?;
        if s.is_empty() || s.len() > 10 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ControlError::BadMember(s.to_string()));
        }
        Ok(MemberId(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One live control, with its checked arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Control {
    Lock,
    Unlock,
    StartRec,
    PauseRec,
    ResumeRec,
    StopRec,
    MuteAll,
    UnmuteAll,
    MuteNonMod,
    UnmuteNonMod,
    KickAll,
    /// Call a directory user's phone into the conference.
    Dial {
        user: String,
    },
    /// Play a prompt (a file name in the prompts directory).
    Play {
        file: String,
    },
    Mute(MemberId),
    Unmute(MemberId),
    Kick(MemberId),
    Deaf(MemberId),
    Undeaf(MemberId),
    Hup(MemberId),
    Floor(MemberId),
    Energy(MemberId, i64),
    VolIn(MemberId, i64),
    VolOut(MemberId, i64),
    Transfer {
        member: MemberId,
        to: ConfName,
    },
    /// Raise the requester's own hand.
    Hand,
    /// Lower the requester's own hand, or (moderators) a member's.
    LowerHand(Option<MemberId>),
    /// Give a member moderator rights (see `live::moderation`).
    GrantMod(MemberId),
    /// Take a member's moderator rights away.
    RevokeMod(MemberId),
}

impl Control {
    /// The control's name: what clients send as `call`, the REST action,
    /// and what the `controls` setting lists.
    pub fn name(&self) -> &'static str {
        use Control::*;
        match self {
            Lock => "lock",
            Unlock => "unlock",
            StartRec => "startrec",
            PauseRec => "pauserec",
            ResumeRec => "resumerec",
            StopRec => "stoprec",
            MuteAll => "muteall",
            UnmuteAll => "unmuteall",
            MuteNonMod => "mutenonmod",
            UnmuteNonMod => "unmutenonmod",
            KickAll => "kickall",
            Dial { .. } => "dial",
            Play { .. } => "play",
            Mute(_) => "mute",
            Unmute(_) => "unmute",
            Kick(_) => "kick",
            Deaf(_) => "deaf",
            Undeaf(_) => "undeaf",
            Hup(_) => "hup",
            Floor(_) => "floor",
            Energy(..) => "energy",
            VolIn(..) => "volin",
            VolOut(..) => "volout",
            Transfer { .. } => "transfer",
            Hand => "hand",
            LowerHand(_) => "lowerhand",
            GrantMod(_) => "grantmod",
            RevokeMod(_) => "revokemod",
        }
    }

    /// Reads a control from its name, member and arguments. Every value is
    /// checked here; the conference and rights are checked by the plan.
    pub fn parse(call: &str, member: Option<&str>, args: &Args) -> Result<Control, ControlError> {
        use Control::*;
        clean("call", call)?;
        let name = LIVE_CONTROLS
            .iter()
            .find(|c| **c == call)
            .copied()
            .ok_or_else(|| ControlError::UnknownCall {
                req: if member.is_some() { "memexec" } else { "exec" },
                call: call.to_string(),
                expected: if member.is_some() {
                    MEMEXEC_CALLS
                } else {
                    EXEC_CALLS
                },
            })?;
        if let Some(c) = Control::without_arguments(name) {
            return Ok(c);
        }
        let f = Fields { name, member, args };
        Ok(match name {
            "dial" => Dial {
                user: f.arg("user", &args.user)?,
            },
            "play" => Play {
                file: f.arg("file", &args.file)?,
            },
            "mute" => Mute(f.member()?),
            "unmute" => Unmute(f.member()?),
            "kick" => Kick(f.member()?),
            "deaf" => Deaf(f.member()?),
            "undeaf" => Undeaf(f.member()?),
            "hup" => Hup(f.member()?),
            "floor" => Floor(f.member()?),
            "grantmod" => GrantMod(f.member()?),
            "revokemod" => RevokeMod(f.member()?),
            "energy" => Energy(f.member()?, f.number(ENERGY_RANGE)?),
            "volin" => VolIn(f.member()?, f.number(VOLUME_RANGE)?),
            "volout" => VolOut(f.member()?, f.number(VOLUME_RANGE)?),
            "transfer" => {
                let to = f.arg("to", &args.to)?;
                Transfer {
                    member: f.member()?,
                    to: ConfName::parse(&to).map_err(|reason| ControlError::BadName {
                        name: to.clone(),
                        reason,
                    })?,
                }
            }
            _ => LowerHand(
                member
                    .or(args.member.as_deref())
                    .map(MemberId::parse)
                    .transpose()?,
            ),
        })
    }

    /// The controls that take no member and no value.
    fn without_arguments(name: &str) -> Option<Control> {
        use Control::*;
        Some(match name {
            "lock" => Lock,
            "unlock" => Unlock,
            "startrec" => StartRec,
            "pauserec" => PauseRec,
            "resumerec" => ResumeRec,
            "stoprec" => StopRec,
            "muteall" => MuteAll,
            "unmuteall" => UnmuteAll,
            "mutenonmod" => MuteNonMod,
            "unmutenonmod" => UnmuteNonMod,
            "kickall" => KickAll,
            "hand" => Hand,
            _ => return None,
        })
    }

    fn member(&self) -> Option<&MemberId> {
        use Control::*;
        match self {
            Mute(m) | Unmute(m) | Kick(m) | Deaf(m) | Undeaf(m) | Hup(m) | Floor(m) => Some(m),
            GrantMod(m) | RevokeMod(m) => Some(m),
            Energy(m, _) | VolIn(m, _) | VolOut(m, _) => Some(m),
            Transfer { member, .. } => Some(member),
            LowerHand(m) => m.as_ref(),
            _ => None,
        }
    }
}

/// Who asks: the context decides the rights, the user id finds the
/// requester's own member for `hand`.
#[derive(Debug, Clone, Copy)]
pub struct Requester<'a> {
    pub ctx: &'a ContextDef,
    pub user: &'a str,
}

/// What controls need besides the request: the live state to check against,
/// the directory (for `dial`), where recordings go, the prompts `play` may
/// use, and the time (for recording file names and hands).
#[derive(Debug, Clone, Copy)]
pub struct Controls<'a> {
    pub state: &'a LiveState,
    pub settings: &'a Settings,
    pub directory: &'a fsconf::State,
    pub recdir: &'a Path,
    /// File names in `settings.prompts_dir` (the server lists the dir).
    pub prompts: &'a [String],
    pub now: DateTime<Utc>,
}

/// Plans a WebSocket control from a client.
pub fn plan_request(
    ctl: &Controls<'_>,
    who: Requester<'_>,
    request: &ClientRequest,
) -> Result<Plan, ControlError> {
    let (conference, control) = match request {
        ClientRequest::Exec {
            conference,
            call,
            args,
        } => (conference, Control::parse(call, None, args)?),
        ClientRequest::MemExec {
            conference,
            call,
            member,
            args,
        } => (conference, Control::parse(call, Some(member), args)?),
        ClientRequest::Init { .. } | ClientRequest::InitReg => {
            return Err(ControlError::NotAControl)
        }
    };
    ctl.plan(who, conference, &control)
}

impl Controls<'_> {
    /// `{"req":"exec","conference":..,"call":..}` without arguments.
    pub fn exec(
        &self,
        viewer: &ContextDef,
        conference: &str,
        call: &str,
    ) -> Result<Plan, ControlError> {
        let control = Control::parse(call, None, &Args::default())?;
        self.plan(
            Requester {
                ctx: viewer,
                user: "",
            },
            conference,
            &control,
        )
    }

    /// `{"req":"memexec","conference":..,"call":..,"member":..}` without
    /// arguments.
    pub fn memexec(
        &self,
        viewer: &ContextDef,
        conference: &str,
        call: &str,
        member: &str,
    ) -> Result<Plan, ControlError> {
        let control = Control::parse(call, Some(member), &Args::default())?;
        self.plan(
            Requester {
                ctx: viewer,
                user: "",
            },
            conference,
            &control,
        )
    }

    /// Checks rights, the conference, the member and the arguments against
    /// the state, then builds the commands.
    pub fn plan(
        &self,
        who: Requester<'_>,
        conference: &str,
        control: &Control,
    ) -> Result<Plan, ControlError> {
        let call = control.name();
        if !LIVE_CONTROLS.iter().any(|c| who.ctx.may_control(c)) {
            return Err(ControlError::NotAllowed(who.ctx.name.clone()));
        }
        if !who.ctx.may_control(call) {
            return Err(ControlError::ControlNotAllowed {
                context: who.ctx.name.clone(),
                call,
            });
        }
        let name = self.check_conference(who.ctx, conference)?;
        if let Some(m) = control.member() {
            if !self.state.has_member(name.as_str(), m.as_str()) {
                return Err(ControlError::NoSuchMember {
                    conference: name.to_string(),
                    member: m.as_str().to_string(),
                });
            }
        }
        guard(self.build(who, &name, control)?)
    }

    fn build(
        &self,
        who: Requester<'_>,
        name: &ConfName,
        control: &Control,
    ) -> Result<Plan, ControlError> {
        use Control::*;
        let n = name.as_str();
        let cmd = |rest: String| Ok(Plan::single(format!("conference {n} {rest}")));
        match control {
            Lock => cmd("lock".into()),
            Unlock => cmd("unlock".into()),
            MuteAll => Ok(Plan {
                command: Some(format!("conference {n} mute all")),
                on_success: vec![FollowUp::MuteAll {
                    conference: n.to_string(),
                }],
            }),
            UnmuteAll => cmd("unmute all".into()),
            MuteNonMod => cmd("mute non_moderator".into()),
            UnmuteNonMod => cmd("unmute non_moderator".into()),
            KickAll => cmd("kick all".into()),
            StartRec | PauseRec | ResumeRec | StopRec => self.recording(name, control),
            Mute(m) => cmd(format!("mute {}", m.as_str())),
            Unmute(m) => cmd(format!("unmute {}", m.as_str())),
            Kick(m) => cmd(format!("kick {}", m.as_str())),
            Deaf(m) => cmd(format!("deaf {}", m.as_str())),
            Undeaf(m) => cmd(format!("undeaf {}", m.as_str())),
            Hup(m) => cmd(format!("hup {}", m.as_str())),
            Energy(m, v) => cmd(format!("energy {} {v}", m.as_str())),
            VolIn(m, v) => cmd(format!("volume_in {} {v}", m.as_str())),
            VolOut(m, v) => cmd(format!("volume_out {} {v}", m.as_str())),
            Floor(m) => self.floor(name, m),
            Transfer { member, to } => self.transfer(who, name, member, to),
            Dial { user } => self.dial(name, user),
            Play { file } => self.play(name, file),
            Hand => self.hand(who, name, None, true),
            LowerHand(m) => self.hand(who, name, m.as_ref(), false),
            GrantMod(m) => self.moderator(name, m, true),
            RevokeMod(m) => self.moderator(name, m, false),
        }
    }

    fn recording(&self, name: &ConfName, control: &Control) -> Result<Plan, ControlError> {
        let n = name.as_str();
        let (status, file) = recording_of(self.state, n);
        let refuse = |e: fn(String) -> ControlError| Err(e(n.to_string()));
        let verb = match (control, status) {
            (Control::StartRec, RecStatus::Norec) => {
                let path = recording_path(self.recdir, name, self.now)?;
                return Ok(Plan::single(format!(
                    "conference {n} recording start {path}"
                )));
            }
            (Control::StartRec, _) => return refuse(ControlError::AlreadyRecording),
            (_, RecStatus::Norec) => return refuse(ControlError::NotRecording),
            (Control::PauseRec, RecStatus::Paused) => return refuse(ControlError::AlreadyPaused),
            (Control::ResumeRec, RecStatus::Running) => return refuse(ControlError::NotPaused),
            (Control::PauseRec, _) => "pause",
            (Control::ResumeRec, _) => "resume",
            _ => "stop",
        };
        Ok(Plan::single(format!(
            "conference {n} recording {verb} {file}"
        )))
    }

    /// FreeSWITCH refuses `floor N` while another member holds the floor
    /// (`-ERR floor is held by 1`); releasing it first (`floor <holder>`)
    /// makes the move possible.
    fn floor(&self, name: &ConfName, m: &MemberId) -> Result<Plan, ControlError> {
        let n = name.as_str();
        let give = format!("conference {n} floor {}", m.as_str());
        match self.state.floor_holder(n) {
            Some(h) if h == m.as_str() => Err(ControlError::HasFloor(h)),
            Some(h) => Ok(Plan {
                command: Some(format!("conference {n} floor {h}")),
                on_success: vec![FollowUp::Command(give)],
            }),
            None => Ok(Plan::single(give)),
        }
    }

    /// To a dialplan conference the requester may see, with its profile
    /// (without one FreeSWITCH would use profile `default`).
    fn transfer(
        &self,
        who: Requester<'_>,
        name: &ConfName,
        m: &MemberId,
        to: &ConfName,
    ) -> Result<Plan, ControlError> {
        if to == name {
            return Err(ControlError::SameConference);
        }
        let t = to.as_str();
        if !self.state.may_see_dialplan(t, who.ctx, self.settings)
            && !self.state.is_visible(t, who.ctx, self.settings)
        {
            return Err(ControlError::BadTarget(t.to_string()));
        }
        let target = match self.state.conftype_of(t) {
            Some(profile) => format!("{t}@{profile}"),
            None => t.to_string(),
        };
        Ok(Plan::single(format!(
            "conference {name} transfer {target} {}",
            m.as_str()
        )))
    }

    /// `bgdial` (the answer comes as a `bgdial-result` event) of the user's
    /// directory entry, showing the conference as the caller.
    fn dial(&self, name: &ConfName, user: &str) -> Result<Plan, ControlError> {
        let known = self
            .directory
            .users
            .iter()
            .any(|u| u.id.0.to_string() == user);
        if !known || !user.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ControlError::NoSuchUser(user.to_string()));
        }
        let n = name.as_str();
        let number = self.state.num_of(n).unwrap_or("0000000000");
        let vars = originate_vars(&self.directory.vars);
        Ok(Plan::single(format!(
            "conference {n} bgdial {vars}user/{user} {number} {n}"
        )))
    }

    /// Only a file the prompts directory holds, by its bare name: never a
    /// path from the client.
    fn play(&self, name: &ConfName, file: &str) -> Result<Plan, ControlError> {
        let dir = self
            .settings
            .prompts_dir
            .as_deref()
            .ok_or(ControlError::NoPrompts)?;
        let bare = !file.starts_with('.')
            && file
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
        if !bare || !self.prompts.iter().any(|p| p == file) {
            return Err(ControlError::NoSuchPrompt(file.to_string()));
        }
        let path = dir.join(file).to_string_lossy().into_owned();
        if path.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(ControlError::BadCharacters {
                field: "prompts_dir",
            });
        }
        Ok(Plan::single(format!("conference {name} play {path}")))
    }

    /// Own hand(s): the members of the requester's user in the conference.
    /// Lowering another member's hand is a moderator's act: it needs the
    /// right to `mute`.
    fn hand(
        &self,
        who: Requester<'_>,
        name: &ConfName,
        member: Option<&MemberId>,
        raised: bool,
    ) -> Result<Plan, ControlError> {
        let n = name.as_str();
        let own = self.state.members_of_user(n, who.user);
        let targets = match member {
            Some(m) if !own.iter().any(|o| o == m.as_str()) => {
                if !who.ctx.may_control("mute") {
                    return Err(ControlError::ControlNotAllowed {
                        context: who.ctx.name.clone(),
                        call: "lowerhand",
                    });
                }
                vec![m.as_str().to_string()]
            }
            Some(m) => vec![m.as_str().to_string()],
            None if own.is_empty() || who.user.is_empty() => {
                return Err(ControlError::NotAMember(n.to_string()))
            }
            None => own,
        };
        Ok(Plan {
            command: None,
            on_success: targets
                .into_iter()
                .map(|member| FollowUp::Hand {
                    conference: n.to_string(),
                    member,
                    raised,
                })
                .collect(),
        })
    }

    /// Characters, name, then running and visible. A conference the
    /// requester may not see gets the same answer as one that is not running,
    /// so controls do not reveal which team conferences exist.
    fn check_conference(
        &self,
        viewer: &ContextDef,
        conference: &str,
    ) -> Result<ConfName, ControlError> {
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

/// Last check on the finished commands: whatever slipped through above, a
/// line break never reaches the event socket.
fn guard(plan: Plan) -> Result<Plan, ControlError> {
    let commands = plan
        .command
        .iter()
        .chain(plan.on_success.iter().filter_map(|f| match f {
            FollowUp::Command(c) => Some(c),
            _ => None,
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

/// The channel variables a call the conference places must carry itself:
/// an originate runs no dialplan, so the `rtp_secure_media` and
/// `media_timeout` every call in gets from its context would be missing
/// (a real FreeSWITCH offered plain RTP/AVP to phones that require SRTP).
/// Taken from `vars.xml` (`secure_media`, `media_timeout`), the values the
/// dialplan uses; a value that could break the originate string is left
/// out. Empty when neither is set.
fn originate_vars(vars: &std::collections::BTreeMap<String, String>) -> String {
    let safe = |v: &&String| {
        !v.is_empty()
            && v.chars()
                .all(|c| c.is_ascii_alphanumeric() || "_:.-".contains(c))
    };
    let set: Vec<String> = [
        ("rtp_secure_media", "secure_media"),
        ("media_timeout", "media_timeout"),
    ]
    .iter()
    .filter_map(|(var, global)| vars.get(*global).filter(safe).map(|v| format!("{var}={v}")))
    .collect();
    if set.is_empty() {
        return String::new();
    }
    format!("{{{}}}", set.join(","))
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
    let data = event.get("Data")?;
    let mut plan = on_dtmf(
        state,
        event.get("Conference-Name")?,
        data,
        recdir,
        prompts,
        now,
    )?;
    if data == "muteall" {
        plan.on_success.push(unmute_presser(&plan, event)?);
    }
    Some(plan)
}

/// `*` means "mute everybody else". `mute all` mutes moderators too, the
/// one who pressed the key included, and `mute non_moderator` would leave
/// every other moderator talking (team conferences are all moderators), so
/// the key mutes all and then unmutes the presser, quietly (no
/// "you are unmuted" prompt in their ear). `None` when the event names no
/// member fsconn could put into a command: then the key does nothing.
fn unmute_presser(plan: &Plan, event: &Event) -> Option<FollowUp> {
    let member = event.get("Member-ID")?;
    if member.is_empty() || !member.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mute = plan.command.as_deref()?;
    let conference = mute
        .strip_prefix("conference ")?
        .strip_suffix(" mute all")?;
    Some(FollowUp::Command(format!(
        "conference {conference} unmute {member} quiet"
    )))
}

/// The audit entry of a moderator's key that acts on the conference (an
/// announcement alone changes nothing and is not recorded): who pressed it
/// (the member's directory user and that user's context, from `phone`),
/// the control as clients name it, and its arguments.
pub fn phone_key_audit(
    state: &LiveState,
    event: &Event,
    plan: &Plan,
    settings: &Settings,
) -> Option<(crate::audit::Actor, &'static str, serde_json::Value)> {
    plan.command.as_ref()?;
    let control = match event.get("Data")? {
        "muteall" => "muteall",
        "conferencelock" => "lock",
        "conferenceunlock" => "unlock",
        "startrecording" => "startrec",
        "pauserecording" => "pauserec",
        "resumerecording" => "resumerec",
        "stoprecording" => "stoprec",
        _ => return None,
    };
    let conference = event.get("Conference-Name")?;
    let confid = event.get("Member-ID")?;
    let member = state.member_in(conference, confid);
    let user = member.map_or_else(
        || {
            event
                .get("Caller-Username")
                .unwrap_or("unknown")
                .to_string()
        },
        |m| m.name.clone(),
    );
    let context = member
        .and_then(|m| m.id.parse::<u32>().ok())
        .and_then(|id| settings.contexts.iter().find(|c| c.users.contains(id)))
        .map(|c| c.name.clone());
    let who = crate::audit::Actor {
        user,
        context,
        from: "phone".into(),
    };
    let args = serde_json::json!({ "conference": conference, "member": confid });
    Some((who, control, args))
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
        command: Some(command),
        on_success: vec![FollowUp::Command(play(file))],
    };
    let (status, file) = recording_of(state, n);
    let p = prompts;
    let plan = match (data, status) {
        ("muteall", _) => Plan {
            command: Some(format!("conference {n} mute all")),
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

/// A control's member and arguments, read with the control's name in every
/// error.
struct Fields<'a> {
    name: &'static str,
    member: Option<&'a str>,
    args: &'a Args,
}

impl Fields<'_> {
    fn member(&self) -> Result<MemberId, ControlError> {
        let m = self
            .member
            .ok_or(ControlError::MissingMember { call: self.name })?;
        MemberId::parse(m)
    }

    fn arg(&self, field: &'static str, v: &Option<String>) -> Result<String, ControlError> {
        let v = v.clone().ok_or(ControlError::MissingArgument {
            call: self.name,
            field,
        })?;
        clean(field, &v)?;
        Ok(v)
    }

    /// `value`, a whole number in `min..=max`.
    fn number(&self, (min, max): (i64, i64)) -> Result<i64, ControlError> {
        let v = self.arg("value", &self.args.value)?;
        v.parse::<i64>()
            .ok()
            .filter(|n| (min..=max).contains(n))
            .ok_or(ControlError::OutOfRange {
                field: "value",
                value: v,
                min,
                max,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::live::tests::{busy_state, ctx, xml};
    use fsconn_esl::codec::{decode_all, Message, MessageKind};

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2021-08-31T12:09:15.578Z")
            .expect("time")
            .with_timezone(&Utc)
    }

    fn recdir() -> &'static Path {
        Path::new("/recordings")
    }

    /// Directory users 20000-20002 (team), 21000 (friends), 22000 (public).
    fn directory() -> fsconf::State {
        let user = |id: u32, context: &str| crate::model::User {
            id: crate::model::UserId(id),
            password: "napw".into(),
            conpin: String::new(),
            context: context.into(),
            name: format!("user{id}"),
            email: String::new(),
            polymac: String::new(),
            conf_flags: None,
        };
        fsconf::State {
            users: vec![
                user(20000, "team"),
                user(20001, "team"),
                user(20002, "team"),
                user(21000, "friends"),
                user(22000, "public"),
            ],
            ..xml()
        }
    }

    fn who(ctx: &ContextDef) -> Requester<'_> {
        Requester { ctx, user: "" }
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
            directory: &directory(),
            recdir: recdir(),
            prompts: &[],
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
            directory: &directory(),
            recdir: recdir(),
            prompts: &[],
            now: now(),
        };
        ctl.memexec(&ctx(&settings, context), conf, call, member)
    }

    fn command(r: Result<Plan, ControlError>) -> String {
        match r {
            Ok(plan) => plan.command.expect("a command"),
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
                command: Some("conference team_g722 mute all".into()),
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
            memexec(&state, "team", "team_g722", "shutdown", "7"),
            Err(ControlError::UnknownCall { req: "memexec", .. })
        ));
    }

    #[test]
    fn public_users_control_nothing_but_their_hand() {
        let state = busy_state();
        let refused = |call: &'static str| ControlError::ControlNotAllowed {
            context: "public".into(),
            call,
        };
        assert_eq!(
            exec(&state, "public", "public_g722", "lock"),
            Err(refused("lock"))
        );
        assert_eq!(
            memexec(&state, "public", "public_g722", "mute", "9"),
            Err(refused("mute"))
        );
        assert_eq!(
            refused("lock").to_message().to_json_string(),
            r#"{"event":"error","error":"not allowed: users of context public may not use lock"}"#
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
            r#"{"event":"error","error":"unknown exec call \"reboot\"; expected one of: lock, unlock, startrec, pauserec, resumerec, stoprec, muteall, unmuteall, mutenonmod, unmutenonmod, kickall, dial, play, hand, lowerhand"}"#
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
            directory: &directory(),
            recdir: Path::new("/my recordings"),
            prompts: &[],
            now: now(),
        };
        let req = ClientRequest::Exec {
            conference: "public_g722".into(),
            call: "startrec".into(),
            args: Args::default(),
        };
        assert!(matches!(
            plan_request(&ctl, who(&team), &req),
            Err(ControlError::BadRecordingPath(_))
        ));
        let req = ClientRequest::MemExec {
            conference: "public_g722".into(),
            call: "mute".into(),
            member: "9".into(),
            args: Args::default(),
        };
        assert_eq!(
            plan_request(&ctl, who(&team), &req).map(|p| p.command),
            Ok(Some("conference public_g722 mute 9".to_string()))
        );
        assert_eq!(
            plan_request(
                &ctl,
                who(&team),
                &ClientRequest::Init {
                    version: crate::live::Version::V1
                }
            ),
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
            command: Some(play(file)),
            on_success: vec![],
        })
    }

    fn act(command: &str, file: &str) -> Option<Plan> {
        Some(Plan {
            command: Some(command.into()),
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
        let not_recording = "ivr/ivr-recording_stopped.wav";
        let paused_hint = "ivr/ivr-recording_paused.wav";
        // Paused.
        assert_eq!(dtmf(&state, "startrecording"), announce(paused_hint));
        assert_eq!(dtmf(&state, "pauserecording"), announce(paused_hint));
        assert_eq!(dtmf(&state, "checkrecording"), announce(paused_hint));
        assert_eq!(
            dtmf(&state, "resumerecording"),
            act(
                &format!("conference team_g722 recording resume {file}"),
                "ivr/ivr-recording_started.wav"
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
            announce("ivr/ivr-recording_started.wav")
        );
        assert_eq!(
            dtmf(&state, "resumerecording"),
            announce("ivr/ivr-recording_started.wav")
        );
        assert_eq!(
            dtmf(&state, "checkrecording"),
            announce("ivr/ivr-recording_started.wav")
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
                command: Some("conference team_g722 mute all".into()),
                on_success: vec![FollowUp::MuteAll {
                    conference: "team_g722".into()
                }],
            })
        );
        assert_eq!(
            dtmf(&state, "conferencelock").and_then(|p| p.command),
            Some("conference team_g722 lock".into())
        );
        assert_eq!(
            dtmf(&state, "conferenceunlock").and_then(|p| p.command),
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
            "{}/../../tests/fixtures/esl/session-events-plain.s2c.raw",
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
                plans.push((data.to_string(), plan.command.unwrap_or_default()));
            }
            state.apply(&ev);
        }
        let file = "/recordings/team_g722-events.wav";
        let want = [
            ("startrecording", "conference team_g722 recording start /recordings/team_g722-2021-08-31T12:09:15.578Z.wav".to_string()),
            // The api had started its own recording in between.
            ("pauserecording", format!("conference team_g722 recording pause {file}")),
            ("resumerecording", format!("conference team_g722 recording resume {file}")),
            ("checkrecording", play("ivr/ivr-recording_started.wav")),
            // The api stopped it before the key.
            ("stoprecording", play("ivr/ivr-recording_stopped.wav")),
            ("conferencelock", "conference team_g722 lock".to_string()),
            ("conferenceunlock", "conference team_g722 unlock".to_string()),
            ("muteall", "conference team_g722 mute all".to_string()),
        ];
        let want: Vec<(String, String)> =
            want.into_iter().map(|(k, c)| (k.to_string(), c)).collect();
        assert_eq!(plans, want);
    }

    #[allow(clippy::too_many_arguments)]
    fn plan_as(
        state: &LiveState,
        settings: &Settings,
        context: &str,
        user: &str,
        conf: &str,
        call: &str,
        member: Option<&str>,
        args: Args,
    ) -> Result<Plan, ControlError> {
        let prompts = ["welcome.wav".to_string()];
        let ctl = Controls {
            state,
            settings,
            directory: &directory(),
            recdir: recdir(),
            prompts: &prompts,
            now: now(),
        };
        let c = ctx(settings, context);
        let control = Control::parse(call, member, &args)?;
        ctl.plan(Requester { ctx: &c, user }, conf, &control)
    }

    fn v2(call: &str, member: Option<&str>, args: Args) -> Result<Plan, ControlError> {
        let mut settings = Settings::defaults();
        settings.prompts_dir = Some("/srv/prompts".into());
        plan_as(
            &busy_state(),
            &settings,
            "team",
            "20002",
            "team_g722",
            call,
            member,
            args,
        )
    }

    fn value(v: &str) -> Args {
        Args {
            value: Some(v.into()),
            ..Args::default()
        }
    }

    /// The commands are those session-controls and session-dial sent to a
    /// real FreeSWITCH.
    #[test]
    fn v2_controls_are_the_recorded_commands() {
        let cmd = |r: Result<Plan, ControlError>| command(r);
        let none = Args::default;
        assert_eq!(
            cmd(v2("deaf", Some("7"), none())),
            "conference team_g722 deaf 7"
        );
        assert_eq!(
            cmd(v2("undeaf", Some("7"), none())),
            "conference team_g722 undeaf 7"
        );
        assert_eq!(
            cmd(v2("energy", Some("7"), value("300"))),
            "conference team_g722 energy 7 300"
        );
        assert_eq!(
            cmd(v2("volin", Some("7"), value("2"))),
            "conference team_g722 volume_in 7 2"
        );
        assert_eq!(
            cmd(v2("volout", Some("7"), value("-1"))),
            "conference team_g722 volume_out 7 -1"
        );
        assert_eq!(
            cmd(v2("unmuteall", None, none())),
            "conference team_g722 unmute all"
        );
        assert_eq!(
            cmd(v2("mutenonmod", None, none())),
            "conference team_g722 mute non_moderator"
        );
        assert_eq!(
            cmd(v2("unmutenonmod", None, none())),
            "conference team_g722 unmute non_moderator"
        );
        assert_eq!(
            cmd(v2("hup", Some("8"), none())),
            "conference team_g722 hup 8"
        );
        let to = |c: &str| Args {
            to: Some(c.into()),
            ..Args::default()
        };
        assert_eq!(
            cmd(v2("transfer", Some("8"), to("friends_opus"))),
            "conference team_g722 transfer friends_opus@48kHz-video 8"
        );
        let user = Args {
            user: Some("21000".into()),
            ..Args::default()
        };
        assert_eq!(
            cmd(v2("dial", None, user)),
            "conference team_g722 bgdial user/21000 30000 team_g722"
        );
        let file = |f: &str| Args {
            file: Some(f.into()),
            ..Args::default()
        };
        assert_eq!(
            cmd(v2("play", None, file("welcome.wav"))),
            "conference team_g722 play /srv/prompts/welcome.wav"
        );
        // 7 holds the floor: giving it to 8 releases it first.
        assert_eq!(
            v2("floor", Some("8"), none()),
            Ok(Plan {
                command: Some("conference team_g722 floor 7".into()),
                on_success: vec![FollowUp::Command("conference team_g722 floor 8".into())],
            })
        );
        assert_eq!(
            v2("floor", Some("7"), none()),
            Err(ControlError::HasFloor("7".into()))
        );
        // Own hand: 20002 is member 7.
        assert_eq!(
            v2("hand", None, none()),
            Ok(Plan {
                command: None,
                on_success: vec![FollowUp::Hand {
                    conference: "team_g722".into(),
                    member: "7".into(),
                    raised: true
                }],
            })
        );
    }

    #[test]
    fn v2_values_are_checked_before_any_command_exists() {
        let none = Args::default;
        let range = |field, value: &str, min, max| {
            Err(ControlError::OutOfRange {
                field,
                value: value.into(),
                min,
                max,
            })
        };
        assert_eq!(
            v2("energy", Some("7"), value("-1")),
            range("value", "-1", 0, 10000)
        );
        assert_eq!(
            v2("energy", Some("7"), value("1e3")),
            range("value", "1e3", 0, 10000)
        );
        assert_eq!(
            v2("volin", Some("7"), value("5")),
            range("value", "5", -4, 4)
        );
        assert_eq!(
            v2("volout", Some("7"), value("-5")),
            range("value", "-5", -4, 4)
        );
        assert_eq!(
            v2("energy", Some("7"), none()),
            Err(ControlError::MissingArgument {
                call: "energy",
                field: "value"
            })
        );
        assert_eq!(
            v2("volin", Some("7"), value("2\nfsctl shutdown")),
            Err(ControlError::BadCharacters { field: "value" })
        );
        assert_eq!(
            v2("deaf", None, none()),
            Err(ControlError::MissingMember { call: "deaf" })
        );
        assert_eq!(
            v2("deaf", Some("99"), none()),
            Err(ControlError::NoSuchMember {
                conference: "team_g722".into(),
                member: "99".into()
            })
        );
        let to = |c: &str| Args {
            to: Some(c.into()),
            ..Args::default()
        };
        assert_eq!(
            v2("transfer", Some("8"), to("team_g722")),
            Err(ControlError::SameConference)
        );
        assert_eq!(
            v2("transfer", Some("8"), to("nosuch")),
            Err(ControlError::BadTarget("nosuch".into()))
        );
        assert!(matches!(
            v2("transfer", Some("8"), to("../x")),
            Err(ControlError::BadName { .. })
        ));
        for u in ["29999", "20000@evil", "abc", "../21000"] {
            let user = Args {
                user: Some(u.into()),
                ..Args::default()
            };
            assert_eq!(
                v2("dial", None, user),
                Err(ControlError::NoSuchUser(u.into()))
            );
        }
        let file = |f: &str| Args {
            file: Some(f.into()),
            ..Args::default()
        };
        for f in ["../etc/passwd", "/etc/passwd", "missing.wav", ".hidden.wav"] {
            assert_eq!(
                v2("play", None, file(f)),
                Err(ControlError::NoSuchPrompt(f.into())),
                "{f}"
            );
        }
        let settings = Settings::defaults();
        let user = Args {
            file: Some("welcome.wav".into()),
            ..Args::default()
        };
        assert_eq!(
            plan_as(
                &busy_state(),
                &settings,
                "team",
                "20002",
                "team_g722",
                "play",
                None,
                user
            ),
            Err(ControlError::NoPrompts)
        );
        // Not a member: no own hand to raise.
        assert_eq!(
            plan_as(
                &busy_state(),
                &settings,
                "team",
                "20001",
                "team_g722",
                "hand",
                None,
                none()
            ),
            Err(ControlError::NotAMember("team_g722".into()))
        );
    }

    /// Context × control with the default settings: team and friends
    /// everything (on conferences they see), public only their own hand.
    #[test]
    fn permission_matrix() {
        let settings = Settings::defaults();
        let state = busy_state();
        for call in LIVE_CONTROLS {
            for context in ["team", "friends", "public"] {
                let c = ctx(&settings, context);
                let want = context != "public" || matches!(*call, "hand" | "lowerhand");
                assert_eq!(c.may_control(call), want, "{context} {call}");
                // Through the planner: refusal by right comes first.
                let member = (!matches!(
                    *call,
                    "lock"
                        | "unlock"
                        | "startrec"
                        | "pauserec"
                        | "resumerec"
                        | "stoprec"
                        | "muteall"
                        | "unmuteall"
                        | "mutenonmod"
                        | "unmutenonmod"
                        | "kickall"
                        | "dial"
                        | "play"
                        | "hand"
                        | "lowerhand"
                ))
                .then_some("9");
                let args = Args {
                    value: Some("1".into()),
                    to: Some("team_g722".into()),
                    user: Some("21000".into()),
                    file: Some("welcome.wav".into()),
                    member: None,
                };
                let r = plan_as(
                    &state,
                    &settings,
                    context,
                    "22000",
                    "public_g722",
                    call,
                    member,
                    args,
                );
                let refused = matches!(r, Err(ControlError::ControlNotAllowed { .. }));
                assert_eq!(refused, !want, "{context} {call}: {r:?}");
            }
        }
        // Public lowers its own hand only.
        let r = plan_as(
            &state,
            &settings,
            "public",
            "22000",
            "public_g722",
            "lowerhand",
            Some("9"),
            Args::default(),
        );
        assert!(r.is_ok(), "{r:?}");
        let r = plan_as(
            &state,
            &settings,
            "public",
            "22001",
            "public_g722",
            "lowerhand",
            Some("9"),
            Args::default(),
        );
        assert!(
            matches!(
                r,
                Err(ControlError::ControlNotAllowed {
                    call: "lowerhand",
                    ..
                })
            ),
            "{r:?}"
        );
        // A setting changes the matrix.
        let mut custom = Settings::defaults();
        for c in &mut custom.contexts {
            if c.name == "friends" {
                c.controls = Some(vec!["mute".into(), "unmute".into()]);
            }
        }
        let friends = ctx(&custom, "friends");
        assert!(friends.may_control("mute"));
        assert!(!friends.may_control("kick"));
        assert!(!friends.may_control("hand"));
    }
}
