package dev.warren.adapters.grpc;

import dev.warren.domain.model.secret.SecretId;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.model.security.Caller;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.model.volume.VolumeId;
import dev.warren.domain.port.in.CreateSecretRequest;
import dev.warren.domain.port.in.CreateSecretUseCase;
import dev.warren.domain.port.in.CreateVolumeRequest;
import dev.warren.domain.port.in.CreateVolumeUseCase;
import dev.warren.domain.port.in.DeleteSecretRequest;
import dev.warren.domain.port.in.DeleteSecretUseCase;
import dev.warren.domain.port.in.DeleteVolumeRequest;
import dev.warren.domain.port.in.DeleteVolumeUseCase;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import dev.warren.domain.port.in.GetVolumeByNameUseCase;
import dev.warren.domain.port.in.ListSecretsRequest;
import dev.warren.domain.port.in.ListSecretsUseCase;
import dev.warren.domain.port.in.ListVolumesRequest;
import dev.warren.domain.port.in.ListVolumesUseCase;
import dev.warren.domain.port.in.ReadSecretUseCase;
import dev.warren.domain.port.in.RollbackServiceRequest;
import dev.warren.domain.port.in.RollbackServiceUseCase;
import dev.warren.domain.port.in.SecretReading;
import dev.warren.domain.port.in.UpdateServiceImageRequest;
import dev.warren.domain.port.in.UpdateServiceImageUseCase;
import dev.warren.testkit.FakeEntities;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The secret, volume and rollout use cases over maps, with the rules the adapter must translate
 * (unique names, not found, in use). Records the requests it receives and the payloads it was sent.
 */
final class FakeResourceUseCases
    implements UpdateServiceImageUseCase,
        RollbackServiceUseCase,
        CreateSecretUseCase,
        ReadSecretUseCase,
        ListSecretsUseCase,
        DeleteSecretUseCase,
        CreateVolumeUseCase,
        GetVolumeByNameUseCase,
        ListVolumesUseCase,
        DeleteVolumeUseCase {
  static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123456789Z");

  private final FakeEntities<SecretMetadata> secrets =
      new FakeEntities<>("secret", SecretMetadata::name, SecretMetadata::id);
  private final FakeEntities<Volume> volumes =
      new FakeEntities<>("volume", Volume::name, Volume::id);

  /** The plaintext each secret was created with, by name. */
  final Map<String, Bytes> payloads = new ConcurrentHashMap<>();

  /** Names of secrets and volumes that deletes refuse as in use. */
  final Set<String> inUse = ConcurrentHashMap.newKeySet();

  final List<Object> requests = new CopyOnWriteArrayList<>();
  private volatile Supplier<RuntimeException> failure;

  /** Every following call throws what {@code next} supplies. */
  void failWith(Supplier<RuntimeException> next) {
    failure = next;
  }

  @Override
  public void updateImage(UpdateServiceImageRequest request) {
    record(request);
  }

  @Override
  public void rollback(RollbackServiceRequest request) {
    record(request);
  }

  @Override
  public SecretMetadata create(CreateSecretRequest request) {
    record(request);
    secrets.checkFree(request.name());
    var secret = secrets.put(new SecretMetadata(SecretId.random(), request.name(), NOW));
    payloads.put(request.name(), request.data());
    return secret;
  }

  /** Like the real rule in part: the plaintext goes to managers only. */
  @Override
  public SecretReading read(Caller caller, GetSecretByNameRequest request) {
    record(request);
    var secret = secrets.named(request.name());
    return new SecretReading(
        secret, caller.isManager() ? Optional.of(payloads.get(request.name())) : Optional.empty());
  }

  @Override
  public List<SecretMetadata> list(ListSecretsRequest request) {
    record(request);
    return secrets.sorted();
  }

  @Override
  public void delete(DeleteSecretRequest request) {
    record(request);
    secrets.removeUnlessUsed(request.id(), inUse, "is in use");
  }

  @Override
  public Volume create(CreateVolumeRequest request) {
    record(request);
    volumes.checkFree(request.name());
    return volumes.put(request.volume(VolumeId.random(), NOW));
  }

  /** Stores {@code volume} as it is, for reads of fields a create leaves empty. */
  void put(Volume volume) {
    volumes.put(volume);
  }

  @Override
  public Volume get(GetVolumeByNameRequest request) {
    record(request);
    return volumes.named(request.name());
  }

  @Override
  public List<Volume> list(ListVolumesRequest request) {
    record(request);
    return volumes.sorted();
  }

  @Override
  public void delete(DeleteVolumeRequest request) {
    record(request);
    volumes.removeUnlessUsed(request.id(), inUse, "is mounted");
  }

  private void record(Object request) {
    requests.add(request);
    Supplier<RuntimeException> next = failure;
    if (next != null) {
      throw next.get();
    }
  }
}
