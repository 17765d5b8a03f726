//! The engine's function-type hierarchy: each engine type id's declared
//! supertype, read by the `FuncSubtype` builtin (a `call_indirect` whose
//! expected type is open to subtypes) and by the embedding API's linking.
//!
//! Invariants:
//! * ids are the engine registry's (dense, never reused): entry `id` is
//!   pushed when the registry creates type `id`, and never changes after;
//! * a type's supertype has a smaller id (the validator requires an
//!   earlier type, and the registry creates a group's types in order
//!   after every group they refer to), so every chain ends and a walk up
//!   one takes at most `id` steps.
//!
//! One `RwLock` guards the table: the registry appends under the write
//! lock while compiled code in other threads may be checking a call; a
//! check takes the read lock only on its slow path (the type ids differ),
//! and equal ids never get here.

use std::sync::RwLock;

/// No declared supertype.
const NONE: u32 = u32::MAX;

/// Each engine type id's declared supertype.
#[derive(Debug, Default)]
pub struct TypeHierarchy {
    supers: RwLock<Vec<u32>>,
}

impl TypeHierarchy {
    /// Records the next id's supertype. Ids are pushed in order, so the
    /// id being recorded is the current length.
    pub fn push(&self, supertype: Option<u32>) {
        let mut supers = self.supers.write().unwrap_or_else(|e| e.into_inner());
        supers.push(supertype.unwrap_or(NONE));
    }

    /// The declared supertype of `id`, if any.
    pub fn supertype(&self, id: u32) -> Option<u32> {
        let supers = self.supers.read().unwrap_or_else(|e| e.into_inner());
        supers.get(id as usize).copied().filter(|&s| s != NONE)
    }

    /// Whether type `sub` is `sup` or declares it as a supertype,
    /// directly or through its own supertypes.
    pub fn is_subtype(&self, sub: u32, sup: u32) -> bool {
        if sub == sup {
            return true;
        }
        let supers = self.supers.read().unwrap_or_else(|e| e.into_inner());
        let mut at = sub;
        // A supertype's id is smaller (see the invariants), so a chain
        // above `sup` cannot reach it, and a damaged table cannot loop.
        while at > sup {
            match supers.get(at as usize) {
                Some(&s) if s != NONE && s < at => at = s,
                _ => return false,
            }
        }
        at == sup
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chains_are_followed_to_the_root() {
        let h = TypeHierarchy::default();
        h.push(None); // 0
        h.push(Some(0)); // 1 <: 0
        h.push(Some(1)); // 2 <: 1
        h.push(None); // 3
        assert!(h.is_subtype(2, 0));
        assert!(h.is_subtype(2, 1));
        assert!(h.is_subtype(1, 1));
        assert!(!h.is_subtype(0, 1));
        assert!(!h.is_subtype(3, 0));
        assert!(!h.is_subtype(2, 3));
        assert!(!h.is_subtype(9, 0));
        assert_eq!(h.supertype(2), Some(1));
        assert_eq!(h.supertype(0), None);
    }
}
