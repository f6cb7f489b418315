//! fsconn's core: every rule about users, conferences, recordings and
//! provisioning, and the live conference state, with no knowledge of how a
//! person or a client reaches them.
//!
//! Layers, top-down: `ops` owns every rule and reads/writes FreeSWITCH's own
//! files through `fsconf` (reading), `render` (templates) and `fsio` (atomic,
//! undoable writes). `live` turns the switch's events into conference state
//! and checks live controls. `model` and `settings` hold the validated values
//! all of them share; `error` maps failures to exit codes and HTTP statuses
//! once. The binary crate (`fsconn`: CLI and HTTP server) calls this crate;
//! this crate calls only `fsconn-esl`, never the adapters.

pub mod audit;
pub mod confsettings;
pub mod error;
pub mod fsconf;
pub mod fsio;
pub mod hosts;
pub mod live;
pub mod model;
pub mod nodes;
pub mod ops;
pub mod prompts;
pub mod render;
pub mod schema;
pub mod settings;

pub use error::{Error, Result};
