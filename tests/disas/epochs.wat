;;! epoch_interruption = true
;; Epoch deadline checks: at function entry and on the loop back edge.
(module
  (func (export "spin") (param i32) (result i32)
    (loop $l
      (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
      (br_if $l (local.get 0)))
    (local.get 0)))
