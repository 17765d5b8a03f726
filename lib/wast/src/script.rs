//! Running one spec script's commands against one engine.
//!
//! Every command counts once, as passed or failed. A module that fails to
//! compile or instantiate leaves a failed slot behind, so every later
//! command that uses it fails too rather than silently running against an
//! older module.

use crate::messages::expected_trap;
use crate::spectest;
use crate::values;
use std::collections::HashMap;
use trident::{Engine, Error, Extern, Instance, Module, Store, TrapCode, Val};
use wast::{QuoteWat, WastDirective, WastExecute, WastInvoke};

/// One failed command.
#[derive(Clone, Debug)]
pub struct Failure {
    pub line: usize,
    pub message: String,
}

/// What running a script gave.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    pub passed: usize,
    pub failed: usize,
    pub failures: Vec<Failure>,
}

#[derive(Clone)]
enum Slot {
    Ready(Instance),
    Failed(String),
}

enum ExecError {
    /// Wasm (or a host function) trapped, or instantiation failed.
    Api(Error),
    /// Something about the script itself (unknown module or export, …).
    Script(String),
}

impl From<Error> for ExecError {
    fn from(e: Error) -> Self {
        ExecError::Api(e)
    }
}

impl ExecError {
    fn describe(&self) -> String {
        match self {
            ExecError::Api(e) => e.to_string(),
            ExecError::Script(s) => s.clone(),
        }
    }
}

struct Runner<'a> {
    engine: &'a Engine,
    store: Store<()>,
    spectest: HashMap<String, Extern>,
    registered: HashMap<String, Slot>,
    named: HashMap<String, Slot>,
    definitions: HashMap<String, Result<Module, String>>,
    current: Option<Slot>,
}

/// Runs every command of a parsed script. `text` is the script's source,
/// for line numbers.
pub fn run(engine: &Engine, text: &str, directives: Vec<WastDirective<'_>>) -> Outcome {
    let mut store = Store::new(engine, ());
    // Scripts run to completion when fuel is counted; epochs never advance.
    store.set_fuel(u64::MAX);
    let spectest = match spectest::define(&mut store) {
        Ok(s) => s,
        Err(e) => {
            let n = directives.len();
            return Outcome {
                passed: 0,
                failed: n,
                failures: vec![Failure {
                    line: 0,
                    message: format!("cannot create the spectest module: {e}"),
                }],
            };
        }
    };
    let mut runner = Runner {
        engine,
        store,
        spectest,
        registered: HashMap::new(),
        named: HashMap::new(),
        definitions: HashMap::new(),
        current: None,
    };
    let mut outcome = Outcome::default();
    for directive in directives {
        let line = directive.span().linecol_in(text).0 + 1;
        match runner.directive(directive) {
            Ok(()) => outcome.passed += 1,
            Err(message) => {
                outcome.failed += 1;
                outcome.failures.push(Failure { line, message });
            }
        }
    }
    outcome
}

impl Runner<'_> {
    fn compile(&self, module: &mut QuoteWat<'_>) -> Result<Module, String> {
        let bytes = module
            .encode()
            .map_err(|e| format!("cannot encode module: {e}"))?;
        Module::from_binary(self.engine, &bytes).map_err(|e| e.to_string())
    }

    fn imports(&mut self, module: &Module) -> Result<Vec<Extern>, ExecError> {
        let mut out = Vec::new();
        for import in module.imports() {
            let found = if import.module == "spectest" {
                self.spectest.get(import.name).copied()
            } else {
                match self.registered.get(import.module) {
                    Some(Slot::Ready(i)) => i.get_export(&mut self.store, import.name),
                    Some(Slot::Failed(e)) => {
                        return Err(ExecError::Script(format!(
                            "import from `{}`, whose instantiation failed: {e}",
                            import.module
                        )))
                    }
                    None => None,
                }
            };
            match found {
                Some(e) => out.push(e),
                None => {
                    return Err(ExecError::Api(Error::Link(trident::LinkError::Unknown {
                        module: import.module.to_string(),
                        field: import.name.to_string(),
                    })))
                }
            }
        }
        Ok(out)
    }

    fn instantiate(&mut self, module: &Module) -> Result<Instance, ExecError> {
        let imports = self.imports(module)?;
        Ok(Instance::new(&mut self.store, module, &imports)?)
    }

    /// Compiles and instantiates a module, making it the current one.
    fn define_module(&mut self, mut wat: QuoteWat<'_>) -> Result<(), String> {
        let name = wat.name().map(|id| id.name().to_string());
        let result = self
            .compile(&mut wat)
            .and_then(|m| self.instantiate(&m).map_err(|e| e.describe()));
        let slot = match &result {
            Ok(i) => Slot::Ready(*i),
            Err(e) => Slot::Failed(e.clone()),
        };
        if let Some(name) = name {
            self.named.insert(name, slot.clone());
        }
        self.current = Some(slot);
        result.map(|_| ())
    }

    fn instance(&self, name: Option<&str>) -> Result<Instance, ExecError> {
        let slot = match name {
            Some(n) => self.named.get(n),
            None => self.current.as_ref(),
        };
        match slot {
            Some(Slot::Ready(i)) => Ok(*i),
            Some(Slot::Failed(e)) => Err(ExecError::Script(format!(
                "module failed to instantiate: {e}"
            ))),
            None => Err(ExecError::Script(format!(
                "no module {}",
                name.unwrap_or("defined yet")
            ))),
        }
    }

    fn invoke(&mut self, invoke: &WastInvoke<'_>) -> Result<Vec<Val>, ExecError> {
        let instance = self.instance(invoke.module.map(|id| id.name()))?;
        let func = instance
            .get_func(&mut self.store, invoke.name)
            .ok_or_else(|| ExecError::Script(format!("no exported function `{}`", invoke.name)))?;
        let mut args = Vec::new();
        for a in &invoke.args {
            args.push(values::arg(&mut self.store, a).map_err(ExecError::Script)?);
        }
        let ty = func.ty(&self.store);
        let mut results: Vec<Val> = ty.results.iter().map(|t| Val::default_for(*t)).collect();
        func.call(&mut self.store, &args, &mut results)?;
        Ok(results)
    }

    fn execute(&mut self, exec: WastExecute<'_>) -> Result<Vec<Val>, ExecError> {
        match exec {
            WastExecute::Invoke(invoke) => self.invoke(&invoke),
            WastExecute::Wat(wat) => {
                let mut quote = QuoteWat::Wat(wat);
                let module = self.compile(&mut quote).map_err(ExecError::Script)?;
                self.instantiate(&module)?;
                Ok(Vec::new())
            }
            WastExecute::Get { module, global, .. } => {
                let instance = self.instance(module.map(|id| id.name()))?;
                let g = instance
                    .get_global(&mut self.store, global)
                    .ok_or_else(|| ExecError::Script(format!("no exported global `{global}`")))?;
                Ok(vec![g.get(&mut self.store)])
            }
        }
    }

    fn expect_trap(&mut self, exec: WastExecute<'_>, message: &str) -> Result<(), String> {
        let want =
            expected_trap(message).ok_or_else(|| format!("unknown trap message `{message}`"))?;
        match self.execute(exec) {
            Ok(v) => Err(format!("expected trap `{message}`, got {} values", v.len())),
            Err(ExecError::Api(e)) => match e.trap_code() {
                Some(code) if code == want => Ok(()),
                Some(code) => Err(format!(
                    "expected trap `{message}` ({want:?}), got {code:?}"
                )),
                None => Err(format!("expected trap `{message}`, got error: {e}")),
            },
            Err(e) => Err(e.describe()),
        }
    }

    fn directive(&mut self, directive: WastDirective<'_>) -> Result<(), String> {
        match directive {
            WastDirective::Module(wat) => self.define_module(wat),
            WastDirective::ModuleDefinition(mut wat) => {
                let name = wat.name().map(|id| id.name().to_string());
                let module = self.compile(&mut wat);
                let result = module.as_ref().map(|_| ()).map_err(|e| e.clone());
                if let Some(name) = name {
                    self.definitions.insert(name, module);
                }
                result
            }
            WastDirective::ModuleInstance {
                instance, module, ..
            } => {
                let def = module
                    .and_then(|m| self.definitions.get(m.name()).cloned())
                    .ok_or_else(|| "unknown module definition".to_string())?;
                let result = def.and_then(|m| self.instantiate(&m).map_err(|e| e.describe()));
                let slot = match &result {
                    Ok(i) => Slot::Ready(*i),
                    Err(e) => Slot::Failed(e.clone()),
                };
                if let Some(name) = instance {
                    self.named.insert(name.name().to_string(), slot.clone());
                }
                self.current = Some(slot);
                result.map(|_| ())
            }
            WastDirective::Register { name, module, .. } => {
                let slot = match module {
                    Some(id) => self.named.get(id.name()).cloned(),
                    None => self.current.clone(),
                };
                let slot = slot.ok_or_else(|| "register: no such module".to_string())?;
                let result = match &slot {
                    Slot::Ready(_) => Ok(()),
                    Slot::Failed(e) => Err(format!("registering a module that failed: {e}")),
                };
                self.registered.insert(name.to_string(), slot);
                result
            }
            WastDirective::Invoke(invoke) => {
                self.invoke(&invoke).map(|_| ()).map_err(|e| e.describe())
            }
            WastDirective::AssertReturn { exec, results, .. } => {
                let actual = self.execute(exec).map_err(|e| e.describe())?;
                if actual.len() != results.len() {
                    return Err(format!(
                        "expected {} results, got {}",
                        results.len(),
                        actual.len()
                    ));
                }
                for (i, (a, e)) in actual.iter().zip(&results).enumerate() {
                    values::matches(&self.store, a, e).map_err(|m| format!("result {i}: {m}"))?;
                }
                Ok(())
            }
            WastDirective::AssertTrap { exec, message, .. } => self.expect_trap(exec, message),
            WastDirective::AssertExhaustion { call, message, .. } => match self.invoke(&call) {
                Ok(_) => Err(format!("expected `{message}`, but the call returned")),
                Err(ExecError::Api(e)) if e.trap_code() == Some(TrapCode::StackOverflow) => Ok(()),
                Err(e) => Err(format!("expected `{message}`, got: {}", e.describe())),
            },
            WastDirective::AssertInvalid {
                mut module,
                message,
                ..
            } => {
                let bytes = match module.encode() {
                    // The text format already rejects some invalid modules
                    // (unknown names, for instance).
                    Err(_) => return Ok(()),
                    Ok(b) => b,
                };
                match Module::from_binary(self.engine, &bytes) {
                    Ok(_) => Err(format!(
                        "expected invalid module ({message}), but it compiled"
                    )),
                    Err(Error::Compile(trident::CompileError::Invalid(_))) => Ok(()),
                    Err(e) => Err(format!("expected invalid module ({message}), got: {e}")),
                }
            }
            WastDirective::AssertMalformed {
                mut module,
                message,
                ..
            } => {
                let bytes = match module {
                    QuoteWat::QuoteModule(..) | QuoteWat::QuoteComponent(..) => {
                        match module.encode() {
                            Err(_) => return Ok(()),
                            Ok(b) => b,
                        }
                    }
                    QuoteWat::Wat(_) => match module.encode() {
                        Err(e) => return Err(format!("cannot encode module: {e}")),
                        Ok(b) => b,
                    },
                };
                match Module::from_binary(self.engine, &bytes) {
                    Ok(_) => Err(format!(
                        "expected malformed module ({message}), but it compiled"
                    )),
                    Err(Error::Compile(trident::CompileError::Invalid(_))) => Ok(()),
                    Err(e) => Err(format!("expected malformed module ({message}), got: {e}")),
                }
            }
            WastDirective::AssertUnlinkable {
                module, message, ..
            } => {
                let mut quote = QuoteWat::Wat(module);
                let module = self.compile(&mut quote)?;
                match self.instantiate(&module) {
                    Ok(_) => Err(format!(
                        "expected unlinkable ({message}), but it instantiated"
                    )),
                    Err(ExecError::Api(Error::Link(_))) => Ok(()),
                    Err(e) => Err(format!(
                        "expected unlinkable ({message}), got: {}",
                        e.describe()
                    )),
                }
            }
            other => Err(format!(
                "unsupported command {:?}",
                std::mem::discriminant(&other)
            )),
        }
    }
}
