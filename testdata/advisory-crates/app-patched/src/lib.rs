//! Fixture: the same call as mid-lib's, into the patched version.

#[inline(never)]
pub fn load(text: &str) -> usize {
    vuln_lib::parse(text)
}
