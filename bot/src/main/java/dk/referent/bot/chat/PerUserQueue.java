package dk.referent.bot.chat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a platform hands what a user said to the answering threads: each user's messages are answered one at a time,
 * in order, and after each the user's next goes to the back of the line — so one user with many long questions holds
 * at most one thread and everyone else keeps being answered. At most {@code limit} per user wait or run; beyond that
 * {@link #offer} says no and the platform tells the user to wait.
 */
public final class PerUserQueue {

    private static final Logger LOG = LoggerFactory.getLogger(PerUserQueue.class);
    /** Waiting or running per user: a question being answered and two more. */
    public static final int DEFAULT_LIMIT = 3;
    /** What a user beyond the limit is told. */
    public static final String BUSY = "Jeg er stadig i gang med dine tidligere spørgsmål — vent på svarene, før du spørger om mere.";
    public static final String BUSY_ENGLISH = "I am still working on your earlier questions — wait for the answers before asking more.";

    private final Executor work;
    private final int limit;
    /** Per user, what is waiting or running; its head runs. Guarded by {@code this}. */
    private final Map<String, Deque<Runnable>> pending = new HashMap<>();

    public PerUserQueue(Executor work) {
        this(work, DEFAULT_LIMIT);
    }

    public PerUserQueue(Executor work, int limit) {
        this.work = work;
        this.limit = limit;
    }

    /** Queues {@code task} for {@code user}; false when the user already has {@code limit} waiting or running. */
    public boolean offer(String user, Runnable task) {
        synchronized (this) {
            Deque<Runnable> queue = pending.computeIfAbsent(user, u -> new ArrayDeque<>());
            if (queue.size() >= limit) {
                return false;
            }
            queue.addLast(task);
            if (queue.size() > 1) {
                return true;
            }
        }
        return schedule(user);
    }

    private boolean schedule(String user) {
        try {
            work.execute(() -> runNext(user));
            return true;
        } catch (RejectedExecutionException e) {
            // shutting down: what this user has waiting will not be answered
            synchronized (this) {
                pending.remove(user);
            }
            LOG.warn("not answering {}: shutting down", user);
            return false;
        }
    }

    private void runNext(String user) {
        Runnable next;
        synchronized (this) {
            next = pending.get(user).peekFirst();
        }
        try {
            next.run();
        } catch (RuntimeException e) {
            LOG.warn("answering {} failed: {}", user, LogText.safe(e));
        } finally {
            boolean more;
            synchronized (this) {
                Deque<Runnable> queue = pending.get(user);
                queue.removeFirst();
                more = !queue.isEmpty();
                if (!more) {
                    pending.remove(user);
                }
            }
            if (more) {
                schedule(user);
            }
        }
    }
}
