//! Only compiled for FreeBSD.

use std::os::raw::c_int;

#[link(name = "util")]
extern "C" {
    pub fn kinfo_getproc(pid: c_int) -> *mut u8;
}
