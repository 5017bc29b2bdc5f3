// Hangs forever, with a grandchild process, so a timeout must kill a whole tree.
// Writes its own pid and the child's to EASEL_HANG_PID_FILE when set.
use std::process::Command;
use std::time::Duration;

fn main() {
    println!("cargo:rerun-if-env-changed=EASEL_HANG_PID_FILE");
    let child = Command::new("sleep").arg("3600").spawn().expect("spawn sleep");
    if let Ok(path) = std::env::var("EASEL_HANG_PID_FILE") {
        let _ = std::fs::write(&path, format!("{} {}\n", std::process::id(), child.id()));
    }
    loop {
        std::thread::sleep(Duration::from_secs(1));
    }
}
