//! Fixture: two hops to the vulnerable function, through mid-lib.

#[inline(never)]
pub fn run() -> usize {
    mid_lib::load("two hops")
}
