//! Which fsconn instance carries out moderators' phone keys.
//!
//! Every instance connected to a node gets its DTMF events. With two
//! `fsconn serve` on one store (docs/fsconn-instances.md) both would act on
//! a moderator's key: a recording started twice, every announcement played
//! twice, two audit lines. So in a cluster the instance holding an
//! exclusive `flock` on `.fsconn-phone-keys.lock` in `static_dir` (the
//! store, shared by the instances) acts and the others wait on the lock;
//! when the holder exits its lock is released (by the kernel; on NFS once
//! the server sees the holder gone) and a waiting instance takes over. In
//! file mode the one instance always acts.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

pub struct PhoneKeys(Arc<AtomicBool>);

impl PhoneKeys {
    /// File mode: this instance acts.
    pub fn always() -> PhoneKeys {
        PhoneKeys(Arc::new(AtomicBool::new(true)))
    }

    /// Cluster mode: act once this instance holds the lock in `static_dir`.
    pub fn elect(static_dir: &Path) -> PhoneKeys {
        let flag = Arc::new(AtomicBool::new(false));
        let (acting, path) = (flag.clone(), static_dir.join(".fsconn-phone-keys.lock"));
        let spawned = std::thread::Builder::new()
            .name("phone-keys".into())
            .spawn(move || wait_for_the_lock(&path, &acting));
        if let Err(e) = spawned {
            tracing::warn!("phone keys: no thread to wait for the lock ({e}); acting on them");
            flag.store(true, Ordering::Release);
        }
        PhoneKeys(flag)
    }

    /// Whether this instance carries out moderators' keys now.
    pub fn acting(&self) -> bool {
        self.0.load(Ordering::Acquire)
    }
}

/// Blocks until the lock is ours, then holds it for the process's life.
/// A store where the lock cannot be taken at all is reported and this
/// instance acts (as a single instance would).
fn wait_for_the_lock(path: &PathBuf, acting: &AtomicBool) {
    let held = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .and_then(|f| {
            rustix::fs::flock(&f, rustix::fs::FlockOperation::LockExclusive)
                .map_err(std::io::Error::from)?;
            Ok(f)
        });
    match held {
        Ok(file) => {
            tracing::info!("this instance carries out moderators' phone keys");
            acting.store(true, Ordering::Release);
            loop {
                std::thread::park();
                let _ = &file;
            }
        }
        Err(e) => {
            tracing::warn!(
                "phone keys: cannot lock {} ({e}); this instance acts on them",
                path.display()
            );
            acting.store(true, Ordering::Release);
        }
    }
}
