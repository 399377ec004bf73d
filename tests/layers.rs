//! The layering, checked: which crate may depend on which (from the manifests, so a new line in a
//! `Cargo.toml` that breaks a rule fails here, and the compiler refuses any import the manifest does
//! not allow), and no import cycles between the modules of a crate (read from the source: a module
//! may use its parent's items, but two modules that import each other are one concept in two
//! files, or a type that wants a home of its own). It prints each crate's module graph's figures
//! and any cycle found.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const CRATES: [&str; 6] = ["report", "draft", "widget", "publish", "editor", "archive"];
/// Crates that would mean the web in a crate that must run natively.
const WEB: [&str; 5] = ["yew", "web-sys", "gloo", "js-sys", "wasm-bindgen"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The dependencies a crate's manifest names, by section: those that reach the wasm (every
/// `[dependencies]` and `[target.'cfg(target_arch = "wasm32")'.dependencies]`) and the native-only
/// ones. Dev-dependencies are left out: they are for tests.
fn dependencies(krate: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let text = std::fs::read_to_string(root().join("src").join(krate).join("Cargo.toml")).unwrap();
    let (mut wasm, mut native) = (BTreeSet::new(), BTreeSet::new());
    let mut section = String::new();
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            section = line.to_owned();
            continue;
        }
        if line.is_empty() || line.starts_with('#') || !section.ends_with("dependencies]") || section.contains("dev-dependencies") {
            continue;
        }
        let Some((name, _)) = line.split_once('=') else { continue };
        let name = name.trim().split('.').next().unwrap().to_owned();
        if section.contains("not(target_arch = \"wasm32\")") {
            native.insert(name);
        } else {
            wasm.insert(name);
        }
    }
    (wasm, native)
}

/// Everything `krate` links on the given side, its own crates followed through their manifests.
fn closure(krate: &str, wasm_only: bool) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![krate.to_owned()];
    while let Some(k) = todo.pop() {
        if !CRATES.contains(&k.as_str()) {
            continue;
        }
        let (wasm, native) = dependencies(&k);
        let deps = if wasm_only { wasm } else { wasm.into_iter().chain(native).collect() };
        for d in deps {
            if seen.insert(d.clone()) {
                todo.push(d);
            }
        }
    }
    seen
}

#[test]
fn each_crate_depends_only_on_what_its_layer_allows() {
    for krate in ["report", "draft"] {
        let all = closure(krate, false);
        let web: Vec<_> = WEB.iter().filter(|w| all.contains(**w)).collect();
        assert!(web.is_empty(), "{krate} must run natively, but depends on {web:?}");
    }
    assert!(!closure("report", true).contains("serde_json"), "report links serde_json into the wasm");
    assert_eq!(closure("draft", false).iter().filter(|d| CRATES.contains(&d.as_str())).collect::<Vec<_>>(), ["report"]);
    // The reader's download: the widget links no extractor, publishing or editor code, on any side.
    let reader = closure("widget", false);
    for other in ["draft", "publish", "editor", "archive"] {
        assert!(!reader.contains(other), "the widget depends on {other}: the reader's wasm could link it");
    }
    // The archive page's download is its own: the core and the web, no reader, extractor or editor.
    let archive = closure("archive", false);
    for other in ["draft", "widget", "publish", "editor"] {
        assert!(!archive.contains(other), "the archive depends on {other}: its wasm could link it");
    }
    assert!(!closure("archive", true).contains("serde_json"), "the archive's wasm reads its shards without a JSON reader");
    // Only the publishing command renders it (natively): neither publish's library in the editor's
    // wasm nor the editor itself links the archive.
    assert!(!closure("publish", true).contains("archive"), "publish links the archive into the editor's wasm");
    // Publishing is text in, text out in the browser (the editor uses it); only its command renders.
    let publish = closure("publish", true);
    assert!(!WEB.iter().any(|w| publish.contains(*w)), "publish links the web into the editor's wasm: {publish:?}");
    println!("layers: report, draft pure; widget without draft, publish, editor, archive; archive without widget, draft, publish, editor; publish's library without the web");
}

/// A module's path in its crate and its source.
struct Module {
    path: Vec<String>,
    source: String,
}

fn modules(krate: &str) -> Vec<Module> {
    let src = root().join("src").join(krate).join("src");
    let mut out = Vec::new();
    let mut todo = vec![src.clone()];
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                // Binaries are roots of their own, not modules of the library.
                if p != src.join("bin") {
                    todo.push(p);
                }
                continue;
            }
            if p.extension().is_none_or(|e| e != "rs") || p == src.join("main.rs") {
                continue;
            }
            let rel = p.strip_prefix(&src).unwrap().with_extension("");
            let mut path: Vec<String> = rel.iter().map(|s| s.to_string_lossy().into_owned()).collect();
            if matches!(path.last().map(String::as_str), Some("mod" | "lib")) {
                path.pop();
            }
            let source = std::fs::read_to_string(&p).unwrap();
            out.push(Module { path, source });
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

/// The code without comments, string literals and its unit tests (a `#[cfg(test)]` module at the
/// end of the file: tests may use any module), enough for finding paths.
fn code(source: &str) -> String {
    let source = source.split("#[cfg(test)]").next().unwrap();
    let mut out = String::new();
    for line in source.lines() {
        let line = line.split("//").next().unwrap();
        let mut in_str = false;
        let mut prev = ' ';
        for c in line.chars() {
            if c == '"' && prev != '\\' && prev != '\'' {
                in_str = !in_str;
            } else if !in_str {
                out.push(c);
            }
            prev = c;
        }
        out.push('\n');
    }
    out
}

/// Every module path named in `code` (`crate::a::b`, `super::c`, `self::d`, grouped `use`
/// lists included), resolved from `from`, as absolute segment lists.
fn named_paths(code: &str, from: &[String]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let chars: Vec<char> = code.chars().collect();
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut i = 0;
    while i < chars.len() {
        let starts = ["crate::", "super::", "self::"].iter().find(|k| chars[i..].starts_with(&k.chars().collect::<Vec<_>>()[..]));
        let boundary = i == 0 || !ident(chars[i - 1]) && chars[i - 1] != ':';
        let Some(kw) = starts.filter(|_| boundary) else {
            i += 1;
            continue;
        };
        // The module the path starts from: `self` is this module (a file's own children live
        // under it), `super` its parent, `crate` the root.
        let mut base: Vec<String> = match *kw {
            "crate::" => vec![],
            "self::" => from.to_vec(),
            _ => from[..from.len().saturating_sub(1)].to_vec(),
        };
        i += kw.len();
        // Further `super::`s.
        while chars[i..].starts_with(&['s', 'u', 'p', 'e', 'r', ':', ':']) {
            base.pop();
            i += 7;
        }
        let mut segments = base.clone();
        loop {
            if chars.get(i) == Some(&'{') {
                // A grouped list: each item's first segment.
                let mut depth = 0;
                let mut item = String::new();
                while i < chars.len() {
                    let c = chars[i];
                    if c == '{' {
                        depth += 1;
                        if depth > 1 {
                            item.push(c);
                        }
                    } else if c == '}' {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                        item.push(c);
                    } else if c == ',' && depth == 1 {
                        let first: String = item.trim().chars().take_while(|c| ident(*c)).collect();
                        out.push([segments.clone(), vec![first]].concat());
                        item.clear();
                    } else {
                        item.push(c);
                    }
                    i += 1;
                }
                let first: String = item.trim().chars().take_while(|c| ident(*c)).collect();
                out.push([segments.clone(), vec![first]].concat());
                break;
            }
            let word: String = chars[i..].iter().take_while(|c| ident(**c)).collect();
            if word.is_empty() {
                break;
            }
            i += word.len();
            segments.push(word);
            if chars[i..].starts_with(&[':', ':']) {
                i += 2;
            } else {
                break;
            }
        }
        out.push(segments);
    }
    out
}

/// Strongly connected components of more than one module (Tarjan).
fn cycles(edges: &BTreeMap<usize, BTreeSet<usize>>, n: usize) -> Vec<Vec<usize>> {
    struct T<'a> {
        edges: &'a BTreeMap<usize, BTreeSet<usize>>,
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<usize>>,
    }
    fn visit(t: &mut T, v: usize) {
        t.index[v] = Some(t.next);
        t.low[v] = t.next;
        t.next += 1;
        t.stack.push(v);
        t.on[v] = true;
        for &w in t.edges.get(&v).into_iter().flatten() {
            match t.index[w] {
                None => {
                    visit(t, w);
                    t.low[v] = t.low[v].min(t.low[w]);
                }
                Some(iw) if t.on[w] => t.low[v] = t.low[v].min(iw),
                Some(_) => {}
            }
        }
        if Some(t.low[v]) == t.index[v] {
            let mut scc = Vec::new();
            while let Some(w) = t.stack.pop() {
                t.on[w] = false;
                scc.push(w);
                if w == v {
                    break;
                }
            }
            if scc.len() > 1 {
                t.out.push(scc);
            }
        }
    }
    let mut t = T { edges, index: vec![None; n], low: vec![0; n], on: vec![false; n], stack: vec![], next: 0, out: vec![] };
    for v in 0..n {
        if t.index[v].is_none() {
            visit(&mut t, v);
        }
    }
    t.out
}

#[test]
fn no_crate_has_an_import_cycle() {
    let mut found = Vec::new();
    for krate in CRATES {
        let mods = modules(krate);
        let by_path: BTreeMap<&[String], usize> = mods.iter().enumerate().map(|(i, m)| (&m.path[..], i)).collect();
        let mut edges: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for (i, m) in mods.iter().enumerate() {
            for named in named_paths(&code(&m.source), &m.path) {
                // The longest prefix that is a module is the one imported from.
                let Some(target) = (0..=named.len()).rev().find_map(|k| by_path.get(&named[..k]).copied()) else { continue };
                // A module may use its own items and its ancestors' (a parent declares and
                // re-exports its children).
                if target == i || m.path.starts_with(&mods[target].path) {
                    continue;
                }
                edges.entry(i).or_default().insert(target);
            }
        }
        let arrows: usize = edges.values().map(BTreeSet::len).sum();
        let krate_cycles = cycles(&edges, mods.len());
        println!("{krate}: {} modules, {arrows} imports between them, {} cycles", mods.len(), krate_cycles.len());
        for scc in krate_cycles {
            let names: Vec<String> = scc.iter().map(|&v| format!("{krate}::{}", mods[v].path.join("::"))).collect();
            let mut ties = Vec::new();
            for &a in &scc {
                for &b in &scc {
                    if edges.get(&a).is_some_and(|e| e.contains(&b)) {
                        ties.push(format!("{} -> {}", mods[a].path.join("::"), mods[b].path.join("::")));
                    }
                }
            }
            println!("  cycle: {} ({})", names.join(", "), ties.join("; "));
            found.push(names.join(", "));
        }
    }
    assert!(found.is_empty(), "import cycles: {found:?}");
}
