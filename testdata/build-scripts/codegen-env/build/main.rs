// Fixture: build script in build/, with `mod gen;` in build/gen/mod.rs. Only read, never built.
use std::env::{self, var};
use std::process::Command;

mod gen;

fn main() {
    let target = env::var("TARGET").unwrap();
    let lib_dir = var("CODEGEN_LIB_DIR").ok();
    let hash = option_env!("GIT_HASH");
    let rev = Command::new("git").args(["rev-parse", "HEAD"]).output();
    let ac = autocfg::new();
    ac.emit_has_type("i128");
    println!("cargo::rerun-if-changed=build/main.rs");
    gen::write_constants(&target, lib_dir, hash, rev.is_ok());
}
