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

use crate::error::{Error, Result};
use rustix::fs::{flock, syncfs, FlockOperation};
use std::collections::BTreeSet;
use std::fs::File;
use std::io::Write;
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
    dir.join(format!(".fsconn-{pid}-{n}.tmp"))
}

enum Step {
    Write {
        path: PathBuf,
        content: Vec<u8>,
    },
    /// A write to a path the caller knows is free (under the lock): there is
    /// nothing to remember for the undo but the path itself.
    Create {
        path: PathBuf,
        content: Vec<u8>,
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
    /// (path, previous content or None if it did not exist)
    previous: Vec<(PathBuf, Option<Vec<u8>>)>,
    /// Dirs the commit created, removed again by a rollback.
    created_dirs: Vec<PathBuf>,
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
}

impl Transaction {
    pub fn new() -> Self {
        Self::default()
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
                    (Step::Create { path, content }, Step::Remove { .. }) => {
                        Step::Write { path, content }
                    }
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
        self.push(Step::Write { path, content });
    }

    /// Write a file the caller has checked does not exist yet.
    pub fn create(&mut self, path: PathBuf, content: Vec<u8>) {
        self.push(Step::Create { path, content });
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
        let mut previous: Vec<(PathBuf, Option<Vec<u8>>)> = Vec::new();
        for step in &self.steps {
            let path = match step {
                Step::Create { path, .. } => {
                    previous.push((path.clone(), None));
                    continue;
                }
                Step::Write { path, .. } | Step::Remove { path } => path,
            };
            {
                let old = match std::fs::read(path) {
                    Ok(b) => Some(b),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                    Err(e) => return Err(Error::io(path, e)),
                };
                previous.push((path.clone(), old));
            }
        }
        let mut undo = Undo {
            previous,
            created_dirs: Vec::new(),
        };
        match apply(self.steps) {
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
            .map(|(path, old)| match old {
                Some(content) => Step::Write { path, content },
                None => Step::Remove { path },
            })
            .collect();
        apply(steps)?;
        // Deepest first; a dir someone else filled meanwhile stays.
        for dir in created.iter().rev() {
            let _ = std::fs::remove_dir(dir);
        }
        Ok(())
    }

    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.previous.iter().map(|(p, _)| p.as_path())
    }
}

/// Apply the steps; the dirs that had to be created, parents first.
fn apply(steps: Vec<Step>) -> Result<Vec<PathBuf>> {
    let mut writes = Vec::new();
    let mut removes = Vec::new();
    let mut dirs = BTreeSet::new();
    for step in steps {
        match step {
            Step::Write { path, content } | Step::Create { path, content } => {
                let tmp = temp_path(&path);
                writes.push((tmp, path, content));
            }
            Step::Remove { path } => removes.push(path),
        }
    }
    for (_, path, _) in &writes {
        dirs.insert(path.parent().unwrap_or(Path::new(".")).to_path_buf());
    }
    let mut created = Vec::new();
    for dir in &dirs {
        let mut missing: Vec<&Path> = dir
            .ancestors()
            .take_while(|d| !d.as_os_str().is_empty() && !d.exists())
            .collect();
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        missing.reverse();
        created.extend(missing.into_iter().map(Path::to_path_buf));
    }
    for path in &removes {
        if let Some(d) = path.parent() {
            dirs.insert(d.to_path_buf());
        }
    }
    let cleanup = |writes: &[(PathBuf, PathBuf, Vec<u8>)]| {
        for (tmp, _, _) in writes {
            let _ = std::fs::remove_file(tmp);
        }
    };
    // 1. Every new content into its temp file. File creation dominates a bulk
    //    write on ext4, so it is spread over a few threads.
    if let Err(e) = write_temps(&writes) {
        cleanup(&writes);
        return Err(e);
    }
    // 2. One sync for all temp files' data.
    if let Some((tmp, _, _)) = writes.first() {
        let synced = File::open(tmp).and_then(|f| syncfs(&f).map_err(Into::into));
        if let Err(e) = synced {
            cleanup(&writes);
            return Err(Error::io(tmp, e));
        }
    }
    // 3. Rename into place, remove what goes.
    for (i, (tmp, path, _)) in writes.iter().enumerate() {
        if let Err(e) = std::fs::rename(tmp, path) {
            cleanup(&writes[i..]);
            return Err(Error::io(path, e));
        }
    }
    for path in removes {
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(&path, e)),
        }
    }
    // 4. Make the renames durable: a few dirs one by one, many with one more
    //    syncfs (1,000 directory fsyncs cost more than the whole write).
    if dirs.len() > 8 {
        if let Some(d) = dirs.iter().next().and_then(|d| File::open(d).ok()) {
            let _ = syncfs(&d);
        }
    } else {
        for dir in dirs {
            if let Ok(d) = File::open(&dir) {
                let _ = d.sync_all();
            }
        }
    }
    Ok(created)
}

fn write_temps(writes: &[(PathBuf, PathBuf, Vec<u8>)]) -> Result<()> {
    let write_one = |(tmp, _, content): &(PathBuf, PathBuf, Vec<u8>)| {
        File::create(tmp)
            .and_then(|mut f| f.write_all(content))
            .map_err(|e| Error::io(tmp, e))
    };
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
    let mut t = Transaction::new();
    t.write(path.to_path_buf(), content.to_vec());
    t.commit().map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

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
