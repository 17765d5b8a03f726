;; `call_ref` checks only null (the validator typed the reference);
;; `br_on_null` is a null test on the `br_if` path.
(module
  (type $t (func (param i32) (result i32)))
  (func $f (param $r (ref null $t)) (param i32) (result i32)
    (block $null
      (return (call_ref $t (local.get 1) (br_on_null $null (local.get $r)))))
    (i32.const -1)))
