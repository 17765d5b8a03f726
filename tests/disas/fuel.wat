;;! consume_fuel = true
;; Fuel accounting: at function entry, in a loop, around a call.
(module
  (func $callee (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
  (func (export "count") (param i32) (result i32)
    (local $acc i32)
    (loop $l
      (local.set $acc (call $callee (local.get $acc)))
      (br_if $l (i32.lt_u (local.get $acc) (local.get 0))))
    (local.get $acc)))
