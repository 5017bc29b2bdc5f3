; ModuleID = '1wf2u96uxvc16992w76fkfboy'
source_filename = "1wf2u96uxvc16992w76fkfboy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
@alloc_466e6e10d4d5a95679ab35d1156aa54e = private unnamed_addr constant [11 x i8] c"src/lib.rs\00", align 1
@alloc_14b32c00b0cb2b757cd749aaa7fcde53 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_466e6e10d4d5a95679ab35d1156aa54e, [16 x i8] c"\0A\00\00\00\00\00\00\001\00\00\00\18\00\00\00" }>, align 8
@vtable.0 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXCskYJy47wqctM_11graph_callsNtB2_6SquareNtB2_5Shape4area }>, align 8
; base_lib::apply::<u32, graph_calls::generic_user::{closure#0}>
; Function Attrs: nonlazybind uwtable
define i32 @_RINvCsf2EYDJove4Q_8base_lib5applymNCNvCskYJy47wqctM_11graph_calls12generic_user0EBA_(i32 %x) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !7 {
start:
  %0 = alloca [16 x i8], align 8
  %f = alloca [0 x i8], align 1
; invoke graph_calls::generic_user::{closure#0}
  %_0 = invoke i32 @_RNCNvCskYJy47wqctM_11graph_calls12generic_user0B3_(ptr align 1 %f, i32 %x)
          to label %bb1 unwind label %cleanup, !dbg !12

bb3:                                              ; preds = %cleanup
  %1 = load ptr, ptr %0, align 8, !dbg !13
  %2 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !13
  %3 = load i32, ptr %2, align 8, !dbg !13
  %4 = insertvalue { ptr, i32 } poison, ptr %1, 0, !dbg !13
  %5 = insertvalue { ptr, i32 } %4, i32 %3, 1, !dbg !13
  resume { ptr, i32 } %5, !dbg !13

cleanup:                                          ; preds = %start
  %6 = landingpad { ptr, i32 }
          cleanup
  %7 = extractvalue { ptr, i32 } %6, 0
  %8 = extractvalue { ptr, i32 } %6, 1
  store ptr %7, ptr %0, align 8
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %8, ptr %9, align 8
  br label %bb3

bb1:                                              ; preds = %start
  ret i32 %_0, !dbg !14
}

; graph_calls::sort_with_c
; Function Attrs: noinline nonlazybind uwtable
define void @_RNvCskYJy47wqctM_11graph_calls11sort_with_c(ptr align 4 %v.0, i64 %v.1) unnamed_addr #2 !dbg !32 {
start:
  call void @qsort(ptr %v.0, i64 %v.1, i64 4, ptr @_RNvCskYJy47wqctM_11graph_calls12compare_ints) #9, !dbg !33
  ret void, !dbg !34
}

; graph_calls::c_abs
; Function Attrs: noinline nonlazybind uwtable
define i32 @_RNvCskYJy47wqctM_11graph_calls5c_abs(i32 %x) unnamed_addr #2 !dbg !64 {
start:
  %_0 = call i32 @abs(i32 %x) #9, !dbg !65
  ret i32 %_0, !dbg !66
}

; graph_calls::dyn_area
; Function Attrs: noinline nonlazybind uwtable
define i64 @_RNvCskYJy47wqctM_11graph_calls8dyn_area(ptr align 1 %s.0, ptr align 8 %s.1) unnamed_addr #2 !dbg !67 {
start:
  %0 = getelementptr inbounds i8, ptr %s.1, i64 24, !dbg !68
  %1 = load ptr, ptr %0, align 8, !dbg !68, !invariant.load !11, !nonnull !11
  %_0 = call i64 %1(ptr align 1 %s.0) #12, !dbg !69
  ret i64 %_0, !dbg !70
}

; Function Attrs: nounwind nonlazybind uwtable
define i32 @"graph calls odd\C3\A9"() unnamed_addr #3 personality ptr @rust_eh_personality !dbg !85 {
start:
; invoke graph_calls::leaf
  %_1 = invoke i64 @_RNvCskYJy47wqctM_11graph_calls4leaf(i64 1)
          to label %bb1 unwind label %terminate, !dbg !86

terminate:                                        ; preds = %start
  %0 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #11, !dbg !87
  unreachable, !dbg !87

bb1:                                              ; preds = %start
  %_0 = trunc i64 %_1 to i32, !dbg !86
  ret i32 %_0, !dbg !88
}

declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #3
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #4
declare void @qsort(ptr, i64, i64, ptr) unnamed_addr #3
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64, i64, ptr align 8) unnamed_addr #5
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8) unnamed_addr #5
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() unnamed_addr #5
declare i32 @abs(i32) unnamed_addr #3
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #6
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_mul_overflow(ptr align 8) unnamed_addr #4
declare range(i8 -1, 2) i8 @llvm.scmp.i8.i32(i32, i32) #6
attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.dbg.cu = !{!5}
!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!5 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !6, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!6 = !DIFile(filename: "src/lib.rs/@/1wf2u96uxvc16992w76fkfboy", directory: "/build/easel/testdata/crates/graph-calls")
!7 = distinct !DISubprogram(name: "apply<u32, graph_calls::generic_user::{closure_env#0}>", linkageName: "_RINvCsf2EYDJove4Q_8base_lib5applymNCNvCskYJy47wqctM_11graph_calls12generic_user0EBA_", scope: !9, file: !8, line: 11, type: !10, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !11)
!8 = !DIFile(filename: "src/lib.rs", directory: "/build/easel/testdata/crates/base-lib", checksumkind: CSK_MD5, checksum: "8dc60b363ceed667e995eb351e095eb6")
!16 = !DIFile(filename: "src/lib.rs", directory: "/build/easel/testdata/crates/graph-calls", checksumkind: CSK_MD5, checksum: "c24ef65cb0c9e298765fc92ee2cbe8ce")
!21 = !DIFile(filename: "library/core/src/num/uint_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "de2f29a3485fc28d710ba6c3062e6efa")
!32 = distinct !DISubprogram(name: "sort_with_c", linkageName: "_RNvCskYJy47wqctM_11graph_calls11sort_with_c", scope: !18, file: !16, line: 73, type: !10, scopeLine: 73, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !11)
!64 = distinct !DISubprogram(name: "c_abs", linkageName: "_RNvCskYJy47wqctM_11graph_calls5c_abs", scope: !18, file: !16, line: 61, type: !10, scopeLine: 61, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !11)
!67 = distinct !DISubprogram(name: "dyn_area", linkageName: "_RNvCskYJy47wqctM_11graph_calls8dyn_area", scope: !18, file: !16, line: 42, type: !10, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !11)
!77 = !DIFile(filename: "library/core/src/cmp.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "9b875f3ee90b4abbf50efdba3db39504")
!85 = distinct !DISubprogram(name: "odd_name", linkageName: "graph calls odd\C3\A9", scope: !18, file: !16, line: 92, type: !10, scopeLine: 92, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !11)
