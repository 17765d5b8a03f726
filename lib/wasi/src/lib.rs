//! WASI preview1 (`wasi_snapshot_preview1`) for Trident.
//!
//! ```no_run
//! use trident::{Config, Engine, Linker, Module, Store};
//! use trident_wasi::{WasiCtx, WasiCtxBuilder};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let engine = Engine::new(&Config::default())?;
//! let module = Module::new(&engine, std::fs::read("hello.wasm")?)?;
//! let mut linker: Linker<WasiCtx> = Linker::new();
//! trident_wasi::add_to_linker(&mut linker, |ctx| ctx);
//! let ctx = WasiCtxBuilder::new().arg("hello").inherit_stdio().preopened_dir(".", ".")?.build();
//! let mut store = Store::new(&engine, ctx);
//! let instance = linker.instantiate(&mut store, &module)?;
//! let start = instance.get_func(&mut store, "_start").ok_or("no _start")?;
//! match start.call(&mut store, &[], &mut []) {
//!     Ok(()) => {}
//!     Err(e) => match trident_wasi::exit_code(&e) {
//!         Some(code) => std::process::exit(code),
//!         None => return Err(e.into()),
//!     },
//! }
//! # Ok(())
//! # }
//! ```
//!
//! The filesystem is a capability sandbox built on cap-std: a guest
//! reaches only the directories pre-opened for it, and `..`, absolute
//! paths and symlinks that would lead outside fail with `NOTCAPABLE`
//! without touching anything outside. Nothing of the host (environment,
//! directories, standard streams) is visible unless the builder passes it.
//!
//! Layout: `abi` (the preview1 numbers and layouts), `errno`, `memory`
//! (bounds-checked guest memory), `stream` (standard streams), `table`
//! (the fd table and rights), `ctx` (state and builder), `calls/*` (the
//! calls, by concern), `linker` (registration).

pub mod abi;
mod calls;
mod ctx;
mod errno;
mod linker;
mod memory;
mod stream;
mod table;

pub use calls::proc::{exit_code, invalid_exit, I32Exit, InvalidExit};
pub use ctx::{WasiCtx, WasiCtxBuilder, WasiError};
pub use errno::Errno;
pub use linker::{add_to_linker, GetCtx, FUNCTIONS};
pub use stream::{OutputPipe, Stream};

/// The import module name of every preview1 function.
pub const MODULE: &str = abi::MODULE;
