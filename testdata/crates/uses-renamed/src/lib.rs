//! Fixture: calls into the library `shiny` of package renamed-lib.

pub fn shine(x: u64) -> u64 {
    shiny::polish(x) * 2
}
