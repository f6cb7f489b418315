//! A user's own account: the password change a signed-in user makes for
//! themselves (the console, `POST /api/account/password`, `fsconn account
//! passwd`). Only the password changes: conpin, phone, flags and id stay,
//! and the phones that use it get it with their provisioning files, as a
//! `users mod` would write them.

use super::answer::UserView;
use super::{ItemError, ItemResult, Keyed, Ops, Outcome};
use crate::error::Result;
use crate::fsconf::State;
use crate::fsio::{Access, Transaction};
use crate::model::{self, UserId};
use serde::{Deserialize, Serialize};

/// The body of `POST /api/account/password`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    /// The password the user has now.
    pub old_password: String,
    /// The new SIP and console password (checked like every password).
    pub new_password: String,
}

/// The answer: whose password changed (never the password itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PasswordChanged {
    /// `account/password`
    pub op: String,
    pub id: String,
    pub name: String,
    /// The other console sessions and live connections of the user ended.
    pub others_signed_out: bool,
}

/// One password to set; the password is never serialized (answers and the
/// audit log name the user only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SetPassword {
    pub id: String,
    #[serde(skip)]
    pub password: String,
}

impl Keyed for SetPassword {
    const KEY: &'static str = "user";
}

impl Ops {
    /// Give user `id` the password `password`, keeping everything else.
    pub fn set_password(
        &self,
        id: UserId,
        password: &str,
    ) -> Result<Outcome<UserView, SetPassword>> {
        let item = SetPassword {
            id: id.to_string(),
            password: password.to_string(),
        };
        self.write_items("account/password", vec![item], |state, txn, item| {
            self.plan_password(state, txn, item)
        })
    }

    fn plan_password(
        &self,
        state: &mut State,
        txn: &mut Transaction,
        item: &SetPassword,
    ) -> ItemResult<UserView> {
        let found = item.id.parse::<UserId>().ok().and_then(|id| {
            let at = state.users.iter().position(|u| u.id == id)?;
            Some((at, state.user_files.get(&id)?.clone()))
        });
        let Some((at, path)) = found else {
            return Ok(Err(ItemError::NoUser(item.id.clone())));
        };
        if let Err(e) = model::check_password(&item.password) {
            return Ok(Err(ItemError::Invalid(format!("new_password: {e}"))));
        }
        let mut user = state.users[at].clone();
        user.password = item.password.clone();
        let Some(ctx) = self.settings.context(&user.context) else {
            return Ok(Err(ItemError::NoContext));
        };
        let xml = super::users::render_user(self, &user, ctx)?;
        txn.write_as(path, xml, Access::Private);
        self.plan_provisioning(state, &user, txn)?;
        let view = state.present(&user);
        state.users[at] = user;
        Ok(Ok(view))
    }
}
