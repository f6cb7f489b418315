//! The PIN phase of mod_conference's `conference` application, as FreeSWITCH
//! 1.10 runs it (conference_application_function): the caller's PIN is the
//! one in the application data (`name@profile+PIN+flags{...}`, after channel
//! variables are expanded), else the profile's `pin`; the moderator PIN is
//! the channel variable `conference_moderator_pin`, else the profile's
//! `moderator-pin`. With either set, an inbound caller is prompted up to
//! `pin-retries` times (default 3); the moderator PIN makes the caller a
//! moderator. The PIN phase fires no conference event at all (session-pin).

use super::config::{ConferenceExtension, SwitchConfig};

/// What a caller must type to get in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinCheck {
    pub pin: String,
    pub moderator_pin: String,
    pub retries: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Member,
    Moderator,
    Rejected,
}

impl PinCheck {
    /// `vars`: the caller's channel variables ([`crate::dialplan::channel_vars`]).
    pub fn for_caller(
        ext: &ConferenceExtension,
        vars: &[(String, String)],
        config: &SwitchConfig,
    ) -> PinCheck {
        let param = |name: &str| config.profile_param(&ext.profile, name).unwrap_or("");
        let mut pin = expand(&ext.pin, vars);
        if pin.is_empty() {
            pin = param("pin").to_string();
        }
        let moderator_pin = match crate::dialplan::var(vars, "conference_moderator_pin") {
            Some(p) if !p.is_empty() => p.to_string(),
            _ => param("moderator-pin").to_string(),
        };
        let retries = param("pin-retries").parse().unwrap_or(3);
        PinCheck {
            pin,
            moderator_pin,
            retries,
        }
    }

    pub fn required(&self) -> bool {
        !self.pin.is_empty() || !self.moderator_pin.is_empty()
    }

    /// The caller types `attempts` one after the other (an empty one is a
    /// digit timeout); each retry uses up one.
    pub fn enter(&self, attempts: &[&str]) -> Outcome {
        for typed in attempts.iter().take(self.retries.max(1)) {
            if !self.pin.is_empty() && *typed == self.pin {
                return Outcome::Member;
            }
            if !self.moderator_pin.is_empty() && *typed == self.moderator_pin {
                return Outcome::Moderator;
            }
        }
        Outcome::Rejected
    }
}

/// `${name}` replaced by the channel variable (the caller's directory
/// variables), empty when unset, as switch_channel_expand_variables does.
pub fn expand(text: &str, vars: &[(String, String)]) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let name = &after[..end];
        if let Some((_, v)) = vars.iter().find(|(n, _)| n == name) {
            out.push_str(v);
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The caller's PIN text of a conference action's data: what follows the
/// first `+` once `+flags{...}` is cut off (`name@profile+PIN+flags{..}`).
pub fn pin_part(data: &str) -> &str {
    let head = match data.find("+flags{") {
        Some(i) => &data[..i],
        None => data,
    };
    head.split_once('+').map(|(_, pin)| pin).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pin_comes_from_the_action_data_or_the_profile() {
        assert_eq!(pin_part("c@p+${conpin}+flags{${conf_flags}}"), "${conpin}");
        assert_eq!(pin_part("c@p++flags{${conf_flags}}"), "");
        assert_eq!(pin_part("c@p+1234"), "1234");
        assert_eq!(pin_part("c@p"), "");
        let vars = vec![("conpin".to_string(), "4444".to_string())];
        assert_eq!(expand("${conpin}", &vars), "4444");
        assert_eq!(expand("${nosuch}", &vars), "");
    }

    #[test]
    fn moderator_pin_only_counts_when_there_is_one() {
        let check = PinCheck {
            pin: "0815".into(),
            moderator_pin: String::new(),
            retries: 3,
        };
        assert_eq!(check.enter(&["2357"]), Outcome::Rejected);
        assert_eq!(check.enter(&["9999", "0815"]), Outcome::Member);
        assert_eq!(check.enter(&["", "", "", "0815"]), Outcome::Rejected);
        let with_mod = PinCheck {
            moderator_pin: "2357".into(),
            ..check
        };
        assert_eq!(with_mod.enter(&["2357"]), Outcome::Moderator);
    }
}
