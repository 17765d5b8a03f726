//! The `spectest` module the spec suite imports from.

use std::collections::HashMap;
use trident::{
    Extern, Func, FuncType, Global, GlobalType, Memory, MemoryType, Store, Table, TableType, Val,
    ValType,
};

/// Creates the `spectest` exports in `store`.
pub fn define(store: &mut Store<()>) -> Result<HashMap<String, Extern>, trident::Error> {
    let mut m = HashMap::new();
    let prints: &[(&str, &[ValType])] = &[
        ("print", &[]),
        ("print_i32", &[ValType::I32]),
        ("print_i64", &[ValType::I64]),
        ("print_f32", &[ValType::F32]),
        ("print_f64", &[ValType::F64]),
        ("print_i32_f32", &[ValType::I32, ValType::F32]),
        ("print_f64_f64", &[ValType::F64, ValType::F64]),
    ];
    for (name, params) in prints {
        let f = Func::new(
            store,
            FuncType::new(params.iter().copied(), []),
            |_, _, _| Ok(()),
        )?;
        m.insert(name.to_string(), f.into());
    }
    let globals = [
        ("global_i32", ValType::I32, Val::I32(666)),
        ("global_i64", ValType::I64, Val::I64(666)),
        ("global_f32", ValType::F32, Val::F32(666.6f32.to_bits())),
        ("global_f64", ValType::F64, Val::F64(666.6f64.to_bits())),
    ];
    for (name, content, value) in globals {
        let g = Global::new(
            &mut *store,
            GlobalType {
                content,
                mutable: false,
            },
            value,
        )?;
        m.insert(name.to_string(), g.into());
    }
    let table = Table::new(
        &mut *store,
        TableType {
            element: ValType::FUNCREF,
            minimum: 10,
            maximum: Some(20),
            table64: false,
        },
        Val::FuncRef(None),
    )?;
    m.insert("table".to_string(), table.into());
    let table64 = Table::new(
        &mut *store,
        TableType {
            element: ValType::FUNCREF,
            minimum: 10,
            maximum: Some(20),
            table64: true,
        },
        Val::FuncRef(None),
    )?;
    m.insert("table64".to_string(), table64.into());
    let memory = Memory::new(
        &mut *store,
        MemoryType {
            minimum: 1,
            maximum: Some(2),
            memory64: false,
            shared: false,
        },
    )?;
    m.insert("memory".to_string(), memory.into());
    Ok(m)
}
