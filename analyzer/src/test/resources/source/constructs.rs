// Hand-counted fixture: every construct the counter knows. Expected numbers are in ConstructsTest.
#![allow(dead_code)]

pub unsafe trait Zeroable {}
pub trait Plain {
    fn provided(&self) -> u32 { self.id() + 1 }
    fn id(&self) -> u32;
}
pub struct S { pub v: [u8; 4 * 2] }
unsafe impl Zeroable for S {}
impl Plain for S {
    fn id(&self) -> u32 { self.v[0] as u32 }
}
impl S {
    pub unsafe fn raw(p: *const S) -> u32 { (*p).v.len() as u32 }
    pub fn safe_method(&self) -> usize { self.v.iter().map(|b| *b as usize).sum() }
}
static mut COUNTER: u32 = 0;
pub const LIMIT: u32 = 1 << 4;

#[no_mangle]
pub extern "C" fn exported(x: u32) -> u32 { x + 1 }

#[unsafe(no_mangle)]
pub extern "C" fn exported_2024(x: u32) -> u32 { x * 2 }

pub fn bump() -> u32 {
    unsafe {
        COUNTER += 1;
        COUNTER
    }
}

pub fn control(x: Option<u32>) -> u32 {
    let y = match x { Some(v) if v > 2 => v, Some(_) => 0, None => { 1 } };
    if let Some(z) = x { z } else if y == 0 { 2 } else { 3 }
}

macro_rules! deref {
    ($p:expr) => { unsafe { *$p } };
}

#[link(name = "m", kind = "dylib")]
unsafe extern "C" {
    pub safe fn cos(x: f64) -> f64;
    #[link_name = "sqrt"]
    pub fn square_root(x: f64) -> f64;
    pub static errno_like: i32;
}

pub fn strings() -> usize {
    let a = "unsafe { }";
    let b = r#"unsafe "quoted" { }"#;
    let c = b"unsafe";
    let d = c"unsafe";
    let r#unsafe = 1;
    /* unsafe /* nested unsafe */ still comment unsafe */
    a.len() + b.len() + c.len() + d.to_bytes().len() + r#unsafe
}
