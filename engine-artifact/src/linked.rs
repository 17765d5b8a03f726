//! A module linked into a native executable: its metadata as the object
//! file's data symbol carries it, and where its code sits in the object's
//! text.
//!
//! The code is already placed and relocated by the system linker, so the
//! runtime only needs offsets from the start of the text (the
//! `trident_module_text` symbol): the defined functions' ranges, each
//! type's host→wasm trampoline, the imported types' wasm→host trampolines
//! and the trap sites. Invariant checked by [`read_metadata`]: every offset
//! lies inside the text and the counts match the module, and the module's
//! metadata passes `crate::validate::validate_info`.

use crate::artifact::ArtifactError;
use crate::codec::{self, DecodeError, Reader, Writer};
use crate::parts::{check_data, imported_types};
use std::ops::Range;
use trident_types::{
    BoundsChecks, CompilerOptions, InlinedCall, ModuleInfo, OptLevel, RelaxedSimd, TrapCode,
};

/// The first bytes of the metadata.
pub const METADATA_MAGIC: [u8; 8] = *b"\x7fTRIDMD\x07";

/// Where each piece of code is, relative to the start of the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkedLayout {
    pub text_len: u32,
    /// One range per defined function.
    pub functions: Vec<Range<u32>>,
    /// Each defined function's entry in the wasm calling convention,
    /// relative to its start (`CompiledFunction::entry`).
    pub entries: Vec<u32>,
    /// Host→wasm trampoline of each type index.
    pub host_to_wasm: Vec<u32>,
    /// `(type index, offset)` of each wasm→host trampoline.
    pub wasm_to_host: Vec<(u32, u32)>,
    /// Every trap site, sorted by offset.
    pub traps: Vec<(u32, TrapCode)>,
    /// Each defined function's address map (`CompiledFunction::
    /// address_map`, offsets relative to the function).
    pub address_maps: Vec<Vec<(u32, u32)>>,
    /// Each defined function's inlined calls (`CompiledFunction::
    /// inlined_calls`).
    pub inlined_calls: Vec<Vec<InlinedCall>>,
}

/// What the headless runtime needs to run a linked module.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkedModule {
    pub backend: String,
    /// The runtime-relevant options the code was compiled with (bounds
    /// checks, fuel, epochs).
    pub options: CompilerOptions,
    /// CPU features the code may use (as in an artifact header); a machine
    /// lacking one must not run it.
    pub cpu_features: Vec<String>,
    pub info: ModuleInfo,
    /// The data segments' bytes (`info.data` ranges index them).
    pub data: Vec<u8>,
    pub layout: LinkedLayout,
}

/// Encodes `m` for the object file's metadata symbol.
pub fn write_metadata(m: &LinkedModule) -> Vec<u8> {
    let mut w = Writer::new();
    w.bytes.extend_from_slice(&METADATA_MAGIC);
    w.str(&m.backend);
    w.u8(m.options.opt_level as u8);
    w.bool(m.options.bounds_checks == BoundsChecks::Dynamic);
    w.bool(m.options.consume_fuel);
    for v in m.options.fuel_costs.to_array() {
        w.u32(v);
    }
    w.bool(m.options.epoch_interruption);
    w.bool(m.options.nan_canonicalization);
    w.bool(m.options.relaxed_simd == RelaxedSimd::Native);
    w.seq(&m.cpu_features, |w, f| w.str(f));
    codec::write_module_info(&mut w, &m.info);
    w.bytes(&m.data);
    let l = &m.layout;
    w.u32(l.text_len);
    w.seq(&l.functions, |w, r| {
        w.u32(r.start);
        w.u32(r.end);
    });
    w.seq(&l.entries, |w, e| w.u32(*e));
    w.seq(&l.host_to_wasm, |w, o| w.u32(*o));
    w.seq(&l.wasm_to_host, |w, (t, o)| {
        w.u32(*t);
        w.u32(*o);
    });
    w.seq(&l.traps, |w, (o, c)| {
        w.u32(*o);
        w.u8(*c as u8);
    });
    w.seq(&l.address_maps, |w, map| {
        w.seq(map, |w, (code, wasm)| {
            w.u32(*code);
            w.u32(*wasm);
        })
    });
    w.seq(&l.inlined_calls, |w, calls| {
        codec::write_inlined_calls(w, calls)
    });
    w.bytes
}

fn read(bytes: &[u8]) -> Result<LinkedModule, DecodeError> {
    let mut r = Reader::new(bytes);
    if r.take(8, "metadata magic")? != METADATA_MAGIC {
        return Err(r.invalid("metadata magic"));
    }
    let backend = r.string("back end")?;
    let opt_level = match r.u8("opt level")? {
        0 => OptLevel::None,
        1 => OptLevel::Speed,
        2 => OptLevel::SpeedAndSize,
        _ => return Err(r.invalid("opt level")),
    };
    let options = CompilerOptions {
        opt_level,
        bounds_checks: if r.bool("bounds checks")? {
            BoundsChecks::Dynamic
        } else {
            BoundsChecks::Static
        },
        consume_fuel: r.bool("fuel flag")?,
        fuel_costs: r.fuel_costs()?,
        epoch_interruption: r.bool("epoch flag")?,
        nan_canonicalization: r.bool("NaN flag")?,
        relaxed_simd: crate::artifact::relaxed_simd(r.bool("relaxed SIMD flag")?),
        verifier: false,
        omit_address_map: false,
        target: None,
        target_cpu: None,
        cpu_features: Vec::new(),
    };
    let cpu_features = r.seq(4, "CPU features", |r| r.string("CPU feature"))?;
    let info = codec::read_module_info(&mut r)?;
    let data = r.bytes("data segments")?.to_vec();
    let text_len = r.u32("text length")?;
    let functions = r.seq(8, "function ranges", |r| {
        Ok(r.u32("function start")?..r.u32("function end")?)
    })?;
    let entries = r.seq(4, "function entries", |r| r.u32("function entry"))?;
    let host_to_wasm = r.seq(4, "host-to-wasm offsets", |r| r.u32("offset"))?;
    let wasm_to_host = r.seq(8, "wasm-to-host offsets", |r| {
        Ok((r.u32("type")?, r.u32("offset")?))
    })?;
    let traps = r.seq(5, "trap sites", |r| {
        let offset = r.u32("trap offset")?;
        let code = TrapCode::from_u8(r.u8("trap code")?).ok_or_else(|| r.invalid("trap code"))?;
        Ok((offset, code))
    })?;
    let address_maps = r.seq(4, "address maps", |r| {
        let map = r.seq(8, "address map", |r| {
            Ok((
                r.u32("address map code offset")?,
                r.u32("address map wasm offset")?,
            ))
        })?;
        if !map.windows(2).all(|w| w[0].0 < w[1].0) {
            return Err(r.invalid("address map order"));
        }
        Ok(map)
    })?;
    if address_maps.len() > functions.len() {
        return Err(r.invalid("address map count"));
    }
    let inlined_calls = r.seq(4, "inlined calls", |r| {
        // Ranges are checked against each function's length below.
        codec::read_inlined_calls(r, usize::MAX)
    })?;
    if inlined_calls.len() > functions.len()
        || inlined_calls
            .iter()
            .zip(&functions)
            .any(|(calls, f)| calls.iter().any(|c| c.end > f.end.saturating_sub(f.start)))
    {
        return Err(r.invalid("inlined calls"));
    }
    r.finish("end of metadata")?;
    Ok(LinkedModule {
        backend,
        options,
        cpu_features,
        info,
        data,
        layout: LinkedLayout {
            text_len,
            functions,
            entries,
            host_to_wasm,
            wasm_to_host,
            traps,
            address_maps,
            inlined_calls,
        },
    })
}

/// Decodes and checks the metadata of a linked module.
pub fn read_metadata(bytes: &[u8]) -> Result<LinkedModule, ArtifactError> {
    let m = read(bytes)?;
    check_data(&m.info, m.data.len()).map_err(ArtifactError::Inconsistent)?;
    // `create-exe` compiles with the features it is given (default 3.0).
    crate::validate::validate_info(&m.info, &trident_types::Features::default())?;
    let l = &m.layout;
    let len = l.text_len;
    let inconsistent = ArtifactError::Inconsistent;
    if l.functions.len() != m.info.num_defined_functions() as usize
        || l.functions.iter().any(|r| r.start > r.end || r.end > len)
        || l.entries.len() != l.functions.len()
        || l.entries.iter().zip(&l.functions).any(|(e, r)| {
            // An entry past the start is an adapter inside the function.
            *e != 0 && (*e >= r.end - r.start || *e > i32::MAX as u32)
        })
    {
        return Err(inconsistent("function ranges do not match the module"));
    }
    if l.host_to_wasm.len() != m.info.types.len() || l.host_to_wasm.iter().any(|o| *o >= len) {
        return Err(inconsistent(
            "host-to-wasm trampolines do not match the module",
        ));
    }
    let types = m.info.types.len() as u32;
    if l.wasm_to_host.iter().any(|(t, o)| *t >= types || *o >= len)
        || imported_types(&m.info).any(|t| !l.wasm_to_host.iter().any(|(u, _)| *u == t))
    {
        return Err(inconsistent(
            "wasm-to-host trampolines do not match the module",
        ));
    }
    if l.traps.iter().any(|(o, _)| *o >= len) || !l.traps.is_sorted_by_key(|t| t.0) {
        return Err(inconsistent("trap sites lie outside the code"));
    }
    Ok(m)
}
