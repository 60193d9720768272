//! File and text formats at the edge: spreadsheets read and written, the certificate PDF,
//! and the text rules every string that enters is checked against. They know nothing of the
//! programme's rules or of who is asking.

pub mod pdf;
pub mod sheet;
pub mod text;
