//! Aggregating samples into rows, and printing them as a table, JSON or CSV.

use super::measure::{ms, Sample};
use serde::Serialize;
use std::time::Duration;

/// Median, minimum and maximum of a set of measurements.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq)]
pub struct Stat {
    pub median: f64,
    pub min: f64,
    pub max: f64,
}

impl Stat {
    /// `None` for an empty set.
    pub fn of(mut v: Vec<f64>) -> Option<Stat> {
        if v.is_empty() {
            return None;
        }
        v.sort_by(f64::total_cmp);
        let n = v.len();
        let median = if n % 2 == 1 {
            v[n / 2]
        } else {
            (v[n / 2 - 1] + v[n / 2]) / 2.0
        };
        Some(Stat {
            median,
            min: v[0],
            max: v[n - 1],
        })
    }
}

/// One module on one back end (or peer runtime).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Row {
    pub module: String,
    pub backend: String,
    /// A peer runtime: only whole-process time and memory are known.
    pub peer: bool,
    pub compile_ms: Option<Stat>,
    pub code_bytes: Option<u64>,
    /// Size of the serialized artifact (filled in by `compare`).
    pub artifact_bytes: Option<u64>,
    pub instantiate_us: Option<Stat>,
    pub run_ms: Option<Stat>,
    /// Whole process, for comparing with peers.
    pub process_ms: Option<Stat>,
    pub peak_rss_mib: Option<Stat>,
    /// Successful runs out of all runs.
    pub ok_runs: usize,
    pub runs: usize,
    /// The first failure, if any run failed.
    pub failure: Option<String>,
}

impl Row {
    pub fn ok(&self) -> bool {
        self.failure.is_none() && self.ok_runs == self.runs
    }
}

/// The whole comparison.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Report {
    pub runs: usize,
    pub warmup: usize,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

pub(crate) fn aggregate(
    module: &str,
    backend: &str,
    peer: bool,
    samples: Vec<(&Sample, u64, Duration)>,
) -> Row {
    let runs = samples.len();
    let ok: Vec<&(&Sample, u64, Duration)> =
        samples.iter().filter(|s| s.0.failure.is_none()).collect();
    let failure = samples.iter().find_map(|s| s.0.failure.clone());
    let stat =
        |f: &dyn Fn(&(&Sample, u64, Duration)) -> f64| Stat::of(ok.iter().map(|s| f(s)).collect());
    Row {
        module: module.to_string(),
        backend: backend.to_string(),
        peer,
        compile_ms: if peer {
            None
        } else {
            stat(&|s| ms(s.0.compile_ns))
        },
        code_bytes: if peer {
            None
        } else {
            ok.first().map(|s| s.0.code_bytes)
        },
        artifact_bytes: None,
        instantiate_us: if peer {
            None
        } else {
            stat(&|s| s.0.instantiate_ns as f64 / 1e3)
        },
        run_ms: stat(&|s| ms(s.0.run_ns)),
        process_ms: stat(&|s| s.2.as_secs_f64() * 1e3),
        peak_rss_mib: stat(&|s| s.1 as f64 / (1024.0 * 1024.0)),
        ok_runs: ok.len(),
        runs,
        failure,
    }
}

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Csv,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Format, String> {
        match s {
            "table" => Ok(Format::Table),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            other => Err(format!("unknown format `{other}` (table, json, csv)")),
        }
    }
}

fn cell(s: Option<Stat>, precision: usize) -> String {
    match s {
        Some(s) => format!("{:.*}", precision, s.median),
        None => "-".into(),
    }
}

fn range(s: Option<Stat>, precision: usize) -> String {
    match s {
        Some(s) => format!(
            "{:.*} ({:.*}–{:.*})",
            precision, s.median, precision, s.min, precision, s.max
        ),
        None => "-".into(),
    }
}

/// Geometric mean of `column`'s per-module ratios to `base` for a metric,
/// over modules where both succeeded.
fn geomean_ratio(
    report: &Report,
    base: &str,
    column: &str,
    metric: fn(&Row) -> Option<f64>,
) -> Option<(f64, usize)> {
    let mut logs = Vec::new();
    for row in report.rows.iter().filter(|r| r.backend == column && r.ok()) {
        let Some(b) = report
            .rows
            .iter()
            .find(|r| r.backend == base && r.module == row.module && r.ok())
        else {
            continue;
        };
        if let (Some(x), Some(y)) = (metric(row), metric(b)) {
            if x > 0.0 && y > 0.0 {
                logs.push((x / y).ln());
            }
        }
    }
    (!logs.is_empty()).then(|| {
        (
            (logs.iter().sum::<f64>() / logs.len() as f64).exp(),
            logs.len(),
        )
    })
}

impl Report {
    /// Whether every run of every row succeeded.
    pub fn all_ok(&self) -> bool {
        self.rows.iter().all(Row::ok)
    }

    /// Renders the report in `format`.
    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Json => serde_json::to_string_pretty(self).unwrap_or_default() + "\n",
            Format::Csv => self.csv(),
            Format::Table => self.table(),
        }
    }

    fn csv(&self) -> String {
        let mut out = String::from(
            "module,backend,peer,compile_ms,code_bytes,artifact_bytes,instantiate_us,run_ms,run_ms_min,run_ms_max,process_ms,peak_rss_mib,ok_runs,runs,failure\n",
        );
        let opt = |s: Option<Stat>| s.map(|s| format!("{:.4}", s.median)).unwrap_or_default();
        for r in &self.rows {
            let failure = r.failure.clone().unwrap_or_default().replace('"', "'");
            out.push_str(&format!(
                "{},{},{},{},{},{},{},{},{},{},{},{},{},{},\"{}\"\n",
                r.module,
                r.backend,
                r.peer,
                opt(r.compile_ms),
                r.code_bytes.map(|b| b.to_string()).unwrap_or_default(),
                r.artifact_bytes.map(|b| b.to_string()).unwrap_or_default(),
                opt(r.instantiate_us),
                opt(r.run_ms),
                r.run_ms
                    .map(|s| format!("{:.4}", s.min))
                    .unwrap_or_default(),
                r.run_ms
                    .map(|s| format!("{:.4}", s.max))
                    .unwrap_or_default(),
                opt(r.process_ms),
                opt(r.peak_rss_mib),
                r.ok_runs,
                r.runs,
                failure
            ));
        }
        out
    }

    fn table(&self) -> String {
        let header = [
            "module",
            "backend",
            "compile ms",
            "code KiB",
            "artifact KiB",
            "inst µs",
            "run ms (min–max)",
            "process ms",
            "peak MiB",
            "status",
        ];
        let mut lines: Vec<Vec<String>> = vec![header.iter().map(|s| s.to_string()).collect()];
        for r in &self.rows {
            lines.push(vec![
                r.module.clone(),
                r.backend.clone(),
                cell(r.compile_ms, 1),
                r.code_bytes
                    .map(|b| format!("{:.1}", b as f64 / 1024.0))
                    .unwrap_or_else(|| "-".into()),
                r.artifact_bytes
                    .map(|b| format!("{:.1}", b as f64 / 1024.0))
                    .unwrap_or_else(|| "-".into()),
                cell(r.instantiate_us, 0),
                range(r.run_ms, 2),
                cell(r.process_ms, 1),
                cell(r.peak_rss_mib, 1),
                if r.ok() {
                    "ok".into()
                } else {
                    format!(
                        "FAILED ({}/{} ok): {}",
                        r.ok_runs,
                        r.runs,
                        r.failure.clone().unwrap_or_default()
                    )
                },
            ]);
        }
        let widths: Vec<usize> = (0..header.len())
            .map(|i| {
                lines
                    .iter()
                    .map(|l| l[i].chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let mut out = String::new();
        for l in &lines {
            let cells: Vec<String> = l
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let pad = widths[i] - c.chars().count();
                    if i == l.len() - 1 {
                        c.clone()
                    } else {
                        format!("{c}{}", " ".repeat(pad))
                    }
                })
                .collect();
            out.push_str(cells.join("  ").trim_end());
            out.push('\n');
        }
        if let Some(base) = self.columns.first() {
            out.push_str(&format!(
                "\nmedians of {} runs after {} warm-up; ratios are geometric means over modules, relative to {base}:\n",
                self.runs, self.warmup
            ));
            for c in self.columns.iter().skip(1) {
                let compile = geomean_ratio(self, base, c, |r| r.compile_ms.map(|s| s.median));
                let run = geomean_ratio(self, base, c, |r| r.run_ms.map(|s| s.median));
                let process = geomean_ratio(self, base, c, |r| r.process_ms.map(|s| s.median));
                let show = |x: Option<(f64, usize)>| {
                    x.map(|(v, n)| format!("{v:.3}× ({n} modules)"))
                        .unwrap_or_else(|| "-".into())
                };
                out.push_str(&format!(
                    "  {c}: compile {}, run {}, whole process {}\n",
                    show(compile),
                    show(run),
                    show(process)
                ));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stats() {
        assert_eq!(Stat::of(vec![]), None);
        let s = Stat::of(vec![3.0, 1.0, 2.0, 10.0]).unwrap();
        assert_eq!((s.median, s.min, s.max), (2.5, 1.0, 10.0));
    }

    #[test]
    fn failures_never_give_times() {
        let good = Sample {
            run_ns: 2_000_000,
            ..Sample::default()
        };
        let bad = Sample {
            run_ns: 1,
            failure: Some("stdout differs".into()),
            ..Sample::default()
        };
        let row = aggregate(
            "m",
            "b",
            false,
            vec![(&good, 0, Duration::ZERO), (&bad, 0, Duration::ZERO)],
        );
        assert!(!row.ok());
        assert_eq!(row.run_ms.map(|s| s.median), Some(2.0));
        assert_eq!(row.ok_runs, 1);
    }
}
