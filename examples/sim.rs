//! Runs the event-socket simulator without the full CLI (the `fsconn sim`
//! subcommand does the same with more options):
//!
//! `cargo run --example sim -- CONF_DIR RECORDINGS_DIR [127.0.0.1:8021] [PASSWORD] [demo|idle|SCENARIO_FILE [RATE]]`

use std::path::PathBuf;

use fsconn::sim::{SimMode, SimOptions};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt::init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!(
            "usage: sim CONF_DIR RECORDINGS_DIR [ADDR] [PASSWORD] [demo|idle|SCENARIO [RATE]]"
        );
        std::process::exit(2);
    }
    let mut opts = SimOptions::new(&args[0], &args[1]);
    if let Some(addr) = args.get(2) {
        opts.listen = addr.parse()?;
    }
    if let Some(pw) = args.get(3) {
        opts.password = pw.clone();
    }
    opts.mode = match args.get(4).map(String::as_str) {
        None | Some("idle") => SimMode::Idle,
        Some("demo") => SimMode::Demo,
        Some(path) => SimMode::Scenario {
            path: PathBuf::from(path),
            rate: args.get(5).map(|r| r.parse()).transpose()?.unwrap_or(1.0),
        },
    };
    fsconn::sim::run(opts).await?;
    Ok(())
}
