// Probes what a build script may do. The test passes a loopback port and a file path outside the
// target folder; the script reports each attempt as a cargo warning and never fails the build.
use std::io::Write;
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

fn main() {
    println!("cargo:rerun-if-env-changed=EASEL_PROBE_PORT");
    println!("cargo:rerun-if-env-changed=EASEL_PROBE_FILE");
    if let Ok(port) = std::env::var("EASEL_PROBE_PORT") {
        let addr: SocketAddr = format!("127.0.0.1:{}", port).parse().expect("port");
        match TcpStream::connect_timeout(&addr, Duration::from_secs(3)) {
            Ok(mut s) => {
                let _ = s.write_all(b"probe\n");
                println!("cargo:warning=probe-connect=ok");
            }
            Err(e) => println!("cargo:warning=probe-connect=blocked: {}", e),
        }
    }
    if let Ok(path) = std::env::var("EASEL_PROBE_FILE") {
        match std::fs::write(&path, b"written by sandbox-probe's build script\n") {
            Ok(()) => println!("cargo:warning=probe-write=ok"),
            Err(e) => println!("cargo:warning=probe-write=blocked: {}", e),
        }
    }
}
