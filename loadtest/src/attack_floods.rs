//! The floods of `loadtest attack` (see `attack`): each from source addresses 127.88.x.y, none
//! of which an honest learner uses, each running until it is stopped.

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use loadtest::{Answer, Http};
use serde_json::json;
use tokio::task::JoinSet;

use crate::attack::{PASSWORD, PHONE_ATTACKER, Scenario, Target, login, page};

/// The `i`-th flood address, 127.88.x.y.
fn flood_address(i: usize) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(127, 88, (i / 250) as u8, (1 + i % 250) as u8))
}

/// What a flood was answered, by kind of request and code (`ok` for data).
#[derive(Default)]
struct Tally(Mutex<BTreeMap<&'static str, BTreeMap<String, u64>>>);

impl Tally {
    fn add(&self, kind: &'static str, answer: &Answer) {
        let code = answer.code().unwrap_or("ok").to_owned();
        if let Ok(mut t) = self.0.lock() {
            *t.entry(kind).or_default().entry(code).or_default() += 1;
        }
    }

    fn total(&self) -> u64 {
        self.0
            .lock()
            .map(|t| t.values().flat_map(|c| c.values()).sum())
            .unwrap_or(0)
    }
}

/// A flood at full strength.
pub struct Running {
    what: String,
    stop: Arc<AtomicBool>,
    tasks: JoinSet<()>,
    tally: Arc<Tally>,
    notes: Vec<String>,
    /// Read when the flood stops, for the report.
    at_stop: Option<Box<dyn Fn() -> Vec<String> + Send>>,
}

/// What a flood sent and was answered, for the report.
#[derive(Default)]
pub struct Flood {
    pub what: String,
    pub answers: Vec<(String, BTreeMap<String, u64>)>,
    pub notes: Vec<String>,
}

impl Running {
    fn new(what: String) -> Running {
        Running {
            what,
            stop: Arc::default(),
            tasks: JoinSet::new(),
            tally: Arc::default(),
            notes: Vec::new(),
            at_stop: None,
        }
    }

    /// Stops every task of the flood (a request in flight is dropped).
    pub async fn stop(mut self) -> Flood {
        self.stop.store(true, Ordering::Relaxed);
        let mut notes = self.notes;
        if let Some(f) = &self.at_stop {
            notes.extend(f());
        }
        self.tasks.abort_all();
        while self.tasks.join_next().await.is_some() {}
        let answers = self
            .tally
            .0
            .lock()
            .map(|t| t.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect())
            .unwrap_or_default();
        Flood {
            what: self.what,
            answers,
            notes,
        }
    }

    /// Waits until the flood has been answered `n` times, at most `limit`.
    async fn ramp(&self, n: u64, limit: Duration) {
        let until = Instant::now() + limit;
        while self.tally.total() < n && Instant::now() < until {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// `n` tasks sending `send(i, k)` back to back until stopped.
    fn spawn_senders<F, Fut>(&mut self, n: usize, send: F)
    where
        F: Fn(usize, u64) -> Fut + Send + Sync + Clone + 'static,
        Fut: std::future::Future<Output = ()> + Send + 'static,
    {
        for i in 0..n {
            let (stop, send) = (self.stop.clone(), send.clone());
            self.tasks.spawn(async move {
                let mut k = 0;
                while !stop.load(Ordering::Relaxed) {
                    send(i, k).await;
                    k += 1;
                }
            });
        }
    }
}

/// Starts the scenario's flood and returns once it is at full strength.
pub async fn start(scenario: &Scenario, target: Arc<Target>) -> Result<Running, String> {
    match scenario {
        Scenario::SaveFlood(o) => save_flood(target, o.valid_token, o.connections, o.addresses).await,
        Scenario::LoginFlood(o) => login_flood(target, o.addresses, o.concurrency).await,
        Scenario::AliasFlood(o) => alias_flood(target, o.connections, o.aliases).await,
        Scenario::IdleSockets(o) => idle_sockets(target, o.sockets, o.addresses).await,
        Scenario::Amplification(o) => amplification(target, o.parallel, o.bomb_mb).await,
    }
}

fn clients(target: &Target, addresses: usize) -> Result<Vec<Http>, String> {
    (0..addresses.max(1))
        .map(|a| target.client(flood_address(a), Duration::from_secs(60)))
        .collect()
}

async fn save_flood(
    target: Arc<Target>,
    valid: bool,
    connections: usize,
    addresses: usize,
) -> Result<Running, String> {
    let clients = Arc::new(clients(&target, addresses)?);
    let save = Arc::new(page("mutation SaveAnswer(")?);
    let mut flood = Running::new(format!(
        "{connections} concurrent `SaveAnswer` requests (the page's document) from {} address(es) 127.88.0.x, {}",
        clients.len(),
        if valid {
            "all with one learner's own valid token on its own live attempt"
        } else {
            "each with a new made-up bearer token"
        }
    ));
    // The valid-token attacker: a learner of the unit, logged in, its attempt started.
    let own = if valid {
        let http = &clients[0];
        let token = login(http, &PHONE_ATTACKER.to_string(), PASSWORD).await?;
        let started = http
            .gql(
                Some(&token),
                &page("mutation StartExam(")?,
                json!({"sessionId": target.session}),
            )
            .await
            .data()?;
        let attempt = started["startExam"]["id"].as_str().unwrap_or_default().to_owned();
        let paper = http
            .gql(Some(&token), &page("query ExamPaper(")?, json!({"id": attempt}))
            .await
            .data()?;
        let question = paper["examAttempt"]["questions"][0]["id"]
            .as_str()
            .ok_or("the attacker's paper has no questions")?
            .to_owned();
        Some((token, attempt, question))
    } else {
        None
    };
    let own = Arc::new(own);
    let tally = flood.tally.clone();
    let seq = Arc::new(AtomicU64::new(0));
    flood.spawn_senders(connections, move |i, _| {
        let (clients, save, own, tally, seq) = (
            clients.clone(),
            save.clone(),
            own.clone(),
            tally.clone(),
            seq.clone(),
        );
        async move {
            let http = &clients[i % clients.len()];
            let (token, attempt, question) = match own.as_ref() {
                Some((t, a, q)) => (t.clone(), a.clone(), q.clone()),
                None => (
                    xuefa::auth::token::generate(),
                    xuefa::graphql::ids::encode(xuefa::graphql::ids::Kind::ExamAttempt, 1).0,
                    xuefa::graphql::ids::encode(xuefa::graphql::ids::Kind::PaperQuestion, 1).0,
                ),
            };
            let vars = json!({
                "attemptId": attempt,
                "questionId": question,
                "choices": ["A"],
                "clientSeq": seq.fetch_add(1, Ordering::Relaxed) + 1,
            });
            let answer = http.gql(Some(&token), &save, vars).await;
            tally.add("saveAnswer", &answer);
        }
    });
    flood.ramp(connections as u64, Duration::from_secs(20)).await;
    Ok(flood)
}

async fn login_flood(target: Arc<Target>, addresses: usize, concurrency: usize) -> Result<Running, String> {
    let clients = Arc::new(clients(&target, addresses)?);
    let wrong = Arc::new(page("mutation Login(")?);
    let mut flood = Running::new(format!(
        "{} addresses 127.88.0.x × {concurrency} concurrent wrong logins (the page's `Login`, demo \
         learners' numbers)",
        clients.len()
    ));
    let tally = flood.tally.clone();
    flood.spawn_senders(clients.len() * concurrency, move |i, k| {
        let (clients, wrong, tally) = (clients.clone(), wrong.clone(), tally.clone());
        async move {
            let phone = format!("139{:08}", 1 + (i as u64 + k) % 40);
            let vars = json!({"phone": phone, "password": "Wrong2017"});
            let answer = clients[i % clients.len()].gql(None, &wrong, vars).await;
            tally.add("wrong login", &answer);
        }
    });
    flood
        .ramp((addresses * concurrency) as u64, Duration::from_secs(20))
        .await;
    Ok(flood)
}

async fn alias_flood(target: Arc<Target>, connections: usize, aliases: usize) -> Result<Running, String> {
    let http = Arc::new(target.client(flood_address(0), Duration::from_secs(60))?);
    let recovery = (0..aliases)
        .map(|i| format!("a{i}: accountRecoveryStatus(code: \"ABCDEFGHJK\") {{ status message }}"))
        .collect::<Vec<_>>()
        .join(" ");
    let recovery = Arc::new(format!("query {{ {recovery} }}"));
    let typename = (0..20_000)
        .map(|i| format!("t{i}: __typename"))
        .collect::<Vec<_>>()
        .join(" ");
    let typename = Arc::new(format!("{{ {typename} }}"));
    let mut flood = Running::new(format!(
        "{connections} connections from 127.88.0.1 sending, without a session, documents of {aliases} \
         aliases of `accountRecoveryStatus` ({} KB) and of 20,000 aliases of `__typename` ({} KB), \
         alternately",
        recovery.len() / 1024,
        typename.len() / 1024
    ));
    let tally = flood.tally.clone();
    flood.spawn_senders(connections, move |i, k| {
        let (http, recovery, typename, tally) =
            (http.clone(), recovery.clone(), typename.clone(), tally.clone());
        async move {
            if (i as u64 + k).is_multiple_of(2) {
                let answer = http.gql(None, &recovery, json!({})).await;
                tally.add("accountRecoveryStatus aliases", &answer);
            } else {
                let answer = http.gql(None, &typename, json!({})).await;
                tally.add("__typename aliases", &answer);
            }
        }
    });
    flood.ramp(connections as u64, Duration::from_secs(20)).await;
    Ok(flood)
}

/// Sockets open now, at most, connected in all, closed by the server, failed to connect.
#[derive(Default)]
struct Sockets {
    open: AtomicUsize,
    peak: AtomicUsize,
    connected: AtomicU64,
    closed: AtomicU64,
    failed: AtomicU64,
}

async fn idle_sockets(target: Arc<Target>, sockets: usize, addresses: usize) -> Result<Running, String> {
    let server = SocketAddr::from(([127, 0, 0, 1], target.process.spec.port));
    let addresses = addresses.max(1);
    let mut flood = Running::new(format!(
        "{sockets} TCP connections from {addresses} addresses 127.88.0.x ({} each) that send nothing, \
         each opened again as soon as the server closes it",
        sockets.div_ceil(addresses)
    ));
    let counts = Arc::new(Sockets::default());
    // At most this many connects in flight, so the flood opens as fast as the kernel accepts.
    let connecting = Arc::new(tokio::sync::Semaphore::new(256));
    let began = Instant::now();
    for i in 0..sockets {
        let (stop, counts, connecting) = (flood.stop.clone(), counts.clone(), connecting.clone());
        let local = SocketAddr::new(flood_address(i % addresses), 0);
        flood.tasks.spawn(async move {
            let mut buf = [0u8; 512];
            while !stop.load(Ordering::Relaxed) {
                let stream = {
                    let Ok(_permit) = connecting.acquire().await else {
                        return;
                    };
                    let connect = async {
                        let socket = tokio::net::TcpSocket::new_v4()?;
                        socket.bind(local)?;
                        socket.connect(server).await
                    };
                    tokio::time::timeout(Duration::from_secs(30), connect).await
                };
                let Ok(Ok(mut stream)) = stream else {
                    counts.failed.fetch_add(1, Ordering::Relaxed);
                    tokio::time::sleep(Duration::from_millis(200)).await;
                    continue;
                };
                counts.connected.fetch_add(1, Ordering::Relaxed);
                let now = counts.open.fetch_add(1, Ordering::Relaxed) + 1;
                counts.peak.fetch_max(now, Ordering::Relaxed);
                use tokio::io::AsyncReadExt;
                while let Ok(n) = stream.read(&mut buf).await {
                    if n == 0 {
                        break;
                    }
                }
                counts.open.fetch_sub(1, Ordering::Relaxed);
                counts.closed.fetch_add(1, Ordering::Relaxed);
            }
        });
    }
    let until = Instant::now() + Duration::from_secs(120);
    while counts.open.load(Ordering::Relaxed) < sockets * 95 / 100 && Instant::now() < until {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    flood.notes.push(format!(
        "{} sockets open {:.1} s after the first connect (the honest phase starts there)",
        counts.open.load(Ordering::Relaxed),
        began.elapsed().as_secs_f64()
    ));
    let c = counts.clone();
    flood.at_stop = Some(Box::new(move || {
        vec![format!(
            "at the end {} sockets open (at most {}); {} connections made, {} closed by the server \
             (header deadline or share), {} connects failed or timed out",
            c.open.load(Ordering::Relaxed),
            c.peak.load(Ordering::Relaxed),
            c.connected.load(Ordering::Relaxed),
            c.closed.load(Ordering::Relaxed),
            c.failed.load(Ordering::Relaxed)
        )]
    }));
    Ok(flood)
}

const IMPORT: &str =
    "mutation($u: ID!, $file: Upload!) { importLearners(unitId: $u, file: $file) { created } }";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// An xlsx whose shared strings unpack to about `mb` MB: distinct strings of 10,000 名 each
/// (the table keeps one copy of equal strings), which deflate packs a thousandfold.
fn bomb(mb: usize) -> Result<Vec<u8>, String> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let filler = "名".repeat(10_000);
    let strings = (mb * 1_000_000).div_ceil(filler.len());
    for i in 0..strings {
        sheet
            .write_string(i as u32, 0, format!("{filler}{i}"))
            .map_err(|e| format!("bomb: {e}"))?;
    }
    workbook.save_to_buffer().map_err(|e| format!("bomb: {e}"))
}

async fn amplification(target: Arc<Target>, parallel: usize, bomb_mb: usize) -> Result<Running, String> {
    let built = Instant::now();
    let bomb = Arc::new(
        tokio::task::spawn_blocking(move || bomb(bomb_mb))
            .await
            .map_err(|e| e.to_string())??,
    );
    let packed_kb = bomb.len() / 1024;
    let built = built.elapsed();
    let admin_http = Arc::new(target.client(flood_address(0), Duration::from_secs(120))?);
    let upload_http = Arc::new(target.client(flood_address(1), Duration::from_secs(120))?);
    let learner_http = Arc::new(target.client(flood_address(2), Duration::from_secs(120))?);
    let admin = Arc::new(login(&admin_http, "13800000001", xuefa::tools::demo::ADMIN_PASSWORD).await?);
    let unit_admin = Arc::new(login(&upload_http, "13800000005", xuefa::tools::demo::ADMIN_PASSWORD).await?);
    let learner = Arc::new(login(&learner_http, &PHONE_ATTACKER.to_string(), PASSWORD).await?);
    let aliases = |n: usize| {
        let fields: Vec<String> = (0..n)
            .map(|i| format!("a{i}: studyItems(campaignId: $c) {{ body }}"))
            .collect();
        format!("query($c: ID!) {{ {} }}", fields.join(" "))
    };
    let (five, five_hundred) = (Arc::new(aliases(5)), Arc::new(aliases(500)));
    let mut flood = Running::new(format!(
        "{parallel} parallel `studyItems {{ body }}` ×5 requests of the province administrator (arbitrary \
         documents allowed; 5 is the alias limit) from 127.88.0.1, beside one worker sending the same \
         ×500 and a learner's ×5 from 127.88.0.3; two parallel uploads by a unit administrator from \
         127.88.0.2 of an xlsx of {packed_kb} KB whose shared strings unpack to {bomb_mb} MB"
    ));
    flood
        .notes
        .push(format!("the bomb was built in {:.1} s", built.as_secs_f64()));
    let campaign = Arc::new(json!({"c": target.campaign}));
    let tally = flood.tally.clone();
    {
        let (admin_http, admin, five, campaign, tally) = (
            admin_http.clone(),
            admin.clone(),
            five.clone(),
            campaign.clone(),
            tally.clone(),
        );
        flood.spawn_senders(parallel, move |_, _| {
            let (admin_http, admin, five, campaign, tally) = (
                admin_http.clone(),
                admin.clone(),
                five.clone(),
                campaign.clone(),
                tally.clone(),
            );
            async move {
                let answer = admin_http.gql(Some(&admin), &five, (*campaign).clone()).await;
                tally.add("administrator's studyItems ×5", &answer);
            }
        });
    }
    {
        let tally = tally.clone();
        flood.spawn_senders(1, move |_, k| {
            let (admin_http, admin, learner_http, learner, five, five_hundred, campaign, tally) = (
                admin_http.clone(),
                admin.clone(),
                learner_http.clone(),
                learner.clone(),
                five.clone(),
                five_hundred.clone(),
                campaign.clone(),
                tally.clone(),
            );
            async move {
                if k.is_multiple_of(2) {
                    let answer = admin_http
                        .gql(Some(&admin), &five_hundred, (*campaign).clone())
                        .await;
                    tally.add("administrator's studyItems ×500", &answer);
                } else {
                    let answer = learner_http.gql(Some(&learner), &five, (*campaign).clone()).await;
                    tally.add("learner's studyItems ×5", &answer);
                }
            }
        });
    }
    let unit = Arc::new(target.unit.clone());
    flood.spawn_senders(2, move |_, _| {
        let (upload_http, unit_admin, unit, bomb, tally) = (
            upload_http.clone(),
            unit_admin.clone(),
            unit.clone(),
            bomb.clone(),
            tally.clone(),
        );
        async move {
            let file = ("名单.xlsx", XLSX, bomb.to_vec());
            let answer = upload_http
                .upload(&unit_admin, IMPORT, json!({"u": *unit}), file)
                .await;
            tally.add("xlsx bomb upload", &answer);
        }
    });
    flood.ramp(parallel as u64, Duration::from_secs(30)).await;
    Ok(flood)
}
