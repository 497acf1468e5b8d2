package io.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

class ApiKeyGuardTest {

    private final ApiKeyGuard guard = new ApiKeyGuard("reader", "writer", "writes are off");

    private static int status(Runnable r) {
        try {
            r.run();
            return 200;
        } catch (ResponseStatusException e) {
            return e.getStatusCode().value();
        }
    }

    @Test
    void theWriteKeyWritesAndReadsTheReadKeyOnlyReads() {
        assertThat(status(() -> guard.checkWrite("writer"))).isEqualTo(200);
        assertThat(status(() -> guard.checkRead("writer"))).isEqualTo(200);
        assertThat(status(() -> guard.checkRead("reader"))).isEqualTo(200);
        assertThatThrownBy(() -> guard.checkWrite("reader")).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("403").hasMessageContaining("the read key cannot change anything");
    }

    @Test
    void noKeyOrAWrongOneIs401() {
        for (String k : new String[] {null, "", "wrong", "reader ", "writerx"}) {
            assertThat(status(() -> guard.checkWrite(k))).as(k).isEqualTo(401);
            assertThat(status(() -> guard.checkRead(k))).as(k).isEqualTo(401);
        }
    }

    @Test
    void withoutAWriteKeyWritesAreOffAndTheReadKeyStillReads() {
        ApiKeyGuard readOnly = new ApiKeyGuard("reader", " ", "writes are off");
        assertThatThrownBy(() -> readOnly.checkWrite("reader")).hasMessageContaining("403").hasMessageContaining("writes are off");
        assertThatCode(() -> readOnly.checkRead("reader")).doesNotThrowAnyException();
        assertThat(readOnly.writable()).isFalse();
    }

    @Test
    void withoutAnyKeyKeyedReadsAreOffAndSaySo() {
        ApiKeyGuard none = new ApiKeyGuard(null, null, "writes are off");
        assertThatThrownBy(() -> none.checkRead("anything")).hasMessageContaining("403").hasMessageContaining("NEWSROOM_READ_KEY");
        assertThat(status(() -> none.checkWrite(null))).isEqualTo(403);
    }

    @Test
    void theKeysNeverShowInItsToString() {
        assertThat(guard.toString()).doesNotContain("reader").doesNotContain("writer").contains("***");
    }

    @Test
    void secretsAreMaskedAndUrlsKeepOnlyTheirHost() {
        assertThat(Secrets.mask("s3cret")).isEqualTo("***");
        assertThat(Secrets.mask("")).isEqualTo("none");
        assertThat(Secrets.redactUrl("https://hooks.example.com/services/T0/B0/xyz?token=abc"))
                .isEqualTo("https://hooks.example.com/...");
        assertThat(Secrets.redactUrl("http://user:pw@localhost:8099/hook/a")).isEqualTo("http://localhost:8099/...");
        assertThat(Secrets.redactUrl("not a url")).isEqualTo("***");
        assertThat(Secrets.redactUrl(null)).isNull();
    }
}
