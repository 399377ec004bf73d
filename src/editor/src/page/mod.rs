//! The editor page's components: one module per step (article, review, English, JSON, publish) and
//! the form pieces they share. Their words are `crate::words`; the report operations `crate::edit`.

// Natively these are only compiled (by `cargo test` and clippy), never run.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

pub mod about;
pub mod app;
pub mod article;
pub mod english;
pub mod fields;
pub mod focus;
pub mod indicator;
pub mod indicator_lists;
pub mod json_view;
pub mod options;
pub mod people;
pub mod photos;
pub mod preview;
pub mod publish;
pub mod render;
pub mod review;
pub mod sections;
pub mod storage;
pub mod to_check;
pub mod translation;
