//! `fsconn doctor`: after an install, check that the switch, its
//! configuration and fsconn's own files fit together, and say how to fix
//! each thing that does not.
//!
//! Each check is a rule about what a real FreeSWITCH 1.10 does with the
//! configuration (docs/real-freeswitch.md, section 1): the switch is asked over
//! the event socket (`version`, `sofia status`, `show codecs`,
//! `global_getvar`, `xml_locate`), the files are looked at directly. The
//! event socket is behind a trait so the CLI and the server each bring their
//! own.

use crate::fsconf::State;
use crate::settings::Settings;
use fsconn_esl::client::BlockingApi;
use quick_xml::events::Event;
use quick_xml::Reader;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Asks the switch an `api` command; `Err` is why it could not be asked.
pub trait SwitchApi {
    fn api(&self, command: &str) -> Result<String, String>;
}

#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Check {
    pub name: String,
    pub ok: bool,
    /// What was found.
    pub detail: String,
    /// What to do about it (empty when ok).
    pub fix: String,
}

#[derive(Debug, Clone, Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Report {
    pub op: String,
    pub ok: bool,
    pub checks: Vec<Check>,
}

fn pass(name: &'static str, detail: impl Into<String>) -> Check {
    Check {
        name: name.into(),
        ok: true,
        detail: detail.into(),
        fix: String::new(),
    }
}

fn fail(name: &'static str, detail: impl Into<String>, fix: impl Into<String>) -> Check {
    Check {
        name: name.into(),
        ok: false,
        detail: detail.into(),
        fix: fix.into(),
    }
}

/// The event socket, one short connection per question.
pub fn probe(s: &Settings) -> BlockingApi {
    BlockingApi {
        addr: s.esl_addr(),
        password: s.esl_password.clone(),
        timeout: std::time::Duration::from_secs(s.esl_timeout.max(1)),
    }
}

impl SwitchApi for BlockingApi {
    fn api(&self, command: &str) -> std::result::Result<String, String> {
        BlockingApi::api(self, command).map_err(|e| e.to_string())
    }
}

/// The report (what `GET /api/doctor` answers) for this machine's files
/// and event socket.
/// In a cluster every `[[node]]` is checked, each check named
/// `NODE/check`.
pub fn local_report(settings: &Settings) -> Report {
    let state = State::load(settings).ok();
    if settings.nodes.is_empty() {
        return run(settings, state.as_ref(), &probe(settings));
    }
    let probes: Vec<(String, BlockingApi)> = settings
        .nodes
        .iter()
        .map(|n| {
            let api = BlockingApi {
                addr: n.esl_addr(),
                password: n.esl_password.clone(),
                timeout: std::time::Duration::from_secs(settings.esl_timeout.max(1)),
            };
            (n.name.to_string(), api)
        })
        .collect();
    let each: Vec<(&str, &dyn SwitchApi)> = probes
        .iter()
        .map(|(n, p)| (n.as_str(), p as &dyn SwitchApi))
        .collect();
    run_nodes(settings, state.as_ref(), &each)
}

/// Runs every check. `state` is the config as fsconn reads it (None when it
/// cannot be read, which the config-dir check reports).
pub fn run(settings: &Settings, state: Option<&State>, switch: &dyn SwitchApi) -> Report {
    let mut checks = switch_checks(settings, state, &settings.esl_addr(), switch);
    checks.extend(file_checks(settings, state));
    Report {
        op: "doctor".into(),
        ok: checks.iter().all(|c| c.ok),
        checks,
    }
}

/// A cluster's report: the switch checks once per node (named
/// `NODE/check`, the detail saying which node), then fsconn's own files.
pub fn run_nodes(
    settings: &Settings,
    state: Option<&State>,
    nodes: &[(&str, &dyn SwitchApi)],
) -> Report {
    let mut checks = Vec::new();
    for (name, switch) in nodes {
        let addr = settings
            .nodes
            .iter()
            .find(|n| n.name.as_str() == *name)
            .map_or_else(|| settings.esl_addr(), |n| n.esl_addr());
        for mut c in switch_checks(settings, state, &addr, *switch) {
            c.name = format!("{name}/{}", c.name);
            c.detail = format!("node {name}: {}", c.detail);
            c.fix = c
                .fix
                .replace(
                    "esl.password (or FSPW)",
                    &format!("esl_password of node {name}"),
                )
                .replace(
                    "esl.host/esl.port (FSIP/FSPORT)",
                    &format!("esl of node {name}"),
                );
            checks.push(c);
        }
    }
    checks.extend(file_checks(settings, state));
    Report {
        op: "doctor".into(),
        ok: checks.iter().all(|c| c.ok),
        checks,
    }
}

/// The checks that ask the switch at `addr`.
fn switch_checks(
    settings: &Settings,
    state: Option<&State>,
    addr: &str,
    switch: &dyn SwitchApi,
) -> Vec<Check> {
    let mut checks = vec![check_event_socket(addr, switch)];
    let up = checks[0].ok;
    let facts = up.then(|| SwitchFacts::gather(switch));
    if let Some(sw) = &facts {
        checks.push(check_version(sw));
        checks.push(check_sofia_running(sw));
        checks.push(check_sofia_bind(sw));
        checks.push(check_codecs(sw));
        checks.push(check_negotiation(sw));
        checks.push(check_srtp(sw));
        checks.push(check_pins(sw));
        checks.push(check_module_configs(sw));
        checks.push(check_prompts(settings, sw));
        checks.push(check_certs(settings, sw));
        checks.extend(round3_checks(settings, sw));
        checks.push(check_wss_listening(settings, sw));
        checks.push(check_wss_certificate(settings, sw));
    } else {
        for name in [
            "version",
            "sofia",
            "bind",
            "codecs",
            "negotiation",
            "srtp",
            "pins",
            "configs",
            "prompts",
            "certs",
            "dtmf",
            "candidates",
            "media_timeout",
            "recordings",
            "wss",
            "wss-cert",
        ] {
            checks.push(fail(
                name,
                "not checked: the event socket cannot be reached",
                "fix the event socket first (see above)",
            ));
        }
    }
    checks.push(check_conference_settings(state, facts.as_ref(), switch));
    checks
}

/// fsconn's own files.
fn file_checks(settings: &Settings, state: Option<&State>) -> Vec<Check> {
    vec![
        check_conf_dir(settings, state),
        check_passwords(settings, state),
        check_writable("static_dir", &settings.static_dir),
        check_writable("recordings_dir", &settings.recordings_dir),
    ]
}

/// The switch-side checks from the third run on a real FreeSWITCH 1.10
/// (docs/real-freeswitch.md section 4): DTMF, browser candidates, media timeout,
/// and where recordings go.
fn round3_checks(settings: &Settings, sw: &SwitchFacts) -> Vec<Check> {
    vec![
        check_dtmf(sw),
        check_candidates(sw),
        check_media_timeout(sw),
        check_recordings_dir(settings, sw),
    ]
}

fn check_event_socket(addr: &str, switch: &dyn SwitchApi) -> Check {
    match switch.api("version") {
        Ok(_) => pass("esl", format!("event socket {addr} answers")),
        Err(why) if why.contains("-ERR invalid") || why.to_lowercase().contains("auth") => fail(
            "esl",
            format!("event socket {addr}: password refused ({why})"),
            "set esl.password (or FSPW) to the password of autoload_configs/event_socket.conf.xml",
        ),
        Err(why) => fail(
            "esl",
            format!("event socket {addr} cannot be reached: {why}"),
            "start FreeSWITCH with mod_event_socket loaded, and set esl.host/esl.port (FSIP/FSPORT) to listen-ip/listen-port of event_socket.conf.xml",
        ),
    }
}

/// Everything the switch-side checks need, asked once.
struct SwitchFacts {
    version: String,
    sofia: String,
    profile: BTreeMap<String, String>,
    codecs: String,
    globals: BTreeMap<String, String>,
    sofia_conf: Vec<(String, String, String)>,
    conference_conf: Vec<(String, String, String)>,
    modules: Vec<String>,
    configs: BTreeMap<&'static str, bool>,
    dialplan: String,
}

impl SwitchFacts {
    fn gather(switch: &dyn SwitchApi) -> SwitchFacts {
        let ask = |c: &str| switch.api(c).unwrap_or_default();
        let locate = |name: &str| {
            ask(&format!(
                "xml_locate configuration configuration name {name}"
            ))
        };
        let found = |text: &str| text.trim_start().starts_with("<configuration");
        let mut configs = BTreeMap::new();
        for name in [
            "logfile.conf",
            "opus.conf",
            "conference_layouts.conf",
            "console.conf",
            "spandsp.conf",
            "switch.conf",
            "msrp.conf",
            "pre_load_modules.conf",
            "post_load_modules.conf",
        ] {
            configs.insert(name, found(&locate(name)));
        }
        let profile = ask("sofia status profile internal")
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
            .collect();
        let globals = ask("global_getvar")
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        SwitchFacts {
            version: ask("version"),
            sofia: ask("sofia status"),
            profile,
            codecs: ask("show codecs"),
            globals,
            sofia_conf: params(&locate("sofia.conf"), "profile"),
            conference_conf: params(&locate("conference.conf"), "profile"),
            modules: attrs(&locate("modules.conf"), "load", "module"),
            configs,
            dialplan: ask("xml_locate dialplan"),
        }
    }

    fn global(&self, name: &str) -> &str {
        self.globals.get(name).map(String::as_str).unwrap_or("")
    }

    fn conference_param(&self, param: &str) -> Vec<(&str, &str)> {
        self.conference_conf
            .iter()
            .filter(|(_, n, _)| n == param)
            .map(|(p, _, v)| (p.as_str(), v.as_str()))
            .collect()
    }

    fn sofia_param(&self, param: &str) -> Option<&str> {
        self.sofia_conf
            .iter()
            .find(|(p, n, _)| p == "internal" && n == param)
            .map(|(_, _, v)| v.as_str())
    }
}

/// (owner's `name` attribute, param name, param value) of every `<param>`
/// below an `owner` element.
fn params(xml: &str, owner: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut reader = Reader::from_str(xml);
    let mut current = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                let tag = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                let attr = |k: &[u8]| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == k)
                        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
                        .unwrap_or_default()
                };
                if tag == owner {
                    current = attr(b"name");
                } else if tag == "param" {
                    out.push((current.clone(), attr(b"name"), attr(b"value")));
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
}

/// The `attr` attribute of every `tag` element.
fn attrs(xml: &str, tag: &str, attr: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) if e.name().as_ref() == tag.as_bytes() => {
                if let Some(a) = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.as_ref() == attr.as_bytes())
                {
                    out.push(String::from_utf8_lossy(&a.value).into_owned());
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
}

fn check_version(sw: &SwitchFacts) -> Check {
    let v = sw
        .version
        .split_whitespace()
        .skip_while(|w| *w != "Version")
        .nth(1)
        .unwrap_or("");
    let mut parts = v
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|p| p.parse::<u32>().ok());
    match (parts.next(), parts.next()) {
        (Some(1), Some(minor)) if minor >= 10 => pass("version", format!("FreeSWITCH {v}")),
        _ => fail(
            "version",
            format!("FreeSWITCH answers {:?}", sw.version.trim()),
            "fsconn's configuration is made for FreeSWITCH 1.10: upgrade the switch",
        ),
    }
}

fn check_sofia_running(sw: &SwitchFacts) -> Check {
    if sw
        .sofia
        .lines()
        .any(|l| l.contains("internal") && l.contains("RUNNING"))
    {
        return pass("sofia", "sofia profile internal is RUNNING");
    }
    let dir = sw.sofia_param("tls-cert-dir").unwrap_or("");
    let certs = sw.global("certs_dir");
    let why = if !dir.is_empty() && dir != certs && !Path::new(dir).join("wss.pem").is_file() {
        format!(
            "tls-cert-dir is {dir}, which holds no wss.pem: sofia logs \"Error Creating SIP UA for profile: internal ... Bad WSS.PEM certificate.\""
        )
    } else {
        "see the switch's log for \"Error Creating SIP UA\"".to_string()
    };
    fail(
        "sofia",
        format!("sofia profile internal is not running, nothing listens for phones: {why}"),
        format!("set <param name=\"tls-cert-dir\" value=\"$${{certs_dir}}\"/> in sip_profiles/internal.xml (FreeSWITCH creates {certs} and its wss.pem), then restart FreeSWITCH"),
    )
}

fn check_sofia_bind(sw: &SwitchFacts) -> Check {
    let bind = sw.global("bind_ip");
    let sip_ip = sw.profile.get("SIP-IP").map(String::as_str).unwrap_or("");
    let rtp_ip = sw.profile.get("RTP-IP").map(String::as_str).unwrap_or("");
    let tls_port = sw
        .profile
        .get("TLS-URL")
        .and_then(|u| u.rsplit(':').next())
        .unwrap_or("");
    let fix = "set <X-PRE-PROCESS cmd=\"set\" data=\"bind_ip=ADDRESS\"/> in vars.xml and use $${bind_ip} for sip-ip and rtp-ip of sip_profiles/internal.xml";
    if sip_ip.is_empty() {
        return fail(
            "bind",
            "sofia status profile internal shows no SIP-IP (profile not running)",
            fix,
        );
    }
    if bind.is_empty() {
        return fail(
            "bind",
            format!("vars.xml sets no bind_ip; the profile binds {sip_ip} (with $${{local_ip_v4}}: the machine's first address, whatever the admin chose)"),
            fix,
        );
    }
    if sip_ip != bind || rtp_ip != bind {
        return fail(
            "bind",
            format!("bind_ip is {bind} but the profile binds SIP {sip_ip}, RTP {rtp_ip}"),
            fix,
        );
    }
    let want_tls = sw.global("internal_tls_port");
    if !tls_port.is_empty() && !want_tls.is_empty() && tls_port != want_tls {
        return fail(
            "bind",
            format!("TLS listens on port {tls_port} but internal_tls_port is {want_tls}"),
            "use $${internal_tls_port} for tls-sip-port of sip_profiles/internal.xml",
        );
    }
    pass(
        "bind",
        format!("profile internal binds {sip_ip} (SIP, RTP), TLS port {tls_port}"),
    )
}

/// The codec each conference type promises: 16 kHz G.722, 48 kHz OPUS, video VP8.
fn check_codecs(sw: &SwitchFacts) -> Check {
    let mut needed = Vec::new();
    for (profile, rate) in sw.conference_param("rate") {
        match rate {
            "16000" => needed.push((profile, "G.722", "mod_spandsp")),
            "48000" => needed.push((profile, "OPUS", "mod_opus")),
            _ => {}
        }
    }
    for (profile, _) in sw.conference_param("video-mode") {
        needed.push((profile, "VP8", "mod_vpx (core)"));
    }
    let have = |codec: &str| {
        sw.codecs
            .lines()
            .any(|l| l.starts_with(&format!("codec,{codec}")))
    };
    let missing: Vec<String> = needed
        .iter()
        .filter(|(_, c, _)| !have(c))
        .map(|(p, c, m)| format!("{c} for {p} ({m})"))
        .collect();
    if missing.is_empty() {
        let list: Vec<&str> = needed.iter().map(|(_, c, _)| *c).collect();
        return pass("codecs", format!("show codecs has {}", list.join(", ")));
    }
    fail(
        "codecs",
        format!("show codecs lacks {}: calls fall back to PCMU 8 kHz", missing.join(", ")),
        "load the module in autoload_configs/modules.conf.xml (<load module=\"mod_spandsp\"/> for G.722) and restart FreeSWITCH",
    )
}

fn check_negotiation(sw: &SwitchFacts) -> Check {
    let late = sw.profile.get("LATE-NEG").is_some_and(|v| v == "true");
    let sets_codec = sw.dialplan.contains("codec_string=");
    if sets_codec && !late {
        return fail(
            "negotiation",
            "the conference extensions set a codec string, but profile internal negotiates when the INVITE arrives, before the dialplan runs: the setting has no effect on inbound calls",
            "add <param name=\"inbound-late-negotiation\" value=\"true\"/> to sip_profiles/internal.xml and set absolute_codec_string before answer in each conference extension (fsconn's templates do)",
        );
    }
    pass(
        "negotiation",
        "codec chosen when the conference extension answers (inbound-late-negotiation)",
    )
}

fn check_srtp(sw: &SwitchFacts) -> Check {
    if sw.sofia_param("rtp-secure-media").is_some() {
        return fail(
            "srtp",
            "sip_profiles/internal.xml sets rtp-secure-media, which mod_sofia never reads: SRTP is not enforced, plain RTP offers are accepted",
            "remove that param and set the channel variable rtp_secure_media=mandatory in the dialplan (the example's enable_srtp extensions)",
        );
    }
    if !sw.dialplan.contains("rtp_secure_media=") {
        return fail(
            "srtp",
            "the dialplan never sets rtp_secure_media: SRTP is not enforced",
            "add an extension with continue=\"true\" that sets rtp_secure_media=mandatory to each context (see examples/freeswitch/dialplan)",
        );
    }
    pass(
        "srtp",
        "SRTP set per call by the channel variable rtp_secure_media",
    )
}

fn check_pins(sw: &SwitchFacts) -> Check {
    let with_mod_pin = sw.conference_param("moderator-pin");
    if let Some((profile, _)) = with_mod_pin.first() {
        return fail(
            "pins",
            format!("conference profile {profile} has a moderator-pin: any caller who types it, a public user too, becomes moderator"),
            "remove moderator-pin from autoload_configs/conference.conf.xml: moderators come from their context's conf_flags",
        );
    }
    let actions = attrs_where(&sw.dialplan, "application", "conference");
    // A conference's own PIN (`conferences settings --pin`) is digits there.
    let own_pin = |d: &str| {
        d.split('+')
            .nth(1)
            .is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    };
    if let Some(data) = actions
        .iter()
        .find(|d| !d.contains("+${conpin}+") && !own_pin(d))
    {
        return fail(
            "pins",
            format!("conference action {data:?} does not take the caller's PIN from ${{conpin}}: a user's own conpin has no effect"),
            "write the action as NAME@TYPE+${conpin}+flags{${conf_flags}} (fsconn's templates do; `fsconn conferences mod` rewrites a conference)",
        );
    }
    pass(
        "pins",
        "callers type their own conpin; no PIN makes a moderator",
    )
}

/// Each conference's own settings as the switch will run them
/// (docs/conference-settings.md): valid values, a moderator PIN no user
/// types as their own conpin, a join tone that can play, a maximum not
/// below who is in now.
fn check_conference_settings(
    state: Option<&State>,
    sw: Option<&SwitchFacts>,
    switch: &dyn SwitchApi,
) -> Check {
    let Some(state) = state else {
        return fail(
            "conference-settings",
            "not checked: the config cannot be read",
            "fix the config dir first (see above)",
        );
    };
    let mut problems = Vec::new();
    for c in state
        .conferences
        .iter()
        .filter(|c| !c.settings.is_default())
    {
        problems.extend(settings_problems(state, c, sw, switch));
    }
    if sw.is_some() {
        problems.extend(time_zone_problem(state, switch));
    }
    let with = state
        .conferences
        .iter()
        .filter(|c| !c.settings.is_default())
        .count();
    if problems.is_empty() {
        return pass(
            "conference-settings",
            format!("{with} conference(s) with settings of their own, all usable"),
        );
    }
    fail(
        "conference-settings",
        problems.join("; "),
        "change them with `fsconn conferences settings NUM ...` (docs/conference-settings.md)",
    )
}

/// Automatic recordings are named with `${strftime_tz(UTC ...)}`, which
/// answers `-ERR Invalid Timezone` when `timezones.conf` has no UTC zone.
fn time_zone_problem(state: &State, switch: &dyn SwitchApi) -> Option<String> {
    let recording: Vec<&str> = state
        .conferences
        .iter()
        .filter(|c| c.settings.auto_record)
        .map(|c| c.name.as_str())
        .collect();
    if recording.is_empty() {
        return None;
    }
    let answer = switch.api("strftime_tz UTC %Y").unwrap_or_default();
    answer.starts_with("-ERR").then(|| {
        format!(
            "{} record(s) automatically, named with ${{strftime_tz(UTC ...)}}, but the switch has no UTC time zone ({}): add <zone name=\"UTC\" value=\"UTC0\"/> to autoload_configs/timezones.conf.xml",
            recording.join(", "),
            answer.trim()
        )
    })
}

fn settings_problems(
    state: &State,
    c: &crate::model::Conference,
    sw: Option<&SwitchFacts>,
    switch: &dyn SwitchApi,
) -> Vec<String> {
    let s = &c.settings;
    let mut out = Vec::new();
    if let Err(e) = s.check() {
        out.push(format!("conference {} ({}): {e}", c.num, c.name));
    }
    if let (None, Some(mpin)) = (&s.pin, &s.moderator_pin) {
        let users: Vec<String> = state
            .users
            .iter()
            .filter(|u| state.present(u).conpin == *mpin)
            .map(|u| u.id.to_string())
            .collect();
        if !users.is_empty() {
            out.push(format!(
                "conference {} ({}): its moderator PIN is the conpin of user(s) {}: they become moderators by typing their own PIN",
                c.num,
                c.name,
                users.join(", ")
            ));
        }
    }
    if let Some(sw) = sw {
        let has_enter = sw
            .conference_param("enter-sound")
            .iter()
            .any(|(p, v)| *p == c.conftype && !v.is_empty());
        if s.announce && !has_enter {
            out.push(format!(
                "conference {} ({}): announce is on but profile {} has no enter-sound: FreeSWITCH plays the join tone only when the profile has one (the leave tone plays)",
                c.num, c.name, c.conftype
            ));
        }
        if let Some(max) = s.max_members {
            let count = switch
                .api(&format!("conference {} get count", c.name))
                .ok()
                .and_then(|n| n.trim().parse::<u32>().ok())
                .unwrap_or(0);
            if count > max {
                out.push(format!(
                    "conference {} ({}) runs with {count} members, more than its max_members {max}: the limit applies from its next start",
                    c.num, c.name
                ));
            }
        }
    }
    out
}

fn truthy(v: Option<&str>) -> bool {
    matches!(v, Some("true" | "yes" | "on" | "1" | "enabled" | "active"))
}

/// Phones and browsers that send DTMF as SIP INFO (the original web
/// client's phone does) can only type a PIN when the profile listens to
/// every kind: `liberal-dtmf`. RFC 2833 works either way.
fn check_dtmf(sw: &SwitchFacts) -> Check {
    if truthy(sw.sofia_param("liberal-dtmf")) {
        return pass(
            "dtmf",
            "profile internal takes DTMF as RFC 2833 and as SIP INFO (liberal-dtmf)",
        );
    }
    fail(
        "dtmf",
        "profile internal has no liberal-dtmf: digits sent as SIP INFO are dropped (\"IGNORE INFO DTMF ... not configured to use INFO DTMF\") and such callers cannot type their PIN",
        "add <param name=\"liberal-dtmf\" value=\"true\"/> to sip_profiles/internal.xml and rescan or restart the profile",
    )
}

/// WebRTC calls over WSS: without `apply-candidate-acl` the switch uses
/// wan.auto; `rfc1918.auto` leaves out loopback, so a browser on a
/// loopback-bound switch is refused with 488.
fn check_candidates(sw: &SwitchFacts) -> Check {
    let fix = "add <param name=\"apply-candidate-acl\" value=\"localnet.auto\"/> to sip_profiles/internal.xml (or an ACL of the networks your browsers are on; see README, Running with a real FreeSWITCH)";
    if sw.sofia_param("wss-binding").is_none_or(str::is_empty) {
        return pass("candidates", "no WSS binding: no browser calls");
    }
    let acls: Vec<&str> = sw
        .sofia_conf
        .iter()
        .filter(|(p, n, _)| p == "internal" && n == "apply-candidate-acl")
        .map(|(_, _, v)| v.as_str())
        .collect();
    if acls.is_empty() {
        return fail(
            "candidates",
            "profile internal has no apply-candidate-acl: \"NO candidate ACL defined, Defaulting to wan.auto\", browsers on private or local networks may not connect",
            fix,
        );
    }
    let bind = sw.global("bind_ip");
    if bind.starts_with("127.") && !acls.iter().any(|a| *a != "rfc1918.auto") {
        return fail(
            "candidates",
            format!("profile internal binds {bind} but accepts only rfc1918.auto candidates, which leave out 127/8: browsers get 488 Not Acceptable Here"),
            fix,
        );
    }
    pass(
        "candidates",
        format!("browser ICE candidates from {}", acls.join(", ")),
    )
}

/// A call whose media stops ends only with `media_timeout` (ms, FreeSWITCH
/// 1.10), read when its RTP starts: set in the dialplan for calls in.
fn check_media_timeout(sw: &SwitchFacts) -> Check {
    let set: Vec<u64> = attrs_where(&sw.dialplan, "application", "set")
        .iter()
        .filter_map(|d| d.strip_prefix("media_timeout="))
        .filter_map(|v| v.trim().parse().ok())
        .collect();
    match set.iter().min() {
        Some(&ms) if ms > 0 => pass(
            "media_timeout",
            format!("calls without media end after {} s (media_timeout)", ms / 1000),
        ),
        _ => fail(
            "media_timeout",
            "the dialplan sets no media_timeout: a browser or phone gone without a BYE stays in its conference as a ghost member (\"No audio stun for a long time!\") until the switch restarts",
            "add an extension with continue=\"true\" that sets media_timeout=$${media_timeout} (ms) to each context, as examples/freeswitch/dialplan does, and set media_timeout in vars.xml",
        ),
    }
}

/// fsconn lists and plays recordings where it thinks the switch records:
/// both must be the switch's `recordings_dir`.
fn check_recordings_dir(settings: &Settings, sw: &SwitchFacts) -> Check {
    let theirs = sw.global("recordings_dir");
    let canon = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let ours = canon(&settings.recordings_dir);
    if !theirs.is_empty() && canon(Path::new(theirs)) == ours {
        return pass(
            "recordings",
            format!("FreeSWITCH records into {theirs}, where fsconn looks"),
        );
    }
    fail(
        "recordings",
        format!(
            "FreeSWITCH's recordings_dir is {theirs:?} but fsconn's recordings_dir is {}: recordings land where fsconn does not look",
            settings.recordings_dir.display()
        ),
        "set recordings_dir in vars.xml and leave it out of fsconn.toml (fsconn then takes vars.xml's), or make both name the same dir",
    )
}

/// `data` of every element whose `key` attribute is `value`.
fn attrs_where(xml: &str, key: &str, value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                let get = |k: &str| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == k.as_bytes())
                        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
                };
                if get(key).as_deref() == Some(value) {
                    out.push(get("data").unwrap_or_default());
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
}

fn check_module_configs(sw: &SwitchFacts) -> Check {
    let loaded = |m: &str| sw.modules.iter().any(|x| x == m);
    let video = !sw.conference_param("video-layout-name").is_empty();
    let mut missing = Vec::new();
    for (needed, name, file) in [
        (
            loaded("mod_logfile"),
            "logfile.conf",
            "logfile.conf.xml (mod_logfile writes nothing)",
        ),
        (
            loaded("mod_opus"),
            "opus.conf",
            "opus.conf.xml (\"Opening of opus.conf failed\")",
        ),
        (
            video,
            "conference_layouts.conf",
            "conference_layouts.conf.xml (video mixing never starts)",
        ),
        (
            loaded("mod_console"),
            "console.conf",
            "console.conf.xml (\"Open of console.conf failed\")",
        ),
        (
            loaded("mod_spandsp"),
            "spandsp.conf",
            "spandsp.conf.xml (\"Could not open spandsp.conf\")",
        ),
    ] {
        if needed && !sw.configs.get(name).copied().unwrap_or(false) {
            missing.push(file);
        }
    }
    missing.extend(missing_core_configs(sw, loaded("mod_console")));
    if missing.is_empty() {
        return pass(
            "configs",
            "logfile, opus, console, spandsp, conference layouts and the core's switch, msrp, pre_load_modules and post_load_modules are configured",
        );
    }
    fail(
        "configs",
        format!("missing autoload_configs/{}", missing.join(", ")),
        "copy the missing files from fsconn's examples/freeswitch/autoload_configs and reloadxml (restart for mod_logfile)",
    )
}

/// The configs the core opens at every start whatever modules load
/// (docs/real-freeswitch.md section 4, row 5); `switch.conf` is reported by the
/// console.
fn missing_core_configs(sw: &SwitchFacts, console: bool) -> Vec<&'static str> {
    [
        (
            console,
            "switch.conf",
            "switch.conf.xml (\"Open of switch.conf failed\")",
        ),
        (
            true,
            "msrp.conf",
            "msrp.conf.xml (\"Open of msrp.conf failed\")",
        ),
        (
            true,
            "pre_load_modules.conf",
            "pre_load_modules.conf.xml (\"open of pre_load_modules.conf failed\")",
        ),
        (
            true,
            "post_load_modules.conf",
            "post_load_modules.conf.xml (\"open of post_load_modules.conf failed\")",
        ),
    ]
    .into_iter()
    .filter(|(needed, name, _)| *needed && !sw.configs.get(name).copied().unwrap_or(false))
    .map(|(_, _, file)| file)
    .collect()
}

/// Every file the conference profiles and fsconn play, where mod_sndfile
/// finds it: a stock sound pack keeps `conference/conf-pin.wav` as
/// `conference/8000/conf-pin.wav` (and 16000/, 32000/, 48000/), and the
/// switch plays from the folder of the conference's rate, else the path as
/// named (docs/real-freeswitch.md section 4, row 1). So a prompt is missing for
/// the rates at which neither exists.
fn check_prompts(settings: &Settings, sw: &SwitchFacts) -> Check {
    let prefix = match sw.global("sound_prefix") {
        "" => format!("{}/en/us/callie", sw.global("sounds_dir")),
        p => p.to_string(),
    };
    let files = prompt_files(settings, sw);
    let mut rates: Vec<u32> = sw
        .conference_param("rate")
        .iter()
        .filter_map(|(_, r)| r.parse().ok())
        .collect();
    if rates.is_empty() {
        rates.push(8000);
    }
    rates.sort_unstable();
    rates.dedup();
    let mut missing = Vec::new();
    for f in &files {
        let path = if f.starts_with('/') {
            PathBuf::from(f)
        } else {
            Path::new(&prefix).join(f)
        };
        let lacking: Vec<String> = rates
            .iter()
            .filter(|rate| !playable(&path, **rate))
            .map(u32::to_string)
            .collect();
        if !lacking.is_empty() {
            missing.push(format!(
                "{} (neither there nor in its {} folder)",
                path.display(),
                lacking.join("/")
            ));
        }
    }
    if missing.is_empty() {
        return pass(
            "prompts",
            format!("all {} prompts are in {prefix}", files.len()),
        );
    }
    fail(
        "prompts",
        format!("{} prompt(s) missing: {}", missing.len(), missing.join(", ")),
        "install FreeSWITCH's en/us callie sound pack (e.g. the freeswitch-sounds-en-us-callie package, or `make cd-sounds-install` in a source build) into sounds_dir, or set [prompts] in fsconn.toml to files that exist",
    )
}

/// The sound files to look for: fsconn's announcements, the conference
/// profiles' `*-sound` params, and the PIN prompts when a profile asks for
/// a PIN. Streams and tones are not files.
fn prompt_files(settings: &Settings, sw: &SwitchFacts) -> Vec<String> {
    let mut files: Vec<String> = settings
        .prompts
        .all()
        .iter()
        .map(|(_, f)| f.to_string())
        .collect();
    for (_, name, value) in &sw.conference_conf {
        if name.ends_with("-sound") && !value.is_empty() {
            files.push(value.clone());
        }
    }
    if !sw.conference_param("pin").is_empty() || !sw.conference_param("moderator-pin").is_empty() {
        files.push("conference/conf-pin.wav".into());
        files.push("conference/conf-bad-pin.wav".into());
    }
    files.sort();
    files.dedup();
    files.retain(|f| {
        !f.contains("://") && !f.starts_with("tone_stream") && !f.starts_with("silence_stream")
    });
    files
}

/// mod_sndfile's lookup at `rate`: `DIR/RATE/NAME`, then the path itself.
fn playable(path: &Path, rate: u32) -> bool {
    let in_rate_folder = match (path.parent(), path.file_name()) {
        (Some(dir), Some(name)) => dir.join(rate.to_string()).join(name).is_file(),
        _ => false,
    };
    in_rate_folder || path.is_file()
}

fn check_certs(settings: &Settings, sw: &SwitchFacts) -> Check {
    let dir = PathBuf::from(sw.global("certs_dir"));
    if !dir.is_dir() {
        return fail(
            "certs",
            format!("certs_dir {} does not exist", dir.display()),
            "start FreeSWITCH once as its service user (it creates certs_dir and wss.pem), or create the dir owned by that user",
        );
    }
    let mut pems: Vec<PathBuf> = ["wss.pem", "agent.pem"]
        .iter()
        .map(|f| dir.join(f))
        .filter(|p| p.is_file())
        .collect();
    if sw.profile.contains_key("TLS-URL") && !dir.join("agent.pem").is_file() {
        return fail(
            "certs",
            format!("SIP over TLS is on but {} has no agent.pem", dir.display()),
            "put the certificate and key for the SIP host name into agent.pem (and the CA chain into cafile.pem) in certs_dir",
        );
    }
    pems.extend(settings.tls_cert.iter().cloned());
    let soon = chrono::Utc::now().timestamp() + 14 * 86400;
    for pem in &pems {
        match not_after(pem) {
            Ok(t) if t < chrono::Utc::now().timestamp() => {
                return fail(
                    "certs",
                    format!("{} expired", pem.display()),
                    "renew the certificate",
                )
            }
            Ok(t) if t < soon => {
                return fail(
                    "certs",
                    format!("{} expires within 14 days", pem.display()),
                    "renew the certificate",
                )
            }
            Ok(_) => {}
            Err(why) => {
                return fail(
                    "certs",
                    format!("{}: {why}", pem.display()),
                    "replace it with a PEM certificate",
                )
            }
        }
    }
    pass(
        "certs",
        format!(
            "{} certificate(s) valid for more than 14 days in {}",
            pems.len(),
            dir.display()
        ),
    )
}

/// Where the console's phone connects (`ops::phone::wss_url`) and the
/// address to try: the profile's `WSS-BIND-URL` when the switch serves WSS
/// itself, the URL's host and port when `serve.sip_wss_url` names another.
fn wss_target(settings: &Settings, sw: &SwitchFacts) -> Result<(String, String), String> {
    let globals: super::answer::Globals = sw.globals.clone().into_iter().collect();
    let url = super::phone::wss_url(settings, &globals)?;
    if let crate::settings::SipWss::Url(_) = settings.sip_wss_url {
        let u = url::Url::parse(&url).map_err(|e| e.to_string())?;
        let host = u.host_str().unwrap_or_default().trim_matches(['[', ']']);
        let port = u.port_or_known_default().unwrap_or(443);
        return Ok((url.clone(), format!("{host}:{port}")));
    }
    let bind = sw
        .profile
        .get("WSS-BIND-URL")
        .and_then(|b| b.split_once('@'))
        .and_then(|(_, rest)| rest.split(';').next())
        .ok_or(
            "sofia status profile internal shows no WSS-BIND-URL: the profile has no wss-binding",
        )?;
    Ok((url.clone(), bind.to_string()))
}

/// The phone's WebSocket address takes connections.
fn check_wss_listening(settings: &Settings, sw: &SwitchFacts) -> Check {
    let fix = "set wss_binding in vars.xml (e.g. :7443) and <param name=\"wss-binding\" value=\"$${wss_binding}\"/> in sip_profiles/internal.xml, or serve.sip_wss_url when a proxy serves it; restart FreeSWITCH";
    let (url, addr) = match wss_target(settings, sw) {
        Ok(t) => t,
        Err(why) => {
            return fail(
                "wss",
                format!("the console's phone has no address: {why}"),
                fix,
            )
        }
    };
    let timeout = std::time::Duration::from_secs(2);
    let reached = std::net::ToSocketAddrs::to_socket_addrs(addr.as_str())
        .map_err(|e| e.to_string())
        .and_then(|mut a| a.next().ok_or_else(|| "no address".to_string()))
        .and_then(|a| std::net::TcpStream::connect_timeout(&a, timeout).map_err(|e| e.to_string()));
    match reached {
        Ok(_) => pass("wss", format!("{addr} takes connections (the phone uses {url})")),
        Err(e) => fail(
            "wss",
            format!("nothing takes connections on {addr} ({e}); the console's phone ({url}) cannot register"),
            format!("{fix}; look for \"WSS-BIND-URL\" in `sofia status profile internal` and for \"Bad WSS.PEM certificate\" in the switch's log"),
        ),
    }
}

/// The certificate browsers get on FreeSWITCH's WSS (`certs_dir/wss.pem`)
/// names the host the phone connects to: browsers refuse it otherwise,
/// and JsSIP only reports a closed WebSocket.
fn check_wss_certificate(settings: &Settings, sw: &SwitchFacts) -> Check {
    let host = match wss_target(settings, sw) {
        Ok((url, _)) => url::Url::parse(&url)
            .ok()
            .and_then(|u| u.host_str().map(|h| h.trim_matches(['[', ']']).to_string()))
            .unwrap_or_default(),
        Err(why) => {
            return fail(
                "wss-cert",
                format!("not checked: {why}"),
                "fix the wss check first",
            )
        }
    };
    if let crate::settings::SipWss::Url(url) = &settings.sip_wss_url {
        return pass(
            "wss-cert",
            format!("the phone connects to {url} (serve.sip_wss_url): that server's certificate is what browsers check, not FreeSWITCH's wss.pem"),
        );
    }
    let pem = Path::new(sw.global("certs_dir")).join("wss.pem");
    let fix = format!("put a certificate for {host} and its key into {} (e.g. from Let's Encrypt: fullchain and key in one file), then restart FreeSWITCH; or set hostname to a name the certificate has", pem.display());
    match cert_names(&pem) {
        Ok(names) if names.iter().any(|n| name_matches(n, &host)) => {
            pass("wss-cert", format!("{} is valid for {host}", pem.display()))
        }
        Ok(names) => fail(
            "wss-cert",
            format!(
                "{} is for {} but the phone connects to {host}: browsers refuse the connection",
                pem.display(),
                names.join(", ")
            ),
            fix,
        ),
        Err(why) => fail("wss-cert", format!("{}: {why}", pem.display()), fix),
    }
}

/// The DNS names and addresses a PEM file's first certificate is for
/// (subjectAltName, else the subject's CN).
fn cert_names(path: &Path) -> Result<Vec<String>, String> {
    use x509_parser::extensions::GeneralName;
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    for pem in x509_parser::pem::Pem::iter_from_buffer(&bytes) {
        let pem = pem.map_err(|e| e.to_string())?;
        if pem.label != "CERTIFICATE" {
            continue;
        }
        let cert = pem.parse_x509().map_err(|e| e.to_string())?;
        let mut names = Vec::new();
        if let Ok(Some(san)) = cert.subject_alternative_name() {
            for n in &san.value.general_names {
                match n {
                    GeneralName::DNSName(d) => names.push(d.to_string()),
                    GeneralName::IPAddress(b) if b.len() == 4 => {
                        names.push(std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string())
                    }
                    GeneralName::IPAddress(b) if b.len() == 16 => {
                        let a: [u8; 16] = (*b).try_into().unwrap_or([0; 16]);
                        names.push(std::net::Ipv6Addr::from(a).to_string())
                    }
                    _ => {}
                }
            }
        }
        if names.is_empty() {
            names.extend(
                cert.subject()
                    .iter_common_name()
                    .filter_map(|c| c.as_str().ok())
                    .map(str::to_string),
            );
        }
        return Ok(names);
    }
    Err("no certificate in it".into())
}

/// `name` (from a certificate, maybe `*.example.org`) covers `host`.
fn name_matches(name: &str, host: &str) -> bool {
    let (name, host) = (name.to_ascii_lowercase(), host.to_ascii_lowercase());
    match name.strip_prefix("*.") {
        Some(rest) => host
            .split_once('.')
            .is_some_and(|(label, tail)| !label.is_empty() && tail == rest),
        None => name == host,
    }
}

/// The end of validity (Unix seconds) of the first certificate in a PEM file.
fn not_after(path: &Path) -> Result<i64, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    for pem in x509_parser::pem::Pem::iter_from_buffer(&bytes) {
        let pem = pem.map_err(|e| e.to_string())?;
        if pem.label == "CERTIFICATE" {
            let cert = pem.parse_x509().map_err(|e| e.to_string())?;
            return Ok(cert.validity().not_after.timestamp());
        }
    }
    Err("no certificate in it".into())
}

fn check_conf_dir(settings: &Settings, state: Option<&State>) -> Check {
    use std::os::unix::fs::MetadataExt;
    let dir = &settings.conf_dir;
    let Ok(meta) = std::fs::metadata(dir) else {
        return fail(
            "conf_dir",
            format!("{} does not exist", dir.display()),
            "set conf_dir (SWITCHCONF) to FreeSWITCH's config dir",
        );
    };
    if meta.mode() & 0o002 != 0 {
        return fail(
            "conf_dir",
            format!("{} is writable by everybody", dir.display()),
            format!("chmod o-w {}", dir.display()),
        );
    }
    if rustix::fs::access(dir, rustix::fs::Access::WRITE_OK).is_err() {
        return fail(
            "conf_dir",
            format!("{} is not writable by fsconn's user", dir.display()),
            "run fsconn as the user owning the config dir (or give its group write access)",
        );
    }
    let open: Vec<String> = state
        .map(|s| s.user_files.values())
        .into_iter()
        .flatten()
        .filter(|p| std::fs::metadata(p).is_ok_and(|m| m.mode() & 0o004 != 0))
        .map(|p| p.display().to_string())
        .collect();
    if let Some(first) = open.first() {
        return fail(
            "conf_dir",
            format!(
                "{} user file(s) with SIP passwords are readable by everybody, e.g. {first}",
                open.len()
            ),
            format!("chmod o-r {}/directory/*/*.xml", dir.display()),
        );
    }
    pass(
        "conf_dir",
        format!(
            "{} is writable by fsconn and not by everybody",
            dir.display()
        ),
    )
}

fn check_passwords(settings: &Settings, state: Option<&State>) -> Check {
    const KNOWN: [&str; 3] = ["ClueCon", "napw", "1234"];
    let mut found = Vec::new();
    if settings.esl_password == "ClueCon" {
        found.push("the event socket password is FreeSWITCH's default ClueCon".to_string());
    }
    if let Some(state) = state {
        let users: Vec<String> = state
            .users
            .iter()
            .map(|u| state.present(u))
            .filter(|v| KNOWN.contains(&v.password.as_str()))
            .map(|v| v.id)
            .collect();
        if !users.is_empty() {
            found.push(format!(
                "users with a well-known password: {}",
                users.join(", ")
            ));
        }
    }
    if found.is_empty() {
        return pass("passwords", "no default passwords");
    }
    fail(
        "passwords",
        found.join("; "),
        "set a password of your own in event_socket.conf.xml and esl.password (FSPW); give those users new passwords (`fsconn users mod ID --password ...`)",
    )
}

fn check_writable(name: &'static str, dir: &Path) -> Check {
    let probe = tempfile::Builder::new()
        .prefix(".fsconn-doctor-")
        .tempfile_in(dir);
    match probe {
        Ok(_) => pass(name, format!("{} is writable", dir.display())),
        Err(e) => fail(
            name,
            format!("cannot write in {}: {e}", dir.display()),
            format!(
                "create {} and make it writable by fsconn's user",
                dir.display()
            ),
        ),
    }
}

#[cfg(test)]
mod wss_tests {
    #[test]
    fn certificate_names_cover_exactly_their_hosts() {
        use super::name_matches;
        assert!(name_matches("conf.example.org", "CONF.example.org"));
        assert!(name_matches("*.example.org", "conf.example.org"));
        assert!(!name_matches("*.example.org", "a.b.example.org"));
        assert!(!name_matches("*.example.org", "example.org"));
        assert!(!name_matches("example.org", "conf.example.org"));
        assert!(name_matches("127.0.0.1", "127.0.0.1"));
    }
}
