//! A conference's own settings and the FreeSWITCH 1.10 mechanism behind
//! each one (docs/conference-settings.md has the source references).
//!
//! Everything is written into the conference's dialplan extension, because
//! that is what mod_conference reads per conference: the member PIN is the
//! `+PIN` part of the `conference` application's data, the rest are channel
//! variables the application reads (`set` actions before it), and "mute on
//! entry for non-moderators" is a dialplan condition on the caller's
//! `conf_flags`. A conference without settings renders exactly as before.

use serde::{Deserialize, Serialize};

/// The longest PIN accepted: mod_conference collects at most as many digits
/// as the longer PIN has, and a phone keypad entry longer than this is not a
/// PIN people type.
pub const PIN_MAX: usize = 12;
/// The largest `max_members` accepted (mod_conference takes any count above
/// 1; this only catches typos).
pub const MAX_MEMBERS_LIMIT: u32 = 10_000;
/// The stock FreeSWITCH enter and exit tones (conference.conf.xml of the
/// vanilla configuration).
pub const ENTER_TONE: &str = "tone_stream://%(200,0,500,600,700)";
pub const EXIT_TONE: &str = "tone_stream://%(500,0,300,200,100,50,25)";
/// The dialplan condition that leaves moderators out of "mute on entry".
pub const MODERATOR_EXPR: &str = r"(^|\|)moderator(\||$)";

/// A conference's own settings. Absent (`null`/`false`) means the profile
/// (conference type) decides, as before settings existed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConferenceSettings {
    /// The conference's member PIN (digits). `null`: each caller types their
    /// own `conpin` (fsconn's per-user PIN model).
    pub pin: Option<String>,
    /// A PIN that lets the caller in as a moderator.
    pub moderator_pin: Option<String>,
    /// Callers beyond this count are refused (`null`: no limit).
    pub max_members: Option<u32>,
    /// Members wait (muted, hearing music) until a moderator joins.
    pub wait_for_moderator: bool,
    /// A tone when a member joins and when one leaves.
    pub announce: bool,
    /// The conference records itself from its first member on.
    pub auto_record: bool,
    /// Callers without moderator rights in their directory entry join muted.
    pub mute_on_entry: bool,
}

/// A change of some settings of conference `num`; fields left out stay.
/// An empty PIN and a `max_members` of 0 clear the setting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConferenceSettingsChange {
    pub num: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moderator_pin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_members: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_for_moderator: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub announce: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_record: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mute_on_entry: Option<bool>,
}

fn check_pin(field: &str, pin: &str) -> Result<(), String> {
    if pin.is_empty() || pin.len() > PIN_MAX || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "{field} must be 1 to {PIN_MAX} digits (0-9), got {pin:?}"
        ));
    }
    Ok(())
}

fn cleared(v: &str) -> Option<String> {
    (!v.is_empty()).then(|| v.to_string())
}

impl ConferenceSettings {
    pub fn is_default(&self) -> bool {
        *self == ConferenceSettings::default()
    }

    /// These settings with `change` applied, or why the result is refused
    /// (the message names the field).
    pub fn apply(&self, change: &ConferenceSettingsChange) -> Result<ConferenceSettings, String> {
        let mut s = self.clone();
        if let Some(p) = &change.pin {
            s.pin = cleared(p);
        }
        if let Some(p) = &change.moderator_pin {
            s.moderator_pin = cleared(p);
        }
        if let Some(n) = change.max_members {
            s.max_members = (n != 0).then_some(n);
        }
        let flags = [
            (change.wait_for_moderator, &mut s.wait_for_moderator),
            (change.announce, &mut s.announce),
            (change.auto_record, &mut s.auto_record),
            (change.mute_on_entry, &mut s.mute_on_entry),
        ];
        for (new, field) in flags {
            if let Some(v) = new {
                *field = v;
            }
        }
        s.check()?;
        Ok(s)
    }

    /// The rules a switch would otherwise break silently.
    pub fn check(&self) -> Result<(), String> {
        if let Some(p) = &self.pin {
            check_pin("pin", p)?;
        }
        if let Some(p) = &self.moderator_pin {
            check_pin("moderator_pin", p)?;
            if self.pin.as_deref() == Some(p.as_str()) {
                // validate_pin tries the member PIN first: this one would
                // never make anybody a moderator.
                return Err("moderator_pin must differ from pin".into());
            }
        }
        if let Some(n) = self.max_members {
            if !(2..=MAX_MEMBERS_LIMIT).contains(&n) {
                return Err(format!(
                    "max_members must be 2 to {MAX_MEMBERS_LIMIT} (FreeSWITCH ignores 1), or 0 for no limit, got {n}"
                ));
            }
        }
        Ok(())
    }

    /// The `set` actions (variable=value) the dialplan runs before the
    /// `conference` application, in a fixed order.
    pub fn set_actions(&self, conf_name: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(p) = &self.moderator_pin {
            out.push(format!("conference_moderator_pin={p}"));
        }
        if let Some(n) = self.max_members {
            out.push(format!("conference_max_members={n}"));
        }
        if self.wait_for_moderator {
            out.push("conference_flags=wait-mod".into());
        }
        if self.announce {
            out.push(format!("conference_enter_sound={ENTER_TONE}"));
            out.push(format!("conference_exit_sound={EXIT_TONE}"));
        }
        if self.auto_record {
            out.push(format!(
                "conference_auto_record={}",
                auto_record_path(conf_name)
            ));
        }
        out
    }

    /// The PIN part of the `conference` application's data.
    pub fn pin_part(&self) -> String {
        self.pin.clone().unwrap_or_else(|| "${conpin}".into())
    }

    /// Settings read back from a conference extension: its `set` actions,
    /// the PIN part of its data and whether it mutes non-moderators.
    pub fn from_dialplan(sets: &[(String, String)], pin_part: &str, mutes: bool) -> Self {
        let get = |k: &str| sets.iter().rev().find(|(n, _)| n == k).map(|(_, v)| v);
        let digits = !pin_part.is_empty() && pin_part.bytes().all(|b| b.is_ascii_digit());
        ConferenceSettings {
            pin: digits.then(|| pin_part.to_string()),
            moderator_pin: get("conference_moderator_pin").cloned(),
            max_members: get("conference_max_members").and_then(|v| v.parse().ok()),
            wait_for_moderator: get("conference_flags")
                .is_some_and(|v| v.split('|').any(|f| f.trim() == "wait-mod")),
            announce: get("conference_enter_sound").is_some()
                && get("conference_exit_sound").is_some(),
            auto_record: get("conference_auto_record").is_some(),
            mute_on_entry: mutes,
        }
    }
}

/// Where an automatic recording goes: the switch's recordings dir, under
/// the name fsconn lists recordings by (`<name>-<UTC time>.wav`). `set`
/// expands `strftime_tz` when the first caller comes in.
pub fn auto_record_path(conf_name: &str) -> String {
    format!("$${{recordings_dir}}/{conf_name}-${{strftime_tz(UTC %Y-%m-%dT%H:%M:%S)}}.000Z.wav")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(num: &str) -> ConferenceSettingsChange {
        ConferenceSettingsChange {
            num: num.into(),
            ..Default::default()
        }
    }

    #[test]
    fn pins_are_digits_and_name_their_field() {
        let s = ConferenceSettings::default();
        for bad in ["12a4", "1234567890123", " 12"] {
            let e = s
                .apply(&ConferenceSettingsChange {
                    pin: Some(bad.into()),
                    ..change("30000")
                })
                .unwrap_err();
            assert!(e.starts_with("pin must be 1 to 12 digits"), "{e}");
        }
        let e = s
            .apply(&ConferenceSettingsChange {
                moderator_pin: Some("x".into()),
                ..change("30000")
            })
            .unwrap_err();
        assert!(e.starts_with("moderator_pin must be"), "{e}");
        let e = s
            .apply(&ConferenceSettingsChange {
                pin: Some("1234".into()),
                moderator_pin: Some("1234".into()),
                ..change("30000")
            })
            .unwrap_err();
        assert_eq!(e, "moderator_pin must differ from pin");
    }

    #[test]
    fn max_members_one_is_refused_zero_clears() {
        let s = ConferenceSettings {
            max_members: Some(5),
            ..Default::default()
        };
        let e = s
            .apply(&ConferenceSettingsChange {
                max_members: Some(1),
                ..change("30000")
            })
            .unwrap_err();
        assert!(e.contains("max_members must be 2 to 10000"), "{e}");
        let cleared = s
            .apply(&ConferenceSettingsChange {
                max_members: Some(0),
                ..change("30000")
            })
            .unwrap();
        assert!(cleared.is_default());
    }

    #[test]
    fn what_is_written_reads_back() {
        let s = ConferenceSettings {
            pin: Some("4711".into()),
            moderator_pin: Some("0815".into()),
            max_members: Some(20),
            wait_for_moderator: true,
            announce: true,
            auto_record: true,
            mute_on_entry: true,
        };
        let sets: Vec<(String, String)> = s
            .set_actions("team")
            .iter()
            .map(|a| {
                let (k, v) = a.split_once('=').unwrap();
                (k.to_string(), v.to_string())
            })
            .collect();
        assert_eq!(
            ConferenceSettings::from_dialplan(&sets, &s.pin_part(), true),
            s
        );
        assert_eq!(
            ConferenceSettings::from_dialplan(&[], "${conpin}", false),
            ConferenceSettings::default()
        );
        assert!(s.set_actions("team").contains(
            &"conference_auto_record=$${recordings_dir}/team-${strftime_tz(UTC %Y-%m-%dT%H:%M:%S)}.000Z.wav".to_string()
        ));
    }
}
