package io.newsroom.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aFreePortLiesBelowTheEphemeralRangeSoNoOutgoingConnectionTakesIt() throws Exception {
        int low = Ports.ephemeralLow();
        for (int i = 0; i < 20; i++) {
            int port = Ports.free();
            assertThat(port).isBetween(20000, low - 1);
            try (ServerSocket s = new ServerSocket(port)) {
                assertThat(s.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void aPortIsNeverHandedOutTwiceSoServicesStartedTogetherNeverShareOne() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            assertThat(seen.add(Ports.free())).as("port handed out twice").isTrue();
        }
    }
}
