//! HTTP Digest authentication (RFC 7616 / 2617: MD5, `qop=auth`).
//!
//! Nonces are stateless: `hex(time) + hex(seq, random) + hex(MAC)`, the MAC keyed
//! with a per-process secret, so a flood of unauthenticated requests costs no
//! memory. Only nonces that authenticated successfully get server-side state:
//! a sliding window of the nonce counts seen, so a replayed Authorization
//! header (same nonce and nc) is refused even when requests arrive out of
//! order over several connections, as browsers send them.
//!
//! A nonce shaped like ours that this process did not issue (another
//! `fsconn serve` on the same store, or this server before a restart) is
//! answered stale when the credentials are right, so clients move between
//! instances without prompting their user, and is a failed login when
//! they are wrong.
//!
//! That state is a table of at most [`MAX_TRACKED`] entries with O(1) work
//! per request whatever clients do: the oldest entries are dropped first,
//! and a nonce issued before one whose state was dropped early is answered
//! as stale (the client re-authenticates with a fresh one), so a dropped
//! nonce is never accepted again from scratch. Nonces carry a sequence
//! number for that: a fresh one is always above the floor.

use md5::{Digest, Md5};
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use subtle::ConstantTimeEq;

pub const REALM: &str = "Users";

fn md5_hex(parts: &[&[u8]]) -> String {
    let mut h = Md5::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h.update(b":");
        }
        h.update(p);
    }
    hex::encode(h.finalize())
}

/// The fields of an `Authorization: Digest ...` header.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct DigestHeader {
    pub username: String,
    pub realm: String,
    pub nonce: String,
    pub uri: String,
    pub response: String,
    pub qop: Option<String>,
    pub nc: Option<String>,
    pub cnonce: Option<String>,
    pub algorithm: Option<String>,
    pub opaque: Option<String>,
}

/// Parse `Digest k=v, k="quoted, \"escaped\""`; None if it is not Digest or
/// a required field is missing.
pub fn parse_header(value: &str) -> Option<DigestHeader> {
    let rest = value.trim_start();
    let (scheme, mut rest) = rest.split_at(rest.find(char::is_whitespace)?);
    if !scheme.eq_ignore_ascii_case("digest") {
        return None;
    }
    let mut h = DigestHeader::default();
    let mut seen_required = 0u8;
    loop {
        rest = rest.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
        if rest.is_empty() {
            break;
        }
        let eq = rest.find('=')?;
        let key = rest[..eq].trim().to_ascii_lowercase();
        rest = &rest[eq + 1..];
        let value;
        if let Some(q) = rest.strip_prefix('"') {
            let mut out = String::new();
            let mut chars = q.char_indices();
            let mut end = None;
            while let Some((i, c)) = chars.next() {
                match c {
                    '\\' => {
                        if let Some((_, n)) = chars.next() {
                            out.push(n);
                        }
                    }
                    '"' => {
                        end = Some(i);
                        break;
                    }
                    c => out.push(c),
                }
            }
            let end = end?;
            value = out;
            rest = &q[end + 1..];
        } else {
            let end = rest.find(',').unwrap_or(rest.len());
            value = rest[..end].trim().to_string();
            rest = &rest[end..];
        }
        match key.as_str() {
            "username" => {
                h.username = value;
                seen_required |= 1;
            }
            "realm" => {
                h.realm = value;
                seen_required |= 2;
            }
            "nonce" => {
                h.nonce = value;
                seen_required |= 4;
            }
            "uri" => {
                h.uri = value;
                seen_required |= 8;
            }
            "response" => {
                h.response = value;
                seen_required |= 16;
            }
            "qop" => h.qop = Some(value),
            "nc" => h.nc = Some(value),
            "cnonce" => h.cnonce = Some(value),
            "algorithm" => h.algorithm = Some(value),
            "opaque" => h.opaque = Some(value),
            _ => {}
        }
    }
    (seen_required == 31).then_some(h)
}

/// Whether the client's `response` is the one `password` gives, in
/// constant time.
fn right_response(h: &DigestHeader, password: &str, method: &str) -> bool {
    let want = expected_response(h, password, method);
    bool::from(
        want.as_bytes()
            .ct_eq(h.response.to_ascii_lowercase().as_bytes()),
    )
}

/// The expected `response` for `qop=auth`.
pub fn expected_response(h: &DigestHeader, password: &str, method: &str) -> String {
    let ha1 = md5_hex(&[h.username.as_bytes(), REALM.as_bytes(), password.as_bytes()]);
    let ha2 = md5_hex(&[method.as_bytes(), h.uri.as_bytes()]);
    md5_hex(&[
        ha1.as_bytes(),
        h.nonce.as_bytes(),
        h.nc.as_deref().unwrap_or("").as_bytes(),
        h.cnonce.as_deref().unwrap_or("").as_bytes(),
        b"auth",
        ha2.as_bytes(),
    ])
}

/// Why a request is not authenticated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Denied {
    /// No or unusable credentials: a fresh challenge.
    Challenge,
    /// Right credentials on an expired nonce: challenge with `stale=true`.
    Stale,
    /// A well-formed answer to one of our nonces with the wrong password:
    /// a failed login (counted by the throttle and logged).
    WrongPassword,
}

/// Nonces with server-side state at most (about 60 bytes each).
pub const MAX_TRACKED: usize = 65_536;

/// The nonce-count windows of the nonces in use, oldest first.
struct Table {
    windows: HashMap<u64, Window>,
    /// Sequence numbers in first-use order, for O(1) eviction.
    order: VecDeque<u64>,
    /// Highest sequence number of a nonce dropped before it expired: an
    /// untracked nonce at or below it may have been used already.
    floor: Option<u64>,
}

impl Table {
    /// Make room for one more entry: drop expired entries at the front and,
    /// past the cap, the oldest.
    fn make_room(&mut self, now: u64, ttl: u64, cap: usize) {
        while let Some(&k) = self.order.front() {
            let issued = self.windows.get(&k).map_or(0, |w| w.issued);
            let expired = now.saturating_sub(issued) > ttl;
            if !expired && self.order.len() < cap {
                break;
            }
            if !expired {
                self.floor = self.floor.max(Some(k));
            }
            self.order.pop_front();
            self.windows.remove(&k);
        }
    }
}

/// Remembered nonce counts of one nonce.
struct Window {
    issued: u64,
    /// Highest nc seen, and a bitmap of the 64 below it.
    top: u64,
    bits: u64,
}

impl Window {
    /// Record `nc`; false if it was seen before (or is too old to tell).
    fn accept(&mut self, nc: u64) -> bool {
        if nc > self.top {
            let shift = nc - self.top;
            self.bits = if shift >= 64 { 0 } else { self.bits << shift };
            self.bits |= 1;
            self.top = nc;
            true
        } else {
            let back = self.top - nc;
            if back >= 64 || self.bits & (1 << back) != 0 {
                false
            } else {
                self.bits |= 1 << back;
                true
            }
        }
    }
}

pub struct Nonces {
    secret: [u8; 32],
    ttl: Duration,
    cap: usize,
    seq: std::sync::atomic::AtomicU64,
    used: Mutex<Table>,
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

impl Nonces {
    pub fn new(ttl: Duration) -> Nonces {
        Nonces::with_capacity(ttl, MAX_TRACKED)
    }

    pub fn with_capacity(ttl: Duration, cap: usize) -> Nonces {
        Nonces {
            secret: rand::random(),
            ttl,
            cap: cap.max(1),
            seq: std::sync::atomic::AtomicU64::new(0),
            used: Mutex::new(Table {
                windows: HashMap::new(),
                order: VecDeque::new(),
                floor: None,
            }),
        }
    }

    /// Nonces with server-side state now.
    pub fn tracked(&self) -> usize {
        self.used.lock().map_or(0, |t| t.order.len())
    }

    fn mac(&self, stamp: &str, random: &str) -> String {
        md5_hex(&[&self.secret, stamp.as_bytes(), random.as_bytes()])[..16].to_string()
    }

    pub fn issue(&self) -> String {
        let stamp = format!("{:016x}", now_secs());
        let seq = self.seq.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let random = format!("{seq:016x}{:08x}", rand::random::<u32>());
        let mac = self.mac(&stamp, &random);
        format!("{stamp}{random}{mac}")
    }

    /// The issue time and the sequence number of a nonce of ours, if it is one.
    fn issued(&self, nonce: &str) -> Option<(u64, u64)> {
        if nonce.len() != 16 + 24 + 16 || !nonce.is_ascii() {
            return None;
        }
        let (stamp, rest) = nonce.split_at(16);
        let (random, mac) = rest.split_at(24);
        let want = self.mac(stamp, random);
        if !bool::from(want.as_bytes().ct_eq(mac.as_bytes())) {
            return None;
        }
        Some((
            u64::from_str_radix(stamp, 16).ok()?,
            u64::from_str_radix(&random[..16], 16).ok()?,
        ))
    }

    /// A nonce shaped like ours that we did not issue: another instance's
    /// on the same store (docs/fsconn-instances.md), or this server's
    /// before a restart (a new key). Right credentials: stale, so the client
    /// answers a fresh challenge without asking its user again; wrong: a
    /// failed login like any other. Anything else: a fresh challenge.
    fn foreign(&self, h: &DigestHeader, password: &str, method: &str) -> Denied {
        let shaped =
            h.nonce.len() == 16 + 24 + 16 && h.nonce.bytes().all(|b| b.is_ascii_hexdigit());
        match (shaped, right_response(h, password, method)) {
            (false, _) => Denied::Challenge,
            (true, true) => Denied::Stale,
            (true, false) => Denied::WrongPassword,
        }
    }

    /// `WWW-Authenticate` value.
    pub fn challenge(&self, stale: bool) -> String {
        format!(
            "Digest realm=\"{REALM}\", qop=\"auth\", algorithm=MD5, nonce=\"{}\", opaque=\"{}\"{}",
            self.issue(),
            hex::encode(&self.secret[..8]),
            if stale { ", stale=true" } else { "" }
        )
    }

    /// Check a parsed header for a user whose password is `password`.
    /// `request_uri` is the request's path and query as received.
    pub fn verify(
        &self,
        h: &DigestHeader,
        password: &str,
        method: &str,
        request_uri: &str,
    ) -> Result<(), Denied> {
        if h.realm != REALM
            || h.qop.as_deref() != Some("auth")
            || h.algorithm
                .as_deref()
                .is_some_and(|a| !a.eq_ignore_ascii_case("md5"))
            || h.uri != request_uri
        {
            return Err(Denied::Challenge);
        }
        let nc =
            h.nc.as_deref()
                .and_then(|n| u64::from_str_radix(n, 16).ok())
                .filter(|n| *n > 0)
                .ok_or(Denied::Challenge)?;
        let Some((issued, key)) = self.issued(&h.nonce) else {
            return Err(self.foreign(h, password, method));
        };
        if !right_response(h, password, method) {
            return Err(Denied::WrongPassword);
        }
        let now = now_secs();
        let ttl = self.ttl.as_secs();
        if now.saturating_sub(issued) > ttl {
            return Err(Denied::Stale);
        }
        self.record(key, issued, nc, now, ttl)
    }

    /// Remember `nc` for the nonce `key`: O(1), bounded.
    fn record(&self, key: u64, issued: u64, nc: u64, now: u64, ttl: u64) -> Result<(), Denied> {
        let mut t = self.used.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(w) = t.windows.get_mut(&key) {
            return if w.accept(nc) {
                Ok(())
            } else {
                Err(Denied::Challenge)
            };
        }
        if t.floor.is_some_and(|f| key <= f) {
            return Err(Denied::Stale);
        }
        t.make_room(now, ttl, self.cap);
        let mut w = Window {
            issued,
            top: 0,
            bits: 0,
        };
        w.accept(nc);
        t.windows.insert(key, w);
        t.order.push_back(key);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(n: &Nonces, nonce: &str, nc: &str, pw: &str) -> DigestHeader {
        let mut h = DigestHeader {
            username: "alice".into(),
            realm: REALM.into(),
            nonce: nonce.into(),
            uri: "/userinfo".into(),
            qop: Some("auth".into()),
            nc: Some(nc.into()),
            cnonce: Some("abc".into()),
            ..Default::default()
        };
        let _ = n;
        h.response = expected_response(&h, pw, "GET");
        h
    }

    #[test]
    fn rfc_2617_example_response() {
        // RFC 2617 section 3.5.
        let h = DigestHeader {
            username: "Mufasa".into(),
            realm: "testrealm@host.com".into(),
            nonce: "dcd98b7102dd2f0e8b11d0f600bfb0c093".into(),
            uri: "/dir/index.html".into(),
            qop: Some("auth".into()),
            nc: Some("00000001".into()),
            cnonce: Some("0a4f113b".into()),
            ..Default::default()
        };
        let ha1 = md5_hex(&[b"Mufasa", b"testrealm@host.com", b"Circle Of Life"]);
        let ha2 = md5_hex(&[b"GET", b"/dir/index.html"]);
        let r = md5_hex(&[
            ha1.as_bytes(),
            h.nonce.as_bytes(),
            b"00000001",
            b"0a4f113b",
            b"auth",
            ha2.as_bytes(),
        ]);
        assert_eq!(r, "6629fae49393a05397450978507c4ef1");
    }

    #[test]
    fn parses_quoted_and_bare_values() {
        let h = parse_header(r#"Digest username="a\"b", realm="Users", nonce="n", uri="/x?y=1,2", response="r", qop=auth, nc=00000001, cnonce="c""#).unwrap();
        assert_eq!(h.username, "a\"b");
        assert_eq!(h.uri, "/x?y=1,2");
        assert_eq!(h.qop.as_deref(), Some("auth"));
        assert_eq!(h.nc.as_deref(), Some("00000001"));
        assert!(parse_header("Basic abc").is_none());
        assert!(parse_header(r#"Digest username="a""#).is_none());
    }

    #[test]
    fn replays_and_forged_nonces_are_refused() {
        let n = Nonces::new(Duration::from_secs(300));
        let nonce = n.issue();
        let h1 = header(&n, &nonce, "00000001", "pw");
        assert_eq!(n.verify(&h1, "pw", "GET", "/userinfo"), Ok(()));
        assert_eq!(
            n.verify(&h1, "pw", "GET", "/userinfo"),
            Err(Denied::Challenge),
            "replay"
        );
        let h3 = header(&n, &nonce, "00000003", "pw");
        let h2 = header(&n, &nonce, "00000002", "pw");
        assert_eq!(n.verify(&h3, "pw", "GET", "/userinfo"), Ok(()));
        assert_eq!(
            n.verify(&h2, "pw", "GET", "/userinfo"),
            Ok(()),
            "out of order is fine once"
        );
        assert_eq!(
            n.verify(&h2, "pw", "GET", "/userinfo"),
            Err(Denied::Challenge)
        );
        let bad = header(&n, &nonce, "00000004", "wrong");
        assert_eq!(
            n.verify(&bad, "pw", "GET", "/userinfo"),
            Err(Denied::WrongPassword)
        );
        // The MAC's last digit changed (to one it is not).
        let flip = if nonce.ends_with('0') { "1" } else { "0" };
        let forged_nonce = format!("{}{flip}", &nonce[..nonce.len() - 1]);
        let forged = header(&n, &forged_nonce, "00000001", "pw");
        // Shaped like ours, not ours (another instance's, or ours before a
        // restart): stale with the right password, a failed login without.
        assert_eq!(
            n.verify(&forged, "pw", "GET", "/userinfo"),
            Err(Denied::Stale)
        );
        let forged_bad = header(&n, &forged_nonce, "00000001", "wrong");
        assert_eq!(
            n.verify(&forged_bad, "pw", "GET", "/userinfo"),
            Err(Denied::WrongPassword)
        );
        let other = Nonces::new(Duration::from_secs(300));
        let theirs = header(&other, &other.issue(), "00000001", "pw");
        assert_eq!(
            n.verify(&theirs, "pw", "GET", "/userinfo"),
            Err(Denied::Stale),
            "another instance's nonce"
        );
        let garbage = header(&n, "zz", "00000001", "pw");
        assert_eq!(
            n.verify(&garbage, "pw", "GET", "/userinfo"),
            Err(Denied::Challenge)
        );
        let h5 = header(&n, &nonce, "00000005", "pw");
        assert_eq!(
            n.verify(&h5, "pw", "GET", "/api/users"),
            Err(Denied::Challenge),
            "uri must match"
        );
    }

    #[test]
    fn the_table_is_bounded_and_dropped_nonces_are_stale() {
        let n = Nonces::with_capacity(Duration::from_secs(300), 100);
        let first = n.issue();
        assert_eq!(
            n.verify(
                &header(&n, &first, "00000001", "pw"),
                "pw",
                "GET",
                "/userinfo"
            ),
            Ok(())
        );
        for _ in 0..1000 {
            let nonce = n.issue();
            let h = header(&n, &nonce, "00000001", "pw");
            assert_eq!(n.verify(&h, "pw", "GET", "/userinfo"), Ok(()));
        }
        assert_eq!(n.tracked(), 100);
        // `first` was dropped before it expired: never accepted again.
        let again = header(&n, &first, "00000001", "pw");
        assert_eq!(
            n.verify(&again, "pw", "GET", "/userinfo"),
            Err(Denied::Stale)
        );
    }

    #[test]
    fn expired_nonces_are_stale() {
        let n = Nonces::new(Duration::from_secs(0));
        let stamp = format!("{:016x}", now_secs() - 10);
        let random = "00".repeat(12);
        let nonce = format!("{stamp}{random}{}", n.mac(&stamp, &random));
        let h = header(&n, &nonce, "00000001", "pw");
        assert_eq!(n.verify(&h, "pw", "GET", "/userinfo"), Err(Denied::Stale));
    }
}
