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

mod controls;
mod phones;

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
    events: EventFactory,
    bus: Arc<Bus>,
    state: Mutex<State>,
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
            events: EventFactory::new(identity),
            bus,
            state: Mutex::new(State {
                vars,
                root,
                config,
                conferences: Vec::new(),
                next_member_id: 1,
                registrations: Vec::new(),
                next_port: 5100,
                shutting_down: false,
                startup,
            }),
        })
    }

    pub fn bus(&self) -> &Arc<Bus> {
        &self.bus
    }

    /// Runs an api command (`cmd` is the command word, `args` the rest) and
    /// fires its events followed by the `API` event, as switch_api_execute.
    pub fn api(&self, cmd: &str, args: &str) -> String {
        let mut st = lock(&self.state);
        let mut api_event = self.events.create("API", None, O_API);
        api_event.headers.push("API-Command", cmd);
        if !args.is_empty() {
            api_event.headers.push("API-Command-Argument", args);
        }
        let mut fired = Vec::new();
        let (body, later) = {
            let mut cx = Cx {
                ev: &self.events,
                paths: &self.paths,
                fired: &mut fired,
                later: Vec::new(),
            };
            let body = st.dispatch(&mut cx, cmd, args);
            (body, cx.later)
        };
        fired.push(api_event);
        for e in fired {
            self.bus.publish(e);
        }
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
        body
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

/// What a command needs besides the state: event creation, paths, and the
/// list its events go to.
struct Cx<'a> {
    ev: &'a EventFactory,
    paths: &'a Paths,
    fired: &'a mut Vec<Event>,
    /// Events of things that take time (a prompt playing to its end),
    /// delivered a moment after the command's own.
    later: Vec<Later>,
}

fn split_first(s: &str) -> (&str, &str) {
    let s = s.trim_start();
    match s.split_once(' ') {
        Some((a, b)) => (a, b.trim_start()),
        None => (s, ""),
    }
}

impl State {
    fn dispatch(&mut self, cx: &mut Cx, cmd: &str, args: &str) -> String {
        match cmd {
            "global_getvar" => self.global_getvar(args),
            "xml_locate" => {
                if args.trim().is_empty() {
                    "-Error bad args\n".into()
                } else {
                    xml::xml_locate(&self.root, args)
                }
            }
            "reloadxml" => self.reloadxml(cx),
            "conference" => self.conference_api(cx, args),
            "show" if args.trim() == "codecs" => self.startup.show_codecs(),
            "show" => self.show(args),
            "sofia" if args.trim() == "status" => self.startup.sofia_status(),
            "sofia" if args.starts_with("status profile ") && !args.ends_with(" reg") => {
                self.startup.sofia_profile_status(
                    args["status profile ".len()..].trim(),
                    self.registrations.len(),
                )
            }
            "version" => super::startup::VERSION.into(),
            "sofia" => self.sofia(cx, args),
            "sim" => self.sim(cx, args),
            "fsctl" if args.trim() == "shutdown" => {
                Switch::shutdown_events(self, cx);
                "+OK\n".into()
            }
            _ => format!("-ERR {cmd} Command not found!\n"),
        }
    }

    fn global_getvar(&self, args: &str) -> String {
        let name = args.trim();
        if name.is_empty() {
            self.vars
                .iter()
                .map(|(n, v)| format!("{n}={v}\n"))
                .collect()
        } else {
            self.vars.get(name).unwrap_or("").to_string()
        }
    }

    /// Re-reads every file; on a parse error the previous XML stays active
    /// and the reply still starts with `+OK`, like FreeSWITCH's.
    fn reloadxml(&mut self, cx: &mut Cx) -> String {
        let mut vars = self.vars.clone();
        match xml::load_root(&cx.paths.conf_dir, &mut vars) {
            Ok(root) => {
                self.config = SwitchConfig::from_root(&root, &vars);
                self.root = root;
                self.vars = vars;
                cx.fired.push(cx.ev.create("RELOADXML", None, O_RELOADXML));
                "+OK [Success]\n".into()
            }
            Err(e) => {
                // Variables set by the preprocessor stick even when the
                // document fails to parse, as they do in FreeSWITCH.
                self.vars = vars;
                format!("+OK [{}]\n", e.0)
            }
        }
    }

    fn show(&self, args: &str) -> String {
        let words: Vec<&str> = args.split_whitespace().collect();
        match words.as_slice() {
            ["registrations", "as", "json"] => self.registrations_json(),
            ["registrations"] => {
                let mut out = String::new();
                if !self.registrations.is_empty() {
                    out.push_str("reg_user,realm,token,url,expires,network_ip,network_port,network_proto,hostname,metadata\n");
                    for r in &self.registrations {
                        out.push_str(&format!(
                            "{},{},{},sofia/internal/sip:{}@127.0.0.1:{};transport=UDP,{},127.0.0.1,{},udp,{},\n",
                            r.user, r.realm, r.call_id, r.user, r.port, r.expires, r.port,
                            self.vars.get("hostname").unwrap_or("")
                        ));
                    }
                }
                out.push_str(&format!("\n{} total.\n", self.registrations.len()));
                out
            }
            _ => "-USAGE: show registrations [as json]\n".into(),
        }
    }

    fn registrations_json(&self) -> String {
        if self.registrations.is_empty() {
            return "{\"row_count\": 0}\n".into();
        }
        let host = self.vars.get("hostname").unwrap_or("");
        let rows: Vec<serde_json::Value> = self
            .registrations
            .iter()
            .map(|r| {
                serde_json::json!({
                    "reg_user": r.user,
                    "realm": r.realm,
                    "token": r.call_id,
                    "url": format!("sofia/internal/sip:{}@127.0.0.1:{};transport=UDP", r.user, r.port),
                    "expires": r.expires.to_string(),
                    "network_ip": "127.0.0.1",
                    "network_port": r.port.to_string(),
                    "network_proto": "udp",
                    "hostname": host,
                    "metadata": "",
                })
            })
            .collect();
        let doc = serde_json::json!({"row_count": rows.len(), "rows": rows});
        format!("{doc}\n")
    }

    fn conference(&self, name: &str) -> Option<&Conference> {
        self.conferences.iter().find(|c| c.ext.name == name)
    }

    fn conference_mut(&mut self, name: &str) -> Option<&mut Conference> {
        self.conferences.iter_mut().find(|c| c.ext.name == name)
    }

    // ---- events ----

    fn conf_event(&self, cx: &Cx, conf: &Conference, action: &str, at: Origin) -> Event {
        let mut e = cx.ev.create("CUSTOM", MAINT, at);
        add_conference_data(&mut e, conf);
        e.headers.push("Action", action);
        e
    }

    fn member_event(
        &self,
        cx: &Cx,
        conf: &Conference,
        m: &Member,
        action: &str,
        at: Origin,
        hangup: Option<&str>,
    ) -> Event {
        let mut e = cx.ev.create("CUSTOM", MAINT, at);
        add_member_data(&mut e, conf, m, hangup);
        e.headers.push("Action", action);
        e
    }

    /// A prompt the conference plays by itself (alone, is-locked, ...): a
    /// missing file is a `play-file` event with `Error`; a file that plays
    /// fires nothing at the start and `play-file-done` at its end, or at
    /// once with the part played when the conference ends first
    /// (session-dial, session-pin).
    fn play_prompt(&mut self, cx: &mut Cx, conf_name: &str, file: &str) {
        if !self.file_exists(file) {
            self.play_file_event(cx, conf_name, file, O_PLAY_FILE);
            return;
        }
        let full = self.sound_path(file);
        let cut = Arc::new(AtomicBool::new(false));
        self.file_done_later(cx, conf_name, None, &full, Some(cut.clone()));
        if let Some(conf) = self.conference_mut(conf_name) {
            if let Some(old) = conf.prompt.take() {
                old.cut.store(true, Ordering::SeqCst);
            }
            conf.prompt = Some(Prompt {
                file: full,
                started: Instant::now(),
                cut,
            });
        }
    }

    /// The `play-file-done` of a prompt still playing when its conference
    /// ends: only the part played (the recorded 40 ms).
    fn cut_prompt(&mut self, cx: &mut Cx, conf_name: &str) {
        let Some(p) = self.conference_mut(conf_name).and_then(|c| c.prompt.take()) else {
            return;
        };
        let played = p.started.elapsed();
        if played >= PROMPT_TIME {
            return;
        }
        p.cut.store(true, Ordering::SeqCst);
        if let Some(conf) = self.conference(conf_name) {
            let ms = played.as_millis() as u64;
            let samples = ms * u64::from(conf.rate) / 1000;
            let e = controls::file_done_event(cx, conf, None, &p.file, ms, samples);
            cx.fired.push(e);
        }
    }

    fn play_file_event(&self, cx: &mut Cx, conf_name: &str, file: &str, at: Origin) {
        let Some(conf) = self.conference(conf_name) else {
            return;
        };
        let mut e = self.conf_event(cx, conf, "play-file", at);
        e.headers.push("File", file);
        e.headers.push("Async", "false");
        if !self.file_exists(file) {
            e.headers.push("Error", "File could not be played");
        }
        cx.fired.push(e);
    }

    /// A profile sound (`alone-sound`, ...) as FreeSWITCH resolves it.
    fn profile_sound(&self, conf: &Conference, param: &str) -> Option<String> {
        let sound = self.config.profile_param(&conf.ext.profile, param)?;
        if sound.starts_with('/') || sound.contains("://") {
            return Some(sound.to_string());
        }
        let prefix = self
            .vars
            .get("sound_prefix")
            .or_else(|| self.vars.get("sounds_dir"))
            .unwrap_or("");
        Some(format!("{prefix}/{sound}"))
    }

    fn file_exists(&self, file: &str) -> bool {
        if file.contains("://") {
            return true;
        }
        PathBuf::from(self.sound_path(file)).is_file()
    }

    // ---- conferences ----

    fn floor_change(&mut self, cx: &mut Cx, conf_name: &str, new: Option<u32>, old_known: bool) {
        let Some(conf) = self.conference(conf_name) else {
            return;
        };
        let old = if old_known { conf.floor } else { None };
        let mut e = self.conf_event(cx, conf, "floor-change", O_FLOOR);
        e.headers.push(
            "Old-ID",
            &old.map(|o| o.to_string()).unwrap_or_else(|| "none".into()),
        );
        let holder = new.and_then(|id| conf.members.iter().find(|m| m.id == id));
        match holder {
            Some(m) => {
                add_member_data_floor(&mut e, conf, m, true);
                e.headers.push("New-ID", &m.id.to_string());
            }
            None => e.headers.push("New-ID", "none"),
        }
        cx.fired.push(e);
        if let Some(conf) = self.conference_mut(conf_name) {
            conf.floor = holder_id(new, conf);
        }
    }

    /// Removes a member: floor-change if it held the floor, del-member, the
    /// floor to the newest remaining member if it held it, and
    /// conference-destroy for the last one. `hangup` is the Hangup-Cause of
    /// a caller that hung up (none for kick/hup); `first` is the event the
    /// api command fires before (kick-member, hup-member).
    fn remove_member(
        &mut self,
        cx: &mut Cx,
        conf_name: &str,
        id: u32,
        hangup: Option<&str>,
        first: Option<(&str, Origin)>,
    ) {
        let Some(conf) = self.conference(conf_name) else {
            return;
        };
        if let (Some((action, at)), Some(m)) = (first, conf.members.iter().find(|m| m.id == id)) {
            let e = self.member_event(cx, conf, m, action, at, None);
            cx.fired.push(e);
        }
        let held = self.take_out(cx, conf_name, id, hangup);
        if held {
            self.floor_to_newest(cx, conf_name);
        }
        if self
            .conference(conf_name)
            .is_some_and(|c| c.members.is_empty())
        {
            self.destroy_conference(cx, conf_name);
        }
    }

    /// After the floor holder left, FreeSWITCH gives the floor to a member
    /// again at once: the newest one, talking or not.
    fn floor_to_newest(&mut self, cx: &mut Cx, conf_name: &str) {
        let newest = self
            .conference(conf_name)
            .filter(|c| c.floor.is_none())
            .and_then(|c| c.members.last().map(|m| m.id));
        if let Some(id) = newest {
            self.floor_change(cx, conf_name, Some(id), false);
        }
    }

    /// The member's departure itself: floor-change none/none if it held the
    /// floor, the alone prompt for the one left behind, del-member. Returns
    /// whether it held the floor.
    fn take_out(&mut self, cx: &mut Cx, conf_name: &str, id: u32, hangup: Option<&str>) -> bool {
        let Some(conf) = self.conference(conf_name) else {
            return false;
        };
        let Some(m) = conf.members.iter().find(|m| m.id == id).cloned() else {
            return false;
        };
        let held = conf.floor == Some(id);
        if held {
            let mut e = self.conf_event(cx, conf, "floor-change", O_FLOOR);
            e.headers.push("Old-ID", "none");
            e.headers.push("New-ID", "none");
            cx.fired.push(e);
        }
        let Some(conf) = self.conference_mut(conf_name) else {
            return false;
        };
        conf.members.retain(|x| x.id != id);
        if held {
            conf.floor = None;
        }
        let remaining = conf.members.len();
        // The one left behind hears the alone prompt before the departure
        // is announced, as recorded.
        if remaining == 1 {
            if let Some(sound) = self
                .conference(conf_name)
                .and_then(|c| self.profile_sound(c, "alone-sound"))
            {
                self.play_prompt(cx, conf_name, &sound);
            }
        }
        if let Some(conf) = self.conference(conf_name) {
            let e = self.member_event(cx, conf, &m, "del-member", O_DEL_MEMBER, hangup);
            cx.fired.push(e);
        }
        held
    }

    fn destroy_conference(&mut self, cx: &mut Cx, conf_name: &str) {
        let names: Vec<String> = self
            .conference(conf_name)
            .map(|c| c.recordings.iter().rev().map(|r| r.path.clone()).collect())
            .unwrap_or_default();
        for path in names {
            self.stop_recording(cx, conf_name, &path);
        }
        self.cut_prompt(cx, conf_name);
        if let Some(conf) = self.conference(conf_name) {
            let e = self.conf_event(cx, conf, "conference-destroy", O_CONF_DESTROY);
            cx.fired.push(e);
        }
        self.conferences.retain(|c| c.ext.name != conf_name);
    }

    fn conference_api(&mut self, cx: &mut Cx, args: &str) -> String {
        let (name, rest) = split_first(args);
        match name {
            "" => CONFERENCE_USAGE.to_string(),
            "json_list" => self.json_list(None),
            "list" => self.list_all(),
            _ => {
                // `dial` and `bgdial` start a conference that does not run
                // yet (session-dial: `conference dialconf dial ...`).
                let dials = matches!(split_first(rest).0, "dial" | "bgdial");
                if self.conference(name).is_none() && !dials {
                    return format!("-ERR Conference {name} not found\n");
                }
                let name = name.to_string();
                self.conference_sub(cx, &name, rest)
            }
        }
    }

    fn conference_sub(&mut self, cx: &mut Cx, name: &str, rest: &str) -> String {
        let (sub, arg) = split_first(rest);
        match sub {
            "json_list" => self.json_list(Some(name)),
            "list" => self.conference(name).map(member_lines).unwrap_or_default(),
            "lock" | "unlock" => {
                let locked = sub == "lock";
                let Some(conf) = self.conference(name) else {
                    return String::new();
                };
                let sound = if locked {
                    "is-locked-sound"
                } else {
                    "is-unlocked-sound"
                };
                if let Some(file) = self.profile_sound(conf, sound) {
                    self.play_prompt(cx, name, &file);
                }
                if let Some(conf) = self.conference_mut(name) {
                    conf.locked = locked;
                }
                let Some(conf) = self.conference(name) else {
                    return String::new();
                };
                let e = self.conf_event(cx, conf, sub, if locked { O_LOCK } else { O_UNLOCK });
                cx.fired.push(e);
                format!("+OK {name} {sub}ed\n")
            }
            "recording" => {
                let (action, path) = split_first(arg);
                self.recording(cx, name, action, path.trim())
            }
            "record" => self.recording(cx, name, "start", arg.trim()),
            _ => self.control(cx, name, sub, arg),
        }
    }

    fn member_mut(&mut self, name: &str, id: u32) -> Option<&mut Member> {
        self.conference_mut(name)
            .and_then(|c| c.members.iter_mut().find(|m| m.id == id))
    }

    fn fire_member(
        &self,
        cx: &mut Cx,
        name: &str,
        id: u32,
        action: &str,
        at: Origin,
        extra: &[(&str, String)],
    ) {
        let Some(conf) = self.conference(name) else {
            return;
        };
        let Some(m) = conf.members.iter().find(|m| m.id == id) else {
            return;
        };
        let mut e = self.member_event(cx, conf, m, action, at, None);
        for (n, v) in extra {
            e.headers.push(n, v);
        }
        cx.fired.push(e);
    }

    // ---- recordings ----

    /// Where a recording path lands on disk: inside the recordings dir,
    /// whatever directory the client named (a simulator writes nowhere else).
    fn recording_file(paths: &Paths, path: &str) -> PathBuf {
        let p = Path::new(path);
        if p.starts_with(&paths.recordings_dir) {
            return p.to_path_buf();
        }
        match p.file_name() {
            Some(f) => paths.recordings_dir.join(f),
            None => paths.recordings_dir.join("recording.wav"),
        }
    }

    fn recording(&mut self, cx: &mut Cx, name: &str, action: &str, path: &str) -> String {
        match action {
            "start" => {
                if path.is_empty() {
                    return "-ERR (record) no path specified\n".into();
                }
                let file = Self::recording_file(cx.paths, path);
                let rate = self.conference(name).map(|c| c.rate).unwrap_or(16000);
                let error = write_wav_header(&file, rate).err();
                if let Some(conf) = self.conference_mut(name) {
                    conf.recordings.push(Recording {
                        path: path.to_string(),
                        file,
                        started: Instant::now(),
                        paused_since: None,
                        paused_total: Duration::ZERO,
                        joined: Instant::now(),
                    });
                }
                if let Some(conf) = self.conference(name) {
                    let mut e = self.conf_event(cx, conf, "start-recording", O_REC_START);
                    e.headers.push("Path", path);
                    if let Some(err) = error {
                        e.headers
                            .push("Error", &format!("File could not be opened: {err}"));
                    }
                    cx.fired.push(e);
                }
                format!("+OK Record file {path}\n")
            }
            "check" => match self.conference(name).and_then(|c| c.recordings.last()) {
                Some(r) => format!("+OK Record file {}\n", r.path),
                None => "-ERR Conference is not being recorded.\n".into(),
            },
            "pause" | "resume" => {
                let pause = action == "pause";
                let mut out = format!(
                    "+OK {} recording file {path}\n",
                    if pause { "Pause" } else { "Resume" }
                );
                let found = self.conference_mut(name).and_then(|c| {
                    c.recordings.iter_mut().find(|r| r.path == path).map(|r| {
                        match (pause, r.paused_since) {
                            (true, None) => r.paused_since = Some(Instant::now()),
                            (false, Some(since)) => {
                                r.paused_total += since.elapsed();
                                r.paused_since = None;
                            }
                            _ => {}
                        }
                    })
                });
                match (found, self.conference(name)) {
                    (Some(()), Some(conf)) => {
                        let action = if pause {
                            "pause-recording"
                        } else {
                            "resume-recording"
                        };
                        let mut e = self.conf_event(cx, conf, action, O_REC_PAUSE);
                        e.headers.push("Path", path);
                        let others = if conf.recordings.is_empty() {
                            "false"
                        } else {
                            "true"
                        };
                        e.headers.push("Other-Recordings", others);
                        cx.fired.push(e);
                    }
                    _ => out.push_str(&format!("-ERR non-existant recording '{path}'\n")),
                }
                out
            }
            "stop" => {
                let targets: Vec<String> = match self.conference(name) {
                    Some(c) if path == "all" => {
                        c.recordings.iter().rev().map(|r| r.path.clone()).collect()
                    }
                    Some(c) => c
                        .recordings
                        .iter()
                        .filter(|r| r.path == path)
                        .map(|r| r.path.clone())
                        .collect(),
                    None => Vec::new(),
                };
                let mut out = String::new();
                for p in targets {
                    self.stop_recording(cx, name, &p);
                    out.push_str(&format!("Stopped recording file {p}\n"));
                }
                // FreeSWITCH's count is always 0 here (it stops asynchronously).
                out.push_str("+OK Stopped recording 0 files\n");
                out
            }
            _ => "-ERR usage: recording start|stop|check|pause|resume <path>\n".into(),
        }
    }

    fn stop_recording(&mut self, cx: &mut Cx, name: &str, path: &str) {
        let Some(conf) = self.conference_mut(name) else {
            return;
        };
        let Some(pos) = conf.recordings.iter().position(|r| r.path == path) else {
            return;
        };
        let rec = conf.recordings.remove(pos);
        let rate = conf.rate;
        let paused = rec.paused_total + rec.paused_since.map(|s| s.elapsed()).unwrap_or_default();
        let elapsed = rec.started.elapsed().saturating_sub(paused);
        let samples = (elapsed.min(MAX_RECORDED).as_millis() as u64) * rate as u64 / 1000;
        let size = finish_wav(&rec.file, samples).unwrap_or(0);
        let Some(conf) = self.conference(name) else {
            return;
        };
        let mut e = self.conf_event(cx, conf, "stop-recording", O_REC_STOP);
        e.headers.push("Path", path);
        e.headers.push(
            "Other-Recordings",
            if conf.recordings.is_empty() {
                "false"
            } else {
                "true"
            },
        );
        e.headers.push("Samples-Out", &samples.to_string());
        e.headers.push("Samplerate", &rate.to_string());
        e.headers
            .push("Milliseconds-Elapsed", &elapsed.as_millis().to_string());
        e.headers.push("Record-File-Size", &size.to_string());
        cx.fired.push(e);
    }

    // ---- listings ----

    fn json_list(&self, only: Option<&str>) -> String {
        let confs: Vec<&Conference> = self
            .conferences
            .iter()
            .filter(|c| only.is_none_or(|n| c.ext.name == n))
            .collect();
        if confs.is_empty() {
            return "[]".into();
        }
        let list: Vec<serde_json::Value> = confs.iter().map(|c| conference_json(c)).collect();
        cjson_print(&serde_json::Value::Array(list))
    }

    fn list_all(&self) -> String {
        if self.conferences.is_empty() {
            return "+OK No active conferences.\n".into();
        }
        // FreeSWITCH walks its conference hash; with the recorded two
        // conferences that was the order they started in (session-dial).
        let mut out = String::new();
        for c in &self.conferences {
            // The flags in mod_conference's order; every conference started
            // by 1.10 carries json_status.
            let mut flags = Vec::new();
            if c.locked {
                flags.push("locked");
            }
            flags.extend(["running", "answered", "enforce_min", "dynamic"]);
            flags.extend(["exit_sound", "enter_sound"]);
            if !c.recordings.is_empty() {
                flags.push("recording");
            }
            flags.push("json_status");
            out.push_str(&format!(
                "+OK Conference {} ({} member{} rate: {}{} flags: {})\n",
                c.ext.name,
                c.members.len(),
                if c.members.len() == 1 { "" } else { "s" },
                c.rate,
                if c.locked { " locked" } else { "" },
                flags.join("|"),
            ));
            out.push_str(&member_lines(c));
        }
        out
    }

    // ---- the `sim` family: phones and callers ----

    fn sim(&mut self, cx: &mut Cx, args: &str) -> String {
        // `pin=DIGITS[,DIGITS...]`: what the caller types at the PIN prompt;
        // `call-id=ID`: the SIP Call-ID a phone registers with.
        let mut pin = None;
        let mut call_id = None;
        let words: Vec<&str> = args
            .split_whitespace()
            .filter(|w| {
                if let Some(p) = w.strip_prefix("pin=") {
                    pin = Some(p.to_string());
                } else if let Some(c) = w.strip_prefix("call-id=") {
                    call_id = Some(c.to_string());
                } else {
                    return true;
                }
                false
            })
            .collect();
        let call_id = call_id.as_deref();
        match words.as_slice() {
            ["join", conf, user] => self.sim_join(cx, conf, user, user, pin.as_deref()),
            ["join", conf, user, display @ ..] => {
                // The display name is every word after the user id.
                let display = display.join(" ");
                self.sim_join(cx, conf, user, &display, pin.as_deref())
            }
            ["leave", conf, id] => self.with_member(conf, id, |st, name, id| {
                st.remove_member(cx, name, id, Some("NORMAL_CLEARING"), None);
                format!("+OK left {id}\n")
            }),
            ["talk", conf, id] => self.with_member(conf, id, |st, name, id| {
                if let Some(m) = st.member_mut(name, id) {
                    m.last_talk = Some(Instant::now());
                }
                st.floor_change(cx, name, Some(id), true);
                format!("+OK floor {id}\n")
            }),
            ["dtmf", conf, id, digits] => {
                let digits = digits.to_string();
                self.with_member(conf, id, |st, name, id| st.sim_dtmf(cx, name, id, &digits))
            }
            ["register", user] => self.sim_register(cx, user, 3600, call_id),
            ["register", user, expires] => match expires.parse::<u32>() {
                Ok(0) => self.sim_unregister(cx, user),
                Ok(n) => self.sim_register(cx, user, n, call_id),
                Err(_) => "-ERR expires must be a number of seconds\n".into(),
            },
            ["unregister", user] => self.sim_unregister(cx, user),
            ["expire", user] => self.sim_expire(cx, user),
            _ => SIM_USAGE.into(),
        }
    }

    /// Resolves `CONF MEMBERID` (conference by name or number) and runs `f`.
    fn with_member(
        &mut self,
        conf: &str,
        id: &str,
        f: impl FnOnce(&mut State, &str, u32) -> String,
    ) -> String {
        let name = match self.config.conference(conf) {
            Some(ext) => ext.name.clone(),
            None => conf.to_string(),
        };
        let Some(c) = self.conference(&name) else {
            return format!("-ERR Conference {name} not found\n");
        };
        let found = match id.strip_prefix("user:") {
            Some(user) => c
                .members
                .iter()
                .rev()
                .find(|m| m.user == user)
                .map(|m| m.id),
            None => id
                .parse::<u32>()
                .ok()
                .filter(|n| c.members.iter().any(|m| m.id == *n)),
        };
        match found {
            Some(n) => f(self, &name, n),
            None => format!("-ERR Non-Existant ID {id}\n"),
        }
    }

    fn sim_join(
        &mut self,
        cx: &mut Cx,
        conf: &str,
        user_id: &str,
        display: &str,
        pin: Option<&str>,
    ) -> String {
        let Some(ext) = self.config.conference(conf).cloned() else {
            return format!("-ERR no conference {conf} in the dialplan\n");
        };
        let Some(user) = self.config.user(user_id).cloned() else {
            return format!("-ERR no user {user_id} in the directory\n");
        };
        if self.conference(&ext.name).is_some_and(|c| c.locked) {
            // A locked conference plays its prompt and hangs up: no events.
            return format!("-ERR Conference {} is locked\n", ext.name);
        }
        self.ensure_conference(cx, &ext);
        let mut flags = user.conf_flags();
        match self.pin_phase(cx, &ext, &user, pin) {
            Ok(super::pin::Outcome::Moderator) => flags.push("moderator".into()),
            Ok(_) => {}
            Err(refused) => return refused,
        }
        let id = self.next_member_id;
        self.next_member_id += 1;
        let energy = self.profile_energy(&ext.profile);
        let mut member = member_for(&user, id, &ext, display, energy, &flags);
        member.early_media =
            !super::pin::PinCheck::for_caller(&ext, &user, &self.config).required();
        self.add_member(cx, &ext.name, member);
        format!("+OK {id}\n")
    }

    /// The conference of `ext`, created (with `conference-create`) when it
    /// does not run yet. A profile the configuration does not define runs
    /// with FreeSWITCH's defaults: rate 8000, energy 0, profile name `none`.
    fn ensure_conference(&mut self, cx: &mut Cx, ext: &ConferenceExtension) {
        if self.conference(&ext.name).is_some() {
            return;
        }
        let defined = self.config.profiles.contains_key(&ext.profile);
        let rate = self
            .config
            .profile_param(&ext.profile, "rate")
            .and_then(|r| r.parse().ok())
            .unwrap_or(if defined { 16000 } else { 8000 });
        let domain = self
            .config
            .profile_param(&ext.profile, "domain")
            .map(str::to_string)
            .or_else(|| self.vars.get("domain").map(str::to_string))
            .unwrap_or_default();
        let mut ext = ext.clone();
        if !defined {
            ext.profile = "none".into();
        }
        self.conferences.push(Conference {
            ext,
            uuid: uuid::Uuid::new_v4().to_string(),
            domain,
            rate,
            members: Vec::new(),
            floor: None,
            locked: false,
            recordings: Vec::new(),
            started: Instant::now(),
            prompt: None,
        });
        if let Some(c) = self.conferences.last() {
            let e = self.conf_event(cx, c, "conference-create", O_CONF_NEW);
            cx.fired.push(e);
        }
    }

    /// A new member's energy level: the profile's `energy-level`, else 0.
    fn profile_energy(&self, profile: &str) -> i32 {
        self.config
            .profile_param(profile, "energy-level")
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0)
    }

    /// Adds a member to a running conference: the alone prompt for the
    /// first, `add-member`, and the floor for the first.
    fn add_member(&mut self, cx: &mut Cx, name: &str, member: Member) {
        let id = member.id;
        let Some(conf) = self.conference_mut(name) else {
            return;
        };
        conf.members.push(member.clone());
        let first = conf.members.len() == 1;
        if first {
            if let Some(c) = self.conference(name) {
                if let Some(sound) = self.profile_sound(c, "alone-sound") {
                    self.play_prompt(cx, name, &sound);
                }
            }
        }
        if let Some(c) = self.conference(name) {
            let e = self.member_event(cx, c, &member, "add-member", O_ADD_MEMBER, None);
            cx.fired.push(e);
        }
        if first {
            self.floor_change(cx, name, Some(id), false);
        }
    }

    /// The PIN prompt between entering the conference application and
    /// joining: no events; a caller who never gets it right is hung up (and
    /// a conference nobody joined goes away again). Without `typed`, the
    /// caller types the PIN it needs.
    fn pin_phase(
        &mut self,
        cx: &mut Cx,
        ext: &ConferenceExtension,
        user: &User,
        typed: Option<&str>,
    ) -> Result<super::pin::Outcome, String> {
        use super::pin::{Outcome, PinCheck};
        let check = PinCheck::for_caller(ext, user, &self.config);
        if !check.required() {
            return Ok(Outcome::Member);
        }
        let prompt = self
            .config
            .profile_param(&ext.profile, "pin-sound")
            .unwrap_or("conference/conf-pin.wav")
            .to_string();
        let prefix = self.vars.get("sound_prefix").unwrap_or("").to_string();
        let prompt_path = if prompt.starts_with('/') {
            PathBuf::from(&prompt)
        } else {
            Path::new(&prefix).join(&prompt)
        };
        let outcome = if cx.paths.sounds_dir.is_some() && !prompt_path.is_file() {
            tracing::warn!(
                "[WARNING] mod_conference.c:2295 Cannot ask the user for a pin, ending call"
            );
            Outcome::Rejected
        } else {
            let attempts: Vec<&str> = match typed {
                Some(t) => t.split(',').collect(),
                None => vec![check.pin.as_str()],
            };
            check.enter(&attempts)
        };
        if outcome == Outcome::Rejected {
            if self
                .conference(&ext.name)
                .is_some_and(|c| c.members.is_empty())
            {
                self.destroy_conference(cx, &ext.name);
            }
            return Err(format!(
                "-ERR {} was not let in: PIN refused, call ended\n",
                user.id
            ));
        }
        Ok(outcome)
    }

    /// Applies the member's caller-controls to each digit.
    fn sim_dtmf(&mut self, cx: &mut Cx, name: &str, id: u32, digits: &str) -> String {
        for digit in digits.chars() {
            let Some(m) = self.member_mut(name, id).map(|m| m.clone()) else {
                break;
            };
            let profile = match self.conference(name) {
                Some(c) => c.ext.profile.clone(),
                None => break,
            };
            let control = self
                .config
                .controls_for(&profile, m.moderator)
                .iter()
                .find(|c| c.digits == digit.to_string())
                .cloned();
            let Some(control) = control else { continue };
            match control.action.as_str() {
                "event" => self.fire_member(
                    cx,
                    name,
                    id,
                    "dtmf",
                    O_DTMF,
                    &[
                        ("DTMF-Key", digit.to_string()),
                        ("Data", control.data.clone()),
                    ],
                ),
                "mute" => {
                    let sub = if m.speak { "mute" } else { "unmute" };
                    self.member_action(cx, name, sub, id, "");
                }
                "deaf mute" => {
                    let (a, b) = if m.speak {
                        ("mute", "deaf")
                    } else {
                        ("unmute", "undeaf")
                    };
                    self.member_action(cx, name, a, id, "");
                    self.member_action(cx, name, b, id, "");
                }
                "energy up" | "energy equ" | "energy dn" => {
                    let level = match control.action.as_str() {
                        "energy up" => m.energy + 200,
                        "energy dn" => (m.energy - 200).max(0),
                        _ => 0,
                    };
                    if let Some(mm) = self.member_mut(name, id) {
                        mm.energy = level;
                    }
                    self.fire_member(
                        cx,
                        name,
                        id,
                        "energy-level",
                        O_ENERGY,
                        &[("New-Level", level.to_string())],
                    );
                }
                "vol talk up" | "vol talk dn" | "vol talk zero" | "vol listen up"
                | "vol listen dn" | "vol listen zero" => {
                    let talk = control.action.starts_with("vol talk");
                    let current = if talk { m.volume_in } else { m.volume_out };
                    let level = if control.action.ends_with("up") {
                        (current + 1).min(4)
                    } else if control.action.ends_with("dn") {
                        (current - 1).max(-4)
                    } else {
                        0
                    };
                    if let Some(mm) = self.member_mut(name, id) {
                        if talk {
                            mm.volume_in = level;
                        } else {
                            mm.volume_out = level;
                        }
                    }
                    let action = if talk {
                        "volume-in-member"
                    } else {
                        "volume-out-member"
                    };
                    self.fire_member(
                        cx,
                        name,
                        id,
                        action,
                        O_VOLUME,
                        &[("Volume-Level", level.to_string())],
                    );
                }
                "hangup" => {
                    self.remove_member(cx, name, id, Some("NORMAL_CLEARING"), None);
                    break;
                }
                _ => {}
            }
        }
        format!("+OK dtmf {digits}\n")
    }
}

const SIM_USAGE: &str = "-ERR usage: sim join CONF USERID [pin=DIGITS[,DIGITS...]] [DISPLAY NAME] | sim leave CONF MEMBERID | sim talk CONF MEMBERID | sim dtmf CONF MEMBERID DIGITS | sim register USERID [EXPIRES] [call-id=ID] | sim unregister USERID | sim expire USERID\n";

/// The subcommands the simulator implements, in FreeSWITCH's usage format.
const CONFERENCE_USAGE: &str = "<conf name> list [delim <string>]|[count]\n<conf name> json_list [compact]\n<conf name> play <file_path> [async|<member_id> [nomux]]\n<conf name> kick <[member_id|all|last|non_moderator]> [<optional sound file>]\n<conf name> hup <[member_id|all|last|non_moderator]>\n<conf name> mute <[member_id|all]|last|non_moderator> [<quiet>]\n<conf name> tmute <[member_id|all]|last|non_moderator> [<quiet>]\n<conf name> unmute <[member_id|all]|last|non_moderator> [<quiet>]\n<conf name> deaf <[member_id|all]|last|non_moderator>\n<conf name> undeaf <[member_id|all]|last|non_moderator>\n<conf name> lock \n<conf name> unlock \n<conf name> record <filename>\n<conf name> recording [start|stop|check|pause|resume] [<filename>|all]\n";

fn holder_id(new: Option<u32>, conf: &Conference) -> Option<u32> {
    new.filter(|id| conf.members.iter().any(|m| m.id == *id))
}

/// A phone of `user` calling into `ext`: named by the display name its SIP
/// `From` carries (the user id when it sends none), not by the directory.
fn member_for(
    user: &User,
    id: u32,
    ext: &ConferenceExtension,
    display: &str,
    energy: i32,
    flags: &[String],
) -> Member {
    let has = |f: &str| flags.iter().any(|x| x == f);
    Member {
        id,
        user: user.id.clone(),
        caller_name: display.to_string(),
        caller_number: user.id.clone(),
        dest_number: ext.number.clone(),
        context: ext.context.clone(),
        outbound: None,
        xfer: None,
        uuid: uuid::Uuid::new_v4().to_string(),
        moderator: has("moderator"),
        speak: !has("mute"),
        hear: !has("deaf"),
        mute_detect: has("mute-detect"),
        talking: false,
        last_talk: None,
        energy,
        volume_in: 0,
        volume_out: 0,
        joined: Instant::now(),
        created_micros: now_micros(),
        early_media: true,
    }
}

fn add_conference_data(e: &mut Event, c: &Conference) {
    let h = &mut e.headers;
    h.push("Conference-Name", &c.ext.name);
    h.push("Conference-Domain", &c.domain);
    h.push("Conference-Size", &c.members.len().to_string());
    h.push("Conference-Ghosts", "0");
    h.push("Conference-Profile-Name", &c.ext.profile);
    h.push("Conference-Unique-ID", &c.uuid);
}

fn add_member_data(e: &mut Event, c: &Conference, m: &Member, hangup: Option<&str>) {
    add_conference_data(e, c);
    add_member_fields(e, c, m, c.floor == Some(m.id), hangup);
}

fn add_member_data_floor(e: &mut Event, c: &Conference, m: &Member, floor: bool) {
    add_conference_data(e, c);
    add_member_fields(e, c, m, floor, None);
}

fn tf(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

/// The member part of conference events, in the order mod_conference adds
/// it (channel data, caller profile, member flags).
fn add_member_fields(e: &mut Event, c: &Conference, m: &Member, floor: bool, hangup: Option<&str>) {
    e.headers.push("Floor", tf(floor));
    add_channel_fields(e, c, m, hangup);
    add_caller_fields(e, c, m);
    let h = &mut e.headers;
    h.push("Video", "false");
    h.push("Hear", tf(m.hear));
    h.push("See", "true");
    h.push("Speak", tf(m.speak));
    h.push("Talking", tf(m.talking));
    h.push("Mute-Detect", tf(m.mute_detect));
    h.push("Hold", "false");
    h.push("Member-ID", &m.id.to_string());
    h.push(
        "Member-Type",
        if m.moderator { "moderator" } else { "member" },
    );
    h.push("Member-Ghost", "false");
    h.push("Energy-Level", &m.energy.to_string());
    h.push("Current-Energy", "0");
}

fn channel_name(c: &Conference, m: &Member) -> String {
    match &m.outbound {
        Some(o) => o.channel.clone(),
        None => format!("sofia/internal/{}@{}", m.user, c.domain),
    }
}

fn add_channel_fields(e: &mut Event, c: &Conference, m: &Member, hangup: Option<&str>) {
    let chan = channel_name(c, m);
    let rate = c.rate.to_string();
    let write_codec = if c.rate >= 48000 { "opus" } else { "G722" };
    let direction = if m.outbound.is_some() {
        "outbound"
    } else {
        "inbound"
    };
    // A channel being moved by an inline dialplan is back in CS_ROUTING (2).
    let moving = m.xfer.as_ref().is_some_and(|x| !x.arrived);
    let h = &mut e.headers;
    h.push("Channel-State", "CS_EXECUTE");
    h.push("Channel-Call-State", "ACTIVE");
    h.push(
        "Channel-State-Number",
        match (hangup.is_some(), moving) {
            (true, _) => "10",
            (false, true) => "2",
            _ => "4",
        },
    );
    h.push("Channel-Name", &chan);
    h.push("Unique-ID", &m.uuid);
    h.push("Call-Direction", direction);
    h.push("Presence-Call-Direction", direction);
    h.push("Channel-HIT-Dialplan", "true");
    if m.outbound.is_some() {
        h.push("Channel-Presence-ID", &format!("{}@{}", m.user, c.domain));
    }
    h.push("Channel-Call-UUID", &m.uuid);
    h.push(
        "Answer-State",
        if hangup.is_some() {
            "hangup"
        } else {
            "answered"
        },
    );
    if let Some(cause) = hangup {
        h.push("Hangup-Cause", cause);
    }
    h.push("Channel-Read-Codec-Name", "L16");
    h.push("Channel-Read-Codec-Rate", &rate);
    h.push("Channel-Read-Codec-Bit-Rate", &(c.rate * 16).to_string());
    h.push("Channel-Write-Codec-Name", write_codec);
    h.push("Channel-Write-Codec-Rate", &rate);
    h.push("Channel-Write-Codec-Bit-Rate", "64000");
}

/// The caller profile: an inbound phone's own, or the one `originate` made
/// for a dialed member (callee as caller id, the conference's id as origin).
fn add_caller_fields(e: &mut Event, c: &Conference, m: &Member) {
    let chan = channel_name(c, m);
    let h = &mut e.headers;
    let direction = if m.outbound.is_some() {
        "outbound"
    } else {
        "inbound"
    };
    h.push("Caller-Direction", direction);
    // A transfer gives the call a new caller profile, logically inbound
    // (session-dial: a dialed member moved by `transfer`).
    let logical = if m.xfer.is_some() {
        "inbound"
    } else {
        direction
    };
    h.push("Caller-Logical-Direction", logical);
    let moving = m.xfer.as_ref().filter(|x| !x.arrived);
    add_caller_ids(h, m);
    h.push("Caller-Network-Addr", "127.0.0.1");
    let ani = m
        .outbound
        .as_ref()
        .map_or(&m.caller_number, |o| &o.cid_number);
    h.push("Caller-ANI", ani);
    h.push(
        "Caller-Destination-Number",
        moving.map_or(&m.dest_number, |x| &x.target),
    );
    h.push("Caller-Unique-ID", &m.uuid);
    h.push(
        "Caller-Source",
        if m.outbound.is_some() {
            "src/switch_ivr_originate.c"
        } else {
            "mod_sofia"
        },
    );
    if let Some(x) = &m.xfer {
        h.push("Caller-Transfer-Source", &x.source);
    }
    h.push("Caller-Context", &m.context);
    if moving.is_some() {
        h.push("Caller-RDNIS", &m.dest_number);
    }
    h.push("Caller-Channel-Name", &chan);
    h.push(
        "Caller-Profile-Index",
        if m.xfer.is_some() { "2" } else { "1" },
    );
    add_caller_times(h, m);
    h.push("Caller-Screen-Bit", "true");
    h.push("Caller-Privacy-Hide-Name", "false");
    h.push("Caller-Privacy-Hide-Number", "false");
}

/// Who calls: the phone's own ids, or for a dialed member the callee as
/// caller and the conference's caller id as origin.
fn add_caller_ids(h: &mut Headers, m: &Member) {
    match &m.outbound {
        None => {
            h.push("Caller-Username", &m.user);
            h.push(
                "Caller-Dialplan",
                if m.xfer.is_some() { "inline" } else { "XML" },
            );
            h.push("Caller-Caller-ID-Name", &m.caller_name);
            h.push("Caller-Caller-ID-Number", &m.caller_number);
            h.push("Caller-Orig-Caller-ID-Name", &m.caller_name);
            h.push("Caller-Orig-Caller-ID-Number", &m.caller_number);
        }
        Some(o) => {
            if m.xfer.is_some() {
                h.push("Caller-Dialplan", "inline");
            }
            h.push("Caller-Caller-ID-Name", &m.caller_name);
            h.push("Caller-Caller-ID-Number", &m.caller_number);
            h.push("Caller-Orig-Caller-ID-Name", &o.cid_name);
            h.push("Caller-Orig-Caller-ID-Number", &o.cid_number);
            h.push("Caller-Callee-ID-Name", &o.cid_name);
            h.push("Caller-Callee-ID-Number", &o.cid_number);
        }
    }
}

/// The call's times: `0` for what did not happen.
fn add_caller_times(h: &mut Headers, m: &Member) {
    let created = m.created_micros.to_string();
    h.push("Caller-Profile-Created-Time", &created);
    h.push("Caller-Channel-Created-Time", &created);
    h.push("Caller-Channel-Answered-Time", &created);
    h.push(
        "Caller-Channel-Progress-Time",
        if m.outbound.is_some() { &created } else { "0" },
    );
    h.push(
        "Caller-Channel-Progress-Media-Time",
        if m.early_media { &created } else { "0" },
    );
    for t in [
        "Caller-Channel-Hangup-Time",
        "Caller-Channel-Transfer-Time",
        "Caller-Channel-Resurrect-Time",
        "Caller-Channel-Bridged-Time",
        "Caller-Channel-Last-Hold",
        "Caller-Channel-Hold-Accum",
    ] {
        h.push(t, "0");
    }
}

/// The directory data sofia adds to registration events.
fn add_user_variables(e: &mut Event, reg: &Registration) {
    let h = &mut e.headers;
    h.push("sip_number_alias", &reg.user);
    h.push("sip_auth_username", &reg.user);
    h.push("sip_auth_realm", &reg.realm);
    h.push("number_alias", &reg.user);
    h.push("user_name", &reg.user);
    h.push("domain_name", &reg.realm);
    for (n, v) in &reg.variables {
        h.push(n, v);
    }
}

fn member_lines(c: &Conference) -> String {
    let mut out = String::new();
    for m in c.members.iter().rev() {
        let mut flags = Vec::new();
        if m.hear {
            flags.push("hear");
        }
        if m.speak {
            flags.push("speak");
        }
        if m.talking {
            flags.push("talking");
        }
        if c.floor == Some(m.id) {
            flags.push("floor");
        }
        if m.moderator {
            flags.push("moderator");
        }
        out.push_str(&format!(
            "{};{};{};{};{};{};{};{};{}\n",
            m.id,
            channel_name(c, m),
            m.uuid,
            m.caller_name,
            m.caller_number,
            flags.join("|"),
            m.volume_in,
            m.volume_out,
            m.energy
        ));
    }
    out
}

fn conference_json(c: &Conference) -> serde_json::Value {
    use serde_json::json;
    let mut members: Vec<(Instant, serde_json::Value)> = Vec::new();
    for m in &c.members {
        members.push((
            m.joined,
            json!({
                "type": "caller",
                "id": m.id,
                "flags": {
                    "can_hear": m.hear,
                    "can_see": true,
                    "can_speak": m.speak,
                    "hold": false,
                    "mute_detect": m.mute_detect,
                    "talking": m.talking,
                    "has_video": false,
                    "video_bridge": false,
                    "has_floor": c.floor == Some(m.id),
                    "is_moderator": m.moderator,
                    "end_conference": false,
                    "mandatory_member_end_conference": false,
                    "pass_digits": false
                },
                "uuid": m.uuid,
                "caller_id_name": m.caller_name,
                "caller_id_number": m.caller_number,
                "join_time": m.joined.elapsed().as_secs(),
                "last_talking": m.last_talk.map_or(0, |t| t.elapsed().as_secs()),
                "energy": m.energy,
                "volume_in": m.volume_in,
                "volume_out": m.volume_out,
                "output-volume": m.volume_out,
                "input-volume": m.volume_in
            }),
        ));
    }
    for r in &c.recordings {
        let mut node = serde_json::Map::new();
        node.insert("type".into(), json!("recording_node"));
        node.insert("record_path".into(), json!(r.path));
        if r.paused_since.is_some() {
            node.insert("status".into(), json!("paused"));
        }
        node.insert("join_time".into(), json!(r.joined.elapsed().as_secs()));
        members.push((r.joined, serde_json::Value::Object(node)));
    }
    members.sort_by_key(|m| std::cmp::Reverse(m.0));
    json!({
        "conference_name": c.ext.name,
        "member_count": c.members.len(),
        "ghost_count": 0,
        "rate": c.rate,
        "run_time": c.started.elapsed().as_secs(),
        "conference_uuid": c.uuid,
        "canvas_count": 0,
        "max_bw_in": 0,
        "force_bw_in": 0,
        "video_floor_packets": 0,
        "locked": c.locked,
        "destruct": false,
        "wait_mod": false,
        "audio_always": false,
        "running": true,
        "answered": true,
        "enforce_min": true,
        "bridge_to": false,
        "dynamic": true,
        "exit_sound": true,
        "enter_sound": true,
        "recording": !c.recordings.is_empty(),
        "video_bridge": false,
        "video_floor_only": false,
        "video_rfc4579": false,
        "variables": {},
        "members": members.into_iter().map(|(_, v)| v).collect::<Vec<_>>()
    })
}

/// `cJSON_Print`: tab indentation, `"key":\tvalue`, arrays inline with `, `.
pub fn cjson_print(v: &serde_json::Value) -> String {
    let mut out = String::new();
    cjson_value(v, 0, &mut out);
    out
}

fn cjson_value(v: &serde_json::Value, depth: usize, out: &mut String) {
    use serde_json::Value;
    match v {
        Value::Object(map) => {
            out.push_str("{\n");
            let n = map.len();
            for (i, (k, val)) in map.iter().enumerate() {
                out.push_str(&"\t".repeat(depth + 1));
                out.push_str(&Value::String(k.clone()).to_string());
                out.push_str(":\t");
                cjson_value(val, depth + 1, out);
                out.push_str(if i + 1 < n { ",\n" } else { "\n" });
            }
            out.push_str(&"\t".repeat(depth));
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                cjson_value(item, depth + 1, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

fn write_wav_header(file: &Path, rate: u32) -> std::io::Result<()> {
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut f = std::fs::File::create(file)?;
    f.write_all(&wav_header(rate, 0))
}

fn wav_header(rate: u32, data_len: u32) -> Vec<u8> {
    let mut h = Vec::with_capacity(44);
    h.extend_from_slice(b"RIFF");
    h.extend_from_slice(&(36 + data_len).to_le_bytes());
    h.extend_from_slice(b"WAVEfmt ");
    h.extend_from_slice(&16u32.to_le_bytes());
    h.extend_from_slice(&1u16.to_le_bytes()); // PCM
    h.extend_from_slice(&1u16.to_le_bytes()); // mono
    h.extend_from_slice(&rate.to_le_bytes());
    h.extend_from_slice(&(rate * 2).to_le_bytes());
    h.extend_from_slice(&2u16.to_le_bytes());
    h.extend_from_slice(&16u16.to_le_bytes());
    h.extend_from_slice(b"data");
    h.extend_from_slice(&data_len.to_le_bytes());
    h
}

/// Appends `samples` of silence and fixes the header; returns the file size.
fn finish_wav(file: &Path, samples: u64) -> std::io::Result<u64> {
    let mut f = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(file)?;
    let rate = {
        use std::io::Read;
        let mut h = [0u8; 44];
        f.read_exact(&mut h)?;
        u32::from_le_bytes([h[24], h[25], h[26], h[27]])
    };
    let data_len = (samples * 2).min(u32::MAX as u64 - 44) as u32;
    f.seek(SeekFrom::End(0))?;
    let zeros = vec![0u8; 64 * 1024];
    let mut left = data_len as usize;
    while left > 0 {
        let n = left.min(zeros.len());
        f.write_all(&zeros[..n])?;
        left -= n;
    }
    f.seek(SeekFrom::Start(0))?;
    f.write_all(&wav_header(rate, data_len))?;
    Ok(44 + data_len as u64)
}
