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
//!   `busy_after`: argon2 and a paper each take far more than a save.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// What a request is, for admission. The order is that of [`Admission::shed_counts`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Saves of running attempts: the last to be refused.
    LiveWrite,
    /// Logins, password changes and exam starts.
    Heavy,
    /// Everything else.
    Other,
}

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
        }
    }

    /// Admits a request of this kind, or refuses it (`None`: answer `BUSY` at once). The
    /// request counts as running until the ticket is dropped.
    pub fn admit(&self, kind: Kind) -> Option<Ticket<'_>> {
        let running = self.in_flight.fetch_add(1, Ordering::SeqCst);
        let mut ticket = Ticket {
            admission: self,
            heavy: false,
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
}

impl Drop for Ticket<'_> {
    fn drop(&mut self) {
        self.admission.in_flight.fetch_sub(1, Ordering::SeqCst);
        if self.heavy {
            self.admission.heavy.fetch_sub(1, Ordering::SeqCst);
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

    #[test]
    fn a_bound_of_zero_admits_everything() {
        let admission = Admission::new(0, 0);
        let tickets: Vec<_> = (0..10_000).map(|_| admission.admit(Kind::Heavy)).collect();
        assert!(tickets.iter().all(Option::is_some));
    }
}
