package dev.easel.analyzer.source;

import dev.easel.analyzer.model.UnsafeCounters;
import dev.easel.analyzer.model.UnsafeCounters.Count;

import java.util.ArrayList;
import java.util.List;

/** Mutable running totals for one file or one crate; turned into the immutable {@link UnsafeCounters} at the end. */
public final class UnsafeTally {
    int fnSafe, fnUnsafe, exprSafe, exprUnsafe, implSafe, implUnsafe, traitSafe, traitUnsafe, methodSafe,
            methodUnsafe, unsafeBlocks, externBlocks, foreignItems, staticMuts, unsafeAttributes, macroUnsafe,
            filesScanned, filesWithErrors;
    final List<UnsafeCounters.UnsafeFunction> unsafeFunctions = new ArrayList<>();

    public void add(UnsafeTally o) {
        fnSafe += o.fnSafe;
        fnUnsafe += o.fnUnsafe;
        exprSafe += o.exprSafe;
        exprUnsafe += o.exprUnsafe;
        implSafe += o.implSafe;
        implUnsafe += o.implUnsafe;
        traitSafe += o.traitSafe;
        traitUnsafe += o.traitUnsafe;
        methodSafe += o.methodSafe;
        methodUnsafe += o.methodUnsafe;
        unsafeBlocks += o.unsafeBlocks;
        externBlocks += o.externBlocks;
        foreignItems += o.foreignItems;
        staticMuts += o.staticMuts;
        unsafeAttributes += o.unsafeAttributes;
        macroUnsafe += o.macroUnsafe;
        filesScanned += o.filesScanned;
        filesWithErrors += o.filesWithErrors;
        unsafeFunctions.addAll(o.unsafeFunctions);
    }

    public UnsafeCounters toCounters() {
        return new UnsafeCounters(new Count(fnSafe, fnUnsafe), new Count(exprSafe, exprUnsafe),
                new Count(implSafe, implUnsafe), new Count(traitSafe, traitUnsafe), new Count(methodSafe, methodUnsafe),
                unsafeBlocks, externBlocks, foreignItems, staticMuts, unsafeAttributes, macroUnsafe, filesScanned,
                filesWithErrors, unsafeFunctions);
    }
}
