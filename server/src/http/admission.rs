//! Shedding load: how much one replica takes on at once, and what it refuses first.
//!
//! Past capacity every request queues for the same CPU, and a queue without a bound turns
//! into a collapse: at 20,000 learners on a 2-core box (`loadtest exam-day`, issue 16) the
//! requests in flight grew until the Redis connection's driver task, one task among them,
//! was polled too late for its 500 ms response timeout; every save and start then failed
//! after doing its work, was retried, and the write-behind and the deadline sweep stalled
//! behind them. A replica therefore bounds what it runs, and answers the rest `BUSY` (HTTP
//! 503, `Retry-After`) before running it (only its body has been read and parsed):
//! - every GraphQL request counts against one bound, `in_flight_per_core` times the cores;
//! - a save of a running attempt (a live write) may use all of it; everything else only
//!   three quarters, so answers keep going when logins, starts and pages are refused;
//! - logins, password changes and starts (heavy) also have a bound of their own,
//!   `busy_after`: argon2 and a paper each take far more than a save;
//! - one client address (an IPv4 address, an IPv6 /64) holds at most an eighth of every
//!   bound, so a flood from one address never keeps another learner out (a unit's exam room
//!   behind one NAT address needs far fewer at once: a save takes milliseconds);
//! - one account runs at most [`LIVE_WRITES_PER_ACCOUNT`] live writes at once (its page sends
//!   them one after the other), so a learner's own valid token cannot fill the last quarter;
//! - a save is a live write only once its token is known to this replica as a learner's
//!   (`auth::live_write`, `Callers::seen`): classification comes after that cheap check, so a save with any
//!   bearer string competes with everything else, and a token the database refused is answered
//!   at once without holding a place (the negative cache in `auth::Callers`).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// Live writes one account runs at once.
pub const LIVE_WRITES_PER_ACCOUNT: usize = 4;
/// The share of every bound one client address may hold: one in this many.
const SOURCE_SHARE: usize = 8;
/// The least one address may always hold, whatever the bounds (an office's few at once).
const SOURCE_FLOOR: usize = 8;

/// What a request is, for admission, as the live write's classification decides it.
pub use crate::auth::live_write::Kind;

/// The bounds of one replica and what runs against them now.
#[derive(Debug)]
pub struct Admission {
    /// Requests admitted and still running.
    in_flight: AtomicUsize,
    /// Heavy requests admitted and still running.
    heavy: AtomicUsize,
    /// The bound on all requests; 0: none.
    limit: usize,
    /// The bound on heavy requests; 0: none.
    heavy_limit: usize,
    /// Requests refused, by kind (live writes, heavy, other), for `/metrics`.
    shed: [AtomicU64; 3],
    /// Requests running now per client address (heavy ones apart), for the per-address share.
    by_source: Mutex<HashMap<IpAddr, (usize, usize)>>,
    /// Live writes running now per account.
    by_account: Mutex<HashMap<i32, usize>>,
}

/// Who sends a request, for the shares: its client address (IPv6 by /64) and, for a live
/// write, the account whose token this replica knows.
#[derive(Clone, Copy, Debug)]
pub struct Sender {
    pub source: IpAddr,
    pub account: Option<i32>,
}

impl Admission {
    /// `per_core` requests in flight for each core this process may use (0: no bound), and
    /// at most `heavy_limit` heavy ones (0: no bound).
    pub fn new(per_core: usize, heavy_limit: usize) -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Admission::with_limits(per_core.saturating_mul(cores), heavy_limit)
    }

    /// At most `limit` requests in flight and `heavy_limit` heavy ones (0: no bound).
    fn with_limits(limit: usize, heavy_limit: usize) -> Self {
        Admission {
            in_flight: AtomicUsize::new(0),
            heavy: AtomicUsize::new(0),
            limit,
            heavy_limit,
            shed: Default::default(),
            by_source: Mutex::default(),
            by_account: Mutex::default(),
        }
    }

    /// What one address may hold of a bound.
    fn source_share(bound: usize) -> usize {
        (bound / SOURCE_SHARE).max(SOURCE_FLOOR)
    }

    /// Admits a request of this kind from this sender, or refuses it (`None`: answer `BUSY`
    /// at once): the bounds of [`Admission::admit`], then the sender's shares. The request
    /// counts as running until the ticket is dropped.
    pub fn admit_from(&self, kind: Kind, from: Sender) -> Option<Ticket<'_>> {
        let mut ticket = self.admit(kind)?;
        let heavy = kind == Kind::Heavy;
        let admitted = self.by_source.lock().is_ok_and(|mut sources| {
            let (all, heavy_running) = sources.entry(from.source).or_default();
            let over_all = self.limit != 0 && *all >= Self::source_share(self.limit);
            let over_heavy =
                heavy && self.heavy_limit != 0 && *heavy_running >= Self::source_share(self.heavy_limit);
            if over_all || over_heavy {
                if *all == 0 {
                    sources.remove(&from.source);
                }
                return false;
            }
            *all += 1;
            if heavy {
                *heavy_running += 1;
            }
            true
        });
        if !admitted {
            self.shed[kind as usize].fetch_add(1, Ordering::Relaxed);
            return None;
        }
        ticket.source = Some((from.source, heavy));
        if let (Kind::LiveWrite, Some(account)) = (kind, from.account) {
            let admitted = self.by_account.lock().is_ok_and(|mut accounts| {
                let running = accounts.entry(account).or_default();
                if *running >= LIVE_WRITES_PER_ACCOUNT {
                    if *running == 0 {
                        accounts.remove(&account);
                    }
                    return false;
                }
                *running += 1;
                true
            });
            if !admitted {
                self.shed[kind as usize].fetch_add(1, Ordering::Relaxed);
                return None;
            }
            ticket.account = Some(account);
        }
        Some(ticket)
    }

    /// Admits a request of this kind, or refuses it (`None`: answer `BUSY` at once). The
    /// request counts as running until the ticket is dropped.
    pub fn admit(&self, kind: Kind) -> Option<Ticket<'_>> {
        let running = self.in_flight.fetch_add(1, Ordering::SeqCst);
        let mut ticket = Ticket {
            admission: self,
            heavy: false,
            source: None,
            account: None,
        };
        let bound = match kind {
            Kind::LiveWrite => self.limit,
            Kind::Heavy | Kind::Other => self.limit - self.limit / 4,
        };
        let mut admitted = self.limit == 0 || running < bound;
        if admitted && kind == Kind::Heavy {
            let heavy = self.heavy.fetch_add(1, Ordering::SeqCst);
            ticket.heavy = true;
            admitted = self.heavy_limit == 0 || heavy < self.heavy_limit;
        }
        if !admitted {
            self.shed[kind as usize].fetch_add(1, Ordering::Relaxed);
            return None;
        }
        Some(ticket)
    }

    /// Requests refused so far: live writes, heavy, other.
    pub fn shed_counts(&self) -> [u64; 3] {
        [0, 1, 2].map(|i| self.shed[i].load(Ordering::Relaxed))
    }

    /// Requests running now.
    pub fn running(&self) -> usize {
        self.in_flight.load(Ordering::Relaxed)
    }
}

/// An admitted request; dropping it ends its count (also for a refused one, whose counts
/// were raised before the decision).
pub struct Ticket<'a> {
    admission: &'a Admission,
    heavy: bool,
    /// The address whose share it holds (and whether a heavy place of it).
    source: Option<(IpAddr, bool)>,
    /// The account whose live-write place it holds.
    account: Option<i32>,
}

impl Drop for Ticket<'_> {
    fn drop(&mut self) {
        self.admission.in_flight.fetch_sub(1, Ordering::SeqCst);
        if self.heavy {
            self.admission.heavy.fetch_sub(1, Ordering::SeqCst);
        }
        if let Some((source, heavy)) = self.source
            && let Ok(mut sources) = self.admission.by_source.lock()
            && let Some((all, heavy_running)) = sources.get_mut(&source)
        {
            *all = all.saturating_sub(1);
            if heavy {
                *heavy_running = heavy_running.saturating_sub(1);
            }
            if *all == 0 {
                sources.remove(&source);
            }
        }
        if let Some(account) = self.account
            && let Ok(mut accounts) = self.admission.by_account.lock()
            && let Some(running) = accounts.get_mut(&account)
        {
            *running = running.saturating_sub(1);
            if *running == 0 {
                accounts.remove(&account);
            }
        }
    }
}

/// Multipart bodies (uploads) being read at once: each holds up to 11 MB in memory before
/// anything else is known of it, so a replica reads a few at a time and one address at most
/// [`UPLOADS_PER_SOURCE`] of them; the others are answered `BUSY` before their body is read.
pub const UPLOADS_AT_ONCE: usize = 4;
/// Uploads one client address may send at once.
pub const UPLOADS_PER_SOURCE: usize = 2;

/// The uploads being read now, by client address.
#[derive(Debug, Default)]
pub struct Uploads {
    by_source: Mutex<HashMap<IpAddr, usize>>,
}

impl Uploads {
    /// A place for one upload from `source`, or `None` (answer `BUSY`).
    pub fn admit(&self, source: IpAddr) -> Option<UploadTicket<'_>> {
        let mut by_source = self.by_source.lock().ok()?;
        let total: usize = by_source.values().sum();
        let mine = by_source.get(&source).copied().unwrap_or(0);
        if total >= UPLOADS_AT_ONCE || mine >= UPLOADS_PER_SOURCE {
            return None;
        }
        by_source.insert(source, mine + 1);
        Some(UploadTicket {
            uploads: self,
            source,
        })
    }
}

/// An upload being read and run; dropping it frees its place.
pub struct UploadTicket<'a> {
    uploads: &'a Uploads,
    source: IpAddr,
}

impl Drop for UploadTicket<'_> {
    fn drop(&mut self) {
        if let Ok(mut by_source) = self.uploads.by_source.lock()
            && let Some(mine) = by_source.get_mut(&self.source)
        {
            *mine = mine.saturating_sub(1);
            if *mine == 0 {
                by_source.remove(&self.source);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_writes_keep_the_last_quarter_and_heavy_requests_have_their_own_bound() {
        let admission = Admission::with_limits(8, 2);
        let heavy: Vec<_> = (0..3).map(|_| admission.admit(Kind::Heavy)).collect();
        assert!(heavy[0].is_some() && heavy[1].is_some());
        assert!(heavy[2].is_none(), "a third heavy request past a bound of two");
        // The refused one counts no more once dropped.
        drop(heavy);
        assert_eq!(admission.running(), 0);
        let others: Vec<_> = (0..6).map(|_| admission.admit(Kind::Other).unwrap()).collect();
        assert!(admission.admit(Kind::Other).is_none(), "past three quarters of 8");
        assert!(admission.admit(Kind::Heavy).is_none());
        let saves: Vec<_> = (0..2)
            .map(|_| admission.admit(Kind::LiveWrite).unwrap())
            .collect();
        assert!(admission.admit(Kind::LiveWrite).is_none(), "past the whole bound");
        assert_eq!(admission.shed_counts(), [1, 2, 1]);
        drop(others);
        drop(saves);
        assert_eq!(admission.running(), 0);
        assert!(admission.admit(Kind::LiveWrite).is_some());
    }

    fn from(last: u8, account: Option<i32>) -> Sender {
        Sender {
            source: IpAddr::from([127, 0, 0, last]),
            account,
        }
    }

    #[test]
    fn one_address_holds_an_eighth_and_another_always_gets_in() {
        // 128 in flight: one address may hold 16 of them, and of the heavy bound (64) 8.
        let admission = Admission::with_limits(128, 64);
        let flood: Vec<_> = (0..1000)
            .filter_map(|_| admission.admit_from(Kind::LiveWrite, from(2, None)))
            .collect();
        assert_eq!(flood.len(), 16, "one address's share of every class");
        let heavy: Vec<_> = (0..100)
            .filter_map(|_| admission.admit_from(Kind::Heavy, from(3, None)))
            .collect();
        assert_eq!(heavy.len(), 8);
        // An honest learner on another address is admitted at once, in every class.
        assert!(admission.admit_from(Kind::LiveWrite, from(9, Some(1))).is_some());
        assert!(admission.admit_from(Kind::Heavy, from(9, None)).is_some());
        assert!(admission.admit_from(Kind::Other, from(9, None)).is_some());
        drop(flood);
        drop(heavy);
        assert_eq!(admission.running(), 0);
        assert!(
            admission.by_source.lock().unwrap().is_empty(),
            "released shares leave nothing behind"
        );
        assert!(admission.admit_from(Kind::LiveWrite, from(2, None)).is_some());
    }

    #[test]
    fn one_account_runs_a_few_live_writes_at_once() {
        let admission = Admission::with_limits(1024, 0);
        let mine: Vec<_> = (0..10)
            .filter_map(|_| admission.admit_from(Kind::LiveWrite, from(2, Some(7))))
            .collect();
        assert_eq!(mine.len(), LIVE_WRITES_PER_ACCOUNT);
        // Another account from the same address is not held back by the first.
        assert!(admission.admit_from(Kind::LiveWrite, from(2, Some(8))).is_some());
        drop(mine);
        assert!(admission.by_account.lock().unwrap().is_empty());
        assert!(admission.admit_from(Kind::LiveWrite, from(2, Some(7))).is_some());
    }

    #[test]
    fn uploads_are_read_a_few_at_a_time_and_two_per_address() {
        let uploads = Uploads::default();
        let mine: Vec<_> = (0..5)
            .filter_map(|_| uploads.admit(from(2, None).source))
            .collect();
        assert_eq!(mine.len(), UPLOADS_PER_SOURCE);
        let others: Vec<_> = (3..9)
            .filter_map(|i| uploads.admit(from(i, None).source))
            .collect();
        assert_eq!(others.len(), UPLOADS_AT_ONCE - UPLOADS_PER_SOURCE);
        drop(mine);
        drop(others);
        assert!(uploads.by_source.lock().unwrap().is_empty());
    }

    #[test]
    fn a_bound_of_zero_admits_everything() {
        let admission = Admission::new(0, 0);
        let tickets: Vec<_> = (0..10_000).map(|_| admission.admit(Kind::Heavy)).collect();
        assert!(tickets.iter().all(Option::is_some));
    }
}
