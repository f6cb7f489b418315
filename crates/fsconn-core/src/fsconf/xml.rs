//! A thin, strict walk over an XML file with quick-xml: every start/empty
//! element with its unescaped attributes and its depth, or the first
//! well-formedness error with a line and column. FreeSWITCH refuses a whole
//! reload for one broken file, so we check files as strictly as it does.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for XmlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.message
        )
    }
}

#[derive(Debug, Clone)]
pub struct Element {
    pub name: String,
    /// Depth of the element: 0 for a top-level element.
    pub depth: usize,
    pub attrs: Vec<(String, String)>,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

fn position(bytes: &[u8], pos: usize) -> (usize, usize) {
    let upto = &bytes[..pos.min(bytes.len())];
    let line = upto.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = upto.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, col)
}

fn error_at(bytes: &[u8], pos: usize, message: impl Into<String>) -> XmlError {
    let (line, column) = position(bytes, pos);
    XmlError {
        line,
        column,
        message: message.into(),
    }
}

fn element(bytes: &[u8], pos: usize, e: &BytesStart, depth: usize) -> Result<Element, XmlError> {
    let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
    let mut attrs = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|err| error_at(bytes, pos, format!("in <{name}>: {err}")))?;
        let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
        let value = a
            .unescape_value()
            .map_err(|err| error_at(bytes, pos, format!("in <{name}> attribute {key}: {err}")))?
            .into_owned();
        attrs.push((key, value));
    }
    Ok(Element { name, depth, attrs })
}

/// All elements of `bytes` in document order.
pub fn elements(bytes: &[u8]) -> Result<Vec<Element>, XmlError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| error_at(bytes, e.valid_up_to(), "the file is not valid UTF-8"))?;
    let mut reader = Reader::from_str(text);
    let mut out = Vec::new();
    let mut stack: Vec<Vec<u8>> = Vec::new();
    let mut roots = 0usize;
    loop {
        let pos = reader.buffer_position() as usize;
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                if stack.is_empty() {
                    roots += 1;
                }
                out.push(element(bytes, pos, &e, stack.len())?);
                stack.push(e.name().as_ref().to_vec());
            }
            Ok(Event::Empty(e)) => {
                if stack.is_empty() {
                    roots += 1;
                }
                out.push(element(bytes, pos, &e, stack.len())?);
            }
            Ok(Event::End(_)) => {
                stack.pop();
            }
            Ok(Event::Text(t)) => {
                if stack.is_empty() && !t.iter().all(u8::is_ascii_whitespace) {
                    return Err(error_at(bytes, pos, "text outside of any element"));
                }
                t.unescape()
                    .map_err(|err| error_at(bytes, pos, err.to_string()))?;
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(err) => {
                let at = reader.error_position() as usize;
                return Err(error_at(bytes, at, err.to_string()));
            }
        }
    }
    if let Some(open) = stack.last() {
        return Err(error_at(
            bytes,
            bytes.len(),
            format!("unclosed element <{}>", String::from_utf8_lossy(open)),
        ));
    }
    if roots == 0 {
        return Err(error_at(bytes, bytes.len(), "no root element"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_line_of_a_mismatched_tag() {
        let err = elements(b"<include>\n  <user id=\"1\">\n  </usr>\n</include>").unwrap_err();
        assert_eq!(err.line, 3, "{err}");
    }

    #[test]
    fn reports_unclosed_elements_and_bad_entities() {
        assert!(elements(b"<include><user id=\"1\">").is_err());
        assert!(elements(b"<a b=\"&bogus;\"/>").is_err());
        assert!(elements(b"<a b=\"1\" b=\"2\"/>").is_err());
        assert!(elements(b"").is_err());
    }

    #[test]
    fn unescapes_attributes() {
        let els = elements(b"<a v=\"x&quot;/&gt;&lt;&amp;&#10;\"/>").unwrap();
        assert_eq!(els[0].attr("v"), Some("x\"/><&\n"));
    }
}
