//! `trident explore`: the page it writes is self-contained, renders in a
//! real browser (Chromium from Debian, headless: `make test` installs it)
//! and maps machine instructions to wasm operators in every back end's
//! column — the page's `#selftest` hovers each operator of the first
//! function and reports through the DOM how many instructions lit up.

use crate::*;
use std::time::Duration;

const PROGRAM: &str = r#"(module $ex
  (func $sum (export "sum") (param i32) (result i32) (local i32)
    (loop $l
      (local.set 1 (i32.add (local.get 1) (local.get 0)))
      (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
    (local.get 1))
  (func $twice (export "twice") (param i32) (result i32)
    (i32.mul (call $sum (local.get 0)) (i32.const 2))))"#;

fn chromium(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new("chromium");
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
    ])
    .args(args)
    .current_dir(dir);
    run_with(cmd, b"", Duration::from_secs(120))
}

#[test]
fn the_page_maps_instructions_to_operators_in_a_browser() {
    let dir = temp_dir("explore");
    std::fs::write(dir.join("prog.wat"), PROGRAM).expect("write");
    let o = trident_in(&dir, &["explore", "prog.wat", "-o", "page.html"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let page = std::fs::read_to_string(dir.join("page.html")).expect("page");
    assert!(page.starts_with("<!DOCTYPE html>"), "not a page");
    for external in ["src=\"http", "href=\"http", "@import", "url("] {
        assert!(!page.contains(external), "the page loads {external}…");
    }
    let backends = backends();
    for b in &backends {
        assert!(
            page.contains(&format!("\"{b}\"")),
            "{b} missing from the page"
        );
    }
    // Rendered and exercised by Chromium.
    let url = format!("file://{}#selftest", dir.join("page.html").display());
    let dom = stdout(&chromium(&dir, &["--dump-dom", &url]));
    let report = dom
        .split("data-selftest=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_else(|| panic!("the page's self-test did not run: {dom}"))
        .replace("&quot;", "\"");
    let v: serde_json::Value = serde_json::from_str(&report).expect("self-test JSON");
    assert!(v["operators"].as_u64().unwrap_or(0) > 5, "{report}");
    for (k, b) in backends.iter().enumerate() {
        let lit = v["lit"][k].as_u64().unwrap_or(0);
        let total = v["instructions"][k].as_u64().unwrap_or(0);
        assert!(
            lit > 0 && lit <= total,
            "{b}: {lit} of {total} lit: {report}"
        );
    }
    // And a screenshot (looked at when the page changes).
    let o = chromium(
        &dir,
        &["--window-size=1400,900", "--screenshot=shot.png", &url],
    );
    let png = std::fs::read(dir.join("shot.png"))
        .unwrap_or_else(|e| panic!("no screenshot ({e}): {}", stderr(&o)));
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 20_000,
        "{} bytes",
        png.len()
    );
}

#[test]
fn bad_input_is_an_error() {
    let dir = temp_dir("explore-errors");
    std::fs::write(dir.join("prog.wat"), PROGRAM).expect("write");
    std::fs::write(dir.join("bad.wasm"), b"\0asm\x01\0\0\0\x01").expect("write");
    for (args, text) in [
        (&["explore", "missing.wasm"][..], "missing.wasm"),
        (&["explore", "bad.wasm"][..], "bad.wasm"),
        (&["explore", "--backends", "nope", "prog.wat"][..], "nope"),
    ] {
        let o = trident_in(&dir, args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(stderr(&o).contains(text), "{args:?}: {}", stderr(&o));
    }
    assert!(!dir.join("bad.html").exists());
}
