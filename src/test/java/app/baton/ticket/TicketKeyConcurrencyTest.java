package app.baton.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.baton.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TicketKeyConcurrencyTest {

    @Test
    void parallelCreationsGetDistinctConsecutiveKeys() throws Exception {
        TicketFixture f = new TicketFixture();
        int n = 20;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> keys = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int number = i;
                keys.add(pool.submit(() -> {
                    start.await();
                    return f.createResponse(f.body("Parallel " + number)).statusCode(201).extract().<String>path("key");
                }));
            }
            start.countDown();
            Set<Integer> numbers = new TreeSet<>();
            for (Future<String> key : keys) {
                String k = key.get(60, TimeUnit.SECONDS);
                assertEquals(f.receiving, k.substring(0, k.indexOf('-')));
                numbers.add(Integer.parseInt(k.substring(k.indexOf('-') + 1)));
            }
            Set<Integer> expected = new TreeSet<>();
            for (int i = 1; i <= n; i++) {
                expected.add(i);
            }
            assertEquals(expected, numbers);
        } finally {
            pool.shutdownNow();
        }
        // the counter goes on from there
        assertEquals(f.receiving + "-" + (n + 1), f.create());
        Api.asAdmin().get("/api/queues/" + f.receiving).then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(n + 1));
    }
}
