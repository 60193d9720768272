//! `loadtest login-flood` (issue 13, item 3): how long a valid login takes while one address
//! floods the server with wrong logins, against the embedded default (SQLite, in-process live
//! store) with the demo data.
//!
//! 1. `xuefa demo` fills a fresh SQLite file and `xuefa serve` starts on it.
//! 2. Quiet: `--logins` (100) valid logins of a demo administrator, one after another, from
//!    127.0.0.1.
//! 3. Flood: `--concurrency` (200) workers on 127.0.0.2 send wrong logins for demo learners'
//!    numbers back to back, and the same valid logins are measured again while it lasts.
//! 4. The report: p50, p95, max of the valid logins in both phases, what the flood received by
//!    code, and whether the valid-login p95 stays within 300 ms.

use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use loadtest::stats::{Recorder, met, ms};
use loadtest::{Backend, Call, Http, HttpOptions, Stores, Until, workers};
use serde_json::json;

const LOGIN: &str = "mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }";
const TARGET_P95: Duration = Duration::from_millis(300);

#[derive(clap::Args, Clone, Debug)]
pub struct Options {
    /// Valid logins measured in each phase.
    #[arg(long, env = "XUEFA_FLOOD_LOGINS", default_value_t = 100)]
    logins: u64,
    /// Workers sending wrong logins from one address.
    #[arg(long, env = "XUEFA_FLOOD_CONCURRENCY", default_value_t = 200)]
    concurrency: usize,
    #[command(flatten)]
    services: loadtest::scenario::Services,
}

struct Flood {
    owner: Http,
    flooder: Http,
    /// Set when the flood runs: the valid logins' phase.
    flooded: AtomicBool,
    valid: Recorder,
    wrong: Recorder,
}

fn client(base: &str, address: [u8; 4]) -> Result<Http, String> {
    Http::with(
        base,
        &HttpOptions {
            local: Some(IpAddr::from(address)),
            ..HttpOptions::pooled(Duration::from_secs(60))
        },
    )
}

pub async fn run(o: Options) -> Result<bool, String> {
    let bin = o.services.server_binary()?;
    let stores = Stores::create(&Backend::Sqlite, "xuefa_flood").await?;
    stores.load(&bin, &["demo"]).await?;
    let server = stores.serve(&bin, "flood", &[]).await?;
    let flood = Arc::new(Flood {
        owner: client(&server.base, [127, 0, 0, 1])?,
        flooder: client(&server.base, [127, 0, 0, 2])?,
        flooded: AtomicBool::new(false),
        valid: Recorder::default(),
        wrong: Recorder::default(),
    });

    async fn valid(f: Arc<Flood>, _: Call) {
        let call = f.owner.gql(
            None,
            LOGIN,
            json!({"p": "13800000003", "w": xuefa::tools::demo::ADMIN_PASSWORD}),
        );
        let phase = if f.flooded.load(Ordering::Relaxed) {
            "flooded"
        } else {
            "quiet"
        };
        f.valid.timed(phase, call, |_| Ok(())).await;
    }
    eprintln!("{} quiet logins", o.logins);
    workers(&flood, 1, Until::total(o.logins), valid).await;

    eprintln!("flood: {} workers of wrong logins from 127.0.0.2", o.concurrency);
    let stop = Arc::new(AtomicBool::new(false));
    let flooding = {
        let (flood, stop, concurrency) = (flood.clone(), stop.clone(), o.concurrency);
        tokio::spawn(async move {
            workers(&flood, concurrency, Until::flag(stop), |f, call| async move {
                let phone = format!("139{:08}", 1 + (call.worker as u64 + call.k) % 40);
                let answer = f
                    .flooder
                    .gql(None, LOGIN, json!({"p": phone, "w": "Wrong2017"}))
                    .await;
                match answer.code() {
                    Some(code) => f.wrong.error("wrong login", code),
                    None => f.wrong.error("wrong login", "ok"),
                }
            })
            .await
        })
    };
    tokio::time::sleep(Duration::from_secs(2)).await;
    flood.flooded.store(true, Ordering::Relaxed);
    let flooded = workers(&flood, 1, Until::total(o.logins), valid).await;
    stop.store(true, Ordering::Relaxed);
    let _ = flooding.await;
    server.stop().await;
    stores.finish(false, false).await;

    let summaries = flood.valid.summaries();
    let wrong = flood.wrong.summary("wrong login").errors;
    println!("### Login under a flood of wrong logins from one address");
    println!();
    println!(
        "{} build, SQLite + in-process store, demo data; {}; {} UTC.",
        if o.services.debug { "Debug" } else { "Release" },
        loadtest::machine(),
        chrono::Utc::now().format("%Y-%m-%d %H:%M")
    );
    println!();
    println!("| phase | valid logins | p50 | p95 | max | errors |");
    println!("|---|---|---|---|---|---|");
    for s in summaries.iter().rev() {
        println!(
            "| {} | {} | {} | {} | {} | {} |",
            s.name,
            s.count,
            ms(s.p50),
            ms(s.p95),
            ms(s.max),
            s.error_count()
        );
    }
    println!();
    println!(
        "The flood ({} concurrent workers on 127.0.0.2) sent {} wrong logins in the {:.1} s the flooded \
         phase lasted (plus 2 s before), answered:",
        o.concurrency,
        wrong.values().sum::<u64>(),
        flooded.as_secs_f64()
    );
    for (code, n) in &wrong {
        println!("- `{code}`: {n}");
    }
    println!();
    let flooded = flood.valid.summary("flooded");
    let failed = flood.valid.error_count();
    println!(
        "Target: valid-login p95 ≤ 300 ms while one address floods: {} ({}).",
        ms(flooded.p95),
        met(flooded.count > 0 && flooded.p95 <= TARGET_P95)
    );
    if failed > 0 {
        println!(
            "\n**{failed} valid logins failed** (the first: {:?}).",
            flood.valid.first_error()
        );
    }
    Ok(failed == 0)
}
