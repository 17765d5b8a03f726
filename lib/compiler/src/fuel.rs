//! Fuel costs: how much each operator uses, the same for every back end so
//! a program runs out of fuel at the same point whichever back end
//! compiled it (see the fuel contract in `trident_types::VMOffsets`). The
//! prices come from the options' cost table ([`FuelCosts`]); the length
//! part of the bulk operators is charged by their runtime builtins, with
//! the same table.

use trident_types::FuelCosts;
use wasmparser::Operator;

/// The fixed fuel an operator uses under `costs`. Structural operators
/// that generate no work (`nop`, `block`, `loop`, `end`, `else`, `drop`)
/// cost `structural`, calls `call`, the bulk memory and table operators
/// `bulk` (plus their length part, charged by the builtin), `memory.grow`
/// and `table.grow` `grow`; everything else costs `other`.
pub fn operator_cost(op: &Operator<'_>, costs: &FuelCosts) -> i64 {
    let c = match op {
        Operator::Nop
        | Operator::Block { .. }
        | Operator::Loop { .. }
        | Operator::End
        | Operator::Else
        | Operator::Drop => costs.structural,
        Operator::Call { .. } | Operator::CallIndirect { .. } | Operator::CallRef { .. } => {
            costs.call
        }
        _ if charged_by_builtin(op) => costs.bulk,
        Operator::MemoryGrow { .. } | Operator::TableGrow { .. } => costs.grow,
        _ => costs.other,
    };
    i64::from(c)
}

/// The operators whose builtin charges the length part of their cost
/// itself, reading and updating `fuel_consumed`: the driver flushes
/// pending fuel before them, and back ends that keep fuel outside the store
/// context store it before the builtin call and reload it after, as for
/// calls.
pub fn charged_by_builtin(op: &Operator<'_>) -> bool {
    matches!(
        op,
        Operator::MemoryCopy { .. }
            | Operator::MemoryFill { .. }
            | Operator::MemoryInit { .. }
            | Operator::TableCopy { .. }
            | Operator::TableFill { .. }
            | Operator::TableInit { .. }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn costs() {
        let d = FuelCosts::DEFAULT;
        assert_eq!(operator_cost(&Operator::Nop, &d), 0);
        assert_eq!(operator_cost(&Operator::I32Add, &d), 1);
        assert_eq!(operator_cost(&Operator::Call { function_index: 0 }, &d), 2);
        let copy = Operator::MemoryCopy {
            dst_mem: 0,
            src_mem: 0,
        };
        assert_eq!(operator_cost(&copy, &d), 1);
        assert!(charged_by_builtin(&copy));
        assert!(!charged_by_builtin(&Operator::MemoryGrow { mem: 0 }));
        let priced = FuelCosts {
            other: 3,
            bulk: 10,
            grow: 7,
            ..d
        };
        assert_eq!(operator_cost(&Operator::I32Add, &priced), 3);
        assert_eq!(operator_cost(&copy, &priced), 10);
        assert_eq!(operator_cost(&Operator::TableGrow { table: 0 }, &priced), 7);
    }
}
