;; br_table: a dense jump table with a default, and one carrying a value.
(module
  (func (export "switch") (param i32) (result i32)
    (block $d (block $c (block $b (block $a
      (br_table $a $b $c $a $d (local.get 0)))
      (return (i32.const 10)))
      (return (i32.const 20)))
      (return (i32.const 30)))
    (i32.const 40))
  (func (export "with_value") (param i32) (result i32)
    (block $out (result i32)
      (block $inner (result i32)
        (br_table $inner $out $inner (i32.const 7) (local.get 0)))
      (i32.const 1)
      (i32.add))))
