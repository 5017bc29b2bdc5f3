// Fixture: the usual -sys build script. Only read, never built (its build-dependencies are not vendored).
use std::env;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=wrapper.h");
    println!("cargo:rerun-if-env-changed=NATIVE_STATIC");
    if env::var("NATIVE_STATIC").is_err() {
        if pkg_config::probe_library("native").is_ok() {
            return;
        }
    }
    cc::Build::new().file("csrc/native.c").include("csrc").compile("native");
    println!("cargo:rustc-cfg=native_vendored");
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    bindgen::Builder::default()
        .header("wrapper.h")
        .generate()
        .expect("bindings")
        .write_to_file(out.join("bindings.rs"))
        .expect("write bindings");
}
