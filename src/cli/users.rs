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
    /// Change users; a new context means a new id. Every field not given
    /// keeps its value (--new-password generates one, --polymac none removes
    /// the phone); with --file, the API's rule: an item without a password
    /// gets a new one, without a polymac loses its phone
    Mod(ModArgs),
    /// Delete users by id
    Del(DelArgs),
    /// Rewrite every user file from the templates; passwords hidden unless
    /// --show-passwords
    Rebuild {
        /// Show the SIP passwords (table and --json)
        #[arg(long)]
        show_passwords: bool,
    },
    /// Rewrite every user's phone provisioning files; passwords hidden
    /// unless --show-passwords
    Reprov {
        /// Show the SIP passwords (table and --json)
        #[arg(long)]
        show_passwords: bool,
    },
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
    /// Show every changed user's SIP password, also the ones it keeps
    /// (a new or set password is always shown once)
    #[arg(long)]
    show_passwords: bool,
    #[arg(long)]
    conpin: Option<String>,
    /// Polycom MAC (12 hex digits), or `none` to remove the phone
    #[arg(long)]
    polymac: Option<String>,
}

#[derive(Debug, Args)]
pub struct DelArgs {
    #[arg(required_unless_present = "file", conflicts_with = "file")]
    ids: Vec<String>,
    #[arg(long, value_name = "FILE")]
    file: Option<PathBuf>,
    /// Show the deleted users' SIP passwords (table and --json)
    #[arg(long)]
    show_passwords: bool,
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

/// User `id` as it is now (none if there is no such user: the change then
/// fails as an unknown id), so a CLI `mod` keeps what it is not told.
fn current(svc: &dyn Service, id: &str) -> Result<Option<UserView>> {
    let users = svc.users_list()?.users;
    Ok(users.into_iter().find(|u| u.id == id))
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
        UsersCmd::Mod(m) => {
            let (items, changed) = mod_items(svc, m)?;
            done(g, svc.users_mod(items)?, changed)
        }
        UsersCmd::Del(d) => {
            let shown = Passwords::all_if(d.show_passwords);
            done(g, svc.users_del(del_items(g, d)?)?, shown)
        }
        UsersCmd::Rebuild { show_passwords } => {
            done(g, svc.users_rebuild()?, Passwords::all_if(show_passwords))
        }
        UsersCmd::Reprov { show_passwords } => {
            done(g, svc.users_reprov()?, Passwords::all_if(show_passwords))
        }
    })
}

/// Whose password a write's answer shows (issue 19: a cron mail of
/// `users reprov` must not carry every password). A password is shown
/// once, in the answer to the add or change that made it; everything else
/// only with `--show-passwords`. The CLI's `--json` follows the same rule
/// (the key is left out); the HTTP API's JSON is unchanged.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Passwords {
    All,
    None,
}

impl Passwords {
    fn all_if(show: bool) -> Passwords {
        if show {
            Passwords::All
        } else {
            Passwords::None
        }
    }
}

/// A user as a CLI answer shows it: the API's keys, the password only
/// where it is shown.
#[derive(Debug, serde::Serialize)]
struct ShownUser {
    id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    password: Option<String>,
    conpin: String,
    context: String,
    name: String,
    email: String,
    polymac: String,
}

impl ShownUser {
    fn new(u: UserView, shown: Passwords) -> ShownUser {
        ShownUser {
            id: u.id,
            password: (shown == Passwords::All).then_some(u.password),
            conpin: u.conpin,
            context: u.context,
            name: u.name,
            email: u.email,
            polymac: u.polymac,
        }
    }
}

/// An item's input as a failure line echoes it: its password masked unless
/// shown (the CLI fills in the kept password of a `mod`).
trait Secret {
    fn hide(&mut self);
}

const HIDDEN: &str = "(hidden)";

impl Secret for AddUser {
    fn hide(&mut self) {
        if let Some(p) = self.password.as_mut() {
            *p = HIDDEN.into();
        }
    }
}

impl Secret for ModUser {
    fn hide(&mut self) {
        if let Some(p) = self.password.as_mut() {
            *p = HIDDEN.into();
        }
    }
}

impl Secret for DelUser {
    fn hide(&mut self) {}
}

impl Secret for crate::ops::answer::UserRef {
    fn hide(&mut self) {}
}

fn done<I>(g: &Global, o: Outcome<UserView, I>, shown: Passwords) -> Result<i32>
where
    I: serde::Serialize + Keyed + Secret,
{
    let mut failed = o.answer.failed;
    if shown == Passwords::None {
        failed.iter_mut().for_each(|f| f.input.hide());
    }
    let o = Outcome {
        answer: crate::ops::WriteAnswer {
            op: o.answer.op,
            done: o
                .answer
                .done
                .into_iter()
                .map(|u| ShownUser::new(u, shown))
                .collect(),
            failed,
        },
        applied: o.applied,
    };
    let cols = match shown {
        Passwords::All => COLS,
        Passwords::None => &COLS[..COLS.len() - 1],
    };
    Ok(output::outcome(&o, g.json, g.quiet, cols))
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
    if !(asked && generated) || g.json || g.quiet {
        return done(g, o, Passwords::All);
    }
    // The password goes in the line below, not the table: shown once.
    let shown: Vec<(String, String, String)> = (o.answer.done.iter())
        .map(|u| (u.name.clone(), u.id.clone(), u.password.clone()))
        .collect();
    let code = done(g, o, Passwords::None)?;
    for (name, id, password) in shown {
        crate::outln!(
            "SIP password of {name} ({id}): {password} (shown this once; `users mod {id} --new-password` makes a new one)"
        );
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

/// From flags, every field not given keeps its value: the password unless
/// a new one is asked for, the Polycom MAC unless `--polymac none` (the
/// API's body, `--file`, drops both when missing, as the original did);
/// `ops` keeps the rest.
/// Also answers whose passwords the answer shows: new or set ones (every
/// item of a `--file`, by the API's rule), or all with `--show-passwords`.
fn mod_items(svc: &dyn Service, m: ModArgs) -> Result<(Vec<ModUser>, Passwords)> {
    if let Some(f) = m.file {
        return Ok((
            users::items(Body::UsersMod, read_body(&f)?)?,
            Passwords::All,
        ));
    }
    let shown = Passwords::all_if(m.show_passwords || m.password.is_some() || m.new_password);
    let id = m.id.unwrap_or_default();
    let now = current(svc, &id)?;
    let password = match (m.password, m.new_password) {
        (Some(pw), _) => Some(pw),
        (None, true) => None,
        (None, false) => now.as_ref().map(|u| u.password.clone()),
    };
    let polymac = m.polymac.or_else(|| now.map(|u| u.polymac));
    let item = ModUser {
        id,
        name: m.name,
        email: m.email,
        context: m.context,
        password,
        conpin: m.conpin,
        polymac,
    };
    Ok((vec![item], shown))
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
