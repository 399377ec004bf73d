//! CSV export of a chart's data (RFC 4180), safe to open in a spreadsheet.

use super::data::ChartData;

pub fn to_csv(data: &ChartData) -> String {
    let mut out = String::new();
    for row in std::iter::once(&data.table_head).chain(&data.raw_rows) {
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn cell(value: &str) -> String {
    // A leading = + - @ makes spreadsheets run the cell as a formula; report text is not trusted.
    // Plain negative numbers are left alone.
    let formula = value.starts_with(['=', '+', '@', '\t', '\r'])
        || value.strip_prefix('-').is_some_and(|v| !is_plain_number(v));
    let value = if formula { format!("'{value}") } else { value.to_owned() };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// Digits with at most one decimal point, as `data` writes numbers. (Not `str::parse::<f64>`: its
/// tables weigh 13 KB of the compressed download.)
fn is_plain_number(s: &str) -> bool {
    let mut parts = s.split('.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    parts.next().is_none()
        && !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn negative_numbers_stay_numbers_and_formulas_are_defused() {
        assert_eq!(cell("-12.5"), "-12.5");
        assert_eq!(cell("-3"), "-3");
        assert_eq!(cell("-1+1"), "'-1+1");
        assert_eq!(cell("-.5"), "'-.5");
        assert_eq!(cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(cell("a,b"), "\"a,b\"");
    }
}
