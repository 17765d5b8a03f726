//! Encoding of a [`Compilation`]: the defined functions, the host→wasm
//! trampolines (one per type index) and the wasm→host trampolines (per
//! imported type index), each with its code, relocations and trap sites.

use super::{DecodeError, Reader, Writer};
use trident_types::{
    Compilation, CompiledFunction, InlinedCall, Relocation, RelocationKind, RelocationTarget,
    TrapCode, TrapSite,
};

fn relocation_kind(k: RelocationKind) -> u8 {
    match k {
        RelocationKind::X86PcRel4 => 0,
        RelocationKind::Arm64Call => 1,
    }
}

fn function(w: &mut Writer, f: &CompiledFunction) {
    w.bytes(&f.body);
    w.u32(f.alignment);
    w.seq(&f.relocations, |w, r| {
        w.u32(r.offset);
        w.u8(relocation_kind(r.kind));
        match r.target {
            RelocationTarget::Function(i) => {
                w.u8(0);
                w.u32(i);
            }
        }
        w.i64(r.addend);
    });
    w.seq(&f.traps, |w, t| {
        w.u32(t.offset);
        w.u8(t.code as u8);
    });
    w.seq(&f.address_map, |w, (code, wasm)| {
        w.u32(*code);
        w.u32(*wasm);
    });
    write_inlined_calls(w, &f.inlined_calls);
    w.u32(f.entry);
}

/// Appends a function's inlined calls (artifacts and linked metadata).
pub fn write_inlined_calls(w: &mut Writer, calls: &[InlinedCall]) {
    w.seq(calls, |w, c| {
        w.u32(c.start);
        w.u32(c.end);
        w.u32(c.depth);
        w.u32(c.call);
    });
}

/// Reads a function's inlined calls: non-empty ranges at depth 1 or more,
/// within a body of `body_len` bytes.
pub fn read_inlined_calls(
    r: &mut Reader<'_>,
    body_len: usize,
) -> Result<Vec<InlinedCall>, DecodeError> {
    r.seq(16, "inlined calls", |r| {
        let start = r.u32("inlined call start")?;
        let end = r.u32("inlined call end")?;
        let depth = r.u32("inlined call depth")?;
        let call = r.u32("inlined call offset")?;
        if start >= end || end as usize > body_len || depth == 0 {
            return Err(r.invalid("inlined call range"));
        }
        Ok(InlinedCall {
            start,
            end,
            depth,
            call,
        })
    })
}

fn read_function(r: &mut Reader<'_>) -> Result<CompiledFunction, DecodeError> {
    let body = r.bytes("function body")?.to_vec();
    let alignment = r.u32("function alignment")?;
    if !alignment.is_power_of_two() && alignment != 0 {
        return Err(r.invalid("function alignment"));
    }
    let relocations = r.seq(18, "relocations", |r| {
        let offset = r.u32("relocation offset")?;
        let kind = match r.u8("relocation kind")? {
            0 => RelocationKind::X86PcRel4,
            1 => RelocationKind::Arm64Call,
            _ => return Err(r.invalid("relocation kind")),
        };
        let target = match r.u8("relocation target")? {
            0 => RelocationTarget::Function(r.u32("relocation target")?),
            _ => return Err(r.invalid("relocation target")),
        };
        let addend = r.i64("relocation addend")?;
        if offset as usize + 4 > body.len() {
            return Err(r.invalid("relocation offset"));
        }
        Ok(Relocation {
            offset,
            kind,
            target,
            addend,
        })
    })?;
    let traps = r.seq(5, "trap sites", |r| {
        let offset = r.u32("trap offset")?;
        let code = TrapCode::from_u8(r.u8("trap code")?).ok_or_else(|| r.invalid("trap code"))?;
        Ok(TrapSite { offset, code })
    })?;
    let address_map = r.seq(8, "address map", |r| {
        let code = r.u32("address map code offset")?;
        let wasm = r.u32("address map wasm offset")?;
        if code as usize > body.len() {
            return Err(r.invalid("address map code offset"));
        }
        Ok((code, wasm))
    })?;
    if !address_map.windows(2).all(|w| w[0].0 < w[1].0) {
        return Err(r.invalid("address map order"));
    }
    let inlined_calls = read_inlined_calls(r, body.len())?;
    // An entry past the start is an adapter inside the body, within an
    // `i32` of it (`VMFuncRef::tail_offset`).
    let entry = r.u32("function entry")?;
    if entry != 0 && (entry as usize >= body.len() || entry > i32::MAX as u32) {
        return Err(r.invalid("function entry"));
    }
    Ok(CompiledFunction {
        entry,
        body,
        relocations,
        traps,
        alignment,
        address_map,
        inlined_calls,
    })
}

/// Appends `c`'s encoding.
pub fn write_compilation(w: &mut Writer, c: &Compilation) {
    w.seq(&c.functions, function);
    w.seq(&c.host_to_wasm, function);
    w.seq(&c.wasm_to_host, |w, (ty, f)| {
        w.u32(*ty);
        function(w, f);
    });
}

/// Reads a [`Compilation`].
pub fn read_compilation(r: &mut Reader<'_>) -> Result<Compilation, DecodeError> {
    Ok(Compilation {
        functions: r.seq(16, "functions", read_function)?,
        host_to_wasm: r.seq(16, "host-to-wasm trampolines", read_function)?,
        wasm_to_host: r.seq(20, "wasm-to-host trampolines", |r| {
            Ok((r.u32("trampoline type")?, read_function(r)?))
        })?,
    })
}

/// Appends the signatures the code was compiled for.
pub fn write_compiled_for(w: &mut Writer, c: &crate::parts::CompiledFor) {
    w.seq(&c.types, super::module::func_type);
    w.seq(&c.functions, |w, t| w.u32(*t));
    for n in c.layout {
        w.u32(n);
    }
}

/// Reads the signatures the code was compiled for.
pub fn read_compiled_for(r: &mut Reader<'_>) -> Result<crate::parts::CompiledFor, DecodeError> {
    Ok(crate::parts::CompiledFor {
        types: r.seq(8, "compiled signatures", super::module::read_func_type)?,
        functions: r.seq(4, "compiled function types", |r| r.u32("function type"))?,
        layout: [
            r.u32("compiled layout")?,
            r.u32("compiled layout")?,
            r.u32("compiled layout")?,
            r.u32("compiled layout")?,
        ],
    })
}
