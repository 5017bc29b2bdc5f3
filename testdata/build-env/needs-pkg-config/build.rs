use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=PKG_CONFIG_PATH");
    let out = Command::new("pkg-config").args(["--libs", "easel-fixture"]).output().expect("pkg-config runs");
    if !out.status.success() {
        // pkg-config's own words, as the pkg-config crate passes them on
        eprint!("{}", String::from_utf8_lossy(&out.stderr));
        panic!("pkg-config found no easel-fixture");
    }
    for flag in String::from_utf8_lossy(&out.stdout).split_whitespace() {
        if let Some(lib) = flag.strip_prefix("-l") {
            println!("cargo:rustc-link-lib={lib}");
        }
    }
}
