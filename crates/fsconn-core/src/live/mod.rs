//! Live conference state for the `/api/live` WebSocket.
//!
//! Pure code, no I/O and no async: the server owns the sockets and feeds this
//! module FreeSWITCH's answers and events.
//!
//! - `protocol`: the WebSocket messages, exactly as clients expect them.
//! - `state`: `LiveState`, built from a snapshot and kept current by
//!   `LiveState::apply(event)`, which returns `Delta`s (a message plus who may
//!   see it, or a hint that the state missed events); `diff` for resyncs.
//! - `control`: WebSocket controls and moderator keys turned into validated
//!   `conference ...` commands.

pub mod control;
mod moderation;
pub mod protocol;
pub mod state;

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
mod tests;
