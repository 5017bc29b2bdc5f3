use std::fs;
use std::path::Path;

pub fn write_constants(target: &str, lib_dir: Option<String>, hash: Option<&str>, git: bool) {
    let out_dir = std::env::var("OUT_DIR").unwrap();
    let dest = Path::new(&out_dir).join("constants.rs");
    let text = format!("pub const TARGET: &str = {:?}; // {:?} {:?} {}\n", target, lib_dir, hash, git);
    fs::write(&dest, text).unwrap();
    fs::create_dir_all(Path::new(&out_dir).join("assets")).unwrap();
}
