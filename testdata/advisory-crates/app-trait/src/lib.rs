//! Fixture: a trait method named by the advisory as `vuln_lib::Parser::sanitize`.
use vuln_lib::Sanitize;

#[inline(never)]
pub fn clean(p: &vuln_lib::Parser) -> String {
    p.sanitize()
}
