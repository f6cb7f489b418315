//! FreeSWITCH event socket (ESL, inbound mode): the wire codec and an async
//! client.
//!
//! `codec` is pure (bytes in, frames out) so the client and the simulator in
//! the simulator (`fsconn-sim`) share one implementation of the framing. `client` is the tokio
//! client fsconn uses to talk to FreeSWITCH; `reloadxml_blocking` is the small
//! synchronous path the CLI needs after it has written configuration files.

pub mod client;
pub mod codec;
pub mod fsvars;

use std::time::Duration;

pub use client::{
    reloadxml_blocking, ClientConfig, EslClient, Notice, NoticeReceiver, ReconnectPolicy,
};
pub use codec::{
    Command, CommandDecoder, Event, EventFormat, Headers, Message, MessageDecoder, MessageKind,
};

/// Everything that can go wrong talking to FreeSWITCH.
///
/// The variants separate what a caller reacts to differently: nobody listening
/// (`Unreachable`: is FreeSWITCH running?), a wrong password (`AuthRefused`:
/// fix the configuration, retrying will not help), and a switch that accepted
/// us but then misbehaved (`Timeout`, `Disconnected`, `Protocol`).
#[derive(Debug, thiserror::Error)]
pub enum EslError {
    #[error("cannot reach FreeSWITCH at {addr}: {reason}")]
    Unreachable { addr: String, reason: String },
    #[error("FreeSWITCH refused the password: {0}")]
    AuthRefused(String),
    #[error("no answer from FreeSWITCH within {0:?}")]
    Timeout(Duration),
    #[error("connection to FreeSWITCH lost: {0}")]
    Disconnected(String),
    #[error("not connected to FreeSWITCH")]
    NotConnected,
    #[error("unexpected data from FreeSWITCH: {0}")]
    Protocol(String),
    #[error("refusing to send a command containing CR or LF: {0:?}")]
    InvalidCommand(String),
    #[error("FreeSWITCH answered {0}")]
    CommandFailed(String),
    #[error("I/O error on the event socket: {0}")]
    Io(#[from] std::io::Error),
}

/// One mapping for both clients: a refusal is `AuthRefused`, anything else
/// a protocol error or a lost connection.
impl From<codec::HandshakeError> for EslError {
    fn from(e: codec::HandshakeError) -> Self {
        match e {
            codec::HandshakeError::Refused(text) => EslError::AuthRefused(text),
            codec::HandshakeError::Unexpected(_) => EslError::Protocol(e.to_string()),
            codec::HandshakeError::Closed => EslError::Disconnected(e.to_string()),
        }
    }
}

impl From<codec::CodecError> for EslError {
    fn from(e: codec::CodecError) -> Self {
        EslError::Protocol(e.to_string())
    }
}
