//! Prints geiger's five counters for each file named on the command line, one line per file:
//! `path fn_safe fn_unsafe expr_safe expr_unsafe impl_safe impl_unsafe trait_safe trait_unsafe method_safe method_unsafe`
//! or `path ERROR message` when syn cannot parse it. Tests are excluded, as cargo-geiger does by default.
//! Differences from geiger's own code, on purpose: syn 1 is used (the one Debian ships), so statement macros
//! (`m!(..);`, `m! {..}`) are not counted, as syn 2 does; an unsafe scope entered for `#[no_mangle]` is left
//! again (geiger leaks it, see docs/unsafe-counting.md).
//!
//! `--count-unsafe DIR...` plays count-unsafe 0.1.1 instead (what Painter ran: geiger 0.4.12 on syn 1.0.109, read
//! from mkroening/count-unsafe and geiger-rs/cargo-geiger, re-typed here): every regular `.rs` file under each
//! folder (symlinks not followed, hidden folders and `target/` included), tests included (`IncludeTests::Yes`),
//! statement macros counted as syn 1 parses them (`Expr::Macro`), and the `#[no_mangle]` scope leaked as geiger
//! 0.4 does. One line per folder, `dir fn_safe fn_unsafe … method_unsafe`, or `dir ERROR message` when any file
//! cannot be read or parsed: count-unsafe then gives no figure at all for the crate.
use syn::visit::{self, Visit};
use syn::{Expr, ImplItemMethod, ItemFn, ItemImpl, ItemMod, ItemTrait, Stmt};

#[derive(Default)]
struct Counts {
    c: [u64; 10],
    scopes: u32,
    /// ORACLE_LINES=1: print the line of every counted expression (to locate differences)
    lines: bool,
    /// count-unsafe's geiger 0.4: tests counted, statement macros counted, the no_mangle scope leaked
    count_unsafe: bool,
}

fn is_test_fn(f: &ItemFn) -> bool {
    f.attrs.iter().any(|a| a.path.is_ident("test"))
}

fn unsafe_attr(f: &ItemFn) -> bool {
    f.attrs.iter().any(|a| a.path.is_ident("no_mangle") || a.path.is_ident("export_name"))
}

fn is_test_mod(m: &ItemMod) -> bool {
    m.attrs.iter().any(|a| {
        if !a.path.is_ident("cfg") {
            return false;
        }
        match a.parse_meta() {
            Ok(syn::Meta::List(l)) => l.nested.iter().any(|n| match n {
                syn::NestedMeta::Meta(syn::Meta::Path(p)) => p.is_ident("test"),
                _ => false,
            }),
            _ => false,
        }
    })
}

impl Counts {
    fn count(&mut self, base: usize, is_unsafe: bool) {
        self.c[base + if is_unsafe { 1 } else { 0 }] += 1;
    }
}

impl<'ast> Visit<'ast> for Counts {
    fn visit_item_fn(&mut self, f: &'ast ItemFn) {
        if !self.count_unsafe && is_test_fn(f) {
            return;
        }
        let u = f.sig.unsafety.is_some() || unsafe_attr(f);
        if u {
            self.scopes += 1;
        }
        self.count(0, u);
        visit::visit_item_fn(self, f);
        // geiger 0.4 leaves the scope only for `unsafe fn`: a #[no_mangle] fn's scope leaks
        let leave = if self.count_unsafe { f.sig.unsafety.is_some() } else { u };
        if leave {
            self.scopes -= 1;
        }
    }

    fn visit_stmt(&mut self, s: &'ast Stmt) {
        if self.count_unsafe {
            visit::visit_stmt(self, s);
            return;
        }
        // syn 2 turns `m!(..);` and `m! {..}` into Stmt::Macro, which geiger does not count
        match s {
            Stmt::Semi(Expr::Macro(_), _) => return,
            Stmt::Expr(Expr::Macro(m)) if matches!(m.mac.delimiter, syn::MacroDelimiter::Brace(_)) => return,
            _ => {}
        }
        visit::visit_stmt(self, s);
    }

    fn visit_expr(&mut self, e: &'ast Expr) {
        match e {
            Expr::Lit(_) | Expr::Path(_) | Expr::Unsafe(_) => {}
            _ => {
                let u = self.scopes > 0;
                self.count(2, u);
                if self.lines {
                    use syn::spanned::Spanned;
                    println!("L{}", e.span().start().line);
                }
            }
        }
        if let Expr::Unsafe(_) = e {
            self.scopes += 1;
            visit::visit_expr(self, e);
            self.scopes -= 1;
        } else {
            visit::visit_expr(self, e);
        }
    }

    fn visit_item_mod(&mut self, m: &'ast ItemMod) {
        if !self.count_unsafe && is_test_mod(m) {
            return;
        }
        visit::visit_item_mod(self, m);
    }

    fn visit_item_impl(&mut self, i: &'ast ItemImpl) {
        self.count(4, i.unsafety.is_some());
        visit::visit_item_impl(self, i);
    }

    fn visit_item_trait(&mut self, i: &'ast ItemTrait) {
        self.count(6, i.unsafety.is_some());
        visit::visit_item_trait(self, i);
    }

    fn visit_impl_item_method(&mut self, m: &'ast ImplItemMethod) {
        let u = m.sig.unsafety.is_some();
        if u {
            self.scopes += 1;
        }
        self.count(8, u);
        visit::visit_impl_item_method(self, m);
        if u {
            self.scopes -= 1;
        }
    }
}

/// geiger's counters of one file, or why syn could not read it.
fn count_file(path: &std::path::Path, count_unsafe: bool) -> Result<[u64; 10], String> {
    let text = match std::fs::read(path).map(String::from_utf8) {
        Ok(Ok(t)) => t,
        _ => return Err("unreadable or not UTF-8".to_string()),
    };
    let file = syn::parse_file(&text).map_err(|e| e.to_string().replace('\n', " "))?;
    let mut v = Counts::default();
    v.lines = std::env::var_os("ORACLE_LINES").is_some();
    v.count_unsafe = count_unsafe;
    v.visit_file(&file);
    Ok(v.c)
}

/// Every regular .rs file under `dir`, as walkdir lists them (no symlink followed, nothing skipped).
fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let kind = e.file_type()?;
        if kind.is_dir() {
            rust_files(&e.path(), out)?;
        } else if kind.is_file() && e.path().extension().map_or(false, |x| x == "rs") {
            out.push(e.path());
        }
    }
    Ok(())
}

fn print(name: &str, c: &[u64; 10]) {
    println!("{} {} {} {} {} {} {} {} {} {} {}", name, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--count-unsafe") {
        for dir in &args[1..] {
            let mut files = Vec::new();
            if let Err(e) = rust_files(std::path::Path::new(dir), &mut files) {
                println!("{} ERROR {}", dir, e);
                continue;
            }
            let mut sum = [0u64; 10];
            let mut failed = None;
            for f in &files {
                match count_file(f, true) {
                    Ok(c) => (0..10).for_each(|i| sum[i] += c[i]),
                    Err(e) => {
                        failed = Some(format!("{}: {}", f.display(), e));
                        break;
                    }
                }
            }
            match failed {
                Some(e) => println!("{} ERROR {}", dir, e),
                None => print(dir, &sum),
            }
        }
        return;
    }
    for path in args {
        match count_file(std::path::Path::new(&path), false) {
            Ok(c) => print(&path, &c),
            Err(e) => println!("{} ERROR {}", path, e),
        }
    }
}
