//! What every known user may see: the reduced states of `/friendxml` and
//! `/pubxml` (no passwords, pins or MACs; no emails for public; only the
//! conferences the role may join) and `/userinfo`.

use super::answer::{ConferenceView, Globals, UserInfoAnswer, UserView};
use crate::fsconf::State;
use crate::settings::{Role, Settings};
use serde::Serialize;

/// Which reduced state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reduced {
    Friends,
    Public,
}

/// `GET /friendxml` and `GET /pubxml`: no passwords, pins or MACs.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ReducedAnswer {
    #[schema(pattern = "^/(friendxml|pubxml)$")]
    pub op: &'static str,
    pub state: ReducedState,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReducedState {
    pub users: Vec<ReducedUser>,
    pub conferences: Vec<ConferenceView>,
    pub conferencetypes: Vec<String>,
}

/// A user as friends (with the email) or the public (without) see them.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReducedUser {
    pub name: String,
    pub id: String,
    /// Friends only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub context: String,
}

/// The reduced state `which` of `state`.
pub fn reduced_state(state: &State, settings: &Settings, which: Reduced) -> ReducedAnswer {
    let (role, op) = match which {
        Reduced::Friends => (Role::Allow, "/friendxml"),
        Reduced::Public => (Role::Disallow, "/pubxml"),
    };
    let users = state
        .users
        .iter()
        .map(|u| {
            let v = state.present(u);
            ReducedUser {
                name: v.name,
                id: v.id,
                email: (which == Reduced::Friends).then_some(v.email),
                context: v.context,
            }
        })
        .collect();
    let visible = |context: &str| settings.context(context).is_some_and(|c| c.role <= role);
    let conferences = state
        .conferences
        .iter()
        .filter(|c| visible(&c.context))
        .map(ConferenceView::from)
        .collect();
    ReducedAnswer {
        op,
        state: ReducedState {
            users,
            conferences,
            conferencetypes: state.conftypes.clone(),
        },
    }
}

/// `GET /userinfo`: the caller's own user with the two globals a phone
/// needs (empty when the switch has not said).
pub fn userinfo(user: &UserView, globals: &Globals) -> UserInfoAnswer {
    let global = |k: &str| globals.get(k).cloned().unwrap_or_default();
    UserInfoAnswer {
        user: user.clone(),
        wss_binding: global("wss_binding"),
        internal_tls_port: global("internal_tls_port"),
    }
}
