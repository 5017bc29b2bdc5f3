// geiger's counters_exprs test (tests excluded): functions 2/1, exprs 3/2.
pub fn f() {
    f();
    x.f();
    let x = *y;
    println!("abc"); // The `syn` crate v2.0.60 doesn't visit macros.
    let x = 1; // Literal expressions are not counted.
}
pub fn f() { unsafe { let x = f(); } }
pub unsafe fn f() { let x = f(); }
#[cfg(test)]
mod tests {
    pub fn f() { f(); }
}
#[test]
pub fn f() { f(); }
