package dev.easel.graph.db;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedServerOptionsTest {

    @Test
    void noAuthenticationOnlyOnLoopback() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EmbeddedServerOptions("0.0.0.0", 7687, false));
        assertEquals("authentication can only be turned off on a loopback address (127.0.0.1, ::1, localhost), not on"
                + " 0.0.0.0: anyone who reaches it could read, change or delete the graph", e.getMessage());
        assertFalse(new EmbeddedServerOptions("localhost", 0, false).authentication());
        assertFalse(new EmbeddedServerOptions("::1", 0, false).authentication());
        assertTrue(EmbeddedServerOptions.loopback(0).authentication());
        assertTrue(new EmbeddedServerOptions("0.0.0.0", 7687, true).authentication());
    }

    @Test
    void clientsOnThisMachineReachAWildcardThroughLoopback() {
        assertEquals("127.0.0.1", new EmbeddedServerOptions("0.0.0.0", 0, true).clientHost());
        assertEquals("127.0.0.1", EmbeddedServerOptions.loopback(0).clientHost());
        assertEquals("[0:0:0:0:0:0:0:1]", new EmbeddedServerOptions("::1", 0, true).clientHost());
    }

    @Test
    void badPortsAndAddressesAreRefused() {
        assertEquals("the Bolt port must be between 0 and 65535, not 70000",
                assertThrows(IllegalArgumentException.class, () -> EmbeddedServerOptions.loopback(70000)).getMessage());
        assertEquals("the Bolt address no-such-host.invalid does not resolve", assertThrows(IllegalArgumentException.class,
                () -> new EmbeddedServerOptions("no-such-host.invalid", 0, true)).getMessage());
    }
}
