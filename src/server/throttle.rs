//! Failed-login throttling, per client address and per user name, that a
//! flood cannot fill and an attacker cannot turn against the real user.
//!
//! Each key (an address, a name) may fail `serve.login_free_failures` times;
//! every further failure locks that key out for 1 s, then 2 s, 4 s, ... up
//! to `serve.login_max_lockout`. While locked out, logins for the key are
//! answered 429 with `Retry-After` without looking at the password, so
//! guessing gets exponentially slower. An IPv6 client is its
//! `serve.ipv6_prefix` network (a /64 by default: one subscriber gets a whole
//! /64, so single addresses would make the address lock worthless).
//!
//! **Who a name lock stops.** A lock on a user name stops logins from
//! addresses that name has never logged in from; it does not stop the user
//! from an address they have logged in from successfully (digest, console
//! sign-in, WebSocket login or a live console session, within
//! [`KNOWN_FOR`]), nor a console sign-in that comes with a live session
//! cookie of that user. So failures from elsewhere cannot lock the real user
//! out, while guesses from unknown addresses stay throttled by name (and the
//! address lock always applies: a known address that keeps failing is
//! locked like any other).
//!
//! **Bounded, never untracked.** At most [`MAX_KEYS`] keys per kind. Names
//! are kept as keyed 64-bit hashes (a long junk name costs nothing). A key
//! is forgotten after a quiet period of twice the longest lockout. When a
//! table is full, forgotten keys are dropped, and if that is not enough the
//! lower-scored half goes: fewest failures first, then the oldest. A new
//! failure is therefore always tracked, and a flood of one-failure junk keys
//! evicts only junk: a name that is being guessed has more failures than
//! the flood's keys and stays locked. The table sizes are counted in
//! `tracked`, so the common case (nothing tracked) takes no lock.

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hash};
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Keys tracked per kind (about 60 bytes each).
pub const MAX_KEYS: usize = 100_000;
/// How long a successful login keeps its address known for the name.
pub const KNOWN_FOR: Duration = Duration::from_secs(30 * 24 * 3600);
/// Known addresses kept per user (the most recent ones).
const KNOWN_PER_USER: usize = 16;
/// A known address is re-stamped at most this often (the hot path of every
/// authenticated request only reads).
const RESTAMP: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, Copy)]
struct Strikes {
    failures: u32,
    last: Instant,
    locked_until: Option<Instant>,
}

struct Table<K> {
    map: HashMap<K, Strikes>,
}

impl<K: Hash + Eq> Table<K> {
    fn new() -> Self {
        Table {
            map: HashMap::new(),
        }
    }

    /// Make room for one more key: drop forgotten keys, then, if still
    /// full, the lower-scored half. Returns how many keys went.
    fn make_room(&mut self, now: Instant, forget: Duration) -> usize {
        let before = self.map.len();
        self.map.retain(|_, s| now.duration_since(s.last) < forget);
        if self.map.len() >= MAX_KEYS {
            let mut scores: Vec<(u32, Instant)> =
                self.map.values().map(|s| (s.failures, s.last)).collect();
            let half = scores.len() / 2;
            let (_, pivot, _) = scores.select_nth_unstable(half);
            let pivot = *pivot;
            self.map.retain(|_, s| (s.failures, s.last) >= pivot);
        }
        before - self.map.len()
    }
}

/// The addresses each user logged in from, by name hash.
type Known = HashMap<u64, Vec<(IpAddr, Instant)>>;

pub struct Throttle {
    free: u32,
    max_lockout: Duration,
    v6_prefix: u8,
    /// Keys the name hashes, so nobody can aim collisions at a name.
    hasher: RandomState,
    addrs: Mutex<Table<IpAddr>>,
    names: Mutex<Table<u64>>,
    known: Mutex<Known>,
    /// Keys in both tables: the common case (none) takes no lock.
    tracked: AtomicUsize,
}

/// How long a key must wait, if it is locked out.
fn wait_of(s: &Strikes, now: Instant) -> Option<Duration> {
    s.locked_until
        .filter(|u| *u > now)
        .map(|u| u.duration_since(now))
}

/// The client an address stands for: IPv4 as is (also when written as
/// `::ffff:a.b.c.d`), IPv6 as its network of `v6_prefix` bits.
pub fn client_key(ip: IpAddr, v6_prefix: u8) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) if v6_prefix < 128 => {
            let mask = u128::MAX << (128 - u32::from(v6_prefix.max(1)));
            IpAddr::V6((u128::from(v6) & mask).into())
        }
        other => other,
    }
}

impl Throttle {
    pub fn new(free_failures: u32, max_lockout_secs: u64, v6_prefix: u8) -> Throttle {
        Throttle {
            free: free_failures,
            max_lockout: Duration::from_secs(max_lockout_secs.max(1)),
            v6_prefix,
            hasher: RandomState::new(),
            addrs: Mutex::new(Table::new()),
            names: Mutex::new(Table::new()),
            known: Mutex::new(HashMap::new()),
            tracked: AtomicUsize::new(0),
        }
    }

    fn name_key(&self, user: &str) -> u64 {
        self.hasher.hash_one(user)
    }

    /// `Err(wait)` when a login of `user` from `addr` must wait: the address
    /// is locked out, or the name is and neither `trusted` (the request
    /// carries a live session of `user`) nor `addr` known for `user`.
    pub fn check(&self, addr: IpAddr, user: &str, trusted: bool) -> Result<(), Duration> {
        if self.tracked.load(Ordering::Relaxed) == 0 {
            return Ok(());
        }
        let now = Instant::now();
        let addr = client_key(addr, self.v6_prefix);
        let a = lock(&self.addrs)
            .map
            .get(&addr)
            .and_then(|s| wait_of(s, now));
        let name = self.name_key(user);
        let u = lock(&self.names)
            .map
            .get(&name)
            .and_then(|s| wait_of(s, now))
            .filter(|_| !trusted && !self.is_known(name, addr, now));
        match a.max(u) {
            Some(w) => Err(w),
            None => Ok(()),
        }
    }

    fn is_known(&self, name: u64, addr: IpAddr, now: Instant) -> bool {
        lock(&self.known).get(&name).is_some_and(|seen| {
            seen.iter()
                .any(|(a, t)| *a == addr && now.duration_since(*t) < KNOWN_FOR)
        })
    }

    /// `user` proved their password (or a live session) from `addr`: the
    /// address is known for the name from now on. Every authenticated
    /// request calls this, so a thread that stamped the same user and
    /// address less than [`RESTAMP`] ago takes no lock.
    pub fn succeeded(&self, addr: IpAddr, user: &str) {
        thread_local! {
            static LAST: std::cell::Cell<Option<(usize, u64, IpAddr, Instant)>> =
                const { std::cell::Cell::new(None) };
        }
        let addr = client_key(addr, self.v6_prefix);
        let name = self.name_key(user);
        let now = Instant::now();
        let me = self as *const Throttle as usize;
        let fresh = LAST.get().is_some_and(|(t, n, a, at)| {
            t == me && n == name && a == addr && now.duration_since(at) < RESTAMP
        });
        if fresh {
            return;
        }
        LAST.set(Some((me, name, addr, now)));
        let mut known = lock(&self.known);
        let seen = known.entry(name).or_default();
        if let Some(e) = seen.iter_mut().find(|(a, _)| *a == addr) {
            if now.duration_since(e.1) >= RESTAMP {
                e.1 = now;
            }
            return;
        }
        if seen.len() >= KNOWN_PER_USER {
            if let Some(oldest) = (0..seen.len()).min_by_key(|&i| seen[i].1) {
                seen.swap_remove(oldest);
            }
        }
        seen.push((addr, now));
    }

    /// Count a failed login of `user` from `addr`.
    pub fn fail(&self, addr: IpAddr, user: &str) {
        let now = Instant::now();
        let addr = client_key(addr, self.v6_prefix);
        self.strike(&self.addrs, addr, now);
        self.strike(&self.names, self.name_key(user), now);
    }

    fn strike<K: Hash + Eq>(&self, table: &Mutex<Table<K>>, key: K, now: Instant) {
        let forget = self.max_lockout * 2;
        let mut t = lock(table);
        if !t.map.contains_key(&key) && t.map.len() >= MAX_KEYS {
            let gone = t.make_room(now, forget);
            self.tracked.fetch_sub(gone, Ordering::Relaxed);
        }
        let s = t.map.entry(key).or_insert_with(|| {
            self.tracked.fetch_add(1, Ordering::Relaxed);
            Strikes {
                failures: 0,
                last: now,
                locked_until: None,
            }
        });
        if now.duration_since(s.last) >= forget {
            s.failures = 0;
        }
        s.failures = s.failures.saturating_add(1);
        s.last = now;
        if s.failures > self.free {
            let doublings = (s.failures - self.free - 1).min(30);
            let lockout = Duration::from_secs(1u64 << doublings).min(self.max_lockout);
            s.locked_until = Some(now + lockout);
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn lockouts_grow_and_stay_with_their_keys() {
        let t = Throttle::new(2, 10, 64);
        let (a, b) = (ip("203.0.113.9"), ip("203.0.113.10"));
        t.fail(a, "alice");
        t.fail(a, "alice");
        assert!(t.check(a, "alice", false).is_ok(), "free failures");
        t.fail(a, "alice");
        let w1 = t.check(a, "alice", false).unwrap_err();
        assert!(w1 <= Duration::from_secs(1) && w1 > Duration::ZERO);
        t.fail(a, "alice");
        let w2 = t.check(a, "alice", false).unwrap_err();
        assert!(w2 > Duration::from_secs(1), "{w2:?}");
        assert!(
            t.check(b, "bob", false).is_ok(),
            "other address, other user"
        );
        assert!(t.check(b, "alice", false).is_err(), "the name is locked");
        assert!(t.check(a, "bob", false).is_err(), "the address is locked");
        for _ in 0..40 {
            t.fail(a, "alice");
        }
        assert!(t.check(a, "alice", false).unwrap_err() <= Duration::from_secs(10));
    }

    #[test]
    fn a_name_lock_does_not_stop_the_user_where_they_logged_in_before() {
        let t = Throttle::new(2, 10, 64);
        let (home, attacker, new) = (ip("198.51.100.7"), ip("203.0.113.9"), ip("192.0.2.1"));
        t.succeeded(home, "admin");
        for _ in 0..5 {
            t.fail(attacker, "admin");
        }
        assert!(t.check(attacker, "admin", false).is_err());
        assert!(t.check(new, "admin", false).is_err(), "unknown address");
        assert!(t.check(home, "admin", false).is_ok(), "known address");
        assert!(t.check(new, "admin", true).is_ok(), "live session");
        assert!(t.check(home, "other", false).is_ok());
        // Failing from the known address locks that address itself.
        for _ in 0..3 {
            t.fail(home, "admin");
        }
        assert!(t.check(home, "admin", false).is_err());
    }

    #[test]
    fn ipv6_clients_are_their_prefix() {
        assert_eq!(
            client_key(ip("2001:db8:1:2:aaaa::1"), 64),
            ip("2001:db8:1:2::")
        );
        assert_eq!(
            client_key(ip("2001:db8:1:2:aaaa::1"), 48),
            ip("2001:db8:1::")
        );
        assert_eq!(client_key(ip("2001:db8::1"), 128), ip("2001:db8::1"));
        assert_eq!(client_key(ip("::ffff:203.0.113.9"), 64), ip("203.0.113.9"));
        let t = Throttle::new(1, 10, 64);
        t.fail(ip("2001:db8:0:7::1"), "x");
        t.fail(ip("2001:db8:0:7::2"), "y");
        assert!(t.check(ip("2001:db8:0:7:ffff::9"), "z", false).is_err());
        assert!(t.check(ip("2001:db8:0:8::1"), "z", false).is_ok());
    }

    #[test]
    fn a_flood_of_new_keys_evicts_junk_not_a_guessed_name() {
        let t = Throttle::new(2, 900, 64);
        let home = ip("10.0.0.1");
        for _ in 0..8 {
            t.fail(home, "victim");
        }
        for i in 0..(MAX_KEYS as u32 + 500) {
            let a = IpAddr::V4((0x0b00_0000 + i).into());
            t.fail(a, &format!("junk{i}"));
        }
        let names = lock(&t.names).map.len();
        assert!(names <= MAX_KEYS, "{names}");
        assert!(
            t.check(ip("10.9.9.9"), "victim", false).is_err(),
            "still locked"
        );
        // The newest failures are tracked: a fresh name after the flood.
        let fresh = ip("10.8.8.8");
        for _ in 0..3 {
            t.fail(fresh, "fresh");
        }
        assert!(t.check(ip("10.7.7.7"), "fresh", false).is_err());
        assert_eq!(
            t.tracked.load(Ordering::Relaxed),
            lock(&t.names).map.len() + lock(&t.addrs).map.len()
        );
    }
}
