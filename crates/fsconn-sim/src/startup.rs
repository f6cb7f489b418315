//! What a starting FreeSWITCH makes of a configuration beyond parsing it:
//! which modules load (and so which codecs exist), whether each sofia
//! profile comes up and where it binds, and the log lines a real switch
//! writes about a config it cannot use (docs/real-freeswitch.md, section 1).
//!
//! Lines a real switch logs are reproduced in its format (`[ERR] file.c:LINE
//! text`, line numbers where the recorded log shows them). For defects the
//! switch keeps quiet about (it simply behaves differently), the simulator
//! adds its own `[WARNING] sim:` line saying what the real switch would do.

use std::path::Path;

use super::xml::{params, Element, Vars};

/// A sofia profile as started.
#[derive(Debug, Clone)]
pub struct SofiaProfile {
    pub name: String,
    pub running: bool,
    pub params: std::collections::HashMap<String, String>,
}

impl SofiaProfile {
    fn param(&self, name: &str) -> &str {
        self.params.get(name).map(String::as_str).unwrap_or("")
    }

    fn sip_ip(&self) -> &str {
        match self.param("sip-ip") {
            "" => "127.0.0.1",
            ip => ip,
        }
    }

    fn tls(&self) -> bool {
        matches!(self.param("tls"), "true" | "yes" | "1" | "on")
    }

    fn url(&self) -> String {
        let port = match self.param("sip-port") {
            "" => "5060",
            p => p,
        };
        format!("sip:mod_sofia@{}:{port}", self.sip_ip())
    }

    fn tls_url(&self) -> String {
        let port = match self.param("tls-sip-port") {
            "" => "5061",
            p => p,
        };
        format!("sip:mod_sofia@{}:{port}", self.sip_ip())
    }
}

/// Modules, codecs, sofia profiles and start-up log of a configuration.
#[derive(Debug, Clone, Default)]
pub struct Startup {
    pub modules: Vec<String>,
    pub profiles: Vec<SofiaProfile>,
    pub log: Vec<String>,
}

const LINE: &str =
    "=================================================================================================";

impl Startup {
    pub fn new(root: &Element, vars: &Vars) -> Startup {
        let conf = |name: &str| {
            root.find_child("section", "name", "configuration")
                .and_then(|s| s.find_child("configuration", "name", name))
        };
        let mut s = Startup {
            modules: conf("modules.conf")
                .and_then(|m| m.child("modules"))
                .map(|m| {
                    m.children_named("load")
                        .filter_map(|l| l.attr("module"))
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default(),
            ..Startup::default()
        };
        s.check_module_configs(&conf);
        s.start_sofia(conf("sofia.conf"), vars);
        s.check_conference(conf("conference.conf"), &conf, vars);
        s.check_dialplan(root);
        s
    }

    fn loaded(&self, module: &str) -> bool {
        self.modules.iter().any(|m| m == module)
    }

    fn check_module_configs<'a>(&mut self, conf: &dyn Fn(&str) -> Option<&'a Element>) {
        if self.loaded("mod_logfile") && conf("logfile.conf").is_none() {
            self.log
                .push("[ERR] mod_logfile.c: Open of logfile.conf failed".into());
        }
        if self.loaded("mod_opus") && conf("opus.conf").is_none() {
            self.log
                .push("[ERR] mod_opus.c:1047 Opening of opus.conf failed".into());
        }
        if self.loaded("mod_console") && conf("console.conf").is_none() {
            self.log
                .push("[ERR] mod_console.c: Open of console.conf failed".into());
        }
        if self.loaded("mod_spandsp") && conf("spandsp.conf").is_none() {
            self.log
                .push("[CRIT] mod_spandsp_dsp.c: Could not open spandsp.conf".into());
        }
        self.check_core_configs(conf);
    }

    /// The configs the core itself opens at every start (docs/real-freeswitch.md
    /// section 4, row 5): the module loader's `pre_load_modules.conf` and
    /// `post_load_modules.conf` (logged at console level), the core's
    /// `switch.conf` (reported by the console) and the MSRP listener's
    /// `msrp.conf`.
    fn check_core_configs<'a>(&mut self, conf: &dyn Fn(&str) -> Option<&'a Element>) {
        for name in ["pre_load_modules.conf", "post_load_modules.conf"] {
            if conf(name).is_none() {
                self.log.push(format!(
                    "[CONSOLE] switch_loadable_module.c: open of {name} failed"
                ));
            }
        }
        if self.loaded("mod_console") && conf("switch.conf").is_none() {
            self.log
                .push("[ERR] switch_console.c:103 Open of switch.conf failed".into());
        }
        if conf("msrp.conf").is_none() {
            self.log
                .push("[WARNING] switch_msrp.c:204 Open of msrp.conf failed".into());
        }
    }

    fn start_sofia(&mut self, sofia: Option<&Element>, vars: &Vars) {
        let Some(profiles) = sofia.and_then(|s| s.child("profiles")) else {
            return;
        };
        for p in profiles.children_named("profile") {
            let mut profile = SofiaProfile {
                name: p.attr("name").unwrap_or("").to_string(),
                running: true,
                params: params(p.child("settings"), "param"),
            };
            if let Some(why) = cert_problem(&profile, vars) {
                self.log.push(format!(
                    "[ERR] sofia.c:3317 Error Creating SIP UA for profile: {} ({};transport=udp,tcp). {why}",
                    profile.name,
                    profile.url()
                ));
                profile.running = false;
            }
            if profile.params.contains_key("rtp-secure-media") {
                self.log.push(format!(
                    "[WARNING] sim: profile {}: rtp-secure-media is not a mod_sofia parameter (ignored): SRTP is not enforced; set the channel variable rtp_secure_media",
                    profile.name
                ));
            }
            let bound = match vars.get("bind_ip") {
                None => Some("vars.xml sets no bind_ip (with sip-ip $${local_ip_v4} a real switch binds the machine's first address)".to_string()),
                Some(b) if b != profile.sip_ip() => Some(format!("not bind_ip {b}")),
                Some(_) => None,
            };
            if let Some(why) = bound {
                self.log.push(format!(
                    "[WARNING] sim: profile {} binds {}: {why}",
                    profile.name,
                    profile.sip_ip()
                ));
            }
            self.profiles.push(profile);
        }
        if self.loaded("mod_sofia") && !self.profiles.iter().any(|p| p.running) {
            self.log
                .push("[NOTICE] sim: 0 profiles running: nothing listens for SIP".into());
        }
    }

    fn check_conference<'a>(
        &mut self,
        conference: Option<&Element>,
        conf: &dyn Fn(&str) -> Option<&'a Element>,
        vars: &Vars,
    ) {
        let Some(profiles) = conference.and_then(|c| c.child("profiles")) else {
            return;
        };
        for p in profiles.children_named("profile") {
            let name = p.attr("name").unwrap_or("");
            let ps = params(Some(p), "param");
            let rate: u32 = ps.get("rate").and_then(|r| r.parse().ok()).unwrap_or(8000);
            if ps.contains_key("video-layout-name") && conf("conference_layouts.conf").is_none() {
                self.log.push(
                    "[ERR] conference_video.c:87 Open of conference_layouts.conf failed".into(),
                );
                self.log.push(format!(
                    "[WARNING] sim: conference profile {name}: Invalid video-layout-name specified, falling back to transcode mode"
                ));
            }
            if rate == 16000 && !self.loaded("mod_spandsp") {
                self.log.push(format!(
                    "[WARNING] sim: conference profile {name} mixes 16 kHz but no G722 codec is loaded (mod_spandsp): callers fall back to PCMU 8 kHz"
                ));
            }
            if ps.contains_key("moderator-pin") {
                self.log.push(format!(
                    "[WARNING] sim: conference profile {name} has a moderator-pin: any caller who types it becomes moderator"
                ));
            }
            if ps.contains_key("pin") {
                let sounds = vars.get("sound_prefix").or_else(|| vars.get("sounds_dir"));
                let prompt = ps
                    .get("pin-sound")
                    .map(String::as_str)
                    .unwrap_or("conference/conf-pin.wav");
                if let Some(dir) = sounds.filter(|d| Path::new(d).is_dir()) {
                    let path = Path::new(dir).join(prompt);
                    let in_rate_folder = match (path.parent(), path.file_name()) {
                        (Some(d), Some(f)) => d.join(rate.to_string()).join(f).is_file(),
                        _ => false,
                    };
                    if !in_rate_folder && !path.is_file() {
                        self.log.push(format!(
                            "[WARNING] sim: conference profile {name} asks for a PIN but {dir}/{prompt} is missing: every caller gets [WARNING] mod_conference.c:2295 Cannot ask the user for a pin, ending call"
                        ));
                    }
                }
            }
        }
    }

    fn check_dialplan(&mut self, root: &Element) {
        let late = self.profiles.iter().all(|p| {
            matches!(
                p.param("inbound-late-negotiation"),
                "true" | "yes" | "1" | "on"
            )
        });
        let Some(dp) = root.find_child("section", "name", "dialplan") else {
            return;
        };
        let sets_codec = dp.children_named("context").any(|c| {
            c.children_named("extension").any(|e| {
                e.children_named("condition").any(|cond| {
                    cond.children_named("action").any(|a| {
                        a.attr("application") == Some("set")
                            && a.attr("data").is_some_and(|d| {
                                d.starts_with("codec_string=")
                                    || d.starts_with("absolute_codec_string=")
                            })
                    })
                })
            })
        });
        if sets_codec && !late && !self.profiles.is_empty() {
            self.log.push(
                "[WARNING] sim: the dialplan sets a codec string but the profile negotiates when the INVITE arrives (no inbound-late-negotiation): it has no effect on inbound calls"
                    .into(),
            );
        }
    }

    /// `sofia status`, as mod_sofia prints it.
    pub fn sofia_status(&self) -> String {
        let mut out = format!(
            "{:>25}\t{}\t  {:>40}\t{}\n{LINE}\n",
            "Name", "   Type", "Data", "State"
        );
        let running: Vec<&SofiaProfile> = self.profiles.iter().filter(|p| p.running).collect();
        for p in &running {
            out.push_str(&format!(
                "{:>25}\t{}\t  {:>40}\t{} (0)\n",
                p.name,
                "profile",
                p.url(),
                "RUNNING"
            ));
            if p.tls() {
                out.push_str(&format!(
                    "{:>25}\t{}\t  {:>40}\t{} (0) (TLS)\n",
                    p.name,
                    "profile",
                    p.tls_url(),
                    "RUNNING"
                ));
            }
        }
        let c = running.len();
        out.push_str(&format!(
            "{LINE}\n{c} profile{} 0 aliases\n",
            if c == 1 { "" } else { "s" }
        ));
        out
    }

    /// `sofia status profile NAME` (the part before the registrations).
    pub fn sofia_profile_status(&self, name: &str, registrations: usize) -> String {
        let Some(p) = self.profiles.iter().find(|p| p.name == name && p.running) else {
            return "Invalid Profile!\n".into();
        };
        let rtp_ip = match p.param("rtp-ip") {
            "" => p.sip_ip(),
            ip => ip,
        };
        let or = |v: &'static str, dflt: &'static str| match p.param(v) {
            "" => dflt.to_string(),
            x => x.to_string(),
        };
        let sip_port = or("sip-port", "5060");
        let mut rows = vec![
            ("Name", p.name.clone()),
            ("Domain Name", "N/A".into()),
            ("Auto-NAT", "false".into()),
            ("DBName", format!("sofia_reg_{}", p.name)),
            ("Pres Hosts", String::new()),
            ("Dialplan", or("dialplan", "XML")),
            ("Context", or("context", "public")),
            ("Challenge Realm", or("challenge-realm", "auto_to")),
            ("RTP-IP", rtp_ip.to_string()),
            ("SIP-IP", p.sip_ip().to_string()),
            ("URL", p.url()),
            (
                "BIND-URL",
                format!("sip:mod_sofia@{}:{sip_port};transport=udp,tcp", p.sip_ip()),
            ),
        ];
        if p.tls() {
            let tls_url = p.tls_url();
            let bind = tls_url.replacen("sip:", "sips:", 1);
            rows.push(("TLS-URL", tls_url));
            rows.push(("TLS-BIND-URL", format!("{bind};transport=tls")));
        }
        if let Some(wss) = p.params.get("wss-binding") {
            let port = wss.rsplit(':').next().unwrap_or("7443");
            rows.push((
                "WSS-BIND-URL",
                format!("sips:mod_sofia@{}:{port};transport=wss", p.sip_ip()),
            ));
        }
        rows.extend([
            ("HOLD-MUSIC", "N/A".to_string()),
            ("OUTBOUND-PROXY", "N/A".into()),
            ("CODECS IN", p.param("inbound-codec-prefs").to_string()),
            ("CODECS OUT", p.param("outbound-codec-prefs").to_string()),
            ("TEL-EVENT", "101".into()),
            ("DTMF-MODE", "rfc2833".into()),
            ("CNG", "13".into()),
            ("SESSION-TO", "0".into()),
            ("MAX-DIALOG", "0".into()),
            ("MAX-RECV-RPS", "1000".into()),
            ("NOMEDIA", "false".into()),
            (
                "LATE-NEG",
                matches!(
                    p.param("inbound-late-negotiation"),
                    "true" | "yes" | "1" | "on"
                )
                .to_string(),
            ),
            ("PROXY-MEDIA", "false".into()),
            ("AGGRESSIVENAT", "false".into()),
            ("CALLS-IN", "0".into()),
            ("FAILED-CALLS-IN", "0".into()),
            ("CALLS-OUT", "0".into()),
            ("FAILED-CALLS-OUT", "0".into()),
            ("REGISTRATIONS", registrations.to_string()),
        ]);
        let mut out = format!("{LINE}\n");
        for (k, v) in rows {
            out.push_str(&format!("{k:<17}\t{v}\n"));
        }
        out
    }

    /// `show codecs`: the codec interfaces of the loaded modules.
    pub fn show_codecs(&self) -> String {
        let mut rows = vec![
            ("G.711 alaw", "CORE_PCM_MODULE"),
            ("G.711 ulaw", "CORE_PCM_MODULE"),
            ("PROXY PASS-THROUGH", "CORE_PCM_MODULE"),
            ("PROXY VIDEO PASS-THROUGH", "CORE_PCM_MODULE"),
            ("RAW Signed Linear (16 bit)", "CORE_PCM_MODULE"),
            ("VP8 Video", "CORE_VPX_MODULE"),
            ("VP9 Video", "CORE_VPX_MODULE"),
        ];
        if self.loaded("mod_spandsp") {
            rows.extend([
                ("ADPCM (IMA)", "mod_spandsp"),
                ("G.722", "mod_spandsp"),
                ("G.726 16k", "mod_spandsp"),
                ("G.726 24k", "mod_spandsp"),
                ("G.726 32k", "mod_spandsp"),
                ("G.726 40k", "mod_spandsp"),
                ("GSM", "mod_spandsp"),
                ("LPC-10", "mod_spandsp"),
            ]);
        }
        if self.loaded("mod_opus") {
            rows.push(("OPUS (STANDARD)", "mod_opus"));
        }
        if self.loaded("mod_g723_1") {
            rows.push(("G.723.1 6.3k", "mod_g723_1"));
        }
        rows.sort();
        let mut out = String::from("type,name,ikey\n");
        for (name, module) in &rows {
            out.push_str(&format!("codec,{name},{module}\n"));
        }
        out.push_str(&format!("\n{} total.\n", rows.len()));
        out
    }
}

/// Why sofia cannot create the profile's UA for lack of certificates:
/// FreeSWITCH creates `certs_dir` and its own `wss.pem` there; any other
/// `tls-cert-dir` must already hold `wss.pem` when WSS is bound.
fn cert_problem(p: &SofiaProfile, vars: &Vars) -> Option<&'static str> {
    if !p.params.contains_key("wss-binding") && !p.tls() {
        return None;
    }
    let dir = p.param("tls-cert-dir");
    if dir.is_empty() || Some(dir) == vars.get("certs_dir") {
        return None;
    }
    (!Path::new(dir).join("wss.pem").is_file()).then_some("Bad WSS.PEM certificate.")
}

/// The `version` api: what a FreeSWITCH 1.10.12 built from git answers.
pub const VERSION: &str = "FreeSWITCH Version 1.10.12-release+git~20240802T210227Z~a88d069~64bit (git a88d069 2024-08-02 21:02:27Z 64bit)\n";
