//! Fixture: the build script sets a cfg and an env var this code uses.

#[cfg(easel_lines)]
pub const LINES: &str = env!("EASEL_LINES");

extern "C" {
    pub fn cos(x: f64) -> f64;
}
