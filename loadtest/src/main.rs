//! `loadtest`: load scenarios against a real `xuefa` server.
//!
//! ```text
//! cargo build --release -p server -p loadtest
//! target/release/loadtest exam-day --learners 20000
//! target/release/loadtest exam-load      # the save path's throughput and memory (issue 5)
//! target/release/loadtest stats          # statistics at province scale (issue 6)
//! target/release/loadtest roster         # roster import and paging (issue 3)
//! target/release/loadtest login-flood    # valid logins during a flood of wrong ones (issue 13)
//! target/release/loadtest attack save-flood --fake-tokens   # the floods of issue 26 (attack --help)
//! ```
//!
//! Each scenario is a module of this binary built on the library's harness (`scenario`,
//! `services`, `stats`): it prints progress to stderr and a Markdown report to stdout, and
//! exits with status 1 when its checks fail (2 when it could not run). `loadtest <scenario>
//! --help` lists each one's settings; docs/BENCHMARKS.md says what each measures.
//!
//! `exam-day` (issue 16) plays an exam day of a province made by `xuefa generate`: N virtual
//! learners log in (real argon2) spread over the login period, load the home page's queries,
//! start the exam inside the start burst, answer at human pace (one save every few seconds,
//! some answers changed), a share drop their connection and resume on a new device (a new
//! login), most submit in the last minutes and the rest are left to the deadline's
//! auto-submit. Optionally the server is killed with SIGKILL (and started again at once) and
//! Redis is killed and restarted in the middle. At the end every acknowledged answer is
//! compared with PostgreSQL and every attempt's score with the one the tool computes from the
//! bank; any difference makes the run fail (exit status 1).

mod attack;
mod attack_floods;
mod exam_day;
mod exam_load;
mod login_flood;
mod roster;
mod stats_load;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "loadtest", about = "Load scenarios against a real xuefa server")]
struct Cli {
    #[command(subcommand)]
    command: Scenario,
}

#[derive(Subcommand)]
enum Scenario {
    /// The floods of the second attack run (issue 26) against a server run as production does
    /// (trusted documents on), while honest learners on other addresses log in, start and
    /// save: `save-flood`, `login-flood`, `alias-flood`, `idle-sockets`, `amplification`.
    Attack(attack::Options),
    /// An exam day: logins, start burst, paced answering, drops and resumes, submissions,
    /// deadline auto-submit; then verifies that nothing acknowledged was lost.
    ExamDay(exam_day::Options),
    /// The save path on PostgreSQL + Redis: N learners saving back to back and paced, the
    /// `{ __typename }` ceiling, alternating rounds of both, the synchronous mode, and memory
    /// with 10,000 live attempts.
    ExamLoad(exam_load::Options),
    /// Valid logins of an administrator while one address floods wrong logins (SQLite).
    LoginFlood(login_flood::Options),
    /// Roster import of a 10,000-row .xlsx and paging through a 2,000-learner unit (SQLite,
    /// and PostgreSQL + Redis when they answer).
    Roster(roster::Options),
    /// `stats` and `learnersNeedingAction` on a generated province of a million learners in
    /// PostgreSQL, idle and while learners start and submit.
    Stats(stats_load::Options),
}

fn main() {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("tokio runtime: {e}");
            std::process::exit(2);
        }
    };
    let outcome = match cli.command {
        Scenario::Attack(options) => runtime.block_on(attack::run(options)),
        Scenario::ExamDay(options) => runtime.block_on(exam_day::run(options)),
        Scenario::ExamLoad(options) => runtime.block_on(exam_load::run(options)),
        Scenario::LoginFlood(options) => runtime.block_on(login_flood::run(options)),
        Scenario::Roster(options) => runtime.block_on(roster::run(options)),
        Scenario::Stats(options) => runtime.block_on(stats_load::run(options)),
    };
    match outcome {
        Ok(true) => {}
        Ok(false) => {
            eprintln!("FAILED: a check of the scenario failed (see the report)");
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    }
}
