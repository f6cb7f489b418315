//! The `fsconn` binary: parse, run, print the error chain, exit with a code.
//!
//! With `--json`, an error is one JSON object on stderr
//! (`{"error": "...", "exit": N}`), so scripts parse failures like answers.

use fsconn::cli;

fn main() {
    let json_errors = std::env::args_os().any(|a| a == "--json");
    // `serve --log-format json` writes JSON lines only, its usage errors too.
    let args: Vec<_> = std::env::args_os().collect();
    let json_log = args
        .windows(2)
        .any(|w| w[0] == "--log-format" && w[1] == "json")
        || args.iter().any(|a| a == "--log-format=json");
    if json_log {
        cli::logging::use_json_lines();
    }
    let cli = match cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if (json_errors || json_log) && e.use_stderr() => {
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or("usage error");
            report(first.trim_start_matches("error: "), 2, true);
            std::process::exit(2);
        }
        Err(e) => e.exit(),
    };
    let code = match cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            let err = anyhow::Error::from(e);
            let code = err
                .downcast_ref::<fsconn::Error>()
                .map(fsconn::Error::exit_code)
                .unwrap_or(1);
            report(&format!("{err:#}"), code, json_errors);
            code
        }
    };
    std::process::exit(code);
}

/// The one line an error gets on stderr.
fn report(message: &str, code: i32, json: bool) {
    if cli::logging::json_lines() {
        let fields = serde_json::json!({ "exit": code });
        let line = cli::logging::json_line("ERROR", "fsconn", message, fields);
        fsconn::errln!("{line}");
    } else if json {
        let v = serde_json::json!({ "error": message, "exit": code });
        fsconn::errln!("{v}");
    } else {
        fsconn::errln!("error: {message}");
    }
}
