//! Each call below makes rustc write `; call <demangled callee>` above the call in the LLVM IR.
#![allow(dead_code, clippy::all)]

use std::marker::PhantomData;

pub struct Wrapper<T, const N: usize>(pub [T; N]);

impl<T: Copy, const N: usize> Wrapper<T, N> {
    #[inline(never)]
    pub fn first(&self) -> T {
        self.0[0]
    }
}

pub trait Greeter {
    fn name(&self) -> u32;
    // A default method: its symbol is a trait-definition path `<T as Trait>::greet`.
    #[inline(never)]
    fn greet(&self) -> u32 {
        self.name() + 1
    }
}

pub struct Ünïcödé;

impl Greeter for Ünïcödé {
    #[inline(never)]
    fn name(&self) -> u32 {
        3
    }
}

pub mod gödel {
    pub mod escher {
        #[inline(never)]
        pub fn bach() -> u32 {
            7
        }
    }
}

pub mod 铁锈 {
    #[inline(never)]
    pub fn ρυστ<T>() -> usize {
        std::mem::size_of::<T>()
    }
}

#[inline(never)]
pub fn consts<const B: bool, const C: char, const I: i32, const U: u128, const S: i8>() -> u128 {
    (B as u128) + (C as u128) + (I as u128) + U + (S as u128)
}

#[inline(never)]
pub fn type_name_of<T: ?Sized>() -> usize {
    std::mem::size_of::<PhantomData<T>>()
}

#[inline(never)]
pub fn apply<F: Fn(u32) -> u32>(f: F, x: u32) -> u32 {
    f(x)
}

#[inline(never)]
pub fn apply_dyn(f: &dyn Fn(u32) -> u32, x: u32) -> u32 {
    f(x)
}

pub fn never() -> ! {
    panic!("never")
}

pub extern "C" fn c_callback(x: i32) -> i32 {
    x
}

pub struct Point {
    pub x: i64,
    pub y: i64,
}

impl Iterator for Point {
    type Item = i64;
    fn next(&mut self) -> Option<i64> {
        self.x += 1;
        if self.x > self.y { None } else { Some(self.x) }
    }
}

pub fn entry() -> u128 {
    let w = Wrapper([1u8, 2, 3, 4]);
    let mut total = w.first() as u128;
    total += Wrapper([1.5f64; 2]).first() as u128;
    total += Ünïcödé.greet() as u128;
    total += gödel::escher::bach() as u128;
    total += 铁锈::ρυστ::<[u16; 8]>() as u128;
    total += consts::<true, 'x', -5, 340282366920938463463374607431768211455, { i8::MIN }>();
    total += consts::<false, '\n', 0, 0, 127>();
    total += consts::<false, 'ö', 1, 18446744073709551616, -1>();
    total += type_name_of::<for<'a> fn(&'a u8) -> &'a u8>() as u128;
    total += type_name_of::<for<'a, 'b> fn(&'a u8, &'b mut u16)>() as u128;
    total += type_name_of::<unsafe extern "C" fn(*const u8, *mut i8, ...) -> !>() as u128;
    total += type_name_of::<extern "C-unwind" fn(isize)>() as u128;
    total += type_name_of::<extern "system" fn(usize) -> f32>() as u128;
    total += type_name_of::<dyn Iterator<Item = u8> + Send>() as u128;
    total += type_name_of::<Box<dyn for<'a> Fn(&'a str) -> usize + Send + Sync + 'static>>() as u128;
    total += type_name_of::<dyn std::fmt::Debug + 'static>() as u128;
    total += type_name_of::<(u8,)>() as u128;
    total += type_name_of::<(u8, i64, (), char, bool, i128, u64, i16, u32)>() as u128;
    total += type_name_of::<&'static [&'static str]>() as u128;
    total += type_name_of::<*const *mut f32>() as u128;
    total += type_name_of::<[char; 3]>() as u128;
    total += type_name_of::<[[u8; 2]; 0]>() as u128;
    total += type_name_of::<str>() as u128;
    total += type_name_of::<Option<Point>>() as u128;
    total += type_name_of::<<Point as Iterator>::Item>() as u128;
    total += apply(|x| x + 1, 2) as u128;
    let k = 5;
    total += apply(move |x| x * k, 2) as u128;
    total += apply_dyn(&|x| x - 1, 2) as u128;
    total += apply(c_fn_as_rust, 1) as u128;
    total += Point { x: 0, y: 3 }.map(|v| v * 2).sum::<i64>() as u128;
    let callback: extern "C" fn(i32) -> i32 = c_callback;
    total += callback(2) as u128;
    let nested = || {
        let inner = |y: u32| y + 1;
        apply(inner, 1)
    };
    total += nested() as u128;
    total
}

fn c_fn_as_rust(x: u32) -> u32 {
    x
}
