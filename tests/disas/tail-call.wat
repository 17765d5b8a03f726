;; `return_call` and `return_call_indirect`: the frame is popped and the
;; callee jumped to. On LLVM the module is `tailcc` (it has tail calls):
;; each function's listing ends with its standard-convention adapter.
(module
  (type $t (func (param i32) (result i32)))
  (table 1 funcref)
  (func $f (param i32) (result i32)
    (return_call $g (i32.add (local.get 0) (i32.const 1))))
  (func $g (param i32) (result i32)
    (return_call_indirect (type $t) (local.get 0) (i32.const 0))))
