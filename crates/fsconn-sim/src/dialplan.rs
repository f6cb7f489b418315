//! A caller's channel variables as the conference application sees them:
//! the directory user's variables, then what the conference extension's
//! conditions `set` (mod_dialplan_xml: a condition on a variable field
//! matches a regular expression; `anti-action`s run when it does not).
//! `set` expands its data when it runs, `${strftime_tz(...)}` included.

use super::config::{ConferenceExtension, User};
use super::pin::expand;

/// The channel variables of `user` calling into `ext`, in the order they
/// were set; a later entry of the same name wins ([`var`]).
pub fn channel_vars(ext: &ConferenceExtension, user: &User) -> Vec<(String, String)> {
    let mut vars = user.variables.clone();
    for step in &ext.steps {
        let matched = match &step.guard {
            None => true,
            Some((field, expr)) => {
                let value = expand(field, &vars);
                match regex::Regex::new(expr) {
                    Ok(re) => re.is_match(&value),
                    Err(e) => {
                        tracing::error!("[ERR] mod_dialplan_xml: invalid expression {expr:?}: {e}");
                        false
                    }
                }
            }
        };
        let sets = if matched {
            &step.actions
        } else {
            &step.anti_actions
        };
        for (k, v) in sets {
            let value = expand_data(v, &vars);
            vars.push((k.clone(), value));
        }
    }
    vars
}

/// The value of channel variable `name`: the last one set.
pub fn var<'a>(vars: &'a [(String, String)], name: &str) -> Option<&'a str> {
    vars.iter()
        .rev()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// The member flags of a caller: `+flags{...}` of the data (fsconn writes
/// `${conf_flags}`) joined with `conference_member_flags`, split at `|`
/// as conference_utils_set_mflags does.
pub fn member_flags(vars: &[(String, String)]) -> Vec<String> {
    let own = var(vars, "conf_flags").unwrap_or("");
    let extra = var(vars, "conference_member_flags").unwrap_or("");
    own.split('|')
        .chain(extra.split('|'))
        .map(|f| f.trim().to_string())
        .filter(|f| !f.is_empty())
        .collect()
}

/// `set`'s expansion: `${strftime_tz(ZONE FORMAT)}` (UTC only: the
/// simulator has no zone database) and `${var}`.
pub fn expand_data(text: &str, vars: &[(String, String)]) -> String {
    const OPEN: &str = "${strftime_tz(";
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start]);
        let after = &rest[start + OPEN.len()..];
        let Some(end) = after.find(")}") else {
            out.push_str(&rest[start..]);
            rest = "";
            break;
        };
        let arg = &after[..end];
        let (zone, format) = arg.split_once(' ').unwrap_or(("UTC", arg));
        if !matches!(zone, "UTC" | "GMT" | "Etc/UTC") {
            tracing::warn!("sim: strftime_tz zone {zone} taken as UTC");
        }
        out.push_str(&chrono::Utc::now().format(format).to_string());
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    expand(&out, vars)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Step;

    fn user(flags: &str) -> User {
        User {
            id: "2000".into(),
            group: "team".into(),
            domain: "d".into(),
            variables: vec![
                ("conpin".into(), "1111".into()),
                ("conf_flags".into(), flags.into()),
            ],
        }
    }

    fn ext() -> ConferenceExtension {
        let set = |k: &str, v: &str| (k.to_string(), v.to_string());
        ConferenceExtension {
            name: "team".into(),
            number: "30000".into(),
            context: "team".into(),
            profile: "16kHz-novideo".into(),
            pin: "4711".into(),
            steps: vec![
                Step {
                    guard: None,
                    actions: vec![
                        set("conference_moderator_pin", "0815"),
                        set(
                            "conference_auto_record",
                            "/r/team-${strftime_tz(UTC %Y)}.wav",
                        ),
                    ],
                    anti_actions: vec![],
                },
                Step {
                    guard: Some(("${conf_flags}".into(), r"(^|\|)moderator(\||$)".into())),
                    actions: vec![],
                    anti_actions: vec![set("conference_member_flags", "mute")],
                },
            ],
        }
    }

    #[test]
    fn the_dialplan_mutes_callers_that_are_not_moderators() {
        let vars = channel_vars(&ext(), &user("mute-detect"));
        assert_eq!(member_flags(&vars), ["mute-detect", "mute"]);
        assert_eq!(var(&vars, "conference_moderator_pin"), Some("0815"));
        let year = chrono::Utc::now().format("%Y").to_string();
        assert_eq!(
            var(&vars, "conference_auto_record"),
            Some(format!("/r/team-{year}.wav").as_str())
        );
        let vars = channel_vars(&ext(), &user("moderator|mute-detect"));
        assert_eq!(member_flags(&vars), ["moderator", "mute-detect"]);
        // "moderatorx" is no moderator.
        let vars = channel_vars(&ext(), &user("moderatorx"));
        assert!(member_flags(&vars).contains(&"mute".to_string()));
    }
}
