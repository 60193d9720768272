//! How many bytes of answers a replica builds at once.
//!
//! A response is built in memory before it is sent, so what bounds a request's memory is what
//! it may ask for. Any learner could ask `studyItems { body }` under 500 aliases (a body may
//! hold 2 MB): 185 MB for one request, and four in parallel took the pod past its memory
//! limit. The large texts of the schema (a study item's or a notice's body, a question's stem
//! and explanation) are therefore charged, as they are resolved, to the request's
//! [`ResponseBudget`]:
//! - a request's first [`FREE_BYTES`] cost nothing shared (a paper, a page of notices);
//! - beyond that, every byte is reserved from the replica's [`ResponseBytes`] (at most
//!   [`REPLICA_BYTES`] at once, one client address at most a quarter of it), so many parallel
//!   requests cannot add up to more than the pod holds, and a flood from one address leaves
//!   room for everyone else; when there is no room, the request is answered `BUSY`;
//! - one request is charged at most [`MAX_RESPONSE_BYTES`]: past it the request stops (every
//!   field still to be resolved fails at once, without its work) and is answered
//!   `RESPONSE_TOO_LARGE`.
//!
//! Only the large texts are charged while resolving: a schema extension would meter every
//! field, and that slowed an exam paper's answer measurably (issue 16). The rest of a
//! response is bounded by the complexity limit and by the byte cap on its serialisation
//! (`http::graphql_handler`).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// The most one response may carry.
pub const MAX_RESPONSE_BYTES: usize = 8 * 1024 * 1024;
/// What a request is charged before it draws on the replica's bytes.
pub const FREE_BYTES: usize = 64 * 1024;
/// Charged bytes all requests of a replica may hold at once beyond their free bytes.
pub const REPLICA_BYTES: usize = 96 * 1024 * 1024;
/// One client address holds at most this share of [`REPLICA_BYTES`]: one in this many.
const SOURCE_SHARE: usize = 4;
/// Bytes are reserved from the replica in pieces of this size.
const CHUNK: usize = 256 * 1024;

/// Why a request stopped being charged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Over {
    /// It asked for more than [`MAX_RESPONSE_BYTES`].
    TooLarge,
    /// The replica (or its address's share) had no room for it now.
    Busy,
}

/// The replica's charged bytes in flight, in total and by client address.
#[derive(Debug)]
pub struct ResponseBytes {
    limit: usize,
    per_source: usize,
    held: Mutex<(usize, HashMap<IpAddr, usize>)>,
}

impl Default for ResponseBytes {
    fn default() -> Self {
        ResponseBytes::with_limit(REPLICA_BYTES)
    }
}

impl ResponseBytes {
    pub fn with_limit(limit: usize) -> Self {
        ResponseBytes {
            limit,
            per_source: limit / SOURCE_SHARE,
            held: Mutex::default(),
        }
    }

    fn reserve(&self, source: IpAddr, bytes: usize) -> bool {
        let Ok(mut held) = self.held.lock() else {
            return false;
        };
        let (total, by_source) = &mut *held;
        let mine = by_source.get(&source).copied().unwrap_or(0);
        if *total + bytes > self.limit || mine + bytes > self.per_source {
            return false;
        }
        *total += bytes;
        by_source.insert(source, mine + bytes);
        true
    }

    fn release(&self, source: IpAddr, bytes: usize) {
        if bytes == 0 {
            return;
        }
        if let Ok(mut held) = self.held.lock() {
            let (total, by_source) = &mut *held;
            *total = total.saturating_sub(bytes);
            if let Some(mine) = by_source.get_mut(&source) {
                *mine = mine.saturating_sub(bytes);
                if *mine == 0 {
                    by_source.remove(&source);
                }
            }
        }
    }

    /// Charged bytes held now beyond the free ones.
    pub fn held(&self) -> usize {
        self.held.lock().map_or(0, |held| held.0)
    }
}

/// One request's charged bytes. Dropping it gives back what it reserved.
#[derive(Debug)]
pub struct ResponseBudget {
    shared: Arc<ResponseBytes>,
    source: IpAddr,
    used: AtomicUsize,
    reserved: Mutex<usize>,
    /// 0: within its budget; else `Over` as 1 (too large) or 2 (busy).
    over: AtomicU8,
}

impl ResponseBudget {
    pub fn new(shared: Arc<ResponseBytes>, source: IpAddr) -> Self {
        ResponseBudget {
            shared,
            source,
            used: AtomicUsize::new(0),
            reserved: Mutex::new(0),
            over: AtomicU8::new(0),
        }
    }

    /// Why the request stopped, if it did.
    pub fn over(&self) -> Option<Over> {
        match self.over.load(Ordering::SeqCst) {
            0 => None,
            1 => Some(Over::TooLarge),
            _ => Some(Over::Busy),
        }
    }

    fn stop(&self, why: Over) -> Over {
        let code = match why {
            Over::TooLarge => 1,
            Over::Busy => 2,
        };
        let _ = self
            .over
            .compare_exchange(0, code, Ordering::SeqCst, Ordering::SeqCst);
        self.over().unwrap_or(why)
    }

    /// Charges `bytes` about to go into the response; refused once the request is over its
    /// budget (and from then on, every later charge too).
    pub fn charge(&self, bytes: usize) -> Result<(), Over> {
        if let Some(over) = self.over() {
            return Err(over);
        }
        let used = self.used.fetch_add(bytes, Ordering::SeqCst).saturating_add(bytes);
        if used > MAX_RESPONSE_BYTES {
            return Err(self.stop(Over::TooLarge));
        }
        let beyond = used.saturating_sub(FREE_BYTES);
        if beyond == 0 {
            return Ok(());
        }
        let Ok(mut reserved) = self.reserved.lock() else {
            return Err(self.stop(Over::Busy));
        };
        while *reserved < beyond {
            if !self.shared.reserve(self.source, CHUNK) {
                return Err(self.stop(Over::Busy));
            }
            *reserved += CHUNK;
        }
        Ok(())
    }
}

impl Drop for ResponseBudget {
    fn drop(&mut self) {
        let reserved = self.reserved.get_mut().map_or(0, |r| *r);
        self.shared.release(self.source, reserved);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(last: u8) -> IpAddr {
        IpAddr::from([127, 0, 0, last])
    }

    #[test]
    fn a_request_stops_past_its_cap_and_gives_its_bytes_back() {
        let shared = Arc::new(ResponseBytes::with_limit(64 * 1024 * 1024));
        let budget = ResponseBudget::new(shared.clone(), from(1));
        assert!(budget.charge(FREE_BYTES).is_ok());
        assert_eq!(shared.held(), 0, "the free bytes hold nothing shared");
        assert!(budget.charge(1).is_ok());
        assert_eq!(shared.held(), CHUNK);
        assert_eq!(budget.charge(MAX_RESPONSE_BYTES), Err(Over::TooLarge));
        assert_eq!(budget.charge(1), Err(Over::TooLarge), "once over, always over");
        drop(budget);
        assert_eq!(shared.held(), 0);
    }

    #[test]
    fn one_address_holds_a_quarter_and_another_still_gets_room() {
        let shared = Arc::new(ResponseBytes::with_limit(16 * 1024 * 1024));
        let flood: Vec<_> = (0..64)
            .map(|_| ResponseBudget::new(shared.clone(), from(2)))
            .collect();
        let refused = flood
            .iter()
            .filter(|b| b.charge(FREE_BYTES + 1024 * 1024).is_err())
            .count();
        assert!(refused > 0);
        assert!(flood.iter().all(|b| b.over() != Some(Over::TooLarge)));
        assert!(
            shared.held() <= 4 * 1024 * 1024,
            "a quarter of the replica's bytes"
        );
        let honest = ResponseBudget::new(shared.clone(), from(3));
        assert!(honest.charge(FREE_BYTES + 2 * 1024 * 1024).is_ok());
        drop(flood);
        drop(honest);
        assert_eq!(shared.held(), 0);
    }
}
