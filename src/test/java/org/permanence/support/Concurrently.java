package org.permanence.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Sends the same kind of request from several threads released at once, to expose races between them. */
public final class Concurrently {

    private Concurrently() {
    }

    /** The HTTP status of each of {@code count} requests, in the order they were started. */
    public static List<Integer> statuses(int count, IntFunction<ApiResponse> request) {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ApiResponse>> responses = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                responses.add(threads.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ApiResponse> response : responses) {
                statuses.add(response.get().status());
            }
            return statuses;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }
}
