package cn.sh.emergency.supervision.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs work items 0 … n-1 on a number of threads; the first failure fails the run. */
final class Parallel {

  private Parallel() {
  }

  /** Runs every item and returns the wall-clock seconds it took. */
  static double run(int threads, int items, IntConsumer work) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < items; i = next.getAndIncrement()) {
            work.accept(i);
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      return (System.nanoTime() - start) / 1e9;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a benchmark worker failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
