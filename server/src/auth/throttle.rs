//! Login protection per client address (one replica's memory).
//!
//! Password guessing is slowed on two keys. Per phone *and* address, in the database and so
//! shared by every replica ([`crate::domain::accounts`]): five failures in a row from one
//! address make that address wait before it may try that phone again, longer each time. A
//! stranger who knows a learner's number can only lock out his own address; the learner, on
//! another address, logs in as usual. Per address alone, here: an address may run at most
//! [`PER_SOURCE_IN_FLIGHT`] password checks at once and queue a few more (the rest are refused
//! at once with `RATE_LIMITED`, before any argon2 work), and its failures draw on a bucket
//! that refills slowly, so one address can neither take every core from the others' logins nor
//! guess across many numbers. The bucket counts only failures: an office behind one NAT
//! address where two hundred people log in at 9:00 is not slowed by the ones who type right.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use entity::login_throttle;
use sea_orm::{ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::error::{AppError, AppResult, Code};

/// Password checks (login, changePassword) one address runs at once.
pub const PER_SOURCE_IN_FLIGHT: usize = 2;
/// Password checks one address may have waiting behind those; more are refused at once. An
/// office behind one NAT address queues here (at about 40 logins a second per address)
/// instead of being refused. Waiting checks count against the replica's BUSY budget
/// (`XUEFA_BUSY_AFTER`, 256 by default), so one address holds at most a quarter of it and
/// cannot turn every other learner's login into BUSY.
pub const PER_SOURCE_WAITING: usize = 62;
/// Failed password checks an address may make in a burst (an office of a thousand behind
/// one NAT address, some of whom mistype on exam morning, stays well inside it) ...
pub const FAILURE_BURST: f64 = 200.0;
/// ... and how many it earns back a minute.
pub const FAILURES_PER_MINUTE: f64 = 60.0;
/// An address this many failures below its burst is noisy (issue 26, item 9: six addresses
/// with 50 wrong logins each held every heavy place, and honest logins answered BUSY). A
/// noisy address may have only [`NOISY_WAITING`] checks waiting, and all noisy addresses
/// together run at most one argon2 verification per core, so at least half of the argon2
/// slots are always left to quiet addresses: a correct login from a quiet address waits only
/// behind other quiet ones and at most a core's worth of noisy ones. An office mistyping at
/// 9:00 stays quiet: its bucket earns back a failure a second.
pub const NOISY_AFTER: f64 = 20.0;
/// Password checks a noisy address may have waiting; more are refused at once.
pub const NOISY_WAITING: usize = 2;

/// The address a request comes from (the peer, or the trusted proxy's header).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClientSource(pub IpAddr);

impl ClientSource {
    /// A short, stable key for the database rows keyed by phone and address.
    pub fn key(&self) -> String {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(self.network().to_string().as_bytes());
        hex::encode(&digest[..8])
    }

    /// What counts as one address: an IPv4 address, or an IPv6 /64 (the lower 64 bits zeroed).
    /// One subscriber usually holds a whole /64 and may pick any address in it, so keying by
    /// /128 would give it 2^64 fresh starts. An IPv4-mapped IPv6 address is its IPv4 address.
    pub fn network(&self) -> IpAddr {
        match self.0.to_canonical() {
            IpAddr::V6(v6) => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & !u128::from(u64::MAX))),
            v4 => v4,
        }
    }
}

/// Counts the password checks of one GraphQL request: at most one `login` or
/// `changePassword` runs per request, so aliases cannot multiply guesses.
#[derive(Default)]
pub struct PasswordChecksInRequest(AtomicUsize);

impl PasswordChecksInRequest {
    pub fn claim(&self) -> AppResult<()> {
        if self.0.fetch_add(1, Ordering::SeqCst) > 0 {
            return Err(AppError::bad_input(
                "一个请求只能包含一次登录或修改密码，请分开提交",
            ));
        }
        Ok(())
    }
}

struct Source {
    in_flight: Arc<Semaphore>,
    waiting: Arc<AtomicUsize>,
    tokens: f64,
    refilled: Instant,
}

impl Source {
    fn new(now: Instant) -> Source {
        Source {
            in_flight: Arc::new(Semaphore::new(PER_SOURCE_IN_FLIGHT)),
            waiting: Arc::default(),
            tokens: FAILURE_BURST,
            refilled: now,
        }
    }

    fn refill(&mut self, now: Instant) {
        let minutes = now.duration_since(self.refilled).as_secs_f64() / 60.0;
        self.tokens = (self.tokens + minutes * FAILURES_PER_MINUTE).min(FAILURE_BURST);
        self.refilled = now;
    }

    /// Refuses the address when it has used up its failures.
    fn check_failures(&mut self, now: Instant) -> AppResult<()> {
        self.refill(now);
        if self.tokens < 1.0 {
            let seconds = ((1.0 - self.tokens) * 60.0 / FAILURES_PER_MINUTE).ceil() as u64;
            return Err(slow_down(seconds.max(1)));
        }
        Ok(())
    }

    /// Failing so much that its checks go behind everyone else's.
    fn noisy(&self) -> bool {
        self.tokens < FAILURE_BURST - NOISY_AFTER
    }

    /// Idle and full: nothing to remember.
    fn forgettable(&self) -> bool {
        self.tokens >= FAILURE_BURST
            && self.in_flight.available_permits() == PER_SOURCE_IN_FLIGHT
            && self.waiting.load(Ordering::SeqCst) == 0
    }
}

/// The per-address state of one replica.
pub struct LoginGuard {
    sources: Mutex<HashMap<IpAddr, Source>>,
    /// Password checks noisy addresses run at once, all together: one per core.
    noisy_slots: Arc<Semaphore>,
}

impl Default for LoginGuard {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        LoginGuard {
            sources: Mutex::default(),
            noisy_slots: Arc::new(Semaphore::new(cores)),
        }
    }
}

/// Held while a password check runs.
pub struct Admission {
    _permit: OwnedSemaphorePermit,
    _noisy: Option<OwnedSemaphorePermit>,
}

fn slow_down(seconds: u64) -> AppError {
    AppError::new(
        Code::RateLimited,
        format!("该网络地址登录失败次数过多，请 {seconds} 秒后再试"),
    )
}

impl LoginGuard {
    /// Refuses at once, from memory alone, an address that has used up its failures: a flood
    /// from one address costs no database read and no argon2 work.
    pub fn precheck(&self, source: ClientSource) -> AppResult<()> {
        let mut sources = self
            .sources
            .lock()
            .map_err(|_| AppError::internal("login guard poisoned"))?;
        match sources.get_mut(&source.network()) {
            Some(entry) => entry.check_failures(Instant::now()),
            None => Ok(()),
        }
    }

    /// Lets a password check from `source` run: refused at once when the address has used up
    /// its failures or has too many checks waiting; otherwise waits for one of its slots.
    pub async fn admit(&self, source: ClientSource) -> AppResult<Admission> {
        let admitted = {
            let mut sources = self
                .sources
                .lock()
                .map_err(|_| AppError::internal("login guard poisoned"))?;
            let now = Instant::now();
            if sources.len() > 100_000 {
                sources.retain(|_, s| {
                    s.refill(now);
                    !s.forgettable()
                });
            }
            let entry = sources
                .entry(source.network())
                .or_insert_with(|| Source::new(now));
            entry.check_failures(now)?;
            let noisy = entry.noisy();
            let may_wait = if noisy { NOISY_WAITING } else { PER_SOURCE_WAITING };
            if entry.waiting.load(Ordering::SeqCst) >= may_wait {
                return Err(AppError::new(
                    Code::RateLimited,
                    if noisy {
                        "该网络地址登录失败较多，同时只能提交少量登录，请稍后再试"
                    } else {
                        "该网络地址同时提交的登录过多，请稍后再试"
                    },
                ));
            }
            entry.waiting.fetch_add(1, Ordering::SeqCst);
            (entry.in_flight.clone(), entry.waiting.clone(), noisy)
        };
        let (semaphore, waiting, noisy) = admitted;
        let permit = semaphore.acquire_owned().await;
        let noisy_permit = match (&permit, noisy) {
            (Ok(_), true) => Some(self.noisy_slots.clone().acquire_owned().await),
            _ => None,
        };
        waiting.fetch_sub(1, Ordering::SeqCst);
        let permit = permit.map_err(AppError::internal)?;
        let noisy_permit = noisy_permit.transpose().map_err(AppError::internal)?;
        Ok(Admission {
            _permit: permit,
            _noisy: noisy_permit,
        })
    }

    /// A failed password check from `source` draws one from its bucket.
    pub fn failed(&self, source: ClientSource) {
        if let Ok(mut sources) = self.sources.lock() {
            let now = Instant::now();
            let entry = sources
                .entry(source.network())
                .or_insert_with(|| Source::new(now));
            entry.refill(now);
            entry.tokens = (entry.tokens - 1.0).max(-FAILURE_BURST);
        }
    }
}

/// How long a phone and address's failures are remembered after the last one: a day without
/// failures starts the count afresh (the longest wait, 16 × 15 minutes, is long over by then).
pub const FAILURES_REMEMBERED_HOURS: i64 = 24;

/// Forgets the failure counts (`login_throttle`) last touched more than a day before `now` and
/// not waiting any more, so rows of old failures do not pile up forever. Runs in the
/// background of every replica (hourly); answers how many rows went.
pub async fn purge_stale(db: &DatabaseConnection, now: DateTime<Utc>) -> AppResult<u64> {
    let before = now - chrono::Duration::hours(FAILURES_REMEMBERED_HOURS);
    let deleted = login_throttle::Entity::delete_many()
        .filter(login_throttle::Column::UpdatedAt.lt(before))
        .filter(
            Condition::any()
                .add(login_throttle::Column::LockedUntil.is_null())
                .add(login_throttle::Column::LockedUntil.lt(now)),
        )
        .exec(db)
        .await?;
    Ok(deleted.rows_affected)
}

/// How long an address waits after its `n`th failure in a row on one phone (`threshold`
/// failures make the first wait `base`; each further failure doubles it, up to 16 × `base`).
pub fn lock_duration(failures: i32, threshold: i32, base_seconds: i64) -> Option<Duration> {
    if failures < threshold {
        return None;
    }
    let doublings = (failures - threshold).clamp(0, 4) as u32;
    Some(Duration::from_secs(
        (base_seconds.max(1) as u64).saturating_mul(1 << doublings),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_and_stop_growing() {
        assert_eq!(lock_duration(4, 5, 60), None);
        assert_eq!(lock_duration(5, 5, 60), Some(Duration::from_secs(60)));
        assert_eq!(lock_duration(6, 5, 60), Some(Duration::from_secs(120)));
        assert_eq!(lock_duration(50, 5, 60), Some(Duration::from_secs(960)));
    }

    #[tokio::test]
    async fn an_address_that_used_up_its_failures_is_refused_before_any_work() {
        let guard = LoginGuard::default();
        let source = ClientSource(IpAddr::from([10, 0, 0, 1]));
        let other = ClientSource(IpAddr::from([10, 0, 0, 2]));
        for _ in 0..(FAILURE_BURST as usize) {
            assert!(guard.admit(source).await.is_ok());
            guard.failed(source);
        }
        let refused = guard.admit(source).await.err().map(|e| e.code());
        assert_eq!(refused, Some(Code::RateLimited));
        assert!(guard.admit(other).await.is_ok());
    }

    #[tokio::test]
    async fn a_noisy_address_waits_behind_quiet_ones_and_queues_little() {
        use futures_util::FutureExt;
        let guard = LoginGuard::default();
        let cores = guard.noisy_slots.available_permits();
        let noisy: Vec<_> = (0..=cores as u8)
            .map(|i| ClientSource(IpAddr::from([10, 0, 1, i])))
            .collect();
        for source in &noisy {
            for _ in 0..=(NOISY_AFTER as usize) {
                guard.failed(*source);
            }
        }
        // The noisy addresses hold every noisy slot ...
        let mut held = Vec::new();
        for source in &noisy[..cores] {
            held.push(guard.admit(*source).now_or_never().unwrap().unwrap());
        }
        // ... so one more noisy check waits, while a quiet address's goes ahead at once.
        let last = noisy[cores];
        let mut waiting = Box::pin(guard.admit(last));
        assert!(futures_util::poll!(waiting.as_mut()).is_pending());
        let quiet = ClientSource(IpAddr::from([10, 0, 2, 1]));
        assert!(guard.admit(quiet).now_or_never().is_some_and(|a| a.is_ok()));
        // A noisy address queues only a few checks; the rest are refused at once.
        let mut more = Vec::new();
        for _ in 0..NOISY_WAITING + 3 {
            let mut check = Box::pin(guard.admit(last));
            if let std::task::Poll::Ready(result) = futures_util::poll!(check.as_mut()) {
                assert_eq!(result.err().map(|e| e.code()), Some(Code::RateLimited));
            } else {
                more.push(check);
            }
        }
        assert!(more.len() < NOISY_WAITING + 3, "some were refused");
        drop(held);
        assert!(
            waiting.await.is_ok(),
            "a freed noisy slot goes to the waiting check"
        );
    }

    #[tokio::test]
    async fn ipv6_counts_by_its_64_prefix_and_ipv4_by_address() {
        let source = |s: &str| ClientSource(s.parse().unwrap());
        // One /64, any interface id: one key, one bucket.
        let a = source("2001:db8:1:2::1");
        let b = source("2001:db8:1:2:ffff:ffff:ffff:ffff");
        assert_eq!(a.key(), b.key());
        assert_eq!(a.network(), "2001:db8:1:2::".parse::<IpAddr>().unwrap());
        // The next /64 is another address.
        assert_ne!(a.key(), source("2001:db8:1:3::1").key());
        // IPv4 stays per address, and IPv4-mapped IPv6 is that IPv4 address.
        assert_ne!(source("10.0.0.1").key(), source("10.0.0.2").key());
        assert_eq!(source("::ffff:10.0.0.1").key(), source("10.0.0.1").key());
        assert_eq!(source("::ffff:10.0.0.1").network(), source("10.0.0.1").0);
        // An address keeps the key it had before (IPv4 rows stay valid).
        {
            use sha2::{Digest, Sha256};
            let before = hex::encode(&Sha256::digest(b"10.0.0.1")[..8]);
            assert_eq!(source("10.0.0.1").key(), before);
        }

        // The in-memory bucket is the /64's too.
        let guard = LoginGuard::default();
        for i in 0..(FAILURE_BURST as u32) {
            let rotating = source(&format!("2001:db8:1:2::{:x}", i + 1));
            assert!(guard.admit(rotating).await.is_ok());
            guard.failed(rotating);
        }
        let refused = guard
            .admit(source("2001:db8:1:2::beef"))
            .await
            .err()
            .map(|e| e.code());
        assert_eq!(refused, Some(Code::RateLimited));
        assert!(guard.admit(source("2001:db8:1:3::1")).await.is_ok());
    }
}
