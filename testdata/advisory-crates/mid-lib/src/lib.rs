//! Fixture: the middle of app-two-hops's chain.

/// Calls the named `vuln_lib::parse` directly: one call.
#[inline(never)]
pub fn load(text: &str) -> usize {
    vuln_lib::parse(text) + 1
}
