//! What a caller types: the PIN phase before joining and DTMF caller
//! controls once in.

use super::*;
use crate::config::Control;

impl State {
    /// The PIN prompt between entering the conference application and
    /// joining: no events; a caller who never gets it right is hung up (and
    /// a conference nobody joined goes away again). Without `typed`, the
    /// caller types the PIN it needs.
    pub(super) fn pin_phase(
        &mut self,
        cx: &mut Cx,
        ext: &ConferenceExtension,
        user: &User,
        vars: &[(String, String)],
        typed: Option<&str>,
        dtmf: media::DtmfKind,
    ) -> Result<crate::pin::Outcome, String> {
        use crate::pin::{Outcome, PinCheck};
        let check = PinCheck::for_caller(ext, vars, &self.config);
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
        let rate = self
            .config
            .profile_param(&ext.profile, "rate")
            .and_then(|r| r.parse().ok())
            .unwrap_or(8000);
        let playable = super::conference::sound_exists(&prompt_path, rate);
        let outcome = if cx.paths.sounds_dir.is_some() && !playable {
            tracing::warn!(
                "[WARNING] mod_conference.c:2295 Cannot ask the user for a pin, ending call"
            );
            Outcome::Rejected
        } else {
            // What the caller types, as far as it reaches the call.
            let typed = self.received_digits(typed.unwrap_or(check.pin.as_str()), dtmf);
            let attempts: Vec<&str> = typed.split(',').collect();
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
    pub(super) fn sim_dtmf(&mut self, cx: &mut Cx, name: &str, id: u32, digits: &str) -> String {
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
            if self.dtmf_control(cx, name, &m, digit, &control) == Keys::Gone {
                break;
            }
        }
        format!("+OK dtmf {digits}\n")
    }

    /// One caller control: what `digit` does to member `m`.
    fn dtmf_control(
        &mut self,
        cx: &mut Cx,
        name: &str,
        m: &Member,
        digit: char,
        control: &Control,
    ) -> Keys {
        let id = m.id;
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
                self.dtmf_energy(cx, name, m, &control.action)
            }
            "vol talk up" | "vol talk dn" | "vol talk zero" | "vol listen up" | "vol listen dn"
            | "vol listen zero" => self.dtmf_volume(cx, name, m, &control.action),
            "hangup" => {
                self.remove_member(cx, name, id, Some("NORMAL_CLEARING"), None);
                return Keys::Gone;
            }
            _ => {}
        }
        Keys::Stays
    }

    /// `energy up|equ|dn`: steps of 200, never below 0.
    fn dtmf_energy(&mut self, cx: &mut Cx, name: &str, m: &Member, action: &str) {
        let level = match action {
            "energy up" => m.energy + 200,
            "energy dn" => (m.energy - 200).max(0),
            _ => 0,
        };
        if let Some(mm) = self.member_mut(name, m.id) {
            mm.energy = level;
        }
        self.fire_member(
            cx,
            name,
            m.id,
            "energy-level",
            O_ENERGY,
            &[("New-Level", level.to_string())],
        );
    }

    /// `vol talk|listen up|dn|zero`: steps of 1 within -4..=4.
    fn dtmf_volume(&mut self, cx: &mut Cx, name: &str, m: &Member, action: &str) {
        let talk = action.starts_with("vol talk");
        let current = if talk { m.volume_in } else { m.volume_out };
        let level = if action.ends_with("up") {
            (current + 1).min(4)
        } else if action.ends_with("dn") {
            (current - 1).max(-4)
        } else {
            0
        };
        if let Some(mm) = self.member_mut(name, m.id) {
            if talk {
                mm.volume_in = level;
            } else {
                mm.volume_out = level;
            }
        }
        let event = if talk {
            "volume-in-member"
        } else {
            "volume-out-member"
        };
        self.fire_member(
            cx,
            name,
            m.id,
            event,
            O_VOLUME,
            &[("Volume-Level", level.to_string())],
        );
    }
}

/// Whether the caller is still in the conference after a key.
#[derive(PartialEq)]
enum Keys {
    Stays,
    Gone,
}
