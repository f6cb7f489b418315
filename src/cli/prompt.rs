//! Asking a person at a terminal for what the flags left out
//! (`fsconn users add` without `--name`, `--email`, `--context`). Without a
//! terminal nothing is asked: clap's "required argument" error stays.

use crate::error::{Error, Result};
use std::io::IsTerminal;

/// Whether a person can answer: stdin and stderr (where dialoguer asks) are
/// a terminal.
pub fn can_prompt() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The flags of `users add` that are asked for at a terminal instead of
/// being required.
const ASKED: [&str; 3] = ["name", "email", "context"];

/// At a terminal, `users add`'s required flags become optional: the
/// missing ones are asked for.
pub fn relax(cli: clap::Command) -> clap::Command {
    if !can_prompt() {
        return cli;
    }
    cli.mut_subcommand("users", |u| {
        u.mut_subcommand("add", |add| {
            ASKED.iter().fold(add, |c, id| {
                c.mut_arg(*id, |a| {
                    a.required_unless_present(clap::builder::Resettable::Reset)
                })
            })
        })
    })
}

/// `value`, or (at a terminal) what the person types for `label`; never empty.
pub fn ask(value: Option<String>, label: &str, flag: &str) -> Result<String> {
    if let Some(v) = value {
        return Ok(v);
    }
    if !can_prompt() {
        return Err(Error::Input(format!("--{flag} is missing")));
    }
    dialoguer::Input::<String>::new()
        .with_prompt(label)
        .validate_with(|s: &String| {
            if s.trim().is_empty() {
                Err("needed")
            } else {
                Ok(())
            }
        })
        .interact_text()
        .map(|s| s.trim().to_string())
        .map_err(|e| Error::Input(format!("--{flag}: not answered: {e}")))
}
