//! Prints the problem list for a report file, in both languages: cargo run --example problems FILE
fn main() {
    let path = std::env::args().nth(1).expect("a report file");
    let text = std::fs::read_to_string(&path).unwrap();
    match report::parse::parse_report(&text) {
        Ok(_) => println!("{path}: a valid report"),
        Err(ps) => {
            for l in report::locale::Locale::ALL {
                println!("--- {l:?}");
                for p in &ps {
                    let (line, col) = p.at.unwrap_or((0, 0));
                    println!("{line}:{col} · {} — {}   [{}]", p.place(l), p.describe(l), p.path);
                }
            }
        }
    }
}
