package dk.referent.scheduler;

import java.time.Duration;

/** How a delivery went: sent; to be retried (after at least {@code after}, e.g. Retry-After); failed for good. */
public sealed interface DeliveryResult {

    record Sent() implements DeliveryResult {
    }

    /** A transient failure: a 5xx, a timeout, a 429 (with its Retry-After in {@code after}, else zero). */
    record Retry(java.time.Duration after, String reason) implements DeliveryResult {
    }

    /** A permanent failure (channel not found, invalid auth): retrying cannot help. */
    record Failed(String reason) implements DeliveryResult {
    }

    static DeliveryResult sent() {
        return new Sent();
    }

    static DeliveryResult retry(Duration after, String reason) {
        return new Retry(after, reason);
    }

    static DeliveryResult failed(String reason) {
        return new Failed(reason);
    }
}
