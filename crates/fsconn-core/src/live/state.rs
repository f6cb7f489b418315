//! The live conference and registration state, kept up to date from
//! FreeSWITCH's own events.
//!
//! Everything here is pure: the server reads `conference json_list` and
//! sofia's registrations (`REGISTRATIONS`) once (`LiveState::from_snapshot`), then feeds
//! every event to `LiveState::apply`, which changes the state and says which
//! WebSocket messages that change means. After a reconnect the server reads a
//! fresh snapshot and sends `diff(old, new)`, the same messages a client would
//! have seen had it watched the events, so clients never need to reconnect.
//!
//! One rule keeps the client's picture and ours identical: a conference is
//! shown to clients from its first member (`newConference`) to its last
//! (`delConference`). FreeSWITCH creates the conference before the first
//! member joins and destroys it after the last left; in between it exists here
//! but no client hears of it.

use std::collections::BTreeMap;

use bytes::Bytes;
use chrono::{DateTime, Utc};
use serde_json::Value;

use super::protocol::{
    ConferenceV2, ConferenceView, Hand, MaybeMember, Member, MemberV2, RecStatus, RecordingView,
    Registration, ServerMessage, StopReason, Version,
};
use crate::fsconf;
use crate::settings::{ContextDef, Role, Settings};
use fsconn_esl::Event;

/// What fsconn asks for the registrations it shows: sofia's own table of
/// the profile phones and browsers register with. `show registrations`
/// (the core's table) keeps a binding `flush_inbound_reg` ended until it
/// expires, so a user fsconn deleted would come back with a resync.
pub const REGISTRATIONS: &str = "sofia status profile internal reg";

/// Who may receive a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Audience {
    /// Everyone: `newXML`, `addReg`, `delReg`.
    Everyone,
    /// Clients whose context may see conferences of this context. `None` is a
    /// conference that is not in the dialplan (started by hand or by another
    /// dialplan): only full-API users see it, since nobody decided who may.
    Conference(Option<String>),
}

impl Audience {
    pub fn admits(&self, viewer: &ContextDef, settings: &Settings) -> bool {
        match self {
            Audience::Everyone => true,
            Audience::Conference(context) => may_see(viewer, context.as_deref(), settings),
        }
    }
}

fn may_see(viewer: &ContextDef, context: Option<&str>, settings: &Settings) -> bool {
    match context.and_then(|c| settings.context(c)) {
        Some(def) => viewer.sees(def),
        None => viewer.role == Role::ApiAllow,
    }
}

/// One change and who may receive it, in each protocol version: `v1` is
/// exactly what the original sent (or nothing), `v2` what opted-in clients
/// get. Encode each once and hand the same bytes to every admitted client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub audience: Audience,
    pub v1: Option<ServerMessage>,
    pub v2: Option<ServerMessage>,
}

impl Notification {
    pub fn message(&self, version: Version) -> Option<&ServerMessage> {
        match version {
            Version::V1 => self.v1.as_ref(),
            Version::V2 => self.v2.as_ref(),
        }
    }

    pub fn to_json_bytes(&self, version: Version) -> Option<Bytes> {
        self.message(version).map(ServerMessage::to_json_bytes)
    }
}

/// What an event (or a resync) means for clients.
// Nearly every delta is a `Notify`; boxing it would cost an allocation each.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delta {
    /// Boxed: messages with whole members are large, out-of-sync notes small.
    Notify(Box<Notification>),
    /// The event concerned a conference or member this state does not know,
    /// or contradicted it (e.g. `Conference-Size` disagrees with our member
    /// count). Nothing was sent for it; the state has missed events, so the
    /// caller should re-read the snapshot and send `diff(old, new)`.
    OutOfSync { reason: String },
}

impl Delta {
    pub fn everyone(message: ServerMessage) -> Delta {
        Delta::Notify(Box::new(Notification {
            audience: Audience::Everyone,
            v1: Some(message.clone()),
            v2: Some(message),
        }))
    }

    /// The same message for v1 and v2 clients.
    fn about(conf: &LiveConference, message: ServerMessage) -> Delta {
        Delta::about_split(conf, Some(message.clone()), Some(message))
    }

    fn about_split(
        conf: &LiveConference,
        v1: Option<ServerMessage>,
        v2: Option<ServerMessage>,
    ) -> Delta {
        Delta::Notify(Box::new(Notification {
            audience: Audience::Conference(conf.info.context.clone()),
            v1,
            v2,
        }))
    }

    /// A v2-only message.
    fn v2_only(conf: &LiveConference, message: ServerMessage) -> Delta {
        Delta::about_split(conf, None, Some(message))
    }

    /// A message that carries a member: the v1 shape for v1 clients.
    fn with_member(
        conf: &LiveConference,
        member: &Member,
        make: impl Fn(Member) -> ServerMessage,
    ) -> Delta {
        Delta::about_split(conf, Some(make(member.v1())), Some(make(member.clone())))
    }

    /// A whole conference, in each version's shape.
    fn new_conference(conf: &LiveConference) -> Delta {
        Delta::about_split(
            conf,
            Some(ServerMessage::NewConference {
                data: Box::new(conf.view(Version::V1)),
            }),
            Some(ServerMessage::NewConference {
                data: Box::new(conf.view(Version::V2)),
            }),
        )
    }

    fn out_of_sync(reason: impl Into<String>) -> Delta {
        Delta::OutOfSync {
            reason: reason.into(),
        }
    }

    /// The v1 message, for a `Notify` that has one.
    pub fn message(&self) -> Option<&ServerMessage> {
        self.message_for(Version::V1)
    }

    pub fn message_for(&self, version: Version) -> Option<&ServerMessage> {
        match self {
            Delta::Notify(n) => n.message(version),
            Delta::OutOfSync { .. } => None,
        }
    }
}

/// Why a snapshot could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SnapshotError {
    #[error("conference json_list answer is not a JSON array: {0}")]
    Conferences(String),
    #[error("the registrations answer is not understood: {0}")]
    Registrations(String),
}

/// What the dialplan says about a conference name.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct ConfInfo {
    context: Option<String>,
    conftype: String,
    num: String,
}

/// A recording FreeSWITCH is writing (`recording_node` in json_list).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Recording {
    path: String,
    paused: bool,
    started: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct LiveConference {
    name: String,
    info: ConfInfo,
    /// When FreeSWITCH created it (ISO 8601 UTC), if known.
    started: Option<String>,
    locked: bool,
    /// Oldest first. A conference can record into several files at once; the
    /// protocol shows one, the most recently started.
    recordings: Vec<Recording>,
    /// `confid` of the floor holder; always a current member.
    floor: Option<String>,
    lastjoin: Option<Member>,
    lastleave: Option<Member>,
    /// In join order.
    members: Vec<Member>,
    /// FreeSWITCH's `wait-mod` conference flag: set by the profile's
    /// `conference-flags`, cleared for good when a moderator joins.
    wait_mod: bool,
    /// Channel UUID of each member by `confid` (events' `Unique-ID`,
    /// json_list's `uuid`): what `uuid_transfer` needs.
    uuids: BTreeMap<String, String>,
}

impl LiveConference {
    fn new(name: &str, info: ConfInfo) -> Self {
        LiveConference {
            name: name.to_string(),
            info,
            started: None,
            locked: false,
            recordings: Vec::new(),
            floor: None,
            lastjoin: None,
            lastleave: None,
            members: Vec::new(),
            wait_mod: false,
            uuids: BTreeMap::new(),
        }
    }

    /// Clients know a conference only while it has members.
    fn shown(&self) -> bool {
        !self.members.is_empty()
    }

    fn member(&self, confid: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.confid == confid)
    }

    fn member_mut(&mut self, confid: &str) -> Option<&mut Member> {
        self.members.iter_mut().find(|m| m.confid == confid)
    }

    /// The recording as v1 shows it.
    fn recording(&self) -> RecordingView {
        self.recording_for(Version::V1)
    }

    fn recording_for(&self, version: Version) -> RecordingView {
        match self.recordings.last() {
            None => RecordingView {
                status: RecStatus::Norec,
                file: None,
                started: None,
            },
            Some(r) => RecordingView {
                status: if r.paused {
                    RecStatus::Paused
                } else {
                    RecStatus::Running
                },
                file: Some(r.path.clone()),
                started: r.started.clone().filter(|_| version == Version::V2),
            },
        }
    }

    fn view(&self, version: Version) -> ConferenceView {
        let shape = |m: &Member| match version {
            Version::V1 => m.v1(),
            Version::V2 => m.clone(),
        };
        // lastjoin is a copy taken at the join; a member still here is shown
        // as it is now.
        let lastjoin = self
            .lastjoin
            .as_ref()
            .map(|l| self.member(&l.confid).unwrap_or(l));
        ConferenceView {
            name: self.name.clone(),
            context: self.info.context.clone().unwrap_or_default(),
            conftype: self.info.conftype.clone(),
            num: self.info.num.clone(),
            recording: self.recording_for(version),
            locked: self.locked,
            floor: MaybeMember(
                self.floor
                    .as_deref()
                    .and_then(|id| self.member(id))
                    .map(shape),
            ),
            lastjoin: MaybeMember(lastjoin.map(shape)),
            lastleave: MaybeMember(self.lastleave.as_ref().map(shape)),
            memcount: self.members.len(),
            members: self.members.iter().map(shape).collect(),
            v2: (version == Version::V2).then(|| ConferenceV2 {
                started: self.started.clone(),
                wait_mod: self.wait_mod,
                node: None,
                split: Vec::new(),
            }),
        }
    }
}

/// See [`LiveState::counts`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LiveCounts {
    pub conferences: usize,
    pub members: usize,
    pub recordings: usize,
}

/// The running conferences and current registrations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LiveState {
    conferences: BTreeMap<String, LiveConference>,
    /// By call-id, which is what unregister/expire events name.
    registrations: BTreeMap<String, Registration>,
    /// Dialplan conferences by name: where `conference-create` gets context,
    /// type and number from.
    catalog: BTreeMap<String, ConfInfo>,
    /// Directory names by user id: how members are shown (see `name_for`).
    names: BTreeMap<String, String>,
    /// Call-ids of bindings `sofia::expire` ended. After `flush_inbound_reg`
    /// the switch still lists them in `show registrations` until the phone
    /// registers again, so a resync must not bring them back.
    ended: std::collections::BTreeSet<String>,
    /// Conference types (profiles) whose `conference-flags` hold `wait-mod`.
    wait_mod_types: std::collections::BTreeSet<String>,
    /// Conferences whose own settings say "wait for a moderator"
    /// (`conference_flags=wait-mod` in their dialplan extension).
    wait_mod_confs: std::collections::BTreeSet<String>,
}

fn wait_mod_confs_of(xml: &fsconf::State) -> std::collections::BTreeSet<String> {
    xml.conferences
        .iter()
        .filter(|c| c.settings.wait_for_moderator)
        .map(|c| c.name.clone())
        .collect()
}

/// A header value; FreeSWITCH sends an empty value as `_undef_` in plain
/// events, and neither means anything to us.
fn field<'a>(ev: &'a Event, name: &str) -> Option<&'a str> {
    ev.get(name).filter(|v| !v.is_empty() && *v != "_undef_")
}

fn catalog_of(xml: &fsconf::State) -> BTreeMap<String, ConfInfo> {
    let mut catalog = BTreeMap::new();
    for c in &xml.conferences {
        catalog.entry(c.name.clone()).or_insert_with(|| ConfInfo {
            context: Some(c.context.clone()).filter(|c| !c.is_empty()),
            conftype: c.conftype.clone(),
            num: c.num.to_string(),
        });
    }
    catalog
}

fn names_of(xml: &fsconf::State) -> BTreeMap<String, String> {
    xml.users
        .iter()
        .filter(|u| !u.name.is_empty())
        .map(|u| (u.id.to_string(), u.name.clone()))
        .collect()
}

impl LiveState {
    /// An empty state that knows the dialplan's conferences.
    pub fn new(xml: &fsconf::State) -> Self {
        LiveState {
            catalog: catalog_of(xml),
            names: names_of(xml),
            wait_mod_types: xml.wait_mod_types.clone(),
            wait_mod_confs: wait_mod_confs_of(xml),
            ..LiveState::default()
        }
    }

    /// Builds the state from the answers to `conference json_list` and
    /// `sofia status profile internal reg` (or `show registrations as
    /// json`, which keeps flushed bindings until they expire).
    ///
    /// Entries that lack what we need (a conference without a name, a member
    /// without an id) are skipped rather than failing the whole snapshot:
    /// one odd entry must not leave every client without state.
    pub fn from_snapshot(
        json_list: &str,
        registrations: &str,
        xml: &fsconf::State,
    ) -> Result<LiveState, SnapshotError> {
        LiveState::from_snapshot_at(json_list, registrations, xml, None)
    }

    /// `from_snapshot` read at `now`: json_list gives ages in seconds
    /// (`run_time`, `join_time`), which become times only with a clock.
    pub fn from_snapshot_at(
        json_list: &str,
        registrations: &str,
        xml: &fsconf::State,
        now: Option<DateTime<Utc>>,
    ) -> Result<LiveState, SnapshotError> {
        let mut state = LiveState::new(xml);
        let confs: Value = serde_json::from_str(json_list.trim())
            .map_err(|e| SnapshotError::Conferences(format!("{e}: {}", excerpt(json_list))))?;
        let confs = confs
            .as_array()
            .ok_or_else(|| SnapshotError::Conferences(excerpt(json_list)))?;
        for c in confs {
            if let Some(conf) = state.conference_from_json(c, now) {
                state.conferences.insert(conf.name.clone(), conf);
            }
        }
        state.registrations = if registrations.trim_start().starts_with('{') {
            registrations_from_json(registrations)?
        } else {
            registrations_from_sofia(registrations)?
        };
        Ok(state)
    }

    fn info_for(&self, name: &str, profile: Option<&str>) -> ConfInfo {
        self.catalog.get(name).cloned().unwrap_or_else(|| ConfInfo {
            context: None,
            conftype: profile.unwrap_or_default().to_string(),
            num: String::new(),
        })
    }

    /// How a member is shown: by the directory name of its user when the
    /// directory knows the user, else by the caller-id name. The caller-id
    /// name is whatever display name the phone put in its SIP `From`, so
    /// preferring the directory keeps a phone from posing as someone else.
    /// Events name the authenticated user (`Caller-Username`); `json_list`
    /// has only the caller-id number, which stands in for it there.
    fn name_for(&self, id: &str, shown: &str) -> String {
        self.names
            .get(id)
            .cloned()
            .unwrap_or_else(|| shown.to_string())
    }

    fn conference_from_json(
        &self,
        c: &Value,
        now: Option<DateTime<Utc>>,
    ) -> Option<LiveConference> {
        let name = c.get("conference_name")?.as_str()?;
        let mut conf = LiveConference::new(name, self.info_for(name, None));
        let ago = |v: Option<&Value>| seconds_before(now, v.and_then(Value::as_u64));
        conf.started = ago(c.get("run_time"));
        conf.locked = c.get("locked").and_then(Value::as_bool).unwrap_or(false);
        conf.wait_mod = c.get("wait_mod").and_then(Value::as_bool).unwrap_or(false);
        let empty = Vec::new();
        let members = c.get("members").and_then(Value::as_array).unwrap_or(&empty);
        // FreeSWITCH lists the newest member first.
        for m in members.iter().rev() {
            match m.get("type").and_then(Value::as_str) {
                Some("caller") => {
                    let Some(confid) = m.get("id").and_then(Value::as_u64) else {
                        continue;
                    };
                    let text = |k: &str| m.get(k).and_then(Value::as_str).unwrap_or_default();
                    let flag = |k: &str| {
                        m.get("flags")
                            .and_then(|f| f.get(k))
                            .and_then(Value::as_bool)
                    };
                    let number = |k: &str| m.get(k).and_then(Value::as_i64).unwrap_or(0);
                    let id = text("caller_id_number");
                    let member = Member {
                        name: self.name_for(id, text("caller_id_name")),
                        id: id.to_string(),
                        confid: confid.to_string(),
                        mute: flag("can_speak") == Some(false),
                        v2: Some(MemberV2 {
                            talking: flag("talking") == Some(true),
                            deaf: flag("can_hear") == Some(false),
                            moderator: flag("is_moderator") == Some(true),
                            joined: ago(m.get("join_time")),
                            energy: number("energy"),
                            volume_in: number("volume_in"),
                            volume_out: number("volume_out"),
                            hand: Hand::default(),
                        }),
                    };
                    if flag("has_floor") == Some(true) {
                        conf.floor = Some(member.confid.clone());
                    }
                    if let Some(uuid) = m.get("uuid").and_then(Value::as_str) {
                        conf.uuids.insert(member.confid.clone(), uuid.to_string());
                    }
                    conf.members.push(member);
                }
                Some("recording_node") => {
                    if let Some(path) = m.get("record_path").and_then(Value::as_str) {
                        conf.recordings.push(Recording {
                            path: path.to_string(),
                            paused: m.get("status").and_then(Value::as_str) == Some("paused"),
                            started: None,
                        });
                    }
                }
                _ => {}
            }
        }
        conf.lastjoin = conf.members.last().cloned();
        Some(conf)
    }

    /// The `init` reply's data for a client of `viewer`'s context.
    pub fn snapshot_for(&self, viewer: &ContextDef, settings: &Settings) -> Vec<ConferenceView> {
        self.conferences
            .values()
            .filter(|c| c.shown() && may_see(viewer, c.info.context.as_deref(), settings))
            .map(|c| c.view(Version::V1))
            .collect()
    }

    /// `snapshot_for` in the shape of protocol `version`.
    pub fn snapshot_for_version(
        &self,
        viewer: &ContextDef,
        settings: &Settings,
        version: Version,
    ) -> Vec<ConferenceView> {
        self.conferences
            .values()
            .filter(|c| c.shown() && may_see(viewer, c.info.context.as_deref(), settings))
            .map(|c| c.view(version))
            .collect()
    }

    /// Every running conference in the v2 shape with its context, whoever
    /// may see it (the REST API and the CLI filter).
    pub fn conference_view(&self, name: &str, version: Version) -> Option<ConferenceView> {
        self.conferences
            .get(name)
            .filter(|c| c.shown())
            .map(|c| c.view(version))
    }

    /// The members of `conference` whose user id is `user`: a user's own
    /// member(s), for `hand`.
    pub fn members_of_user(&self, conference: &str, user: &str) -> Vec<String> {
        self.conferences
            .get(conference)
            .map(|c| {
                c.members
                    .iter()
                    .filter(|m| m.id == user)
                    .map(|m| m.confid.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The confid of the floor holder of `conference`, if any.
    /// The channel UUID of a member, if an event or json_list named it.
    pub fn member_uuid(&self, conference: &str, confid: &str) -> Option<&str> {
        self.conferences
            .get(conference)?
            .uuids
            .get(confid)
            .map(String::as_str)
    }

    pub fn floor_holder(&self, conference: &str) -> Option<String> {
        self.conferences.get(conference)?.floor.clone()
    }

    /// Whether a dialplan conference `name` exists and `viewer` may see its
    /// context (running or not): where `transfer` may send members.
    pub fn may_see_dialplan(&self, name: &str, viewer: &ContextDef, settings: &Settings) -> bool {
        self.catalog
            .get(name)
            .is_some_and(|i| may_see(viewer, i.context.as_deref(), settings))
    }

    /// The conference type (FreeSWITCH profile) of a dialplan conference.
    pub fn conftype_of(&self, name: &str) -> Option<&str> {
        self.catalog
            .get(name)
            .map(|i| i.conftype.as_str())
            .filter(|t| !t.is_empty())
    }

    /// The dialplan number of a conference, if it has one.
    pub fn num_of(&self, name: &str) -> Option<&str> {
        self.catalog
            .get(name)
            .map(|i| i.num.as_str())
            .filter(|t| !t.is_empty())
    }

    /// Raises or lowers a member's hand: fsconn's own state (FreeSWITCH has
    /// no hands), changed by a control or a caller-control key.
    pub fn set_hand(
        &mut self,
        conference: &str,
        confid: &str,
        raised: bool,
        at: Option<String>,
    ) -> Vec<Delta> {
        let Some(conf) = self.conferences.get_mut(conference) else {
            return Vec::new();
        };
        let Some(v2) = conf.member_mut(confid).and_then(|m| m.v2.as_mut()) else {
            return Vec::new();
        };
        if v2.hand.raised == raised {
            return Vec::new();
        }
        v2.hand = Hand {
            raised,
            since: at.filter(|_| raised),
        };
        let since = v2.hand.since.clone();
        vec![Delta::v2_only(
            conf,
            ServerMessage::Hand {
                conference: conference.to_string(),
                data: confid.to_string(),
                raised,
                since,
            },
        )]
    }

    /// Carries over what a fresh snapshot only knows to the second (join,
    /// start and recording times) and what it cannot know (hands) from
    /// `old`, for members and conferences that are still the same; so a
    /// resync does not announce changes that did not happen.
    pub fn keep_times_from(&mut self, old: &LiveState) {
        for (name, conf) in &mut self.conferences {
            let Some(o) = old.conferences.get(name) else {
                continue;
            };
            if o.started.is_some() {
                conf.started = o.started.clone();
            }
            for r in &mut conf.recordings {
                if let Some(or) = o.recordings.iter().find(|x| x.path == r.path) {
                    r.started = or.started.clone();
                }
            }
            for m in &mut conf.members {
                let Some(om) = o
                    .member(&m.confid)
                    .filter(|x| x.name == m.name && x.id == m.id)
                else {
                    continue;
                };
                if let (Some(v2), Some(ov2)) = (m.v2.as_mut(), om.v2.as_ref()) {
                    v2.joined = ov2.joined.clone();
                    v2.hand = ov2.hand.clone();
                }
            }
        }
    }

    /// The `initreg` reply's data: registrations are visible to everyone.
    pub fn registrations(&self) -> Vec<Registration> {
        self.registrations.values().cloned().collect()
    }

    /// Running conferences, their members, and recordings being written
    /// (not paused): the gauges `/metrics` shows.
    pub fn counts(&self) -> LiveCounts {
        let running = self.conferences.values().filter(|c| c.shown());
        let mut n = LiveCounts::default();
        for c in running {
            n.conferences += 1;
            n.members += c.members.len();
            n.recordings += c.recordings.iter().filter(|r| !r.paused).count();
        }
        n
    }

    /// Member `confid` of conference `name`, if both are known.
    pub fn member_in(&self, name: &str, confid: &str) -> Option<&Member> {
        self.conferences.get(name)?.member(confid)
    }

    /// Whether `name` runs with members, i.e. clients know it.
    pub fn is_running(&self, name: &str) -> bool {
        self.conferences
            .get(name)
            .is_some_and(LiveConference::shown)
    }

    /// Who may hear about conference `name` (known to this state, shown or
    /// not).
    pub fn audience_of(&self, name: &str) -> Option<Audience> {
        self.conferences
            .get(name)
            .map(|c| Audience::Conference(c.info.context.clone()))
    }

    /// The names of the running conferences (those clients know).
    pub fn running_names(&self) -> impl Iterator<Item = &str> {
        self.conferences
            .values()
            .filter(|c| c.shown())
            .map(|c| c.name.as_str())
    }

    /// Whether `name` runs and a client of `viewer`'s context may see it.
    pub fn is_visible(&self, name: &str, viewer: &ContextDef, settings: &Settings) -> bool {
        self.conferences
            .get(name)
            .is_some_and(|c| c.shown() && may_see(viewer, c.info.context.as_deref(), settings))
    }

    pub fn has_member(&self, conference: &str, confid: &str) -> bool {
        self.conferences
            .get(conference)
            .is_some_and(|c| c.member(confid).is_some())
    }

    /// The file names of every recording FreeSWITCH is writing (running or
    /// paused): the retention policy must never remove them.
    pub fn recording_files(&self) -> Vec<String> {
        self.conferences
            .values()
            .flat_map(|c| c.recordings.iter())
            .filter_map(|r| std::path::Path::new(&r.path).file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .collect()
    }

    /// The recording clients see for a conference.
    pub fn recording(&self, conference: &str) -> Option<RecordingView> {
        self.conferences
            .get(conference)
            .map(LiveConference::recording)
    }

    /// `muteAll` for a conference, to send after a mute-all fsconn issued
    /// succeeded. FreeSWITCH has no event of its own for it (it fires one
    /// `mute-member` per member), so only the issuer knows it happened.
    pub fn mute_all_delta(&self, conference: &str) -> Option<Delta> {
        let conf = self.conferences.get(conference).filter(|c| c.shown())?;
        Some(Delta::about(
            conf,
            ServerMessage::MuteAll {
                conference: conference.to_string(),
            },
        ))
    }

    /// Whether a conference starts with CFLAG_WAIT_MOD: its profile's
    /// `conference-flags` or its own settings say so.
    fn starts_waiting(&self, conf: &LiveConference) -> bool {
        self.wait_mod_types.contains(&conf.info.conftype)
            || self.wait_mod_confs.contains(&conf.name)
    }

    /// Takes in a reloaded dialplan. A conference whose context, type or
    /// number changed is withdrawn from the clients that could see it and
    /// announced to those that can now: that moves it in every client's view
    /// whichever way the visibility changed.
    pub fn refresh_xml(&mut self, xml: &fsconf::State) -> Vec<Delta> {
        self.catalog = catalog_of(xml);
        self.names = names_of(xml);
        self.wait_mod_types = xml.wait_mod_types.clone();
        self.wait_mod_confs = wait_mod_confs_of(xml);
        let mut deltas = Vec::new();
        for conf in self.conferences.values_mut() {
            let info = self
                .catalog
                .get(&conf.name)
                .cloned()
                .unwrap_or_else(|| ConfInfo {
                    context: None,
                    conftype: conf.info.conftype.clone(),
                    num: String::new(),
                });
            if info == conf.info {
                continue;
            }
            if conf.shown() {
                deltas.push(Delta::about(
                    conf,
                    ServerMessage::DelConference {
                        conference: conf.name.clone(),
                    },
                ));
            }
            conf.info = info;
            if conf.shown() {
                deltas.push(Delta::new_conference(conf));
            }
        }
        deltas
    }

    /// Applies one event and returns what clients must be told.
    ///
    /// Events that are not about conferences, registrations or the XML are
    /// ignored, as are conference actions that change nothing clients see
    /// (`start-talking`, `play-file`, `dtmf`, ...).
    pub fn apply(&mut self, event: &Event) -> Vec<Delta> {
        match (event.name(), event.subclass()) {
            (Some("CUSTOM"), Some("conference::maintenance")) => self.apply_conference(event),
            (Some("CUSTOM"), Some("sofia::register")) => self.apply_register(event),
            (Some("CUSTOM"), Some("sofia::unregister" | "sofia::expire")) => {
                self.apply_unregister(event)
            }
            (Some("RELOADXML"), _) => vec![Delta::everyone(ServerMessage::NewXml)],
            _ => Vec::new(),
        }
    }

    fn apply_conference(&mut self, ev: &Event) -> Vec<Delta> {
        let (Some(action), Some(name)) = (field(ev, "Action"), field(ev, "Conference-Name")) else {
            return Vec::new();
        };
        let mut deltas = match action {
            "conference-create" => self.conference_created(name, ev),
            "conference-destroy" => self.conference_destroyed(name),
            "add-member" => self.member_added(name, ev),
            "del-member" => self.member_left(name, ev),
            "floor-change" => self.floor_changed(name, ev),
            "mute-member" => self.mute_changed(name, ev, true),
            "unmute-member" => self.mute_changed(name, ev, false),
            "lock" => self.lock_changed(name, true),
            "unlock" => self.lock_changed(name, false),
            "start-recording" | "pause-recording" | "resume-recording" | "stop-recording" => {
                self.recording_changed(name, action, ev)
            }
            "dtmf" => self.hand_key(name, ev),
            "bgdial-result" => self.dial_result(name, ev),
            _ => Vec::new(),
        };
        // The member block of every other member event tells the member's
        // state now: whoever acted (fs_cli, a key, fsconn), v2 follows it.
        let leaves = [
            "add-member",
            "del-member",
            "kick-member",
            "hup-member",
            "transfer",
        ];
        if !leaves.contains(&action) {
            deltas.extend(self.refresh_member(name, action, ev));
        }
        deltas
    }

    /// Compares a member event's block (`Talking`, `Hear`, `Member-Type`,
    /// `Energy-Level`, and `Volume-Level` of volume events) with the member
    /// and announces the differences to v2 clients.
    fn refresh_member(&mut self, name: &str, action: &str, ev: &Event) -> Vec<Delta> {
        let Some(confid) = field(ev, "Member-ID") else {
            return Vec::new();
        };
        let Some(conf) = self.conferences.get_mut(name) else {
            return Vec::new();
        };
        if !conf.shown() {
            return Vec::new();
        }
        let Some(member) = conf.member_mut(confid) else {
            return Vec::new();
        };
        let Some(v2) = member.v2.as_mut() else {
            return Vec::new();
        };
        let before = v2.clone();
        let flag = |h: &str| field(ev, h).map(|v| v == "true");
        if let Some(t) = flag("Talking") {
            v2.talking = t;
        }
        if let Some(hear) = flag("Hear") {
            v2.deaf = !hear;
        }
        if let Some(t) = field(ev, "Member-Type") {
            v2.moderator = t == "moderator";
        }
        if let Some(e) = field(ev, "Energy-Level").and_then(|e| e.parse().ok()) {
            v2.energy = e;
        }
        let volume = field(ev, "Volume-Level").and_then(|v| v.parse().ok());
        match (action, volume) {
            ("volume-in-member", Some(v)) => v2.volume_in = v,
            ("volume-out-member", Some(v)) => v2.volume_out = v,
            _ => {}
        }
        let after = v2.clone();
        let member = member.clone();
        let (c, d) = (|| name.to_string(), || confid.to_string());
        let mut out = Vec::new();
        if before.talking != after.talking {
            out.push(match after.talking {
                true => ServerMessage::StartTalking {
                    conference: c(),
                    data: d(),
                },
                false => ServerMessage::StopTalking {
                    conference: c(),
                    data: d(),
                },
            });
        }
        if before.deaf != after.deaf {
            out.push(match after.deaf {
                true => ServerMessage::Deaf {
                    conference: c(),
                    data: d(),
                },
                false => ServerMessage::Undeaf {
                    conference: c(),
                    data: d(),
                },
            });
        }
        let settings = |v: &MemberV2| (v.moderator, v.energy, v.volume_in, v.volume_out);
        if settings(&before) != settings(&after) {
            out.push(ServerMessage::MemberChange {
                conference: c(),
                data: member,
            });
        }
        out.into_iter().map(|m| Delta::v2_only(conf, m)).collect()
    }

    /// A caller-control key whose `event` action is `hand` (toggle),
    /// `raisehand` or `lowerhand` (see the example conference.conf.xml).
    fn hand_key(&mut self, name: &str, ev: &Event) -> Vec<Delta> {
        let Some(confid) = field(ev, "Member-ID") else {
            return Vec::new();
        };
        let raised = self
            .conferences
            .get(name)
            .and_then(|c| c.member(confid))
            .and_then(|m| m.v2.as_ref())
            .is_some_and(|v| v.hand.raised);
        let raise = match field(ev, "Data") {
            Some("hand") => !raised,
            Some("raisehand") => true,
            Some("lowerhand") => false,
            _ => return Vec::new(),
        };
        self.set_hand(name, confid, raise, event_time(ev))
    }

    /// The outcome of a `bgdial` (a `dial` control): v2 clients learn
    /// whether the phone answered.
    fn dial_result(&mut self, name: &str, ev: &Event) -> Vec<Delta> {
        let (Some(conf), Some(result)) = (self.conferences.get(name), field(ev, "Result")) else {
            return Vec::new();
        };
        if !conf.shown() {
            return Vec::new();
        }
        vec![Delta::v2_only(
            conf,
            ServerMessage::DialResult {
                conference: name.to_string(),
                result: result.to_string(),
            },
        )]
    }

    fn conference_created(&mut self, name: &str, ev: &Event) -> Vec<Delta> {
        let info = self.info_for(name, field(ev, "Conference-Profile-Name"));
        let mut fresh = LiveConference::new(name, info);
        fresh.started = event_time(ev);
        fresh.wait_mod = self.starts_waiting(&fresh);
        match self.conferences.insert(name.to_string(), fresh) {
            // We missed the end of an earlier conference of that name.
            Some(old) if old.shown() => vec![Delta::about(
                &old,
                ServerMessage::DelConference {
                    conference: name.to_string(),
                },
            )],
            _ => Vec::new(),
        }
    }

    fn conference_destroyed(&mut self, name: &str) -> Vec<Delta> {
        match self.conferences.remove(name) {
            // Normally the last del-member already ended it for clients.
            Some(old) if old.shown() => vec![Delta::about(
                &old,
                ServerMessage::DelConference {
                    conference: name.to_string(),
                },
            )],
            _ => Vec::new(),
        }
    }

    fn member_added(&mut self, name: &str, ev: &Event) -> Vec<Delta> {
        let Some(member) = member_of(ev, |id, shown| self.name_for(id, shown)) else {
            return vec![Delta::out_of_sync(format!(
                "add-member in {name} without a usable Member-ID"
            ))];
        };
        // A conference we never saw created (it started while we were not
        // subscribed) is created from the event: it carries all we need, and
        // Conference-Size below tells whether we missed other members.
        if !self.conferences.contains_key(name) {
            let info = self.info_for(name, field(ev, "Conference-Profile-Name"));
            let mut conf = LiveConference::new(name, info);
            conf.started = event_time(ev);
            conf.wait_mod = self.starts_waiting(&conf);
            self.conferences.insert(name.to_string(), conf);
        }
        let Some(conf) = self.conferences.get_mut(name) else {
            return Vec::new();
        };
        if conf.member(&member.confid).is_some() {
            return vec![Delta::out_of_sync(format!(
                "add-member of {} in {name}, which is already a member",
                member.confid
            ))];
        }
        let first = conf.members.is_empty();
        if member.v2.as_ref().is_some_and(|v| v.moderator) {
            // mod_conference clears CFLAG_WAIT_MOD when a moderator enters.
            conf.wait_mod = false;
        }
        if let Some(uuid) = field(ev, "Unique-ID") {
            conf.uuids.insert(member.confid.clone(), uuid.to_string());
        }
        conf.members.push(member.clone());
        conf.lastjoin = Some(member.clone());
        let mut deltas = vec![if first {
            Delta::new_conference(conf)
        } else {
            Delta::with_member(conf, &member, |data| ServerMessage::NewMember {
                conference: name.to_string(),
                data,
            })
        }];
        deltas.extend(size_check(conf, ev));
        deltas
    }

    fn member_left(&mut self, name: &str, ev: &Event) -> Vec<Delta> {
        let Some(conf) = self.conferences.get_mut(name) else {
            return vec![Delta::out_of_sync(format!(
                "del-member in unknown conference {name}"
            ))];
        };
        let Some(confid) = field(ev, "Member-ID") else {
            return Vec::new();
        };
        let Some(pos) = conf.members.iter().position(|m| m.confid == confid) else {
            return vec![Delta::out_of_sync(format!(
                "del-member of unknown member {confid} in {name}"
            ))];
        };
        let member = conf.members.remove(pos);
        conf.uuids.remove(confid);
        // lastjoin shows a member who is still here as it is now; one who
        // left stays as it was when it left.
        if let Some(last) = conf.lastjoin.as_mut().filter(|m| m.confid == confid) {
            *last = member.clone();
        }
        if conf.floor.as_deref() == Some(confid) {
            conf.floor = None;
        }
        conf.lastleave = Some(member);
        let message = if conf.members.is_empty() {
            ServerMessage::DelConference {
                conference: name.to_string(),
            }
        } else {
            ServerMessage::DelMember {
                conference: name.to_string(),
                data: confid.to_string(),
            }
        };
        let mut deltas = vec![Delta::about(conf, message)];
        deltas.extend(size_check(conf, ev));
        deltas
    }

    /// `New-ID: none` means the holder is leaving (its del-member follows and
    /// clears the floor); the protocol has no "nobody has the floor" event.
    fn floor_changed(&mut self, name: &str, ev: &Event) -> Vec<Delta> {
        let Some(new_id) = field(ev, "New-ID").filter(|id| *id != "none") else {
            return Vec::new();
        };
        let Some(conf) = self.conferences.get_mut(name) else {
            return vec![Delta::out_of_sync(format!(
                "floor-change in unknown conference {name}"
            ))];
        };
        let Some(member) = conf.member(new_id).cloned() else {
            return vec![Delta::out_of_sync(format!(
                "floor-change to unknown member {new_id} in {name}"
            ))];
        };
        if conf.floor.as_deref() == Some(new_id) {
            return Vec::new();
        }
        conf.floor = Some(member.confid.clone());
        vec![Delta::with_member(conf, &member, |data| {
            ServerMessage::FloorChange {
                conference: name.to_string(),
                data,
            }
        })]
    }

    fn mute_changed(&mut self, name: &str, ev: &Event, mute: bool) -> Vec<Delta> {
        let Some(conf) = self.conferences.get_mut(name) else {
            return vec![Delta::out_of_sync(format!(
                "mute change in unknown conference {name}"
            ))];
        };
        let Some(confid) = field(ev, "Member-ID") else {
            return Vec::new();
        };
        let Some(member) = conf.members.iter_mut().find(|m| m.confid == confid) else {
            return vec![Delta::out_of_sync(format!(
                "mute change of unknown member {confid} in {name}"
            ))];
        };
        // Forwarded even when it changes nothing: the switch repeats it for
        // every member on `mute all`, and the original passed each one on.
        member.mute = mute;
        // lastjoin is a copy of the member; keep it telling the truth.
        if let Some(last) = conf.lastjoin.as_mut().filter(|m| m.confid == confid) {
            last.mute = mute;
        }
        let (conference, data) = (name.to_string(), confid.to_string());
        let message = if mute {
            ServerMessage::Mute { conference, data }
        } else {
            ServerMessage::Unmute { conference, data }
        };
        vec![Delta::about(conf, message)]
    }

    fn lock_changed(&mut self, name: &str, locked: bool) -> Vec<Delta> {
        let Some(conf) = self.conferences.get_mut(name) else {
            return vec![Delta::out_of_sync(format!(
                "lock change in unknown conference {name}"
            ))];
        };
        if conf.locked == locked {
            return Vec::new();
        }
        conf.locked = locked;
        let conference = name.to_string();
        let message = if locked {
            ServerMessage::Lock { conference }
        } else {
            ServerMessage::Unlock { conference }
        };
        vec![Delta::about(conf, message)]
    }

    fn recording_changed(&mut self, name: &str, action: &str, ev: &Event) -> Vec<Delta> {
        let Some(conf) = self.conferences.get_mut(name) else {
            return vec![Delta::out_of_sync(format!(
                "{action} in unknown conference {name}"
            ))];
        };
        let Some(path) = field(ev, "Path") else {
            return Vec::new();
        };
        let before = conf.recording_for(Version::V2);
        let known = conf.recordings.iter().position(|r| r.path == path);
        match (action, known) {
            // FreeSWITCH reports a file it could not open this way.
            ("start-recording", _) if field(ev, "Error").is_some() => {}
            ("start-recording", Some(i)) => conf.recordings[i].paused = false,
            ("start-recording", None) => conf.recordings.push(Recording {
                path: path.to_string(),
                paused: false,
                started: event_time(ev),
            }),
            ("pause-recording", Some(i)) => conf.recordings[i].paused = true,
            ("resume-recording", Some(i)) => conf.recordings[i].paused = false,
            ("stop-recording", Some(i)) => {
                conf.recordings.remove(i);
            }
            // A stop of a file we do not know leaves us where FreeSWITCH is.
            ("stop-recording", None) => {}
            (_, None) => {
                return vec![Delta::out_of_sync(format!(
                    "{action} of unknown recording {path} in {name}"
                ))]
            }
            _ => {}
        }
        let after = conf.recording_for(Version::V2);
        if !conf.shown() {
            return last_member_stop(conf, &before, &after);
        }
        recording_transition(name, &before, &after)
            .into_iter()
            .map(|m| with_stop_reason(m, StopReason::Stopped))
            .map(|m| Delta::about_split(conf, Some(v1_of(&m)), Some(m)))
            .collect()
    }

    fn apply_register(&mut self, ev: &Event) -> Vec<Delta> {
        let Some(reg) = registration_of(ev) else {
            return Vec::new();
        };
        self.ended.remove(&reg.regid);
        match self.registrations.insert(reg.regid.clone(), reg.clone()) {
            // Refreshes repeat the event with the same call-id.
            Some(old) if old == reg => Vec::new(),
            Some(old) => vec![
                Delta::everyone(ServerMessage::DelReg { user: old }),
                Delta::everyone(ServerMessage::AddReg { user: reg }),
            ],
            None => vec![Delta::everyone(ServerMessage::AddReg { user: reg })],
        }
    }

    /// Takes over what `old` knew about ended bindings into a state freshly
    /// read from the switch, and drops the rows the switch still lists for
    /// them. Call-ids the switch no longer lists are forgotten.
    pub fn carry_ended(&mut self, old: &LiveState) {
        self.ended = old
            .ended
            .iter()
            .filter(|id| self.registrations.contains_key(*id))
            .cloned()
            .collect();
        for id in &self.ended {
            self.registrations.remove(id);
        }
    }

    fn apply_unregister(&mut self, ev: &Event) -> Vec<Delta> {
        if ev.subclass() == Some("sofia::expire") {
            if let Some(id) = field(ev, "call-id") {
                self.ended.insert(id.to_string());
            }
        }
        field(ev, "call-id")
            .and_then(|id| self.registrations.remove(id))
            .map(|user| Delta::everyone(ServerMessage::DelReg { user }))
            .into_iter()
            .collect()
    }
}

fn excerpt(text: &str) -> String {
    let t = text.trim();
    match t.char_indices().nth(80) {
        Some((i, _)) => format!("{}...", &t[..i]),
        None => t.to_string(),
    }
}

/// The bindings in sofia's own table, `sofia status profile NAME reg`:
/// blocks of `Key:<tab>value` lines, one per binding. Unlike `show
/// registrations` (the core's table), it loses a binding at once when
/// `flush_inbound_reg` ends it (docs/real-freeswitch.md section 4, row 7).
fn registrations_from_sofia(text: &str) -> Result<BTreeMap<String, Registration>, SnapshotError> {
    // A profile that is not running has no bindings (and must not cost
    // clients the conferences).
    if text.trim() == "Invalid Profile!" {
        return Ok(BTreeMap::new());
    }
    if !text.contains("Registrations:") {
        return Err(SnapshotError::Registrations(excerpt(text)));
    }
    let mut regs = BTreeMap::new();
    for block in text.split("\n\n") {
        let get = |key: &str| {
            block.lines().find_map(|l| {
                let (k, v) = l.split_once(':')?;
                (k.trim() == key).then(|| v.trim().to_string())
            })
        };
        let (Some(call_id), Some(user)) = (get("Call-ID"), get("User")) else {
            continue;
        };
        let id = user.split('@').next().unwrap_or_default().to_string();
        let sipcon = format!(
            "{}:{}",
            get("IP").unwrap_or_default(),
            get("Port").unwrap_or_default()
        );
        regs.insert(
            call_id.clone(),
            Registration {
                id,
                regid: call_id,
                sipcon,
            },
        );
    }
    Ok(regs)
}

fn registrations_from_json(text: &str) -> Result<BTreeMap<String, Registration>, SnapshotError> {
    let v: Value = serde_json::from_str(text.trim())
        .map_err(|e| SnapshotError::Registrations(format!("{e}: {}", excerpt(text))))?;
    if v.get("row_count").is_none() {
        return Err(SnapshotError::Registrations(excerpt(text)));
    }
    let empty = Vec::new();
    let rows = v.get("rows").and_then(Value::as_array).unwrap_or(&empty);
    let mut regs = BTreeMap::new();
    for row in rows {
        let text = |k: &str| row.get(k).and_then(Value::as_str);
        let (Some(user), Some(token)) = (text("reg_user"), text("token")) else {
            continue;
        };
        regs.insert(
            token.to_string(),
            Registration {
                id: user.to_string(),
                regid: token.to_string(),
                sipcon: format!(
                    "{}:{}",
                    text("network_ip").unwrap_or_default(),
                    text("network_port").unwrap_or_default()
                ),
            },
        );
    }
    Ok(regs)
}

/// The member an add-member (or any member) event describes; `name_for`
/// turns its user id and caller-id name into the name clients see.
fn member_of(ev: &Event, name_for: impl Fn(&str, &str) -> String) -> Option<Member> {
    let confid = field(ev, "Member-ID").filter(|id| id.bytes().all(|b| b.is_ascii_digit()))?;
    let id = field(ev, "Caller-Username")
        .or_else(|| field(ev, "Caller-Caller-ID-Number"))
        .unwrap_or_default();
    Some(Member {
        name: name_for(id, field(ev, "Caller-Caller-ID-Name").unwrap_or_default()),
        id: id.to_string(),
        confid: confid.to_string(),
        mute: field(ev, "Speak") == Some("false"),
        v2: Some(MemberV2 {
            talking: field(ev, "Talking") == Some("true"),
            deaf: field(ev, "Hear") == Some("false"),
            moderator: field(ev, "Member-Type") == Some("moderator"),
            joined: event_time(ev),
            energy: field(ev, "Energy-Level")
                .and_then(|e| e.parse().ok())
                .unwrap_or(0),
            volume_in: 0,
            volume_out: 0,
            hand: Hand::default(),
        }),
    })
}

fn registration_of(ev: &Event) -> Option<Registration> {
    Some(Registration {
        id: field(ev, "from-user")
            .or_else(|| field(ev, "username"))?
            .to_string(),
        regid: field(ev, "call-id")?.to_string(),
        sipcon: format!(
            "{}:{}",
            field(ev, "network-ip").unwrap_or_default(),
            field(ev, "network-port").unwrap_or_default()
        ),
    })
}

/// The v1 form of a message that exists in both versions: without the
/// fields v2 added.
fn v1_of(m: &ServerMessage) -> ServerMessage {
    match m {
        ServerMessage::RecStart {
            conference, file, ..
        } => ServerMessage::RecStart {
            conference: conference.clone(),
            file: file.clone(),
            started: None,
        },
        ServerMessage::RecStop { conference, .. } => ServerMessage::RecStop {
            conference: conference.clone(),
            reason: None,
        },
        other => other.clone(),
    }
}

/// A `recStop` that says why, for v2 clients.
fn with_stop_reason(m: ServerMessage, why: StopReason) -> ServerMessage {
    match m {
        ServerMessage::RecStop { conference, .. } => ServerMessage::RecStop {
            conference,
            reason: Some(why),
        },
        other => other,
    }
}

/// FreeSWITCH stops a conference's recordings after its last member left,
/// when clients have already been told the conference is gone (`delConference`).
/// v1 clients never heard of this stop and still do not; v2 clients learn
/// that the recording ended and why, so they can trust the file is complete.
fn last_member_stop(
    conf: &LiveConference,
    before: &RecordingView,
    after: &RecordingView,
) -> Vec<Delta> {
    if before.status == RecStatus::Norec || after.status != RecStatus::Norec {
        return Vec::new();
    }
    vec![Delta::v2_only(
        conf,
        ServerMessage::RecStop {
            conference: conf.name.clone(),
            reason: Some(StopReason::LastMemberLeft),
        },
    )]
}

/// ISO 8601 UTC with milliseconds, as in recording file names.
fn iso(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// When FreeSWITCH fired the event (`Event-Date-Timestamp`, microseconds).
fn event_time(ev: &Event) -> Option<String> {
    let micros: i64 = field(ev, "Event-Date-Timestamp")?.parse().ok()?;
    DateTime::from_timestamp_micros(micros).map(iso)
}

fn seconds_before(now: Option<DateTime<Utc>>, secs: Option<u64>) -> Option<String> {
    let secs = i64::try_from(secs?).ok()?;
    Some(iso(now? - chrono::Duration::try_seconds(secs)?))
}

/// FreeSWITCH counts members in `Conference-Size` after the change; if ours
/// differs we missed a join or a leave.
fn size_check(conf: &LiveConference, ev: &Event) -> Option<Delta> {
    let size: usize = field(ev, "Conference-Size")?.parse().ok()?;
    (size != conf.members.len()).then(|| {
        Delta::out_of_sync(format!(
            "{} has {} members here but Conference-Size {size}",
            conf.name,
            conf.members.len()
        ))
    })
}

/// The recording messages that take a client from `before` to `after`.
/// Only "no recording" is `recStop`; a switch to another file is announced
/// with `recStart` of that file.
fn recording_transition(
    conference: &str,
    before: &RecordingView,
    after: &RecordingView,
) -> Vec<ServerMessage> {
    use RecStatus::*;
    let c = || conference.to_string();
    let Some(file) = after.file.clone() else {
        return match before.status {
            Norec => Vec::new(),
            _ => vec![ServerMessage::RecStop {
                conference: c(),
                reason: None,
            }],
        };
    };
    let same_file = before.file.as_deref() == Some(file.as_str());
    match (before.status, after.status) {
        (_, Norec) => Vec::new(),
        (Running, Paused) if same_file => vec![ServerMessage::RecPause {
            conference: c(),
            file,
        }],
        (Paused, Running) if same_file => vec![ServerMessage::RecResume {
            conference: c(),
            file,
        }],
        (b, a) if same_file && a == b => Vec::new(),
        (_, Running) => vec![ServerMessage::RecStart {
            conference: c(),
            file,
            started: after.started.clone(),
        }],
        (_, Paused) => vec![
            ServerMessage::RecStart {
                conference: c(),
                file: file.clone(),
                started: after.started.clone(),
            },
            ServerMessage::RecPause {
                conference: c(),
                file,
            },
        ],
    }
}

/// The messages that bring a client that saw `old` to `new`, as if it had
/// watched the events in between: what a resync after a reconnect sends.
///
/// Member changes within a conference come as `delMember`s then
/// `newMember`s, then mute, lock, recording and floor changes, then (v2
/// only) talking, deaf, hand and the other member fields.
pub fn diff(old: &LiveState, new: &LiveState) -> Vec<Delta> {
    let mut deltas = Vec::new();
    let shown = |s: &LiveState, name: &str| s.conferences.get(name).filter(|c| c.shown()).cloned();
    let names: std::collections::BTreeSet<&String> = old
        .conferences
        .keys()
        .chain(new.conferences.keys())
        .collect();
    let del = |o: &LiveConference, name: &str| {
        Delta::about(
            o,
            ServerMessage::DelConference {
                conference: name.to_string(),
            },
        )
    };
    for name in names {
        match (shown(old, name), shown(new, name)) {
            (None, None) => {}
            (Some(o), None) => deltas.push(del(&o, name)),
            (None, Some(n)) => deltas.push(Delta::new_conference(&n)),
            (Some(o), Some(n)) if o.info != n.info || o.started != n.started => {
                deltas.push(del(&o, name));
                deltas.push(Delta::new_conference(&n));
            }
            (Some(o), Some(n)) => deltas.extend(
                conference_diff(&o, &n)
                    .into_iter()
                    .map(|(v1, v2)| Delta::about_split(&n, v1, v2)),
            ),
        }
    }
    for (id, reg) in &old.registrations {
        if new.registrations.get(id) != Some(reg) {
            deltas.push(Delta::everyone(ServerMessage::DelReg { user: reg.clone() }));
        }
    }
    for (id, reg) in &new.registrations {
        if old.registrations.get(id) != Some(reg) {
            deltas.push(Delta::everyone(ServerMessage::AddReg { user: reg.clone() }));
        }
    }
    deltas
}

/// A message for each version (`None`: nothing for that version).
type Versions = (Option<ServerMessage>, Option<ServerMessage>);

fn both(m: ServerMessage) -> Versions {
    (Some(m.clone()), Some(m))
}

fn conference_diff(old: &LiveConference, new: &LiveConference) -> Vec<Versions> {
    let c = || new.name.clone();
    fn holder(c: &LiveConference) -> Option<&Member> {
        c.floor.as_deref().and_then(|id| c.member(id))
    }
    let with_member = |m: &Member, make: &dyn Fn(Member) -> ServerMessage| -> Versions {
        (Some(make(m.v1())), Some(make(m.clone())))
    };
    // The protocol cannot say "nobody has the floor"; clients clear it when
    // the holder leaves. So a holder who lost the floor but stayed is sent
    // as leaving and rejoining.
    let released = holder(old).filter(|_| holder(new).is_none());
    // Member ids restart at 1 when FreeSWITCH restarts, so after a resync
    // the same id may be someone else: that too is a leave and a join.
    let stays = |m: &Member| -> Option<&Member> {
        new.member(&m.confid)
            .filter(|n| n.name == m.name && n.id == m.id)
            .filter(|n| n.v2.as_ref().map(|v| &v.joined) == m.v2.as_ref().map(|v| &v.joined))
            .filter(|_| released.is_none_or(|r| r.confid != m.confid))
    };
    let mut out = Vec::new();
    let mut v2_changes = Vec::new();
    for m in &old.members {
        if stays(m).is_none() {
            out.push(both(ServerMessage::DelMember {
                conference: c(),
                data: m.confid.clone(),
            }));
        }
    }
    for m in &new.members {
        let before = old.member(&m.confid).filter(|o| stays(o).is_some());
        let Some(o) = before else {
            out.push(with_member(m, &|data| ServerMessage::NewMember {
                conference: c(),
                data,
            }));
            continue;
        };
        if o.mute != m.mute {
            let (conference, data) = (c(), m.confid.clone());
            out.push(both(if m.mute {
                ServerMessage::Mute { conference, data }
            } else {
                ServerMessage::Unmute { conference, data }
            }));
        }
        v2_changes.extend(
            member_v2_diff(&new.name, o, m)
                .into_iter()
                .map(|m| (None, Some(m))),
        );
    }
    out.extend(lock_and_recording_diff(old, new));
    if let Some(m) = holder(new) {
        let unchanged = holder(old).is_some_and(|o| o.confid == m.confid && stays(o).is_some());
        if !unchanged {
            out.push(with_member(m, &|data| ServerMessage::FloorChange {
                conference: c(),
                data,
            }));
        }
    }
    out.extend(v2_changes);
    out
}

/// Lock and recording changes of a conference.
fn lock_and_recording_diff(old: &LiveConference, new: &LiveConference) -> Vec<Versions> {
    let conference = new.name.clone();
    let mut out = Vec::new();
    if old.locked != new.locked {
        out.push(both(if new.locked {
            ServerMessage::Lock { conference }
        } else {
            ServerMessage::Unlock { conference }
        }));
    }
    out.extend(
        recording_transition(
            &new.name,
            &old.recording_for(Version::V2),
            &new.recording_for(Version::V2),
        )
        .into_iter()
        .map(|m| (Some(v1_of(&m)), Some(m))),
    );
    out
}

/// The v2 messages that take a member from `old` to `new` (same member).
fn member_v2_diff(conference: &str, old: &Member, new: &Member) -> Vec<ServerMessage> {
    let (Some(o), Some(n)) = (old.v2.as_ref(), new.v2.as_ref()) else {
        return Vec::new();
    };
    let (c, d) = (|| conference.to_string(), || new.confid.clone());
    let mut out = Vec::new();
    if o.talking != n.talking {
        out.push(match n.talking {
            true => ServerMessage::StartTalking {
                conference: c(),
                data: d(),
            },
            false => ServerMessage::StopTalking {
                conference: c(),
                data: d(),
            },
        });
    }
    if o.deaf != n.deaf {
        out.push(match n.deaf {
            true => ServerMessage::Deaf {
                conference: c(),
                data: d(),
            },
            false => ServerMessage::Undeaf {
                conference: c(),
                data: d(),
            },
        });
    }
    if o.hand != n.hand {
        out.push(ServerMessage::Hand {
            conference: c(),
            data: d(),
            raised: n.hand.raised,
            since: n.hand.since.clone(),
        });
    }
    let settings = |v: &MemberV2| (v.moderator, v.energy, v.volume_in, v.volume_out);
    if settings(o) != settings(n) {
        out.push(ServerMessage::MemberChange {
            conference: c(),
            data: new.clone(),
        });
    }
    out
}

#[cfg(test)]
mod wait_tests {
    use super::*;
    use crate::live::tests::xml;
    use fsconn_esl::codec::{Event, Headers};

    #[test]
    fn a_conference_that_waits_by_its_own_settings_starts_waiting() {
        let mut xml = xml();
        for c in &mut xml.conferences {
            c.settings.wait_for_moderator = c.name == "team_g722";
        }
        let mut state = LiveState::new(&xml);
        let mut create = |name: &str| {
            let mut h: Headers = [
                ("Event-Subclass", "conference::maintenance"),
                ("Event-Name", "CUSTOM"),
                ("Action", "conference-create"),
                ("Conference-Name", name),
            ]
            .into_iter()
            .collect();
            h.push("Conference-Profile-Name", "16kHz-novideo");
            state.apply(&Event {
                headers: h,
                body: None,
            });
        };
        create("team_g722");
        create("public_g722");
        let waits = |s: &LiveState, name: &str| s.conferences.get(name).map(|c| c.wait_mod);
        assert_eq!(waits(&state, "team_g722"), Some(true));
        assert_eq!(waits(&state, "public_g722"), Some(false));
    }
}
