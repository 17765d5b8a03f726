//! The engine's registry of function types: engine-wide type ids, equal
//! exactly when the types are equal across modules.
//!
//! Wasm 3.0 types are iso-recursive: a type is a position in a recursion
//! group (`rec`), and two types are the same when their groups are the
//! same, position by position, with references inside a group compared by
//! position and references outside it by the type they name. The registry
//! keeps one entry per distinct group ([`GroupKey`]): registering a
//! module's type section group by group, in order, gives each type the id
//! of its group's base plus its position, so a type imported from one
//! module and exported by another gets the same id, which is what
//! `call_indirect` and linking compare.
//!
//! Invariants:
//! * ids are dense and never reused; `types[id]` is the type with every
//!   concrete reference rewritten to an engine id (the form the embedding
//!   API shows);
//! * a group is registered only after every group it refers to (the
//!   validator forbids references to later groups), so outer references
//!   are already ids;
//! * a host function's type is a group of one final type;
//! * a declared supertype is part of a type's canonical form (a local
//!   position or an engine id, like a reference), and the shared
//!   [`TypeHierarchy`] gets each new id's supertype as the id is created,
//!   so compiled code and linking see the same hierarchy.

use std::collections::HashMap;
use std::sync::Arc;
use trident_types::{FuncType, HeapType, ModuleInfo, RefType, ValType};
use trident_vm::TypeHierarchy;

/// A value type in a group's canonical form.
#[derive(Clone, Copy)]
enum KeyType {
    /// A type with no concrete reference, or one whose concrete
    /// reference is an engine id (a type outside the group).
    Plain(ValType),
    /// A reference to the type at this position of the same group.
    Local { nullable: bool, position: u32 },
}

impl KeyType {
    /// Appends the type's canonical bytes to `key`: groups are looked up
    /// by these bytes (one map over byte strings keeps the runtime that
    /// executables link small).
    fn encode(self, key: &mut Vec<u8>) {
        let (tag, nullable, index) = match self {
            KeyType::Plain(ValType::I32) => (0, false, 0),
            KeyType::Plain(ValType::I64) => (1, false, 0),
            KeyType::Plain(ValType::F32) => (2, false, 0),
            KeyType::Plain(ValType::F64) => (3, false, 0),
            KeyType::Plain(ValType::V128) => (4, false, 0),
            KeyType::Plain(ValType::Ref(RefType { nullable, heap })) => match heap {
                HeapType::Func => (5, nullable, 0),
                HeapType::Extern => (6, nullable, 0),
                HeapType::NoFunc => (7, nullable, 0),
                HeapType::NoExtern => (8, nullable, 0),
                HeapType::Concrete(id) => (9, nullable, id),
            },
            KeyType::Local { nullable, position } => (10, nullable, position),
        };
        key.push(tag | (u8::from(nullable) << 7));
        if tag >= 9 {
            key.extend_from_slice(&index.to_le_bytes());
        }
    }
}

/// A declared supertype in a group's canonical form.
#[derive(Clone, Copy)]
enum KeySuper {
    None,
    /// The type at this position of the same group.
    Local(u32),
    /// An earlier group's type, by engine id.
    Outer(u32),
}

/// One type of a group: whether it is final, its declared supertype, its
/// parameters, its results.
struct KeyFunc {
    is_final: bool,
    supertype: KeySuper,
    params: Vec<KeyType>,
    results: Vec<KeyType>,
}

#[derive(Default)]
pub(crate) struct TypeRegistry {
    /// The base id of each group, by its canonical bytes.
    groups: HashMap<Vec<u8>, u32>,
    types: Vec<FuncType>,
    /// Each id's declared supertype, shared with every module's runtime.
    hierarchy: Arc<TypeHierarchy>,
}

impl TypeRegistry {
    /// The engine ids of `info`'s types, registering the groups not seen
    /// before.
    pub(crate) fn register_module(&mut self, info: &ModuleInfo) -> Vec<u32> {
        let mut ids = vec![0u32; info.types.len()];
        for range in info.rec_group_ranges() {
            let start = range.start;
            let canon = |t: ValType, ids: &[u32]| match t {
                ValType::Ref(RefType {
                    nullable,
                    heap: HeapType::Concrete(i),
                }) if range.contains(&i) => KeyType::Local {
                    nullable,
                    position: i - start,
                },
                // An earlier group's type (validation forbids later ones;
                // a damaged artifact's would only give a wrong id).
                t => KeyType::Plain(t.map_concrete(|i| ids.get(i as usize).copied().unwrap_or(0))),
            };
            let group: Vec<KeyFunc> = range
                .clone()
                .filter_map(|i| info.types.get(i as usize).map(|t| (i, t)))
                .map(|(i, t)| KeyFunc {
                    is_final: info.is_final_type(i),
                    supertype: match info.supertype(i) {
                        None => KeySuper::None,
                        Some(s) if range.contains(&s) => KeySuper::Local(s - start),
                        Some(s) => KeySuper::Outer(ids.get(s as usize).copied().unwrap_or(0)),
                    },
                    params: t.params.iter().map(|p| canon(*p, &ids)).collect(),
                    results: t.results.iter().map(|r| canon(*r, &ids)).collect(),
                })
                .collect();
            let base = self.register_group(&group);
            for (k, id) in ids[range.start as usize..range.end as usize]
                .iter_mut()
                .enumerate()
            {
                *id = base + k as u32;
            }
        }
        ids
    }

    /// The engine id of `ty` as a group of one final type, its concrete
    /// references being engine ids (a host function's type).
    pub(crate) fn register_single(&mut self, ty: &FuncType) -> u32 {
        let plain = |v: &Vec<ValType>| v.iter().map(|t| KeyType::Plain(*t)).collect();
        self.register_group(&[KeyFunc {
            is_final: true,
            supertype: KeySuper::None,
            params: plain(&ty.params),
            results: plain(&ty.results),
        }])
    }

    /// The type with engine id `id`.
    pub(crate) fn get(&self, id: u32) -> Option<&FuncType> {
        self.types.get(id as usize)
    }

    /// The engine's type hierarchy (for module runtimes).
    pub(crate) fn hierarchy(&self) -> &Arc<TypeHierarchy> {
        &self.hierarchy
    }

    /// Whether engine type `sub` is `sup` or one of its declared subtypes.
    pub(crate) fn is_subtype(&self, sub: u32, sup: u32) -> bool {
        self.hierarchy.is_subtype(sub, sup)
    }

    /// The base id of `group`, registering it if it is new.
    fn register_group(&mut self, group: &[KeyFunc]) -> u32 {
        let mut key = Vec::new();
        for f in group {
            key.push(u8::from(f.is_final));
            match f.supertype {
                KeySuper::None => key.push(0),
                KeySuper::Local(p) => {
                    key.push(1);
                    key.extend_from_slice(&p.to_le_bytes());
                }
                KeySuper::Outer(id) => {
                    key.push(2);
                    key.extend_from_slice(&id.to_le_bytes());
                }
            }
            for list in [&f.params, &f.results] {
                key.extend_from_slice(&(list.len() as u32).to_le_bytes());
                for t in list {
                    t.encode(&mut key);
                }
            }
        }
        if let Some(&base) = self.groups.get(&key) {
            return base;
        }
        let base = self.types.len() as u32;
        let resolve = |t: &KeyType| match *t {
            KeyType::Plain(t) => t,
            KeyType::Local { nullable, position } => ValType::Ref(RefType {
                nullable,
                heap: HeapType::Concrete(base + position),
            }),
        };
        for f in group {
            self.hierarchy.push(match f.supertype {
                KeySuper::None => None,
                KeySuper::Local(p) => Some(base + p),
                KeySuper::Outer(id) => Some(id),
            });
            self.types.push(FuncType {
                params: f.params.iter().map(resolve).collect(),
                results: f.results.iter().map(resolve).collect(),
            });
        }
        self.groups.insert(key, base);
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concrete(i: u32) -> ValType {
        ValType::Ref(RefType {
            nullable: true,
            heap: HeapType::Concrete(i),
        })
    }

    fn module(types: Vec<FuncType>, rec_groups: Vec<u32>) -> ModuleInfo {
        ModuleInfo {
            types,
            rec_groups,
            ..ModuleInfo::default()
        }
    }

    #[test]
    fn equal_groups_get_equal_ids_across_modules() {
        let f = FuncType::new([ValType::I32], []);
        // Module a: (type $f (func (param i32))) (type (func (param (ref null $f))))
        let a = module(
            vec![f.clone(), FuncType::new([concrete(0)], [])],
            vec![0, 1],
        );
        // Module b: an unrelated type first shifts every index by one.
        let b = module(
            vec![
                FuncType::new([], [ValType::I64]),
                f.clone(),
                FuncType::new([concrete(1)], []),
            ],
            vec![0, 1, 2],
        );
        let mut reg = TypeRegistry::default();
        let ia = reg.register_module(&a);
        let ib = reg.register_module(&b);
        assert_eq!(ia[0], ib[1]);
        assert_eq!(ia[1], ib[2]);
        assert_ne!(ib[0], ib[1]);
        // A host type of the same shape is the same singleton group.
        assert_eq!(reg.register_single(&f), ia[0]);
        // The registry shows references as engine ids.
        assert_eq!(reg.get(ia[1]).map(|t| t.params[0]), Some(concrete(ia[0])));
    }

    #[test]
    fn recursion_groups_and_finality_distinguish_types() {
        let f = FuncType::new([], []);
        let mut reg = TypeRegistry::default();
        // (rec (type (func)) (type (func))): neither is the singleton (func).
        let pair = reg.register_module(&module(vec![f.clone(), f.clone()], vec![0]));
        let single = reg.register_single(&f);
        assert_ne!(pair[0], single);
        assert_ne!(pair[1], single);
        assert_ne!(pair[0], pair[1]);
        // A type open to subtypes is not the final one.
        let mut open = module(vec![f.clone()], vec![0]);
        open.open_types = vec![0];
        assert_ne!(reg.register_module(&open)[0], single);
        // The same group again gets the same ids.
        assert_eq!(
            reg.register_module(&module(vec![f.clone(), f], vec![0])),
            pair
        );
    }

    #[test]
    fn declared_supertypes_are_canonical_and_form_the_hierarchy() {
        let f = FuncType::new([], []);
        let g = FuncType::new([], [ValType::I32]);
        // (type $a (sub (func))) (type $b (sub $a (func))) (type $c (sub $a (func)))
        let mut m = module(vec![f.clone(), f.clone(), f.clone()], vec![0, 1, 2]);
        m.open_types = vec![0, 1, 2];
        m.supertypes = vec![(1, 0), (2, 0)];
        let mut reg = TypeRegistry::default();
        let ids = reg.register_module(&m);
        // $b and $c are the same type; the open $a without a supertype
        // is another.
        assert_eq!(ids[1], ids[2]);
        assert_ne!(ids[0], ids[1]);
        assert!(reg.is_subtype(ids[1], ids[0]));
        assert!(!reg.is_subtype(ids[0], ids[1]));
        // Without the declaration, the same shape is no subtype (final
        // here: an open one would be `$a` itself).
        let mut plain = module(vec![f.clone(), f.clone()], vec![0, 1]);
        plain.open_types = vec![0];
        let plain_ids = reg.register_module(&plain);
        assert_eq!(plain_ids[0], ids[0]);
        assert_ne!(plain_ids[1], ids[1]);
        assert!(!reg.is_subtype(plain_ids[1], ids[0]));
        // Inside one group the supertype is a position: the same group in
        // another module, after an unrelated type, gets the same ids.
        let mut grouped = module(vec![g.clone(), f.clone(), f.clone()], vec![0, 1]);
        grouped.open_types = vec![1, 2];
        grouped.supertypes = vec![(2, 1)];
        let first = reg.register_module(&grouped);
        let mut shifted = module(vec![g, f.clone(), f], vec![0, 1]);
        shifted.open_types = vec![1, 2];
        shifted.supertypes = vec![(2, 1)];
        assert_eq!(reg.register_module(&shifted), first);
        assert!(reg.is_subtype(first[2], first[1]));
    }
}
