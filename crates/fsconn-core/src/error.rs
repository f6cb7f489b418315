//! The library's one error type, mapped once to an exit code and an HTTP status.
//!
//! Per-item problems of a bulk operation (an unknown id, a taken name) are not
//! errors: they land in the answer's `failed` list. `Error` is for what stops
//! a whole operation: bad settings, a body that violates its schema, a config
//! dir that cannot be read or written.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The settings (file, environment, flags) are unusable.
    #[error("settings: {0}")]
    Settings(String),

    /// Input that is malformed as a whole (not valid JSON, violates the schema).
    #[error("invalid input: {0}")]
    Input(String),

    /// A file or directory operation failed.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// A template could not be loaded or rendered.
    #[error("template {name}: {message}")]
    Template { name: String, message: String },

    /// The operation needs something that is not there (e.g. an unknown store target).
    #[error("{0}")]
    NotFound(String),

    /// The caller may not do this.
    #[error("{0}")]
    Forbidden(String),

    /// The fsconn server of `--server` could not be reached, refused the
    /// login, or answered something that is not fsconn's API.
    #[error("{0}")]
    Server(String),

    /// FreeSWITCH could not be reached for an operation that cannot proceed without it.
    #[error("FreeSWITCH unavailable: {0}")]
    Unavailable(String),
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// Exit status of the CLI, one meaning each (see [`EXIT_CODES`]).
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Settings(_) | Error::Input(_) | Error::Template { .. } => 2,
            Error::NotFound(_) | Error::Forbidden(_) => 1,
            Error::Io { .. } => 1,
            Error::Unavailable(_) => 1,
            Error::Server(_) => 4,
        }
    }

    /// HTTP status for the server.
    pub fn http_status(&self) -> u16 {
        match self {
            Error::Input(_) => 400,
            Error::Forbidden(_) => 403,
            Error::NotFound(_) => 404,
            Error::Unavailable(_) => 503,
            Error::Server(_) => 502,
            Error::Settings(_) | Error::Io { .. } | Error::Template { .. } => 500,
        }
    }
}

/// The CLI's exit statuses, as `--help` and the man page list them.
pub const EXIT_CODES: &str = "Exit status: 0 done; 1 some item failed or was refused; \
2 usage or settings error (nothing written); 3 written but FreeSWITCH did not confirm it \
(it loads the change at its next reloadxml or start); 4 the fsconn server (--server) \
could not be reached or refused the login.";

pub type Result<T, E = Error> = std::result::Result<T, E>;
