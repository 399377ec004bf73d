//! The archive's files, as the site publishes them under `archive/`:
//!
//! - `index.tsv`: the archive's size, its shards (file, count, newest and oldest date), the
//!   facets (the filters' choices with their counts) and the newest [`FIRST_PAGE`] entries. The
//!   archive page loads it at once; its size follows the number of provinces, districts and years,
//!   never the number of reports;
//! - `shard-<n>.tsv`: every entry, newest first, [`SHARD_SIZE`] to a file, fetched only when a
//!   reader searches or filters (a year filter fetches only the shards of that year's dates).
//!
//! Tab-separated lines, each led by what it is, rather than JSON: the archive's wasm then carries
//! no JSON reader, and the format is a split per line. Fields never hold a tab or a line break
//! (written as spaces); a person's name never holds `|`, which separates them.

use super::{Entry, Facets, SessionKind};
use crate::date::Date;

/// Entries on the archive's first view (pre-rendered, and in `index.tsv`).
pub const FIRST_PAGE: usize = 30;
/// Entries per shard file: 500 make about 100 KB of raw text, 20 files at 10,000 reports.
pub const SHARD_SIZE: usize = 500;
/// The first line of every file: the format and its version.
const MAGIC: &str = "session-report-archive\t1";

/// One shard file as `index.tsv` describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct ShardInfo {
    pub file: String,
    pub count: usize,
    pub newest: Date,
    pub oldest: Date,
}

/// What `index.tsv` holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Index {
    pub total: usize,
    pub shards: Vec<ShardInfo>,
    pub facets: Facets,
    /// The newest entries, the first view's.
    pub first: Vec<Entry>,
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn entry_line(e: &Entry) -> String {
    let people: Vec<String> = e.people.iter().map(|p| clean(p).replace('|', " ")).collect();
    [
        "entry".to_owned(),
        e.id.clone(),
        e.date.to_string(),
        e.kind.code().to_owned(),
        clean(e.province.as_deref().unwrap_or("")),
        clean(e.district.as_deref().unwrap_or("")),
        clean(&e.title[0]),
        clean(&e.title[1]),
        clean(&e.place[0]),
        clean(&e.place[1]),
        people.join("|"),
    ]
    .join("\t")
}

fn read_entry(fields: &[&str]) -> Option<Entry> {
    let [id, date, kind, province, district, tvi, ten, pvi, pen, people] = fields else { return None };
    let some = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    Some(Entry {
        id: (*id).to_owned(),
        date: date.parse().ok()?,
        kind: SessionKind::from_code(kind)?,
        province: some(province),
        district: some(district),
        title: [(*tvi).to_owned(), (*ten).to_owned()],
        place: [(*pvi).to_owned(), (*pen).to_owned()],
        people: people.split('|').filter(|p| !p.is_empty()).map(str::to_owned).collect(),
    })
}

/// The archive's files from every entry, newest first: `index.tsv` then each shard, by file name
/// under `archive/`.
pub fn write(entries: &[Entry]) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut index = vec![MAGIC.to_owned(), format!("total\t{}", entries.len())];
    for (n, chunk) in entries.chunks(SHARD_SIZE).enumerate() {
        let file = format!("shard-{n}.tsv");
        index.push(format!("shard\t{file}\t{}\t{}\t{}", chunk.len(), chunk[0].date, chunk[chunk.len() - 1].date));
        let mut lines = vec![MAGIC.to_owned()];
        lines.extend(chunk.iter().map(entry_line));
        files.push((file, lines.join("\n") + "\n"));
    }
    let f = Facets::of(entries);
    index.extend(f.provinces.iter().map(|(p, n)| format!("province\t{}\t{n}", clean(p))));
    index.extend(f.districts.iter().map(|(p, d, n)| format!("district\t{}\t{}\t{n}", clean(p), clean(d))));
    index.extend(f.years.iter().map(|(y, n)| format!("year\t{y}\t{n}")));
    index.extend(f.kinds.iter().map(|(k, n)| format!("kind\t{}\t{n}", k.code())));
    index.extend(entries.iter().take(FIRST_PAGE).map(entry_line));
    files.insert(0, ("index.tsv".to_owned(), index.join("\n") + "\n"));
    files
}

/// Why a file could not be read: its line (from 1).
#[derive(Debug, Clone, PartialEq)]
pub struct BadLine(pub usize);

fn lines(text: &str) -> Result<impl Iterator<Item = (usize, Vec<&str>)>, BadLine> {
    let mut all = text.lines().enumerate();
    if all.next().map(|(_, l)| l) != Some(MAGIC) {
        return Err(BadLine(1));
    }
    Ok(all.filter(|(_, l)| !l.is_empty()).map(|(i, l)| (i + 1, l.split('\t').collect())))
}

/// Reads `index.tsv`. Lines of kinds it does not know are skipped (a later version may add some).
pub fn read_index(text: &str) -> Result<Index, BadLine> {
    let mut index = Index::default();
    for (n, f) in lines(text)? {
        let count = |s: &str| s.parse::<usize>().map_err(|_| BadLine(n));
        match f.as_slice() {
            ["total", t] => index.total = count(t)?,
            ["shard", file, c, newest, oldest] => index.shards.push(ShardInfo {
                file: (*file).to_owned(),
                count: count(c)?,
                newest: newest.parse().map_err(|_| BadLine(n))?,
                oldest: oldest.parse().map_err(|_| BadLine(n))?,
            }),
            ["province", p, c] => index.facets.provinces.push(((*p).to_owned(), count(c)?)),
            ["district", p, d, c] => index.facets.districts.push(((*p).to_owned(), (*d).to_owned(), count(c)?)),
            ["year", y, c] => index.facets.years.push((y.parse().map_err(|_| BadLine(n))?, count(c)?)),
            ["kind", k, c] => index.facets.kinds.push((SessionKind::from_code(k).ok_or(BadLine(n))?, count(c)?)),
            ["entry", rest @ ..] => index.first.push(read_entry(rest).ok_or(BadLine(n))?),
            _ => {}
        }
    }
    Ok(index)
}

/// Reads a shard's entries.
pub fn read_shard(text: &str) -> Result<Vec<Entry>, BadLine> {
    lines(text)?
        .filter(|(_, f)| f.first() == Some(&"entry"))
        .map(|(n, f)| read_entry(&f[1..]).ok_or(BadLine(n)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::tests_support::entries;

    #[test]
    fn files_read_back_what_was_written() {
        let all = entries(1234);
        let files = write(&all);
        assert_eq!(files.len(), 1 + 3, "the index and three shards of at most {SHARD_SIZE}");
        let index = read_index(&files[0].1).unwrap();
        assert_eq!(index.total, 1234);
        assert_eq!(index.first, all[..FIRST_PAGE]);
        assert_eq!(index.facets, Facets::of(&all));
        assert_eq!(index.shards.iter().map(|s| s.count).collect::<Vec<_>>(), [500, 500, 234]);
        let back: Vec<Entry> = files[1..].iter().flat_map(|(_, t)| read_shard(t).unwrap()).collect();
        assert_eq!(back, all);
        assert_eq!(index.shards[0].newest, all[0].date);
    }

    #[test]
    fn the_index_grows_only_by_its_list_of_shards() {
        let without_shards = |n: usize| {
            let index = write(&entries(n)).remove(0).1;
            let shard_lines: Vec<usize> = index.lines().filter(|l| l.starts_with("shard\t")).map(str::len).collect();
            assert!(shard_lines.iter().all(|&len| len < 60), "{shard_lines:?}");
            (index.len() - shard_lines.iter().map(|l| l + 1).sum::<usize>(), shard_lines.len())
        };
        let ((small, a), (large, b)) = (without_shards(1000), without_shards(10_000));
        assert_eq!((a, b), (2, 20));
        // The same provinces and districts: the same lines, only their counts have more digits (and
        // these made-up reports cover 4 years at 1,000, 10 at 10,000: six lines more).
        assert!(large < small + 200, "{small} bytes at 1,000 reports, {large} at 10,000 (shards apart)");
    }

    #[test]
    fn tabs_and_breaks_in_texts_cannot_break_a_line() {
        let mut e = entries(1).remove(0);
        e.title[0] = "a\tb\nc".into();
        e.people = vec!["X|Y".into()];
        let back = read_shard(&write(std::slice::from_ref(&e))[1].1).unwrap();
        assert_eq!(back[0].title[0], "a b c");
        assert_eq!(back[0].people, ["X Y"]);
        assert_eq!(read_shard("not an archive"), Err(BadLine(1)));
        assert_eq!(read_index(&format!("{MAGIC}\ntotal\tmany\n")), Err(BadLine(2)));
    }
}
