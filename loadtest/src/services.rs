//! The processes and stores around a run: a fresh PostgreSQL database, the server under test
//! as a child process, and (for Redis restarts) a Redis server of the tool's own.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use tokio::process::{Child, Command};

// ---------------------------------------------------------------------------------------------
// PostgreSQL

/// A database made for one run on a PostgreSQL server, dropped by `drop_database`.
pub struct FreshDatabase {
    /// URL of the server's maintenance database (where CREATE/DROP DATABASE run).
    admin_url: String,
    pub name: String,
    /// URL of the fresh database.
    pub url: String,
}

impl FreshDatabase {
    /// `CREATE DATABASE <stem>_<random>` on the server `server_url` names.
    pub async fn create(server_url: &str, stem: &str) -> Result<FreshDatabase, String> {
        let name = format!("{stem}_{}", crate::random_suffix());
        let admin = connect(server_url).await?;
        admin
            .execute_unprepared(&format!("CREATE DATABASE {name}"))
            .await
            .map_err(|e| format!("create {name}: {e}"))?;
        admin.close().await.ok();
        let base = server_url.rsplit_once('/').map(|(b, _)| b).unwrap_or(server_url);
        Ok(FreshDatabase {
            admin_url: server_url.to_owned(),
            url: format!("{base}/{name}"),
            name,
        })
    }

    pub async fn connect(&self) -> Result<DatabaseConnection, String> {
        connect(&self.url).await
    }

    /// Drops the database (closing other sessions on it).
    pub async fn drop_database(self) {
        match connect(&self.admin_url).await {
            Ok(admin) => {
                if let Err(e) = admin
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name))
                    .await
                {
                    eprintln!("could not drop {}: {e}", self.name);
                }
                admin.close().await.ok();
            }
            Err(e) => eprintln!("could not drop {}: {e}", self.name),
        }
    }
}

/// Connects, failing within 10 s.
pub async fn connect(url: &str) -> Result<DatabaseConnection, String> {
    match tokio::time::timeout(Duration::from_secs(10), Database::connect(url)).await {
        Ok(Ok(db)) => Ok(db),
        Ok(Err(e)) => Err(format!("PostgreSQL at {} not reachable ({e})", redact(url))),
        Err(_) => Err(format!("PostgreSQL at {} did not answer in 10 s", redact(url))),
    }
}

fn redact(url: &str) -> String {
    xuefa::infra::config::redact_url(url)
}

/// Runs `xuefa <args>` to the end (`demo`, `generate`), with the database URL set.
pub async fn run_xuefa(bin: &Path, database_url: &str, args: &[&str]) -> Result<String, String> {
    let out = Command::new(bin)
        .args(args)
        .env("DATABASE_URL", database_url)
        .env_remove("REDIS_URL")
        .stdin(Stdio::null())
        .output()
        .await
        .map_err(|e| format!("run {} {}: {e}", bin.display(), args.join(" ")))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if out.status.success() {
        Ok(text)
    } else {
        Err(format!("`xuefa {}` failed: {text}", args.join(" ")))
    }
}

// ---------------------------------------------------------------------------------------------
// Redis

/// Deletes every key under `prefix:`; returns how many.
pub async fn wipe_prefix(redis_url: &str, prefix: &str) -> u64 {
    let Ok(client) = redis::Client::open(redis_url) else {
        return 0;
    };
    let Ok(mut c) = client.get_multiplexed_async_connection().await else {
        return 0;
    };
    let mut cursor = 0u64;
    let mut deleted = 0;
    loop {
        let page: redis::RedisResult<(u64, Vec<String>)> = redis::cmd("SCAN")
            .arg(cursor)
            .arg("MATCH")
            .arg(format!("{prefix}:*"))
            .arg("COUNT")
            .arg(1000)
            .query_async(&mut c)
            .await;
        let Ok((next, keys)) = page else { break };
        if !keys.is_empty() {
            let n: redis::RedisResult<u64> = redis::cmd("DEL").arg(&keys).query_async(&mut c).await;
            deleted += n.unwrap_or(0);
        }
        if next == 0 {
            break;
        }
        cursor = next;
    }
    deleted
}

/// A `redis-server` of the tool's own on 127.0.0.1:`port`, with its data in a temporary
/// directory, so that it can be killed and started again without touching the shared one.
/// With `aof` it keeps an append-only file (appendfsync everysec): Redis writes the file
/// before it answers, so a SIGKILL of Redis alone loses nothing it acknowledged.
pub struct OwnRedis {
    pub port: u16,
    dir: PathBuf,
    aof: bool,
    child: Option<Child>,
}

impl OwnRedis {
    pub async fn start(port: u16, dir: &Path, aof: bool) -> Result<OwnRedis, String> {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let mut redis = OwnRedis {
            port,
            dir: dir.to_owned(),
            aof,
            child: None,
        };
        redis.spawn().await?;
        Ok(redis)
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().and_then(|c| c.id())
    }

    async fn spawn(&mut self) -> Result<(), String> {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.join("redis.log"))
            .map_err(|e| format!("redis log: {e}"))?;
        let child = Command::new("redis-server")
            .args(["--port", &self.port.to_string(), "--bind", "127.0.0.1"])
            .arg("--dir")
            .arg(&self.dir)
            .args(["--save", ""])
            .args(["--appendonly", if self.aof { "yes" } else { "no" }])
            .args(["--appendfsync", "everysec", "--protected-mode", "no"])
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| format!("start redis-server: {e}"))?;
        self.child = Some(child);
        let started = Instant::now();
        let client = redis::Client::open(self.url()).map_err(|e| e.to_string())?;
        loop {
            if let Ok(mut c) = client.get_multiplexed_async_connection().await {
                let pong: redis::RedisResult<String> = redis::cmd("PING").query_async(&mut c).await;
                if pong.is_ok() {
                    return Ok(());
                }
            }
            if started.elapsed() > Duration::from_secs(20) {
                return Err(format!(
                    "redis-server on port {} did not answer in 20 s",
                    self.port
                ));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// SIGKILL, then the same server started again on the same port and directory.
    pub async fn kill_and_restart(&mut self) -> Result<Duration, String> {
        let began = Instant::now();
        if let Some(mut child) = self.child.take() {
            let _ = child.start_kill();
            let _ = child.wait().await;
        }
        self.spawn().await?;
        Ok(began.elapsed())
    }

    pub async fn stop(mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.start_kill();
            let _ = child.wait().await;
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

// ---------------------------------------------------------------------------------------------
// The server under test

/// How to run the server: the same every time it is (re)started.
#[derive(Clone, Debug)]
pub struct ServerSpec {
    pub bin: PathBuf,
    pub database_url: String,
    pub redis_url: Option<String>,
    pub redis_prefix: String,
    pub port: u16,
    /// More environment (XUEFA_BUSY_AFTER, ...).
    pub env: Vec<(String, String)>,
    /// stdout and stderr of every start are appended here.
    pub log: PathBuf,
}

/// `xuefa serve` as a child process.
pub struct ServerProcess {
    pub spec: ServerSpec,
    child: Child,
    pub pid: u32,
    pub base: String,
    /// CPU ticks of earlier processes (before a SIGKILL).
    earlier_ticks: u64,
    /// Highest VmHWM of earlier processes, KiB.
    earlier_peak_kib: u64,
}

impl ServerProcess {
    /// Starts the server and waits until `/readyz` answers 200 (at most `ready_within`).
    pub async fn start(spec: ServerSpec, ready_within: Duration) -> Result<ServerProcess, String> {
        let child = spawn(&spec)?;
        let pid = child.id().ok_or("the server exited at once")?;
        let mut server = ServerProcess {
            base: format!("http://127.0.0.1:{}", spec.port),
            spec,
            child,
            pid,
            earlier_ticks: 0,
            earlier_peak_kib: 0,
        };
        server.wait_ready(ready_within).await?;
        Ok(server)
    }

    async fn wait_ready(&mut self, within: Duration) -> Result<(), String> {
        let probe = reqwest::Client::builder()
            .timeout(Duration::from_secs(2))
            .build()
            .map_err(|e| e.to_string())?;
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                let log = std::fs::read_to_string(&self.spec.log).unwrap_or_default();
                let tail: String = log.lines().rev().take(30).collect::<Vec<_>>().join("\n");
                return Err(format!(
                    "the server exited ({status}); its log ends (newest first):\n{tail}"
                ));
            }
            let ready = probe
                .get(format!("{}/readyz", self.base))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success());
            if ready {
                return Ok(());
            }
            if started.elapsed() > within {
                return Err(format!("the server was not ready within {within:?}"));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// SIGKILL (`kill -9`), then the same server started again at once on the same port, as
    /// a supervisor would. Returns how long until it was ready again.
    pub async fn kill9_and_restart(&mut self, ready_within: Duration) -> Result<Duration, String> {
        let began = Instant::now();
        self.kill9().await;
        self.restart(ready_within).await?;
        Ok(began.elapsed())
    }

    /// SIGKILL (`kill -9`): no shutdown, no last flush. `restart` starts it again.
    pub async fn kill9(&mut self) {
        self.earlier_ticks += self.cpu_ticks_now();
        self.earlier_peak_kib = self
            .earlier_peak_kib
            .max(crate::procfs::status_kib(self.pid, "VmHWM:").unwrap_or(0));
        let _ = self.child.start_kill();
        let _ = self.child.wait().await;
    }

    /// Starts the server again after `kill9` (same port, same settings).
    pub async fn restart(&mut self, ready_within: Duration) -> Result<(), String> {
        self.child = spawn(&self.spec)?;
        self.pid = self.child.id().ok_or("the server exited at once")?;
        self.wait_ready(ready_within).await
    }

    /// Whether the process is still running.
    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    fn cpu_ticks_now(&self) -> u64 {
        crate::procfs::process_cpu(self.pid).map(|(_, t)| t).unwrap_or(0)
    }

    /// CPU ticks of every process of this server so far.
    pub fn cpu_ticks(&self) -> u64 {
        self.earlier_ticks + self.cpu_ticks_now()
    }

    pub fn rss_mib(&self) -> Option<f64> {
        crate::procfs::rss_mib(self.pid)
    }

    /// Highest resident memory of any of its processes, MiB.
    pub fn peak_rss_mib(&self) -> f64 {
        let now = crate::procfs::status_kib(self.pid, "VmHWM:").unwrap_or(0);
        now.max(self.earlier_peak_kib) as f64 / 1024.0
    }

    /// SIGTERM, SIGKILL after 15 s.
    pub async fn stop(mut self) {
        let _ = std::process::Command::new("kill")
            .args(["-TERM", &self.pid.to_string()])
            .status();
        if tokio::time::timeout(Duration::from_secs(15), self.child.wait())
            .await
            .is_err()
        {
            let _ = self.child.start_kill();
            let _ = self.child.wait().await;
        }
    }
}

fn spawn(spec: &ServerSpec) -> Result<Child, String> {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&spec.log)
        .map_err(|e| format!("log file {}: {e}", spec.log.display()))?;
    let log_err = log.try_clone().map_err(|e| format!("log file: {e}"))?;
    let mut command = Command::new(&spec.bin);
    command
        .arg("serve")
        .arg("--listen")
        .arg(format!("127.0.0.1:{}", spec.port))
        .env("DATABASE_URL", &spec.database_url)
        .env("XUEFA_REDIS_PREFIX", &spec.redis_prefix)
        .env("RUST_LOG", "warn,xuefa=warn")
        // The scenarios send documents of their own, not the pages' (issue 26 item 7), and
        // bring thousands of connections from few addresses (item 10): a scenario that means
        // to meet those limits sets them in `spec.env`.
        .env("XUEFA_TRUSTED_DOCUMENTS", "off")
        .env("XUEFA_MAX_CONNECTIONS_PER_ADDRESS", "0")
        .stdin(Stdio::null())
        .stdout(log)
        .stderr(log_err)
        .kill_on_drop(true);
    match &spec.redis_url {
        Some(url) => command.env("REDIS_URL", url),
        None => command.env_remove("REDIS_URL"),
    };
    for (k, v) in &spec.env {
        command.env(k, v);
    }
    command
        .spawn()
        .map_err(|e| format!("start {}: {e}", spec.bin.display()))
}

/// The `xuefa` binary: `XUEFA_BIN`, or target/release/xuefa (or target/debug/xuefa when
/// `debug`) of this workspace.
pub fn server_binary(debug: bool) -> PathBuf {
    if let Ok(bin) = std::env::var("XUEFA_BIN") {
        return PathBuf::from(bin);
    }
    let profile = if debug { "debug" } else { "release" };
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("target")
        .join(profile)
        .join("xuefa")
}
