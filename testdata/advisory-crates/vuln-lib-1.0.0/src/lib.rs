//! Fixture: version 1.0.0 of the vulnerable crate (testdata/advisory-db names its functions).

/// Named by RUSTSEC-2099-0001 as `vuln_lib::parse`.
#[inline(never)]
pub fn parse(input: &str) -> usize {
    checked_len(input)
}

#[inline(never)]
fn checked_len(input: &str) -> usize {
    input.len()
}

/// Generic: compiled into its callers, as copies of vuln-lib's code (named as `vuln_lib::parse_all`).
#[inline(never)]
pub fn parse_all<T: AsRef<str>>(items: &[T]) -> usize {
    items.iter().map(|i| checked_len(i.as_ref())).sum()
}

/// Never named: the safe part of the API.
#[inline(never)]
pub fn version() -> u32 {
    100
}

/// Defined in a module, re-exported at the root: the advisory names the public path `vuln_lib::decode`.
pub mod inner {
    #[inline(never)]
    pub fn decode(bytes: &[u8]) -> usize {
        bytes.len() * 2
    }
}
pub use inner::decode;

/// Two functions named `reset` in two modules: the advisory's `vuln_lib::reset` is ambiguous.
pub mod a {
    #[inline(never)]
    pub fn reset() -> u8 {
        1
    }
}
pub mod b {
    #[inline(never)]
    pub fn reset() -> u8 {
        2
    }
}

/// A type: the advisory names `vuln_lib::Parser::feed` (inherent) and `vuln_lib::Parser::sanitize` (trait impl),
/// and, wrongly, the struct itself.
pub struct Parser {
    pub fed: usize,
}

impl Parser {
    #[inline(never)]
    pub fn feed(&mut self, input: &str) -> usize {
        self.fed += parse(input);
        self.fed
    }
}

pub trait Sanitize {
    fn sanitize(&self) -> String;
}

impl Sanitize for Parser {
    #[inline(never)]
    fn sanitize(&self) -> String {
        format!("{}", self.fed)
    }
}
