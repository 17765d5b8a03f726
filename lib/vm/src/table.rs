//! Tables of references.
//!
//! Elements are pointer-sized raw values: a `*const VMFuncRef` for funcref
//! tables, an embedder-chosen non-zero value for externref tables, and 0 for
//! null in both. The `VMTableDefinition` is boxed so compiled code can keep a
//! pointer to it; its `base` is updated whenever the element vector moves.

use crate::vmcontext::VMTableDefinition;
use trident_types::TableType;

/// The most elements any table may hold, whatever its declared maximum
/// (a guard against a module exhausting host memory).
pub const MAX_TABLE_ELEMENTS: u32 = 10_000_000;

#[derive(Debug)]
pub struct Table {
    elements: Vec<usize>,
    definition: Box<VMTableDefinition>,
    ty: TableType,
    maximum: u32,
}

// SAFETY: the table owns its elements; the raw pointer in the definition
// points into them.
unsafe impl Send for Table {}
// SAFETY: shared references only read.
unsafe impl Sync for Table {}

impl Table {
    /// A table of type `ty` filled with `init`. `None` when the minimum
    /// exceeds `limit` or [`MAX_TABLE_ELEMENTS`].
    pub fn new(ty: TableType, init: usize, limit: u32) -> Option<Table> {
        let maximum = ty
            .maximum
            .unwrap_or(u32::MAX)
            .min(MAX_TABLE_ELEMENTS)
            .min(limit);
        if ty.minimum > maximum {
            return None;
        }
        let mut elements = vec![init; ty.minimum as usize];
        let definition = Box::new(VMTableDefinition {
            base: elements.as_mut_ptr(),
            current_elements: ty.minimum,
        });
        Some(Table {
            elements,
            definition,
            ty,
            maximum,
        })
    }

    pub fn ty(&self) -> TableType {
        TableType {
            minimum: self.size(),
            ..self.ty
        }
    }

    pub fn size(&self) -> u32 {
        self.elements.len() as u32
    }

    pub fn definition_ptr(&mut self) -> *mut VMTableDefinition {
        &mut *self.definition
    }

    pub fn get(&self, index: u32) -> Option<usize> {
        self.elements.get(index as usize).copied()
    }

    /// Sets element `index`; `false` when out of bounds.
    pub fn set(&mut self, index: u32, value: usize) -> bool {
        match self.elements.get_mut(index as usize) {
            Some(e) => {
                *e = value;
                true
            }
            None => false,
        }
    }

    pub fn elements(&self) -> &[usize] {
        &self.elements
    }

    pub fn elements_mut(&mut self) -> &mut [usize] {
        &mut self.elements
    }

    /// Grows by `delta` elements set to `init`; returns the old size, or
    /// `None` when past the maximum.
    pub fn grow(&mut self, delta: u32, init: usize) -> Option<u32> {
        let old = self.size();
        let new = old.checked_add(delta)?;
        if new > self.maximum {
            return None;
        }
        self.elements.try_reserve(delta as usize).ok()?;
        self.elements.resize(new as usize, init);
        self.definition.base = self.elements.as_mut_ptr();
        self.definition.current_elements = new;
        Some(old)
    }

    /// `table.fill`: `false` when out of bounds (nothing written).
    pub fn fill(&mut self, dst: u32, value: usize, len: u32) -> bool {
        let Some(end) = dst.checked_add(len) else {
            return false;
        };
        if end > self.size() {
            return false;
        }
        self.elements[dst as usize..end as usize].fill(value);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use trident_types::ValType;

    #[test]
    fn grow_updates_definition() {
        let ty = TableType {
            element: ValType::FUNCREF,
            minimum: 1,
            maximum: Some(4),
            table64: false,
        };
        let mut t = Table::new(ty, 0, u32::MAX).unwrap();
        assert_eq!(t.grow(3, 9), Some(1));
        assert_eq!(t.grow(1, 9), None);
        let def = t.definition_ptr();
        // SAFETY: the definition lives as long as `t`.
        unsafe {
            assert_eq!((*def).current_elements, 4);
            assert_eq!(*(*def).base.add(3), 9);
        }
    }
}
