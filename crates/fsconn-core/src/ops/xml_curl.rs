//! The answers to FreeSWITCH's `mod_xml_curl`: a cluster node fetches its
//! directory and dialplan from fsconn instead of reading files, so every
//! node sees the same users and conferences, and a user deleted or re-keyed
//! is refused by the next lookup without a `reloadxml` (docs/xml-curl.md).
//!
//! An answer is built from the store at request time: the user's or
//! conference's own file is read then (not a cached tree), rendered with the
//! same template file mode writes, and put where FreeSWITCH would find it
//! when reading the files: the user inside its domain (the domain's params
//! and its group, from `directory/*.xml`), the conference's extension inside
//! its context (the other extensions of `dialplan/*.xml`). FreeSWITCH ignores
//! a bare `<user>` (see docs/xml-curl.md), so only this full shape works.
//! `$${var}` stays as written: the switch expands it, as it does for files.
//! Anything fsconn does not own answers FreeSWITCH's documented "not found",
//! after which the node falls back to its own files.

use super::Ops;
use crate::error::{Error, Result};
use crate::fsconf::{self, xml_files, Layout, State};
use crate::model::{ConfNum, UserId};
use crate::render::escape_xml;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

/// What mod_xml_curl understands as "nothing here" (the switch then looks
/// in its own files).
pub const NOT_FOUND: &str = "<document type=\"freeswitch/xml\">\n  <section name=\"result\">\n    <result status=\"not found\"/>\n  </section>\n</document>\n";

/// The form fields of one request, in the order sent (FreeSWITCH sends
/// `hostname, section, tag_name, key_name, key_value`, then the event's
/// headers; some names come twice, the first counts).
#[derive(Debug, Clone, Default)]
pub struct XmlCurlRequest {
    fields: Vec<(String, String)>,
}

/// What a request asks for, as far as fsconn answers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// `section=directory`, `tag_name=domain`, `key_name=name` with a
    /// `user` (REGISTER/INVITE auth, `user_exists`, `user_data`).
    User { domain: String, user: String },
    /// `section=dialplan`: the number dialled in the context the call is
    /// routed in (`Hunt-*`, else `Caller-*`).
    Dialplan { context: String, number: String },
    /// Everything else (configuration, domain-only directory lookups,
    /// gateways): not fsconn's.
    Other,
}

/// The answer's body, and whether it found anything (for metrics).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum XmlCurlAnswer {
    NotFound,
    Found(String),
}

impl XmlCurlAnswer {
    pub fn body(&self) -> &str {
        match self {
            XmlCurlAnswer::NotFound => NOT_FOUND,
            XmlCurlAnswer::Found(s) => s,
        }
    }
}

impl XmlCurlRequest {
    /// An `application/x-www-form-urlencoded` body.
    pub fn from_form(body: &[u8]) -> XmlCurlRequest {
        XmlCurlRequest {
            fields: url::form_urlencoded::parse(body).into_owned().collect(),
        }
    }

    pub fn from_fields(fields: Vec<(String, String)>) -> XmlCurlRequest {
        XmlCurlRequest { fields }
    }

    /// The first value of `name`, if present and not empty.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    }

    /// The node's name as it says it (`hostname`), for logs.
    pub fn hostname(&self) -> &str {
        self.field("hostname").unwrap_or("")
    }

    pub fn lookup(&self) -> Lookup {
        match self.field("section") {
            Some("directory") => self.directory_lookup(),
            Some("dialplan") => {
                let context = self.field("Hunt-Context").or(self.field("Caller-Context"));
                let number = self
                    .field("Hunt-Destination-Number")
                    .or(self.field("Caller-Destination-Number"));
                match (context, number) {
                    (Some(c), Some(n)) => Lookup::Dialplan {
                        context: c.to_string(),
                        number: n.to_string(),
                    },
                    _ => Lookup::Other,
                }
            }
            _ => Lookup::Other,
        }
    }

    fn directory_lookup(&self) -> Lookup {
        let by_domain =
            self.field("tag_name") == Some("domain") && self.field("key_name") == Some("name");
        let by_id = self.field("key").is_none_or(|k| k == "id");
        let domain = self.field("key_value").or(self.field("domain"));
        match (by_domain && by_id, domain, self.field("user")) {
            (true, Some(d), Some(u)) => Lookup::User {
                domain: d.to_string(),
                user: u.to_string(),
            },
            _ => Lookup::Other,
        }
    }
}

impl Ops {
    /// The answer to one request; `vars` are the store's `vars.xml`
    /// variables (to tell whether the domain asked for is ours).
    pub fn xml_curl(
        &self,
        req: &XmlCurlRequest,
        vars: &BTreeMap<String, String>,
    ) -> Result<XmlCurlAnswer> {
        match req.lookup() {
            Lookup::User { domain, user } => self.xml_curl_user(&domain, &user, vars),
            Lookup::Dialplan { context, number } => self.xml_curl_dialplan(&context, &number),
            Lookup::Other => Ok(XmlCurlAnswer::NotFound),
        }
    }

    /// The user `user` of `domain` inside its domain and group.
    fn xml_curl_user(
        &self,
        domain: &str,
        user: &str,
        vars: &BTreeMap<String, String>,
    ) -> Result<XmlCurlAnswer> {
        let Ok(id) = user.parse::<UserId>() else {
            return Ok(XmlCurlAnswer::NotFound);
        };
        let layout = Layout {
            root: &self.settings.conf_dir,
        };
        let found = self.settings.contexts.iter().find_map(|c| {
            let path = layout.user_file(&c.name, id);
            State::read_user_file(&path, &c.name).map(|u| (c, u))
        });
        let Some((ctx, u)) = found else {
            return Ok(XmlCurlAnswer::NotFound);
        };
        let rendered = bytes_to_string(super::users::render_user(self, &u, ctx)?)?;
        let contexts: Vec<&str> = self
            .settings
            .contexts
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        let mut only_this_user = |data: &str| {
            let dir = data.strip_suffix("/*.xml")?;
            contexts.contains(&dir).then(|| {
                if dir == ctx.name {
                    rendered.clone()
                } else {
                    String::new()
                }
            })
        };
        for file in xml_files(&self.settings.conf_dir.join("directory"))? {
            let text = preprocess(&file, &mut only_this_user)?;
            if let Some(d) = domain_element(&text, domain, vars).map_err(|e| bad_file(&file, e))? {
                let d = match self.settings.proxies.iter().find_map(|p| p.route()) {
                    Some(route) => via_proxy(&d, &route),
                    None => d,
                };
                return Ok(XmlCurlAnswer::Found(document("directory", &d)));
            }
        }
        Ok(XmlCurlAnswer::NotFound)
    }

    /// The context `context` with the extension of conference `number`
    /// (if it is one) where the context includes the conferences.
    fn xml_curl_dialplan(&self, context: &str, number: &str) -> Result<XmlCurlAnswer> {
        let layout = Layout {
            root: &self.settings.conf_dir,
        };
        let conference = number
            .parse::<ConfNum>()
            .ok()
            .and_then(|n| State::read_conference_file(&layout.conference_file(n), &self.settings));
        let extension = match conference {
            Some(c) => bytes_to_string(self.render_conference(&c)?)?,
            None => String::new(),
        };
        let mut only_this_conference = |data: &str| {
            (data.strip_suffix("/*.xml") == Some("conferences")).then(|| extension.clone())
        };
        for file in xml_files(&self.settings.conf_dir.join("dialplan"))? {
            let text = preprocess(&file, &mut only_this_conference)?;
            let span = find_element(&text, "context", |name| name.eq_ignore_ascii_case(context))
                .map_err(|e| bad_file(&file, e))?;
            if let Some(r) = span {
                return Ok(XmlCurlAnswer::Found(document("dialplan", &text[r])));
            }
        }
        Ok(XmlCurlAnswer::NotFound)
    }
}

fn bytes_to_string(b: Vec<u8>) -> Result<String> {
    String::from_utf8(b).map_err(|e| Error::Input(format!("a rendered template is not UTF-8: {e}")))
}

fn bad_file(path: &Path, why: String) -> Error {
    Error::io(
        path,
        std::io::Error::new(std::io::ErrorKind::InvalidData, why),
    )
}

/// The answer document around one domain or context.
fn document(section: &str, inner: &str) -> String {
    let description = match section {
        "dialplan" => "RE Dial Plan For FreeSWITCH",
        _ => "User Directory",
    };
    format!(
        "<document type=\"freeswitch/xml\">\n  <section name=\"{section}\" description=\"{description}\">\n{inner}\n  </section>\n</document>\n"
    )
}

/// The first `<domain>` whose name (after `$${var}` expansion) is `domain`,
/// with the name written as asked: the switch then finds it whatever its
/// own `domain` variable says. A name that uses a variable only the running
/// switch knows (`$${local_ip_v4}`) matches any domain.
fn domain_element(
    text: &str,
    domain: &str,
    vars: &BTreeMap<String, String>,
) -> std::result::Result<Option<String>, String> {
    let matches = |name: &str| {
        let expanded = fsconf::expand(name, vars);
        expanded.contains("$${") || expanded.eq_ignore_ascii_case(domain)
    };
    let Some(r) = find_element(text, "domain", matches)? else {
        return Ok(None);
    };
    let el = &text[r];
    // The start tag ends at the first '>' outside a quoted value.
    let mut quote = None;
    let end = el.char_indices().find_map(|(i, c)| match (quote, c) {
        (None, '"' | '\'') => {
            quote = Some(c);
            None
        }
        (Some(q), c) if c == q => {
            quote = None;
            None
        }
        (None, '>') => Some(i),
        _ => None,
    });
    let Some(end) = end else {
        return Err("a <domain> start tag is not closed".into());
    };
    let empty = el[..end].ends_with('/');
    let head = format!("<domain name=\"{}\"", escape_xml(domain));
    Ok(Some(if empty {
        format!("{head}/>")
    } else {
        format!("{head}>{}", &el[end + 1..])
    }))
}

/// The domain with its `dial-string` param sending calls to users through
/// the SIP proxy (sofia's `fs_path`): in a cluster the phones register
/// with the proxy, so a node's `user/ID` (a dial-out) must go there, and
/// the proxy finds the phone in its location table.
fn via_proxy(domain: &str, route: &str) -> String {
    const PARAM: &str = "name=\"dial-string\"";
    let Some(at) = domain.find(PARAM) else {
        return domain.to_string();
    };
    let (Some(start), Some(len)) = (domain[..at].rfind("<param"), domain[at..].find("/>")) else {
        return domain.to_string();
    };
    let value = format!(
        "{{^^:sip_invite_domain=${{dialed_domain}}:presence_id=${{dialed_user}}@${{dialed_domain}}}}\
         sofia/internal/${{dialed_user}}@${{dialed_domain}};fs_path=<{route}>"
    );
    format!(
        "{}<param {PARAM} value=\"{}\"/>{}",
        &domain[..start],
        escape_xml(&value),
        &domain[at + len + 2..]
    )
}

/// The byte range of the first element `name` whose `name` attribute
/// passes `wanted`, start tag to end tag.
fn find_element(
    text: &str,
    name: &str,
    wanted: impl Fn(&str) -> bool,
) -> std::result::Result<Option<Range<usize>>, String> {
    let mut reader = Reader::from_str(text);
    let mut open: Option<(usize, usize)> = None;
    let mut depth = 0usize;
    loop {
        let start = reader.buffer_position() as usize;
        let ev = reader.read_event().map_err(|e| {
            let at = reader.error_position() as usize;
            let line = text[..at.min(text.len())].matches('\n').count() + 1;
            format!("line {line} (after the pre-processor): {e}")
        })?;
        let here = reader.buffer_position() as usize;
        let named = |e: &quick_xml::events::BytesStart| {
            e.name().as_ref() == name.as_bytes()
                && e.try_get_attribute("name")
                    .ok()
                    .flatten()
                    .and_then(|a| a.unescape_value().ok().map(|v| wanted(&v)))
                    .unwrap_or(false)
        };
        match ev {
            Event::Empty(e) if open.is_none() && named(&e) => return Ok(Some(start..here)),
            Event::Start(e) => {
                if open.is_none() && named(&e) {
                    open = Some((start, depth));
                }
                depth += 1;
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                if let Some((s, d)) = open {
                    if d == depth {
                        return Ok(Some(s..here));
                    }
                }
            }
            Event::Eof => return Ok(None),
            _ => {}
        }
    }
}

/// How deep includes may nest (FreeSWITCH has no limit; a loop would be
/// endless).
const MAX_INCLUDE_DEPTH: usize = 8;

/// FreeSWITCH's pre-processor as far as a config tree written for fsconn
/// uses it: `<X-PRE-PROCESS cmd="include">` pulls in files (or what `sub`
/// answers for the include's `data`), lines holding `<include>` or
/// `</include>` are dropped. `set` and `$${var}` are left to the switch,
/// which does them again on the answer; `exec` is never run.
pub fn preprocess(path: &Path, sub: &mut dyn FnMut(&str) -> Option<String>) -> Result<String> {
    let mut out = String::new();
    preprocess_into(path, sub, &mut out, 0)?;
    Ok(out)
}

fn preprocess_into(
    path: &Path,
    sub: &mut dyn FnMut(&str) -> Option<String>,
    out: &mut String,
    depth: usize,
) -> Result<()> {
    if depth > MAX_INCLUDE_DEPTH {
        return Err(bad_file(path, "includes nest too deep".into()));
    }
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let dir = path.parent().unwrap_or(Path::new("."));
    for line in text.lines() {
        let Some(data) = include_data(line) else {
            push_line(out, line);
            continue;
        };
        if let Some(replacement) = sub(&data) {
            replacement.lines().for_each(|l| push_line(out, l));
            continue;
        }
        let files = match data.strip_suffix("*.xml") {
            Some(d) => xml_files(&dir.join(d))?,
            None => vec![dir.join(&data)]
                .into_iter()
                .filter(|p| p.is_file())
                .collect(),
        };
        for f in files {
            preprocess_into(&f, sub, out, depth + 1)?;
        }
    }
    Ok(())
}

fn push_line(out: &mut String, line: &str) {
    if line.contains("<include>") || line.contains("</include>") {
        return;
    }
    out.push_str(line);
    out.push('\n');
}

/// The `data` of a line that is an `include` pre-process command.
fn include_data(line: &str) -> Option<String> {
    let t = line.trim();
    if !t.starts_with("<X-PRE-PROCESS") {
        return None;
    }
    let els = fsconf::xml::elements(t.as_bytes()).ok()?;
    let el = els.first()?;
    (el.attr("cmd") == Some("include"))
        .then(|| el.attr("data").map(str::to_string))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> XmlCurlRequest {
        XmlCurlRequest::from_fields(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn requests_are_read_as_freeswitch_sends_them() {
        let r = XmlCurlRequest::from_form(
            b"hostname=vm&section=directory&tag_name=domain&key_name=name&key_value=127.0.0.1&Event-Date-Local=2026-12-06%2002%3A57%3A39&key=id&user=20001&domain=127.0.0.1",
        );
        assert_eq!(
            r.lookup(),
            Lookup::User {
                domain: "127.0.0.1".into(),
                user: "20001".into()
            }
        );
        assert_eq!(r.field("Event-Date-Local"), Some("2026-12-06 02:57:39"));
        let dp = fields(&[
            ("section", "dialplan"),
            ("Caller-Destination-Number", "32000"),
            ("Caller-Context", "public"),
            ("Hunt-Destination-Number", "32000"),
            ("Hunt-Context", "team"),
        ]);
        assert_eq!(
            dp.lookup(),
            Lookup::Dialplan {
                context: "team".into(),
                number: "32000".into()
            }
        );
        let conf = fields(&[("section", "configuration"), ("key_value", "sofia.conf")]);
        assert_eq!(conf.lookup(), Lookup::Other);
        let no_user = fields(&[
            ("section", "directory"),
            ("tag_name", "domain"),
            ("key_name", "name"),
            ("key_value", "127.0.0.1"),
        ]);
        assert_eq!(no_user.lookup(), Lookup::Other);
    }

    #[test]
    fn elements_are_found_by_name_attribute() {
        let t = "<a>\n<context name=\"x\"><e/></context>\n<context name=\"Team\"><b><c/></b></context>\n</a>";
        let r = find_element(t, "context", |n| n.eq_ignore_ascii_case("team"))
            .unwrap()
            .unwrap();
        assert_eq!(&t[r], "<context name=\"Team\"><b><c/></b></context>");
        assert_eq!(find_element(t, "context", |n| n == "nope").unwrap(), None);
        assert!(find_element("<a><b></a>", "context", |_| true).is_err());
    }

    #[test]
    fn includes_are_expanded_or_replaced_and_include_lines_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("team")).unwrap();
        std::fs::create_dir_all(d.join("extra")).unwrap();
        std::fs::write(
            d.join("top.xml"),
            "<include>\n<a>\n  <X-PRE-PROCESS cmd=\"include\" data=\"team/*.xml\"/>\n  <X-PRE-PROCESS cmd=\"include\" data=\"extra/*.xml\"/>\n</a>\n</include>\n",
        )
        .unwrap();
        std::fs::write(
            d.join("team/1.xml"),
            "<include>\n<u id=\"1\"/>\n</include>\n",
        )
        .unwrap();
        std::fs::write(d.join("extra/b.xml"), "<include>\n<b/>\n</include>\n").unwrap();
        let mut sub = |data: &str| {
            (data == "team/*.xml").then(|| "<include>\n<u id=\"9\"/>\n</include>".to_string())
        };
        let out = preprocess(&d.join("top.xml"), &mut sub).unwrap();
        assert_eq!(out, "<a>\n<u id=\"9\"/>\n<b/>\n</a>\n");
        // An include of itself ends, with an error.
        std::fs::write(
            d.join("extra/b.xml"),
            "<X-PRE-PROCESS cmd=\"include\" data=\"b.xml\"/>\n",
        )
        .unwrap();
        let err = preprocess(&d.join("top.xml"), &mut sub).unwrap_err();
        assert!(err.to_string().contains("too deep"), "{err}");
    }

    #[test]
    fn dial_outs_go_through_the_proxy_when_it_has_a_sip_address() {
        let d = "<domain name=\"x\">\n<params>\n<param name=\"password\" value=\"p\"/>\n<param name=\"dial-string\" value=\"{a}${sofia_contact(*/${dialed_user}@${dialed_domain})}\"/>\n</params>\n</domain>";
        let got = via_proxy(d, "sip:10.0.0.5:5060;lr");
        assert!(
            got.contains("<param name=\"password\" value=\"p\"/>"),
            "{got}"
        );
        assert!(
            got.contains("sofia/internal/${dialed_user}@${dialed_domain};fs_path=&lt;sip:10.0.0.5:5060;lr&gt;\"/>\n</params>"),
            "{got}"
        );
        assert!(!got.contains("sofia_contact"), "{got}");
        assert_eq!(
            via_proxy("<domain name=\"x\"/>", "sip:h:1;lr"),
            "<domain name=\"x\"/>"
        );
    }

    #[test]
    fn the_domain_is_named_as_asked_when_it_is_ours() {
        let vars = BTreeMap::from([("domain".to_string(), "Example.org".to_string())]);
        let t = "<domain name=\"$${domain}\">\n<params/>\n</domain>";
        let d = domain_element(t, "example.org", &vars).unwrap().unwrap();
        assert_eq!(d, "<domain name=\"example.org\">\n<params/>\n</domain>");
        assert_eq!(domain_element(t, "other.org", &vars).unwrap(), None);
    }
}
