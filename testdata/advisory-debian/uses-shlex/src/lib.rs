//! Fixture: a command line built with shlex 1.1.0's quoting, which RUSTSEC-2024-0006 says is flawed.

#[inline(never)]
pub fn command_line(words: &[&str]) -> String {
    shlex::join(words.iter().copied())
}

#[inline(never)]
pub fn one_argument(word: &str) -> String {
    quoted(word)
}

#[inline(never)]
fn quoted(word: &str) -> String {
    shlex::quote(word).into_owned()
}
