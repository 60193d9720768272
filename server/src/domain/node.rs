//! A node of the hierarchy: a region or a unit. Statistics, the audit log and lists take
//! either; here, below `org` and `audit`, so both can name it.

use entity::{region, unit};

/// A node the caller was allowed to see, with its row.
pub enum Node {
    Region(region::Model),
    Unit(unit::Model),
}

/// A node named by its row id, as a client names it (the API encodes it; see `graphql::ids`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NodeRef {
    Region(i32),
    Unit(i32),
}

impl Node {
    pub fn reference(&self) -> NodeRef {
        match self {
            Node::Region(r) => NodeRef::Region(r.id),
            Node::Unit(u) => NodeRef::Unit(u.id),
        }
    }
}
