//! From article text to a draft report (issue 12).
pub mod dates;
pub mod layout;
pub mod number;
pub mod outlet;
pub mod people;
pub mod sections;
pub mod text;
pub mod figures;
pub mod label;
pub mod tokens;
pub mod units;
