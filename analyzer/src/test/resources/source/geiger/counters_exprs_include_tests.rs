// geiger's counters_exprs_include_tests test (tests included): functions 3/2, exprs 3/4.
pub fn f() { f(); }
pub unsafe fn f() { f(); }
#[cfg(test)]
mod tests {
    pub unsafe fn f() { f(); }
    pub fn f() {
        f();
        unsafe { f(); }
    }
}
#[test]
pub fn f() {
    f();
    unsafe { f(); }
}
