//! Fixture: calls into the base-lib fixture.

pub fn question() -> u64 {
    base_lib::answer() + base_lib::scaled(2)
}

pub fn incremented(x: u64) -> u64 {
    base_lib::apply(|v| v + 1, x)
}
