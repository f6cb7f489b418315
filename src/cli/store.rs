//! `fsconn store` and `fsconn restore`: fit for cron (no prompts with
//! `--yes`, silent unless asked, meaningful exit status).

use super::{output, Backend, Global};
use crate::audit::Verdict;
use crate::error::{Error, Result};
use crate::ops::store::{count_entries, Target};
use crate::ops::Applied;
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

/// Trees smaller than this finish before a bar would be worth drawing.
const BAR_THRESHOLD: u64 = 2000;

pub fn store(g: &Global, a: StoreArgs) -> Result<i32> {
    let ops = match g.backend()? {
        Backend::Local(ops) => ops,
        Backend::Remote(r) => {
            if a.output.is_some() {
                return Err(Error::Input(
                    "--output names a local file; with --server the archive stays on the server"
                        .into(),
                ));
            }
            let v = r.get(&format!("/api/store/{}", a.target.name()))?;
            return Ok(print_store(g, &v));
        }
    };
    if ops.dry_run {
        return store_plan(g, &ops, &a);
    }
    let bar = if std::io::stderr().is_terminal() && !g.quiet && !g.json {
        let total = count_entries(&a.target.dir(&ops.settings.conf_dir)).unwrap_or(0);
        (total >= BAR_THRESHOLD).then(|| {
            let b = ProgressBar::new(total);
            if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}")
            {
                b.set_style(style);
            }
            b
        })
    } else {
        None
    };
    let r = ops.store(a.target, a.output.as_deref(), &mut || {
        if let Some(b) = &bar {
            b.inc(1);
        }
    });
    let what = format!("api/store/{}", a.target.name());
    let args = serde_json::json!({ "output": a.output });
    super::audit_local(
        &ops.settings,
        &what,
        &args,
        Verdict::of_result(&r, |_| Verdict::ok()),
    );
    let v = r?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    Ok(print_store(g, &v))
}

/// `store --dry-run`: the archive it would write.
fn store_plan(g: &Global, ops: &crate::ops::Ops, a: &StoreArgs) -> Result<i32> {
    let plan = ops.store_plan(a.target, a.output.as_deref())?;
    let op = format!("store/{}", a.target.name());
    let out = a
        .output
        .clone()
        .unwrap_or_else(|| ops.archive_path(a.target));
    let done = out.display().to_string();
    let answer = serde_json::json!({ "op": op, "done": done, "failed": "" });
    let report = output::DryRun {
        op: &op,
        done: 1,
        failed: &[],
        plan: &plan,
    };
    report.print(&answer, g.json, g.quiet);
    Ok(0)
}

fn print_store(g: &Global, v: &serde_json::Value) -> i32 {
    if g.json {
        output::json(v);
    } else if !g.quiet {
        crate::outln!("stored {}", v["done"].as_str().unwrap_or(""));
    }
    0
}

pub fn restore(g: &Global, a: RestoreArgs) -> Result<i32> {
    let ops = g.ops()?;
    let dir = a.target.dir(&ops.settings.conf_dir);
    let question = format!("Replace {} with the archive's content?", dir.display());
    if !ops.dry_run && !g.confirm(&question)? {
        return Err(Error::Input("not confirmed; nothing restored".into()));
    }
    let r = ops.restore(a.target, a.from.as_deref());
    if !ops.dry_run {
        let what = format!("api/restore/{}", a.target.name());
        let args = serde_json::json!({ "from": a.from });
        let verdict = Verdict::of_result(&r, restore_verdict);
        super::audit_local(&ops.settings, &what, &args, verdict);
    }
    let (v, applied) = r?;
    let failed = v["failed"].as_str().unwrap_or("");
    if ops.dry_run {
        // A refused archive has no plan: it would change nothing.
        let nothing = crate::ops::Plan {
            files: Vec::new(),
            commands: Vec::new(),
        };
        let plan = match &applied {
            Applied::DryRun(plan) => plan,
            _ => &nothing,
        };
        return Ok(print_restore_plan(g, &v, plan));
    }
    if g.json {
        output::json(&v);
    } else if !g.quiet && !v["done"].as_str().unwrap_or("").is_empty() {
        let from = v["done"].as_str().unwrap_or("");
        crate::outln!("restored {} from {from}", dir.display());
    }
    if !failed.is_empty() {
        crate::errln!("error: {failed}");
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

/// `restore --dry-run`: what the restore would change, then the phone
/// provisioning it rewrites from the restored users. 1 when the archive
/// would be refused.
fn print_restore_plan(g: &Global, v: &serde_json::Value, plan: &crate::ops::Plan) -> i32 {
    let failed: Vec<String> = v["failed"]
        .as_str()
        .filter(|f| !f.is_empty())
        .map(str::to_string)
        .into_iter()
        .collect();
    let report = output::DryRun {
        op: v["op"].as_str().unwrap_or("restore"),
        done: usize::from(failed.is_empty()),
        failed: &failed,
        plan,
    };
    report.print(v, g.json, g.quiet);
    if failed.is_empty() && !g.json && !g.quiet {
        crate::outln!("  then rewrite the phone provisioning files from the restored users");
    }
    i32::from(!failed.is_empty())
}

/// `{op, done, failed}` of a restore holds strings, not lists.
fn restore_verdict((v, applied): &(serde_json::Value, Applied)) -> Verdict {
    let failed = v["failed"].as_str().unwrap_or("");
    if !failed.is_empty() {
        return Verdict {
            result: "failed",
            detail: Some(failed.to_string()),
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
