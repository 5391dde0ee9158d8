package dev.warren.cli;

import dev.warren.domain.model.secret.SecretId;
import dev.warren.domain.model.secret.SecretMetadata;
import dev.warren.domain.model.shared.Bytes;
import dev.warren.domain.model.volume.Volume;
import dev.warren.domain.model.volume.VolumeId;
import dev.warren.domain.port.in.CreateSecretRequest;
import dev.warren.domain.port.in.CreateVolumeRequest;
import dev.warren.domain.port.in.DeleteSecretRequest;
import dev.warren.domain.port.in.DeleteVolumeRequest;
import dev.warren.domain.port.in.GetSecretByNameRequest;
import dev.warren.domain.port.in.GetVolumeByNameRequest;
import dev.warren.domain.port.in.ListSecretsRequest;
import dev.warren.domain.port.in.ListVolumesRequest;
import dev.warren.domain.port.in.SecretClient;
import dev.warren.domain.port.in.VolumeClient;
import dev.warren.testkit.FakeEntities;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory secrets and volumes for CLI tests; remembers each secret's payload for assertions. */
public final class FakeSecretsAndVolumes implements SecretClient, VolumeClient {
  private final InstantSource clock;
  private final FakeEntities<SecretMetadata> secrets =
      new FakeEntities<>("secret", SecretMetadata::name, SecretMetadata::id);
  private final Map<String, Bytes> payloads = new ConcurrentHashMap<>();
  private final FakeEntities<Volume> volumes =
      new FakeEntities<>("volume", Volume::name, Volume::id);

  /** Names of secrets and volumes whose delete is refused as in use. */
  public final Set<String> inUse = ConcurrentHashMap.newKeySet();

  public FakeSecretsAndVolumes(InstantSource clock) {
    this.clock = clock;
  }

  /** The payload secret {@code name} was created with. */
  public Bytes payloadOf(String name) {
    return Optional.ofNullable(payloads.get(name)).orElseThrow();
  }

  public SecretMetadata secret(String name) {
    return secrets.named(name);
  }

  public Volume volume(String name) {
    return volumes.named(name);
  }

  public boolean hasSecret(String name) {
    return secrets.contains(name);
  }

  public boolean hasVolume(String name) {
    return volumes.contains(name);
  }

  @Override
  public synchronized SecretMetadata create(CreateSecretRequest request) {
    secrets.checkFree(request.name());
    payloads.put(request.name(), request.data());
    return secrets.put(new SecretMetadata(SecretId.random(), request.name(), clock.instant()));
  }

  @Override
  public SecretMetadata get(GetSecretByNameRequest request) {
    return secrets.named(request.name());
  }

  @Override
  public List<SecretMetadata> list(ListSecretsRequest request) {
    return secrets.sorted();
  }

  @Override
  public synchronized void delete(DeleteSecretRequest request) {
    secrets.removeUnlessUsed(request.id(), inUse, "is in use by 1 container of service web");
  }

  @Override
  public synchronized Volume create(CreateVolumeRequest request) {
    volumes.checkFree(request.name());
    return volumes.put(request.volume(VolumeId.random(), clock.instant()));
  }

  @Override
  public Volume get(GetVolumeByNameRequest request) {
    return volumes.named(request.name());
  }

  @Override
  public List<Volume> list(ListVolumesRequest request) {
    return volumes.sorted();
  }

  @Override
  public synchronized void delete(DeleteVolumeRequest request) {
    volumes.removeUnlessUsed(request.id(), inUse, "is mounted by service web");
  }
}
