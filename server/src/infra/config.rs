//! Settings, from flags or the environment, with the embedded defaults:
//! a SQLite file in the working directory and the in-process live store.

use clap::{Args, ValueEnum};

#[derive(Args, Clone)]
pub struct DatabaseSettings {
    /// Database URL: `sqlite://file.db` (the default, created if missing) or `postgres://...`.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://xuefa.db")]
    pub database_url: String,
}

impl DatabaseSettings {
    /// The URL with SQLite's create-if-missing mode added when no mode was given.
    pub fn connect_url(&self) -> String {
        let url = self.database_url.trim();
        if url.starts_with("sqlite:") && !url.contains("mode=") {
            let sep = if url.contains('?') { '&' } else { '?' };
            format!("{url}{sep}mode=rwc")
        } else {
            url.to_owned()
        }
    }

    pub fn is_sqlite(&self) -> bool {
        self.database_url.trim().starts_with("sqlite:")
    }
}

impl std::fmt::Debug for DatabaseSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DatabaseSettings")
            .field("database_url", &redact_url(&self.database_url))
            .finish()
    }
}

/// A connection URL fit for logs: the password of its user part and any `password=` query
/// parameter replaced by `***` (`postgres://app:***@db/xuefa`).
pub fn redact_url(url: &str) -> String {
    let mut out = url.to_owned();
    if let Some(scheme) = out.find("://") {
        let start = scheme + 3;
        // The authority ends at the path, the query or the fragment; its user part at its
        // last '@' (a password may hold '@' when not percent-encoded).
        let end = out[start..]
            .find(['/', '?', '#'])
            .map_or(out.len(), |i| start + i);
        if let Some(at) = out[start..end].rfind('@') {
            let at = start + at;
            if let Some(colon) = out[start..at].find(':') {
                out.replace_range(start + colon + 1..at, "***");
            }
        }
    }
    if let Some(query) = out.find('?') {
        let (head, tail) = out.split_at(query + 1);
        let tail: Vec<String> = tail
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((key, _)) if key.eq_ignore_ascii_case("password") => format!("{key}=***"),
                _ => pair.to_owned(),
            })
            .collect();
        out = format!("{head}{}", tail.join("&"));
    }
    out
}

// Debug is written by hand below: the URLs may carry passwords, and settings get logged.
#[derive(Args, Clone)]
pub struct Settings {
    /// Address to listen on.
    #[arg(long, env = "XUEFA_LISTEN", default_value = "127.0.0.1:8000")]
    pub listen: String,

    #[command(flatten)]
    pub database: DatabaseSettings,

    /// Redis URL for the live exam store; absent means the in-process store (one machine only).
    #[arg(long, env = "REDIS_URL")]
    pub redis_url: Option<String>,

    /// Prefix of every Redis key, so deployments (and tests) can share one Redis.
    #[arg(long, env = "XUEFA_REDIS_PREFIX", default_value = "xuefa")]
    pub redis_prefix: String,

    /// How acknowledged answers reach the database with Redis: `behind` (batched through a
    /// Redis stream within about a second) or `sync` (written before the acknowledgement;
    /// for comparison). Without Redis answers are always written through.
    #[arg(long, env = "XUEFA_ANSWER_WRITES", value_enum, default_value_t = AnswerWrites::Behind)]
    pub answer_writes: AnswerWrites,

    /// How long a login token stays valid.
    #[arg(long, env = "XUEFA_TOKEN_TTL_SECONDS", default_value_t = 12 * 3600)]
    pub token_ttl_seconds: i64,

    /// Failed logins in a row that lock a phone number.
    #[arg(long, env = "XUEFA_LOCKOUT_THRESHOLD", default_value_t = 5)]
    pub lockout_threshold: i32,

    /// How long a lockout lasts.
    #[arg(long, env = "XUEFA_LOCKOUT_SECONDS", default_value_t = 15 * 60)]
    pub lockout_seconds: i64,

    /// How long a unit has to act on a learner's account-recovery request before it also
    /// appears in the queues of the offices above (the district's first).
    #[arg(long, env = "XUEFA_RECOVERY_ESCALATE_MINUTES", default_value_t = 24 * 60)]
    pub recovery_escalate_minutes: i64,

    /// Logins, password changes and exam starts one replica runs at once; past this it answers
    /// BUSY (HTTP 503, Retry-After) at once instead of letting every request slow down. Saves
    /// of running attempts are not counted here. 0 switches this bound off.
    #[arg(long, env = "XUEFA_BUSY_AFTER", default_value_t = 256)]
    pub busy_after: usize,

    /// GraphQL requests one replica runs at once, per core it may use; past this it answers
    /// BUSY at once (`admission`). Saves of running attempts may use the whole bound, every
    /// other request three quarters of it. 0 switches this bound off.
    #[arg(long, env = "XUEFA_IN_FLIGHT_PER_CORE", default_value_t = 256)]
    pub in_flight_per_core: usize,

    /// The header a trusted reverse proxy puts the client's address in (e.g. `X-Forwarded-For`,
    /// whose last entry is used); unset, the peer address counts. Login protection is per
    /// address: set this only behind a proxy that overwrites the header.
    #[arg(long, env = "XUEFA_CLIENT_IP_HEADER")]
    pub client_ip_header: Option<String>,

    /// Answer GraphQL introspection queries. Unset: on with `serve --demo`, off otherwise.
    #[arg(long, env = "XUEFA_INTROSPECTION", action = clap::ArgAction::Set)]
    pub introspection: Option<bool>,

    /// Serve GraphiQL at GET /graphql for browsers. Unset: on with `serve --demo`, off otherwise.
    #[arg(long, env = "XUEFA_GRAPHIQL", action = clap::ArgAction::Set)]
    pub graphiql: Option<bool>,

    /// Who may send only the pages' own GraphQL documents (registered at build time by hash):
    /// `non-admins` (callers without a session, and learners; administrators send any),
    /// `anonymous` (callers without a session only) or `off`. Unset: `non-admins`, and `off`
    /// with `serve --demo`.
    #[arg(long, env = "XUEFA_TRUSTED_DOCUMENTS", value_enum)]
    pub trusted_documents: Option<TrustedDocuments>,

    /// Address of the Prometheus endpoint `GET /metrics`, apart from the API's so that it is
    /// never reachable through the public port. Unset: no metrics endpoint.
    #[arg(long, env = "XUEFA_METRICS_LISTEN")]
    pub metrics_listen: Option<String>,

    /// Origins (`https://host[:port]`, comma-separated) whose pages may call the API from
    /// another origin. Unset: none; the pages served by this server are same-origin.
    #[arg(long, env = "XUEFA_CORS_ORIGINS", value_delimiter = ',')]
    pub cors_origins: Vec<String>,

    /// Seconds to let requests in flight finish after SIGTERM or Ctrl-C.
    #[arg(long, env = "XUEFA_SHUTDOWN_GRACE_SECONDS", default_value_t = 20)]
    pub shutdown_grace_seconds: u64,

    /// Seconds a connection has to deliver a request's headers, counted from its opening or
    /// from its previous response (so also how long an idle kept-alive connection stays open).
    /// A phone's request carries a few hundred bytes of headers: 10 s is ample on 2G.
    #[arg(long, env = "XUEFA_HEADER_TIMEOUT_SECONDS", default_value_t = 10)]
    pub header_timeout_seconds: u64,

    /// Seconds a client has to send a whole request body (an upload of up to 11 MB included).
    #[arg(long, env = "XUEFA_BODY_TIMEOUT_SECONDS", default_value_t = 120)]
    pub body_timeout_seconds: u64,

    /// The slowest a request body may arrive, in bytes a second on average, after its first
    /// 5 seconds; slower, it is answered 408 and the connection closes. 0: no floor.
    #[arg(long, env = "XUEFA_BODY_MIN_BYTES_PER_SECOND", default_value_t = 1024)]
    pub body_min_bytes_per_second: u64,

    /// Most connections one client address (an IPv4 address, an IPv6 /64) holds at once; more
    /// from it are closed as soon as they are accepted. 0: no bound, as behind a proxy or an
    /// ingress, which every connection comes from (it bounds them itself).
    #[arg(long, env = "XUEFA_MAX_CONNECTIONS_PER_ADDRESS", default_value_t = 1000)]
    pub max_connections_per_address: usize,

    /// Most connections served at once; more wait to be accepted. Keep it below the open-file
    /// limit (`ulimit -n`) less what the database pool and Redis need. A replica that phones
    /// reach directly (no proxy pooling them) needs about one a learner taking the exam: at
    /// 1,000 an exam day's start burst of 4,000 learners waited seconds to be accepted
    /// (`loadtest exam-day`, docs/BENCHMARKS.md). Behind an ingress far fewer are needed.
    #[arg(long, env = "XUEFA_MAX_CONNECTIONS", default_value_t = 10_000)]
    pub max_connections: usize,

    /// A test aid, never for production: start the server's clock at this time (RFC 3339, e.g.
    /// `2027-01-06T09:00:00+08:00`) and let it run on from there, to try the make-up day or next
    /// year without changing the machine's clock. Unset: the system clock.
    #[arg(long, env = "XUEFA_NOW")]
    pub now: Option<String>,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Destructured, so that a new setting cannot be left out.
        let Settings {
            listen,
            database,
            redis_url,
            redis_prefix,
            answer_writes,
            token_ttl_seconds,
            lockout_threshold,
            lockout_seconds,
            recovery_escalate_minutes,
            busy_after,
            in_flight_per_core,
            client_ip_header,
            introspection,
            graphiql,
            trusted_documents,
            metrics_listen,
            cors_origins,
            shutdown_grace_seconds,
            header_timeout_seconds,
            body_timeout_seconds,
            body_min_bytes_per_second,
            max_connections_per_address,
            max_connections,
            now,
        } = self;
        f.debug_struct("Settings")
            .field("listen", listen)
            .field("database", database)
            .field("redis_url", &redis_url.as_deref().map(redact_url))
            .field("redis_prefix", redis_prefix)
            .field("answer_writes", answer_writes)
            .field("token_ttl_seconds", token_ttl_seconds)
            .field("lockout_threshold", lockout_threshold)
            .field("lockout_seconds", lockout_seconds)
            .field("recovery_escalate_minutes", recovery_escalate_minutes)
            .field("busy_after", busy_after)
            .field("in_flight_per_core", in_flight_per_core)
            .field("client_ip_header", client_ip_header)
            .field("introspection", introspection)
            .field("graphiql", graphiql)
            .field("trusted_documents", trusted_documents)
            .field("metrics_listen", metrics_listen)
            .field("cors_origins", cors_origins)
            .field("shutdown_grace_seconds", shutdown_grace_seconds)
            .field("header_timeout_seconds", header_timeout_seconds)
            .field("body_timeout_seconds", body_timeout_seconds)
            .field("body_min_bytes_per_second", body_min_bytes_per_second)
            .field("max_connections_per_address", max_connections_per_address)
            .field("max_connections", max_connections)
            .field("now", now)
            .finish()
    }
}

impl Settings {
    /// Whether introspection queries are answered.
    pub fn introspection_enabled(&self) -> bool {
        self.introspection.unwrap_or(false)
    }

    /// Whether GraphiQL is served.
    pub fn graphiql_enabled(&self) -> bool {
        self.graphiql.unwrap_or(false)
    }

    /// Who may send only the pages' own documents.
    pub fn trusted_documents(&self) -> TrustedDocuments {
        self.trusted_documents.unwrap_or(TrustedDocuments::NonAdmins)
    }

    /// What `serve --demo` turns on unless set explicitly: introspection and GraphiQL, and
    /// any document from anyone (GraphiQL's own).
    pub fn with_demo_defaults(mut self) -> Self {
        self.introspection.get_or_insert(true);
        self.graphiql.get_or_insert(true);
        self.trusted_documents.get_or_insert(TrustedDocuments::Off);
        self
    }

    /// Settings as the defaults give them, for tests and tools that build them in code.
    pub fn with_database(database_url: impl Into<String>) -> Self {
        Settings {
            listen: "127.0.0.1:0".into(),
            database: DatabaseSettings {
                database_url: database_url.into(),
            },
            redis_url: None,
            redis_prefix: "xuefa".into(),
            answer_writes: AnswerWrites::Behind,
            token_ttl_seconds: 12 * 3600,
            lockout_threshold: 5,
            lockout_seconds: 15 * 60,
            recovery_escalate_minutes: 24 * 60,
            client_ip_header: None,
            busy_after: 256,
            in_flight_per_core: 256,
            introspection: None,
            graphiql: None,
            trusted_documents: None,
            metrics_listen: None,
            cors_origins: Vec::new(),
            shutdown_grace_seconds: 20,
            header_timeout_seconds: 10,
            body_timeout_seconds: 120,
            body_min_bytes_per_second: 1024,
            max_connections_per_address: 1000,
            max_connections: 10_000,
            now: None,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, ValueEnum)]
pub enum LogFormat {
    /// Readable lines for a terminal.
    #[default]
    Text,
    /// One JSON object a line, for log collectors.
    Json,
}

/// Which callers may send only the pages' own GraphQL documents (`http::trusted`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TrustedDocuments {
    /// Callers without a session and learners; administrators may send any document.
    NonAdmins,
    /// Callers without a session only.
    Anonymous,
    /// Nobody: any document from anyone.
    Off,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum AnswerWrites {
    /// Through a Redis stream, in batches, within about a second.
    #[default]
    Behind,
    /// To the database before each acknowledgement.
    Sync,
}

#[cfg(test)]
mod tests {
    use super::redact_url;

    #[test]
    fn urls_lose_their_passwords() {
        assert_eq!(
            redact_url("postgres://app:s3cret@db:5432/xuefa"),
            "postgres://app:***@db:5432/xuefa"
        );
        assert_eq!(
            redact_url("postgres://app:p@ss@db/xuefa?sslmode=require"),
            "postgres://app:***@db/xuefa?sslmode=require"
        );
        assert_eq!(
            redact_url("postgres://db/xuefa?user=app&password=s3cret"),
            "postgres://db/xuefa?user=app&password=***"
        );
        assert_eq!(redact_url("redis://:token@cache:6379"), "redis://:***@cache:6379");
        assert_eq!(
            redact_url("sqlite://xuefa.db?mode=rwc"),
            "sqlite://xuefa.db?mode=rwc"
        );
        assert_eq!(redact_url("postgres://app@db/x"), "postgres://app@db/x");
    }

    #[test]
    fn settings_print_no_password() {
        let mut settings = super::Settings::with_database("postgres://app:s3cret@db/xuefa");
        settings.redis_url = Some("redis://:t0ken@cache:6379".into());
        let printed = format!("{settings:?}");
        assert!(
            !printed.contains("s3cret") && !printed.contains("t0ken"),
            "{printed}"
        );
        assert!(printed.contains("postgres://app:***@db/xuefa"), "{printed}");
    }
}
