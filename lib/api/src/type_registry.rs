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
//! * a host function's type is a group of one final type.

use std::collections::HashMap;
use trident_types::{FuncType, HeapType, ModuleInfo, RefType, ValType};

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

/// One type of a group: whether it is final, its parameters, its results.
struct KeyFunc {
    is_final: bool,
    params: Vec<KeyType>,
    results: Vec<KeyType>,
}

#[derive(Default)]
pub(crate) struct TypeRegistry {
    /// The base id of each group, by its canonical bytes.
    groups: HashMap<Vec<u8>, u32>,
    types: Vec<FuncType>,
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
            params: plain(&ty.params),
            results: plain(&ty.results),
        }])
    }

    /// The type with engine id `id`.
    pub(crate) fn get(&self, id: u32) -> Option<&FuncType> {
        self.types.get(id as usize)
    }

    /// The base id of `group`, registering it if it is new.
    fn register_group(&mut self, group: &[KeyFunc]) -> u32 {
        let mut key = Vec::new();
        for f in group {
            key.push(u8::from(f.is_final));
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
}
