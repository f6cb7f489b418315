//! `fsconn serve`: the HTTP API (and, with TLS, HTTPS) on tokio, run as a
//! daemon: logs (text or JSON), `/metrics` on its own address, systemd
//! notifications (`READY=1`, `WATCHDOG=1`, `STOPPING=1`) and SIGHUP reloads.

use super::Global;
use crate::error::{Error, Result};
use crate::server::{self, AppState, ServeOptions};
use crate::settings::{LogFormat, Settings};
use axum_server::tls_rustls::RustlsConfig;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

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
    /// Serve Prometheus metrics at http://ADDR/metrics (serve.metrics_listen; off by default)
    #[arg(long, value_name = "ADDR")]
    metrics_listen: Option<String>,
    /// Log lines as `text` or `json` (serve.log_format)
    #[arg(long, value_name = "FORMAT")]
    log_format: Option<String>,
    /// Listen on a non-loopback address even while users have well-known
    /// default passwords (e.g. the example's `napw`)
    #[arg(long)]
    allow_default_passwords: bool,
}

type Tls = Option<(PathBuf, PathBuf)>;

pub fn run(g: &Global, a: ServeArgs) -> Result<i32> {
    if a.log_format.as_deref() == Some("json") {
        super::logging::use_json_lines();
    }
    let settings = g.settings()?;
    let listen = a
        .listen
        .clone()
        .unwrap_or_else(|| format!("{}:{}", settings.listen_host, settings.listen_port));
    let addr = parse_addr("--listen", &listen)?;
    let metrics = match a.metrics_listen.clone().or(settings.metrics_listen.clone()) {
        Some(m) => Some(parse_addr("serve.metrics_listen", &m)?),
        None => None,
    };
    let format = match &a.log_format {
        Some(f) => LogFormat::parse("--log-format", f)?,
        None => settings.log_format,
    };
    let tls = tls_paths(&a, &settings)?;
    super::logging::init(
        super::logging::Kind::Daemon,
        super::logging::level(g.quiet, "info"),
        format,
    );
    if let Some(n) = server::listen::raise_nofile_limit() {
        tracing::debug!("open files limit {n}");
    }
    let rt = tokio::runtime::Runtime::new().map_err(|e| Error::io("tokio runtime", e))?;
    rt.block_on(serve(g.clone(), a, settings, addr, metrics, tls))
}

fn parse_addr(what: &str, v: &str) -> Result<SocketAddr> {
    v.parse()
        .map_err(|_| Error::Settings(format!("{what}: {v:?} is not HOST:PORT")))
}

/// Flags beat settings; both or neither.
fn tls_paths(a: &ServeArgs, settings: &Settings) -> Result<Tls> {
    match (
        a.tls_cert.clone().or(settings.tls_cert.clone()),
        a.tls_key.clone().or(settings.tls_key.clone()),
    ) {
        (Some(c), Some(k)) => Ok(Some((c, k))),
        (None, None) => Ok(None),
        _ => Err(Error::Settings(
            "TLS needs both a certificate and a key".into(),
        )),
    }
}

/// The first line on stdout says where we are (tests and scripts read it,
/// with `--quiet` too: it is the answer to `--listen 127.0.0.1:0`); a JSON
/// line like the log's under `--log-format json`, the URL in `fields.url`.
fn announce(line: &str, url: &str) {
    if super::logging::json_lines() {
        let fields = serde_json::json!({ "url": url });
        crate::outln!(
            "{}",
            super::logging::json_line("INFO", "fsconn::serve", line, fields)
        );
    } else {
        crate::outln!("{line}");
    }
}

async fn serve(
    g: Global,
    a: ServeArgs,
    settings: Settings,
    addr: SocketAddr,
    metrics: Option<SocketAddr>,
    tls: Tls,
) -> Result<i32> {
    let app = AppState::new(
        settings,
        ServeOptions {
            web_root: a.web_root.clone(),
            connect_esl: true,
            tls: tls.is_some(),
        },
    )?;
    check_default_passwords(&app, addr, a.allow_default_passwords)?;
    let listen = addr.to_string();
    let listener = std::net::TcpListener::bind(addr).map_err(|e| Error::io(&listen, e))?;
    let local = listener.local_addr().map_err(|e| Error::io(&listen, e))?;
    let scheme = if tls.is_some() { "https" } else { "http" };
    let tls_config = match &tls {
        Some((cert, key)) => Some(
            RustlsConfig::from_pem_file(cert, key)
                .await
                .map_err(|e| tls_error(cert, key, e))?,
        ),
        None => None,
    };
    let url = format!("{scheme}://{local}");
    announce(&format!("fsconn serve: listening on {url}"), &url);
    if let Some(m) = metrics {
        let bound = tokio::net::TcpListener::bind(m)
            .await
            .map_err(|e| Error::io(m.to_string(), e))?;
        let at = bound
            .local_addr()
            .map_err(|e| Error::io(m.to_string(), e))?;
        let url = format!("http://{at}/metrics");
        announce(&format!("fsconn serve: metrics on {url}"), &url);
        let router = server::metrics::router(app.clone());
        tokio::spawn(async move {
            if let Err(e) = axum::serve(bound, router).await {
                tracing::error!("metrics listener: {e}");
            }
        });
    }
    tokio::spawn(reload_on_sighup(g, a, app.clone(), tls_config.clone()));
    // Listening and the state loaded: systemd may start what depends on us.
    let _ = sd_notify::notify(false, &[sd_notify::NotifyState::Ready]);
    tokio::spawn(watchdog());
    listener
        .set_nonblocking(true)
        .map_err(|e| Error::io(&listen, e))?;
    let listener =
        tokio::net::TcpListener::from_std(listener).map_err(|e| Error::io(&listen, e))?;
    match tls_config {
        None => server::serve(listener, app, stopping()).await,
        // The config is read per connection: a SIGHUP reload reaches new
        // connections, open ones keep their certificate.
        Some(config) => server::serve_tls(listener, config, app, stopping()).await,
    }
    .map_err(|e| Error::io(&listen, e))?;
    tracing::info!("shut down");
    Ok(0)
}

/// Warn about every user with a well-known default password, and refuse a
/// listen address other than loopback while there is one, unless allowed.
fn check_default_passwords(app: &AppState, addr: SocketAddr, allow: bool) -> Result<()> {
    let weak = crate::ops::users::default_password_users(&app.cache().state);
    if weak.is_empty() {
        return Ok(());
    }
    tracing::warn!(
        "{} user(s) have a well-known default password: {}; change them with `fsconn users mod`",
        weak.len(),
        weak.join(", ")
    );
    if addr.ip().is_loopback() || allow {
        return Ok(());
    }
    Err(Error::Settings(format!(
        "refusing to listen on {addr}: {} user(s) have a well-known default password ({}); change them with `fsconn users mod`, or pass --allow-default-passwords",
        weak.len(),
        weak.join(", ")
    )))
}

fn tls_error(cert: &std::path::Path, key: &std::path::Path, e: std::io::Error) -> Error {
    Error::Settings(format!(
        "TLS certificate {} / key {}: {e}",
        cert.display(),
        key.display()
    ))
}

/// The shutdown signal, told to systemd as `STOPPING=1`.
async fn stopping() {
    shutdown_signal().await;
    tracing::info!("shutting down");
    let _ = sd_notify::notify(false, &[sd_notify::NotifyState::Stopping]);
}

/// `WATCHDOG=1` at half the interval systemd asked for (`WatchdogSec`), from
/// a task on the same runtime as everything else: if the event loop stalls,
/// the pings stop and systemd restarts us.
async fn watchdog() {
    let mut usec = 0u64;
    if !sd_notify::watchdog_enabled(false, &mut usec) || usec == 0 {
        return;
    }
    let mut tick = tokio::time::interval(Duration::from_micros(usec / 2));
    loop {
        tick.tick().await;
        let _ = sd_notify::notify(false, &[sd_notify::NotifyState::Watchdog]);
    }
}

/// SIGHUP: re-read the settings file, apply what can change at run time
/// (`serve.trusted_proxies`), re-read the templates and the TLS certificate
/// and key. Whatever fails to load is refused with a log line and the old
/// stays in use.
async fn reload_on_sighup(g: Global, a: ServeArgs, app: AppState, tls: Option<RustlsConfig>) {
    use tokio::signal::unix::{signal, SignalKind};
    let Ok(mut hup) = signal(SignalKind::hangup()) else {
        tracing::warn!("cannot listen for SIGHUP; reloads need a restart");
        return;
    };
    while hup.recv().await.is_some() {
        let _ = sd_notify::notify(false, &[sd_notify::NotifyState::Reloading]);
        reload_once(&g, &a, &app, tls.as_ref()).await;
        let _ = sd_notify::notify(false, &[sd_notify::NotifyState::Ready]);
    }
}

async fn reload_once(g: &Global, a: &ServeArgs, app: &AppState, tls: Option<&RustlsConfig>) {
    tracing::info!("SIGHUP: reloading settings, templates and TLS certificate");
    let fresh = match g.settings() {
        Ok(s) => s,
        Err(e) => {
            tracing::error!("reload refused, keeping the running settings: {e}");
            return;
        }
    };
    let a2 = app.clone();
    let s2 = fresh.clone();
    match tokio::task::spawn_blocking(move || a2.reload(&s2)).await {
        Ok(Ok(())) => tracing::info!("settings and templates reloaded"),
        Ok(Err(e)) => tracing::error!("reload refused, keeping the running templates: {e}"),
        Err(e) => tracing::error!("reload failed: {e}"),
    }
    let (Some(config), Ok(Some((cert, key)))) = (tls, tls_paths(a, &fresh)) else {
        if tls.is_none() && fresh.tls_cert.is_some() {
            tracing::warn!("reload: serving HTTPS instead of HTTP takes a restart");
        }
        return;
    };
    match config.reload_from_pem_file(&cert, &key).await {
        Ok(()) => tracing::info!("TLS certificate {} reloaded", cert.display()),
        Err(e) => tracing::error!(
            "TLS certificate {} / key {} refused, keeping the running one: {e}",
            cert.display(),
            key.display()
        ),
    }
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
