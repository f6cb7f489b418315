//! FreeSWITCH's XML pipeline, reproduced closely enough that `xml_locate`
//! output and `reloadxml` error messages match a real switch byte for byte.
//!
//! FreeSWITCH does three things, and so does this module:
//! 1. a line-based preprocessor that expands `$${var}`, executes
//!    `<X-PRE-PROCESS cmd="set|include" .../>` and drops `<include>` lines,
//!    producing one big document (its `freeswitch.xml.fsxml`);
//! 2. an ezxml-derived parser that keeps all character content (whitespace
//!    included) and remembers where in its parent's text each child started;
//!    error messages count lines in the preprocessed document;
//! 3. a serializer that interleaves that text with its own indentation, which
//!    is why real `xml_locate` output has its odd blank lines.
//!
//! Deliberate differences: `exec` and `exec-set` pre-process commands are not
//! run (a simulator must not execute shell commands from a config tree).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Global variables in FreeSWITCH's order: setting a variable again moves it
/// to the end, as `switch_core_set_variable` does.
#[derive(Debug, Clone, Default)]
pub struct Vars {
    list: Vec<(String, String)>,
}

impl Vars {
    pub fn set(&mut self, name: &str, value: &str) {
        self.list.retain(|(n, _)| n != name);
        self.list.push((name.to_string(), value.to_string()));
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.list
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.list.iter().map(|(n, v)| (n.as_str(), v.as_str()))
    }
}

/// One element. `off` is the length of the parent's text when this element
/// started; the serializer needs it to put the parent's text back in place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub text: String,
    pub children: Vec<Element>,
    pub off: usize,
}

impl Element {
    /// First attribute of that name (FreeSWITCH ignores later duplicates).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// `switch_xml_find_child`: first `name` child whose attribute matches
    /// `value` case-insensitively.
    pub fn find_child(&self, name: &str, attr: &str, value: &str) -> Option<&Element> {
        self.children
            .iter()
            .find(|c| c.name == name && c.attr(attr).is_some_and(|v| v.eq_ignore_ascii_case(value)))
    }
}

/// Output of the preprocessor.
pub struct Preprocessed {
    pub text: String,
}

/// Runs the preprocessor on `root_file`, expanding and setting `vars`.
/// `cwd` is where relative includes of the root file are resolved.
pub fn preprocess(cwd: &Path, root_file: &Path, vars: &mut Vars) -> Preprocessed {
    let mut out = String::new();
    preprocess_file(cwd, root_file, vars, &mut out, 0);
    Preprocessed { text: out }
}

/// Like `preprocess`, for a root document given as text.
pub fn preprocess_text(cwd: &Path, text: &str, vars: &mut Vars) -> Preprocessed {
    let mut out = String::new();
    preprocess_lines(cwd, text, vars, &mut out, 0);
    Preprocessed { text: out }
}

fn preprocess_file(cwd: &Path, file: &Path, vars: &mut Vars, out: &mut String, level: u32) {
    if level > 100 {
        tracing::error!("include recursion too deep at {}", file.display());
        return;
    }
    match std::fs::read(file) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            preprocess_lines(cwd, &text, vars, out, level);
        }
        Err(e) => tracing::error!("Couldnt open {} ({e})", file.display()),
    }
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.to_ascii_lowercase().find(&needle.to_ascii_lowercase())
}

/// `$${name}` -> value, FreeSWITCH's rule (`fsvars`: unknown names expand
/// to nothing).
fn expand_vars(line: &str, vars: &Vars) -> String {
    fsconn_esl::fsvars::expand(line, |name| vars.get(name).map(str::to_string))
}

/// The value of `key="..."` found (case-insensitively) after `from`.
fn quoted_after<'a>(s: &'a str, key: &str) -> Option<(&'a str, &'a str)> {
    let k = find_ci(s, key)?;
    let s = &s[k + key.len()..];
    let eq = s.find('=')?;
    let s = &s[eq..];
    let q = s.find('"')?;
    let s = &s[q + 1..];
    match s.find('"') {
        Some(e) => Some((&s[..e], &s[e + 1..])),
        None => Some((s.trim_end_matches(['\n', '\r']), "")),
    }
}

fn set_var(assignment: &str, vars: &mut Vars) {
    if let Some((name, value)) = assignment.split_once('=') {
        vars.set(name.trim_end_matches(' '), value.trim_start_matches(' '));
    }
}

fn preprocess_lines(cwd: &Path, text: &str, vars: &mut Vars, out: &mut String, level: u32) {
    let mut in_comment = false;
    for line in text.split_inclusive('\n') {
        let expanded = expand_vars(line, vars);
        if line.contains("<include>") || line.contains("</include>") || line.contains("<?") {
            continue;
        }
        let mut bp: &str = &expanded;
        let tail;
        if in_comment {
            match line.find("-->") {
                Some(e) => {
                    in_comment = false;
                    tail = line[e + 3..].to_string();
                    bp = &tail;
                }
                None => continue,
            }
        }
        if let Some(t) = find_ci(bp, "X-pre-process") {
            if t == 0 || bp.as_bytes()[t - 1] != b'<' {
                continue;
            }
            let rest = &bp[t..];
            let Some((cmd, after_cmd)) = quoted_after(rest, "cmd") else {
                continue;
            };
            let Some((data, _)) = quoted_after(after_cmd, "data") else {
                continue;
            };
            run_directive(cwd, cmd, data, vars, out, level);
            continue;
        }
        if let Some(c) = bp.find("<!--#") {
            out.push_str(&bp[..c]);
            let directive = &bp[c + 5..];
            match directive.find("-->") {
                Some(e) => out.push_str(&directive[e + 3..]),
                None => in_comment = true,
            }
            let directive = directive.split(['\r', '\n']).next().unwrap_or("");
            if let Some((cmd, arg)) = directive.split_once(' ') {
                let arg = match arg.split_once('"') {
                    Some((_, q)) => q.split_once('"').map(|(a, _)| a).unwrap_or(arg),
                    None => arg,
                };
                run_directive(cwd, cmd, arg, vars, out, level);
            }
            continue;
        }
        out.push_str(bp);
    }
}

fn run_directive(cwd: &Path, cmd: &str, data: &str, vars: &mut Vars, out: &mut String, level: u32) {
    match cmd.to_ascii_lowercase().as_str() {
        "set" => set_var(data, vars),
        "include" => {
            for path in glob(cwd, data) {
                let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
                preprocess_file(&dir, &path, vars, out, level + 1);
            }
        }
        "exec" | "exec-set" => {
            tracing::warn!("the simulator does not run X-PRE-PROCESS {cmd} {data:?}")
        }
        other => tracing::warn!("unknown X-PRE-PROCESS command {other:?}"),
    }
}

/// `glob(3)` with GLOB_NOCHECK semantics for the patterns config trees use:
/// `*`, `?` and `[...]` in any path component, results sorted bytewise, dot
/// files only matched by patterns starting with a dot. No match gives the
/// pattern itself (which then fails to open, as in FreeSWITCH).
pub fn glob(cwd: &Path, pattern: &str) -> Vec<PathBuf> {
    let full = if pattern.starts_with('/') {
        PathBuf::from(pattern)
    } else {
        cwd.join(pattern)
    };
    let full_str = full.to_string_lossy().to_string();
    let mut bases = vec![PathBuf::from(if full_str.starts_with('/') {
        "/"
    } else {
        ""
    })];
    for comp in full_str.split('/').filter(|c| !c.is_empty()) {
        let mut next = Vec::new();
        if !comp.contains(['*', '?', '[']) {
            for b in &bases {
                next.push(b.join(comp));
            }
        } else {
            for b in &bases {
                let Ok(rd) = std::fs::read_dir(if b.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    b
                }) else {
                    continue;
                };
                let mut names: Vec<String> = rd
                    .filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().to_string())
                    .filter(|n| !n.starts_with('.') || comp.starts_with('.'))
                    .filter(|n| wildcard_match(comp.as_bytes(), n.as_bytes()))
                    .collect();
                names.sort();
                next.extend(names.into_iter().map(|n| b.join(n)));
            }
        }
        bases = next;
    }
    let found: Vec<PathBuf> = bases.into_iter().filter(|p| p.exists()).collect();
    if found.is_empty() {
        vec![full]
    } else {
        found
    }
}

fn wildcard_match(pat: &[u8], name: &[u8]) -> bool {
    match (pat.first(), name.first()) {
        (None, None) => true,
        (Some(b'*'), _) => {
            wildcard_match(&pat[1..], name) || (!name.is_empty() && wildcard_match(pat, &name[1..]))
        }
        (Some(b'?'), Some(_)) => wildcard_match(&pat[1..], &name[1..]),
        (Some(b'['), Some(&c)) => match pat.iter().position(|&b| b == b']') {
            Some(close) if close > 1 => {
                let (set, negate) = match pat[1] {
                    b'!' | b'^' => (&pat[2..close], true),
                    _ => (&pat[1..close], false),
                };
                let mut hit = false;
                let mut i = 0;
                while i < set.len() {
                    if i + 2 < set.len() && set[i + 1] == b'-' {
                        hit |= set[i] <= c && c <= set[i + 2];
                        i += 3;
                    } else {
                        hit |= set[i] == c;
                        i += 1;
                    }
                }
                hit != negate && wildcard_match(&pat[close + 1..], &name[1..])
            }
            _ => c == b'[' && wildcard_match(&pat[1..], &name[1..]),
        },
        (Some(&p), Some(&c)) => p == c && wildcard_match(&pat[1..], &name[1..]),
        _ => false,
    }
}

/// A parse failure, worded and located like FreeSWITCH's:
/// `[error near line 2394]: unexpected closing tag </usr>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError(pub String);

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

struct Parser<'a> {
    s: &'a [u8],
    stack: Vec<Element>,
    root: Option<Element>,
}

impl<'a> Parser<'a> {
    fn error(&self, pos: usize, msg: String) -> ParseError {
        let line = 1 + self.s[..pos.min(self.s.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        let mut full = format!("[error near line {line}]: {msg}");
        // FreeSWITCH keeps the message in a 128-byte buffer.
        if full.len() > 127 {
            let mut cut = 127;
            while !full.is_char_boundary(cut) {
                cut -= 1;
            }
            full.truncate(cut);
        }
        ParseError(full)
    }

    fn open(&mut self, name: String, attrs: Vec<(String, String)>) {
        let off = self.stack.last().map(|p| p.text.len()).unwrap_or(0);
        self.stack.push(Element {
            name,
            attrs,
            text: String::new(),
            children: Vec::new(),
            off,
        });
    }

    /// Closes the innermost element; false if its name differs.
    fn close(&mut self, name: &str) -> bool {
        match self.stack.last() {
            Some(top) if top.name == name => {}
            _ => return false,
        }
        let Some(done) = self.stack.pop() else {
            return false;
        };
        match self.stack.last_mut() {
            Some(parent) => parent.children.push(done),
            None => self.root = Some(done),
        }
        true
    }

    fn content(&mut self, raw: &[u8], kind: DecodeKind) {
        if let Some(top) = self.stack.last_mut() {
            let decoded = decode(raw, kind);
            top.text.push_str(&decoded);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum DecodeKind {
    Text,
    Attr,
    CData,
}

/// Entity and character references, line-ending normalisation; attribute
/// values also get every whitespace character turned into a space.
fn decode(raw: &[u8], kind: DecodeKind) -> String {
    let mut bytes = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let c = raw[i];
        if c == b'\r' {
            bytes.push(b'\n');
            i += if raw.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c == b'&' && kind != DecodeKind::CData {
            if let Some(semi) = raw[i..].iter().position(|&b| b == b';') {
                let ent = &raw[i + 1..i + semi];
                let rep: Option<String> = match ent {
                    b"lt" => Some("<".into()),
                    b"gt" => Some(">".into()),
                    b"quot" => Some("\"".into()),
                    b"apos" => Some("'".into()),
                    b"amp" => Some("&".into()),
                    [b'#', b'x', hex @ ..] => std::str::from_utf8(hex)
                        .ok()
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .filter(|&n| n != 0)
                        .and_then(char::from_u32)
                        .map(String::from),
                    [b'#', dec @ ..] => std::str::from_utf8(dec)
                        .ok()
                        .and_then(|d| d.parse::<u32>().ok())
                        .filter(|&n| n != 0)
                        .and_then(char::from_u32)
                        .map(String::from),
                    _ => None,
                };
                if let Some(r) = rep {
                    bytes.extend_from_slice(r.as_bytes());
                    i += semi + 1;
                    continue;
                }
            }
        }
        if kind == DecodeKind::Attr && is_ws(c) {
            bytes.push(b' ');
        } else {
            bytes.push(c);
        }
        i += 1;
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn find_from(s: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(&s[from.min(s.len())..], needle).map(|i| i + from)
}

/// Parses a preprocessed document the way `switch_xml_parse_str` does.
pub fn parse(text: &str) -> Result<Element, ParseError> {
    let s = text.as_bytes();
    let mut p = Parser {
        s,
        stack: Vec::new(),
        root: None,
    };
    let Some(mut i) = s.iter().position(|&b| b == b'<') else {
        return Err(p.error(s.len(), "root tag missing".into()));
    };
    loop {
        // s[i] == '<'
        let d = i + 1;
        let c = s.get(d).copied().unwrap_or(0);
        let end_of_markup;
        if c.is_ascii_alphabetic() || c == b'_' || c == b':' || c >= 0x80 {
            if p.root.is_some() {
                return Err(p.error(d, "markup outside of root element".into()));
            }
            let mut j = d;
            while j < s.len() && !is_ws(s[j]) && s[j] != b'/' && s[j] != b'>' {
                j += 1;
            }
            let name = String::from_utf8_lossy(&s[d..j]).into_owned();
            while j < s.len() && is_ws(s[j]) {
                j += 1;
            }
            let mut attrs = Vec::new();
            while j < s.len() && s[j] != b'/' && s[j] != b'>' {
                let an = j;
                while j < s.len() && !is_ws(s[j]) && !matches!(s[j], b'=' | b'/' | b'>') {
                    j += 1;
                }
                let attr_name = String::from_utf8_lossy(&s[an..j]).into_owned();
                let mut value = String::new();
                if j < s.len() && (s[j] == b'=' || is_ws(s[j])) {
                    j += 1;
                    while j < s.len() && (is_ws(s[j]) || s[j] == b'=') {
                        j += 1;
                    }
                    if j < s.len() && (s[j] == b'"' || s[j] == b'\'') {
                        let q = s[j];
                        let vs = j + 1;
                        match s[vs..].iter().position(|&b| b == q) {
                            Some(k) => {
                                value = decode(&s[vs..vs + k], DecodeKind::Attr);
                                j = vs + k + 1;
                            }
                            None => return Err(p.error(d, format!("missing {}", q as char))),
                        }
                    }
                }
                attrs.push((attr_name, value));
                while j < s.len() && is_ws(s[j]) {
                    j += 1;
                }
            }
            if j < s.len() && s[j] == b'/' {
                if s.get(j + 1) != Some(&b'>') {
                    return Err(p.error(d, "missing >".into()));
                }
                p.open(name.clone(), attrs);
                p.close(&name);
                end_of_markup = j + 1;
            } else if j < s.len() && s[j] == b'>' {
                p.open(name, attrs);
                end_of_markup = j;
            } else {
                return Err(p.error(d, "missing >".into()));
            }
        } else if c == b'/' {
            let ns = d + 1;
            let mut j = ns;
            while j < s.len() && !is_ws(s[j]) && s[j] != b'>' {
                j += 1;
            }
            if j >= s.len() {
                return Err(p.error(ns, "missing >".into()));
            }
            let name = String::from_utf8_lossy(&s[ns..j]).into_owned();
            if !p.close(&name) {
                return Err(p.error(j, format!("unexpected closing tag </{name}>")));
            }
            while j < s.len() && is_ws(s[j]) {
                j += 1;
            }
            end_of_markup = j;
        } else if s[d..].starts_with(b"!--") {
            match find_from(s, d + 3, b"--") {
                Some(k) if s.get(k + 2) == Some(&b'>') => end_of_markup = k + 2,
                _ => return Err(p.error(d, "unclosed <!--".into())),
            }
        } else if s[d..].starts_with(b"![CDATA[") {
            match find_from(s, d, b"]]>") {
                Some(k) => {
                    p.content(&s[d + 8..k], DecodeKind::CData);
                    end_of_markup = k + 2;
                }
                None => return Err(p.error(d, "unclosed <![CDATA[".into())),
            }
        } else if s[d..].starts_with(b"!DOCTYPE") {
            let close = match find_from(s, d, b"[") {
                Some(b) if find_from(s, d, b">").is_none_or(|g| b < g) => {
                    find_from(s, b, b"]").and_then(|k| find_from(s, k, b">"))
                }
                _ => find_from(s, d, b">"),
            };
            match close {
                Some(k) => end_of_markup = k,
                None => return Err(p.error(d, "unclosed <!DOCTYPE".into())),
            }
        } else if c == b'?' {
            match find_from(s, d, b"?>") {
                Some(k) => end_of_markup = k + 1,
                None => return Err(p.error(d, "unclosed <?".into())),
            }
        } else {
            return Err(p.error(d, "unexpected <".into()));
        }
        // Character content up to the next tag; text after the last tag is
        // dropped, as FreeSWITCH does.
        let start = end_of_markup + 1;
        match find_from(s, start, b"<") {
            Some(next) => {
                if next > start {
                    p.content(&s[start..next], DecodeKind::Text);
                }
                i = next;
            }
            None => break,
        }
    }
    match (p.root.take(), p.stack.last()) {
        (Some(root), None) => Ok(root),
        (_, Some(open)) => {
            let name = open.name.clone();
            Err(p.error(s.len(), format!("unclosed tag <{name}>")))
        }
        (None, None) => Err(p.error(s.len(), "root tag missing".into())),
    }
}

/// `switch_xml_toxml(node, SWITCH_FALSE)`.
pub fn to_xml(node: &Element) -> String {
    let mut out = String::new();
    let mut count = 0u32;
    emit_tag(node, &mut out, &mut count);
    out
}

fn indent(out: &mut String, count: u32) {
    for _ in 0..count {
        out.push_str("  ");
    }
}

fn emit_tag(node: &Element, out: &mut String, count: &mut u32) {
    if out.ends_with('>') {
        out.push('\n');
    }
    indent(out, *count);
    out.push('<');
    out.push_str(&node.name);
    for (i, (n, v)) in node.attrs.iter().enumerate() {
        // Only the first attribute of a name is printed.
        if node.attrs[..i].iter().any(|(m, _)| m == n) {
            continue;
        }
        out.push(' ');
        out.push_str(n);
        out.push_str("=\"");
        ampencode(v, true, out);
        out.push('"');
    }
    // Parsed elements always have (possibly empty) text, so never `/>`.
    out.push('>');
    if node.children.is_empty() {
        ampencode(&node.text, false, out);
    } else {
        *count += 1;
        emit_children(node, out, count);
    }
    if out.ends_with('\n') {
        indent(out, *count);
    }
    out.push_str("</");
    out.push_str(&node.name);
    out.push_str(">\n");
}

fn emit_children(parent: &Element, out: &mut String, count: &mut u32) {
    let txt = parent.text.as_str();
    let mut start = 0usize;
    for child in &parent.children {
        let off = child.off.min(txt.len());
        // A zero-length span means "up to the end of the text" in
        // switch_xml_ampencode, so adjacent tags repeat the parent's
        // remaining text; reproduced because FreeSWITCH does it.
        let seg = if off == start {
            &txt[start..]
        } else {
            &txt[start..off]
        };
        ampencode(seg, false, out);
        emit_tag(child, out, count);
        start = off;
    }
    if *count > 0 {
        *count -= 1;
    }
    ampencode(&txt[start..], false, out);
}

/// `switch_xml_ampencode`, including its UTF-8 to `&#xHEX;` conversion.
fn ampencode(s: &str, attr: bool, out: &mut String) {
    for (i, c) in s.char_indices() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' if s[i + 1..].starts_with('!') => {
                // Everything from "<!" on is copied verbatim.
                out.push_str(&s[i..]);
                return;
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            '\n' if attr => out.push_str("&#xA;"),
            '\t' if attr => out.push_str("&#x9;"),
            '\r' => out.push_str("&#xD;"),
            c if (c as u32) >= 0x80 => out.push_str(&format!("&#x{:X};", c as u32)),
            c => out.push(c),
        }
    }
}

/// The document a FreeSWITCH install without a `freeswitch.xml` would need:
/// the stock layout of sections, so that a bare conf tree (vars.xml,
/// directory/, dialplan/, autoload_configs/) still renders like a real one.
pub const DEFAULT_ROOT: &str = r#"<?xml version="1.0"?>
<document type="freeswitch/xml">
  <X-PRE-PROCESS cmd="include" data="vars.xml"/>

  <section name="configuration" description="Various Configuration">
    <X-PRE-PROCESS cmd="include" data="autoload_configs/*.xml"/>
  </section>

  <section name="dialplan" description="Regex/XML Dialplan">
    <X-PRE-PROCESS cmd="include" data="dialplan/*.xml"/>
  </section>

  <section name="directory" description="User Directory">
    <X-PRE-PROCESS cmd="include" data="directory/*.xml"/>
  </section>

</document>
"#;

/// Loads the whole configuration from `conf_dir`, as `reloadxml` does.
pub fn load_root(conf_dir: &Path, vars: &mut Vars) -> Result<Element, ParseError> {
    let main = conf_dir.join("freeswitch.xml");
    let pre = if main.is_file() {
        preprocess(conf_dir, &main, vars)
    } else {
        preprocess_text(conf_dir, DEFAULT_ROOT, vars)
    };
    parse(&pre.text)
}

/// `xml_locate` as the api command answers it.
pub fn xml_locate(root: &Element, args: &str) -> String {
    let argv: Vec<&str> = args.split(' ').filter(|a| !a.is_empty()).collect();
    if argv.len() == 1 && argv[0].eq_ignore_ascii_case("root") {
        return to_xml(root);
    }
    if argv.len() != 1 && argv.len() != 4 {
        return "-Error bad args\n".to_string();
    }
    let found = root
        .find_child("section", "name", argv[0])
        .and_then(|section| {
            if argv.len() == 1 {
                Some(section)
            } else {
                section.find_child(argv[1], argv[2], argv[3])
            }
        });
    match found {
        Some(el) => to_xml(el),
        None => "can't find anything\n".to_string(),
    }
}

/// Index from attribute name to value, for quick lookups in small lists.
pub fn params(el: Option<&Element>, child: &str) -> HashMap<String, String> {
    let mut map = HashMap::new();
    if let Some(el) = el {
        for p in el.children_named(child) {
            if let (Some(n), Some(v)) = (p.attr("name"), p.attr("value")) {
                map.entry(n.to_string()).or_insert_with(|| v.to_string());
            }
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializer_interleaves_source_text_like_freeswitch() {
        let doc = "<section name=\"s\">\n  <a x=\"1\">\n\n    <b/>\n    <!-- c -->\n    <b y=\"&amp;\"/>\n  </a>\n</section>\n";
        let root = parse(doc).unwrap();
        assert_eq!(
            to_xml(&root),
            "<section name=\"s\">\n    <a x=\"1\">\n\n        <b></b>\n\n    \n        <b y=\"&amp;\"></b>\n\n  </a>\n\n</section>\n"
        );
    }

    #[test]
    fn errors_name_the_line_of_the_preprocessed_document() {
        let err = parse("<a>\n<b>\n</bb>\n</a>\n").unwrap_err();
        assert_eq!(err.0, "[error near line 3]: unexpected closing tag </bb>");
        let err = parse("<a>\n<b>\n").unwrap_err();
        assert_eq!(err.0, "[error near line 3]: unclosed tag <b>");
        assert!(parse("no tags").is_err());
    }

    #[test]
    fn preprocessor_sets_expands_and_drops_include_lines() {
        let mut vars = Vars::default();
        let out = preprocess_text(
            Path::new("/nonexistent"),
            "<include>\n<X-PRE-PROCESS cmd=\"set\" data=\"d = 1.2.3.4\"/>\n<a v=\"$${d}$${nope}\"/>\n</include>\n",
            &mut vars,
        );
        assert_eq!(out.text, "<a v=\"1.2.3.4\"/>\n");
        assert_eq!(vars.get("d"), Some("1.2.3.4"));
        vars.set("x", "1");
        vars.set("d", "2");
        assert_eq!(vars.iter().map(|(n, _)| n).collect::<Vec<_>>(), ["x", "d"]);
    }

    #[test]
    fn non_ascii_text_becomes_character_references() {
        let root = parse("<a n=\"Jürgen\">ü</a>").unwrap();
        assert_eq!(to_xml(&root), "<a n=\"J&#xFC;rgen\">&#xFC;</a>\n");
    }

    #[test]
    fn wildcards() {
        assert!(wildcard_match(b"*.xml", b"20000.xml"));
        assert!(!wildcard_match(b"*.xml", b"20000.xml~"));
        assert!(wildcard_match(b"2[0-9]?00.xml", b"21000.xml"));
    }
}
