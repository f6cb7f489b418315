//! Request bodies that arrive too slowly end the request.
//!
//! A client that sends a header and then trickles its body (one byte every
//! two seconds of a declared `Content-Length: 200`, or a chunked body that
//! never ends) would otherwise hold its connection, and a request in
//! flight, for as long as it likes: the header and idle timeouts do not
//! apply while a request is in flight. So every body, before any handler or
//! authentication sees it, gets a deadline: it must be complete within
//! `serve.body_timeout` seconds of its header, and it must keep up
//! `serve.body_min_rate` bytes per second after the first
//! `serve.header_timeout` seconds (each byte buys `1/min_rate` s, as in
//! Apache's mod_reqtimeout). Past the deadline the body fails with
//! [`TooSlow`]; the accept loop then answers 408 and closes the connection
//! (HTTP/1.1; on HTTP/2 the stream ends). Bodies that are already complete
//! when the header arrives (every GET) are not wrapped at all.

use axum::body::Bytes;
use http_body::{Body, Frame, SizeHint};
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio::time::Sleep;

/// How long a body may take.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The whole body, from its header.
    pub total: Duration,
    /// Before the minimum rate applies.
    pub grace: Duration,
    /// Bytes per second after the grace; 0: no minimum.
    pub min_rate: u64,
}

impl Limits {
    /// When a body that has `received` bytes after starting at `start` has
    /// run out of time.
    fn deadline(&self, start: Instant, received: u64) -> Instant {
        let by_rate = match self.min_rate {
            0 => self.total,
            r => self.grace + Duration::from_secs_f64(received as f64 / r as f64),
        };
        start + by_rate.min(self.total)
    }
}

/// The error of a body that ran out of time.
#[derive(Debug, thiserror::Error)]
#[error("the request body arrived too slowly (serve.body_timeout / serve.body_min_rate)")]
pub struct TooSlow;

pin_project_lite::pin_project! {
    /// A request body with a deadline; `expired` is set when it ran out.
    pub struct Timed<B> {
        #[pin]
        inner: B,
        limits: Limits,
        start: Instant,
        received: u64,
        timer: Option<Pin<Box<Sleep>>>,
        expired: Arc<AtomicBool>,
    }
}

impl<B> Timed<B> {
    pub fn new(inner: B, limits: Limits, start: Instant, expired: Arc<AtomicBool>) -> Timed<B> {
        Timed {
            inner,
            limits,
            start,
            received: 0,
            timer: None,
            expired,
        }
    }
}

impl<B> Body for Timed<B>
where
    B: Body<Data = Bytes>,
    B::Error: Into<axum::BoxError>,
{
    type Data = Bytes;
    type Error = axum::BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::BoxError>>> {
        let this = self.project();
        if this.expired.load(Ordering::Relaxed) {
            return Poll::Ready(Some(Err(TooSlow.into())));
        }
        match this.inner.poll_frame(cx) {
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(data) = frame.data_ref() {
                    *this.received += data.len() as u64;
                }
                return Poll::Ready(Some(Ok(frame)));
            }
            Poll::Ready(other) => return Poll::Ready(other.map(|r| r.map_err(Into::into))),
            Poll::Pending => {}
        }
        let deadline = this.limits.deadline(*this.start, *this.received);
        let deadline = tokio::time::Instant::from_std(deadline);
        let timer = this
            .timer
            .get_or_insert_with(|| Box::pin(tokio::time::sleep_until(deadline)));
        if timer.deadline() != deadline {
            timer.as_mut().reset(deadline);
        }
        match timer.as_mut().poll(cx) {
            Poll::Ready(()) => {
                this.expired.store(true, Ordering::Relaxed);
                Poll::Ready(Some(Err(TooSlow.into())))
            }
            Poll::Pending => Poll::Pending,
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_byte_buys_time_up_to_the_total() {
        let l = Limits {
            total: Duration::from_secs(60),
            grace: Duration::from_secs(5),
            min_rate: 100,
        };
        let t0 = Instant::now();
        assert_eq!(l.deadline(t0, 0), t0 + Duration::from_secs(5));
        assert_eq!(l.deadline(t0, 200), t0 + Duration::from_secs(7));
        assert_eq!(l.deadline(t0, 1_000_000), t0 + Duration::from_secs(60));
        let no_rate = Limits { min_rate: 0, ..l };
        assert_eq!(no_rate.deadline(t0, 0), t0 + Duration::from_secs(60));
    }
}
