//! Printing answers: compact JSON for `--json` (what the HTTP API sends), a
//! table for people (tab-separated into a pipe), warnings on stderr.

use crate::fsconf::State;
use crate::ops::{Applied, Keyed, Outcome, Plan};
use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};
use serde::Serialize;
use serde_json::Value;

/// Colour only for a terminal, and never with NO_COLOR set.
pub fn color_stderr() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// One line on stdout. A closed pipe (`fsconn users list | head -1`) ends
/// the output quietly: the command still finishes and exits with the status
/// it would have had, instead of panicking like `println!` does.
pub fn line(args: std::fmt::Arguments) {
    use std::io::Write;
    use std::sync::atomic::{AtomicBool, Ordering};
    static CLOSED: AtomicBool = AtomicBool::new(false);
    if CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let mut out = std::io::stdout().lock();
    let written = out
        .write_fmt(args)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    if written.is_err() {
        // Broken pipe or a full/closed terminal: nobody reads any more.
        CLOSED.store(true, Ordering::Relaxed);
    }
}

/// Raw bytes on stdout; a closed pipe is the end of the output, not an error.
pub fn bytes(b: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(b).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => r,
    }
}

/// One line on stderr; a closed stderr is not worth a panic.
pub fn err_line(args: std::fmt::Arguments) {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let _ = err.write_fmt(args).and_then(|()| err.write_all(b"\n"));
}

/// `eprintln!` through [`err_line`].
#[macro_export]
macro_rules! errln {
    ($($t:tt)*) => { $crate::cli::output::err_line(format_args!($($t)*)) };
}

/// `println!` through [`line`].
#[macro_export]
macro_rules! outln {
    () => { $crate::cli::output::line(format_args!("")) };
    ($($t:tt)*) => { $crate::cli::output::line(format_args!($($t)*)) };
}

/// Text from a file name or an archive, safe for a terminal: every
/// character a terminal would act on (ESC, newline, bidi overrides...)
/// escaped as `\u{..}`.
pub fn safe(s: &str) -> std::borrow::Cow<'_, str> {
    use crate::ops::restore_check::printable;
    if s.chars().all(printable) {
        return s.into();
    }
    s.chars()
        .map(|c| match printable(c) {
            true => c.to_string(),
            false => c.escape_unicode().to_string(),
        })
        .collect::<String>()
        .into()
}

pub fn json(v: &impl serde::Serialize) {
    match serde_json::to_string(v) {
        Ok(s) => crate::outln!("{s}"),
        Err(e) => crate::errln!("error: cannot serialise the answer: {e}"),
    }
}

/// How tables are printed: `auto` (a box table on a terminal, tab-separated
/// lines into a pipe or file), `table` or `tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Auto,
    /// Box-drawn table, also into a pipe
    Table,
    /// Tab-separated lines, a header line first; tabs and newlines in values become spaces
    Tsv,
}

static FORMAT: std::sync::OnceLock<Format> = std::sync::OnceLock::new();

/// Set once from `--format` before anything is printed.
pub fn set_format(f: Format) {
    let _ = FORMAT.set(f);
}

/// Whether tables are boxes (a terminal or `--format table`) or TSV.
fn boxed() -> bool {
    use std::io::IsTerminal;
    match FORMAT.get().copied().unwrap_or_default() {
        Format::Table => true,
        Format::Tsv => false,
        Format::Auto => std::io::stdout().is_terminal(),
    }
}

/// The width a box table may use: the terminal's, `$COLUMNS`, or 100 when
/// neither is known (a terminal that reports 0 columns, a pipe with
/// `--format table`).
fn width() -> u16 {
    let term = crossterm_width().filter(|w| *w > 0);
    let env = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok());
    term.or(env.filter(|w| *w > 0)).unwrap_or(100)
}

fn crossterm_width() -> Option<u16> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return None;
    }
    Table::new().width()
}

/// A table for people: rows of text, printed (its `Display`) as a box table
/// or as tab-separated lines (see [`Format`]).
pub struct Grid {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Grid {
    pub fn add_row<I, S>(&mut self, row: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.rows.push(row.into_iter().map(Into::into).collect());
        self
    }

    fn boxed(&self) -> Table {
        let mut t = Table::new();
        t.load_preset(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(self.header.iter().cloned());
        if std::env::var_os("NO_COLOR").is_some() {
            t.force_no_tty();
        }
        t.set_width(width());
        for r in &self.rows {
            t.add_row(r.iter().cloned());
        }
        t
    }
}

/// A TSV field: one line, no tab.
fn tsv_field(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

impl std::fmt::Display for Grid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if boxed() {
            return write!(f, "{}", self.boxed());
        }
        let line = |r: &[String]| {
            r.iter()
                .map(|c| tsv_field(c))
                .collect::<Vec<_>>()
                .join("\t")
        };
        write!(f, "{}", line(&self.header))?;
        for r in &self.rows {
            write!(f, "\n{}", line(r))?;
        }
        Ok(())
    }
}

pub fn table(header: &[&str]) -> Grid {
    Grid {
        header: header.iter().map(|h| h.to_string()).collect(),
        rows: Vec::new(),
    }
}

/// One row per object in `items`, one column per key in `cols`.
pub fn rows<T: Serialize>(items: &[T], cols: &[&str]) -> Grid {
    let mut t = table(cols);
    for item in items {
        let item = serde_json::to_value(item).unwrap_or_default();
        t.add_row(cols.iter().map(|c| match &item[*c] {
            Value::String(s) => s.clone(),
            Value::Null => String::new(),
            v => v.to_string(),
        }));
    }
    t
}

/// "1 user", "2 users", "0 users".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Files that did not load are worth knowing about on every command.
pub fn load_warnings(state: &State) {
    for w in &state.warnings {
        crate::errln!("warning: skipped {w}");
    }
}

/// A failed item's input as the error lines show it (compact JSON).
fn input<I: Serialize>(i: &I) -> String {
    serde_json::to_string(i).unwrap_or_default()
}

/// Print a write's outcome and return the exit status.
pub fn outcome<D, I>(o: &Outcome<D, I>, json_mode: bool, quiet: bool, cols: &[&str]) -> i32
where
    D: Serialize,
    I: Serialize + Keyed,
{
    if let Applied::DryRun(plan) = &o.applied {
        return dry_run(o, plan, json_mode, quiet);
    }
    if json_mode {
        json(&o.answer);
    } else if !quiet {
        if !o.answer.done.is_empty() {
            crate::outln!("{} ({} done)", o.answer.op, o.answer.done.len());
            crate::outln!("{}", rows(&o.answer.done, cols));
        } else if o.answer.failed.is_empty() {
            crate::outln!("{}: nothing to do", o.answer.op);
        }
    }
    if !o.answer.failed.is_empty() {
        crate::errln!("{}: {} failed:", o.answer.op, o.answer.failed.len());
        for f in &o.answer.failed {
            crate::errln!("  {}: {}", input(&f.input), f.error);
        }
    }
    match &o.applied {
        Applied::NotApplied(why) => crate::errln!(
            "warning: the change is written but not applied: {why}; FreeSWITCH will load it at its next reloadxml or start"
        ),
        Applied::Rejected(msg) => crate::errln!(
            "error: FreeSWITCH rejected the new files, they were rolled back: {msg}"
        ),
        Applied::Reloaded if !json_mode && !quiet => crate::outln!("FreeSWITCH reloaded its XML."),
        _ => {}
    }
    o.exit_code()
}

/// `--dry-run`: the answer the write would give, then its plan; stdout only,
/// since nothing happened that needs a warning.
fn dry_run<D, I>(o: &Outcome<D, I>, plan: &Plan, json_mode: bool, quiet: bool) -> i32
where
    D: Serialize,
    I: Serialize + Keyed,
{
    let failed: Vec<String> = o
        .answer
        .failed
        .iter()
        .map(|f| format!("{}: {}", input(&f.input), f.error))
        .collect();
    let report = DryRun {
        op: &o.answer.op,
        done: o.answer.done.len(),
        failed: &failed,
        plan,
    };
    report.print(&o.answer, json_mode, quiet);
    o.exit_code()
}

/// What a `--dry-run` prints: `{dry_run, answer, plan}` with `--json`, else
/// a summary line, the items that would fail, the file changes and the
/// commands FreeSWITCH would be sent.
pub struct DryRun<'a> {
    pub op: &'a str,
    /// How many items would be done.
    pub done: usize,
    /// `item: reason` of each item that would fail.
    pub failed: &'a [String],
    pub plan: &'a Plan,
}

impl DryRun<'_> {
    pub fn print(&self, answer: &impl serde::Serialize, json_mode: bool, quiet: bool) {
        if json_mode {
            json(&serde_json::json!({ "dry_run": true, "answer": answer, "plan": self.plan }));
            return;
        }
        if quiet {
            return;
        }
        crate::outln!(
            "dry run of {}: {} would be done, {} would fail; nothing was changed",
            self.op,
            self.done,
            self.failed.len()
        );
        for f in self.failed {
            crate::outln!("  would fail: {}", safe(f));
        }
        for file in &self.plan.files {
            crate::outln!("  {}", safe(&file.to_string()));
        }
        for cmd in &self.plan.commands {
            crate::outln!("  send to FreeSWITCH: {cmd}");
        }
    }
}
