//! Converting script arguments to values and matching results against
//! expectations, bit-exactly (NaN patterns as the spec defines them).

use trident::{ExternRef, Store, Val};
use wast::core::{AbstractHeapType, HeapType, NanPattern, V128Pattern, WastArgCore, WastRetCore};
use wast::{WastArg, WastRet};

/// A script argument as a value.
pub fn arg(store: &mut Store<()>, a: &WastArg<'_>) -> Result<Val, String> {
    let WastArg::Core(a) = a else {
        return Err("component-model argument".into());
    };
    Ok(match a {
        WastArgCore::I32(v) => Val::I32(*v),
        WastArgCore::I64(v) => Val::I64(*v),
        WastArgCore::F32(v) => Val::F32(v.bits),
        WastArgCore::F64(v) => Val::F64(v.bits),
        WastArgCore::V128(v) => Val::V128(u128::from_le_bytes(v.to_le_bytes())),
        WastArgCore::RefNull(h) => match heap_type(h)? {
            Hierarchy::Func => Val::FuncRef(None),
            Hierarchy::Extern => Val::ExternRef(None),
        },
        WastArgCore::RefExtern(n) => Val::ExternRef(Some(ExternRef::new(store, *n))),
        WastArgCore::RefHost(_) => return Err("ref.host arguments are not supported".into()),
    })
}

/// The two reference hierarchies Trident has (GC's come with GC).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Hierarchy {
    Func,
    Extern,
}

/// The hierarchy of a script's heap type: a null of any function type
/// is the function hierarchy's null.
fn heap_type(h: &HeapType<'_>) -> Result<Hierarchy, String> {
    match h {
        HeapType::Abstract {
            ty: AbstractHeapType::Func | AbstractHeapType::NoFunc,
            ..
        }
        | HeapType::Concrete(_) => Ok(Hierarchy::Func),
        HeapType::Abstract {
            ty: AbstractHeapType::Extern | AbstractHeapType::NoExtern,
            ..
        } => Ok(Hierarchy::Extern),
        other => Err(format!("unsupported heap type {other:?}")),
    }
}

fn f32_matches(actual: u32, expected: &NanPattern<wast::token::F32>) -> bool {
    match expected {
        NanPattern::Value(v) => actual == v.bits,
        // Canonical NaN: sign either way, only the top mantissa bit set.
        NanPattern::CanonicalNan => actual & 0x7fff_ffff == 0x7fc0_0000,
        // Arithmetic NaN: a NaN with the top mantissa bit set.
        NanPattern::ArithmeticNan => actual & 0x7fc0_0000 == 0x7fc0_0000,
    }
}

fn f64_matches(actual: u64, expected: &NanPattern<wast::token::F64>) -> bool {
    match expected {
        NanPattern::Value(v) => actual == v.bits,
        NanPattern::CanonicalNan => actual & 0x7fff_ffff_ffff_ffff == 0x7ff8_0000_0000_0000,
        NanPattern::ArithmeticNan => actual & 0x7ff8_0000_0000_0000 == 0x7ff8_0000_0000_0000,
    }
}

fn v128_matches(actual: u128, expected: &V128Pattern) -> bool {
    let b = actual.to_le_bytes();
    match expected {
        V128Pattern::I8x16(l) => l.iter().enumerate().all(|(i, v)| b[i] as i8 == *v),
        V128Pattern::I16x8(l) => l
            .iter()
            .enumerate()
            .all(|(i, v)| i16::from_le_bytes([b[2 * i], b[2 * i + 1]]) == *v),
        V128Pattern::I32x4(l) => l.iter().enumerate().all(|(i, v)| {
            i32::from_le_bytes(b[4 * i..4 * i + 4].try_into().unwrap_or_default()) == *v
        }),
        V128Pattern::I64x2(l) => l.iter().enumerate().all(|(i, v)| {
            i64::from_le_bytes(b[8 * i..8 * i + 8].try_into().unwrap_or_default()) == *v
        }),
        V128Pattern::F32x4(l) => l.iter().enumerate().all(|(i, v)| {
            f32_matches(
                u32::from_le_bytes(b[4 * i..4 * i + 4].try_into().unwrap_or_default()),
                v,
            )
        }),
        V128Pattern::F64x2(l) => l.iter().enumerate().all(|(i, v)| {
            f64_matches(
                u64::from_le_bytes(b[8 * i..8 * i + 8].try_into().unwrap_or_default()),
                v,
            )
        }),
    }
}

/// Whether `actual` matches the expected result; `Err` explains a
/// mismatch.
pub fn matches(store: &Store<()>, actual: &Val, expected: &WastRet<'_>) -> Result<(), String> {
    let WastRet::Core(expected) = expected else {
        return Err("component-model result".into());
    };
    if core_matches(store, actual, expected) {
        Ok(())
    } else {
        Err(format!(
            "expected {expected:?}, got {}",
            describe(store, actual)
        ))
    }
}

fn core_matches(store: &Store<()>, actual: &Val, expected: &WastRetCore<'_>) -> bool {
    match (actual, expected) {
        (Val::I32(a), WastRetCore::I32(e)) => a == e,
        (Val::I64(a), WastRetCore::I64(e)) => a == e,
        (Val::F32(a), WastRetCore::F32(e)) => f32_matches(*a, e),
        (Val::F64(a), WastRetCore::F64(e)) => f64_matches(*a, e),
        (Val::V128(a), WastRetCore::V128(e)) => v128_matches(*a, e),
        (Val::FuncRef(None), WastRetCore::RefNull(h)) => match h {
            None => true,
            Some(h) => heap_type(h) == Ok(Hierarchy::Func),
        },
        (Val::ExternRef(None), WastRetCore::RefNull(h)) => match h {
            None => true,
            Some(h) => heap_type(h) == Ok(Hierarchy::Extern),
        },
        (Val::ExternRef(Some(r)), WastRetCore::RefExtern(e)) => match e {
            None => true,
            Some(n) => r.data(store).and_then(|d| d.downcast_ref::<u32>()) == Some(n),
        },
        (Val::FuncRef(Some(_)), WastRetCore::RefFunc(_)) => true,
        (a, WastRetCore::Either(cases)) => cases.iter().any(|c| core_matches(store, a, c)),
        _ => false,
    }
}

/// A value as the spec's text would write it.
pub fn describe(store: &Store<()>, v: &Val) -> String {
    match v {
        Val::I32(x) => format!("i32:{x}"),
        Val::I64(x) => format!("i64:{x}"),
        Val::F32(x) => format!("f32:{} ({x:#010x})", f32::from_bits(*x)),
        Val::F64(x) => format!("f64:{} ({x:#018x})", f64::from_bits(*x)),
        Val::V128(x) => format!("v128:{x:#034x}"),
        Val::FuncRef(None) => "ref.null func".into(),
        Val::FuncRef(Some(_)) => "ref.func".into(),
        Val::ExternRef(None) => "ref.null extern".into(),
        Val::ExternRef(Some(r)) => match r.data(store).and_then(|d| d.downcast_ref::<u32>()) {
            Some(n) => format!("ref.extern {n}"),
            None => "ref.extern ?".into(),
        },
    }
}
