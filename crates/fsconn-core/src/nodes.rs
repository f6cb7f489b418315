//! The FreeSWITCH nodes of a cluster (`[[node]]` in fsconn.toml).
//!
//! With no `[[node]]` table fsconn runs in file mode against the one switch
//! of `[esl]`, exactly as before. With nodes, each one is a FreeSWITCH media
//! node: fsconn keeps one event-socket connection to it, answers its
//! `mod_xml_curl` requests with the credentials listed here (one pair per
//! node, so a leaked node password can be revoked alone), and lists its SIP
//! address for Kamailio's dispatcher. One list, so there is one source of
//! truth for the proxy, the nodes and fsconn.

use serde::{Deserialize, Serialize};
use std::fmt;

/// One `[[node]]` table, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "RawNode")]
pub struct NodeDef {
    /// The node's name: how the live view tags its conferences, what
    /// `/healthz` lists when it is down, and the `hostname` the node sends
    /// in its xml_curl requests (FreeSWITCH's `switchname`).
    pub name: NodeName,
    /// The event socket, `host:port`.
    pub esl_host: String,
    pub esl_port: u16,
    pub esl_password: String,
    /// What the node's `xml_curl.conf.xml` puts in `gateway-credentials`
    /// (`user:password`, HTTP basic auth).
    pub xml_curl_user: String,
    pub xml_curl_password: String,
    /// Where Kamailio's dispatcher sends the node's calls, `host:port`
    /// (the node's `internal` sofia profile); `None` keeps the node out of
    /// the dispatcher list (e.g. while it is being drained).
    pub sip: Option<String>,
}

impl NodeDef {
    pub fn esl_addr(&self) -> String {
        format!("{}:{}", self.esl_host, self.esl_port)
    }
}

/// A node name: 1–63 of `a-z0-9-_.`, starting with a letter or digit, so it
/// is safe in a file name, a log line, a metric label and a SIP URI.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct NodeName(String);

impl NodeName {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for NodeName {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let ok_char = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c);
        let first_ok = s
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
        if s.len() > 63 || !first_ok || !s.chars().all(ok_char) {
            return Err(format!(
                "node name {s:?}: 1 to 63 of a-z, 0-9, '-', '_', '.', starting with a letter or digit"
            ));
        }
        Ok(NodeName(s))
    }
}

impl From<NodeName> for String {
    fn from(n: NodeName) -> String {
        n.0
    }
}

impl fmt::Display for NodeName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `[[node]]` as written in fsconn.toml.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNode {
    name: String,
    /// `host:port` of the event socket.
    esl: String,
    #[serde(default = "default_esl_password")]
    esl_password: String,
    /// Defaults to the node's name.
    xml_curl_user: Option<String>,
    xml_curl_password: String,
    sip: Option<String>,
}

fn default_esl_password() -> String {
    "ClueCon".into()
}

/// The minimum length of a node's xml_curl password: it guards every
/// user's SIP password, so it must not be guessable.
pub const MIN_XML_CURL_PASSWORD: usize = 16;

impl TryFrom<RawNode> for NodeDef {
    type Error = String;
    fn try_from(r: RawNode) -> Result<Self, String> {
        let name = NodeName::try_from(r.name)?;
        let at = |field: &str, why: String| format!("node {:?}: {field}: {why}", name.as_str());
        let (esl_host, esl_port) = host_port(&r.esl).map_err(|e| at("esl", e))?;
        if let Some(sip) = &r.sip {
            host_port(sip).map_err(|e| at("sip", e))?;
        }
        let (user, pw) = credentials("node", &name, r.xml_curl_user, r.xml_curl_password)?;
        Ok(NodeDef {
            name,
            esl_host,
            esl_port,
            esl_password: r.esl_password,
            xml_curl_user: user,
            xml_curl_password: pw,
            sip: r.sip,
        })
    }
}

/// The basic credentials an xml_curl client sends: the user defaults to
/// the name; the password guards every user's SIP password.
fn credentials(
    kind: &str,
    name: &NodeName,
    user: Option<String>,
    pw: String,
) -> Result<(String, String), String> {
    let at = |field: &str, why: String| format!("{kind} {:?}: {field}: {why}", name.as_str());
    let user = user.unwrap_or_else(|| name.to_string());
    if user.is_empty() || user.contains(':') || user.chars().any(|c| c.is_control()) {
        return Err(at(
            "xml_curl_user",
            "must be non-empty, without ':' or control characters".into(),
        ));
    }
    if pw.len() < MIN_XML_CURL_PASSWORD || pw.chars().any(|c| c.is_control()) {
        return Err(at(
            "xml_curl_password",
            format!("at least {MIN_XML_CURL_PASSWORD} characters, no control characters"),
        ));
    }
    Ok((user, pw))
}

/// One `[[proxy]]` table: a SIP proxy that asks fsconn's directory like a
/// node does (Kamailio's registrar in examples/kamailio checks each
/// REGISTER with the password from `POST /api/xml_curl`), with credentials
/// of its own so they can be revoked alone. It has no event socket and
/// hosts no conference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "RawProxy")]
pub struct ProxyDef {
    pub name: NodeName,
    pub xml_curl_user: String,
    pub xml_curl_password: String,
    /// The proxy's SIP address, `host:port`: when set, the directory the
    /// nodes get routes their calls to users (dial-outs) through it, since
    /// the phones register there, not on a node.
    pub sip: Option<String>,
}

impl ProxyDef {
    /// The proxy as a loose route (`sip:HOST:PORT;lr`).
    pub fn route(&self) -> Option<String> {
        let (host, port) = host_port(self.sip.as_deref()?).ok()?;
        let host = if host.contains(':') {
            format!("[{host}]")
        } else {
            host
        };
        Some(format!("sip:{host}:{port};lr"))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProxy {
    name: String,
    xml_curl_user: Option<String>,
    xml_curl_password: String,
    sip: Option<String>,
}

impl TryFrom<RawProxy> for ProxyDef {
    type Error = String;
    fn try_from(r: RawProxy) -> Result<Self, String> {
        let name = NodeName::try_from(r.name)?;
        let (user, pw) = credentials("proxy", &name, r.xml_curl_user, r.xml_curl_password)?;
        if let Some(sip) = &r.sip {
            host_port(sip).map_err(|e| format!("proxy {:?}: sip: {e}", name.as_str()))?;
        }
        Ok(ProxyDef {
            name,
            xml_curl_user: user,
            xml_curl_password: pw,
            sip: r.sip,
        })
    }
}

/// Proxies and nodes share one name space and one set of xml_curl users:
/// a lookup is credited to exactly one of them.
pub fn check_proxies(nodes: &[NodeDef], proxies: &[ProxyDef]) -> Result<(), String> {
    for (i, p) in proxies.iter().enumerate() {
        let others = proxies[i + 1..].iter().map(|o| (&o.name, &o.xml_curl_user));
        let nodes = nodes.iter().map(|n| (&n.name, &n.xml_curl_user));
        for (name, user) in others.chain(nodes) {
            if *name == p.name {
                return Err(format!("proxy {:?}: the name is taken", p.name.as_str()));
            }
            if *user == p.xml_curl_user {
                return Err(format!(
                    "proxy {:?}: xml_curl_user {:?} is taken",
                    p.name.as_str(),
                    user
                ));
            }
        }
    }
    Ok(())
}

/// `host:port` or `[v6]:port`, port 1–65535.
fn host_port(v: &str) -> Result<(String, u16), String> {
    let (host, port) = v
        .rsplit_once(':')
        .ok_or_else(|| format!("{v:?} is not host:port"))?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let port: u16 = port
        .parse()
        .ok()
        .filter(|p| *p > 0)
        .ok_or_else(|| format!("{v:?}: the port must be 1-65535"))?;
    if host.is_empty() || host.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("{v:?}: the host is empty or has spaces"));
    }
    Ok((host.to_string(), port))
}

/// The whole list is checked together: names, event sockets and xml_curl
/// users must each be unique, or a control or a lookup could be credited to
/// the wrong node.
pub fn check(nodes: &[NodeDef]) -> Result<(), String> {
    for (i, a) in nodes.iter().enumerate() {
        for b in &nodes[i + 1..] {
            if a.name == b.name {
                return Err(format!("node {:?} defined twice", a.name.as_str()));
            }
            if a.esl_addr() == b.esl_addr() {
                return Err(format!(
                    "nodes {:?} and {:?} have the same event socket {}",
                    a.name.as_str(),
                    b.name.as_str(),
                    a.esl_addr()
                ));
            }
            if a.xml_curl_user == b.xml_curl_user {
                return Err(format!(
                    "nodes {:?} and {:?} have the same xml_curl_user",
                    a.name.as_str(),
                    b.name.as_str()
                ));
            }
        }
    }
    Ok(())
}

/// The dispatcher set fsconn writes: Kamailio's `ds_select_dst(1, ...)`
/// in examples/kamailio/kamailio.cfg picks the conference's node from it.
pub const DISPATCHER_SET: u32 = 1;

/// Kamailio's `dispatcher.list` for the nodes, so the proxy's destinations
/// come from the same `[[node]]` tables as fsconn's event sockets (one
/// source of truth). A node without `sip` is left out (being drained); its
/// name goes into `duid` so Kamailio's logs and RPC name the same node as
/// fsconn's. The order is the settings' order: the hash picks by position.
pub fn dispatcher_list(nodes: &[NodeDef]) -> String {
    let mut out = String::from(
        "# Kamailio dispatcher.list, written by `fsconn cluster dispatcher-list` from fsconn's [[node]] tables.\n\
         # setid destination flags priority attributes\n",
    );
    for n in nodes {
        let Some(sip) = &n.sip else { continue };
        let Ok((host, port)) = host_port(sip) else {
            continue;
        };
        let host = if host.contains(':') {
            format!("[{host}]")
        } else {
            host
        };
        out.push_str(&format!(
            "{DISPATCHER_SET} sip:{host}:{port} 0 0 duid={name};node={name}\n",
            name = n.name
        ));
    }
    out
}

/// Kamailio dispatcher's hash of a key (`ds_get_hash` with one string, in
/// 32-bit unsigned arithmetic): algorithm 7 over `$rU` hashes the dialled
/// conference number with it.
pub fn dispatcher_hash(key: &str) -> u32 {
    let mix = |v: u32| v ^ (v >> 3);
    let bytes = key.as_bytes();
    let mut h: u32 = 0;
    let mut words = bytes.chunks_exact(4);
    for w in words.by_ref() {
        h = h.wrapping_add(mix(u32::from_be_bytes([w[0], w[1], w[2], w[3]])));
    }
    let tail = words
        .remainder()
        .iter()
        .fold(0u32, |v, b| (v << 8).wrapping_add(u32::from(*b)));
    h = h.wrapping_add(mix(tail));
    h = h
        .wrapping_add(h >> 11)
        .wrapping_add((h >> 13).wrapping_add(h >> 23));
    h.max(1)
}

/// The position, among `count` destinations all up, of the node Kamailio's
/// `ds_select_dst("1", "7")` sends a call for `number` to (the hash modulo
/// the set's size, destinations in the list's order): where the demo puts
/// each conference, as the proxy would.
pub fn dispatched_to(number: &str, count: usize) -> usize {
    match u32::try_from(count) {
        Ok(n) if n > 0 => (dispatcher_hash(number) % n) as usize,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(t: &str) -> Result<Vec<NodeDef>, String> {
        #[derive(Deserialize)]
        struct F {
            node: Vec<NodeDef>,
        }
        let f: F = toml::from_str(t).map_err(|e| e.message().to_string())?;
        check(&f.node)?;
        Ok(f.node)
    }

    #[test]
    fn a_node_table_is_read_with_its_defaults() {
        let n = parse(
            "[[node]]\nname = \"fs1\"\nesl = \"127.0.0.1:8021\"\nxml_curl_password = \"0123456789abcdef\"\nsip = \"127.0.0.1:5060\"\n",
        )
        .unwrap();
        assert_eq!(n[0].name.as_str(), "fs1");
        assert_eq!((n[0].esl_host.as_str(), n[0].esl_port), ("127.0.0.1", 8021));
        assert_eq!(n[0].esl_password, "ClueCon");
        assert_eq!(n[0].xml_curl_user, "fs1");
    }

    #[test]
    fn bad_nodes_are_refused_naming_the_field() {
        let base =
            |extra: &str| format!("[[node]]\nname = \"fs1\"\nesl = \"127.0.0.1:8021\"\n{extra}");
        let e = parse(&base("xml_curl_password = \"short\"\n")).unwrap_err();
        assert!(e.contains("xml_curl_password"), "{e}");
        let e = parse(&base(
            "xml_curl_password = \"0123456789abcdef\"\nsip = \"x\"\n",
        ))
        .unwrap_err();
        assert!(e.contains("sip"), "{e}");
        let e = parse(
            "[[node]]\nname = \"Fs 1\"\nesl = \"a:1\"\nxml_curl_password = \"0123456789abcdef\"\n",
        )
        .unwrap_err();
        assert!(e.contains("node name"), "{e}");
        let two = "[[node]]\nname = \"a\"\nesl = \"h:1\"\nxml_curl_password = \"0123456789abcdef\"\n\
                   [[node]]\nname = \"b\"\nesl = \"h:1\"\nxml_curl_password = \"0123456789abcdef\"\n";
        assert!(parse(two).unwrap_err().contains("same event socket"));
    }

    #[test]
    fn the_dispatcher_list_names_every_node_with_a_sip_address() {
        let nodes = parse(
            r#"
[[node]]
name = "fs1"
esl = "127.0.0.1:8021"
xml_curl_password = "0123456789abcdef"
sip = "127.0.0.1:5080"
[[node]]
name = "fs2"
esl = "127.0.0.1:8022"
xml_curl_password = "0123456789abcdef"
[[node]]
name = "fs3"
esl = "[::1]:8023"
xml_curl_password = "0123456789abcdef"
sip = "[::1]:5082"
"#,
        )
        .expect("valid");
        let list = dispatcher_list(&nodes);
        let entries: Vec<&str> = list.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(
            entries,
            [
                "1 sip:127.0.0.1:5080 0 0 duid=fs1;node=fs1",
                "1 sip:[::1]:5082 0 0 duid=fs3;node=fs3"
            ]
        );
    }

    #[test]
    fn a_proxy_has_credentials_of_its_own() {
        #[derive(Deserialize)]
        struct F {
            node: Vec<NodeDef>,
            proxy: Vec<ProxyDef>,
        }
        let parse = |t: &str| -> Result<(), String> {
            let f: F = toml::from_str(t).map_err(|e| e.message().to_string())?;
            check_proxies(&f.node, &f.proxy)
        };
        let node = "[[node]]\nname = \"fs1\"\nesl = \"127.0.0.1:8021\"\nxml_curl_password = \"0123456789abcdef\"\n";
        let ok = format!(
            "{node}[[proxy]]\nname = \"kamailio\"\nxml_curl_password = \"fedcba9876543210\"\n"
        );
        assert_eq!(parse(&ok), Ok(()));
        let short =
            format!("{node}[[proxy]]\nname = \"kamailio\"\nxml_curl_password = \"short\"\n");
        let e = parse(&short).unwrap_err();
        assert!(e.contains("proxy \"kamailio\": xml_curl_password"), "{e}");
        let same_user = format!(
            "{node}[[proxy]]\nname = \"kamailio\"\nxml_curl_user = \"fs1\"\nxml_curl_password = \"fedcba9876543210\"\n"
        );
        let e = parse(&same_user).unwrap_err();
        assert!(e.contains("xml_curl_user \"fs1\" is taken"), "{e}");
        let same_name = format!("{node}[[proxy]]\nname = \"fs1\"\nxml_curl_user = \"k\"\nxml_curl_password = \"fedcba9876543210\"\n");
        let e = parse(&same_name).unwrap_err();
        assert!(e.contains("the name is taken"), "{e}");
    }

    #[test]
    fn conference_numbers_hash_as_kamailios_dispatcher() {
        // Reference values: dispatch.c's ds_get_hash run over the same keys.
        assert_eq!(dispatcher_hash("30000"), 895_388_749);
        assert_eq!(dispatcher_hash("32001"), 895_273_992);
        assert_eq!(dispatcher_hash(""), 1);
        let spread: Vec<usize> = ["30000", "30001", "31001"]
            .iter()
            .map(|n| dispatched_to(n, 3))
            .collect();
        assert_eq!(spread, vec![1, 2, 0]);
        assert_eq!(dispatched_to("30000", 0), 0);
    }
}
