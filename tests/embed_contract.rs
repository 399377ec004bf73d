//! The embed contract (`report::embed`) against what the page side uses: `static/embed.js` and the
//! built pages name only the contract's attributes, and the element, event and meta names embed.js
//! relies on are the contract's. A renamed attribute on one side alone fails here, not on a
//! reader's page.

use report::embed;

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// Every `data-…` attribute name in `text`.
fn data_attributes(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("data-") {
        let name: String = rest[at..].chars().take_while(|c| c.is_ascii_lowercase() || *c == '-').collect();
        // Not part of a longer word (`metadata-x`).
        let before = rest[..at].chars().last();
        if !before.is_some_and(|c| c.is_ascii_alphanumeric()) && name.len() > "data-".len() {
            out.push(name.trim_end_matches('-').to_owned());
        }
        rest = &rest[at + 5..];
    }
    out
}

#[test]
fn embed_js_names_only_the_contracts_attributes() {
    let js = read("static/embed.js");
    let used = data_attributes(&js);
    assert!(used.len() >= 8, "embed.js names only {used:?}");
    for name in &used {
        assert!(embed::DATA_ATTRIBUTES.contains(&name.as_str()), "embed.js uses {name}, which report::embed does not name");
    }
    for (what, name) in [
        ("the element", format!("'{}'", embed::ELEMENT)),
        ("the started event", format!("'{}'", embed::STARTED_EVENT)),
        ("the origins meta", format!("\"{}\"", embed::ORIGINS_META)),
    ] {
        assert!(js.contains(&name), "embed.js does not name {what} as report::embed does ({name})");
    }
    println!("embed.js: {} attribute uses, all in report::embed", used.len());
}

#[test]
fn the_pages_name_only_the_contracts_attributes() {
    // Trunk's own build attributes are not the widget's.
    let trunk = ["data-trunk", "data-bin", "data-wasm-opt"];
    // The editor page's static frame repeats the live editor's own markup (its steps), not the widget's.
    let editor_frame = ["data-step"];
    for page in ["index.html", "static/frame.html", "static/demo.html", "static/frame.js", "static/editor.html"] {
        for name in data_attributes(&read(page)) {
            let own = page == "static/editor.html" && editor_frame.contains(&name.as_str());
            assert!(
                own || trunk.contains(&name.as_str()) || embed::DATA_ATTRIBUTES.contains(&name.as_str()),
                "{page} uses {name}, which report::embed does not name"
            );
        }
    }
}
