//! `fsconn users ...`

use super::remote::seg;
use super::{output, read_body, Global};
use crate::error::{Error, Result};
use crate::ops::users::{self, AddUser, DelUser, FindBy, ModUser};
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
    #[arg(long, required_unless_present = "file")]
    name: Option<String>,
    #[arg(long, required_unless_present = "file")]
    email: Option<String>,
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
fn current_password(b: &super::Backend, id: &str) -> Result<Option<String>> {
    let v = b.query("/api/users", |ops, st| Ok(users::list(st, &ops.settings)))?;
    Ok(v["users"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|u| u["id"] == id)
        .and_then(|u| u["password"].as_str())
        .map(str::to_string))
}

fn to_json<T: serde::Serialize>(items: &[T]) -> serde_json::Value {
    serde_json::to_value(items).unwrap_or_default()
}

pub fn run(g: &Global, cmd: UsersCmd) -> Result<i32> {
    let b = g.backend()?;
    let outcome = match cmd {
        UsersCmd::List { show_passwords } => {
            let mut v = b.query("/api/users", |ops, st| Ok(users::list(st, &ops.settings)))?;
            let cols = columns(&mut v, show_passwords);
            if g.json {
                output::json(&v);
            } else if !g.quiet {
                let list = v["users"].as_array().cloned().unwrap_or_default();
                crate::outln!("{}", output::rows(&list, cols));
                crate::outln!("{} users", list.len());
            }
            return Ok(0);
        }
        UsersCmd::Find {
            by,
            string,
            show_passwords,
        } => {
            let path = format!("/api/users/{}/{}", by.as_str(), seg(&string));
            let mut v = b.query(&path, |_, st| Ok(users::find(st, by, &string)))?;
            let cols = columns(&mut v, show_passwords);
            if g.json {
                output::json(&v);
            } else if g.quiet {
            } else if by == FindBy::Match {
                for key in ["namematches", "emailmatches"] {
                    let list = v[key].as_array().cloned().unwrap_or_default();
                    crate::outln!("{key}:\n{}", output::rows(&list, cols));
                }
            } else {
                let list = v["users"].as_array().cloned().unwrap_or_default();
                crate::outln!("{}", output::rows(&list, cols));
            }
            return Ok(0);
        }
        UsersCmd::Add(a) => {
            let items = match a.file {
                Some(f) => users::items(Body::UsersAdd, read_body(&f)?)?,
                None => vec![AddUser {
                    name: a.name.unwrap_or_default(),
                    email: a.email.unwrap_or_default(),
                    context: a.context.unwrap_or_default(),
                    password: a.password,
                    conpin: a.conpin,
                    polymac: a.polymac,
                }],
            };
            b.write("/api/users/add", Some(to_json(&items)), |ops| {
                ops.users_add(items)
            })?
        }
        UsersCmd::Mod(m) => {
            let items = match m.file {
                Some(f) => users::items(Body::UsersMod, read_body(&f)?)?,
                None => {
                    let id = m.id.unwrap_or_default();
                    let password = match (m.password, m.new_password) {
                        (Some(pw), _) => Some(pw),
                        (None, true) => None,
                        (None, false) => current_password(&b, &id)?,
                    };
                    vec![ModUser {
                        id,
                        name: m.name,
                        email: m.email,
                        context: m.context,
                        password,
                        conpin: m.conpin,
                        polymac: m.polymac,
                    }]
                }
            };
            b.write("/api/users/mod", Some(to_json(&items)), |ops| {
                ops.users_mod(items)
            })?
        }
        UsersCmd::Del(d) => {
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
            b.write("/api/users/del", Some(to_json(&items)), |ops| {
                ops.users_del(items)
            })?
        }
        UsersCmd::Rebuild => b.write("/api/users/rebuild", None, |ops| ops.users_rebuild())?,
        UsersCmd::Reprov => b.write("/api/users/reprov", None, |ops| ops.users_reprov())?,
    };
    Ok(output::outcome(&outcome, g.json, g.quiet, COLS, "user"))
}
