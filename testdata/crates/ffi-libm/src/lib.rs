//! Fixture: calls C's libm (`cos`, `sqrt`) and libc (`strlen`) through `extern "C"` blocks.
use std::os::raw::c_char;

#[link(name = "m")]
extern "C" {
    fn cos(x: f64) -> f64;
    fn sqrt(x: f64) -> f64;
}

extern "C" {
    fn strlen(s: *const c_char) -> usize;
}

/// Calls `cos` once.
pub fn cosine(x: f64) -> f64 {
    unsafe { cos(x) }
}

/// Calls `sqrt` twice.
pub fn hypot(a: f64, b: f64) -> f64 {
    let s = unsafe { sqrt(a * a + b * b) };
    unsafe { sqrt(s * s) }
}

/// Calls `strlen` once.
pub fn c_len(s: &std::ffi::CStr) -> usize {
    unsafe { strlen(s.as_ptr()) }
}
