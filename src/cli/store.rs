//! `fsconn store` and `fsconn restore`: fit for cron (no prompts with
//! `--yes`, silent unless asked, meaningful exit status).

use super::{output, Backend, Global};
use crate::error::{Error, Result};
use crate::ops::answer::StoreAnswer;
use crate::ops::store::{count_entries, Target};
use crate::ops::{Applied, Plan};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct StoreArgs {
    #[arg(value_parser = super::wire_names(Target::ALL, Target::name, Target::describe))]
    target: Target,
    /// Where to write the archive (default <static>/store/TARGET.tar.gz)
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    #[arg(value_parser = super::wire_names(Target::ALL, Target::name, Target::describe))]
    target: Target,
    /// The archive to restore (default <static>/store/TARGET.tar.gz)
    #[arg(long, value_name = "FILE")]
    from: Option<PathBuf>,
}

/// `fsconn backups`: the kept generations, from the local static dir or
/// the server's `GET /api/backups`. Restore one with
/// `fsconn restore TREE --from <static>/store/generations/NAME`.
pub fn backups(g: &Global) -> Result<i32> {
    let list: crate::ops::answer::BackupsAnswer = match g.backend()? {
        Backend::Local(ops) => ops.backups()?,
        Backend::Remote(r) => serde_json::from_value(r.get("/api/backups")?)
            .map_err(|e| Error::Server(format!("unexpected answer from the server: {e}")))?,
    };
    if g.json {
        output::json(&list);
    } else if !g.quiet {
        if list.backups.is_empty() {
            crate::outln!("no backup is kept yet (fsconn store TREE keeps one)");
        } else {
            crate::outln!(
                "{}",
                output::rows(&list.backups, &["time", "target", "size", "name"])
            );
        }
    }
    Ok(0)
}

/// Trees smaller than this finish before a bar would be worth drawing.
const BAR_THRESHOLD: u64 = 2000;

pub fn store(g: &Global, a: StoreArgs) -> Result<i32> {
    let b = g.backend()?;
    if let Backend::Local(ops) = &b {
        if ops.dry_run {
            return store_plan(g, ops, &a);
        }
    }
    let bar = match &b {
        Backend::Local(ops) => progress_bar(g, &a.target.dir(&ops.settings.conf_dir)),
        Backend::Remote(_) => None,
    };
    let answer = b.with(None, |svc| {
        svc.store(a.target, a.output.as_deref(), &mut || {
            if let Some(b) = &bar {
                b.inc(1);
            }
        })
    })?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if g.json {
        output::json(&answer);
    } else if !g.quiet {
        crate::outln!("stored {}", answer.done);
    }
    Ok(0)
}

/// A bar on a terminal, for trees big enough to take a while.
fn progress_bar(g: &Global, dir: &std::path::Path) -> Option<ProgressBar> {
    if !std::io::stderr().is_terminal() || g.quiet || g.json {
        return None;
    }
    let total = count_entries(dir).unwrap_or(0);
    (total >= BAR_THRESHOLD).then(|| {
        let b = ProgressBar::new(total);
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}") {
            b.set_style(style);
        }
        b
    })
}

pub fn restore(g: &Global, a: RestoreArgs) -> Result<i32> {
    let b = g.backend()?;
    let tree = match &b {
        Backend::Local(ops) => a.target.dir(&ops.settings.conf_dir).display().to_string(),
        Backend::Remote(r) => format!("{} on {}", a.target.name(), r.base()),
    };
    // A dry run replaces nothing: no confirmation needed.
    if !g.dry_run && !g.confirm(&format!("Replace {tree} with the archive's content?"))? {
        return Err(Error::Input("not confirmed; nothing restored".into()));
    }
    let (answer, applied) = b.with(None, |svc| svc.restore(a.target, a.from.as_deref()))?;
    if g.dry_run {
        return Ok(print_restore_plan(g, &answer, &applied));
    }
    if g.json {
        output::json(&answer);
    } else if !g.quiet && !answer.done.is_empty() {
        crate::outln!("restored {tree} from {}", output::safe(&answer.done));
    }
    if !answer.failed.is_empty() {
        crate::errln!("error: {}", output::safe(&answer.failed));
        return Ok(1);
    }
    Ok(match applied {
        Applied::NotApplied(why) => {
            crate::errln!(
                "warning: restored but not applied: {why}; the previous tree is kept beside it"
            );
            3
        }
        _ => 0,
    })
}

/// `store --dry-run`: the archive it would write.
fn store_plan(g: &Global, ops: &crate::ops::Ops, a: &StoreArgs) -> Result<i32> {
    let plan = ops.store_plan(a.target, a.output.as_deref())?;
    let out = a
        .output
        .clone()
        .unwrap_or_else(|| ops.archive_path(a.target));
    let answer = StoreAnswer {
        op: format!("store/{}", a.target.name()),
        done: out.display().to_string(),
        failed: String::new(),
    };
    let report = output::DryRun {
        op: &answer.op,
        done: 1,
        failed: &[],
        plan: &plan,
    };
    report.print(&answer, g.json, g.quiet);
    Ok(0)
}

/// `restore --dry-run`: what the restore would change, then the phone
/// provisioning it rewrites from the restored users. 1 when the archive
/// would be refused (it has no plan then: nothing would change).
fn print_restore_plan(g: &Global, answer: &StoreAnswer, applied: &Applied) -> i32 {
    let nothing = Plan {
        files: Vec::new(),
        commands: Vec::new(),
    };
    let plan = match applied {
        Applied::DryRun(plan) => plan,
        _ => &nothing,
    };
    let failed: Vec<String> = Some(answer.failed.clone())
        .filter(|f| !f.is_empty())
        .into_iter()
        .collect();
    let report = output::DryRun {
        op: &answer.op,
        done: usize::from(failed.is_empty()),
        failed: &failed,
        plan,
    };
    report.print(answer, g.json, g.quiet);
    if failed.is_empty() && !g.json && !g.quiet {
        crate::outln!("  then rewrite the phone provisioning files from the restored users");
    }
    i32::from(!failed.is_empty())
}
