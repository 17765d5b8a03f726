//! Reading values and durations from the command line, and printing
//! results.

use std::time::Duration;
use trident::{Val, ValType};

/// A command-line argument as a value of type `ty`.
pub fn parse_value(text: &str, ty: ValType) -> Result<Val, String> {
    let bad = || format!("cannot read `{text}` as {ty}");
    Ok(match ty {
        ValType::I32 => Val::I32(text.parse::<i64>().map_err(|_| bad())? as i32),
        ValType::I64 => Val::I64(text.parse::<i64>().map_err(|_| bad())?),
        ValType::F32 => Val::F32(text.parse::<f32>().map_err(|_| bad())?.to_bits()),
        ValType::F64 => Val::F64(text.parse::<f64>().map_err(|_| bad())?.to_bits()),
        other => {
            return Err(format!(
                "cannot pass a {other} argument from the command line"
            ))
        }
    })
}

/// A result as `--invoke` prints it.
pub fn show_value(v: &Val) -> String {
    match v {
        Val::I32(x) => x.to_string(),
        Val::I64(x) => x.to_string(),
        Val::F32(x) => f32::from_bits(*x).to_string(),
        Val::F64(x) => f64::from_bits(*x).to_string(),
        Val::V128(x) => format!("{x:#034x}"),
        Val::FuncRef(f) => if f.is_some() { "funcref" } else { "null" }.to_string(),
        Val::ExternRef(r) => if r.is_some() { "externref" } else { "null" }.to_string(),
    }
}

/// `1.5s`, `200ms`, `2m`, `1h`, `30us`, `10ns`, or a plain number of
/// seconds.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num
        .parse()
        .map_err(|_| format!("`{text}` is not a duration (like 10s, 500ms, 2m)"))?;
    let scale = match unit.trim() {
        "" | "s" => 1.0,
        "ms" => 1e-3,
        "us" | "µs" => 1e-6,
        "ns" => 1e-9,
        "m" | "min" => 60.0,
        "h" => 3600.0,
        other => return Err(format!("unknown unit `{other}` in duration `{text}`")),
    };
    Duration::try_from_secs_f64(n * scale).map_err(|e| format!("bad duration `{text}`: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("2"), Ok(Duration::from_secs(2)));
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(parse_duration("1.5s"), Ok(Duration::from_millis(1500)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert!(parse_duration("fast").is_err());
        assert!(parse_duration("3 parsecs").is_err());
    }

    #[test]
    fn values() {
        assert_eq!(parse_value("-1", ValType::I32), Ok(Val::I32(-1)));
        assert_eq!(parse_value("7", ValType::I64), Ok(Val::I64(7)));
        assert!(parse_value("x", ValType::I32).is_err());
        assert_eq!(show_value(&Val::F64(2.5f64.to_bits())), "2.5");
    }
}
