//! Opaque GraphQL IDs: a kind prefix and the row id, e.g. `unit_12`. The domain names rows by
//! their ids and nodes by [`NodeRef`]; only the API's edges (GraphQL and the download links,
//! which carry the same ids) encode and parse them.
//!
//! A malformed id, or one of another kind, is simply not found.

use async_graphql::ID;

use crate::domain::node::NodeRef;
use crate::error::{AppError, AppResult};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Region,
    Unit,
    Account,
    Learner,
    RoleGrant,
    AuditEntry,
    Campaign,
    Exemption,
    Notice,
    StudyItem,
    Question,
    ExamSession,
    ExamAttempt,
    /// A question's place in one attempt's paper (`pq_1`, `pq_2`, …): the same id names
    /// different bank questions in different attempts, so no answer key can be shared by id.
    PaperQuestion,
    /// An account-recovery request (找回账号).
    RecoveryRequest,
}

impl Kind {
    fn prefix(self) -> &'static str {
        match self {
            Kind::Region => "reg",
            Kind::Unit => "unit",
            Kind::Account => "acct",
            Kind::Learner => "lrn",
            Kind::RoleGrant => "grant",
            Kind::AuditEntry => "audit",
            Kind::Campaign => "camp",
            Kind::Exemption => "exm",
            Kind::Notice => "notice",
            Kind::StudyItem => "item",
            Kind::Question => "q",
            Kind::ExamSession => "sess",
            Kind::ExamAttempt => "att",
            Kind::PaperQuestion => "pq",
            Kind::RecoveryRequest => "rec",
        }
    }
}

pub fn encode(kind: Kind, id: i32) -> ID {
    ID(format!("{}_{id}", kind.prefix()))
}

pub fn decode(kind: Kind, id: &ID) -> AppResult<i32> {
    parse(id)
        .filter(|(k, _)| *k == kind)
        .map(|(_, n)| n)
        .ok_or_else(AppError::not_found)
}

/// A region's or a unit's id.
pub fn encode_node(node: NodeRef) -> ID {
    match node {
        NodeRef::Region(id) => encode(Kind::Region, id),
        NodeRef::Unit(id) => encode(Kind::Unit, id),
    }
}

/// The region or unit a node id names; any other id is not found.
pub fn node_ref(id: &str) -> AppResult<NodeRef> {
    match parse(id) {
        Some((Kind::Region, n)) => Ok(NodeRef::Region(n)),
        Some((Kind::Unit, n)) => Ok(NodeRef::Unit(n)),
        _ => Err(AppError::not_found()),
    }
}

/// The kind and row id of any id this server issued.
pub fn parse(id: &str) -> Option<(Kind, i32)> {
    let (prefix, number) = id.split_once('_')?;
    let kind = [
        Kind::Region,
        Kind::Unit,
        Kind::Account,
        Kind::Learner,
        Kind::RoleGrant,
        Kind::AuditEntry,
        Kind::Campaign,
        Kind::Exemption,
        Kind::Notice,
        Kind::StudyItem,
        Kind::Question,
        Kind::ExamSession,
        Kind::ExamAttempt,
        Kind::PaperQuestion,
        Kind::RecoveryRequest,
    ]
    .into_iter()
    .find(|k| k.prefix() == prefix)?;
    // Only the form this server writes: digits, no sign, no leading zero (`lrn_031` and
    // `lrn_+31` are not `lrn_31`).
    if number.is_empty() || number.starts_with('0') || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i32 = number.parse().ok()?;
    Some((kind, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_other_kinds() {
        let id = encode(Kind::Unit, 42);
        assert_eq!(id.as_str(), "unit_42");
        assert_eq!(decode(Kind::Unit, &id).ok(), Some(42));
        assert!(decode(Kind::Region, &id).is_err());
        assert!(decode(Kind::Unit, &ID("unit_x".into())).is_err());
        assert!(decode(Kind::Unit, &ID("unit_-3".into())).is_err());
        for other in ["unit_042", "unit_+42", "unit_0", "unit_", "unit_ 42", "unit_42 "] {
            assert!(decode(Kind::Unit, &ID(other.into())).is_err(), "{other}");
        }
        assert_eq!(node_ref("unit_42").ok(), Some(NodeRef::Unit(42)));
        assert_eq!(
            node_ref(&encode_node(NodeRef::Region(7))).ok(),
            Some(NodeRef::Region(7))
        );
        assert!(node_ref("camp_42").is_err());
    }
}
