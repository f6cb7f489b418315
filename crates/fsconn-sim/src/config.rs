//! What the simulator needs to know from a loaded configuration: users,
//! conference extensions, conference profiles and their caller controls.
//!
//! Everything is read from the parsed XML the same way FreeSWITCH reads it at
//! call time, so a config tree written by fsconn behaves in the simulator as
//! it would on a real switch.

use std::collections::HashMap;

use super::xml::{params, Element, Vars};

/// A directory user with its variables (user first, then group, then domain,
/// like `switch_xml_locate_user_merged`).
#[derive(Debug, Clone)]
pub struct User {
    pub id: String,
    pub group: String,
    pub domain: String,
    pub variables: Vec<(String, String)>,
}

impl User {
    pub fn var(&self, name: &str) -> Option<&str> {
        self.variables
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Member flags from `conf_flags` (`moderator|mute-detect|mute`).
    pub fn conf_flags(&self) -> Vec<String> {
        self.var("conf_flags")
            .unwrap_or("")
            .split('|')
            .map(|f| f.trim().to_string())
            .filter(|f| !f.is_empty())
            .collect()
    }
}

/// A dialplan extension that puts callers into a conference.
#[derive(Debug, Clone, PartialEq)]
pub struct ConferenceExtension {
    /// Extension name, which is also the conference name.
    pub name: String,
    /// The number from `destination_number` (`^30000$` -> `30000`).
    pub number: String,
    pub context: String,
    /// Text between `@` and the first `+` of the conference action's data.
    pub profile: String,
    /// The caller's PIN part of the data, before variable expansion
    /// (`${conpin}` in what fsconn writes).
    pub pin: String,
    /// The extension's conditions up to the `conference` action, in order:
    /// what they `set` on the caller's channel (a conference's own settings).
    pub steps: Vec<Step>,
}

/// One `<condition>` of a conference extension: `guard` is `None` for a
/// `destination_number` condition (it matched: the call is here), else the
/// field (`${conf_flags}`) and the regular expression it must match.
/// `actions` run when it matches, `anti_actions` when it does not; only
/// `set` actions are kept (variable, value).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Step {
    pub guard: Option<(String, String)>,
    pub actions: Vec<(String, String)>,
    pub anti_actions: Vec<(String, String)>,
}

fn sets_of<'a>(cond: &'a Element, tag: &'a str) -> impl Iterator<Item = (String, String)> + 'a {
    cond.children_named(tag)
        .take_while(|a| a.attr("application") != Some("conference"))
        .filter(|a| a.attr("application") == Some("set"))
        .filter_map(|a| a.attr("data").and_then(|d| d.split_once('=')))
        .map(|(k, v)| (k.to_string(), v.to_string()))
}

fn step_of(cond: &Element) -> Step {
    let field = cond.attr("field").unwrap_or("");
    let guard = (field != "destination_number").then(|| {
        (
            field.to_string(),
            cond.attr("expression").unwrap_or("").to_string(),
        )
    });
    Step {
        guard,
        actions: sets_of(cond, "action").collect(),
        anti_actions: sets_of(cond, "anti-action").collect(),
    }
}

/// One `<control>` of a caller-controls group.
#[derive(Debug, Clone)]
pub struct Control {
    pub action: String,
    pub digits: String,
    pub data: String,
}

#[derive(Debug, Clone, Default)]
pub struct SwitchConfig {
    /// Per context, the channel variables its catch-all `continue="true"`
    /// extensions `set` for every call (SRTP, media timeout).
    pub context_vars: HashMap<String, Vec<(String, String)>>,
    pub users: Vec<User>,
    pub conferences: Vec<ConferenceExtension>,
    pub profiles: HashMap<String, HashMap<String, String>>,
    pub control_groups: HashMap<String, Vec<Control>>,
    /// `timezones.conf`: zone name to its POSIX TZ value
    /// (`switch_lookup_timezone`).
    pub timezones: HashMap<String, String>,
}

impl SwitchConfig {
    pub fn from_root(root: &Element, vars: &Vars) -> SwitchConfig {
        let mut cfg = SwitchConfig::default();
        if let Some(dir) = root.find_child("section", "name", "directory") {
            cfg.users = read_users(dir, vars);
        }
        if let Some(dp) = root.find_child("section", "name", "dialplan") {
            cfg.conferences = read_conferences(dp);
            cfg.context_vars = read_context_vars(dp);
        }
        let configs = root.find_child("section", "name", "configuration");
        if let Some(tz) = configs
            .and_then(|s| s.find_child("configuration", "name", "timezones.conf"))
            .and_then(|c| c.child("timezones"))
        {
            for z in tz.children_named("zone") {
                if let (Some(n), Some(v)) = (z.attr("name"), z.attr("value")) {
                    cfg.timezones.insert(n.to_string(), v.to_string());
                }
            }
        }
        let conf = configs.and_then(|s| s.find_child("configuration", "name", "conference.conf"));
        if let Some(conf) = conf {
            if let Some(profiles) = conf.child("profiles") {
                for p in profiles.children_named("profile") {
                    if let Some(name) = p.attr("name") {
                        cfg.profiles
                            .insert(name.to_string(), params(Some(p), "param"));
                    }
                }
            }
            if let Some(cc) = conf.child("caller-controls") {
                for g in cc.children_named("group") {
                    let controls = g
                        .children_named("control")
                        .map(|c| Control {
                            action: c.attr("action").unwrap_or("").to_string(),
                            digits: c.attr("digits").unwrap_or("").to_string(),
                            data: c.attr("data").unwrap_or("").to_string(),
                        })
                        .collect();
                    if let Some(name) = g.attr("name") {
                        cfg.control_groups.insert(name.to_string(), controls);
                    }
                }
            }
        }
        cfg
    }

    /// A variable every call of `context` gets from the dialplan.
    pub fn context_var(&self, context: &str, name: &str) -> Option<&str> {
        self.context_vars
            .get(context)?
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn user(&self, id: &str) -> Option<&User> {
        self.users.iter().find(|u| u.id == id)
    }

    /// Finds a conference by name or by number.
    pub fn conference(&self, name_or_number: &str) -> Option<&ConferenceExtension> {
        self.conferences
            .iter()
            .find(|c| c.name == name_or_number)
            .or_else(|| self.conferences.iter().find(|c| c.number == name_or_number))
    }

    pub fn profile_param(&self, profile: &str, param: &str) -> Option<&str> {
        self.profiles
            .get(profile)
            .and_then(|p| p.get(param))
            .map(String::as_str)
    }

    /// The controls a member gets: moderators use `moderator-controls` when
    /// the profile names one; everybody else `caller-controls` (default
    /// group `default`).
    pub fn controls_for(&self, profile: &str, moderator: bool) -> &[Control] {
        let group = if moderator {
            self.profile_param(profile, "moderator-controls")
                .or_else(|| self.profile_param(profile, "caller-controls"))
        } else {
            self.profile_param(profile, "caller-controls")
        }
        .unwrap_or("default");
        self.control_groups
            .get(group)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

fn vars_of(el: Option<&Element>, child: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(el) = el {
        for v in el.children_named(child) {
            if let (Some(n), Some(val)) = (v.attr("name"), v.attr("value")) {
                out.push((n.to_string(), val.to_string()));
            }
        }
    }
    out
}

fn merge(into: &mut Vec<(String, String)>, more: &[(String, String)]) {
    for (n, v) in more {
        if !into.iter().any(|(m, _)| m.eq_ignore_ascii_case(n)) {
            into.push((n.clone(), v.clone()));
        }
    }
}

pub(crate) fn read_users(section: &Element, vars: &Vars) -> Vec<User> {
    let mut users = Vec::new();
    for domain in section.children_named("domain") {
        let domain_name = domain
            .attr("name")
            .map(str::to_string)
            .or_else(|| vars.get("domain").map(str::to_string))
            .unwrap_or_default();
        let domain_vars = vars_of(domain.child("variables"), "variable");
        let mut push = |u: &Element, group: &str, group_vars: &[(String, String)]| {
            let Some(id) = u.attr("id") else { return };
            let mut variables = vars_of(u.child("variables"), "variable");
            merge(&mut variables, group_vars);
            merge(&mut variables, &domain_vars);
            users.push(User {
                id: id.to_string(),
                group: group.to_string(),
                domain: domain_name.clone(),
                variables,
            });
        };
        if let Some(groups) = domain.child("groups") {
            for g in groups.children_named("group") {
                let gname = g.attr("name").unwrap_or("");
                let gvars = vars_of(g.child("variables"), "variable");
                if let Some(list) = g.child("users") {
                    for u in list.children_named("user") {
                        push(u, gname, &gvars);
                    }
                }
            }
        }
        if let Some(list) = domain.child("users") {
            for u in list.children_named("user") {
                push(u, "", &[]);
            }
        }
    }
    users
}

pub(crate) fn read_conferences(section: &Element) -> Vec<ConferenceExtension> {
    let mut out = Vec::new();
    for ctx in section.children_named("context") {
        let context = ctx.attr("name").unwrap_or("").to_string();
        for ext in ctx.children_named("extension") {
            let Some(name) = ext.attr("name") else {
                continue;
            };
            let mut steps = Vec::new();
            for cond in ext.children_named("condition") {
                steps.push(step_of(cond));
                let conf_action = cond
                    .children_named("action")
                    .find(|a| a.attr("application") == Some("conference"));
                let Some(action) = conf_action else { continue };
                let data = action.attr("data").unwrap_or("");
                let profile = data
                    .split_once('@')
                    .map(|(_, rest)| rest.split('+').next().unwrap_or(""))
                    .unwrap_or("default");
                let number = cond
                    .attr("expression")
                    .unwrap_or("")
                    .trim_start_matches('^')
                    .trim_end_matches('$')
                    .to_string();
                out.push(ConferenceExtension {
                    name: name.to_string(),
                    number,
                    context: context.clone(),
                    profile: profile.to_string(),
                    pin: super::pin::pin_part(data).to_string(),
                    steps: steps.clone(),
                });
            }
        }
    }
    out
}

/// The `set` actions of each context's extensions that run for every call:
/// `continue="true"` with a `destination_number` condition of `^.*$`.
pub(crate) fn read_context_vars(section: &Element) -> HashMap<String, Vec<(String, String)>> {
    let mut out: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for ctx in section.children_named("context") {
        let context = ctx.attr("name").unwrap_or("").to_string();
        let every_call = ctx
            .children_named("extension")
            .filter(|e| e.attr("continue") == Some("true"))
            .flat_map(|e| e.children_named("condition"))
            .filter(|c| {
                c.attr("field") == Some("destination_number")
                    && c.attr("expression") == Some("^.*$")
            });
        for cond in every_call {
            for a in cond.children_named("action") {
                let set = a.attr("application") == Some("set");
                if let Some((k, v)) = a
                    .attr("data")
                    .filter(|_| set)
                    .and_then(|d| d.split_once('='))
                {
                    out.entry(context.clone())
                        .or_default()
                        .push((k.to_string(), v.to_string()));
                }
            }
        }
    }
    out
}
