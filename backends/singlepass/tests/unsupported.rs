//! What singlepass cannot compile is a typed `Unsupported` error naming
//! the back end, never a panic or a miscompilation.

use trident_singlepass::SinglepassCompiler;
use trident_types::{CompileError, CompilerOptions};

#[test]
fn other_targets_are_unsupported() {
    let options = CompilerOptions {
        target: Some("aarch64-unknown-linux-gnu".into()),
        ..Default::default()
    };
    assert!(matches!(
        SinglepassCompiler::new(options),
        Err(CompileError::Unsupported {
            backend: "singlepass",
            ..
        })
    ));
}

#[test]
fn disabling_the_sse41_baseline_is_unsupported() {
    for feature in ["-sse4.1", "-ssse3", "-sse3"] {
        let options = CompilerOptions {
            cpu_features: vec!["-avx".into(), feature.into()],
            ..Default::default()
        };
        assert!(
            matches!(
                SinglepassCompiler::new(options),
                Err(CompileError::Unsupported {
                    backend: "singlepass",
                    ..
                })
            ),
            "{feature}"
        );
    }
    let options = CompilerOptions {
        cpu_features: vec!["-avx".into(), "-avx2".into(), "+popcnt".into()],
        ..Default::default()
    };
    assert!(SinglepassCompiler::new(options).is_ok());
}
