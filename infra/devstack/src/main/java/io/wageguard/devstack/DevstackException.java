package io.wageguard.devstack;

/** A start-up failure with a message meant for the person at the terminal. */
public class DevstackException extends RuntimeException {
    public DevstackException(String message) {
        super(message);
    }

    public DevstackException(String message, Throwable cause) {
        super(message, cause);
    }
}
