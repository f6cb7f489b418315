//! The JSON answers of the HTTP API, as OpenAPI schemas.
//!
//! The handlers still build most answers as `serde_json::Value` in `ops`, so
//! these types describe the wire shape for the document; the `openapi`
//! integration test checks every route's real answer against them, so a
//! shape that drifts from its description fails there.

use crate::model::{ConferenceView, UserView};
use crate::ops::info::{Meta, ReloadMeta};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// Every refused request (the original's framework shape).
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ErrorBody {
    /// The HTTP status again.
    pub status_code: u16,
    /// The status' reason phrase (`Bad Request`, `Not Found`, ...).
    pub error: String,
    /// What was wrong, naming the field or the thing.
    pub message: String,
}

/// 401 for a known user whose context may not use the route.
#[derive(Serialize, ToSchema)]
pub struct WrongContext {
    #[schema(pattern = "^wrong context$")]
    pub error: String,
}

/// How many there are, in all and per context.
#[derive(Serialize, ToSchema)]
pub struct Counts {
    pub total: u64,
    pub contexts: BTreeMap<String, u64>,
}

/// `GET /api/users`.
#[derive(Serialize, ToSchema)]
pub struct UsersAnswer {
    #[schema(pattern = "^users$")]
    pub op: String,
    pub info: Counts,
    pub users: Vec<UserView>,
}

/// `GET /api/users/{by}/{s}`: the matches of one filter, or for `match` the
/// name and the email matches.
#[derive(Serialize, ToSchema)]
#[serde(untagged)]
pub enum UsersFound {
    Users {
        op: String,
        users: Vec<UserView>,
    },
    Match {
        op: String,
        namematches: Vec<UserView>,
        emailmatches: Vec<UserView>,
    },
}

/// Conference counts and the conference types FreeSWITCH knows.
#[derive(Serialize, ToSchema)]
pub struct ConferenceCounts {
    pub total: u64,
    pub contexts: BTreeMap<String, u64>,
    pub types: Vec<String>,
}

/// `GET /api/conferences`.
#[derive(Serialize, ToSchema)]
pub struct ConferencesAnswer {
    #[schema(pattern = "^conferences$")]
    pub op: String,
    pub info: ConferenceCounts,
    pub conferences: Vec<ConferenceView>,
}

/// `GET /api/conferences/{by}/{s}`.
#[derive(Serialize, ToSchema)]
pub struct ConferencesFound {
    pub op: String,
    pub conferences: Vec<ConferenceView>,
}

/// An item that failed: why, and the input it was about (under its key:
/// `user`, `conference`, `file`, ...).
#[derive(Serialize, ToSchema)]
pub struct Failure {
    pub error: String,
    #[serde(flatten)]
    #[schema(additional_properties)]
    pub input: BTreeMap<String, Value>,
}

/// A write's answer: the items done (users, conferences or file names as
/// the route shows them) and those that failed. `X-Fsconn-Applied: no` says
/// the files were written but FreeSWITCH did not confirm them.
#[derive(Serialize, ToSchema)]
pub struct WriteAnswer {
    pub op: String,
    pub done: Vec<Value>,
    pub failed: Vec<Failure>,
}

/// A job that ran, with the time it finished.
#[derive(Serialize, ToSchema)]
pub struct DoneAt {
    pub op: String,
    pub done: String,
}

/// `GET /api/recordings`, `/api/recordings/find/{s}`, `/fr/friendsrec`.
#[derive(Serialize, ToSchema)]
pub struct RecordingsAnswer {
    pub op: String,
    /// File names, to fetch at `/api/recordings/{file}` (or `/fr/friendsrec/{file}`).
    pub files: Vec<String>,
}

/// A recording the retention policy removes (or would).
#[derive(Serialize, ToSchema)]
pub struct Pruned {
    pub file: String,
    /// `max_age` or `max_total_bytes`.
    pub reason: String,
    pub size: u64,
    pub modified: String,
}

/// `POST /api/recordings/prune`.
#[derive(Serialize, ToSchema)]
pub struct PruneAnswer {
    pub op: String,
    pub dry_run: bool,
    pub done: Vec<Pruned>,
    pub failed: Vec<Failure>,
}

/// The body of `POST /api/recordings/prune`.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PruneRequest {
    /// Only say what would go (default false).
    pub dry_run: Option<bool>,
}

/// `GET /api/store/{target}` and `/api/restore/{target}`: the archive
/// written or read (`done`), or why not (`failed`, empty when it worked).
#[derive(Serialize, ToSchema)]
pub struct ArchiveAnswer {
    pub op: String,
    pub done: String,
    pub failed: String,
}

/// `GET /api/info`.
#[derive(Serialize, ToSchema)]
pub struct InfoAnswer {
    #[schema(pattern = "^info$")]
    pub op: String,
    pub info: Meta,
    /// FreeSWITCH's global variables by name.
    pub globals: BTreeMap<String, String>,
}

/// The whole configuration state.
#[derive(Serialize, ToSchema)]
pub struct StateDump {
    pub info: Meta,
    pub globals: BTreeMap<String, String>,
    pub users: Vec<UserView>,
    pub conferencetypes: Vec<String>,
    pub conferences: Vec<ConferenceView>,
}

/// `GET /api/info/state`.
#[derive(Serialize, ToSchema)]
pub struct InfoStateAnswer {
    #[schema(pattern = "^info/state$")]
    pub op: String,
    pub state: StateDump,
}

/// The event socket as the server sees it.
#[derive(Serialize, ToSchema)]
pub struct SwitchStatus {
    pub connected: bool,
    pub address: String,
    /// FreeSWITCH's `version` answer while connected.
    pub version: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct FsconnVersion {
    pub version: String,
}

/// `GET /api/status`.
#[derive(Serialize, ToSchema)]
pub struct StatusAnswer {
    #[schema(pattern = "^status$")]
    pub op: String,
    pub freeswitch: SwitchStatus,
    pub reloadxml: ReloadMeta,
    pub fsconn: FsconnVersion,
}

/// `GET /userinfo`: what a phone needs to log in.
#[derive(Serialize, ToSchema)]
pub struct UserInfo {
    pub id: String,
    pub password: String,
    pub conpin: String,
    pub context: String,
    pub name: String,
    pub email: String,
    pub polymac: String,
    pub wss_binding: String,
    pub internal_tls_port: String,
}

/// A user as friends (with email) and the public (without) see them.
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReducedUser {
    pub name: String,
    pub id: String,
    /// Friends only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub context: String,
}

#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReducedStateBody {
    pub users: Vec<ReducedUser>,
    pub conferences: Vec<ConferenceView>,
    pub conferencetypes: Vec<String>,
}

/// `GET /friendxml` and `/pubxml`: no passwords, pins or MACs.
#[derive(Serialize, ToSchema)]
pub struct ReducedState {
    #[schema(pattern = "^/(friendxml|pubxml)$")]
    pub op: String,
    pub state: ReducedStateBody,
}

/// What the console may show a role.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum RoleName {
    Team,
    Friends,
    Public,
}

/// `/api/session`: the signed-in user.
#[derive(Serialize, ToSchema)]
pub struct SessionInfo {
    pub user: String,
    pub id: String,
    pub context: String,
    pub role: RoleName,
    /// FreeSWITCH is reachable (writes are off while it is not).
    pub freeswitch: bool,
    pub version: String,
}

/// The body of `POST /api/session`.
#[derive(Serialize, ToSchema)]
pub struct SignIn {
    pub user: String,
    pub password: String,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum HealthStatus {
    Ok,
    Degraded,
    Error,
}

#[derive(Serialize, ToSchema)]
pub struct Connected {
    pub connected: bool,
}

#[derive(Serialize, ToSchema)]
pub struct Readable {
    pub readable: bool,
}

/// `GET /healthz`.
#[derive(Serialize, ToSchema)]
pub struct Health {
    pub status: HealthStatus,
    pub event_socket: Connected,
    pub config: Readable,
    pub version: String,
}

/// A hand raised in a conference (live protocol v2).
#[derive(Serialize, ToSchema)]
pub struct LiveHand {
    pub raised: bool,
    pub since: Option<String>,
}

/// A conference member in the live protocol's v2 shape.
#[derive(Serialize, ToSchema)]
pub struct LiveMember {
    pub name: String,
    pub id: String,
    pub confid: String,
    pub mute: bool,
    pub talking: bool,
    pub deaf: bool,
    pub moderator: bool,
    pub joined: Option<String>,
    pub energy: i64,
    pub volume_in: i64,
    pub volume_out: i64,
    pub hand: LiveHand,
}

/// No member (`{}`).
#[derive(Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NoMember {}

/// A member, or `{}` when there is none.
#[derive(Serialize, ToSchema)]
#[serde(untagged)]
pub enum MaybeMember {
    Member(LiveMember),
    None(NoMember),
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum RecordingStatus {
    Norec,
    Running,
    Paused,
}

#[derive(Serialize, ToSchema)]
pub struct LiveRecording {
    pub status: RecordingStatus,
    pub file: Option<String>,
    pub started: Option<String>,
}

/// `GET /api/active`: a running conference (live protocol v2 shape).
#[derive(Serialize, ToSchema)]
pub struct LiveConference {
    pub name: String,
    pub context: String,
    #[serde(rename = "type")]
    pub conftype: String,
    pub num: String,
    pub recording: LiveRecording,
    pub locked: bool,
    pub floor: MaybeMember,
    pub lastjoin: MaybeMember,
    pub lastleave: MaybeMember,
    pub memcount: u64,
    pub members: Vec<LiveMember>,
    pub started: Option<String>,
}

/// A control argument: a string or a number.
#[derive(Serialize, ToSchema)]
#[serde(untagged)]
pub enum Scalar {
    Text(String),
    Number(f64),
}

/// The arguments of a live control (which ones depend on the action).
#[derive(Serialize, ToSchema)]
pub struct ControlArgs {
    /// Another member than the caller's own (`confid`).
    pub member: Option<Scalar>,
    /// `energy`, `volin`, `volout`: the level.
    pub value: Option<Scalar>,
    /// `transfer`: the target conference.
    pub to: Option<Scalar>,
    /// `dial`: the directory user to call.
    pub user: Option<Scalar>,
    /// `play`: a file in the prompts directory.
    pub file: Option<Scalar>,
}

/// `POST /api/active/{conference}/{action}`: FreeSWITCH's answer.
#[derive(Serialize, ToSchema)]
pub struct ControlAnswer {
    pub conference: String,
    pub action: String,
    pub reply: String,
}

/// `PUT /polycom/{file}`: the file stored.
#[derive(Serialize, ToSchema)]
pub struct PhoneUpload {
    #[schema(pattern = "^polycom/put$")]
    pub op: String,
    pub done: String,
}
