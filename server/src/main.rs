//! The `xuefa` command: serve, migrate, demo, schema.

use clap::{Parser, Subcommand};
use xuefa::graphql;
use xuefa::http::app::{self, Application};
use xuefa::infra::config::{DatabaseSettings, LogFormat, Settings};
use xuefa::infra::{db, telemetry};
use xuefa::tools::{demo, generate};

#[derive(Parser)]
#[command(
    name = "xuefa",
    version,
    about = "学法考法: the yearly law-study and law-exam programme"
)]
struct Cli {
    /// Log format.
    #[arg(long, env = "XUEFA_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    log_format: LogFormat,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the server (migrations run first).
    Serve {
        // Boxed: the settings are many times the size of the other commands.
        #[command(flatten)]
        settings: Box<Settings>,
        /// Load the demo data first if the database is empty.
        #[arg(long)]
        demo: bool,
    },
    /// Bring the database schema up to date.
    Migrate {
        #[command(flatten)]
        database: DatabaseSettings,
    },
    /// Load the demo data into an empty database.
    Demo {
        #[command(flatten)]
        database: DatabaseSettings,
    },
    /// Print the GraphQL schema (SDL); schema.graphql is its output.
    Schema,
    /// Write a synthetic province (990000 测试省: 14 cities, 120 districts) into an empty
    /// database in bulk, for load tests; creates the PostgreSQL database if missing.
    Generate {
        #[command(flatten)]
        database: DatabaseSettings,
        /// Learners (each with an account, study progress and exam results).
        #[arg(long, default_value_t = 1_000_000)]
        learners: u32,
        /// Units, spread over the districts, the cities and the province.
        #[arg(long, default_value_t = 20_000)]
        units: u32,
        /// Seed of the mixes; the same seed gives the same province.
        #[arg(long, default_value_t = 2017)]
        seed: u64,
    },
}

type MainResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

/// mimalloc instead of glibc's malloc: in an exam day's start burst glibc's allocator took a
/// third of the server's CPU (`_int_malloc`, `malloc_consolidate`, `unlink_chunk`; `perf` on
/// `loadtest exam-day`). It also gives argon2's 9 MiB blocks (one a login) back to the system
/// on its own, which glibc did only with a fixed mmap threshold set by hand.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> MainResult {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(run())
}

async fn run() -> MainResult {
    let cli = Cli::parse();
    match cli.command {
        Command::Schema => {
            print!("{}", graphql::sdl());
            Ok(())
        }
        Command::Migrate { database } => {
            telemetry::init(cli.log_format);
            let db = db::connect(&database).await?;
            xuefa::domain::migrate(&db).await?;
            println!("database is up to date");
            Ok(())
        }
        Command::Demo { database } => {
            telemetry::init(cli.log_format);
            let db = db::connect(&database).await?;
            xuefa::domain::migrate(&db).await?;
            if demo::load(&db).await? {
                println!("demo data loaded");
            } else {
                println!("the database already holds data; nothing loaded");
            }
            for line in demo::banner_lines() {
                println!("{line}");
            }
            Ok(())
        }
        Command::Generate {
            database,
            learners,
            units,
            seed,
        } => {
            telemetry::init(cli.log_format);
            let options = generate::Options {
                learners,
                units,
                seed,
            };
            generate::run_command(&database, &options).await?;
            Ok(())
        }
        Command::Serve {
            settings,
            demo: with_demo,
        } => {
            telemetry::init(cli.log_format);
            serve(*settings, with_demo).await
        }
    }
}

async fn serve(settings: Settings, with_demo: bool) -> MainResult {
    let settings = if with_demo {
        settings.with_demo_defaults()
    } else {
        settings
    };
    let graphiql = settings.graphiql_enabled();
    let application = Application::build(settings).await?;
    let state = &application.state;
    if with_demo && state.clock.scope(demo::load(&state.db)).await? {
        tracing::info!("demo data loaded");
    }
    let shutdown = app::shutdown_signal();
    let addr = application.local_addr();
    println!("xuefa is listening on http://{addr}");
    println!("  learners' pages:  open http://{addr}/ on a phone or in a browser");
    println!("  console (admins): open http://{addr}/admin");
    println!("  GraphQL:  POST http://{addr}/graphql");
    if graphiql {
        println!("  GraphiQL: open http://{addr}/graphql in a browser");
    }
    if let Some(metrics) = application.metrics_addr() {
        println!("  metrics:  GET http://{metrics}/metrics");
    }
    println!("  live exam store: {}", state.live.describe());
    if demo::is_loaded(&state.db).await? {
        for line in demo::banner_lines() {
            println!("{line}");
        }
    }
    application.run_until(shutdown).await?;
    Ok(())
}
