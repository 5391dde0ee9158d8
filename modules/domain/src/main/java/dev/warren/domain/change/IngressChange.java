package dev.warren.domain.change;

import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.NotFoundException;
import dev.warren.domain.model.ingress.Ingress;
import dev.warren.domain.model.ingress.IngressId;
import dev.warren.domain.port.out.EntityKind;
import dev.warren.domain.port.out.StateReader;
import dev.warren.domain.port.out.StateWriter;

/**
 * Changes to ingresses. Backends may name services that do not exist (yet), as in Swarm and
 * Kubernetes, so an ingress can be applied before its services; a TLS section must name a stored
 * TLS certificate, which then cannot be deleted while the ingress uses it.
 */
public sealed interface IngressChange extends StateChange {

  /** An ingress was created; its name must still be free when the change is applied. */
  record IngressCreated(Ingress ingress) implements IngressChange {
    @Override
    public void applyTo(StateWriter state) {
      ApplySteps.requireNew(state, EntityKind.INGRESS, "ingress", ingress);
      requireCertificate(state, ingress);
      state.put(EntityKind.INGRESS, ingress);
    }
  }

  /**
   * An ingress's rules, TLS or labels were replaced, or it was renamed (warren.v1's UpdateIngress
   * renames when given an id and another name); its id stays, a new name must still be free.
   */
  record IngressUpdated(Ingress ingress) implements IngressChange {
    @Override
    public void applyTo(StateWriter state) {
      Ingress current =
          ApplySteps.existing(state, EntityKind.INGRESS, "ingress", ingress.id().value());
      if (!current.name().equals(ingress.name())
          && state.findByName(EntityKind.INGRESS, ingress.name()).isPresent()) {
        throw new AlreadyExistsException(
            "ingress "
                + current.name()
                + " cannot be renamed to "
                + ingress.name()
                + ": that name is taken");
      }
      requireCertificate(state, ingress);
      state.put(EntityKind.INGRESS, ingress);
    }
  }

  /** An ingress was deleted. */
  record IngressDeleted(IngressId ingressId) implements IngressChange {
    @Override
    public void applyTo(StateWriter state) {
      ApplySteps.existing(state, EntityKind.INGRESS, "ingress", ingressId.value());
      state.delete(EntityKind.INGRESS, ingressId.value());
    }
  }

  /**
   * Checks that the TLS certificate {@code ingress} names exists; the handlers call it before
   * proposing, the apply rule again at commit.
   *
   * @throws NotFoundException if it names one that is not stored
   */
  static void requireCertificate(StateReader state, Ingress ingress) {
    ingress
        .tls()
        .flatMap(tls -> tls.certificateName())
        .filter(name -> state.findByName(EntityKind.CERTIFICATE, name).isEmpty())
        .ifPresent(
            name -> {
              throw new NotFoundException(
                  "TLS certificate not found: "
                      + name
                      + " (named by ingress "
                      + ingress.name()
                      + "); create it first with 'warren certificate create'");
            });
  }
}
