/*
 * The two halves of Trident's trap recovery (see trap/mod.rs).
 *
 * trident_catch() calls a host->wasm trampoline under a setjmp. Nothing but
 * this C frame and compiled wasm frames ever lies between the setjmp and a
 * trap, so the longjmp never skips a Rust frame.
 *
 * trident_unwind() is where the signal handler sends a trapping thread: it
 * runs as an ordinary function after the handler has returned (the kernel
 * restored the signal mask and left the alternate signal stack), and jumps
 * back to trident_catch().
 */
#include <setjmp.h>

typedef void (*trident_trampoline)(void *, void *, void *, void *);

int trident_catch(trident_trampoline trampoline, void *func_ptr, void *callee_vmctx,
                  void *caller_vmctx, void *values, void **jmp_slot) {
    jmp_buf buf;
    if (setjmp(buf) != 0) {
        return 0;
    }
    *jmp_slot = &buf;
    trampoline(func_ptr, callee_vmctx, caller_vmctx, values);
    return 1;
}

void trident_unwind(void *jmp_buf_ptr) {
    longjmp(*(jmp_buf *)jmp_buf_ptr, 1);
}

