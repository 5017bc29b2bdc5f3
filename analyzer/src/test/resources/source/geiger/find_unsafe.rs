// Ported from geiger's own test (geiger/src/find.rs, FILE_CONTENT_STRING).
// geiger: tests excluded -> functions 1/3, exprs 4/4; tests included -> functions 2/3, exprs 4/5.
use std::io::Write;

pub unsafe fn f() {
    f();
}

pub fn g() {
    std::io::stdout().write_all(unsafe {
        std::str::from_utf8_unchecked(b"binarystring")
    }.as_bytes()).unwrap();
}

#[no_mangle]
pub fn h() {
    f();
}

#[export_name = "exported_g"]
pub fn g() {
    f();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_1() {
        unsafe {
            f();
        }
    }
}
