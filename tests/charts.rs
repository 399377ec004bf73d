//! Charts: which chart the data calls for, geometry proportional to the data, escaping in the SVG,
//! and the CSV export.
#![cfg(feature = "charts")]

use serde_json::json;
use session_report::core::chart::csv::to_csv;
use session_report::core::chart::data::{chart_data, Paint, Standing};
use session_report::core::chart::layout::{layout, text_width, Layout, NARROW};
use session_report::core::chart::svg::render_svg;
use session_report::core::chart::{charts_for, ChartKind, ChartSpec};
use session_report::core::locale::Locale;
use session_report::core::parse::parse_report;
use session_report::core::report::Report;
use session_report::SEED_REPORT_JSON;

fn seed() -> Report {
    parse_report(SEED_REPORT_JSON).unwrap()
}

fn section<'a>(r: &'a Report, id: &str) -> &'a session_report::core::report::Section {
    r.sections.iter().find(|s| s.id == id).unwrap()
}

fn ids(r: &Report, spec: &ChartSpec) -> Vec<String> {
    spec.indicators.iter().map(|&i| r.indicators[i].id.clone()).collect()
}

/// A report whose indicators are given; one section shows them all.
fn report_with(indicators: serde_json::Value) -> Report {
    let refs: Vec<serde_json::Value> =
        indicators.as_array().unwrap().iter().map(|i| i["id"].clone()).collect();
    let json = json!({
        "format": 1,
        "meta": { "title": {"en": "T"}, "event_date": "2021-01-05", "place": {"en": "P"}, "source": {"outlet": {"en": "O"}} },
        "sections": [{ "id": "s", "kind": "economy", "title": {"en": "S"}, "indicators": refs }],
        "indicators": indicators,
    });
    parse_report(&json.to_string()).unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn the_seed_gets_a_plan_chart_and_a_counts_chart() {
    let r = seed();
    let economy = charts_for(&r, section(&r, "economy"));
    assert_eq!(economy.len(), 1);
    assert_eq!(economy[0].kind, ChartKind::Shares);
    assert_eq!(ids(&r, &economy[0]), ["sown-area", "new-forest"]);
    let party = charts_for(&r, section(&r, "party-building"));
    assert_eq!(party.len(), 1);
    assert_eq!(party[0].kind, ChartKind::Counts);
    assert_eq!(ids(&r, &party[0]), ["inspections", "thematic-supervision"]);
    for quiet in ["resolution-implementation", "discussion", "directives"] {
        assert!(charts_for(&r, section(&r, quiet)).is_empty(), "{quiet}");
    }
}

#[test]
fn chart_kinds_follow_the_data_of_any_report() {
    let c = |label: &str, v: f64| json!({ "label": {"en": label}, "value": v });
    // Ten indicators: plans given three ways, two comparable pairs, a lone multi-count, singles.
    let r = report_with(json!([
        { "id": "a", "label": {"en": "Rice"}, "value": 90, "plan": 100 },
        { "id": "b", "label": {"en": "Maize"}, "value": 120, "share_of_plan": 120 },
        { "id": "c", "label": {"en": "Roads"}, "share_of_plan": 80, "value": 8 },
        { "id": "d", "label": {"en": "Revenue"}, "value": 5e9, "currency": "VND" },
        { "id": "e", "label": {"en": "Schools built"}, "counts": [c("Primary", 2.0), c("Secondary", 1.0)] },
        { "id": "f", "label": {"en": "Clinics built"}, "counts": [c("Primary", 1.0), c("Secondary", 0.0)] },
        { "id": "g", "label": {"en": "Households"}, "counts": [c("Poor", 120.0), c("Near-poor", 80.0), c("Escaped poverty", 45.0)] },
        { "id": "h", "label": {"en": "Products"}, "value": 3, "counts": [c("Stars", 4.0)] },
        { "id": "i", "label": {"en": "Villages"}, "value": 12 },
        { "id": "j", "label": {"en": "Events"}, "counts": [c("Stars", 2.0)] },
    ]));
    let charts = charts_for(&r, &r.sections[0]);
    let got: Vec<(ChartKind, Vec<String>)> = charts.iter().map(|s| (s.kind, ids(&r, s))).collect();
    let want = vec![
        (ChartKind::Shares, vec!["a".to_owned(), "b".into(), "c".into()]),
        (ChartKind::Counts, vec!["e".into(), "f".into()]),
        (ChartKind::Counts, vec!["g".into()]),
        (ChartKind::Counts, vec!["h".into(), "j".into()]),
    ];
    assert_eq!(got, want);

    // No plans and nothing comparable: cards only.
    let r = report_with(json!([{ "id": "x", "label": {"en": "X"}, "value": 1 }, { "id": "y", "label": {"en": "Y"}, "counts": [c("One", 1.0)] }]));
    assert!(charts_for(&r, &r.sections[0]).is_empty());
}

fn plan_layout(width: u32) -> (Layout, session_report::core::chart::data::ChartData) {
    let r = seed();
    let spec = &charts_for(&r, section(&r, "economy"))[0];
    let data = chart_data(&r, spec, Locale::Vi);
    (layout(&data, width), data)
}

#[test]
fn plan_bars_are_proportional_with_the_100_percent_line_in_place() {
    for width in [320, 480, 640, 1024] {
        let (l, data) = plan_layout(width);
        assert_eq!(l.bars.len(), 2);
        let (x0, x1) = l.plot;
        let px_per_percent = (x1 - x0) as f64 / l.scale.1;
        for (bar, share) in l.bars.iter().zip([99.7, 102.0]) {
            assert_eq!(bar.x0, x0);
            let expected = share * px_per_percent;
            assert!(((bar.x1 - bar.x0) as f64 - expected).abs() <= 1.0, "{width}: {share}");
        }
        assert_eq!(l.scale, (0.0, 110.0), "the axis ends just past the longest bar");
        let [(line_x, top, bottom)] = l.reference[..] else { panic!("one 100% line: {:?}", l.reference) };
        assert!(((line_x - x0) as f64 - 100.0 * px_per_percent).abs() <= 1.0);
        assert!(top <= l.bars[0].y0 && bottom >= l.bars[1].y1);
        // Under plan ends before the line, over plan beyond it; the symbols say so too.
        assert!(l.bars[0].x1 < line_x && l.bars[1].x1 > line_x);
        let paints: Vec<Paint> = data.series[0].points.iter().map(|p| p.as_ref().unwrap().paint).collect();
        assert_eq!(paints, [Paint::Under, Paint::Reached]);
        assert_eq!((Standing::of(99.7), Standing::of(102.0)), (Standing::Under, Standing::Over));
        assert_ne!(l.bars[0].color, l.bars[1].color);
        assert!(l.labels.iter().any(|t| t.text == "99,7% ▼") && l.labels.iter().any(|t| t.text == "102% ▲"));
        assert!(l.labels.iter().any(|t| t.text == "100% kế hoạch"));
        // Nothing drawn outside the chart, labels estimated to fit.
        for t in &l.labels {
            let right = match t.anchor {
                session_report::core::chart::layout::Anchor::Start => t.x + text_width(&t.text, t.size),
                _ => t.x,
            };
            assert!(t.x >= 0 && right <= width as i32 + 2, "{width}: {:?} overflows", t.text);
        }
    }
}

#[test]
fn a_phone_puts_labels_above_their_bars() {
    let (narrow, _) = plan_layout(NARROW - 1);
    let label = narrow.labels.iter().find(|t| t.bold).unwrap();
    assert!(label.y < narrow.bars[0].y0, "label above the bar");
    assert_eq!(narrow.plot.0, 8, "bars use the full width");
    let (wide, _) = plan_layout(900);
    assert!(wide.plot.0 > 100, "a label column beside the bars");
}

#[test]
fn grouped_count_bars_are_proportional_with_a_legend() {
    let r = seed();
    let spec = &charts_for(&r, section(&r, "party-building"))[0];
    let data = chart_data(&r, spec, Locale::En);
    assert_eq!(data.categories, ["Party organisations", "Party members"]);
    let l = layout(&data, 640);
    assert_eq!(l.swatches.len(), 2);
    let len = |c: usize, s: usize| {
        let b = l.bars.iter().find(|b| b.category == c && b.series == s).unwrap();
        (b.x1 - b.x0) as f64
    };
    let px = (l.plot.1 - l.plot.0) as f64 / l.scale.1;
    for (c, s, v) in [(0, 0, 7.0), (0, 1, 6.0), (1, 0, 20.0), (1, 1, 14.0)] {
        assert!((len(c, s) - v * px).abs() <= 1.0, "{c}/{s}");
    }
    assert!(data.description.contains("Party organisations: Inspections by Party committees and inspection commissions at all levels 7, Thematic supervision 6"));
}

#[test]
fn descriptions_and_tables_come_from_the_data() {
    let (_, vi) = plan_layout(640);
    assert_eq!(vi.description, "2 chỉ tiêu so với kế hoạch: Tổng diện tích gieo trồng 99,7% (chưa đạt kế hoạch); Trồng rừng mới 102% (vượt kế hoạch).");
    assert_eq!(vi.table_head, ["Chỉ tiêu", "Giá trị", "Tỷ lệ kế hoạch", "So với kế hoạch"]);
    assert_eq!(vi.table_rows[0], ["Tổng diện tích gieo trồng", "5.755 ha", "99,7%", "▼ chưa đạt kế hoạch"]);
}

#[test]
fn report_text_is_escaped_in_the_svg() {
    let r = report_with(json!([
        { "id": "a", "label": {"en": "<script>alert(\"x\")</script> & 'q'"}, "value": 5, "plan": 10 },
    ]));
    let spec = &charts_for(&r, &r.sections[0])[0];
    let svg = render_svg(&layout(&chart_data(&r, spec, Locale::En), 640));
    assert!(svg.starts_with("<svg"), "{svg}");
    assert!(!svg.contains("<script"), "{svg}");
    assert!(svg.contains("&lt;script&gt;"), "{svg}");
    assert!(!svg.contains("\"x\")"), "quotes are escaped: {svg}");
    assert_eq!(svg.matches("<rect").count(), 1 + 1, "one bar and the 100% line");
}

#[test]
fn csv_holds_the_same_numbers_and_is_spreadsheet_safe() {
    let (_, data) = plan_layout(640);
    assert_eq!(
        to_csv(&data),
        "Chỉ tiêu,Giá trị,Tỷ lệ kế hoạch,So với kế hoạch\r\nTổng diện tích gieo trồng,5755,99.7,chưa đạt kế hoạch\r\nTrồng rừng mới,411,102,vượt kế hoạch\r\n"
    );
    let r = report_with(json!([
        { "id": "a", "label": {"en": "=HYPERLINK(\"x\"), \"quoted\""}, "value": -5, "plan": 10 },
    ]));
    let csv = to_csv(&chart_data(&r, &charts_for(&r, &r.sections[0])[0], Locale::En));
    let row = csv.lines().nth(1).unwrap();
    assert_eq!(row, "\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\",-5,-50,under plan");
}
