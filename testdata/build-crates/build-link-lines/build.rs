fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rustc-link-lib=m");
    println!("cargo:rustc-link-lib=dylib=c");
    println!("cargo::rustc-link-lib=dylib:+verbatim=libm.so.6");
    println!("cargo:rustc-link-search=native=/usr/lib");
    println!("cargo:rustc-flags=-l dl -L /lib");
    println!("cargo:rustc-cfg=easel_lines");
    println!("cargo::rustc-check-cfg=cfg(easel_lines)");
    println!("cargo:rustc-env=EASEL_LINES=yes");
    println!("cargo:rustc-link-arg=-Wl,--as-needed");
    println!("cargo:warning=easel says hello");
    println!("cargo:include=/opt/easel/include");
    println!("cargo::metadata=root=/opt/easel");
}
