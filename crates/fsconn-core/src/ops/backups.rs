//! Generations of stored archives: every `store` to the default place also
//! keeps a dated copy in `store/generations/` (a hard link, so it costs no
//! space until the next store replaces the current archive), the newest
//! `restore.keep` per tree are kept. An uploaded archive becomes a
//! generation only after it passed every check a restore makes.

use super::answer::{Backup, BackupPreview, BackupsAnswer};
use super::store::Target;
use super::Ops;
use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

const SUFFIX: &str = ".tar.gz";

/// `TARGET-YYYYmmddTHHMMSSmmmZ.tar.gz` split into its tree and time, or
/// `None` for any other name (so a name from a request can never point
/// outside the generations dir).
fn parse_name(name: &str) -> Option<(Target, chrono::DateTime<chrono::Utc>)> {
    let stem = name.strip_suffix(SUFFIX)?;
    let (target, stamp) = stem.rsplit_once('-')?;
    let target = Target::parse(target)?;
    let t = chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%S%3fZ").ok()?;
    Some((target, t.and_utc()))
}

fn name_for(target: Target, at: chrono::DateTime<chrono::Utc>) -> String {
    format!(
        "{}-{}{SUFFIX}",
        target.name(),
        at.format("%Y%m%dT%H%M%S%3fZ")
    )
}

impl Ops {
    fn generations_dir(&self) -> PathBuf {
        self.settings.static_dir.join("store").join("generations")
    }

    /// A free generation name for `target` now (a later millisecond when
    /// two stores meet in one).
    fn fresh_generation(&self, target: Target) -> Result<PathBuf> {
        let dir = self.generations_dir();
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        let mut at = chrono::Utc::now();
        loop {
            let path = dir.join(name_for(target, at));
            if !path.exists() {
                return Ok(path);
            }
            at += chrono::Duration::milliseconds(1);
        }
    }

    /// After a store to the default place: the archive kept as a generation.
    pub(crate) fn keep_generation(&self, target: Target, archive: &Path) -> Result<()> {
        let path = self.fresh_generation(target)?;
        std::fs::hard_link(archive, &path)
            .or_else(|_| std::fs::copy(archive, &path).map(|_| ()))
            .map_err(|e| Error::io(&path, e))?;
        self.prune_generations(target)
    }

    /// The oldest generations of `target` beyond `restore.keep` removed.
    fn prune_generations(&self, target: Target) -> Result<()> {
        let keep = self.settings.restore_limits.keep.max(1) as usize;
        let mine: Vec<Backup> = self
            .backups()?
            .backups
            .into_iter()
            .filter(|b| b.target == target)
            .collect();
        for old in mine.iter().skip(keep) {
            let path = self.generations_dir().join(&old.name);
            std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
        }
        Ok(())
    }

    /// `GET /api/backups`: every kept generation, newest first.
    pub fn backups(&self) -> Result<BackupsAnswer> {
        let dir = self.generations_dir();
        let rd = match std::fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(BackupsAnswer {
                    keep: self.settings.restore_limits.keep,
                    backups: Vec::new(),
                })
            }
            Err(e) => return Err(Error::io(&dir, e)),
        };
        let mut backups = Vec::new();
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let Some((target, at)) = parse_name(&name) else {
                continue;
            };
            let Ok(m) = e.metadata() else { continue };
            if m.is_file() {
                backups.push(Backup {
                    name,
                    target,
                    time: at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                    size: m.len(),
                });
            }
        }
        backups.sort_by(|a, b| b.time.cmp(&a.time).then(b.name.cmp(&a.name)));
        Ok(BackupsAnswer {
            keep: self.settings.restore_limits.keep,
            backups,
        })
    }

    /// The file of generation `name` and its tree; `NotFound` for a name
    /// that is not one of ours or no longer kept.
    pub fn backup_path(&self, name: &str) -> Result<(Target, PathBuf)> {
        let not_found = || Error::NotFound(format!("no backup named {name}"));
        let (target, _) = parse_name(name).ok_or_else(not_found)?;
        let path = self.generations_dir().join(name);
        match std::fs::symlink_metadata(&path) {
            Ok(m) if m.is_file() => Ok((target, path)),
            _ => Err(not_found()),
        }
    }

    /// What restoring generation `name` would change (every restore check
    /// made, nothing written): `Err(reason)` in `failed` when it would be
    /// refused.
    pub fn backup_preview(&self, name: &str) -> Result<BackupPreview> {
        let (target, path) = self.backup_path(name)?;
        let (plan, failed) = match self.restore_preview(target, &path)? {
            Ok(plan) => (plan, String::new()),
            Err(why) => (Default::default(), why),
        };
        Ok(BackupPreview::new(name, target, &plan, failed))
    }

    /// `POST /api/backups/{target}`: an archive from elsewhere, checked as
    /// a restore would check it; kept as a generation only when it passes
    /// (the answer is then its dry-run diff), else nothing is kept and
    /// `failed` says why.
    pub fn backup_upload(&self, target: Target, bytes: &[u8]) -> Result<BackupPreview> {
        let path = self.fresh_generation(target)?;
        let dir = self.generations_dir();
        let mut tmp = tempfile::Builder::new()
            .prefix(".fsconn-upload-")
            .tempfile_in(&dir)
            .map_err(|e| Error::io(&dir, e))?;
        tmp.write_all(bytes)
            .and_then(|_| tmp.as_file().sync_all())
            .map_err(|e| Error::io(tmp.path(), e))?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match self.restore_preview(target, tmp.path())? {
            Err(why) => Ok(BackupPreview::new(&name, target, &Default::default(), why)),
            Ok(plan) => {
                tmp.persist(&path).map_err(|e| Error::io(&path, e.error))?;
                self.prune_generations(target)?;
                Ok(BackupPreview::new(&name, target, &plan, String::new()))
            }
        }
    }
}
