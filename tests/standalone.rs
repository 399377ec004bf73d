//! `prerender --standalone`: one self-contained page of a report, with the built widget read from
//! a dist directory (here a stand-in with recognisable contents), or a message naming what to build.

use std::process::Command;

const SEED: &str = "static/reports/van-lang-2020-11-03.json";

fn prerender(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_prerender")).args(args).current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).output().unwrap()
}

#[test]
fn the_page_holds_the_widget_its_styles_the_report_and_its_render() {
    let dist = std::env::temp_dir().join(format!("sr-standalone-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("session-report.js"), "export default function init() {} // GLUE").unwrap();
    std::fs::write(dist.join("session-report_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    std::fs::write(dist.join("widget.css"), ".sr-widget { color: red } /* CSS */").unwrap();
    std::fs::write(dist.join("charts.js"), "export function chart_svg() {} // CHART GLUE").unwrap();
    std::fs::write(dist.join("charts_bg.wasm"), b"\0asm\x01\0\0\x01").unwrap();
    let out = prerender(&["--standalone", SEED, "--lang", "en", "--dist", dist.to_str().unwrap()]);
    std::fs::remove_dir_all(&dist).unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!doctype html>\n<html lang=\"en\">"));
    assert!(page.contains("<title>Standing Board of the Provincial Party Committee works with the Văn Lãng District Party Committee</title>"));
    assert!(page.contains("/* CSS */"), "the stylesheet is inlined");
    assert!(page.contains("// GLUE"), "the glue is inlined");
    assert!(page.contains("atob(\"AGFzbQEAAAA=\")"), "the wasm is inlined");
    assert!(page.contains("// CHART GLUE") && page.contains("\"AGFzbQEAAAE=\""), "the chart bundle is inlined");
    assert!(page.contains("globalThis.sessionReportChart = "), "and answers the widget's requests for pictures");
    assert!(page.contains("data-report=\"sr-report\"") && page.contains("<script type=\"application/json\" id=\"sr-report\">"));
    assert!(page.contains("Total sown area"), "the first render is there, in English");
    assert!(!page.contains(" src=\"") && !page.contains(" href=\""), "nothing is fetched");
}

#[test]
fn without_a_build_it_says_what_to_run() {
    let out = prerender(&["--standalone", SEED, "--dist", "/nonexistent-dist"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("trunk build --release"));
}
