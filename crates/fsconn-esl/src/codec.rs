//! Wire format of the FreeSWITCH event socket, without any I/O.
//!
//! Both directions use the same framing: a block of `Name: value` lines ended
//! by an empty line, then exactly `Content-Length` bytes of body if the block
//! has that header. Reads from a socket cut this stream anywhere, so the
//! decoders here are fed arbitrary slices and hand out complete frames. They
//! remember how far they already searched for the end of a header block, so a
//! multi-megabyte body arriving in thousands of reads costs O(n) in total.
//!
//! The encoders produce what a real FreeSWITCH 1.10 writes (header order
//! included: `api/response` puts `Content-Type` first, events put
//! `Content-Length` first), so the simulator and the recorded captures are
//! byte-compatible where clients can see it.

use std::borrow::Cow;
use std::fmt;

use bytes::{Bytes, BytesMut};

/// Header blocks larger than this are treated as garbage rather than buffered
/// forever: real header blocks are a few kilobytes.
const MAX_HEADER_BLOCK: usize = 16 * 1024 * 1024;

/// Bodies larger than this are refused; FreeSWITCH's biggest answers
/// (`xml_locate` of a huge directory) are a few megabytes.
const MAX_BODY: usize = 512 * 1024 * 1024;

/// Why a byte stream could not be understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodecError {
    #[error("invalid Content-Length {0:?}")]
    BadContentLength(String),
    #[error("header block exceeds {MAX_HEADER_BLOCK} bytes without an empty line")]
    HeaderTooLong,
    #[error("event body is not valid: {0}")]
    BadEvent(String),
}

/// An ordered list of headers with case-insensitive lookup.
///
/// FreeSWITCH varies the case of some names (`Unique-ID` / `unique-id`) and a
/// name may repeat, so this keeps the wire order and every occurrence. All
/// names and values live in one string so that an event with a hundred headers
/// costs two allocations, which is what keeps event parsing fast.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Headers {
    text: String,
    spans: Vec<[u32; 3]>, // name start, value start, value end; name ends at value start
}

impl Headers {
    pub fn new() -> Self {
        Self::default()
    }

    fn with_capacity(bytes: usize, headers: usize) -> Self {
        Headers {
            text: String::with_capacity(bytes),
            spans: Vec::with_capacity(headers),
        }
    }

    /// Appends a header, keeping any earlier one of the same name.
    pub fn push(&mut self, name: &str, value: &str) {
        let start = self.text.len() as u32;
        self.text.push_str(name);
        let vstart = self.text.len() as u32;
        self.text.push_str(value);
        self.spans.push([start, vstart, self.text.len() as u32]);
    }

    /// Appends a header whose value is still percent-encoded.
    fn push_url_decoded(&mut self, name: &str, raw_value: &[u8]) {
        let start = self.text.len() as u32;
        self.text.push_str(name);
        let vstart = self.text.len() as u32;
        url_decode_into(raw_value, &mut self.text);
        self.spans.push([start, vstart, self.text.len() as u32]);
    }

    /// Replaces the first header of that name (case-insensitive), or appends it.
    pub fn set(&mut self, name: &str, value: &str) {
        if self.get(name).is_none() {
            self.push(name, value);
            return;
        }
        let mut rebuilt = Headers::with_capacity(self.text.len() + value.len(), self.spans.len());
        let mut replaced = false;
        for (n, v) in self.iter() {
            if !replaced && n.eq_ignore_ascii_case(name) {
                rebuilt.push(n, value);
                replaced = true;
            } else {
                rebuilt.push(n, v);
            }
        }
        *self = rebuilt;
    }

    /// Removes every header of that name (case-insensitive).
    pub fn remove(&mut self, name: &str) {
        if self.get(name).is_none() {
            return;
        }
        let mut rebuilt = Headers::with_capacity(self.text.len(), self.spans.len());
        for (n, v) in self.iter().filter(|(n, _)| !n.eq_ignore_ascii_case(name)) {
            rebuilt.push(n, v);
        }
        *self = rebuilt;
    }

    /// The first value of `name`, compared case-insensitively.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }

    /// Every value of `name`, in wire order.
    pub fn get_all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.spans.iter().map(move |&[s, v, e]| {
            (
                &self.text[s as usize..v as usize],
                &self.text[v as usize..e as usize],
            )
        })
    }

    /// Header names in wire order.
    pub fn names(&self) -> impl Iterator<Item = &str> + '_ {
        self.iter().map(|(n, _)| n)
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    fn content_length(&self) -> Result<Option<usize>, CodecError> {
        match self.get("Content-Length") {
            None => Ok(None),
            Some(v) => match v.trim().parse::<usize>() {
                Ok(n) if n <= MAX_BODY => Ok(Some(n)),
                _ => Err(CodecError::BadContentLength(v.to_string())),
            },
        }
    }
}

impl fmt::Debug for Headers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'a> FromIterator<(&'a str, &'a str)> for Headers {
    fn from_iter<I: IntoIterator<Item = (&'a str, &'a str)>>(iter: I) -> Self {
        let mut h = Headers::new();
        for (n, v) in iter {
            h.push(n, v);
        }
        h
    }
}

/// What kind of message FreeSWITCH sent, from its `Content-Type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    AuthRequest,
    CommandReply,
    ApiResponse,
    EventPlain,
    EventJson,
    EventXml,
    LogData,
    DisconnectNotice,
    RudeRejection,
    Other,
}

/// One message from FreeSWITCH to a client.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub headers: Headers,
    pub body: Bytes,
}

impl Message {
    pub fn content_type(&self) -> Option<&str> {
        self.headers.get("Content-Type")
    }

    pub fn kind(&self) -> MessageKind {
        match self.content_type() {
            Some("auth/request") => MessageKind::AuthRequest,
            Some("command/reply") => MessageKind::CommandReply,
            Some("api/response") => MessageKind::ApiResponse,
            Some("text/event-plain") => MessageKind::EventPlain,
            Some("text/event-json") => MessageKind::EventJson,
            Some("text/event-xml") => MessageKind::EventXml,
            Some("log/data") => MessageKind::LogData,
            Some("text/disconnect-notice") => MessageKind::DisconnectNotice,
            Some("text/rude-rejection") => MessageKind::RudeRejection,
            _ => MessageKind::Other,
        }
    }

    pub fn reply_text(&self) -> Option<&str> {
        self.headers.get("Reply-Text")
    }

    /// The body as text; FreeSWITCH bodies are UTF-8 but nothing guarantees it.
    pub fn body_text(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }

    /// Decodes the body of an event message (plain or JSON).
    pub fn event(&self) -> Result<Event, CodecError> {
        match self.kind() {
            MessageKind::EventPlain => Event::parse_plain(&self.body),
            MessageKind::EventJson => Event::parse_json(&self.body),
            _ => Err(CodecError::BadEvent(format!(
                "content type {:?} is not a supported event format",
                self.content_type()
            ))),
        }
    }
}

/// One command from a client to FreeSWITCH: the command line (`api status`),
/// optional header lines (`Job-UUID: ...`) and an optional body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Command {
    pub line: String,
    pub headers: Headers,
    pub body: Bytes,
}

/// A frame type the decoder can produce.
pub trait Frame: Sized {
    /// The parsed header block, held while the body is still arriving.
    type Head;
    fn parse_head(block: &[u8]) -> Result<Self::Head, CodecError>;
    fn body_len(head: &Self::Head) -> Result<Option<usize>, CodecError>;
    fn assemble(head: Self::Head, body: Bytes) -> Self;
}

impl Frame for Message {
    type Head = Headers;

    fn parse_head(block: &[u8]) -> Result<Headers, CodecError> {
        let mut headers = Headers::with_capacity(block.len(), 4);
        for line in lines(block) {
            let (name, value) = split_header(line);
            headers.push(
                &String::from_utf8_lossy(name),
                &String::from_utf8_lossy(value),
            );
        }
        Ok(headers)
    }

    fn body_len(head: &Headers) -> Result<Option<usize>, CodecError> {
        head.content_length()
    }

    fn assemble(headers: Headers, body: Bytes) -> Self {
        Message { headers, body }
    }
}

impl Frame for Command {
    type Head = (String, Headers);

    fn parse_head(block: &[u8]) -> Result<Self::Head, CodecError> {
        let mut it = lines(block);
        let line = it
            .next()
            .map(|l| String::from_utf8_lossy(l).into_owned())
            .unwrap_or_default();
        let mut headers = Headers::new();
        for l in it {
            let (name, value) = split_header(l);
            headers.push(
                &String::from_utf8_lossy(name),
                &String::from_utf8_lossy(value),
            );
        }
        Ok((line, headers))
    }

    fn body_len(head: &Self::Head) -> Result<Option<usize>, CodecError> {
        head.1.content_length()
    }

    fn assemble((line, headers): Self::Head, body: Bytes) -> Self {
        Command {
            line,
            headers,
            body,
        }
    }
}

/// Non-empty lines of a header block, without their line ending.
fn lines(block: &[u8]) -> impl Iterator<Item = &[u8]> {
    block
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .filter(|l| !l.is_empty())
}

/// `Name: value` -> (`Name`, `value`); FreeSWITCH skips every space after the colon.
fn split_header(line: &[u8]) -> (&[u8], &[u8]) {
    match memchr::memchr(b':', line) {
        Some(i) => {
            let mut v = &line[i + 1..];
            while let [b' ', rest @ ..] = v {
                v = rest;
            }
            (&line[..i], v)
        }
        None => (line, &[]),
    }
}

/// Streaming decoder: feed it bytes as they arrive, take complete frames out.
pub struct Decoder<F: Frame> {
    buf: BytesMut,
    /// Where to resume looking for the end of the header block.
    scan: usize,
    /// Parsed head and total frame length once the header block is complete.
    pending: Option<(F::Head, usize, usize)>,
}

/// Decodes what FreeSWITCH sends (the client side).
pub type MessageDecoder = Decoder<Message>;
/// Decodes what clients send (the server side).
pub type CommandDecoder = Decoder<Command>;

impl<F: Frame> Default for Decoder<F> {
    fn default() -> Self {
        Decoder {
            buf: BytesMut::new(),
            scan: 0,
            pending: None,
        }
    }
}

impl<F: Frame> Decoder<F> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn feed(&mut self, data: &[u8]) {
        self.buf.extend_from_slice(data);
    }

    /// Bytes received but not yet returned as frames.
    pub fn buffered(&self) -> usize {
        self.buf.len()
    }

    /// The next complete frame, or `None` until more bytes are fed.
    ///
    /// After an error the stream cannot be resynchronised; drop the connection.
    pub fn next_frame(&mut self) -> Result<Option<F>, CodecError> {
        if self.pending.is_none() {
            // Stray empty lines between frames carry nothing.
            let skip = self
                .buf
                .iter()
                .take_while(|&&b| b == b'\n' || b == b'\r')
                .count();
            if skip > 0 {
                let _ = self.buf.split_to(skip);
                self.scan = 0;
            }
            let Some(head_end) = self.find_header_end() else {
                if self.buf.len() > MAX_HEADER_BLOCK {
                    return Err(CodecError::HeaderTooLong);
                }
                return Ok(None);
            };
            let head = F::parse_head(&self.buf[..head_end])?;
            let body_len = F::body_len(&head)?.unwrap_or(0);
            self.buf
                .reserve((head_end + body_len).saturating_sub(self.buf.len()));
            self.pending = Some((head, head_end, body_len));
            self.scan = 0;
        }
        let Some((_, head_end, body_len)) = &self.pending else {
            return Ok(None);
        };
        let (head_end, body_len) = (*head_end, *body_len);
        if self.buf.len() < head_end + body_len {
            return Ok(None);
        }
        let Some((head, _, _)) = self.pending.take() else {
            return Ok(None);
        };
        let _ = self.buf.split_to(head_end);
        let body = self.buf.split_to(body_len).freeze();
        Ok(Some(F::assemble(head, body)))
    }

    /// Position just after the empty line ending the header block, if present.
    /// Accepts `\n\n` (FreeSWITCH) and `\r\n\r\n` / `\n\r\n` (some clients).
    fn find_header_end(&mut self) -> Option<usize> {
        let buf = &self.buf[..];
        let mut from = self.scan;
        while let Some(i) = memchr::memchr(b'\n', &buf[from..]) {
            let nl = from + i;
            match (buf.get(nl + 1), buf.get(nl + 2)) {
                (Some(b'\n'), _) => return Some(nl + 2),
                (Some(b'\r'), Some(b'\n')) => return Some(nl + 3),
                (None, _) | (Some(b'\r'), None) => {
                    // Cannot decide yet; look at this newline again next time.
                    self.scan = nl;
                    return None;
                }
                _ => from = nl + 1,
            }
        }
        self.scan = buf.len();
        None
    }
}

impl Decoder<Message> {
    pub fn next_message(&mut self) -> Result<Option<Message>, CodecError> {
        self.next_frame()
    }
}

impl Decoder<Command> {
    pub fn next_command(&mut self) -> Result<Option<Command>, CodecError> {
        self.next_frame()
    }
}

/// Decodes a complete recorded byte stream into its frames.
pub fn decode_all<F: Frame>(data: &[u8]) -> Result<(Vec<F>, usize), CodecError> {
    let mut d = Decoder::<F>::new();
    d.feed(data);
    let mut out = Vec::new();
    while let Some(f) = d.next_frame()? {
        out.push(f);
    }
    Ok((out, d.buffered()))
}

/// An event: ordered headers (values decoded) and an optional body.
///
/// For events with a body FreeSWITCH includes a `Content-Length` header with
/// the body length; it stays in `headers` so that the header order of the
/// wire is preserved, and the encoders recompute it from `body`.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Event {
    pub headers: Headers,
    pub body: Option<String>,
}

impl Event {
    /// The event name (`CUSTOM`, `BACKGROUND_JOB`, ...).
    pub fn name(&self) -> Option<&str> {
        self.headers.get("Event-Name")
    }

    /// The subclass of a `CUSTOM` event (`conference::maintenance`, ...).
    pub fn subclass(&self) -> Option<&str> {
        self.headers.get("Event-Subclass")
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.headers.get(name)
    }

    /// Parses the body of a `text/event-plain` message.
    pub fn parse_plain(data: &[u8]) -> Result<Event, CodecError> {
        let (block, rest) = match memchr::memmem::find(data, b"\n\n") {
            Some(i) => (&data[..i], &data[i + 2..]),
            None => (data, &data[data.len()..]),
        };
        let mut headers = Headers::with_capacity(block.len(), block.len() / 24 + 1);
        for line in lines(block) {
            let (name, value) = split_header(line);
            let name = std::str::from_utf8(name)
                .map(Cow::Borrowed)
                .unwrap_or_else(|_| String::from_utf8_lossy(name));
            headers.push_url_decoded(&name, value);
        }
        let body = match headers.content_length()? {
            Some(n) => {
                let n = n.min(rest.len());
                Some(String::from_utf8_lossy(&rest[..n]).into_owned())
            }
            None => None,
        };
        Ok(Event { headers, body })
    }

    /// Parses the body of a `text/event-json` message.
    ///
    /// Members are read in order and duplicates kept (FreeSWITCH repeats
    /// names, e.g. `profile-name` in `sofia::register_failure`). Array values
    /// become the `ARRAY::a|:b` text the plain format uses for the same header.
    pub fn parse_json(data: &[u8]) -> Result<Event, CodecError> {
        let members: JsonMembers =
            serde_json::from_slice(data).map_err(|e| CodecError::BadEvent(e.to_string()))?;
        let mut headers = Headers::with_capacity(data.len(), members.0.len());
        let mut body = None;
        for (k, v) in members.0 {
            if k == "_body" {
                body = Some(json_text(v));
            } else {
                headers.push(&k, &json_text(v));
            }
        }
        Ok(Event { headers, body })
    }

    /// The `text/event-plain` body FreeSWITCH would write for this event.
    pub fn to_plain(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.headers.text.len() * 2 + 64);
        for (n, v) in self.headers.iter() {
            if n.eq_ignore_ascii_case("Content-Length") {
                continue;
            }
            out.extend_from_slice(n.as_bytes());
            out.extend_from_slice(b": ");
            url_encode_into(v, &mut out);
            out.push(b'\n');
        }
        match &self.body {
            Some(body) => {
                out.extend_from_slice(format!("Content-Length: {}\n\n", body.len()).as_bytes());
                out.extend_from_slice(body.as_bytes());
            }
            None => out.push(b'\n'),
        }
        out
    }

    /// The `text/event-json` body FreeSWITCH would write for this event.
    pub fn to_json(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.headers.text.len() * 2 + 64);
        out.push(b'{');
        let mut first = true;
        let mut member = |out: &mut Vec<u8>, k: &str, v: &str| {
            if !first {
                out.push(b',');
            }
            first = false;
            json_string_into(k, out);
            out.push(b':');
            match v.strip_prefix("ARRAY::") {
                Some(items) => {
                    out.push(b'[');
                    for (i, item) in items.split("|:").enumerate() {
                        if i > 0 {
                            out.push(b',');
                        }
                        json_string_into(item, out);
                    }
                    out.push(b']');
                }
                None => json_string_into(v, out),
            }
        };
        for (n, v) in self.headers.iter() {
            if !n.eq_ignore_ascii_case("Content-Length") {
                member(&mut out, n, v);
            }
        }
        if let Some(body) = &self.body {
            member(&mut out, "Content-Length", &body.len().to_string());
            member(&mut out, "_body", body);
        }
        out.push(b'}');
        out
    }
}

/// A JSON object as its members in document order, duplicates included.
struct JsonMembers(Vec<(String, serde_json::Value)>);

impl<'de> serde::Deserialize<'de> for JsonMembers {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = JsonMembers;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<JsonMembers, A::Error> {
                let mut out = Vec::with_capacity(map.size_hint().unwrap_or(64));
                while let Some(entry) = map.next_entry::<String, serde_json::Value>()? {
                    out.push(entry);
                }
                Ok(JsonMembers(out))
            }
        }
        d.deserialize_map(Visitor)
    }
}

fn json_text(v: serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s,
        serde_json::Value::Array(items) => {
            let mut s = String::from("ARRAY::");
            for (i, item) in items.into_iter().enumerate() {
                if i > 0 {
                    s.push_str("|:");
                }
                s.push_str(&json_text(item));
            }
            s
        }
        other => other.to_string(),
    }
}

fn json_string_into(s: &str, out: &mut Vec<u8>) {
    // serde_json's escaping matches cJSON's for everything FreeSWITCH emits.
    match serde_json::to_vec(s) {
        Ok(v) => out.extend_from_slice(&v),
        Err(_) => out.extend_from_slice(b"\"\""),
    }
}

/// FreeSWITCH's `switch_url_decode`: `%XX` becomes a byte, nothing else changes.
fn url_decode_into(raw: &[u8], out: &mut String) {
    if memchr::memchr(b'%', raw).is_none() {
        match std::str::from_utf8(raw) {
            Ok(s) => out.push_str(s),
            Err(_) => out.push_str(&String::from_utf8_lossy(raw)),
        }
        return;
    }
    let mut bytes = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'%' && i + 2 < raw.len() {
            if let (Some(h), Some(l)) = (hex_val(raw[i + 1]), hex_val(raw[i + 2])) {
                bytes.push(h << 4 | l);
                i += 3;
                continue;
            }
        }
        bytes.push(raw[i]);
        i += 1;
    }
    match String::from_utf8(bytes) {
        Ok(s) => out.push_str(&s),
        Err(e) => out.push_str(&String::from_utf8_lossy(e.as_bytes())),
    }
}

/// Decodes a percent-encoded value the way FreeSWITCH does.
pub fn url_decode(raw: &str) -> String {
    let mut s = String::with_capacity(raw.len());
    url_decode_into(raw.as_bytes(), &mut s);
    s
}

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// FreeSWITCH's `switch_url_encode` as used for event-plain values: control
/// and non-ASCII bytes and ` "#%&+:;<=>?@[\]^`{|}` become `%XX`, except that
/// an existing `%XX` sequence is left alone.
fn url_encode_into(value: &str, out: &mut Vec<u8>) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let b = value.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        let already_encoded = c == b'%'
            && i + 2 < b.len()
            && hex_val(b[i + 1]).is_some()
            && hex_val(b[i + 2]).is_some();
        let unsafe_char = !(b' '..=b'~').contains(&c) || b" \"#%&+:;<=>?@[\\]^`{|}".contains(&c);
        if unsafe_char && !already_encoded {
            out.extend_from_slice(&[b'%', HEX[(c >> 4) as usize], HEX[(c & 15) as usize]]);
        } else {
            out.push(c);
        }
    }
}

/// Percent-encodes a value the way FreeSWITCH does for event-plain headers.
pub fn url_encode(value: &str) -> String {
    let mut out = Vec::with_capacity(value.len());
    url_encode_into(value, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

// ---- encoders: the server side of the protocol ----

/// `Content-Type: auth/request`, sent as soon as a client connects.
pub fn encode_auth_request() -> Vec<u8> {
    b"Content-Type: auth/request\n\n".to_vec()
}

/// A `command/reply` with `Reply-Text` and optional extra headers after it.
pub fn encode_command_reply(reply_text: &str, extra: &[(&str, &str)]) -> Vec<u8> {
    let mut out = format!("Content-Type: command/reply\nReply-Text: {reply_text}\n").into_bytes();
    for (n, v) in extra {
        out.extend_from_slice(format!("{n}: {v}\n").as_bytes());
    }
    out.push(b'\n');
    out
}

/// An `api/response`; FreeSWITCH puts `Content-Type` before `Content-Length`.
pub fn encode_api_response(body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "Content-Type: api/response\nContent-Length: {}\n\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

/// The notice FreeSWITCH sends before closing a socket.
pub fn encode_disconnect_notice(body: &str) -> Vec<u8> {
    let mut out = format!(
        "Content-Type: text/disconnect-notice\nContent-Length: {}\n\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body.as_bytes());
    out
}

/// The event formats a subscriber can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventFormat {
    Plain,
    Json,
}

/// An event message; events put `Content-Length` before `Content-Type`.
pub fn encode_event(event: &Event, format: EventFormat) -> Vec<u8> {
    let (body, ctype) = match format {
        EventFormat::Plain => (event.to_plain(), "text/event-plain"),
        EventFormat::Json => (event.to_json(), "text/event-json"),
    };
    let mut out = format!("Content-Length: {}\nContent-Type: {ctype}\n\n", body.len()).into_bytes();
    out.extend_from_slice(&body);
    out
}

/// A command as a client writes it: the line, header lines, an empty line.
/// Callers must have rejected CR/LF in the parts (see `client`).
pub fn encode_command(line: &str, headers: &[(&str, &str)]) -> Vec<u8> {
    let mut out = String::with_capacity(line.len() + 2);
    out.push_str(line);
    out.push('\n');
    for (n, v) in headers {
        out.push_str(n);
        out.push_str(": ");
        out.push_str(v);
        out.push('\n');
    }
    out.push('\n');
    out.into_bytes()
}

// ---- the client's handshake ----

/// Why the greeting and `auth` did not end in `+OK accepted`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HandshakeError {
    /// The switch said no: a wrong password (`-ERR invalid`) or its ACL
    /// (`text/rude-rejection`).
    #[error("{0}")]
    Refused(String),
    /// Something that is not the event socket's greeting or auth reply.
    #[error("unexpected reply of type {0:?}")]
    Unexpected(String),
    /// The socket closed before the handshake finished.
    #[error("closed during the handshake")]
    Closed,
}

/// What the client does next in the handshake.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandshakeStep {
    /// Write these bytes (the `auth` command) and read the next message.
    Send(Vec<u8>),
    /// Authenticated: the connection is ready for commands.
    Done,
}

/// The client side of the event socket's handshake: the greeting
/// (`auth/request`), `auth PASSWORD`, its reply. Pure, so the async and the
/// blocking client drive the same state machine and agree on every
/// rejected greeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Handshake {
    #[default]
    AwaitGreeting,
    AwaitAuthReply,
    Done,
}

impl Handshake {
    /// The next message from the switch. `password` must be free of CR/LF.
    pub fn on_message(
        &mut self,
        m: &Message,
        password: &str,
    ) -> Result<HandshakeStep, HandshakeError> {
        let unexpected = || HandshakeError::Unexpected(m.content_type().unwrap_or("(none)").into());
        match (*self, m.kind()) {
            (_, MessageKind::RudeRejection) => {
                Err(HandshakeError::Refused(m.body_text().trim().to_string()))
            }
            (Handshake::AwaitGreeting, MessageKind::AuthRequest) => {
                *self = Handshake::AwaitAuthReply;
                let auth = format!("auth {password}");
                Ok(HandshakeStep::Send(encode_command(&auth, &[])))
            }
            (Handshake::AwaitAuthReply, MessageKind::CommandReply) => match m.reply_text() {
                Some(t) if t.starts_with("+OK") => {
                    *self = Handshake::Done;
                    Ok(HandshakeStep::Done)
                }
                Some(t) => Err(HandshakeError::Refused(t.to_string())),
                None => Err(unexpected()),
            },
            _ => Err(unexpected()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drive(wire: &[u8]) -> Result<Vec<HandshakeStep>, HandshakeError> {
        let (msgs, _) = decode_all::<Message>(wire).unwrap();
        let mut hs = Handshake::default();
        let mut steps = Vec::new();
        for m in &msgs {
            steps.push(hs.on_message(m, "ClueCon")?);
            if hs == Handshake::Done {
                return Ok(steps);
            }
        }
        Err(HandshakeError::Closed)
    }

    #[test]
    fn handshake_accepts_the_greeting_and_the_ok() {
        let steps = drive(b"Content-Type: auth/request\n\nContent-Type: command/reply\nReply-Text: +OK accepted\n\n");
        assert_eq!(
            steps.unwrap(),
            vec![
                HandshakeStep::Send(b"auth ClueCon\n\n".to_vec()),
                HandshakeStep::Done
            ]
        );
    }

    #[test]
    fn handshake_rejections_name_the_reason() {
        let refused = drive(b"Content-Type: auth/request\n\nContent-Type: command/reply\nReply-Text: -ERR invalid\n\n");
        assert_eq!(refused, Err(HandshakeError::Refused("-ERR invalid".into())));
        let rude = drive(
            b"Content-Type: text/rude-rejection\nContent-Length: 20\n\nAccess Denied, go away.\n",
        );
        assert!(matches!(rude, Err(HandshakeError::Refused(t)) if t.starts_with("Access Denied")));
        let other = drive(b"Content-Type: api/response\nContent-Length: 2\n\nhi");
        assert_eq!(
            other,
            Err(HandshakeError::Unexpected("api/response".into()))
        );
        let twice = drive(b"Content-Type: auth/request\n\nContent-Type: auth/request\n\n");
        assert_eq!(
            twice,
            Err(HandshakeError::Unexpected("auth/request".into()))
        );
        assert_eq!(
            drive(b"Content-Type: auth/request\n\n"),
            Err(HandshakeError::Closed)
        );
    }

    #[test]
    fn frames_split_anywhere_are_reassembled() {
        let wire = b"Content-Type: auth/request\n\nContent-Type: api/response\nContent-Length: 5\n\nhelloContent-Type: command/reply\nReply-Text: +OK\n\n";
        let (whole, rest) = decode_all::<Message>(wire).unwrap();
        assert_eq!(rest, 0);
        assert_eq!(whole.len(), 3);
        assert_eq!(&whole[1].body[..], b"hello");
        for cut in 0..wire.len() {
            let mut d = MessageDecoder::new();
            let mut got = Vec::new();
            d.feed(&wire[..cut]);
            while let Some(m) = d.next_message().unwrap() {
                got.push(m);
            }
            d.feed(&wire[cut..]);
            while let Some(m) = d.next_message().unwrap() {
                got.push(m);
            }
            assert_eq!(got, whole, "cut at {cut}");
        }
    }

    #[test]
    fn header_lookup_ignores_case_and_keeps_order() {
        let h: Headers = [("Unique-ID", "a"), ("unique-id", "b")]
            .into_iter()
            .collect();
        assert_eq!(h.get("UNIQUE-ID"), Some("a"));
        assert_eq!(h.get_all("unique-ID").collect::<Vec<_>>(), ["a", "b"]);
    }

    #[test]
    fn bad_content_length_is_an_error() {
        let mut d = MessageDecoder::new();
        d.feed(b"Content-Type: api/response\nContent-Length: x1\n\n");
        assert!(matches!(
            d.next_message(),
            Err(CodecError::BadContentLength(_))
        ));
    }

    #[test]
    fn url_coding_matches_freeswitch() {
        let v = "\"\" <sip:20000@127.0.0.1:5100;transport=UDP>";
        let e = url_encode(v);
        assert_eq!(
            e,
            "%22%22%20%3Csip%3A20000%40127.0.0.1%3A5100%3Btransport%3DUDP%3E"
        );
        assert_eq!(url_decode(&e), v);
        assert_eq!(url_encode("Grüße (x)/y,z~"), "Gr%C3%BC%C3%9Fe%20(x)/y,z~");
        assert_eq!(url_decode("Gr%C3%BC%C3%9Fe"), "Grüße");
        assert_eq!(url_decode("100%"), "100%");
        assert_eq!(url_decode("%zz%4"), "%zz%4");
    }

    #[test]
    fn plain_event_with_body_round_trips() {
        let mut ev = Event::default();
        ev.headers.push("Event-Name", "BACKGROUND_JOB");
        ev.headers.push("Job-Command", "global_getvar");
        ev.body = Some("a=b\nc: d\n\n".into());
        let plain = ev.to_plain();
        assert!(plain.ends_with(b"Content-Length: 10\n\na=b\nc: d\n\n"));
        let back = Event::parse_plain(&plain).unwrap();
        assert_eq!(back.body, ev.body);
        assert_eq!(back.get("content-length"), Some("10"));
        let json = Event::parse_json(&ev.to_json()).unwrap();
        assert_eq!(json.body, ev.body);
        assert_eq!(json.get("Job-Command"), Some("global_getvar"));
    }

    #[test]
    fn commands_with_crlf_and_bodies_parse() {
        let wire = b"auth ClueCon\r\n\r\nsendevent CUSTOM\nEvent-Subclass: x::y\nContent-Length: 3\n\nabcexit\n\n";
        let (cmds, rest) = decode_all::<Command>(wire).unwrap();
        assert_eq!(rest, 0);
        assert_eq!(cmds.len(), 3);
        assert_eq!(cmds[0].line, "auth ClueCon");
        assert_eq!(cmds[1].headers.get("event-subclass"), Some("x::y"));
        assert_eq!(&cmds[1].body[..], b"abc");
        assert_eq!(cmds[2].line, "exit");
    }
}
