//! Fixture: foreign declarations and `#[link]` attributes for several targets. Built for x86_64 Linux with its
//! default features, it declares clock_gettime (rt), cos and sqrt (m), dlerror (dl) and strlen, and links rt, m and
//! dl; built for FreeBSD it would link execinfo, procstat, kvm and util instead.

use std::os::raw::{c_char, c_double, c_int};

/// A minimal `cfg_if!` (the crate of that name works the same way), so the fixture needs no registry.
macro_rules! cfg_if {
    ($(if #[cfg($m:meta)] { $($yes:item)* }) else * else { $($no:item)* }) => {
        cfg_if! { @chain () ; $( ( ($m) ($($yes)*) ), )* ( () ($($no)*) ), }
    };
    (@chain ($($not:meta,)*) ; ) => {};
    (@chain ($($not:meta,)*) ; ( ($($m:meta)?) ($($it:item)*) ), $($rest:tt)*) => {
        cfg_if! { @each cfg(all($($m,)? not(any($($not),*)))), $($it)* }
        cfg_if! { @chain ($($not,)* $($m,)?) ; $($rest)* }
    };
    (@each $m:meta, $($it:item)*) => {
        $( #[$m] $it )*
    };
}

#[cfg(target_os = "linux")]
#[link(name = "rt")]
extern "C" {
    pub fn clock_gettime(clock: c_int, tp: *mut u8) -> c_int;
}

#[cfg(target_os = "freebsd")]
#[link(name = "execinfo")]
extern "C" {
    pub fn backtrace(buffer: *mut *mut u8, size: c_int) -> c_int;
}

#[cfg_attr(target_os = "linux", link(name = "m"))]
#[cfg_attr(target_os = "freebsd", link(name = "procstat"))]
extern "C" {
    pub fn cos(x: c_double) -> c_double;
    #[cfg(target_os = "freebsd")]
    pub fn procstat_close(p: *mut u8);
    #[cfg_attr(target_os = "linux", link_name = "sqrt")]
    pub fn square_root(x: c_double) -> c_double;
}

#[cfg(feature = "zlib")]
#[link(name = "z")]
extern "C" {
    pub fn zlibVersion() -> *const c_char;
}

cfg_if! {
    if #[cfg(target_os = "freebsd")] {
        #[link(name = "kvm")]
        extern "C" {
            pub fn kvm_close(kd: *mut u8) -> c_int;
        }
    } else if #[cfg(unix)] {
        #[link(name = "dl")]
        extern "C" {
            pub fn dlerror() -> *mut c_char;
        }
    } else {
        extern "C" {
            pub fn never_here();
        }
    }
}

#[cfg(target_os = "freebsd")]
mod freebsd;

mod inner {
    #![cfg(not(feature = "std"))]
    extern "C" {
        pub fn abort() -> !;
    }
}

pub fn length(s: *const c_char) -> usize {
    extern "C" {
        fn strlen(s: *const c_char) -> usize;
    }
    unsafe { strlen(s) }
}

pub fn cosine(x: f64) -> f64 {
    unsafe { cos(x) }
}

pub fn root(x: f64) -> f64 {
    unsafe { square_root(x) }
}
