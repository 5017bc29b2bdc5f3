//! Fixture: a named generic function, instantiated here.

#[inline(never)]
pub fn count(words: &[&str]) -> usize {
    vuln_lib::parse_all(words)
}
