//! Reading FreeSWITCH's own config files into the state fsconn works on.
//!
//! The config dir is the only database (behavior-notes.md section 1): users
//! are `directory/<context>/*.xml`, conferences `dialplan/conferences/*.xml`,
//! conference types the profiles of `autoload_configs/conference.conf.xml`,
//! globals the `set` pre-process lines of `vars.xml`. A file that does not
//! parse is reported and skipped; the rest still loads, and its number stays
//! taken so nothing new overwrites it.

pub mod xml;

use crate::error::{Error, Result};
use crate::model::{ConfNum, Conference, User, UserId, UserView};
use crate::settings::Settings;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

pub use xml::XmlError;

/// A file that was skipped, and why.
#[derive(Debug, Clone)]
pub struct LoadWarning {
    pub path: PathBuf,
    pub message: String,
}

impl fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

/// Paths inside the config dir.
pub struct Layout<'a> {
    pub root: &'a Path,
}

impl Layout<'_> {
    pub fn vars(&self) -> PathBuf {
        self.root.join("vars.xml")
    }
    pub fn context_dir(&self, context: &str) -> PathBuf {
        self.root.join("directory").join(context)
    }
    pub fn user_file(&self, context: &str, id: UserId) -> PathBuf {
        self.context_dir(context).join(format!("{id}.xml"))
    }
    pub fn conferences_dir(&self) -> PathBuf {
        self.root.join("dialplan").join("conferences")
    }
    pub fn conference_file(&self, num: ConfNum) -> PathBuf {
        self.conferences_dir().join(format!("{num}.xml"))
    }
    pub fn conference_conf(&self) -> PathBuf {
        self.root
            .join("autoload_configs")
            .join("conference.conf.xml")
    }
}

#[derive(Debug, Clone, Default)]
pub struct State {
    /// `vars.xml` pre-processor variables, in file order of last definition.
    pub vars: BTreeMap<String, String>,
    /// Sorted by id.
    pub users: Vec<User>,
    /// Sorted by number.
    pub conferences: Vec<Conference>,
    /// Profile names of conference.conf.xml, in file order.
    pub conftypes: Vec<String>,
    /// Profiles whose `conference-flags` param holds `wait-mod`: members of
    /// their conferences wait until a moderator joins.
    pub wait_mod_types: BTreeSet<String>,
    pub warnings: Vec<LoadWarning>,
    /// Where each user and conference lives.
    pub user_files: BTreeMap<UserId, PathBuf>,
    pub conference_files: BTreeMap<ConfNum, PathBuf>,
    /// Numbers held by files that exist but did not parse.
    pub blocked_ids: BTreeSet<u32>,
}

/// Only the `vars.xml` variables of a config dir: what the settings need
/// before the whole tree is read (a missing or broken file gives none).
pub fn read_vars(conf_dir: &Path) -> BTreeMap<String, String> {
    let mut st = State::default();
    st.load_vars(&Layout { root: conf_dir }.vars());
    st.vars
}

impl State {
    pub fn load(settings: &Settings) -> Result<State> {
        let root = &settings.conf_dir;
        if !root.is_dir() {
            return Err(Error::Settings(format!(
                "config dir {} does not exist (set conf_dir, SWITCHCONF or --conf-dir)",
                root.display()
            )));
        }
        let layout = Layout { root };
        let mut st = State::default();
        st.load_vars(&layout.vars());
        for ctx in &settings.contexts {
            let dir = layout.context_dir(&ctx.name);
            for path in xml_files(&dir)? {
                st.load_user_file(&path, &ctx.name);
            }
        }
        st.users.sort_by_key(|u| u.id);
        for path in xml_files(&layout.conferences_dir())? {
            st.load_conference_file(&path, settings);
        }
        st.conferences.sort_by_key(|c| c.num);
        st.load_conftypes(&layout.conference_conf());
        Ok(st)
    }

    /// One user file read alone, exactly as [`State::load`] reads it: what a
    /// node's lookup must see is the file as it is now, not a cached tree.
    /// `None` when the file is missing or not a usable user (the reason is
    /// in the warnings `load` would give).
    pub fn read_user_file(path: &Path, dir_context: &str) -> Option<User> {
        if !path.is_file() {
            return None;
        }
        let mut st = State::default();
        st.load_user_file(path, dir_context);
        st.users.pop()
    }

    /// One conference file read alone (see [`State::read_user_file`]).
    pub fn read_conference_file(path: &Path, settings: &Settings) -> Option<Conference> {
        if !path.is_file() {
            return None;
        }
        let mut st = State::default();
        st.load_conference_file(path, settings);
        st.conferences.pop()
    }

    fn warn(&mut self, path: &Path, message: impl Into<String>) {
        self.warnings.push(LoadWarning {
            path: path.to_path_buf(),
            message: message.into(),
        });
    }

    /// Read a file and walk its elements, or record why not.
    fn parse(&mut self, path: &Path) -> Option<Vec<xml::Element>> {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                self.warn(path, e.to_string());
                return None;
            }
        };
        match xml::elements(&bytes) {
            Ok(els) => Some(els),
            Err(e) => {
                self.warn(path, e.to_string());
                None
            }
        }
    }

    fn load_vars(&mut self, path: &Path) {
        if !path.exists() {
            return;
        }
        let Some(els) = self.parse(path) else { return };
        for el in els {
            if el.name == "X-PRE-PROCESS" && el.attr("cmd") == Some("set") {
                if let Some((k, v)) = el.attr("data").and_then(|d| d.split_once('=')) {
                    // FreeSWITCH expands earlier variables inside later ones.
                    let v = expand(v, &self.vars);
                    self.vars.insert(k.trim().to_string(), v);
                }
            }
        }
    }

    fn block_number_of(&mut self, path: &Path) {
        if let Some(n) = path
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(|s| s.parse::<u32>().ok())
        {
            self.blocked_ids.insert(n);
        }
    }

    fn load_user_file(&mut self, path: &Path, dir_context: &str) {
        let Some(els) = self.parse(path) else {
            self.block_number_of(path);
            return;
        };
        let mut users = Vec::new();
        for el in &els {
            match el.name.as_str() {
                "user" => users.push(PartialUser {
                    id: el.attr("id").map(str::to_string),
                    ..Default::default()
                }),
                "param" | "variable" => {
                    let (Some(u), Some(name), Some(value)) =
                        (users.last_mut(), el.attr("name"), el.attr("value"))
                    else {
                        continue;
                    };
                    u.set(&el.name, name, value);
                }
                _ => {}
            }
        }
        if users.len() > 1 {
            self.warn(path, "holds more than one <user>; only the first is used");
        }
        let Some(pu) = users.into_iter().next() else {
            self.warn(path, "holds no <user>");
            self.block_number_of(path);
            return;
        };
        let id = match pu.id.as_deref().map(str::parse::<UserId>) {
            Some(Ok(id)) => id,
            Some(Err(e)) => {
                self.warn(path, format!("user {e}"));
                self.block_number_of(path);
                return;
            }
            None => {
                self.warn(path, "<user> has no id");
                self.block_number_of(path);
                return;
            }
        };
        if let Some(other) = self.user_files.get(&id) {
            let msg = format!("user {id} is also defined in {}; skipped", other.display());
            self.warn(path, msg);
            return;
        }
        let user = User {
            id,
            password: pu.password.unwrap_or_default(),
            conpin: pu.conpin.unwrap_or_default(),
            context: pu.context.unwrap_or_else(|| dir_context.to_string()),
            name: pu.name.unwrap_or_default(),
            email: pu.email.unwrap_or_default(),
            polymac: pu.polymac.unwrap_or_else(|| "none".into()),
            conf_flags: pu.conf_flags,
        };
        self.user_files.insert(id, path.to_path_buf());
        self.users.push(user);
    }

    fn load_conference_file(&mut self, path: &Path, settings: &Settings) {
        let Some(els) = self.parse(path) else {
            self.block_number_of(path);
            return;
        };
        let mut found = false;
        for (ext, data) in scan_conferences(&els) {
            found |= self.flush_conference(path, settings, ext, &data);
        }
        if !found {
            self.block_number_of(path);
        }
    }

    /// One conference extension read up to its `conference` action.
    fn flush_conference(
        &mut self,
        path: &Path,
        settings: &Settings,
        ext: ExtRead,
        data: &str,
    ) -> bool {
        let Some(expr) = ext.expr.clone() else {
            return false;
        };
        let name = ext.name.clone();
        let num_text = expr.trim_start_matches('^').trim_end_matches('$');
        let Ok(num) = num_text.parse::<ConfNum>() else {
            self.warn(
                path,
                format!("conference {name:?}: expression {expr:?} is not a number"),
            );
            return false;
        };
        let conftype = data
            .split_once('@')
            .map(|(_, rest)| rest.split('+').next().unwrap_or(""))
            .unwrap_or("")
            .to_string();
        let context = settings
            .context_of_conference(num.0)
            .map(|c| c.name.clone())
            .unwrap_or_default();
        if let Some(other) = self.conference_files.get(&num) {
            let msg = format!(
                "conference {num} is also defined in {}; skipped",
                other.display()
            );
            self.warn(path, msg);
            return true;
        }
        self.conference_files.insert(num, path.to_path_buf());
        let settings = ext.settings(data);
        self.conferences.push(Conference {
            num,
            name,
            conftype,
            context,
            settings,
        });
        true
    }

    fn load_conftypes(&mut self, path: &Path) {
        let Some(els) = self.parse(path) else { return };
        let mut in_profiles: Option<usize> = None;
        let mut profile: Option<String> = None;
        for el in &els {
            if let Some(d) = in_profiles {
                if el.depth <= d {
                    in_profiles = None;
                }
            }
            if el.name == "profiles" {
                in_profiles = Some(el.depth);
            } else if el.name == "profile" && in_profiles.is_some_and(|d| el.depth == d + 1) {
                if let Some(n) = el.attr("name") {
                    profile = Some(n.to_string());
                    if !self.conftypes.iter().any(|t| t == n) {
                        self.conftypes.push(n.to_string());
                    }
                }
            } else if el.name == "param" && in_profiles.is_some_and(|d| el.depth == d + 2) {
                self.note_profile_param(profile.as_deref(), el.attr("name"), el.attr("value"));
            }
        }
    }

    /// mod_conference splits `conference-flags` at `|`.
    fn note_profile_param(
        &mut self,
        profile: Option<&str>,
        name: Option<&str>,
        value: Option<&str>,
    ) {
        if let (Some(p), Some("conference-flags"), Some(v)) = (profile, name, value) {
            if v.split('|').any(|f| f.trim() == "wait-mod") {
                self.wait_mod_types.insert(p.to_string());
            }
        }
    }

    /// A user as FreeSWITCH presents it: `$${var}` expanded.
    pub fn present(&self, u: &User) -> UserView {
        UserView {
            id: u.id.to_string(),
            password: expand(&u.password, &self.vars),
            conpin: expand(&u.conpin, &self.vars),
            context: expand(&u.context, &self.vars),
            name: expand(&u.name, &self.vars),
            email: expand(&u.email, &self.vars),
            polymac: expand(&u.polymac, &self.vars),
        }
    }

    pub fn user(&self, id: UserId) -> Option<&User> {
        self.users
            .binary_search_by_key(&id, |u| u.id)
            .ok()
            .map(|i| &self.users[i])
    }

    pub fn conference(&self, num: ConfNum) -> Option<&Conference> {
        self.conferences
            .binary_search_by_key(&num, |c| c.num)
            .ok()
            .map(|i| &self.conferences[i])
    }
}

#[derive(Default)]
struct PartialUser {
    id: Option<String>,
    password: Option<String>,
    conpin: Option<String>,
    context: Option<String>,
    name: Option<String>,
    email: Option<String>,
    polymac: Option<String>,
    conf_flags: Option<String>,
}

impl PartialUser {
    fn set(&mut self, kind: &str, name: &str, value: &str) {
        let slot = match (kind, name) {
            ("param", "password") => &mut self.password,
            ("variable", "conpin") => &mut self.conpin,
            ("variable", "user_context") => &mut self.context,
            ("variable", "effective_caller_id_name") => &mut self.name,
            ("variable", "verto_dvar_email") => &mut self.email,
            ("variable", "polymac") => &mut self.polymac,
            ("variable", "conf_flags") => &mut self.conf_flags,
            _ => return,
        };
        *slot = Some(value.to_string());
    }
}

/// `$${name}` as FreeSWITCH's pre-processor expands it (`fsvars`): an
/// unknown variable is nothing. The variables only the running switch
/// knows (its addresses, its dirs) stay as written: the reader cannot know
/// their values.
pub fn expand(s: &str, vars: &BTreeMap<String, String>) -> String {
    fsconn_esl::fsvars::expand(s, |name| match vars.get(name) {
        Some(v) => Some(v.clone()),
        None if fsconn_esl::fsvars::CORE_GLOBALS.contains(&name) => Some(format!("$${{{name}}}")),
        None => None,
    })
}

/// The `*.xml` files of a dir, sorted by name (the order FreeSWITCH's glob
/// include uses); a missing dir is empty.
pub fn xml_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let rd = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(dir, e)),
    };
    let mut files = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.ends_with(".xml") && !name.starts_with('.') {
            files.push(entry.path());
        }
    }
    files.sort();
    Ok(files)
}

/// A conference extension as read so far: its name, number expression, the
/// `set` actions before the `conference` action and whether a condition on
/// `${conf_flags}` mutes callers that are not moderators.
#[derive(Default)]
pub struct ExtRead {
    pub name: String,
    pub expr: Option<String>,
    pub sets: Vec<(String, String)>,
    pub mutes: bool,
}

/// Each conference extension of a dialplan file with the data of its
/// `conference` action, as mod_dialplan_xml would run it for a caller.
pub fn scan_conferences(els: &[xml::Element]) -> Vec<(ExtRead, String)> {
    let mut out = Vec::new();
    let mut ext: Option<ExtRead> = None;
    let mut guard_field: Option<String> = None;
    for el in els {
        match el.name.as_str() {
            "extension" => {
                ext = el.attr("name").map(|n| ExtRead {
                    name: n.to_string(),
                    ..ExtRead::default()
                })
            }
            "condition" => {
                guard_field = el.attr("field").map(str::to_string);
                if let (Some(e), Some("destination_number"), Some(x)) =
                    (ext.as_mut(), el.attr("field"), el.attr("expression"))
                {
                    e.expr = Some(x.to_string());
                }
            }
            "action" | "anti-action" => {
                let app = el.attr("application");
                let data = el.attr("data").unwrap_or("");
                if app == Some("conference") && el.name == "action" {
                    if let Some(e) = ext.take() {
                        out.push((e, data.to_string()));
                    }
                } else if let (Some(e), Some("set")) = (ext.as_mut(), app) {
                    e.note_set(el.name == "anti-action", guard_field.as_deref(), data);
                }
            }
            _ => {}
        }
    }
    out
}

impl ExtRead {
    /// The conference settings this extension gives its callers.
    pub fn settings(&self, data: &str) -> crate::confsettings::ConferenceSettings {
        crate::confsettings::ConferenceSettings::from_dialplan(
            &self.sets,
            pin_part(data),
            self.mutes,
        )
    }

    fn note_set(&mut self, anti: bool, field: Option<&str>, data: &str) {
        let Some((k, v)) = data.split_once('=') else {
            return;
        };
        if anti {
            if field == Some("${conf_flags}") && k == "conference_member_flags" && v == "mute" {
                self.mutes = true;
            }
        } else {
            self.sets.push((k.to_string(), v.to_string()));
        }
    }
}

/// The PIN part of a `conference` action's data (`name@profile+PIN+flags{..}`).
fn pin_part(data: &str) -> &str {
    let head = data.find("+flags{").map_or(data, |i| &data[..i]);
    head.split_once('+').map_or("", |(_, pin)| pin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expands_known_variables_only() {
        let mut v = BTreeMap::new();
        v.insert("modconpin".to_string(), "2357".to_string());
        assert_eq!(expand("$${modconpin}", &v), "2357");
        assert_eq!(expand("a$${x}b$${modconpin}", &v), "ab2357");
        assert_eq!(expand("$${local_ip_v4}", &v), "$${local_ip_v4}");
        assert_eq!(expand("$${open", &v), "$${open");
        assert_eq!(expand("plain", &v), "plain");
    }

    #[test]
    fn a_profile_with_the_wait_mod_flag_is_noted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("conference.conf.xml");
        std::fs::write(
            &path,
            r#"<configuration name="conference.conf"><profiles>
  <profile name="plain"><param name="rate" value="16000"/></profile>
  <profile name="meeting"><param name="conference-flags" value="audio-always|wait-mod"/></profile>
  <profile name="other"><param name="conference-flags" value="wait-modx"/></profile>
</profiles></configuration>"#,
        )
        .unwrap();
        let mut st = State::default();
        st.load_conftypes(&path);
        assert_eq!(st.conftypes, ["plain", "meeting", "other"]);
        assert_eq!(st.wait_mod_types.iter().collect::<Vec<_>>(), ["meeting"]);
    }
}
