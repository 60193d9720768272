//! A synthetic province at full size, written straight into an empty database in bulk
//! (`xuefa generate`): for load tests and the statistics benchmark (issue 6).
//!
//! The province 990000 测试省 (a code no real province uses) has 14 cities of 8 or 9 districts
//! each (120 districts), `units` units (0.3 % attached to the province itself, 0.2 % to each
//! city, the rest over the districts, the largest with up to 2.7 times the units of the
//! smallest) and `learners` learners spread unevenly over the units (rosters of a few to a few
//! hundred). The mixes, per learner:
//!
//! * status: 0.6 % retired and 0.4 % left (still on their unit's roster, no longer counted),
//!   0.5 % transferring (no unit, `last_unit_id` set), the rest in service;
//! * exemptions: 1 % approved, 0.2 % pending, 0.1 % rejected;
//! * study: 97 % reached the required points between the study start and three days ago, the
//!   rest are part-way;
//! * exam: of the learners who could sit it (studied, not exempted) 98.9 % submitted a MAIN
//!   attempt (about 95 % of all learners) and 3 % of those failed; 40 % of the failed also have
//!   a MAKEUP attempt (80 % passed). MAIN attempts lie between the main window's first session
//!   and now; the campaign stands on exam day like the demo's, so the make-up window is still
//!   to come and the generated MAKEUP attempts are dated inside it (synthetic data ahead of the
//!   calendar, for the NOT_EXCELLENT list).
//!
//! Every unit has internet and one MAIN session open now plus one MAKEUP session; the campaign
//! has a small question bank (60 single choice, 30 multiple choice, 30 true/false), enough for a
//! real `startExam`. Accounts have no password (`password_hash` NULL, must change it at first
//! login); phones are 199 followed by the learner's id in 8 digits. No administrators are
//! created. Generated attempts carry the placeholder paper `[]` and the device `generated`;
//! no study credits or answers are written, only the running totals statistics read.
//!
//! Everything derives from the seed and the row's id, so a run is reproducible. Rows go in with
//! multi-row INSERTs through sea-orm, as many rows a statement as the backend's parameter limit
//! allows, in a few large transactions; `learner_figures` is then filled with one set-based
//! statement from the statistics' own per-learner definition, and `unit_stats` with another
//! that sums it (`stats::fill_learner_figures`, `stats::fill_unit_stats`).

use std::time::{Duration as StdDuration, Instant};

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use entity::{account, exam_attempt, exam_session, exemption, learner, region, study_progress, unit};
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, Set, TransactionTrait,
};

use crate::clock;
use crate::config::DatabaseSettings;
use crate::domain::campaign::{self, CampaignRules, QuestionType};
use crate::domain::exam::{ExamKind, SessionPlace, new_session};
use crate::domain::exemption::ExemptionStatus;
use crate::domain::roster::EmploymentStatus as Status;
use crate::error::{AppError, AppResult};
use crate::scope::Level;

pub const PROVINCE_CODE: &str = "990000";
pub const PROVINCE_NAME: &str = "测试省";
/// Learner `n`'s phone is this prefix and `n` in 8 digits.
pub const PHONE_PREFIX: &str = "199";
const CITIES: usize = 14;

/// What to generate.
#[derive(Clone, Debug)]
pub struct Options {
    pub learners: u32,
    pub units: u32,
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            learners: 1_000_000,
            units: 20_000,
            seed: 2017,
        }
    }
}

/// One step of the load and how long it took.
#[derive(Clone, Debug)]
pub struct Phase {
    pub name: &'static str,
    pub rows: u64,
    pub elapsed: StdDuration,
}

/// How the generated learners came out.
#[derive(Clone, Debug, Default)]
pub struct Mix {
    pub retired: u64,
    pub left: u64,
    pub transferring: u64,
    pub exempted: u64,
    pub exemptions_other: u64,
    pub studied: u64,
    pub main_attempts: u64,
    pub main_failed: u64,
    pub makeup_attempts: u64,
}

/// The generated province.
#[derive(Clone, Debug)]
pub struct Generated {
    pub province_id: i32,
    pub province_path: String,
    pub campaign_id: i32,
    pub regions: usize,
    pub units: usize,
    pub learners: u64,
    pub mix: Mix,
    pub phases: Vec<Phase>,
    pub total: StdDuration,
}

/// The learner's phone number.
pub fn phone_of(learner_id: i32) -> String {
    format!("{PHONE_PREFIX}{learner_id:08}")
}

// ---------------------------------------------------------------------------------------------
// The command

/// `xuefa generate`: creates the PostgreSQL database if it is missing, brings the schema up to
/// date, refuses a database that holds data, generates, and prints the phases.
pub async fn run_command(settings: &DatabaseSettings, options: &Options) -> AppResult<()> {
    let db = connect_creating(settings).await?;
    crate::db::migrate(&db).await?;
    if !is_empty(&db).await? {
        return Err(refusal());
    }
    println!(
        "generating {} with {} units and {} learners (seed {}) into {}",
        PROVINCE_NAME,
        options.units,
        options.learners,
        options.seed,
        crate::config::redact_url(&settings.database_url)
    );
    let report = |p: &Phase| {
        println!(
            "  {:<28} {:>9} rows  {:>8.1} s",
            p.name,
            p.rows,
            p.elapsed.as_secs_f64()
        )
    };
    let g = generate(&db, options, &report).await?;
    let m = &g.mix;
    println!(
        "done in {:.1} s: {} regions, {} units, {} learners ({} retired, {} left, {} transferring, \
         {} exempted); {} studied; {} MAIN attempts ({} failed), {} MAKEUP attempts",
        g.total.as_secs_f64(),
        g.regions,
        g.units,
        g.learners,
        m.retired,
        m.left,
        m.transferring,
        m.exempted,
        m.studied,
        m.main_attempts,
        m.main_failed,
        m.makeup_attempts
    );
    println!(
        "province {} (region id {}, path {}), campaign id {}; learners log in as {}NNNNNNNN (no \
         password yet); no administrators were created",
        PROVINCE_NAME, g.province_id, g.province_path, g.campaign_id, PHONE_PREFIX
    );
    db.close().await.ok();
    Ok(())
}

/// Connects; on PostgreSQL, creates the URL's database through the server's `postgres`
/// database when it does not exist yet.
pub async fn connect_creating(settings: &DatabaseSettings) -> AppResult<DatabaseConnection> {
    match crate::db::connect(settings).await {
        Ok(db) => Ok(db),
        Err(e) if !settings.is_sqlite() && e.to_string().contains("does not exist") => {
            let url = settings.database_url.trim();
            let (base, query) = match url.split_once('?') {
                Some((b, q)) => (b, Some(q)),
                None => (url, None),
            };
            let (server, name) = base
                .rsplit_once('/')
                .filter(|(s, n)| !n.is_empty() && s.contains("://"))
                .ok_or_else(|| AppError::internal(format!("{e}; the URL names no database")))?;
            if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Err(AppError::internal(format!(
                    "{e}; create it first: createdb '{name}'"
                )));
            }
            let maintenance = match query {
                Some(q) => format!("{server}/postgres?{q}"),
                None => format!("{server}/postgres"),
            };
            let admin = sea_orm::Database::connect(maintenance.as_str())
                .await
                .map_err(|e2| {
                    AppError::internal(format!(
                        "{e}; could not reach the server's postgres database to create it ({e2}): \
                         run `createdb {name}`"
                    ))
                })?;
            admin
                .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await
                .map_err(|e2| {
                    AppError::internal(format!("creating database {name}: {e2}; run `createdb {name}`"))
                })?;
            admin.close().await.ok();
            println!("created database {name}");
            Ok(crate::db::connect(settings).await?)
        }
        Err(e) => Err(e.into()),
    }
}

// ---------------------------------------------------------------------------------------------
// Reproducible dice: every value is a function of the seed, the row and a salt.

fn mix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

struct Dice(u64);

impl Dice {
    fn new(seed: u64, row: u64, salt: u64) -> Dice {
        Dice(mix64(seed ^ mix64(row.wrapping_mul(0x1000_0000_01B3) ^ salt)))
    }
    fn next(&mut self) -> u64 {
        self.0 = mix64(self.0);
        self.0
    }
    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }
    /// A skewed weight: most small, a few large (exponential plus a floor).
    fn weight(&mut self) -> f64 {
        0.15 - (1.0 - self.unit()).ln()
    }
}

/// Splits `total` in proportion to `weights` (largest remainder), so the parts sum to `total`.
fn apportion(total: u64, weights: &[f64]) -> Vec<u64> {
    let sum: f64 = weights.iter().sum();
    if weights.is_empty() || sum <= 0.0 {
        return vec![0; weights.len()];
    }
    let exact: Vec<f64> = weights.iter().map(|w| w / sum * total as f64).collect();
    let mut parts: Vec<u64> = exact.iter().map(|x| x.floor() as u64).collect();
    let given: u64 = parts.iter().sum();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| {
        let ra = exact[a] - exact[a].floor();
        let rb = exact[b] - exact[b].floor();
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    for &i in order.iter().take(total.saturating_sub(given) as usize) {
        parts[i] += 1;
    }
    parts
}

// ---------------------------------------------------------------------------------------------
// The province's shape

const CITY_NAMES: [&str; CITIES] = [
    "东湖",
    "西岭",
    "南川",
    "北原",
    "青峰",
    "白沙",
    "金滩",
    "银河",
    "玉泉",
    "石门",
    "云台",
    "桂林坪",
    "梅溪",
    "柳江",
];
const DISTRICT_NAMES: [&str; 9] = [
    "城关区",
    "新城区",
    "高新区",
    "河东区",
    "河西区",
    "山前县",
    "湖滨县",
    "平原县",
    "龙潭县",
];
const DEPARTMENTS: [&str; 40] = [
    "司法局",
    "财政局",
    "教育局",
    "公安局",
    "卫生健康委员会",
    "自然资源局",
    "生态环境局",
    "住房和城乡建设局",
    "交通运输局",
    "水利局",
    "农业农村局",
    "商务局",
    "文化和旅游局",
    "应急管理局",
    "市场监督管理局",
    "统计局",
    "医疗保障局",
    "审计局",
    "税务局",
    "人力资源和社会保障局",
    "民政局",
    "退役军人事务局",
    "林业局",
    "信访局",
    "发展和改革局",
    "工业和信息化局",
    "科学技术局",
    "体育局",
    "档案馆",
    "人民法院",
    "人民检察院",
    "机关事务管理局",
    "城市管理局",
    "行政审批服务局",
    "供销合作社",
    "人民医院",
    "第一中学",
    "实验小学",
    "街道办事处",
    "乡人民政府",
];
const SURNAMES: [&str; 40] = [
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何",
    "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓",
    "许", "傅", "沈", "曾", "彭", "吕",
];
const GIVEN: [&str; 40] = [
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
    "秀", "霞", "平", "刚", "桂", "英", "华", "建", "文", "辉", "玲", "斌", "波", "宇", "浩", "凯", "健",
    "俊", "帆", "鹏", "红", "林", "云",
];
const RANKS: [&str; 6] = ["办事员", "科员", "副科级", "正科级", "副处级", "正处级"];
const REASONS: [&str; 5] = [
    "明年上半年退休，申请本年度免考。",
    "长期病假，无法参加本年度考试。",
    "援派外省挂职，申请本年度免考。",
    "产假期间，申请本年度免考。",
    "参加脱产学习培训一年，申请免考。",
];

struct RegionRow {
    id: i32,
    parent_id: Option<i32>,
    code: String,
    name: String,
    level: Level,
    path: String,
}

struct UnitRow {
    id: i32,
    region_id: i32,
    region_path: String,
    name: String,
}

/// Regions, units, and each unit's share of the learners (learner ids are contiguous per unit,
/// as rosters are imported unit by unit).
struct Layout {
    regions: Vec<RegionRow>,
    units: Vec<UnitRow>,
    /// `unit_of[i]` is the unit of learner `i + 1`.
    unit_of: Vec<i32>,
}

fn layout(options: &Options) -> Layout {
    let seed = options.seed;
    let mut regions = vec![RegionRow {
        id: 1,
        parent_id: None,
        code: PROVINCE_CODE.to_owned(),
        name: PROVINCE_NAME.to_owned(),
        level: Level::Province,
        path: PROVINCE_CODE.to_owned(),
    }];
    let mut cities = Vec::new();
    let mut districts = Vec::new();
    for (c, city_name) in CITY_NAMES.iter().enumerate() {
        let code = format!("{}{:02}00", &PROVINCE_CODE[..2], c + 1);
        let id = regions.len() as i32 + 1;
        regions.push(RegionRow {
            id,
            parent_id: Some(1),
            path: format!("{PROVINCE_CODE}{code}"),
            code,
            name: format!("{city_name}市"),
            level: Level::City,
        });
        cities.push(regions.len() - 1);
    }
    for (c, &city) in cities.iter().enumerate() {
        // 8 cities of 9 districts and 6 of 8: 120 districts.
        let count = if c < 8 { 9 } else { 8 };
        for (d, district_name) in DISTRICT_NAMES.iter().take(count).enumerate() {
            let parent = &regions[city];
            let code = format!("{}{:02}", &parent.code[..4], d + 1);
            let row = RegionRow {
                id: regions.len() as i32 + 1,
                parent_id: Some(parent.id),
                path: format!("{}{code}", parent.path),
                name: format!("{}{district_name}", CITY_NAMES[c]),
                code,
                level: Level::District,
            };
            regions.push(row);
            districts.push(regions.len() - 1);
        }
    }

    // Units per region.
    let total_units = u64::from(options.units);
    let (province_units, per_city) = if total_units >= 100 {
        ((total_units * 3 / 1000).max(1), (total_units * 2 / 1000).max(1))
    } else {
        (0, 0)
    };
    let district_units = total_units.saturating_sub(province_units + per_city * CITIES as u64);
    let district_weights: Vec<f64> = (0..districts.len())
        .map(|d| 0.6 + Dice::new(seed, d as u64, 11).unit())
        .collect();
    let per_district = apportion(district_units, &district_weights);
    let mut plan: Vec<(usize, u64)> = vec![(0, province_units)];
    plan.extend(cities.iter().map(|&c| (c, per_city)));
    plan.extend(districts.iter().zip(per_district).map(|(&d, n)| (d, n)));

    let mut units = Vec::with_capacity(total_units as usize);
    for (region_index, count) in plan {
        let r = &regions[region_index];
        let short = r.name.trim_end_matches(['省', '市']);
        for k in 0..count as usize {
            let department = DEPARTMENTS[k % DEPARTMENTS.len()];
            let name = match k / DEPARTMENTS.len() {
                0 => format!("{short}{department}"),
                round => format!("{short}{department}（{}）", round + 1),
            };
            units.push(UnitRow {
                id: units.len() as i32 + 1,
                region_id: r.id,
                region_path: r.path.clone(),
                name,
            });
        }
    }

    let unit_weights: Vec<f64> = (0..units.len())
        .map(|u| Dice::new(seed, u as u64, 12).weight())
        .collect();
    let per_unit = apportion(u64::from(options.learners), &unit_weights);
    let mut unit_of = Vec::with_capacity(options.learners as usize);
    for (u, n) in per_unit.iter().enumerate() {
        unit_of.extend(std::iter::repeat_n(u as i32 + 1, *n as usize));
    }
    Layout {
        regions,
        units,
        unit_of,
    }
}

// ---------------------------------------------------------------------------------------------
// One learner's year

struct Plan {
    status: Status,
    status_since: Option<NaiveDate>,
    exemption: Option<ExemptionStatus>,
    points: i32,
    completed_on: Option<NaiveDate>,
    /// MAIN attempt: score and seconds after the main window's first session it started.
    main: Option<(i32, i64)>,
    makeup: Option<(i32, i64)>,
}

/// The campaign's dates the plans use.
struct Calendar {
    today: NaiveDate,
    required_points: i32,
    pass_score: i32,
    duration_minutes: i64,
    main_open: DateTime<Utc>,
    now: DateTime<Utc>,
    makeup_open: DateTime<Utc>,
    makeup_close: DateTime<Utc>,
}

fn plan(seed: u64, learner_id: i32, cal: &Calendar) -> Plan {
    let mut d = Dice::new(seed, learner_id as u64, 21);
    let r = d.unit();
    let status = if r < 0.006 {
        Status::Retired
    } else if r < 0.010 {
        Status::Left
    } else if r < 0.015 {
        Status::Transferring
    } else {
        Status::InService
    };
    let status_since =
        (status != Status::InService).then(|| cal.today - Duration::days(1 + d.below(200) as i64));
    let r = d.unit();
    let exemption = if r < 0.010 {
        Some(ExemptionStatus::Approved)
    } else if r < 0.012 {
        Some(ExemptionStatus::Pending)
    } else if r < 0.013 {
        Some(ExemptionStatus::Rejected)
    } else {
        None
    };
    let studied = d.unit() < 0.97;
    let (points, completed_on) = if studied {
        // Between the study start (60 days ago) and three days ago.
        (
            cal.required_points,
            Some(cal.today - Duration::days(3 + d.below(56) as i64)),
        )
    } else {
        (
            5 * (1 + d.below(19) as i32).min(cal.required_points / 5 - 1),
            None,
        )
    };
    let could_sit = studied && exemption != Some(ExemptionStatus::Approved);
    let mut main = None;
    let mut makeup = None;
    if could_sit && d.unit() < 0.989 {
        let failed = d.unit() < 0.03;
        let score = if failed {
            20 + d.below(40) as i32
        } else {
            cal.pass_score + d.below((101 - cal.pass_score) as u64) as i32
        };
        // Started between the first session's opening and two hours ago.
        let span = (cal.now - cal.main_open).num_seconds() - 2 * 3600 - cal.duration_minutes * 60;
        main = Some((score, d.below(span.max(1) as u64) as i64));
        if failed && d.unit() < 0.40 {
            let passed = d.unit() < 0.80;
            let score = if passed {
                cal.pass_score + d.below((101 - cal.pass_score) as u64) as i32
            } else {
                20 + d.below(40) as i32
            };
            let span = (cal.makeup_close - cal.makeup_open).num_seconds() - cal.duration_minutes * 60;
            makeup = Some((score, d.below(span.max(1) as u64) as i64));
        }
    }
    Plan {
        status,
        status_since,
        exemption,
        points,
        completed_on,
        main,
        makeup,
    }
}

// ---------------------------------------------------------------------------------------------
// Bulk writing

/// Bound parameters one statement may carry.
fn parameter_limit(backend: DatabaseBackend) -> usize {
    match backend {
        DatabaseBackend::Postgres => 65_535,
        DatabaseBackend::Sqlite => 32_766,
        _ => 65_535,
    }
}

/// Rows gathered into multi-row INSERTs of as many rows as the parameter limit allows.
struct Batch<A: ActiveModelTrait> {
    rows: Vec<A>,
    per_statement: usize,
    written: u64,
    what: &'static str,
}

impl<A> Batch<A>
where
    A: ActiveModelTrait + Send,
{
    fn new(backend: DatabaseBackend, columns: usize, what: &'static str) -> Batch<A> {
        let per_statement = (parameter_limit(backend) / columns).clamp(1, 10_000);
        Batch {
            rows: Vec::with_capacity(per_statement),
            per_statement,
            written: 0,
            what,
        }
    }

    async fn push<C: ConnectionTrait>(&mut self, db: &C, row: A) -> AppResult<()> {
        self.rows.push(row);
        if self.rows.len() >= self.per_statement {
            self.flush(db).await?;
        }
        Ok(())
    }

    async fn flush<C: ConnectionTrait>(&mut self, db: &C) -> AppResult<()> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let rows = std::mem::replace(&mut self.rows, Vec::with_capacity(self.per_statement));
        let n = rows.len() as u64;
        <A::Entity as EntityTrait>::insert_many(rows)
            .exec_without_returning(db)
            .await
            .map_err(|e| db_error(self.what, e))?;
        self.written += n;
        Ok(())
    }

    async fn finish<C: ConnectionTrait>(mut self, db: &C) -> AppResult<u64> {
        self.flush(db).await?;
        Ok(self.written)
    }
}

fn db_error(what: &str, e: DbErr) -> AppError {
    AppError::internal(format!("writing {what}: {e}"))
}

struct Clock<'a> {
    phases: Vec<Phase>,
    started: Instant,
    report: &'a (dyn Fn(&Phase) + Sync),
}

impl Clock<'_> {
    fn done(&mut self, name: &'static str, rows: u64) {
        let phase = Phase {
            name,
            rows,
            elapsed: self.started.elapsed(),
        };
        (self.report)(&phase);
        self.phases.push(phase);
        self.started = Instant::now();
    }
}

/// The current year's campaign, the demo's rules under the test province's title.
fn campaign_rules(today: NaiveDate) -> CampaignRules {
    CampaignRules {
        title: format!("{}年度国家工作人员学法考法（测试省）", today.year()),
        ..crate::tools::demo::exam_day_rules(today)
    }
}

fn china_time(day: NaiveDate, hour: u32) -> AppResult<DateTime<Utc>> {
    clock::CHINA
        .from_local_datetime(&day.and_hms_opt(hour, 0, 0).unwrap_or_default())
        .single()
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| AppError::internal("session time"))
}

fn refusal() -> AppError {
    AppError::conflict(
        "the database already holds regions, units, accounts, learners or campaigns; \
         generate only into an empty database",
    )
}

/// Whether the tables the generator writes are all empty.
async fn is_empty(db: &DatabaseConnection) -> AppResult<bool> {
    Ok(region::Entity::find().count(db).await? == 0
        && unit::Entity::find().count(db).await? == 0
        && account::Entity::find().count(db).await? == 0
        && learner::Entity::find().count(db).await? == 0
        && entity::campaign::Entity::find().count(db).await? == 0)
}

/// Writes the synthetic province into `db` (migrated, and empty: refused otherwise), calling
/// `report` after each phase.
pub async fn generate(
    db: &DatabaseConnection,
    options: &Options,
    report: &(dyn Fn(&Phase) + Sync),
) -> AppResult<Generated> {
    if options.learners > 99_999_999 {
        return Err(AppError::bad_input(
            "at most 99,999,999 learners (8-digit phone suffixes)",
        ));
    }
    if options.units == 0 {
        return Err(AppError::bad_input("at least one unit"));
    }
    if !is_empty(db).await? {
        return Err(refusal());
    }
    let backend = db.get_database_backend();
    let all_started = Instant::now();
    let mut clock = Clock {
        phases: Vec::new(),
        started: Instant::now(),
        report,
    };
    let seed = options.seed;
    let now = Utc::now();
    let today = clock::today();

    // ---- the shape, in memory
    let shape = layout(options);
    clock.done("plan regions and units", shape.units.len() as u64);

    // ---- regions, units, campaign, sessions, question bank
    let txn = db.begin().await?;
    let mut batch = Batch::<region::ActiveModel>::new(backend, 7, "regions");
    for r in &shape.regions {
        batch
            .push(
                &txn,
                region::ActiveModel {
                    id: Set(r.id),
                    parent_id: Set(r.parent_id),
                    code: Set(r.code.clone()),
                    name: Set(r.name.clone()),
                    level: Set(r.level),
                    path: Set(r.path.clone()),
                    created_at: Set(now - Duration::days(400)),
                },
            )
            .await?;
    }
    let mut rows = batch.finish(&txn).await?;
    let mut batch = Batch::<unit::ActiveModel>::new(backend, 6, "units");
    for u in &shape.units {
        batch
            .push(
                &txn,
                unit::ActiveModel {
                    id: Set(u.id),
                    region_id: Set(u.region_id),
                    region_path: Set(u.region_path.clone()),
                    name: Set(u.name.clone()),
                    has_internet: Set(true),
                    created_at: Set(now - Duration::days(400)),
                },
            )
            .await?;
    }
    rows += batch.finish(&txn).await?;
    let province = region::Entity::find_by_id(1)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::internal("the province was not written"))?;
    let rules = campaign_rules(today);
    let c = campaign::insert(&txn, &province, &rules, None).await?;
    rows += 1;
    rows += question_bank(&txn, &c).await?;

    let main_open = china_time(c.main_start, 8)?;
    let main_close = china_time(c.main_end, 22)?;
    let makeup_open = china_time(c.makeup_start, 9)?;
    let makeup_close = china_time(c.makeup_start, 17)?;
    let unit_count = shape.units.len() as i32;
    let mut batch = Batch::<exam_session::ActiveModel>::new(backend, 12, "exam sessions");
    for (kind, offset, starts_at, ends_at) in [
        (ExamKind::Main, 0, main_open, main_close),
        (ExamKind::Makeup, unit_count, makeup_open, makeup_close),
    ] {
        for u in &shape.units {
            let place = SessionPlace::Unit {
                unit_id: u.id,
                region_path: &u.region_path,
            };
            let mut row = new_session(c.id, kind, place, starts_at, ends_at, 0, now - Duration::days(30));
            // Ids chosen here, so that the attempts can name their sessions without a lookup.
            row.id = Set(offset + u.id);
            batch.push(&txn, row).await?;
        }
    }
    rows += batch.finish(&txn).await?;
    txn.commit().await?;
    clock.done("regions, units, campaign, sessions", rows);

    // ---- accounts and learners
    let learners = shape.unit_of.len();
    let cal = Calendar {
        today,
        required_points: c.required_points,
        pass_score: c.pass_score,
        duration_minutes: i64::from(c.duration_minutes),
        main_open,
        now,
        makeup_open,
        makeup_close,
    };
    let txn = db.begin().await?;
    if backend == DatabaseBackend::Postgres {
        txn.execute_unprepared("SET LOCAL synchronous_commit = off")
            .await?;
    }
    let created = now - Duration::days(90);
    let mut batch = Batch::<account::ActiveModel>::new(backend, 7, "accounts");
    for i in 0..learners {
        let id = i as i32 + 1;
        let mut d = Dice::new(seed, id as u64, 31);
        let name = person_name(&mut d);
        batch
            .push(
                &txn,
                account::ActiveModel {
                    id: Set(id),
                    phone: Set(phone_of(id)),
                    name: Set(name),
                    password_hash: Set(None),
                    must_change_password: Set(true),
                    created_at: Set(created),
                    password_changed_at: Set(None),
                },
            )
            .await?;
    }
    let rows = batch.finish(&txn).await?;
    clock.done("accounts", rows);

    let mut mix = Mix::default();
    let mut batch = Batch::<learner::ActiveModel>::new(backend, 12, "learners");
    for (i, &unit_id) in shape.unit_of.iter().enumerate() {
        let id = i as i32 + 1;
        let mut d = Dice::new(seed, id as u64, 31);
        let name = person_name(&mut d);
        let rank = RANKS[d.below(RANKS.len() as u64) as usize];
        let retirement =
            NaiveDate::from_ymd_opt(today.year() + 1 + d.below(35) as i32, 1 + d.below(12) as u32, 1);
        let p = plan(seed, id, &cal);
        match p.status {
            Status::Retired => mix.retired += 1,
            Status::Left => mix.left += 1,
            Status::Transferring => mix.transferring += 1,
            Status::InService => {}
        }
        let transferring = p.status == Status::Transferring;
        batch
            .push(
                &txn,
                learner::ActiveModel {
                    id: Set(id),
                    account_id: Set(id),
                    unit_id: Set((!transferring).then_some(unit_id)),
                    last_unit_id: Set(transferring.then_some(unit_id)),
                    name_key: Set(Some(crate::domain::name_key::of(&name))),
                    name: Set(name),
                    rank: Set(Some(rank.to_owned())),
                    status: Set(p.status),
                    status_since: Set(p.status_since),
                    retirement_date: Set(retirement),
                    created_at: Set(created),
                    updated_at: Set(p.status_since.map(|_| now - Duration::days(1)).unwrap_or(created)),
                },
            )
            .await?;
    }
    let rows = batch.finish(&txn).await?;
    txn.commit().await?;
    clock.done("learners", rows);

    // ---- study progress, exemptions, attempts
    let txn = db.begin().await?;
    if backend == DatabaseBackend::Postgres {
        txn.execute_unprepared("SET LOCAL synchronous_commit = off")
            .await?;
    }
    let mut batch = Batch::<study_progress::ActiveModel>::new(backend, 5, "study progress");
    for i in 0..learners {
        let id = i as i32 + 1;
        let p = plan(seed, id, &cal);
        if p.completed_on.is_some() {
            mix.studied += 1;
        }
        batch
            .push(
                &txn,
                study_progress::ActiveModel {
                    learner_id: Set(id),
                    campaign_id: Set(c.id),
                    total_points: Set(p.points),
                    completed_on: Set(p.completed_on),
                    updated_at: Set(p
                        .completed_on
                        .and_then(|day| china_time(day, 20).ok())
                        .unwrap_or(now - Duration::days(1))),
                },
            )
            .await?;
    }
    let rows = batch.finish(&txn).await?;
    clock.done("study progress", rows);

    let region_path_of = |unit_id: i32| shape.units[(unit_id - 1) as usize].region_path.clone();
    let mut batch = Batch::<exemption::ActiveModel>::new(backend, 12, "exemptions");
    for (i, &unit_id) in shape.unit_of.iter().enumerate() {
        let id = i as i32 + 1;
        let p = plan(seed, id, &cal);
        let Some(status) = p.exemption else {
            continue;
        };
        if status == ExemptionStatus::Approved {
            mix.exempted += 1;
        } else {
            mix.exemptions_other += 1;
        }
        let mut d = Dice::new(seed, id as u64, 41);
        let applied = now - Duration::days(21 + d.below(30) as i64) - Duration::minutes(d.below(600) as i64);
        batch
            .push(
                &txn,
                exemption::ActiveModel {
                    campaign_id: Set(c.id),
                    learner_id: Set(id),
                    unit_id: Set(unit_id),
                    region_path: Set(region_path_of(unit_id)),
                    reason: Set(REASONS[d.below(REASONS.len() as u64) as usize].to_owned()),
                    status: Set(status),
                    attachment_name: Set(None),
                    attachment_type: Set(None),
                    attachment: Set(None),
                    applied_at: Set(applied),
                    decided_at: Set(
                        (status != ExemptionStatus::Pending).then(|| applied + Duration::days(1 + d.below(5) as i64))
                    ),
                    ..Default::default()
                },
            )
            .await?;
    }
    let rows = batch.finish(&txn).await?;
    clock.done("exemptions", rows);

    let duration = Duration::minutes(cal.duration_minutes);
    let mut batch = Batch::<exam_attempt::ActiveModel>::new(backend, 13, "exam attempts");
    for (i, &unit_id) in shape.unit_of.iter().enumerate() {
        let id = i as i32 + 1;
        let p = plan(seed, id, &cal);
        let mut d = Dice::new(seed, id as u64, 51);
        for (kind, session_id, open, taken) in [
            (ExamKind::Main, unit_id, main_open, p.main),
            (ExamKind::Makeup, unit_count + unit_id, makeup_open, p.makeup),
        ] {
            let Some((score, after)) = taken else {
                continue;
            };
            let passed = score >= cal.pass_score;
            if kind == ExamKind::Main {
                mix.main_attempts += 1;
                mix.main_failed += u64::from(!passed);
            } else {
                mix.makeup_attempts += 1;
            }
            let started_at = open + Duration::seconds(after);
            let deadline = started_at + duration;
            // 2 % ran out of time and were submitted by the sweep.
            let auto = d.unit() < 0.02;
            let submitted_at = if auto {
                deadline
            } else {
                started_at + Duration::seconds(900 + d.below(2700) as i64)
            };
            batch
                .push(
                    &txn,
                    exam_attempt::ActiveModel {
                        campaign_id: Set(c.id),
                        session_id: Set(session_id),
                        learner_id: Set(id),
                        kind: Set(kind),
                        status: Set(entity::exam_attempt::AttemptStatus::Submitted),
                        started_at: Set(started_at),
                        deadline: Set(deadline),
                        paper: Set("[]".to_owned()),
                        device: Set("generated".to_owned()),
                        submitted_at: Set(Some(submitted_at)),
                        auto_submitted: Set(auto),
                        score: Set(Some(score)),
                        passed: Set(Some(passed)),
                        ..Default::default()
                    },
                )
                .await?;
        }
    }
    let rows = batch.finish(&txn).await?;
    txn.commit().await?;
    clock.done("exam attempts", rows);

    // ---- sequences (ids were given explicitly)
    if backend == DatabaseBackend::Postgres {
        for table in ["regions", "units", "accounts", "learners", "exam_sessions"] {
            db.execute_unprepared(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM {table}"
            ))
            .await
            .map_err(|e| db_error("sequences", e))?;
        }
    }

    // ---- learner_figures and unit_stats, set-based
    let rows = crate::domain::stats::fill_learner_figures(db, c.id)
        .await
        .map_err(|e| AppError::internal(format!("writing learner_figures: {e:?}")))?;
    clock.done("learner_figures (one statement)", rows);
    let rows = crate::domain::stats::fill_unit_stats(db, c.id)
        .await
        .map_err(|e| AppError::internal(format!("writing unit_stats: {e:?}")))?;
    clock.done("unit_stats (one statement)", rows);

    // ---- planner statistics
    match backend {
        DatabaseBackend::Postgres => {
            db.execute_unprepared(
                "VACUUM (ANALYZE) regions, units, accounts, learners, study_progress, exemptions, \
                 exam_sessions, exam_attempts, learner_figures, unit_stats, campaigns, questions",
            )
            .await
            .map_err(|e| db_error("VACUUM ANALYZE", e))?;
        }
        _ => {
            db.execute_unprepared("ANALYZE")
                .await
                .map_err(|e| db_error("ANALYZE", e))?;
        }
    }
    clock.done(
        if backend == DatabaseBackend::Postgres {
            "vacuum analyze"
        } else {
            "analyze"
        },
        0,
    );

    Ok(Generated {
        province_id: province.id,
        province_path: province.path,
        campaign_id: c.id,
        regions: shape.regions.len(),
        units: shape.units.len(),
        learners: learners as u64,
        mix,
        phases: clock.phases,
        total: all_started.elapsed(),
    })
}

fn person_name(d: &mut Dice) -> String {
    let mut name = String::with_capacity(9);
    name.push_str(SURNAMES[d.below(SURNAMES.len() as u64) as usize]);
    name.push_str(GIVEN[d.below(GIVEN.len() as u64) as usize]);
    if d.below(3) > 0 {
        name.push_str(GIVEN[d.below(GIVEN.len() as u64) as usize]);
    }
    name
}

/// A synthetic bank: 60 single choice, 30 multiple choice, 30 true/false questions.
async fn question_bank<C: ConnectionTrait>(db: &C, c: &entity::campaign::Model) -> AppResult<u64> {
    use crate::domain::exam::{QuestionDraft, QuestionOption, seed_question};
    let keys = ["A", "B", "C", "D"];
    let option = |i: usize, text: String| QuestionOption {
        key: keys[i].to_owned(),
        text,
    };
    let mut made = 0;
    for n in 0..60usize {
        let at = n % 4;
        seed_question(
            db,
            c,
            QuestionDraft {
                question_type: QuestionType::Single,
                stem: format!("（测试题 {}）下列选项中，正确的是（　）。", n + 1),
                options: (0..4)
                    .map(|i| {
                        option(
                            i,
                            if i == at {
                                "正确选项".into()
                            } else {
                                format!("干扰项 {i}")
                            },
                        )
                    })
                    .collect(),
                answer: keys[at].to_owned(),
                explanation: "生成的测试题。".into(),
                law_source: "《测试法》".into(),
            },
        )
        .await?;
        made += 1;
    }
    for n in 0..30usize {
        seed_question(
            db,
            c,
            QuestionDraft {
                question_type: QuestionType::Multiple,
                stem: format!("（测试题 {}）下列说法中，正确的有（　）。", 61 + n),
                options: (0..4)
                    .map(|i| {
                        option(
                            i,
                            if i % 2 == 0 {
                                format!("正确说法 {i}")
                            } else {
                                format!("错误说法 {i}")
                            },
                        )
                    })
                    .collect(),
                answer: "AC".into(),
                explanation: "生成的测试题。".into(),
                law_source: "《测试法》".into(),
            },
        )
        .await?;
        made += 1;
    }
    for n in 0..30usize {
        seed_question(
            db,
            c,
            QuestionDraft {
                question_type: QuestionType::TrueFalse,
                stem: format!("（测试题 {}）这一说法是正确的。", 91 + n),
                options: Vec::new(),
                answer: if n % 2 == 0 { "A".into() } else { "B".into() },
                explanation: "生成的测试题。".into(),
                law_source: "《测试法》".into(),
            },
        )
        .await?;
        made += 1;
    }
    Ok(made)
}
