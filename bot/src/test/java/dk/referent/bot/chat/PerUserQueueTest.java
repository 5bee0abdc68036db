package dk.referent.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One user's many messages wait in their own line, at most three, and never hold every thread. */
class PerUserQueueTest {

    private final ExecutorService two = Executors.newFixedThreadPool(2);
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> done = new CopyOnWriteArrayList<>();
    private final CountDownLatch slowOnesDone = new CountDownLatch(3);

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        two.shutdownNow();
        two.awaitTermination(5, TimeUnit.SECONDS);
    }

    private Runnable slow(String name, CountDownLatch started) {
        return () -> {
            started.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.add(name);
            slowOnesDone.countDown();
        };
    }

    @Test
    void aUserBeyondThreeWaitingIsRefusedAndAnotherUserIsAnsweredMeanwhile() throws Exception {
        PerUserQueue queue = new PerUserQueue(two, 3);
        CountDownLatch started = new CountDownLatch(1);
        assertTrue(queue.offer("anna", slow("anna 1", started)));
        assertTrue(queue.offer("anna", slow("anna 2", new CountDownLatch(1))));
        assertTrue(queue.offer("anna", slow("anna 3", new CountDownLatch(1))));
        assertFalse(queue.offer("anna", () -> done.add("anna 4")));
        assertTrue(started.await(10, TimeUnit.SECONDS));

        CountDownLatch boAnswered = new CountDownLatch(1);
        assertTrue(queue.offer("bo", () -> {
            done.add("bo");
            boAnswered.countDown();
        }));
        // Anna's first holds one thread; her second waits in her line, not on the other thread
        assertTrue(boAnswered.await(10, TimeUnit.SECONDS), "Bo is answered while Anna's long question runs");

        release.countDown();
        assertTrue(slowOnesDone.await(10, TimeUnit.SECONDS));
        CountDownLatch annaDone = new CountDownLatch(1);
        assertTrue(queue.offer("anna", annaDone::countDown), "once answered, Anna may ask again");
        assertTrue(annaDone.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("bo", "anna 1", "anna 2", "anna 3"), done);
    }
}
