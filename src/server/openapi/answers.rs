//! The schemas of the server's own answers (sessions, health, live
//! conferences and controls). Those are built as JSON values in the
//! handlers, so these types describe the wire shape for the document; the
//! `openapi` integration test checks every route's real answer against
//! them, so a shape that drifts from its description fails there. The
//! operations, views and phone uploads are described by the core's own
//! types (`ops::answer`, `ops::views`, `ops::phones`).

use serde::Serialize;
use utoipa::ToSchema;

/// 401 for a known user whose context may not use the route.
#[derive(Serialize, ToSchema)]
pub struct WrongContext {
    #[schema(pattern = "^wrong context$")]
    pub error: String,
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

/// `GET /api/session/state`: always 200; the user's fields only when
/// `signedIn` is true.
#[derive(Serialize, ToSchema)]
pub struct SessionState {
    #[serde(rename = "signedIn")]
    pub signed_in: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<RoleName>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freeswitch: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
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
    /// `degraded` while FreeSWITCH (in a cluster: any node) is away.
    pub status: HealthStatus,
    pub event_socket: Connected,
    pub config: Readable,
    pub version: String,
    /// Cluster mode (`[[node]]`) only: each node and its connection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nodes: Option<Vec<HealthNode>>,
    /// Cluster mode only: the names of the nodes that are down.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nodes_down: Option<Vec<String>>,
    /// Cluster mode only: how many conferences run on several nodes at once.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub splits: Option<u64>,
    /// Cluster mode only: whether this instance carries out moderators'
    /// phone keys (of several instances on one store, the one holding the
    /// store's phone-keys lock).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_keys: Option<bool>,
}

/// A cluster node in `/healthz`.
#[derive(Serialize, ToSchema)]
pub struct HealthNode {
    pub name: String,
    pub connected: bool,
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
    /// Cluster mode (`[[node]]`) only: the node hosting the conference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node: Option<String>,
    /// Cluster mode only, while the conference runs on several nodes at
    /// once (a split): those nodes. `/api/active` then lists it once per node.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub split: Option<Vec<String>>,
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
