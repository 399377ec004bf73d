fn main() {
    session_report::view::mount::mount_all();
}
