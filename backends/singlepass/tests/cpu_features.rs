//! The x86-64 code mode follows the resolved CPU features, and what the
//! compiler reports (`cpu_features`, recorded in artifacts and checked
//! against the running machine, and `settings_fingerprint`, which keys
//! caches) names exactly that mode: AVX encodings only when the resolved
//! set has `avx` (and AVX2 broadcasts only with `avx2`), the SSE4.1
//! baseline otherwise.

use trident_compiler::Compiler;
use trident_singlepass::SinglepassCompiler;
use trident_types::{CompileError, CompilerOptions};

/// A compiler for a named x86-64 target (so the answer does not depend
/// on the host) with `target_cpu` and feature changes.
fn x64(target_cpu: Option<&str>, changes: &[&str]) -> Result<SinglepassCompiler, CompileError> {
    SinglepassCompiler::new(CompilerOptions {
        target: Some("x86_64-unknown-linux-gnu".into()),
        target_cpu: target_cpu.map(str::to_string),
        cpu_features: changes.iter().map(|c| c.to_string()).collect(),
        ..Default::default()
    })
}

fn features(c: &SinglepassCompiler) -> Vec<String> {
    c.cpu_features().expect("x86-64 names its features")
}

#[test]
fn avx_is_reported_exactly_when_it_is_used() {
    let sse = ["sse3", "ssse3", "sse4.1"];
    let avx = ["sse3", "ssse3", "sse4.1", "sse4.2", "avx"];
    let baseline = x64(None, &[]).expect("baseline");
    assert_eq!(features(&baseline), sse);
    let penryn = x64(Some("penryn"), &[]).expect("penryn");
    assert_eq!(features(&penryn), sse);
    let with_avx = x64(None, &["+avx"]).expect("+avx");
    assert_eq!(features(&with_avx), avx);
    let sandybridge = x64(Some("sandybridge"), &[]).expect("sandybridge");
    assert_eq!(features(&sandybridge), avx);
    assert_eq!(
        sandybridge.settings_fingerprint(),
        with_avx.settings_fingerprint()
    );
    // FMA, BMI, POPCNT, AVX-512 are allowed but unused: the report is
    // AVX2's.
    let avx2 = ["sse3", "ssse3", "sse4.1", "sse4.2", "avx", "avx2"];
    let haswell = x64(Some("haswell"), &[]).expect("haswell");
    assert_eq!(features(&haswell), avx2);
    let icelake = x64(Some("icelake-server"), &[]).expect("icelake");
    assert_eq!(features(&icelake), avx2);
    assert_eq!(
        icelake.settings_fingerprint(),
        haswell.settings_fingerprint()
    );
    let haswell_no_avx2 = x64(Some("haswell"), &["-avx2"]).expect("haswell -avx2");
    assert_eq!(features(&haswell_no_avx2), avx);
    assert_ne!(
        haswell.settings_fingerprint(),
        with_avx.settings_fingerprint()
    );
    let haswell_no_avx = x64(Some("haswell"), &["-avx"]).expect("haswell -avx");
    assert_eq!(features(&haswell_no_avx), sse);
    assert_eq!(
        haswell_no_avx.settings_fingerprint(),
        baseline.settings_fingerprint()
    );
    assert_ne!(
        baseline.settings_fingerprint(),
        with_avx.settings_fingerprint()
    );
}

#[test]
fn bad_cpu_requests_are_unsupported_with_the_reason() {
    for (cpu, changes, says) in [
        (Some("pentium4"), &[][..], "pentium4"),
        (None, &["+mmx"][..], "mmx"),
        (None, &["avx"][..], "avx"),
        (Some("native"), &[][..], "native"),
        (Some("haswell"), &["-sse4.1"][..], "sse4.1"),
    ] {
        match x64(cpu, changes) {
            Err(CompileError::Unsupported {
                backend: "singlepass",
                what,
                ..
            }) => assert!(what.contains(says), "{cpu:?} {changes:?}: {what}"),
            other => panic!("{cpu:?} {changes:?}: expected Unsupported, got {other:?}"),
        }
    }
}

/// The host default follows the host: AVX (AVX2) in the report exactly
/// when the machine has it, and `-avx` always gives the SSE4.1 report.
#[cfg(target_arch = "x86_64")]
#[test]
fn the_host_default_is_the_hosts_mode() {
    let host = SinglepassCompiler::new(CompilerOptions::default()).expect("host");
    let has_avx = std::arch::is_x86_feature_detected!("avx");
    assert_eq!(features(&host).iter().any(|f| f == "avx"), has_avx);
    let has_avx2 = std::arch::is_x86_feature_detected!("avx2");
    assert_eq!(features(&host).iter().any(|f| f == "avx2"), has_avx2);
    let no_avx = SinglepassCompiler::new(CompilerOptions {
        cpu_features: vec!["-avx".into()],
        ..Default::default()
    })
    .expect("host -avx");
    assert!(!features(&no_avx).iter().any(|f| f == "avx"));
}
