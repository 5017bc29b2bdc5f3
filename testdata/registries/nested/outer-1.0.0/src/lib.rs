pub fn outer() {}
