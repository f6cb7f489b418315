//! Moderator rights for a member already in a conference.
//!
//! FreeSWITCH 1.10's `conference` API has no command that changes a running
//! member's flags (`conference_api_sub_commands` in conference_api.c: mute,
//! deaf, energy, volume, relate ... but no moderator). A member's flags are
//! read when the `conference` application starts, from `+flags{...}` in its
//! argument. So the switch's own way is to send the call through the
//! application again: `uuid_transfer` to an inline dialplan that rejoins the
//! same conference with (or without) `moderator`. The member leaves and
//! comes back (`del-member`, then `add-member` with a new Member-ID and
//! `Member-Type: moderator`); a moderator entering also clears the
//! conference's `wait-mod` flag. `conference_enforce_security=false` spares
//! the caller the PIN prompt on the way back in, and the member's mute and
//! deaf state go along as flags.

use super::control::{ControlError, Controls, MemberId, Plan};
use crate::model::ConfName;

impl Controls<'_> {
    pub(super) fn moderator(
        &self,
        name: &ConfName,
        m: &MemberId,
        grant: bool,
    ) -> Result<Plan, ControlError> {
        let n = name.as_str();
        let id = m.as_str();
        let member = self
            .state
            .member_in(n, id)
            .ok_or_else(|| ControlError::NoSuchMember {
                conference: n.to_string(),
                member: id.to_string(),
            })?;
        let v2 = member.v2.clone().unwrap_or_default();
        match (grant, v2.moderator) {
            (true, true) => return Err(ControlError::AlreadyModerator(id.to_string())),
            (false, false) => return Err(ControlError::NotModerator(id.to_string())),
            _ => {}
        }
        let uuid = self
            .state
            .member_uuid(n, id)
            .filter(|u| u.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-'))
            .ok_or_else(|| ControlError::NoChannel(id.to_string()))?;
        let mut flags = Vec::new();
        if grant {
            flags.push("moderator");
        }
        if member.mute {
            flags.push("mute");
        }
        if v2.deaf {
            flags.push("deaf");
        }
        let target = match self.state.conftype_of(n) {
            Some(profile) => format!("{n}@{profile}"),
            None => n.to_string(),
        };
        let flags = if flags.is_empty() {
            String::new()
        } else {
            format!("+flags{{{}}}", flags.join("|"))
        };
        Ok(Plan {
            command: Some(format!(
                "uuid_transfer {uuid} set:conference_enforce_security=false,conference:{target}{flags} inline"
            )),
            on_success: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::control::Requester;
    use super::super::tests::{ctx, xml};
    use super::*;
    use crate::live::protocol::Version;
    use crate::live::state::LiveState;
    use crate::settings::Settings;
    use fsconn_esl::codec::{Event, Headers};

    const LIST: &str = r#"[{"conference_name": "friends_opus", "run_time": 5, "wait_mod": true,
        "members": [
          {"type": "caller", "id": 4, "uuid": "0b2f-77", "caller_id_number": "21000", "caller_id_name": "f",
           "flags": {"can_speak": false, "can_hear": true, "is_moderator": false}},
          {"type": "caller", "id": 3, "uuid": "9a1c-01", "caller_id_number": "20000", "caller_id_name": "d",
           "flags": {"can_speak": true, "can_hear": true, "is_moderator": true}}]}]"#;

    fn plan(state: &LiveState, call: &str, member: &str) -> Result<Plan, ControlError> {
        let settings = Settings::defaults();
        let ctl = Controls {
            state,
            settings: &settings,
            directory: &xml(),
            recdir: std::path::Path::new("/recordings"),
            prompts: &[],
            now: chrono::Utc::now(),
        };
        let control =
            super::super::control::Control::parse(call, Some(member), &Default::default())?;
        let team = ctx(&settings, "team");
        ctl.plan(
            Requester {
                ctx: &team,
                user: "",
            },
            "friends_opus",
            &control,
        )
    }

    #[test]
    fn granting_rejoins_the_call_with_the_moderator_flag_and_keeps_mute() {
        let state = LiveState::from_snapshot(LIST, "{\"row_count\": 0}\n", &xml()).unwrap();
        let p = plan(&state, "grantmod", "4").unwrap();
        assert_eq!(
            p.command.as_deref(),
            Some("uuid_transfer 0b2f-77 set:conference_enforce_security=false,conference:friends_opus@48kHz-video+flags{moderator|mute} inline")
        );
        let p = plan(&state, "revokemod", "3").unwrap();
        assert_eq!(
            p.command.as_deref(),
            Some("uuid_transfer 9a1c-01 set:conference_enforce_security=false,conference:friends_opus@48kHz-video inline")
        );
        assert_eq!(
            plan(&state, "grantmod", "3"),
            Err(ControlError::AlreadyModerator("3".into()))
        );
        assert_eq!(
            plan(&state, "revokemod", "4"),
            Err(ControlError::NotModerator("4".into()))
        );
        assert!(matches!(
            plan(&state, "grantmod", "99"),
            Err(ControlError::NoSuchMember { .. })
        ));
    }

    #[test]
    fn wait_mod_comes_from_json_list_and_a_moderator_joining_ends_it() {
        let list = LIST.replace(r#""is_moderator": true"#, r#""is_moderator": false"#);
        let mut state = LiveState::from_snapshot(&list, "{\"row_count\": 0}\n", &xml()).unwrap();
        let waits = |s: &LiveState| {
            s.conference_view("friends_opus", Version::V2)
                .unwrap()
                .v2
                .unwrap()
                .wait_mod
        };
        assert!(waits(&state));
        let v1 =
            serde_json::to_string(&state.conference_view("friends_opus", Version::V1).unwrap())
                .unwrap();
        assert!(
            !v1.contains("wait_mod"),
            "v1 clients see what they saw: {v1}"
        );
        let mut h: Headers = [
            ("Event-Subclass", "conference::maintenance"),
            ("Event-Name", "CUSTOM"),
        ]
        .into_iter()
        .collect();
        for (k, v) in [
            ("Action", "add-member"),
            ("Conference-Name", "friends_opus"),
            ("Conference-Size", "3"),
            ("Member-ID", "5"),
            ("Member-Type", "moderator"),
            ("Caller-Username", "20001"),
            ("Unique-ID", "aa-bb"),
        ] {
            h.push(k, v);
        }
        state.apply(&Event {
            headers: h,
            body: None,
        });
        assert!(!waits(&state));
        assert_eq!(state.member_uuid("friends_opus", "5"), Some("aa-bb"));
    }
}
