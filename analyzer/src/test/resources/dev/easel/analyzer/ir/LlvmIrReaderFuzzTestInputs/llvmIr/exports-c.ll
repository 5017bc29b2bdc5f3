; ModuleID = '57xdwb8s0cax70oggy4gkdypg'
source_filename = "57xdwb8s0cax70oggy4gkdypg"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; exports_c::double
; Function Attrs: nonlazybind uwtable
define internal i32 @_RNvCsjD7EcUlfEVd_9exports_c6double(i32 %x) unnamed_addr #0 !dbg !7 {
start:
  %_0.i = mul i32 %x, 2, !dbg !12
  ret i32 %_0.i, !dbg !19
}

; Function Attrs: nounwind nonlazybind uwtable
define i32 @easel_add(i32 %a, i32 %b) unnamed_addr #1 personality ptr @rust_eh_personality !dbg !20 {
start:
  %_0.i = add i32 %a, %b, !dbg !21
  br label %bb1, !dbg !24

terminate:                                        ; No predecessors!
  %0 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #3, !dbg !25
  unreachable, !dbg !25

bb1:                                              ; preds = %start
  ret i32 %_0.i, !dbg !26
}

; Function Attrs: nounwind nonlazybind uwtable
define i32 @easel_twice(i32 %x) unnamed_addr #1 personality ptr @rust_eh_personality !dbg !27 {
start:
; invoke exports_c::double
  %_0 = invoke i32 @_RNvCsjD7EcUlfEVd_9exports_c6double(i32 %x)
          to label %bb1 unwind label %terminate, !dbg !28

terminate:                                        ; preds = %start
  %0 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #3, !dbg !29
  unreachable, !dbg !29

bb1:                                              ; preds = %start
  ret i32 %_0, !dbg !30
}

; Function Attrs: nounwind nonlazybind uwtable
declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #1

; core::panicking::panic_cannot_unwind
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() unnamed_addr #2

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { cold noreturn nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.dbg.cu = !{!5}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!5 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !6, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!6 = !DIFile(filename: "src/lib.rs/@/57xdwb8s0cax70oggy4gkdypg", directory: "/build/easel/testdata/crates/exports-c")
!7 = distinct !DISubprogram(name: "double", linkageName: "_RNvCsjD7EcUlfEVd_9exports_c6double", scope: !9, file: !8, line: 3, type: !10, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !11)
!8 = !DIFile(filename: "src/lib.rs", directory: "/build/easel/testdata/crates/exports-c", checksumkind: CSK_MD5, checksum: "6b757f0311238a53077207833ed8d8ca")
!9 = !DINamespace(name: "exports_c", scope: null)
!10 = !DISubroutineType(types: !11)
!11 = !{}
!12 = !DILocation(line: 2173, column: 13, scope: !13, inlinedAt: !18)
!13 = distinct !DISubprogram(name: "wrapping_mul", linkageName: "_RNvMs0_NtCsgEmfK2I1SDS_4core3numl12wrapping_mul", scope: !15, file: !14, line: 2172, type: !10, scopeLine: 2172, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !11)
!14 = !DIFile(filename: "library/core/src/num/int_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "25372f0d2fb76edc2f95599cb5b8df1b")
!15 = !DINamespace(name: "{impl#2}", scope: !16)
!16 = !DINamespace(name: "num", scope: !17)
!17 = !DINamespace(name: "core", scope: null)
!18 = distinct !DILocation(line: 4, column: 7, scope: !7)
!19 = !DILocation(line: 5, column: 2, scope: !7)
!20 = distinct !DISubprogram(name: "easel_add", scope: !9, file: !8, line: 9, type: !10, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !11)
!21 = !DILocation(line: 2101, column: 13, scope: !22, inlinedAt: !23)
!22 = distinct !DISubprogram(name: "wrapping_add", linkageName: "_RNvMs0_NtCsgEmfK2I1SDS_4core3numl12wrapping_add", scope: !15, file: !14, line: 2100, type: !10, scopeLine: 2100, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !11)
!23 = distinct !DILocation(line: 10, column: 7, scope: !20)
!24 = !DILocation(line: 2102, column: 10, scope: !22, inlinedAt: !23)
!25 = !DILocation(line: 9, column: 1, scope: !20)
!26 = !DILocation(line: 11, column: 2, scope: !20)
!27 = distinct !DISubprogram(name: "twice", linkageName: "easel_twice", scope: !9, file: !8, line: 15, type: !10, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !11)
!28 = !DILocation(line: 16, column: 5, scope: !27)
!29 = !DILocation(line: 15, column: 1, scope: !27)
!30 = !DILocation(line: 17, column: 2, scope: !27)
