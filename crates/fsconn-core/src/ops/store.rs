//! Store and restore config trees as `.tar.gz` (behavior-notes.md section 8).
//!
//! Store streams the tree through tar and gzip into a temp file and renames it
//! into place, so memory does not grow with the tree and a half-written
//! archive never carries the final name. Restore reads the archive once
//! through `unpack` (every entry checked before it is written) into a
//! staging dir beside the target, checks what it holds (`restore_check`:
//! XML FreeSWITCH loads, values fsconn could have written) and renders the
//! phone provisioning of its users, then swaps the two trees with one
//! atomic exchange. Whatever fails after the exchange (FreeSWITCH refusing
//! the result, the provisioning not written) swaps back, so the answer is
//! either "restored" or "refused, nothing changed" (or, when FreeSWITCH
//! cannot be asked, "written but not confirmed").

use super::answer::StoreAnswer;
use super::restore_check;
use super::unpack::{self, Owner};
use super::{Applied, Ops, Plan, RELOAD_OK};
use crate::error::{Error, Result};
use crate::fsconf::State;
use crate::fsio::{ConfLock, PlannedFile, Transaction};
use flate2::{write::GzEncoder, Compression};
use std::fs::File;
use std::path::{Path, PathBuf};

/// What `store`/`restore` work on (the path segment, lowercase).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    /// The whole FreeSWITCH config dir
    Freeswitch,
    /// dialplan/
    Dialplan,
    /// dialplan/conferences/
    Conferences,
    /// directory/
    Directory,
}

impl Target {
    pub const ALL: &'static [Target] = &[
        Target::Freeswitch,
        Target::Dialplan,
        Target::Conferences,
        Target::Directory,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Target::Freeswitch => "freeswitch",
            Target::Dialplan => "dialplan",
            Target::Conferences => "conferences",
            Target::Directory => "directory",
        }
    }

    /// The tree it stands for, as `--help` says it.
    pub fn describe(self) -> &'static str {
        match self {
            Target::Freeswitch => "The whole FreeSWITCH config dir",
            Target::Dialplan => "dialplan/",
            Target::Conferences => "dialplan/conferences/",
            Target::Directory => "directory/",
        }
    }

    pub fn parse(s: &str) -> Option<Target> {
        Target::ALL.iter().copied().find(|t| t.name() == s)
    }

    pub fn dir(self, conf_dir: &Path) -> PathBuf {
        match self {
            Target::Freeswitch => conf_dir.to_path_buf(),
            Target::Dialplan => conf_dir.join("dialplan"),
            Target::Conferences => conf_dir.join("dialplan").join("conferences"),
            Target::Directory => conf_dir.join("directory"),
        }
    }
}

/// Files and dirs below `dir` in a stable order (dirs before their content).
fn walk(dir: &Path, rel: &Path, out: &mut dyn FnMut(&Path, &Path) -> Result<()>) -> Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| Error::io(dir, e))?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name();
        // Our own temp files are never part of a tree.
        if name.to_string_lossy().starts_with(".fsconn-") {
            continue;
        }
        let path = e.path();
        let rel = rel.join(&name);
        out(&path, &rel)?;
        let ft = e.file_type().map_err(|err| Error::io(&path, err))?;
        if ft.is_dir() {
            walk(&path, &rel, out)?;
        }
    }
    Ok(())
}

/// Count what `store` will write, for a progress bar.
pub fn count_entries(dir: &Path) -> Result<u64> {
    let mut n = 0;
    walk(dir, Path::new(""), &mut |_, _| {
        n += 1;
        Ok(())
    })?;
    Ok(n)
}

/// The archive, opened once for the whole restore (its bytes are read from
/// this one descriptor only). `O_NONBLOCK` so a fifo planted under the
/// archive's name cannot hang us; anything but a regular file is refused.
fn open_archive(path: &Path) -> std::result::Result<File, String> {
    use std::os::unix::fs::OpenOptionsExt;
    let f = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)
        .map_err(|e| format!("no archive at {}: {e}", path.display()))?;
    match f.metadata() {
        Ok(m) if m.is_file() => Ok(f),
        _ => Err(format!("{} is not a regular file", path.display())),
    }
}

/// Owner, group and mode of the dir a restored tree replaces (or of its
/// parent for a tree that does not exist yet).
fn tree_owner(dir: &Path) -> Option<(Owner, u32)> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(dir)
        .or_else(|_| std::fs::metadata(dir.parent().unwrap_or(Path::new("."))))
        .ok()?;
    Some((
        Owner {
            uid: m.uid(),
            gid: m.gid(),
        },
        m.mode() & 0o7777,
    ))
}

fn sibling(target: &Path, tag: &str) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let parent = target.parent().unwrap_or(Path::new("."));
    parent.join(format!(
        ".{name}.fsconn-{tag}-{}-h{}",
        std::process::id(),
        crate::fsio::host_tag()
    ))
}

/// Remove the staging dirs (`.NAME.fsconn-restore-PID-hHOST`) of restores whose
/// process was killed: before the exchange they hold a partial new tree,
/// after it the old tree the completed restore replaced.
pub fn remove_dead_staging(conf_dir: &Path) {
    let parents = [
        conf_dir.parent().map(Path::to_path_buf),
        Some(conf_dir.to_path_buf()),
        Some(conf_dir.join("dialplan")),
    ];
    for dir in parents.into_iter().flatten() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in rd.flatten() {
            let name = e.file_name();
            let writer = name
                .to_str()
                .filter(|n| n.starts_with('.'))
                .and_then(|n| n.rsplit_once(".fsconn-restore-"))
                .and_then(|(_, w)| staging_writer(w));
            if writer.is_some_and(|(pid, host)| staging_is_dead(&e.path(), pid, host)) {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }
}

/// The PID and host tag of a staging dir's `PID-hTAG` (older: `PID`).
fn staging_writer(w: &str) -> Option<(u32, Option<&str>)> {
    let (pid, host) = match w.split_once("-h") {
        Some((p, h)) => (p, Some(h)),
        None => (w, None),
    };
    Some((pid.parse().ok()?, host))
}

/// Whether the restore that made a staging dir is gone: a process of
/// this host by its PID, another host's (shared storage) only once the
/// dir is older than [`crate::fsio::FOREIGN_TEMP_AGE`].
fn staging_is_dead(path: &Path, pid: u32, host: Option<&str>) -> bool {
    match host {
        Some(h) if h != crate::fsio::host_tag() => std::fs::metadata(path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|e| e > crate::fsio::FOREIGN_TEMP_AGE),
        _ => pid != std::process::id() && !crate::fsio::pid_alive(pid),
    }
}

/// Swap two directories atomically (both must exist).
fn exchange(a: &Path, b: &Path) -> Result<()> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(|e| Error::io(b, e.into()))
}

impl Ops {
    pub fn archive_path(&self, target: Target) -> PathBuf {
        self.settings
            .static_dir
            .join("store")
            .join(format!("{}.tar.gz", target.name()))
    }

    /// `GET /api/store/X`: `{op, done: <archive path>, failed: ""}`.
    pub fn store(
        &self,
        target: Target,
        output: Option<&Path>,
        progress: &mut dyn FnMut(),
    ) -> Result<StoreAnswer> {
        let dir = target.dir(&self.settings.conf_dir);
        if !dir.is_dir() {
            return Err(Error::NotFound(format!("{} does not exist", dir.display())));
        }
        let out = output
            .map(Path::to_path_buf)
            .unwrap_or_else(|| self.archive_path(target));
        let parent = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        let tmp = tempfile::Builder::new()
            .prefix(".fsconn-store-")
            .suffix(".tmp")
            .tempfile_in(parent)
            .map_err(|e| Error::io(parent, e))?;
        {
            let gz = GzEncoder::new(tmp.as_file(), Compression::default());
            let mut tar = tar::Builder::new(gz);
            tar.follow_symlinks(false);
            walk(&dir, Path::new(""), &mut |path, rel| {
                tar.append_path_with_name(path, rel)
                    .map_err(|e| Error::io(path, e))?;
                progress();
                Ok(())
            })?;
            let gz = tar.into_inner().map_err(|e| Error::io(&out, e))?;
            gz.finish().map_err(|e| Error::io(&out, e))?;
        }
        tmp.as_file().sync_all().map_err(|e| Error::io(&out, e))?;
        tmp.persist(&out).map_err(|e| Error::io(&out, e.error))?;
        if let Ok(d) = File::open(parent) {
            let _ = d.sync_all();
        }
        if output.is_none() {
            self.keep_generation(target, &out)?;
        }
        Ok(StoreAnswer {
            op: format!("store/{}", target.name()),
            done: out.display().to_string(),
            failed: String::new(),
        })
    }

    /// `--dry-run` of `store`: the archive it would write.
    pub fn store_plan(&self, target: Target, output: Option<&Path>) -> Result<Plan> {
        let dir = target.dir(&self.settings.conf_dir);
        if !dir.is_dir() {
            return Err(Error::NotFound(format!("{} does not exist", dir.display())));
        }
        let out = output
            .map(Path::to_path_buf)
            .unwrap_or_else(|| self.archive_path(target));
        let file = if out.exists() {
            PlannedFile::Replace(out)
        } else {
            PlannedFile::Create(out)
        };
        Ok(Plan {
            files: vec![file],
            commands: Vec::new(),
        })
    }

    /// `GET /api/restore/X`: replace the tree with the archive's content,
    /// reload, and put the old tree back if FreeSWITCH refuses. With
    /// `dry_run`, the archive is checked and compared with the tree, and
    /// nothing is changed.
    pub fn restore(&self, target: Target, from: Option<&Path>) -> Result<(StoreAnswer, Applied)> {
        let op = format!("restore/{}", target.name());
        let archive = from
            .map(Path::to_path_buf)
            .unwrap_or_else(|| self.archive_path(target));
        let answer = |done: String, failed: String| StoreAnswer {
            op: op.clone(),
            done,
            failed,
        };
        let refused = |why: String| {
            let failed = format!("{} refused: {why}", archive.display());
            Ok((answer(String::new(), failed), Applied::NothingToDo))
        };
        let file = match open_archive(&archive) {
            Ok(f) => f,
            Err(why) => return Ok((answer(String::new(), why), Applied::NothingToDo)),
        };
        let dir = target.dir(&self.settings.conf_dir);
        if self.dry_run {
            return match self.restore_plan(file, target, &dir)? {
                Ok(plan) => Ok((
                    answer(archive.display().to_string(), String::new()),
                    Applied::DryRun(plan),
                )),
                Err(why) => refused(why),
            };
        }
        let lock = ConfLock::acquire(&self.settings.conf_dir)?;
        let fresh = match stage(file, &dir, &self.settings.restore_limits)? {
            Ok(fresh) => fresh,
            Err(why) => return refused(why),
        };
        let provisioning = match self.check_restored(target, &fresh) {
            Ok(Ok(txn)) => txn,
            Ok(Err(why)) => {
                let _ = std::fs::remove_dir_all(&fresh);
                return refused(why);
            }
            Err(e) => {
                let _ = std::fs::remove_dir_all(&fresh);
                return Err(e);
            }
        };
        // After the exchange, `fresh` holds the previous tree (if any).
        swap_in(&fresh, &dir)?;
        let outcome = self.after_swap(&dir, &fresh, provisioning)?;
        drop(lock);
        Ok(match outcome {
            Ok(applied) => (
                answer(archive.display().to_string(), String::new()),
                applied,
            ),
            Err((failed, applied)) => (answer(String::new(), failed), applied),
        })
    }

    /// Before the swap: the staged tree checked (`restore_check`) and the
    /// phone provisioning of its users rendered, so nothing that can be
    /// known in advance fails after the live tree was replaced.
    /// `Err(reason)` refuses the archive.
    fn check_restored(
        &self,
        target: Target,
        staging: &Path,
    ) -> Result<std::result::Result<Transaction, String>> {
        if let Err(why) = restore_check::check_files(staging) {
            return Ok(Err(why));
        }
        let overlay = restore_check::Overlay::new(&self.settings.conf_dir, target, staging)
            .map_err(|e| Error::io(staging, e))?;
        let root = &overlay.root;
        if let Err(why) = restore_check::check_structure(root, target, &self.settings) {
            return Ok(Err(why));
        }
        let mut settings = self.settings.clone();
        settings.conf_dir = root.clone();
        let state = State::load(&settings)?;
        if let Err(why) = restore_check::check_state(&state, target, &self.settings, root) {
            return Ok(Err(why));
        }
        let mut txn = Transaction::journaled(&self.settings.conf_dir);
        let planned = state
            .users
            .iter()
            .try_for_each(|u| self.plan_provisioning(&state, u, &mut txn));
        if let Err(e) = planned {
            return Ok(Err(format!(
                "the phone provisioning of the restored users cannot be rendered: {e}"
            )));
        }
        self.plan_stale_provisioning(&state, &mut txn);
        Ok(Ok(txn))
    }

    /// Reload, then write the provisioning planned before the swap. Any
    /// failure puts the previous tree back (and FreeSWITCH reloads it):
    /// `Err((why, applied))` then, and nothing is changed.
    fn after_swap(
        &self,
        dir: &Path,
        previous: &Path,
        provisioning: Transaction,
    ) -> Result<std::result::Result<Applied, (String, Applied)>> {
        let applied = match self.reload_restored(dir, previous)? {
            Ok(applied) => applied,
            Err(msg) => {
                let failed = format!(
                    "FreeSWITCH rejected the restored files, the previous ones are back: {msg}"
                );
                return Ok(Err((failed, Applied::Rejected(msg))));
            }
        };
        if let Err(e) = provisioning.commit() {
            put_back(dir, previous)?;
            let reloaded = match self.reloader.as_ref().map(|r| self.reload(r.as_ref())) {
                Some(Ok(reply)) if reply.trim_end() == RELOAD_OK => "; FreeSWITCH reloaded it",
                Some(_) => "; FreeSWITCH could not reload it: run fsconn reload",
                None => "",
            };
            let failed = format!(
                "the phone provisioning could not be written ({e}); nothing was changed, the previous tree is back{reloaded}"
            );
            return Ok(Err((failed, Applied::NothingToDo)));
        }
        keep_or_drop_previous(dir, previous, &applied)?;
        Ok(Ok(applied))
    }

    /// Reload after the exchange. `Err(reply)` when FreeSWITCH refused the
    /// restored tree: the previous one is back in place.
    fn reload_restored(
        &self,
        dir: &Path,
        previous: &Path,
    ) -> Result<std::result::Result<Applied, String>> {
        let reply = match self.reloader.as_ref().map(|r| self.reload(r.as_ref())) {
            None => return Ok(Ok(Applied::Skipped)),
            Some(Err(e)) => return Ok(Ok(Applied::NotApplied(e.0))),
            Some(Ok(reply)) => reply,
        };
        if reply.trim_end() == RELOAD_OK {
            return Ok(Ok(Applied::Reloaded));
        }
        put_back(dir, previous)?;
        Ok(Err(reply.trim_end().to_string()))
    }

    /// [`Self::restore_plan`] of the archive at `path`: `Err(reason)` when a
    /// restore of it would be refused. Nothing is written.
    pub fn restore_preview(
        &self,
        target: Target,
        path: &Path,
    ) -> Result<std::result::Result<Plan, String>> {
        let file = match open_archive(path) {
            Ok(f) => f,
            Err(why) => return Ok(Err(why)),
        };
        self.restore_plan(file, target, &target.dir(&self.settings.conf_dir))
    }

    /// The archive unpacked (every entry checked, as a restore would) into a
    /// temp dir away from the config and compared with the tree in `dir`:
    /// the files a restore would create, replace and remove, and the reload.
    /// `Err(reason)` when the archive would be refused.
    fn restore_plan(
        &self,
        file: File,
        target: Target,
        dir: &Path,
    ) -> Result<std::result::Result<Plan, String>> {
        let staging = tempfile::tempdir().map_err(|e| Error::io(std::env::temp_dir(), e))?;
        let limits = self.settings.restore_limits;
        if let Err(why) = unpack::unpack(file, staging.path(), &limits, None) {
            return Ok(Err(why));
        }
        let provisioning = match self.check_restored(target, staging.path())? {
            Ok(txn) => txn,
            Err(why) => return Ok(Err(why)),
        };
        let fresh = tree_files(staging.path())?;
        let current = if dir.is_dir() {
            tree_files(dir)?
        } else {
            Default::default()
        };
        let mut files = Vec::new();
        for (rel, content) in &fresh {
            match current.get(rel) {
                Some(old) if old == content => {}
                Some(_) => files.push(PlannedFile::Replace(dir.join(rel))),
                None => files.push(PlannedFile::Create(dir.join(rel))),
            }
        }
        for rel in current.keys().filter(|rel| !fresh.contains_key(*rel)) {
            files.push(PlannedFile::Remove(dir.join(rel)));
        }
        files.extend(provisioning.plan());
        let commands = match self.reloader {
            Some(_) => vec!["api reloadxml".to_string()],
            None => Vec::new(),
        };
        Ok(Ok(Plan { files, commands }))
    }
}

/// Every regular file below `dir` (relative path, content), for comparing
/// two trees.
fn tree_files(dir: &Path) -> Result<std::collections::BTreeMap<PathBuf, Vec<u8>>> {
    let mut out = std::collections::BTreeMap::new();
    walk(dir, Path::new(""), &mut |path, rel| {
        let is_file = std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file());
        if is_file {
            let content = std::fs::read(path).map_err(|e| Error::io(path, e))?;
            out.insert(rel.to_path_buf(), content);
        }
        Ok(())
    })?;
    Ok(out)
}

/// Unpack the archive into a staging dir beside `dir` with the tree's
/// owner and mode, and sync it. Answers the staging dir, or `Err(reason)`
/// when the archive is refused (the staging dir is gone then).
fn stage(
    file: File,
    dir: &Path,
    limits: &crate::settings::RestoreLimits,
) -> Result<std::result::Result<PathBuf, String>> {
    let fresh = sibling(dir, "restore");
    let _ = std::fs::remove_dir_all(&fresh);
    std::fs::create_dir_all(&fresh).map_err(|e| Error::io(&fresh, e))?;
    let owner = tree_owner(dir);
    if let Some((o, mode)) = owner {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&fresh, std::fs::Permissions::from_mode(mode));
        let _ = rustix::fs::chown(
            &fresh,
            Some(rustix::fs::Uid::from_raw(o.uid)),
            Some(rustix::fs::Gid::from_raw(o.gid)),
        );
    }
    if let Err(why) = unpack::unpack(file, &fresh, limits, owner.map(|(o, _)| o)) {
        let _ = std::fs::remove_dir_all(&fresh);
        return Ok(Err(why));
    }
    let synced = File::open(&fresh).and_then(|d| rustix::fs::syncfs(&d).map_err(Into::into));
    if let Err(e) = synced {
        let _ = std::fs::remove_dir_all(&fresh);
        return Ok(Err(unpack::write_error(&fresh, Path::new("the tree"), &e)));
    }
    Ok(Ok(fresh))
}

/// Swap the staged tree in: afterwards `fresh` holds the previous tree, or
/// does not exist when there was none.
fn swap_in(fresh: &Path, dir: &Path) -> Result<()> {
    let swapped = if dir.exists() {
        exchange(fresh, dir)
    } else {
        std::fs::rename(fresh, dir).map_err(|e| Error::io(dir, e))
    };
    if swapped.is_err() {
        let _ = std::fs::remove_dir_all(fresh);
    }
    swapped
}

/// Undo `swap_in`: the previous tree back in place (or no tree, if there
/// was none), the restored one removed.
fn put_back(dir: &Path, previous: &Path) -> Result<()> {
    if previous.exists() {
        exchange(previous, dir)?;
        let _ = std::fs::remove_dir_all(previous);
    } else {
        let _ = std::fs::remove_dir_all(dir);
    }
    Ok(())
}

/// After a restore FreeSWITCH did not refuse: the previous tree goes, unless
/// the switch could not confirm the new one; then it is kept beside it.
fn keep_or_drop_previous(dir: &Path, previous: &Path, applied: &Applied) -> Result<()> {
    match applied {
        Applied::NotApplied(_) if previous.exists() => {
            let kept = sibling(
                dir,
                &format!("previous-{}", chrono::Utc::now().format("%Y%m%dT%H%M%S")),
            );
            std::fs::rename(previous, &kept).map_err(|e| Error::io(&kept, e))
        }
        _ => {
            let _ = std::fs::remove_dir_all(previous);
            Ok(())
        }
    }
}
