//! Failed-login throttling, per client address and per user name.
//!
//! Each key (an address, a name) may fail `serve.login_free_failures` times;
//! every further failure locks that key out for 1 s, then 2 s, 4 s, ... up
//! to `serve.login_max_lockout`. While locked out, logins for the key are
//! answered 429 with `Retry-After` without looking at the password, so
//! guessing gets exponentially slower. Keys are independent: an attacker's
//! address does not slow other addresses, and a guessed name does not slow
//! other users. A key is forgotten after a quiet period of twice the longest
//! lockout. Memory is bounded: at most [`MAX_KEYS`] keys per kind; when full
//! (after dropping forgotten ones, at most once a second) new keys are not
//! tracked.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Keys tracked per kind (about 100 bytes each).
pub const MAX_KEYS: usize = 100_000;

#[derive(Debug, Clone, Copy)]
struct Strikes {
    failures: u32,
    last: Instant,
    locked_until: Option<Instant>,
}

struct Table<K> {
    map: HashMap<K, Strikes>,
    last_sweep: Option<Instant>,
}

impl<K: Hash + Eq> Table<K> {
    fn new() -> Self {
        Table {
            map: HashMap::new(),
            last_sweep: None,
        }
    }
}

pub struct Throttle {
    free: u32,
    max_lockout: Duration,
    addrs: Mutex<Table<IpAddr>>,
    users: Mutex<Table<String>>,
    /// Keys in both tables: the common case (none) takes no lock.
    tracked: AtomicUsize,
}

/// How long a key must wait, if it is locked out.
fn wait_of(s: &Strikes, now: Instant) -> Option<Duration> {
    s.locked_until
        .filter(|u| *u > now)
        .map(|u| u.duration_since(now))
}

impl Throttle {
    pub fn new(free_failures: u32, max_lockout_secs: u64) -> Throttle {
        Throttle {
            free: free_failures,
            max_lockout: Duration::from_secs(max_lockout_secs.max(1)),
            addrs: Mutex::new(Table::new()),
            users: Mutex::new(Table::new()),
            tracked: AtomicUsize::new(0),
        }
    }

    /// `Err(wait)` when the address or the name is locked out.
    pub fn check(&self, addr: IpAddr, user: &str) -> Result<(), Duration> {
        if self.tracked.load(Ordering::Relaxed) == 0 {
            return Ok(());
        }
        let now = Instant::now();
        let a = lock(&self.addrs)
            .map
            .get(&addr)
            .and_then(|s| wait_of(s, now));
        let u = lock(&self.users)
            .map
            .get(user)
            .and_then(|s| wait_of(s, now));
        match a.max(u) {
            Some(w) => Err(w),
            None => Ok(()),
        }
    }

    /// Count a failed login of `user` from `addr`.
    pub fn fail(&self, addr: IpAddr, user: &str) {
        let now = Instant::now();
        self.strike(&self.addrs, addr, now);
        self.strike(&self.users, user.to_string(), now);
    }

    fn strike<K: Hash + Eq>(&self, table: &Mutex<Table<K>>, key: K, now: Instant) {
        let forget = self.max_lockout * 2;
        let mut t = lock(table);
        if !t.map.contains_key(&key) && t.map.len() >= MAX_KEYS {
            if t.last_sweep
                .is_some_and(|s| now.duration_since(s) < Duration::from_secs(1))
            {
                return;
            }
            t.last_sweep = Some(now);
            let before = t.map.len();
            t.map.retain(|_, s| now.duration_since(s.last) < forget);
            self.tracked
                .fetch_sub(before - t.map.len(), Ordering::Relaxed);
            if t.map.len() >= MAX_KEYS {
                return;
            }
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

    #[test]
    fn lockouts_grow_and_stay_with_their_keys() {
        let t = Throttle::new(2, 10);
        let a: IpAddr = "203.0.113.9".parse().unwrap();
        let b: IpAddr = "203.0.113.10".parse().unwrap();
        t.fail(a, "alice");
        t.fail(a, "alice");
        assert!(t.check(a, "alice").is_ok(), "free failures");
        t.fail(a, "alice");
        let w1 = t.check(a, "alice").unwrap_err();
        assert!(w1 <= Duration::from_secs(1) && w1 > Duration::ZERO);
        t.fail(a, "alice");
        let w2 = t.check(a, "alice").unwrap_err();
        assert!(w2 > Duration::from_secs(1), "{w2:?}");
        assert!(t.check(b, "bob").is_ok(), "other address, other user");
        assert!(t.check(b, "alice").is_err(), "the name is locked");
        assert!(t.check(a, "bob").is_err(), "the address is locked");
        for _ in 0..40 {
            t.fail(a, "alice");
        }
        assert!(t.check(a, "alice").unwrap_err() <= Duration::from_secs(10));
    }
}
