package dev.warren.adapters.grpc.guard;

import dev.warren.adapters.grpc.status.StatusMapper;
import io.grpc.Attributes;
import io.grpc.BindableService;
import io.grpc.ForwardingServerCall;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.protobuf.ProtoMethodDescriptorSupplier;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.Principal;
import java.util.ArrayList;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * Rebuilds a service definition so that a request which does not parse (truncated, a varint that
 * overflows, a length past the end, nesting too deep, a stray end-group, tag 0, a string that is
 * not UTF-8) is answered INVALID_ARGUMENT "request is not a valid warren.v1.GetServiceRequest".
 *
 * <p>grpc-java parses a request inside its own call machinery; when the parser throws, the call is
 * closed with UNKNOWN and the exception is logged as SEVERE with its stack trace. Here the request
 * marshaller catches the parse failure and hands on a {@link Malformed} marker instead, and the
 * outermost call handler closes the call when it sees one, before any interceptor or use case does.
 * Interceptors that decide at the start of a call (authentication: a foreign or expired
 * certificate) still answer first, and a call they closed stays closed. Those that wait for the
 * request (authorization) never see a malformed one: a caller without a certificate learns only
 * that its bytes do not parse. (Handing the interceptors "no request" instead would make the
 * handler answer INTERNAL inside the metrics interceptor, which would then count client garbage as
 * server faults.) Each refusal is one rate-limited line in the {@link RejectionLog}. As a last
 * guard, every status message the wrapped service sends is cut to 1 KiB.
 */
public final class MalformedRequestGuard {
  private MalformedRequestGuard() {}

  /** {@code service} with every method's requests parsed safely. */
  public static ServerServiceDefinition guard(BindableService service, RejectionLog log) {
    return guard(service.bindService(), log);
  }

  /** {@code service} with every method's requests parsed safely. */
  public static ServerServiceDefinition guard(ServerServiceDefinition service, RejectionLog log) {
    ServiceDescriptor original = service.getServiceDescriptor();
    var descriptor =
        ServiceDescriptor.newBuilder(original.getName())
            .setSchemaDescriptor(original.getSchemaDescriptor());
    var methods = new ArrayList<ServerMethodDefinition<Object, Object>>();
    for (ServerMethodDefinition<?, ?> method : service.getMethods()) {
      ServerMethodDefinition<Object, Object> guarded = guardMethod(method, log);
      descriptor.addMethod(guarded.getMethodDescriptor());
      methods.add(guarded);
    }
    var rebuilt = ServerServiceDefinition.builder(descriptor.build());
    methods.forEach(rebuilt::addMethod);
    return rebuilt.build();
  }

  /** What the request marshaller yields for bytes that do not parse. */
  record Malformed(String messageName) {}

  @SuppressWarnings("unchecked")
  private static <Q, R> ServerMethodDefinition<Object, Object> guardMethod(
      ServerMethodDefinition<Q, R> method, RejectionLog log) {
    MethodDescriptor<Q, R> original = method.getMethodDescriptor();
    String messageName = requestName(original);
    MethodDescriptor<Object, Object> safe =
        original.toBuilder(
                new SafeMarshaller(original.getRequestMarshaller(), messageName),
                (MethodDescriptor.Marshaller<Object>) original.getResponseMarshaller())
            .build();
    ServerCallHandler<Q, R> inner = method.getServerCallHandler();
    ServerCallHandler<Object, Object> handler =
        (call, headers) -> {
          var tracked =
              new ClosingTrackedCall<Q, R>((ServerCall<Q, R>) (ServerCall<?, ?>) call, original);
          ServerCall.Listener<Q> listener = inner.startCall(tracked, headers);
          return new GuardingListener<>(tracked, listener, log);
        };
    return ServerMethodDefinition.create(safe, handler);
  }

  private static String requestName(MethodDescriptor<?, ?> method) {
    if (method.getSchemaDescriptor() instanceof ProtoMethodDescriptorSupplier proto) {
      return proto.getMethodDescriptor().getInputType().getFullName();
    }
    return "request of " + method.getFullMethodName();
  }

  private record SafeMarshaller(MethodDescriptor.Marshaller<?> delegate, String messageName)
      implements MethodDescriptor.Marshaller<Object> {
    @SuppressWarnings("unchecked")
    @Override
    public InputStream stream(Object value) {
      return ((MethodDescriptor.Marshaller<Object>) delegate).stream(value);
    }

    @Override
    public Object parse(InputStream stream) {
      try {
        return delegate.parse(stream);
      } catch (RuntimeException | StackOverflowError unreadable) {
        // The parser's words (offsets, tags) help nobody; the message name says enough.
        return new Malformed(messageName);
      }
    }
  }

  /** The call as interceptors see it: its original descriptor, and closed at most once. */
  private static final class ClosingTrackedCall<Q, R>
      extends ForwardingServerCall.SimpleForwardingServerCall<Q, R> {
    private final MethodDescriptor<Q, R> method;
    private boolean closed;

    ClosingTrackedCall(ServerCall<Q, R> call, MethodDescriptor<Q, R> method) {
      super(call);
      this.method = method;
    }

    @Override
    public MethodDescriptor<Q, R> getMethodDescriptor() {
      return method;
    }

    /**
     * Closes the call, its message cut to {@link StatusMapper#MAX_DESCRIPTION_CHARS}: services the
     * project does not write (health checks) echo a client's value in full, and a message past the
     * client's header limit fails the call on its side as INTERNAL. A second close is ignored: the
     * guard may have answered first.
     */
    @Override
    public synchronized void close(Status status, Metadata trailers) {
      if (closed) {
        return;
      }
      closed = true;
      String description = status.getDescription();
      String capped = StatusMapper.capped(description);
      super.close(capped == description ? status : status.withDescription(capped), trailers);
    }

    /** Closes the call unless an interceptor already did; returns whether this call closed it. */
    synchronized boolean closeIfOpen(Status status) {
      if (closed) {
        return false;
      }
      close(status, new Metadata());
      return true;
    }
  }

  private static final class GuardingListener<Q, R> extends ServerCall.Listener<Object> {
    private final ClosingTrackedCall<Q, R> call;
    private final ServerCall.Listener<Q> delegate;
    private final RejectionLog log;
    private boolean refused;

    GuardingListener(
        ClosingTrackedCall<Q, R> call, ServerCall.Listener<Q> delegate, RejectionLog log) {
      this.call = call;
      this.delegate = delegate;
      this.log = log;
    }

    @SuppressWarnings("unchecked")
    @Override
    public void onMessage(Object message) {
      if (refused) {
        return;
      }
      if (message instanceof Malformed malformed) {
        refused = true;
        String answer = "request is not a valid " + malformed.messageName();
        Status verdict = Status.INVALID_ARGUMENT.withDescription(answer);
        if (call.closeIfOpen(verdict)) {
          log.rejected(callerOf(call.getAttributes()), answer);
        }
        return;
      }
      delegate.onMessage((Q) message);
    }

    @Override
    public void onHalfClose() {
      if (!refused) {
        delegate.onHalfClose();
      }
    }

    @Override
    public void onCancel() {
      delegate.onCancel();
    }

    @Override
    public void onComplete() {
      delegate.onComplete();
    }

    @Override
    public void onReady() {
      if (!refused) {
        delegate.onReady();
      }
    }
  }

  /** Who sent a call, as far as the transport knows, for the log; never verified here. */
  static String callerOf(Attributes attributes) {
    SSLSession session =
        attributes == null ? null : attributes.get(Grpc.TRANSPORT_ATTR_SSL_SESSION);
    SocketAddress remote =
        attributes == null ? null : attributes.get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR);
    String host =
        remote instanceof InetSocketAddress inet && inet.getAddress() != null
            ? inet.getAddress().getHostAddress()
            : null;
    if (session != null) {
      try {
        Principal peer = session.getPeerPrincipal();
        return "'" + peer.getName() + "'";
      } catch (SSLPeerUnverifiedException noCertificate) {
        return "a client without a certificate at " + host;
      }
    }
    return host == null ? "the local socket" : host;
  }
}
