//! Fixture: correct code whose dependency does not compile.

pub fn fine() -> u32 {
    broken::oops() + 1
}
