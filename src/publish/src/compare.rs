//! Stub.
use crate::output::Output;
use crate::site::Published;
pub(crate) fn pages(_published: &[Published], _base: Option<&str>, _out: &dyn Output) -> Result<usize, String> { Ok(0) }
