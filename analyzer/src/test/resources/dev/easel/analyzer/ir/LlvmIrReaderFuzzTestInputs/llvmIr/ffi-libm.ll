; ModuleID = 'f39496jegd1gt8offg3ie3nec'
source_filename = "f39496jegd1gt8offg3ie3nec"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; ffi_libm::c_len
; Function Attrs: nonlazybind uwtable
define i64 @_RNvCsbpNuSuQhVB5_8ffi_libm5c_len(ptr align 1 %s.0, i64 %s.1) unnamed_addr #0 !dbg !7 {
start:
; call <core::ffi::c_str::CStr>::as_ptr
  %_2 = call ptr @_RNvMs3_NtNtCsgEmfK2I1SDS_4core3ffi5c_strNtB5_4CStr6as_ptrCsbpNuSuQhVB5_8ffi_libm(ptr align 1 %s.0, i64 %s.1) #3, !dbg !12
  %_0 = call i64 @strlen(ptr %_2) #4, !dbg !13
  ret i64 %_0, !dbg !14
}

; ffi_libm::hypot
; Function Attrs: nonlazybind uwtable
define double @_RNvCsbpNuSuQhVB5_8ffi_libm5hypot(double %a, double %b) unnamed_addr #0 !dbg !15 {
start:
  %_5 = fmul double %a, %a, !dbg !16
  %_6 = fmul double %b, %b, !dbg !17
  %_4 = fadd double %_5, %_6, !dbg !16
  %s = call double @sqrt(double %_4) #4, !dbg !18
  %_7 = fmul double %s, %s, !dbg !19
  %_0 = call double @sqrt(double %_7) #4, !dbg !21
  ret double %_0, !dbg !22
}

; ffi_libm::cosine
; Function Attrs: nonlazybind uwtable
define double @_RNvCsbpNuSuQhVB5_8ffi_libm6cosine(double %x) unnamed_addr #0 !dbg !23 {
start:
  %_0 = call double @cos(double %x) #4, !dbg !24
  ret double %_0, !dbg !25
}

; <core::ffi::c_str::CStr>::as_ptr
; Function Attrs: inlinehint nonlazybind uwtable
define internal ptr @_RNvMs3_NtNtCsgEmfK2I1SDS_4core3ffi5c_strNtB5_4CStr6as_ptrCsbpNuSuQhVB5_8ffi_libm(ptr align 1 %self.0, i64 %self.1) unnamed_addr #1 !dbg !26 {
start:
  ret ptr %self.0, !dbg !32
}

; Function Attrs: nounwind nonlazybind uwtable
declare i64 @strlen(ptr) unnamed_addr #2

; Function Attrs: nounwind nonlazybind uwtable
declare double @sqrt(double) unnamed_addr #2

; Function Attrs: nounwind nonlazybind uwtable
declare double @cos(double) unnamed_addr #2

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { inlinehint }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.dbg.cu = !{!5}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!5 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !6, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: false, runtimeVersion: 0, emissionKind: LineTablesOnly, splitDebugInlining: false, nameTableKind: None)
!6 = !DIFile(filename: "src/lib.rs/@/f39496jegd1gt8offg3ie3nec", directory: "/build/easel/testdata/crates/ffi-libm")
!7 = distinct !DISubprogram(name: "c_len", linkageName: "_RNvCsbpNuSuQhVB5_8ffi_libm5c_len", scope: !9, file: !8, line: 26, type: !10, scopeLine: 26, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !11)
!8 = !DIFile(filename: "src/lib.rs", directory: "/build/easel/testdata/crates/ffi-libm", checksumkind: CSK_MD5, checksum: "6b907840be1bd2c184b028f72e4f505b")
!9 = !DINamespace(name: "ffi_libm", scope: null)
!10 = !DISubroutineType(types: !11)
!11 = !{}
!12 = !DILocation(line: 27, column: 23, scope: !7)
!13 = !DILocation(line: 27, column: 14, scope: !7)
!14 = !DILocation(line: 28, column: 2, scope: !7)
!15 = distinct !DISubprogram(name: "hypot", linkageName: "_RNvCsbpNuSuQhVB5_8ffi_libm5hypot", scope: !9, file: !8, line: 20, type: !10, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !11)
!16 = !DILocation(line: 21, column: 27, scope: !15)
!17 = !DILocation(line: 21, column: 35, scope: !15)
!18 = !DILocation(line: 21, column: 22, scope: !15)
!19 = !DILocation(line: 22, column: 19, scope: !20)
!20 = distinct !DILexicalBlock(scope: !15, file: !8, line: 21, column: 5)
!21 = !DILocation(line: 22, column: 14, scope: !20)
!22 = !DILocation(line: 23, column: 2, scope: !15)
!23 = distinct !DISubprogram(name: "cosine", linkageName: "_RNvCsbpNuSuQhVB5_8ffi_libm6cosine", scope: !9, file: !8, line: 15, type: !10, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, templateParams: !11)
!24 = !DILocation(line: 16, column: 14, scope: !23)
!25 = !DILocation(line: 17, column: 2, scope: !23)
!26 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core3ffi5c_strNtB5_4CStr6as_ptrCsbpNuSuQhVB5_8ffi_libm", scope: !28, file: !27, line: 483, type: !10, scopeLine: 483, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !5, templateParams: !11)
!27 = !DIFile(filename: "library/core/src/ffi/c_str.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "622bd10a9b870f6b8a11aa48068ad67c")
!28 = !DINamespace(name: "CStr", scope: !29)
!29 = !DINamespace(name: "c_str", scope: !30)
!30 = !DINamespace(name: "ffi", scope: !31)
!31 = !DINamespace(name: "core", scope: null)
!32 = !DILocation(line: 485, column: 6, scope: !26)
