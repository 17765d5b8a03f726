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
