//! Conference member controls as mod_conference 1.10 answers them: the reply
//! texts are not uniform (`+OK deaf 3`, `Energy 3 = 300`, `-ERR floor is
//! held by 1`, an empty answer that mod_event_socket turns into
//! `-ERR no reply`), and every control fires its event again when it
//! changes nothing. All of it as recorded (session-controls, session-dial).

use std::time::Instant;

use super::*;

const O_ENERGY_API: Origin = origin("conference_api.c", "conference_api_sub_energy", 1228);
const O_VOLUME_IN: Origin = origin("conference_api.c", "conference_api_sub_volume_in", 1574);
const O_VOLUME_OUT: Origin = origin("conference_api.c", "conference_api_sub_volume_out", 1609);
const O_PLAY_MEMBER: Origin = origin("conference_api.c", "conference_api_sub_play", 2846);
const O_FILE_CLOSE: Origin = origin("conference_file.c", "conference_file_close", 52);
const O_TRANSFER: Origin = origin("conference_api.c", "conference_api_sub_transfer", 3704);
const O_OUTCALL: Origin = origin("mod_conference.c", "conference_outcall_run", 1708);

const PLAY_USAGE: &str = "play <file_path> [async|<member_id> [nomux]]";

/// Who a member command acts on.
enum Target {
    One(u32),
    /// Every member, newest first; with `skip_moderators`, moderators get a
    /// `Skipping moderator` line instead.
    All {
        skip_moderators: bool,
    },
}

impl State {
    /// `conference NAME SUB ...` for the subcommands that act on members or
    /// report on the conference.
    pub(super) fn control(&mut self, cx: &mut Cx, name: &str, sub: &str, arg: &str) -> String {
        match sub {
            "mute" | "unmute" | "tmute" | "deaf" | "undeaf" | "kick" | "hup" | "energy"
            | "volume_in" | "volume_out" => self.member_command(cx, name, sub, arg),
            "floor" => self.floor_command(cx, name, arg.trim()),
            "vid-floor" => self.vid_floor(name, arg),
            "play" => self.play(cx, name, arg),
            "say" => "-ERR (say) Error!\nsay <text>".into(),
            "get" => self.get(name, arg.trim()),
            "count" => self.count(name),
            "xml_list" => self.xml_list(name),
            "transfer" => self.transfer(cx, name, arg),
            "dial" => self.dial(cx, name, arg, None),
            "bgdial" => {
                let job = uuid::Uuid::new_v4().to_string();
                self.dial(cx, name, arg, Some(&job));
                format!("+OK Job-UUID: {job}\n")
            }
            _ => format!("-ERR Unknown conference command {sub}\n"),
        }
    }

    fn target(&self, name: &str, word: &str) -> Result<Target, String> {
        let Some(c) = self.conference(name) else {
            return Err(format!("-ERR Conference {name} not found\n"));
        };
        match word {
            "all" => Ok(Target::All {
                skip_moderators: false,
            }),
            "non_moderator" => Ok(Target::All {
                skip_moderators: true,
            }),
            "last" => c
                .members
                .last()
                .map(|m| Target::One(m.id))
                .ok_or_else(|| "-ERR Non-Existant ID last\n".to_string()),
            _ => match word.parse::<u32>() {
                Ok(id) if c.members.iter().any(|m| m.id == id) => Ok(Target::One(id)),
                _ => Err(format!("-ERR Non-Existant ID {word}\n")),
            },
        }
    }

    /// Member commands take an id, `last`, `all` or `non_moderator`; group
    /// targets answer one line per member, newest first.
    fn member_command(&mut self, cx: &mut Cx, name: &str, sub: &str, arg: &str) -> String {
        let (word, value) = split_first(arg);
        let target = match self.target(name, word.trim()) {
            Ok(t) => t,
            Err(reply) => return reply,
        };
        let value = value.trim();
        let ids: Vec<(u32, bool)> = match (&target, self.conference(name)) {
            (Target::One(id), _) => vec![(*id, false)],
            (Target::All { skip_moderators }, Some(c)) => c
                .members
                .iter()
                .rev()
                .map(|m| (m.id, *skip_moderators && m.moderator))
                .collect(),
            (_, None) => Vec::new(),
        };
        if matches!(sub, "kick" | "hup") {
            return self.remove_members(cx, name, sub, &ids);
        }
        let mut out = String::new();
        for (id, skip) in ids {
            if skip {
                out.push_str(&format!("Skipping moderator (member id {id}).\n"));
            } else {
                out.push_str(&self.member_action(cx, name, sub, id, value));
            }
        }
        out
    }

    /// kick/hup: every member's kick-member/hup-member first, then their
    /// departures; the floor passes on only to a member who stays.
    fn remove_members(
        &mut self,
        cx: &mut Cx,
        name: &str,
        sub: &str,
        ids: &[(u32, bool)],
    ) -> String {
        let (action, at, word) = if sub == "kick" {
            ("kick-member", O_KICK, "kicked")
        } else {
            ("hup-member", O_HUP, "hup")
        };
        let going: Vec<u32> = ids.iter().filter(|(_, s)| !s).map(|(id, _)| *id).collect();
        let mut out = String::new();
        for (id, skip) in ids {
            if *skip {
                out.push_str(&format!("Skipping moderator (member id {id}).\n"));
            } else {
                self.fire_member(cx, name, *id, action, at, &[]);
                out.push_str(&format!("+OK {word} {id}\n"));
            }
        }
        let mut held = false;
        for id in going.iter().rev() {
            held |= self.take_out(cx, name, *id, None);
        }
        if held {
            self.floor_to_newest(cx, name);
        }
        if self.conference(name).is_some_and(|c| c.members.is_empty()) {
            self.destroy_conference(cx, name);
        }
        out
    }

    pub(super) fn member_action(
        &mut self,
        cx: &mut Cx,
        name: &str,
        sub: &str,
        id: u32,
        value: &str,
    ) -> String {
        let Some(m) = self.member_mut(name, id).map(|m| m.clone()) else {
            return format!("-ERR Non-Existant ID {id}\n");
        };
        match sub {
            "tmute" => {
                let next = if m.speak { "mute" } else { "unmute" };
                self.member_action(cx, name, next, id, value)
            }
            "mute" | "unmute" => self.mute(cx, name, id, sub == "mute", value == "quiet"),
            "deaf" | "undeaf" => {
                let deaf = sub == "deaf";
                if let Some(mm) = self.member_mut(name, id) {
                    mm.hear = !deaf;
                }
                let (action, at) = if deaf {
                    ("deaf-member", O_DEAF)
                } else {
                    ("undeaf-member", O_UNDEAF)
                };
                self.fire_member(cx, name, id, action, at, &[]);
                format!("+OK {sub} {id}\n")
            }
            "energy" => self.energy(cx, name, &m, value),
            _ => self.volume(cx, name, &m, sub == "volume_in", value),
        }
    }

    /// mute/unmute: the event every time, then the profile's muted/unmuted
    /// sound to the member (its `play-file-member-done` comes later).
    fn mute(&mut self, cx: &mut Cx, name: &str, id: u32, mute: bool, quiet: bool) -> String {
        if let Some(mm) = self.member_mut(name, id) {
            mm.speak = !mute;
            if mute {
                mm.talking = false;
            }
        }
        let (action, at, sound) = if mute {
            ("mute-member", O_MUTE, "muted-sound")
        } else {
            ("unmute-member", O_UNMUTE, "unmuted-sound")
        };
        self.fire_member(cx, name, id, action, at, &[]);
        let file = self
            .conference(name)
            .and_then(|c| self.profile_sound(c, sound))
            .filter(|_| !quiet);
        if let Some(file) = file {
            self.file_done_later(cx, name, Some(id), &file, None);
        }
        format!("+OK {} {id}\n", if mute { "mute" } else { "unmute" })
    }

    /// `energy ID [LEVEL]`: the same text for setting and asking, no `+OK`;
    /// only setting fires the event.
    fn energy(&mut self, cx: &mut Cx, name: &str, m: &Member, value: &str) -> String {
        if value.is_empty() {
            return format!("Energy {} = {}\n", m.id, m.energy);
        }
        let level = value.parse::<i32>().unwrap_or(0).max(0);
        if let Some(mm) = self.member_mut(name, m.id) {
            mm.energy = level;
        }
        // The new level is repeated after the Action header.
        let extra = [("Energy-Level", level.to_string())];
        self.fire_member(cx, name, m.id, "energy-level-member", O_ENERGY_API, &extra);
        format!("Energy {} = {level}\n", m.id)
    }

    /// `volume_in|volume_out ID [LEVEL]` (levels -4..4).
    fn volume(&mut self, cx: &mut Cx, name: &str, m: &Member, input: bool, value: &str) -> String {
        let (label, action, at) = if input {
            ("IN", "volume-in-member", O_VOLUME_IN)
        } else {
            ("OUT", "volume-out-member", O_VOLUME_OUT)
        };
        let current = if input { m.volume_in } else { m.volume_out };
        if value.is_empty() {
            return format!("+OK Volume {label} {} = {current}\n", m.id);
        }
        let level = value.parse::<i32>().unwrap_or(0).clamp(-4, 4);
        if let Some(mm) = self.member_mut(name, m.id) {
            if input {
                mm.volume_in = level;
            } else {
                mm.volume_out = level;
            }
        }
        let extra = [("Volume-Level", level.to_string())];
        self.fire_member(cx, name, m.id, action, at, &extra);
        format!("+OK Volume {label} {} = {level}\n", m.id)
    }

    /// `floor ID|last`: taking it from its holder leaves it to nobody for
    /// an instant, then FreeSWITCH hands it to the newest member again.
    fn floor_command(&mut self, cx: &mut Cx, name: &str, word: &str) -> String {
        let id = match self.target(name, word) {
            Ok(Target::One(id)) => id,
            Ok(Target::All { .. }) => return format!("-ERR Non-Existant ID {word}\n"),
            Err(reply) => return reply,
        };
        match self.conference(name).and_then(|c| c.floor) {
            Some(holder) if holder == id => {
                self.floor_change(cx, name, None, true);
                self.floor_to_newest(cx, name);
                "+OK floor none\n".into()
            }
            Some(holder) => format!("-ERR floor is held by {holder}\n"),
            None => {
                self.floor_change(cx, name, Some(id), true);
                format!("+OK floor {id}\n")
            }
        }
    }

    /// Audio-only members have no video floor: nothing is written, which
    /// the event socket answers with `-ERR no reply`.
    fn vid_floor(&self, name: &str, arg: &str) -> String {
        let (word, _) = split_first(arg);
        match self.target(name, word.trim()) {
            Ok(Target::One(_)) => String::new(),
            Ok(Target::All { .. }) => format!("-ERR Non-Existant ID {word}\n"),
            Err(reply) => reply,
        }
    }

    /// Where FreeSWITCH looks for a relative sound file.
    pub(super) fn sound_path(&self, file: &str) -> String {
        if file.starts_with('/') || file.contains("://") {
            return file.to_string();
        }
        let prefix = self
            .vars
            .get("sound_prefix")
            .or_else(|| self.vars.get("sounds_dir"))
            .unwrap_or("");
        format!("{prefix}/{file}")
    }

    /// `play FILE [MEMBER]`: `play-file` (or `play-file-member`) with the
    /// name as given, `…-done` with the full path once played. A missing
    /// file still fires `play-file`, with the full path and an `Error`.
    fn play(&mut self, cx: &mut Cx, name: &str, arg: &str) -> String {
        let (file, member) = split_first(arg);
        if file.is_empty() {
            return format!("-ERR (play) no file specified.\n{PLAY_USAGE}");
        }
        let member = member.trim();
        let full = self.sound_path(file);
        if !member.is_empty() && member != "async" {
            let found = member
                .parse::<u32>()
                .ok()
                .filter(|id| self.member_mut(name, *id).is_some());
            let Some(id) = found else {
                return format!("-ERR Member: {member} not found.\n{PLAY_USAGE}");
            };
            if !self.file_exists(name, file) {
                return format!("-ERR (play) File: {file} not found.\n");
            }
            let extra = [("File", file.to_string())];
            self.fire_member(cx, name, id, "play-file-member", O_PLAY_MEMBER, &extra);
            self.file_done_later(cx, name, Some(id), &full, None);
            return format!("+OK (play) Playing file {file} to member {id}\n");
        }
        let Some(conf) = self.conference(name) else {
            return format!("-ERR Conference {name} not found\n");
        };
        let mut e = self.conf_event(cx, conf, "play-file", O_PLAY_API);
        if !self.file_exists(name, file) {
            e.headers.push("File", &full);
            e.headers.push("Async", tf(member == "async"));
            e.headers.push("Error", "File could not be played");
            cx.fired.push(e);
            return format!("-ERR (play) File: {file} not found.\n");
        }
        e.headers.push("File", file);
        e.headers.push("Async", tf(member == "async"));
        cx.fired.push(e);
        self.file_done_later(cx, name, None, &full, None);
        format!("+OK (play) Playing file {file}\n")
    }

    /// `play-file-done` / `play-file-member-done` for a file that plays to
    /// its end, delivered after it played.
    pub(super) fn file_done_later(
        &self,
        cx: &mut Cx,
        name: &str,
        member: Option<u32>,
        full: &str,
        cut: Option<Arc<AtomicBool>>,
    ) {
        let Some(conf) = self.conference(name) else {
            return;
        };
        let (ms, samples) = wav_length(full, conf.rate);
        let event = file_done_event(cx, conf, member, full, ms, samples);
        cx.later.push(Later { event, cut });
    }

    /// `get PARAMETER`: printed without a newline; a parameter with nothing
    /// to say (`is_locked` of an unlocked conference) writes nothing.
    fn get(&self, name: &str, param: &str) -> String {
        let Some(c) = self.conference(name) else {
            return format!("-ERR Conference {name} not found\n");
        };
        match param {
            "count" => c.members.len().to_string(),
            "count_ghosts" => "0".into(),
            "rate" => c.rate.to_string(),
            "run_time" => c.started.elapsed().as_secs().to_string(),
            "uuid" => c.uuid.clone(),
            "profile_name" => c.ext.profile.clone(),
            "is_locked" if c.locked => "locked".into(),
            "is_locked" => String::new(),
            "wait_mod" => String::new(),
            "max_members" => c.max_members.to_string(),
            "caller_id_name" => self.profile_or(c, "caller-id-name", "conference"),
            "caller_id_number" => self.profile_or(c, "caller-id-number", "0000000000"),
            "endconference_grace_time" => self.profile_or(c, "endconference-grace-time", "0"),
            "sound_prefix" => match self.config.profile_param(&c.ext.profile, "sound-prefix") {
                Some(p) => p.to_string(),
                None => self.vars.get("sound_prefix").unwrap_or("").to_string(),
            },
            _ => "get <parameter-name>".into(),
        }
    }

    /// A conference profile parameter, or mod_conference's default.
    fn profile_or(&self, c: &Conference, param: &str, default: &str) -> String {
        self.config
            .profile_param(&c.ext.profile, param)
            .unwrap_or(default)
            .to_string()
    }

    fn count(&self, name: &str) -> String {
        self.conference(name)
            .map(|c| c.members.len().to_string())
            .unwrap_or_default()
    }

    fn xml_list(&self, name: &str) -> String {
        let Some(c) = self.conference(name) else {
            return format!("-ERR Conference {name} not found\n");
        };
        conference_xml(c)
    }

    /// `transfer CONF[@PROFILE] ID...`: the member leaves by an inline
    /// dialplan and joins the target with the same Member-ID; without
    /// `@PROFILE` the target runs profile `default`.
    fn transfer(&mut self, cx: &mut Cx, name: &str, arg: &str) -> String {
        let (dest, ids) = split_first(arg);
        if dest.is_empty() {
            return "-ERR Usage: transfer <conference_name> <member id> [...<member id>]\n".into();
        }
        let (target, profile) = dest.split_once('@').unwrap_or((dest, "default"));
        let mut out = String::new();
        for word in ids.split_whitespace() {
            let id = word
                .parse::<u32>()
                .ok()
                .filter(|id| self.member_mut(name, *id).is_some());
            let Some(id) = id else {
                out.push_str(&format!("-ERR No Member {word} in conference {name}.\n"));
                continue;
            };
            self.move_member(cx, name, id, target, profile, dest);
            out.push_str(&format!("+OK Member '{id}' sent to conference {dest}.\n"));
        }
        out
    }

    fn move_member(
        &mut self,
        cx: &mut Cx,
        from: &str,
        id: u32,
        to: &str,
        profile: &str,
        dest: &str,
    ) {
        let Some(m) = self.member_mut(from, id) else {
            return;
        };
        let target = format!("conference:{to}@{profile}");
        m.xfer = Some(Xfer {
            source: format!(
                "{}:{}:bl_xfer:{target}/{}/inline",
                now_epoch(),
                uuid::Uuid::new_v4(),
                m.context
            ),
            target,
            arrived: false,
        });
        // Unlike other member events, `Action` comes last here.
        if let Some((conf, m)) = self
            .conference(from)
            .and_then(|c| c.members.iter().find(|m| m.id == id).map(|m| (c, m)))
        {
            let mut e = cx.ev.create("CUSTOM", MAINT, O_TRANSFER);
            add_member_data(&mut e, conf, m, None);
            e.headers.push("Old-Conference-Name", from);
            e.headers.push("New-Conference-Name", dest);
            e.headers.push("Action", "transfer");
            cx.fired.push(e);
        }
        let Some(mut member) = self.member_mut(from, id).map(|m| m.clone()) else {
            return;
        };
        self.remove_member(cx, from, id, None, None);
        let ext = self.extension_for(to, profile);
        self.ensure_conference(cx, &ext);
        // The dialplan's conference flags stay behind; energy comes from
        // the target's profile.
        member.mute_detect = false;
        member.energy = self.profile_energy(profile);
        if let Some(x) = member.xfer.as_mut() {
            x.arrived = true;
        }
        self.add_member(cx, to, member);
    }

    /// What the switch knows about a conference name it is asked to run:
    /// the dialplan's extension when there is one, else the bare name.
    pub(super) fn extension_for(&self, name: &str, profile: &str) -> ConferenceExtension {
        let mut ext = self
            .config
            .conference(name)
            .filter(|e| e.name == name)
            .cloned()
            .unwrap_or_else(|| ConferenceExtension {
                steps: Vec::new(),
                name: name.to_string(),
                number: String::new(),
                context: "default".into(),
                profile: String::new(),
                pin: String::new(),
            });
        ext.profile = profile.to_string();
        ext
    }

    /// `dial|bgdial [{VAR=VALUE,...}]ENDPOINT [CID-NUMBER [CID-NAME]]`: a
    /// `user/ID` endpoint is answered when the user has a live registration
    /// and its phone takes the media offered (`rtp_secure_media` of the
    /// originate, see `media::offer_result`). `dial` answers with the
    /// outcome; `bgdial` (`job` set) fires `bgdial-result` first.
    fn dial(&mut self, cx: &mut Cx, name: &str, arg: &str, job: Option<&str>) -> String {
        let words: Vec<&str> = arg.split_whitespace().collect();
        let Some(endpoint) = words.first() else {
            return "-ERR Call Requested: result: [INVALID_NUMBER_FORMAT]\n".into();
        };
        let (vars, endpoint) = media::originate_vars(endpoint);
        let cid_number = words.get(1).copied().unwrap_or("0000000000");
        let cid_name = words.get(2).copied().unwrap_or("conference");
        let callee = endpoint.strip_prefix("user/").unwrap_or(endpoint);
        let callee = callee.split('@').next().unwrap_or(callee);
        let reg = self
            .registrations
            .iter()
            .find(|r| r.user == callee && !r.flushed)
            .cloned();
        let result = match (&reg, self.config.user(callee)) {
            (Some(r), Some(_)) => media::offer_result(&vars, r.srtp),
            (None, Some(_)) => "USER_NOT_REGISTERED",
            _ => "SUBSCRIBER_ABSENT",
        };
        if result == "INCOMPATIBLE_DESTINATION" {
            tracing::info!(
                "[INFO] sim: {callee}'s phone refused the offer (488 Not Acceptable Here): [INCOMPATIBLE_DESTINATION]"
            );
        }
        if self.conference(name).is_none() {
            let ext = self.extension_for(name, "default");
            if result == "SUCCESS" {
                self.ensure_conference(cx, &ext);
            }
        }
        let peer = uuid::Uuid::new_v4().to_string();
        if let (Some(job), Some(conf)) = (job, self.conference(name)) {
            let mut e = self.conf_event(cx, conf, "bgdial-result", O_OUTCALL);
            e.headers.push("Result", result);
            e.headers.push("Job-UUID", job);
            if result == "SUCCESS" {
                e.headers.push("Peer-UUID", &peer);
            }
            cx.fired.push(e);
        }
        if let Some(reg) = reg.filter(|_| result == "SUCCESS") {
            let mut member = self.outbound_member(name, &reg, &peer, cid_number, cid_name);
            member.media_timeout = vars
                .iter()
                .find(|(k, _)| k == "media_timeout")
                .and_then(|(_, v)| media::timeout_ms(v));
            self.add_member(cx, name, member);
        }
        format!("+OK Call Requested: result: [{result}]\n")
    }

    fn outbound_member(
        &mut self,
        name: &str,
        reg: &Registration,
        uuid: &str,
        cid_number: &str,
        cid_name: &str,
    ) -> Member {
        let id = self.next_member_id;
        self.next_member_id += 1;
        let profile = self
            .conference(name)
            .map(|c| c.ext.profile.clone())
            .unwrap_or_default();
        Member {
            id,
            user: reg.user.clone(),
            caller_name: "Outbound Call".into(),
            caller_number: reg.user.clone(),
            dest_number: reg.user.clone(),
            context: "default".into(),
            outbound: Some(Outbound {
                cid_name: cid_name.to_string(),
                cid_number: cid_number.to_string(),
                channel: format!("sofia/internal/{}@127.0.0.1:{}", reg.user, reg.port),
            }),
            xfer: None,
            uuid: uuid.to_string(),
            moderator: false,
            speak: true,
            hear: true,
            mute_detect: false,
            talking: false,
            last_talk: None,
            energy: self.profile_energy(&profile),
            volume_in: 0,
            volume_out: 0,
            joined: Instant::now(),
            created_micros: now_micros(),
            early_media: false,
            media_timeout: None,
            enter_sound: None,
            exit_sound: None,
        }
    }
}

/// Length of a WAV file in milliseconds and samples (0 when unreadable).
/// `play-file-done` / `play-file-member-done` of a file that played `ms`.
pub(super) fn file_done_event(
    cx: &Cx,
    conf: &Conference,
    member: Option<u32>,
    full: &str,
    ms: u64,
    samples: u64,
) -> Event {
    let action = if member.is_some() {
        "play-file-member-done"
    } else {
        "play-file-done"
    };
    let mut e = cx.ev.create("CUSTOM", MAINT, O_FILE_CLOSE);
    add_conference_data(&mut e, conf);
    e.headers.push("seconds", &(ms / 1000).to_string());
    e.headers.push("milliseconds", &ms.to_string());
    e.headers.push("samples", &samples.to_string());
    e.headers.push("Action", action);
    // A member's file repeats the conference block with the member's.
    if let Some(m) = member.and_then(|id| conf.members.iter().find(|m| m.id == id)) {
        add_member_data(&mut e, conf, m, None);
    }
    e.headers.push("File", full);
    e
}

/// The length 1.10.12 reports for a 16-bit mono file played to its end:
/// twice its samples (a 0.8 s prompt at 16 kHz is reported as `samples:
/// 25600`, `milliseconds: 1600`, as recorded in round 2).
fn wav_length(path: &str, rate: u32) -> (u64, u64) {
    let Ok(meta) = std::fs::metadata(path) else {
        return (0, 0);
    };
    let samples = meta.len().saturating_sub(44);
    let ms = samples * 1000 / u64::from(rate.max(1));
    (ms, samples)
}

/// `xml_list` as mod_conference writes it (newest member first).
fn conference_xml(c: &Conference) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\"?>\n<conferences>\n  <conference name=\"{}\" member-count=\"{}\" ghost-count=\"0\" rate=\"{}\" uuid=\"{}\" running=\"true\" answered=\"true\" enforce_min=\"true\" dynamic=\"true\" exit_sound=\"true\" enter_sound=\"true\"{} run_time=\"{}\">\n    <variables></variables>\n    <members>\n",
        xml_escape(&c.ext.name),
        c.members.len(),
        c.rate,
        c.uuid,
        if c.locked { " locked=\"true\"" } else { "" },
        c.started.elapsed().as_secs()
    );
    for m in c.members.iter().rev() {
        let flags = [
            ("can_hear", m.hear),
            ("can_see", true),
            ("can_speak", m.speak),
            ("mute_detect", m.mute_detect),
            ("talking", m.talking),
            ("hold", false),
            ("has_video", false),
            ("video_bridge", false),
            ("has_floor", c.floor == Some(m.id)),
            ("is_moderator", m.moderator),
            ("end_conference", false),
            ("mandatory_member_end_conference", false),
            ("is_ghost", false),
        ];
        out.push_str(&format!(
            "      <member type=\"caller\">\n        <id>{}</id>\n        <flags>\n",
            m.id
        ));
        for (n, v) in flags {
            out.push_str(&format!("          <{n}>{}</{n}>\n", tf(v)));
        }
        let last = m
            .last_talk
            .map(|t| t.elapsed().as_secs().to_string())
            .unwrap_or_else(|| "N/A".into());
        out.push_str(&format!(
            "        </flags>\n        <uuid>{}</uuid>\n        <caller_id_name>{}</caller_id_name>\n        <caller_id_number>{}</caller_id_number>\n        <join_time>{}</join_time>\n        <last_talking>{last}</last_talking>\n        <energy>{}</energy>\n        <volume_in>{}</volume_in>\n        <volume_out>{}</volume_out>\n        <output-volume>{}</output-volume>\n      </member>\n",
            m.uuid,
            xml_escape(&m.caller_name),
            xml_escape(&m.caller_number),
            m.joined.elapsed().as_secs(),
            m.energy,
            m.volume_in,
            m.volume_out,
            m.volume_out
        ));
    }
    out.push_str("    </members>\n  </conference>\n</conferences>\n");
    out
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
