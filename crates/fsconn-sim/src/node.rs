//! The simulator as a cluster node: its directory and dialplan come from
//! fsconn over HTTP, asked exactly as FreeSWITCH's `mod_xml_curl` asks
//! (the same form fields, basic auth), instead of from its files.
//!
//! A real node asks at every authenticated REGISTER and INVITE (the
//! directory) and at every call (the dialplan of the caller's context, and
//! again after a transfer to another context); so does the simulator, at
//! `sim register` and `sim join`. What comes back is read like the files:
//! pre-processed with the switch's variables, then the same readers
//! (`config`). "Not found", an error or no answer make the switch use its
//! own files, as mod_xml_curl does. The simulator speaks plain HTTP only
//! (it runs on loopback in tests and the demo); it is never a SIP server.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use super::config::ConferenceExtension;
use super::xml::Element;

/// `--node NAME --xml-curl URL --xml-curl-credentials USER:PASS`.
#[derive(Debug, Clone)]
pub struct NodeOptions {
    /// The node's name: the `hostname` (switchname) of its requests.
    pub name: String,
    /// `http://HOST:PORT/api/xml_curl`.
    pub url: String,
    /// `USER:PASSWORD` (mod_xml_curl's `gateway-credentials`).
    pub credentials: String,
}

/// How long one lookup may take (mod_xml_curl's `timeout`).
const TIMEOUT: Duration = Duration::from_secs(5);

/// A gateway as a binding of mod_xml_curl knows it.
#[derive(Debug)]
pub struct XmlCurl {
    name: String,
    host_port: String,
    path: String,
    authorization: String,
}

/// One call as the dialplan request describes it.
pub struct Call<'a> {
    pub uuid: &'a str,
    pub user: &'a str,
    pub number: &'a str,
    pub context: &'a str,
    /// 1 for the call as it came, 2 after a transfer.
    pub profile_index: u32,
    /// The directory user's variables (`variable_*`).
    pub variables: &'a [(String, String)],
}

/// Where a context's dialplan sends a number.
#[derive(Debug, Clone, PartialEq)]
pub enum Route {
    Conference(ConferenceExtension),
    /// `transfer NUMBER XML CONTEXT`.
    Transfer {
        number: String,
        context: String,
    },
    /// Something else (a bridge, `respond 503`): not a conference.
    Other(String),
    /// No extension matched.
    Nothing,
}

impl XmlCurl {
    pub fn new(o: &NodeOptions) -> Result<XmlCurl, String> {
        let rest = o.url.strip_prefix("http://").ok_or_else(|| {
            format!(
                "--xml-curl {}: the simulator asks over plain http:// (on loopback)",
                o.url
            )
        })?;
        let (host_port, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        if host_port.is_empty() || !o.credentials.contains(':') {
            return Err(format!(
                "--xml-curl {} / --xml-curl-credentials: need http://HOST:PORT/PATH and USER:PASSWORD",
                o.url
            ));
        }
        Ok(XmlCurl {
            name: o.name.clone(),
            host_port: host_port.to_string(),
            path: path.to_string(),
            authorization: format!("Basic {}", base64(o.credentials.as_bytes())),
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// sofia's lookup of `user@domain` for a REGISTER or INVITE.
    pub fn directory(
        &self,
        head: &[(String, String)],
        domain: &str,
        user: &str,
        method: &str,
    ) -> Result<String, String> {
        let mut f = self.start("directory", "domain", "name", domain);
        f.extend_from_slice(head);
        let nonce = uuid::Uuid::new_v4().to_string();
        let call_id = format!("{}-{user}@fsconn-sim", &nonce[..8]);
        let uri = format!("sip:{domain}:5060");
        // The fields sofia_reg_parse_auth sends, in its order (the
        // digest's own values are the phone's; the switch checks them).
        for (k, v) in [
            ("action", "sip_auth"),
            ("sip_profile", "internal"),
            ("sip_user_agent", "fsconn-sim"),
            ("sip_auth_username", user),
            ("sip_auth_realm", domain),
            ("sip_auth_nonce", &nonce),
            ("sip_auth_uri", &uri),
            ("sip_contact_user", user),
            ("sip_contact_host", "127.0.0.1"),
            ("sip_to_user", user),
            ("sip_to_host", domain),
            ("sip_via_protocol", "udp"),
            ("sip_from_user", user),
            ("sip_from_host", domain),
            ("sip_call_id", &call_id),
            ("sip_request_host", domain),
            ("sip_request_port", "5060"),
            ("sip_auth_qop", "auth"),
            ("sip_auth_cnonce", "6b8b4567"),
            ("sip_auth_nc", "00000001"),
            ("sip_auth_response", "00000000000000000000000000000000"),
            ("sip_auth_method", method),
            ("client_port", "5060"),
            ("key", "id"),
            ("user", user),
            ("domain", domain),
            ("ip", "127.0.0.1"),
        ] {
            f.push((k.into(), v.into()));
        }
        self.post(&f)
    }

    /// The lookup of the `user/ID@DOMAIN` endpoint a call goes out to
    /// (`action=user_call`, then the fields `user_exists` sends).
    pub fn user_call(
        &self,
        head: &[(String, String)],
        domain: &str,
        user: &str,
    ) -> Result<String, String> {
        let mut f = self.start("directory", "domain", "name", domain);
        f.extend_from_slice(head);
        for (k, v) in [
            ("as_channel", "true"),
            ("action", "user_call"),
            ("key", "id"),
            ("user", user),
            ("domain", domain),
        ] {
            f.push((k.into(), v.into()));
        }
        self.post(&f)
    }

    /// mod_dialplan_xml's lookup of the context a call is routed in.
    pub fn dialplan(&self, head: &[(String, String)], c: &Call) -> Result<String, String> {
        let mut f = self.start("dialplan", "", "", "");
        f.extend_from_slice(head);
        let index = c.profile_index.to_string();
        let caller = [
            ("Username", c.user),
            ("Dialplan", "XML"),
            ("Caller-ID-Name", c.user),
            ("Caller-ID-Number", c.user),
            ("Destination-Number", c.number),
            ("Unique-ID", c.uuid),
            ("Source", "mod_sofia"),
            ("Context", c.context),
            ("Profile-Index", &index),
        ];
        f.push(("Channel-State".into(), "CS_ROUTING".into()));
        f.push(("Unique-ID".into(), c.uuid.into()));
        f.push(("Call-Direction".into(), "inbound".into()));
        for (k, v) in caller {
            f.push((format!("Caller-{k}"), v.into()));
        }
        f.push(("variable_sip_authorized".into(), "true".into()));
        for (k, v) in c.variables {
            f.push((format!("variable_{k}"), v.clone()));
        }
        for (k, v) in caller {
            f.push((format!("Hunt-{k}"), v.into()));
        }
        self.post(&f)
    }

    fn start(&self, section: &str, tag: &str, key: &str, value: &str) -> Vec<(String, String)> {
        [
            ("hostname", self.name.as_str()),
            ("section", section),
            ("tag_name", tag),
            ("key_name", key),
            ("key_value", value),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    }

    /// One POST; the body of a 200, else why not.
    fn post(&self, fields: &[(String, String)]) -> Result<String, String> {
        let body: Vec<String> = fields
            .iter()
            .map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v)))
            .collect();
        let body = body.join("&");
        let request = format!(
            "POST {} HTTP/1.1\r\nHost: {}\r\nAuthorization: {}\r\nUser-Agent: freeswitch-xml/1.0\r\nAccept: */*\r\nContent-Length: {}\r\nContent-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n\r\n{body}",
            self.path,
            self.host_port,
            self.authorization,
            body.len()
        );
        let fail = |e: std::io::Error| format!("{}: {e}", self.host_port);
        let mut s = TcpStream::connect(&self.host_port).map_err(fail)?;
        s.set_read_timeout(Some(TIMEOUT)).map_err(fail)?;
        s.set_write_timeout(Some(TIMEOUT)).map_err(fail)?;
        s.write_all(request.as_bytes()).map_err(fail)?;
        let mut answer = Vec::new();
        s.read_to_end(&mut answer).map_err(fail)?;
        let text = String::from_utf8_lossy(&answer);
        let (head, body) = text
            .split_once("\r\n\r\n")
            .ok_or_else(|| format!("{}: not an HTTP answer", self.host_port))?;
        let status = head.split(' ').nth(1).unwrap_or("");
        if status != "200" {
            return Err(format!("{}: HTTP {status}", self.host_port));
        }
        let chunked = head.lines().any(|l| {
            l.to_ascii_lowercase()
                .starts_with("transfer-encoding: chunked")
        });
        Ok(if chunked {
            dechunk(body)
        } else {
            body.to_string()
        })
    }
}

/// Where `context` sends `number`: the first extension whose
/// `destination_number` conditions all match and that does not continue
/// (`continue="true"` ones only set variables), as mod_dialplan_xml.
pub fn route(context: &Element, number: &str) -> Route {
    for ext in context.children_named("extension") {
        let mut captures = None;
        let mut matched = true;
        for cond in ext.children_named("condition") {
            if cond.attr("field") != Some("destination_number") {
                continue;
            }
            let re = cond.attr("expression").unwrap_or("");
            match regex::Regex::new(re).ok().and_then(|r| {
                r.captures(number).map(|c| {
                    c.iter()
                        .map(|m| m.map(|m| m.as_str().to_string()).unwrap_or_default())
                        .collect::<Vec<_>>()
                })
            }) {
                Some(c) => captures = Some(c),
                None => matched = false,
            }
        }
        if !matched || captures.is_none() || ext.attr("continue") == Some("true") {
            continue;
        }
        return route_of(ext, context, &captures.unwrap_or_default());
    }
    Route::Nothing
}

/// What a matched extension does with the call.
fn route_of(ext: &Element, context: &Element, captures: &[String]) -> Route {
    let actions = ext
        .children_named("condition")
        .flat_map(|c| c.children_named("action"));
    for a in actions {
        let app = a.attr("application").unwrap_or("");
        let mut data = a.attr("data").unwrap_or("").to_string();
        for (i, c) in captures.iter().enumerate().rev() {
            data = data.replace(&format!("${i}"), c);
        }
        match app {
            "conference" => {
                let mut one = context.clone();
                one.children = vec![ext.clone()];
                let section = Element {
                    children: vec![one],
                    ..Default::default()
                };
                let found = super::config::read_conferences(&section);
                if let Some(c) = found.into_iter().next() {
                    return Route::Conference(c);
                }
            }
            "transfer" => {
                let w: Vec<&str> = data.split_whitespace().collect();
                if let [number, "XML", context] = w[..] {
                    return Route::Transfer {
                        number: number.into(),
                        context: context.into(),
                    };
                }
                return Route::Other(format!("transfer {data}"));
            }
            "set" | "export" | "answer" => {}
            other => return Route::Other(format!("{other} {data}")),
        }
    }
    Route::Nothing
}

fn urlencode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~,".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn base64(input: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in input.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A `Transfer-Encoding: chunked` body.
fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        s = rest[n..].trim_start_matches("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_and_forms_are_encoded_as_curl_does() {
        assert_eq!(base64(b"user:pass"), "dXNlcjpwYXNz");
        assert_eq!(base64(b"a"), "YQ==");
        assert_eq!(base64(b"ab"), "YWI=");
        assert_eq!(
            urlencode("2026-12-06 02:57:39"),
            "2026-12-06%2002%3A57%3A39"
        );
        assert_eq!(dechunk("5\r\nhello\r\n3\r\n, x\r\n0\r\n\r\n"), "hello, x");
    }

    #[test]
    fn a_context_routes_like_the_xml_dialplan() {
        let ctx = crate::xml::parse(
            "<context name=\"public\">\n<extension name=\"srtp\" continue=\"true\"><condition field=\"destination_number\" expression=\"^.*$\"><action application=\"set\" data=\"a=b\"/></condition></extension>\n<extension name=\"conferences\"><condition field=\"destination_number\" expression=\"^(32\\d{3})$\"><action application=\"transfer\" data=\"$1 XML team\"/></condition></extension>\n</context>",
        )
        .unwrap();
        assert_eq!(
            route(&ctx, "32000"),
            Route::Transfer {
                number: "32000".into(),
                context: "team".into()
            }
        );
        assert_eq!(route(&ctx, "30000"), Route::Nothing);
        let team = crate::xml::parse(
            "<context name=\"team\"><extension name=\"team_g722\"><condition field=\"destination_number\" expression=\"^30000$\"><action application=\"answer\"/><action application=\"conference\" data=\"team_g722@16kHz-novideo+${conpin}+flags{${conf_flags}}\"/></condition></extension></context>",
        )
        .unwrap();
        let Route::Conference(c) = route(&team, "30000") else {
            panic!("no conference");
        };
        assert_eq!(
            (c.name.as_str(), c.profile.as_str()),
            ("team_g722", "16kHz-novideo")
        );
    }
}
