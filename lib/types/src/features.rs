//! The Wasm feature set a module is validated against.
//!
//! A [`Features`] value is a set of [`Proposal`]s, named as the
//! WebAssembly specification repositories name them (`tail-call`,
//! `relaxed-simd`, …). Two sets are standard: [`Features::WASM2`] (exactly
//! Wasm 2.0, for deterministic deployments and the 2.0 test suite) and
//! [`Features::WASM3`] (the default: every proposal of Wasm 3.0).
//! `legacy-exceptions` is outside both.
//!
//! Invariants:
//! * [`Proposal::ALL`] lists every proposal once, in the order artifacts
//!   record them (one flag each; appending is a format change);
//! * a proposal being enabled means the validator accepts it. Whether a
//!   back end compiles it is a separate question: what Trident has not
//!   built yet is a `CompileError::Unsupported` naming the proposal.

use std::fmt;
use std::str::FromStr;

/// A WebAssembly proposal, standardized or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Proposal {
    MutableGlobal,
    SignExtension,
    SaturatingFloatToInt,
    MultiValue,
    BulkMemory,
    ReferenceTypes,
    Simd,
    TailCall,
    ExtendedConst,
    FunctionReferences,
    Gc,
    MultiMemory,
    Memory64,
    RelaxedSimd,
    Exceptions,
    LegacyExceptions,
}

impl Proposal {
    /// Every proposal, in artifact order.
    pub const ALL: [Proposal; 16] = [
        Proposal::MutableGlobal,
        Proposal::SignExtension,
        Proposal::SaturatingFloatToInt,
        Proposal::MultiValue,
        Proposal::BulkMemory,
        Proposal::ReferenceTypes,
        Proposal::Simd,
        Proposal::TailCall,
        Proposal::ExtendedConst,
        Proposal::FunctionReferences,
        Proposal::Gc,
        Proposal::MultiMemory,
        Proposal::Memory64,
        Proposal::RelaxedSimd,
        Proposal::Exceptions,
        Proposal::LegacyExceptions,
    ];

    /// The proposal's name, as its specification repository spells it.
    pub fn name(self) -> &'static str {
        match self {
            Proposal::MutableGlobal => "mutable-global",
            Proposal::SignExtension => "sign-extension-ops",
            Proposal::SaturatingFloatToInt => "nontrapping-float-to-int-conversions",
            Proposal::MultiValue => "multi-value",
            Proposal::BulkMemory => "bulk-memory-operations",
            Proposal::ReferenceTypes => "reference-types",
            Proposal::Simd => "simd",
            Proposal::TailCall => "tail-call",
            Proposal::ExtendedConst => "extended-const",
            Proposal::FunctionReferences => "function-references",
            Proposal::Gc => "gc",
            Proposal::MultiMemory => "multi-memory",
            Proposal::Memory64 => "memory64",
            Proposal::RelaxedSimd => "relaxed-simd",
            Proposal::Exceptions => "exception-handling",
            Proposal::LegacyExceptions => "legacy-exceptions",
        }
    }

    /// The proposal named `name` (its repository name).
    pub fn from_name(name: &str) -> Option<Proposal> {
        Proposal::ALL.into_iter().find(|p| p.name() == name)
    }
}

impl fmt::Display for Proposal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Which Wasm proposals are enabled (see the module documentation). The
/// default is [`Features::WASM3`].
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Features {
    pub mutable_global: bool,
    pub sign_extension: bool,
    pub saturating_float_to_int: bool,
    pub multi_value: bool,
    pub bulk_memory: bool,
    pub reference_types: bool,
    pub simd: bool,
    pub tail_call: bool,
    pub extended_const: bool,
    pub function_references: bool,
    pub gc: bool,
    pub multi_memory: bool,
    pub memory64: bool,
    pub relaxed_simd: bool,
    pub exceptions: bool,
    pub legacy_exceptions: bool,
}

impl Features {
    /// No proposal at all: Wasm 1.0 without even mutable globals.
    pub const NONE: Features = Features {
        mutable_global: false,
        sign_extension: false,
        saturating_float_to_int: false,
        multi_value: false,
        bulk_memory: false,
        reference_types: false,
        simd: false,
        tail_call: false,
        extended_const: false,
        function_references: false,
        gc: false,
        multi_memory: false,
        memory64: false,
        relaxed_simd: false,
        exceptions: false,
        legacy_exceptions: false,
    };

    /// Wasm 1.0 (MVP).
    pub const MVP: Features = Features {
        mutable_global: true,
        ..Features::NONE
    };

    /// Exactly the Wasm 2.0 core feature set: mutable globals, sign
    /// extension, saturating float-to-int, multi-value, bulk memory,
    /// reference types and fixed-width SIMD.
    pub const WASM2: Features = Features {
        sign_extension: true,
        saturating_float_to_int: true,
        multi_value: true,
        bulk_memory: true,
        reference_types: true,
        simd: true,
        ..Features::MVP
    };

    /// Exactly the Wasm 3.0 feature set: 2.0 plus tail calls, extended
    /// constants, typed function references, GC, multiple memories,
    /// memory64, relaxed SIMD and exception handling (the exnref form).
    pub const WASM3: Features = Features {
        tail_call: true,
        extended_const: true,
        function_references: true,
        gc: true,
        multi_memory: true,
        memory64: true,
        relaxed_simd: true,
        exceptions: true,
        ..Features::WASM2
    };

    /// Whether `p` is enabled.
    pub fn has(&self, p: Proposal) -> bool {
        *self.flag(p)
    }

    /// Enables or disables `p`.
    pub fn set(&mut self, p: Proposal, on: bool) {
        *self.flag_mut(p) = on;
    }

    /// Every flag, in [`Proposal::ALL`] order (for artifacts).
    pub fn flags(&self) -> [bool; 16] {
        Proposal::ALL.map(|p| self.has(p))
    }

    /// The set with these flags, in [`Proposal::ALL`] order.
    pub fn from_flags(flags: [bool; 16]) -> Features {
        let mut f = Features::NONE;
        for (p, on) in Proposal::ALL.into_iter().zip(flags) {
            f.set(p, on);
        }
        f
    }

    /// Whether every proposal of `self` is in `outer`.
    pub fn within(&self, outer: &Features) -> bool {
        Proposal::ALL
            .into_iter()
            .all(|p| !self.has(p) || outer.has(p))
    }

    /// The enabled proposals.
    pub fn enabled(&self) -> impl Iterator<Item = Proposal> + '_ {
        Proposal::ALL.into_iter().filter(|p| self.has(*p))
    }

    fn flag(&self, p: Proposal) -> &bool {
        match p {
            Proposal::MutableGlobal => &self.mutable_global,
            Proposal::SignExtension => &self.sign_extension,
            Proposal::SaturatingFloatToInt => &self.saturating_float_to_int,
            Proposal::MultiValue => &self.multi_value,
            Proposal::BulkMemory => &self.bulk_memory,
            Proposal::ReferenceTypes => &self.reference_types,
            Proposal::Simd => &self.simd,
            Proposal::TailCall => &self.tail_call,
            Proposal::ExtendedConst => &self.extended_const,
            Proposal::FunctionReferences => &self.function_references,
            Proposal::Gc => &self.gc,
            Proposal::MultiMemory => &self.multi_memory,
            Proposal::Memory64 => &self.memory64,
            Proposal::RelaxedSimd => &self.relaxed_simd,
            Proposal::Exceptions => &self.exceptions,
            Proposal::LegacyExceptions => &self.legacy_exceptions,
        }
    }

    fn flag_mut(&mut self, p: Proposal) -> &mut bool {
        match p {
            Proposal::MutableGlobal => &mut self.mutable_global,
            Proposal::SignExtension => &mut self.sign_extension,
            Proposal::SaturatingFloatToInt => &mut self.saturating_float_to_int,
            Proposal::MultiValue => &mut self.multi_value,
            Proposal::BulkMemory => &mut self.bulk_memory,
            Proposal::ReferenceTypes => &mut self.reference_types,
            Proposal::Simd => &mut self.simd,
            Proposal::TailCall => &mut self.tail_call,
            Proposal::ExtendedConst => &mut self.extended_const,
            Proposal::FunctionReferences => &mut self.function_references,
            Proposal::Gc => &mut self.gc,
            Proposal::MultiMemory => &mut self.multi_memory,
            Proposal::Memory64 => &mut self.memory64,
            Proposal::RelaxedSimd => &mut self.relaxed_simd,
            Proposal::Exceptions => &mut self.exceptions,
            Proposal::LegacyExceptions => &mut self.legacy_exceptions,
        }
    }

    /// The changes from `base` that give `self`, as `+name`/`-name`.
    fn changes_from(&self, base: &Features) -> Vec<String> {
        Proposal::ALL
            .into_iter()
            .filter(|p| self.has(*p) != base.has(*p))
            .map(|p| format!("{}{}", if self.has(p) { '+' } else { '-' }, p.name()))
            .collect()
    }
}

impl Default for Features {
    fn default() -> Self {
        Features::WASM3
    }
}

/// A `--features` value that does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeaturesError {
    #[error("unknown feature set `{0}`: the value starts with `2.0` or `3.0`")]
    UnknownSet(String),
    #[error(
        "unknown proposal `{0}` (known: {known})",
        known = Proposal::ALL.map(Proposal::name).join(", ")
    )]
    UnknownProposal(String),
    #[error("`{0}`: a proposal after the set is written `+name` or `-name`")]
    MissingSign(String),
}

/// Parses `SET[,+proposal,-proposal…]`, SET being `1.0`, `2.0` or `3.0`.
impl FromStr for Features {
    type Err = FeaturesError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut parts = s.split(',').map(str::trim);
        let mut f = match parts.next().unwrap_or("") {
            "1.0" => Features::MVP,
            "2.0" => Features::WASM2,
            "3.0" => Features::WASM3,
            other => return Err(FeaturesError::UnknownSet(other.to_string())),
        };
        for part in parts {
            let (on, name) = match part.split_at_checked(1) {
                Some(("+", name)) => (true, name),
                Some(("-", name)) => (false, name),
                _ => return Err(FeaturesError::MissingSign(part.to_string())),
            };
            let p = Proposal::from_name(name)
                .ok_or_else(|| FeaturesError::UnknownProposal(name.to_string()))?;
            f.set(p, on);
        }
        Ok(f)
    }
}

/// The shortest `SET[,+p,-p…]` spelling, e.g. `3.0` or `2.0,+tail-call`.
impl fmt::Display for Features {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bases = [
            ("3.0", Features::WASM3),
            ("2.0", Features::WASM2),
            ("1.0", Features::MVP),
        ];
        let (name, changes) = bases
            .iter()
            .map(|(name, base)| (*name, self.changes_from(base)))
            .min_by_key(|(_, changes)| changes.len())
            .unwrap_or(("3.0", Vec::new()));
        f.write_str(name)?;
        for c in changes {
            write!(f, ",{c}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Features {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Features({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_and_changes_round_trip() {
        for text in [
            "3.0",
            "2.0",
            "1.0",
            "2.0,+tail-call",
            "3.0,-gc,+legacy-exceptions",
        ] {
            let f: Features = text.parse().unwrap();
            assert_eq!(f.to_string(), text);
            assert_eq!(Features::from_flags(f.flags()), f);
        }
        assert_eq!(Features::default(), Features::WASM3);
        assert!(Features::WASM2.within(&Features::WASM3));
        assert!(!Features::WASM3.within(&Features::WASM2));
    }

    #[test]
    fn bad_values_name_what_is_wrong() {
        assert_eq!(
            "4.0".parse::<Features>(),
            Err(FeaturesError::UnknownSet("4.0".into()))
        );
        let e = "3.0,+tail-calls".parse::<Features>().unwrap_err();
        assert!(e.to_string().contains("`tail-calls`") && e.to_string().contains("tail-call,"));
        assert_eq!(
            "3.0,gc".parse::<Features>(),
            Err(FeaturesError::MissingSign("gc".into()))
        );
    }

    #[test]
    fn every_proposal_has_a_unique_name() {
        for p in Proposal::ALL {
            assert_eq!(Proposal::from_name(p.name()), Some(p));
        }
    }
}
