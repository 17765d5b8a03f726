;; Conversions: trapping and saturating float-to-int, int-to-float,
;; promote/demote, wrap/extend, reinterpretation.
(module
  (func (export "trunc_f32_s") (param f32) (result i32) (i32.trunc_f32_s (local.get 0)))
  (func (export "trunc_f64_u") (param f64) (result i64) (i64.trunc_f64_u (local.get 0)))
  (func (export "trunc_sat") (param f64) (result i32) (i32.trunc_sat_f64_u (local.get 0)))
  (func (export "convert_u64") (param i64) (result f64) (f64.convert_i64_u (local.get 0)))
  (func (export "demote_promote") (param f64) (result f64) (f64.promote_f32 (f32.demote_f64 (local.get 0))))
  (func (export "wrap_extend") (param i64) (result i64) (i64.extend_i32_s (i32.wrap_i64 (local.get 0))))
  (func (export "reinterpret") (param f32) (result i32) (i32.reinterpret_f32 (local.get 0))))
