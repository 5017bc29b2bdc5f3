//! Fixture: exports two C-ABI functions, one of which calls a private Rust helper.

fn double(x: i32) -> i32 {
    x.wrapping_mul(2)
}

/// Exported as `easel_add`.
#[no_mangle]
pub extern "C" fn easel_add(a: i32, b: i32) -> i32 {
    a.wrapping_add(b)
}

/// Exported under the name `easel_twice`.
#[export_name = "easel_twice"]
pub extern "C" fn twice(x: i32) -> i32 {
    double(x)
}
