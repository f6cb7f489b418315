//! What a moderated meeting needs from the switch: members who talk
//! (`start-talking` / `stop-talking`), the `wait-mod` conference flag, and
//! `uuid_transfer` to an inline dialplan, which is how a running member is
//! sent through the `conference` application again with other flags
//! (FreeSWITCH 1.10 has no API command that changes a member's flags).

use super::*;

// Where the recorded events come from (round 2 captures).
const O_TALK: Origin = origin("conference_loop.c", "conference_loop_input", 1154);
const O_QUIET: Origin = origin("conference_loop.c", "stop_talking_handler", 783);

/// `conference:NAME[@PROFILE][+flags{a|b}]` of an inline dialplan.
struct Rejoin {
    name: String,
    profile: Option<String>,
    flags: Vec<String>,
}

fn parse_rejoin(arg: &str) -> Option<Rejoin> {
    let (spec, flags) = match arg.split_once("+flags{") {
        Some((spec, rest)) => (spec, rest.strip_suffix('}')?),
        None => (arg, ""),
    };
    let (name, profile) = match spec.rsplit_once('@') {
        Some((n, p)) => (n, Some(p.to_string())),
        None => (spec, None),
    };
    if name.is_empty() || name.contains('+') {
        return None;
    }
    let flags = flags
        .split('|')
        .map(str::trim)
        .filter(|f| !f.is_empty() && *f != "none")
        .map(str::to_string)
        .collect();
    Some(Rejoin {
        name: name.to_string(),
        profile,
        flags,
    })
}

impl State {
    /// A new conference's `wait-mod` flag, from its profile's
    /// `conference-flags` (mod_conference splits them at `|`).
    pub(super) fn profile_waits(&self, profile: &str) -> bool {
        self.config
            .profile_param(profile, "conference-flags")
            .is_some_and(|v| v.split('|').any(|f| f.trim() == "wait-mod"))
    }

    /// `sim talk` / `sim quiet`: the member's audio crosses the energy
    /// threshold or falls below it. A muted member cannot talk.
    pub(super) fn set_talking(&mut self, cx: &mut Cx, name: &str, id: u32, talking: bool) -> bool {
        let Some(m) = self.member_mut(name, id) else {
            return false;
        };
        if talking && !m.speak {
            return false;
        }
        if m.talking == talking {
            return true;
        }
        m.talking = talking;
        m.last_talk = Some(Instant::now());
        let action = if talking {
            "start-talking"
        } else {
            "stop-talking"
        };
        let at = if talking { O_TALK } else { O_QUIET };
        self.fire_member(cx, name, id, action, at, &[]);
        true
    }

    /// `uuid_transfer UUID DEST inline`: only inline dialplans of `set:` and
    /// `conference:` applications, which is all the simulator can route.
    pub(super) fn uuid_transfer(&mut self, cx: &mut Cx, args: &str) -> String {
        let words: Vec<&str> = args.split_whitespace().collect();
        let (uuid, dest) = match words.as_slice() {
            [uuid, dest, "inline"] => (*uuid, *dest),
            [_, _, dialplan, ..] => {
                return format!("-ERR the simulator runs only inline dialplans, not {dialplan}\n")
            }
            _ => {
                return "-USAGE: <uuid> [-bleg|-both] <dest-exten> [<dialplan>] [<context>]\n"
                    .into()
            }
        };
        let found = self.conferences.iter().find_map(|c| {
            c.members
                .iter()
                .find(|m| m.uuid == uuid)
                .map(|m| (c.ext.name.clone(), m.id))
        });
        let Some((from, id)) = found else {
            return "-ERR No such channel!\n".into();
        };
        let mut secure = true;
        let mut rejoin = None;
        for app in dest.split(',') {
            match app.split_once(':') {
                Some(("set", "conference_enforce_security=false")) => secure = false,
                Some(("set", _)) => {}
                Some(("conference", arg)) => rejoin = parse_rejoin(arg),
                _ => {
                    return format!("-ERR the simulator cannot run {app:?} in an inline dialplan\n")
                }
            }
        }
        let Some(rejoin) = rejoin else {
            return "-ERR the inline dialplan has no conference application\n".into();
        };
        self.rejoin(cx, &from, id, rejoin, secure);
        "+OK\n".into()
    }

    /// The call leaves `from` and runs the conference application again:
    /// a new member (new Member-ID) with the flags of the dialplan. A
    /// conference asking for a PIN with security enforced prompts again;
    /// nobody types here, so the caller ends up hung up, as after the
    /// PIN timeout.
    fn rejoin(&mut self, cx: &mut Cx, from: &str, id: u32, to: Rejoin, secure: bool) {
        let Some(mut member) = self.member_mut(from, id).map(|m| m.clone()) else {
            return;
        };
        self.remove_member(cx, from, id, None, None);
        let profile = to.profile.clone().unwrap_or_else(|| "default".into());
        let ext = self.extension_for(&to.name, &profile);
        let user = self.config.user(&member.user).cloned();
        let needs_pin = user.as_ref().is_some_and(|u| {
            let vars = crate::dialplan::channel_vars(&ext, u, &self.config);
            crate::pin::PinCheck::for_caller(&ext, &vars, &self.config).required()
        });
        if secure && needs_pin {
            return;
        }
        self.ensure_conference(cx, &ext);
        let has = |f: &str| to.flags.iter().any(|x| x == f);
        member.id = self.next_member_id;
        self.next_member_id += 1;
        member.moderator = has("moderator");
        member.speak = !has("mute");
        member.hear = !has("deaf");
        member.talking = false;
        member.joined = Instant::now();
        member.energy = self.profile_energy(&profile);
        self.add_member(cx, &to.name, member);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_conference_application_of_an_inline_dialplan() {
        let r = parse_rejoin("team@16kHz+flags{moderator|mute}").unwrap();
        assert_eq!(
            (r.name.as_str(), r.profile.as_deref()),
            ("team", Some("16kHz"))
        );
        assert_eq!(r.flags, ["moderator", "mute"]);
        let r = parse_rejoin("team").unwrap();
        assert!(r.profile.is_none() && r.flags.is_empty());
        assert!(parse_rejoin("team+1234").is_none());
        assert!(parse_rejoin("+flags{moderator}").is_none());
    }
}
