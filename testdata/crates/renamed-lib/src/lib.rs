//! Fixture: the library `shiny` of package `renamed-lib`. Its closure is called from base-lib's generic `apply`
//! instantiated here: a call into this crate's own code, not into another crate.

pub fn polish(x: u64) -> u64 {
    base_lib::apply(|v| rub(v), x) + 1
}

#[inline(never)]
fn rub(x: u64) -> u64 {
    x.wrapping_mul(3)
}
