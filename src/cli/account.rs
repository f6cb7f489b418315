//! `fsconn account`: the signed-in user's own account, against a `fsconn
//! serve` (`--server`): every user, whatever their context, may change their
//! own password. Locally an admin changes anyone's with `users mod`.

use super::{output, Backend, Global};
use crate::error::{Error, Result};
use clap::{Args, Subcommand};
use std::io::{BufRead, IsTerminal};

#[derive(Debug, Subcommand)]
pub enum AccountCmd {
    /// Change your own password (POST /api/account/password); asks for the
    /// new one twice, or reads it from stdin with --password-stdin. Your
    /// other console sessions and live connections end
    Passwd(PasswdArgs),
}

#[derive(Debug, Args)]
pub struct PasswdArgs {
    /// Read the new password from the first line of stdin (for scripts)
    #[arg(long)]
    pub password_stdin: bool,
}

pub fn run(g: &Global, cmd: AccountCmd) -> Result<i32> {
    let AccountCmd::Passwd(a) = cmd;
    if g.server.is_none() {
        return Err(Error::Settings(
            "account passwd works against a server (--server URL --user NAME); locally, change a user's password with `fsconn users mod ID --password`".into(),
        ));
    }
    let Backend::Remote(remote) = g.backend()? else {
        return Err(Error::Settings("account passwd needs --server".into()));
    };
    let new = if a.password_stdin {
        read_line()?
    } else {
        prompt()?
    };
    let done = remote.change_password(&new)?;
    if g.json {
        output::json(&done);
    } else if !g.quiet {
        crate::outln!(
            "Password of {} ({}) changed; your other sessions were signed out.",
            done.name,
            done.id
        );
    }
    Ok(if remote.not_applied() { 3 } else { 0 })
}

fn read_line() -> Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Error::Input(format!("--password-stdin: {e}")))?;
    let pw = line.trim_end_matches(['\r', '\n']).to_string();
    if pw.is_empty() {
        return Err(Error::Input(
            "--password-stdin: the first line of stdin is empty".into(),
        ));
    }
    Ok(pw)
}

fn prompt() -> Result<String> {
    if !std::io::stdin().is_terminal() {
        return Err(Error::Input(
            "no terminal to ask for the new password: use --password-stdin".into(),
        ));
    }
    dialoguer::Password::new()
        .with_prompt("New password")
        .with_confirmation("New password again", "The passwords do not match")
        .interact()
        .map_err(|e| Error::Input(format!("password prompt: {e}")))
}
