//! The test harness: a fresh database per test, the real server on a random port, and a
//! small GraphQL client.

use std::time::Duration;

use entity::{account, learner, region, unit};
use sea_orm::{ColumnTrait, ConnectionTrait, Database, DatabaseConnection, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use tokio::sync::oneshot;
use xuefa::http::app::Application;
use xuefa::infra::config::Settings;

pub mod exam;
pub mod record;

/// Runs each named `async fn name(backend: Backend)` as two tests: `name::sqlite` and
/// `name::postgres`. The latter runs when the PostgreSQL and Redis variables are set; without
/// them it prints a line saying it was skipped, or fails when `XUEFA_TEST_REQUIRE_POSTGRES`
/// is set (as CI sets it).
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$name($crate::helpers::Backend::Sqlite).await
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    match $crate::helpers::Backend::postgres() {
                        Some(backend) => $crate::helpers::dropping_databases(super::$name(backend)).await,
                        None => $crate::helpers::skipped(concat!(module_path!(), "::postgres")),
                    }
                }
            }
        )*
    };
}

#[derive(Clone, Debug)]
pub enum Backend {
    /// A SQLite file in a temporary directory and the in-process live store.
    Sqlite,
    /// A fresh database on this PostgreSQL server, and this Redis.
    Postgres { server_url: String, redis_url: String },
}

impl Backend {
    /// PostgreSQL and Redis from `TEST_DATABASE_URL` and `TEST_REDIS_URL`; `None` when either
    /// is missing. Panics instead when `XUEFA_TEST_REQUIRE_POSTGRES` asks for them.
    pub fn postgres() -> Option<Backend> {
        let var = |name: &str| std::env::var(name).ok().filter(|s| !s.is_empty());
        match (var("TEST_DATABASE_URL"), var("TEST_REDIS_URL")) {
            (Some(server_url), Some(redis_url)) => Some(Backend::Postgres {
                server_url,
                redis_url,
            }),
            _ => {
                let required = var("XUEFA_TEST_REQUIRE_POSTGRES").is_some_and(|v| v != "0");
                assert!(
                    !required,
                    "XUEFA_TEST_REQUIRE_POSTGRES is set but TEST_DATABASE_URL or TEST_REDIS_URL is \
                     missing: the PostgreSQL + Redis half of the tests cannot run"
                );
                None
            }
        }
    }
}

static SKIPPED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Says, past libtest's output capture, that a PostgreSQL + Redis run was skipped, with the
/// count so far: the last such line of a `cargo test` run gives the total.
pub fn skipped(test: &str) {
    use std::io::Write;
    let n = SKIPPED.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED {test}: TEST_DATABASE_URL/TEST_REDIS_URL not set (PostgreSQL + Redis runs skipped so far: {n})"
    );
}

pub struct TestApp {
    pub base: String,
    /// Where `GET /metrics` is served (its own listener, as in production).
    pub metrics_base: String,
    pub client: reqwest::Client,
    pub db: DatabaseConnection,
    /// The server's clock: a test moves it instead of sleeping.
    pub clock: xuefa::infra::clock::Clock,
    /// Redis URL when the server runs with Redis.
    pub redis_url: Option<String>,
    /// The settings it runs with, for a second replica on the same database and Redis.
    pub settings: Settings,
    shutdown: Option<oneshot::Sender<()>>,
    /// The server's task: done once it has stopped serving and its workers have finished.
    server: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
    _dir: tempfile::TempDir,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

fn random_suffix() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 6];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

tokio::task_local! {
    /// The PostgreSQL databases a test made: (server URL, database name).
    static CREATED: std::cell::RefCell<Vec<(String, String)>>;
}

/// Runs a test and, when it passes, drops the PostgreSQL databases it made (a failed test
/// leaves its database behind to be looked at; `.ci/run` clears those at its start).
pub async fn dropping_databases(test: impl std::future::Future<Output = ()>) {
    let created = CREATED
        .scope(std::cell::RefCell::new(Vec::new()), async {
            test.await;
            CREATED.with(|c| c.take())
        })
        .await;
    for (server_url, name) in created {
        let Ok(admin) = Database::connect(server_url.as_str()).await else {
            continue;
        };
        // FORCE: the servers of the test may still hold connections while they shut down.
        let _ = admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .await;
        admin.close().await.ok();
    }
}

/// The demo story, loaded once per test process: the SQLite file, or the PostgreSQL
/// database's name, that each spawn copies.
static DEMO_TEMPLATE: tokio::sync::OnceCell<std::path::PathBuf> = tokio::sync::OnceCell::const_new();
static DEMO_TEMPLATE_PG: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();

/// Loads the demo story into a database of its own (migrated, then `demo::load`) and closes it.
async fn load_demo_into(url: &str) {
    let settings = Settings::with_database(url.to_owned());
    let db = xuefa::infra::db::connect(&settings.database)
        .await
        .expect("connect to the template");
    xuefa::domain::migrate(&db).await.expect("migrate the template");
    xuefa::tools::demo::load(&db).await.expect("demo data loads");
    if settings.database.is_sqlite() {
        // Everything into the main file before it is copied.
        db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
            .await
            .expect("checkpoint the template");
    }
    db.close().await.expect("close the template");
}

/// Makes a database for one test holding the demo story, copied from the process's template,
/// and returns its URL. Inside a test of [`on_both_backends`] it is dropped when the test has
/// passed.
async fn demo_database(backend: &Backend, dir: &tempfile::TempDir) -> String {
    match backend {
        Backend::Sqlite => {
            let template = DEMO_TEMPLATE
                .get_or_init(|| async {
                    let dir = tempfile::tempdir().expect("temp dir").keep();
                    let file = dir.join("demo.db");
                    load_demo_into(&format!("sqlite://{}", file.display())).await;
                    file
                })
                .await;
            let file = dir.path().join("xuefa.db");
            std::fs::copy(template, &file).expect("copy the demo template");
            format!("sqlite://{}", file.display())
        }
        Backend::Postgres { server_url, .. } => {
            let template = DEMO_TEMPLATE_PG
                .get_or_init(|| async {
                    // `xuefa_t_…`: .ci/run clears what a run leaves behind.
                    let name = format!("xuefa_t_demo_{}", random_suffix());
                    create_database(server_url, &name, None).await;
                    load_demo_into(&database_url(server_url, &name)).await;
                    name
                })
                .await;
            test_database(server_url, Some(template)).await
        }
    }
}

/// The URL of database `name` on the server of `server_url`.
fn database_url(server_url: &str, name: &str) -> String {
    let base = server_url.rsplit_once('/').map(|(b, _)| b).unwrap_or(server_url);
    format!("{base}/{name}")
}

/// Creates database `name` on the server of `server_url`, empty or as a copy of `template`.
async fn create_database(server_url: &str, name: &str, template: Option<&str>) {
    let admin = Database::connect(server_url)
        .await
        .expect("connect to TEST_DATABASE_URL");
    let copy = template.map(|t| format!(" TEMPLATE {t}")).unwrap_or_default();
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}{copy}"))
        .await
        .expect("create test database");
    admin.close().await.ok();
}

/// A new database for one test, empty or a copy of `template`, that the test drops when it has
/// passed; its URL.
async fn test_database(server_url: &str, template: Option<&str>) -> String {
    let name = format!("xuefa_t_{}", random_suffix());
    create_database(server_url, &name, template).await;
    // Outside a test's scope (a task it spawned) the database is left for .ci/run.
    let _ = CREATED.try_with(|c| c.borrow_mut().push((server_url.to_owned(), name.clone())));
    database_url(server_url, &name)
}

/// Makes an empty database for one test and returns its URL. Inside a test of
/// [`on_both_backends`] it is dropped when the test has passed.
pub async fn fresh_database(backend: &Backend, dir: &tempfile::TempDir) -> String {
    match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.path().join("xuefa.db").display()),
        Backend::Postgres { server_url, .. } => test_database(server_url, None).await,
    }
}

impl TestApp {
    /// The server with the demo data loaded.
    pub async fn spawn(backend: Backend) -> TestApp {
        Self::spawn_with(backend, |_| {}).await
    }

    pub async fn spawn_with(backend: Backend, tweak: impl FnOnce(&mut Settings)) -> TestApp {
        if std::env::var_os("RUST_LOG").is_some() {
            xuefa::infra::telemetry::init(xuefa::infra::config::LogFormat::Text);
        }
        let dir = tempfile::tempdir().expect("temp dir");
        // The demo story is loaded once per test process, into a template every spawn copies
        // (a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL): loading it took
        // most of a spawn (it hashes every demo password).
        let database_url = demo_database(&backend, &dir).await;
        // The demo data is loaded: the server runs as `serve --demo` would, with a metrics
        // listener of its own.
        let mut settings = Settings::with_database(database_url.clone()).with_demo_defaults();
        settings.metrics_listen = Some("127.0.0.1:0".into());
        if let Backend::Postgres { redis_url, .. } = &backend {
            settings.redis_url = Some(redis_url.clone());
        }
        settings.shutdown_grace_seconds = 1;
        // Tests share one Redis: each app gets its own key space.
        settings.redis_prefix = format!("t{}", random_suffix());
        tweak(&mut settings);
        Self::start(settings, dir, None).await
    }

    /// A second replica: the same database, the same Redis key space and the same clock (two
    /// machines of one deployment read one time), nothing else shared.
    pub async fn spawn_sibling(&self) -> TestApp {
        Self::start(
            self.settings.clone(),
            tempfile::tempdir().expect("temp dir"),
            Some(self.clock.clone()),
        )
        .await
    }

    async fn start(
        settings: Settings,
        dir: tempfile::TempDir,
        clock: Option<xuefa::infra::clock::Clock>,
    ) -> TestApp {
        let redis_url = settings.redis_url.clone();
        let mut application = Application::build(settings.clone()).await.expect("server starts");
        if let Some(clock) = clock {
            application.state.clock = clock;
        }
        let db = application.state.db.clone();
        let clock = application.state.clock.clone();
        let base = format!("http://{}", application.local_addr());
        let metrics_base = application
            .metrics_addr()
            .map(|a| format!("http://{a}"))
            .unwrap_or_default();
        let (tx, rx) = oneshot::channel::<()>();
        let server = tokio::spawn(application.run_until(async move {
            let _ = rx.await;
        }));
        TestApp {
            base,
            metrics_base,
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(60))
                .build()
                .expect("client"),
            db,
            clock,
            redis_url,
            settings,
            shutdown: Some(tx),
            server: Some(server),
            _dir: dir,
        }
    }

    /// Stops the server and waits until it has: requests in flight answered, its workers (the
    /// write-behind's last flush among them) finished. Dropping a `TestApp` only asks it to stop.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(server) = self.server.take() {
            tokio::time::timeout(Duration::from_secs(30), server)
                .await
                .expect("the server stops within 30 s")
                .expect("the server's task")
                .expect("the server ran");
        }
    }

    /// Posts a GraphQL request; returns the whole response body.
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut request = self
            .client
            .post(format!("{}/graphql", self.base))
            .json(&json!({"query": query, "variables": variables}));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("request reaches the server");
        response.json().await.expect("response is JSON")
    }

    /// Logs in and returns the token; panics on failure.
    pub async fn login(&self, phone: &str, password: &str) -> String {
        let body = self.login_raw(phone, password).await;
        body["data"]["login"]["token"]
            .as_str()
            .unwrap_or_else(|| panic!("login {phone} failed: {body}"))
            .to_owned()
    }

    pub async fn login_raw(&self, phone: &str, password: &str) -> Value {
        self.gql(
            None,
            "mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token mustChangePassword account { id phone } } }",
            json!({"p": phone, "w": password}),
        )
        .await
    }

    /// A demo administrator's token.
    pub async fn admin(&self, phone: &str) -> String {
        self.login(phone, xuefa::tools::demo::ADMIN_PASSWORD).await
    }

    /// A demo learner's token, after the forced password change.
    pub async fn learner(&self, phone: &str) -> String {
        let token = self.login(phone, "000000").await;
        self.leave_initial_password(&token).await;
        token
    }

    /// Changes the initial password of the token's account to `Study2026x`.
    pub async fn leave_initial_password(&self, token: &str) {
        self.leave_password(token, "000000").await;
    }

    /// Changes the token's account's password `old` to `Study2026x`.
    pub async fn leave_password(&self, token: &str, old: &str) {
        let body = self
            .gql(
                Some(token),
                "mutation($o: String!) { changePassword(oldPassword: $o, newPassword: \"Study2026x\") }",
                json!({"o": old}),
            )
            .await;
        assert_eq!(body["data"]["changePassword"], true, "{body}");
    }

    /// Looks up an object's id through an administrator who can see it.
    pub async fn id_of(&self, token: &str, query: &str, pointer: &str) -> String {
        let body = self.gql(Some(token), query, json!({})).await;
        body.pointer(pointer)
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("{pointer} missing in {body}"))
            .to_owned()
    }

    /// The second unit in an administrator's scope (not the first demo learners' own).
    pub async fn second_unit(&self, admin: &str) -> String {
        self.id_of(
            admin,
            "{ myScope { units { edges { node { id } } } } }",
            "/data/myScope/0/units/edges/1/node/id",
        )
        .await
    }

    /// Makes the holder of `phone` a unit administrator of `unit`; returns the grant's id.
    pub async fn grant_unit_admin(&self, admin: &str, phone: &str, unit: &str) -> String {
        self.appoint(
            admin,
            json!({"phone": phone, "name": "兼任管理员", "role": "UNIT_ADMIN", "unitId": unit}),
        )
        .await
        .0
    }

    /// Appoints through `grantRole`; answers the grant's id and the temporary password it
    /// issued, if any. Panics on an error.
    pub async fn appoint(&self, admin: &str, input: Value) -> (String, Option<String>) {
        let body = self
            .gql(
                Some(admin),
                "mutation($i: GrantRoleInput!) { grantRole(input: $i) { id temporaryPassword { password expiresAt } } }",
                json!({"i": input}),
            )
            .await;
        let id = body["data"]["grantRole"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("grantRole: {body}"))
            .to_owned();
        let temporary = body["data"]["grantRole"]["temporaryPassword"]["password"]
            .as_str()
            .map(str::to_owned);
        (id, temporary)
    }

    /// Resets an account's password through an administrator in scope; answers the temporary
    /// password the reset issued.
    pub async fn reset_password(&self, admin: &str, account: &str) -> String {
        let body = self
            .gql(
                Some(admin),
                "mutation($id: ID!) { resetPassword(accountId: $id) { password expiresAt } }",
                json!({"id": account}),
            )
            .await;
        self.temporary_password(&body["data"]["resetPassword"])
    }

    /// The password of a `TemporaryPassword` answer, checked for its form: 8 characters of the
    /// unambiguous alphabet, letters and digits, expiring about 72 hours from now by the
    /// server's clock.
    pub fn temporary_password(&self, answer: &Value) -> String {
        let password = answer["password"]
            .as_str()
            .unwrap_or_else(|| panic!("no temporary password in {answer}"))
            .to_owned();
        assert_eq!(password.len(), 8, "{password}");
        assert!(
            password
                .chars()
                .all(|c| "ABCDEFGHJKMNPQRSTUVWXYZ23456789".contains(c)),
            "{password}"
        );
        assert_ne!(password, "000000");
        let expires = chrono::DateTime::parse_from_rfc3339(answer["expiresAt"].as_str().unwrap()).unwrap();
        let hours = (expires.with_timezone(&chrono::Utc) - self.clock.now()).num_minutes() as f64 / 60.0;
        assert!((71.5..=72.5).contains(&hours), "expires in {hours} h");
        password
    }

    /// Logs in on a temporary password and changes it to `Study2026x`; answers the token.
    pub async fn leave_temporary_password(&self, phone: &str, temporary: &str) -> String {
        let login = self.login_raw(phone, temporary).await;
        assert_eq!(login["data"]["login"]["mustChangePassword"], true, "{login}");
        let token = login["data"]["login"]["token"].as_str().unwrap().to_owned();
        self.leave_password(&token, temporary).await;
        token
    }
}

/// A second province, with its own province administrator on a password of its own, as a
/// deployment makes them (the API cannot appoint above a province); answers the province and
/// the administrator's token.
pub async fn other_province(
    app: &TestApp,
    code: &str,
    name: &str,
    phone: &str,
) -> (entity::region::Model, String) {
    let province = xuefa::domain::org::create_province(&app.db, code, name)
        .await
        .unwrap();
    let phone_number = xuefa::domain::phone::PhoneNumber::parse(phone).unwrap();
    let grant =
        xuefa::domain::accounts::appoint_province_admin(&app.db, &province, &phone_number, "外省管理员")
            .await
            .unwrap();
    xuefa::domain::accounts::set_deployed_password(&app.db, &[grant.account_id], "Other2026x")
        .await
        .unwrap();
    let token = app.login(phone, "Other2026x").await;
    (province, token)
}

/// The `extensions.code` of the first error.
pub fn code(body: &Value) -> &str {
    body["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or("<no error>")
}

/// Asserts that the response is an error with one of these codes and a message.
pub fn assert_error(body: &Value, codes: &[&str]) {
    let c = code(body);
    assert!(codes.contains(&c), "expected one of {codes:?}, got {body}");
    let message = body["errors"][0]["message"].as_str().unwrap_or("");
    assert!(!message.is_empty(), "an error needs a message: {body}");
}

impl TestApp {
    /// Posts a GraphQL multipart request (the GraphQL multipart request convention) with one
    /// file bound to the variable `$file`.
    pub async fn upload(
        &self,
        token: &str,
        query: &str,
        variables: Value,
        filename: &str,
        content_type: &str,
        bytes: Vec<u8>,
    ) -> Value {
        let mut variables = variables;
        variables["file"] = Value::Null;
        let operations = json!({"query": query, "variables": variables});
        let form = reqwest::multipart::Form::new()
            .text("operations", operations.to_string())
            .text("map", json!({"0": ["variables.file"]}).to_string())
            .part(
                "0",
                reqwest::multipart::Part::bytes(bytes)
                    .file_name(filename.to_owned())
                    .mime_str(content_type)
                    .expect("content type"),
            );
        let response = self
            .client
            .post(format!("{}/graphql", self.base))
            .header("graphql-preflight", "1")
            .bearer_auth(token)
            .multipart(form)
            .send()
            .await
            .expect("upload reaches the server");
        response.json().await.expect("response is JSON")
    }
}

/// A Redis key prefix of its own, so that test servers sharing one Redis never see each
/// other's attempts, answers or write-behind stream.
/// Polls `probe` every 50 ms until `done` holds for what it answers, or `within` has passed;
/// answers the last value, for the caller to assert on. For what happens in its own time (a
/// background task of the server, another process), never for a rule's time: a test moves the
/// clock for that.
pub async fn eventually<T>(
    within: Duration,
    mut probe: impl AsyncFnMut() -> T,
    done: impl Fn(&T) -> bool,
) -> T {
    let give_up = tokio::time::Instant::now() + within;
    loop {
        let value = probe().await;
        if done(&value) || tokio::time::Instant::now() >= give_up {
            return value;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Whether the write-behind of the servers under `prefix` has put every answer it took into
/// the database: its stream holds no entry, none read and not acknowledged (a missing stream
/// holds none).
pub async fn write_behind_drained(redis_url: &str, prefix: &str) -> bool {
    let client = redis::Client::open(redis_url).expect("redis url");
    let mut c = client
        .get_multiplexed_async_connection()
        .await
        .expect("connect to redis");
    let stream = format!("{prefix}:wb");
    let length: i64 = redis::cmd("XLEN")
        .arg(&stream)
        .query_async(&mut c)
        .await
        .expect("XLEN");
    if length > 0 {
        return false;
    }
    let pending: redis::RedisResult<redis::Value> = redis::cmd("XPENDING")
        .arg(&stream)
        .arg("flushers")
        .query_async(&mut c)
        .await;
    match pending {
        Ok(redis::Value::Array(parts)) => matches!(parts.first(), Some(redis::Value::Int(0)) | None),
        Ok(other) => panic!("XPENDING: {other:?}"),
        // No stream, or no group on it: nothing read.
        Err(_) => true,
    }
}

pub fn unique_prefix() -> String {
    format!("xt{}", random_suffix())
}

/// Deletes every key under `prefix:` (attempts, answers, and the write-behind stream with its
/// consumer group): "Redis wiped" for one test, without touching the others.
pub async fn wipe_redis_prefix(redis_url: &str, prefix: &str) -> usize {
    let client = redis::Client::open(redis_url).expect("redis url");
    let mut c = client
        .get_multiplexed_async_connection()
        .await
        .expect("connect to redis");
    let mut cursor: u64 = 0;
    let mut deleted = 0;
    loop {
        let (next, keys): (u64, Vec<String>) = redis::cmd("SCAN")
            .arg(cursor)
            .arg("MATCH")
            .arg(format!("{prefix}:*"))
            .arg("COUNT")
            .arg(1000)
            .query_async(&mut c)
            .await
            .expect("SCAN");
        if !keys.is_empty() {
            let n: usize = redis::cmd("DEL")
                .arg(&keys)
                .query_async(&mut c)
                .await
                .expect("DEL");
            deleted += n;
        }
        cursor = next;
        if cursor == 0 {
            break;
        }
    }
    deleted
}

// ---------------------------------------------------------------- finding demo objects

/// A complete, valid campaign input, so that only scope can refuse it.
pub fn campaign_input(province: &str, year: i32) -> Value {
    json!({
        "provinceId": province,
        "year": year,
        "title": "学法考法",
        "readerTitle": "读本",
        "verificationDeadline": format!("{year}-08-10"),
        "studyStart": format!("{year}-08-01"),
        "categories": [
            {"category": "PROFILE", "points": 5, "required": false},
            {"category": "READER", "points": 60, "required": true},
            {"category": "HOT_EVENT", "points": 15, "required": false},
            {"category": "OTHER_LAW", "points": 20, "required": false}
        ],
        "mainWindow": {"start": format!("{year}-09-25"), "end": format!("{year}-10-08")},
        "makeupWindow": {"start": format!("{year}-10-23"), "end": format!("{year}-10-24")},
        "blueprint": [
            {"type": "SINGLE", "count": 40, "pointsEach": 1},
            {"type": "MULTIPLE", "count": 20, "pointsEach": 2},
            {"type": "TRUE_FALSE", "count": 20, "pointsEach": 1}
        ]
    })
}

pub async fn learner_of(app: &TestApp, phone: &str) -> learner::Model {
    let a = account_of(app, phone).await;
    learner::Entity::find()
        .filter(learner::Column::AccountId.eq(a.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

pub async fn unit_named(app: &TestApp, name: &str) -> unit::Model {
    unit::Entity::find()
        .filter(unit::Column::Name.eq(name))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

/// The GraphQL id of a region, by its code.
pub async fn region_id(app: &TestApp, code: &str) -> String {
    let r = region::Entity::find()
        .filter(region::Column::Code.eq(code))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    format!("reg_{}", r.id)
}

/// The GraphQL id of a demo unit, by its name.
pub async fn unit_id(app: &TestApp, name: &str) -> String {
    format!("unit_{}", unit_named(app, name).await.id)
}

pub async fn account_of(app: &TestApp, phone: &str) -> account::Model {
    account::Entity::find()
        .filter(account::Column::Phone.eq(phone))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}
