//! Live conference state for the `/api/live` WebSocket.
//!
//! Pure code, no I/O and no async: the server owns the sockets and feeds this
//! module FreeSWITCH's answers and events.
//!
//! - `protocol`: the WebSocket messages, exactly as clients expect them.
//! - `state`: `LiveState`, built from a snapshot and kept current by
//!   `LiveState::apply(event)`, which returns `Delta`s (a message plus who may
//!   see it, or a hint that the state missed events); `diff` for resyncs.
//! - `cluster`: one `LiveState` per FreeSWITCH node (`[[node]]`) merged
//!   into one view: each conference tagged with its node, controls routed
//!   to it, a conference on two nodes (a split) shown, not merged.
//! - `control`: WebSocket controls and moderator keys turned into validated
//!   `conference ...` commands.

pub mod cluster;
pub mod control;
mod moderation;
pub mod protocol;
pub mod state;

pub use cluster::Cluster;
pub use control::{
    on_dtmf, on_dtmf_event, plan_request, Control, ControlError, Controls, FollowUp, MemberId,
    Plan, Requester,
};
pub use protocol::{
    Args, ClientRequest, ConferenceView, Hand, MaybeMember, Member, MemberV2, ProtocolError,
    RecStatus, RecordingView, Registration, Reply, ServerMessage, Version,
};
pub use state::{diff, Audience, Delta, LiveState, Notification, SnapshotError};

#[cfg(test)]
mod cluster_tests;
#[cfg(test)]
mod tests;
