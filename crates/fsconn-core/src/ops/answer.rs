//! The API's answers and request items as types: the one contract the HTTP
//! handlers, the CLI (local and `--server`) and the OpenAPI document share.
//!
//! Every type serializes to exactly the JSON the original's clients know:
//! the field order here is the key order on the wire, and what is a string
//! there is a `String` here (ids and numbers included). The unit tests
//! round-trip recorded answers byte for byte.

use crate::ops::conferences::{AddConference, DelConference, ModConference};
use crate::ops::info::Meta;
use crate::ops::users::{AddUser, DelUser, ModUser};
use indexmap::IndexMap;
use serde::de::{self, DeserializeOwned, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::marker::PhantomData;
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Schema, Type};
use utoipa::openapi::RefOr;
use utoipa::{PartialSchema, ToSchema};

pub use crate::model::{ConferenceView, UserView};

/// Why one item of a bulk write failed. `Display` is the text of the
/// `error` field in `failed` entries, exactly as the API reference and
/// behavior-notes document it (`type not implementet` is the original's
/// spelling); on the wire it is that string.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ItemError {
    #[error("name already taken")]
    NameTaken,
    #[error("email does not contain an email")]
    NotAnEmail,
    #[error("context does not exist")]
    NoContext,
    #[error("type not implementet")]
    NoType,
    #[error("polymac already taken")]
    PolymacTaken,
    /// The id of a mod or del names no user.
    #[error("no userid {0}")]
    NoUser(String),
    /// The num of a mod or del names no conference.
    #[error("no conference {0}")]
    NoConference(String),
    /// Every id of the context's range is taken (`range` as in settings).
    #[error("no free id left in context {context}{}", range_suffix(range))]
    NoFreeId {
        context: String,
        range: Option<String>,
    },
    #[error("no free number left in context {0}")]
    NoFreeNum(String),
    /// No such recording, or one the caller may not see.
    #[error("no recording {0}")]
    NoRecording(String),
    /// FreeSWITCH refused the reload; the files were rolled back.
    #[error("FreeSWITCH rejected the change: {0}")]
    Rejected(String),
    /// A field that fails its check; the text names the field and why.
    #[error("{0}")]
    Invalid(String),
    /// A file operation failed; the text names the file.
    #[error("{0}")]
    Io(String),
}

fn range_suffix(range: &Option<String>) -> String {
    range
        .as_ref()
        .map(|r| format!(" ({r})"))
        .unwrap_or_default()
}

impl ItemError {
    /// The error a documented text stands for (what a remote client reads
    /// back). Texts of no fixed form are [`ItemError::Invalid`], which
    /// displays them unchanged.
    pub fn parse(text: &str) -> ItemError {
        let fixed = [
            ItemError::NameTaken,
            ItemError::NotAnEmail,
            ItemError::NoContext,
            ItemError::NoType,
            ItemError::PolymacTaken,
        ];
        if let Some(e) = fixed.into_iter().find(|e| e.to_string() == text) {
            return e;
        }
        let arg = |prefix: &str| text.strip_prefix(prefix).map(str::to_string);
        if let Some(id) = arg("no userid ") {
            ItemError::NoUser(id)
        } else if let Some(num) = arg("no conference ") {
            ItemError::NoConference(num)
        } else if let Some(file) = arg("no recording ") {
            ItemError::NoRecording(file)
        } else if let Some(msg) = arg("FreeSWITCH rejected the change: ") {
            ItemError::Rejected(msg)
        } else if let Some(ctx) = arg("no free number left in context ") {
            ItemError::NoFreeNum(ctx)
        } else if let Some(rest) = arg("no free id left in context ") {
            match rest.split_once(" (") {
                Some((c, r)) if r.ends_with(')') => ItemError::NoFreeId {
                    context: c.to_string(),
                    range: Some(r.trim_end_matches(')').to_string()),
                },
                _ => ItemError::NoFreeId {
                    context: rest,
                    range: None,
                },
            }
        } else {
            ItemError::Invalid(text.to_string())
        }
    }
}

impl Serialize for ItemError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ItemError {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = Cow::<str>::deserialize(d)?;
        Ok(ItemError::parse(&text))
    }
}

impl PartialSchema for ItemError {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(
                "Why the item failed, e.g. `name already taken`, `email does not contain an email`, \
                 `context does not exist`, `type not implementet`, `no userid ID`, `no conference NUM`",
            ))
            .into()
    }
}

impl ToSchema for ItemError {}

/// The key a failed item's input goes under in a `failed` entry
/// (`{"error": "...", "user": {...}}`).
pub trait Keyed {
    const KEY: &'static str;
}

impl Keyed for AddUser {
    const KEY: &'static str = "user";
}
impl Keyed for ModUser {
    const KEY: &'static str = "user";
}
impl Keyed for DelUser {
    const KEY: &'static str = "user";
}
impl Keyed for UserRef {
    const KEY: &'static str = "user";
}
impl Keyed for AddConference {
    const KEY: &'static str = "conference";
}
impl Keyed for ModConference {
    const KEY: &'static str = "conference";
}
impl Keyed for DelConference {
    const KEY: &'static str = "conference";
}
impl Keyed for crate::confsettings::ConferenceSettingsChange {
    const KEY: &'static str = "settings";
}
impl Keyed for FileName {
    const KEY: &'static str = "file";
}

/// A user named by id: the input of `users/rebuild` and `users/reprov`
/// items (they have no request body).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct UserRef {
    pub id: String,
}

/// A recording's file name, as a `failed` entry names it (`"file": NAME`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(transparent)]
pub struct FileName(pub String);

/// One `failed` entry: `{"error": REASON, KEY: INPUT}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Failed<I> {
    pub error: ItemError,
    pub input: I,
}

impl<I: Serialize + Keyed> Serialize for Failed<I> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("error", &self.error)?;
        m.serialize_entry(I::KEY, &self.input)?;
        m.end()
    }
}

impl<'de, I: DeserializeOwned + Keyed> Deserialize<'de> for Failed<I> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<I>(PhantomData<I>);
        impl<'de, I: DeserializeOwned + Keyed> Visitor<'de> for V<I> {
            type Value = Failed<I>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                write!(f, "a failed entry {{error, {}}}", I::KEY)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Failed<I>, A::Error> {
                let (mut error, mut input) = (None, None);
                while let Some(k) = m.next_key::<Cow<str>>()? {
                    if k == "error" {
                        error = Some(m.next_value()?);
                    } else if k == I::KEY {
                        input = Some(m.next_value()?);
                    } else {
                        m.next_value::<de::IgnoredAny>()?;
                    }
                }
                Ok(Failed {
                    error: error.ok_or_else(|| de::Error::missing_field("error"))?,
                    input: input.ok_or_else(|| de::Error::missing_field(I::KEY))?,
                })
            }
        }
        d.deserialize_map(V(PhantomData))
    }
}

impl<I: ToSchema + Keyed> PartialSchema for Failed<I> {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .property("error", ItemError::schema())
            .required("error")
            .property(I::KEY, I::schema())
            .required(I::KEY)
            .into()
    }
}

impl<I: ToSchema + Keyed> ToSchema for Failed<I> {
    fn name() -> Cow<'static, str> {
        Cow::Owned(format!("Failed{}", I::name()))
    }
}

/// `{op, done, failed}` of every bulk write: `done` holds what was done
/// (the users or conferences as they are now), `failed` each refused input
/// with its reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound(
    serialize = "Done: Serialize, Input: Serialize + Keyed",
    deserialize = "Done: DeserializeOwned, Input: DeserializeOwned + Keyed"
))]
pub struct WriteAnswer<Done, Input> {
    pub op: String,
    pub done: Vec<Done>,
    pub failed: Vec<Failed<Input>>,
}

impl<D: ToSchema, I: ToSchema + Keyed> PartialSchema for WriteAnswer<D, I> {
    fn schema() -> RefOr<Schema> {
        let text = ObjectBuilder::new().schema_type(Type::String);
        ObjectBuilder::new()
            .property("op", text)
            .required("op")
            .property("done", ArrayBuilder::new().items(D::schema()))
            .required("done")
            .property("failed", ArrayBuilder::new().items(Failed::<I>::schema()))
            .required("failed")
            .into()
    }
}

impl<D: ToSchema, I: ToSchema + Keyed> ToSchema for WriteAnswer<D, I> {
    fn name() -> Cow<'static, str> {
        Cow::Owned(format!("WriteAnswer_{}_{}", D::name(), I::name()))
    }
}

impl<D, I> WriteAnswer<D, I> {
    pub fn new(op: &str) -> Self {
        WriteAnswer {
            op: op.to_string(),
            done: Vec::new(),
            failed: Vec::new(),
        }
    }
}

pub type UsersAddAnswer = WriteAnswer<UserView, AddUser>;
pub type UsersModAnswer = WriteAnswer<UserView, ModUser>;
pub type UsersDelAnswer = WriteAnswer<UserView, DelUser>;
/// `users/rebuild` and `users/reprov`.
pub type UsersRewriteAnswer = WriteAnswer<UserView, UserRef>;
pub type ConferencesAddAnswer = WriteAnswer<AddedConference, AddConference>;
pub type ConferencesModAnswer = WriteAnswer<ConferenceView, ModConference>;
pub type ConferencesDelAnswer = WriteAnswer<ConferenceView, DelConference>;
pub type ConferencesSettingsWriteAnswer =
    WriteAnswer<ConferenceSettingsView, crate::confsettings::ConferenceSettingsChange>;
/// `api/recordings/del` and `/fr/delfriendsrec`: `done` holds the names.
pub type RecordingsDelAnswer = WriteAnswer<String, FileName>;

/// The `done` entry of an added conference: the original's key order
/// (num, type, context, name) differs from the conference object's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AddedConference {
    pub num: String,
    #[serde(rename = "type")]
    pub conftype: String,
    pub context: String,
    pub name: String,
}

/// Per-context counts, in the order of the settings' contexts.
pub type ContextCounts = IndexMap<String, usize>;

/// `GET /api/users`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct UsersAnswer {
    pub op: String,
    pub info: UsersInfo,
    pub users: Vec<UserView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct UsersInfo {
    pub total: usize,
    /// Count per context name.
    #[schema(value_type = HashMap<String, usize>)]
    pub contexts: ContextCounts,
}

/// `GET /api/users/<by>/<s>`: `{op, users}`, or for `match`
/// `{op, namematches, emailmatches}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum UsersFindAnswer {
    Matches(UsersMatched),
    Users(UsersFound),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct UsersFound {
    pub op: String,
    pub users: Vec<UserView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct UsersMatched {
    pub op: String,
    pub namematches: Vec<UserView>,
    pub emailmatches: Vec<UserView>,
}

impl UsersFindAnswer {
    /// Every user list of the answer, with its key.
    pub fn lists_mut(&mut self) -> Vec<(&'static str, &mut Vec<UserView>)> {
        match self {
            UsersFindAnswer::Users(f) => vec![("users", &mut f.users)],
            UsersFindAnswer::Matches(m) => vec![
                ("namematches", &mut m.namematches),
                ("emailmatches", &mut m.emailmatches),
            ],
        }
    }
}

/// `GET /api/conferences`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ConferencesAnswer {
    pub op: String,
    pub info: ConferencesInfo,
    pub conferences: Vec<ConferenceView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ConferencesInfo {
    pub total: usize,
    /// Count per context name.
    #[schema(value_type = HashMap<String, usize>)]
    pub contexts: ContextCounts,
    /// The conference profiles of conference.conf.xml.
    pub types: Vec<String>,
}

/// `GET /api/conferences/<by>/<s>`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ConferencesFound {
    pub op: String,
    pub conferences: Vec<ConferenceView>,
}

/// `GET /api/conferences/rebuildcontacts`: `done` is when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct RebuildContactsAnswer {
    pub op: String,
    pub done: String,
}

/// `GET /api/recordings`, `/api/recordings/find/S`, `/fr/friendsrec`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct RecordingsAnswer {
    pub op: String,
    pub files: Vec<String>,
    /// Only with `?details=true`: each recording with its conference, start,
    /// duration and size, newest first. Absent otherwise, so the original's
    /// clients get the original's bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recordings: Option<Vec<RecordingInfo>>,
}

/// A recording as the console and `fsconn recordings list` show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct RecordingInfo {
    pub file: String,
    /// The conference it was recorded in, from a name of the form
    /// `<conference>-<UTC time stamp>.wav` (the name FreeSWITCH records
    /// under); null for files not named that way.
    pub conference: Option<String>,
    /// When the recording started (ISO 8601 UTC), from the time stamp in its
    /// name; null when the name has none.
    pub started: Option<String>,
    /// Seconds of audio, from the WAV header; null while FreeSWITCH is still
    /// writing it (see `running`) or when the file is not a readable WAV.
    pub duration: Option<f64>,
    /// Bytes on disk.
    pub size: u64,
    /// Last written (ISO 8601 UTC).
    pub modified: String,
    /// FreeSWITCH is recording into this file now: its length so far is the
    /// time since `started`.
    pub running: bool,
}

/// `POST /api/recordings/prune` body.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PruneRequest {
    #[serde(default)]
    pub dry_run: bool,
}

/// `POST /api/recordings/prune`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PruneAnswer {
    pub op: String,
    pub dry_run: bool,
    pub done: Vec<Pruned>,
    #[schema(schema_with = failed_files)]
    pub failed: Vec<Failed<FileName>>,
}

fn failed_files() -> ArrayBuilder {
    ArrayBuilder::new().items(Failed::<FileName>::schema())
}

/// A recording the retention policy removed (or would remove).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Pruned {
    pub file: String,
    /// `max_age` or `max_total_size`
    pub reason: String,
    pub size: u64,
    pub modified: String,
}

/// `GET /api/store/X` and `GET /api/restore/X`: `done` is the archive,
/// `failed` why not; one of them is empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct StoreAnswer {
    pub op: String,
    pub done: String,
    pub failed: String,
}

pub type RestoreAnswer = StoreAnswer;

/// One kept generation of a stored tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Backup {
    /// The file name, which names the generation in the API.
    pub name: String,
    pub target: crate::ops::store::Target,
    /// When it was stored or uploaded (UTC, RFC 3339).
    pub time: String,
    /// Bytes of the archive.
    pub size: u64,
}

/// `GET /api/backups`: the kept generations, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct BackupsAnswer {
    /// Generations kept per tree (`restore.keep`).
    pub keep: u64,
    pub backups: Vec<Backup>,
}

/// What restoring a generation would change, or why it would be refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct BackupPreview {
    pub name: String,
    pub target: crate::ops::store::Target,
    /// Files a restore would create, replace or remove
    /// (`create PATH`, `replace PATH`, `remove PATH`).
    pub changes: Vec<String>,
    /// Commands FreeSWITCH would be sent.
    pub commands: Vec<String>,
    /// Why the archive would be refused; empty when it passes every check.
    pub failed: String,
}

impl BackupPreview {
    pub fn new(
        name: &str,
        target: crate::ops::store::Target,
        plan: &crate::ops::Plan,
        failed: String,
    ) -> BackupPreview {
        BackupPreview {
            name: name.to_string(),
            target,
            changes: plan
                .files
                .iter()
                .map(|f| {
                    use crate::fsio::PlannedFile as F;
                    let (verb, p) = match f {
                        F::Create(p) => ("create", p),
                        F::Replace(p) => ("replace", p),
                        F::Remove(p) => ("remove", p),
                    };
                    format!("{verb} {}", p.display())
                })
                .collect(),
            commands: plan.commands.clone(),
            failed,
        }
    }
}

/// FreeSWITCH's global variables, in its order.
pub type Globals = IndexMap<String, String>;

/// `GET /api/info`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct InfoAnswer {
    pub op: String,
    pub info: Meta,
    /// FreeSWITCH's global variables by name.
    #[schema(value_type = HashMap<String, String>)]
    pub globals: Globals,
    /// Cluster mode (`[[node]]`): each node; left out in file mode.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nodes: Vec<crate::ops::info::NodeInfo>,
    /// Cluster mode: conferences running on several nodes at once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub splits: Vec<crate::ops::info::SplitInfo>,
}

/// `GET /api/info/state`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct InfoStateAnswer {
    pub op: String,
    pub state: InfoState,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct InfoState {
    pub info: Meta,
    /// FreeSWITCH's global variables by name.
    #[schema(value_type = HashMap<String, String>)]
    pub globals: Globals,
    pub users: Vec<UserView>,
    pub conferencetypes: Vec<String>,
    pub conferences: Vec<ConferenceView>,
    /// Cluster mode (`[[node]]`): each node; left out in file mode.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nodes: Vec<crate::ops::info::NodeInfo>,
    /// Cluster mode: conferences running on several nodes at once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub splits: Vec<crate::ops::info::SplitInfo>,
}

/// `GET /userinfo`: the caller's user object and what a phone needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct UserInfoAnswer {
    #[serde(flatten)]
    pub user: UserView,
    pub wss_binding: String,
    pub internal_tls_port: String,
}

/// `GET /api/status`: the console's status page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct StatusAnswer {
    pub op: String,
    pub freeswitch: SwitchStatus,
    pub reloadxml: crate::ops::info::ReloadMeta,
    pub fsconn: FsconnStatus,
    /// Cluster mode (`[[node]]`): each node; left out in file mode.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nodes: Vec<crate::ops::info::NodeInfo>,
    /// Cluster mode: conferences running on several nodes at once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub splits: Vec<crate::ops::info::SplitInfo>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct SwitchStatus {
    pub connected: bool,
    pub address: String,
    /// `version`'s answer; null when FreeSWITCH is not connected.
    pub version: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct FsconnStatus {
    pub version: String,
}

/// The server's error body (the original's framework shape).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ErrorAnswer {
    pub status_code: u16,
    pub error: String,
    pub message: String,
}

/// A conference with its own settings (`GET /api/conferences/settings`
/// and the done entries of `POST /api/conferences/settings`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ConferenceSettingsView {
    pub num: String,
    pub name: String,
    #[serde(rename = "type")]
    pub conftype: String,
    pub context: String,
    pub settings: crate::confsettings::ConferenceSettings,
}

/// `GET /api/conferences/settings`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ConferenceSettingsAnswer {
    pub op: String,
    pub conferences: Vec<ConferenceSettingsView>,
}

#[cfg(test)]
mod tests;
