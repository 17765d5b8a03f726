(module
  (func (export "spin") (loop $l (br $l)))
  (func (export "answer") (result i32) (i32.const 42)))
