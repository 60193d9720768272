//! GraphQL over HTTP, as the pages send it: a JSON body, a bearer token, and the answer's
//! `data` or the first error's `extensions.code`.

use std::net::IpAddr;
use std::time::Duration;

use serde_json::{Value, json};

/// What the server answered.
#[derive(Clone, Debug)]
pub enum Answer {
    Data(Value),
    /// `code` is the GraphQL error code, or `transport` (no answer: refused, reset, timed
    /// out), or `HTTP <status>` for an answer that is not GraphQL.
    Error {
        code: String,
        message: String,
    },
}

impl Answer {
    pub fn code(&self) -> Option<&str> {
        match self {
            Answer::Data(_) => None,
            Answer::Error { code, .. } => Some(code),
        }
    }
}

/// One HTTP client (keep-alive pool) to one server, from one local address.
#[derive(Clone)]
pub struct Http {
    client: reqwest::Client,
    url: String,
}

impl Http {
    /// `local` picks the source address (127.x.y.z), so that many virtual learners do not
    /// all look like one address to the server's per-address guards.
    pub fn new(base: &str, local: Option<IpAddr>, timeout: Duration) -> Result<Http, String> {
        let mut builder = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(Duration::from_secs(5))
            .pool_idle_timeout(Duration::from_secs(90))
            .pool_max_idle_per_host(64)
            .tcp_nodelay(true);
        if let Some(addr) = local {
            builder = builder.local_address(addr);
        }
        Ok(Http {
            client: builder.build().map_err(|e| format!("HTTP client: {e}"))?,
            url: format!("{base}/graphql"),
        })
    }

    /// Posts a GraphQL request.
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Answer {
        self.post(token, json!({"query": query, "variables": variables}).to_string())
            .await
    }

    /// Posts a prepared JSON body.
    pub async fn post(&self, token: Option<&str>, body: String) -> Answer {
        let mut request = self
            .client
            .post(&self.url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = match request.send().await {
            Ok(r) => r,
            Err(e) => {
                return Answer::Error {
                    code: "transport".into(),
                    message: e.to_string(),
                };
            }
        };
        let status = response.status();
        let bytes = match response.bytes().await {
            Ok(b) => b,
            Err(e) => {
                return Answer::Error {
                    code: "transport".into(),
                    message: format!("reading the answer: {e}"),
                };
            }
        };
        let Ok(mut value) = serde_json::from_slice::<Value>(&bytes) else {
            return Answer::Error {
                code: format!("HTTP {}", status.as_u16()),
                message: String::from_utf8_lossy(&bytes).chars().take(200).collect(),
            };
        };
        if let Some(first) = value.get("errors").and_then(|e| e.get(0)) {
            return Answer::Error {
                code: first["extensions"]["code"]
                    .as_str()
                    .unwrap_or("NO_CODE")
                    .to_owned(),
                message: first["message"].as_str().unwrap_or_default().to_owned(),
            };
        }
        Answer::Data(value["data"].take())
    }
}
