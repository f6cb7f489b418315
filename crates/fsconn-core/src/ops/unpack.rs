//! Unpacking an untrusted `.tar.gz` into a fresh staging dir.
//!
//! A restore archive may come from anywhere, so it is read exactly once,
//! from one open file: every entry is checked against what the archive has
//! already created *before* it is written, and written by us (no `tar`
//! crate unpack, which follows symlinks it created itself). Replacing the
//! file on disk mid-restore changes nothing, because its bytes are never
//! read a second time.
//!
//! The rules, for the class of attack rather than single examples:
//! - entry names are plain relative paths (no `..`, no root); an entry may
//!   not live under a symlink or a file the archive made earlier, and may
//!   not replace an earlier entry;
//! - a symlink's target is resolved as it will exist on disk, following the
//!   archive's earlier links (`x -> .`, `l1 -> x/..`, ... is caught at `l1`),
//!   and must stay inside; after the last entry every link is resolved again
//!   against the whole tree and must point at something the archive holds,
//!   and finally the staging dir itself is canonicalized entry by entry;
//! - a hard link may only point at a regular file the archive made earlier;
//! - devices, fifos, sparse and unknown entries are refused;
//! - names and link targets are UTF-8 without control or invisible
//!   characters (they end up in listings, logs and answers);
//! - limits on entry count, per-file and total size (`restore.*` settings)
//!   are checked against the header before a byte is written and enforced
//!   on the bytes actually written; the decompressed stream is capped too.

use crate::settings::RestoreLimits;
use std::collections::HashMap;
use std::ffi::OsString;
use std::fs::File;
use std::io::Read;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Component, Path, PathBuf};

/// Why an archive was refused: shown to the user as is.
pub type Refusal = String;

/// Links followed while resolving one path before it counts as a loop
/// (the kernel's own limit is 40).
const MAX_HOPS: usize = 40;

#[derive(Debug, Clone, PartialEq)]
enum Node {
    Dir,
    File,
    Link(PathBuf),
}

/// What the archive has created so far, by relative path.
#[derive(Default)]
struct Tree {
    nodes: HashMap<PathBuf, Node>,
}

/// Relative path from components.
fn join(parts: &[OsString]) -> PathBuf {
    parts.iter().collect()
}

impl Tree {
    /// Where `rel` (relative to the staging root) leads on disk, following
    /// links; `Err` if it leaves the root or loops.
    fn resolve(&self, rel: &Path) -> Result<Vec<OsString>, Refusal> {
        if rel.is_absolute() {
            return Err("leaves the tree (absolute)".into());
        }
        let parts = rel
            .components()
            .map(|c| c.as_os_str().to_os_string())
            .collect();
        self.resolve_from(Vec::new(), parts, 0)
    }

    /// Continue a resolution at `here` with the components `rest`.
    fn resolve_from(
        &self,
        here: Vec<OsString>,
        rest: Vec<OsString>,
        hops: usize,
    ) -> Result<Vec<OsString>, Refusal> {
        if hops > MAX_HOPS {
            return Err("is a loop of links".into());
        }
        let mut here = here;
        for (i, c) in rest.iter().enumerate() {
            match c.to_str() {
                Some(".") => {}
                Some("..") => {
                    if here.pop().is_none() {
                        return Err("leaves the tree".into());
                    }
                }
                _ => {
                    here.push(c.clone());
                    if let Some(Node::Link(target)) = self.nodes.get(&join(&here)) {
                        if target.is_absolute() {
                            return Err("leaves the tree (absolute)".into());
                        }
                        here.pop();
                        let mut next: Vec<OsString> = target
                            .components()
                            .map(|c| c.as_os_str().to_os_string())
                            .collect();
                        next.extend(rest[i + 1..].iter().cloned());
                        return self.resolve_from(here, next, hops + 1);
                    }
                }
            }
        }
        Ok(here)
    }

    /// A link at `at` pointing at `target`: where it leads, if inside.
    fn check_link(&self, at: &Path, target: &Path) -> Result<Vec<OsString>, Refusal> {
        let shown = || format!("{}: link to {}", at.display(), target.display());
        if target.is_absolute() {
            return Err(format!("{} leaves the tree", shown()));
        }
        let parent = at.parent().unwrap_or(Path::new(""));
        self.resolve(&parent.join(target))
            .map_err(|why| format!("{} {why}", shown()))
    }

    /// Where a new entry at `rel` may go: every parent a dir (or not there
    /// yet), the path itself new (a dir may be repeated).
    fn check_place(&self, rel: &Path, is_dir: bool) -> Result<(), Refusal> {
        let mut prefix = PathBuf::new();
        let parents: Vec<_> = rel
            .parent()
            .map(|p| p.components().collect())
            .unwrap_or_default();
        for c in parents {
            prefix.push(c);
            match self.nodes.get(&prefix) {
                None | Some(Node::Dir) => {}
                Some(Node::File) => {
                    return Err(format!(
                        "{}: below the file {}",
                        rel.display(),
                        prefix.display()
                    ))
                }
                Some(Node::Link(_)) => {
                    return Err(format!(
                        "{}: below the link {} (entries may not go through links)",
                        rel.display(),
                        prefix.display()
                    ))
                }
            }
        }
        match self.nodes.get(rel) {
            None => Ok(()),
            Some(Node::Dir) if is_dir => Ok(()),
            Some(_) => Err(format!("{}: appears twice in the archive", rel.display())),
        }
    }

    fn add_parents(&mut self, rel: &Path) {
        for a in rel.ancestors().skip(1) {
            if !a.as_os_str().is_empty() {
                self.nodes.entry(a.to_path_buf()).or_insert(Node::Dir);
            }
        }
    }

    /// After the last entry: every link, resolved against the whole tree,
    /// stays inside and points at something the archive holds.
    fn check_all_links(&self) -> Result<(), Refusal> {
        for (at, node) in &self.nodes {
            if let Node::Link(target) = node {
                let end = self.check_link(at, target)?;
                let end = join(&end);
                if !end.as_os_str().is_empty() && !self.nodes.contains_key(&end) {
                    return Err(format!(
                        "{}: link to {} points at nothing in the archive",
                        at.display(),
                        target.display()
                    ));
                }
            }
        }
        Ok(())
    }
}

/// An entry's name as a plain relative path (`./a/b` -> `a/b`).
fn plain_path(raw: &Path) -> Result<PathBuf, Refusal> {
    let mut out = PathBuf::new();
    for c in raw.components() {
        match c {
            Component::Normal(n) => out.push(n),
            Component::CurDir => {}
            _ => {
                return Err(format!(
                    "{}: absolute paths and '..' are not allowed",
                    raw.display()
                ))
            }
        }
    }
    Ok(out)
}

/// Counts the decompressed bytes and stops a stream that goes on too long
/// (a gzip bomb of padding, or a tar stream far beyond the limits).
struct Capped<R> {
    inner: R,
    left: u64,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            return Err(std::io::Error::other(
                "the archive expands beyond restore.max_bytes",
            ));
        }
        let max = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..max])?;
        self.left -= n as u64;
        Ok(n)
    }
}

/// An I/O error while writing into the staging dir, with its cause spelled
/// out when it is the disk.
pub fn write_error(staging: &Path, what: &Path, e: &std::io::Error) -> Refusal {
    let full =
        matches!(e.raw_os_error(), Some(code) if code == libc_enospc() || code == libc_edquot());
    if full {
        format!(
            "the disk is full (no space left on the device holding {}) while unpacking {}; nothing was changed",
            staging.display(),
            what.display()
        )
    } else {
        format!("cannot write {}: {e}", what.display())
    }
}

fn libc_enospc() -> i32 {
    rustix::io::Errno::NOSPC.raw_os_error()
}

fn libc_edquot() -> i32 {
    rustix::io::Errno::DQUOT.raw_os_error()
}

/// Who new files belong to: the owner and group of the dir the tree
/// replaces (FreeSWITCH runs as its own user and must read them).
#[derive(Clone, Copy)]
pub struct Owner {
    pub uid: u32,
    pub gid: u32,
}

/// Unpack `archive` (already open: the only read of its bytes) into the
/// empty dir `staging`. Nothing outside `staging` is touched; on a refusal
/// the caller removes `staging`.
pub fn unpack(
    archive: File,
    staging: &Path,
    limits: &RestoreLimits,
    owner: Option<Owner>,
) -> Result<u64, Refusal> {
    let cap = limits
        .max_bytes
        .saturating_add(limits.max_entries.saturating_mul(3 * 512))
        .saturating_add(1024 * 1024);
    let gz = flate2::read::GzDecoder::new(archive);
    let mut ar = tar::Archive::new(Capped {
        inner: gz,
        left: cap,
    });
    let mut u = Unpacker {
        staging,
        limits,
        owner,
        tree: Tree::default(),
        entries: 0,
        bytes: 0,
    };
    let entries = ar
        .entries()
        .map_err(|e| format!("not a readable tar.gz: {e}"))?;
    for entry in entries {
        u.entry(entry.map_err(|e| unreadable(&e))?)?;
    }
    if u.entries == 0 {
        return Err("the archive is empty".into());
    }
    u.tree.check_all_links()?;
    verify_inside(staging)?;
    Ok(u.entries)
}

fn unreadable(e: &std::io::Error) -> Refusal {
    let text = e.to_string();
    if text.contains("restore.max_bytes") {
        text
    } else {
        format!("not a readable tar.gz: {e}")
    }
}

/// One unpack in progress.
struct Unpacker<'a> {
    staging: &'a Path,
    limits: &'a RestoreLimits,
    owner: Option<Owner>,
    tree: Tree,
    entries: u64,
    bytes: u64,
}

impl Unpacker<'_> {
    fn io(&self, rel: &Path) -> impl Fn(std::io::Error) -> Refusal {
        let (staging, rel) = (self.staging.to_path_buf(), rel.to_path_buf());
        move |e| write_error(&staging, &rel, &e)
    }

    /// Check one entry against everything before it, then write it.
    fn entry(&mut self, entry: tar::Entry<'_, impl Read>) -> Result<(), Refusal> {
        use tar::EntryType as T;
        let raw = entry
            .path()
            .map_err(|e| format!("unreadable entry name: {e}"))?
            .into_owned();
        let kind = entry.header().entry_type();
        match kind {
            T::XGlobalHeader | T::XHeader | T::GNULongName | T::GNULongLink => return Ok(()),
            T::Directory | T::Regular | T::Continuous | T::Symlink | T::Link => {}
            other => {
                return Err(format!(
                    "{}: entries of type {other:?} (devices, fifos, ...) are not allowed",
                    raw.display()
                ))
            }
        }
        super::restore_check::check_name("the name", &raw)?;
        let rel = plain_path(&raw)?;
        self.entries += 1;
        if self.entries > self.limits.max_entries {
            return Err(format!(
                "more than {} entries (restore.max_entries)",
                self.limits.max_entries
            ));
        }
        if rel.as_os_str().is_empty() {
            return match kind {
                T::Directory => Ok(()),
                _ => Err(format!("{}: not a file name", raw.display())),
            };
        }
        self.tree.check_place(&rel, kind == T::Directory)?;
        let dest = self.staging.join(&rel);
        // Never world-writable, whatever the archive says.
        let mode = entry.header().mode().unwrap_or(0o644) & 0o775;
        self.tree.add_parents(&rel);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).map_err(self.io(&rel))?;
        }
        let node = match kind {
            T::Directory => self.dir(&rel, &dest, mode)?,
            T::Symlink => self.symlink(&entry, &rel, &dest)?,
            T::Link => self.hard_link(&entry, &rel, &dest)?,
            _ => self.file(entry, &rel, &dest, mode)?,
        };
        self.tree.nodes.insert(rel, node);
        Ok(())
    }

    fn dir(&self, rel: &Path, dest: &Path, mode: u32) -> Result<Node, Refusal> {
        if !dest.is_dir() {
            std::fs::create_dir(dest).map_err(self.io(rel))?;
        }
        std::fs::set_permissions(dest, std::fs::Permissions::from_mode(mode | 0o700))
            .map_err(self.io(rel))?;
        chown(dest, self.owner);
        Ok(Node::Dir)
    }

    fn file(
        &mut self,
        mut entry: tar::Entry<'_, impl Read>,
        rel: &Path,
        dest: &Path,
        mode: u32,
    ) -> Result<Node, Refusal> {
        let shown = rel.display().to_string();
        let size = entry.header().size().unwrap_or(u64::MAX);
        check_sizes(&shown, size, self.bytes, self.limits)?;
        check_free_space(self.staging, &shown, size)?;
        let io = self.io(rel);
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32)
            .mode(0o600)
            .open(dest)
            .map_err(&io)?;
        let mut limited = (&mut entry).take(self.limits.max_file_bytes + 1);
        let written = std::io::copy(&mut limited, &mut f).map_err(|e| {
            if e.kind() == std::io::ErrorKind::Other || e.raw_os_error().is_none() {
                unreadable(&e)
            } else {
                io(e)
            }
        })?;
        check_sizes(&shown, written, self.bytes, self.limits)?;
        f.set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(&io)?;
        if let Some(o) = self.owner {
            let _ = rustix::fs::fchown(&f, Some(uid(o.uid)), Some(gid(o.gid)));
        }
        self.bytes += written;
        Ok(Node::File)
    }

    fn symlink(
        &self,
        entry: &tar::Entry<'_, impl Read>,
        rel: &Path,
        dest: &Path,
    ) -> Result<Node, Refusal> {
        let target = link_target(entry, &rel.display().to_string())?;
        self.tree.check_link(rel, &target)?;
        std::os::unix::fs::symlink(&target, dest).map_err(self.io(rel))?;
        if let Some(o) = self.owner {
            let _ = rustix::fs::chownat(
                rustix::fs::CWD,
                dest,
                Some(uid(o.uid)),
                Some(gid(o.gid)),
                rustix::fs::AtFlags::SYMLINK_NOFOLLOW,
            );
        }
        Ok(Node::Link(target))
    }

    fn hard_link(
        &self,
        entry: &tar::Entry<'_, impl Read>,
        rel: &Path,
        dest: &Path,
    ) -> Result<Node, Refusal> {
        let shown = rel.display().to_string();
        let raw = link_target(entry, &shown)?;
        let target = plain_path(&raw)
            .map_err(|_| format!("{shown}: hard link to {} leaves the tree", raw.display()))?;
        if self.tree.nodes.get(&target) != Some(&Node::File) {
            return Err(format!(
                "{shown}: hard link to {} (only to a file earlier in the archive)",
                raw.display()
            ));
        }
        std::fs::hard_link(self.staging.join(&target), dest).map_err(self.io(rel))?;
        Ok(Node::File)
    }
}

fn uid(n: u32) -> rustix::fs::Uid {
    rustix::fs::Uid::from_raw(n)
}

fn gid(n: u32) -> rustix::fs::Gid {
    rustix::fs::Gid::from_raw(n)
}

fn chown(path: &Path, owner: Option<Owner>) {
    if let Some(o) = owner {
        let _ = rustix::fs::chown(path, Some(uid(o.uid)), Some(gid(o.gid)));
    }
}

fn link_target(entry: &tar::Entry<'_, impl Read>, shown: &str) -> Result<PathBuf, Refusal> {
    let target = entry
        .link_name()
        .map_err(|e| format!("{shown}: unreadable link: {e}"))?
        .map(|t| t.into_owned())
        .filter(|t| !t.as_os_str().is_empty())
        .ok_or_else(|| format!("{shown}: link without a target"))?;
    super::restore_check::check_name("the link's target", &target)
        .map_err(|why| format!("{shown}: {why}"))?;
    Ok(target)
}

fn check_sizes(shown: &str, size: u64, so_far: u64, l: &RestoreLimits) -> Result<(), Refusal> {
    if size > l.max_file_bytes {
        return Err(format!(
            "{shown}: larger than {} bytes (restore.max_file_bytes)",
            l.max_file_bytes
        ));
    }
    if so_far.saturating_add(size) > l.max_bytes {
        return Err(format!(
            "the archive expands beyond {} bytes (restore.max_bytes)",
            l.max_bytes
        ));
    }
    Ok(())
}

/// Refuse a file the disk cannot hold before writing it, rather than
/// filling the disk (FreeSWITCH and its logs share it).
fn check_free_space(staging: &Path, shown: &str, size: u64) -> Result<(), Refusal> {
    let Ok(st) = rustix::fs::statvfs(staging) else {
        return Ok(());
    };
    let free = st.f_bavail.saturating_mul(st.f_frsize);
    if size > free {
        return Err(format!(
            "the disk is full: {shown} needs {size} bytes, only {free} are free on the device holding {}; nothing was changed",
            staging.display()
        ));
    }
    Ok(())
}

/// The last word: everything in `staging`, links followed by the kernel,
/// is inside `staging`.
fn verify_inside(staging: &Path) -> Result<(), Refusal> {
    let root = staging
        .canonicalize()
        .map_err(|e| format!("{}: {e}", staging.display()))?;
    let mut stack = vec![staging.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let rd = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for e in rd {
            let e = e.map_err(|e| format!("{}: {e}", dir.display()))?;
            let path = e.path();
            let shown = path
                .strip_prefix(staging)
                .unwrap_or(&path)
                .display()
                .to_string();
            let real = path
                .canonicalize()
                .map_err(|_| format!("{shown}: link points at nothing in the archive"))?;
            if !real.starts_with(&root) {
                return Err(format!("{shown}: resolves outside the tree"));
            }
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(path);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(links: &[(&str, &str)]) -> Tree {
        let mut t = Tree::default();
        for (at, to) in links {
            t.nodes
                .insert(PathBuf::from(at), Node::Link(PathBuf::from(to)));
        }
        t
    }

    #[test]
    fn link_chains_are_followed() {
        let t = tree(&[("x", ".")]);
        assert!(t.check_link(Path::new("l1"), Path::new("x/..")).is_err());
        let t = tree(&[("x", "."), ("d/y", "..")]);
        assert!(t.check_link(Path::new("l"), Path::new("d/y/x/..")).is_err());
        assert!(t.check_link(Path::new("l"), Path::new("d/y/x")).is_ok());
        let t = tree(&[("a", "b"), ("b", "a")]);
        assert!(t.resolve(Path::new("a/c")).unwrap_err().contains("loop"));
    }
}
