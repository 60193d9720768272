//! The HTTP server: `/graphql` (GraphQL over HTTP), `/healthz`, `/readyz`.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use poem::http::StatusCode;
use poem::middleware::CatchPanic;
use poem::web::Data;
use poem::{Endpoint, EndpointExt, IntoResponse, Request, Response, Route, get, handler};
use rand::RngCore;
use serde_json::json;
use tracing::Instrument;

use crate::auth::Callers;
use crate::auth::cache::{CallerCache, MemoryCallerCache, RedisCallerCache};
use crate::auth::throttle::LoginGuard;
use crate::error::{Code, INTERNAL_MESSAGE};
use crate::graphql::{self};
use crate::http::Edge;
use crate::http::admission::Admission;
use crate::http::graphql_handler::{failed, json_response};
use crate::infra::config::Settings;
use crate::infra::db;
use crate::infra::redis_conn::RedisConnections;
use crate::live::{LiveStore, MemoryStore, RedisStore};
use crate::state::AppState;

pub use crate::http::graphql_handler::{MAX_JSON_BODY, MAX_MULTIPART_BODY};

pub type StartError = Box<dyn std::error::Error + Send + Sync>;

/// A server bound to its address, ready to run.
pub struct Application {
    listener: tokio::net::TcpListener,
    addr: SocketAddr,
    /// The listener of `GET /metrics`, when the settings give it an address.
    metrics_listener: Option<tokio::net::TcpListener>,
    pub state: AppState,
    /// What the HTTP edge keeps of its own (admission, parsed documents).
    pub edge: Edge,
}

impl Application {
    /// Connects, migrates, opens the live store and binds the listener.
    pub async fn build(settings: Settings) -> Result<Self, StartError> {
        let db = db::connect(&settings.database).await?;
        crate::domain::migrate(&db).await?;
        // Attempts and callers are kept together: both in one Redis that the replicas
        // share, or both in this process.
        // The background work (write-behind, deadline sweep) gets a store of its own over Redis.
        type Stores = (Arc<dyn LiveStore>, Arc<dyn LiveStore>, Box<dyn CallerCache>);
        let (live, background_live, cache): Stores = match &settings.redis_url {
            Some(url) => {
                let redis = RedisConnections::open(url).await?;
                let store = RedisStore::connect(&redis, &settings.redis_prefix).await?;
                let background = store.for_background(&redis);
                (
                    Arc::new(store),
                    Arc::new(background),
                    Box::new(RedisCallerCache::new(&redis, &settings.redis_prefix)),
                )
            }
            None => {
                let store: Arc<dyn LiveStore> = Arc::new(MemoryStore::default());
                (store.clone(), store, Box::new(MemoryCallerCache::default()))
            }
        };
        let callers = Arc::new(Callers::new(db.clone(), cache));
        let listener = tokio::net::TcpListener::bind(settings.listen.as_str()).await?;
        let addr = listener.local_addr()?;
        let metrics_listener = match &settings.metrics_listen {
            Some(listen) => Some(tokio::net::TcpListener::bind(listen.as_str()).await?),
            None => None,
        };
        let admission = Arc::new(Admission::new(settings.in_flight_per_core, settings.busy_after));
        // The server's one registry; the edge's own counts are read from it at each scrape.
        let mut metrics = crate::infra::metrics::Metrics::default();
        metrics.register_collector(Box::new(crate::http::metrics::EdgeCollector {
            admission: admission.clone(),
            callers: callers.clone(),
        }));
        let clock = crate::infra::clock::Clock::system();
        if let Some(at) = &settings.now {
            let at = chrono::DateTime::parse_from_rfc3339(at).map_err(|e| {
                std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    format!("XUEFA_NOW={at:?} is not an RFC 3339 time (e.g. 2027-01-06T09:00:00+08:00): {e}"),
                )
            })?;
            clock.set(at.with_timezone(&chrono::Utc));
            tracing::warn!(now = %at, "the server's clock is set by XUEFA_NOW (a test aid)");
        }
        Ok(Application {
            listener,
            addr,
            metrics_listener,
            state: AppState {
                db,
                live,
                background_live,
                callers,
                settings: Arc::new(settings),
                papers: Arc::default(),
                metrics: Arc::new(metrics),
                login_guard: Arc::new(LoginGuard::default()),
                recovery_search: Arc::default(),
                clock,
            },
            edge: Edge {
                admission,
                documents: Arc::default(),
                response_bytes: Arc::default(),
                uploads: Arc::default(),
            },
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Where `GET /metrics` is served, if anywhere.
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.metrics_listener.as_ref().and_then(|l| l.local_addr().ok())
    }

    /// Serves until `shutdown` completes, then lets requests in flight finish.
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send) -> std::io::Result<()> {
        let grace = Duration::from_secs(self.state.settings.shutdown_grace_seconds);
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let workers = tokio::spawn(
            self.state
                .clock
                .scope(background_work(self.state.clone(), stopped)),
        );
        let limits = crate::http::serve::ConnectionLimits {
            header_timeout: Duration::from_secs(self.state.settings.header_timeout_seconds),
            max_connections: self.state.settings.max_connections,
            per_address: self.state.settings.max_connections_per_address,
        };
        // Both listeners stop together, when `shutdown` completes (or the API's stops).
        let (closing, closed) = tokio::sync::watch::channel(false);
        let metrics = self.metrics_listener.map(|listener| {
            let endpoint = metrics_routes(self.state.clone(), self.edge.clone())
                .map_to_response()
                .boxed();
            let mut closed = closed.clone();
            let stopped = async move {
                let _ = closed.wait_for(|c| *c).await;
            };
            tokio::spawn(crate::http::serve::serve(
                listener, endpoint, limits, stopped, grace,
            ))
        });
        let endpoint = routes(self.state, self.edge).map_to_response().boxed();
        let shutdown = async move {
            shutdown.await;
            let _ = closing.send(true);
        };
        let served = crate::http::serve::serve(self.listener, endpoint, limits, shutdown, grace).await;
        if let Some(metrics) = metrics {
            let _ = metrics.await;
        }
        let _ = stop.send(true);
        let _ = workers.await;
        served
    }
}

/// The exam's background work: draining saved answers into the database (when writing
/// behind) and submitting attempts left open at their deadline; and forgetting old login
/// failures. Every replica runs all three; the queue and the conditional submission keep them
/// from doing anything twice.
async fn background_work(state: AppState, mut stopped: tokio::sync::watch::Receiver<bool>) {
    let flusher = {
        let state = state.clone();
        let mut stopped = stopped.clone();
        async move {
            if !state.background_live.writes_behind() {
                return;
            }
            while !*stopped.borrow() {
                // take_pending blocks up to 200 ms on Redis when the queue is empty.
                if let Err(err) =
                    crate::domain::exam::flush_answers(&state.db, state.background_live.as_ref()).await
                {
                    tracing::error!(error = ?err, "flushing saved answers failed; retrying");
                    tokio::select! {
                        _ = tokio::time::sleep(Duration::from_secs(1)) => {}
                        _ = stopped.changed() => {}
                    }
                }
            }
            // One last drain so a clean shutdown leaves nothing waiting.
            let _ = crate::domain::exam::flush_answers(&state.db, state.background_live.as_ref()).await;
        }
    };
    // Old login failures are forgotten at start-up and hourly after (every replica; the
    // delete is idempotent).
    let janitor = {
        let state = state.clone();
        let mut stopped = stopped.clone();
        async move {
            let mut tick = tokio::time::interval(Duration::from_secs(3600));
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            while !*stopped.borrow() {
                tokio::select! {
                    _ = tick.tick() => {
                        match crate::auth::throttle::purge_stale(&state.db, state.clock.now()).await {
                            Ok(0) => {}
                            Ok(rows) => tracing::info!(rows, "forgot login failures older than a day"),
                            Err(err) => tracing::warn!(error = ?err, "forgetting old login failures failed"),
                        }
                    }
                    _ = stopped.changed() => {}
                }
            }
        }
    };
    let sweeper = async {
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        while !*stopped.borrow() {
            tokio::select! {
                _ = tick.tick() => {
                    if let Err(err) = crate::domain::exam::sweep_due(&state.background_exam()).await {
                        tracing::error!(error = ?err, "submitting attempts at their deadline failed; retrying");
                    }
                }
                _ = stopped.changed() => {}
            }
        }
    };
    tokio::join!(flusher, sweeper, janitor);
}

/// Completes on SIGTERM or Ctrl-C. The handlers are installed by this call, not when the
/// future is first polled, so a signal sent as soon as the server says it is listening counts.
pub fn shutdown_signal() -> impl Future<Output = ()> + Send {
    #[cfg(unix)]
    let terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate());
    async move {
        let ctrl_c = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        #[cfg(unix)]
        let terminate = async {
            match terminate {
                Ok(mut s) => {
                    s.recv().await;
                }
                Err(_) => std::future::pending::<()>().await,
            }
        };
        #[cfg(not(unix))]
        let terminate = std::future::pending::<()>();
        tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
        tracing::info!("shutting down: finishing requests in flight");
    }
}

pub fn routes(state: AppState, edge: Edge) -> impl Endpoint {
    let mut builder = graphql::builder();
    if !state.settings.introspection_enabled() {
        // "Did you mean …" in a validation error would spell out the schema piece by piece.
        builder = builder.disable_introspection().disable_suggestions();
    }
    let schema = builder.data(state.clone()).finish();
    let cors = crate::http::policy::Cors::new(&state.settings.cors_origins);
    Route::new()
        .at(
            "/graphql",
            get(crate::http::graphql_handler::graphql_get).post(crate::http::graphql_handler::graphql_post),
        )
        .at("/healthz", get(healthz))
        .at("/readyz", get(readyz))
        .at("/export/stats.xlsx", get(crate::http::export::stats_xlsx))
        .at("/export/learners.xlsx", get(crate::http::export::learners_xlsx))
        .at("/export/roster.xlsx", get(crate::http::export::roster_xlsx))
        .at(
            "/export/roster-template.xlsx",
            get(crate::http::export::roster_template),
        )
        // Certificates (成绩证明): the PDFs, and the public verification page.
        .at("/export/certificate.pdf", get(crate::http::certificate::own_pdf))
        .at(
            "/export/certificates.pdf",
            get(crate::http::certificate::unit_pdf),
        )
        .at("/verify/:code", get(crate::http::certificate::verify_page))
        // The personal record (学法档案) as a spreadsheet.
        .at(
            "/export/record.xlsx",
            get(crate::http::record_export::record_xlsx),
        )
        // The web pages: the learners' app, the console, their assets.
        .at("/*path", get(crate::http::web::pages))
        .at("/", get(crate::http::web::pages))
        .around(with_clock)
        .data(state)
        .data(edge)
        .data(schema)
        .with(CatchPanic::new().with_handler(|_| failed(Code::Internal, INTERNAL_MESSAGE)))
        .around(move |next, req| crate::http::policy::cors(next, req, cors.clone()))
        .around(crate::http::policy::security_headers)
        .around(request_span)
}

/// Runs the request with this server's clock as the one `clock::now` reads.
async fn with_clock<E: Endpoint>(next: Arc<E>, req: Request) -> poem::Result<Response> {
    let clock = req
        .data::<AppState>()
        .map(|state| state.clock.clone())
        .unwrap_or_default();
    Ok(clock.scope(next.get_response(req)).await)
}

/// The Prometheus endpoint, on its own listener (`--metrics-listen`).
pub fn metrics_routes(state: AppState, edge: Edge) -> impl Endpoint {
    Route::new()
        .at("/metrics", get(crate::http::metrics::metrics))
        .data(state)
        .data(edge)
        .around(crate::http::policy::security_headers)
}

/// Gives every request an id, carried by each log line of the request and by the
/// `x-request-id` response header.
async fn request_span<E: Endpoint>(next: Arc<E>, req: Request) -> poem::Result<Response> {
    let mut bytes = [0u8; 8];
    rand::rng().fill_bytes(&mut bytes);
    let id = hex::encode(bytes);
    let path = req.uri().path().to_owned();
    let span = tracing::info_span!("request", id = %id, method = %req.method(), path = %path);
    async move {
        let started = Instant::now();
        let response = next.get_response(req).await;
        let status = response.status().as_u16();
        let elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
        if path == "/healthz" || path == "/readyz" {
            tracing::debug!(status, elapsed_ms, "served");
        } else {
            tracing::info!(status, elapsed_ms, "served");
        }
        Ok(response.with_header("x-request-id", id).into_response())
    }
    .instrument(span)
    .await
}

#[handler]
fn healthz() -> Response {
    json_response(StatusCode::OK, "application/json", &json!({"status": "ok"}))
}

#[handler]
async fn readyz(Data(state): Data<&AppState>) -> Response {
    let database = state.db.ping().await.is_ok();
    let live = state.live.ping().await.is_ok();
    // Ready or not, nothing more: which parts answer, and what they are, goes to the log
    // (and the store's kind to the start-up banner), not to anyone who can reach the port.
    if database && live {
        return json_response(StatusCode::OK, "application/json", &json!({"status": "ready"}));
    }
    tracing::warn!(database, live_store = live, "not ready");
    json_response(
        StatusCode::SERVICE_UNAVAILABLE,
        "application/json",
        &json!({"status": "not ready"}),
    )
}
