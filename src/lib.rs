//! fsconn: turn a stock FreeSWITCH into a conferencing system.
//!
//! Layers, top-down: `cli` (and later `server`) adapt user input to the
//! `ops` layer, which owns every rule and reads/writes FreeSWITCH's own files
//! through `fsconf` (reading), `render` (templates) and `fsio` (atomic,
//! undoable writes). `model` and `settings` hold the validated values all of
//! them share; `error` maps failures to exit codes and HTTP statuses once.

pub mod audit;
pub mod cli;
pub mod error;
pub mod esl;
pub mod fsconf;
pub mod fsio;
pub mod live;
pub mod model;
pub mod ops;
pub mod prompts;
pub mod render;
pub mod schema;
pub mod server;
pub mod settings;
pub mod sim;

pub use error::{Error, Result};
