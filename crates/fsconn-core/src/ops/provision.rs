//! Phone provisioning in the static dir (behavior-notes.md section 5).
//!
//! Every user gets `linphone/<id>/linphone.xml`; a user with a Polycom MAC also
//! gets `polycom/<mac>/<mac>.cfg`, `allprov.cfg` and `<mac>-directory.xml`.
//! A user's contacts are the conferences their context may see. The files are
//! planned into the same transaction as the config change that caused them, so
//! a rejected reload rolls them back too.

use super::Ops;
use crate::error::Result;
use crate::fsconf::State;
use crate::fsio::{Access, Transaction};
use crate::model::{ConferenceView, User};
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use quick_xml::events::Event;
use quick_xml::Reader;
use std::path::{Path, PathBuf};

/// Where provisioning files live below the static dir.
pub struct StaticLayout<'a> {
    pub root: &'a Path,
}

impl StaticLayout<'_> {
    pub fn linphone_dir(&self, id: &str) -> PathBuf {
        self.root.join("linphone").join(id)
    }
    pub fn linphone(&self, id: &str) -> PathBuf {
        self.linphone_dir(id).join("linphone.xml")
    }
    pub fn polycom_dir(&self, mac: &str) -> PathBuf {
        self.root.join("polycom").join(mac)
    }
    /// The three generated Polycom files of `mac`.
    pub fn polycom_files(&self, mac: &str) -> [PathBuf; 3] {
        let d = self.polycom_dir(mac);
        [
            d.join(format!("{mac}.cfg")),
            d.join("allprov.cfg"),
            d.join(format!("{mac}-directory.xml")),
        ]
    }
    /// Shared firmware and language trees.
    pub fn polycom_ucs(&self) -> PathBuf {
        self.root.join("polycom").join("ucs")
    }
}

/// The TLS port phones register on: FreeSWITCH's `internal_tls_port` as in
/// `vars.xml` (when the switch cannot be asked).
pub fn tls_port(state: &State) -> String {
    state
        .vars
        .get("internal_tls_port")
        .cloned()
        .unwrap_or_else(|| "5061".into())
}

/// Conferences a user of `context` may see, for contact lists.
pub fn visible_conferences(ops: &Ops, state: &State, context: &str) -> Vec<ConferenceView> {
    let Some(me) = ops.settings.context(context) else {
        return Vec::new();
    };
    state
        .conferences
        .iter()
        .filter(|c| ops.settings.context(&c.context).is_some_and(|o| me.sees(o)))
        .map(ConferenceView::from)
        .collect()
}

/// Items a phone user added to the Polycom directory (no `server`
/// attribute): each a list of (element, text), kept across rebuilds.
pub fn own_directory_items(xml: &str) -> Vec<Vec<(String, String)>> {
    let mut reader = Reader::from_str(xml);
    let mut items = Vec::new();
    let mut current: Option<Vec<(String, String)>> = None;
    let mut field: Option<String> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                if name == "item" {
                    let server = e
                        .attributes()
                        .flatten()
                        .any(|a| a.key.as_ref() == b"server");
                    current = (!server).then(Vec::new);
                } else if current.is_some() && plain_name(&name) {
                    field = Some(name);
                }
            }
            Ok(Event::Empty(e)) => {
                if let Some(cur) = current.as_mut() {
                    let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                    if plain_name(&name) {
                        cur.push((name, String::new()));
                    }
                }
            }
            Ok(Event::Text(t)) => {
                if let (Some(cur), Some(f)) = (current.as_mut(), field.take()) {
                    // A phone wrote this file: keep only what XML can hold,
                    // or one bad entry would block every rebuild.
                    let text = t
                        .unescape()
                        .map(|c| {
                            c.chars()
                                .filter(|c| crate::model::is_xml_char(*c))
                                .collect()
                        })
                        .unwrap_or_default();
                    cur.push((f, text));
                }
            }
            Ok(Event::End(e)) => {
                if e.name().as_ref() == b"item" {
                    if let Some(cur) = current.take() {
                        if !cur.is_empty() {
                            items.push(cur);
                        }
                    }
                } else if let (Some(cur), Some(f)) = (current.as_mut(), field.take()) {
                    // <fn></fn>: an empty field.
                    cur.push((f, String::new()));
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    items
}

/// An element name that is written back as-is (Polycom's are `fn`, `ct`, ...).
fn plain_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

fn userinfo(s: &str) -> String {
    utf8_percent_encode(s, NON_ALPHANUMERIC).to_string()
}

impl Ops {
    /// The TLS port for provisioning: what the running switch reports
    /// (`global_getvar internal_tls_port`, the value `/userinfo` shows) when
    /// it can be asked, else `vars.xml`'s. Asked at most every few seconds,
    /// not once per user.
    pub fn phone_tls_port(&self, state: &State) -> String {
        let fresh = std::time::Duration::from_secs(5);
        let mut cached = match self.switch_tls_port.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        let known = cached
            .as_ref()
            .filter(|(at, _)| at.elapsed() < fresh)
            .map(|(_, v)| v.clone());
        let from_switch = match known {
            Some(v) => v,
            None => {
                let v = self
                    .reloader
                    .as_ref()
                    .and_then(|r| r.global("internal_tls_port"));
                *cached = Some((std::time::Instant::now(), v.clone()));
                v
            }
        };
        from_switch.unwrap_or_else(|| tls_port(state))
    }

    fn provisioning_context(&self, state: &State, u: &User) -> tera::Context {
        let view = state.present(u);
        let mut c = tera::Context::new();
        c.insert("id", &view.id);
        c.insert("name", &view.name);
        c.insert("password", &view.password);
        c.insert("url_name", &userinfo(&view.name));
        c.insert("url_password", &userinfo(&view.password));
        c.insert("host", &self.settings.hostname);
        c.insert("tls_port", &self.phone_tls_port(state));
        c.insert("mac", &view.polymac);
        let contacts: Vec<serde_json::Value> = visible_conferences(self, state, &view.context)
            .into_iter()
            .map(|v| serde_json::json!({"num": v.num, "name": v.name, "type": v.conftype}))
            .collect();
        c.insert("contacts", &contacts);
        c
    }

    /// Plan all provisioning files of `u`.
    pub(crate) fn plan_provisioning(
        &self,
        state: &State,
        u: &User,
        txn: &mut Transaction,
    ) -> Result<()> {
        let layout = StaticLayout {
            root: &self.settings.static_dir,
        };
        let id = u.id.to_string();
        let mut ctx = self.provisioning_context(state, u);
        txn.write_as(
            layout.linphone(&id),
            self.templates.render("linphone.xml", &ctx)?.into_bytes(),
            Access::Private,
        );
        if u.polymac != "none" {
            let [master, allprov, directory] = layout.polycom_files(&u.polymac);
            let own = std::fs::read_to_string(&directory)
                .map(|x| own_directory_items(&x))
                .unwrap_or_default();
            ctx.insert("own_items", &own);
            txn.write_as(
                master,
                self.templates
                    .render("polycom-master.cfg", &ctx)?
                    .into_bytes(),
                Access::Private,
            );
            txn.write_as(
                allprov,
                self.templates
                    .render("polycom-allprov.cfg", &ctx)?
                    .into_bytes(),
                Access::Private,
            );
            txn.write_as(
                directory,
                self.templates
                    .render("polycom-directory.xml", &ctx)?
                    .into_bytes(),
                Access::Private,
            );
        }
        Ok(())
    }

    /// Plan the removal of provisioning files `u` had. Files a phone
    /// uploaded into its MAC dir stay.
    pub(crate) fn plan_unprovision(&self, u: &User, txn: &mut Transaction) {
        let layout = StaticLayout {
            root: &self.settings.static_dir,
        };
        let id = u.id.to_string();
        txn.remove(layout.linphone(&id));
        txn.prune_dir(layout.linphone_dir(&id));
        if u.polymac != "none" {
            for f in layout.polycom_files(&u.polymac) {
                txn.remove(f);
            }
            txn.prune_dir(layout.polycom_dir(&u.polymac));
        }
    }

    /// Plan the removal of provisioning left by users that no longer exist
    /// (deleted by hand, or gone with a restored directory): `linphone/<id>`
    /// of unknown ids, the generated files of `polycom/<mac>` no user has.
    /// Files a phone uploaded, and `polycom/ucs`, stay.
    pub(crate) fn plan_stale_provisioning(&self, state: &State, txn: &mut Transaction) {
        let layout = StaticLayout {
            root: &self.settings.static_dir,
        };
        let subdirs = |dir: PathBuf| -> Vec<String> {
            std::fs::read_dir(dir)
                .map(|rd| {
                    rd.flatten()
                        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                        .filter_map(|e| e.file_name().into_string().ok())
                        .collect()
                })
                .unwrap_or_default()
        };
        let ids: Vec<String> = state.users.iter().map(|u| u.id.to_string()).collect();
        for id in subdirs(self.settings.static_dir.join("linphone")) {
            if !ids.contains(&id) {
                if layout.linphone(&id).is_file() {
                    txn.remove(layout.linphone(&id));
                }
                txn.prune_dir(layout.linphone_dir(&id));
            }
        }
        let macs: Vec<&str> = state.users.iter().map(|u| u.polymac.as_str()).collect();
        for mac in subdirs(self.settings.static_dir.join("polycom")) {
            if mac != "ucs" && !macs.contains(&mac.as_str()) {
                for f in layout.polycom_files(&mac) {
                    if f.is_file() {
                        txn.remove(f);
                    }
                }
                txn.prune_dir(layout.polycom_dir(&mac));
            }
        }
    }

    /// Contact lists of every user (after a conference change).
    pub(crate) fn plan_all_contacts(&self, state: &State, txn: &mut Transaction) -> Result<()> {
        for u in &state.users {
            self.plan_provisioning(state, u, txn)?;
        }
        Ok(())
    }
}

/// Bytes in the regular files of `dir`, `except` one name.
fn dir_bytes(dir: &Path, except: &str) -> u64 {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return 0;
    };
    rd.flatten()
        .filter(|e| e.file_name() != except)
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

/// Store a file a phone uploaded into its own dir. Logs (`*.log`) are
/// appended, and a log that would outgrow `serve.phone_file_max` keeps its
/// newest bytes; other files are replaced. The answer is `Err(why)` when
/// the upload breaks a limit (nothing is written then).
pub fn store_phone_file(
    settings: &crate::settings::Settings,
    dir: &Path,
    name: &str,
    body: &[u8],
) -> Result<std::result::Result<(), String>> {
    use crate::error::Error;
    let (file_max, dir_max) = (settings.phone_file_max, settings.phone_dir_max);
    if body.len() as u64 > file_max {
        return Ok(Err(format!(
            "{name}: {} bytes is more than a phone may upload in one file (serve.phone_file_max = {file_max})",
            body.len()
        )));
    }
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let path = dir.join(name);
    let old = std::fs::symlink_metadata(&path)
        .ok()
        .filter(|m| m.is_file())
        .map_or(0, |m| m.len());
    let append = name.ends_with(".log");
    let size = if append {
        old + body.len() as u64
    } else {
        body.len() as u64
    };
    let kept = size.min(file_max);
    if dir_bytes(dir, name) + kept > dir_max {
        return Ok(Err(format!(
            "{name}: the phone's files would take more than serve.phone_dir_max = {dir_max} bytes"
        )));
    }
    let io = |e| Error::io(&path, e);
    if append && size <= file_max {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o640)
            .custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32)
            .open(&path)
            .and_then(|mut f| f.write_all(body))
            .map_err(io)?;
    } else if append {
        // The newest `file_max` bytes of the old log and the upload.
        let old_bytes = std::fs::read(&path).map_err(io)?;
        let mut all = old_bytes;
        all.extend_from_slice(body);
        let start = all.len().saturating_sub(kept as usize);
        crate::fsio::write_atomic_as(&path, &all[start..], crate::fsio::Access::Private)?;
    } else {
        crate::fsio::write_atomic_as(&path, body, crate::fsio::Access::Private)?;
    }
    Ok(Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_directory_items_are_found() {
        let xml = r#"<directory><item_list>
            <item server="yes"><fn>team</fn><ln>16kHz</ln><ct>30000</ct></item>
            <item><fn>Mum &amp; Dad</fn><ln></ln><ct>0123</ct><sd>2</sd></item>
        </item_list></directory>"#;
        let items = own_directory_items(xml);
        assert_eq!(items.len(), 1);
        assert_eq!(items[0][0], ("fn".to_string(), "Mum & Dad".to_string()));
        assert_eq!(items[0][1], ("ln".to_string(), String::new()));
        assert_eq!(items[0][3], ("sd".to_string(), "2".to_string()));
    }
}
