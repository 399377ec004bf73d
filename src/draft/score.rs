//! Scoring drafts against the answer key of tests/fixtures/articles/README.md (filled in later).
pub const NAME: &str = "score";
