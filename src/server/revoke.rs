//! Revocation: what a connection was granted at connect time is taken back
//! as soon as the credentials behind it change.
//!
//! A live WebSocket (and any request that outlives its authentication)
//! keeps the [`Authed`] it started with. Whenever something may have ended
//! those credentials (the cache was rebuilt after a write, a restore, a
//! `reloadxml`, or a change to the directory files noticed by the watcher;
//! a console session ended), the epoch here is bumped and every live client
//! checks its credentials against the current state ([`check`]); a control
//! is checked once more right before it is sent to FreeSWITCH
//! ([`confirm`]), after the files were looked at, so a change the server has
//! not noticed yet cannot slip through either.
//!
//! The close codes are documented in `docs/live-protocol.md`.

use super::user::Authed;
use super::AppState;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;
use tokio::sync::watch;

/// Why a connection's credentials no longer hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Revoked {
    /// The user was deleted, renamed, moved to another context, or got a
    /// new password.
    Credentials,
    /// The console session it was opened with ended (sign-out, expiry,
    /// evicted by the user's newer sign-ins, or ended by a password change).
    SessionEnded,
}

/// WebSocket close code: the credentials changed.
pub const CLOSE_CREDENTIALS: u16 = 4001;
/// WebSocket close code: the console session ended.
pub const CLOSE_SESSION: u16 = 4002;

impl Revoked {
    /// The WebSocket close frame (code, reason).
    pub fn close(self) -> (u16, &'static str) {
        match self {
            Revoked::Credentials => (CLOSE_CREDENTIALS, "credentials changed"),
            Revoked::SessionEnded => (CLOSE_SESSION, "session ended"),
        }
    }
}

/// The revocation epoch and the directory's stamp at the last refresh.
pub struct Revocations {
    epoch: watch::Sender<u64>,
    stamp: Mutex<u64>,
}

impl Default for Revocations {
    fn default() -> Self {
        Revocations {
            epoch: watch::channel(0).0,
            stamp: Mutex::new(0),
        }
    }
}

impl Revocations {
    /// Something may have ended credentials: every live client re-checks.
    pub fn bump(&self) {
        self.epoch.send_modify(|n| *n = n.wrapping_add(1));
    }

    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.epoch.subscribe()
    }

    pub fn set_stamp(&self, stamp: u64) {
        if let Ok(mut s) = self.stamp.lock() {
            *s = stamp;
        }
    }

    fn stamp(&self) -> u64 {
        self.stamp.lock().map_or(0, |s| *s)
    }
}

/// A cheap fingerprint of the directory files (names, sizes, modification
/// times, inodes), so a change made by another process (the CLI, an editor,
/// a restore) is noticed without reading and parsing every file.
pub fn directory_stamp(conf_dir: &Path) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    stamp_dir(&conf_dir.join("directory"), 2, &mut h);
    h.finish()
}

fn stamp_dir(dir: &Path, depth: u8, h: &mut impl Hasher) {
    use std::os::unix::fs::MetadataExt;
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_cached_key(|e| e.file_name());
    for e in entries {
        let Ok(m) = e.metadata() else { continue };
        e.file_name().hash(h);
        (m.len(), m.mtime(), m.mtime_nsec(), m.ino()).hash(h);
        if m.is_dir() && depth > 0 {
            stamp_dir(&e.path(), depth - 1, h);
        }
    }
}

/// Whether `who`'s credentials still hold in the current state.
pub fn check(app: &AppState, who: &Authed) -> Result<(), Revoked> {
    let cache = app.cache();
    let now = cache.user_by_name(&who.user.name);
    let same_place = now
        .as_ref()
        .is_some_and(|u| u.id == who.user.id && u.context == who.user.context);
    match &who.session {
        // A session holds as long as it lives (a password change made
        // through it re-keys it) and the user is where they were.
        Some(token) => {
            let current = |n: &str| cache.user_by_name(n).map(|u| u.password.clone());
            if app.sessions.user(token, current).is_none() {
                return Err(match same_place {
                    true => Revoked::SessionEnded,
                    false => Revoked::Credentials,
                });
            }
        }
        None => {
            let same_password = now
                .as_ref()
                .is_some_and(|u| u.password == who.user.password);
            if !same_password {
                return Err(Revoked::Credentials);
            }
        }
    }
    match same_place {
        true => Ok(()),
        false => Err(Revoked::Credentials),
    }
}

/// [`check`] right before something is carried out for `who`: first the
/// directory files are looked at, and the cache rebuilt if they changed
/// behind the server's back.
pub async fn confirm(app: &AppState, who: &Authed) -> Result<(), Revoked> {
    let a = app.clone();
    let _ = tokio::task::spawn_blocking(move || refresh_if_changed(&a)).await;
    check(app, who)
}

/// A download that stops when `who`'s credentials are revoked: the body
/// ends with an error (the client sees a cut connection, never a complete
/// file), at the latest when the next chunk would be sent.
pub fn revocable(
    app: &AppState,
    who: Authed,
    r: axum::response::Response,
) -> axum::response::Response {
    use futures_util::StreamExt;
    let (parts, body) = r.into_parts();
    let state = (
        body.into_data_stream(),
        app.revocations.subscribe(),
        app.clone(),
        who,
    );
    let chunks = futures_util::stream::unfold(Some(state), |st| async move {
        let (mut data, mut epoch, app, who) = st?;
        loop {
            tokio::select! {
                biased;
                Ok(()) = epoch.changed() => {
                    if let Err(r) = check(&app, &who) {
                        let why = std::io::Error::other(r.close().1);
                        return Some((Err(why), None));
                    }
                }
                chunk = data.next() => {
                    let chunk = chunk?.map_err(std::io::Error::other);
                    return Some((chunk, Some((data, epoch, app, who))));
                }
            }
        }
    });
    axum::response::Response::from_parts(parts, axum::body::Body::from_stream(chunks))
}

/// Rebuild the cache when the directory changed since the last refresh.
fn refresh_if_changed(app: &AppState) {
    let stamp = directory_stamp(&app.settings().conf_dir);
    if stamp == app.revocations.stamp() {
        return;
    }
    if let Err(e) = app.refresh() {
        tracing::warn!("state refresh failed: {e}");
    }
}

/// Look at the directory files twice a second, so changes made by other
/// processes (the CLI with `--no-reload` or while FreeSWITCH is down, an
/// editor) reach the cache, and so open connections, within a second.
pub async fn watch_files(app: AppState) {
    let mut every = tokio::time::interval(Duration::from_millis(500));
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        let a = app.clone();
        let _ = tokio::task::spawn_blocking(move || refresh_if_changed(&a)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stamp_follows_every_change_to_the_directory() {
        let dir = tempfile::tempdir().unwrap();
        let users = dir.path().join("directory/team");
        std::fs::create_dir_all(&users).unwrap();
        let file = users.join("20000.xml");
        std::fs::write(&file, "a").unwrap();
        let first = directory_stamp(dir.path());
        assert_eq!(first, directory_stamp(dir.path()), "stable");
        std::fs::write(&file, "bb").unwrap();
        let second = directory_stamp(dir.path());
        assert_ne!(first, second, "content");
        let tmp = users.join(".tmp");
        std::fs::write(&tmp, "bb").unwrap();
        std::fs::rename(&tmp, &file).unwrap();
        assert_ne!(second, directory_stamp(dir.path()), "replaced by rename");
        let third = directory_stamp(dir.path());
        std::fs::remove_file(&file).unwrap();
        assert_ne!(third, directory_stamp(dir.path()), "deleted");
    }
}
