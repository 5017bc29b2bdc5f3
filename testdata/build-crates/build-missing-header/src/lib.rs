extern "C" { pub fn shim() -> i32; }
