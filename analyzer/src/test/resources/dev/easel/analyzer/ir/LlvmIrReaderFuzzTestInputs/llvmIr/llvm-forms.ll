; LLVM language forms rustc emits rarely or only in some builds (LangRef syntax), to cover the parser's cases.
source_filename = "forms"
target triple = "x86_64-unknown-linux-gnu"

%"named::Struct" = type { i64, i64 }
@table = private unnamed_addr constant [2 x ptr] [ptr @callee_a, ptr @callee_b], align 8
@"quoted alias\01" = hidden alias void (), ptr @callee_a
@exported_alias = alias void (), ptr @callee_b

define internal void @callee_a() unnamed_addr {
start:
  ret void
}

define weak_odr hidden void @callee_b() {
  ret void
}

define void @caller(ptr %fp) !dbg !10 {
start:
  tail call void @callee_a()
  musttail call void @callee_a()
  notail call void @callee_b()
  %r = call %"named::Struct" @"quoted \22callee\22"(i64 1)
  %v = call i32 (ptr, ...) @printf(ptr null, i32 2)
  call void %fp()
  call void asm sideeffect "nop", ""()
  callbr void asm "", "!i"() to label %ok [label %ok]
  %x = call { i64, i1 } @llvm.uadd.with.overflow.i64(i64 1, i64 2)
  invoke void @callee_b() to label %ok unwind label %ok
  callbr void @callee_a() to label %ok []
ok:                                               ; preds = %start
  ret void
}

declare i32 @printf(ptr, ...)
declare %"named::Struct" @"quoted \22callee\22"(i64)
declare { i64, i1 } @llvm.uadd.with.overflow.i64(i64, i64)

!10 = distinct !DISubprogram(name: "caller", scope: null, file: !11, line: 7, scopeLine: 7, unit: !12)
!11 = !DIFile(filename: "/abs/src/caller.rs", directory: "/somewhere")
!12 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !13)
!13 = !DIFile(filename: "src/lib.rs/@/forms", directory: "/crate")
