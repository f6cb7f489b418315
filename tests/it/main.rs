//! fsconn's integration tests: one binary, one module per story. Each test
//! runs the real `fsconn` binary on a private copy of `examples/`.

mod harness;
mod live_cli;
mod live_lifecycle;
mod live_v2;
mod live_ws;

mod accounts;
mod api_access;
mod audit_log;
mod audit_view;
mod backups;
mod behind_proxy;
mod cli_conventions;
mod cli_edges;
mod cli_pipes;
mod cluster_e2e;
mod cluster_nodes;
mod cluster_standby;
mod code_shape;
mod conference_delete;
mod conference_settings;
mod conferences_cli;
mod config_cli;
mod console;
mod console_backups;
mod console_cluster;
mod console_moderation;
mod console_records;
mod console_settings;
mod crash_safety;
mod demo_cli;
mod docs_cli;
mod doctor_cli;
mod esl_client;
mod esl_codec;
mod fail2ban_logs;
mod host_names;
mod hostile_files;
mod hostile_floods;
mod hostile_http;
mod hostile_restore;
mod hostile_ws;
mod interop;
mod kamailio_dispatch;
mod leftovers_cli;
mod openapi;
mod operate;
mod phone;
mod pin_flow;
mod provisioning_cli;
mod recording_details;
mod recordings_cli;
mod reload_cli;
mod remote_cli;
mod retention;
mod revocation;
mod serve_tls;
mod service_both_ways;
mod sim_capture;
mod sim_protocol;
mod sim_round2;
mod sim_round2_sessions;
mod sim_support;
mod store_cli;
mod switch_round3;
mod users_cli;
mod users_mod_keeps;
mod xml_curl;

/// Bytes of a file under `tests/fixtures/`.
pub fn fixture(rel: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}
