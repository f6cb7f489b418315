//! The accept loop: HTTP/1.1 and HTTP/2 (with TLS when configured) on
//! hyper, with limits an attacker cannot talk the server out of.
//!
//! - At most `serve.max_connections` open connections, and at most
//!   `serve.max_connections_per_address` from one client address (an IPv6
//!   client is its `serve.ipv6_prefix` network; loopback is exempt: a local
//!   reverse proxy carries many clients). Connections over a limit are
//!   closed at once, and a WebSocket keeps its connection counted until it
//!   closes.
//! - A connection must complete its TLS handshake and its first request
//!   header within `serve.header_timeout` seconds, and may then sit without
//!   a request in flight for `serve.idle_timeout` seconds; after that it is
//!   shut down gracefully (answers in progress finish), then for good.
//! - A request body must arrive within `serve.body_timeout` seconds and at
//!   `serve.body_min_rate` bytes per second (`slowbody`), else the request
//!   is answered 408 and the connection closed: a request in flight is not
//!   idle, so without this a trickled body would hold its connection forever.
//! - `accept` failing (e.g. out of file descriptors) is logged once a
//!   second and retried after a pause, instead of spinning.

use super::slowbody::{self, Limits};
use super::AppState;
use axum::extract::ConnectInfo;
use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tower::ServiceExt;

/// How long a connection may finish its answers after being told to stop.
const GRACE: Duration = Duration::from_secs(5);

#[derive(Clone, Copy)]
struct Timeouts {
    header: Duration,
    idle: Duration,
    body: Limits,
}

/// Serve `router` on `listener` (TLS when `tls` is given) until `shutdown`.
pub async fn run(
    listener: TcpListener,
    tls: Option<axum_server::tls_rustls::RustlsConfig>,
    app: AppState,
    router: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let s = app.settings();
    let conns = Arc::new(Conns::new(
        s.max_connections,
        s.max_connections_per_address,
        s.ipv6_prefix,
    ));
    let timeouts = Timeouts {
        header: Duration::from_secs(s.header_timeout),
        idle: Duration::from_secs(s.idle_timeout),
        body: Limits {
            total: Duration::from_secs(s.body_timeout),
            grace: Duration::from_secs(s.header_timeout),
            min_rate: s.body_min_rate,
        },
    };
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut last_error_log: Option<Instant> = None;
    tokio::pin!(shutdown);
    loop {
        let accepted = tokio::select! {
            r = listener.accept() => r,
            _ = &mut shutdown => break,
        };
        let (tcp, peer) = match accepted {
            Ok(x) => x,
            Err(e) => {
                accept_failed(e, &mut last_error_log).await;
                continue;
            }
        };
        let Some(slot) = conns.admit(peer.ip()) else {
            continue;
        };
        let _ = tcp.set_nodelay(true);
        let (router, tls, stop) = (router.clone(), tls.clone(), stop_rx.clone());
        tokio::spawn(async move {
            let start = Instant::now();
            match tls {
                None => {
                    let io = Counted {
                        io: tcp,
                        _slot: slot,
                    };
                    connection(io, peer, start, router, timeouts, stop).await
                }
                Some(config) => {
                    let acceptor = tokio_rustls::TlsAcceptor::from(config.get_inner());
                    let handshake = tokio::time::timeout(timeouts.header, acceptor.accept(tcp));
                    if let Ok(Ok(tls)) = handshake.await {
                        let io = Counted {
                            io: tls,
                            _slot: slot,
                        };
                        connection(io, peer, start, router, timeouts, stop).await;
                    }
                }
            }
        });
    }
    let _ = stop_tx.send(true);
    // WebSockets left hyper at their upgrade: tell them separately.
    app.live.close_all();
    let until = Instant::now() + GRACE * 2;
    while conns.open() > 0 && Instant::now() < until {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Ok(())
}

async fn accept_failed(e: std::io::Error, last_log: &mut Option<Instant>) {
    if last_log.is_none_or(|t| t.elapsed() >= Duration::from_secs(1)) {
        tracing::warn!("accept failed: {e}");
        *last_log = Some(Instant::now());
    }
    // Out of descriptors or memory: give open connections time to end.
    tokio::time::sleep(Duration::from_millis(50)).await;
}

/// When a connection last had a request start or end, and how many are in
/// flight.
struct Activity {
    start: Instant,
    /// Milliseconds after `start`; 0 until the first request.
    last_ms: AtomicU64,
    inflight: AtomicUsize,
}

impl Activity {
    fn touch(&self) {
        let ms = self.start.elapsed().as_millis() as u64;
        self.last_ms.store(ms.max(1), Ordering::Relaxed);
    }

    /// When the connection counts as idle, if nothing happens before.
    fn idle_deadline(&self, t: Timeouts) -> Option<Instant> {
        if self.inflight.load(Ordering::Relaxed) > 0 {
            return None;
        }
        Some(match self.last_ms.load(Ordering::Relaxed) {
            0 => self.start + t.header,
            ms => self.start + Duration::from_millis(ms) + t.idle,
        })
    }
}

async fn connection<I>(
    io: I,
    peer: SocketAddr,
    start: Instant,
    router: Router,
    t: Timeouts,
    mut stop: watch::Receiver<bool>,
) where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let activity = Arc::new(Activity {
        start,
        last_ms: AtomicU64::new(0),
        inflight: AtomicUsize::new(0),
    });
    let a = activity.clone();
    let service = hyper::service::service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
        let (mut req, expired) = timed(req, t.body);
        req.extensions_mut().insert(ConnectInfo(peer));
        a.inflight.fetch_add(1, Ordering::Relaxed);
        a.touch();
        let a = a.clone();
        let call = router.clone().oneshot(req);
        async move {
            let r = call.await;
            a.touch();
            a.inflight.fetch_sub(1, Ordering::Relaxed);
            match expired {
                Some((e, http1)) if e.load(Ordering::Relaxed) => Ok(too_slow(http1)),
                _ => r,
            }
        }
    });
    let mut builder = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(t.header);
    builder
        .http2()
        .timer(TokioTimer::new())
        .max_concurrent_streams(100)
        .max_pending_accept_reset_streams(50);
    let conn = builder.serve_connection_with_upgrades(TokioIo::new(io), service);
    tokio::pin!(conn);
    loop {
        let wait = activity
            .idle_deadline(t)
            .map_or(t.idle, |d| d.saturating_duration_since(Instant::now()));
        tokio::select! {
            _ = conn.as_mut() => return,
            _ = stop.changed() => break,
            _ = tokio::time::sleep(wait) => {
                let idle = activity
                    .idle_deadline(t)
                    .is_some_and(|d| d <= Instant::now());
                if idle {
                    break;
                }
            }
        }
    }
    conn.as_mut().graceful_shutdown();
    let _ = tokio::time::timeout(GRACE, conn).await;
}

/// The request with its body under the body deadline, and the flag the
/// body sets when it runs out with whether the request is HTTP/1.x; a
/// request without a body (every GET) is left alone.
fn timed(
    req: hyper::Request<hyper::body::Incoming>,
    limits: Limits,
) -> (axum::extract::Request, Option<(Arc<AtomicBool>, bool)>) {
    use http_body::Body as _;
    if req.body().is_end_stream() {
        return (req.map(axum::body::Body::new), None);
    }
    let http1 = req.version() < hyper::Version::HTTP_2;
    let expired = Arc::new(AtomicBool::new(false));
    let e = expired.clone();
    let req =
        req.map(|b| axum::body::Body::new(slowbody::Timed::new(b, limits, Instant::now(), e)));
    (req, Some((expired, http1)))
}

/// 408 for a body that ran out of time; an HTTP/1.1 connection closes.
fn too_slow(http1: bool) -> axum::response::Response {
    use axum::response::IntoResponse;
    let mut r = super::error::ApiError::Status(
        axum::http::StatusCode::REQUEST_TIMEOUT,
        slowbody::TooSlow.to_string(),
    )
    .into_response();
    if http1 {
        r.headers_mut().insert(
            axum::http::header::CONNECTION,
            axum::http::HeaderValue::from_static("close"),
        );
    }
    r
}

/// Open connections, in total and per address.
struct Conns {
    max: usize,
    per_addr: usize,
    v6_prefix: u8,
    open: Mutex<(usize, HashMap<IpAddr, usize>)>,
}

impl Conns {
    fn new(max: usize, per_addr: usize, v6_prefix: u8) -> Conns {
        Conns {
            max,
            per_addr,
            v6_prefix,
            open: Mutex::new((0, HashMap::new())),
        }
    }

    fn open(&self) -> usize {
        self.open.lock().map_or(0, |g| g.0)
    }

    /// A slot for a new connection from `ip`, if the limits allow one.
    fn admit(self: &Arc<Self>, ip: IpAddr) -> Option<Slot> {
        let ip = ip.to_canonical();
        // Loopback is judged before aggregation (`::1`'s /64 is not loopback).
        let ip = match ip.is_loopback() {
            true => ip,
            false => super::throttle::client_key(ip, self.v6_prefix),
        };
        let mut g = self.open.lock().unwrap_or_else(|p| p.into_inner());
        if g.0 >= self.max {
            return None;
        }
        if !ip.is_loopback() {
            let n = g.1.entry(ip).or_insert(0);
            if *n >= self.per_addr {
                return None;
            }
            *n += 1;
        }
        g.0 += 1;
        Some(Slot {
            conns: self.clone(),
            ip,
        })
    }
}

/// One admitted connection; freed when the connection's socket closes.
struct Slot {
    conns: Arc<Conns>,
    ip: IpAddr,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut g = self.conns.open.lock().unwrap_or_else(|p| p.into_inner());
        g.0 = g.0.saturating_sub(1);
        if let Some(n) = g.1.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                g.1.remove(&self.ip);
            }
        }
    }
}

/// A socket that holds its connection slot (also after a WebSocket upgrade
/// took it over from hyper).
struct Counted<I> {
    io: I,
    _slot: Slot,
}

impl<I: AsyncRead + Unpin> AsyncRead for Counted<I> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_read(cx, buf)
    }
}

impl<I: AsyncWrite + Unpin> AsyncWrite for Counted<I> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.io).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.io).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }
}

/// Raise the soft open-files limit to the hard limit, so the connection cap,
/// not the descriptor limit, is what bounds connections. Returns the new
/// soft limit.
pub fn raise_nofile_limit() -> Option<u64> {
    use rustix::process::{getrlimit, setrlimit, Resource};
    let mut l = getrlimit(Resource::Nofile);
    if l.current != l.maximum {
        l.current = l.maximum;
        if setrlimit(Resource::Nofile, l).is_err() {
            return getrlimit(Resource::Nofile).current;
        }
    }
    l.current
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connection_limits_total_and_per_address() {
        let c = Arc::new(Conns::new(5, 2, 64));
        let a: IpAddr = "203.0.113.9".parse().unwrap();
        let b: IpAddr = "203.0.113.10".parse().unwrap();
        let lo: IpAddr = "127.0.0.1".parse().unwrap();
        let a1 = c.admit(a).unwrap();
        let _a2 = c.admit(a).unwrap();
        assert!(c.admit(a).is_none(), "per address");
        let _b1 = c.admit(b).unwrap();
        let _l1 = c.admit(lo).unwrap();
        let _l2 = c.admit(lo).unwrap();
        assert!(c.admit(lo).is_none(), "total");
        drop(a1);
        assert_eq!(c.open(), 4);
        assert!(c.admit(a).is_some(), "a slot was freed");
        let mapped: IpAddr = "::ffff:203.0.113.10".parse().unwrap();
        drop(_b1);
        let _m1 = c.admit(mapped).unwrap();
        assert_eq!(c.open.lock().unwrap().1.get(&b), Some(&1));
    }

    #[test]
    fn an_ipv6_client_is_its_prefix() {
        let c = Arc::new(Conns::new(100, 2, 64));
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        let _a = c.admit(ip("2001:db8:0:1::1")).unwrap();
        let _b = c.admit(ip("2001:db8:0:1:ffff::2")).unwrap();
        assert!(c.admit(ip("2001:db8:0:1:1234::3")).is_none(), "same /64");
        assert!(c.admit(ip("2001:db8:0:2::1")).is_some(), "another /64");
        let _l: Vec<Slot> = (0..5).filter_map(|_| c.admit(ip("::1"))).collect();
        assert_eq!(_l.len(), 5, "loopback stays exempt");
        let wide = Arc::new(Conns::new(100, 1, 48));
        let _w = wide.admit(ip("2001:db8:0:1::1")).unwrap();
        assert!(wide.admit(ip("2001:db8:0:ff::1")).is_none(), "same /48");
    }
}
