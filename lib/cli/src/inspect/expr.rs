//! Constant expressions (global initialisers, segment offsets) as text.

use wasmparser::{ConstExpr, Operator};

/// `i32.const 1024`, `global.get 0`, … joined by `; `.
pub fn render(expr: &ConstExpr<'_>) -> String {
    let mut out = Vec::new();
    let mut reader = expr.get_operators_reader();
    while !reader.eof() {
        let op = match reader.read() {
            Ok(op) => op,
            Err(e) => {
                out.push(format!("<{}>", e.message()));
                break;
            }
        };
        let text = match op {
            Operator::End => continue,
            Operator::I32Const { value } => format!("i32.const {value}"),
            Operator::I64Const { value } => format!("i64.const {value}"),
            Operator::F32Const { value } => format!("f32.const {}", f32::from_bits(value.bits())),
            Operator::F64Const { value } => format!("f64.const {}", f64::from_bits(value.bits())),
            Operator::GlobalGet { global_index } => format!("global.get {global_index}"),
            Operator::RefNull { hty } => format!("ref.null {hty:?}").to_lowercase(),
            Operator::RefFunc { function_index } => format!("ref.func {function_index}"),
            Operator::I32Add => "i32.add".into(),
            Operator::I32Sub => "i32.sub".into(),
            Operator::I32Mul => "i32.mul".into(),
            Operator::I64Add => "i64.add".into(),
            Operator::I64Sub => "i64.sub".into(),
            Operator::I64Mul => "i64.mul".into(),
            other => format!("{other:?}"),
        };
        out.push(text);
    }
    out.join("; ")
}
