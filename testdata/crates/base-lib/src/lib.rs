//! Fixture: a library other fixtures depend on by path.

pub fn answer() -> u64 {
    42
}

pub fn scaled(k: u64) -> u64 {
    answer() * k
}

pub fn apply<T: Copy, F: Fn(T) -> T>(f: F, x: T) -> T {
    f(x)
}
