//! Fixture for the two unsafe counting rules: code, a #[test] fn, a #[cfg(test)] module, a statement macro.

pub unsafe fn raw(p: *const u8) -> u8 {
    *p
}

pub fn safe() -> u8 {
    let x = 1;
    unsafe { raw(&x) }
}

macro_rules! noop {
    ($e:expr) => {
        $e
    };
}

pub fn with_macro() {
    noop!(1);
}

#[test]
fn a_test() {
    unsafe { raw(&0) };
}

#[cfg(test)]
mod tests {
    #[test]
    fn in_module() {
        let v = 2u8;
        assert_eq!(unsafe { super::raw(&v) }, 2);
    }

    unsafe fn helper() {}
}
