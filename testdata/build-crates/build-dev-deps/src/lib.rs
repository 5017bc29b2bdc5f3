//! Fixture: builds only when its dev-dependencies are dropped (offline).

cfg_if::cfg_if! {
    if #[cfg(unix)] {
        pub fn platform() -> &'static str { "unix" }
    } else {
        pub fn platform() -> &'static str { "other" }
    }
}
