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

    /// Exit status of the CLI: 2 for usage/settings/input errors, 1 otherwise
    /// (3 is reserved for "written but not applied", which is not an `Error`).
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Settings(_) | Error::Input(_) | Error::Template { .. } => 2,
            Error::NotFound(_) | Error::Forbidden(_) => 1,
            Error::Io { .. } => 1,
            Error::Unavailable(_) => 3,
        }
    }

    /// HTTP status for the server.
    pub fn http_status(&self) -> u16 {
        match self {
            Error::Input(_) => 400,
            Error::Forbidden(_) => 403,
            Error::NotFound(_) => 404,
            Error::Unavailable(_) => 503,
            Error::Settings(_) | Error::Io { .. } | Error::Template { .. } => 500,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
