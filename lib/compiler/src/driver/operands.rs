//! The operand-stack moves that the back ends with an SSA operand stack
//! (Cranelift's `Value`s, LLVM's `BasicValueEnum`s) share. Singlepass
//! keeps locations, not values, and has its own stack.
//!
//! Invariant: both return `None` rather than panic when the stack holds
//! fewer than `n` operands; validation rules that out, so a back end
//! turns `None` into its internal-bug error.

/// Pops the top `n` operands, bottom first.
pub fn pop_operands<V>(stack: &mut Vec<V>, n: usize) -> Option<Vec<V>> {
    let at = stack.len().checked_sub(n)?;
    Some(stack.split_off(at))
}

/// Copies the top `n` operands, bottom first, leaving them on the stack.
pub fn peek_operands<V: Clone>(stack: &[V], n: usize) -> Option<Vec<V>> {
    let at = stack.len().checked_sub(n)?;
    Some(stack[at..].to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pops_and_peeks_bottom_first_and_refuses_underflow() {
        let mut s = vec![1, 2, 3];
        assert_eq!(peek_operands(&s, 2), Some(vec![2, 3]));
        assert_eq!(peek_operands(&s, 4), None);
        assert_eq!(pop_operands(&mut s, 2), Some(vec![2, 3]));
        assert_eq!(s, vec![1]);
        assert_eq!(pop_operands(&mut s, 2), None);
        assert_eq!(s, vec![1]);
    }
}
