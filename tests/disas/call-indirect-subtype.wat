;; `call_indirect` of a type open to subtypes: equal type ids call at
;; once, as for a final type; a different id asks the `FuncSubtype`
;; builtin out of line (the builtin table's entry 11), which returns the
;; reference or null (`BadSignature`).
(module
  (type $base (sub (func (param i32) (result i32))))
  (type $leaf (sub final $base (func (param i32) (result i32))))
  (table 1 funcref)
  (func (param i32) (result i32)
    (call_indirect (type $base) (local.get 0) (i32.const 0))))
