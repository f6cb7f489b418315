//! Conference recordings in the recordings dir (behavior-notes.md section 6).
//!
//! A recording is named by the client, so every name is data, never a path:
//! a plain file name, no separators, no `..`, no NUL, and what it resolves to
//! (symlinks included) must be a regular file inside the recordings dir.

use super::answer::{
    FileName, PruneAnswer, Pruned, RecordingInfo, RecordingsAnswer, RecordingsDelAnswer,
};
use super::{Failed, ItemError, Ops};
use crate::error::{Error, Result};
use crate::fsconf::State;
use crate::settings::{ContextDef, Settings};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DelRecording {
    pub file: String,
}

/// Why a recording name is refused, or its resolved path.
pub fn resolve(dir: &Path, name: &str) -> std::result::Result<PathBuf, String> {
    if name.is_empty() {
        return Err("file name must not be empty".into());
    }
    if name.contains('\0') {
        return Err("file name must not contain NUL".into());
    }
    if name.contains('/') || name.contains('\\') {
        return Err(format!(
            "{name:?} is not a plain file name (no path separators)"
        ));
    }
    if name == "." || name == ".." || name.contains("..") {
        return Err(format!("{name:?} is not a plain file name (no '..')"));
    }
    if name.starts_with('.') {
        return Err(format!("{name:?} is not a recording (hidden file)"));
    }
    let path = dir.join(name);
    let real = path
        .canonicalize()
        .map_err(|_| format!("no recording {name}"))?;
    let root = dir
        .canonicalize()
        .map_err(|e| format!("recordings dir {}: {e}", dir.display()))?;
    if real.parent() != Some(root.as_path()) {
        return Err(format!("{name:?} points outside the recordings dir"));
    }
    if !real.is_file() {
        return Err(format!("no recording {name}"));
    }
    Ok(real)
}

/// The conference name and start time in a name of the form
/// `<conference name>-<UTC timestamp>.wav` (the name FreeSWITCH records
/// under, e.g. `Test_1-2021-08-31T12:09:15.578Z.wav`).
pub fn split_name(file: &str) -> Option<(&str, chrono::DateTime<chrono::Utc>)> {
    const STAMP: &str = "0000-00-00T00:00:00.000Z";
    let stem = file.strip_suffix(".wav")?;
    let split = stem.len().checked_sub(STAMP.len())?;
    let (head, stamp) = (stem.get(..split)?, stem.get(split..)?);
    let name = head.strip_suffix('-')?;
    let shaped = stamp.bytes().zip(STAMP.bytes()).all(|(b, p)| {
        if p == b'0' {
            b.is_ascii_digit()
        } else {
            b == p
        }
    });
    if !shaped || name.is_empty() {
        return None;
    }
    let t = chrono::NaiveDateTime::parse_from_str(stamp, "%Y-%m-%dT%H:%M:%S%.3fZ").ok()?;
    Some((name, t.and_utc()))
}

/// The conference a recording belongs to: only a file named exactly
/// `<conference name>-<UTC timestamp>.wav` ([`split_name`]). A prefix match
/// would let a conference called `team_g722-2021` claim the team
/// conference's recordings.
pub fn conference_of<'a>(state: &'a State, file: &str) -> Option<&'a crate::model::Conference> {
    let (name, _) = split_name(file)?;
    state.conferences.iter().find(|c| c.name == name)
}

/// Whether a user of `viewer` may see this recording. Recordings of unknown
/// conferences are only visible to the top role: nobody can tell whose they are.
pub fn visible(settings: &Settings, state: &State, viewer: &ContextDef, file: &str) -> bool {
    match conference_of(state, file).and_then(|c| settings.context(&c.context)) {
        Some(ctx) => viewer.sees(ctx),
        None => settings.contexts.iter().all(|c| c.role <= viewer.role),
    }
}

impl Ops {
    /// Recording file names, sorted; restricted to what `viewer` may see.
    pub fn recording_files(
        &self,
        state: &State,
        viewer: Option<&ContextDef>,
    ) -> Result<Vec<String>> {
        let dir = &self.settings.recordings_dir;
        let rd = match std::fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(Error::io(dir, e)),
        };
        let mut files = Vec::new();
        for entry in rd {
            let entry = entry.map_err(|e| Error::io(dir, e))?;
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            if name.starts_with('.') || !entry.file_type().is_ok_and(|t| t.is_file()) {
                continue;
            }
            if viewer.is_none_or(|v| visible(&self.settings, state, v, &name)) {
                files.push(name);
            }
        }
        files.sort();
        Ok(files)
    }

    /// `GET /api/recordings` (or `/fr/friendsrec` with a viewer).
    pub fn recordings_list(
        &self,
        state: &State,
        viewer: Option<&ContextDef>,
        op: &str,
    ) -> Result<RecordingsAnswer> {
        let files = self.recording_files(state, viewer)?;
        Ok(RecordingsAnswer {
            op: op.into(),
            files,
            recordings: None,
        })
    }

    /// `GET /api/recordings/find/S`: names that contain S.
    pub fn recordings_find(
        &self,
        state: &State,
        viewer: Option<&ContextDef>,
        s: &str,
    ) -> Result<RecordingsAnswer> {
        let files: Vec<String> = self
            .recording_files(state, viewer)?
            .into_iter()
            .filter(|f| f.contains(s))
            .collect();
        Ok(RecordingsAnswer {
            op: format!("api/recordings/find/{s}"),
            files,
            recordings: None,
        })
    }

    /// The path of a recording the viewer may read.
    pub fn recording_path(
        &self,
        state: &State,
        viewer: Option<&ContextDef>,
        name: &str,
    ) -> Result<PathBuf> {
        let path = resolve(&self.settings.recordings_dir, name).map_err(|e| {
            if e.starts_with("no recording") {
                Error::NotFound(e)
            } else {
                Error::Input(e)
            }
        })?;
        if let Some(v) = viewer {
            if !visible(&self.settings, state, v, name) {
                // Same answer as a missing file: don't confirm it exists.
                return Err(Error::NotFound(format!("no recording {name}")));
            }
        }
        Ok(path)
    }

    /// `POST /api/recordings/del`: `done` holds the deleted names.
    pub fn recordings_del(
        &self,
        state: &State,
        viewer: Option<&ContextDef>,
        items: Vec<DelRecording>,
    ) -> Result<RecordingsDelAnswer> {
        let mut answer = RecordingsDelAnswer::new("api/recordings/del");
        for item in items {
            let removed = self.deletable(state, viewer, &item.file).and_then(|path| {
                std::fs::remove_file(&path).map_err(|e| ItemError::Io(e.to_string()))
            });
            match removed {
                Ok(()) => answer.done.push(item.file),
                Err(error) => answer.failed.push(Failed {
                    error,
                    input: FileName(item.file),
                }),
            }
        }
        Ok(answer)
    }

    /// The path of a recording `viewer` may delete, or why not.
    fn deletable(
        &self,
        state: &State,
        viewer: Option<&ContextDef>,
        file: &str,
    ) -> std::result::Result<PathBuf, ItemError> {
        self.recording_path(state, viewer, file)
            .map_err(|e| match e {
                Error::NotFound(_) => ItemError::NoRecording(file.to_string()),
                Error::Input(m) => ItemError::Invalid(m),
                other => ItemError::Io(other.to_string()),
            })
    }

    /// `--dry-run` of `recordings_del`: the same checks and answer, the
    /// files it would remove, and nothing removed.
    pub fn recordings_del_plan(
        &self,
        state: &State,
        viewer: Option<&ContextDef>,
        items: &[DelRecording],
    ) -> super::Outcome<String, FileName> {
        let mut answer = RecordingsDelAnswer::new("api/recordings/del");
        let mut files = Vec::new();
        for item in items {
            match self.deletable(state, viewer, &item.file) {
                Ok(path) => {
                    answer.done.push(item.file.clone());
                    files.push(crate::fsio::PlannedFile::Remove(path));
                }
                Err(error) => answer.failed.push(Failed {
                    error,
                    input: FileName(item.file.clone()),
                }),
            }
        }
        let plan = super::Plan {
            files,
            commands: Vec::new(),
        };
        super::Outcome {
            answer,
            applied: super::Applied::DryRun(plan),
        }
    }
}

/// The opt-in query of `GET /api/recordings` and `/fr/friendsrec`
/// (`fsconn recordings list --conference/--from/--to`). Without any of them
/// the answer is the original's `{op, files}`, byte for byte.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RecordingsQuery {
    /// `true`: add `recordings`, each with its conference, start time,
    /// duration, size and whether it is being recorded now (newest first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// Only recordings of this conference (by its name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conference: Option<String>,
    /// Only recordings started at or after this: a date (`2026-12-01`,
    /// midnight UTC) or an RFC 3339 time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Only recordings started before the end of this date (UTC), or before
    /// this RFC 3339 time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

/// A [`RecordingsQuery`] checked.
struct Window {
    details: bool,
    conference: Option<String>,
    from: Option<chrono::DateTime<chrono::Utc>>,
    to: Option<chrono::DateTime<chrono::Utc>>,
}

impl RecordingsQuery {
    /// Nothing asked for: the original's answer.
    pub fn is_plain(&self) -> bool {
        *self == RecordingsQuery::default()
    }

    /// Why the query is not valid (naming the parameter), if it is not.
    pub fn check(&self) -> Result<()> {
        self.window().map(|_| ())
    }

    fn window(&self) -> Result<Window> {
        let details = match self.details.as_deref() {
            None | Some("false") | Some("0") => false,
            Some("true") | Some("1") | Some("") => true,
            Some(other) => {
                return Err(Error::Input(format!(
                    "details: {other:?} is not true or false"
                )))
            }
        };
        if self.conference.as_deref() == Some("") {
            return Err(Error::Input("conference: must not be empty".into()));
        }
        let from = self
            .from
            .as_deref()
            .map(|s| bound("from", s, false))
            .transpose()?;
        let to = self
            .to
            .as_deref()
            .map(|s| bound("to", s, true))
            .transpose()?;
        if let (Some(f), Some(t)) = (from, to) {
            if t <= f {
                return Err(Error::Input(format!(
                    "to: {} is not after from {}",
                    self.to.as_deref().unwrap_or_default(),
                    self.from.as_deref().unwrap_or_default()
                )));
            }
        }
        Ok(Window {
            details,
            conference: self.conference.clone(),
            from,
            to,
        })
    }
}

/// A date (its midnight UTC, or with `end` the next one) or an RFC 3339 time.
fn bound(field: &str, s: &str, end: bool) -> Result<chrono::DateTime<chrono::Utc>> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&chrono::Utc));
    }
    match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        Ok(d) => {
            let d = if end { d.succ_opt().unwrap_or(d) } else { d };
            Ok(d.and_time(chrono::NaiveTime::MIN).and_utc())
        }
        Err(_) => Err(Error::Input(format!(
            "{field}: {s:?} is not a date (YYYY-MM-DD) or an RFC 3339 time"
        ))),
    }
}

impl Window {
    fn admits(&self, r: &RecordingInfo, at: chrono::DateTime<chrono::Utc>) -> bool {
        self.conference
            .as_ref()
            .is_none_or(|c| r.conference.as_ref() == Some(c))
            && self.from.is_none_or(|f| at >= f)
            && self.to.is_none_or(|t| at < t)
    }
}

/// Seconds of audio by the WAV header (hound reads only the header here).
fn wav_seconds(path: &Path) -> Option<f64> {
    let r = hound::WavReader::open(path).ok()?;
    let rate = r.spec().sample_rate;
    (rate > 0).then(|| f64::from(r.duration()) / f64::from(rate))
}

fn iso(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// One recording's details; `running`: FreeSWITCH is writing it (its header
/// does not yet say how long it is).
fn recording_info(f: &RecFile, running: bool) -> (RecordingInfo, chrono::DateTime<chrono::Utc>) {
    let split = split_name(&f.name);
    let modified: chrono::DateTime<chrono::Utc> = f.modified.into();
    let info = RecordingInfo {
        file: f.name.clone(),
        conference: split.map(|(c, _)| c.to_string()),
        started: split.map(|(_, t)| iso(t)),
        duration: if running { None } else { wav_seconds(&f.path) },
        size: f.size,
        modified: iso(modified),
        running,
    };
    (info, split.map_or(modified, |(_, t)| t))
}

impl Ops {
    /// `GET /api/recordings?details=&conference=&from=&to=`: the recordings
    /// `viewer` may see that the query admits; `files` sorted by name as
    /// always, `recordings` (with `details`) newest first. `running`: the
    /// names of the files FreeSWITCH is recording into.
    pub fn recordings_query(
        &self,
        state: &State,
        viewer: Option<&ContextDef>,
        running: &[String],
        q: &RecordingsQuery,
        op: &str,
    ) -> Result<RecordingsAnswer> {
        let w = q.window()?;
        let mut found: Vec<(RecordingInfo, chrono::DateTime<chrono::Utc>)> = self
            .recording_file_infos()?
            .iter()
            .filter(|f| viewer.is_none_or(|v| visible(&self.settings, state, v, &f.name)))
            .map(|f| recording_info(f, running.contains(&f.name)))
            .filter(|(r, at)| w.admits(r, *at))
            .collect();
        found.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.file.cmp(&b.0.file)));
        let mut files: Vec<String> = found.iter().map(|(r, _)| r.file.clone()).collect();
        files.sort();
        Ok(RecordingsAnswer {
            op: op.into(),
            files,
            recordings: w
                .details
                .then(|| found.into_iter().map(|(r, _)| r).collect()),
        })
    }
}

/// A file younger than this may still be written by FreeSWITCH and is never
/// pruned, whatever the policy says.
pub const IN_PROGRESS: std::time::Duration = std::time::Duration::from_secs(60);

/// A recording file with what the retention policy judges it by.
#[derive(Debug, Clone)]
struct RecFile {
    name: String,
    path: PathBuf,
    size: u64,
    modified: std::time::SystemTime,
}

/// Why a recording goes.
fn prune_entry(f: &RecFile, reason: &str) -> Pruned {
    let when: chrono::DateTime<chrono::Utc> = f.modified.into();
    Pruned {
        file: f.name.clone(),
        reason: reason.into(),
        size: f.size,
        modified: when.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string(),
    }
}

/// The files to prune, oldest first, each with its reason: first everything
/// older than the maximum age, then, oldest first, until the total size is
/// within the maximum. `keep` (recordings being written) and files touched
/// within [`IN_PROGRESS`] count towards the total but are never chosen.
fn plan_prune(
    settings: &Settings,
    mut files: Vec<RecFile>,
    keep: &[String],
    now: std::time::SystemTime,
) -> Vec<(RecFile, &'static str)> {
    files.sort_by(|a, b| a.modified.cmp(&b.modified).then(a.name.cmp(&b.name)));
    let protected = |f: &RecFile| {
        keep.contains(&f.name) || now.duration_since(f.modified).unwrap_or_default() < IN_PROGRESS
    };
    let max_age = settings
        .retention_max_age_days
        .map(|d| std::time::Duration::from_secs(d.saturating_mul(86400)));
    let mut total: u64 = files.iter().map(|f| f.size).sum();
    let mut out = Vec::new();
    let mut rest = Vec::new();
    for f in files {
        let old = max_age.is_some_and(|m| now.duration_since(f.modified).unwrap_or_default() > m);
        if old && !protected(&f) {
            total -= f.size;
            out.push((f, "max_age"));
        } else {
            rest.push(f);
        }
    }
    if let Some(max) = settings.retention_max_total_bytes {
        for f in rest {
            if total <= max {
                break;
            }
            if !protected(&f) {
                total -= f.size;
                out.push((f, "max_total_size"));
            }
        }
    }
    out
}

impl Ops {
    fn recording_file_infos(&self) -> Result<Vec<RecFile>> {
        let dir = &self.settings.recordings_dir;
        let rd = match std::fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(Error::io(dir, e)),
        };
        let mut files = Vec::new();
        for entry in rd {
            let entry = entry.map_err(|e| Error::io(dir, e))?;
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            // Symlinks and hidden files are not recordings (see `resolve`).
            let Ok(meta) = entry.metadata() else { continue };
            if name.starts_with('.') || !entry.file_type().is_ok_and(|t| t.is_file()) {
                continue;
            }
            files.push(RecFile {
                path: entry.path(),
                name,
                size: meta.len(),
                modified: meta.modified().map_err(|e| Error::io(entry.path(), e))?,
            });
        }
        Ok(files)
    }

    /// Apply the retention policy (settings `retention.max_age_days`,
    /// `retention.max_total_size`): remove what it says must go, or with
    /// `dry_run` only say so. `keep`: names of recordings being written.
    /// Answers `{op, dry_run, done, failed}`, `done` holding
    /// `{file, reason, size, modified}`.
    pub fn recordings_prune(&self, dry_run: bool, keep: &[String]) -> Result<PruneAnswer> {
        let s = &self.settings;
        if s.retention_max_age_days.is_none() && s.retention_max_total_bytes.is_none() {
            return Err(Error::Settings(
                "no retention policy: set retention.max_age_days and/or retention.max_total_size in fsconn.toml".into(),
            ));
        }
        let plan = plan_prune(
            s,
            self.recording_file_infos()?,
            keep,
            std::time::SystemTime::now(),
        );
        let (mut done, mut failed) = (Vec::new(), Vec::new());
        for (f, reason) in plan {
            if dry_run {
                done.push(prune_entry(&f, reason));
                continue;
            }
            match std::fs::remove_file(&f.path) {
                Ok(()) => done.push(prune_entry(&f, reason)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => failed.push(Failed {
                    error: ItemError::Io(e.to_string()),
                    input: FileName(f.name),
                }),
            }
        }
        Ok(PruneAnswer {
            op: "api/recordings/prune".into(),
            dry_run,
            done,
            failed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_give_the_conference_and_start() {
        let (c, t) = split_name("team_g722-2021-08-31T12:09:15.578Z.wav").unwrap();
        assert_eq!(
            (c, iso(t).as_str()),
            ("team_g722", "2021-08-31T12:09:15.578Z")
        );
        // A name with dashes keeps them; the stamp is the last 24 characters.
        let (c, _) = split_name("a-b-2021-08-31T12:09:15.578Z.wav").unwrap();
        assert_eq!(c, "a-b");
        for bad in [
            "-2021-08-31T12:09:15.578Z.wav",
            "x-2021-13-31T12:09:15.578Z.wav",
            "x2021-08-31T12:09:15.578Z.wav",
            "x-2021-08-31T12:09:15.578Z.mp3",
            "notes.txt",
        ] {
            assert!(split_name(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn date_bounds_include_the_whole_day() {
        let to = bound("to", "2021-08-31", true).unwrap();
        assert_eq!(iso(to), "2021-09-01T00:00:00.000Z");
        let from = bound("from", "2021-08-31T10:00:00+02:00", false).unwrap();
        assert_eq!(iso(from), "2021-08-31T08:00:00.000Z");
        let e = bound("from", "31.8.2021", false).unwrap_err().to_string();
        assert!(e.contains("from: \"31.8.2021\" is not a date"), "{e}");
        let q = RecordingsQuery {
            details: Some("yes".into()),
            ..Default::default()
        };
        assert!(q
            .check()
            .unwrap_err()
            .to_string()
            .contains("details: \"yes\""));
        assert!(RecordingsQuery::default().is_plain());
    }

    #[test]
    fn hostile_names_are_refused() {
        let d = tempfile::tempdir().unwrap();
        let rec = d.path().join("rec");
        std::fs::create_dir(&rec).unwrap();
        std::fs::write(rec.join("a-2021.wav"), "x").unwrap();
        std::fs::write(d.path().join("secret"), "s").unwrap();
        std::os::unix::fs::symlink(d.path().join("secret"), rec.join("link.wav")).unwrap();
        assert!(resolve(&rec, "a-2021.wav").is_ok());
        for bad in [
            "../secret",
            "/etc/passwd",
            "a/../../secret",
            "link.wav",
            "a\0b",
            "..",
            "",
            ".hidden",
        ] {
            assert!(resolve(&rec, bad).is_err(), "{bad:?} accepted");
        }
    }
}
