//! A [`Report`] as text for people: a section table, then each section's
//! entries.

use super::Report;
use std::fmt::Write;

fn heading(out: &mut String, title: &str, count: usize) {
    let _ = writeln!(out, "\n{title} ({count}):");
}

/// The report as text (ends with a newline).
pub fn render(r: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: wasm module, version {}, {} bytes",
        r.file, r.version, r.file_size
    );
    heading(&mut out, "sections", r.sections.len());
    let _ = writeln!(
        out,
        "  {:>3}  {:<24} {:>10} {:>10} {:>8}",
        "id", "name", "offset", "size", "count"
    );
    for s in &r.sections {
        let count = s.count.map(|c| c.to_string()).unwrap_or_default();
        let _ = writeln!(
            out,
            "  {:>3}  {:<24} {:>#10x} {:>10} {:>8}",
            s.id, s.name, s.offset, s.size, count
        );
    }
    heading(&mut out, "types", r.types.len());
    for t in &r.types {
        let _ = writeln!(out, "  {:>4}: {} {}", t.index, t.kind, t.text);
    }
    heading(&mut out, "imports", r.imports.len());
    for i in &r.imports {
        let _ = writeln!(
            out,
            "  {}::{} {} {}: {}",
            i.module, i.name, i.kind, i.index, i.ty
        );
    }
    let defined = r.functions.iter().filter(|f| f.body_size > 0).count();
    let total_code: u64 = r.functions.iter().map(|f| f.body_size).sum();
    let _ = writeln!(
        out,
        "\nfunctions ({}: {} imported, {defined} defined, {total_code} bytes of code):",
        r.functions.len(),
        r.functions.len() - defined
    );
    for f in r.functions.iter().filter(|f| f.body_size > 0) {
        let name = f
            .name
            .as_deref()
            .map(|n| format!(" {n}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {:>5}: type {} {} body at {:#x}, {} bytes, {} locals{name}",
            f.index, f.type_index, f.signature, f.body_offset, f.body_size, f.locals
        );
    }
    heading(&mut out, "tables", r.tables.len());
    for t in &r.tables {
        let max = t
            .maximum
            .map(|m| m.to_string())
            .unwrap_or_else(|| "none".into());
        let index = if t.table64 { "i64 " } else { "" };
        let _ = writeln!(
            out,
            "  {}: {index}{} min {} max {max}",
            t.index, t.element, t.minimum
        );
    }
    heading(&mut out, "memories", r.memories.len());
    for m in &r.memories {
        let max = m
            .maximum_pages
            .map(|m| m.to_string())
            .unwrap_or_else(|| "none".into());
        let index = if m.memory64 { "i64, " } else { "" };
        let _ = writeln!(
            out,
            "  {}: {index}min {} pages, max {max}",
            m.index, m.minimum_pages
        );
    }
    heading(&mut out, "globals", r.globals.len());
    for g in &r.globals {
        let m = if g.mutable { "mut " } else { "" };
        let _ = writeln!(out, "  {}: {m}{} = {}", g.index, g.ty, g.init);
    }
    heading(&mut out, "exports", r.exports.len());
    for e in &r.exports {
        let _ = writeln!(out, "  \"{}\": {} {}", e.name, e.kind, e.index);
    }
    let _ = writeln!(
        out,
        "\nstart: {}",
        r.start
            .map(|s| format!("function {s}"))
            .unwrap_or_else(|| "none".into())
    );
    heading(&mut out, "elements", r.elements.len());
    for e in &r.elements {
        let at = match (&e.table, &e.offset_expr) {
            (Some(t), Some(x)) => format!(" table {t} at {x}"),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "  {}: {}{at}, {} {}, {} bytes at {:#x}",
            e.index, e.mode, e.count, e.element_type, e.size, e.offset
        );
    }
    heading(&mut out, "data", r.data.len());
    for d in &r.data {
        let at = match (&d.memory, &d.offset_expr) {
            (Some(m), Some(x)) => format!(" memory {m} at {x}"),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "  {}: {}{at}, {} bytes of data, {} bytes at {:#x}",
            d.index, d.mode, d.data_size, d.size, d.offset
        );
    }
    heading(&mut out, "custom sections", r.custom_sections.len());
    for c in &r.custom_sections {
        let _ = writeln!(out, "  \"{}\": {} bytes at {:#x}", c.name, c.size, c.offset);
    }
    match &r.validation.error {
        None => {
            let _ = writeln!(
                out,
                "\nvalidation: ok\nproposals: {}",
                if r.proposals.is_empty() {
                    "none (Wasm 1.0)".to_string()
                } else {
                    r.proposals.join(", ")
                }
            );
        }
        Some(e) => {
            let _ = writeln!(
                out,
                "\nvalidation: invalid at byte offset {} ({:#x}): {}",
                e.offset, e.offset, e.message
            );
        }
    }
    out
}
