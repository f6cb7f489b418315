//! The `fsconn` binary: parse, run, print the error chain, exit with a code.

use fsconn::cli::{self, Cli};

fn main() {
    let cli: Cli = cli::parse();
    let code = match cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            let err = anyhow::Error::from(e);
            eprintln!("error: {err:#}");
            err.downcast_ref::<fsconn::Error>()
                .map(fsconn::Error::exit_code)
                .unwrap_or(1)
        }
    };
    std::process::exit(code);
}
