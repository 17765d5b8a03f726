#!/usr/bin/env python3
"""Calls an exported function through libtrident.so from Python (ctypes),
with nothing but the standard C API: engine, store, module from bytes,
instance, exports, wasm_func_call, and a host function written in Python
that the module imports. Usage: call_export.py LIBTRIDENT_SO. Prints
"ok" and exits 0 when the results are right; exits 1 otherwise."""
import ctypes as C
import sys

lib = C.CDLL(sys.argv[1])


class ByteVec(C.Structure):
    _fields_ = [("size", C.c_size_t), ("data", C.POINTER(C.c_char))]


class ValUnion(C.Union):
    _fields_ = [("i32", C.c_int32), ("i64", C.c_int64), ("f32", C.c_float),
                ("f64", C.c_double), ("ref", C.c_void_p)]


class Val(C.Structure):
    _fields_ = [("kind", C.c_uint8), ("of", ValUnion)]


class ValVec(C.Structure):
    _fields_ = [("size", C.c_size_t), ("data", C.POINTER(Val))]


class PtrVec(C.Structure):
    _fields_ = [("size", C.c_size_t), ("data", C.POINTER(C.c_void_p))]


WASM_I32 = 0
P = C.c_void_p
for name, res, args in [
    ("wasm_engine_new", P, []),
    ("wasm_store_new", P, [P]),
    ("wasm_byte_vec_new", None, [C.POINTER(ByteVec), C.c_size_t, C.c_char_p]),
    ("wasm_byte_vec_delete", None, [C.POINTER(ByteVec)]),
    ("wasm_module_new", P, [P, C.POINTER(ByteVec)]),
    ("wasm_valtype_new", P, [C.c_uint8]),
    ("wasm_valtype_vec_new", None, [C.POINTER(PtrVec), C.c_size_t, C.POINTER(P)]),
    ("wasm_functype_new", P, [C.POINTER(PtrVec), C.POINTER(PtrVec)]),
    ("wasm_functype_delete", None, [P]),
    ("wasm_func_new", P, [P, P, P]),
    ("wasm_func_as_extern", P, [P]),
    ("wasm_instance_new", P, [P, P, C.POINTER(PtrVec), P]),
    ("wasm_instance_exports", None, [P, C.POINTER(PtrVec)]),
    ("wasm_extern_as_func", P, [P]),
    ("wasm_func_call", P, [P, C.POINTER(ValVec), C.POINTER(ValVec)]),
    ("wasm_extern_vec_delete", None, [C.POINTER(PtrVec)]),
    ("wasm_instance_delete", None, [P]),
    ("wasm_func_delete", None, [P]),
    ("wasm_module_delete", None, [P]),
    ("wasm_store_delete", None, [P]),
    ("wasm_engine_delete", None, [P]),
]:
    f = getattr(lib, name)
    f.restype = res
    f.argtypes = args

# (module
#   (import "py" "double" (func $d (param i32) (result i32)))
#   (func (export "add_doubled") (param i32 i32) (result i32)
#     (i32.add (call $d (local.get 0)) (local.get 1))))
MODULE = bytes.fromhex(
    "0061736d01000000"
    "010c0260017f017f60027f7f017f"
    "020d0102707906646f75626c650000"
    "03020101"
    "070f010b6164645f646f75626c65640001"
    "0a0b010900200010002001" "6a0b")

CALLBACK = C.CFUNCTYPE(P, C.POINTER(ValVec), C.POINTER(ValVec))


@CALLBACK
def double(args, results):
    results.contents.data[0].kind = WASM_I32
    results.contents.data[0].of.i32 = 2 * args.contents.data[0].of.i32
    return None


def valtypes(n):
    vec = PtrVec()
    items = (P * n)(*[lib.wasm_valtype_new(WASM_I32) for _ in range(n)])
    lib.wasm_valtype_vec_new(C.byref(vec), n, items)
    return vec


engine = lib.wasm_engine_new()
store = lib.wasm_store_new(engine)
binary = ByteVec()
lib.wasm_byte_vec_new(C.byref(binary), len(MODULE), MODULE)
module = lib.wasm_module_new(store, C.byref(binary))
lib.wasm_byte_vec_delete(C.byref(binary))
if not module:
    sys.exit("the module did not compile")
params, results = valtypes(1), valtypes(1)
functype = lib.wasm_functype_new(C.byref(params), C.byref(results))
host = lib.wasm_func_new(store, functype, C.cast(double, P))
lib.wasm_functype_delete(functype)
externs = (P * 1)(lib.wasm_func_as_extern(host))
imports = PtrVec(1, externs)
instance = lib.wasm_instance_new(store, module, C.byref(imports), None)
if not instance:
    sys.exit("the module did not instantiate")
exports = PtrVec()
lib.wasm_instance_exports(instance, C.byref(exports))
func = lib.wasm_extern_as_func(exports.data[0])
args = (Val * 2)()
for i, v in enumerate((20, 2)):
    args[i].kind = WASM_I32
    args[i].of.i32 = v
out = (Val * 1)()
trap = lib.wasm_func_call(func, C.byref(ValVec(2, args)), C.byref(ValVec(1, out)))
ok = trap is None and out[0].kind == WASM_I32 and out[0].of.i32 == 42
lib.wasm_extern_vec_delete(C.byref(exports))
lib.wasm_instance_delete(instance)
lib.wasm_func_delete(host)
lib.wasm_module_delete(module)
lib.wasm_store_delete(store)
lib.wasm_engine_delete(engine)
if not ok:
    sys.exit(f"add_doubled(20, 2) gave {out[0].of.i32} (trap: {trap})")
print("ok")
