package io.newsroom.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost/", "http://10.1.2.3/", "http://192.168.0.1/",
            "http://172.16.5.4/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://0.0.0.0/",
            "http://100.64.0.1/", "http://[fd00::1]/"})
    void internalAddressesAreRefusedWithTheReason(String url) {
        AddressGuard guard = new AddressGuard(List.of());
        assertThatThrownBy(() -> guard.check(URI.create(url)))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.isPermanent()).isTrue())
                .hasMessageContaining("internal address");
    }

    @Test
    void anExplicitlyAllowedHostMayBeFetched() {
        assertThatCode(() -> new AddressGuard(List.of("LocalHost")).check(URI.create("http://localhost:8090/feed.xml")))
                .doesNotThrowAnyException();
    }

    @Test
    void publicAddressesAreNotInternal() throws Exception {
        assertThat(AddressGuard.isInternal(InetAddress.getByName("93.184.216.34"))).isFalse();
        assertThat(AddressGuard.isInternal(InetAddress.getByName("2606:2800:220:1::1"))).isFalse();
    }
}
