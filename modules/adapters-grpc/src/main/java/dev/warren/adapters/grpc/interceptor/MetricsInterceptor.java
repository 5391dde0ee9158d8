package dev.warren.adapters.grpc.interceptor;

import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records every RPC with the meter names Warren's users know. Micrometer's Prometheus naming turns
 * {@value #REQUESTS} into {@code api_requests_total{method,status}}, {@value #DURATION} into {@code
 * api_request_duration_seconds{method}} (with histogram buckets) and {@value #IN_FLIGHT} into
 * {@code api_requests_in_flight{method}}. {@code method} is the RPC's bare name ("CreateService"),
 * {@code status} the gRPC code's name ("OK", "NOT_FOUND"): both low-cardinality.
 *
 * <p>A call is recorded once, when it closes or is cancelled, before the status reaches the client.
 * Thread-safe.
 */
public final class MetricsInterceptor implements ServerInterceptor {
  static final String REQUESTS = "api.requests";
  static final String DURATION = "api.request.duration";
  static final String IN_FLIGHT = "api.requests.in.flight";

  private final MeterRegistry registry;
  // Gauges hold their value weakly; this map keeps each one alive for the registry's lifetime.
  private final ConcurrentMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

  public MetricsInterceptor(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    String method = call.getMethodDescriptor().getBareMethodName();
    AtomicInteger running = inFlight.computeIfAbsent(method, this::registerInFlightGauge);
    var recorder = new CallRecorder(method, running, Timer.start(registry));
    ServerCall<Q, R> recorded =
        new SimpleForwardingServerCall<>(call) {
          @Override
          public void close(Status status, Metadata trailers) {
            recorder.finish(status.getCode());
            super.close(status, trailers);
          }
        };
    ServerCall.Listener<Q> listener;
    try {
      listener = next.startCall(recorded, headers);
    } catch (RuntimeException failure) {
      recorder.finish(Status.Code.UNKNOWN);
      throw failure;
    }
    return new SimpleForwardingServerCallListener<>(listener) {
      @Override
      public void onCancel() {
        recorder.finish(Status.Code.CANCELLED);
        super.onCancel();
      }
    };
  }

  private AtomicInteger registerInFlightGauge(String method) {
    return registry.gauge(IN_FLIGHT, Tags.of("method", method), new AtomicInteger());
  }

  private final class CallRecorder {
    private final String method;
    private final AtomicInteger running;
    private final Timer.Sample sample;
    private final AtomicBoolean finished = new AtomicBoolean();

    CallRecorder(String method, AtomicInteger running, Timer.Sample sample) {
      this.method = method;
      this.running = running;
      this.sample = sample;
      running.incrementAndGet();
    }

    void finish(Status.Code code) {
      if (!finished.compareAndSet(false, true)) {
        return;
      }
      running.decrementAndGet();
      sample.stop(
          Timer.builder(DURATION)
              .description("Time to serve one warren.v1 RPC")
              .tag("method", method)
              .publishPercentileHistogram()
              .register(registry));
      Counter.builder(REQUESTS)
          .description("warren.v1 RPCs served, by method and status code")
          .tag("method", method)
          .tag("status", code.name())
          .register(registry)
          .increment();
    }
  }
}
