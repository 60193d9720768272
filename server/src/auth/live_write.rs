//! The live write: the request an exam page sends most (`saveAnswer`), run at the cost of one
//! Redis round trip and shed last. Everything that makes a request one, and how it runs, is here;
//! the edge (`http`), the resolver (`graphql::exam`) and the stores only play their part:
//!
//! 1. **The registry** ([`ROOT_FIELDS`]): the root fields the edge treats apart from the rest,
//!    by their names in the schema: the live writes and the heavy ones. `tests/api/schema.rs`
//!    checks every name against the schema, so a renamed field cannot silently fall back to
//!    the ordinary class.
//! 2. **Classification** ([`RootFields::of`], [`RootFields::kind`]): an operation is a live
//!    write when it is a mutation of live-write root fields alone (`http::document` reads it
//!    once per parsed text) and its token is one this replica already knows as a learner's
//!    ([`Seen`], memory only, before admission); admission sheds it last ([`Kind`]). Any other
//!    bearer string competes with everything else; a token the database refused a moment ago
//!    is answered at once.
//! 3. **The memory** ([`LocalCallers`]): learners past the initial password this replica has
//!    resolved, by token digest, each with the generation the caller cache held it at. Filled
//!    by every resolution of such a caller (opening the paper remembers the learner), read by
//!    [`Callers::seen`] and handed out *unconfirmed* by [`Callers::for_live_write`].
//! 4. **The protocol** ([`Callers::live_write`], [`LiveWrite`]): a write as an unconfirmed
//!    caller carries a condition the live store checks in the same step
//!    ([`crate::live::CallerCheck`]: `save.lua`'s `caller_entry_key`, `generation_prefix` and
//!    `generation`, by the caller cache's own rule, `current_entry.lua`); with the in-process
//!    cache, the cache is asked first instead. A failed check stores nothing
//!    (`SaveOutcome::CallerChanged`); the caller is then resolved afresh (and may now be
//!    refused) and the write runs once more, confirmed. So an entry here never refuses
//!    anything and is never trusted on its own.
//!
//! It sits in `auth`, below `domain`, `graphql` and `http`, so that all three read the one
//! registry and the one protocol.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use async_graphql::parser::types::{OperationDefinition, OperationType, Selection};

use super::cache::{CALLER_CACHE_TTL_MS, WriteCheck};
use super::{Caller, Callers, NoToken, Session, token_of};
use crate::error::{AppError, AppResult};
use crate::live::CallerCheck;
use crate::scope::Actor;

// ---------------------------------------------------------------- the registry

/// How the edge treats a root field apart from the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Treatment {
    /// Writes only to the live store, through [`Callers::live_write`]: may run as an
    /// unconfirmed caller, and is shed last.
    LiveWrite,
    /// Starts costly work a crowd does at once (a login's argon2, a start's paper draw): shed
    /// with `BUSY` past a bound of its own, while saves keep going.
    Heavy,
}

/// A root field of the schema's `Mutation` the edge treats apart.
#[derive(Clone, Copy, Debug)]
pub struct RootField {
    /// The field's name in the schema.
    pub name: &'static str,
    pub treatment: Treatment,
}

/// Every root field the edge treats apart; all others are ordinary. Every one is a field of
/// the schema's `Mutation` (checked by `tests/api/schema.rs`).
pub const ROOT_FIELDS: &[RootField] = &[
    RootField {
        name: "saveAnswer",
        treatment: Treatment::LiveWrite,
    },
    RootField {
        name: "login",
        treatment: Treatment::Heavy,
    },
    RootField {
        name: "changePassword",
        treatment: Treatment::Heavy,
    },
    RootField {
        name: "startExam",
        treatment: Treatment::Heavy,
    },
];

fn treatment_of(name: &str) -> Option<Treatment> {
    ROOT_FIELDS.iter().find(|f| f.name == name).map(|f| f.treatment)
}

// ---------------------------------------------------------------- classification

/// What an operation's root fields make it, before its caller is known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RootFields {
    /// A mutation of live writes only (fragments and `__typename` make it ordinary): its caller
    /// may come unconfirmed from this replica's memory ([`Callers::for_live_write`]).
    pub live_writes_only: bool,
    /// Some root field is heavy.
    pub heavy: bool,
}

impl RootFields {
    pub fn of(operation: &OperationDefinition) -> RootFields {
        let items = &operation.selection_set.node.items;
        let treatment = |selection: &Selection| match selection {
            Selection::Field(f) => treatment_of(f.node.name.node.as_str()),
            _ => None,
        };
        RootFields {
            live_writes_only: operation.ty == OperationType::Mutation
                && !items.is_empty()
                && items
                    .iter()
                    .all(|item| treatment(&item.node) == Some(Treatment::LiveWrite)),
            heavy: items
                .iter()
                .any(|item| treatment(&item.node) == Some(Treatment::Heavy)),
        }
    }

    /// How admission takes the request once this replica has looked at its token: a live
    /// write only with a token it knows as a learner's.
    pub fn kind(self, seen: Seen) -> Kind {
        match (self.live_writes_only, seen) {
            (true, Seen::Learner { .. }) => Kind::LiveWrite,
            _ if self.heavy => Kind::Heavy,
            _ => Kind::Other,
        }
    }
}

/// What a request is, for admission (`http::admission`). The order is that of
/// `Admission::shed_counts`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Saves of running attempts: the last to be refused.
    LiveWrite,
    /// Logins, password changes and exam starts.
    Heavy,
    /// Everything else.
    Other,
}

/// What this replica knows of a request's token before running it (no I/O): what admission
/// classifies by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seen {
    /// No `Authorization` header.
    Anonymous,
    /// A malformed header, or a token the database refused a moment ago.
    Rejected,
    /// A learner past the initial password whose token this replica confirmed before.
    Learner { account_id: i32 },
    /// Anything else: to be resolved.
    Unknown,
}

impl Seen {
    /// The account whose live writes the request counts against (admission's per-account share).
    pub fn account(self) -> Option<i32> {
        match self {
            Seen::Learner { account_id } => Some(account_id),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------- the protocol

impl Callers {
    /// What this replica knows of a header's token without asking anyone (see [`Seen`]).
    pub fn seen(&self, header: Option<&str>) -> Seen {
        let token_hash = match token_of(header) {
            Ok(token_hash) => token_hash,
            Err(NoToken::Anonymous) => return Seen::Anonymous,
            Err(NoToken::Malformed) => return Seen::Rejected,
        };
        if self.was_rejected(&token_hash) {
            return Seen::Rejected;
        }
        match self.local.account_of(&token_hash) {
            Some(account_id) => Seen::Learner { account_id },
            None => Seen::Unknown,
        }
    }

    /// The caller of a request whose root fields are `fields`: a live write's as
    /// [`Callers::for_live_write`] reads it, any other's as [`Callers::from_header`] does.
    pub async fn for_request(&self, fields: RootFields, header: Option<&str>) -> AppResult<Caller> {
        if fields.live_writes_only {
            self.for_live_write(header).await
        } else {
            self.from_header(header).await
        }
    }

    /// Reads the caller for a request that only writes to the live store: from this replica's
    /// memory when it holds the token, unconfirmed, to be confirmed by [`Callers::live_write`]
    /// in the same step as the write (one round trip to Redis instead of two); otherwise as
    /// [`Callers::from_header`] does, remembered.
    pub async fn for_live_write(&self, header: Option<&str>) -> AppResult<Caller> {
        let token_hash = match token_of(header) {
            Ok(token_hash) => token_hash,
            Err(why) => return Ok(why.into()),
        };
        if let Some(caller) = self.local.get(&token_hash) {
            return Ok(caller);
        }
        self.confirm(token_hash).await
    }

    /// Runs a live write as the caller, confirming a caller taken from this replica's memory
    /// with the write: the write is given the check the live store makes in the same step (or
    /// none, when the caller is confirmed already or the cache was asked first) and answers
    /// `None` when the check failed and nothing was written. Then this replica's copy is out of
    /// date: the caller is resolved again (and may now be refused) and the write runs once
    /// more as that caller, confirmed.
    pub async fn live_write<W: LiveWrite>(&self, caller: &Caller, write: &W) -> AppResult<W::Done> {
        let session = caller.for_live_write()?;
        if let Some(generation) = session.unconfirmed {
            let written = match self.cache.write_check(&session.token_hash) {
                WriteCheck::WithTheWrite {
                    entry_key,
                    generation_prefix,
                } => {
                    let check = CallerCheck {
                        entry_key: &entry_key,
                        generation_prefix: &generation_prefix,
                        generation,
                    };
                    write.write(session, Some(check)).await?
                }
                WriteCheck::Before => match self.cache.holds(&session.token_hash, generation).await {
                    Ok(true) => write.write(session, None).await?,
                    Ok(false) => None,
                    // Resolved afresh below, from the database if need be.
                    Err(e) => {
                        tracing::warn!(error = ?e, "caller cache unavailable");
                        None
                    }
                },
            };
            if let Some(done) = written {
                return Ok(done);
            }
            let fresh = self.confirm(session.token_hash.clone()).await?;
            return confirmed(write.write(fresh.for_live_write()?, None).await?);
        }
        confirmed(write.write(session, None).await?)
    }

    /// Resolves a token's caller as [`Callers::from_header`] does and remembers it in this
    /// replica's memory, for a live write.
    async fn confirm(&self, token_hash: String) -> AppResult<Caller> {
        self.local.forget(&token_hash);
        let (caller, generation) = self.resolve(token_hash).await?;
        self.remember_writer(&caller, generation);
        Ok(caller)
    }

    /// Keeps a learner who may write in this replica's memory for its live writes. Only a
    /// caller who may write is kept: a refusal is never made on a copy (a learner who has
    /// changed the initial password since would be refused by a stale one).
    pub(super) fn remember_writer(&self, caller: &Caller, generation: Option<u64>) {
        if let (Caller::Authenticated(session), Some(generation)) = (caller, generation)
            && !session.must_change_password
            && session.actor.learner.is_some()
        {
            self.local.insert(session, generation);
        }
    }
}

impl Caller {
    /// The session for a live write, refused on the initial password like [`Caller::actor`].
    fn for_live_write(&self) -> AppResult<&Session> {
        let session = self.any_session()?;
        session.refuse_initial_password()?;
        Ok(session)
    }
}

/// A write to the live store made as the caller, through [`Callers::live_write`].
pub trait LiveWrite: Sync {
    type Done: Send;
    /// Writes as `session`; with `check`, only while the caller still holds it (`None`: the
    /// caller did not, and nothing was written).
    fn write<'a>(
        &'a self,
        session: &'a Session,
        check: Option<CallerCheck<'a>>,
    ) -> impl Future<Output = AppResult<Option<Self::Done>>> + Send + 'a;
}

/// A write's answer when its caller was confirmed: such a write never finds the caller changed.
fn confirmed<T>(written: Option<T>) -> AppResult<T> {
    written.ok_or_else(|| AppError::internal("an unchecked live write found the caller changed"))
}

// ---------------------------------------------------------------- the memory

/// Callers this replica has resolved for live writes, by token digest, each with the
/// generation the caller cache held it at; only learners past the initial password (callers
/// who may write). Handed out unconfirmed: [`Callers::live_write`] confirms, in the same step
/// as the write, that the cache still holds the token's caller at that generation and that
/// the generation is still the account's, which is the rule the cache answers by. So an entry
/// here is never trusted on its own, never refuses anything, and one the cache no longer holds
/// costs one resolution more.
#[derive(Default)]
pub(super) struct LocalCallers {
    entries: Mutex<HashMap<String, LocalCaller>>,
    /// Callers handed out from here (`xuefa_caller_lookups_total{source="replica"}`).
    pub(super) hits: AtomicU64,
}

/// A kept caller; never one on the initial password (see [`Callers::remember_writer`]).
struct LocalCaller {
    actor: Actor,
    generation: u64,
    /// Unix ms; past it the caller is resolved again (bounds what a long-idle entry holds).
    until_ms: i64,
}

impl LocalCallers {
    /// Past this many entries, expired ones are dropped (and, if that is not enough, all).
    const CAPACITY: usize = 100_000;

    fn get(&self, token_hash: &str) -> Option<Caller> {
        let now = crate::infra::clock::now().timestamp_millis();
        let entries = self.entries.lock().ok()?;
        let entry = entries.get(token_hash).filter(|e| e.until_ms > now)?;
        self.hits.fetch_add(1, Ordering::Relaxed);
        Some(Caller::Authenticated(Session {
            token_hash: token_hash.to_owned(),
            must_change_password: false,
            actor: entry.actor.clone(),
            unconfirmed: Some(entry.generation),
        }))
    }

    /// The account of a remembered token, without counting a hit (admission asks first).
    fn account_of(&self, token_hash: &str) -> Option<i32> {
        let now = crate::infra::clock::now().timestamp_millis();
        let entries = self.entries.lock().ok()?;
        entries
            .get(token_hash)
            .filter(|e| e.until_ms > now)
            .map(|e| e.actor.account_id)
    }

    fn insert(&self, session: &Session, generation: u64) {
        let now = crate::infra::clock::now().timestamp_millis();
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        if entries.len() >= Self::CAPACITY {
            entries.retain(|_, e| e.until_ms > now);
            if entries.len() >= Self::CAPACITY {
                entries.clear();
            }
        }
        entries.insert(
            session.token_hash.clone(),
            LocalCaller {
                actor: session.actor.clone(),
                generation,
                until_ms: now + CALLER_CACHE_TTL_MS,
            },
        );
    }

    fn forget(&self, token_hash: &str) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.remove(token_hash);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str, name: Option<&str>) -> RootFields {
        let Ok(doc) = async_graphql::parser::parse_query(text) else {
            return RootFields::default();
        };
        doc.operations
            .iter()
            .find(|(n, _)| name.is_none() || n.map(|n| n.as_str()) == name)
            .map(|(_, op)| RootFields::of(&op.node))
            .unwrap_or_default()
    }

    #[test]
    fn only_a_mutation_of_live_writes_alone_is_marked_as_such() {
        let marked = |text: &str, name: Option<&str>| fields(text, name).live_writes_only;
        let save = r#"saveAnswer(attemptId: "a", questionId: "q", choices: ["A"]) { saved }"#;
        assert!(marked(&format!("mutation {{ {save} }}"), None));
        assert!(marked(&format!("mutation {{ one: {save} two: {save} }}"), None));
        assert!(!marked(&format!("mutation {{ {save} logout }}"), None));
        assert!(!marked(&format!("mutation {{ {save} __typename }}"), None));
        assert!(!marked("mutation { logout }", None));
        assert!(!marked("{ __typename }", None));
        assert!(!marked(
            &format!("mutation {{ ...F }} fragment F on MutationRoot {{ {save} }}"),
            None
        ));
        let two = format!("query Q {{ me {{ phone }} }} mutation S {{ {save} }}");
        assert!(marked(&two, Some("S")));
        assert!(!marked(&two, Some("Q")));
        assert!(!marked("mutation { saveAnswer(", None));
    }

    #[test]
    fn heavy_fields_make_a_request_heavy_and_only_a_known_learner_writes_live() {
        let login = fields(r#"mutation { login(phone: "1", password: "x") { token } }"#, None);
        assert!(login.heavy && !login.live_writes_only);
        assert!(fields("mutation { logout startExam(sessionId: \"s\") { id } }", None).heavy);
        assert!(!fields("{ me { phone } }", None).heavy);

        let save = fields(
            r#"mutation { saveAnswer(attemptId: "a", questionId: "q", choices: []) { saved } }"#,
            None,
        );
        let learner = Seen::Learner { account_id: 7 };
        assert_eq!(save.kind(learner), Kind::LiveWrite);
        assert_eq!(save.kind(Seen::Unknown), Kind::Other, "a token not yet known");
        assert_eq!(login.kind(learner), Kind::Heavy);
        assert_eq!(RootFields::default().kind(learner), Kind::Other);
        assert_eq!(learner.account(), Some(7));
        assert_eq!(Seen::Unknown.account(), None);
    }

    #[test]
    fn the_registry_names_each_field_once() {
        let mut names: Vec<&str> = ROOT_FIELDS.iter().map(|f| f.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ROOT_FIELDS.len());
    }
}
