// Compiles a C file the way the cc crate does, and fails like it when the compiler fails.
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=src/shim.c");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let status = Command::new("cc")
        .args(["-c", "src/shim.c", "-o"])
        .arg(format!("{}/shim.o", out))
        .status()
        .expect("run cc");
    if !status.success() {
        panic!("compiling src/shim.c failed: {}", status);
    }
}
