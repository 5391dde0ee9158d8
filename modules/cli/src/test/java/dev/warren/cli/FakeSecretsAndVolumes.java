package dev.warren.cli;

import dev.warren.domain.error.AlreadyExistsException;
import dev.warren.domain.error.FailedPreconditionException;
import dev.warren.domain.error.NotFoundException;
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
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory secrets and volumes for CLI tests; remembers each secret's payload for assertions. */
public final class FakeSecretsAndVolumes implements SecretClient, VolumeClient {
  private final InstantSource clock;
  private final Map<String, SecretMetadata> secrets = new ConcurrentHashMap<>();
  private final Map<String, Bytes> payloads = new ConcurrentHashMap<>();
  private final Map<String, Volume> volumes = new ConcurrentHashMap<>();

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
    return Optional.ofNullable(secrets.get(name)).orElseThrow();
  }

  public Volume volume(String name) {
    return Optional.ofNullable(volumes.get(name)).orElseThrow();
  }

  public boolean hasSecret(String name) {
    return secrets.containsKey(name);
  }

  public boolean hasVolume(String name) {
    return volumes.containsKey(name);
  }

  @Override
  public synchronized SecretMetadata create(CreateSecretRequest request) {
    if (secrets.containsKey(request.name())) {
      throw new AlreadyExistsException("secret already exists: " + request.name());
    }
    var secret = new SecretMetadata(SecretId.random(), request.name(), clock.instant());
    secrets.put(request.name(), secret);
    payloads.put(request.name(), request.data());
    return secret;
  }

  @Override
  public SecretMetadata get(GetSecretByNameRequest request) {
    return Optional.ofNullable(secrets.get(request.name()))
        .orElseThrow(() -> new NotFoundException("secret not found: " + request.name()));
  }

  @Override
  public List<SecretMetadata> list(ListSecretsRequest request) {
    return secrets.values().stream().sorted(Comparator.comparing(SecretMetadata::name)).toList();
  }

  @Override
  public synchronized void delete(DeleteSecretRequest request) {
    SecretMetadata secret =
        secrets.values().stream()
            .filter(s -> s.id().equals(request.id()))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("secret not found: " + request.id()));
    if (inUse.contains(secret.name())) {
      throw new FailedPreconditionException(
          "secret " + secret.name() + " is in use by 1 container of service web");
    }
    secrets.remove(secret.name());
  }

  @Override
  public synchronized Volume create(CreateVolumeRequest request) {
    if (volumes.containsKey(request.name())) {
      throw new AlreadyExistsException("volume already exists: " + request.name());
    }
    var volume = request.volume(VolumeId.random(), clock.instant());
    volumes.put(request.name(), volume);
    return volume;
  }

  @Override
  public Volume get(GetVolumeByNameRequest request) {
    return Optional.ofNullable(volumes.get(request.name()))
        .orElseThrow(() -> new NotFoundException("volume not found: " + request.name()));
  }

  @Override
  public List<Volume> list(ListVolumesRequest request) {
    return volumes.values().stream().sorted(Comparator.comparing(Volume::name)).toList();
  }

  @Override
  public synchronized void delete(DeleteVolumeRequest request) {
    Volume volume =
        volumes.values().stream()
            .filter(v -> v.id().equals(request.id()))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("volume not found: " + request.id()));
    if (inUse.contains(volume.name())) {
      throw new FailedPreconditionException(
          "volume " + volume.name() + " is mounted by service web");
    }
    volumes.remove(volume.name());
  }
}
