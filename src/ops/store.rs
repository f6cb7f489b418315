//! Store and restore config trees as `.tar.gz` (behavior-notes.md section 8).
//!
//! Store streams the tree through tar and gzip into a temp file and renames it
//! into place, so memory does not grow with the tree and a half-written
//! archive never carries the final name. Restore validates the whole archive
//! before touching anything, extracts beside the target, swaps the two trees
//! with one atomic exchange, and swaps back if FreeSWITCH rejects the result.

use super::{Applied, Ops, RELOAD_OK};
use crate::error::{Error, Result};
use crate::fsio::ConfLock;
use flate2::{read::GzDecoder, write::GzEncoder, Compression};
use serde_json::{json, Value};
use std::fs::File;
use std::path::{Component, Path, PathBuf};

/// What `store`/`restore` work on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
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
    pub fn name(self) -> &'static str {
        match self {
            Target::Freeswitch => "freeswitch",
            Target::Dialplan => "dialplan",
            Target::Conferences => "conferences",
            Target::Directory => "directory",
        }
    }

    pub fn parse(s: &str) -> Option<Target> {
        [
            Target::Freeswitch,
            Target::Dialplan,
            Target::Conferences,
            Target::Directory,
        ]
        .into_iter()
        .find(|t| t.name() == s)
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

/// Why an archive entry may not be restored, if it may not.
fn check_entry(entry: &tar::Entry<'_, impl std::io::Read>) -> std::result::Result<(), String> {
    let path = entry
        .path()
        .map_err(|e| format!("unreadable entry name: {e}"))?;
    let shown = path.display().to_string();
    let inside = |p: &Path| -> bool {
        let mut depth: i64 = 0;
        for c in p.components() {
            match c {
                Component::Normal(_) => depth += 1,
                Component::CurDir => {}
                Component::ParentDir => {
                    depth -= 1;
                    if depth < 0 {
                        return false;
                    }
                }
                Component::RootDir | Component::Prefix(_) => return false,
            }
        }
        true
    };
    if path.is_absolute()
        || path.components().any(|c| {
            matches!(
                c,
                Component::ParentDir | Component::RootDir | Component::Prefix(_)
            )
        })
    {
        return Err(format!("{shown}: absolute paths and '..' are not allowed"));
    }
    let kind = entry.header().entry_type();
    match kind {
        tar::EntryType::Regular | tar::EntryType::Directory | tar::EntryType::Continuous => Ok(()),
        tar::EntryType::Symlink | tar::EntryType::Link => {
            let target = entry
                .link_name()
                .map_err(|e| format!("{shown}: unreadable link: {e}"))?
                .ok_or_else(|| format!("{shown}: link without a target"))?;
            let resolved = if kind == tar::EntryType::Symlink {
                path.parent().unwrap_or(Path::new("")).join(&target)
            } else {
                target.to_path_buf()
            };
            if target.is_absolute() || !inside(&resolved) {
                Err(format!(
                    "{shown}: link to {} leaves the tree",
                    target.display()
                ))
            } else {
                Ok(())
            }
        }
        tar::EntryType::XGlobalHeader
        | tar::EntryType::XHeader
        | tar::EntryType::GNULongName
        | tar::EntryType::GNULongLink => Ok(()),
        other => Err(format!(
            "{shown}: entries of type {other:?} (devices, fifos, ...) are not allowed"
        )),
    }
}

/// Read the whole archive once: readable gzip and tar, every entry allowed.
pub fn validate_archive(path: &Path) -> std::result::Result<u64, String> {
    let f = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut ar = tar::Archive::new(GzDecoder::new(f));
    let mut n = 0;
    let entries = ar
        .entries()
        .map_err(|e| format!("not a readable tar.gz: {e}"))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| format!("not a readable tar.gz: {e}"))?;
        check_entry(&entry)?;
        // Reading the data proves the compressed stream is intact to its end.
        std::io::copy(&mut entry, &mut std::io::sink())
            .map_err(|e| format!("not a readable tar.gz: {e}"))?;
        n += 1;
    }
    if n == 0 {
        return Err("the archive is empty".into());
    }
    Ok(n)
}

fn sibling(target: &Path, tag: &str) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let parent = target.parent().unwrap_or(Path::new("."));
    parent.join(format!(".{name}.fsconn-{tag}-{}", std::process::id()))
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
    ) -> Result<Value> {
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
        Ok(
            json!({ "op": format!("store/{}", target.name()), "done": out.display().to_string(), "failed": "" }),
        )
    }

    /// `GET /api/restore/X`: replace the tree with the archive's content,
    /// reload, and put the old tree back if FreeSWITCH refuses.
    pub fn restore(&self, target: Target, from: Option<&Path>) -> Result<(Value, Applied)> {
        let op = format!("restore/{}", target.name());
        let archive = from
            .map(Path::to_path_buf)
            .unwrap_or_else(|| self.archive_path(target));
        let answer =
            |done: String, failed: String| json!({ "op": op, "done": done, "failed": failed });
        if !archive.is_file() {
            return Ok((
                answer(
                    String::new(),
                    format!("no archive at {}", archive.display()),
                ),
                Applied::NothingToDo,
            ));
        }
        if let Err(why) = validate_archive(&archive) {
            return Ok((
                answer(
                    String::new(),
                    format!("{} refused: {why}", archive.display()),
                ),
                Applied::NothingToDo,
            ));
        }
        let _lock = ConfLock::acquire(&self.settings.conf_dir)?;
        let dir = target.dir(&self.settings.conf_dir);
        let fresh = sibling(&dir, "restore");
        let _ = std::fs::remove_dir_all(&fresh);
        std::fs::create_dir_all(&fresh).map_err(|e| Error::io(&fresh, e))?;
        let unpacked =
            File::open(&archive).and_then(|f| tar::Archive::new(GzDecoder::new(f)).unpack(&fresh));
        if let Err(e) = unpacked {
            let _ = std::fs::remove_dir_all(&fresh);
            return Ok((
                answer(String::new(), format!("{}: {e}", archive.display())),
                Applied::NothingToDo,
            ));
        }
        if let Ok(d) = File::open(&fresh) {
            let _ = rustix::fs::syncfs(&d);
        }
        // After the exchange, `fresh` holds the previous tree.
        if dir.exists() {
            exchange(&fresh, &dir)?;
        } else {
            std::fs::rename(&fresh, &dir).map_err(|e| Error::io(&dir, e))?;
        }
        let previous = fresh;
        let applied = match self.reloader.as_ref().map(|r| self.reload(r.as_ref())) {
            None => Applied::Skipped,
            Some(Ok(reply)) if reply.trim_end() == RELOAD_OK => Applied::Reloaded,
            Some(Ok(reply)) => {
                if previous.exists() {
                    exchange(&previous, &dir)?;
                    let _ = std::fs::remove_dir_all(&previous);
                } else {
                    let _ = std::fs::remove_dir_all(&dir);
                }
                let msg = reply.trim_end().to_string();
                return Ok((answer(String::new(), format!("FreeSWITCH rejected the restored files, the previous ones are back: {msg}")), Applied::Rejected(msg)));
            }
            Some(Err(e)) => Applied::NotApplied(e.0),
        };
        match &applied {
            Applied::NotApplied(_) if previous.exists() => {
                // Not known to be good: keep the old tree beside it.
                let kept = sibling(
                    &dir,
                    &format!("previous-{}", chrono::Utc::now().format("%Y%m%dT%H%M%S")),
                );
                std::fs::rename(&previous, &kept).map_err(|e| Error::io(&kept, e))?;
            }
            _ => {
                let _ = std::fs::remove_dir_all(&previous);
            }
        }
        drop(_lock);
        // Provisioning follows the restored directory.
        self.users_reprov()?;
        Ok((
            answer(archive.display().to_string(), String::new()),
            applied,
        ))
    }
}
