//! Slow and idle clients: a silent socket, trickled headers, a trickled body and an idle
//! kept-alive connection are closed in bounded time, the connection cap holds, and the
//! server keeps serving everyone else meanwhile. The bounds are generous on purpose: these
//! tests check that connections are closed at all, not how fast.

use std::time::Duration;

use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::{Backend, TestApp};
use crate::on_both_backends;

on_both_backends!(
    slow_and_idle_clients_are_closed,
    the_connection_cap_holds_and_frees
);

/// Well above the 2 s the test servers allow, well below "never".
const BOUND: Duration = Duration::from_secs(30);

async fn spawn_strict(backend: Backend, max_connections: usize) -> TestApp {
    TestApp::spawn_with(backend, |s| {
        s.header_timeout_seconds = 2;
        s.body_timeout_seconds = 2;
        s.max_connections = max_connections;
    })
    .await
}

fn addr(app: &TestApp) -> String {
    app.base.trim_start_matches("http://").to_owned()
}

/// Reads until the server closes the connection; returns what it sent. Panics if the
/// connection is still open after `BOUND`.
async fn closed_by_server(stream: &mut TcpStream, what: &str) -> String {
    let mut received = Vec::new();
    let outcome = tokio::time::timeout(BOUND, async {
        let mut buf = [0u8; 4096];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => received.extend_from_slice(&buf[..n]),
            }
        }
    })
    .await;
    assert!(outcome.is_ok(), "{what}: still open after {BOUND:?}");
    String::from_utf8_lossy(&received).into_owned()
}

/// Sends `bytes` one at a time, `gap` apart, until the server closes the connection.
/// Returns true when the server closed it before everything was sent.
async fn trickle(stream: &mut TcpStream, bytes: &[u8], gap: Duration) -> bool {
    for b in bytes {
        if stream.write_all(&[*b]).await.is_err() {
            return true;
        }
        // Real time: the header and body deadlines under test are the edge's, in real time.
        tokio::time::sleep(gap).await;
        // A closed connection shows on the read side first.
        let mut probe = [0u8; 1024];
        match tokio::time::timeout(Duration::from_millis(1), stream.read(&mut probe)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return true,
            Ok(Ok(_)) => return true,
            Err(_) => {}
        }
    }
    false
}

async fn typename_answers(app: &TestApp) {
    let body = app.gql(None, "{ __typename }", json!({})).await;
    assert_eq!(body["data"]["__typename"], "Query", "{body}");
}

async fn slow_and_idle_clients_are_closed(backend: Backend) {
    let app = spawn_strict(backend, 100).await;
    let target = addr(&app);

    // A socket that sends nothing.
    let mut silent = TcpStream::connect(&target).await.unwrap();
    typename_answers(&app).await;

    // Headers trickled a byte every 300 ms: 600 bytes would take three minutes.
    let mut header_trickler = TcpStream::connect(&target).await.unwrap();
    let mut headers = b"POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n".to_vec();
    headers.extend(std::iter::repeat_n(b'a', 600));
    let headers_task = tokio::spawn(async move {
        let stopped = tokio::time::timeout(
            BOUND,
            trickle(&mut header_trickler, &headers, Duration::from_millis(300)),
        )
        .await;
        matches!(stopped, Ok(true))
    });

    // A body of 1,000 announced bytes trickled a byte every 300 ms.
    let mut body_trickler = TcpStream::connect(&target).await.unwrap();
    body_trickler
        .write_all(
            b"POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n",
        )
        .await
        .unwrap();
    let body_task = tokio::spawn(async move {
        let mut answer = Vec::new();
        let closed = tokio::time::timeout(BOUND, async {
            let mut buf = [0u8; 4096];
            for _ in 0..1000 {
                if body_trickler.write_all(b" ").await.is_err() {
                    break;
                }
                match tokio::time::timeout(Duration::from_millis(300), body_trickler.read(&mut buf)).await {
                    Ok(Ok(0)) | Ok(Err(_)) => break,
                    Ok(Ok(n)) => answer.extend_from_slice(&buf[..n]),
                    Err(_) => {}
                }
            }
        })
        .await;
        (closed.is_ok(), String::from_utf8_lossy(&answer).into_owned())
    });

    // Everyone else is served meanwhile.
    for _ in 0..5 {
        typename_answers(&app).await;
        // Real time: served all along the tricklers' real-time deadlines, not once.
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    closed_by_server(&mut silent, "a silent socket").await;
    assert!(
        headers_task.await.unwrap(),
        "trickled headers: still open after {BOUND:?}"
    );
    let (closed, answer) = body_task.await.unwrap();
    assert!(closed, "a trickled body: still open after {BOUND:?}");
    assert!(
        answer.starts_with("HTTP/1.1 408"),
        "a trickled body is answered 408: {answer}"
    );
    assert!(answer.contains("BAD_USER_INPUT"), "{answer}");

    // An idle kept-alive connection, after a complete request and its answer.
    let mut idle = TcpStream::connect(&target).await.unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let answer = closed_by_server(&mut idle, "an idle kept-alive connection").await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");

    typename_answers(&app).await;
}

async fn the_connection_cap_holds_and_frees(backend: Backend) {
    let app = spawn_strict(backend, 3).await;
    let target = addr(&app);
    // Three silent sockets take every place.
    let mut silent = Vec::new();
    for _ in 0..3 {
        silent.push(TcpStream::connect(&target).await.unwrap());
    }
    // Real time: the server takes them up in its own time and counts no accepts to poll.
    tokio::time::sleep(Duration::from_millis(300)).await;
    // A fourth client waits in the accept queue: no answer while the three hold the places…
    let mut waiting = TcpStream::connect(&target).await.unwrap();
    waiting
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut first = [0u8; 64];
    let early = tokio::time::timeout(Duration::from_millis(500), waiting.read(&mut first)).await;
    assert!(
        early.is_err(),
        "a fourth connection was served past the cap of three"
    );
    // …and is served once the header timeout has closed them.
    let answer = closed_by_server(&mut waiting, "the waiting client").await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    for (i, s) in silent.iter_mut().enumerate() {
        closed_by_server(s, &format!("silent socket {i}")).await;
    }
    typename_answers(&app).await;
}
