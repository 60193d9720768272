//! What a spreadsheet import reports, row by row: the roster's, the question bank's and the
//! reading material's imports all answer with it, so it belongs to none of them.

/// The outcome of an import, or of its dry run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub created: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub errors: Vec<RowError>,
    pub dry_run: bool,
    /// Whether anything was written.
    pub written: bool,
    /// Every valid row and what it does (or would do), in file order.
    pub preview: Vec<PreviewRow>,
}

/// What an import does with one valid row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowAction {
    Create,
    Update,
    Unchanged,
}

/// One row of the import preview: the learner as read (phone normalised) and, for a change,
/// which fields change from what to what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewRow {
    pub row: usize,
    pub action: RowAction,
    pub name: String,
    pub phone: String,
    pub changes: Vec<String>,
}

/// A row refused, with why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    /// The row number as the spreadsheet shows it.
    pub row: usize,
    pub message: String,
}
