//! A running conference: its lifecycle (create, prompts, floor, members
//! leaving, destroy) and the `conference` api commands that are not member
//! controls (those are in `controls`).

use super::*;

/// The subcommands the simulator implements, in FreeSWITCH's usage format.
pub(super) const CONFERENCE_USAGE: &str = "<conf name> list [delim <string>]|[count]\n<conf name> json_list [compact]\n<conf name> play <file_path> [async|<member_id> [nomux]]\n<conf name> kick <[member_id|all|last|non_moderator]> [<optional sound file>]\n<conf name> hup <[member_id|all|last|non_moderator]>\n<conf name> mute <[member_id|all]|last|non_moderator> [<quiet>]\n<conf name> tmute <[member_id|all]|last|non_moderator> [<quiet>]\n<conf name> unmute <[member_id|all]|last|non_moderator> [<quiet>]\n<conf name> deaf <[member_id|all]|last|non_moderator>\n<conf name> undeaf <[member_id|all]|last|non_moderator>\n<conf name> lock \n<conf name> unlock \n<conf name> record <filename>\n<conf name> recording [start|stop|check|pause|resume] [<filename>|all]\n";

pub(super) fn holder_id(new: Option<u32>, conf: &Conference) -> Option<u32> {
    new.filter(|id| conf.members.iter().any(|m| m.id == *id))
}

impl State {
    pub(super) fn conference(&self, name: &str) -> Option<&Conference> {
        self.conferences.iter().find(|c| c.ext.name == name)
    }

    pub(super) fn conference_mut(&mut self, name: &str) -> Option<&mut Conference> {
        self.conferences.iter_mut().find(|c| c.ext.name == name)
    }

    pub(super) fn conf_event(&self, cx: &Cx, conf: &Conference, action: &str, at: Origin) -> Event {
        let mut e = cx.ev.create("CUSTOM", MAINT, at);
        add_conference_data(&mut e, conf);
        e.headers.push("Action", action);
        e
    }

    pub(super) fn member_event(
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
    pub(super) fn play_prompt(&mut self, cx: &mut Cx, conf_name: &str, file: &str) {
        if !self.file_exists(conf_name, file) {
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
    pub(super) fn cut_prompt(&mut self, cx: &mut Cx, conf_name: &str) {
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

    pub(super) fn play_file_event(&self, cx: &mut Cx, conf_name: &str, file: &str, at: Origin) {
        let Some(conf) = self.conference(conf_name) else {
            return;
        };
        let mut e = self.conf_event(cx, conf, "play-file", at);
        e.headers.push("File", file);
        e.headers.push("Async", "false");
        if !self.file_exists(conf_name, file) {
            e.headers.push("Error", "File could not be played");
        }
        cx.fired.push(e);
    }

    /// A profile sound (`alone-sound`, ...) as FreeSWITCH resolves it.
    pub(super) fn profile_sound(&self, conf: &Conference, param: &str) -> Option<String> {
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

    /// Whether conference `conf_name` can play `file`: mod_sndfile looks in
    /// the folder of the conference's rate first (`conference/16000/x.wav`
    /// for `conference/x.wav`, where a stock sound pack keeps it), then at
    /// the path as named.
    pub(super) fn file_exists(&self, conf_name: &str, file: &str) -> bool {
        if file.contains("://") {
            return true;
        }
        let rate = self.conference(conf_name).map_or(8000, |c| c.rate);
        sound_exists(Path::new(&self.sound_path(file)), rate)
    }

    pub(super) fn floor_change(
        &mut self,
        cx: &mut Cx,
        conf_name: &str,
        new: Option<u32>,
        old_known: bool,
    ) {
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
    pub(super) fn remove_member(
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
    pub(super) fn floor_to_newest(&mut self, cx: &mut Cx, conf_name: &str) {
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
    pub(super) fn take_out(
        &mut self,
        cx: &mut Cx,
        conf_name: &str,
        id: u32,
        hangup: Option<&str>,
    ) -> bool {
        let Some(conf) = self.conference(conf_name) else {
            return false;
        };
        let Some(m) = conf.members.iter().find(|m| m.id == id).cloned() else {
            return false;
        };
        // conference_member_del plays the channel's `conference_exit_sound`
        // to the conference first (whatever the profile says).
        if let (Some(sound), true) = (&m.exit_sound, conf.members.len() > 1) {
            self.play_prompt(cx, conf_name, sound);
        }
        let Some(conf) = self.conference(conf_name) else {
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

    pub(super) fn destroy_conference(&mut self, cx: &mut Cx, conf_name: &str) {
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

    pub(super) fn conference_api(&mut self, cx: &mut Cx, args: &str) -> String {
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

    pub(super) fn conference_sub(&mut self, cx: &mut Cx, name: &str, rest: &str) -> String {
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

    pub(super) fn member_mut(&mut self, name: &str, id: u32) -> Option<&mut Member> {
        self.conference_mut(name)
            .and_then(|c| c.members.iter_mut().find(|m| m.id == id))
    }

    pub(super) fn fire_member(
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
}

/// mod_sndfile's lookup of a sound at `rate`: `DIR/RATE/NAME`, then the
/// path itself.
pub(super) fn sound_exists(path: &Path, rate: u32) -> bool {
    let in_rate_folder = match (path.parent(), path.file_name()) {
        (Some(dir), Some(name)) => dir.join(rate.to_string()).join(name).is_file(),
        _ => false,
    };
    in_rate_folder || path.is_file()
}
