//! The connection loop: poem endpoints served over HTTP/1.1 by hyper, with a cap on open
//! connections and a deadline for each request's headers.
//!
//! poem's own server has no header-read timeout and no connection cap: silent sockets and
//! clients trickling their headers stayed open as long as they liked, and enough of them used
//! up the process's file descriptors. Here a connection must deliver a request's headers
//! within `header_timeout` of being opened or of its previous response (which is also how long
//! an idle kept-alive connection stays open); bodies have their own deadline where they are
//! read (`app::read_limited`). At most `max_connections` are served at once; more wait in the
//! kernel's accept queue.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use poem::endpoint::BoxEndpoint;
use poem::http::uri::Scheme;
use poem::web::{LocalAddr, RemoteAddr};
use poem::{Addr, Endpoint, Response};
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};

/// How connections are bounded.
#[derive(Clone, Copy, Debug)]
pub struct ConnectionLimits {
    /// Longest wait for a request's headers, from the connection's start or the end of its
    /// previous response.
    pub header_timeout: Duration,
    /// Most connections served at once.
    pub max_connections: usize,
}

/// Where a server stands: serving, draining (no new requests; requests in flight finish),
/// or stopped (connections dropped).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Phase {
    Serving,
    Draining,
    Stopped,
}

/// Serves `endpoint` on `listener` until `shutdown` completes, then lets requests in flight
/// finish for up to `grace`.
pub async fn serve(
    listener: TcpListener,
    endpoint: BoxEndpoint<'static, Response>,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()> + Send,
    grace: Duration,
) -> std::io::Result<()> {
    let local = listener.local_addr()?;
    let endpoint = Arc::new(endpoint);
    let max = limits.max_connections.clamp(1, Semaphore::MAX_PERMITS);
    let permits = Arc::new(Semaphore::new(max));
    let (phase_tx, phase_rx) = watch::channel(Phase::Serving);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => match permit {
                Ok(p) => p,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => break,
        };
        let (stream, remote) = match accepted {
            Ok(a) => a,
            Err(err) => {
                // Out of file descriptors, or a connection reset before it was accepted:
                // wait a moment rather than spin.
                tracing::warn!(error = %err, "accepting a connection failed");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let endpoint = endpoint.clone();
        let mut phase = phase_rx.clone();
        let header_timeout = limits.header_timeout;
        tokio::spawn(async move {
            let _permit = permit;
            let service = hyper::service::service_fn(move |req: poem::http::Request<Incoming>| {
                let endpoint = endpoint.clone();
                async move {
                    let request: poem::Request = (
                        req,
                        LocalAddr(Addr::SocketAddr(local)),
                        RemoteAddr(Addr::SocketAddr(remote)),
                        Scheme::HTTP,
                    )
                        .into();
                    let response = endpoint.get_response(request).await;
                    Ok::<_, Infallible>(hyper::Response::from(response))
                }
            });
            let connection = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout)
                .keep_alive(true)
                .serve_connection(TokioIo::new(stream), service);
            let mut connection = std::pin::pin!(connection);
            tokio::select! {
                _ = connection.as_mut() => return,
                _ = phase.wait_for(|p| *p != Phase::Serving) => {}
            }
            connection.as_mut().graceful_shutdown();
            tokio::select! {
                _ = connection.as_mut() => {}
                _ = phase.wait_for(|p| *p == Phase::Stopped) => {}
            }
        });
    }
    drop(listener);
    let _ = phase_tx.send(Phase::Draining);
    let all = u32::try_from(max).unwrap_or(u32::MAX);
    if tokio::time::timeout(grace, permits.acquire_many(all))
        .await
        .is_err()
    {
        tracing::warn!("requests still in flight after the shutdown grace period; dropping them");
    }
    let _ = phase_tx.send(Phase::Stopped);
    Ok(())
}
