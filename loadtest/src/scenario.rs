//! What a load scenario is made of: the back end it runs on, the stores made for it (a fresh
//! database and Redis key prefix, a directory for the logs), the server under test started on
//! them, and workers that send a request mix until a count, a moment or a signal. Calls are
//! timed and counted by operation in a [`Recorder`](crate::stats::Recorder), which prints the
//! Markdown report.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime};

use redis::aio::MultiplexedConnection;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};

use crate::services::{FreshDatabase, ServerProcess, ServerSpec, run_xuefa, wipe_prefix};

// ---------------------------------------------------------------------------------------------
// Back ends and stores

/// Where a scenario finds the server binary, PostgreSQL and Redis (flags every scenario has).
#[derive(clap::Args, Clone, Debug)]
pub struct Services {
    /// Use target/debug/xuefa instead of target/release/xuefa (XUEFA_BIN overrides both).
    #[arg(long)]
    pub debug: bool,
    /// PostgreSQL server (fresh databases are made on it and dropped at the end).
    #[arg(
        long,
        env = "TEST_DATABASE_URL",
        default_value = "postgres://postgres@127.0.0.1:5432/postgres"
    )]
    pub database_url: String,
    /// Redis (unique key prefixes are used and wiped at the end).
    #[arg(long, env = "TEST_REDIS_URL", default_value = "redis://127.0.0.1:6379")]
    pub redis_url: String,
}

impl Services {
    /// The server binary (see `server_binary`).
    pub fn server_binary(&self) -> Result<PathBuf, String> {
        server_binary(self.debug)
    }

    /// PostgreSQL + Redis, when both answer.
    pub async fn postgres(&self) -> Result<Backend, String> {
        Backend::postgres(&self.database_url, &self.redis_url).await
    }
}

/// Where the server keeps its data.
#[derive(Clone, Debug)]
pub enum Backend {
    /// A SQLite file and the in-process live store (the embedded default).
    Sqlite,
    /// A fresh database on this PostgreSQL server, and this Redis under a unique key prefix.
    Postgres { database_url: String, redis_url: String },
}

impl Backend {
    pub fn label(&self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres { .. } => "PostgreSQL + Redis",
        }
    }

    /// PostgreSQL and Redis, when both answer within 5 s.
    pub async fn postgres(database_url: &str, redis_url: &str) -> Result<Backend, String> {
        match tokio::time::timeout(Duration::from_secs(5), sea_orm::Database::connect(database_url)).await {
            Ok(Ok(db)) => {
                db.close().await.ok();
            }
            Ok(Err(e)) => return Err(format!("PostgreSQL at TEST_DATABASE_URL not reachable ({e})")),
            Err(_) => return Err("PostgreSQL at TEST_DATABASE_URL did not answer in 5 s".into()),
        }
        let client = redis::Client::open(redis_url).map_err(|e| format!("bad TEST_REDIS_URL ({e})"))?;
        match tokio::time::timeout(Duration::from_secs(5), client.get_multiplexed_async_connection()).await {
            Ok(Ok(_)) => Ok(Backend::Postgres {
                database_url: database_url.to_owned(),
                redis_url: redis_url.to_owned(),
            }),
            Ok(Err(e)) => Err(format!("Redis at TEST_REDIS_URL not reachable ({e})")),
            Err(_) => Err("Redis at TEST_REDIS_URL did not answer in 5 s".into()),
        }
    }
}

/// The stores of one server under test, made for one run and removed by `finish`: a SQLite
/// file or a fresh PostgreSQL database `<stem>_<random>`, a Redis key prefix, and a directory
/// for the server's log (and the SQLite file).
pub struct Stores {
    pub backend: Backend,
    pub database_url: String,
    database: Option<FreshDatabase>,
    pub prefix: String,
    redis: Option<MultiplexedConnection>,
    pub dir: PathBuf,
}

impl Stores {
    pub async fn create(backend: &Backend, stem: &str) -> Result<Stores, String> {
        let dir = std::env::temp_dir().join(format!("{stem}_{}", crate::random_suffix()));
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let (database_url, database, redis) = match backend {
            Backend::Sqlite => (format!("sqlite://{}/xuefa.db", dir.display()), None, None),
            Backend::Postgres {
                database_url,
                redis_url,
            } => {
                let database = FreshDatabase::create(database_url, stem).await?;
                let redis = redis::Client::open(redis_url.as_str())
                    .map_err(|e| e.to_string())?
                    .get_multiplexed_async_connection()
                    .await
                    .map_err(|e| format!("Redis: {e}"))?;
                (database.url.clone(), Some(database), Some(redis))
            }
        };
        let prefix = match &database {
            Some(d) => format!("{}_wb", d.name),
            None => "xuefa".into(),
        };
        Ok(Stores {
            backend: backend.clone(),
            database_url,
            database,
            prefix,
            redis,
            dir,
        })
    }

    /// The PostgreSQL database's name (none on SQLite).
    pub fn database_name(&self) -> Option<&str> {
        self.database.as_ref().map(|d| d.name.as_str())
    }

    /// The tool's own connection to the database, as the server connects.
    pub async fn connect(&self) -> Result<DatabaseConnection, String> {
        let settings = xuefa::infra::config::DatabaseSettings {
            database_url: self.database_url.clone(),
        };
        xuefa::infra::db::connect(&settings)
            .await
            .map_err(|e| format!("connect to {}: {e}", self.backend.label()))
    }

    /// `xuefa <args>` on the database to the end (`demo`, `generate`, `migrate`).
    pub async fn load(&self, bin: &Path, args: &[&str]) -> Result<String, String> {
        run_xuefa(bin, &self.database_url, args).await
    }

    /// `xuefa serve` on the stores and a free port, its log in `<dir>/<name>.log`; more
    /// environment in `env`. `RUST_LOG`, when set, reaches the server.
    pub async fn serve(
        &self,
        bin: &Path,
        name: &str,
        env: &[(&str, String)],
    ) -> Result<ServerProcess, String> {
        let mut env: Vec<(String, String)> = env.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
        if let Ok(log) = std::env::var("RUST_LOG") {
            env.push(("RUST_LOG".into(), log));
        }
        let spec = ServerSpec {
            bin: bin.to_owned(),
            database_url: self.database_url.clone(),
            redis_url: match &self.backend {
                Backend::Postgres { redis_url, .. } => Some(redis_url.clone()),
                Backend::Sqlite => None,
            },
            redis_prefix: self.prefix.clone(),
            port: crate::free_port()?,
            env,
            log: self.dir.join(format!("{name}.log")),
        };
        let started = Instant::now();
        let server = ServerProcess::start(spec, Duration::from_secs(120)).await?;
        eprintln!(
            "== {name}: server pid {} on {} ready in {} ({}, log {})",
            server.pid,
            server.base,
            crate::stats::ms(started.elapsed()),
            self.backend.label(),
            server.spec.log.display()
        );
        Ok(server)
    }

    /// A connection to the Redis the server uses (none on SQLite).
    pub fn redis(&self) -> Option<MultiplexedConnection> {
        self.redis.clone()
    }

    /// The write-behind stream's key.
    pub fn stream_key(&self) -> String {
        format!("{}:wb", self.prefix)
    }

    /// Answers acknowledged but not yet in the database: the write-behind stream's length (0 on
    /// SQLite, which writes every answer at once).
    pub async fn backlog(&self) -> u64 {
        let Some(mut c) = self.redis() else { return 0 };
        redis::cmd("XLEN")
            .arg(self.stream_key())
            .query_async::<u64>(&mut c)
            .await
            .unwrap_or(0)
    }

    /// Watches the write-behind stream's length every `every` until `stop`; its peak.
    pub fn watch_backlog(&self, every: Duration) -> BacklogWatch {
        let running = Arc::new(AtomicBool::new(true));
        let (redis, key) = (self.redis(), self.stream_key());
        let task = {
            let running = running.clone();
            tokio::spawn(async move {
                let Some(mut c) = redis else { return 0 };
                let mut peak = 0;
                while running.load(Ordering::Relaxed) {
                    if let Ok(len) = redis::cmd("XLEN").arg(&key).query_async::<u64>(&mut c).await {
                        peak = peak.max(len);
                    }
                    tokio::time::sleep(every).await;
                }
                peak
            })
        };
        BacklogWatch { running, task }
    }

    /// Waits until the write-behind stream is empty, at most `limit`; whether it emptied.
    pub async fn drained(&self, limit: Duration, poll: Duration) -> bool {
        let started = Instant::now();
        loop {
            if self.backlog().await == 0 {
                return true;
            }
            if started.elapsed() > limit {
                return false;
            }
            tokio::time::sleep(poll).await;
        }
    }

    /// Drops the database (unless `keep_database`) and the Redis keys, and removes the
    /// directory (unless `keep_logs`: its path is printed).
    pub async fn finish(self, keep_database: bool, keep_logs: bool) {
        match self.database {
            Some(d) if keep_database => eprintln!("database kept: {}", d.url),
            Some(d) => d.drop_database().await,
            None if keep_database => eprintln!("database kept: {}", self.database_url),
            None => {}
        }
        if let Backend::Postgres { redis_url, .. } = &self.backend {
            wipe_prefix(redis_url, &self.prefix).await;
        }
        if keep_logs || keep_database {
            eprintln!("logs kept in {}", self.dir.display());
        } else {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// A running watch of the write-behind stream (`Stores::watch_backlog`).
pub struct BacklogWatch {
    running: Arc<AtomicBool>,
    task: tokio::task::JoinHandle<u64>,
}

impl BacklogWatch {
    /// Stops watching; the longest the stream was.
    pub async fn stop(self) -> u64 {
        self.running.store(false, Ordering::Relaxed);
        self.task.await.unwrap_or(0)
    }
}

/// A PostgreSQL statement with `$n` parameters.
pub fn sql(text: &str, values: Vec<sea_orm::Value>) -> Statement {
    Statement::from_sql_and_values(DbBackend::Postgres, text, values)
}

/// `SELECT count(*) AS n ...`'s n.
pub async fn count(db: &DatabaseConnection, text: &str, values: Vec<sea_orm::Value>) -> Result<i64, String> {
    db.query_one_raw(sql(text, values))
        .await
        .map_err(|e| e.to_string())?
        .ok_or("no row")?
        .try_get::<i64>("", "n")
        .map_err(|e| e.to_string())
}

// ---------------------------------------------------------------------------------------------
// The server binary and the environment, for the report

/// The `xuefa` binary (see `services::server_binary`), refused when missing and warned about
/// when a source file is newer.
pub fn server_binary(debug: bool) -> Result<PathBuf, String> {
    let bin = crate::services::server_binary(debug);
    if !bin.exists() {
        return Err(format!(
            "The server binary {} does not exist. Build it first:\n\n    cargo build {}-p server\n\n\
             (or point XUEFA_BIN at a build of `xuefa`)",
            bin.display(),
            if debug { "" } else { "--release " }
        ));
    }
    if let Ok(built) = std::fs::metadata(&bin).and_then(|m| m.modified()) {
        let mut newest = SystemTime::UNIX_EPOCH;
        for dir in ["server/src", "entity/src", "migration/src"] {
            newest_source(&workspace().join(dir), &mut newest);
        }
        if newest > built {
            eprintln!(
                "warning: {} is older than the newest source file; rebuild it to measure the current code",
                bin.display()
            );
        }
    }
    Ok(bin)
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn newest_source(dir: &Path, newest: &mut SystemTime) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            newest_source(&path, newest);
        } else if path.extension().is_some_and(|e| e == "rs")
            && let Ok(modified) = entry.metadata().and_then(|m| m.modified())
            && modified > *newest
        {
            *newest = modified;
        }
    }
}

/// The commit the workspace is at, and whether the server's sources differ from it.
pub fn source_version() -> String {
    let root = workspace();
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(&root)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
    };
    let commit = git(&["rev-parse", "--short", "HEAD"]).unwrap_or_else(|| "?".into());
    let dirty = git(&["status", "--porcelain", "--", "server/src", "entity", "migration"])
        .is_some_and(|s| !s.is_empty());
    if dirty {
        format!("{commit} with uncommitted changes")
    } else {
        commit
    }
}

/// PostgreSQL's version and the given settings: "15.2, fsync=on, ...".
pub async fn postgres_facts(url: &str, settings: &[&str]) -> String {
    let Ok(db) = crate::services::connect(url).await else {
        return "PostgreSQL not reachable".into();
    };
    let mut parts = Vec::new();
    for setting in std::iter::once("server_version").chain(settings.iter().copied()) {
        if let Ok(Some(row)) = db.query_one_raw(sql(&format!("SHOW {setting}"), vec![])).await
            && let Ok(v) = row.try_get::<String>("", setting)
        {
            parts.push(if setting == "server_version" {
                v
            } else {
                format!("{setting}={v}")
            });
        }
    }
    db.close().await.ok();
    format!("PostgreSQL {}", parts.join(", "))
}

/// Redis's version and durability settings.
pub async fn redis_facts(url: &str) -> String {
    let Ok(client) = redis::Client::open(url) else {
        return "Redis: bad URL".into();
    };
    let Ok(mut c) = client.get_multiplexed_async_connection().await else {
        return "Redis not reachable".into();
    };
    let info: String = redis::cmd("INFO")
        .arg("server")
        .query_async(&mut c)
        .await
        .unwrap_or_default();
    let version = info
        .lines()
        .find_map(|l| l.strip_prefix("redis_version:"))
        .unwrap_or("?")
        .trim()
        .to_owned();
    let mut config = Vec::new();
    for name in ["appendonly", "save"] {
        let pair: Vec<String> = redis::cmd("CONFIG")
            .arg("GET")
            .arg(name)
            .query_async(&mut c)
            .await
            .unwrap_or_default();
        config.push(format!("{name}=\"{}\"", pair.get(1).cloned().unwrap_or_default()));
    }
    format!("Redis {version} ({})", config.join(", "))
}

// ---------------------------------------------------------------------------------------------
// Workers

/// When a group of workers stops: the first of the conditions set. A worker checks before
/// each call; the call in flight is finished.
#[derive(Clone, Default)]
pub struct Until {
    each: Option<u64>,
    total: Option<u64>,
    deadline: Option<Instant>,
    flag: Option<Arc<AtomicBool>>,
}

impl Until {
    /// Each worker makes `calls` calls.
    pub fn each(calls: u64) -> Until {
        Until {
            each: Some(calls),
            ..Until::default()
        }
    }

    /// The workers together make `calls` calls.
    pub fn total(calls: u64) -> Until {
        Until {
            total: Some(calls),
            ..Until::default()
        }
    }

    /// Calls begin for `duration` from now.
    pub fn elapsed(duration: Duration) -> Until {
        Until::default().within(duration)
    }

    /// Until `flag` is set.
    pub fn flag(flag: Arc<AtomicBool>) -> Until {
        Until {
            flag: Some(flag),
            ..Until::default()
        }
    }

    /// And no call begins after `duration` from now.
    pub fn within(mut self, duration: Duration) -> Until {
        self.deadline = Some(Instant::now() + duration);
        self
    }
}

/// Which call a worker is making.
#[derive(Clone, Copy, Debug)]
pub struct Call {
    /// The worker, 0..n.
    pub worker: usize,
    /// This worker's calls before this one.
    pub k: u64,
    /// Every worker's calls before this one (an index into a shared list of jobs).
    pub index: u64,
}

/// Runs `n` workers, each making calls of `step` one after the other until `until`; returns
/// how long they took. `step` gets the shared context and which call it is; it times and
/// counts its requests itself (with a `Recorder`), so that think time is not counted.
pub async fn workers<C, F, Fut>(context: &Arc<C>, n: usize, until: Until, step: F) -> Duration
where
    C: Send + Sync + 'static,
    F: Fn(Arc<C>, Call) -> Fut + Send + Sync + Copy + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let started = Instant::now();
    let index = Arc::new(AtomicU64::new(0));
    let mut set = tokio::task::JoinSet::new();
    for worker in 0..n {
        let (context, until, index) = (context.clone(), until.clone(), index.clone());
        set.spawn(async move {
            let mut k = 0;
            loop {
                if until.each.is_some_and(|each| k >= each)
                    || until.deadline.is_some_and(|d| Instant::now() >= d)
                    || until.flag.as_ref().is_some_and(|f| f.load(Ordering::Relaxed))
                {
                    break;
                }
                let i = index.fetch_add(1, Ordering::Relaxed);
                if until.total.is_some_and(|total| i >= total) {
                    break;
                }
                step(context.clone(), Call { worker, k, index: i }).await;
                k += 1;
            }
        });
    }
    while let Some(joined) = set.join_next().await {
        if let Err(e) = joined {
            eprintln!("a worker failed: {e}");
        }
    }
    started.elapsed()
}

/// One question of a paper as the server sends it (`{ id options { key } }`): its id and the
/// option keys a save may send, in the paper's order.
pub fn question_keys(q: &serde_json::Value) -> (String, Vec<String>) {
    let id = q["id"].as_str().unwrap_or_default().to_owned();
    let keys = q["options"]
        .as_array()
        .map(|o| {
            o.iter()
                .filter_map(|x| x["key"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    (id, keys)
}
