//! CPU time and memory of processes, from `/proc`.

/// utime + stime (clock ticks) and the command name of a process.
pub fn process_cpu(pid: u32) -> Option<(String, u64)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let open = text.find('(')?;
    let close = text.rfind(')')?;
    let comm = text.get(open + 1..close)?.to_owned();
    let fields: Vec<&str> = text.get(close + 1..)?.split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some((comm, utime + stime))
}

/// A field of `/proc/<pid>/status` in KiB (`VmRSS:`, `VmHWM:`).
pub fn status_kib(pid: u32, field: &str) -> Option<u64> {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find(|l| l.starts_with(field))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Resident memory in MiB.
pub fn rss_mib(pid: u32) -> Option<f64> {
    status_kib(pid, "VmRSS:").map(|k| k as f64 / 1024.0)
}

/// Clock ticks a second (`getconf CLK_TCK`; 100 on Linux).
pub fn clock_ticks() -> f64 {
    static TICKS: std::sync::OnceLock<f64> = std::sync::OnceLock::new();
    *TICKS.get_or_init(|| {
        std::process::Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
            .unwrap_or(100.0)
    })
}

/// Summed CPU ticks of every process whose command name starts with `prefix` (all of the
/// machine's PostgreSQL backends, for instance: other users' included).
pub fn cpu_of_command(prefix: &str) -> u64 {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return 0;
    };
    entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(process_cpu)
        .filter(|(comm, _)| comm.starts_with(prefix))
        .map(|(_, ticks)| ticks)
        .sum()
}

/// The pid of the process whose command line contains every one of `needles`.
pub fn find_process(needles: &[&str]) -> Option<u32> {
    let entries = std::fs::read_dir("/proc").ok()?;
    entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .find(|pid| {
            std::fs::read(format!("/proc/{pid}/cmdline"))
                .map(|raw| {
                    let line = String::from_utf8_lossy(&raw).replace('\0', " ");
                    needles.iter().all(|n| line.contains(n))
                })
                .unwrap_or(false)
        })
}

/// Total memory of the machine in GiB.
pub fn meminfo_gib() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let kib: f64 = text
        .lines()
        .find(|l| l.starts_with("MemTotal:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()?;
    Some(kib / 1024.0 / 1024.0)
}

/// CPU time in clock ticks: the whole machine (from `/proc/stat`) and the processes of
/// interest. Two samples give each one's share of a window (`CpuSample::share_since`).
#[derive(Clone, Copy, Debug, Default)]
pub struct CpuSample {
    pub total: u64,
    pub idle: u64,
    pub server: u64,
    /// This process: the load generator.
    pub tool: u64,
    pub postgres: u64,
    pub redis: u64,
}

/// Which PostgreSQL processes count as the run's.
#[derive(Clone, Copy, Debug)]
pub enum Postgres<'a> {
    /// Every `postgres` process on the machine.
    All,
    /// Backends of databases whose name starts with this stem, and the shared background
    /// processes (checkpointer, WAL writer...); not other databases' backends and autovacuum
    /// workers (other people's tests on a shared machine).
    Databases(&'a str),
}

impl CpuSample {
    pub fn now(server_pid: u32, postgres: Postgres) -> CpuSample {
        let mut cpu = CpuSample::default();
        if let Ok(stat) = std::fs::read_to_string("/proc/stat")
            && let Some(line) = stat.lines().next()
        {
            let ticks: Vec<u64> = line
                .split_whitespace()
                .skip(1)
                .take(8)
                .filter_map(|v| v.parse().ok())
                .collect();
            cpu.total = ticks.iter().sum();
            cpu.idle = ticks.get(3).copied().unwrap_or(0) + ticks.get(4).copied().unwrap_or(0);
        }
        let me = std::process::id();
        let Ok(entries) = std::fs::read_dir("/proc") else {
            return cpu;
        };
        for pid in entries
            .flatten()
            .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        {
            let Some((comm, ticks)) = process_cpu(pid) else {
                continue;
            };
            if pid == server_pid {
                cpu.server += ticks;
            } else if pid == me {
                cpu.tool += ticks;
            } else if comm.starts_with("postgres") && counts(pid, postgres) {
                cpu.postgres += ticks;
            } else if comm.starts_with("redis-server") {
                cpu.redis += ticks;
            }
        }
        cpu
    }

    /// Each one's share of the machine since `before`, in percent of all cores.
    pub fn share_since(&self, before: &CpuSample) -> CpuShare {
        let total = self.total.saturating_sub(before.total).max(1) as f64;
        let pct = |now: u64, then: u64| now.saturating_sub(then) as f64 * 100.0 / total;
        CpuShare {
            server: pct(self.server, before.server),
            tool: pct(self.tool, before.tool),
            postgres: pct(self.postgres, before.postgres),
            redis: pct(self.redis, before.redis),
            idle: pct(self.idle, before.idle),
            window_ms: total * 1000.0 / clock_ticks(),
        }
    }
}

fn counts(pid: u32, postgres: Postgres) -> bool {
    let Postgres::Databases(stem) = postgres else {
        return true;
    };
    let Ok(raw) = std::fs::read(format!("/proc/{pid}/cmdline")) else {
        return false;
    };
    let title = String::from_utf8_lossy(&raw);
    title.contains(stem) || !(title.contains('(') || title.contains("autovacuum worker"))
}

/// Shares of the whole machine over a window, in percent.
#[derive(Clone, Copy, Debug, Default)]
pub struct CpuShare {
    pub server: f64,
    pub tool: f64,
    pub postgres: f64,
    pub redis: f64,
    pub idle: f64,
    /// The window's CPU time over all cores, in ms.
    pub window_ms: f64,
}

impl CpuShare {
    /// What neither the stack, the tool nor idleness took: other processes.
    pub fn other(&self) -> f64 {
        (100.0 - self.server - self.tool - self.postgres - self.redis - self.idle).max(0.0)
    }

    /// CPU ms per request spent by the stack (server, PostgreSQL, Redis) and by the load
    /// generator: what a request costs, whatever else the machine was doing.
    pub fn per_request(&self, requests: usize) -> (f64, f64) {
        let each = self.window_ms / 100.0 / requests.max(1) as f64;
        (
            (self.server + self.postgres + self.redis) * each,
            self.tool * each,
        )
    }
}
