//! Time as the programme counts it: campaign dates and "today" are in China Standard Time.

use chrono::FixedOffset;

/// China Standard Time, UTC+8.
pub const CHINA: FixedOffset = match FixedOffset::east_opt(8 * 3600) {
    Some(offset) => offset,
    None => panic!("UTC+8 is a valid offset"),
};

tokio::task_local! {
    /// The clock of the server whose work this task does: set at the edges (every HTTP request,
    /// every background job) by [`Clock::scope`], read by [`now`] and [`today`].
    static CURRENT: Clock;
}

/// Now, by the clock of the server this task works for (its `AppState::clock`); the system
/// clock outside any server's work (command-line tools, a test's own setup).
pub fn now() -> chrono::DateTime<chrono::Utc> {
    CURRENT
        .try_with(Clock::now)
        .unwrap_or_else(|_| chrono::Utc::now())
}

/// The machine's own time, for what is measured against another machine's clock or against
/// the real passing of time, never for a rule: the age of a Redis stream entry (its id is
/// Redis's time), the rate of a log line.
pub fn wall() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

/// Today's date in China Standard Time, by the same clock as [`now`].
pub fn today() -> chrono::NaiveDate {
    now().with_timezone(&CHINA).date_naive()
}

/// The application's clock: the system's in production; a test moves it (to the make-up day,
/// to next year, past a temporary password's end) instead of sleeping or writing rows past the
/// domain. It keeps running from where it was put: moving it adds an offset to the system time.
/// Clones share one offset, so every part of a server reads the same time.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    offset_ms: std::sync::Arc<std::sync::atomic::AtomicI64>,
}

impl Clock {
    /// The system clock.
    pub fn system() -> Clock {
        Clock::default()
    }

    /// Now, as the application counts it.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        let offset = self.offset_ms.load(std::sync::atomic::Ordering::Relaxed);
        chrono::Utc::now() + chrono::Duration::milliseconds(offset)
    }

    /// Today's date in China Standard Time.
    pub fn today(&self) -> chrono::NaiveDate {
        self.now().with_timezone(&CHINA).date_naive()
    }

    /// Moves the clock by `by` (forwards or back); it runs on from there.
    pub fn advance(&self, by: chrono::Duration) {
        self.offset_ms
            .fetch_add(by.num_milliseconds(), std::sync::atomic::Ordering::Relaxed);
    }

    /// Runs `work` with this clock as the one [`now`] and [`today`] read. The edges call it
    /// (the HTTP service, the background jobs) so the domain reads one clock without passing
    /// it down; a task spawned inside does not inherit it and should be scoped again.
    pub fn scope<F: std::future::Future>(&self, work: F) -> tokio::task::futures::TaskLocalFuture<Clock, F> {
        CURRENT.scope(self.clone(), work)
    }

    /// Puts the clock at `at`; it runs on from there.
    pub fn set(&self, at: chrono::DateTime<chrono::Utc>) {
        let offset = (at - chrono::Utc::now()).num_milliseconds();
        self.offset_ms.store(offset, std::sync::atomic::Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moved_clock_runs_on_from_where_it_was_put() {
        let clock = Clock::system();
        let system = chrono::Utc::now();
        assert!((clock.now() - system).num_seconds().abs() < 5);
        clock.advance(chrono::Duration::hours(73));
        assert!(
            (clock.now() - system - chrono::Duration::hours(73))
                .num_seconds()
                .abs()
                < 5
        );
        let shared = clock.clone();
        shared.advance(chrono::Duration::hours(-73));
        assert!((clock.now() - system).num_seconds().abs() < 5);
        let at = system + chrono::Duration::days(400);
        clock.set(at);
        assert!((shared.now() - at).num_seconds().abs() < 5);
    }

    #[tokio::test]
    async fn now_reads_the_clock_of_the_scope_and_the_system_outside() {
        let clock = Clock::system();
        clock.advance(chrono::Duration::days(30));
        let inside = clock.scope(async { now() }).await;
        assert!(
            (inside - chrono::Utc::now() - chrono::Duration::days(30))
                .num_seconds()
                .abs()
                < 5
        );
        assert!((now() - chrono::Utc::now()).num_seconds().abs() < 5);
        let day = clock.scope(async { today() }).await;
        assert_eq!(day, clock.today());
    }
}
