//! Integration tests; one module per area.

mod esl_client;
mod esl_codec;
mod sim_capture;
mod sim_protocol;
mod sim_support;

/// Bytes of a file under `tests/fixtures/`.
pub fn fixture(rel: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}
