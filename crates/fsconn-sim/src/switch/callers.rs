//! The `sim` command family: callers joining and leaving, talking, and the
//! member they become.

use super::*;

pub(super) const SIM_USAGE: &str = "-ERR usage: sim join CONF USERID [pin=DIGITS[,DIGITS...]] [dtmf=rfc2833|info] [DISPLAY NAME] | sim leave CONF MEMBERID | sim vanish CONF MEMBERID | sim talk CONF MEMBERID | sim quiet CONF MEMBERID | sim dtmf CONF MEMBERID DIGITS [dtmf=rfc2833|info] | sim register USERID [EXPIRES] [call-id=ID] [srtp=optional|mandatory|no] | sim unregister USERID | sim expire USERID\n";

/// A phone of `user` calling into `ext`: named by the display name its SIP
/// `From` carries (the user id when it sends none), not by the directory.
pub(super) fn member_for(
    user: &User,
    id: u32,
    ext: &ConferenceExtension,
    display: &str,
    energy: i32,
    flags: &[String],
    vars: &[(String, String)],
) -> Member {
    let has = |f: &str| flags.iter().any(|x| x == f);
    let sound = |name: &str| crate::dialplan::var(vars, name).map(str::to_string);
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
        media_timeout: None,
        enter_sound: sound("conference_enter_sound"),
        exit_sound: sound("conference_exit_sound"),
    }
}

impl State {
    pub(super) fn sim(&mut self, cx: &mut Cx, args: &str) -> String {
        // `pin=`, `call-id=`, `srtp=`, `dtmf=`: see `media::CallOpts`.
        let mut opts = media::CallOpts::default();
        let words: Vec<&str> = args.split_whitespace().filter(|w| !opts.take(w)).collect();
        if let Some(bad) = &opts.bad {
            return format!("-ERR {bad}: srtp is optional|mandatory|no, dtmf is rfc2833|info\n");
        }
        match words.as_slice() {
            ["join", conf, user] => self.sim_join(cx, conf, user, user, &opts),
            ["join", conf, user, display @ ..] => {
                // The display name is every word after the user id.
                let display = display.join(" ");
                self.sim_join(cx, conf, user, &display, &opts)
            }
            ["leave", conf, id] => self.with_member(conf, id, |st, name, id| {
                st.remove_member(cx, name, id, Some("NORMAL_CLEARING"), None);
                format!("+OK left {id}\n")
            }),
            ["vanish", conf, id] => {
                self.with_member(conf, id, |st, name, id| st.sim_vanish(cx, name, id))
            }
            ["talk", conf, id] => self.with_member(conf, id, |st, name, id| {
                if let Some(m) = st.member_mut(name, id) {
                    m.last_talk = Some(Instant::now());
                }
                st.set_talking(cx, name, id, true);
                st.floor_change(cx, name, Some(id), true);
                format!("+OK floor {id}\n")
            }),
            ["quiet", conf, id] => self.with_member(conf, id, |st, name, id| {
                st.set_talking(cx, name, id, false);
                format!("+OK quiet {id}\n")
            }),
            ["dtmf", conf, id, digits] => {
                let digits = self.received_digits(digits, opts.dtmf);
                self.with_member(conf, id, |st, name, id| st.sim_dtmf(cx, name, id, &digits))
            }
            ["register", user] => self.sim_register(cx, user, 3600, &opts),
            ["register", user, expires] => match expires.parse::<u32>() {
                Ok(0) => self.sim_unregister(cx, user),
                Ok(n) => self.sim_register(cx, user, n, &opts),
                Err(_) => "-ERR expires must be a number of seconds\n".into(),
            },
            ["unregister", user] => self.sim_unregister(cx, user),
            ["expire", user] => self.sim_expire(cx, user),
            _ => SIM_USAGE.into(),
        }
    }

    /// Resolves `CONF MEMBERID` (conference by name or number) and runs `f`.
    pub(super) fn with_member(
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

    pub(super) fn sim_join(
        &mut self,
        cx: &mut Cx,
        conf: &str,
        user_id: &str,
        display: &str,
        opts: &media::CallOpts,
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
        let vars = crate::dialplan::channel_vars(&ext, &user, &self.config);
        let mut flags = crate::dialplan::member_flags(&vars);
        if self.ensure_conference(cx, &ext) {
            self.creating_caller(&ext.name, &ext.profile, &vars, &flags);
        }
        match self.pin_phase(cx, &ext, &user, &vars, opts.pin.as_deref(), opts.dtmf) {
            Ok(crate::pin::Outcome::Moderator) => flags.push("moderator".into()),
            Ok(_) => {}
            Err(refused) => return refused,
        }
        if let Some(full) = self.full(&ext) {
            return full;
        }
        let id = self.next_member_id;
        self.next_member_id += 1;
        let energy = self.profile_energy(&ext.profile);
        let mut member = member_for(&user, id, &ext, display, energy, &flags, &vars);
        member.early_media =
            !crate::pin::PinCheck::for_caller(&ext, &vars, &self.config).required();
        member.media_timeout = self.media_timeout_for(&ext, &user);
        self.add_member(cx, &ext.name, member);
        self.auto_record(cx, &ext.name);
        format!("+OK {id}\n")
    }

    /// What mod_conference takes from the caller that creates the
    /// conference (conference_function): `conference_flags` joined with the
    /// member flags (`wait-mod`), `conference_max_members` (an invalid value
    /// or 1 sets no limit) and `conference_auto_record`.
    fn creating_caller(
        &mut self,
        name: &str,
        profile: &str,
        vars: &[(String, String)],
        flags: &[String],
    ) {
        use crate::dialplan::var;
        let cflags = var(vars, "conference_flags").unwrap_or("");
        let waits = flags
            .iter()
            .map(String::as_str)
            .chain(cflags.split('|').map(str::trim))
            .any(|f| f == "wait-mod");
        let max = var(vars, "conference_max_members").map(|v| match v.trim().parse::<u32>() {
            Ok(n) if n != 1 => n,
            _ => {
                tracing::error!(
                    "[ERR] mod_conference.c conference_max_members variable {v} is invalid, not setting a limit"
                );
                0
            }
        });
        let record = var(vars, "conference_auto_record")
            .filter(|v| !v.is_empty())
            .map(str::to_string);
        let profile_record = self
            .config
            .profile_param(profile, "auto-record")
            .map(str::to_string);
        if let Some(c) = self.conference_mut(name) {
            c.wait_mod |= waits;
            if let Some(n) = max {
                c.max_members = n;
            }
            c.auto_record = record.or(profile_record);
        }
    }

    /// A caller beyond `max_members` is refused after the PIN phase: the
    /// profile's `max-members-sound` plays to that caller alone, no
    /// conference event, the call ends.
    fn full(&mut self, ext: &ConferenceExtension) -> Option<String> {
        let c = self.conference(&ext.name)?;
        if c.max_members == 0 || (c.members.len() as u32) < c.max_members {
            return None;
        }
        tracing::info!("[NOTICE] mod_conference.c Conference {} is full.", ext.name);
        if let Some(sound) = self.profile_sound(c, "max-members-sound") {
            tracing::info!("sim: {sound} played to the caller");
        }
        Some(format!(
            "-ERR Conference {} is full ({} members): call ended\n",
            ext.name, c.max_members
        ))
    }

    /// `auto_record`: the conference thread starts the recording once a
    /// member is in, with the path expanded on the first member's channel.
    fn auto_record(&mut self, cx: &mut Cx, name: &str) {
        let Some(c) = self.conference_mut(name) else {
            return;
        };
        if c.auto_recording || c.members.is_empty() {
            return;
        }
        let Some(path) = c.auto_record.clone() else {
            return;
        };
        c.auto_recording = true;
        tracing::info!("[INFO] mod_conference.c Auto recording file: {path}");
        self.recording(cx, name, "start", &path);
    }

    /// The conference of `ext`, created (with `conference-create`) when it
    /// does not run yet. A profile the configuration does not define runs
    /// with FreeSWITCH's defaults: rate 8000, energy 0, profile name `none`.
    /// Whether it created the conference.
    pub(super) fn ensure_conference(&mut self, cx: &mut Cx, ext: &ConferenceExtension) -> bool {
        if self.conference(&ext.name).is_some() {
            return false;
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
        let wait_mod = self.profile_waits(&ext.profile);
        let max_members = self
            .config
            .profile_param(&ext.profile, "max-members")
            .and_then(|v| v.trim().parse().ok())
            .filter(|n| *n != 1)
            .unwrap_or(0);
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
            wait_mod,
            max_members,
            auto_record: None,
            auto_recording: false,
        });
        if let Some(c) = self.conferences.last() {
            let e = self.conf_event(cx, c, "conference-create", O_CONF_NEW);
            cx.fired.push(e);
        }
        true
    }

    /// The join announcement of conference_member_add: only with a profile
    /// `enter-sound` (FreeSWITCH 1.10 plays nothing without one), then the
    /// member's `conference_enter_sound` instead of it when set.
    fn enter_sound(&mut self, cx: &mut Cx, name: &str, member: &Member) {
        let Some(profile_sound) = self
            .conference(name)
            .and_then(|c| self.profile_sound(c, "enter-sound"))
        else {
            return;
        };
        let sound = member.enter_sound.clone().unwrap_or(profile_sound);
        self.play_prompt(cx, name, &sound);
    }

    /// A new member's energy level: the profile's `energy-level`, else 0.
    pub(super) fn profile_energy(&self, profile: &str) -> i32 {
        self.config
            .profile_param(profile, "energy-level")
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0)
    }

    /// Adds a member to a running conference: the alone prompt for the
    /// first, `add-member`, and the floor for the first.
    pub(super) fn add_member(&mut self, cx: &mut Cx, name: &str, member: Member) {
        let id = member.id;
        let Some(conf) = self.conference_mut(name) else {
            return;
        };
        if member.moderator {
            conf.wait_mod = false;
        }
        conf.members.push(member.clone());
        let first = conf.members.len() == 1;
        if !first {
            self.enter_sound(cx, name, &member);
        }
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
}
