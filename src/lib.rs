//! fsconn: turn a stock FreeSWITCH into a conferencing system.
//!
//! This crate is the binary's: `cli` (the commands) and `server` (`fsconn
//! serve`) adapt people and clients to the core crate (`fsconn-core`:
//! `ops`, `live`, `settings`, …), which owns every rule. The event-socket
//! codec and client are `fsconn-esl`; the FreeSWITCH stand-in is
//! `fsconn-sim`. They are re-exported under their old paths so that the
//! adapters and the tests name them one way (`fsconn::ops`, `crate::esl`).
//! See ARCHITECTURE.md for what each crate may call.

pub mod cli;
pub mod server;

pub use fsconn_core::{
    audit, confsettings, error, fsconf, fsio, hosts, live, model, ops, prompts, render, schema,
    settings, Error, Result,
};
pub use fsconn_esl as esl;
pub use fsconn_sim as sim;
