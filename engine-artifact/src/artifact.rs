//! The serialized artifact: a header that says what the code is and where
//! it may run, then the module's parts.
//!
//! Layout (integers little-endian):
//!
//! | bytes | what |
//! |---|---|
//! | 0..8 | [`MAGIC`] |
//! | 8..12 | [`FORMAT_VERSION`] |
//! | 12..16 | flags: bit 0 [`FLAG_SIGNED`], every other bit 0 |
//! | 16..24 | length of the body (everything after byte 32, up to the signature) |
//! | 24..32 | checksum: XXH3-64 of the body |
//! | 32.. | the body: the [`ArtifactHeader`], then the encoded [`ModuleParts`] (see `codec`) |
//! | end | when signed: the signer's ed25519 public key (32 bytes) and the signature (64 bytes) of everything before it |
//!
//! [`read_artifact`] checks, in this order, and refuses with its own
//! [`ArtifactError`] each time: the magic, the format version (a foreign
//! format is never decoded further), the flags, the length (truncation),
//! the checksum (corruption), the Trident version and build (code from
//! another build is never run), the target and the CPU features. Only
//! then is the payload decoded, and the whole of it validated
//! (`crate::validate`): every index, type, segment, constant expression,
//! export, relocation and trap site against the module's own counts, and
//! the header's fuel, epoch and bounds-check flags against the code's trap
//! sites. A checksum is not a signature: an artifact is code, and loading
//! one means trusting whoever wrote it; a signed artifact
//! (`crate::signature`, feature `sign`) names who that is.

use crate::codec::{self, DecodeError, Reader, Writer};
use crate::cpu;
use crate::parts::ModuleParts;
use crate::validate::{self, MetadataError};
use thiserror::Error;
use trident_types::{BoundsChecks, CompilerOptions, Features, OptLevel, Proposal, RelaxedSimd};

/// The first bytes of every artifact.
pub const MAGIC: [u8; 8] = *b"\x7fTRIDNT\x01";

/// The version of the layout and encoding; any change to either bumps it.
/// (5: table types carry `table64`, and the builtins take 64-bit
/// addresses and lengths, so code compiled for 4 must not load. 6: code
/// with epoch checks calls the `EpochDeadline` builtin, which a runtime
/// for 5 does not have. 7: functions carry their inlined calls. 8:
/// Cranelift code uses the `tail` convention and singlepass code passes
/// arguments beyond the registers in the store's argument buffer, so
/// code compiled for 7 must not be called by either. 9: value types are
/// precise reference types, module metadata records recursion groups and
/// open types, and trap code 13 is `NullFunctionReference`.)
pub const FORMAT_VERSION: u32 = 10;

/// Flag bit: a signature trailer follows the body.
pub const FLAG_SIGNED: u32 = 1;

/// Bytes of the signature trailer: public key, then signature.
pub const SIGNATURE_TRAILER: usize = 32 + 64;

const FIXED: usize = 32;

/// This build's version: the crate version plus the build identity (a hash
/// of the runtime's and compilers' sources, see `build.rs`).
pub fn trident_version() -> String {
    format!("{}+{}", env!("CARGO_PKG_VERSION"), env!("TRIDENT_BUILD_ID"))
}

/// What the code in an artifact is and where it may run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArtifactHeader {
    /// [`trident_version`] of the build that wrote it.
    pub trident_version: String,
    /// The back end, by name.
    pub backend: String,
    /// The back end's `settings_fingerprint()`.
    pub fingerprint: String,
    /// The options the back end was built from.
    pub options: CompilerOptions,
    /// The triple the code is for.
    pub target: String,
    /// CPU features the code may use (see [`cpu`]).
    pub cpu_features: Vec<String>,
    /// The Wasm features the module was validated and compiled with; the
    /// metadata may use nothing else.
    pub features: Features,
}

impl ArtifactHeader {
    /// A header for code compiled by this build, with `options`, for
    /// `target`; required CPU features follow the rule in [`cpu`].
    pub fn new(
        backend: &str,
        fingerprint: &str,
        options: &CompilerOptions,
        target: &str,
        features: Features,
    ) -> ArtifactHeader {
        let cpu_features = match options.target {
            None => cpu::host_features(),
            Some(_) => cpu::baseline(target),
        };
        ArtifactHeader {
            trident_version: trident_version(),
            backend: backend.to_string(),
            fingerprint: fingerprint.to_string(),
            options: options.clone(),
            target: target.to_string(),
            cpu_features,
            features,
        }
    }

    /// Whether this build may run the code on this machine.
    pub fn check_runnable(&self) -> Result<(), ArtifactError> {
        let ours = trident_version();
        if self.trident_version != ours {
            return Err(ArtifactError::ForeignVersion {
                found: self.trident_version.clone(),
                expected: ours,
            });
        }
        if !cpu::runs_on_host(&self.target) {
            return Err(ArtifactError::WrongTarget {
                found: self.target.clone(),
                host: cpu::HOST_TRIPLE.to_string(),
            });
        }
        let missing = cpu::missing(&self.cpu_features);
        if !missing.is_empty() {
            return Err(ArtifactError::MissingCpuFeatures { missing });
        }
        Ok(())
    }
}

/// Why an artifact was refused.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum ArtifactError {
    #[error("not a Trident artifact (bad magic number)")]
    NotAnArtifact,
    #[error("artifact format version {found} is not the supported version {expected}")]
    FormatVersion { found: u32, expected: u32 },
    #[error("artifact is truncated: {found} bytes where {expected} were announced")]
    Truncated { expected: u64, found: u64 },
    #[error(
        "artifact is corrupted: checksum {computed:#018x} does not match the stored {stored:#018x}"
    )]
    Corrupted { stored: u64, computed: u64 },
    #[error("artifact was written by Trident {found}; this is Trident {expected}")]
    ForeignVersion { found: String, expected: String },
    #[error("artifact was compiled for {found}, which cannot run on this {host} machine")]
    WrongTarget { found: String, host: String },
    #[error("artifact needs CPU features this machine lacks: {}", missing.join(", "))]
    MissingCpuFeatures { missing: Vec<String> },
    #[error("artifact cannot be decoded: {0}")]
    Malformed(#[from] DecodeError),
    #[error("artifact is inconsistent: {0}")]
    Inconsistent(&'static str),
    #[error("artifact is invalid: {0}")]
    Invalid(#[from] MetadataError),
    #[error("artifact has unknown flags {0:#x}")]
    Flags(u32),
    #[error("artifact is not signed")]
    Unsigned,
    #[error("artifact is signed by a key that is not trusted here (public key {0})")]
    UntrustedSigner(String),
    #[error("artifact's signature does not verify: it was changed after signing")]
    BadSignature,
    #[error("artifact does not fit this engine: {0}")]
    Incompatible(String),
}

fn write_options(w: &mut Writer, o: &CompilerOptions) {
    w.u8(match o.opt_level {
        OptLevel::None => 0,
        OptLevel::Speed => 1,
        OptLevel::SpeedAndSize => 2,
    });
    w.u8(match o.bounds_checks {
        BoundsChecks::Static => 0,
        BoundsChecks::Dynamic => 1,
    });
    w.bool(o.consume_fuel);
    for v in o.fuel_costs.to_array() {
        w.u32(v);
    }
    w.bool(o.epoch_interruption);
    w.bool(o.nan_canonicalization);
    w.bool(o.relaxed_simd == RelaxedSimd::Native);
    w.bool(o.verifier);
    w.bool(o.omit_address_map);
    w.opt(o.target.as_deref(), |w, t| w.str(t));
    w.opt(o.target_cpu.as_deref(), |w, t| w.str(t));
    w.seq(&o.cpu_features, |w, f| w.str(f));
}

fn read_options(r: &mut Reader<'_>) -> Result<CompilerOptions, DecodeError> {
    let opt_level = match r.u8("opt level")? {
        0 => OptLevel::None,
        1 => OptLevel::Speed,
        2 => OptLevel::SpeedAndSize,
        _ => return Err(r.invalid("opt level")),
    };
    let bounds_checks = match r.u8("bounds checks")? {
        0 => BoundsChecks::Static,
        1 => BoundsChecks::Dynamic,
        _ => return Err(r.invalid("bounds checks")),
    };
    Ok(CompilerOptions {
        opt_level,
        bounds_checks,
        consume_fuel: r.bool("fuel flag")?,
        fuel_costs: r.fuel_costs()?,
        epoch_interruption: r.bool("epoch flag")?,
        nan_canonicalization: r.bool("NaN canonicalization flag")?,
        relaxed_simd: relaxed_simd(r.bool("relaxed SIMD flag")?),
        verifier: r.bool("verifier flag")?,
        omit_address_map: r.bool("address map flag")?,
        target: r.opt("target", |r| r.string("target"))?,
        target_cpu: r.opt("target CPU", |r| r.string("target CPU"))?,
        cpu_features: r.seq(4, "CPU feature changes", |r| r.string("CPU feature change"))?,
    })
}

/// The relaxed SIMD mode a flag stands for (`true`: native).
pub(crate) fn relaxed_simd(native: bool) -> RelaxedSimd {
    if native {
        RelaxedSimd::Native
    } else {
        RelaxedSimd::Deterministic
    }
}

fn write_features(w: &mut Writer, f: &Features) {
    for on in f.flags() {
        w.bool(on);
    }
}

fn read_features(r: &mut Reader<'_>) -> Result<Features, DecodeError> {
    let mut flags = [false; Proposal::ALL.len()];
    for flag in &mut flags {
        *flag = r.bool("feature flag")?;
    }
    Ok(Features::from_flags(flags))
}

fn write_header(w: &mut Writer, h: &ArtifactHeader) {
    w.str(&h.trident_version);
    w.str(&h.backend);
    w.str(&h.fingerprint);
    write_options(w, &h.options);
    w.str(&h.target);
    w.seq(&h.cpu_features, |w, f| w.str(f));
    write_features(w, &h.features);
}

fn read_header(r: &mut Reader<'_>) -> Result<ArtifactHeader, DecodeError> {
    Ok(ArtifactHeader {
        trident_version: r.string("Trident version")?,
        backend: r.string("back end")?,
        fingerprint: r.string("settings fingerprint")?,
        options: read_options(r)?,
        target: r.string("target")?,
        cpu_features: r.seq(4, "CPU features", |r| r.string("CPU feature"))?,
        features: read_features(r)?,
    })
}

fn checksum(bytes: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(bytes)
}

/// Serializes `parts` under `header`.
pub fn write_artifact(header: &ArtifactHeader, parts: &ModuleParts) -> Vec<u8> {
    let mut body = Writer::new();
    write_header(&mut body, header);
    codec::write_module_info(&mut body, &parts.info);
    body.bytes(&parts.data);
    codec::write_compilation(&mut body, &parts.compilation);
    codec::write_compiled_for(&mut body, &parts.compiled_for);
    let body = body.bytes;
    let mut out = Vec::with_capacity(FIXED + body.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&checksum(&body).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// Whether `bytes` start like an artifact (to tell one from a `.wasm`).
pub fn is_artifact(bytes: &[u8]) -> bool {
    bytes.len() >= MAGIC.len() && bytes[..MAGIC.len()] == MAGIC
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    let mut a = [0u8; 4];
    a.copy_from_slice(&bytes[at..at + 4]);
    u32::from_le_bytes(a)
}

fn u64_at(bytes: &[u8], at: usize) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(a)
}

/// Checks the envelope (magic, format, flags, length, checksum); returns
/// the body, still encoded.
pub fn check_envelope(bytes: &[u8]) -> Result<&[u8], ArtifactError> {
    let magic_len = bytes.len().min(MAGIC.len());
    if bytes[..magic_len] != MAGIC[..magic_len] {
        return Err(ArtifactError::NotAnArtifact);
    }
    if bytes.len() < 12 {
        return Err(ArtifactError::Truncated {
            expected: FIXED as u64,
            found: bytes.len() as u64,
        });
    }
    let version = u32_at(bytes, 8);
    if version != FORMAT_VERSION {
        return Err(ArtifactError::FormatVersion {
            found: version,
            expected: FORMAT_VERSION,
        });
    }
    if bytes.len() < FIXED {
        return Err(ArtifactError::Truncated {
            expected: FIXED as u64,
            found: bytes.len() as u64,
        });
    }
    let flags = u32_at(bytes, 12);
    if flags & !FLAG_SIGNED != 0 {
        return Err(ArtifactError::Flags(flags));
    }
    let trailer = if flags & FLAG_SIGNED != 0 {
        SIGNATURE_TRAILER as u64
    } else {
        0
    };
    let body_len = u64_at(bytes, 16);
    let rest = &bytes[FIXED..];
    let expected = body_len.saturating_add(FIXED as u64 + trailer);
    if (rest.len() as u64) < body_len.saturating_add(trailer) {
        return Err(ArtifactError::Truncated {
            expected,
            found: bytes.len() as u64,
        });
    }
    let body = &rest[..rest.len() - trailer as usize];
    let stored = u64_at(bytes, 24);
    let computed = checksum(body);
    if body.len() as u64 != body_len || stored != computed {
        return Err(ArtifactError::Corrupted { stored, computed });
    }
    Ok(body)
}

/// Checks the envelope (magic, format, length, checksum) and reads the
/// header; returns it with the rest of the body, still encoded.
pub fn read_artifact_header(bytes: &[u8]) -> Result<(ArtifactHeader, &[u8]), ArtifactError> {
    let body = check_envelope(bytes)?;
    let mut r = Reader::new(body);
    let header = read_header(&mut r)?;
    let rest = &body[r.position()..];
    Ok((header, rest))
}

/// Reads an artifact that this build can run on this machine: every check
/// listed in the module documentation, then the payload.
pub fn read_artifact(bytes: &[u8]) -> Result<(ArtifactHeader, ModuleParts), ArtifactError> {
    let (header, rest) = read_artifact_header(bytes)?;
    header.check_runnable()?;
    let parts = decode_parts(rest)?;
    validate_parts(&header, &parts)?;
    Ok((header, parts))
}

/// Checks decoded parts against themselves and the header (see
/// `crate::validate`).
pub fn validate_parts(header: &ArtifactHeader, parts: &ModuleParts) -> Result<(), ArtifactError> {
    validate::validate_info(&parts.info, &header.features)?;
    validate::validate_signatures(&parts.info, &parts.compiled_for)?;
    validate::validate_compilation(&parts.info, &parts.compilation, &header.target)?;
    validate::validate_flags(&header.options, &parts.compilation, &header.target)?;
    Ok(())
}

/// Test hook: the byte range of an artifact written by [`write_artifact`]
/// for `header` and `parts` that holds the header, the module's metadata
/// and the data segments (everything before the code), for mutation tests.
#[doc(hidden)]
pub fn metadata_span_for_tests(
    header: &ArtifactHeader,
    parts: &ModuleParts,
) -> std::ops::Range<usize> {
    let mut w = Writer::new();
    write_header(&mut w, header);
    codec::write_module_info(&mut w, &parts.info);
    w.bytes(&parts.data);
    FIXED..FIXED + w.bytes.len()
}

/// Test hook: recomputes the checksum of an artifact whose body was
/// edited in place (a signature trailer, if any, is left as it is). The
/// mutation tests use it to get past the checksum to the validation.
#[doc(hidden)]
pub fn reseal_checksum_for_tests(bytes: &mut [u8]) {
    if bytes.len() < FIXED {
        return;
    }
    let trailer = if u32_at(bytes, 12) & FLAG_SIGNED != 0 {
        SIGNATURE_TRAILER
    } else {
        0
    };
    let end = bytes.len().saturating_sub(trailer).max(FIXED);
    let sum = checksum(&bytes[FIXED..end]);
    bytes[16..24].copy_from_slice(&((end - FIXED) as u64).to_le_bytes());
    bytes[24..32].copy_from_slice(&sum.to_le_bytes());
}

/// Decodes the payload after the header.
/// The module parts of an artifact whose header may describe code that
/// cannot run here (another version, target or CPU): for inspecting it,
/// never for loading it (use [`read_artifact`]).
pub fn read_artifact_for_inspection(
    bytes: &[u8],
) -> Result<(ArtifactHeader, ModuleParts), ArtifactError> {
    let (header, rest) = read_artifact_header(bytes)?;
    let parts = decode_parts(rest)?;
    validate_parts(&header, &parts)?;
    Ok((header, parts))
}

fn decode_parts(bytes: &[u8]) -> Result<ModuleParts, ArtifactError> {
    let mut r = Reader::new(bytes);
    let info = codec::read_module_info(&mut r)?;
    let data = r.bytes("data segments")?.to_vec();
    let compilation = codec::read_compilation(&mut r)?;
    let compiled_for = codec::read_compiled_for(&mut r)?;
    r.finish("end of artifact")?;
    let parts = ModuleParts {
        info,
        data,
        compilation,
        compiled_for,
    };
    parts.check().map_err(ArtifactError::Inconsistent)?;
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use trident_types::{
        Compilation, CompiledFunction, ConstExpr, DataKind, DataSegment, FuncType, Import,
        ImportKind, ModuleInfo, ValType,
    };

    pub(crate) fn sample_parts() -> ModuleParts {
        let ty = FuncType::new([ValType::I32], [ValType::I64]);
        let info = ModuleInfo {
            types: vec![ty],
            imports: vec![Import {
                module: "m".into(),
                field: "f".into(),
                kind: ImportKind::Func(0),
            }],
            functions: vec![0, 0],
            num_imported_functions: 1,
            memories: vec![trident_types::MemoryType {
                minimum: 1,
                maximum: None,
                memory64: false,
                shared: false,
            }],
            data: vec![DataSegment {
                kind: DataKind::Active {
                    memory: 0,
                    offset: ConstExpr::I32(8),
                },
                range: 3..6,
            }],
            ..Default::default()
        };
        let f = |b: u8| CompiledFunction {
            body: vec![b; 8],
            alignment: 16,
            address_map: Vec::new(),
            ..Default::default()
        };
        ModuleParts::new(
            info,
            b"abcdefgh",
            Compilation {
                functions: vec![f(1)],
                host_to_wasm: vec![f(2)],
                wasm_to_host: vec![(0, f(3))],
            },
        )
    }

    fn header() -> ArtifactHeader {
        ArtifactHeader::new(
            "test",
            "fingerprint",
            &CompilerOptions::default(),
            HOST,
            Features::default(),
        )
    }

    const HOST: &str = cpu::HOST_TRIPLE;

    #[test]
    fn round_trip() {
        let parts = sample_parts();
        assert_eq!(parts.data, b"def");
        let bytes = write_artifact(&header(), &parts);
        assert!(is_artifact(&bytes));
        assert_eq!(read_artifact(&bytes), Ok((header(), parts)));
    }

    #[test]
    fn every_prefix_is_refused_without_panicking() {
        let bytes = write_artifact(&header(), &sample_parts());
        for n in 0..bytes.len() {
            assert!(read_artifact(&bytes[..n]).is_err(), "prefix of {n} bytes");
        }
    }

    #[test]
    fn every_flipped_byte_is_refused() {
        let bytes = write_artifact(&header(), &sample_parts());
        for i in 0..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 0x10;
            assert!(read_artifact(&b).is_err(), "byte {i} flipped");
        }
    }
}
