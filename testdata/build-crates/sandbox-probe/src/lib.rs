//! Fixture: the library is trivial; the build script is the probe.

pub fn probed() -> bool {
    true
}
