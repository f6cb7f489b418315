//! `fsconn users ...`

use super::{output, read_body, Global};
use crate::error::{Error, Result};
use crate::ops::answer::UserView;
use crate::ops::service::Service;
use crate::ops::users::{self, AddUser, DelUser, FindBy, ModUser};
use crate::ops::{Keyed, Outcome};
use crate::schema::Body;
use clap::{Args, Subcommand};
use std::path::PathBuf;

const COLS: &[&str] = &[
    "id", "name", "context", "email", "polymac", "conpin", "password",
];

#[derive(Debug, Subcommand)]
pub enum UsersCmd {
    /// List all users (GET /api/users); passwords hidden unless --show-passwords
    List {
        /// Show the SIP passwords (table and --json)
        #[arg(long)]
        show_passwords: bool,
    },
    /// Users whose field starts with STRING (byemail and match: contains);
    /// passwords hidden unless --show-passwords
    Find {
        #[arg(value_parser = super::wire_names(FindBy::ALL, FindBy::as_str, |_| ""))]
        by: FindBy,
        string: String,
        /// Show the SIP passwords (table and --json)
        #[arg(long)]
        show_passwords: bool,
    },
    /// Add users; each gets the lowest free id of its context
    Add(AddArgs),
    /// Change users; a new context means a new id. The password stays unless
    /// --password or --new-password is given (with --file, the API's rule: an
    /// item without a password gets a new one)
    Mod(ModArgs),
    /// Delete users by id
    Del(DelArgs),
    /// Rewrite every user file from the templates
    Rebuild,
    /// Rewrite every user's phone provisioning files
    Reprov,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// A JSON array in the API's POST body format (`-` for stdin)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["name", "email", "context", "password", "conpin", "polymac"])]
    file: Option<PathBuf>,
    /// The user's name (asked for at a terminal if missing)
    #[arg(long, required_unless_present = "file")]
    name: Option<String>,
    /// E-mail address (asked for at a terminal if missing)
    #[arg(long, required_unless_present = "file")]
    email: Option<String>,
    /// The directory context (asked for at a terminal if missing)
    #[arg(long, required_unless_present = "file")]
    context: Option<String>,
    /// Default: a generated one
    #[arg(long)]
    password: Option<String>,
    /// Default: the context's pin
    #[arg(long)]
    conpin: Option<String>,
    /// Polycom MAC (12 hex digits) or `none`
    #[arg(long)]
    polymac: Option<String>,
}

#[derive(Debug, Args)]
pub struct ModArgs {
    /// The user to change
    #[arg(required_unless_present = "file", conflicts_with = "file")]
    id: Option<String>,
    #[arg(long, value_name = "FILE", conflicts_with_all = ["name", "email", "context", "password", "conpin", "polymac"])]
    file: Option<PathBuf>,
    #[arg(long)]
    name: Option<String>,
    #[arg(long)]
    email: Option<String>,
    #[arg(long)]
    context: Option<String>,
    /// Set this SIP password
    #[arg(long, conflicts_with = "new_password")]
    password: Option<String>,
    /// Generate a new SIP password
    #[arg(long)]
    new_password: bool,
    #[arg(long)]
    conpin: Option<String>,
    #[arg(long)]
    polymac: Option<String>,
}

#[derive(Debug, Args)]
pub struct DelArgs {
    #[arg(required_unless_present = "file", conflicts_with = "file")]
    ids: Vec<String>,
    #[arg(long, value_name = "FILE")]
    file: Option<PathBuf>,
}

/// Without `--show-passwords`, take the SIP passwords out of a users answer
/// (`users`, `namematches`, `emailmatches` lists); the table's columns.
fn columns(answer: &mut serde_json::Value, show_passwords: bool) -> &'static [&'static str] {
    if show_passwords {
        return COLS;
    }
    for key in ["users", "namematches", "emailmatches"] {
        let list = answer.get_mut(key).and_then(|v| v.as_array_mut());
        for user in list.into_iter().flatten() {
            if let Some(obj) = user.as_object_mut() {
                obj.remove("password");
            }
        }
    }
    &COLS[..COLS.len() - 1]
}

/// The password user `id` has now (none if there is no such user: the
/// change then fails as an unknown id), so a CLI `mod` keeps it.
fn current_password(svc: &dyn Service, id: &str) -> Result<Option<String>> {
    let users = svc.users_list()?.users;
    Ok(users.into_iter().find(|u| u.id == id).map(|u| u.password))
}

pub fn run(g: &Global, cmd: UsersCmd) -> Result<i32> {
    g.backend()?.with(None, |svc| match cmd {
        UsersCmd::List { show_passwords } => {
            let v = serde_json::to_value(svc.users_list()?).unwrap_or_default();
            Ok(print_users(g, v, show_passwords))
        }
        UsersCmd::Find {
            by,
            string,
            show_passwords,
        } => {
            let v = serde_json::to_value(svc.users_find(by, &string)?).unwrap_or_default();
            Ok(print_users(g, v, show_passwords))
        }
        UsersCmd::Add(a) => add(g, svc, a),
        UsersCmd::Mod(m) => done(g, svc.users_mod(mod_items(svc, m)?)?),
        UsersCmd::Del(d) => done(g, svc.users_del(del_items(g, d)?)?),
        UsersCmd::Rebuild => done(g, svc.users_rebuild()?),
        UsersCmd::Reprov => done(g, svc.users_reprov()?),
    })
}

fn done<I: serde::Serialize + Keyed>(g: &Global, o: Outcome<UserView, I>) -> Result<i32> {
    Ok(output::outcome(&o, g.json, g.quiet, COLS))
}

/// A list or find answer: the JSON, or a table per user list.
fn print_users(g: &Global, mut v: serde_json::Value, show_passwords: bool) -> i32 {
    let cols = columns(&mut v, show_passwords);
    if g.json {
        output::json(&v);
        return 0;
    }
    if g.quiet {
        return 0;
    }
    let list = |key: &str| v[key].as_array().cloned().unwrap_or_default();
    if v.get("namematches").is_some() {
        for key in ["namematches", "emailmatches"] {
            crate::outln!("{key}:\n{}", output::rows(&list(key), cols));
        }
    } else {
        crate::outln!("{}", output::rows(&list("users"), cols));
        if v["op"] == "users" {
            crate::outln!("{}", output::plural(list("users").len(), "user", "users"));
        }
    }
    0
}

/// `users add`; a user whose fields were asked for at the terminal sees
/// their generated password once, in words.
fn add(g: &Global, svc: &dyn Service, a: AddArgs) -> Result<i32> {
    let asked = a.file.is_none() && (a.name.is_none() || a.email.is_none() || a.context.is_none());
    let generated = a.password.is_none();
    let o = svc.users_add(add_items(a)?)?;
    if !(asked && generated) {
        return done(g, o);
    }
    // The password goes in the line below, not the table: shown once.
    let cols: Vec<&str> = COLS.iter().copied().filter(|c| *c != "password").collect();
    let code = output::outcome(&o, g.json, g.quiet, &cols);
    if !g.json && !g.quiet {
        for u in &o.answer.done {
            crate::outln!(
                "SIP password of {} ({}): {} (shown this once; `users mod {} --new-password` makes a new one)",
                u.name, u.id, u.password, u.id
            );
        }
    }
    Ok(code)
}

fn add_items(a: AddArgs) -> Result<Vec<AddUser>> {
    use super::prompt::ask;
    Ok(match a.file {
        Some(f) => users::items(Body::UsersAdd, read_body(&f)?)?,
        None => vec![AddUser {
            name: ask(a.name, "Name", "name")?,
            email: ask(a.email, "E-mail", "email")?,
            context: ask(a.context, "Context", "context")?,
            password: a.password,
            conpin: a.conpin,
            polymac: a.polymac,
        }],
    })
}

/// From flags, the user's password stays unless a new one is asked for.
fn mod_items(svc: &dyn Service, m: ModArgs) -> Result<Vec<ModUser>> {
    if let Some(f) = m.file {
        return users::items(Body::UsersMod, read_body(&f)?);
    }
    let id = m.id.unwrap_or_default();
    let password = match (m.password, m.new_password) {
        (Some(pw), _) => Some(pw),
        (None, true) => None,
        (None, false) => current_password(svc, &id)?,
    };
    Ok(vec![ModUser {
        id,
        name: m.name,
        email: m.email,
        context: m.context,
        password,
        conpin: m.conpin,
        polymac: m.polymac,
    }])
}

fn del_items(g: &Global, d: DelArgs) -> Result<Vec<DelUser>> {
    let items: Vec<DelUser> = match d.file {
        Some(f) => users::items(Body::UsersDel, read_body(&f)?)?,
        None => d.ids.into_iter().map(|id| DelUser { id }).collect(),
    };
    if !items.is_empty() {
        let ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
        let question = format!("Delete user(s) {}?", ids.join(", "));
        if !g.dry_run && !g.confirm(&question)? {
            return Err(Error::Input("not confirmed; nothing deleted".into()));
        }
    }
    Ok(items)
}
