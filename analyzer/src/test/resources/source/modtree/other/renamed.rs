pub fn in_b() { unsafe { x() } }
