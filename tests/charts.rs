//! Charts: which chart the data calls for, geometry proportional to the data, escaping in the SVG,
//! and the CSV export.

use serde_json::json;
use report::chart::csv::to_csv;
use report::chart::data::{chart_data, Paint, Standing};
use report::chart::geometry::Layout;
use report::chart::layout::{layout, text_width, NARROW};
use report::chart::svg::render_svg;
use report::chart::{charts_for, ChartKind, ChartSpec};
use report::locale::Locale;
use report::parse::parse_report;
use report::format::Report;
use report::SEED_REPORT_JSON;

fn seed() -> Report {
    parse_report(SEED_REPORT_JSON).unwrap()
}

fn section<'a>(r: &'a Report, id: &str) -> &'a report::format::Section {
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

fn plan_layout(width: u32) -> (Layout, report::chart::data::ChartData) {
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
                report::chart::geometry::Anchor::Start => t.x + text_width(&t.text, t.size),
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

/// The reports of the genre written for the chart tests (tests/fixtures/charts/).
fn fixture(name: &str) -> Report {
    let path = format!("{}/tests/fixtures/charts/{name}.json", env!("CARGO_MANIFEST_DIR"));
    parse_report(&std::fs::read_to_string(path).unwrap()).unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

const FIXTURES: [&str; 3] = ["binh-gia-2023-year-end", "trang-dinh-2024-mid-year", "cao-loc-2022-inspection"];

fn kinds(r: &Report, id: &str) -> Vec<(ChartKind, Vec<String>)> {
    charts_for(r, section(r, id)).iter().map(|s| (s.kind, ids(r, s))).collect()
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn shares_progress_and_changes_follow_the_data() {
    use report::format::ChangeMeasure::{Absolute, Percent, Points};
    let r = fixture("binh-gia-2023-year-end");
    assert_eq!(kinds(&r, "economy"), [
        (ChartKind::Shares, strings(&["budget-revenue", "grain-output"])),
        (ChartKind::Progress, strings(&["new-rural-communes", "disbursement", "forest-cover"])),
        (ChartKind::Changes(Percent), strings(&["budget-revenue", "grain-output", "industrial-output"])),
        (ChartKind::Changes(Points), strings(&["poverty-rate", "forest-cover"])),
    ]);
    let r = fixture("cao-loc-2022-inspection");
    // Absolute changes in different units are not drawn on one axis.
    let changes: Vec<_> = kinds(&r, "resolution-implementation").into_iter().filter(|(k, _)| *k == ChartKind::Changes(Absolute)).collect();
    assert_eq!(changes, [(ChartKind::Changes(Absolute), strings(&["roads-concreted"])), (ChartKind::Changes(Absolute), strings(&["land-disputes"]))]);
}

#[test]
fn two_references_make_two_series_with_a_legend_and_words() {
    let r = fixture("trang-dinh-2024-mid-year");
    let spec = &charts_for(&r, section(&r, "economy"))[0];
    let vi = chart_data(&r, spec, Locale::Vi);
    assert_eq!(vi.title, "Tỷ lệ thực hiện so với kế hoạch tỉnh giao và kế hoạch HĐND huyện giao");
    let names: Vec<&str> = vi.series.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Kế hoạch tỉnh giao", "Kế hoạch HĐND huyện giao"]);
    assert!(vi.legend);
    let labels: Vec<&str> = vi.series.iter().map(|s| s.points[0].as_ref().unwrap().label.as_str()).collect();
    assert_eq!(labels, ["61% ▼", "57% ▼"]);
    assert!(vi.description.starts_with("3 chỉ tiêu so với kế hoạch tỉnh giao và kế hoạch HĐND huyện giao: Thu ngân sách nhà nước trên địa bàn huyện (không kể thu tiền sử dụng đất): 61% (chưa đạt kế hoạch tỉnh giao), 57% (chưa đạt kế hoạch HĐND huyện giao);"), "{}", vi.description);
    assert_eq!(vi.table_head, ["Chỉ tiêu", "Giá trị", "So với", "Tỷ lệ đạt", "Đánh giá"]);
    assert_eq!(vi.table_rows[5], ["Diện tích gieo trồng vụ Đông Xuân", "4.980 ha", "Kế hoạch HĐND huyện giao", "99,6%", "▼ chưa đạt kế hoạch HĐND huyện giao"]);
    let en = chart_data(&r, spec, Locale::En);
    assert_eq!(en.table_rows[4][4], "▲ over the plan set by the province");
    assert_eq!(en.reference.as_ref().unwrap().captions, ["100%"]);
    // One bar per reference, both against the same 100 % line.
    let l = layout(&vi, 720);
    assert_eq!(l.bars.iter().filter(|b| b.category == 0).count(), 2);
    assert_eq!(l.swatches.len(), 2);
    assert_ne!(l.bars[0].color, l.bars[1].color, "series are told apart by colour, named in the legend");
}

#[test]
fn a_single_estimate_is_named_as_such() {
    let r = report_with(json!([
        { "id": "a", "label": {"en": "Revenue", "vi": "Thu"}, "value": 5, "references": [{"kind": "estimate", "by": {"vi": "tỉnh giao", "en": "set by the province"}, "share": 104.2}] },
    ]));
    let data = |l| chart_data(&r, &charts_for(&r, &r.sections[0])[0], l);
    let en = data(Locale::En);
    assert_eq!(en.title, "Share achieved against the budget estimate set by the province");
    assert_eq!(en.description, "1 indicator against the budget estimate set by the province: Revenue 104.2% (over the budget estimate set by the province).");
    assert_eq!(en.table_head[2..], ["Share of the budget estimate set by the province", "Against the budget estimate set by the province"]);
    assert_eq!(data(Locale::Vi).reference.unwrap().captions[0], "100% dự toán tỉnh giao");
}

#[test]
fn progress_bars_fill_their_whole_and_mark_the_target() {
    let r = fixture("binh-gia-2023-year-end");
    let spec = &charts_for(&r, section(&r, "economy"))[1];
    let vi = chart_data(&r, spec, Locale::Vi);
    let labels: Vec<&str> = vi.series[0].points.iter().map(|p| p.as_ref().unwrap().label.as_str()).collect();
    assert_eq!(labels, ["12/15", "41,2%", "68,5%"]);
    assert_eq!(vi.description, "Xã đạt chuẩn nông thôn mới 12/15 xã (80%); Giải ngân vốn đầu tư công 41,2% (mục tiêu: hơn 90% đến hết năm); Tỷ lệ che phủ rừng 68,5% (mục tiêu: 70% đến năm 2025).");
    assert_eq!(vi.table_rows[1], ["Giải ngân vốn đầu tư công", "41,2%", "41,2%", "hơn 90% đến hết năm"]);
    let en = chart_data(&r, spec, Locale::En);
    assert!(en.description.starts_with("Communes meeting the new-rural standard 12 of 15 communes (80%)"), "{}", en.description);
    for width in [320, 720] {
        let l = layout(&vi, width);
        let (x0, x1) = l.plot;
        let at = |v: f64| x0 + ((x1 - x0) as f64 * v / 100.0).round() as i32;
        assert_eq!(l.tracks.len(), 3);
        assert!(l.tracks.iter().all(|t| (t.x0, t.x1) == (x0, x1)), "each track is the whole");
        assert_eq!(l.bars[0].x1, at(80.0), "12 of 15 fills four fifths");
        assert_eq!(l.bars[1].x1, at(41.2));
        // The targets ahead, 90 % and 70 %, across their bars and captioned.
        assert_eq!(l.marks.iter().map(|m| m.0).collect::<Vec<_>>(), [at(90.0), at(70.0)]);
        assert!(l.marks[0].1 < l.bars[1].y0 && l.marks[0].2 > l.bars[1].y1);
        assert!(l.labels.iter().any(|t| t.text == "Mục tiêu: hơn 90%"), "{width}");
    }
}

#[test]
fn changes_go_both_ways_from_zero_in_colour_and_words() {
    use report::chart::layout::{BAD, GOOD};
    let r = fixture("binh-gia-2023-year-end");
    let specs = charts_for(&r, section(&r, "economy"));
    let percent = chart_data(&r, &specs[2], Locale::Vi);
    assert_eq!(percent.title, "Mức tăng, giảm so với cùng kỳ (%)");
    let labels: Vec<&str> = percent.series[0].points.iter().map(|p| p.as_ref().unwrap().label.as_str()).collect();
    assert_eq!(labels, ["▲ 7,4% (tốt lên)", "▲ 1,2% (tốt lên)", "▼ 3,2% (xấu đi)"]);
    assert_eq!(percent.description, "Tổng thu ngân sách nhà nước trên địa bàn ▲ 7,4% so với cùng kỳ (tốt lên); Tổng sản lượng lương thực có hạt ▲ 1,2% so với cùng kỳ (tốt lên); Giá trị sản xuất công nghiệp ▼ 3,2% so với cùng kỳ (xấu đi).");
    assert_eq!(percent.raw_rows[2], ["Giá trị sản xuất công nghiệp", "312000000000", "-3.2", "xấu đi"]);
    let l = layout(&percent, 720);
    let [(zero, ..)] = l.reference[..] else { panic!("one zero line: {:?}", l.reference) };
    assert_eq!(l.scale, (-5.0, 10.0));
    assert!(l.bars[0].x0 == zero && l.bars[0].x1 > zero && l.bars[0].color == GOOD, "a rise goes right");
    assert!(l.bars[2].x1 == zero && l.bars[2].x0 < zero && l.bars[2].color == BAD, "a fall goes left, bad news here");
    let fall = l.labels.iter().find(|t| t.text.starts_with('▼')).unwrap();
    assert!(fall.x < l.bars[2].x0, "its label on its left");

    // A fall in the poverty rate is good news, in points.
    let points = chart_data(&r, &specs[3], Locale::En);
    assert_eq!(points.title, "Change on 2022 (percentage points)");
    let first = points.series[0].points[0].as_ref().unwrap();
    assert_eq!((first.label.as_str(), first.value), ("▼ 1.6 (better)", -1.6));
    assert_eq!(layout(&points, 720).bars[0].color, GOOD);

    // Changes on different bases say each base after the label; without `better`, no verdict.
    let against = |vi: &str, en: &str| json!({"vi": vi, "en": en});
    let r = report_with(json!([{ "id": "a", "label": {"vi": "Khách", "en": "Visitors"}, "value": 5, "changes": [
        { "value": 12, "measure": "percent", "against": against("cùng kỳ", "the same period last year") },
        { "value": -3, "measure": "percent", "against": against("năm 2019", "2019") },
    ] }]));
    let both = chart_data(&r, &charts_for(&r, &r.sections[0])[0], Locale::En);
    assert_eq!(both.title, "Change (%)");
    assert_eq!(both.categories, ["Visitors (on the same period last year)", "Visitors (on 2019)"]);
    assert_eq!(both.series[0].points[1].as_ref().unwrap().label, "▼ 3%");
}

/// Every chart of the seed and the fixtures, in both languages.
fn every_chart() -> Vec<(String, report::chart::data::ChartData)> {
    let mut out = Vec::new();
    let reports = std::iter::once(("seed".to_owned(), seed())).chain(FIXTURES.iter().map(|n| (n.to_string(), fixture(n))));
    for (name, r) in reports {
        for s in &r.sections {
            for spec in charts_for(&r, s) {
                for l in Locale::ALL {
                    let data = chart_data(&r, &spec, l);
                    out.push((format!("{name} {:?} {}", l, data.title), data));
                }
            }
        }
    }
    out
}

/// Wider text than the estimate, bold wider still: a font the layout was not tuned for.
struct Wide;
impl report::chart::layout::Measure for Wide {
    fn width(&self, text: &str, size: u32, bold: bool) -> i32 {
        (text.chars().count() as f64 * size as f64 * if bold { 0.72 } else { 0.64 }).ceil() as i32
    }
}

#[test]
fn no_text_comes_closer_than_2_px_to_anything_at_any_width() {
    use report::chart::layout::{collisions, layout_measured, Estimate};
    let charts = every_chart();
    assert!(charts.len() >= 20, "{}", charts.len());
    let mut found = Vec::new();
    for (name, data) in &charts {
        for width in (240..=1280).step_by(16) {
            for c in collisions(&layout(data, width), &Estimate) {
                found.push(format!("{name} at {width} (estimate): {c:?}"));
            }
            for c in collisions(&layout_measured(data, width, &Wide), &Wide) {
                found.push(format!("{name} at {width} (wide font): {c:?}"));
            }
        }
    }
    assert!(found.is_empty(), "{} collisions:\n{}", found.len(), found.join("\n"));
}

#[test]
fn the_estimated_layout_is_kept_while_real_text_fits_it() {
    use report::chart::layout::{layout_measured, Estimate};
    let (estimated, data) = plan_layout(720);
    assert_eq!(layout_measured(&data, 720, &Estimate), estimated);
    // Wider text than estimated gets room: the label column grows.
    let wide = layout_measured(&data, 720, &Wide);
    assert!(wide.plot.0 > estimated.plot.0, "{:?} vs {:?}", wide.plot, estimated.plot);
}

#[test]
fn the_seed_charts_are_drawn_exactly_as_before_the_kinds_were_generalised() {
    // The SVGs of the seed's pre-rendered page (720 px) before shares, progress and changes
    // existed: its plan chart has only plain plans, so nothing of it may move. (One change since,
    // made on purpose: font sizes are whole pixels, "13" where plotters-svg wrote
    // "13.000000000000002", since the widget writes its own SVG: chart/svg.rs.)
    let r = seed();
    for l in Locale::ALL {
        let lang = if l == Locale::Vi { "vi" } else { "en" };
        for (section_id, name) in [("party-building", "counts"), ("economy", "plan")] {
            let spec = &charts_for(&r, section(&r, section_id))[0];
            let path = format!("{}/tests/fixtures/charts/seed-{name}-{lang}.svg", env!("CARGO_MANIFEST_DIR"));
            let before = std::fs::read_to_string(path).unwrap();
            assert_eq!(render_svg(&layout(&chart_data(&r, spec, l), 720)).trim_end(), before.trim_end(), "{name} {lang}");
        }
    }
}

/// Issue 26: a share reported as 16.97 % was "17%" in the chart's bar, summary and table while
/// the card said "16,97%"; a rate's share of its whole likewise. The digits reported, everywhere.
#[test]
fn shares_keep_the_digits_reported_in_bar_summary_table_and_csv() {
    let r = report_with(json!([
        { "id": "a", "label": {"vi": "Thu ngân sách", "en": "Budget revenue"}, "value": 12, "share_of_plan": 16.97 },
    ]));
    let spec = &charts_for(&r, &r.sections[0])[0];
    assert_eq!(spec.kind, ChartKind::Shares);
    let vi = chart_data(&r, spec, Locale::Vi);
    assert_eq!(vi.series[0].points[0].as_ref().unwrap().label, "16,97% ▼");
    assert!(vi.description.contains("16,97%"), "{}", vi.description);
    assert_eq!(vi.table_rows[0][2], "16,97%");
    assert_eq!(vi.raw_rows[0][2], "16.97");
    let en = chart_data(&r, spec, Locale::En);
    assert_eq!(en.table_rows[0][2], "16.97%");
    assert!(en.description.contains("16.97% (under plan)"), "{}", en.description);
    // One indicator is one indicator, in English; Vietnamese does not inflect.
    assert!(en.description.starts_with("1 indicator against plan:"), "{}", en.description);
    assert!(vi.description.starts_with("1 chỉ tiêu so với kế hoạch:"), "{}", vi.description);
    assert!(chart_data(&seed(), &charts_for(&seed(), section(&seed(), "economy"))[0], Locale::En).description.starts_with("2 indicators against plan:"));
    // A share computed from value and plan gets one decimal in the table and the CSV alike.
    let computed = report_with(json!([{ "id": "b", "label": {"en": "B"}, "value": 2, "plan": 3 }]));
    let d = chart_data(&computed, &charts_for(&computed, &computed.sections[0])[0], Locale::En);
    assert_eq!((d.table_rows[0][2].as_str(), d.raw_rows[0][2].as_str()), ("66.7%", "66.7"));
}

#[test]
fn a_rate_in_the_progress_chart_keeps_its_digits() {
    let r = report_with(json!([
        { "id": "a", "label": {"en": "Disbursed"}, "value": 41.27, "percent": true, "target": { "value": 90 } },
    ]));
    let spec = charts_for(&r, &r.sections[0]).into_iter().find(|s| s.kind == ChartKind::Progress).expect("a progress chart");
    let d = chart_data(&r, &spec, Locale::Vi);
    assert_eq!((d.table_rows[0][2].as_str(), d.raw_rows[0][2].as_str()), ("41,27%", "41.27"));
}
