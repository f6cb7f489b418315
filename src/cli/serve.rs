//! `fsconn serve`: the HTTP API (and, with TLS, HTTPS) on tokio.

use super::Global;
use crate::error::{Error, Result};
use crate::server::{self, AppState, ServeOptions};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on (FASTIIP/FASTIPORT; default 127.0.0.1:3000)
    #[arg(long, value_name = "ADDR")]
    listen: Option<String>,
    /// PEM certificate chain: serve HTTPS (FASTICERT)
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    tls_cert: Option<PathBuf>,
    /// PEM private key (FASTIKEY)
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    tls_key: Option<PathBuf>,
    /// A directory of web client files served instead of the built-in console
    #[arg(long, value_name = "DIR")]
    web_root: Option<PathBuf>,
}

pub fn run(g: &Global, a: ServeArgs) -> Result<i32> {
    let settings = g.settings()?;
    let listen = a
        .listen
        .unwrap_or_else(|| format!("{}:{}", settings.listen_host, settings.listen_port));
    let addr: SocketAddr = listen
        .parse()
        .map_err(|_| Error::Settings(format!("--listen: {listen:?} is not HOST:PORT")))?;
    let tls = match (
        a.tls_cert.or(settings.tls_cert.clone()),
        a.tls_key.or(settings.tls_key.clone()),
    ) {
        (Some(c), Some(k)) => Some((c, k)),
        (None, None) => None,
        _ => {
            return Err(Error::Settings(
                "TLS needs both a certificate and a key".into(),
            ))
        }
    };
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(super::output::color_stderr())
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .try_init();
    let rt = tokio::runtime::Runtime::new().map_err(|e| Error::io("tokio runtime", e))?;
    rt.block_on(async move {
        let app = AppState::new(
            settings,
            ServeOptions {
                web_root: a.web_root,
                connect_esl: true,
                tls: tls.is_some(),
            },
        )?;
        let listener =
            std::net::TcpListener::bind(addr).map_err(|e| Error::io(listen.clone(), e))?;
        let local = listener
            .local_addr()
            .map_err(|e| Error::io(listen.clone(), e))?;
        let scheme = if tls.is_some() { "https" } else { "http" };
        // The first line on stdout says where we are (tests and scripts read it).
        crate::outln!("fsconn serve: listening on {scheme}://{local}");
        match tls {
            None => {
                listener
                    .set_nonblocking(true)
                    .map_err(|e| Error::io(listen.clone(), e))?;
                let listener = tokio::net::TcpListener::from_std(listener)
                    .map_err(|e| Error::io(listen.clone(), e))?;
                server::serve(listener, app, shutdown_signal())
                    .await
                    .map_err(|e| Error::io(listen.clone(), e))?;
            }
            Some((cert, key)) => {
                let config = axum_server::tls_rustls::RustlsConfig::from_pem_file(&cert, &key)
                    .await
                    .map_err(|e| {
                        Error::Settings(format!(
                            "TLS certificate {} / key {}: {e}",
                            cert.display(),
                            key.display()
                        ))
                    })?;
                let handle = axum_server::Handle::new();
                let h = handle.clone();
                tokio::spawn(async move {
                    shutdown_signal().await;
                    h.graceful_shutdown(Some(std::time::Duration::from_secs(5)));
                });
                axum_server::from_tcp_rustls(listener, config)
                    .map_err(|e| Error::io(listen.clone(), e))?
                    .handle(handle)
                    .serve(
                        server::router(app)
                            .into_make_service_with_connect_info::<std::net::SocketAddr>(),
                    )
                    .await
                    .map_err(|e| Error::io(listen.clone(), e))?;
            }
        }
        tracing::info!("shut down");
        Ok(0)
    })
}

/// SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
