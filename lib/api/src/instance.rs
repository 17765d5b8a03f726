//! Instantiation and exports.

use crate::error::{Error, LinkError, Trap};
use crate::externals::{Extern, Global, Memory, Table};
use crate::func::Func;
use crate::module::Module;
use crate::store::{AsContext, AsContextMut, InstanceData, StoreOpaque};
use crate::typed::{TypedFunc, WasmParams, WasmResults};
use trident_types::{ExportKind, GlobalType, ImportKind, MemoryType, TableType};
use trident_vm::{Instance as VMInstance, InstanceLimits, ResolvedImports};

/// An instance of a module in a store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Instance {
    pub(crate) store: u64,
    pub(crate) index: usize,
}

fn limits_match(min: u64, max: Option<u64>, want_min: u64, want_max: Option<u64>) -> bool {
    min >= want_min
        && match want_max {
            None => true,
            Some(w) => max.is_some_and(|m| m <= w),
        }
}

fn describe_table(t: &TableType) -> String {
    let index = if t.table64 { "i64 " } else { "" };
    format!("table {index}{} {}..{:?}", t.element, t.minimum, t.maximum)
}

fn describe_memory(m: &MemoryType) -> String {
    let index = if m.memory64 { "i64 " } else { "" };
    format!("memory {index}{}..{:?} pages", m.minimum, m.maximum)
}

fn resolve(
    store: &mut StoreOpaque,
    module: &Module,
    imports: &[Extern],
) -> Result<ResolvedImports, Error> {
    let info = module.info();
    let runtime = &module.inner.runtime;
    if imports.len() != info.imports.len() {
        return Err(LinkError::Count {
            expected: info.imports.len(),
            got: imports.len(),
        }
        .into());
    }
    let mut r = ResolvedImports::default();
    for (import, ext) in info.imports.iter().zip(imports) {
        let mismatch = |expected: String, got: String| LinkError::Incompatible {
            module: import.module.clone(),
            field: import.field.clone(),
            expected,
            got,
        };
        match (import.kind, ext) {
            (ImportKind::Func(t), Extern::Func(f)) => {
                // Types are equal exactly when their engine ids are
                // (`type_registry`); a function of a declared subtype
                // of the import's type fits too.
                let want_id = runtime.type_ids.get(t as usize).copied();
                let fits = match (f.type_id(store), want_id) {
                    (Some(got), Some(want)) => runtime.hierarchy.is_subtype(got, want),
                    _ => false,
                };
                if !fits {
                    let want = &info.types[t as usize];
                    let got = f.ty(&*store);
                    return Err(mismatch(want.to_string(), got.to_string()).into());
                }
                // SAFETY: funcrefs of this store are valid for its life.
                r.functions.push(unsafe { *f.funcref_ptr(store)? });
            }
            (ImportKind::Table(want), Extern::Table(t)) => {
                let want = TableType {
                    element: runtime.engine_type(want.element),
                    ..want
                };
                let raw = t.raw(store)?;
                // SAFETY: tables live as long as their store.
                let got = unsafe { (*raw).ty() };
                if got.element != want.element
                    || got.table64 != want.table64
                    || !limits_match(
                        got.minimum as u64,
                        got.maximum.map(u64::from),
                        want.minimum as u64,
                        want.maximum.map(u64::from),
                    )
                {
                    return Err(mismatch(describe_table(&want), describe_table(&got)).into());
                }
                r.tables.push(raw);
            }
            (ImportKind::Memory(want), Extern::Memory(m)) => {
                let raw = m.raw(store)?;
                // SAFETY: memories live as long as their store.
                let got = unsafe { (*raw).ty() };
                if got.memory64 != want.memory64
                    || !limits_match(got.minimum, got.maximum, want.minimum, want.maximum)
                {
                    return Err(mismatch(describe_memory(&want), describe_memory(&got)).into());
                }
                r.memories.push(raw);
            }
            (ImportKind::Global(want), Extern::Global(g)) => {
                let want = GlobalType {
                    content: runtime.engine_type(want.content),
                    ..want
                };
                let (raw, got) = g.raw(store)?;
                // An immutable global's value may be of a subtype; a
                // mutable one's type must be the same both ways.
                let fits = got.mutable == want.mutable
                    && if want.mutable {
                        got.content == want.content
                    } else {
                        got.content
                            .matches(want.content, |a, b| runtime.hierarchy.is_subtype(a, b))
                    };
                if !fits {
                    return Err(mismatch(format!("{want:?}"), format!("{got:?}")).into());
                }
                r.globals.push(raw);
            }
            (kind, ext) => {
                return Err(mismatch(format!("{kind:?}"), format!("{ext:?}")).into());
            }
        }
    }
    Ok(r)
}

impl Instance {
    /// Instantiates `module` with `imports` (in the module's import order)
    /// and runs its start function.
    ///
    /// If a segment traps or the start function traps, the error is
    /// returned but the instance stays in the store: tables it wrote to
    /// may refer to its functions.
    pub fn new(
        mut store: impl AsContextMut,
        module: &Module,
        imports: &[Extern],
    ) -> Result<Instance, Error> {
        let s = store.opaque_mut();
        if !s.engine.same(module.engine()) {
            return Err(Error::Config(
                "module was compiled by another engine".into(),
            ));
        }
        let resolved = resolve(s, module, imports)?;
        let config = s.engine.config().clone();
        if s.instances.len() >= s.limits.instances {
            return Err(Error::Limit(format!(
                "the store already holds its limit of {} instances",
                s.limits.instances
            )));
        }
        let limits = InstanceLimits {
            memory_bytes: s.limits.memory_bytes,
            table_elements: s.limits.table_elements,
        };
        // SAFETY: the imports come from this store and were type-checked;
        // the store context lives as long as the store, which owns the
        // instance.
        let handle = unsafe {
            VMInstance::new(
                module.inner.runtime.clone(),
                resolved,
                &mut *s.vm,
                config.bounds_checks,
                limits,
            )?
        };
        for (i, &id) in module.inner.runtime.type_ids.iter().enumerate() {
            s.trampolines
                .entry(id)
                .or_insert(module.inner.trampolines[i]);
        }
        s.instances.push(InstanceData {
            handle,
            _module: module.clone(),
        });
        let index = s.instances.len() - 1;
        let instance = Instance { store: s.id, index };
        if let Err(code) = s.instances[index].handle.initialize() {
            return Err(Error::Trap(Trap {
                code,
                pc: None,
                source: None,
                backtrace: Vec::new(),
            }));
        }
        if let Some(start) = module.info().start {
            let funcref = s.instances[index].handle.funcref(start);
            let f = Func::from_funcref(s, funcref);
            f.call(&mut *s, &[], &mut [])?;
        }
        Ok(instance)
    }

    /// The export called `name`.
    pub fn get_export(&self, mut store: impl AsContextMut, name: &str) -> Option<Extern> {
        let s = store.opaque_mut();
        if s.id != self.store {
            return None;
        }
        let handle = &s.instances[self.index].handle;
        let kind = handle.module().info.export(name)?;
        Some(export_extern(s, self.index, kind))
    }

    /// All exports, in the module's order.
    pub fn exports(&self, mut store: impl AsContextMut) -> Vec<(String, Extern)> {
        let s = store.opaque_mut();
        if s.id != self.store {
            return Vec::new();
        }
        let info = s.instances[self.index].handle.module().info.clone();
        info.exports
            .iter()
            .map(|e| (e.name.clone(), export_extern(s, self.index, e.kind)))
            .collect()
    }

    pub fn get_func(&self, store: impl AsContextMut, name: &str) -> Option<Func> {
        self.get_export(store, name)?.into_func()
    }

    pub fn get_memory(&self, store: impl AsContextMut, name: &str) -> Option<Memory> {
        self.get_export(store, name)?.into_memory()
    }

    pub fn get_table(&self, store: impl AsContextMut, name: &str) -> Option<Table> {
        self.get_export(store, name)?.into_table()
    }

    pub fn get_global(&self, store: impl AsContextMut, name: &str) -> Option<Global> {
        self.get_export(store, name)?.into_global()
    }

    pub fn get_typed_func<P: WasmParams, R: WasmResults>(
        &self,
        mut store: impl AsContextMut,
        name: &str,
    ) -> Result<TypedFunc<P, R>, Error> {
        let f = self
            .get_func(&mut store, name)
            .ok_or_else(|| Error::NoExport(name.to_string()))?;
        f.typed(&store)
    }

    /// The instance's module metadata.
    pub fn module_info<'a>(
        &self,
        store: &'a impl AsContext,
    ) -> Option<&'a trident_types::ModuleInfo> {
        let s = store.opaque();
        (s.id == self.store).then(|| &*s.instances[self.index].handle.module().info)
    }
}

/// The handle for an export; created once per instance and export, so
/// looking an export up repeatedly (as WASI does for `memory` on every
/// call) does not grow the store.
fn export_extern(s: &mut StoreOpaque, index: usize, kind: ExportKind) -> Extern {
    if let Some(e) = s.export_handles.get(&(index, kind)) {
        return *e;
    }
    let ext = new_export_extern(s, index, kind);
    s.export_handles.insert((index, kind), ext);
    ext
}

fn new_export_extern(s: &mut StoreOpaque, index: usize, kind: ExportKind) -> Extern {
    let handle = &s.instances[index].handle;
    match kind {
        ExportKind::Func(f) => {
            let funcref = handle.funcref(f);
            Extern::Func(Func::from_funcref(s, funcref))
        }
        ExportKind::Memory(m) => {
            let raw = handle.memory(m);
            Extern::Memory(Memory::from_raw(s, raw))
        }
        ExportKind::Table(t) => {
            let raw = handle.table(t);
            Extern::Table(Table::from_raw(s, raw))
        }
        ExportKind::Global(g) => {
            let raw = handle.global_ptr(g);
            let module = handle.module();
            let ty = module.info.globals[g as usize];
            let ty = GlobalType {
                content: module.engine_type(ty.content),
                ..ty
            };
            Extern::Global(Global::from_raw(s, raw, ty))
        }
    }
}
