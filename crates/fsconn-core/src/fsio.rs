//! Durable, atomic, undoable file changes under a cross-process lock.
//!
//! Every change to the config dir goes through a [`Transaction`]: new content
//! is written to hidden temp files beside the targets, synced in one batch
//! (`syncfs` once instead of one `fsync` per file: a 1,000-user add would
//! otherwise spend most of its time waiting for the disk), then renamed into
//! place. The transaction remembers what each path held before, so a change
//! FreeSWITCH rejects can be undone exactly.
//!
//! [`ConfLock`] is an advisory `flock` on the config dir itself: concurrent
//! fsconn processes take turns, and no lock file is left behind.
//!
//! Crash safety: a journaled transaction (every write operation of `ops`)
//! writes and syncs an intent journal (`.fsconn-journal` in the config dir:
//! each temp file and its target, each removal) after the temp files are
//! durable and before the first rename. A process killed before that point
//! leaves only temp files, removed by the next fsconn run
//! ([`remove_dead_temps`]: the writer's PID and a tag of its host are in the
//! name, so with the store on shared storage another host's live writer is
//! never taken for a dead one); killed after it,
//! the next run completes the renames ([`roll_forward`]) under the lock. So a
//! batch is on disk wholly or not at all.
//!
//! Who may read what: a rewritten file keeps the owner, group and mode of
//! the file it replaces (FreeSWITCH runs as its own user and must still read
//! it); a new file takes the owner and group of its dir. Files holding
//! secrets ([`Access::Private`]: SIP passwords) never keep bits for others,
//! and are created `0640`; others are created `0644`.

use crate::error::{Error, Result};
use rustix::fs::{flock, syncfs, FlockOperation};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fs::File;
use std::io::Write;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Held for the whole read-modify-write-reload of an operation.
pub struct ConfLock {
    _dir: File,
}

impl ConfLock {
    pub fn acquire(dir: &Path) -> Result<ConfLock> {
        let f = File::open(dir).map_err(|e| Error::io(dir, e))?;
        flock(&f, FlockOperation::LockExclusive)
            .map_err(|e| Error::io(dir, std::io::Error::from(e)))?;
        Ok(ConfLock { _dir: f })
    }
}

static TMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// A temp path in the same dir as `target`. Hidden and not ending in `.xml`,
/// so FreeSWITCH's `*.xml` includes never pick it up.
fn temp_path(target: &Path) -> PathBuf {
    static PID: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    let pid = *PID.get_or_init(std::process::id);
    let n = TMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = target.parent().unwrap_or(Path::new("."));
    dir.join(format!(".fsconn-{pid}-{n}-h{}.tmp", host_tag()))
}

/// This machine's tag in temp file names (FNV-1a of its host name): with
/// the store on shared storage, a process on another host must not judge
/// our writers by its own process table (a PID that is free there may be
/// writing here).
pub fn host_tag() -> &'static str {
    static TAG: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TAG.get_or_init(|| {
        let name = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
        let hash = name.trim().bytes().fold(0x811c_9dc5_u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        });
        format!("{hash:08x}")
    })
}

/// How old another host's temp file must be before any process removes
/// it: no write keeps a temp file for that long, so its writer is gone.
pub const FOREIGN_TEMP_AGE: std::time::Duration = std::time::Duration::from_secs(3600);

/// Who may read a file fsconn writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Config anyone on the machine may read (dialplan, man pages).
    Shared,
    /// Holds a secret (a SIP password): never readable by others.
    Private,
}

enum Step {
    Write {
        path: PathBuf,
        content: Vec<u8>,
        access: Access,
    },
    /// A write to a path the caller knows is free (under the lock): there is
    /// nothing to remember for the undo but the path itself.
    Create {
        path: PathBuf,
        content: Vec<u8>,
        access: Access,
    },
    Remove {
        path: PathBuf,
    },
}

impl Step {
    fn path(&self) -> &Path {
        match self {
            Step::Write { path, .. } | Step::Create { path, .. } | Step::Remove { path } => path,
        }
    }
}

/// What a committed change replaced; enough to undo it.
#[derive(Debug)]
pub struct Undo {
    /// (path, previous content or None if it did not exist, access)
    previous: Vec<(PathBuf, Option<Vec<u8>>, Access)>,
    /// Dirs the commit created, removed again by a rollback.
    created_dirs: Vec<PathBuf>,
    journal: Option<PathBuf>,
}

/// One file change of a plan, as `--dry-run` shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "action", content = "path", rename_all = "lowercase")]
pub enum PlannedFile {
    Create(PathBuf),
    Replace(PathBuf),
    Remove(PathBuf),
}

impl std::fmt::Display for PlannedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (verb, path) = match self {
            PlannedFile::Create(p) => ("create ", p),
            PlannedFile::Replace(p) => ("replace", p),
            PlannedFile::Remove(p) => ("remove ", p),
        };
        write!(f, "{verb} {}", path.display())
    }
}

/// Planned file changes. The last step planned for a path wins, so callers
/// can plan "remove the old file, write the new one" without caring whether
/// old and new are the same path.
#[derive(Default)]
pub struct Transaction {
    steps: Vec<Step>,
    index: std::collections::HashMap<PathBuf, usize>,
    /// Dirs to remove after the commit if they ended up empty.
    prune: BTreeSet<PathBuf>,
    /// The intent journal, for a transaction that must survive a crash.
    journal: Option<PathBuf>,
}

impl Transaction {
    pub fn new() -> Self {
        Self::default()
    }

    /// A transaction whose commit is all-or-nothing across a crash, with
    /// its journal in `dir` (the locked config dir).
    pub fn journaled(dir: &Path) -> Self {
        Transaction {
            journal: Some(journal_path(dir)),
            ..Self::default()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    fn push(&mut self, step: Step) {
        match self.index.get(step.path()) {
            Some(&i) => {
                // A create that replaces a planned remove is a plain write:
                // the file exists now and the undo must remember it.
                self.steps[i] = match (step, &self.steps[i]) {
                    (
                        Step::Create {
                            path,
                            content,
                            access,
                        },
                        Step::Remove { .. },
                    ) => Step::Write {
                        path,
                        content,
                        access,
                    },
                    (step, _) => step,
                };
            }
            None => {
                self.index
                    .insert(step.path().to_path_buf(), self.steps.len());
                self.steps.push(step);
            }
        }
    }

    pub fn write(&mut self, path: PathBuf, content: Vec<u8>) {
        self.write_as(path, content, Access::Shared);
    }

    pub fn write_as(&mut self, path: PathBuf, content: Vec<u8>, access: Access) {
        self.push(Step::Write {
            path,
            content,
            access,
        });
    }

    /// Write a file the caller has checked does not exist yet.
    pub fn create(&mut self, path: PathBuf, content: Vec<u8>) {
        self.create_as(path, content, Access::Shared);
    }

    pub fn create_as(&mut self, path: PathBuf, content: Vec<u8>, access: Access) {
        self.push(Step::Create {
            path,
            content,
            access,
        });
    }

    pub fn remove(&mut self, path: PathBuf) {
        self.push(Step::Remove { path });
    }

    /// What a commit would do, in order, without doing it (`--dry-run`).
    pub fn plan(&self) -> Vec<PlannedFile> {
        self.steps
            .iter()
            .map(|step| match step {
                Step::Write { path, .. } if path.exists() => PlannedFile::Replace(path.clone()),
                Step::Write { path, .. } | Step::Create { path, .. } => {
                    PlannedFile::Create(path.clone())
                }
                Step::Remove { path } => PlannedFile::Remove(path.clone()),
            })
            .collect()
    }

    /// Remove `dir` after the commit if nothing is left in it.
    pub fn prune_dir(&mut self, dir: PathBuf) {
        self.prune.insert(dir);
    }

    /// Apply all steps. On an error part-way, what was applied is undone and
    /// the error returned: the tree is as it was.
    pub fn commit(self) -> Result<Undo> {
        let mut previous: Vec<(PathBuf, Option<Vec<u8>>, Access)> = Vec::new();
        for step in &self.steps {
            let (path, access) = match step {
                Step::Create { path, access, .. } => {
                    previous.push((path.clone(), None, *access));
                    continue;
                }
                Step::Write { path, access, .. } => (path, *access),
                Step::Remove { path } => (path, Access::Private),
            };
            {
                let old = match std::fs::read(path) {
                    Ok(b) => Some(b),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                    Err(e) => return Err(Error::io(path, e)),
                };
                previous.push((path.clone(), old, access));
            }
        }
        let mut undo = Undo {
            previous,
            created_dirs: Vec::new(),
            journal: self.journal.clone(),
        };
        match apply(self.steps, self.journal.as_deref()) {
            Ok(created) => {
                undo.created_dirs = created;
                for dir in self.prune.iter().rev() {
                    let _ = std::fs::remove_dir(dir);
                }
                Ok(undo)
            }
            Err(e) => {
                // Best effort: put back what we know was there.
                let _ = undo.rollback();
                Err(e)
            }
        }
    }
}

impl Undo {
    /// Put every touched path back as it was before the commit.
    pub fn rollback(self) -> Result<()> {
        let created = self.created_dirs;
        let steps = self
            .previous
            .into_iter()
            .map(|(path, old, access)| match old {
                Some(content) => Step::Write {
                    path,
                    content,
                    access,
                },
                None => Step::Remove { path },
            })
            .collect();
        apply(steps, self.journal.as_deref())?;
        // Deepest first; a dir someone else filled meanwhile stays.
        for dir in created.iter().rev() {
            let _ = std::fs::remove_dir(dir);
        }
        Ok(())
    }

    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.previous.iter().map(|(p, _, _)| p.as_path())
    }
}

/// A temp file, the file it becomes, its content and who may read it.
struct Pending {
    tmp: PathBuf,
    path: PathBuf,
    content: Vec<u8>,
    access: Access,
}

/// Apply the steps; the dirs that had to be created, parents first.
fn apply(steps: Vec<Step>, journal: Option<&Path>) -> Result<Vec<PathBuf>> {
    let mut writes = Vec::new();
    let mut removes = Vec::new();
    let mut dirs = BTreeSet::new();
    for step in steps {
        match step {
            Step::Write {
                path,
                content,
                access,
            }
            | Step::Create {
                path,
                content,
                access,
            } => writes.push(Pending {
                tmp: temp_path(&path),
                path,
                content,
                access,
            }),
            Step::Remove { path } => removes.push(path),
        }
    }
    for w in &writes {
        dirs.insert(w.path.parent().unwrap_or(Path::new(".")).to_path_buf());
    }
    let created = create_dirs(&dirs)?;
    for path in &removes {
        if let Some(d) = path.parent() {
            dirs.insert(d.to_path_buf());
        }
    }
    let cleanup = |writes: &[Pending]| {
        for w in writes {
            let _ = std::fs::remove_file(&w.tmp);
        }
    };
    // 1. Every new content into its temp file. File creation dominates a bulk
    //    write on ext4, so it is spread over a few threads.
    if let Err(e) = write_temps(&writes) {
        cleanup(&writes);
        return Err(e);
    }
    // 2. One sync for all temp files' data.
    if let Some(w) = writes.first() {
        let synced = File::open(&w.tmp).and_then(|f| syncfs(&f).map_err(Into::into));
        if let Err(e) = synced {
            cleanup(&writes);
            return Err(Error::io(&w.tmp, e));
        }
    }
    // 3. The intent: from here on, the next fsconn run completes the batch.
    if let Some(j) = journal {
        if let Err(e) = write_journal(j, &writes, &removes) {
            cleanup(&writes);
            return Err(e);
        }
    }
    // 4. Rename into place, remove what goes.
    if let Err(e) = rename_and_remove(&writes, &removes) {
        if let Some(j) = journal {
            let _ = std::fs::remove_file(j);
        }
        return Err(e);
    }
    sync_dirs(&dirs);
    if let Some(j) = journal {
        finish_journal(j);
    }
    Ok(created)
}

/// Create missing dirs, each owned like its parent; the ones created.
fn create_dirs(dirs: &BTreeSet<PathBuf>) -> Result<Vec<PathBuf>> {
    let mut created = Vec::new();
    for dir in dirs {
        let mut missing: Vec<&Path> = dir
            .ancestors()
            .take_while(|d| !d.as_os_str().is_empty() && !d.exists())
            .collect();
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        missing.reverse();
        for d in &missing {
            if let Some(m) = d.parent().and_then(|p| std::fs::metadata(p).ok()) {
                let _ = rustix::fs::chown(*d, Some(uid(m.uid())), Some(gid(m.gid())));
            }
        }
        created.extend(missing.into_iter().map(Path::to_path_buf));
    }
    Ok(created)
}

fn rename_and_remove(writes: &[Pending], removes: &[PathBuf]) -> Result<()> {
    for (i, w) in writes.iter().enumerate() {
        if let Err(e) = std::fs::rename(&w.tmp, &w.path) {
            for rest in &writes[i..] {
                let _ = std::fs::remove_file(&rest.tmp);
            }
            return Err(Error::io(&w.path, e));
        }
        crash_point(i + 1);
    }
    for path in removes {
        match std::fs::remove_file(path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(path, e)),
        }
    }
    Ok(())
}

/// Make the renames durable: a few dirs one by one, many with one more
/// syncfs (1,000 directory fsyncs cost more than the whole write).
fn sync_dirs(dirs: &BTreeSet<PathBuf>) {
    if dirs.len() > 8 {
        if let Some(d) = dirs.iter().next().and_then(|d| File::open(d).ok()) {
            let _ = syncfs(&d);
        }
    } else {
        for dir in dirs {
            if let Ok(d) = File::open(dir) {
                let _ = d.sync_all();
            }
        }
    }
}

/// Test hook (debug builds only): `FSCONN_TEST_CRASH_AFTER_RENAMES=N`
/// kills the process with SIGKILL right after the Nth rename of a commit,
/// so the crash tests can hit the worst moment every time.
#[cfg(debug_assertions)]
fn crash_point(renamed: usize) {
    static AT: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
    let at = AT.get_or_init(|| {
        std::env::var("FSCONN_TEST_CRASH_AFTER_RENAMES")
            .ok()
            .and_then(|v| v.parse().ok())
    });
    if *at == Some(renamed) {
        let _ =
            rustix::process::kill_process(rustix::process::getpid(), rustix::process::Signal::KILL);
    }
}

#[cfg(not(debug_assertions))]
fn crash_point(_renamed: usize) {}

fn uid(n: u32) -> rustix::fs::Uid {
    rustix::fs::Uid::from_raw(n)
}

fn gid(n: u32) -> rustix::fs::Gid {
    rustix::fs::Gid::from_raw(n)
}

/// Owner, group and mode for the new content of `target`.
fn meta_for(target: &Path, access: Access) -> (u32, u32, u32) {
    let others = if access == Access::Private { 0o007 } else { 0 };
    match std::fs::symlink_metadata(target) {
        Ok(m) if m.is_file() => (m.uid(), m.gid(), m.mode() & 0o7777 & !others),
        _ => {
            let dir = target.parent().unwrap_or(Path::new("."));
            let mode = if access == Access::Private {
                0o640
            } else {
                0o644
            };
            match std::fs::metadata(dir) {
                Ok(d) => (d.uid(), d.gid(), mode),
                Err(_) => (u32::MAX, u32::MAX, mode),
            }
        }
    }
}

fn write_one(w: &Pending) -> Result<()> {
    let (u, g, mode) = meta_for(&w.path, w.access);
    let err = |e: std::io::Error| Error::io(&w.tmp, e);
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32)
        .open(&w.tmp)
        .map_err(err)?;
    f.write_all(&w.content).map_err(err)?;
    if u != u32::MAX {
        // Only root may give a file away; anyone may pick one of their groups.
        if rustix::fs::fchown(&f, Some(uid(u)), Some(gid(g))).is_err() {
            let _ = rustix::fs::fchown(&f, None, Some(gid(g)));
        }
    }
    rustix::fs::fchmod(&f, rustix::fs::Mode::from_raw_mode(mode)).map_err(|e| err(e.into()))
}

fn write_temps(writes: &[Pending]) -> Result<()> {
    if writes.len() < 64 {
        return writes.iter().try_for_each(write_one);
    }
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 4);
    let chunk = writes.len().div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = writes
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().try_for_each(write_one)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join().unwrap_or_else(|_| {
                    Err(Error::io(
                        "temp files",
                        std::io::Error::other("writer thread panicked"),
                    ))
                })
            })
            .collect::<Result<Vec<()>>>()
            .map(|_| ())
    })
}

/// The journal's name in the locked dir.
pub fn journal_path(dir: &Path) -> PathBuf {
    dir.join(".fsconn-journal")
}

/// What a crashed commit still has to do.
#[derive(Serialize, Deserialize)]
struct Journal {
    /// (temp file, target)
    renames: Vec<(PathBuf, PathBuf)>,
    removes: Vec<PathBuf>,
}

/// Write the journal atomically and durably (temp, fsync, rename, fsync dir).
fn write_journal(path: &Path, writes: &[Pending], removes: &[PathBuf]) -> Result<()> {
    // Absolute: the process that rolls forward may run elsewhere.
    let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let j = Journal {
        renames: writes.iter().map(|w| (abs(&w.tmp), abs(&w.path))).collect(),
        removes: removes.iter().map(|p| abs(p)).collect(),
    };
    let text = serde_json::to_vec(&j).map_err(|e| Error::io(path, std::io::Error::other(e)))?;
    let tmp = temp_path(path);
    let written = File::create(&tmp).and_then(|mut f| {
        f.write_all(&text)?;
        f.sync_all()
    });
    if let Err(e) = written.and_then(|_| std::fs::rename(&tmp, path)) {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    sync_parent(path);
    Ok(())
}

fn sync_parent(path: &Path) {
    if let Some(d) = path.parent().and_then(|d| File::open(d).ok()) {
        let _ = d.sync_all();
    }
}

/// The batch is complete: the journal goes (durably, so it cannot come
/// back and replay removals over later changes).
fn finish_journal(path: &Path) {
    let _ = std::fs::remove_file(path);
    sync_parent(path);
}

/// Complete the batch a killed process left journaled in `dir`; call with
/// the config lock held. Whether there was one.
pub fn roll_forward(dir: &Path) -> Result<bool> {
    let path = journal_path(dir);
    let text = match std::fs::read(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(Error::io(&path, e)),
    };
    // The journal is renamed into place whole, so it always parses; if it
    // does not, no rename of its batch has happened either.
    if let Ok(j) = serde_json::from_slice::<Journal>(&text) {
        for (tmp, target) in &j.renames {
            if std::fs::symlink_metadata(tmp).is_ok() {
                if let Some(p) = target.parent() {
                    std::fs::create_dir_all(p).map_err(|e| Error::io(p, e))?;
                }
                std::fs::rename(tmp, target).map_err(|e| Error::io(target, e))?;
            }
        }
        for p in &j.removes {
            match std::fs::remove_file(p) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io(p, e)),
            }
        }
        if let Ok(d) = File::open(dir) {
            let _ = syncfs(&d);
        }
    }
    finish_journal(&path);
    Ok(true)
}

/// Remove fsconn temp files (`.fsconn-<pid>-<n>-h<host>.tmp`) below `root`
/// whose writer is no longer running; how many. Another host's are removed
/// only past [`FOREIGN_TEMP_AGE`] (its processes are not ours to ask).
pub fn remove_dead_temps(root: &Path) -> usize {
    let me = std::process::id();
    let mut removed = 0;
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in rd.flatten() {
            let Ok(ft) = e.file_type() else { continue };
            if ft.is_dir() {
                stack.push(e.path());
                continue;
            }
            let name = e.file_name();
            let Some((pid, host)) = name.to_str().and_then(temp_writer) else {
                continue;
            };
            let dead = match host {
                Some(h) if h != host_tag() => older_than(&e.path(), FOREIGN_TEMP_AGE),
                _ => pid != me && !pid_alive(pid),
            };
            if dead && std::fs::remove_file(e.path()).is_ok() {
                removed += 1;
            }
        }
    }
    removed
}

/// Whether a process with this id runs (one of another user counts too).
pub fn pid_alive(pid: u32) -> bool {
    i32::try_from(pid)
        .ok()
        .and_then(rustix::process::Pid::from_raw)
        .is_some_and(|p| rustix::process::test_kill_process(p) != Err(rustix::io::Errno::SRCH))
}

/// The writer's PID and host tag in a temp file name of ours
/// (`.fsconn-PID-N-hTAG.tmp`; older versions wrote no tag).
fn temp_writer(name: &str) -> Option<(u32, Option<&str>)> {
    let rest = name.strip_prefix(".fsconn-")?.strip_suffix(".tmp")?;
    let (pid, rest) = rest.split_once('-')?;
    let (n, host) = match rest.split_once("-h") {
        Some((n, h)) => (n, Some(h)),
        None => (rest, None),
    };
    n.parse::<u64>().ok()?;
    Some((pid.parse().ok()?, host))
}

/// Whether `path` was last modified more than `age` ago.
fn older_than(path: &Path, age: std::time::Duration) -> bool {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|e| e > age)
}

/// Copy a directory tree (for tests, benchmarks and the demo's copies of
/// the example config).
pub fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let dst = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            copy_tree(&e.path(), &dst)?;
        } else {
            std::fs::copy(e.path(), dst)?;
        }
    }
    Ok(())
}

/// Write one file atomically (temp, fsync, rename, fsync dir).
pub fn write_atomic(path: &Path, content: &[u8]) -> Result<()> {
    write_atomic_as(path, content, Access::Shared)
}

pub fn write_atomic_as(path: &Path, content: &[u8], access: Access) -> Result<()> {
    let mut t = Transaction::new();
    t.write_as(path.to_path_buf(), content.to_vec(), access);
    t.commit().map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// On shared storage a dead PID here may be a live writer on another
    /// host: its temp files stay until they are an hour old.
    #[test]
    fn another_hosts_temp_files_are_left_to_it() {
        let d = tempfile::tempdir().unwrap();
        let dead = 999_999_999u32; // above pid_max: never running
        let ours = d
            .path()
            .join(format!(".fsconn-{dead}-1-h{}.tmp", host_tag()));
        let old_style = d.path().join(format!(".fsconn-{dead}-2.tmp"));
        let other = if host_tag() == "00000000" {
            "00000001"
        } else {
            "00000000"
        };
        let foreign = d.path().join(format!(".fsconn-{dead}-3-h{other}.tmp"));
        for p in [&ours, &old_style, &foreign] {
            std::fs::write(p, "x").unwrap();
        }
        assert_eq!(remove_dead_temps(d.path()), 2);
        assert!(!ours.exists() && !old_style.exists());
        assert!(foreign.exists(), "another host's writer may be alive");
        let f = File::options().write(true).open(&foreign).unwrap();
        let past = std::time::SystemTime::now() - FOREIGN_TEMP_AGE * 2;
        f.set_modified(past).unwrap();
        assert_eq!(remove_dead_temps(d.path()), 1);
        assert!(!foreign.exists());
        let named = temp_path(&d.path().join("a.xml"));
        let name = named.file_name().unwrap().to_str().unwrap();
        assert_eq!(
            temp_writer(name),
            Some((std::process::id(), Some(host_tag())))
        );
    }

    #[test]
    fn commit_then_rollback_restores_the_tree() {
        let d = tempfile::tempdir().unwrap();
        let a = d.path().join("a.xml");
        let b = d.path().join("sub/b.xml");
        std::fs::write(&a, "old a").unwrap();
        let mut t = Transaction::new();
        t.write(a.clone(), b"new a".to_vec());
        t.write(b.clone(), b"new b".to_vec());
        let undo = t.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "new a");
        assert_eq!(std::fs::read_to_string(&b).unwrap(), "new b");
        undo.rollback().unwrap();
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "old a");
        assert!(!b.exists());
        let names: Vec<_> = std::fs::read_dir(d.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        // The dir the commit created is gone again too.
        assert_eq!(names.len(), 1, "debris left: {names:?}");
    }

    #[test]
    fn the_last_step_for_a_path_wins() {
        let d = tempfile::tempdir().unwrap();
        let a = d.path().join("a.xml");
        std::fs::write(&a, "old").unwrap();
        let mut t = Transaction::new();
        t.remove(a.clone());
        t.create(a.clone(), b"new".to_vec());
        let undo = t.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "new");
        undo.rollback().unwrap();
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "old");
    }

    #[test]
    fn remove_is_undone_too() {
        let d = tempfile::tempdir().unwrap();
        let a = d.path().join("a.xml");
        std::fs::write(&a, "keep me").unwrap();
        let mut t = Transaction::new();
        t.remove(a.clone());
        let undo = t.commit().unwrap();
        assert!(!a.exists());
        undo.rollback().unwrap();
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "keep me");
    }
}
