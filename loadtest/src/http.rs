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

    /// The `data`, or the error as `CODE: message`.
    pub fn data(self) -> Result<Value, String> {
        match self {
            Answer::Data(data) => Ok(data),
            Answer::Error { code, message } => Err(format!("{code}: {message}")),
        }
    }
}

/// How a client connects.
#[derive(Clone, Debug)]
pub struct HttpOptions {
    /// The source address (127.x.y.z), so that many virtual users do not all look like one
    /// address to the server's per-address guards.
    pub local: Option<IpAddr>,
    pub timeout: Duration,
    pub connect_timeout: Option<Duration>,
    pub pool_idle: Duration,
    pub max_idle_per_host: usize,
    /// A header naming the client, sent with every request as a proxy would add it (name,
    /// value): for a server run with `XUEFA_CLIENT_IP_HEADER`.
    pub forwarded: Option<(String, String)>,
}

impl HttpOptions {
    /// One pool shared by every worker of a scenario, every connection kept open between
    /// phases: a worker's requests never wait for a new connection.
    pub fn pooled(timeout: Duration) -> HttpOptions {
        HttpOptions {
            local: None,
            timeout,
            connect_timeout: None,
            pool_idle: Duration::from_secs(600),
            max_idle_per_host: usize::MAX,
            forwarded: None,
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
    /// A client of a virtual learner's address: `local` picks the source address.
    pub fn new(base: &str, local: Option<IpAddr>, timeout: Duration) -> Result<Http, String> {
        Http::with(
            base,
            &HttpOptions {
                local,
                timeout,
                connect_timeout: Some(Duration::from_secs(5)),
                pool_idle: Duration::from_secs(90),
                max_idle_per_host: 64,
                forwarded: None,
            },
        )
    }

    pub fn with(base: &str, options: &HttpOptions) -> Result<Http, String> {
        let mut builder = reqwest::Client::builder()
            .timeout(options.timeout)
            .pool_idle_timeout(options.pool_idle)
            .pool_max_idle_per_host(options.max_idle_per_host)
            .tcp_nodelay(true);
        if let Some(connect) = options.connect_timeout {
            builder = builder.connect_timeout(connect);
        }
        if let Some(addr) = options.local {
            builder = builder.local_address(addr);
        }
        if let Some((name, value)) = &options.forwarded {
            let mut headers = reqwest::header::HeaderMap::new();
            headers.insert(
                reqwest::header::HeaderName::from_bytes(name.as_bytes())
                    .map_err(|e| format!("header {name}: {e}"))?,
                reqwest::header::HeaderValue::from_str(value).map_err(|e| format!("header {name}: {e}"))?,
            );
            builder = builder.default_headers(headers);
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

    /// Logs in; the token.
    pub async fn login(&self, phone: &str, password: &str) -> Result<String, String> {
        let data = self
            .gql(None, LOGIN, json!({"p": phone, "w": password}))
            .await
            .data()
            .map_err(|e| format!("login {phone}: {e}"))?;
        data["login"]["token"]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("login {phone}: no token in {data}"))
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
        answer_of(request).await
    }

    /// A file upload by the GraphQL multipart request convention, the file bound to `$file`.
    pub async fn upload(
        &self,
        token: &str,
        query: &str,
        mut variables: Value,
        file: (&str, &str, Vec<u8>),
    ) -> Answer {
        let (name, mime, bytes) = file;
        variables["file"] = Value::Null;
        let part = match reqwest::multipart::Part::bytes(bytes)
            .file_name(name.to_owned())
            .mime_str(mime)
        {
            Ok(part) => part,
            Err(e) => {
                return Answer::Error {
                    code: "transport".into(),
                    message: format!("content type {mime}: {e}"),
                };
            }
        };
        let form = reqwest::multipart::Form::new()
            .text(
                "operations",
                json!({"query": query, "variables": variables}).to_string(),
            )
            .text("map", json!({"0": ["variables.file"]}).to_string())
            .part("0", part);
        let request = self
            .client
            .post(&self.url)
            .header("graphql-preflight", "1")
            .bearer_auth(token)
            .multipart(form);
        answer_of(request).await
    }
}

const LOGIN: &str = "mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }";

async fn answer_of(request: reqwest::RequestBuilder) -> Answer {
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

/// The `i`-th of the loopback source addresses `127.77.x.y` load runs spread their clients over.
pub fn spread_address(i: usize) -> IpAddr {
    IpAddr::V4(std::net::Ipv4Addr::new(
        127,
        77,
        (i / 250) as u8,
        (1 + i % 250) as u8,
    ))
}

/// Clients spread over source addresses `127.77.x.y` (loopback takes any 127/8 source), each
/// with its own keep-alive pool, used in turn: the server gives one client address at most a
/// share of what it admits (`http::admission`), so a closed-loop run from a single address would
/// measure that share instead of the server.
#[derive(Clone)]
pub struct Spread {
    clients: std::sync::Arc<Vec<Http>>,
    next: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl Spread {
    pub fn new(base: &str, addresses: usize, options: &HttpOptions) -> Result<Spread, String> {
        let clients = (0..addresses.max(1))
            .map(|i| {
                let ip = IpAddr::V4(std::net::Ipv4Addr::new(
                    127,
                    77,
                    (i / 250) as u8,
                    (1 + i % 250) as u8,
                ));
                Http::with(
                    base,
                    &HttpOptions {
                        local: Some(ip),
                        ..options.clone()
                    },
                )
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Spread {
            clients: std::sync::Arc::new(clients),
            next: std::sync::Arc::default(),
        })
    }

    fn pick(&self) -> &Http {
        let i = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        &self.clients[i % self.clients.len()]
    }

    pub async fn login(&self, phone: &str, password: &str) -> Result<String, String> {
        self.pick().login(phone, password).await
    }

    pub async fn post(&self, token: Option<&str>, body: String) -> Answer {
        self.pick().post(token, body).await
    }
}
