package io.newsroom.contracts;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON encoding of the contract records, the one wire format of every topic. Services read values as bytes
 * and decode them here, so a message that cannot be decoded still reaches its dead-letter topic byte for byte.
 * Thread-safe.
 */
public final class MessageCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            // newer producers may add fields (additive schema changes): tolerate them
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private MessageCodec() {
    }

    public static byte[] encode(Object message) {
        return MAPPER.writeValueAsBytes(message);
    }

    /**
     * @throws InvalidMessageException when the bytes are not a valid message of that type
     */
    public static <T> T decode(byte[] bytes, Class<T> type) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidMessageException("empty message, expected " + type.getSimpleName());
        }
        try {
            return MAPPER.readValue(bytes, type);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidMessageException("not a valid " + type.getSimpleName() + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no detail)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
