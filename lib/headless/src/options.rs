//! Runtime options of a native executable.
//!
//! Every command-line argument belongs to the program, so the runtime's
//! own options come from the environment variable [`OPTIONS_VAR`]:
//! whitespace-separated words, the same spelling as `trident run`'s
//! options:
//!
//! * `--dir HOST[::GUEST]`, `--mapdir GUEST::HOST`: pre-open more
//!   directories (the current directory is always pre-opened as `.`,
//!   unless `--no-cwd`);
//! * `--env NAME=VALUE` (or `--env NAME` for the host's value),
//!   `--inherit-env`: the program's environment (empty by default);
//! * `--max-wasm-stack BYTES`: the wasm stack budget;
//! * `--fuel N`: stop the program (trap) once it has used N units of fuel
//!   (the executable must have been made with `create-exe --fuel`);
//! * `--timeout DURATION` (`10s`, `500ms`, `2m`, or seconds): stop the
//!   program (trap) after this long (`create-exe --epochs`).
//!
//! Paths with spaces cannot be given this way; that is the price of one
//! variable that cannot clash with the program's own arguments.

use std::path::PathBuf;

/// The environment variable holding the runtime's options.
pub const OPTIONS_VAR: &str = "TRIDENT_EXE_OPTIONS";

/// What [`parse`] understood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExeOptions {
    /// (host path, guest path)
    pub dirs: Vec<(PathBuf, String)>,
    pub env: Vec<(String, String)>,
    pub inherit_env: bool,
    pub preopen_cwd: bool,
    pub max_wasm_stack: Option<usize>,
    pub fuel: Option<u64>,
    pub timeout: Option<std::time::Duration>,
}

impl Default for ExeOptions {
    fn default() -> Self {
        ExeOptions {
            dirs: Vec::new(),
            env: Vec::new(),
            inherit_env: false,
            preopen_cwd: true,
            max_wasm_stack: None,
            fuel: None,
            timeout: None,
        }
    }
}

/// Parses the words of [`OPTIONS_VAR`].
pub fn parse(text: &str) -> Result<ExeOptions, String> {
    let mut o = ExeOptions::default();
    let mut words = text.split_whitespace();
    while let Some(w) = words.next() {
        let mut value = |name: &str| {
            words
                .next()
                .ok_or_else(|| format!("{OPTIONS_VAR}: {name} needs a value"))
        };
        match w {
            "--dir" => {
                let d = value(w)?;
                let (host, guest) = d.split_once("::").unwrap_or((d, d));
                o.dirs.push((PathBuf::from(host), guest.to_string()));
            }
            "--mapdir" => {
                let d = value(w)?;
                let (guest, host) = d
                    .split_once("::")
                    .ok_or_else(|| format!("{OPTIONS_VAR}: --mapdir `{d}` is not GUEST::HOST"))?;
                o.dirs.push((PathBuf::from(host), guest.to_string()));
            }
            "--env" => {
                let e = value(w)?;
                match e.split_once('=') {
                    Some((k, v)) => o.env.push((k.to_string(), v.to_string())),
                    None => {
                        if let Ok(v) = std::env::var(e) {
                            o.env.push((e.to_string(), v));
                        }
                    }
                }
            }
            "--inherit-env" => o.inherit_env = true,
            "--no-cwd" => o.preopen_cwd = false,
            "--max-wasm-stack" => {
                let v = value(w)?;
                let n = v
                    .parse()
                    .map_err(|_| format!("{OPTIONS_VAR}: `{v}` is not a number of bytes"))?;
                o.max_wasm_stack = Some(n);
            }
            "--fuel" => {
                let v = value(w)?;
                let n = v
                    .parse()
                    .map_err(|_| format!("{OPTIONS_VAR}: `{v}` is not an amount of fuel"))?;
                o.fuel = Some(n);
            }
            "--timeout" => {
                let v = value(w)?;
                o.timeout = Some(parse_duration(v).ok_or_else(|| {
                    format!("{OPTIONS_VAR}: `{v}` is not a duration (like 10s, 500ms, 2m)")
                })?);
            }
            other => return Err(format!("{OPTIONS_VAR}: unknown option `{other}`")),
        }
    }
    Ok(o)
}

/// `1.5s`, `200ms`, `2m`, `1h`, or a plain number of seconds.
fn parse_duration(text: &str) -> Option<std::time::Duration> {
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (num, unit) = text.split_at(split);
    let n: f64 = num.parse().ok()?;
    let scale = match unit {
        "" | "s" => 1.0,
        "ms" => 1e-3,
        "m" | "min" => 60.0,
        "h" => 3600.0,
        _ => return None,
    };
    std::time::Duration::try_from_secs_f64(n * scale).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_option() {
        let o = parse(
            "--dir /tmp::t --mapdir g::/h --env A=1 --inherit-env --no-cwd --max-wasm-stack 4096 \
             --fuel 1000 --timeout 250ms",
        )
        .unwrap();
        assert_eq!(
            o.dirs,
            vec![
                (PathBuf::from("/tmp"), "t".to_string()),
                (PathBuf::from("/h"), "g".to_string())
            ]
        );
        assert_eq!(o.env, vec![("A".to_string(), "1".to_string())]);
        assert!(o.inherit_env && !o.preopen_cwd);
        assert_eq!(o.max_wasm_stack, Some(4096));
        assert_eq!(o.fuel, Some(1000));
        assert_eq!(o.timeout, Some(std::time::Duration::from_millis(250)));
    }

    #[test]
    fn empty_means_defaults() {
        assert_eq!(parse("").unwrap(), ExeOptions::default());
    }

    #[test]
    fn bad_options_are_errors() {
        assert!(parse("--frobnicate").is_err());
        assert!(parse("--dir").is_err());
        assert!(parse("--mapdir nocolons").is_err());
        assert!(parse("--max-wasm-stack lots").is_err());
        assert!(parse("--fuel lots").is_err());
        assert!(parse("--timeout soon").is_err());
    }
}
