//! Resolving imports by name.
//!
//! A [`Linker`] maps `(module, name)` pairs to definitions: externs that
//! already live in a store, or host functions it creates in whichever store
//! instantiates (so one linker can serve many stores).

use crate::error::{Error, LinkError};
use crate::externals::Extern;
use crate::func::{Func, IntoFunc};
use crate::instance::Instance;
use crate::module::Module;
use crate::store::Store;
use std::collections::HashMap;
use std::sync::Arc;

type FuncFactory<T> = Arc<dyn Fn(&mut Store<T>) -> Result<Func, Error> + Send + Sync>;

enum Definition<T> {
    Extern(Extern),
    HostFunc(FuncFactory<T>),
}

impl<T> Clone for Definition<T> {
    fn clone(&self) -> Self {
        match self {
            Definition::Extern(e) => Definition::Extern(*e),
            Definition::HostFunc(f) => Definition::HostFunc(f.clone()),
        }
    }
}

/// Named definitions used to instantiate modules.
pub struct Linker<T> {
    definitions: HashMap<(String, String), Definition<T>>,
    /// Host functions created per store, so each store gets one `Func`
    /// per definition however many modules it instantiates.
    created: HashMap<(u64, String, String), Func>,
}

impl<T> Default for Linker<T> {
    fn default() -> Self {
        Linker {
            definitions: HashMap::new(),
            created: HashMap::new(),
        }
    }
}

impl<T: 'static> Linker<T> {
    pub fn new() -> Linker<T> {
        Linker::default()
    }

    /// Defines `module::name` as an extern of a store.
    pub fn define(&mut self, module: &str, name: &str, item: impl Into<Extern>) -> &mut Self {
        self.definitions.insert(
            (module.to_string(), name.to_string()),
            Definition::Extern(item.into()),
        );
        self
    }

    /// Defines `module::name` as a host function, created in each store that
    /// instantiates through this linker.
    pub fn func_wrap<Params, Results, F>(&mut self, module: &str, name: &str, func: F) -> &mut Self
    where
        F: IntoFunc<T, Params, Results> + Clone + Send + Sync + 'static,
    {
        let factory: FuncFactory<T> =
            Arc::new(move |store: &mut Store<T>| func.clone().into_func(store));
        self.definitions.insert(
            (module.to_string(), name.to_string()),
            Definition::HostFunc(factory),
        );
        self
    }

    /// Defines every export of `instance` under `module`.
    pub fn instance(
        &mut self,
        store: &mut Store<T>,
        module: &str,
        instance: Instance,
    ) -> &mut Self {
        for (name, ext) in instance.exports(&mut *store) {
            self.define(module, &name, ext);
        }
        self
    }

    /// The definition of `module::name` in `store`, if any; creating a
    /// host function defined with [`Linker::func_wrap`] can fail (see
    /// [`Func::wrap`]).
    pub fn get(
        &mut self,
        store: &mut Store<T>,
        module: &str,
        name: &str,
    ) -> Result<Option<Extern>, Error> {
        let key = (module.to_string(), name.to_string());
        let Some(definition) = self.definitions.get(&key).cloned() else {
            return Ok(None);
        };
        match definition {
            Definition::Extern(e) => Ok(Some(e)),
            Definition::HostFunc(factory) => {
                let id = store.inner.opaque.id;
                let created_key = (id, key.0, key.1);
                if let Some(f) = self.created.get(&created_key) {
                    return Ok(Some(Extern::Func(*f)));
                }
                let f = factory(store)?;
                self.created.insert(created_key, f);
                Ok(Some(Extern::Func(f)))
            }
        }
    }

    /// Instantiates `module`, resolving each import by name.
    pub fn instantiate(
        &mut self,
        store: &mut Store<T>,
        module: &Module,
    ) -> Result<Instance, Error> {
        let mut imports = Vec::with_capacity(module.imports().len());
        for import in module.imports() {
            let ext = self
                .get(store, import.module, import.name)?
                .ok_or_else(|| LinkError::Unknown {
                    module: import.module.to_string(),
                    field: import.name.to_string(),
                })?;
            imports.push(ext);
        }
        Instance::new(store, module, &imports)
    }
}
