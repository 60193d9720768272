//! Password rules and argon2id hashing.
//!
//! An account on the initial password stores no hash at all (`None`): importing ten thousand
//! learners must not cost ten thousand argon2 runs, and `000000` is public anyway. Verification
//! still runs one argon2 verification in every case, so that timing does not tell whether a
//! phone number has an account or is on the initial password.

use std::sync::OnceLock;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::RngCore;

use crate::error::{AppError, AppResult};

pub const INITIAL_PASSWORD: &str = "000000";

/// Checks a new password against the rules: not the initial one, at least 8 characters,
/// letters and digits.
pub fn validate_new(password: &str) -> AppResult<()> {
    if password == INITIAL_PASSWORD {
        return Err(AppError::bad_input("新密码不能是初始密码 000000"));
    }
    if password.chars().count() < 8 {
        return Err(AppError::bad_input("新密码至少 8 位"));
    }
    if password.chars().count() > 128 {
        return Err(AppError::bad_input("新密码不能超过 128 位"));
    }
    let letters = password.chars().any(|c| c.is_ascii_alphabetic());
    let digits = password.chars().any(|c| c.is_ascii_digit());
    if !(letters && digits) {
        return Err(AppError::bad_input("新密码须同时包含字母和数字"));
    }
    Ok(())
}

/// Argon2id with m = 9 MiB, t = 4, p = 1: one of the five settings OWASP's Password Storage
/// Cheat Sheet gives as equally strong (its minimum: m = 19 MiB, t = 2; or 12 MiB, t = 3; or
/// 9 MiB, t = 4; or 7 MiB, t = 5; or 46 MiB, t = 1). Of the five it costs the least CPU here:
/// a verification took about 70 % of the crate's default (19 MiB, t = 2), measured on this
/// 2-core machine (docs/BENCHMARKS.md, "Exam day at province scale"), because a smaller block
/// array misses the cache less; and it takes 9 MiB instead of 19 MiB per login in flight. On
/// exam morning, logins are the server's largest CPU cost. Hashes made with other parameters
/// (the crate's default, used before) still verify: a PHC string carries its own parameters.
pub const M_COST_KIB: u32 = 9 * 1024;
pub const T_COST: u32 = 4;

fn argon2() -> Argon2<'static> {
    let params = Params::new(M_COST_KIB, T_COST, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

fn hash_blocking(password: &str) -> AppResult<String> {
    let mut salt_bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut salt_bytes);
    let salt =
        SaltString::encode_b64(&salt_bytes).map_err(|e| AppError::internal(format!("argon2 salt: {e}")))?;
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::internal(format!("argon2 hash: {e}")))
}

fn verify_blocking(stored: &str, password: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| argon2().verify_password(password.as_bytes(), &parsed).is_ok())
        .unwrap_or(false)
}

/// A hash of a password nobody has, to verify against when there is no real hash.
fn decoy_hash() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| hash_blocking("decoy-password-never-used-1").unwrap_or_default())
}

/// Argon2 runs at once: each takes 19 MiB and a core, so a login storm on exam morning
/// queues here instead of exhausting memory.
fn argon2_slots() -> &'static tokio::sync::Semaphore {
    static SLOTS: OnceLock<tokio::sync::Semaphore> = OnceLock::new();
    SLOTS.get_or_init(|| {
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        tokio::sync::Semaphore::new(cores * 2)
    })
}

async fn with_argon2_slot<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> AppResult<T> {
    let _slot = argon2_slots().acquire().await.map_err(AppError::internal)?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(AppError::internal)
}

/// Hashes a password off the async threads (argon2 is deliberately slow).
pub async fn hash(password: String) -> AppResult<String> {
    with_argon2_slot(move || hash_blocking(&password)).await?
}

/// Verifies a password against an account's stored hash (`None`: the initial password), or
/// against nothing when there is no account: one argon2 run either way.
pub async fn verify(stored: Option<Option<String>>, password: String) -> AppResult<bool> {
    with_argon2_slot(move || match stored {
        Some(Some(hash)) => verify_blocking(&hash, &password),
        Some(None) => {
            verify_blocking(decoy_hash(), &password);
            password == INITIAL_PASSWORD
        }
        None => {
            verify_blocking(decoy_hash(), &password);
            false
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        assert!(validate_new("000000").is_err());
        assert!(validate_new("abc1234").is_err());
        assert!(validate_new("abcdefgh").is_err());
        assert!(validate_new("12345678").is_err());
        assert!(validate_new("Xuefa2017").is_ok());
    }

    #[tokio::test]
    async fn hashes_verify_and_the_initial_password_needs_no_hash() -> AppResult<()> {
        let h = hash("Xuefa2017".into()).await?;
        assert!(h.starts_with("$argon2id$"));
        assert!(verify(Some(Some(h.clone())), "Xuefa2017".into()).await?);
        assert!(!verify(Some(Some(h)), "Xuefa2018".into()).await?);
        assert!(verify(Some(None), "000000".into()).await?);
        assert!(!verify(Some(None), "000001".into()).await?);
        assert!(!verify(None, "000000".into()).await?);
        Ok(())
    }

    #[tokio::test]
    async fn new_hashes_use_the_owasp_setting_and_older_hashes_still_verify() -> AppResult<()> {
        let h = hash("Xuefa2017".into()).await?;
        assert!(h.starts_with("$argon2id$v=19$m=9216,t=4,p=1$"), "{h}");
        // A hash made before, with the crate's default (19 MiB, t = 2), carries its parameters.
        let salt = SaltString::encode_b64(b"0123456789abcdef").map_err(AppError::internal)?;
        let old = Argon2::default()
            .hash_password(b"Xuefa2017", &salt)
            .map_err(AppError::internal)?
            .to_string();
        assert!(old.contains("m=19456,t=2"), "{old}");
        assert!(verify(Some(Some(old.clone())), "Xuefa2017".into()).await?);
        assert!(!verify(Some(Some(old)), "Xuefa2018".into()).await?);
        Ok(())
    }
}
