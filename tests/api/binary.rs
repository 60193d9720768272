//! The `xuefa` binary itself: start-up output with the demo logins, readiness, and a clean
//! exit on SIGTERM.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[tokio::test]
async fn serve_prints_where_to_go_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_xuefa"))
        .args(["serve", "--demo", "--listen", "127.0.0.1:0"])
        .current_dir(dir.path())
        .env_remove("DATABASE_URL")
        .env_remove("REDIS_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let lines: Vec<String> = tokio::task::spawn_blocking(move || {
        BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .take_while(|l| !l.contains("13900000001"))
            .collect()
    })
    .await
    .unwrap();
    let banner = lines.join("\n");
    assert!(banner.contains("13800000001"), "{banner}");
    assert!(banner.contains("Xuefa2017"), "{banner}");
    let base = lines
        .iter()
        .find_map(|l| l.strip_prefix("xuefa is listening on "))
        .unwrap_or_else(|| panic!("no address in {banner}"))
        .to_owned();
    // The default database is a SQLite file in the working directory.
    assert!(dir.path().join("xuefa.db").exists());

    let ready = reqwest::get(format!("{base}/readyz")).await.unwrap();
    assert_eq!(ready.status(), 200);

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = tokio::task::spawn_blocking(move || child.wait())
        .await
        .unwrap()
        .unwrap();
    assert!(exit.success(), "exit status {exit:?}");
    // The process has exited: its listener is gone with it.
    assert!(reqwest::get(format!("{base}/healthz")).await.is_err());
}

#[test]
fn schema_command_prints_the_sdl() {
    let out = Command::new(env!("CARGO_BIN_EXE_xuefa"))
        .arg("schema")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), xuefa::graphql::sdl());
}
