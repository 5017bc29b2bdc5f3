//! Nothing here: the build script is the point.
pub fn nothing() {}
