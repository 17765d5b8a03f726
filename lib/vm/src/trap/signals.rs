//! Signal handlers that turn hardware faults in wasm code into traps.
//!
//! The handler is async-signal-safe: it reads a const-initialized
//! thread-local (no lazy initialization, no allocation), takes the code
//! registry's read lock, and writes plain `Cell`s. When the faulting
//! instruction is a registered trap site, it records the trap code and
//! rewrites the interrupted context so that, once the handler returns, the
//! thread resumes in `trident_unwind(jmp_buf)`, which longjmps back to the
//! host→wasm entry. Anything else is passed on to the handler that was
//! installed before ours.
//!
//! Handlers run on an alternate signal stack (`SA_ONSTACK`); Rust installs
//! one on the threads it creates, and [`ensure_alt_stack`] installs one on
//! threads that have none.

use super::registry::lookup_trap;
use super::CURRENT;
use std::cell::Cell;
use std::mem::MaybeUninit;
use std::sync::Once;

extern "C" {
    fn trident_unwind(jmp_buf: *mut libc::c_void) -> !;
}

const SIGNALS: [libc::c_int; 4] = [libc::SIGSEGV, libc::SIGBUS, libc::SIGILL, libc::SIGFPE];

/// The handlers in place before ours, one per entry of `SIGNALS`. Written
/// once, before our handlers are installed, and only read afterwards.
static mut PREVIOUS: [MaybeUninit<libc::sigaction>; 4] = [MaybeUninit::uninit(); 4];

static INSTALL: Once = Once::new();

/// Installs the handlers (once per process).
pub fn install_handlers() {
    INSTALL.call_once(|| {
        for (i, &sig) in SIGNALS.iter().enumerate() {
            // SAFETY: sigaction with a fully initialized struct; PREVIOUS is
            // written before the handler that reads it is installed, and
            // under the Once no other thread writes it.
            unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = handler as *const () as usize;
                action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK | libc::SA_NODEFER;
                libc::sigemptyset(&mut action.sa_mask);
                let previous = &raw mut PREVIOUS;
                let slot = (*previous)[i].as_mut_ptr();
                if libc::sigaction(sig, &action, slot) != 0 {
                    // Could not install: keep the default for this signal.
                    std::ptr::write(slot, std::mem::zeroed());
                }
            }
        }
    });
}

unsafe extern "C" fn handler(
    sig: libc::c_int,
    info: *mut libc::siginfo_t,
    context: *mut libc::c_void,
) {
    let state = CURRENT.with(|c| c.get());
    if !state.is_null() {
        // SAFETY: the kernel passes a valid ucontext_t.
        let pc = unsafe { context_pc(context) };
        if let Some(code) = lookup_trap(pc) {
            // SAFETY: `state` points to the CallThreadState on this thread's
            // stack, live for the whole wasm call (see catch_traps).
            let state = unsafe { &*state };
            state.trap_code.set(Some(code));
            state.trap_pc.set(pc);
            // SAFETY: valid context; the walk only follows frame pointers
            // of registered wasm frames (see `record_backtrace`).
            unsafe { record_backtrace(state, pc, context_fp(context)) };
            // SAFETY: valid context; redirecting to trident_unwind, which
            // never returns, with the jmp_buf of the live trident_catch.
            unsafe {
                redirect(
                    context,
                    trident_unwind as *const () as usize,
                    state.jmp_buf.get() as usize,
                )
            };
            return;
        }
    }
    // SAFETY: forwarding the same arguments to the previous handler.
    unsafe { chain(sig, info, context) };
}

unsafe fn chain(sig: libc::c_int, info: *mut libc::siginfo_t, context: *mut libc::c_void) {
    let Some(i) = SIGNALS.iter().position(|&s| s == sig) else {
        return;
    };
    // PREVIOUS[i] was initialized before our handler was installed.
    let slots = (&raw const PREVIOUS).cast::<MaybeUninit<libc::sigaction>>();
    // SAFETY: `i` < SIGNALS.len() == PREVIOUS.len().
    let previous = unsafe { (*slots.add(i)).assume_init_ref() };
    let target = previous.sa_sigaction;
    if target == libc::SIG_DFL || target == libc::SIG_IGN {
        // Restore the default action and return: the faulting instruction
        // runs again and the default action (a core dump) happens.
        // SAFETY: resetting a signal's disposition is async-signal-safe.
        unsafe {
            let mut dfl: libc::sigaction = std::mem::zeroed();
            dfl.sa_sigaction = libc::SIG_DFL;
            libc::sigaction(sig, &dfl, std::ptr::null_mut());
        }
    } else if previous.sa_flags & libc::SA_SIGINFO != 0 {
        // SAFETY: the previous handler was installed as a three-argument one.
        unsafe {
            let f: unsafe extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) =
                std::mem::transmute(target);
            f(sig, info, context)
        }
    } else {
        // SAFETY: the previous handler was installed as a one-argument one.
        unsafe {
            let f: unsafe extern "C" fn(libc::c_int) = std::mem::transmute(target);
            f(sig)
        }
    }
}

#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
unsafe fn context_pc(context: *mut libc::c_void) -> usize {
    let uc = context as *const libc::ucontext_t;
    // SAFETY: caller passes a valid ucontext_t.
    unsafe { (*uc).uc_mcontext.gregs[libc::REG_RIP as usize] as usize }
}

#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
unsafe fn context_fp(context: *mut libc::c_void) -> usize {
    let uc = context as *const libc::ucontext_t;
    // SAFETY: caller passes a valid ucontext_t.
    unsafe { (*uc).uc_mcontext.gregs[libc::REG_RBP as usize] as usize }
}

#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
unsafe fn redirect(context: *mut libc::c_void, target: usize, arg: usize) {
    let uc = context as *mut libc::ucontext_t;
    // SAFETY: caller passes a valid ucontext_t. The new stack pointer is
    // below the faulting frame, aligned as at a function entry (16n - 8).
    unsafe {
        let gregs = &mut (*uc).uc_mcontext.gregs;
        let sp = gregs[libc::REG_RSP as usize] as usize;
        gregs[libc::REG_RSP as usize] = ((sp & !15) - 8) as i64;
        gregs[libc::REG_RDI as usize] = arg as i64;
        gregs[libc::REG_RIP as usize] = target as i64;
    }
}

#[cfg(all(target_os = "linux", target_arch = "aarch64"))]
unsafe fn context_pc(context: *mut libc::c_void) -> usize {
    let uc = context as *const libc::ucontext_t;
    // SAFETY: caller passes a valid ucontext_t.
    unsafe { (*uc).uc_mcontext.pc as usize }
}

#[cfg(all(target_os = "linux", target_arch = "aarch64"))]
unsafe fn context_fp(context: *mut libc::c_void) -> usize {
    let uc = context as *const libc::ucontext_t;
    // SAFETY: caller passes a valid ucontext_t; x29 is the frame pointer.
    unsafe { (*uc).uc_mcontext.regs[29] as usize }
}

#[cfg(all(target_os = "linux", target_arch = "aarch64"))]
unsafe fn redirect(context: *mut libc::c_void, target: usize, arg: usize) {
    let uc = context as *mut libc::ucontext_t;
    // SAFETY: caller passes a valid ucontext_t; AArch64 keeps sp 16-aligned.
    unsafe {
        let mc = &mut (*uc).uc_mcontext;
        mc.sp &= !15;
        mc.regs[0] = arg as u64;
        mc.pc = target as u64;
    }
}

/// Records the trapping `pc` and the return addresses of the wasm frames
/// above it (see [`super::walk_wasm_frames`]); allocates nothing.
///
/// # Safety
/// `fp` must be the frame pointer of the interrupted wasm code.
unsafe fn record_backtrace(state: &super::CallThreadState, pc: usize, fp: usize) {
    // SAFETY: only this thread's handler writes the buffer, while the
    // entry it belongs to is live; `fp` is as the caller guarantees.
    let n = unsafe { super::walk_wasm_frames(pc, fp, &mut *state.backtrace.get()) };
    state.backtrace_len.set(n);
}

/// An alternate signal stack this module allocated for a thread that had
/// none; removed and freed when the thread exits.
struct AltStack {
    mmap: crate::mmap::Mmap,
}

impl Drop for AltStack {
    fn drop(&mut self) {
        // SAFETY: disabling this thread's alternate stack before freeing it.
        unsafe {
            let ss = libc::stack_t {
                ss_sp: std::ptr::null_mut(),
                ss_flags: libc::SS_DISABLE,
                ss_size: 0,
            };
            libc::sigaltstack(&ss, std::ptr::null_mut());
        }
        let _ = &self.mmap;
    }
}

const ALT_STACK_SIZE: usize = 64 * 1024;

thread_local! {
    static ALT_STACK_CHECKED: Cell<bool> = const { Cell::new(false) };
    static ALT_STACK: std::cell::RefCell<Option<AltStack>> = const { std::cell::RefCell::new(None) };
}

/// Makes sure this thread has an alternate signal stack.
pub fn ensure_alt_stack() {
    if ALT_STACK_CHECKED.with(|c| c.replace(true)) {
        return;
    }
    // SAFETY: querying the current alternate stack.
    let mut old: libc::stack_t = unsafe { std::mem::zeroed() };
    // SAFETY: valid out pointer.
    if unsafe { libc::sigaltstack(std::ptr::null(), &mut old) } != 0 {
        return;
    }
    if old.ss_flags & libc::SS_DISABLE == 0 && old.ss_size >= libc::MINSIGSTKSZ {
        return;
    }
    let page = crate::mmap::page_size();
    let Ok(mmap) = crate::mmap::Mmap::reserve(ALT_STACK_SIZE + page) else {
        return;
    };
    // The lowest page stays inaccessible as a guard.
    if mmap.make_accessible(page, ALT_STACK_SIZE).is_err() {
        return;
    }
    let ss = libc::stack_t {
        // SAFETY: inside the mapping.
        ss_sp: unsafe { mmap.as_ptr().add(page) } as *mut libc::c_void,
        ss_flags: 0,
        ss_size: ALT_STACK_SIZE,
    };
    // SAFETY: the stack memory lives until AltStack's drop disables it.
    if unsafe { libc::sigaltstack(&ss, std::ptr::null_mut()) } == 0 {
        ALT_STACK.with(|s| *s.borrow_mut() = Some(AltStack { mmap }));
    }
}
