//! fsconn's integration tests: one binary, one module per story. Each test
//! runs the real `fsconn` binary on a private copy of `examples/`.

mod harness;

mod conferences_cli;
mod config_cli;
mod users_cli;
