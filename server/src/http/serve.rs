//! The connection loop: poem endpoints served over HTTP/1.1 by hyper, with a cap on open
//! connections and a deadline for each request's headers.
//!
//! poem's own server has no header-read timeout and no connection cap: silent sockets and
//! clients trickling their headers stayed open as long as they liked, and enough of them used
//! up the process's file descriptors. Here a connection must deliver a request's headers
//! within `header_timeout` of being opened or of its previous response (which is also how long
//! an idle kept-alive connection stays open); bodies have their own deadline where they are
//! read (`app::read_limited`). At most `max_connections` are served at once; more wait in the
//! kernel's accept queue. One client address (an IPv4 address, an IPv6 /64) holds at most
//! `per_address` of them: 10,100 idle sockets from one address used to fill the whole cap, so
//! honest requests waited 18–24 s to be accepted; now a connection past the address's share is
//! closed as soon as it is accepted, and everyone else is served.

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
    /// Most connections one client address holds at once; 0: no bound (behind a proxy, whose
    /// own address every connection has).
    pub per_address: usize,
}

/// Connections open now per client address.
#[derive(Default)]
struct ByAddress(std::sync::Mutex<std::collections::HashMap<std::net::IpAddr, usize>>);

impl ByAddress {
    /// Counts one more connection of `address`, unless it holds `bound` already.
    fn open(self: &Arc<Self>, address: std::net::IpAddr, bound: usize) -> Option<AddressPlace> {
        let mut open = self.0.lock().ok()?;
        let count = open.entry(address).or_default();
        if bound != 0 && *count >= bound {
            return None;
        }
        *count += 1;
        Some(AddressPlace {
            by_address: self.clone(),
            address,
        })
    }
}

/// One connection's place in its address's share; dropping it frees the place.
struct AddressPlace {
    by_address: Arc<ByAddress>,
    address: std::net::IpAddr,
}

impl Drop for AddressPlace {
    fn drop(&mut self) {
        if let Ok(mut open) = self.by_address.0.lock()
            && let Some(count) = open.get_mut(&self.address)
        {
            *count = count.saturating_sub(1);
            if *count == 0 {
                open.remove(&self.address);
            }
        }
    }
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
    let by_address = Arc::new(ByAddress::default());
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
        let address = crate::auth::throttle::ClientSource(remote.ip()).network();
        let Some(place) = by_address.open(address, limits.per_address) else {
            // Past its address's share: closed at once, its permit free for someone else.
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let endpoint = endpoint.clone();
        let mut phase = phase_rx.clone();
        let header_timeout = limits.header_timeout;
        tokio::spawn(async move {
            let _permit = permit;
            let _place = place;
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
