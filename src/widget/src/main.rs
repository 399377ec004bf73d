fn main() {
    widget::mount::mount_all();
}

// Talc instead of the default dlmalloc: smaller in the download and faster (see docs/architecture.md, "Dependencies").
// SAFETY: the widget runs on wasm32 in the browser's single thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
