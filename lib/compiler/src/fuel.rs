//! Fuel costs: how much each operator uses, the same for every back end so
//! a program runs out of fuel at the same point whichever back end
//! compiled it (see the fuel contract in `trident_types::VMOffsets`).

use wasmparser::Operator;

/// The fuel an operator uses. Structural operators that generate no work
/// (`nop`, `block`, `loop`, `end`, `else`, `drop`) are free; calls cost more
/// than simple operators because they do more; everything else costs 1.
pub fn operator_cost(op: &Operator<'_>) -> i64 {
    match op {
        Operator::Nop
        | Operator::Block { .. }
        | Operator::Loop { .. }
        | Operator::End
        | Operator::Else
        | Operator::Drop => 0,
        Operator::Call { .. } | Operator::CallIndirect { .. } => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn costs() {
        assert_eq!(operator_cost(&Operator::Nop), 0);
        assert_eq!(operator_cost(&Operator::I32Add), 1);
        assert_eq!(operator_cost(&Operator::Call { function_index: 0 }), 2);
    }
}
