//! The `/api/live` WebSocket protocol: every message a client may send and
//! every message the server sends, as serde types.
//!
//! Existing web clients parse these messages, so the JSON must match
//! api-reference.md byte for byte where it can: key names, key order (serde
//! writes fields in declaration order and the tag of an internally tagged enum
//! first), `{}` for "no member" and string member ids. The tests at the bottom
//! pin each shape to the text of the reference.

use bytes::Bytes;
use serde::{Deserialize, Serialize, Serializer};

/// A conference member as clients see it.
///
/// `id` is the user's number, `confid` FreeSWITCH's member id (the one
/// `memexec` takes). Both are strings on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub name: String,
    pub id: String,
    pub confid: String,
    pub mute: bool,
    /// Protocol v2 only; `None` in everything a v1 client receives, so its
    /// bytes stay what the original sent.
    #[serde(flatten)]
    pub v2: Option<MemberV2>,
}

impl Member {
    /// The v1 shape: the same member without the v2 fields.
    pub fn v1(&self) -> Member {
        Member {
            v2: None,
            ..self.clone()
        }
    }
}

/// What protocol v2 adds to a member, all from FreeSWITCH's own events
/// (`hand` is fsconn's: FreeSWITCH has no raised hands).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct MemberV2 {
    pub talking: bool,
    pub deaf: bool,
    pub moderator: bool,
    /// When the member joined (ISO 8601 UTC), if known.
    pub joined: Option<String>,
    pub energy: i64,
    pub volume_in: i64,
    pub volume_out: i64,
    pub hand: Hand,
}

/// A raised hand and since when.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Hand {
    pub raised: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
}

/// Which protocol a client speaks: v1 (the original's, the default) or v2
/// (opted in with `{"req":"init","version":2}` or `?v=2`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Version {
    #[default]
    V1,
    V2,
}

/// A member slot that may be empty (`floor`, `lastjoin`, `lastleave`): the
/// reference writes an empty object rather than `null` for "nobody".
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(from = "MaybeMemberRepr")]
pub struct MaybeMember(pub Option<Member>);

#[derive(Deserialize)]
#[serde(untagged)]
enum MaybeMemberRepr {
    Member(Member),
    Empty {},
}

impl From<MaybeMemberRepr> for MaybeMember {
    fn from(r: MaybeMemberRepr) -> Self {
        match r {
            MaybeMemberRepr::Member(m) => MaybeMember(Some(m)),
            MaybeMemberRepr::Empty {} => MaybeMember(None),
        }
    }
}

impl Serialize for MaybeMember {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match &self.0 {
            Some(m) => m.serialize(s),
            None => s.serialize_map(Some(0))?.end(),
        }
    }
}

/// Recording state of a conference: `{"status":"norec"}`, or `running` /
/// `paused` with the file FreeSWITCH writes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordingView {
    pub status: RecStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// v2: when the running recording started (ISO 8601 UTC), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RecStatus {
    Norec,
    Running,
    Paused,
}

/// A running conference, as in the `init` reply and `newConference`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConferenceView {
    pub name: String,
    pub context: String,
    #[serde(rename = "type")]
    pub conftype: String,
    pub num: String,
    pub recording: RecordingView,
    pub locked: bool,
    pub floor: MaybeMember,
    pub lastjoin: MaybeMember,
    pub lastleave: MaybeMember,
    pub memcount: usize,
    pub members: Vec<Member>,
    /// Protocol v2 only.
    #[serde(flatten)]
    pub v2: Option<ConferenceV2>,
}

/// What protocol v2 adds to a conference.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ConferenceV2 {
    /// When FreeSWITCH created the conference (ISO 8601 UTC), if known.
    pub started: Option<String>,
    /// Members wait until a moderator joins (FreeSWITCH's `wait-mod`
    /// flag, still set). Written only when true, so earlier v2 clients see
    /// the bytes they saw.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub wait_mod: bool,
    /// The FreeSWITCH node hosting the conference, with `[[node]]`
    /// settings (a cluster); left out in file mode, so single-switch v2
    /// clients see the bytes they saw.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node: Option<String>,
    /// Every node on which a conference of this name runs, while it runs on
    /// more than one (a split: its callers landed on different mixers and do
    /// not hear each other). Left out while empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub split: Vec<String>,
}

/// A SIP registration: `regid` is FreeSWITCH's call-id, `sipcon` the
/// phone's `ip:port`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registration {
    pub id: String,
    pub regid: String,
    pub sipcon: String,
}

/// Why a recording stopped, as far as FreeSWITCH's `stop-recording` event
/// tells: it carries no cause, so a stop while members remain may be a
/// command (fsconn, fs_cli, a key) or FreeSWITCH giving up on the file (a
/// write error, a full disk).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum StopReason {
    /// The conference had no members left: FreeSWITCH ends its recordings
    /// when the last member leaves.
    LastMemberLeft,
    /// Members were still there.
    Stopped,
}

/// Everything the server sends over the WebSocket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "event")]
pub enum ServerMessage {
    /// Answer to `init` / `initreg`.
    #[serde(rename = "reply")]
    Reply(Reply),
    /// FreeSWITCH reloaded its XML: clients re-fetch users and conferences.
    #[serde(rename = "newXML")]
    NewXml,
    /// Boxed: a whole conference is much larger than every other message.
    #[serde(rename = "newConference")]
    NewConference { data: Box<ConferenceView> },
    #[serde(rename = "delConference")]
    DelConference { conference: String },
    #[serde(rename = "newMember")]
    NewMember { conference: String, data: Member },
    /// `data` is the leaving member's `confid`.
    #[serde(rename = "delMember")]
    DelMember { conference: String, data: String },
    #[serde(rename = "floorchange")]
    FloorChange { conference: String, data: Member },
    /// `data` is the member's `confid`.
    #[serde(rename = "mute")]
    Mute { conference: String, data: String },
    #[serde(rename = "unmute")]
    Unmute { conference: String, data: String },
    #[serde(rename = "muteAll")]
    MuteAll { conference: String },
    #[serde(rename = "lock")]
    Lock { conference: String },
    #[serde(rename = "unlock")]
    Unlock { conference: String },
    #[serde(rename = "recStart")]
    RecStart {
        conference: String,
        file: String,
        /// v2 only: when the recording started.
        #[serde(skip_serializing_if = "Option::is_none")]
        started: Option<String>,
    },
    #[serde(rename = "recPause")]
    RecPause { conference: String, file: String },
    #[serde(rename = "recResume")]
    RecResume { conference: String, file: String },
    #[serde(rename = "recStop")]
    RecStop {
        conference: String,
        /// v2 only: why the recording stopped (see `StopReason`).
        #[serde(skip_serializing_if = "Option::is_none")]
        reason: Option<StopReason>,
    },
    #[serde(rename = "addReg")]
    AddReg { user: Registration },
    #[serde(rename = "delReg")]
    DelReg { user: Registration },
    #[serde(rename = "error")]
    Error { error: String },
    // ---- protocol v2 only ----
    /// `data` is the member's `confid`, as in `mute`.
    #[serde(rename = "startTalking")]
    StartTalking { conference: String, data: String },
    #[serde(rename = "stopTalking")]
    StopTalking { conference: String, data: String },
    #[serde(rename = "deaf")]
    Deaf { conference: String, data: String },
    #[serde(rename = "undeaf")]
    Undeaf { conference: String, data: String },
    /// The member's fields that have no event of their own changed
    /// (energy, volumes, moderator): the whole member, v2 shape.
    #[serde(rename = "memberChange")]
    MemberChange { conference: String, data: Member },
    #[serde(rename = "hand")]
    Hand {
        conference: String,
        data: String,
        raised: bool,
        #[serde(skip_serializing_if = "Option::is_none")]
        since: Option<String>,
    },
    /// The answer to a `dial`: FreeSWITCH's `bgdial-result`.
    /// v2: a conference of this name runs on several nodes (`nodes`), or
    /// no longer does (`nodes` empty). Cluster mode only.
    #[serde(rename = "split")]
    Split {
        conference: String,
        nodes: Vec<String>,
    },
    #[serde(rename = "dialResult")]
    DialResult { conference: String, result: String },
    /// A control was carried out (v2 clients learn that their request
    /// reached FreeSWITCH; the state change comes as its own event).
    #[serde(rename = "done")]
    Done {
        conference: String,
        call: String,
        reply: String,
    },
}

/// The two replies share `"event":"reply"` and differ by `"reply"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reply")]
pub enum Reply {
    #[serde(rename = "init")]
    Init { data: Vec<ConferenceView> },
    #[serde(rename = "initreg")]
    InitReg { data: Vec<Registration> },
}

impl ServerMessage {
    pub fn error(text: impl Into<String>) -> Self {
        ServerMessage::Error { error: text.into() }
    }

    pub fn init(data: Vec<ConferenceView>) -> Self {
        ServerMessage::Reply(Reply::Init { data })
    }

    pub fn initreg(data: Vec<Registration>) -> Self {
        ServerMessage::Reply(Reply::InitReg { data })
    }

    /// The conference a message is about, if any; visibility is decided by it.
    pub fn conference(&self) -> Option<&str> {
        use ServerMessage::*;
        match self {
            NewConference { data } => Some(&data.name),
            DelConference { conference }
            | NewMember { conference, .. }
            | DelMember { conference, .. }
            | FloorChange { conference, .. }
            | Mute { conference, .. }
            | Unmute { conference, .. }
            | MuteAll { conference }
            | Lock { conference }
            | Unlock { conference }
            | RecStart { conference, .. }
            | RecPause { conference, .. }
            | RecResume { conference, .. }
            | RecStop { conference, .. }
            | StartTalking { conference, .. }
            | StopTalking { conference, .. }
            | Deaf { conference, .. }
            | Undeaf { conference, .. }
            | MemberChange { conference, .. }
            | Hand { conference, .. }
            | DialResult { conference, .. }
            | Split { conference, .. }
            | Done { conference, .. } => Some(conference),
            Reply(_) | NewXml | AddReg { .. } | DelReg { .. } | Error { .. } => None,
        }
    }

    /// The text frame to send. Serialize once and share the bytes between
    /// clients: with hundreds of clients, per-client encoding would dominate.
    pub fn to_json_bytes(&self) -> Bytes {
        match serde_json::to_vec(self) {
            Ok(v) => Bytes::from(v),
            // Unreachable for these types (string keys, no maps with other
            // keys, no floats); still, never take the server down over it.
            Err(e) => Bytes::from(
                serde_json::json!({"event": "error", "error": format!("internal: {e}")})
                    .to_string(),
            ),
        }
    }

    pub fn to_json_string(&self) -> String {
        String::from_utf8_lossy(&self.to_json_bytes()).into_owned()
    }
}

/// What a client may ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientRequest {
    /// `{"req":"init"}`: the conferences this client may see;
    /// `"version":2` switches the connection to protocol v2.
    Init { version: Version },
    /// `{"req":"initreg"}`: all registrations.
    InitReg,
    /// `{"req":"exec","conference":..,"call":..}`: a conference control.
    Exec {
        conference: String,
        call: String,
        args: Args,
    },
    /// `{"req":"memexec","conference":..,"call":..,"member":..}`.
    MemExec {
        conference: String,
        call: String,
        member: String,
        args: Args,
    },
}

/// The arguments of the v2 controls, as the client sent them; the control
/// planner checks them (`live::control::Control::parse`). Numbers may come as
/// JSON numbers or strings.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Args {
    /// `energy`, `volin`, `volout`.
    pub value: Option<String>,
    /// `transfer`: the target conference.
    pub to: Option<String>,
    /// `dial`: the directory user to call.
    pub user: Option<String>,
    /// `play`: a file name in the prompts directory.
    pub file: Option<String>,
    /// `exec` `hand`/`lowerhand`: another member than the requester's own.
    pub member: Option<String>,
}

impl Args {
    /// Reads the argument keys of a JSON object; anything but a string or a
    /// number is refused with the key's name.
    pub fn from_object(
        obj: &serde_json::Map<String, serde_json::Value>,
    ) -> Result<Args, ProtocolError> {
        let get = |key: &'static str| -> Result<Option<String>, ProtocolError> {
            match obj.get(key) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
                Some(serde_json::Value::Number(n)) => Ok(Some(n.to_string())),
                Some(_) => Err(ProtocolError::BadArgument { field: key }),
            }
        };
        Ok(Args {
            value: get("value")?,
            to: get("to")?,
            user: get("user")?,
            file: get("file")?,
            member: get("member")?,
        })
    }
}

/// Why a client frame was not understood. The `Display` text is what the
/// client gets in `{"event":"error","error":...}`; the first two are the
/// original's exact texts, which clients may compare against.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProtocolError {
    #[error("wrong format")]
    WrongFormat,
    #[error("wrong protocol")]
    WrongProtocol,
    #[error("wrong protocol: {req} needs a string {field:?}")]
    MissingField {
        req: &'static str,
        field: &'static str,
    },
    #[error("wrong protocol: {field:?} must be a string or a number")]
    BadArgument { field: &'static str },
    #[error("wrong protocol: version must be 1 or 2")]
    BadVersion,
}

impl ProtocolError {
    pub fn to_message(&self) -> ServerMessage {
        ServerMessage::error(self.to_string())
    }
}

impl ClientRequest {
    /// Parses one text frame.
    ///
    /// Unknown extra keys are ignored, so a client that sends more than we
    /// need still works. `member` may be a JSON number as well as a string:
    /// `confid`s look like numbers and some clients send them as such.
    pub fn parse(text: &str) -> Result<ClientRequest, ProtocolError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|_| ProtocolError::WrongFormat)?;
        let obj = value.as_object().ok_or(ProtocolError::WrongProtocol)?;
        let req = obj
            .get("req")
            .and_then(|v| v.as_str())
            .ok_or(ProtocolError::WrongProtocol)?;
        let field = |req: &'static str, field: &'static str| -> Result<String, ProtocolError> {
            match obj.get(field) {
                Some(serde_json::Value::String(s)) => Ok(s.clone()),
                Some(serde_json::Value::Number(n)) if field == "member" && n.is_u64() => {
                    Ok(n.to_string())
                }
                _ => Err(ProtocolError::MissingField { req, field }),
            }
        };
        match req {
            "init" => Ok(ClientRequest::Init {
                version: match obj.get("version") {
                    None => Version::V1,
                    Some(v) if v.as_u64() == Some(1) || v.as_str() == Some("1") => Version::V1,
                    Some(v) if v.as_u64() == Some(2) || v.as_str() == Some("2") => Version::V2,
                    Some(_) => return Err(ProtocolError::BadVersion),
                },
            }),
            "initreg" => Ok(ClientRequest::InitReg),
            "exec" => Ok(ClientRequest::Exec {
                conference: field("exec", "conference")?,
                call: field("exec", "call")?,
                args: Args::from_object(obj)?,
            }),
            "memexec" => Ok(ClientRequest::MemExec {
                conference: field("memexec", "conference")?,
                call: field("memexec", "call")?,
                member: field("memexec", "member")?,
                args: Args {
                    member: None,
                    ..Args::from_object(obj)?
                },
            }),
            _ => Err(ProtocolError::WrongProtocol),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stefan(confid: &str, mute: bool) -> Member {
        Member {
            name: "stefan".into(),
            id: "20003".into(),
            confid: confid.into(),
            mute,
            v2: None,
        }
    }

    /// The reference's examples are pretty-printed; the wire is compact.
    fn compact(pretty: &str) -> String {
        let v: serde_json::Value = serde_json::from_str(pretty).expect("reference JSON");
        v.to_string()
    }

    #[test]
    fn new_conference_matches_the_reference_text() {
        let msg = ServerMessage::NewConference {
            data: Box::new(ConferenceView {
                name: "Test".into(),
                context: "public".into(),
                conftype: "16kHz-novideo".into(),
                num: "32000".into(),
                recording: RecordingView {
                    status: RecStatus::Norec,
                    file: None,
                    started: None,
                },
                locked: false,
                floor: MaybeMember(None),
                lastjoin: MaybeMember(Some(stefan("5", false))),
                lastleave: MaybeMember(None),
                memcount: 1,
                members: vec![stefan("5", false)],
                v2: None,
            }),
        };
        let reference = r#"{
            "event": "newConference",
            "data": {
                "name": "Test", "context": "public", "type": "16kHz-novideo", "num": "32000",
                "recording": { "status": "norec" },
                "locked": false,
                "floor": {},
                "lastjoin": { "name": "stefan", "id": "20003", "confid": "5", "mute": false },
                "lastleave": {},
                "memcount": 1,
                "members": [ { "name": "stefan", "id": "20003", "confid": "5", "mute": false } ]
            }
        }"#;
        assert_eq!(msg.to_json_string(), compact(reference));
    }

    #[test]
    fn every_event_has_the_documented_shape() {
        let c = || "Test_1".to_string();
        let file = || "/recordings/Test_1-2021-08-31T12:09:15.578Z.wav".to_string();
        let reg = Registration {
            id: "20003".into(),
            regid: "q9dc8sah3e4m6sq3v2co".into(),
            sipcon: "11.12.13.14:44820".into(),
        };
        let cases: Vec<(ServerMessage, &str)> = vec![
            (ServerMessage::NewXml, r#"{"event":"newXML"}"#),
            (
                ServerMessage::FloorChange {
                    conference: "Test".into(),
                    data: stefan("5", false),
                },
                r#"{"event":"floorchange","conference":"Test","data":{"name":"stefan","id":"20003","confid":"5","mute":false}}"#,
            ),
            (
                ServerMessage::RecStart {
                    conference: c(),
                    file: file(),
                    started: None,
                },
                r#"{"event":"recStart","conference":"Test_1","file":"/recordings/Test_1-2021-08-31T12:09:15.578Z.wav"}"#,
            ),
            (
                ServerMessage::RecPause {
                    conference: c(),
                    file: file(),
                },
                r#"{"event":"recPause","conference":"Test_1","file":"/recordings/Test_1-2021-08-31T12:09:15.578Z.wav"}"#,
            ),
            (
                ServerMessage::RecResume {
                    conference: c(),
                    file: file(),
                },
                r#"{"event":"recResume","conference":"Test_1","file":"/recordings/Test_1-2021-08-31T12:09:15.578Z.wav"}"#,
            ),
            (
                ServerMessage::RecStop {
                    conference: c(),
                    reason: None,
                },
                r#"{"event":"recStop","conference":"Test_1"}"#,
            ),
            (
                ServerMessage::RecStop {
                    conference: c(),
                    reason: Some(StopReason::LastMemberLeft),
                },
                r#"{"event":"recStop","conference":"Test_1","reason":"lastMemberLeft"}"#,
            ),
            (
                ServerMessage::NewMember {
                    conference: c(),
                    data: stefan("8", false),
                },
                r#"{"event":"newMember","conference":"Test_1","data":{"name":"stefan","id":"20003","confid":"8","mute":false}}"#,
            ),
            (
                ServerMessage::Mute {
                    conference: c(),
                    data: "7".into(),
                },
                r#"{"event":"mute","conference":"Test_1","data":"7"}"#,
            ),
            (
                ServerMessage::Unmute {
                    conference: c(),
                    data: "7".into(),
                },
                r#"{"event":"unmute","conference":"Test_1","data":"7"}"#,
            ),
            (
                ServerMessage::Lock { conference: c() },
                r#"{"event":"lock","conference":"Test_1"}"#,
            ),
            (
                ServerMessage::Unlock { conference: c() },
                r#"{"event":"unlock","conference":"Test_1"}"#,
            ),
            (
                ServerMessage::DelMember {
                    conference: c(),
                    data: "8".into(),
                },
                r#"{"event":"delMember","conference":"Test_1","data":"8"}"#,
            ),
            (
                ServerMessage::MuteAll { conference: c() },
                r#"{"event":"muteAll","conference":"Test_1"}"#,
            ),
            (
                ServerMessage::DelConference { conference: c() },
                r#"{"event":"delConference","conference":"Test_1"}"#,
            ),
            (
                ServerMessage::AddReg { user: reg.clone() },
                r#"{"event":"addReg","user":{"id":"20003","regid":"q9dc8sah3e4m6sq3v2co","sipcon":"11.12.13.14:44820"}}"#,
            ),
            (
                ServerMessage::DelReg { user: reg.clone() },
                r#"{"event":"delReg","user":{"id":"20003","regid":"q9dc8sah3e4m6sq3v2co","sipcon":"11.12.13.14:44820"}}"#,
            ),
            (
                ServerMessage::initreg(vec![reg]),
                r#"{"event":"reply","reply":"initreg","data":[{"id":"20003","regid":"q9dc8sah3e4m6sq3v2co","sipcon":"11.12.13.14:44820"}]}"#,
            ),
            (
                ServerMessage::init(vec![]),
                r#"{"event":"reply","reply":"init","data":[]}"#,
            ),
            (
                ServerMessage::error("wrong format"),
                r#"{"event":"error","error":"wrong format"}"#,
            ),
        ];
        for (msg, want) in cases {
            assert_eq!(msg.to_json_string(), want);
        }
    }

    #[test]
    fn recording_with_file_and_conference_views_round_trip() {
        let view = RecordingView {
            status: RecStatus::Paused,
            file: Some("/r/a.wav".into()),
            started: None,
        };
        let text = serde_json::to_string(&view).expect("serializes");
        assert_eq!(text, r#"{"status":"paused","file":"/r/a.wav"}"#);
        let back: RecordingView = serde_json::from_str(&text).expect("parses");
        assert_eq!(back, view);
        let empty: MaybeMember = serde_json::from_str("{}").expect("parses");
        assert_eq!(empty, MaybeMember(None));
    }

    #[test]
    fn client_requests_parse() {
        assert_eq!(
            ClientRequest::parse(r#"{"req":"init"}"#),
            Ok(ClientRequest::Init {
                version: Version::V1
            })
        );
        assert_eq!(
            ClientRequest::parse(r#"{"req":"init","version":2}"#),
            Ok(ClientRequest::Init {
                version: Version::V2
            })
        );
        assert_eq!(
            ClientRequest::parse(r#"{"req":"init","version":3}"#),
            Err(ProtocolError::BadVersion)
        );
        assert_eq!(
            ClientRequest::parse(r#"{"req":"initreg","x":1}"#),
            Ok(ClientRequest::InitReg)
        );
        assert_eq!(
            ClientRequest::parse(r#"{"req":"exec","conference":"Test_42","call":"lock"}"#),
            Ok(ClientRequest::Exec {
                conference: "Test_42".into(),
                call: "lock".into(),
                args: Args::default(),
            })
        );
        let want = ClientRequest::MemExec {
            conference: "Test_42".into(),
            call: "mute".into(),
            member: "13".into(),
            args: Args::default(),
        };
        assert_eq!(
            ClientRequest::parse(
                r#"{"req":"memexec","conference":"Test_42","call":"mute","member":"13"}"#
            ),
            Ok(want.clone())
        );
        assert_eq!(
            ClientRequest::parse(
                r#"{"req":"memexec","conference":"Test_42","call":"mute","member":13}"#
            ),
            Ok(want)
        );
    }

    #[test]
    fn bad_client_frames_get_the_original_error_texts() {
        let err = |t: &str| ClientRequest::parse(t).map_err(|e| e.to_message().to_json_string());
        let wrong_format = Err(r#"{"event":"error","error":"wrong format"}"#.to_string());
        let wrong_protocol = Err(r#"{"event":"error","error":"wrong protocol"}"#.to_string());
        assert_eq!(err("{req: 'init'}"), wrong_format);
        assert_eq!(err(""), wrong_format);
        assert_eq!(err(r#"{"req":"shutdown"}"#), wrong_protocol);
        assert_eq!(err(r#"["init"]"#), wrong_protocol);
        assert_eq!(err(r#"{"request":"init"}"#), wrong_protocol);
        assert_eq!(err(r#"{"req":7}"#), wrong_protocol);
        assert_eq!(
            ClientRequest::parse(r#"{"req":"exec","conference":"x"}"#),
            Err(ProtocolError::MissingField {
                req: "exec",
                field: "call"
            })
        );
        assert_eq!(
            ClientRequest::parse(r#"{"req":"memexec","conference":"x","call":"kick","member":-1}"#)
                .map_err(|e| e.to_string()),
            Err("wrong protocol: memexec needs a string \"member\"".to_string())
        );
    }

    #[test]
    fn conference_of_a_message_decides_its_audience() {
        assert_eq!(
            ServerMessage::Lock {
                conference: "a".into()
            }
            .conference(),
            Some("a")
        );
        assert_eq!(ServerMessage::NewXml.conference(), None);
    }
}
