//! `loadtest`: load scenarios against a real `xuefa` server.
//!
//! ```text
//! cargo build --release -p server -p loadtest
//! target/release/loadtest exam-day --learners 20000
//! ```
//!
//! `exam-day` (issue 16) plays an exam day of a province made by `xuefa generate`: N virtual
//! learners log in (real argon2) spread over the login period, load the home page's queries,
//! start the exam inside the start burst, answer at human pace (one save every few seconds,
//! some answers changed), a share drop their connection and resume on a new device (a new
//! login), most submit in the last minutes and the rest are left to the deadline's
//! auto-submit. Optionally the server is killed with SIGKILL (and started again at once) and
//! Redis is killed and restarted in the middle. At the end every acknowledged answer is
//! compared with PostgreSQL and every attempt's score with the one the tool computes from the
//! bank; any difference makes the run fail (exit status 1). See docs/BENCHMARKS.md.

mod exam_day;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "loadtest", about = "Load scenarios against a real xuefa server")]
struct Cli {
    #[command(subcommand)]
    command: Scenario,
}

#[derive(Subcommand)]
enum Scenario {
    /// An exam day: logins, start burst, paced answering, drops and resumes, submissions,
    /// deadline auto-submit; then verifies that nothing acknowledged was lost.
    ExamDay(exam_day::Options),
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
        Scenario::ExamDay(options) => runtime.block_on(exam_day::run(options)),
    };
    match outcome {
        Ok(true) => {}
        Ok(false) => {
            eprintln!("FAILED: the verification found a difference (see the report)");
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    }
}
