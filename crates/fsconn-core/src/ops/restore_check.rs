//! What a restored tree must hold before it may replace the live one.
//!
//! `unpack` guarantees that an archive only made files inside the staging
//! dir; this decides whether those files are ones FreeSWITCH will load and
//! fsconn could have written. A file FreeSWITCH cannot parse makes the whole
//! reload fail (and a switch that restarts then has no directory at all),
//! and a value fsconn could not have written (a password with a newline, a
//! conference name that splits a command) is one every other rule of fsconn
//! assumes away. So the staging dir is checked as strictly as `users add`
//! and `conferences add` check their input, before anything is swapped:
//! - every name in the tree is printable (shown escaped when it is not);
//! - every `.xml` file is well-formed XML 1.0: only characters XML 1.0
//!   allows (also through `&#...;`), one root, every element closed;
//! - user files (`directory/<context>/*.xml`) hold one `<user>` whose `id`
//!   is the file's name and in the context's range, with a password param;
//!   conference files (`dialplan/conferences/*.xml`) one extension matching
//!   `^<file name>$` that runs `conference`;
//! - the values, read back as fsconn reads them, pass the checks of `ops`.

use super::store::Target;
use super::unpack::Refusal;
use crate::fsconf::xml::{self, Element};
use crate::fsconf::State;
use crate::model::{self, ConfName, PolyMac, User};
use crate::settings::{ContextDef, Settings};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Whether a character may appear in a file name fsconn shows or writes:
/// no control characters, nothing XML 1.0 refuses, no invisible format
/// characters that change how a listing reads (bidi overrides, zero width).
pub fn printable(c: char) -> bool {
    let invisible = matches!(c as u32,
        0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFEFF | 0xAD);
    !c.is_control() && model::is_xml_char(c) && !invisible
}

/// A path as it may be printed on a terminal or in a log: as it is when
/// every character is printable, else quoted with escapes (`"a\u{1b}b"`).
pub fn shown(p: &Path) -> String {
    let s = p.to_string_lossy();
    if p.to_str().is_some() && s.chars().all(printable) {
        s.into_owned()
    } else {
        format!("{s:?}")
    }
}

/// An entry's name (or a link's target): UTF-8, every character printable.
pub fn check_name(what: &str, raw: &Path) -> Result<(), Refusal> {
    let Some(s) = raw.to_str() else {
        return Err(format!("{}: {what} is not UTF-8", shown(raw)));
    };
    match s.chars().find(|c| !printable(*c)) {
        Some(c) => Err(format!(
            "{}: {what} holds U+{:04X} (control and invisible characters are not allowed in names)",
            shown(raw),
            c as u32
        )),
        None => Ok(()),
    }
}

/// The first character XML 1.0 does not allow, with its line.
fn bad_char(text: &str) -> Option<(usize, char)> {
    let mut line = 1;
    for c in text.chars() {
        if c == '\n' {
            line += 1;
        } else if !model::is_xml_char(c) {
            return Some((line, c));
        }
    }
    None
}

/// The first character reference (`&#...;`) to a character XML 1.0 does
/// not allow: the parser would hand it on as the character itself.
fn bad_reference(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some(at) = rest.find("&#") {
        rest = &rest[at + 2..];
        let end = rest.find(';').unwrap_or(rest.len());
        let body = &rest[..end];
        let n = match body.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => body.parse::<u32>().ok(),
        };
        if !n.and_then(char::from_u32).is_some_and(model::is_xml_char) {
            return Some(format!("&#{body};"));
        }
    }
    None
}

/// A `.xml` file of the tree: well-formed XML 1.0, as its elements.
fn xml_file(name: &str, bytes: &[u8]) -> Result<Vec<Element>, Refusal> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| format!("{name}: not UTF-8 (FreeSWITCH reads its XML as UTF-8)"))?;
    if let Some((line, c)) = bad_char(text) {
        return Err(format!(
            "{name}: line {line}: U+{:04X} is not allowed in XML 1.0",
            c as u32
        ));
    }
    if let Some(r) = bad_reference(text) {
        return Err(format!(
            "{name}: {r} refers to a character XML 1.0 does not allow"
        ));
    }
    xml::elements(bytes).map_err(|e| format!("{name}: not well-formed XML: {e}"))
}

/// fsconn never writes a control character into a user or conference file
/// (`check_text`); FreeSWITCH's pre-processor and SIP headers are line based.
fn no_controls(name: &str, els: &[Element]) -> Result<(), Refusal> {
    for el in els {
        if let Some((k, _)) = el
            .attrs
            .iter()
            .find(|(_, v)| v.chars().any(char::is_control))
        {
            return Err(format!(
                "{name}: <{}> {k}: control characters are not allowed in values",
                el.name
            ));
        }
    }
    Ok(())
}

/// Whether restoring `target` replaces the users (`directory/`) and the
/// conferences (`dialplan/conferences/`).
fn covers(target: Target) -> (bool, bool) {
    match target {
        Target::Freeswitch => (true, true),
        Target::Directory => (true, false),
        Target::Dialplan | Target::Conferences => (false, true),
    }
}

/// The tree's path inside the config dir (`directory`, `dialplan/...`).
pub fn target_rel(target: Target) -> PathBuf {
    match target {
        Target::Freeswitch => PathBuf::new(),
        Target::Dialplan => PathBuf::from("dialplan"),
        Target::Conferences => PathBuf::from("dialplan/conferences"),
        Target::Directory => PathBuf::from("directory"),
    }
}

/// Every name below `staging` printable, every `.xml` file well-formed
/// XML 1.0.
pub fn check_files(staging: &Path) -> Result<(), Refusal> {
    let mut files = Vec::new();
    collect(staging, Path::new(""), &mut files)?;
    for rel in files {
        let path = staging.join(&rel);
        let is_file = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file());
        if is_file && rel.extension().is_some_and(|e| e == "xml") {
            let name = shown(&rel);
            let bytes = std::fs::read(&path).map_err(|e| format!("{name}: {e}"))?;
            xml_file(&name, &bytes)?;
        }
    }
    Ok(())
}

/// The user and conference files of the restored tree as fsconn and
/// FreeSWITCH load them (through `root`, the overlay: links followed, the
/// same `*.xml` glob): one `<user>` or extension each, as fsconn writes it.
pub fn check_structure(root: &Path, target: Target, settings: &Settings) -> Result<(), Refusal> {
    let (users, conferences) = covers(target);
    let glob = |dir: &Path| crate::fsconf::xml_files(dir).map_err(|e| e.to_string());
    let read = |path: &Path| -> Result<(String, String, Vec<Element>), Refusal> {
        let name = shown(path.strip_prefix(root).unwrap_or(path));
        let bytes = std::fs::read(path).map_err(|e| format!("{name}: {e}"))?;
        let els = xml_file(&name, &bytes)?;
        no_controls(&name, &els)?;
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        Ok((name, stem.to_string(), els))
    };
    for ctx in settings.contexts.iter().filter(|_| users) {
        for path in glob(&root.join("directory").join(&ctx.name))? {
            let (name, stem, els) = read(&path)?;
            user_file(&name, &stem, &els, ctx)?;
        }
    }
    if conferences {
        for path in glob(&root.join("dialplan/conferences"))? {
            let (name, stem, els) = read(&path)?;
            conference_file(&name, &stem, &els)?;
        }
    }
    Ok(())
}

/// Every path below `dir` (relative), names checked on the way.
fn collect(dir: &Path, rel: &Path, out: &mut Vec<PathBuf>) -> Result<(), Refusal> {
    let rd = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", shown(rel)))?;
    let mut entries: Vec<_> = rd.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let rel = rel.join(e.file_name());
        check_name("the name", &rel)?;
        if e.file_type().is_ok_and(|t| t.is_dir()) {
            collect(&e.path(), &rel, out)?;
        }
        out.push(rel);
    }
    Ok(())
}

/// The elements inside `els[i]`.
fn inside(els: &[Element], i: usize) -> impl Iterator<Item = &Element> {
    let depth = els[i].depth;
    els[i + 1..].iter().take_while(move |e| e.depth > depth)
}

fn user_file(name: &str, stem: &str, els: &[Element], ctx: &ContextDef) -> Result<(), Refusal> {
    let users: Vec<usize> = (0..els.len()).filter(|&i| els[i].name == "user").collect();
    let i = match users.as_slice() {
        [i] => *i,
        [] => return Err(format!("{name}: holds no <user>")),
        _ => return Err(format!("{name}: holds more than one <user>")),
    };
    let id = els[i]
        .attr("id")
        .ok_or_else(|| format!("{name}: <user> has no id"))?;
    if id != stem {
        return Err(format!(
            "{name}: <user id={id:?}> does not match the file name"
        ));
    }
    let n = id
        .parse::<model::UserId>()
        .map_err(|e| format!("{name}: user {e}"))?;
    if !ctx.users.contains(n.0) {
        return Err(format!(
            "{name}: id {id} is outside the {} range {}",
            ctx.name,
            String::from(ctx.users)
        ));
    }
    let password = inside(els, i).any(|e| {
        e.name == "param" && e.attr("name") == Some("password") && e.attr("value").is_some()
    });
    if !password {
        return Err(format!(
            "{name}: <user id={id:?}> has no <param name=\"password\" value=...>"
        ));
    }
    Ok(())
}

fn conference_file(name: &str, stem: &str, els: &[Element]) -> Result<(), Refusal> {
    let exts: Vec<usize> = (0..els.len())
        .filter(|&i| els[i].name == "extension")
        .collect();
    let i = match exts.as_slice() {
        [i] => *i,
        [] => return Err(format!("{name}: holds no <extension>")),
        _ => return Err(format!("{name}: holds more than one <extension>")),
    };
    if els[i].attr("name").is_none() {
        return Err(format!("{name}: <extension> has no name"));
    }
    let expected = format!("^{stem}$");
    let matches = inside(els, i).any(|e| {
        e.name == "condition"
            && e.attr("field") == Some("destination_number")
            && e.attr("expression") == Some(expected.as_str())
    });
    if !matches {
        return Err(format!(
            "{name}: no <condition field=\"destination_number\" expression={expected:?}>"
        ));
    }
    let runs =
        inside(els, i).any(|e| e.name == "action" && e.attr("application") == Some("conference"));
    if !runs {
        return Err(format!("{name}: no <action application=\"conference\">"));
    }
    Ok(())
}

/// The restored tree as fsconn reads it (loaded from an overlay of the
/// staging dir): nothing skipped, and every value one fsconn could have
/// written. `root` is the overlay, for showing paths relative to it.
pub fn check_state(
    state: &State,
    target: Target,
    settings: &Settings,
    root: &Path,
) -> Result<(), Refusal> {
    let restored = root.join(target_rel(target));
    let ours = state
        .warnings
        .iter()
        .find(|w| w.path.starts_with(&restored));
    if let Some(w) = ours {
        let rel = w.path.strip_prefix(root).unwrap_or(&w.path);
        return Err(format!("{}: {}", shown(rel), w.message));
    }
    let (users, conferences) = covers(target);
    if users {
        user_values_all(state, settings, root)?;
    }
    if conferences {
        for c in &state.conferences {
            conference_values(c, state, settings).map_err(|why| {
                let file = state
                    .conference_files
                    .get(&c.num)
                    .map(|p| shown(p.strip_prefix(root).unwrap_or(p)))
                    .unwrap_or_default();
                format!("{file}: conference {}: {why}", c.num)
            })?;
        }
    }
    Ok(())
}

/// Every user's values, and no name or phone twice.
fn user_values_all(state: &State, settings: &Settings, root: &Path) -> Result<(), Refusal> {
    let mut names = BTreeMap::new();
    let mut macs = BTreeMap::new();
    for u in &state.users {
        let path = state.user_files.get(&u.id);
        let file = path
            .map(|p| shown(p.strip_prefix(root).unwrap_or(p)))
            .unwrap_or_default();
        let dir = path
            .and_then(|p| p.parent()?.file_name()?.to_str())
            .unwrap_or("");
        user_values(u, dir, settings).map_err(|why| format!("{file}: user {}: {why}", u.id))?;
        if let Some(other) = names.insert(u.name.clone(), u.id) {
            return Err(format!(
                "{file}: user {}: name {:?} is also user {other}'s",
                u.id, u.name
            ));
        }
        if u.polymac != "none" {
            if let Some(other) = macs.insert(u.polymac.clone(), u.id) {
                return Err(format!(
                    "{file}: user {}: polymac {} is also user {other}'s",
                    u.id, u.polymac
                ));
            }
        }
    }
    Ok(())
}

/// `$${name}`: a pre-processor variable, as fsconn writes context defaults.
fn is_variable(v: &str) -> bool {
    v.strip_prefix("$${")
        .and_then(|r| r.strip_suffix('}'))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
}

/// One user's values as `users add`/`mod` check them; `dir` is the
/// context dir the file is in (fsconn writes `user_context` to match).
fn user_values(u: &User, dir: &str, settings: &Settings) -> Result<(), String> {
    model::check_password(&u.password)?;
    if !is_variable(&u.conpin) {
        model::check_conpin(&u.conpin)?;
    }
    if u.context != dir || settings.context(&u.context).is_none() {
        return Err(format!(
            "user_context {:?} is not this dir's context ({dir})",
            u.context
        ));
    }
    model::check_user_name(&u.name)?;
    if !model::is_email(&u.email) {
        return Err(format!("email {:?} is not an email address", u.email));
    }
    model::check_text("email", &u.email, 254)?;
    let mac = PolyMac::parse(&u.polymac)?;
    if mac.as_str() != u.polymac {
        return Err(format!(
            "polymac {:?} is not written as fsconn writes it ({})",
            u.polymac,
            mac.as_str()
        ));
    }
    if let Some(flags) = &u.conf_flags {
        let ok = !flags.is_empty()
            && flags
                .split('|')
                .all(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
        if !ok {
            return Err(format!(
                "conf_flags {flags:?} must be flag names separated by '|'"
            ));
        }
    }
    Ok(())
}

fn conference_values(
    c: &crate::model::Conference,
    state: &State,
    settings: &Settings,
) -> Result<(), String> {
    ConfName::parse(&c.name)?;
    if !state.conftypes.contains(&c.conftype) {
        return Err(format!(
            "type {:?} is not a profile of conference.conf.xml",
            c.conftype
        ));
    }
    if settings.context_of_conference(c.num.0).is_none() {
        return Err(format!("number {} is in no context's range", c.num));
    }
    Ok(())
}

/// A config dir that reads like the live one with the staging dir in the
/// place of `target`: symlinks to everything else, so `State::load` sees
/// the tree the restore would make. The whole config dir needs none.
pub struct Overlay {
    _dir: Option<tempfile::TempDir>,
    pub root: PathBuf,
}

impl Overlay {
    pub fn new(conf_dir: &Path, target: Target, staging: &Path) -> std::io::Result<Overlay> {
        let rel = target_rel(target);
        let parts: Vec<_> = rel.components().map(|c| c.as_os_str().to_owned()).collect();
        let Some((last, parents)) = parts.split_last() else {
            return Ok(Overlay {
                _dir: None,
                root: staging.to_path_buf(),
            });
        };
        let tmp = tempfile::Builder::new()
            .prefix("fsconn-overlay-")
            .tempdir()?;
        let (mut real, mut made) = (conf_dir.to_path_buf(), tmp.path().to_path_buf());
        for next in parents.iter().chain(std::iter::once(last)) {
            if let Ok(rd) = std::fs::read_dir(&real) {
                for e in rd.flatten().filter(|e| e.file_name() != *next) {
                    std::os::unix::fs::symlink(e.path(), made.join(e.file_name()))?;
                }
            }
            real.push(next);
            made.push(next);
            if next != last {
                std::fs::create_dir(&made)?;
            }
        }
        std::os::unix::fs::symlink(staging.canonicalize()?, &made)?;
        Ok(Overlay {
            root: tmp.path().to_path_buf(),
            _dir: Some(tmp),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_controls_or_invisible_characters_are_refused_and_escaped() {
        assert!(check_name("the name", Path::new("team/20000.xml")).is_ok());
        let esc = check_name("the name", Path::new("team/a\u{1b}[31mb.xml")).unwrap_err();
        assert!(esc.contains("\\u{1b}") && !esc.contains('\u{1b}'), "{esc}");
        assert!(check_name("the name", Path::new("a\nb")).is_err());
        assert!(check_name("the name", Path::new("a\u{202e}lmx.exe")).is_err());
        assert_eq!(shown(Path::new("a\tb")), "\"a\\tb\"");
    }

    #[test]
    fn xml_1_0_characters_and_references() {
        assert!(xml_file("f", "<a b=\"\u{ffff}\"/>".as_bytes()).is_err());
        assert!(xml_file("f", b"<a b=\"&#xFFFF;\"/>").is_err());
        assert!(xml_file("f", b"<a>&#1;</a>").is_err());
        let els = xml_file("f", b"<a b=\"&#10;\"/>").unwrap();
        assert!(no_controls("f", &els).is_err());
        assert!(xml_file("f", b"<a b=\"&#233;\"/>").is_ok());
        assert!(xml_file("f", b"<include><user id=\"1\"></include>").is_err());
    }

    #[test]
    fn variables_are_whole_names() {
        assert!(is_variable("$${modconpin}"));
        assert!(!is_variable("$${a}b"));
        assert!(!is_variable("$${}"));
        assert!(!is_variable("${x}"));
    }
}
