package dev.warren.cli.service;

import dev.warren.domain.error.InvalidSpecException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.service.Service;
import dev.warren.domain.model.service.ServiceId;
import dev.warren.domain.model.shared.Checks;
import dev.warren.domain.port.in.GetServiceRequest;
import dev.warren.domain.port.in.GetServiceUseCase;
import dev.warren.domain.port.in.ReadConsistency;
import dev.warren.domain.port.in.ServiceRef;
import java.util.Optional;
import java.util.function.Supplier;

/** Finds the service a user named by id or by name: the id is tried first, as Docker does. */
public final class ServiceResolver {
  private ServiceResolver() {}

  /**
   * @throws InvalidSpecException if {@code reference} is neither a valid id nor a valid name
   * @throws NotFoundException if no service has that id or name
   */
  public static Service resolve(GetServiceUseCase services, String reference) {
    Optional<ServiceId> id = parse(() -> ServiceId.of(reference));
    Optional<String> name = parse(() -> Checks.name("service name", reference));
    if (id.isEmpty() && name.isEmpty()) {
      throw new InvalidSpecException(
          "'" + reference + "' is neither a service id nor a service name");
    }
    if (id.isPresent()) {
      try {
        return services.get(
            new GetServiceRequest(new ServiceRef.ById(id.get()), ReadConsistency.LINEARIZABLE));
      } catch (NotFoundException noSuchId) {
        if (name.isEmpty()) {
          throw new NotFoundException("service not found: " + reference, noSuchId);
        }
      }
    }
    try {
      return services.get(
          new GetServiceRequest(new ServiceRef.ByName(name.get()), ReadConsistency.LINEARIZABLE));
    } catch (NotFoundException noSuchName) {
      throw new NotFoundException("service not found: " + reference, noSuchName);
    }
  }

  private static <T> Optional<T> parse(Supplier<T> parser) {
    try {
      return Optional.of(parser.get());
    } catch (InvalidSpecException notThisKind) {
      return Optional.empty();
    }
  }
}
