//! A caller's channel variables as the conference application sees them:
//! the directory user's variables, then what the conference extension's
//! conditions `set` (mod_dialplan_xml: a condition on a variable field
//! matches a regular expression; `anti-action`s run when it does not).
//! `set` expands its data when it runs, `${strftime_tz(...)}` included.

use super::config::{ConferenceExtension, SwitchConfig, User};
use super::pin::expand;

/// The channel variables of `user` calling into `ext`, in the order they
/// were set; a later entry of the same name wins ([`var`]).
pub fn channel_vars(
    ext: &ConferenceExtension,
    user: &User,
    config: &SwitchConfig,
) -> Vec<(String, String)> {
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
            let value = expand_data(v, &vars, config);
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

/// The `strftime_tz ZONE FORMAT` api: the zone must be in `timezones.conf`
/// (else `-ERR Invalid Timezone`); an empty zone is GMT. The simulator
/// formats zones whose TZ value has offset 0 (`UTC0`, `GMT0`) exactly and
/// any other one as UTC.
pub fn strftime_tz(args: &str, config: &SwitchConfig) -> String {
    let (zone, format) = args.split_once(' ').unwrap_or((args, ""));
    let format = if format.is_empty() {
        "%Y-%m-%d %T"
    } else {
        format
    };
    if !zone.is_empty() {
        match config.timezones.get(zone) {
            None => return "-ERR Invalid Timezone\n".into(),
            Some(v) if !v.ends_with('0') || v.contains(',') => {
                tracing::warn!("sim: zone {zone} ({v}) formatted as UTC");
            }
            Some(_) => {}
        }
    }
    chrono::Utc::now().format(format).to_string()
}

/// `set`'s expansion: `${strftime_tz(ZONE FORMAT)}` ([`strftime_tz`]) and
/// `${var}`.
pub fn expand_data(text: &str, vars: &[(String, String)], config: &SwitchConfig) -> String {
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
        out.push_str(&strftime_tz(&after[..end], config));
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

    fn config() -> SwitchConfig {
        let mut c = SwitchConfig::default();
        c.timezones.insert("UTC".into(), "UTC0".into());
        c
    }

    #[test]
    fn strftime_tz_needs_the_zone_in_timezones_conf() {
        let none = SwitchConfig::default();
        assert_eq!(strftime_tz("UTC %Y", &none), "-ERR Invalid Timezone\n");
        let year = chrono::Utc::now().format("%Y").to_string();
        assert_eq!(strftime_tz(" %Y", &none), year);
        assert_eq!(strftime_tz("UTC %Y", &config()), year);
    }

    #[test]
    fn the_dialplan_mutes_callers_that_are_not_moderators() {
        let config = config();
        let vars = channel_vars(&ext(), &user("mute-detect"), &config);
        assert_eq!(member_flags(&vars), ["mute-detect", "mute"]);
        assert_eq!(var(&vars, "conference_moderator_pin"), Some("0815"));
        let year = chrono::Utc::now().format("%Y").to_string();
        assert_eq!(
            var(&vars, "conference_auto_record"),
            Some(format!("/r/team-{year}.wav").as_str())
        );
        let vars = channel_vars(&ext(), &user("moderator|mute-detect"), &config);
        assert_eq!(member_flags(&vars), ["moderator", "mute-detect"]);
        // "moderatorx" is no moderator.
        let vars = channel_vars(&ext(), &user("moderatorx"), &config);
        assert!(member_flags(&vars).contains(&"mute".to_string()));
    }
}
