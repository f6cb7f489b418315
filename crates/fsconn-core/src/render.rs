//! The tera templates that produce FreeSWITCH's files.
//!
//! The built-in templates are compiled into the binary so a bare `fsconn`
//! works anywhere; a `templates_dir` setting overrides any single one by
//! holding a file of the same name. Every substituted value is XML-escaped
//! (autoescape with our own escape function: tera's default is HTML's, which
//! also mangles `/`).

use crate::error::{Error, Result};
use std::path::Path;
use tera::{Context, Tera};

/// (name, built-in content)
const BUILTIN: &[(&str, &str)] = &[
    ("user.xml", include_str!("../../../templates/user.xml")),
    (
        "conference.xml",
        include_str!("../../../templates/conference.xml"),
    ),
    (
        "conference-16kHz-novideo.xml",
        include_str!("../../../templates/conference-16kHz-novideo.xml"),
    ),
    (
        "conference-48kHz-video.xml",
        include_str!("../../../templates/conference-48kHz-video.xml"),
    ),
    (
        "linphone.xml",
        include_str!("../../../templates/linphone.xml"),
    ),
    (
        "polycom-master.cfg",
        include_str!("../../../templates/polycom-master.cfg"),
    ),
    (
        "polycom-allprov.cfg",
        include_str!("../../../templates/polycom-allprov.cfg"),
    ),
    (
        "polycom-directory.xml",
        include_str!("../../../templates/polycom-directory.xml"),
    ),
];

/// XML escaping for attribute values and text. Characters that attribute
/// normalisation would turn into spaces are written as character references so
/// a value reads back exactly as written.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

/// The templates in use. Behind a lock so `fsconn serve` can swap in
/// edited templates on SIGHUP without a restart.
pub struct Templates {
    tera: std::sync::RwLock<Tera>,
}

impl Templates {
    pub fn load(override_dir: Option<&Path>) -> Result<Templates> {
        Ok(Templates {
            tera: std::sync::RwLock::new(Self::compile(override_dir)?),
        })
    }

    /// Re-read the templates; on any error the ones in use stay.
    pub fn reload(&self, override_dir: Option<&Path>) -> Result<()> {
        let fresh = Self::compile(override_dir)?;
        *self.tera.write().unwrap_or_else(|p| p.into_inner()) = fresh;
        Ok(())
    }

    fn tera(&self) -> std::sync::RwLockReadGuard<'_, Tera> {
        self.tera.read().unwrap_or_else(|p| p.into_inner())
    }

    fn compile(override_dir: Option<&Path>) -> Result<Tera> {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".xml", ".cfg"]);
        tera.set_escape_fn(escape_xml);
        let mut sources: Vec<(String, String)> = BUILTIN
            .iter()
            .map(|(n, c)| (n.to_string(), c.to_string()))
            .collect();
        if let Some(dir) = override_dir {
            let rd = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
            for entry in rd {
                let entry = entry.map_err(|e| Error::io(dir, e))?;
                let path = entry.path();
                let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                    continue;
                };
                if !path.is_file() || name.starts_with('.') {
                    continue;
                }
                let content = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
                sources.retain(|(n, _)| n != name);
                sources.push((name.to_string(), content));
            }
        }
        for (name, content) in sources {
            tera.add_raw_template(&name, &content)
                .map_err(|e| Error::Template {
                    name: name.clone(),
                    message: error_chain(&e),
                })?;
        }
        Ok(tera)
    }

    pub fn has(&self, name: &str) -> bool {
        self.tera().get_template_names().any(|n| n == name)
    }

    /// Render `name`. Every template is an XML document (Polycom's `.cfg`
    /// too), so output holding a character XML 1.0 forbids is refused here
    /// as a last line: the field checks in `model` name the field first.
    pub fn render(&self, name: &str, ctx: &Context) -> Result<String> {
        let out = self.tera().render(name, ctx).map_err(|e| Error::Template {
            name: name.to_string(),
            message: error_chain(&e),
        })?;
        if let Some(c) = out.chars().find(|c| !crate::model::is_xml_char(*c)) {
            return Err(Error::Template {
                name: name.to_string(),
                message: format!(
                    "a value holds U+{:04X}, which XML 1.0 does not allow",
                    c as u32
                ),
            });
        }
        Ok(out)
    }

    /// The template for a conference of `conftype`: its own, else the default.
    pub fn conference_template(&self, conftype: &str) -> String {
        let own = format!("conference-{conftype}.xml");
        if self.has(&own) {
            own
        } else {
            "conference.xml".to_string()
        }
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped_for_xml() {
        let t = Templates::load(None).unwrap();
        let mut c = Context::new();
        c.insert("id", "20001");
        c.insert("password", "p");
        c.insert("context", "public");
        c.insert("name", "x\"/><variable name=\"user_context\" value=\"team");
        c.insert("email", "a&b@c.d");
        c.insert("polymac", "none");
        c.insert("conf_flags", "mute");
        c.insert("conpin", "$${defconpin}");
        let out = t.render("user.xml", &c).unwrap();
        assert!(out.contains("value=\"x&quot;/&gt;&lt;variable"));
        assert!(out.contains("a&amp;b@c.d"));
        assert!(out.contains("value=\"$${defconpin}\""));
    }
}
