//! Fixture with a known call graph. Built in debug (no inlining); `#[inline(never)]` keeps it so in release too.
use std::os::raw::{c_int, c_void};

extern "C" {
    fn abs(x: c_int) -> c_int;
    fn qsort(
        base: *mut c_void,
        n: usize,
        width: usize,
        compare: Option<unsafe extern "C" fn(*const c_void, *const c_void) -> c_int>,
    );
}

/// A trait called through `dyn`, so the call is indirect.
pub trait Shape {
    fn area(&self) -> u64;
}

pub struct Square(pub u64);

impl Shape for Square {
    #[inline(never)]
    fn area(&self) -> u64 {
        self.0 * self.0
    }
}

/// Direct callee of `direct_caller`.
#[inline(never)]
pub fn leaf(x: u64) -> u64 {
    x.wrapping_add(7)
}

/// Calls `leaf` directly, twice.
#[inline(never)]
pub fn direct_caller(x: u64) -> u64 {
    leaf(x) ^ leaf(x + 1)
}

/// Calls `area` through a trait object: an indirect call.
#[inline(never)]
pub fn dyn_area(s: &dyn Shape) -> u64 {
    s.area()
}

/// Calls a closure it defines.
#[inline(never)]
pub fn with_closure(x: u64) -> u64 {
    let add = |v: u64| leaf(v) + x;
    add(1)
}

/// Instantiates base-lib's generic `apply` here, with a closure of this crate.
#[inline(never)]
pub fn generic_user(x: u32) -> u32 {
    base_lib::apply(|v: u32| v.wrapping_mul(3), x)
}

/// Calls C's `abs` through an `extern "C"` block.
#[inline(never)]
pub fn c_abs(x: i32) -> i32 {
    unsafe { abs(x) }
}

/// A Rust comparator handed to C's `qsort`.
extern "C" fn compare_ints(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = unsafe { (*(a as *const i32), *(b as *const i32)) };
    a.cmp(&b) as c_int
}

/// Sorts with C's `qsort`, passing `compare_ints` as a callback.
#[inline(never)]
pub fn sort_with_c(v: &mut [i32]) {
    unsafe {
        qsort(
            v.as_mut_ptr() as *mut c_void,
            v.len(),
            std::mem::size_of::<i32>(),
            Some(compare_ints),
        )
    }
}

/// Exported to C, unmangled.
#[no_mangle]
pub extern "C" fn graph_calls_entry(x: u64) -> u64 {
    direct_caller(x) + dyn_area(&Square(x))
}

/// Exported under a name LLVM must quote and escape (a space and a non-ASCII letter).
#[export_name = "graph calls odd\u{e9}"]
pub extern "C" fn odd_name() -> u32 {
    leaf(1) as u32
}
