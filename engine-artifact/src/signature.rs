//! Signed artifacts: an ed25519 signature of the whole artifact (fixed
//! part, header and module), appended with the signer's public key
//! (`artifact` documents the layout), for deployments that ship artifacts
//! between machines.
//!
//! Invariants: [`sign_artifact`] signs exactly the bytes [`verify_artifact`]
//! checks, with the [`FLAG_SIGNED`] bit already set, so a signature can be
//! neither stripped (the flag then says a trailer is missing) nor moved to
//! another artifact. Verification is `verify_strict` (no malleable or
//! small-order keys) and accepts only the public keys it is given: a valid
//! signature by anyone else is refused.
//!
//! Keys are PEM files in the formats OpenSSL writes (`openssl genpkey
//! -algorithm ed25519` and `openssl pkey -pubout`): PKCS#8 for the private
//! key, SubjectPublicKeyInfo for the public one; [`generate`] makes a pair.

use crate::artifact::{ArtifactError, FLAG_SIGNED, SIGNATURE_TRAILER};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use thiserror::Error;

pub use ed25519_dalek::{SigningKey as PrivateKey, VerifyingKey as PublicKey};

/// Why a key file could not be read.
#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum KeyError {
    #[error("not a PEM file with a `{0}` block")]
    NoPem(&'static str),
    #[error("the PEM block is not valid base64")]
    Base64,
    #[error("not an ed25519 {0} (PKCS#8 / SubjectPublicKeyInfo as OpenSSL writes them)")]
    NotEd25519(&'static str),
    #[error("not a valid ed25519 public key")]
    BadPublicKey,
}

/// DER prefix of an ed25519 private key in PKCS#8 (RFC 8410), before the
/// 32-byte seed.
const PKCS8_PREFIX: [u8; 16] = [
    0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
];
/// DER prefix of an ed25519 SubjectPublicKeyInfo, before the 32-byte key.
const SPKI_PREFIX: [u8; 12] = [
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00,
];

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn base64_decode(text: &str) -> Result<Vec<u8>, KeyError> {
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes().filter(|c| !c.is_ascii_whitespace()) {
        if c == b'=' {
            break;
        }
        let v = B64.iter().position(|&x| x == c).ok_or(KeyError::Base64)? as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Ok(out)
}

fn pem_block(text: &str, label: &'static str) -> Result<Vec<u8>, KeyError> {
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let start = text.find(&begin).ok_or(KeyError::NoPem(label))? + begin.len();
    let stop = text[start..].find(&end).ok_or(KeyError::NoPem(label))? + start;
    base64_decode(&text[start..stop])
}

fn pem(label: &str, der: &[u8]) -> String {
    let b64 = base64_encode(der);
    let lines: Vec<&str> = b64
        .as_bytes()
        .chunks(64)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect();
    format!(
        "-----BEGIN {label}-----\n{}\n-----END {label}-----\n",
        lines.join("\n")
    )
}

/// Reads a private key (PKCS#8 PEM).
pub fn read_private_key(pem_text: &str) -> Result<SigningKey, KeyError> {
    let der = pem_block(pem_text, "PRIVATE KEY")?;
    let seed = der
        .strip_prefix(&PKCS8_PREFIX[..])
        .and_then(|s| <[u8; 32]>::try_from(s).ok())
        .ok_or(KeyError::NotEd25519("private key"))?;
    Ok(SigningKey::from_bytes(&seed))
}

/// Reads a public key (SubjectPublicKeyInfo PEM).
pub fn read_public_key(pem_text: &str) -> Result<VerifyingKey, KeyError> {
    let der = pem_block(pem_text, "PUBLIC KEY")?;
    let key = der
        .strip_prefix(&SPKI_PREFIX[..])
        .and_then(|s| <[u8; 32]>::try_from(s).ok())
        .ok_or(KeyError::NotEd25519("public key"))?;
    VerifyingKey::from_bytes(&key).map_err(|_| KeyError::BadPublicKey)
}

/// The PEM texts of a private key and its public key.
pub fn to_pem(key: &SigningKey) -> (String, String) {
    let mut private = PKCS8_PREFIX.to_vec();
    private.extend_from_slice(&key.to_bytes());
    let mut public = SPKI_PREFIX.to_vec();
    public.extend_from_slice(key.verifying_key().as_bytes());
    (pem("PRIVATE KEY", &private), pem("PUBLIC KEY", &public))
}

/// A new key pair from the operating system's random source.
pub fn generate() -> std::io::Result<SigningKey> {
    let mut seed = [0u8; 32];
    let mut filled = 0;
    while filled < seed.len() {
        // SAFETY: the pointer and length describe the unfilled part of
        // `seed`, which getrandom writes at most that many bytes into.
        let n = unsafe {
            libc::getrandom(
                seed[filled..].as_mut_ptr() as *mut libc::c_void,
                seed.len() - filled,
                0,
            )
        };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() != std::io::ErrorKind::Interrupted {
                return Err(e);
            }
        } else {
            filled += n as usize;
        }
    }
    Ok(SigningKey::from_bytes(&seed))
}

/// Hex of a public key, for messages.
pub fn fingerprint(key: &VerifyingKey) -> String {
    key.as_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

fn flags(bytes: &[u8]) -> u32 {
    bytes
        .get(12..16)
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
        .map_or(0, u32::from_le_bytes)
}

/// The public key (hex) a signed artifact names as its signer, without
/// verifying anything.
pub fn signer(artifact: &[u8]) -> Option<String> {
    crate::artifact::check_envelope(artifact).ok()?;
    if flags(artifact) & FLAG_SIGNED == 0 {
        return None;
    }
    let at = artifact.len() - SIGNATURE_TRAILER;
    Some(
        artifact[at..at + 32]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    )
}

/// Signs an artifact (unsigned, as `write_artifact` wrote it; a signed one
/// is signed again).
pub fn sign_artifact(artifact: &[u8], key: &SigningKey) -> Result<Vec<u8>, ArtifactError> {
    crate::artifact::check_envelope(artifact)?;
    let mut out = artifact.to_vec();
    if flags(&out) & FLAG_SIGNED != 0 {
        out.truncate(out.len() - SIGNATURE_TRAILER);
    }
    let f = flags(&out) | FLAG_SIGNED;
    out[12..16].copy_from_slice(&f.to_le_bytes());
    let signature = key.sign(&out);
    out.extend_from_slice(key.verifying_key().as_bytes());
    out.extend_from_slice(&signature.to_bytes());
    Ok(out)
}

/// Checks that `artifact` is signed by one of `trusted`, and that nothing
/// changed since.
pub fn verify_artifact(artifact: &[u8], trusted: &[VerifyingKey]) -> Result<(), ArtifactError> {
    crate::artifact::check_envelope(artifact)?;
    if flags(artifact) & FLAG_SIGNED == 0 {
        return Err(ArtifactError::Unsigned);
    }
    let (signed, trailer) = artifact.split_at(artifact.len() - SIGNATURE_TRAILER);
    let (key, signature) = trailer.split_at(32);
    let key = <[u8; 32]>::try_from(key).map_err(|_| ArtifactError::BadSignature)?;
    let signature = Signature::from_slice(signature).map_err(|_| ArtifactError::BadSignature)?;
    let Some(signer) = trusted.iter().find(|k| k.as_bytes() == &key) else {
        return Err(ArtifactError::UntrustedSigner(
            key.iter().map(|b| format!("{b:02x}")).collect(),
        ));
    };
    signer
        .verify_strict(signed, &signature)
        .map_err(|_| ArtifactError::BadSignature)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pem_round_trip_and_openssl_format() {
        let key = SigningKey::from_bytes(&[7; 32]);
        let (private, public) = to_pem(&key);
        assert!(private.starts_with("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI"));
        assert!(public.starts_with("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA"));
        assert_eq!(
            read_private_key(&private).unwrap().to_bytes(),
            key.to_bytes()
        );
        assert_eq!(read_public_key(&public).unwrap(), key.verifying_key());
        assert!(read_private_key(&public).is_err());
        assert!(read_public_key("junk").is_err());
    }

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64_encode(b"Man"), "TWFu");
        assert_eq!(base64_encode(b"Ma"), "TWE=");
        assert_eq!(base64_encode(b"M"), "TQ==");
        assert_eq!(base64_decode("TWE=").unwrap(), b"Ma");
    }
}
