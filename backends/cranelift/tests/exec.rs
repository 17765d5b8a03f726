//! Runs compiled code: the spec suite's `assert_return` and `assert_trap`
//! directives on a
//! minimal in-test runtime, on x86-64 Linux hosts.
//!
//! The runtime here lays out vmctx exactly as `VMOffsets` says, implements
//! the builtins and the `spectest` imports (host functions go through the
//! wasm→host trampolines), and calls exports through the host→wasm
//! trampolines. `assert_trap` directives run in a forked child whose signal
//! handler looks the faulting PC up in the compilation's trap sites and
//! exits with the trap code. Stack exhaustion is not tested; a trap in a
//! directive that expects a result kills the test process (a failure
//! either way). A file stops being run at the first module that imports
//! anything but `spectest`.
//!
//! Memories are `STATIC_RESERVATION + STATIC_GUARD` reservations whose
//! accessible prefix grows in place, so both bounds-check modes run on the
//! same layout.

#![cfg(all(target_arch = "x86_64", target_os = "linux"))]

mod common;

use common::testsuite;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};
use trident_compiler::{translate_module, Compilation, Compiler, RelocationKind, RelocationTarget};
use trident_cranelift::{CraneliftCompiler, CraneliftConfig};
use trident_types::{
    BoundsChecks, ConstExpr, DataKind, ElementItems, ElementKind, ExportKind, Features, ImportKind,
    ModuleInfo, TrapCode, VMOffsets, ValType, STATIC_GUARD, STATIC_RESERVATION, WASM_PAGE_SIZE,
};
use wast::core::{NanPattern, WastArgCore, WastRetCore};
use wast::{QuoteWat, Wast, WastArg, WastDirective, WastExecute, WastRet};

#[repr(C)]
struct MemDef {
    base: *mut u8,
    len: usize,
}

#[repr(C)]
struct TableDef {
    base: *mut usize,
    len: u32,
}

#[repr(C)]
struct StoreCtx {
    stack_limit: usize,
}

#[repr(C)]
struct HostCtx {
    call: usize,
}

/// Executable code for one compilation.
struct Code {
    ptr: *mut u8,
    len: usize,
    functions: Vec<usize>,
    host_to_wasm: Vec<usize>,
    wasm_to_host: BTreeMap<u32, usize>,
    /// Absolute address of every trap site and its code, sorted.
    traps: Vec<(usize, u8)>,
}

impl Code {
    fn new(c: &Compilation, num_imported: u32) -> Code {
        let mut offset = 0usize;
        let mut place = |f: &trident_compiler::CompiledFunction| {
            let align = f.alignment.max(16) as usize;
            offset = offset.div_ceil(align) * align;
            let at = offset;
            offset += f.body.len();
            at
        };
        let functions: Vec<usize> = c.functions.iter().map(&mut place).collect();
        let h2w: Vec<usize> = c.host_to_wasm.iter().map(&mut place).collect();
        let w2h: Vec<(u32, usize)> = c.wasm_to_host.iter().map(|(t, f)| (*t, place(f))).collect();
        let len = offset.max(1).div_ceil(4096) * 4096;
        // SAFETY: a fresh anonymous private mapping; the result is checked.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        assert_ne!(ptr, libc::MAP_FAILED, "mmap for code");
        let ptr = ptr as *mut u8;
        let all = c
            .functions
            .iter()
            .zip(&functions)
            .chain(c.host_to_wasm.iter().zip(&h2w))
            .chain(
                c.wasm_to_host
                    .iter()
                    .map(|(_, f)| f)
                    .zip(w2h.iter().map(|(_, o)| o)),
            );
        for (f, at) in all {
            // SAFETY: `at + body.len() <= len`, inside the writable mapping.
            unsafe { std::ptr::copy_nonoverlapping(f.body.as_ptr(), ptr.add(*at), f.body.len()) };
            for r in &f.relocations {
                assert_eq!(r.kind, RelocationKind::X86PcRel4);
                let RelocationTarget::Function(t) = r.target;
                let target = functions[(t - num_imported) as usize] as i64;
                let place = (*at + r.offset as usize) as i64;
                let value = i32::try_from(target + r.addend - place).expect("reloc range");
                // SAFETY: the relocation lies inside the body just copied.
                unsafe {
                    std::ptr::copy_nonoverlapping(
                        value.to_le_bytes().as_ptr(),
                        ptr.add(place as usize),
                        4,
                    )
                };
            }
        }
        // SAFETY: the mapping is ours; switching it to read+execute.
        let r = unsafe { libc::mprotect(ptr as *mut _, len, libc::PROT_READ | libc::PROT_EXEC) };
        assert_eq!(r, 0, "mprotect code");
        let base = ptr as usize;
        let placed = c
            .functions
            .iter()
            .zip(&functions)
            .chain(c.host_to_wasm.iter().zip(&h2w))
            .chain(
                c.wasm_to_host
                    .iter()
                    .map(|(_, f)| f)
                    .zip(w2h.iter().map(|(_, o)| o)),
            );
        let mut traps: Vec<(usize, u8)> = placed
            .flat_map(|(f, at)| {
                f.traps
                    .iter()
                    .map(move |t| (base + at + t.offset as usize, t.code as u8))
            })
            .collect();
        traps.sort();
        Code {
            traps,
            ptr,
            len,
            functions: functions.iter().map(|o| base + o).collect(),
            host_to_wasm: h2w.iter().map(|o| base + o).collect(),
            wasm_to_host: w2h.iter().map(|(t, o)| (*t, base + o)).collect(),
        }
    }
}

impl Drop for Code {
    fn drop(&mut self) {
        // SAFETY: unmapping the region mapped in `new`.
        unsafe { libc::munmap(self.ptr as *mut _, self.len) };
    }
}

struct Memory {
    def: MemDef,
    max_pages: u64,
    reservation: usize,
}

impl Memory {
    fn new(min: u64, max: Option<u64>) -> Memory {
        let reservation = (STATIC_RESERVATION + STATIC_GUARD) as usize;
        // SAFETY: a fresh inaccessible reservation; the result is checked.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                reservation,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        assert_ne!(ptr, libc::MAP_FAILED, "mmap for memory");
        let mut m = Memory {
            def: MemDef {
                base: ptr as *mut u8,
                len: 0,
            },
            max_pages: max.unwrap_or(65536).min(65536),
            reservation,
        };
        assert!(m.grow(min).is_some());
        m
    }

    /// Grows by `delta` pages; the old size in pages, or None.
    fn grow(&mut self, delta: u64) -> Option<u64> {
        let old = self.def.len as u64 / WASM_PAGE_SIZE;
        let new = old.checked_add(delta)?;
        if new > self.max_pages {
            return None;
        }
        let len = (new * WASM_PAGE_SIZE) as usize;
        if len > 0 {
            // SAFETY: the range is inside our reservation.
            let r = unsafe {
                libc::mprotect(
                    self.def.base as *mut _,
                    len,
                    libc::PROT_READ | libc::PROT_WRITE,
                )
            };
            assert_eq!(r, 0, "mprotect memory");
        }
        self.def.len = len;
        Some(old)
    }

    fn bytes(&mut self) -> &mut [u8] {
        // SAFETY: the first `len` bytes are mapped read+write and owned here.
        unsafe { std::slice::from_raw_parts_mut(self.def.base, self.def.len) }
    }
}

impl Drop for Memory {
    fn drop(&mut self) {
        // SAFETY: unmapping the reservation mapped in `new`.
        unsafe { libc::munmap(self.def.base as *mut _, self.reservation) };
    }
}

struct Table {
    def: TableDef,
    elems: Vec<usize>,
    max: u32,
}

impl Table {
    fn new(min: u32, max: Option<u32>) -> Table {
        let mut t = Table {
            def: TableDef {
                base: std::ptr::null_mut(),
                len: 0,
            },
            elems: vec![0; min as usize],
            max: max.unwrap_or(u32::MAX),
        };
        t.sync();
        t
    }

    fn sync(&mut self) {
        self.def.base = self.elems.as_mut_ptr();
        self.def.len = self.elems.len() as u32;
    }
}

// Boxes keep the addresses stored in vmctx stable while the vectors grow.
#[allow(clippy::vec_box)]
struct Instance {
    module: ModuleInfo,
    offsets: VMOffsets,
    vmctx: Vec<u128>,
    _store: Box<StoreCtx>,
    _builtins: Box<[usize; 10]>,
    _type_ids: Vec<u32>,
    _host_ctx: Box<HostCtx>,
    imported_globals: Vec<Box<u128>>,
    memories: Vec<Box<Memory>>,
    tables: Vec<Box<Table>>,
    data: Vec<Option<Vec<u8>>>,
    elems: Vec<Option<Vec<usize>>>,
    code: Code,
}

/// The instance a builtin was called for.
///
/// # Safety
/// `vmctx` must be the vmctx of a live, boxed `Instance`.
unsafe fn instance<'a>(vmctx: *mut u8) -> &'a mut Instance {
    // SAFETY: the caller guarantees `vmctx` belongs to a live instance, whose
    // back pointer is at offset 3·8.
    unsafe { &mut *(*(vmctx.add(24) as *const *mut Instance)) }
}

fn range_ok(start: u32, len: u32, size: usize) -> bool {
    (start as u64 + len as u64) <= size as u64
}

extern "C" fn memory_grow(vmctx: *mut u8, mem: u32, delta: u32) -> i32 {
    // SAFETY: called by compiled code with its own vmctx.
    let i = unsafe { instance(vmctx) };
    match i.memories[mem as usize].grow(delta as u64) {
        Some(old) => old as i32,
        None => -1,
    }
}

extern "C" fn memory_fill(vmctx: *mut u8, mem: u32, dst: u32, val: u32, len: u32) -> u32 {
    // SAFETY: called by compiled code with its own vmctx.
    let i = unsafe { instance(vmctx) };
    let m = i.memories[mem as usize].bytes();
    if !range_ok(dst, len, m.len()) {
        return 1;
    }
    m[dst as usize..(dst + len) as usize].fill(val as u8);
    0
}

extern "C" fn memory_copy(vmctx: *mut u8, dm: u32, sm: u32, dst: u32, src: u32, len: u32) -> u32 {
    // SAFETY: called by compiled code with its own vmctx.
    let i = unsafe { instance(vmctx) };
    let src_bytes = i.memories[sm as usize].bytes();
    if !range_ok(src, len, src_bytes.len()) {
        return 1;
    }
    let data = src_bytes[src as usize..(src + len) as usize].to_vec();
    let d = i.memories[dm as usize].bytes();
    if !range_ok(dst, len, d.len()) {
        return 1;
    }
    d[dst as usize..(dst + len) as usize].copy_from_slice(&data);
    0
}

extern "C" fn memory_init(vmctx: *mut u8, mem: u32, seg: u32, dst: u32, src: u32, len: u32) -> u32 {
    // SAFETY: called by compiled code with its own vmctx.
    let i = unsafe { instance(vmctx) };
    let empty = Vec::new();
    let data = i.data[seg as usize].as_ref().unwrap_or(&empty).clone();
    let m = i.memories[mem as usize].bytes();
    if !range_ok(src, len, data.len()) || !range_ok(dst, len, m.len()) {
        return 1;
    }
    m[dst as usize..(dst + len) as usize]
        .copy_from_slice(&data[src as usize..(src + len) as usize]);
    0
}

extern "C" fn data_drop(vmctx: *mut u8, seg: u32) {
    // SAFETY: called by compiled code with its own vmctx.
    let i = unsafe { instance(vmctx) };
    i.data[seg as usize] = None;
}

extern "C" fn table_grow(vmctx: *mut u8, table: u32, init: usize, delta: u32) -> i32 {
    // SAFETY: called by compiled code with its own vmctx.
    let i = unsafe { instance(vmctx) };
    let t = &mut i.tables[table as usize];
    let old = t.elems.len() as u32;
    match old.checked_add(delta) {
        Some(new) if new <= t.max => {
            t.elems.resize(new as usize, init);
            t.sync();
            old as i32
        }
        _ => -1,
    }
}

extern "C" fn table_fill(vmctx: *mut u8, table: u32, dst: u32, val: usize, len: u32) -> u32 {
    // SAFETY: called by compiled code with its own vmctx.
    let i = unsafe { instance(vmctx) };
    let t = &mut i.tables[table as usize];
    if !range_ok(dst, len, t.elems.len()) {
        return 1;
    }
    t.elems[dst as usize..(dst + len) as usize].fill(val);
    0
}

extern "C" fn table_copy(vmctx: *mut u8, dt: u32, st: u32, dst: u32, src: u32, len: u32) -> u32 {
    // SAFETY: called by compiled code with its own vmctx.
    let i = unsafe { instance(vmctx) };
    let s = &i.tables[st as usize].elems;
    if !range_ok(src, len, s.len()) {
        return 1;
    }
    let items = s[src as usize..(src + len) as usize].to_vec();
    let d = &mut i.tables[dt as usize].elems;
    if !range_ok(dst, len, d.len()) {
        return 1;
    }
    d[dst as usize..(dst + len) as usize].copy_from_slice(&items);
    0
}

extern "C" fn table_init(
    vmctx: *mut u8,
    table: u32,
    seg: u32,
    dst: u32,
    src: u32,
    len: u32,
) -> u32 {
    // SAFETY: called by compiled code with its own vmctx.
    let i = unsafe { instance(vmctx) };
    let items = i.elems[seg as usize].clone().unwrap_or_default();
    let t = &mut i.tables[table as usize].elems;
    if !range_ok(src, len, items.len()) || !range_ok(dst, len, t.len()) {
        return 1;
    }
    t[dst as usize..(dst + len) as usize]
        .copy_from_slice(&items[src as usize..(src + len) as usize]);
    0
}

extern "C" fn elem_drop(vmctx: *mut u8, seg: u32) {
    // SAFETY: called by compiled code with its own vmctx.
    let i = unsafe { instance(vmctx) };
    i.elems[seg as usize] = None;
}

/// The `spectest` host functions: they print nothing and succeed.
extern "C" fn host_call(_host: *mut u8, _caller: *mut u8, _values: *mut u128, _n: u32) -> u32 {
    0
}

type HostToWasm = extern "C" fn(usize, *mut u8, *mut u8, *mut u128);

fn const_value(e: &ConstExpr, globals: &[Box<u128>], funcref: &dyn Fn(u32) -> usize) -> u128 {
    match *e {
        ConstExpr::I32(v) => v as u32 as u128,
        ConstExpr::I64(v) => v as u64 as u128,
        ConstExpr::F32(b) => b as u128,
        ConstExpr::F64(b) => b as u128,
        ConstExpr::V128(v) => v,
        ConstExpr::RefNull(_) => 0,
        ConstExpr::RefFunc(f) => funcref(f) as u128,
        ConstExpr::GlobalGet(g) => *globals[g as usize],
    }
}

impl Instance {
    fn vmctx_ptr(&mut self) -> *mut u8 {
        self.vmctx.as_mut_ptr() as *mut u8
    }

    fn write(&mut self, off: u32, v: usize) {
        let p = self.vmctx_ptr();
        // SAFETY: `off` is a VMOffsets offset inside the vmctx allocation.
        unsafe { (p.add(off as usize) as *mut usize).write_unaligned(v) };
    }

    fn write_u32(&mut self, off: u32, v: u32) {
        let p = self.vmctx_ptr();
        // SAFETY: as in `write`.
        unsafe { (p.add(off as usize) as *mut u32).write_unaligned(v) };
    }

    fn read_u128(&mut self, off: u32) -> u128 {
        let p = self.vmctx_ptr();
        // SAFETY: as in `write`.
        unsafe { (p.add(off as usize) as *const u128).read_unaligned() }
    }

    /// Instantiates; None when the module needs imports we do not provide
    /// or instantiation traps.
    fn new(module: ModuleInfo, wasm: &[u8], c: &Compilation) -> Option<Box<Instance>> {
        let offsets = VMOffsets::new(8, &module);
        let code = Code::new(c, module.num_imported_functions);
        let mut canonical = Vec::new();
        for ty in &module.types {
            canonical.push(module.types.iter().position(|t| t == ty).unwrap() as u32);
        }
        let builtins: [usize; 10] = [
            memory_grow as *const () as usize,
            memory_fill as *const () as usize,
            memory_copy as *const () as usize,
            memory_init as *const () as usize,
            data_drop as *const () as usize,
            table_grow as *const () as usize,
            table_fill as *const () as usize,
            table_copy as *const () as usize,
            table_init as *const () as usize,
            elem_drop as *const () as usize,
        ];
        let mut inst = Box::new(Instance {
            vmctx: vec![0u128; (offsets.size() as usize).div_ceil(16).max(1)],
            offsets,
            _store: Box::new(StoreCtx { stack_limit: 0 }),
            _builtins: Box::new(builtins),
            _type_ids: canonical,
            _host_ctx: Box::new(HostCtx {
                call: host_call as *const () as usize,
            }),
            imported_globals: Vec::new(),
            memories: Vec::new(),
            tables: Vec::new(),
            data: Vec::new(),
            elems: Vec::new(),
            code,
            module,
        });
        let o = inst.offsets.clone();
        let vmctx = inst.vmctx_ptr() as usize;
        let store = &*inst._store as *const StoreCtx as usize;
        let builtins = inst._builtins.as_ptr() as usize;
        let type_ids = inst._type_ids.as_ptr() as usize;
        let host_ctx = &*inst._host_ctx as *const HostCtx as usize;
        let me = &mut *inst as *mut Instance as usize;
        inst.write(o.store_context(), store);
        inst.write(o.builtins(), builtins);
        inst.write(o.type_ids(), type_ids);
        inst.write(o.instance(), me);

        // Imports: only `spectest`.
        let imports = inst.module.imports.clone();
        let mut func = 0;
        for imp in &imports {
            if imp.module != "spectest" {
                return None;
            }
            match imp.kind {
                ImportKind::Func(t) => {
                    if !inst.module.types[t as usize].results.is_empty() {
                        return None;
                    }
                    let tramp = inst.code.wasm_to_host[&t];
                    let slot = o.funcref(func);
                    inst.write(slot + o.funcref_func_ptr(), tramp);
                    inst.write(slot + o.funcref_vmctx(), host_ctx);
                    let id = inst._type_ids[t as usize];
                    inst.write_u32(slot + o.funcref_type_id(), id);
                    func += 1;
                }
                ImportKind::Global(g) => {
                    let v: u128 = match (imp.field.as_str(), g.content) {
                        ("global_i32", ValType::I32) => 666,
                        ("global_i64", ValType::I64) => 666,
                        ("global_f32", ValType::F32) => 666.6f32.to_bits() as u128,
                        ("global_f64", ValType::F64) => 666.6f64.to_bits() as u128,
                        _ => return None,
                    };
                    inst.imported_globals.push(Box::new(v));
                }
                ImportKind::Table(_) => {
                    if imp.field != "table" {
                        return None;
                    }
                    inst.tables.push(Box::new(Table::new(10, Some(20))));
                }
                ImportKind::Memory(_) => {
                    if imp.field != "memory" {
                        return None;
                    }
                    inst.memories.push(Box::new(Memory::new(1, Some(2))));
                }
            }
        }
        for (i, g) in inst.imported_globals.iter().enumerate() {
            let p = &**g as *const u128 as usize;
            let off = o.imported_global(i as u32);
            let base = inst.vmctx.as_mut_ptr() as *mut u8;
            // SAFETY: as in `write`.
            unsafe { (base.add(off as usize) as *mut usize).write_unaligned(p) };
        }

        // Defined functions.
        let nimp = inst.module.num_imported_functions;
        for f in nimp..inst.module.functions.len() as u32 {
            let slot = o.funcref(f);
            let addr = inst.code.functions[(f - nimp) as usize];
            let t = inst.module.functions[f as usize];
            let id = inst._type_ids[t as usize];
            inst.write(slot + o.funcref_func_ptr(), addr);
            inst.write(slot + o.funcref_vmctx(), vmctx);
            inst.write_u32(slot + o.funcref_type_id(), id);
        }
        let funcref = |f: u32| vmctx + o.funcref(f) as usize;

        // Defined tables, memories, globals.
        let defined_tables = inst.module.tables[inst.tables.len()..].to_vec();
        for t in defined_tables {
            inst.tables.push(Box::new(Table::new(t.minimum, t.maximum)));
        }
        let defined_memories = inst.module.memories[inst.memories.len()..].to_vec();
        for m in defined_memories {
            inst.memories
                .push(Box::new(Memory::new(m.minimum, m.maximum)));
        }
        for i in 0..inst.tables.len() {
            let p = &inst.tables[i].def as *const TableDef as usize;
            inst.write(o.table(i as u32), p);
        }
        for i in 0..inst.memories.len() {
            let p = &inst.memories[i].def as *const MemDef as usize;
            inst.write(o.memory(i as u32), p);
        }
        let inits = inst.module.global_inits.clone();
        for (i, e) in inits.iter().enumerate() {
            let v = const_value(e, &inst.imported_globals, &funcref);
            let off = o.defined_global(i as u32);
            let base = inst.vmctx_ptr();
            // SAFETY: as in `write`.
            unsafe { (base.add(off as usize) as *mut u128).write_unaligned(v) };
        }

        // Segments.
        let elements = inst.module.elements.clone();
        for e in &elements {
            let items: Vec<usize> = match &e.items {
                ElementItems::Functions(f) => f.iter().map(|f| funcref(*f)).collect(),
                ElementItems::Expressions(x) => x
                    .iter()
                    .map(|x| const_value(x, &inst.imported_globals, &funcref) as usize)
                    .collect(),
            };
            match &e.kind {
                ElementKind::Passive => inst.elems.push(Some(items)),
                ElementKind::Declared => inst.elems.push(None),
                ElementKind::Active { table, offset } => {
                    let start = const_value(offset, &inst.imported_globals, &funcref) as u32;
                    let t = &mut inst.tables[*table as usize];
                    if !range_ok(start, items.len() as u32, t.elems.len()) {
                        return None;
                    }
                    t.elems[start as usize..start as usize + items.len()].copy_from_slice(&items);
                    inst.elems.push(None);
                }
            }
        }
        let data = inst.module.data.clone();
        for d in &data {
            let bytes = wasm[d.range.clone()].to_vec();
            match &d.kind {
                DataKind::Passive => inst.data.push(Some(bytes)),
                DataKind::Active { memory, offset } => {
                    let start = const_value(offset, &inst.imported_globals, &funcref) as u32;
                    let m = inst.memories[*memory as usize].bytes();
                    if !range_ok(start, bytes.len() as u32, m.len()) {
                        return None;
                    }
                    m[start as usize..start as usize + bytes.len()].copy_from_slice(&bytes);
                    inst.data.push(None);
                }
            }
        }
        if let Some(start) = inst.module.start {
            inst.call(start, &[])?;
        }
        Some(inst)
    }

    /// Calls function `f` (defined only) with `args`; None if imported.
    fn call(&mut self, f: u32, args: &[u128]) -> Option<Vec<u128>> {
        if self.module.is_imported_function(f) {
            return None;
        }
        let t = self.module.functions[f as usize];
        let ty = self.module.types[t as usize].clone();
        let mut values = vec![0u128; ty.params.len().max(ty.results.len()).max(1)];
        values[..args.len()].copy_from_slice(args);
        let func = self.code.functions[(f - self.module.num_imported_functions) as usize];
        let tramp = self.code.host_to_wasm[t as usize];
        let vmctx = self.vmctx_ptr();
        // SAFETY: `tramp` is the host→wasm trampoline compiled for the
        // callee's type, with that C signature.
        let tramp: HostToWasm = unsafe { std::mem::transmute::<usize, HostToWasm>(tramp) };
        tramp(func, vmctx, vmctx, values.as_mut_ptr());
        values.truncate(ty.results.len());
        Some(values)
    }
}

fn arg_value(a: &WastArg<'_>) -> Option<u128> {
    let WastArg::Core(a) = a else { return None };
    Some(match a {
        WastArgCore::I32(v) => *v as u32 as u128,
        WastArgCore::I64(v) => *v as u64 as u128,
        WastArgCore::F32(f) => f.bits as u128,
        WastArgCore::F64(f) => f.bits as u128,
        WastArgCore::RefNull(_) => 0,
        WastArgCore::RefExtern(n) => *n as u128 + 1,
        _ => return None,
    })
}

/// Whether `got` matches `want`; None when the pattern is not supported.
fn matches(got: u128, want: &WastRet<'_>) -> Option<bool> {
    let WastRet::Core(want) = want else {
        return None;
    };
    Some(match want {
        WastRetCore::I32(v) => got as u32 == *v as u32,
        WastRetCore::I64(v) => got as u64 == *v as u64,
        WastRetCore::F32(p) => {
            let b = got as u32;
            match p {
                NanPattern::Value(f) => b == f.bits,
                NanPattern::CanonicalNan => b & 0x7fff_ffff == 0x7fc0_0000,
                NanPattern::ArithmeticNan => b & 0x7fc0_0000 == 0x7fc0_0000,
            }
        }
        WastRetCore::F64(p) => {
            let b = got as u64;
            match p {
                NanPattern::Value(f) => b == f.bits,
                NanPattern::CanonicalNan => b & 0x7fff_ffff_ffff_ffff == 0x7ff8_0000_0000_0000,
                NanPattern::ArithmeticNan => b & 0x7ff8_0000_0000_0000 == 0x7ff8_0000_0000_0000,
            }
        }
        WastRetCore::RefNull(_) => got == 0,
        WastRetCore::RefExtern(Some(n)) => got == *n as u128 + 1,
        WastRetCore::RefExtern(None) | WastRetCore::RefFunc(None) => got != 0,
        _ => return None,
    })
}

/// The trap table the child's signal handler searches.
static TRAP_TABLE: AtomicPtr<(usize, u8)> = AtomicPtr::new(std::ptr::null_mut());
static TRAP_TABLE_LEN: AtomicUsize = AtomicUsize::new(0);

/// Exit status of a child that returned instead of trapping.
const NO_TRAP: i32 = 3;
/// Exit status of a child that faulted outside any trap site.
const UNKNOWN_FAULT: i32 = 4;
/// Exit status base for a trap with a known code.
const TRAPPED: i32 = 100;

extern "C" fn on_fault(_sig: libc::c_int, _info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: the kernel passes a valid ucontext_t to an SA_SIGINFO handler.
    let pc =
        unsafe { (*(ctx as *const libc::ucontext_t)).uc_mcontext.gregs[libc::REG_RIP as usize] }
            as usize;
    let table = TRAP_TABLE.load(Ordering::SeqCst);
    let len = TRAP_TABLE_LEN.load(Ordering::SeqCst);
    // SAFETY: the table was published before any wasm code ran and lives
    // until the process exits.
    let table = unsafe { std::slice::from_raw_parts(table, len) };
    let status = match table.binary_search_by_key(&pc, |(a, _)| *a) {
        Ok(i) => TRAPPED + i32::from(table[i].1),
        Err(_) => UNKNOWN_FAULT,
    };
    // SAFETY: _exit is async-signal-safe.
    unsafe { libc::_exit(status) };
}

/// Runs `inv` in a forked child and returns the trap code it raised, or a
/// description of what happened instead.
fn trap_of(
    inv: &wast::WastInvoke<'_>,
    instances: &mut [Option<Box<Instance>>],
    names: &BTreeMap<String, usize>,
    current: Option<usize>,
) -> Result<Option<TrapCode>, String> {
    let index = match inv.module {
        Some(id) => names.get(id.name()).copied(),
        None => current,
    };
    let Some(Some(inst)) = index.and_then(|i| instances.get(i)) else {
        return Ok(None);
    };
    if inv.args.iter().any(|a| arg_value(a).is_none()) {
        return Ok(None);
    }
    match inst.module.export(inv.name) {
        Some(ExportKind::Func(f)) if !inst.module.is_imported_function(f) => {}
        _ => return Ok(None),
    }
    TRAP_TABLE.store(inst.code.traps.as_ptr() as *mut _, Ordering::SeqCst);
    TRAP_TABLE_LEN.store(inst.code.traps.len(), Ordering::SeqCst);
    // SAFETY: the child only runs wasm code and the builtins, then leaves
    // with _exit; the parent waits for it.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0, "fork");
    if pid == 0 {
        // SAFETY: installing a handler in the child, which runs one thread.
        unsafe {
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = on_fault as *const () as usize;
            sa.sa_flags = libc::SA_SIGINFO;
            for sig in [
                libc::SIGILL,
                libc::SIGSEGV,
                libc::SIGBUS,
                libc::SIGFPE,
                libc::SIGTRAP,
            ] {
                libc::sigaction(sig, &sa, std::ptr::null_mut());
            }
        }
        invoke(inv, instances, names, current);
        // SAFETY: leaving the child without running the parent's destructors.
        unsafe { libc::_exit(NO_TRAP) };
    }
    let mut status = 0;
    // SAFETY: waiting for our own child.
    let r = unsafe { libc::waitpid(pid, &mut status, 0) };
    assert_eq!(r, pid, "waitpid");
    if !libc::WIFEXITED(status) {
        return Err(format!("child died with status {status:#x}"));
    }
    match libc::WEXITSTATUS(status) {
        NO_TRAP => Err("returned instead of trapping".into()),
        UNKNOWN_FAULT => Err("faulted outside any trap site".into()),
        code if code >= TRAPPED => TrapCode::from_u8((code - TRAPPED) as u8)
            .map(Some)
            .ok_or_else(|| format!("bad trap code {code}")),
        other => Err(format!("child exited with {other}")),
    }
}

/// Whether trap `code` is what the spec's `message` describes.
fn trap_matches(code: TrapCode, message: &str) -> bool {
    message.starts_with(code.message())
        || (code == TrapCode::TableOutOfBounds && message.starts_with("undefined element"))
}

#[derive(Default)]
struct Stats {
    passed: usize,
    traps: usize,
    failures: Vec<String>,
}

/// Runs `inv` on the instance it names; None when it cannot be run here.
fn invoke(
    inv: &wast::WastInvoke<'_>,
    instances: &mut [Option<Box<Instance>>],
    names: &BTreeMap<String, usize>,
    current: Option<usize>,
) -> Option<Vec<u128>> {
    let index = match inv.module {
        Some(id) => *names.get(id.name())?,
        None => current?,
    };
    let inst = instances.get_mut(index)?.as_mut()?;
    let Some(ExportKind::Func(f)) = inst.module.export(inv.name) else {
        return None;
    };
    let args = inv.args.iter().map(arg_value).collect::<Option<Vec<_>>>()?;
    inst.call(f, &args)
}

fn get_global(
    module: Option<wast::token::Id<'_>>,
    global: &str,
    instances: &mut [Option<Box<Instance>>],
    names: &BTreeMap<String, usize>,
    current: Option<usize>,
) -> Option<u128> {
    let index = match module {
        Some(id) => *names.get(id.name())?,
        None => current?,
    };
    let inst = instances.get_mut(index)?.as_mut()?;
    let Some(ExportKind::Global(g)) = inst.module.export(global) else {
        return None;
    };
    if inst.module.is_imported_global(g) {
        Some(*inst.imported_globals[g as usize])
    } else {
        let off = inst
            .offsets
            .defined_global(g - inst.module.num_imported_globals);
        Some(inst.read_u128(off))
    }
}

fn run_file(path: &Path, compiler: &CraneliftCompiler, stats: &mut Stats) {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lexer = wast::lexer::Lexer::new(&text);
    lexer.allow_confusing_unicode(true);
    let buf = wast::parser::ParseBuffer::new_with_lexer(lexer).unwrap();
    let wast: Wast = wast::parser::parse(&buf).unwrap();
    let trace = std::env::var_os("TRIDENT_EXEC_TRACE").is_some();
    let mut instances: Vec<Option<Box<Instance>>> = Vec::new();
    let mut names: BTreeMap<String, usize> = BTreeMap::new();
    let mut current: Option<usize> = None;
    for directive in wast.directives {
        let (line, _) = directive.span().linecol_in(&text);
        let at = format!("{}:{}", path.display(), line + 1);
        if trace {
            eprintln!("{at}");
        }
        match directive {
            WastDirective::Module(QuoteWat::Wat(mut wat)) => {
                let name = match &wat {
                    wast::Wat::Module(m) => m.id.map(|i| i.name().to_string()),
                    _ => None,
                };
                let bytes = wat.encode().unwrap();
                let inst = match translate_module(&bytes, Features::WASM2) {
                    Ok(t) if t.module.imports.iter().any(|i| i.module != "spectest") => {
                        // Another module's state may change under the
                        // instances we have: stop trusting this file.
                        return;
                    }
                    Ok(t) => {
                        let c = compiler.compile_module(&t).unwrap();
                        Instance::new(t.module, &bytes, &c)
                    }
                    Err(_) => None,
                };
                instances.push(inst);
                current = Some(instances.len() - 1);
                if let Some(name) = name {
                    names.insert(name, instances.len() - 1);
                }
            }
            WastDirective::Module(_) => {
                instances.push(None);
                current = Some(instances.len() - 1);
            }
            WastDirective::Invoke(inv) => {
                invoke(&inv, &mut instances, &names, current);
            }
            WastDirective::AssertTrap {
                exec: WastExecute::Invoke(inv),
                message,
                ..
            } => match trap_of(&inv, &mut instances, &names, current) {
                Ok(Some(code)) if trap_matches(code, message) => stats.traps += 1,
                Ok(Some(code)) => stats
                    .failures
                    .push(format!("{at}: trapped with {code:?}, expected {message:?}")),
                Ok(None) => {}
                Err(e) => stats.failures.push(format!("{at}: {e}")),
            },
            WastDirective::AssertReturn { exec, results, .. } => {
                let got = match exec {
                    WastExecute::Invoke(inv) => invoke(&inv, &mut instances, &names, current),
                    WastExecute::Get { module, global, .. } => {
                        get_global(module, global, &mut instances, &names, current).map(|v| vec![v])
                    }
                    _ => None,
                };
                let Some(got) = got else { continue };
                if got.len() != results.len() {
                    stats.failures.push(format!("{at}: {} results", got.len()));
                    continue;
                }
                let mut ok = true;
                let mut supported = true;
                for (g, w) in got.iter().zip(&results) {
                    match matches(*g, w) {
                        Some(m) => ok &= m,
                        None => supported = false,
                    }
                }
                if !supported {
                    continue;
                }
                if ok {
                    stats.passed += 1;
                } else {
                    stats.failures.push(format!("{at}: got {got:x?}"));
                }
            }
            _ => {}
        }
    }
}

fn run_suite(bounds_checks: BoundsChecks) -> Stats {
    let compiler = CraneliftCompiler::new(CraneliftConfig {
        verifier: true,
        bounds_checks,
        ..Default::default()
    })
    .unwrap();
    let mut files: Vec<_> = std::fs::read_dir(testsuite().join("wasm-2.0"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_str().unwrap();
            n.ends_with(".wast") && !n.starts_with("simd_")
        })
        .collect();
    files.sort();
    let mut stats = Stats::default();
    for f in &files {
        run_file(f, &compiler, &mut stats);
    }
    stats
}

/// Measured: 20728 assertions run here (the rest need traps or imports).
const MIN_PASSED: usize = 20000;
/// Measured: 540 assert_trap directives checked here.
const MIN_TRAPS: usize = 500;

fn check(bounds_checks: BoundsChecks) {
    // Deep recursion in some tests: run on a big stack.
    let stats = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run_suite(bounds_checks))
        .unwrap()
        .join()
        .unwrap();
    eprintln!(
        "{}: {} assert_return and {} assert_trap passed, {} failed",
        bounds_checks.name(),
        stats.passed,
        stats.traps,
        stats.failures.len()
    );
    assert!(
        stats.failures.is_empty(),
        "{} failures:\n{}",
        stats.failures.len(),
        stats.failures.join("\n")
    );
    assert!(
        stats.passed > MIN_PASSED,
        "only {} assertions ran",
        stats.passed
    );
    assert!(
        stats.traps > MIN_TRAPS,
        "only {} traps checked",
        stats.traps
    );
}

/// One test for both modes: `fork` must not race with another test
/// thread (the trap table is global, and a child must not inherit a lock
/// another thread holds).
#[test]
fn spec_directives_run() {
    check(BoundsChecks::Static);
    check(BoundsChecks::Dynamic);
}
