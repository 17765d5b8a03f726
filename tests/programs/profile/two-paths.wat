;; $main calls $heavy directly with three times the work it gives it
;; through $light (tests/aarch64/profile.sh, the
;; CLI's profiling tests).
(module $prof
  (func $heavy (param $n i32) (result i32) (local $i i32) (local $acc i32)
    (loop $l
      (local.set $acc (i32.add (local.get $acc) (i32.mul (local.get $i) (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $acc))
  (func $light (param $n i32) (result i32) (call $heavy (local.get $n)))
  (func $main (export "_start") (local $k i32)
    (loop $outer
      (drop (call $heavy (i32.const 3000000)))
      (drop (call $light (i32.const 1000000)))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $outer (i32.lt_u (local.get $k) (i32.const 30))))))
