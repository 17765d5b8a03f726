//! The `--plot` chart: compile time and run time per module and back end,
//! as grouped bars on log scales, written as SVG with `plotters`.

use super::report::{Report, Row};
use plotters::prelude::*;
use std::path::Path;

const COLORS: [RGBColor; 6] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
];

/// Short label for a module path: its folder and file stem.
fn label(module: &str) -> String {
    let p = Path::new(module);
    let stem = p
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    match p.parent().and_then(|d| d.file_name()) {
        Some(d) if stem == "benchmark" => d.to_string_lossy().to_string(),
        // Sightglass's kernels all start with "shootout-": keep labels short.
        _ => stem
            .strip_prefix("shootout-")
            .map(str::to_string)
            .unwrap_or(stem),
    }
}

fn panel(
    area: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    report: &Report,
    modules: &[String],
    title: &str,
    metric: fn(&Row) -> Option<f64>,
) -> Result<(), String> {
    let values: Vec<f64> = report
        .rows
        .iter()
        .filter(|r| r.ok())
        .filter_map(metric)
        .filter(|v| *v > 0.0)
        .collect();
    let lo = values.iter().cloned().fold(f64::INFINITY, f64::min);
    let hi = values.iter().cloned().fold(0.0, f64::max);
    let (lo, hi) = if values.is_empty() {
        (0.01, 1.0)
    } else {
        (lo / 2.0, hi * 2.0)
    };
    let columns = report.columns.len().max(1);
    let mut chart = ChartBuilder::on(area)
        .caption(title, ("sans-serif", 18))
        .margin(10)
        .x_label_area_size(60)
        .y_label_area_size(60)
        .build_cartesian_2d(0f64..modules.len() as f64, (lo..hi).log_scale())
        .map_err(|e| e.to_string())?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_label_formatter(&|_| String::new())
        .y_label_formatter(&|v| format!("{}", (v * 1000.0).round() / 1000.0))
        .y_desc("ms (log scale)")
        .draw()
        .map_err(|e| e.to_string())?;
    // Module names under each group of bars, below the axis.
    // `backend_coord` is in whole-image pixels; the area draws relative to
    // its own corner.
    let style = ("sans-serif", 13).into_font().color(&BLACK);
    let (base_x, base_y) = area.get_base_pixel();
    for (mi, m) in modules.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(mi as f64 + 0.1, lo));
        area.draw(&Text::new(
            label(m),
            (x - base_x, y - base_y + 8),
            style.clone(),
        ))
        .map_err(|e| e.to_string())?;
    }
    let width = 0.8 / columns as f64;
    for (ci, column) in report.columns.iter().enumerate() {
        let color = COLORS[ci % COLORS.len()];
        let bars = modules.iter().enumerate().filter_map(|(mi, m)| {
            let row = report
                .rows
                .iter()
                .find(|r| &r.module == m && &r.backend == column && r.ok())?;
            let v = metric(row)?;
            let x0 = mi as f64 + 0.1 + ci as f64 * width;
            Some(Rectangle::new([(x0, lo), (x0 + width, v)], color.filled()))
        });
        chart
            .draw_series(bars)
            .map_err(|e| e.to_string())?
            .label(column.clone())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], color.filled()));
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()
        .map_err(|e| e.to_string())
}

/// Writes the chart to `path`.
pub fn write_svg(report: &Report, path: &Path) -> Result<(), String> {
    let mut modules: Vec<String> = Vec::new();
    for r in &report.rows {
        if !modules.contains(&r.module) {
            modules.push(r.module.clone());
        }
    }
    let width = (240 + 70 * modules.len() as u32).max(640);
    let root = SVGBackend::new(path, (width, 900)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let (top, bottom) = root.split_vertically(450);
    panel(
        &top,
        report,
        &modules,
        "Compile time (in-process, median)",
        |r| r.compile_ms.map(|s| s.median),
    )?;
    panel(
        &bottom,
        report,
        &modules,
        "Run time (bench.start to bench.end, median)",
        |r| r.run_ms.map(|s| s.median),
    )?;
    root.present()
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}
