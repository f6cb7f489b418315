//! The one interface to fsconn's operations: a method per operation of the
//! API, answering the typed answers of [`super::answer`].
//!
//! [`Local`] carries them out on this machine's files (the CLI, and the
//! server over its cache); the CLI's remote client carries them out by
//! asking a `fsconn serve`. A command written over `&dyn Service` works both
//! ways, "written but FreeSWITCH did not confirm" included: both report it
//! as [`Applied::NotApplied`].

use super::answer::{
    AddedConference, ConferencesAnswer, ConferencesFound, PruneAnswer, RebuildContactsAnswer,
    RecordingsAnswer, RecordingsDelAnswer, StoreAnswer, UserRef, UserView, UsersAnswer,
    UsersFindAnswer,
};
use super::answer::{ConferenceSettingsAnswer, ConferenceSettingsView};
use super::conferences::{self, AddConference, DelConference, ModConference};
use super::info::{self, InfoReport, Meta};
use super::recordings::{DelRecording, RecordingsQuery};
use super::store::Target;
use super::users::{self, AddUser, DelUser, ModUser};
use super::{Applied, Ops, Outcome};
use crate::audit::Verdict;
use crate::confsettings::ConferenceSettingsChange;
use crate::error::Result;
use crate::fsconf::State;
use crate::model::ConferenceView;
use crate::settings::ContextDef;
use serde_json::Value;
use std::cell::OnceCell;
use std::path::Path;

/// Every operation of the API.
pub trait Service {
    fn users_list(&self) -> Result<UsersAnswer>;
    fn users_find(&self, by: users::FindBy, s: &str) -> Result<UsersFindAnswer>;
    fn users_add(&self, items: Vec<AddUser>) -> Result<Outcome<UserView, AddUser>>;
    fn users_mod(&self, items: Vec<ModUser>) -> Result<Outcome<UserView, ModUser>>;
    fn users_del(&self, items: Vec<DelUser>) -> Result<Outcome<UserView, DelUser>>;
    fn users_rebuild(&self) -> Result<Outcome<UserView, UserRef>>;
    fn users_reprov(&self) -> Result<Outcome<UserView, UserRef>>;

    fn conferences_list(&self) -> Result<ConferencesAnswer>;
    fn conferences_find(&self, by: conferences::FindBy, s: &str) -> Result<ConferencesFound>;
    fn conferences_add(
        &self,
        items: Vec<AddConference>,
    ) -> Result<Outcome<AddedConference, AddConference>>;
    fn conferences_mod(
        &self,
        items: Vec<ModConference>,
    ) -> Result<Outcome<ConferenceView, ModConference>>;
    fn conferences_del(
        &self,
        items: Vec<DelConference>,
    ) -> Result<Outcome<ConferenceView, DelConference>>;
    fn conferences_rebuildcontacts(&self) -> Result<RebuildContactsAnswer>;
    /// Every conference with its own settings.
    fn conferences_settings_list(&self) -> Result<ConferenceSettingsAnswer>;
    fn conferences_settings(
        &self,
        items: Vec<ConferenceSettingsChange>,
    ) -> Result<Outcome<ConferenceSettingsView, ConferenceSettingsChange>>;

    /// The recordings the caller may see.
    fn recordings_list(&self) -> Result<RecordingsAnswer>;
    fn recordings_find(&self, s: &str) -> Result<RecordingsAnswer>;
    /// The list with the opt-in query (`?details=&conference=&from=&to=`).
    fn recordings_query(&self, q: &RecordingsQuery) -> Result<RecordingsAnswer>;
    fn recordings_del(&self, items: Vec<DelRecording>) -> Result<RecordingsDelAnswer>;
    /// The retention policy now; `dry_run` only says what would go.
    fn recordings_prune(&self, dry_run: bool) -> Result<PruneAnswer>;

    /// `output`: where to write the archive instead of the store dir
    /// (local only); `progress` is called once per file archived.
    fn store(
        &self,
        target: Target,
        output: Option<&Path>,
        progress: &mut dyn FnMut(),
    ) -> Result<StoreAnswer>;
    /// `from`: the archive instead of the stored one (local only).
    fn restore(&self, target: Target, from: Option<&Path>) -> Result<(StoreAnswer, Applied)>;

    /// `GET /api/info`, or with the state `GET /api/info/state`.
    fn info(&self, with_state: bool) -> Result<InfoReport>;

    /// `GET /api/doctor`: the checks of `fsconn doctor`, as the machine that
    /// carries out the operations sees its switch and files.
    fn doctor(&self) -> Result<super::doctor::Report>;
}

/// Records what a write did: `(what, args, verdict)`, e.g.
/// `("api/users/add", <the body>, ok)`. The server's names the login and
/// its address, the CLI's the local user.
pub type Audit<'a> = &'a dyn Fn(&str, &Value, Verdict);

/// The operations on this machine's files.
pub struct Local<'a> {
    ops: &'a Ops,
    /// The state reads answer from: the server's cache, else the files
    /// (read once, on first use).
    cached: Option<&'a State>,
    fresh: OnceCell<State>,
    /// Called when the files were read (the CLI prints what did not load).
    on_load: &'a dyn Fn(&State),
    /// Recordings as a user of this context sees them (the friends' view).
    viewer: Option<&'a ContextDef>,
    /// Recordings FreeSWITCH is writing: never pruned, listed as running.
    keep: Vec<String>,
    audit: Audit<'a>,
}

impl<'a> Local<'a> {
    /// Reads from the files; `audit` records the writes.
    pub fn new(ops: &'a Ops, audit: Audit<'a>) -> Local<'a> {
        Local {
            ops,
            cached: None,
            fresh: OnceCell::new(),
            on_load: &|_| {},
            viewer: None,
            keep: Vec::new(),
            audit,
        }
    }

    /// Reads from `state` (the server's cache) instead of the files.
    pub fn cached(mut self, state: &'a State) -> Self {
        self.cached = Some(state);
        self
    }

    pub fn on_load(mut self, f: &'a dyn Fn(&State)) -> Self {
        self.on_load = f;
        self
    }

    /// Recordings restricted to what a user of `viewer` may see.
    pub fn viewer(mut self, viewer: Option<&'a ContextDef>) -> Self {
        self.viewer = viewer;
        self
    }

    /// Recordings being written, which a prune must keep.
    pub fn keep(mut self, keep: Vec<String>) -> Self {
        self.keep = keep;
        self
    }

    fn state(&self) -> Result<&State> {
        if let Some(s) = self.cached {
            return Ok(s);
        }
        if let Some(s) = self.fresh.get() {
            return Ok(s);
        }
        let s = self.ops.state()?;
        (self.on_load)(&s);
        Ok(self.fresh.get_or_init(|| s))
    }

    /// A bulk write, audited with its body and what became of it.
    fn write<D, I: serde::Serialize>(
        &self,
        what: &str,
        items: Vec<I>,
        op: impl FnOnce(&Ops, Vec<I>) -> Result<Outcome<D, I>>,
    ) -> Result<Outcome<D, I>> {
        let args = serde_json::to_value(&items).unwrap_or_default();
        let r = op(self.ops, items);
        self.audited(what, &args, &r, Verdict::of_outcome);
        r
    }

    /// Audit `r` unless this is a dry run (which changes nothing).
    fn audited<T>(
        &self,
        what: &str,
        args: &Value,
        r: &Result<T>,
        judge: impl FnOnce(&T) -> Verdict,
    ) {
        if !self.ops.dry_run {
            (self.audit)(what, args, Verdict::of_result(r, judge));
        }
    }
}

impl Service for Local<'_> {
    fn users_list(&self) -> Result<UsersAnswer> {
        Ok(users::list(self.state()?, &self.ops.settings))
    }

    fn users_find(&self, by: users::FindBy, s: &str) -> Result<UsersFindAnswer> {
        Ok(users::find(self.state()?, by, s))
    }

    fn users_add(&self, items: Vec<AddUser>) -> Result<Outcome<UserView, AddUser>> {
        self.write("api/users/add", items, Ops::users_add)
    }

    fn users_mod(&self, items: Vec<ModUser>) -> Result<Outcome<UserView, ModUser>> {
        self.write("api/users/mod", items, Ops::users_mod)
    }

    fn users_del(&self, items: Vec<DelUser>) -> Result<Outcome<UserView, DelUser>> {
        self.write("api/users/del", items, Ops::users_del)
    }

    fn users_rebuild(&self) -> Result<Outcome<UserView, UserRef>> {
        let r = self.ops.users_rebuild();
        self.audited("api/users/rebuild", &Value::Null, &r, Verdict::of_outcome);
        r
    }

    fn users_reprov(&self) -> Result<Outcome<UserView, UserRef>> {
        let r = self.ops.users_reprov();
        self.audited("api/users/reprov", &Value::Null, &r, Verdict::of_outcome);
        r
    }

    fn conferences_list(&self) -> Result<ConferencesAnswer> {
        Ok(conferences::list(self.state()?, &self.ops.settings))
    }

    fn conferences_find(&self, by: conferences::FindBy, s: &str) -> Result<ConferencesFound> {
        Ok(conferences::find(self.state()?, by, s))
    }

    fn conferences_add(
        &self,
        items: Vec<AddConference>,
    ) -> Result<Outcome<AddedConference, AddConference>> {
        self.write("api/conferences/add", items, Ops::conferences_add)
    }

    fn conferences_mod(
        &self,
        items: Vec<ModConference>,
    ) -> Result<Outcome<ConferenceView, ModConference>> {
        self.write("api/conferences/mod", items, Ops::conferences_mod)
    }

    fn conferences_del(
        &self,
        items: Vec<DelConference>,
    ) -> Result<Outcome<ConferenceView, DelConference>> {
        self.write("api/conferences/del", items, Ops::conferences_del)
    }

    fn conferences_settings_list(&self) -> Result<ConferenceSettingsAnswer> {
        Ok(conferences::settings_list(self.state()?))
    }

    fn conferences_settings(
        &self,
        items: Vec<ConferenceSettingsChange>,
    ) -> Result<Outcome<ConferenceSettingsView, ConferenceSettingsChange>> {
        self.write("api/conferences/settings", items, Ops::conferences_settings)
    }

    fn conferences_rebuildcontacts(&self) -> Result<RebuildContactsAnswer> {
        let r = self.ops.conferences_rebuildcontacts();
        let what = "api/conferences/rebuildcontacts";
        self.audited(what, &Value::Null, &r, |_| Verdict::ok());
        r
    }

    fn recordings_list(&self) -> Result<RecordingsAnswer> {
        let op = match self.viewer {
            // The original's op for the friends' list (sic).
            Some(_) => "friendserc",
            None => "api/recordings",
        };
        self.ops.recordings_list(self.state()?, self.viewer, op)
    }

    fn recordings_find(&self, s: &str) -> Result<RecordingsAnswer> {
        self.ops.recordings_find(self.state()?, self.viewer, s)
    }

    /// `keep` (the recordings being written) are the running ones.
    fn recordings_query(&self, q: &RecordingsQuery) -> Result<RecordingsAnswer> {
        let op = match self.viewer {
            Some(_) => "friendserc",
            None => "api/recordings",
        };
        let state = self.state()?;
        self.ops
            .recordings_query(state, self.viewer, &self.keep, q, op)
    }

    fn recordings_del(&self, items: Vec<DelRecording>) -> Result<RecordingsDelAnswer> {
        let what = match self.viewer {
            Some(_) => "fr/delfriendsrec",
            None => "api/recordings/del",
        };
        let args = serde_json::to_value(&items).unwrap_or_default();
        let r = self.ops.recordings_del(self.state()?, self.viewer, items);
        self.audited(what, &args, &r, Verdict::of_answer);
        r
    }

    fn recordings_prune(&self, dry_run: bool) -> Result<PruneAnswer> {
        let r = self.ops.recordings_prune(dry_run, &self.keep);
        if !dry_run {
            let args = serde_json::json!({ "dry_run": false });
            self.audited("api/recordings/prune", &args, &r, Verdict::of_prune);
        }
        r
    }

    fn store(
        &self,
        target: Target,
        output: Option<&Path>,
        progress: &mut dyn FnMut(),
    ) -> Result<StoreAnswer> {
        let r = self.ops.store(target, output, progress);
        let what = format!("api/store/{}", target.name());
        let args = output.map_or(Value::Null, |o| serde_json::json!({ "output": o }));
        self.audited(&what, &args, &r, |_| Verdict::ok());
        r
    }

    fn restore(&self, target: Target, from: Option<&Path>) -> Result<(StoreAnswer, Applied)> {
        let r = self.ops.restore(target, from);
        let what = format!("api/restore/{}", target.name());
        let args = from.map_or(Value::Null, |f| serde_json::json!({ "from": f }));
        self.audited(&what, &args, &r, restore_verdict);
        r
    }

    /// The globals come from the running switch, else from `vars.xml` (a
    /// warning says why: they are what the files say, not what runs).
    fn info(&self, with_state: bool) -> Result<InfoReport> {
        let state = self.state()?;
        let s = &self.ops.settings;
        let timeout = std::time::Duration::from_secs(s.esl_timeout.max(1));
        // A cluster's globals come from its first node that answers.
        let (nodes, splits) = info::probe_nodes(s);
        let (addr, password) = match s.nodes.iter().zip(&nodes).find(|(_, i)| i.connected) {
            Some((n, _)) => (n.esl_addr(), n.esl_password.clone()),
            None => (s.esl_addr(), s.esl_password.clone()),
        };
        let asked = fsconn_esl::client::blocking_api(&addr, &password, "global_getvar", timeout);
        let (globals, not_asked) = info::globals_or_vars(asked, state);
        if let Some(why) = not_asked {
            tracing::warn!("globals from vars.xml, FreeSWITCH could not be asked ({why})");
        }
        let meta = Meta::with_last_reload(&s.conf_dir);
        Ok(InfoReport::new(&meta, &globals, with_state.then_some(state)).with_nodes(nodes, splits))
    }

    fn doctor(&self) -> Result<super::doctor::Report> {
        Ok(super::doctor::local_report(&self.ops.settings))
    }
}

/// A restore's `failed` is a string, not a list.
pub fn restore_verdict((a, applied): &(StoreAnswer, Applied)) -> Verdict {
    if !a.failed.is_empty() {
        return Verdict {
            result: "failed",
            detail: Some(a.failed.clone()),
        };
    }
    match applied {
        Applied::NotApplied(why) => Verdict {
            result: "ok",
            detail: Some(format!("restored but not applied: {why}")),
        },
        _ => Verdict::ok(),
    }
}
