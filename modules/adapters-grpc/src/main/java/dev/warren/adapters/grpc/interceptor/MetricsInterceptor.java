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
  // Registered once per method: looking meters up in the registry on every call (building ids,
  // sorting tags) costs more than the rest of the recording. Also keeps each in-flight gauge's
  // value alive, which gauges hold only weakly.
  private final ConcurrentMap<String, MethodMeters> byMethod = new ConcurrentHashMap<>();

  public MetricsInterceptor(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    MethodMeters meters =
        byMethod.computeIfAbsent(call.getMethodDescriptor().getBareMethodName(), MethodMeters::new);
    var recorder = new CallRecorder(meters, Timer.start(registry));
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

  /** The meters of one RPC method; counters are registered per status code on first use. */
  private final class MethodMeters {
    private final String method;
    private final AtomicInteger running;
    private final Timer duration;
    private final ConcurrentMap<Status.Code, Counter> requests = new ConcurrentHashMap<>();

    MethodMeters(String method) {
      this.method = method;
      this.running = registry.gauge(IN_FLIGHT, Tags.of("method", method), new AtomicInteger());
      this.duration =
          Timer.builder(DURATION)
              .description("Time to serve one warren.v1 RPC")
              .tag("method", method)
              .publishPercentileHistogram()
              .register(registry);
    }

    Counter requests(Status.Code code) {
      return requests.computeIfAbsent(
          code,
          status ->
              Counter.builder(REQUESTS)
                  .description("warren.v1 RPCs served, by method and status code")
                  .tag("method", method)
                  .tag("status", status.name())
                  .register(registry));
    }
  }

  private static final class CallRecorder {
    private final MethodMeters meters;
    private final Timer.Sample sample;
    private final AtomicBoolean finished = new AtomicBoolean();

    CallRecorder(MethodMeters meters, Timer.Sample sample) {
      this.meters = meters;
      this.sample = sample;
      meters.running.incrementAndGet();
    }

    void finish(Status.Code code) {
      if (!finished.compareAndSet(false, true)) {
        return;
      }
      meters.running.decrementAndGet();
      sample.stop(meters.duration);
      meters.requests(code).increment();
    }
  }
}
