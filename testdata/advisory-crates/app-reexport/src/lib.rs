//! Fixture: calls a re-exported function through its public path.

#[inline(never)]
pub fn unpack(bytes: &[u8]) -> usize {
    vuln_lib::decode(bytes)
}
