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
        || (value.starts_with('-') && value.parse::<f64>().is_err());
    let value = if formula { format!("'{value}") } else { value.to_owned() };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}
