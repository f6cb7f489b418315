//! The operations layer: every business rule of fsconn lives here.
//!
//! The CLI and the HTTP server are thin adapters over these functions; both
//! print/return the answers built here, so `fsconn --json X` and the matching
//! endpoint agree byte for byte.
//!
//! A write operation runs under the config dir lock: load the state from the
//! files, validate each item (a bad item goes to `failed`, the rest go on),
//! write all files in one [`Transaction`], then ask FreeSWITCH to `reloadxml`.
//! If FreeSWITCH answers anything but `+OK [Success]`, the files are put back
//! and the items move to `failed` with FreeSWITCH's message.

pub mod account;
pub mod answer;
pub mod backups;
pub mod conferences;
pub mod doctor;
pub mod info;
pub mod last_reload;
pub mod phone;
pub mod phones;
pub mod provision;
pub mod recordings;
pub mod restore_check;
pub mod service;
pub mod store;
pub mod unpack;
pub mod users;
pub mod views;
pub mod xml_curl;

use crate::error::Result;
use crate::fsconf::State;
use crate::fsio::{self, ConfLock, Transaction};
use crate::model::UserId;
use crate::render::Templates;
use crate::settings::Settings;
use serde::Serialize;

/// Now, as the original formats times: ISO 8601 UTC with milliseconds.
pub fn now_iso() -> String {
    chrono::Utc::now()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

/// The one reply FreeSWITCH gives for a reload that took.
pub const RELOAD_OK: &str = "+OK [Success]";

/// Why a reload could not even be asked for.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct ReloadUnavailable(pub String);

/// Something that can make FreeSWITCH re-read its XML.
pub trait Reloader: Send + Sync {
    /// The reply text of `reloadxml`.
    fn reloadxml(&self) -> std::result::Result<String, ReloadUnavailable>;

    /// A global variable as the running switch has it (`global_getvar`);
    /// `None` when the switch cannot be asked or does not have it.
    fn global(&self, _name: &str) -> Option<String> {
        None
    }

    /// Runs one api command (`sofia profile internal flush_inbound_reg
    /// USER@DOMAIN`) and returns its reply text.
    fn api(&self, cmd: &str) -> std::result::Result<String, ReloadUnavailable>;
}

/// The sofia profile phones register with (the example tree's).
const SOFIA_PROFILE: &str = "internal";

/// Users whose registrations must end after a write: deleted, moved to
/// another context, or given a new password. FreeSWITCH keeps a binding
/// until it expires although the directory no longer allows it, so the
/// phone could go on calling with it.
fn ended_bindings(before: &[(UserId, String, String)], after: &State) -> Vec<UserId> {
    before
        .iter()
        .filter(
            |(id, context, password)| match after.users.binary_search_by_key(id, |u| u.id) {
                Ok(i) => {
                    let u = &after.users[i];
                    &u.context != context || &u.password != password
                }
                Err(_) => true,
            },
        )
        .map(|(id, _, _)| *id)
        .collect()
}

/// What became of the reload after a write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    /// Nothing was written, so nothing was reloaded.
    NothingToDo,
    /// FreeSWITCH accepted the new files.
    Reloaded,
    /// Reload was switched off (`--no-reload`).
    Skipped,
    /// FreeSWITCH could not be reached; the files stay written and will be
    /// loaded at FreeSWITCH's next reload or start.
    NotApplied(String),
    /// FreeSWITCH refused the files; they were rolled back.
    Rejected(String),
    /// `--dry-run`: nothing was written or sent; this is what would have been.
    DryRun(Plan),
}

/// What a write would do: the file changes in order, then the commands
/// FreeSWITCH would be sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub files: Vec<crate::fsio::PlannedFile>,
    pub commands: Vec<String>,
}

pub use answer::{Failed, ItemError, Keyed, WriteAnswer};

/// A write's answer and what happened to the reload.
#[derive(Debug, Clone)]
pub struct Outcome<D, I> {
    pub answer: WriteAnswer<D, I>,
    pub applied: Applied,
}

impl<D, I> Outcome<D, I> {
    /// The CLI's exit status: 3 when the change could not be applied to
    /// FreeSWITCH, 1 when any item failed, else 0.
    pub fn exit_code(&self) -> i32 {
        if matches!(self.applied, Applied::NotApplied(_)) {
            3
        } else if !self.answer.failed.is_empty() {
            1
        } else {
            0
        }
    }
}

/// What planning one item gives: the done entry, or why it fails.
pub type ItemResult<D> = Result<std::result::Result<D, ItemError>>;

pub struct Ops {
    pub settings: Settings,
    pub templates: Templates,
    pub(crate) reloader: Option<Box<dyn Reloader>>,
    /// The switch's `internal_tls_port` and when it was asked.
    switch_tls_port: std::sync::Mutex<Option<(std::time::Instant, Option<String>)>>,
    /// Plan every write and report it, but touch nothing (`--dry-run`).
    pub dry_run: bool,
}

impl Ops {
    /// `reloadxml`, remembered in the state file when the switch answered.
    pub(crate) fn reload(
        &self,
        r: &dyn Reloader,
    ) -> std::result::Result<String, ReloadUnavailable> {
        let reply = r.reloadxml()?;
        last_reload::record(&self.settings.conf_dir, &reply);
        Ok(reply)
    }

    pub fn new(settings: Settings, reloader: Option<Box<dyn Reloader>>) -> Result<Ops> {
        let templates = Templates::load(settings.templates_dir.as_deref())?;
        let ops = Ops {
            settings,
            templates,
            reloader,
            switch_tls_port: std::sync::Mutex::new(None),
            dry_run: false,
        };
        ops.recover()?;
        Ok(ops)
    }

    /// Clean up after an fsconn process that was killed mid-write: complete
    /// its journaled batch, remove the temp files of writers that are gone.
    /// Runs at every start, so any fsconn command repairs the tree.
    pub fn recover(&self) -> Result<()> {
        let conf = &self.settings.conf_dir;
        if fsio::journal_path(conf).exists() {
            let _lock = ConfLock::acquire(conf)?;
            self.roll_forward()?;
        }
        store::remove_dead_staging(conf);
        for root in [conf, &self.settings.static_dir] {
            let n = fsio::remove_dead_temps(root);
            if n > 0 {
                tracing::warn!("removed {n} temp files of fsconn processes that were killed");
            }
        }
        Ok(())
    }

    /// Under the lock: finish an interrupted batch. FreeSWITCH has not
    /// loaded it; the next reload (any write, or `fsconn reload`) will.
    fn roll_forward(&self) -> Result<()> {
        if fsio::roll_forward(&self.settings.conf_dir)? {
            tracing::warn!(
                "completed a batch of changes an fsconn process was killed in the middle of"
            );
        }
        Ok(())
    }

    /// The current state, read from the files.
    pub fn state(&self) -> Result<State> {
        State::load(&self.settings)
    }

    /// A write of independent items: each is planned by `plan` (which
    /// answers the done entry or the failure reason); the failed ones are
    /// reported with their input. A conference change also refreshes every
    /// contact list.
    fn write_items<D, I: Keyed + Clone>(
        &self,
        op: &str,
        items: Vec<I>,
        plan: impl Fn(&mut State, &mut Transaction, &I) -> ItemResult<D>,
    ) -> Result<Outcome<D, I>> {
        self.write(op, true, |state, txn, answer, inputs| {
            for item in items {
                match plan(state, txn, &item)? {
                    Ok(done) => {
                        answer.done.push(done);
                        inputs.push(item);
                    }
                    Err(error) => answer.failed.push(Failed { error, input: item }),
                }
            }
            if I::KEY == "conference" && !answer.done.is_empty() {
                self.plan_all_contacts(state, txn)?;
            }
            Ok(())
        })
    }

    /// Run one write operation under the lock: `plan` fills the transaction
    /// and the answer from a fresh state (and the input of each done item,
    /// in case the reload fails); then commit, reload, and roll back if
    /// FreeSWITCH refuses.
    fn write<D, I>(
        &self,
        op: &str,
        reload: bool,
        plan: impl FnOnce(
            &mut State,
            &mut Transaction,
            &mut WriteAnswer<D, I>,
            &mut Vec<I>,
        ) -> Result<()>,
    ) -> Result<Outcome<D, I>> {
        let _lock = ConfLock::acquire(&self.settings.conf_dir)?;
        self.roll_forward()?;
        let mut state = State::load(&self.settings)?;
        let mut txn = Transaction::journaled(&self.settings.conf_dir);
        let mut answer = WriteAnswer::new(op);
        let mut inputs = Vec::new();
        let before = bindings(&state);
        plan(&mut state, &mut txn, &mut answer, &mut inputs)?;
        let reloader = if reload {
            self.reloader.as_deref()
        } else {
            None
        };
        let ended = || ended_bindings(&before, &state);
        if self.dry_run {
            let reloads = reloader.is_some() && !txn.is_empty();
            let applied = Applied::DryRun(dry_run_plan(&txn, reloads, &ended(), &state));
            return Ok(Outcome { answer, applied });
        }
        if txn.is_empty() {
            let applied = Applied::NothingToDo;
            return Ok(Outcome { answer, applied });
        }
        let undo = txn.commit()?;
        let applied = match reloader {
            None if !reload => Applied::NothingToDo,
            None => Applied::Skipped,
            Some(r) => match self.reload(r) {
                Ok(reply) if reply.trim_end() == RELOAD_OK => {
                    flush_registrations(r, &ended(), &state);
                    Applied::Reloaded
                }
                Ok(reply) => {
                    undo.rollback()?;
                    let msg = reply.trim_end().to_string();
                    rejected(&mut answer, inputs, &msg);
                    Applied::Rejected(msg)
                }
                Err(e) => Applied::NotApplied(e.0),
            },
        };
        Ok(Outcome { answer, applied })
    }
}

/// Each user's id, context and password: what a registration depends on.
fn bindings(state: &State) -> Vec<(UserId, String, String)> {
    let user = |u: &crate::model::User| (u.id, u.context.clone(), u.password.clone());
    state.users.iter().map(user).collect()
}

/// FreeSWITCH refused the files (rolled back): every done item failed.
fn rejected<D, I>(answer: &mut WriteAnswer<D, I>, inputs: Vec<I>, msg: &str) {
    answer.done.clear();
    for input in inputs {
        let error = ItemError::Rejected(msg.to_string());
        answer.failed.push(Failed { error, input });
    }
}

/// What a write would do: the files of `txn`, then (when it reloads) the
/// `reloadxml` and the flushes of the registrations it ends.
fn dry_run_plan(txn: &Transaction, reloads: bool, ended: &[UserId], state: &State) -> Plan {
    let commands = match reloads {
        true => std::iter::once("api reloadxml".to_string())
            .chain(flush_commands(ended, state).map(|c| format!("api {c}")))
            .collect(),
        false => Vec::new(),
    };
    Plan {
        files: txn.plan(),
        commands,
    }
}

/// The api commands that end the registrations of `users`.
fn flush_commands<'a>(users: &'a [UserId], state: &State) -> impl Iterator<Item = String> + 'a {
    let domain = state
        .vars
        .get("domain")
        .filter(|d| !d.is_empty() && !d.contains("$${"))
        .map_or("127.0.0.1", String::as_str)
        .to_string();
    users
        .iter()
        .map(move |id| format!("sofia profile {SOFIA_PROFILE} flush_inbound_reg {id}@{domain}"))
}

/// Ends the registrations of `users` on the switch, after the reload that
/// took their entries away. A failure is logged: the change itself is done,
/// and the binding would end at its expiry anyway.
fn flush_registrations(r: &dyn Reloader, users: &[UserId], state: &State) {
    for cmd in flush_commands(users, state) {
        match r.api(&cmd) {
            Ok(reply) if reply.starts_with("+OK") => {}
            Ok(reply) => tracing::warn!("{cmd}: {}", reply.trim_end()),
            Err(e) => tracing::warn!("{cmd}: {}", e.0),
        }
    }
}
