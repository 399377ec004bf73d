//! What the last build of a site was made from, kept in its folder (`.manifest`), so that a rebuild
//! rewrites only what changed: a report's pages, its file and its share images when its JSON did;
//! the list, feed, sitemap and compare pages every time (they depend on every report). A changed
//! program, widget build, address (`--base`) or share-image setting changes `build`, and then
//! every page is written again.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

/// The manifest's file name in the site's folder.
pub const FILE: &str = ".manifest";

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Manifest {
    /// The fingerprint of everything every page depends on (see [`fingerprint`]).
    pub build: u64,
    /// Each published report's id and the fingerprint of its JSON.
    pub reports: BTreeMap<String, u64>,
}

/// A fingerprint of `parts`. std's SipHash with fixed keys: the same bytes give the same number
/// from the same program, and a new program invalidates every manifest anyway (it is in `build`).
pub fn fingerprint<T: Hash + ?Sized>(parts: &[&T]) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    for p in parts {
        p.hash(&mut h);
    }
    h.finish()
}

impl Manifest {
    /// One line per entry: `build <hex>`, then `<id> <hex>` per report.
    pub fn to_text(&self) -> String {
        let mut text = format!("build {:016x}\n", self.build);
        for (id, hash) in &self.reports {
            text.push_str(&format!("{id} {hash:016x}\n"));
        }
        text
    }

    /// Reads a manifest; anything unreadable gives the empty one (and so a full build).
    pub fn from_text(text: &str) -> Manifest {
        let mut lines = text.lines().filter_map(|l| {
            let (name, hex) = l.split_once(' ')?;
            Some((name, u64::from_str_radix(hex, 16).ok()?))
        });
        match lines.next() {
            Some(("build", build)) => Manifest { build, reports: lines.map(|(id, h)| (id.to_owned(), h)).collect() },
            _ => Manifest::default(),
        }
    }

    /// Whether a report's pages from the last build are still right.
    pub fn unchanged(&self, previous: &Manifest, id: &str) -> bool {
        self.build == previous.build && previous.reports.contains_key(id) && previous.reports.get(id) == self.reports.get(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_reads_back_and_garbage_means_a_full_build() {
        let m = Manifest { build: 7, reports: [("a".to_owned(), 1), ("b-2".to_owned(), u64::MAX)].into() };
        assert_eq!(Manifest::from_text(&m.to_text()), m);
        assert_eq!(Manifest::from_text("nonsense\nx 1"), Manifest::default());
        let mut changed = m.clone();
        changed.reports.insert("a".into(), 2);
        assert!(!changed.unchanged(&m, "a") && changed.unchanged(&m, "b-2"));
        changed.build = 8;
        assert!(!changed.unchanged(&m, "b-2"), "a new program or widget rebuilds every page");
    }
}
