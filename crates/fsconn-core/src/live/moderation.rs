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
