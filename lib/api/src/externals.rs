//! Memories, tables and globals, and the [`Extern`] union of everything an
//! instance can import or export.

use crate::error::Error;
use crate::func::Func;
use crate::store::{AsContext, AsContextMut, StoreOpaque};
use crate::values::Val;
use trident_types::{GlobalType, MemoryType, TableType, ValType};
use trident_vm::{InstantiationError, LinearMemory, Table as VMTable, VMGlobalDefinition, ValRaw};

/// Anything an instance imports or exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Extern {
    Func(Func),
    Memory(Memory),
    Table(Table),
    Global(Global),
}

impl Extern {
    pub fn into_func(self) -> Option<Func> {
        match self {
            Extern::Func(f) => Some(f),
            _ => None,
        }
    }
    pub fn into_memory(self) -> Option<Memory> {
        match self {
            Extern::Memory(m) => Some(m),
            _ => None,
        }
    }
    pub fn into_table(self) -> Option<Table> {
        match self {
            Extern::Table(t) => Some(t),
            _ => None,
        }
    }
    pub fn into_global(self) -> Option<Global> {
        match self {
            Extern::Global(g) => Some(g),
            _ => None,
        }
    }
}

impl From<Func> for Extern {
    fn from(f: Func) -> Extern {
        Extern::Func(f)
    }
}
impl From<Memory> for Extern {
    fn from(m: Memory) -> Extern {
        Extern::Memory(m)
    }
}
impl From<Table> for Extern {
    fn from(t: Table) -> Extern {
        Extern::Table(t)
    }
}
impl From<Global> for Extern {
    fn from(g: Global) -> Extern {
        Extern::Global(g)
    }
}

/// A linear memory in a store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Memory {
    pub(crate) store: u64,
    pub(crate) index: usize,
}

impl Memory {
    pub fn new(mut store: impl AsContextMut, ty: MemoryType) -> Result<Memory, Error> {
        let s = store.opaque_mut();
        let style = s.engine.config().bounds_checks;
        let mut m = Box::new(
            LinearMemory::new(ty, style, s.limits.memory_bytes)
                .map_err(InstantiationError::from)?,
        );
        s.memories.push(&mut *m);
        s.owned_memories.push(m);
        Ok(Memory {
            store: s.id,
            index: s.memories.len() - 1,
        })
    }

    pub(crate) fn from_raw(s: &mut StoreOpaque, m: *mut LinearMemory) -> Memory {
        s.memories.push(m);
        Memory {
            store: s.id,
            index: s.memories.len() - 1,
        }
    }

    pub(crate) fn raw(&self, s: &StoreOpaque) -> Result<*mut LinearMemory, Error> {
        s.check(self.store)?;
        Ok(s.memories[self.index])
    }

    fn get<'a>(&self, s: &'a StoreOpaque) -> &'a LinearMemory {
        assert_eq!(s.id, self.store, "memory used with another store");
        // SAFETY: memories live as long as their store.
        unsafe { &*s.memories[self.index] }
    }

    pub fn ty(&self, store: impl AsContext) -> MemoryType {
        self.get(store.opaque()).ty()
    }

    /// Size in pages.
    pub fn size(&self, store: impl AsContext) -> u64 {
        self.get(store.opaque()).pages()
    }

    pub fn data<'a, S: AsContext>(&self, store: &'a S) -> &'a [u8] {
        self.get(store.opaque()).data()
    }

    pub fn data_mut<'a, S: AsContextMut>(&self, store: &'a mut S) -> &'a mut [u8] {
        let s = store.opaque_mut();
        assert_eq!(s.id, self.store, "memory used with another store");
        // SAFETY: memories live as long as their store; `&mut` on the store
        // makes this the only access.
        unsafe { (*s.memories[self.index]).data_mut() }
    }

    /// Grows by `delta` pages; returns the old size in pages.
    pub fn grow(&self, mut store: impl AsContextMut, delta: u64) -> Result<u64, Error> {
        let m = self.raw(store.opaque_mut())?;
        // SAFETY: as above.
        unsafe { (*m).grow(delta) }.ok_or_else(|| Error::msg("memory cannot grow that far"))
    }
}

/// A table in a store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Table {
    pub(crate) store: u64,
    pub(crate) index: usize,
}

fn ref_raw(s: &StoreOpaque, element: ValType, v: Val) -> Result<usize, Error> {
    if !v.matches_in(s, element) {
        return Err(Error::Type(format!(
            "{} value for a table of {element}",
            v.ty()
        )));
    }
    Ok(v.to_raw(s)?.get_usize())
}

impl Table {
    pub fn new(mut store: impl AsContextMut, ty: TableType, init: Val) -> Result<Table, Error> {
        let s = store.opaque_mut();
        let raw = ref_raw(s, ty.element, init)?;
        let mut t = Box::new(
            VMTable::new(ty, raw, s.limits.table_elements)
                .ok_or(InstantiationError::Table(ty.minimum))?,
        );
        s.tables.push(&mut *t);
        s.owned_tables.push(t);
        Ok(Table {
            store: s.id,
            index: s.tables.len() - 1,
        })
    }

    pub(crate) fn from_raw(s: &mut StoreOpaque, t: *mut VMTable) -> Table {
        s.tables.push(t);
        Table {
            store: s.id,
            index: s.tables.len() - 1,
        }
    }

    pub(crate) fn raw(&self, s: &StoreOpaque) -> Result<*mut VMTable, Error> {
        s.check(self.store)?;
        Ok(s.tables[self.index])
    }

    pub fn ty(&self, store: impl AsContext) -> TableType {
        let s = store.opaque();
        // SAFETY: tables live as long as their store.
        self.raw(s)
            .map(|t| unsafe { (*t).ty() })
            .unwrap_or(TableType {
                element: ValType::FUNCREF,
                minimum: 0,
                maximum: Some(0),
                table64: false,
            })
    }

    pub fn size(&self, store: impl AsContext) -> u32 {
        self.ty(store).minimum
    }

    pub fn get(&self, mut store: impl AsContextMut, index: u32) -> Option<Val> {
        let s = store.opaque_mut();
        let t = self.raw(s).ok()?;
        // SAFETY: as above.
        let (element, raw) = unsafe { ((*t).ty().element, (*t).get(index)?) };
        let mut slot = ValRaw::default();
        slot.set_usize(raw);
        Some(Val::from_raw(&slot, element, s))
    }

    pub fn set(&self, mut store: impl AsContextMut, index: u32, value: Val) -> Result<(), Error> {
        let s = store.opaque_mut();
        let t = self.raw(s)?;
        // SAFETY: as above.
        let raw = ref_raw(s, unsafe { (*t).ty().element }, value)?;
        // SAFETY: as above.
        if unsafe { (*t).set(index, raw) } {
            Ok(())
        } else {
            Err(Error::msg(format!("table index {index} out of bounds")))
        }
    }

    /// Grows by `delta` elements set to `init`; returns the old size.
    pub fn grow(&self, mut store: impl AsContextMut, delta: u32, init: Val) -> Result<u32, Error> {
        let s = store.opaque_mut();
        let t = self.raw(s)?;
        // SAFETY: as above.
        let raw = ref_raw(s, unsafe { (*t).ty().element }, init)?;
        // SAFETY: as above.
        unsafe { (*t).grow(delta, raw) }.ok_or_else(|| Error::msg("table cannot grow that far"))
    }
}

/// A global in a store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Global {
    pub(crate) store: u64,
    pub(crate) index: usize,
}

impl Global {
    pub fn new(mut store: impl AsContextMut, ty: GlobalType, value: Val) -> Result<Global, Error> {
        let s = store.opaque_mut();
        if !value.matches_in(s, ty.content) {
            return Err(Error::Type(format!(
                "{} value for a global of {}",
                value.ty(),
                ty.content
            )));
        }
        let raw = value.to_raw(s)?;
        let mut g = Box::new(VMGlobalDefinition { bytes: raw.bytes });
        s.globals.push((&mut *g, ty));
        s.owned_globals.push(g);
        Ok(Global {
            store: s.id,
            index: s.globals.len() - 1,
        })
    }

    pub(crate) fn from_raw(
        s: &mut StoreOpaque,
        g: *mut VMGlobalDefinition,
        ty: GlobalType,
    ) -> Global {
        s.globals.push((g, ty));
        Global {
            store: s.id,
            index: s.globals.len() - 1,
        }
    }

    pub(crate) fn raw(
        &self,
        s: &StoreOpaque,
    ) -> Result<(*mut VMGlobalDefinition, GlobalType), Error> {
        s.check(self.store)?;
        Ok(s.globals[self.index])
    }

    pub fn ty(&self, store: impl AsContext) -> GlobalType {
        self.raw(store.opaque()).map(|g| g.1).unwrap_or(GlobalType {
            content: ValType::I32,
            mutable: false,
        })
    }

    pub fn get(&self, mut store: impl AsContextMut) -> Val {
        let s = store.opaque_mut();
        let Ok((g, ty)) = self.raw(s) else {
            return Val::I32(0);
        };
        // SAFETY: globals live as long as their store.
        let raw = ValRaw {
            bytes: unsafe { (*g).bytes },
        };
        Val::from_raw(&raw, ty.content, s)
    }

    pub fn set(&self, mut store: impl AsContextMut, value: Val) -> Result<(), Error> {
        let s = store.opaque_mut();
        let (g, ty) = self.raw(s)?;
        if !ty.mutable {
            return Err(Error::msg("cannot set an immutable global"));
        }
        if !value.matches_in(s, ty.content) {
            return Err(Error::Type(format!(
                "{} value for a global of {}",
                value.ty(),
                ty.content
            )));
        }
        let raw = value.to_raw(s)?;
        // SAFETY: as above.
        unsafe { (*g).bytes = raw.bytes };
        Ok(())
    }
}
