//! The simulated switch: configuration, conferences, registrations, and the
//! api commands that read and change them.
//!
//! All state sits behind one mutex and every command runs to completion while
//! holding it, then hands its events to the bus in the order they were
//! created. Commands are in-memory work (plus reading the conf tree for
//! `reloadxml`), so holding the lock is short and keeps every client's view of
//! the event order identical, as on a real switch.

use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fsconn_esl::codec::{Event, Headers};

use super::config::{ConferenceExtension, SwitchConfig, User};
use super::events::{lock, origin, Bus, EventFactory, Identity, Origin};
use super::xml::{self, Element, Vars};

mod callers;
mod conference;
mod controls;
mod dispatch;
mod keys;
mod listing;
mod media;
mod moderation;
mod node_lookups;
mod phones;
mod recording;
mod wire;

use dispatch::*;
pub use listing::cjson_print;
use listing::*;
use wire::*;

const MAINT: Option<&str> = Some("conference::maintenance");

const O_API: Origin = origin("switch_loadable_module.c", "switch_api_execute", 2954);
const O_BGJOB: Origin = origin("mod_event_socket.c", "api_exec", 1572);
const O_RELOADXML: Origin = origin("switch_xml.c", "switch_xml_open_root", 2385);
const O_CONF_NEW: Origin = origin("mod_conference.c", "conference_new", 3848);
const O_CONF_DESTROY: Origin = origin("mod_conference.c", "conference_thread_run", 863);
const O_ADD_MEMBER: Origin = origin("conference_member.c", "conference_member_add", 962);
const O_DEL_MEMBER: Origin = origin("conference_member.c", "conference_member_del", 1355);
const O_FLOOR: Origin = origin(
    "conference_member.c",
    "conference_member_set_floor_holder",
    1158,
);
const O_MUTE: Origin = origin("conference_api.c", "conference_api_sub_mute", 339);
const O_UNMUTE: Origin = origin("conference_api.c", "conference_api_sub_unmute", 492);
const O_DEAF: Origin = origin("conference_api.c", "conference_api_sub_deaf", 797);
const O_UNDEAF: Origin = origin("conference_api.c", "conference_api_sub_undeaf", 839);
const O_LOCK: Origin = origin("conference_api.c", "conference_api_sub_lock", 3474);
const O_UNLOCK: Origin = origin("conference_api.c", "conference_api_sub_unlock", 3496);
const O_KICK: Origin = origin("conference_api.c", "conference_api_sub_kick", 902);
const O_HUP: Origin = origin("conference_api.c", "conference_api_sub_hup", 871);
const O_PLAY_API: Origin = origin("conference_api.c", "conference_api_sub_play", 2817);
const O_PLAY_FILE: Origin = origin("conference_file.c", "conference_file_play", 268);
const O_REC_START: Origin = origin("conference_record.c", "conference_record_thread_run", 319);
const O_REC_STOP: Origin = origin("conference_record.c", "conference_record_thread_run", 427);
const O_REC_PAUSE: Origin = origin("conference_api.c", "conference_api_sub_pauserec", 3860);
const O_DTMF: Origin = origin("conference_loop.c", "conference_loop_event", 619);
const O_ENERGY: Origin = origin("conference_loop.c", "conference_loop_energy_up", 329);
const O_VOLUME: Origin = origin("conference_loop.c", "conference_loop_volume_talk_up", 437);
const O_SENDEVENT: Origin = origin("mod_event_socket.c", "parse_command", 2140);
const O_SHUTDOWN: Origin = origin("switch_core.c", "switch_core_destroy", 3023);

/// Longest stretch of audio written into a recording file: enough to look
/// like a recording, without a forgotten demo filling the disk.
const MAX_RECORDED: Duration = Duration::from_secs(600);

/// How long a prompt takes to play before its `…-done` event (the recorded
/// placeholder prompts took 0.8 s).
const PROMPT_TIME: Duration = Duration::from_millis(800);

/// Where the simulator keeps its files.
#[derive(Debug, Clone)]
pub struct Paths {
    pub conf_dir: PathBuf,
    pub recordings_dir: PathBuf,
    pub sounds_dir: Option<PathBuf>,
    pub certs_dir: Option<PathBuf>,
}

pub struct Switch {
    paths: Paths,
    events: Arc<EventFactory>,
    bus: Arc<Bus>,
    state: Arc<Mutex<State>>,
    /// Node mode: the directory and dialplan come from fsconn (`node`).
    node: Option<super::node::XmlCurl>,
}

/// What runs a command against the state: shared with the timers that act
/// later on their own (a call's media timeout).
#[derive(Clone)]
struct Core {
    paths: Paths,
    events: Arc<EventFactory>,
    bus: Arc<Bus>,
    state: Arc<Mutex<State>>,
}

/// Something the switch does by itself after a while: hang up member
/// `member` (channel `uuid`, so a new call with the same id is spared) of
/// conference `conf` whose media stopped, after its `media_timeout`.
struct Timer {
    after: Duration,
    conf: String,
    member: u32,
    uuid: String,
}

struct State {
    vars: Vars,
    root: Element,
    config: SwitchConfig,
    conferences: Vec<Conference>,
    next_member_id: u32,
    registrations: Vec<Registration>,
    next_port: u16,
    shutting_down: bool,
    /// Modules and sofia profiles as started (mod_sofia does not restart
    /// its profiles on `reloadxml`).
    startup: super::startup::Startup,
}

struct Conference {
    ext: ConferenceExtension,
    uuid: String,
    domain: String,
    rate: u32,
    members: Vec<Member>,
    floor: Option<u32>,
    locked: bool,
    recordings: Vec<Recording>,
    started: Instant,
    /// The prompt the conference plays by itself right now, if any.
    prompt: Option<Prompt>,
    /// `wait-mod` (CFLAG_WAIT_MOD): set from the profile, cleared for good
    /// when a moderator enters.
    wait_mod: bool,
    /// `max_members`: the profile's `max-members`, or the creating caller's
    /// `conference_max_members`; 0 is no limit.
    max_members: u32,
    /// `auto_record`: the profile's `auto-record`, or the creating caller's
    /// `conference_auto_record`; started once, when the first member is in.
    auto_record: Option<String>,
    auto_recording: bool,
}

/// A conference prompt playing: its `play-file-done` waits in `Later`
/// and is cut short (`cut`) when the conference ends first.
struct Prompt {
    file: String,
    started: Instant,
    cut: Arc<AtomicBool>,
}

/// An event of something that takes time, delivered `PROMPT_TIME` after the
/// command's own events unless `cut` was set meanwhile.
struct Later {
    event: Event,
    cut: Option<Arc<AtomicBool>>,
}

#[derive(Clone)]
struct Member {
    id: u32,
    /// The authenticated user (`Caller-Username`); the callee for dialed members.
    user: String,
    /// What the phone put in its SIP `From` display name (or `Outbound Call`).
    caller_name: String,
    caller_number: String,
    /// `Caller-Destination-Number` and `Caller-Context` of the call.
    dest_number: String,
    context: String,
    /// `Some` for members the conference dialed out to.
    outbound: Option<Outbound>,
    /// Set once the member was moved by `transfer`.
    xfer: Option<Xfer>,
    uuid: String,
    moderator: bool,
    speak: bool,
    hear: bool,
    mute_detect: bool,
    talking: bool,
    last_talk: Option<Instant>,
    energy: i32,
    volume_in: i32,
    volume_out: i32,
    joined: Instant,
    created_micros: i64,
    /// The call had early media before the conference answered it
    /// (session-events); a caller the PIN prompt greeted was answered
    /// first (round 2: `Caller-Channel-Progress-Media-Time: 0`).
    early_media: bool,
    /// The call's `media_timeout` (ms), read when its media started.
    media_timeout: Option<u64>,
    /// The channel's `conference_enter_sound` / `conference_exit_sound`.
    enter_sound: Option<String>,
    exit_sound: Option<String>,
}

/// A member the conference called (`dial`, `bgdial`).
#[derive(Clone)]
struct Outbound {
    /// The caller id the conference presented (`Caller-Orig-Caller-ID-*`).
    cid_name: String,
    cid_number: String,
    /// `sofia/internal/USER@127.0.0.1:PORT`, the registered contact.
    channel: String,
}

/// How a transferred channel describes itself: moved by an inline dialplan.
#[derive(Clone)]
struct Xfer {
    /// `conference:NAME@PROFILE`, the inline dialplan's destination.
    target: String,
    /// `Caller-Transfer-Source`.
    source: String,
    /// False in the source conference (still leaving), true once arrived.
    arrived: bool,
}

struct Recording {
    path: String,
    file: PathBuf,
    started: Instant,
    paused_since: Option<Instant>,
    paused_total: Duration,
    joined: Instant,
}

#[derive(Clone)]
struct Registration {
    user: String,
    realm: String,
    call_id: String,
    port: u16,
    expires: i64,
    variables: Vec<(String, String)>,
    /// Ended by `flush_inbound_reg`: gone for sofia, still listed by
    /// `show registrations` until the user registers again.
    flushed: bool,
    /// What the phone does with SRTP when the conference calls it.
    srtp: media::PhoneSrtp,
}

impl Registration {
    fn contact(&self) -> String {
        format!(
            "\"\" <sip:{}@127.0.0.1:{};transport=UDP>",
            self.user, self.port
        )
    }
}

/// Outcome of starting or reloading the configuration.
pub type LoadResult = Result<(), String>;

fn now_micros() -> i64 {
    chrono::Utc::now().timestamp_micros()
}

fn now_epoch() -> i64 {
    chrono::Utc::now().timestamp()
}

/// The absolute expiry sofia stores for a binding granted `expires`
/// seconds: 60 s later than granted (session-regflush: registered at
/// ...417, `expires` 3600, stored 1795971077 = ...417 + 3660).
fn stored_expiry(expires: u32) -> i64 {
    now_epoch() + i64::from(expires) + 60
}

fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|s| s.trim().to_string())
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "localhost".to_string())
}

impl Switch {
    /// Loads the configuration like a starting FreeSWITCH: computed globals
    /// first, then everything the conf tree sets. A broken tree is an error
    /// here (a real switch would not start either).
    pub fn new(paths: Paths, bus: Arc<Bus>) -> Result<Switch, String> {
        let identity = Identity {
            core_uuid: uuid::Uuid::new_v4().to_string(),
            hostname: hostname(),
            ipv4: "127.0.0.1".into(),
            ipv6: "::1".into(),
        };
        let mut vars = Vars::default();
        let base = "/usr/local/freeswitch";
        vars.set("hostname", &identity.hostname);
        vars.set("local_mask_v4", "255.0.0.0");
        vars.set("local_ip_v6", "::1");
        vars.set("base_dir", base);
        vars.set("sounds_dir", "/usr/share/freeswitch/sounds");
        vars.set("conf_dir", &paths.conf_dir.to_string_lossy());
        for (name, rel) in [
            ("log_dir", "var/log/freeswitch"),
            ("run_dir", "var/run/freeswitch"),
            ("db_dir", "var/lib/freeswitch/db"),
            ("mod_dir", "lib/freeswitch/mod"),
            ("htdocs_dir", "share/freeswitch/htdocs"),
            ("script_dir", "share/freeswitch/scripts"),
            ("temp_dir", "var/lib/freeswitch/temp"),
            ("grammar_dir", "share/freeswitch/grammar"),
            ("fonts_dir", "share/freeswitch/fonts"),
            ("images_dir", "var/lib/freeswitch/images"),
            ("certs_dir", "etc/freeswitch/tls"),
            ("storage_dir", "var/lib/freeswitch/storage"),
            ("cache_dir", "var/cache/freeswitch"),
            ("data_dir", "share/freeswitch"),
            ("localstate_dir", "var/lib/freeswitch"),
        ] {
            vars.set(name, &format!("{base}/{rel}"));
        }
        vars.set("local_ip_v4", "127.0.0.1");
        vars.set("recordings_dir", &paths.recordings_dir.to_string_lossy());
        if let Some(d) = &paths.sounds_dir {
            vars.set("sounds_dir", &d.to_string_lossy());
        }
        if let Some(d) = &paths.certs_dir {
            vars.set("certs_dir", &d.to_string_lossy());
        }
        let root = xml::load_root(&paths.conf_dir, &mut vars).map_err(|e| e.0)?;
        if vars.get("domain").is_none() {
            vars.set("domain", "127.0.0.1");
        }
        if vars.get("domain_name").is_none() {
            let d = vars.get("domain").unwrap_or("127.0.0.1").to_string();
            vars.set("domain_name", &d);
        }
        vars.set("core_uuid", &identity.core_uuid);
        let config = SwitchConfig::from_root(&root, &vars);
        let startup = super::startup::Startup::new(&root, &vars);
        for line in &startup.log {
            if line.starts_with("[ERR]") {
                tracing::error!("{line}");
            } else {
                tracing::warn!("{line}");
            }
        }
        Ok(Switch {
            paths,
            events: Arc::new(EventFactory::new(identity)),
            bus,
            state: Arc::new(Mutex::new(State {
                vars,
                root,
                config,
                conferences: Vec::new(),
                next_member_id: 1,
                registrations: Vec::new(),
                next_port: 5100,
                shutting_down: false,
                startup,
            })),
            node: None,
        })
    }

    /// Node mode: look users and routes up at `node` (see `crate::node`).
    pub fn set_node(&mut self, node: super::node::XmlCurl) {
        self.node = Some(node);
    }

    fn core(&self) -> Core {
        Core {
            paths: self.paths.clone(),
            events: self.events.clone(),
            bus: self.bus.clone(),
            state: self.state.clone(),
        }
    }

    pub fn bus(&self) -> &Arc<Bus> {
        &self.bus
    }

    /// Runs an api command (`cmd` is the command word, `args` the rest) and
    /// fires its events followed by the `API` event, as switch_api_execute.
    pub fn api(&self, cmd: &str, args: &str) -> String {
        let mut api_event = self.events.create("API", None, O_API);
        api_event.headers.push("API-Command", cmd);
        if !args.is_empty() {
            api_event.headers.push("API-Command-Argument", args);
        }
        if let (Some(node), "sim" | "conference") = (&self.node, cmd) {
            self.node_lookups(node, cmd, args);
        }
        self.core()
            .run(Some(api_event), &mut |st, cx| st.dispatch(cx, cmd, args))
    }
    /// What a `bgapi` job does once its command has run: the BACKGROUND_JOB
    /// event carrying the output.
    pub fn bgapi(&self, cmd: &str, args: &str, job_uuid: &str) {
        let body = self.api(cmd, args);
        let mut e = self.events.create("BACKGROUND_JOB", None, O_BGJOB);
        e.headers.push("Job-UUID", job_uuid);
        e.headers.push("Job-Command", cmd);
        if !args.is_empty() {
            e.headers.push("Job-Command-Arg", args);
        }
        e.body = Some(body);
        let _st = lock(&self.state);
        self.bus.publish(e);
    }

    /// `sendevent NAME` with the client's headers and body; returns the
    /// Event-UUID it was given.
    pub fn sendevent(
        &self,
        name: &str,
        headers: &[(String, String)],
        body: Option<String>,
    ) -> String {
        let subclass = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("Event-Subclass"))
            .map(|(_, v)| v.clone());
        let (name, subclass) = match (super::events::known_event_name(name), subclass) {
            (Some("CUSTOM"), sub) => ("CUSTOM".to_string(), sub),
            (Some(known), _) => (known.to_string(), None),
            (None, _) => ("CUSTOM".to_string(), Some(name.to_string())),
        };
        let mut e = self.events.create(&name, subclass.as_deref(), O_SENDEVENT);
        let uuid = uuid::Uuid::new_v4().to_string();
        for (n, v) in headers {
            let reserved = ["Event-Subclass", "Event-Name", "Content-Length"];
            if !reserved.iter().any(|r| r.eq_ignore_ascii_case(n)) {
                e.headers.push(n, v);
            }
        }
        e.headers.push("Event-UUID", &uuid);
        e.body = body;
        let _st = lock(&self.state);
        self.bus.publish(e);
        uuid
    }

    /// `fsctl shutdown`: what subscribers see before the sockets close.
    fn shutdown_events(st: &mut State, cx: &mut Cx) {
        st.shutting_down = true;
        let mut e = cx.ev.create("SHUTDOWN", None, O_SHUTDOWN);
        e.headers.push("Event-Info", "System Shutting Down");
        cx.fired.push(e);
        let names: Vec<String> = st.conferences.iter().map(|c| c.ext.name.clone()).collect();
        for name in names {
            let ids: Vec<u32> = st
                .conference(&name)
                .map(|c| c.members.iter().map(|m| m.id).collect())
                .unwrap_or_default();
            for id in ids {
                st.remove_member(cx, &name, id, Some("SYSTEM_SHUTDOWN"), None);
            }
        }
    }

    /// The configuration as last loaded (for building the demo script).
    pub fn config_snapshot(&self) -> SwitchConfig {
        lock(&self.state).config.clone()
    }

    pub fn is_shutting_down(&self) -> bool {
        lock(&self.state).shutting_down
    }
}

impl Core {
    /// Runs `f` on the locked state, then fires its events (and `last`),
    /// delivers its `later` events after a prompt's time and starts its
    /// timers.
    fn run(&self, last: Option<Event>, f: &mut dyn FnMut(&mut State, &mut Cx) -> String) -> String {
        let mut st = lock(&self.state);
        let mut fired = Vec::new();
        let (body, later, timers) = {
            let mut cx = Cx {
                ev: &self.events,
                paths: &self.paths,
                fired: &mut fired,
                later: Vec::new(),
                timers: Vec::new(),
            };
            let body = f(&mut st, &mut cx);
            (body, cx.later, cx.timers)
        };
        fired.extend(last);
        for e in fired {
            self.bus.publish(e);
        }
        drop(st);
        if !later.is_empty() {
            let bus = self.bus.clone();
            std::thread::spawn(move || {
                std::thread::sleep(PROMPT_TIME);
                for l in later {
                    if !l.cut.is_some_and(|c| c.load(Ordering::SeqCst)) {
                        bus.publish(l.event);
                    }
                }
            });
        }
        for t in timers {
            let core = self.clone();
            std::thread::spawn(move || {
                std::thread::sleep(t.after);
                core.run(None, &mut |st, cx| {
                    st.media_timed_out(cx, &t.conf, t.member, &t.uuid);
                    String::new()
                });
            });
        }
        body
    }
}

/// What a command needs besides the state: event creation, paths, and the
/// list its events go to.
struct Cx<'a> {
    ev: &'a EventFactory,
    paths: &'a Paths,
    fired: &'a mut Vec<Event>,
    /// Events of things that take time (a prompt playing to its end),
    /// delivered a moment after the command's own.
    later: Vec<Later>,
    /// What the switch will do by itself later.
    timers: Vec<Timer>,
}
