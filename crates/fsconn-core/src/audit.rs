//! The audit log: one JSON line per write and per conference control, from
//! the CLI and the server alike, so an admin can answer "who changed this,
//! from where, and did it work" without reading FreeSWITCH's logs.
//!
//! Secrets never reach the file: every key that names a password or a PIN is
//! replaced by `"(set)"` wherever it sits in the arguments, and the values
//! that were removed are also blanked out of the free-text detail (error
//! messages sometimes quote the offending input).

use crate::error::{Error, Result};
use crate::ops::answer::PruneAnswer;
use crate::ops::{Applied, Outcome, WriteAnswer};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::io::Write;
use std::path::{Path, PathBuf};

/// One audited action.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct Entry {
    /// ISO 8601 UTC with milliseconds.
    pub when: String,
    pub user: String,
    /// The user's context; none for the local CLI (a shell user has none).
    pub context: Option<String>,
    /// The client's address, or `local` for the CLI.
    pub from: String,
    /// The operation, named like its API path (`api/users/add`) or control
    /// (`live/mute`).
    pub what: String,
    /// The arguments, with secrets replaced.
    #[serde(default)]
    pub args: Value,
    /// `ok`, `partial` (some items failed), `failed` or `error`.
    pub result: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// Who did it and from where.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user: String,
    pub context: Option<String>,
    pub from: String,
}

impl Actor {
    /// The OS user running the CLI on this machine: the one who ran `sudo`
    /// (`SUDO_USER`) rather than root, else `USER` (`LOGNAME`), else the
    /// numeric uid, so an entry always says whose shell it came from.
    pub fn local() -> Actor {
        Actor {
            user: local_user(|v| std::env::var(v).ok()),
            context: None,
            from: "local".into(),
        }
    }
}

/// [`Actor::local`]'s name, from the environment `var` reads.
fn local_user(var: impl Fn(&str) -> Option<String>) -> String {
    ["SUDO_USER", "USER", "LOGNAME"]
        .iter()
        .find_map(|v| var(v).filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| format!("uid {}", rustix::process::getuid().as_raw()))
}

/// What became of an action, reduced to the audit's words.
#[derive(Debug, Clone)]
pub struct Verdict {
    pub result: &'static str,
    pub detail: Option<String>,
}

impl Verdict {
    pub fn ok() -> Verdict {
        Verdict {
            result: "ok",
            detail: None,
        }
    }

    pub fn error(detail: impl Into<String>) -> Verdict {
        Verdict {
            result: "error",
            detail: Some(detail.into()),
        }
    }

    /// `{op, done, failed}`: ok, partial or failed, with the counts and the
    /// failure reasons.
    pub fn of_answer<D, I>(a: &WriteAnswer<D, I>) -> Verdict {
        let result = match (a.done.is_empty(), a.failed.is_empty()) {
            (_, true) => "ok",
            (false, false) => "partial",
            (true, false) => "failed",
        };
        let reasons: Vec<String> = a.failed.iter().map(|f| f.error.to_string()).collect();
        let mut detail = format!("{} done, {} failed", a.done.len(), a.failed.len());
        if !reasons.is_empty() {
            detail.push_str(": ");
            detail.push_str(&reasons.join("; "));
        }
        Verdict {
            result,
            detail: Some(detail),
        }
    }

    /// A write with its reload.
    pub fn of_outcome<D, I>(o: &Outcome<D, I>) -> Verdict {
        let mut v = Verdict::of_answer(&o.answer);
        let extra = match &o.applied {
            Applied::NotApplied(why) => Some(format!("written but not applied: {why}")),
            Applied::Rejected(msg) => Some(format!("FreeSWITCH rejected it: {msg}")),
            _ => None,
        };
        if let (Some(e), Some(d)) = (extra, v.detail.as_mut()) {
            d.push_str("; ");
            d.push_str(&e);
        }
        v
    }

    /// `recordings prune`: how many went, and which.
    pub fn of_prune(v: &PruneAnswer) -> Verdict {
        let files: Vec<&str> = v.done.iter().map(|f| f.file.as_str()).collect();
        Verdict {
            result: if v.failed.is_empty() { "ok" } else { "partial" },
            detail: Some(format!(
                "{} removed, {} failed: {}",
                v.done.len(),
                v.failed.len(),
                files.join(", ")
            )),
        }
    }

    pub fn of_result<T>(r: &Result<T>, judge: impl FnOnce(&T) -> Verdict) -> Verdict {
        match r {
            Ok(t) => judge(t),
            Err(e) => Verdict::error(e.to_string()),
        }
    }
}

/// Keys whose values are secrets (case-insensitive substrings).
const SECRET_KEYS: &[&str] = &["password", "passwd", "pass", "pin", "secret", "token"];

fn is_secret_key(k: &str) -> bool {
    let k = k.to_ascii_lowercase();
    SECRET_KEYS.iter().any(|s| k.contains(s))
}

/// `v` with every secret replaced by `"(set)"`; the secret strings removed.
pub fn redact(v: &Value) -> (Value, Vec<String>) {
    let mut secrets = Vec::new();
    let out = redact_into(v, &mut secrets);
    (out, secrets)
}

fn redact_into(v: &Value, secrets: &mut Vec<String>) -> Value {
    match v {
        Value::Object(m) => {
            let mut out = Map::new();
            for (k, x) in m {
                if is_secret_key(k) {
                    collect_strings(x, secrets);
                    out.insert(k.clone(), Value::String("(set)".into()));
                } else {
                    out.insert(k.clone(), redact_into(x, secrets));
                }
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.iter().map(|x| redact_into(x, secrets)).collect()),
        other => other.clone(),
    }
}

fn collect_strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) if !s.is_empty() => out.push(s.clone()),
        Value::Number(n) => out.push(n.to_string()),
        Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        Value::Object(m) => m.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}

/// `text` with every secret blanked out.
fn scrub(text: &str, secrets: &[String]) -> String {
    let mut t = text.to_string();
    for s in secrets {
        t = t.replace(s.as_str(), "(secret)");
    }
    t
}

/// The audit file.
#[derive(Debug, Clone)]
pub struct Log {
    pub path: PathBuf,
}

impl Log {
    pub fn new(path: impl Into<PathBuf>) -> Log {
        Log { path: path.into() }
    }

    /// Build the entry (redacting `args`) and append it. A log that cannot be
    /// written is reported, not fatal: the action it describes already
    /// happened and must not be reported as failed.
    pub fn record(&self, who: &Actor, what: &str, args: &Value, verdict: Verdict) -> Entry {
        let (args, secrets) = redact(args);
        let entry = Entry {
            when: crate::ops::now_iso(),
            user: who.user.clone(),
            context: who.context.clone(),
            from: who.from.clone(),
            what: what.to_string(),
            args,
            result: verdict.result.to_string(),
            detail: verdict.detail.map(|d| scrub(&d, &secrets)),
        };
        if let Err(e) = self.append(&entry) {
            tracing::warn!(target: "fsconn::audit", "audit log {}: {e}", self.path.display());
            if !tracing::dispatcher::has_been_set() {
                use std::io::Write;
                let _ = writeln!(
                    std::io::stderr(),
                    "warning: audit log {}: {e}",
                    self.path.display()
                );
            }
        }
        entry
    }

    /// One `write` of one line on an `O_APPEND` file: lines from concurrent
    /// writers (server and CLI) never interleave.
    fn append(&self, entry: &Entry) -> std::io::Result<()> {
        use std::os::unix::fs::OpenOptionsExt;
        let mut line = serde_json::to_vec(entry).map_err(std::io::Error::other)?;
        line.push(b'\n');
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .open(&self.path)?;
        f.write_all(&line)?;
        f.sync_data()
    }

    /// Entries matching `filter`, oldest first. Lines that are not entries
    /// are skipped with a warning (a crash may leave half a line).
    pub fn read(&self, filter: &Filter) -> Result<Vec<Entry>> {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(Error::io(&self.path, e)),
        };
        let mut out = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<Entry>(line) {
                Ok(e) if filter.admits(&e) => out.push(e),
                Ok(_) => {}
                Err(e) => {
                    tracing::warn!("{}:{}: not an audit entry: {e}", self.path.display(), i + 1)
                }
            }
        }
        Ok(out)
    }
}

/// Which entries `fsconn audit` and `GET /api/audit` show.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub since: Option<DateTime<Utc>>,
    /// Only entries before this.
    pub until: Option<DateTime<Utc>>,
    pub user: Option<String>,
    /// Only entries whose `what` contains this (`users/`, `live/mute`).
    pub action: Option<String>,
    /// Only entries with this result.
    pub result: Option<String>,
}

/// The results an entry can have.
pub const RESULTS: &[&str] = &["ok", "partial", "failed", "error"];

impl Filter {
    fn admits(&self, e: &Entry) -> bool {
        let when = DateTime::parse_from_rfc3339(&e.when).ok();
        let recent = self.since.is_none_or(|t| when.is_some_and(|w| w >= t));
        let before = self.until.is_none_or(|t| when.is_some_and(|w| w < t));
        recent
            && before
            && self.user.as_ref().is_none_or(|u| &e.user == u)
            && self
                .action
                .as_ref()
                .is_none_or(|a| e.what.contains(a.as_str()))
            && self.result.as_ref().is_none_or(|r| &e.result == r)
    }
}

/// The query of `GET /api/audit`, as given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// Only this user's entries (exact name; `fsconn` CLI entries carry the OS user)
    pub user: Option<String>,
    /// Only entries whose action contains this, e.g. `users/` or `live/`
    pub action: Option<String>,
    /// Only entries with this result: ok, partial, failed or error
    pub result: Option<String>,
    /// From then on: an RFC 3339 time, a date (midnight UTC) or an age (90m, 12h, 7d)
    pub since: Option<String>,
    /// Before then: an RFC 3339 time, a date (up to its end, UTC) or an age
    pub until: Option<String>,
    /// At most this many entries, the newest (default 500, at most 10000)
    pub limit: Option<String>,
}

/// `GET /api/audit`: the newest entries first.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct AuditAnswer {
    pub op: String,
    /// How many entries matched (`entries` holds at most `limit` of them).
    pub matched: usize,
    pub entries: Vec<Entry>,
}

impl AuditQuery {
    /// The filter and the limit, or what is wrong (naming the parameter).
    pub fn filter(&self, now: DateTime<Utc>) -> Result<(Filter, usize)> {
        let when = |field: &str, s: &Option<String>, end: bool| {
            s.as_deref()
                .map(|s| parse_when(field, s, now, end))
                .transpose()
                .map_err(Error::Input)
        };
        let result = self.result.clone().filter(|r| !r.is_empty());
        if let Some(r) = result.as_deref().filter(|r| !RESULTS.contains(r)) {
            return Err(Error::Input(format!(
                "result: {r:?} is not one of {}",
                RESULTS.join(", ")
            )));
        }
        let limit = match self.limit.as_deref() {
            None | Some("") => 500,
            Some(l) => l
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=10_000).contains(n))
                .ok_or_else(|| {
                    Error::Input(format!("limit: {l:?} is not a number from 1 to 10000"))
                })?,
        };
        let filter = Filter {
            since: when("since", &self.since, false)?,
            until: when("until", &self.until, true)?,
            user: self.user.clone().filter(|u| !u.is_empty()),
            action: self.action.clone().filter(|a| !a.is_empty()),
            result,
        };
        Ok((filter, limit))
    }
}

impl Log {
    /// `GET /api/audit`: the entries `q` admits, newest first, at most its limit.
    pub fn query(&self, q: &AuditQuery) -> Result<AuditAnswer> {
        let (filter, limit) = q.filter(Utc::now())?;
        let mut entries = self.read(&filter)?;
        let matched = entries.len();
        entries.reverse();
        entries.truncate(limit);
        Ok(AuditAnswer {
            op: "api/audit".into(),
            matched,
            entries,
        })
    }
}

/// `--since`: an RFC 3339 time, a date (`2026-11-29`, midnight UTC), or an
/// age such as `90m`, `12h`, `7d`.
pub fn parse_since(s: &str, now: DateTime<Utc>) -> std::result::Result<DateTime<Utc>, String> {
    parse_when("--since", s, now, false)
}

/// A time for `field`: RFC 3339, a date (its midnight UTC, or with `end` the
/// next one, so the day is included), or an age before `now`.
pub fn parse_when(
    field: &str,
    s: &str,
    now: DateTime<Utc>,
    end: bool,
) -> std::result::Result<DateTime<Utc>, String> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        let d = if end { d.succ_opt().unwrap_or(d) } else { d };
        return Ok(d.and_time(chrono::NaiveTime::MIN).and_utc());
    }
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: i64 = num
        .parse()
        .map_err(|_| format!("{field}: {s:?} is not a time, a date or an age like 12h"))?;
    let secs = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86400,
        "w" => 7 * 86400,
        _ => {
            return Err(format!(
                "{field}: unknown unit in {s:?} (use s, m, h, d or w)"
            ))
        }
    };
    Ok(now - chrono::Duration::seconds(n.saturating_mul(secs)))
}

/// Where the log is when nothing says otherwise: beside the provisioning
/// files, which fsconn already owns and writes.
pub fn default_path(static_dir: &Path) -> PathBuf {
    static_dir.join("audit.log")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn secrets_never_reach_the_file() {
        let d = tempfile::tempdir().unwrap();
        let log = Log::new(d.path().join("a/audit.log"));
        let args = json!([{"name": "alice", "password": "hunter2", "conpin": 4711,
                           "nested": {"modPIN": "9999"}}]);
        let e = log.record(
            &Actor::local(),
            "api/users/add",
            &args,
            Verdict::error("bad value \"hunter2\" and 4711"),
        );
        let text = std::fs::read_to_string(d.path().join("a/audit.log")).unwrap();
        for secret in ["hunter2", "4711", "9999"] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
        assert_eq!(e.args[0]["name"], "alice");
        assert_eq!(e.args[0]["password"], "(set)");
        let back = log.read(&Filter::default()).unwrap();
        assert_eq!(back, vec![e]);
    }

    #[test]
    fn the_local_user_is_the_sudo_user_then_user() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            local_user(env(&[("SUDO_USER", "alice"), ("USER", "root")])),
            "alice"
        );
        assert_eq!(
            local_user(env(&[("SUDO_USER", ""), ("USER", "bob")])),
            "bob"
        );
        assert_eq!(local_user(env(&[("LOGNAME", "carol")])), "carol");
        let uid = rustix::process::getuid().as_raw();
        assert_eq!(local_user(env(&[])), format!("uid {uid}"));
    }

    #[test]
    fn the_query_names_what_is_wrong() {
        let now = Utc::now();
        let q = |f: fn(&mut AuditQuery)| {
            let mut q = AuditQuery::default();
            f(&mut q);
            q.filter(now).map(|_| ()).unwrap_err().to_string()
        };
        assert!(q(|q| q.result = Some("fine".into()))
            .contains("result: \"fine\" is not one of ok, partial, failed, error"));
        assert!(q(|q| q.limit = Some("0".into())).contains("limit: \"0\""));
        assert!(q(|q| q.until = Some("later".into())).contains("until: \"later\""));
        let (f, limit) = AuditQuery {
            until: Some("2026-11-28".into()),
            ..Default::default()
        }
        .filter(now)
        .unwrap();
        assert_eq!(limit, 500);
        assert_eq!(f.until.unwrap().to_rfc3339(), "2026-11-29T00:00:00+00:00");
    }

    #[test]
    fn since_accepts_times_dates_and_ages() {
        let now = DateTime::parse_from_rfc3339("2026-11-29T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            parse_since("2h", now).unwrap().to_rfc3339(),
            "2026-11-29T10:00:00+00:00"
        );
        assert_eq!(
            parse_since("2026-11-28", now).unwrap().to_rfc3339(),
            "2026-11-28T00:00:00+00:00"
        );
        assert!(parse_since("yesterday", now).is_err());
        assert!(parse_since("3y", now).is_err());
    }
}
