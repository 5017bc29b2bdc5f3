package dev.easel.analyzer.build;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The missing-library names; the classes themselves are tested on real failed builds in CrateBuilderTest. */
class FailureClassifierTest {

    @Test
    void headerNamesItsLibrary() {
        assertEquals("openssl", FailureClassifier.headerLibrary("openssl/ssl.h"));
        assertEquals("zlib", FailureClassifier.headerLibrary("zlib.h"));
        assertEquals("sqlite3", FailureClassifier.headerLibrary("sqlite3.h"));
    }

    @Test
    void linkerAndPkgConfigForms() {
        assertEquals(List.of("ssl"), FailureClassifier.missingLibraries("/usr/bin/ld: cannot find -lssl: No such file"));
        assertEquals(List.of("libcurl"), FailureClassifier.missingLibraries(
                "Package libcurl was not found in the pkg-config search path."));
        assertEquals(List.of("openssl"), FailureClassifier.missingLibraries(
                "Could not find directory of OpenSSL installation, and this `-sys` crate cannot"));
    }
}
