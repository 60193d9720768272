//! Data loaders run from the command line, not by the server's requests: the demo corner of
//! Hunan (`xuefa demo`, `xuefa serve --demo`) and the synthetic province for load tests
//! (`xuefa generate`). They write rows through the domain's constructors, so a rule of what a
//! row holds lives in `domain/` once.

pub mod demo;
pub mod generate;
