//! `loadtest roster` (issue 3): importing a 10,000-row .xlsx into one unit, and paging through
//! a 2,000-learner unit, logged in as the demo district administrator. SQLite is always
//! measured; PostgreSQL + Redis too when they answer.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use loadtest::stats::{Latency, median_duration, met, ms, thousands};
use loadtest::{Backend, Http, HttpOptions, Stores};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};
use serde_json::{Value, json};

const IMPORT_RUNS: usize = 3;
const DRY_RUNS: usize = 3;
const PAGE: u64 = 100;
const IMPORT_TARGET: Duration = Duration::from_secs(5);
const PAGE_TARGET: Duration = Duration::from_millis(20);
/// The name filter of the listing: the surname 王, about one learner in ten.
const NAME_FILTER: &str = "王";

const ADMIN_PHONE: &str = "13800000003";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const IMPORT: &str = "mutation($u: ID!, $file: Upload!, $dry: Boolean) { importLearners(unitId: $u, file: $file, dryRun: $dry) { created updated unchanged errors { row message } } }";
const LIST: &str = "query($u: ID!, $after: String, $order: LearnerOrder!, $filter: LearnerFilter) { unit(id: $u) { learners(first: 100, after: $after, orderBy: $order, filter: $filter) { totalCount edges { node { id name phone status } } pageInfo { hasNextPage endCursor } } } }";

const SURNAMES: [&str; 10] = ["赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈"];
const GIVEN: [&str; 20] = [
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
    "秀", "霞", "平",
];
const RANKS: [&str; 4] = ["科员", "副科级", "正科级", "副处级"];

#[derive(clap::Args, Clone, Debug)]
pub struct Options {
    /// Rows of each imported file.
    #[arg(long, default_value_t = 10_000)]
    import_rows: u64,
    /// Learners of the unit paged through.
    #[arg(long, default_value_t = 2_000)]
    list_rows: u64,
    /// Full walks through the roster per listing (after one untimed warm-up walk).
    #[arg(long, env = "ROSTER_WALKS", default_value_t = 10)]
    walks: usize,
    /// Only SQLite, even when PostgreSQL and Redis answer.
    #[arg(long)]
    sqlite_only: bool,
    #[command(flatten)]
    services: loadtest::scenario::Services,
}

struct Listing {
    label: String,
    pages: usize,
    latency: Latency,
}

struct Results {
    backend: &'static str,
    file_kib: usize,
    imports: Vec<Duration>,
    reimport: Duration,
    dry_runs: Vec<Duration>,
    listings: Vec<Listing>,
}

pub async fn run(o: Options) -> Result<bool, String> {
    let bin = o.services.server_binary()?;
    let started = Instant::now();
    let parse = parse_only(o.import_rows)?;
    eprintln!("xlsx parse alone: {}", ms(parse));
    let mut backends = vec![Backend::Sqlite];
    if !o.sqlite_only {
        match o.services.postgres().await {
            Ok(pg) => backends.push(pg),
            Err(why) => {
                eprintln!("PostgreSQL + Redis skipped: {why}");
                println!("> PostgreSQL + Redis skipped: {why}\n");
            }
        }
    }
    let mut results = Vec::new();
    for backend in &backends {
        let stores = Stores::create(backend, "xuefa_bench").await?;
        let outcome = measure(&o, &bin, &stores, started).await;
        stores.finish(false, outcome.is_err()).await;
        results.push(outcome?);
    }
    report(&o, &results, parse);
    Ok(true)
}

// ---------------------------------------------------------------------------------------------
// The spreadsheet

fn name_of(i: u64) -> String {
    let surname = SURNAMES[(i % 10) as usize];
    let a = GIVEN[((i / 10) % 20) as usize];
    let b = GIVEN[((i / 200 + i * 7) % 20) as usize];
    format!("{surname}{a}{b}")
}

/// The phone of row `i` of file `file`: 137FFFFIIII, unique across the files of one run.
fn phone_of(file: u64, i: u64) -> u64 {
    13_700_000_000 + file * 10_000 + i
}

/// An .xlsx of `rows` learners with the template's headers; phones as numbers, 退休日期 as
/// date cells.
fn roster_xlsx(file: u64, rows: u64) -> Result<Vec<u8>, String> {
    let write = || -> Result<Vec<u8>, XlsxError> {
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        let date = Format::new().set_num_format("yyyy-mm-dd");
        for (col, header) in ["姓名", "手机号", "职级", "在职状态", "退休日期"]
            .iter()
            .enumerate()
        {
            sheet.write_string(0, col as u16, *header)?;
        }
        for i in 0..rows {
            let line = (i + 1) as u32;
            sheet.write_string(line, 0, name_of(i))?;
            sheet.write_number(line, 1, phone_of(file, i) as f64)?;
            sheet.write_string(line, 2, RANKS[(i % 4) as usize])?;
            sheet.write_string(line, 3, if i % 50 == 49 { "退休" } else { "在职" })?;
            let d = ExcelDateTime::from_ymd(2030 + (i % 30) as u16, 1 + (i % 12) as u8, 1 + (i % 28) as u8)?;
            sheet.write_datetime_with_format(line, 4, &d, &date)?;
        }
        workbook.save_to_buffer()
    };
    write().map_err(|e| format!("writing the roster file: {e}"))
}

/// Reading and mapping a file alone, in this process (median of 3): the part of an import that
/// does not touch the database.
fn parse_only(rows: u64) -> Result<Duration, String> {
    let bytes = roster_xlsx(90, rows)?;
    let mut times = Vec::new();
    for _ in 0..3 {
        let start = Instant::now();
        let table =
            xuefa::formats::sheet::read_table("roster.xlsx", &bytes, xuefa::domain::import::LEARNER_COLUMNS)
                .map_err(|e| format!("the roster file does not read: {e:?}"))?;
        times.push(start.elapsed());
        if table.rows.len() as u64 != rows {
            return Err(format!("read {} rows of {rows}", table.rows.len()));
        }
    }
    Ok(median_duration(&times))
}

// ---------------------------------------------------------------------------------------------
// The measurements

/// What the server answers, or the error (every request here must succeed).
fn data(answer: loadtest::Answer, what: &str) -> Result<Value, String> {
    answer.data().map_err(|e| format!("{what}: {e}"))
}

/// An import's created, updated and unchanged counts; its row errors fail it.
fn counts(data: &Value) -> Result<(u64, u64, u64), String> {
    let r = &data["importLearners"];
    let n = |k: &str| r[k].as_u64().ok_or_else(|| format!("{k} missing in {data}"));
    if r["errors"].as_array().is_none_or(|e| !e.is_empty()) {
        return Err(format!("the import reported row errors: {data}"));
    }
    Ok((n("created")?, n("updated")?, n("unchanged")?))
}

struct Admin<'a> {
    http: &'a Http,
    token: String,
    region: String,
    units: usize,
}

impl Admin<'_> {
    async fn import(
        &self,
        unit: &str,
        bytes: Vec<u8>,
        dry: bool,
    ) -> Result<(Duration, (u64, u64, u64)), String> {
        let start = Instant::now();
        let answer = self
            .http
            .upload(
                &self.token,
                IMPORT,
                json!({"u": unit, "dry": dry}),
                ("roster.xlsx", XLSX, bytes),
            )
            .await;
        let took = start.elapsed();
        Ok((took, counts(&data(answer, "importLearners")?)?))
    }

    async fn new_unit(&mut self, purpose: &str) -> Result<String, String> {
        self.units += 1;
        let name = format!("基准测试单位{}（{purpose}）", self.units);
        let answer = self
            .http
            .gql(
                Some(&self.token),
                "mutation($r: ID!, $n: String!) { createUnit(input: {regionId: $r, name: $n}) { id } }",
                json!({"r": self.region, "n": name}),
            )
            .await;
        let body = data(answer, "createUnit")?;
        body["createUnit"]["id"]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("no unit id in {body}"))
    }
}

async fn measure(
    o: &Options,
    bin: &std::path::Path,
    stores: &Stores,
    started: Instant,
) -> Result<Results, String> {
    let label = stores.backend.label();
    eprintln!("== {label}: loading the demo");
    stores.load(bin, &["demo"]).await?;
    let server = stores
        .serve(bin, "roster", &[("XUEFA_SHUTDOWN_GRACE_SECONDS", "1".into())])
        .await?;
    let http = Http::with(&server.base, &HttpOptions::pooled(Duration::from_secs(600)))?;
    let outcome = measure_on(o, &http, label, started).await;
    server.stop().await;
    outcome
}

async fn measure_on(
    o: &Options,
    http: &Http,
    label: &'static str,
    started: Instant,
) -> Result<Results, String> {
    let token = http
        .login(ADMIN_PHONE, xuefa::tools::demo::ADMIN_PASSWORD)
        .await?;
    let scope = data(
        http.gql(
            Some(&token),
            "{ myScope { id units { edges { node { id name } } } } }",
            json!({}),
        )
        .await,
        "myScope",
    )?;
    let region = scope["myScope"][0]["id"]
        .as_str()
        .ok_or("the district admin has no region")?
        .to_owned();
    let mut admin = Admin {
        http,
        token,
        region,
        units: 0,
    };
    let rows = o.import_rows;

    // Import: a fresh file into a fresh unit, three times.
    let mut imports = Vec::new();
    let mut first: Option<(String, Vec<u8>)> = None;
    let mut file_kib = 0;
    for run in 0..IMPORT_RUNS {
        let unit = admin.new_unit("导入").await?;
        let bytes = roster_xlsx(run as u64, rows)?;
        file_kib = bytes.len() / 1024;
        let (took, counts) = admin.import(&unit, bytes.clone(), false).await?;
        if counts != (rows, 0, 0) {
            return Err(format!("import {run}: expected {rows} created, got {counts:?}"));
        }
        eprintln!("import {}: {rows} created in {}", run + 1, ms(took));
        imports.push(took);
        first.get_or_insert((unit, bytes));
    }

    // The same file again into the same unit: every row unchanged, nothing written.
    let (unit, bytes) = first.ok_or("no first import")?;
    let (reimport, counts) = admin.import(&unit, bytes, false).await?;
    if counts != (0, 0, rows) {
        return Err(format!("re-import: expected {rows} unchanged, got {counts:?}"));
    }
    eprintln!("re-import: {rows} unchanged in {}", ms(reimport));

    // Dry runs of a fresh file into a fresh unit: reading, validating and the look-ups, no writes.
    let unit = admin.new_unit("试导入").await?;
    let bytes = roster_xlsx(IMPORT_RUNS as u64, rows)?;
    let mut dry_runs = Vec::new();
    for run in 0..DRY_RUNS {
        let (took, counts) = admin.import(&unit, bytes.clone(), true).await?;
        if counts.0 != rows {
            return Err(format!(
                "dry run {run}: expected {rows} to create, got {counts:?}"
            ));
        }
        eprintln!("dry run {}: {}", run + 1, ms(took));
        dry_runs.push(took);
    }

    // Listing: a unit of `list_rows` learners, page by page.
    let unit = admin.new_unit("名单").await?;
    let list = o.list_rows;
    let (_, counts) = admin
        .import(&unit, roster_xlsx(IMPORT_RUNS as u64 + 1, list)?, false)
        .await?;
    if counts.0 != list {
        return Err(format!("listing import: expected {list} created, got {counts:?}"));
    }
    let filtered = (0..list).filter(|&i| name_of(i).contains(NAME_FILTER)).count() as u64;
    let mut listings = Vec::new();
    for (label, order, filter, expected) in [
        ("orderBy: NAME", "NAME", Value::Null, list),
        ("orderBy: CREATED", "CREATED", Value::Null, list),
        (
            "orderBy: NAME, filter: {name: \"王\"}",
            "NAME",
            json!({"name": NAME_FILTER}),
            filtered,
        ),
    ] {
        let walk = Walk {
            admin: &admin,
            unit: &unit,
            label,
            order,
            filter: &filter,
            expected,
        };
        let listing = walk.walks(o.walks, started).await?;
        eprintln!(
            "{label}: {} pages, p50 {}, p95 {}, max {}",
            listing.pages,
            ms(listing.latency.p50),
            ms(listing.latency.p95),
            ms(listing.latency.max)
        );
        listings.push(listing);
    }
    Ok(Results {
        backend: label,
        file_kib,
        imports,
        reimport,
        dry_runs,
        listings,
    })
}

/// One listing of the unit: an order and a filter, and how many learners it must show.
struct Walk<'a> {
    admin: &'a Admin<'a>,
    unit: &'a str,
    label: &'static str,
    order: &'static str,
    filter: &'a Value,
    expected: u64,
}

impl Walk<'_> {
    /// Pages through the roster `walks` times (after one untimed warm-up walk), checking that
    /// every walk sees each expected learner once; the per-page latencies.
    async fn walks(&self, walks: usize, started: Instant) -> Result<Listing, String> {
        let mut times = Vec::new();
        let mut pages_per_walk = 0;
        for round in 0..=walks {
            let mut after = Value::Null;
            let mut seen = HashSet::new();
            let mut pages = 0;
            loop {
                let start = Instant::now();
                let answer = self
                    .admin
                    .http
                    .gql(
                        Some(&self.admin.token),
                        LIST,
                        json!({"u": self.unit, "after": after, "order": self.order, "filter": self.filter}),
                    )
                    .await;
                let took = start.elapsed();
                let body = data(answer, self.label)?;
                if round > 0 {
                    times.push(took);
                    if took > PAGE_TARGET {
                        eprintln!(
                            "{}: walk {round}, page {}: {} (slow page, at {:.3} s)",
                            self.label,
                            pages + 1,
                            ms(took),
                            started.elapsed().as_secs_f64()
                        );
                    }
                }
                pages += 1;
                let conn = &body["unit"]["learners"];
                if conn["totalCount"].as_u64() != Some(self.expected) {
                    return Err(format!(
                        "{}: totalCount is not {}: {body}",
                        self.label, self.expected
                    ));
                }
                for edge in conn["edges"].as_array().into_iter().flatten() {
                    let id = edge["node"]["id"].as_str().unwrap_or_default().to_owned();
                    if !seen.insert(id) {
                        return Err(format!("{}: a learner twice in one walk", self.label));
                    }
                }
                if conn["pageInfo"]["hasNextPage"] != true {
                    break;
                }
                after = conn["pageInfo"]["endCursor"].clone();
            }
            if seen.len() as u64 != self.expected || pages as u64 != self.expected.div_ceil(PAGE).max(1) {
                return Err(format!(
                    "{}: a walk saw {} learners on {pages} pages, not {}",
                    self.label,
                    seen.len(),
                    self.expected
                ));
            }
            pages_per_walk = pages;
        }
        Ok(Listing {
            label: self.label.to_owned(),
            pages: pages_per_walk,
            latency: Latency::of(times),
        })
    }
}

// ---------------------------------------------------------------------------------------------
// The report

fn report(o: &Options, results: &[Results], parse: Duration) {
    let rows = thousands(o.import_rows as f64);
    let file_kib = results.first().map(|r| r.file_kib).unwrap_or(0);
    println!("Machine: {}  ", loadtest::machine());
    println!("Date: {} UTC  ", chrono::Utc::now().format("%Y-%m-%d %H:%M:%S"));
    println!("Command: `target/release/loadtest roster`\n");

    let mut header = String::from("| Measurement |");
    let mut rule = String::from("|---|");
    for r in results {
        header.push_str(&format!(" {} |", r.backend));
        rule.push_str("---:|");
    }
    println!("{header} Target |\n{rule}---|");
    let row = |name: String, cell: &dyn Fn(&Results) -> String, target: &str| {
        let cells: Vec<String> = results.iter().map(cell).collect();
        println!("| {name} | {} | {target} |", cells.join(" | "));
    };
    for run in 0..IMPORT_RUNS {
        row(
            format!("Import {rows} rows into a fresh unit, run {}", run + 1),
            &|r| r.imports.get(run).map(|t| ms(*t)).unwrap_or_default(),
            "",
        );
    }
    row(
        format!("**Import {rows} rows, median**"),
        &|r| {
            let m = median_duration(&r.imports);
            format!("**{}** ({})", ms(m), met(m <= IMPORT_TARGET))
        },
        "≤ 5 s",
    );
    row(
        format!("Re-import the same file ({rows} unchanged)"),
        &|r| ms(r.reimport),
        "",
    );
    row(
        format!("Dry run of a fresh {rows}-row file, median of {DRY_RUNS} (nothing written)"),
        &|r| ms(median_duration(&r.dry_runs)),
        "",
    );
    row(
        "Reading the .xlsx alone, in process (no HTTP, no database)".into(),
        &|_| ms(parse),
        "",
    );
    let listings: Vec<(String, usize)> = results
        .first()
        .map(|r| r.listings.iter().map(|l| (l.label.clone(), l.pages)).collect())
        .unwrap_or_default();
    for (i, (label, pages)) in listings.iter().enumerate() {
        row(
            format!(
                "List {} learners, 100 a page, `{label}`: page p50 / p95 / max ({pages} pages × {} walks)",
                thousands(o.list_rows as f64),
                o.walks
            ),
            &|r| {
                r.listings
                    .get(i)
                    .map(|l| {
                        let s = &l.latency;
                        format!(
                            "{} / {} / {} ({})",
                            ms(s.p50),
                            ms(s.p95),
                            ms(s.max),
                            met(s.max <= PAGE_TARGET)
                        )
                    })
                    .unwrap_or_default()
            },
            "≤ 20 ms a page",
        );
    }
    println!(
        "\nThe file: {rows} rows, {file_kib} KiB (姓名, 手机号 as numbers, 职级, 在职状态, 退休日期 as \
         date cells). Import times are the wall clock of the whole HTTP request, upload included; the \
         page target is judged on the slowest page."
    );
}
