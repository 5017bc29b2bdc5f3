//! Fixture: a type error, so the build fails with a compile error.

pub fn oops() -> u32 {
    "not a number"
}
