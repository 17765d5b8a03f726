;; A counting loop with br_if, and a nested loop with an early exit.
(module
  (func (export "sum_to") (param i32) (result i32)
    (local $acc i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get 0)))
        (local.set $acc (i32.add (local.get $acc) (local.get 0)))
        (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
        (br $next)))
    (local.get $acc))
  (func (export "nested") (param i32 i32) (result i32)
    (local $i i32) (local $n i32)
    (loop $outer
      (local.set $n (local.get 1))
      (loop $inner
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br_if $inner (i32.gt_s (local.get $n) (i32.const 0))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $outer (i32.lt_u (local.get $i) (local.get 0))))
    (local.get $i)))
