//! Fixture: what cargo-audit flags and the call graph clears.

#[inline(never)]
pub fn which() -> u32 {
    vuln_lib::version()
}
