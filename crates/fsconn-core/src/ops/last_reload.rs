//! The last `reloadxml` fsconn ran, by any of its commands or the server,
//! kept in a small state file in the config dir (`.fsconn-reloadxml.json`)
//! so `fsconn info` and a restarted server can show it.

use super::info::ReloadMeta;
use std::path::{Path, PathBuf};

pub fn path(conf_dir: &Path) -> PathBuf {
    conf_dir.join(".fsconn-reloadxml.json")
}

/// Remembers `reply` as the answer of a reload run now. A state file that
/// cannot be written only costs the display, so it is a warning.
pub fn record(conf_dir: &Path, reply: &str) {
    let meta = ReloadMeta {
        lastrun: super::now_iso(),
        lastmsg: reply.trim_end().to_string(),
    };
    let bytes = serde_json::to_vec(&meta).unwrap_or_default();
    if let Err(e) = crate::fsio::write_atomic(&path(conf_dir), &bytes) {
        tracing::warn!("cannot remember the last reloadxml: {e}");
    }
}

/// The last reload recorded, if any.
pub fn load(conf_dir: &Path) -> Option<ReloadMeta> {
    let bytes = std::fs::read(path(conf_dir)).ok()?;
    serde_json::from_slice(&bytes).ok()
}
