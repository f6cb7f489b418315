//! Users: the directory files `directory/<context>/<id>.xml`.

use super::answer::{
    UserRef, UserView, UsersAnswer, UsersFindAnswer, UsersFound, UsersInfo, UsersMatched,
};
use super::{Failed, ItemError, ItemResult, Ops, Outcome};
use crate::error::{Error, Result};
use crate::fsconf::{Layout, State};
use crate::fsio::{Access, Transaction};
use crate::model::{self, PolyMac, User, UserId};
use crate::schema::{self, Body};
use crate::settings::{ContextDef, Settings};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One item of `users/add`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AddUser {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conpin: Option<String>,
    pub context: String,
    pub name: String,
    pub email: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub polymac: Option<String>,
}

/// One item of `users/mod`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ModUser {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conpin: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub polymac: Option<String>,
}

/// One item of `users/del`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DelUser {
    pub id: String,
}

/// Validate a JSON body against its schema, then into typed items.
pub fn items<T: serde::de::DeserializeOwned>(body: Body, value: Value) -> Result<Vec<T>> {
    schema::validate(body, &value)?;
    serde_json::from_value(value).map_err(|e| Error::Input(e.to_string()))
}

/// The lowest id of `ctx` not held by a user, a broken file, or an id handed
/// out earlier in this batch.
fn free_id(state: &State, ctx: &ContextDef) -> Option<UserId> {
    (ctx.users.first..=ctx.users.last)
        .find(|n| state.user(UserId(*n)).is_none() && !state.blocked_ids.contains(n))
        .map(UserId)
}

fn name_taken(state: &State, name: &str, except: Option<UserId>) -> bool {
    state
        .users
        .iter()
        .any(|u| u.name == name && Some(u.id) != except)
}

/// Checks shared by add and mod; the failure texts of the original where it
/// had one.
fn check_fields(u: &User) -> std::result::Result<(), ItemError> {
    model::check_user_name(&u.name).map_err(ItemError::Invalid)?;
    if !model::is_email(&u.email) {
        return Err(ItemError::NotAnEmail);
    }
    model::check_text("email", &u.email, 254).map_err(ItemError::Invalid)?;
    model::check_password(&u.password).map_err(ItemError::Invalid)?;
    Ok(())
}

/// A caller-given conpin is digits; the context default may be a `$${var}`.
fn conpin_or_default(
    given: Option<&str>,
    ctx: &ContextDef,
) -> std::result::Result<String, ItemError> {
    match given {
        Some(p) => model::check_conpin(p)
            .map(|_| p.to_string())
            .map_err(ItemError::Invalid),
        None => Ok(ctx.default_conpin().to_string()),
    }
}

/// The normalised MAC, refused when another user's phone already has it:
/// provisioning files are per MAC, so a second user would overwrite the
/// first one's (and could read the password of whoever wrote last).
fn polymac(
    state: &State,
    given: Option<&str>,
    me: Option<UserId>,
) -> std::result::Result<String, ItemError> {
    let mac = match given {
        Some(m) => PolyMac::parse(m).map_err(ItemError::Invalid)?,
        None => return Ok("none".into()),
    };
    let taken =
        |u: &User| Some(u.id) != me && PolyMac::parse(&u.polymac).is_ok_and(|theirs| theirs == mac);
    if mac != PolyMac::None && state.users.iter().any(taken) {
        return Err(ItemError::PolymacTaken);
    }
    Ok(mac.as_str().to_string())
}

pub fn render_user(ops: &Ops, u: &User, ctx: &ContextDef) -> Result<Vec<u8>> {
    let mut c = tera::Context::new();
    c.insert("id", &u.id.to_string());
    c.insert("password", &u.password);
    c.insert("conpin", &u.conpin);
    c.insert("context", &u.context);
    c.insert("name", &u.name);
    c.insert("email", &u.email);
    c.insert("polymac", &u.polymac);
    c.insert(
        "conf_flags",
        u.conf_flags.as_deref().unwrap_or(ctx.conf_flags()),
    );
    ops.templates.render("user.xml", &c).map(String::into_bytes)
}

/// Put `u` into the in-memory state (kept sorted) so later items of the same
/// batch see it.
fn upsert(state: &mut State, u: User, path: std::path::PathBuf) {
    state.user_files.insert(u.id, path);
    match state.users.binary_search_by_key(&u.id, |x| x.id) {
        Ok(i) => state.users[i] = u,
        Err(i) => state.users.insert(i, u),
    }
}

/// A user as a mod leaves it: its file, the file it had, its context.
struct Modded<'s> {
    user: User,
    path: std::path::PathBuf,
    old_path: std::path::PathBuf,
    ctx: &'s ContextDef,
    moved: bool,
}

fn drop_user(state: &mut State, id: UserId) {
    state.user_files.remove(&id);
    state.users.retain(|u| u.id != id);
}

impl Ops {
    pub fn users_add(&self, items: Vec<AddUser>) -> Result<Outcome<UserView, AddUser>> {
        self.write_items("users/add", items, |st, txn, item| {
            self.plan_add(st, txn, item)
        })
    }

    fn plan_add(
        &self,
        state: &mut State,
        txn: &mut Transaction,
        item: &AddUser,
    ) -> ItemResult<UserView> {
        let Some(ctx) = self.settings.context(&item.context) else {
            return Ok(Err(ItemError::NoContext));
        };
        if name_taken(state, &item.name, None) {
            return Ok(Err(ItemError::NameTaken));
        }
        let conpin = match conpin_or_default(item.conpin.as_deref(), ctx) {
            Ok(p) => p,
            Err(e) => return Ok(Err(e)),
        };
        let polymac = match polymac(state, item.polymac.as_deref(), None) {
            Ok(m) => m,
            Err(e) => return Ok(Err(e)),
        };
        let Some(id) = free_id(state, ctx) else {
            return Ok(Err(ItemError::NoFreeId {
                context: ctx.name.clone(),
                range: Some(String::from(ctx.users)),
            }));
        };
        let user = User {
            id,
            password: item
                .password
                .clone()
                .unwrap_or_else(model::generate_password),
            conpin,
            context: ctx.name.clone(),
            name: item.name.clone(),
            email: item.email.clone(),
            polymac,
            conf_flags: None,
        };
        if let Err(e) = check_fields(&user) {
            return Ok(Err(e));
        }
        let path = Layout {
            root: &self.settings.conf_dir,
        }
        .user_file(&ctx.name, id);
        txn.create_as(
            path.clone(),
            render_user(self, &user, ctx)?,
            Access::Private,
        );
        self.plan_provisioning(state, &user, txn)?;
        let view = state.present(&user);
        upsert(state, user, path);
        Ok(Ok(view))
    }

    pub fn users_mod(&self, items: Vec<ModUser>) -> Result<Outcome<UserView, ModUser>> {
        self.write_items("users/mod", items, |st, txn, item| {
            self.plan_mod(st, txn, item)
        })
    }

    fn plan_mod(
        &self,
        state: &mut State,
        txn: &mut Transaction,
        item: &ModUser,
    ) -> ItemResult<UserView> {
        let old = match item.id.parse::<UserId>().ok().and_then(|id| state.user(id)) {
            Some(u) => u.clone(),
            None => return Ok(Err(ItemError::NoUser(item.id.clone()))),
        };
        let m = match self.modded(state, item, &old) {
            Ok(m) => m,
            Err(e) => return Ok(Err(e)),
        };
        if m.moved {
            txn.remove(m.old_path);
            drop_user(state, old.id);
        }
        let xml = render_user(self, &m.user, m.ctx)?;
        txn.write_as(m.path.clone(), xml, Access::Private);
        // Old files go unless the new ones take their place.
        self.plan_unprovision(&old, txn);
        self.plan_provisioning(state, &m.user, txn)?;
        let view = state.present(&m.user);
        upsert(state, m.user, m.path);
        Ok(Ok(view))
    }

    /// What a mod makes of `old`, checked: the missing fields from `old`,
    /// a new id if the context changes.
    fn modded(
        &self,
        state: &State,
        item: &ModUser,
        old: &User,
    ) -> std::result::Result<Modded<'_>, ItemError> {
        let ctx_name = item.context.as_ref().unwrap_or(&old.context);
        let ctx = self
            .settings
            .context(ctx_name)
            .ok_or(ItemError::NoContext)?;
        let name = item.name.clone().unwrap_or_else(|| old.name.clone());
        if name_taken(state, &name, Some(old.id)) {
            return Err(ItemError::NameTaken);
        }
        let moved = ctx.name != old.context;
        let conpin = match item.conpin.as_deref() {
            Some(given) => conpin_or_default(Some(given), ctx)?,
            None => self.kept_conpin(old, ctx),
        };
        let polymac = polymac(state, item.polymac.as_deref(), Some(old.id))?;
        let layout = Layout {
            root: &self.settings.conf_dir,
        };
        let old_path = state
            .user_files
            .get(&old.id)
            .cloned()
            .unwrap_or_else(|| layout.user_file(&old.context, old.id));
        let (id, path) = if moved {
            let id = free_id(state, ctx).ok_or_else(|| ItemError::NoFreeId {
                context: ctx.name.clone(),
                range: None,
            })?;
            (id, layout.user_file(&ctx.name, id))
        } else {
            (old.id, old_path.clone())
        };
        let user = User {
            id,
            password: item
                .password
                .clone()
                .unwrap_or_else(model::generate_password),
            conpin,
            context: ctx.name.clone(),
            name,
            email: item.email.clone().unwrap_or_else(|| old.email.clone()),
            polymac,
            // A hand-tuned conf_flags survives a mod within the context; a
            // move takes the new context's flags (its rights change).
            conf_flags: if moved { None } else { old.conf_flags.clone() },
        };
        check_fields(&user)?;
        Ok(Modded {
            user,
            path,
            old_path,
            ctx,
            moved,
        })
    }

    /// A mod without a conpin keeps the user's own (the API reference:
    /// "filled in from the existing user"); only the old context's default
    /// pin follows a move to the new context's default, so a user moved out
    /// of team does not take the moderators' pin along.
    fn kept_conpin(&self, old: &User, ctx: &ContextDef) -> String {
        let old_default = self
            .settings
            .context(&old.context)
            .map(ContextDef::default_conpin);
        if ctx.name != old.context && old_default == Some(old.conpin.as_str()) {
            ctx.default_conpin().to_string()
        } else {
            old.conpin.clone()
        }
    }

    pub fn users_del(&self, items: Vec<DelUser>) -> Result<Outcome<UserView, DelUser>> {
        self.write_items("users/del", items, |state, txn, item| {
            let Some(u) = item
                .id
                .parse::<UserId>()
                .ok()
                .and_then(|id| state.user(id))
                .cloned()
            else {
                return Ok(Err(ItemError::NoUser(item.id.clone())));
            };
            let path = state.user_files.get(&u.id).cloned().unwrap_or_else(|| {
                Layout {
                    root: &self.settings.conf_dir,
                }
                .user_file(&u.context, u.id)
            });
            txn.remove(path);
            self.plan_unprovision(&u, txn);
            let view = state.present(&u);
            drop_user(state, u.id);
            Ok(Ok(view))
        })
    }

    /// Rewrite every user file from the current state (after a template change).
    pub fn users_rebuild(&self) -> Result<Outcome<UserView, UserRef>> {
        self.write("users/rebuild", true, |state, txn, answer, inputs| {
            for u in state.users.clone() {
                let input = UserRef {
                    id: u.id.to_string(),
                };
                let Some(ctx) = self.settings.context(&u.context) else {
                    let error = ItemError::NoContext;
                    answer.failed.push(Failed { error, input });
                    continue;
                };
                let path = state.user_files[&u.id].clone();
                txn.write_as(path, render_user(self, &u, ctx)?, Access::Private);
                answer.done.push(state.present(&u));
                inputs.push(input);
            }
            Ok(())
        })
    }
}

impl Ops {
    /// Rewrite every user's provisioning files (`users/reprov`) and remove
    /// those of users that no longer exist.
    pub fn users_reprov(&self) -> Result<Outcome<UserView, UserRef>> {
        self.write("users/reprov", false, |state, txn, answer, _| {
            for u in &state.users {
                self.plan_provisioning(state, u, txn)?;
                answer.done.push(state.present(u));
            }
            self.plan_stale_provisioning(state, txn);
            Ok(())
        })
    }
}

/// `GET /api/users`
pub fn list(state: &State, settings: &Settings) -> UsersAnswer {
    let contexts = settings
        .contexts
        .iter()
        .map(|c| {
            let n = state.users.iter().filter(|u| u.context == c.name).count();
            (c.name.clone(), n)
        })
        .collect();
    UsersAnswer {
        op: "users".into(),
        info: UsersInfo {
            total: state.users.len(),
            contexts,
        },
        users: state.users.iter().map(|u| state.present(u)).collect(),
    }
}

/// How `users/<by>/STRING` matches (the path segment, lowercase).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum FindBy {
    Byid,
    Byname,
    Bycontext,
    Bypolymac,
    Byemail,
    Match,
}

impl FindBy {
    pub const ALL: &'static [FindBy] = &[
        FindBy::Byid,
        FindBy::Byname,
        FindBy::Bycontext,
        FindBy::Bypolymac,
        FindBy::Byemail,
        FindBy::Match,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FindBy::Byid => "byid",
            FindBy::Byname => "byname",
            FindBy::Bycontext => "bycontext",
            FindBy::Bypolymac => "bypolymac",
            FindBy::Byemail => "byemail",
            FindBy::Match => "match",
        }
    }

    pub fn parse(s: &str) -> Option<FindBy> {
        FindBy::ALL.iter().copied().find(|b| b.as_str() == s)
    }
}

/// `GET /api/users/<by>/<s>`: startsWith for ids, names, contexts and MACs;
/// includes for emails; `match` = includes on names and emails, separately.
pub fn find(state: &State, by: FindBy, s: &str) -> UsersFindAnswer {
    let views = |f: &dyn Fn(&UserView) -> bool| {
        state
            .users
            .iter()
            .map(|u| state.present(u))
            .filter(|v| f(v))
            .collect::<Vec<_>>()
    };
    let op = format!("users/{}/{s}", by.as_str());
    if by == FindBy::Match {
        return UsersFindAnswer::Matches(UsersMatched {
            op,
            namematches: views(&|v| v.name.contains(s)),
            emailmatches: views(&|v| v.email.contains(s)),
        });
    }
    let users = views(&|v| match by {
        FindBy::Byid => v.id.starts_with(s),
        FindBy::Byname => v.name.starts_with(s),
        FindBy::Bycontext => v.context.starts_with(s),
        FindBy::Bypolymac => v.polymac.starts_with(s),
        _ => v.email.contains(s),
    });
    UsersFindAnswer::Users(UsersFound { op, users })
}

/// Passwords published with FreeSWITCH or fsconn's example (`napw`), or
/// guessed first by every scanner: a server on the internet must not accept
/// them.
pub const KNOWN_DEFAULT_PASSWORDS: &[&str] = &[
    "napw", "1234", "12345", "123456", "0000", "ClueCon", "password", "changeme", "admin",
];

/// Names of the users whose password (after `$${var}` expansion) is a known
/// default, sorted.
pub fn default_password_users(state: &State) -> Vec<String> {
    let mut v: Vec<String> = state
        .users
        .iter()
        .map(|u| state.present(u))
        .filter(|u| KNOWN_DEFAULT_PASSWORDS.contains(&u.password.as_str()))
        .map(|u| u.name)
        .collect();
    v.sort();
    v
}
