//! `trident bench compare` through the binary: every format parses, a
//! wrong result is a failure (not a time), bad arguments are errors.

use crate::{run_with, shared_dir, temp_dir, TRIDENT};
use std::process::Command;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(300);

fn compare(args: &[&str], files: &[std::path::PathBuf]) -> std::process::Output {
    let mut cmd = Command::new(TRIDENT);
    cmd.args(["bench", "compare", "--runs", "1", "--warmup", "0"])
        .args(args)
        .args(files);
    run_with(cmd, b"", LIMIT)
}

#[test]
fn json_csv_and_table_cover_every_backend() {
    let noop = shared_dir().join("benchmarks/sightglass/noop/benchmark.wasm");
    let out = compare(&["--format", "json"], std::slice::from_ref(&noop));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let rows = report["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), trident::Config::available_backends().len());
    for row in rows {
        assert!(row["failure"].is_null(), "{row}");
        assert!(
            row["compile_ms"]["median"].as_f64().unwrap_or(0.0) > 0.0,
            "{row}"
        );
        assert!(row["code_bytes"].as_u64().unwrap_or(0) > 0, "{row}");
        assert!(row["artifact_bytes"].as_u64().unwrap_or(0) > 0, "{row}");
        assert!(
            row["peak_rss_mib"]["median"].as_f64().unwrap_or(0.0) > 0.0,
            "{row}"
        );
    }

    let out = compare(&["--format", "csv"], std::slice::from_ref(&noop));
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    let columns = lines[0].split(',').count();
    assert_eq!(lines.len(), 1 + rows.len());
    for l in &lines[1..] {
        assert_eq!(l.split(',').count(), columns, "{l}");
    }

    let svg = temp_dir("bench-plot").join("chart.svg");
    let out = compare(&["--plot", svg.to_str().expect("utf-8 path")], &[noop]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("compile ms"));
    let chart = std::fs::read_to_string(&svg).expect("chart written");
    assert!(
        chart.starts_with("<svg") && chart.contains("Run time"),
        "{}",
        &chart[..200.min(chart.len())]
    );
}

#[test]
fn wrong_output_is_a_failure_not_a_time() {
    // A copy of quicksort whose expected output is wrong.
    let dir = temp_dir("bench-wrong");
    let src = shared_dir().join("benchmarks/sightglass/quicksort");
    for entry in std::fs::read_dir(&src).expect("quicksort folder") {
        let p = entry.expect("entry").path();
        std::fs::copy(&p, dir.join(p.file_name().expect("name"))).expect("copy");
    }
    let expected = dir.join("benchmark.stdout.expected");
    let mut text = std::fs::read(&expected).expect("expected output");
    text.extend_from_slice(b"not what the program prints\n");
    std::fs::write(&expected, text).expect("write");
    let out = compare(&["--format", "json"], &[dir.join("benchmark.wasm")]);
    assert!(
        !out.status.success(),
        "a wrong result must fail the comparison"
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    for row in report["rows"].as_array().expect("rows") {
        assert!(
            row["failure"]
                .as_str()
                .unwrap_or("")
                .contains("stdout differs"),
            "{row}"
        );
        assert!(
            row["run_ms"].is_null(),
            "a failed run must not report a time: {row}"
        );
    }
}

#[test]
fn bad_arguments_are_errors() {
    let noop = shared_dir().join("benchmarks/sightglass/noop/benchmark.wasm");
    for args in [
        &["--backends", "nonesuch"][..],
        &["--runs", "0"],
        &["--peer", "x=no-placeholder"],
    ] {
        let out = compare(args, std::slice::from_ref(&noop));
        assert!(!out.status.success(), "{args:?} should fail");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("error"), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
    let out = compare(&[], &[std::path::PathBuf::from("/nonexistent/x.wasm")]);
    assert!(!out.status.success());
}
