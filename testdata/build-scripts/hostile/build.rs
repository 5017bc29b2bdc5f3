// Fixture: a build script that does what build scripts should not. Every attempt is allowed to fail: under the
// sandbox the writes and connections are refused, and the build still succeeds.
use std::fs;
use std::io::Read;
use std::net::TcpStream;
use std::process::Command;

fn main() {
    let _ = fs::write("/usr/local/easel-hostile.txt", b"written by a build script\n");
    if let Ok(home) = std::env::var("HOME") {
        let _ = fs::create_dir_all(std::path::Path::new(&home).join(".easel-hostile"));
    }
    let mut passwd = String::new();
    if let Ok(mut f) = fs::File::open("/etc/hostname") {
        let _ = f.read_to_string(&mut passwd);
    }
    let _ = TcpStream::connect("192.0.2.1:80");
    let _ = Command::new("sh").arg("-c").arg("echo hostile > /var/tmp/easel-hostile.txt").status();
    println!("cargo:rerun-if-changed=build.rs");
}
