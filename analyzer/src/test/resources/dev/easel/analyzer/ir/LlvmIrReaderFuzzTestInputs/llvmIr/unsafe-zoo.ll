; ModuleID = '04yjxb6fn7xq7u9xz3293a1s3'
source_filename = "04yjxb6fn7xq7u9xz3293a1s3"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_466e6e10d4d5a95679ab35d1156aa54e = private unnamed_addr constant [11 x i8] c"src/lib.rs\00", align 1
@alloc_031b23f9b996286aceace6cf9996e3ae = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_466e6e10d4d5a95679ab35d1156aa54e, [16 x i8] c"\0A\00\00\00\00\00\00\00\13\00\00\00\05\00\00\00" }>, align 8
@alloc_c0b2aa2c6bc0f1f718d99557ea51d5be = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_466e6e10d4d5a95679ab35d1156aa54e, [16 x i8] c"\0A\00\00\00\00\00\00\00\09\00\00\00\05\00\00\00" }>, align 8

; unsafe_zoo::read_twice
; Function Attrs: nonlazybind uwtable
define i32 @_RNvCs127GOe1W2HN_10unsafe_zoo10read_twice(ptr align 4 %x) unnamed_addr #0 !dbg !7 {
start:
; call unsafe_zoo::read_raw
  %a = call i32 @_RNvCs127GOe1W2HN_10unsafe_zoo8read_raw(ptr %x), !dbg !12
; call unsafe_zoo::read_raw
  %b = call i32 @_RNvCs127GOe1W2HN_10unsafe_zoo8read_raw(ptr %x), !dbg !13
  %_6.0 = add i32 %a, %b, !dbg !15
  %_6.1 = icmp ult i32 %_6.0, %a, !dbg !15
  br i1 %_6.1, label %panic, label %bb3, !dbg !15

bb3:                                              ; preds = %start
  ret i32 %_6.0, !dbg !17

panic:                                            ; preds = %start
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_031b23f9b996286aceace6cf9996e3ae) #3, !dbg !15
  unreachable, !dbg !15
}

; unsafe_zoo::nothing
; Function Attrs: nonlazybind uwtable
define void @_RNvCs127GOe1W2HN_10unsafe_zoo7nothing() unnamed_addr #0 !dbg !18 {
start:
  ret void, !dbg !19
}

; unsafe_zoo::read_raw
; Function Attrs: nonlazybind uwtable
define i32 @_RNvCs127GOe1W2HN_10unsafe_zoo8read_raw(ptr %p) unnamed_addr #0 !dbg !20 {
start:
  %_3 = ptrtoint ptr %p to i64, !dbg !21
  %_5 = and i64 %_3, 3, !dbg !21
  %_6 = icmp eq i64 %_5, 0, !dbg !21
  br i1 %_6, label %bb1, label %panic, !dbg !21

bb1:                                              ; preds = %start
  %_8 = ptrtoint ptr %p to i64, !dbg !21
  %_10 = icmp eq i64 %_8, 0, !dbg !21
  %_11 = and i1 %_10, true, !dbg !21
  %_12 = xor i1 %_11, true, !dbg !21
  br i1 %_12, label %bb2, label %panic1, !dbg !21

panic:                                            ; preds = %start
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 4, i64 %_3, ptr align 8 @alloc_c0b2aa2c6bc0f1f718d99557ea51d5be) #4, !dbg !21
  unreachable, !dbg !21

bb2:                                              ; preds = %bb1
  %_0 = load i32, ptr %p, align 4, !dbg !21
  ret i32 %_0, !dbg !22

panic1:                                           ; preds = %bb1
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_c0b2aa2c6bc0f1f718d99557ea51d5be) #4, !dbg !21
  unreachable, !dbg !21
}

; <unsafe_zoo::Holder>::call_nothing
; Function Attrs: nonlazybind uwtable
define void @_RNvMs_Cs127GOe1W2HN_10unsafe_zooNtB4_6Holder12call_nothing(ptr align 8 %self) unnamed_addr #0 !dbg !23 {
start:
; call unsafe_zoo::nothing
  call void @_RNvCs127GOe1W2HN_10unsafe_zoo7nothing(), !dbg !25
  ret void, !dbg !26
}

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #1

; core::panicking::panic_misaligned_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64, i64, ptr align 8) unnamed_addr #2

; core::panicking::panic_null_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8) unnamed_addr #2

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { noinline noreturn }
attributes #4 = { noinline noreturn nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.dbg.cu = !{!5}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!5 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !6, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!6 = !DIFile(filename: "src/lib.rs/@/04yjxb6fn7xq7u9xz3293a1s3", directory: "/build/easel/testdata/crates/unsafe-zoo")
!7 = distinct !DISubprogram(name: "read_twice", linkageName: "_RNvCs127GOe1W2HN_10unsafe_zoo10read_twice", scope: !9, file: !8, line: 16, type: !10, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !11)
!8 = !DIFile(filename: "src/lib.rs", directory: "/build/easel/testdata/crates/unsafe-zoo", checksumkind: CSK_MD5, checksum: "2ab295867ba1da2ee4d157f1fbbbd56a")
!9 = !DINamespace(name: "unsafe_zoo", scope: null)
!10 = !DISubroutineType(types: !11)
!11 = !{}
!12 = !DILocation(line: 17, column: 22, scope: !7)
!13 = !DILocation(line: 18, column: 22, scope: !14)
!14 = distinct !DILexicalBlock(scope: !7, file: !8, line: 17, column: 5)
!15 = !DILocation(line: 19, column: 5, scope: !16)
!16 = distinct !DILexicalBlock(scope: !14, file: !8, line: 18, column: 5)
!17 = !DILocation(line: 20, column: 2, scope: !7)
!18 = distinct !DISubprogram(name: "nothing", linkageName: "_RNvCs127GOe1W2HN_10unsafe_zoo7nothing", scope: !9, file: !8, line: 14, type: !10, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !11)
!19 = !DILocation(line: 14, column: 27, scope: !18)
!20 = distinct !DISubprogram(name: "read_raw", linkageName: "_RNvCs127GOe1W2HN_10unsafe_zoo8read_raw", scope: !9, file: !8, line: 8, type: !10, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !11)
!21 = !DILocation(line: 9, column: 5, scope: !20)
!22 = !DILocation(line: 10, column: 2, scope: !20)
!23 = distinct !DISubprogram(name: "call_nothing", linkageName: "_RNvMs_Cs127GOe1W2HN_10unsafe_zooNtB4_6Holder12call_nothing", scope: !24, file: !8, line: 31, type: !10, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !11)
!24 = !DINamespace(name: "Holder", scope: !9)
!25 = !DILocation(line: 32, column: 18, scope: !23)
!26 = !DILocation(line: 33, column: 6, scope: !23)
