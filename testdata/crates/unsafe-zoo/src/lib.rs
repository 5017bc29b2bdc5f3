//! Fixture with exactly: 2 unsafe fns, 3 unsafe blocks, 1 unsafe impl, 1 unsafe trait.
//! The word unsafe in this comment, and in the string below, must not be counted.

pub const NOTE: &str = "unsafe { not code }";

/// # Safety
/// `p` must be valid for reads.
pub unsafe fn read_raw(p: *const u32) -> u32 {
    *p
}

/// # Safety
/// Nothing, really.
pub unsafe fn nothing() {}

pub fn read_twice(x: &u32) -> u32 {
    let a = unsafe { read_raw(x) };
    let b = unsafe { read_raw(x) };
    a + b
}

pub struct Holder(pub *mut u8);

/// # Safety
/// Implementors promise nothing.
pub unsafe trait Marker {}

unsafe impl Marker for Holder {}

impl Holder {
    pub fn call_nothing(&self) {
        unsafe { nothing() }
    }
}
