//! Starting simulators and waiting for events in tests.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use fsconn::esl::{ClientConfig, EslClient, Event, Notice, NoticeReceiver};
use fsconn::sim::{CommandLog, Sim, SimMode, SimOptions};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// Generous guard against a hanging test; never a measurement.
pub const GUARD: Duration = Duration::from_secs(20);

pub struct TestSim {
    pub addr: String,
    pub dir: tempfile::TempDir,
    pub log: CommandLog,
    pub task: JoinHandle<()>,
}

impl TestSim {
    pub fn conf(&self) -> PathBuf {
        self.dir.path().join("conf")
    }

    pub fn recordings(&self) -> PathBuf {
        self.dir.path().join("recordings")
    }

    pub async fn client(&self) -> EslClient {
        EslClient::connect(config(&self.addr))
            .await
            .expect("client connects")
    }
}

impl Drop for TestSim {
    fn drop(&mut self) {
        self.task.abort();
    }
}

pub fn config(addr: &str) -> ClientConfig {
    let mut c = ClientConfig::new(addr, "ClueCon");
    c.command_timeout = GUARD;
    c
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

pub fn fixture_conf() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/conf")
}

/// A simulator on 127.0.0.1 with a private copy of the fixture conf tree.
pub async fn start_sim() -> TestSim {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture_conf(), &dir.path().join("conf"));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let (log, task) = spawn_sim(listener, dir.path(), SimMode::Idle);
    TestSim {
        addr,
        dir,
        log,
        task,
    }
}

pub fn spawn_sim(
    listener: TcpListener,
    base: &Path,
    mode: SimMode,
) -> (CommandLog, JoinHandle<()>) {
    let mut opts = SimOptions::new(base.join("conf"), base.join("recordings"));
    opts.mode = mode;
    let sim = Sim::new(opts).expect("simulator starts");
    let log = sim.command_log();
    let task = tokio::spawn(async move {
        sim.serve(listener).await.expect("simulator serves");
    });
    (log, task)
}

/// The next event matching `pred`, skipping others.
pub async fn next_event(rx: &mut NoticeReceiver, pred: impl Fn(&Event) -> bool) -> Arc<Event> {
    tokio::time::timeout(GUARD, async {
        loop {
            match rx.recv().await {
                Ok(Notice::Event(e)) if pred(&e) => return e,
                Ok(_) => continue,
                Err(tokio::sync::broadcast::error::RecvError::Lagged(n)) => {
                    panic!("lost {n} notices")
                }
                Err(e) => panic!("notice stream ended: {e}"),
            }
        }
    })
    .await
    .expect("the expected event arrives")
}

/// The next notice that is not an event.
pub async fn next_state_notice(rx: &mut NoticeReceiver) -> Notice {
    tokio::time::timeout(GUARD, async {
        loop {
            match rx.recv().await {
                Ok(Notice::Event(_)) => continue,
                Ok(n) => return n,
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
                Err(e) => panic!("notice stream ended: {e}"),
            }
        }
    })
    .await
    .expect("a connection notice arrives")
}

pub fn action(e: &Event) -> Option<&str> {
    if e.subclass() == Some("conference::maintenance") {
        e.get("Action")
    } else {
        None
    }
}

pub fn is_action(name: &'static str) -> impl Fn(&Event) -> bool {
    move |e| action(e) == Some(name)
}

/// Events matching `pred` until one matches `last` (included).
pub async fn collect_until(
    rx: &mut NoticeReceiver,
    pred: impl Fn(&Event) -> bool,
    last: impl Fn(&Event) -> bool,
) -> Vec<Arc<Event>> {
    let mut out = Vec::new();
    loop {
        let e = next_event(rx, |e| pred(e) || last(e)).await;
        let done = last(&e);
        out.push(e);
        if done {
            return out;
        }
    }
}
