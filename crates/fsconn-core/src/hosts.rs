//! Which host names the server answers for, and its public origin.
//!
//! Why: a page on `rebind.evil.example` can make its name resolve to
//! 127.0.0.1 (DNS rebinding) and then talk to a loopback-only server as a
//! same-origin page, with `Host` and `Origin` both its own. The one thing it
//! cannot choose is the host name: it is always the attacker's. So the server
//! answers only for the names it is configured for: `localhost`, the phones'
//! `hostname`, a `serve.host` that is a name, the host of `serve.public_url`
//! and `serve.hosts`. Addresses (`127.0.0.1`, `[::1]`, `192.0.2.7`) are always
//! accepted: a browser sends an address as `Host` only when the page itself
//! was loaded from that address, which no other site can arrange.

use std::net::{IpAddr, Ipv6Addr};

/// `serve.public_url`: the origin browsers see (behind a reverse proxy, the
/// proxy's `https://name[:port]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicUrl {
    pub https: bool,
    /// Lower case; an IPv6 address in brackets.
    pub host: String,
    /// Only when it is not the scheme's default.
    pub port: Option<u16>,
}

impl PublicUrl {
    /// `https://conf.example.org`, `http://10.0.0.5:8080/`: a scheme and an
    /// authority, nothing else (no user, path, query or fragment).
    pub fn parse(v: &str) -> Result<PublicUrl, String> {
        let bad = |why: &str| format!("serve.public_url: {v:?} {why}");
        let (scheme, rest) = v
            .split_once("://")
            .ok_or_else(|| bad("must start with https:// or http://"))?;
        let https = match scheme.to_ascii_lowercase().as_str() {
            "https" => true,
            "http" => false,
            _ => return Err(bad("must start with https:// or http://")),
        };
        let authority = rest.strip_suffix('/').unwrap_or(rest);
        if authority.contains(['/', '?', '#', '@']) {
            return Err(bad("must be an origin only (no path, query or user)"));
        }
        let (host, port) = split_authority(authority).ok_or_else(|| bad("has no valid host"))?;
        let default = if https { 443 } else { 80 };
        Ok(PublicUrl {
            https,
            host,
            port: port.filter(|p| *p != default),
        })
    }

    /// As a browser writes it in `Origin`.
    pub fn origin(&self) -> String {
        let scheme = if self.https { "https" } else { "http" };
        match self.port {
            Some(p) => format!("{scheme}://{}:{p}", self.host),
            None => format!("{scheme}://{}", self.host),
        }
    }
}

impl std::fmt::Display for PublicUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.origin())
    }
}

/// A `serve.hosts` entry: a DNS name or an address, without port.
pub fn parse_host(v: &str) -> Result<String, String> {
    let name = normal_name(v);
    let ok = !name.is_empty()
        && name.len() <= 253
        && (name.parse::<IpAddr>().is_ok()
            || name.split('.').all(|l| {
                !l.is_empty()
                    && l.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            }));
    if ok {
        Ok(name)
    } else {
        Err(format!(
            "serve.hosts: {v:?} is not a host name (a DNS name or an address, without port)"
        ))
    }
}

/// Lower case without one trailing dot (`Example.org.` is `example.org`).
fn normal_name(v: &str) -> String {
    let v = v.trim().to_ascii_lowercase();
    v.strip_suffix('.').map(str::to_string).unwrap_or(v)
}

/// `name`, `name:port`, `[v6]`, `[v6]:port` into (host, port). The host is
/// lower case, an IPv6 address kept in brackets. `None` when malformed.
pub fn split_authority(a: &str) -> Option<(String, Option<u16>)> {
    let (host, port) = if let Some(rest) = a.strip_prefix('[') {
        let (v6, after) = rest.split_once(']')?;
        v6.parse::<Ipv6Addr>().ok()?;
        let port = match after {
            "" => None,
            p => Some(p.strip_prefix(':')?),
        };
        (format!("[{}]", v6.to_ascii_lowercase()), port)
    } else {
        match a.rsplit_once(':') {
            Some((h, p)) => (normal_name(h), Some(p)),
            None => (normal_name(a), None),
        }
    };
    if host.is_empty() || host.contains([':', ' ', '[', ']', '\\']) && !host.starts_with('[') {
        return None;
    }
    let port = match port {
        None => None,
        Some(p) if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) => Some(p.parse().ok()?),
        Some(_) => return None,
    };
    Some((host, port))
}

/// The names a server answers for (see the module doc).
#[derive(Debug, Clone, Default)]
pub struct HostPolicy {
    names: Vec<String>,
}

impl HostPolicy {
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> HostPolicy {
        let mut names: Vec<String> = names.into_iter().map(normal_name).collect();
        names.push("localhost".into());
        names.retain(|n| !n.is_empty());
        names.sort();
        names.dedup();
        HostPolicy { names }
    }

    /// Whether a request addressed to `authority` (a `Host` value or HTTP/2's
    /// `:authority`) is for this server.
    pub fn allows(&self, authority: &str) -> bool {
        let Some((host, _)) = split_authority(authority) else {
            return false;
        };
        is_address(&host) || self.names.contains(&host)
    }

    pub fn names(&self) -> &[String] {
        &self.names
    }
}

fn is_address(host: &str) -> bool {
    let bare = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    if host.starts_with('[') {
        bare.parse::<Ipv6Addr>().is_ok()
    } else {
        bare.parse::<std::net::Ipv4Addr>().is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_urls_are_origins() {
        let u = PublicUrl::parse("https://Conf.Example.org/").unwrap();
        assert_eq!(u.origin(), "https://conf.example.org");
        let u = PublicUrl::parse("https://conf.example.org:443").unwrap();
        assert_eq!(u.origin(), "https://conf.example.org");
        let u = PublicUrl::parse("http://[::1]:8080").unwrap();
        assert_eq!((u.host.as_str(), u.port), ("[::1]", Some(8080)));
        for bad in [
            "conf.example.org",
            "ftp://conf.example.org",
            "https://conf.example.org/console",
            "https://user@conf.example.org",
            "https://conf.example.org?x",
            "https://",
            "https://conf.example.org:99999",
            "https://conf.example.org:x",
        ] {
            assert!(PublicUrl::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn only_configured_names_and_addresses_are_served() {
        let p = HostPolicy::new(["conf.example.org", "Phones.Example.org."]);
        for ok in [
            "localhost",
            "localhost:3000",
            "LOCALHOST.",
            "127.0.0.1:3000",
            "127.0.0.1",
            "[::1]:3000",
            "[::1]",
            "192.0.2.7",
            "conf.example.org",
            "conf.example.org:443",
            "phones.example.org",
        ] {
            assert!(p.allows(ok), "{ok}");
        }
        for bad in [
            "rebind.evil.example",
            "rebind.evil.example:3000",
            "conf.example.org.evil.example",
            "localhost.evil.example",
            "127.0.0.1.evil.example",
            "127.1",
            "2130706433",
            "",
            ":3000",
            "[::1",
            "[evil]:80",
            "conf.example.org:x",
            "conf.example.org:3000:1",
            "::1",
            "evil example",
        ] {
            assert!(!p.allows(bad), "{bad}");
        }
    }

    #[test]
    fn host_entries_are_checked() {
        assert_eq!(parse_host("Conf.Example.org").unwrap(), "conf.example.org");
        assert_eq!(parse_host("10.0.0.5").unwrap(), "10.0.0.5");
        for bad in ["", "conf.example.org:443", "a b", "https://x", "a..b"] {
            assert!(parse_host(bad).is_err(), "{bad}");
        }
    }
}
